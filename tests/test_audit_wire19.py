"""Audit round wire19: speaker, date and span errors on wire copy and official readouts as the search tool gives their
pages (navigation and all): Downing Street and White House readouts naming their people by title, agency copy
reprinted with its credit and its file pictures. Each test reads a real passage (its page's URL in a comment) as the
pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


def test_name_after_titled_surname_and_is_no_holder_of_that_title():
    # http://brusselsmorning.com/2018/05/17/press-release-pm-call-with-president-trump-11-may-2018-6/
    _, sts = excerpt(page('''
Press release: PM call with President Trump: 11 May 2018

A Downing Street spokesperson said:

The Prime Minister held a telephone call with US President Donald Trump this evening.

The Prime Minister began by congratulating the President on the safe return of three US citizens who had been held in prison in North Korea.

The two leaders looked forward to the summit which will take place between President Trump and Kim Jong-un in Singapore. The PM said the UK would continue to work with the US to keep up the pressure on North Korea to denuclearise.

The Prime Minister and the President condemned the Iranian rocket attacks against Israeli forces earlier this week, and strongly supported Israels right to defend itself against Iranian aggression. They agreed on the need for calm on all sides and on the importance of tackling Irans destabilising activity in the region.

The Prime Minister reiterated the Governments position on the Iran nuclear deal, noting that we and our European partners remain firmly committed to ensuring the deal is upheld, as the best way of preventing Iran from developing a nuclear weapon.
''', date="2018-05-11"))
    # Kim Jong-un is the one named after "President Trump and": no prime minister, no president of this readout
    assert not [w for w, _, _ in said(sts, "") if w == "Kim Jong-un"]
    assert [w for w, _, _ in said(sts, "the Governments position")] == ["Theresa May"]


def test_file_picture_credit_day_is_no_occasion_of_the_minister_shown():
    # https://www.efe.com/efe/english/world/japan-protests-south-korea-radar-lock-on-surveillance-plane/50000262-3849461
    _, sts = excerpt(page('''
Japanese Defence Minister Takeshi Iwaya attends the Australia-Japan Foreign and Defence 2+2 Ministerial Meeting in Sydney, Australia, Oct 10, 2018. EPA-EFE/FILE/DAN HIMBRECHTS AUSTRALIA AND NEW ZEALAND OUT

The Japanese government Friday said it has lodged protest with Seoul after a South Korean warship locked its targeting radar on a Japanese surveillance plane near the western coast of Japan.

Japanese Defense Minister Takeshi Iwaya told reporters that while the intentions of the South Koreans were not clear, it could have led to an extremely dangerous incident.
'''))
    assert [(w, d) for w, d, _ in said(sts, "extremely dangerous incident")] == [("Takeshi Iwaya", None)]


def test_agency_credit_after_the_frame_is_no_words_and_leaves_the_quote():
    # https://mg.co.za/article/2014-01-04-south-sudan-ceasefire-talks-delayed/
    _, sts = excerpt(page('''
But Addis Ababa's foreign ministry spokesman Dina Mufti said Saturday the two sides would "have to continue the proxy talks", meeting separately with negotiators.

"An agenda has to be formulated, and then after this they'll proceed with face-to-face talks," Dina told AFP, saying there was no timeline set for direct talks, only that they would happen "as soon as possible."

"I cannot predict, it depends on the negotiations," Dina added. –Sapa-AFP
''', date="2014-01-04"))
    assert not said(sts, "Sapa-AFP")
    assert [w for w, _, t in said(sts, "I cannot predict") if t == "I cannot predict, it depends on the negotiations"] \
        == ["Dina Mufti"]


def test_country_is_no_first_word_of_the_radio_named_before():
    # https://global.chinadaily.com.cn/world/2011-07/12/content_12887086.htm
    _, sts = excerpt(page('''
PARIS - French Foreign Minister Alain Juppe confirmed on Tuesday contacts with the Libyan government to negotiate terms of Muammar Gaddafi's leave, a local radio reported.

"Effectively there are contacts but not a real negotiation," the minister told France Info.

France, which took the initiative in launching air strikes against forces loyal to Gaddafi, asked Libyan rebels to hold talks with pro-Gaddafi forces in a bid to stop foreign miltary operation which went on into its fourth month since the end of March.
''', date="2011-07-12"))
    assert not [w for w, _, _ in said(sts, "") if w == "France Info"]
    assert [w for w, _, _ in said(sts, "Effectively there are contacts")] == ["Alain Juppe"]


def test_readout_title_after_of_and_a_possessive_surname_is_that_holder():
    # https://politics.gaeatimes.com/2011/03/29/readout-of-vice-president-bidens-meeting-with-south-african-deputy-president-motlanthe-2-111655
    _, sts = excerpt(page('''
Readout of Vice President Biden’s Meeting with South African Deputy President Motlanthe

Earlier today, the Vice President met with South African Deputy President Motlanthe at the White House, building upon a conversation begun during the Vice President's June 2010 trip to South Africa.  In a substantive and wide-ranging discussion, the Vice President noted the importance of South Africa’s leadership across Africa and within the international community.
''', date="2011-03-29"))
    assert [w for w, _, _ in said(sts, "South Africa’s leadership")] == ["Biden"]


def test_readout_dated_by_the_day_the_secretary_met_on():
    # https://thefrontierpost.com/blinken-us-seeks-a-stable-relationship-with-russia/
    _, sts = excerpt(page('''
WASHINGTON: Secretary of State Antony J. Blinken met on Wednesday with Russian Foreign Minister Sergey Lavrov on the margins of the Arctic Council Ministerial.

The Secretary noted that the United States sought a more stable and predictable relationship with Moscow. To that end, Secretary Blinken and Foreign Minister Lavrov discussed Russia’s Arctic Council Chairmanship and the importance of cooperation given our shared stake in the region.

The Secretary underscored the imperative of ensuring humanitarian access for the people of Syria. They also discussed areas in which both of our peoples could benefit from sustained and enhanced cooperation, including Afghanistan, strategic stability, and curbing Iran and the DPRK’s nuclear programs.
''', date="2021-05-20"))
    assert [d for _, d, _ in said(sts, "more stable and predictable")] == ["2021-05-19"]
    # the readout's account of the meeting is no run-on of what the Secretary underscored
    assert not said(sts, "They also discussed areas")


def test_commented_on_a_meeting_is_no_words_and_leaves_the_day_of_comment():
    # https://massispost.com/2020/03/turkey-cannot-play-any-role-in-peaceful-settlement-of-nagorno-karabakh-conflict/
    _, sts = excerpt(page('''
YEREVAN (ARKA) — Anna Naghdalyan, spokeswoman for the Armenian Foreign Ministry, commented today on a meeting held yesterday between the Turkish Foreign Minister and the OSCE Minsk Group co-chairs.

Anna Naghdalyan recalled that Armenia’s Foreign Minister Zohrab Mnatsakanyan has already reacted to this statement, saying that “Mevlüt Çavusoglu’s advise to OSCE Minsk Group Co-Chairs on Nagorno-Karabakh conflict invites reflection on Luke 4:23 – “Physician, heal thyself.’

‘We would like to add that Turkey, which pursues an unfriendly policy towards Armenia and the Armenian people, cannot play any role in the peaceful settlement of the conflict,’ Naghdalyan stated.
''', date="2020-03-03"))
    assert not said(sts, "on a meeting held yesterday")
    assert [(w, d) for w, d, _ in said(sts, "We would like to add")] == [("Anna Naghdalyan", "2020-03-03")]
    # the participle after "Mnatsakanyan has already reacted" is the minister's
    assert [w for w, _, _ in said(sts, "invites reflection")] == ["Zohrab Mnatsakanyan"]


def test_asked_after_a_passive_goes_on_with_it_and_frames_nothing():
    # https://www.eurasiareview.com/04042020-iraq-suspends-reuters-operations-over-covid-19-report/
    _, sts = excerpt(page('''
Iraq’s Communications and Media Commission said Friday that it has banned international news agency Reuters from operating in the country for three months for reporting that the number of the nation’s novel coronavirus cases is much higher than official figures.

The decision came after Reuters reported that there are thousands of people in Iraq infected with the coronavirus and many more deaths than the government claims, Anadolu Agency reported.

It added that the agency was fined $20,000 and asked to apologize due to the story, which has “put social security at risk.”
''', date="2020-04-04"))
    assert not said(sts, "to apologize due to the story") or \
        all(t.startswith("the agency was fined") for _, _, t in said(sts, "to apologize due to the story"))
    assert [w for w, _, _ in said(sts, "it has banned")] == ["Communications and Media Commission"]


def test_the_pms_representative_is_downing_street():
    # https://mingooland.com/2025/01/donald-trump-finally-calls-keir-starmer-six-days-after-his-presidential-inauguration
    _, sts = excerpt(page('''
In a readout sent to the media, a Downing Street spokesperson said Trump “opened by sending his condolences to the prime minister on the loss of his brother,” 60-year-old Nick who died on Boxing Day.

The UK is nervously waiting to see if Trump will slap trade tariffs on British goods, as he has done with Colombia in a row over migrant deportations.

The PM’s representative continued: “The two leaders stressed the importance of the close and warm ties between the UK and the US, and the president spoke of his respect and affection for the royal family.

“They agreed to meet soon and looked forward to further discussions then.”
'''))
    assert [w for w, _, _ in said(sts, "close and warm ties")] == ["Downing Street"]


def test_attributable_paragraph_whose_last_stop_was_lost_is_the_spokespersons():
    # https://thefederalnewswire.com/stories/635657802-secretary-blinken-s-meeting-with-slovak-foreign-minister-kacer
    doc, sts = excerpt(page('''
Secretary Blinken’s Meeting with Slovak Foreign Minister Káčer

The following Readout was published by the U.S Department of State, Bureau of European and Eurasian Affairs on Nov. 29. It is reproduced in full below.

The following is attributable to Spokesperson Ned Price:

Secretary of State Antony J. Blinken met today with Slovak Minister of Foreign and European Affairs Rastislav Káčer in Bucharest on the margins of the NATO Foreign Ministers’ Meeting. Secretary Blinken thanked Foreign Minister Káčer for his commitment to sustaining Slovakia’s strong support for Ukraine and advancing our shared values around the world. The ministers also discussed ways to cooperate on energy diversification and regional security

Source: U.S Department of State, Bureau of European and Eurasian Affairs

More News
'''))
    assert doc.genre == "release"
    assert [w for w, _, _ in said(sts, "met today with Slovak Minister")] == ["Ned Price"]


def test_other_stories_headlines_closing_the_page_are_no_statements():
    # https://thenews.com.pk/latest/1045097-us-citizen-killed-in-west-bank-violence-state-department
    _, sts = excerpt(page('''
WASHINGTON: An Israeli who was killed in violence in the West Bank city of Jericho on Monday was also a US citizen, State Department spokesman Ned Price said.
"These actions are completely unacceptable," Price said.
In addition, he added, "We expect the Israeli Government to ensure full accountability and legal prosecution of those responsible for these attacks."
"Accountability and justice should be pursued with equal rigour in all cases of extremist violence," Price said.
On military action, Trump says he’d “go in willingly” and “lead the pack” if no deal is reached with Iran
Explosion resulted from detonation of a homemade explosive device filled with destructive elements, say police
Italian and Vatican authorities place the area around St Peter's under tight security ahead of pope's funeral
Mummy was found in Aspero, a sacred site within city of Caral that was a garbage dump for over 30 years
UN says Islamabad and New Delhi should resolve disputes peacefully through meaningful d
'''))
    assert not said(sts, "go in willingly")
    assert not said(sts, "Islamabad and New Delhi")
    assert [w for w, _, _ in said(sts, "Accountability and justice")] == ["Ned Price"]


def test_a_radio_reporting_the_words_ends_them():
    # https://global.chinadaily.com.cn/world/2011-07/12/content_12887086.htm
    _, sts = excerpt(page('''
PARIS - French Foreign Minister Alain Juppe confirmed on Tuesday contacts with the Libyan government to negotiate terms of Muammar Gaddafi's leave, a local radio reported.
''', date="2011-07-12"))
    assert [(w, t) for w, _, t in said(sts, "contacts with the Libyan government")] == \
        [("Alain Juppe", "contacts with the Libyan government to negotiate terms of Muammar Gaddafi's leave")]


def test_announced_the_decision_in_a_statement_is_no_words():
    # https://iranfocus.com/?p=24904
    _, sts = excerpt(page('''
TEHRAN (AFP)— The Tehran bureau of international news agency Reuters has been “suspended indefinitely” because of a report it issued mischaracterising Iranian female ninjas as “terrorists,” authorities said on Monday.

The head of the department in the culture and Islamic guidance ministry that monitors foreign media in Iran, Mohammad Javad Aghajari, announced the decision in a statement published by the official Islamic Republic News Agency (IRNA).

“The decision was taken following the production of a video clip by this news agency’s video department branding some Iranian female athletes who practice ninjutsu as terrorists,” he was quoted as saying.
'''))
    assert not said(sts, "in a statement published by")
    assert [w for w, _, _ in said(sts, "The decision was taken")] == ["Mohammad Javad Aghajari"]


def test_press_statement_signed_with_office_and_name_is_the_signers():
    # https://mofa.gov.iq/2020/8042/
    doc, sts = excerpt('''---
title: "Press Statement"
source_url: "https://mofa.gov.iq/2020/8042/"
---
Press Statement

The Foreign Ministry expresses its rejection and condemnation of the unknown missiles that struck near the United States embassy, and in this regard we renew our keenness to abide by the sanctity of diplomatic missions, and avoid jeopardizing its security.

We also affirm that the security authorities have taken all measures, and made every effort to prosecute those responsible to refer them to the judiciary for punishment, and to prevent any breach of its security.

Foreign Ministry Official Spokesman

 Dr. Ahmed Al-Sahaf
''')
    assert doc.genre == "release"
    assert [w for w, _, _ in said(sts, "We also affirm")] == ["Ahmed Al-Sahaf"]
    assert not said(sts, "Official Spokesman")


def test_the_presidents_call_in_a_readout_headline_is_no_person():
    # https://presidency.ucsb.edu/documents/readout-the-presidents-call-with-german-chancellor-merkel-0
    _, sts = excerpt(page('''
Readout of the President's Call with German Chancellor Merkel

September 19, 2011

The President and German Chancellor Angela Merkel spoke by phone today, continuing their close consultations on the Eurozone crisis and recent developments in financial markets. The two leaders agreed that concerted action would be needed in the months ahead to address the current economic challenges and to assure global economic recovery.
''', date="2011-09-19"))
    assert not [w for w, _, _ in said(sts, "") if w == "Call"]


def test_met_on_a_day_and_they_discussed_dates_the_meeting():
    # http://china.org.cn/international/world/2007-01/05/content_1195124.htm
    _, sts = excerpt(page('''
US President George W. Bush met with visiting German Chancellor
Angela Merkel in the White House on Thursday and they discussed
issues including Iran, the Middle East peace process, Afghanistan,
Lebanon and others.
"We talked about Iran. And I thanked Chancellor Merkel's strong
support for a Chapter 7 Iranian resolution -- a Chapter 7 United
Nations Security Council resolution on Iran," Bush said at a press
conference after their meeting.
''', date="2007-01-05"))
    assert [(w, d) for w, d, _ in said(sts, "We talked about Iran")] == [("George W. Bush", "2007-01-04")]


def test_release_quotation_over_paragraphs_ends_at_its_closing_mark():
    # http://europa.eu/rapid/press-release_MEX-14-0219_en.htm
    doc, sts = excerpt('''---
title: "Statement by President Barroso on Ukraine"
source_url: "http://europa.eu/rapid/press-release_MEX-14-0219_en.htm"
date: "2014-02-19"
---
Statement by President Barroso on Ukraine

"It was with shock and utter dismay that we have been watching developments over the last 24 hours in Ukraine. There are no circumstances that can legitimise or justify such scenes.

The EU has been offering its sincere assistance to facilitate political dialogue between the sides and de-escalate the situation.

Yet, we have also made it clear that the EU will respond to any deterioration on the ground. We therefore expect that targeted measures against those responsible for violence and use of excessive force can be agreed by our Member States as a matter of urgency, as proposed by the High Representative / Vice President." Watch the statement on EBS .

EU-US trade deal stocktaking: “no give and take” on standards in TTIP

EU Trade Commissioner Karel De Gucht met United States Trade Representative Ambassador Michael Froman 
''')
    assert doc.genre == "release"
    assert [w for w, _, _ in said(sts, "shock and utter dismay")] == ["Barroso"]
    assert not [w for w, _, _ in said(sts, "Karel De Gucht") if w == "Barroso"]
    assert not [w for w, _, _ in said(sts, "stocktaking") if w == "Barroso"]


def test_a_relative_clause_set_off_after_a_name_is_no_role():
    # https://en.trend.az/world/other/1424972.html
    _, sts = excerpt(page('''
A Madagascan official said Saturday talks with the opposition are continuing and will produce "some results" next week despite the war of rhetoric during the parallel mass gatherings launched by the two rival groups.
"We are on the way to dialogue. It will surely produce some results next week," Francis, who is only identified by his family name and in charge of communication of the prime minister's office, told Xinhua by phone.
''', date="2009-02-15"))
    (st,) = [st for st in sts if "on the way to dialogue" in st.text]
    assert st.speaker.name == "Francis" and st.speaker.role is None


def test_readouts_while_they_also_discussed_ends_the_words():
    # https://thefrontierpost.com/blinken-us-seeks-a-stable-relationship-with-russia/
    _, sts = excerpt(page('''
WASHINGTON: Secretary of State Antony J. Blinken met on Wednesday with Russian Foreign Minister Sergey Lavrov on the margins of the Arctic Council Ministerial.

The Secretary underscored the imperative of ensuring humanitarian access for the people of Syria, while they also discussed regional issues, including finding a long-term political solution to the conflict between Armenia and Azerbaijan.
''', date="2021-05-20"))
    assert [t for _, _, t in said(sts, "humanitarian access")] == ["the imperative of ensuring humanitarian access for the people of Syria"]


def test_two_people_each_named_after_a_title_both_speak():
    # https://mg.co.za/article/2014-01-04-south-sudan-ceasefire-talks-delayed/ (the pair, without the apposition
    # between them that the page sets off)
    _, sts = excerpt(page('''
Information Minister Michael Makuei and rebel team spokesman Yohanis Musa Pouk said the two sides would not meet Saturday until an agenda had been drafted by negotiators and agreed by both sides.
''', date="2014-01-04"))
    assert sorted(w for w, _, _ in said(sts, "the two sides would not meet")) == ["Michael Makuei", "Yohanis Musa Pouk"]
