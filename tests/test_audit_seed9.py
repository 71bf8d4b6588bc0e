"""Seed round (issue 8): statement and speaker errors that recur on fresh news reports of spokespeople from Indian,
Malaysian, Indonesian, Thai, Pakistani, Bangladeshi, Hong Kong, Taiwanese, Turkish and Gulf outlets. Each test reads a
real passage (its page's URL in a comment) as the pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt


def page(body: str, date: str | None = None, url: str = "https://example.org/page") -> str:
    head = f'---\ntitle: "page"\nsource_url: "{url}"\n' + (f'date: "{date}"\n' if date else "") + "---\n"
    return head + body.strip() + "\n"


def said(statements, marker: str):
    """(speaker name, kind, text) of the statements whose text holds marker."""
    return [(st.speaker.name, st.kind, st.text) for st in statements if marker in st.text]


# --- a statement's words framed by "the statement" ---------------------------------------------------------------

def test_said_the_statement_is_the_issuer_of_the_statement_reported_before():
    # https://globaltimes.cn/content/1172546.shtml
    _, sts = excerpt(page('''
The Hong Kong Special Administrative Region (HKSAR) government expressed on Friday deep regret over the spreading of untrue claims overseas in recent days by some Hong Kong political figures who urged foreign governments or legislatures to interfere with the affairs of the HKSAR.

"Some politicians in Hong Kong openly supported the United States' 'Hong Kong Human Rights and Democracy Act', and suggested similar legislation in other countries or regions with the intent to demand foreign intervention in Hong Kong affairs. These politicians must bear the responsibility for society descending into chaos," the HKSAR government said in a statement released on Friday night.

From June this year until now, there have been over 900 demonstrations, processions and public meetings held in Hong Kong. "Some political figures freely took part in these assemblies and processions and conducted media interviews without any restrictions. Ironically, they are also the ones who incessantly criticize the HKSAR government for suppressing freedom," said the statement.
'''))
    assert [w for w, k, _ in said(sts, "Some political figures freely took part")] == ["HKSAR Government"]


def test_statement_as_subject_after_x_issued_a_statement():
    # https://news.az/news/span-classred-highlightwe-strongly-condemn-armenias-inhuman-attack-on-barda-city-turkish-foreign-ministryspan
    _, sts = excerpt(page('''
The Ministry of Foreign Affairs of Turkey issued a statement in connection with shelling of the Azerbaijani city of Barda by Armenian armed forces.

The statement says that despite the ceasefire announced on October 26, Armenia's continuing attacks on civilian settlements outside the conflict zone in Azerbaijan, which violate all human and moral values, are unacceptable.

"Despite the fact that Armenia has violated three ceasefire regimes announced so far by the initiative of the Minsk Group Co-Chairs, it is noteworthy that the Co-Chairs do not react in any way to these violations," the statement reads.
'''))
    assert said(sts, "Armenia's continuing attacks") == [
        ("Ministry of Foreign Affairs of Turkey", "indirect", "despite the ceasefire announced on October 26, Armenia's "
         "continuing attacks on civilian settlements outside the conflict zone in Azerbaijan, which violate all human "
         "and moral values, are unacceptable")]
    assert [(w, k) for w, k, _ in said(sts, "three ceasefire regimes")] == [("Ministry of Foreign Affairs of Turkey",
                                                                            "direct")]


def test_statement_called_on_and_said_calling_for():
    # https://www.hurriyetdailynews.com/turkish-foreign-ministry-condemns-egypt-killings-as-unacceptable-51529
    _, sts = excerpt(page('''
"We strongly condemn this serious and unacceptable incident. Resorting to violence and guns against peaceful protesters and opening fire against the [Egyptian] people has wounded the public's conscience," the Foreign Ministry said in a statement issued July 27.

"It is clear that these sort of interventions, causing deaths, will not help Egypt's internal peace," it added.

The statement also called on the Egyptian security forces to show more responsibility in the current process. "The latest events at Rabaa al-Adawiya Square have shown the importance of allowing peaceful protests to take place. This attitude against civilian protests will not benefit the transition to democracy and is likely to cause unforeseeable consequences for all Egyptian people," the statement said, calling for an "inclusive" political process.
'''))
    assert said(sts, "Egyptian security forces") == [
        ("Foreign Ministry", "indirect", "the Egyptian security forces to show more responsibility in the current process")]
    assert [(w, k) for w, k, _ in said(sts, "Rabaa al-Adawiya")] == [("Foreign Ministry", "direct")]


def test_the_statement_informed_that():
    # https://hurriyetdailynews.com/amp/turkey-strongly-condemns-assassination-of-russian-envoy--107515
    _, sts = excerpt(page('''
“It’s been learned with great sorrow that Andrey Karlov, the Ambassador or the Russian Federation lost his life as a result of an armed attack during the opening of a photo exhibition,” the Foreign Ministry said in a written statement on Dec 19.

While cursing the attack, the statement informed that the gunman was neutralized vowing all the connections of this incident will be brought to light and responsible will be brought before the court.
'''))
    assert [w for w, _, _ in said(sts, "the gunman was neutralized")] == ["Foreign Ministry"]


def test_a_statement_of_accounts_is_no_one_s():
    _, sts = excerpt(page('''
The company's annual report was published on Monday. The statement says that the group's revenue rose by a tenth in the year to March.
'''))
    assert not said(sts, "revenue rose")


# --- names and datelines ------------------------------------------------------------------------------------------

def test_portfolio_of_several_words_before_minister_is_one_title():
    # https://www.thesundaily.my/local/post-cabinet-meetings-held-only-when-needed-mohamaddin-AL1739310
    _, sts = excerpt(page('''
PUTRAJAYA: Post-Cabinet meetings cannot just simply be held unless there is a need to notify government officials on what needs to be implemented, said Tourism, Arts and Culture Minister Datuk Mohamaddin Ketapi (pix).

In a statement here today, he also refuted a claim made by a news portal that he had never chaired a post-Cabinet meeting, stressing he had done it several times.
''', date="2019-12-07"))
    assert said(sts, "Post-Cabinet meetings") == [
        ("Mohamaddin Ketapi", "indirect", "Post-Cabinet meetings cannot just simply be held unless there is a need to "
         "notify government officials on what needs to be implemented")]     # (no "PUTRAJAYA:" either)


def test_inverted_frame_with_a_ministry_of_two_portfolios():
    # https://www.thesundaily.my/local/umno-ministers-were-only-having-breakfast-together-noh-CF8997062 (the lead)
    _, sts = excerpt(page('''
TANJUNG KARANG: The presence of several Umno ministers at a hotel in Putrajaya this morning was just to have breakfast together, says Entrepreneur Development and Cooperatives Minister Tan Sri Noh Omar.
''', date="2022-03-25"))
    (st,) = sts
    assert st.speaker.name == "Noh Omar"     # (nor the Malaysian honorific "Tan Sri" in the name)
    assert st.text.startswith("The presence of several Umno ministers")


def test_dateline_of_places_with_a_colon_is_no_speaker():
    # https://s.thepeninsula.qa/article/20/01/2026/qatars-commitment-to-palestinians-wont-be-affected-by-any-israeli-stancesadvisor-to-pm-and-spokesperson-for-foreign-ministry
    _, sts = excerpt(page('''
Doha, Qatar: Advisor to the Prime Minister and Official Spokesperson for the Ministry of Foreign Affairs Dr. Majid bin Mohammed Al Ansari emphasised that the State of Qatar's commitment to the Palestinian people will not be affected by any media statements, polarisation, or political stances from any Israeli party.

During the Ministry of Foreign Affairs' weekly media briefing on Tuesday, the Official Spokesperson for the Ministry of Foreign Affairs said that the Israeli stance will not deter the State of Qatar from supporting the brethren in the Gaza Strip, in light of what is being circulated regarding Israel's rejection of the State of Qatar's presence through its representative in the Gaza Executive Council.
''', date="2026-01-20"))
    assert said(sts, "commitment to the Palestinian people") == [
        ("Majid bin Mohammed Al Ansari", "indirect", "the State of Qatar's commitment to the Palestinian people will not "
         "be affected by any media statements, polarisation, or political stances from any Israeli party")]
    # "the Official Spokesperson for the Ministry of Foreign Affairs": the spokesperson the text named, not the ministry
    assert [w for w, _, _ in said(sts, "Israeli stance will not deter")] == ["Majid bin Mohammed Al Ansari"]


def test_dateline_with_a_day_is_no_part_of_the_speaker():
    # https://www.pattayamail.com/thailandnews/govt-spokesman-calls-on-demonstrators-to-respect-rights-of-others-32619
    _, sts = excerpt(page('''
BANGKOK, 2 December 2013 The government has called on the protesters to respect the rights of others, saying that the protesters have the right to express themselves as long as their expressions are in line with the law.

Government spokesman Teerat Ratanasevi made the statement amid the rising political tension, saying all demonstrations should not violate the rights of other people and should abide by the law and democratic principles.

Following recent clashes between police officers and the anti-government demonstrators, the spokesman said the reason why tear-gas grenades were used against the protesters was because the police had to protect the Government House as the protesters attempted to break into the premises.
''', date="2013-12-02"))
    assert not [st for st in sts if "December" in st.speaker.name], [(s.speaker.name, s.text) for s in sts]
    assert [w for w, _, _ in said(sts, "tear-gas grenades")] == ["Teerat Ratanasevi"]


def test_the_body_s_spokesperson_after_a_possessive_country():
    # https://www.livemint.com/news/india/us-consulate-suggestion-to-ban-russian-ships-at-mumbai-port-rejected-read-here/amp-11657858646937.html
    # (the name's title in lower case, as most copies print it)
    _, sts = excerpt(page('''
Ministry of External Affairs spokesperson Arindam Bagchi said, "the matter has come to our attention. The relevant embassy has been advised that the appropriate channel for any such diplomatic communication is through the Ministry of External Affairs and the embassy in New Delhi."

India's MEA spokesperson further noted that, “on the larger issue of economic and trade linkages with Russia, I think our position has been articulated quite clearly on a number of occasions in the past and I have no specific update to share on that."
''', date="2022-07-15"))
    assert [w for w, _, _ in said(sts, "economic and trade linkages")] == ["Arindam Bagchi"]


# --- content spans and dates --------------------------------------------------------------------------------------

def test_a_day_s_possessive_belongs_to_the_content():
    # https://www.dailysabah.com/diplomacy/2016/12/20/turkey-strongly-condemns-berlin-xmas-market-truck-attack
    _, sts = excerpt(page('''
The Foreign Ministry has strongly condemned Monday night's incident when a truck crashed into a crowded Christmas market in the German capital Berlin, claiming 12 lives.

In a statement on Tuesday, the ministry expressed sympathy to the German people for what it called a "terrorist attack."
''', date="2016-12-20"))
    (st,) = [st for st in sts if "truck crashed" in st.text]
    assert st.text.startswith("Monday night's incident")
    assert str(st.said_on) != "2016-12-19"     # the incident's night, not the day the ministry spoke


def test_credit_after_the_last_sentence_is_no_content():
    # https://www.thesundaily.my/local/post-cabinet-meetings-held-only-when-needed-mohamaddin-AL1739310 and
    # https://www.malaymail.com/news/malaysia/2019/08/10/human-resources-ministry-no-report-received-on-bernamas-epf-contributions/1779563
    _, sts = excerpt(page('''
Minister M. Kulasegaran said his office would take action if it received a report on these matters from any party. — Picture by Miera Zulyana

IPOH, Aug 10 — The Human Resources Ministry has not received any report so far on the Malaysian National News Agency (Bernama) allegedly failing to make Employees Provident Fund contributions.

Lim said the Finance Ministry took a serious view of the claim, given that the facts pertaining to the issue are to the contrary. — Bernama
''', date="2019-08-10"))
    assert not [st for st in sts if "Picture by" in st.text or "Bernama" in st.text[-10:]], [s.text for s in sts]
    assert said(sts, "serious view") == [("Lim", "indirect", "the Finance Ministry took a serious view of the claim, "
                                          "given that the facts pertaining to the issue are to the contrary")]


def test_what_the_speaker_did_after_the_frame_is_no_content():
    # https://www.malaymail.com/news/malaysia/2019/08/10/human-resources-ministry-no-report-received-on-bernamas-epf-contributions/1779563
    _, sts = excerpt(page('''
Minister M. Kulasegaran said his office would take action if it received a report on these matters from any party.

“It is best to refer this matter to the Finance Ministry and the Communications and Multimedia Ministry,” he told reporters today after distributing about 1,000 pieces of the national flag to the public at the Kampung Tawas market here, in conjunction with National Day celebrations.
''', date="2019-08-10"))
    assert not said(sts, "national flag")
    assert [(w, k) for w, k, _ in said(sts, "It is best to refer")] == [("M. Kulasegaran", "direct")]


def test_left_mark_closing_a_quotation():
    # https://www.thesundaily.my/local/post-cabinet-meetings-held-only-when-needed-mohamaddin-AL1739310
    _, sts = excerpt(page('''
On the claim that he had not given any information on administering the ministry based on the outcome of the post-cabinet meeting, Mohamaddin Ketapi said he had always notified his secretary-general on matters related to the ministry.

“For those who do not understand the need for a post-cabinet meeting, they always think that it should be held right after a Cabinet meeting to inform what has been discussed in the Cabinet meeting,“ he said.
''', date="2019-12-07"))
    assert said(sts, "For those who do not understand") == [
        ("Mohamaddin Ketapi", "direct", "For those who do not understand the need for a post-cabinet meeting, they always "
         "think that it should be held right after a Cabinet meeting to inform what has been discussed in the Cabinet "
         "meeting")]


def test_spokesman_for_a_capitalised_government_with_a_lower_case_noun():
    # https://www.business-standard.com/amp/article/news-ani/won-t-condone-demonstrations-in-hong-kong-under-any-circumstances-china-119080400860_1.html
    _, sts = excerpt(page('''
A spokesman for China's Hong Kong Special Administrative Region (HKSAR) government on Sunday said that the recent demonstrations here have gone far beyond the limits of peaceful and rational protests which Beijing will not condone under any circumstances.

In a response to the deteriorating situation of recent protests, the spokesman said in a statement: "Blatant violation of the law, wanton destruction of public peace and violent attacks on the police will harm Hong Kong's society, economy, and our people's livelihood."
''', date="2019-08-04"))
    assert [(w, str(st.said_on)) for st in sts for w in [st.speaker.name]] == [
        ("HKSAR Government", "2019-08-04"), ("HKSAR Government", "2019-08-04")]


def test_she_after_a_spokeswoman_with_a_man_s_given_name_elsewhere():
    # https://dailydateline.com/?p=16087: "Mumtaz" is mostly a man's given name, but no one else the text names is
    # known to be a woman; "She" goes on with Baloch, not with "Indian Prime Minister Narendra Modi" of an object
    _, sts = excerpt(page('''
Foreign Office spokesperson Mumtaz Zahra Baloch emphasized Pakistan’s stance, asserting that the UK government should address its citizens’ concerns regarding the Gaza conflict before intervening in other nations’ internal affairs.

Baloch addressed Indian Prime Minister Narendra Modi’s congratulatory message to Pakistan’s new Prime Minister Shehbaz Sharif, noting that Pakistan’s foreign policy direction will become clearer once the cabinet is formed.

On regional issues, Baloch criticized India’s hindrance to SAARC’s progress, blaming it for the organization’s dysfunctionality. She also condemned India’s actions in Kashmir and reiterated Pakistan’s support for Gaza, urging UN intervention to end the ongoing conflict.
'''))
    assert {st.speaker.name for st in sts} == {"Mumtaz Zahra Baloch"}, [(s.speaker.name, s.text) for s in sts]
    assert said(sts, "UN intervention")


def test_capitalised_spokesperson_title_before_the_name_is_no_part_of_it():
    # https://www.livemint.com/news/india/us-consulate-suggestion-to-ban-russian-ships-at-mumbai-port-rejected-read-here/amp-11657858646937.html
    _, sts = excerpt(page('''
This development comes following media reports stating that the US Consulate General wrote a letter to the Mumbai Port Authority, saying it should not allow Russian vessels to call at the port because of the sanctions imposed by the United States against Russia. The Ministry of External Affairs (MEA) Spokesperson Arindam Bagchi said, "the matter has come to our attention. The relevant embassy has been advised that the appropriate channel for any such diplomatic communication is through the Ministry of External Affairs and the embassy in New Delhi."

India's MEA spokesperson further noted that, “on the larger issue of economic and trade linkages with Russia, I think our position has been articulated quite clearly on a number of occasions in the past and I have no specific update to share on that."
''', date="2022-07-15"))
    assert [w for w, _, _ in said(sts, "the matter has come to our attention")] == ["Arindam Bagchi"]
    assert [w for w, _, _ in said(sts, "economic and trade linkages")] == ["Arindam Bagchi"]
