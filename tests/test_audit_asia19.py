"""Audit round asia19: English reports of ministers', spokespeople's and officials' words by Korean, Japanese, Indian,
Indonesian, Malaysian, Thai, Philippine and Singaporean outlets (Hindustan Times, Jakarta Post, VOI, News18, Deccan
Herald, The Straits Times, Pattaya Mail), read against their statements. Each test is a real passage (URL in a
comment), what an annotator marks."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


def test_portfolio_closed_by_a_capitalised_conjunct_is_no_name():
    # https://www.hindustantimes.com/world-news/dont-think-my-phone-was-hacked-says-union-minister-prahlad-singh-patel-101626831030453-amp.html
    # (Wednesday 21 July 2021): "Jal Shakti" closes the minister's portfolio ("for food processing industries and
    # Jal Shakti"); the minister is Prahlad Singh Patel, no person called Jal Shakti
    _, sts = excerpt(page('''
Union minister Prahlad Singh Patel, whose contact number was in the list of phones allegedly put under surveillance using Pegasus software, on Tuesday denied the reports, saying that the BJP-led central government does not indulge in such activities.

“I have seen the reports published in newspapers. But I don’t think my phone was being hacked. I am not a big person. I don’t think our government will do such work, so no question regarding arises,” the Union minister of state for food processing industries and Jal Shakti told news agency ANI.

Targeting the Opposition for repeatedly raising the issue, the minister said: “The government should be allowed to work. The Opposition should discuss the issue and allow the House to function. This is a better way.”
''', date="2021-07-21"))
    assert [(w, d) for w, d, _ in said(sts, "my phone was being hacked")] == [("Prahlad Singh Patel", "2021-07-20")]
    assert [w for w, _, _ in said(sts, "allowed to work")] == ["Prahlad Singh Patel"]
    assert not [st for st in sts if st.speaker and st.speaker.name == "Jal Shakti"]


def test_quoted_nickname_inside_an_inverted_subject():
    # https://www.thejakartapost.com/world/2025/02/08/ri-adopts-wait-and-see-position-on-trumps-gaza-plan-amid-unpredictable-us-regime.html
    # "said ministry spokesman Rolliansyah “Roy” Soemirat to reporters": the nickname in quotation marks is no
    # quotation, nor the subject's end, nor part of the name the text introduces; "he continued" after it is the
    # spokesman, not Trump named before
    _, sts = excerpt(page('''
Jakarta will not take an “emotional” or “reactionary” approach to the Republican president’s statement, the Foreign Ministry asserted on Friday, amid persisting uncertainty about the plan and the bipartisan brouhaha at the White House.
ndonesia, a long-time supporter of Palestinian self-determination, has refused to divulge the details of its diplomatic plans in response to United States President Donald Trump’s earlier statement regarding his plan to take over the Gaza Strip and permanently relocate its population, a coyness experts describe as a ‘wait and see’ stance as Washington has only become increasingly unpredictable.
“I emphasize that Indonesia’s stance and efforts on Palestine have been consistent, and we will continue to conduct our diplomacy in a measured way and through the proper international fora,” said ministry spokesman Rolliansyah “Roy” Soemirat to reporters.
“Not everything has to be done in a reactive or emotional way. We will continue to coordinate with members of the OIC [Organization of Islamic Cooperation] and the United Nations on what to do about Gaza’s latest developments, which doesn’t necessarily have to be directed toward a specific statement by a specific head of state,” he continued.
''', date="2025-02-08"))
    assert [(w, d) for w, d, _ in said(sts, "I emphasize that")] == [("Rolliansyah Soemirat", "2025-02-07")]
    assert [w for w, _, _ in said(sts, "Not everything has to be done")] == ["Rolliansyah Soemirat"]
    assert not [st for st in sts if st.text == "Roy"]


def test_ministry_of_the_republic_of_a_country_is_a_body():
    # https://voi.id/fr/berita/211986: "The Ministry of Foreign Affairs of the Republic of Indonesia" speaks as the
    # ministry, not a person surnamed "Republic" of Indonesia ("King Abdullah of Jordan" stays a person)
    _, sts = excerpt(page('''
JAKARTA - The Ministry of Foreign Affairs of the Republic of Indonesia firmly denies the news circulating regarding the existence of Indonesian delegates in Israel, underscoring that there are no steps to restore ties with the country.
'''))
    assert [w for w, _, _ in said(sts, "delegates in Israel")] == \
        ["Ministry of Foreign Affairs of the Republic of Indonesia"]
    _, sts = excerpt(page('''
King Abdullah of Jordan said the talks had been constructive.
'''))
    assert [w for w, _, _ in said(sts, "constructive")] == ["Abdullah"]


def test_quotation_read_as_a_statement_by_a_lower_case_ministry():
    # https://www.news18.com/news/india/motivated-misleading-mischievous-india-condemns-oics-comments-on-nupur-sharmas-controversial-remark-5318413.html
    # '“...,” read a statement by the foreign ministry.': the ministry's words, with no ministry named before
    _, sts = excerpt(page('''
India on Monday categorically rejected the Organisation of Islamic Cooperation’s (OIC) statement amid controversy over remarks by former BJP spokesperson, Nupur Sharma against Prophet Mohammad and his wife.

It lashed out at the Islamic nations body and called it regrettable that the OIC Secretariat has again made “motivated, misleading and mischievous” comments.

“We have seen the statement on India from the General Secretariat of the Organisation of Islamic Cooperation (OIC). The Government of India categorically rejects OIC Secretariat’s unwarranted and narrow-minded comments. The he Government of India accords the highest respect to all religions,” read a statement by the foreign ministry.

The ministry responded by saying that the comments were made by certain individuals and doesn’t reflect the views of the Indian government.
'''))
    assert [w.lower() for w, _, _ in said(sts, "We have seen the statement on India")] == ["foreign ministry"]
    assert [w.lower() for w, _, _ in said(sts, "made by certain individuals")] == ["foreign ministry"]


def test_negation_after_the_addressee_and_sources_closing_the_words():
    # https://www.deccanherald.com/content/410515/modi-gags-ministers-says-no.html (29 May 2014): "told the ministers
    # not to jump the gun" keeps its "not" (the meaning turns without it); ", BJP sources said" closing words framed
    # before is the reporter's source, no part of them; "Needless comments by ministers" is a noun, no speaker
    _, sts = excerpt(page('''
Acting swiftly to cork the Article 370 abrogation controversy, Prime Minister Narendra Modi issued a virtual gagging order on Thursday, asking his ministers to “shut up” and focus on work instead of providing fodder to the media.

Modi reportedly told the ministers not to jump the gun and give out information on sensitive issues in public. Such issues, he apparently said, should be raised only within the Cabinet and in party circles, BJP sources said.

Needless comments by ministers become headline news  for wrong reasons, he noted.
''', date="2014-05-29"))
    assert [t for _, _, t in said(sts, "jump the gun")] == \
        ["not to jump the gun and give out information on sensitive issues in public"]
    assert [t for _, _, t in said(sts, "party circles")] == \
        ["should be raised only within the Cabinet and in party circles"]
    assert [w for w, _, _ in said(sts, "headline news")] == ["Narendra Modi"]
    assert not [st for st in sts if st.speaker and st.speaker.name == "Needless"]


def test_daily_reported_closing_the_words():
    # https://www.straitstimes.com/asia/strong-comments-from-foreign-minister-k-shanmugam-over-indonesias-shocking-statements
    _, sts = excerpt(page('''
Speaking at a dialogue at the Indonesian Consulate-General in New York on Thursday, Mr Kalla said Indonesia needs only to ensure that forest fires that cause haze do not recur, Kompas daily reported yesterday.
'''))
    assert [t for _, _, t in said(sts, "forest fires")] == \
        ["Indonesia needs only to ensure that forest fires that cause haze do not recur"]


def test_minister_named_after_a_portfolio_of_two_parts():
    # http://www.straitstimes.com/breaking-news/singapore/story/haze-update-pm-lee-says-singapore-urging-indonesia-take-action-reduce-
    # "Minister for the Environment and Water Resources Vivian Balakrishnan": "Dr Balakrishnan" later is he
    _, sts = excerpt(page('''
Prime Minister Lee Hsien Loong said on Tuesday that the Government is monitoring the haze situation closely and will stay in touch with the Indonesian authorities.

He added that Minister for the Environment and Water Resources Vivian Balakrishnan and Foreign Minister K. Shanmugam have called their Indonesian counterparts to register Singapore's "serious concerns" about the situation and to offer help to fight the fires there.

Dr Balakrishnan added on Facebook that he asked Minister Balthasar Kambuaya to name the companies responsible for the fires there causing the haze.
'''))
    assert [w for w, _, _ in said(sts, "name the companies")] == ["Vivian Balakrishnan"]


def test_the_spokesman_after_a_deputy_spokesman_named():
    # https://www.pattayamail.com/thailandnews/ncpo-public-urged-to-avoid-protests-37940 (25 May 2014): "The
    # spokesman" is the army deputy spokesman named in the lead, the only spokesman of the page
    _, sts = excerpt(page('''
BANGKOK, 25 May 2014  – The National Council for Peace and Order (NCPO) does not have any plan to benefit any specific person but aims only to bring reconciliation to Thais. At this time all members of the public are urged to avoid protests, the army deputy spokesman Col Winthai Suwaree said in a statement to the media.

The spokesman also pointed out that Panthongtae Shinawatra, the eldest son of the ousted former Prime Minister Thaksin Shinawatra, had been sent back to his home in Bangkok from Chiang Mai after talks with officials, and he has not been detained by the NCPO.
''', date="2014-05-25"))
    assert [(w, d) for w, d, _ in said(sts, "sent back to his home")] == [("Winthai Suwaree", "2014-05-25")]


def test_participle_after_a_clause_opening_with_a_place_and_country_dateline():
    # https://globalnation.inquirer.net/211222/dfa-chief-china-harassment-a-daily-situation-for-ph: "MANILA,
    # Philippines — Foreign Secretary Enrique Manalo brought up ..., saying that ...": the dateline is no part of the
    # clause whose subject speaks
    _, sts = excerpt(page('''
MANILA, Philippines — Foreign Secretary Enrique Manalo brought up the Philippines’ maritime tensions with China at a high-level security conference in Germany on Saturday, saying that China’s harassment of Filipino fishermen and the country’s coast guard was the “daily situation that we face.”
'''))
    assert [w for w, _, _ in said(sts, "harassment of Filipino fishermen")] == ["Enrique Manalo"]
