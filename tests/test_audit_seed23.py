"""Audit round seed23: English news reports of government spokespeople (Xinhua copy via People's Daily and SANA, UPI,
Prothom Alo, archyde, Indian sites copying PTI/TNS). Each test reads a real passage (its page's URL in a comment) as
the pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- words glued before a name: the day a report ran, the seat a person spoke at ------------------------------------

UPI = '''
May 23 (UPI) -- North Korea may have approved travel for South Korean journalists at the last minute on Wednesday after watching South Korean President Moon Jae-in exchange views with U.S. President Donald Trump.

Yoon Young-chan, senior secretary for public relations, said Moon assured Trump of North Korea's sincere intentions, Seoul Economic Daily reported Wednesday.

Trump and Kim are scheduled to meet on June 12 on Singapore, although on Tuesday at the White House Trump said there is a "substantial chance" the summit might not happen, after a recent series of complaints from North Korea over certain aspects of joint exercises and comments from national security adviser John Bolton.

Local newspaper Maeil Business reported Wednesday Yoon said Moon expects communications with North Korea will resume after Friday, the last day of joint U.S.-South Korea exercises Max Thunder.
'''


def test_weekday_after_a_report_is_no_part_of_the_name():
    # https://www.upi.com/Top_News/World-News/2018/05/23/North-Korea-OKs-South-Korean-journalists-after-Moon-remarks/7291527081900/
    _, sts = excerpt(page(UPI, date="2018-05-23"))
    assert [w for w, _, _ in said(sts, "communications with North Korea will resume")] == ["Yoon Young-chan"]
    assert not [st for st in sts if st.speaker and "Wednesday" in st.speaker.name]


def test_seat_of_a_body_glued_before_a_surname():
    # (same page) "at the White House Trump said": Trump spoke at the White House; no body "White House Trump"
    _, sts = excerpt(page(UPI, date="2018-05-23"))
    assert [(w, d) for w, d, _ in said(sts, "substantial chance")] == [("Donald Trump", "2018-05-22")]
    assert not [st for st in sts if st.speaker and "White House" in st.speaker.name]


def test_common_noun_heads_no_apposition_with_a_country():
    # https://gnghockey.com/2020/09/18/chinas-message-to-india-no-attempts-should-be-made-to-change-the-situation-of-lac-tension-in-ladakh-india-says-ball-is-now-in-chinese-court/
    _, sts = excerpt(page('''
China’s message to India: No attempts should be made to change the situation of LAC. Tension in Ladakh, India says ball is now in Chinese court

New Delhi. India again blamed China on Thursday for the tension on the Line of Actual Control (LAC).
''', date="2020-09-18"))
    assert [w for w, _, _ in said(sts, "ball is now in Chinese court")] == ["India"]
    assert not [st for st in sts if st.speaker and st.speaker.name == "Tension"]


# --- "X said this while ...": the sentence before is X's ---------------------------------------------------------

def test_said_this_names_the_speaker_of_the_sentence_before():
    # https://en.prothomalo.com/bangladesh/2noha9qslf
    _, sts = excerpt(page('''
Delhi hopes peace will be restored in Bangladesh soon

India hopes peace will be restored and the situation will become normal in Bangladesh soon, citing the recent incidents as the internal affairs of the country.

Foreign ministry spokesperson Randhir Jaiswal said this while addressing a weekly briefing at the foreign ministry on Thursday.
'''))
    assert [w for w, _, _ in said(sts, "India hopes peace will be restored")] == ["Randhir Jaiswal"]


def test_said_this_before_a_clause_is_no_such_frame():
    # (the rule's edge) "said this was ..." is a clause said, not a pointer back to the sentence before
    _, sts = excerpt(page('''
The government announced new measures on imports from the region on Monday.

Trade Minister John Smith said this was the right time to act.
'''))
    assert said(sts, "The government announced new measures") == []
    assert [w for w, _, _ in said(sts, "the right time to act")] == ["John Smith"]


# --- '... as saying in a press conference in response to reports claiming that ..., that “...”' -------------------

def test_occasion_with_its_own_that_before_the_words():
    # http://sana-syria.org/en/?p=266506
    _, sts = excerpt(page('''
China calls upon US to take tangible measures to calm situation in Ukraine

Beijing, SANA- China called upon the US on Tuesday to take concrete measures to calm the situation in Ukraine.

Xinhua quoted Chinese Foreign Ministry spokesman Zhao Lijian as saying in a press conference in response to US media reports claiming that Russia had requested military and economic assistance from China, that “the United States creates and spreads disinformation from time to time, which is unprofessional, irresponsible and immoral.”
'''))
    found = said(sts, "creates and spreads disinformation")
    assert [(w, t) for w, _, t in found] == [
        ("Zhao Lijian", "the United States creates and spreads disinformation from time to time, which is "
                        "unprofessional, irresponsible and immoral.")]
    assert said(sts, "in a press conference in response to") == []


# --- '“...,” said X shortly after Y arrived': the name ends before the time clause ------------------------------------

def test_inverted_frame_name_ends_before_shortly_after():
    # https://www.thelegitimatenews.com/avoid-action-that-might-escalate-situation-china/ (the quotation glued to the
    # sentence before it, as the page prints it)
    _, sts = excerpt(page('''
Avoid Action That Might Escalate Situation: China

China has said it is in communication and negotiations with India on lowering tension along the Line of Actual Control (LAC) through military and diplomatic channels.“No party should engage in any action that may escalate the situation,” said Chinese Foreign Ministry spokesperson Zhao Lijian shortly after PM Modi arrived in Ladakh today.
'''))
    assert [w for w, _, _ in said(sts, "No party should engage")] == ["Zhao Lijian"]
    assert not [st for st in sts if st.speaker and "Modi" in st.speaker.name]


# --- "an unnamed U.S. official ... the official said": nobody named ------------------------------------------------

def test_the_official_after_an_unnamed_us_official_is_not_the_spokesperson():
    # http://en.people.cn/n3/2022/0316/c90000-9971522.html (Xinhua, Wednesday 16 March 2022)
    _, sts = excerpt(page('''
BEIJING, March 15 (Xinhua) -- A Chinese Foreign Ministry spokesperson on Tuesday urged the United States to make tangible efforts to ease the situation in Ukraine.

Spokesperson Zhao Lijian made the remarks at a daily press briefing in response to a question on recent allegations reportedly made by an unnamed U.S. official on relations between Russia and China with regard to the Ukraine crisis.

According to media reports, the official said the U.S. government has notified NATO and certain Asian allies that Russia has requested military and economic assistance from China, and that China agreed but would deny it publicly.

Noting that Russia has denied asking China for military assistance, Zhao said that the United States creates and spreads disinformation from time to time, and such actions are unprofessional, unethical and irresponsible.
''', date="2022-03-16"))
    assert said(sts, "has notified NATO") == []
    assert [(w, d) for w, d, _ in said(sts, "creates and spreads disinformation")] == [("Zhao Lijian", "2022-03-15")]


# --- a paper called "... Times" reports; it is no speaker -----------------------------------------------------------

def test_times_outlet_is_no_speaker():
    # https://archyde.com/one-china-policy-%e2%89%a0-one-china-principlethe-spokesperson-of-the-us-state-department-responded-angrily-china-continues-to-publicly-distort-us-policy-international-newtalk-news
    _, sts = excerpt(page('''
State Department spokesman Ned Price. Figure: Retrieved from the official website of the U.S. State Department (file photo)
The Global Times, a website of the Global Times, even wrote the US State Department spokesman Ned Price’s reiteration of the US’s one-China policy as “Price reiterates: the US adheres to the one-China principle and does not support Taiwan independence.” In response, Price responded on the 20th that the People’s Republic of China continues to publicly distort US policy, and the US does not agree with the “one China” principle of the People’s Republic of China.
'''))
    assert not [st for st in sts if st.speaker and "Times" in st.speaker.name]
    assert [w for w, _, _ in said(sts, "continues to publicly distort US policy")] == ["Ned Price"]


def test_a_papers_weekday_name_stays_whole():
    # (the rule's edge) reuters21578 reut2-000 #234: "The Sunday Express said its poll ..." is the paper reporting (an
    # outlet: sources.yml news_outlets, no speaker), not a person "Express" after a weekday;
    # bbc-news/politics/252: "The book, serialised in the Sunday Telegraph, alleges that ...": no one "Telegraph"
    _, sts = excerpt(page('''
The Sunday Express said its poll, conducted on Friday, found the Conservatives ahead with 35.6 pct of the vote.

The book, serialised in the Sunday Telegraph, alleges that Mr Blair told the chancellor at a dinner hosted by deputy PM John Prescott in November 2003 of his intention to stand down.
'''))
    assert said(sts, "found the Conservatives ahead") == []
    assert said(sts, "of his intention to stand down") == []


def test_a_sentence_ending_is_no_word_describing_an_unnamed_official():
    # (the rule's edge) reuters21578 reut2-003 #488: "... from 3.7 a year ago. ¶ The official said ...": "a year ago."
    # introduces no unnamed official; the official is the one the text described before ("A Ministry of ... official")
    _, sts = excerpt(page('''
Zhang Haoruo, vice minister of Foreign Economic Relations and Trade, said last Friday that China signed foreign loan agreements for 6.94 billion dlrs last year.

A Ministry of Foreign Economic Relations and Trade official said this year's outlook for exports is much healthier than a year ago.

The renminbi has matched the U.S. Dollar fall, he said. It was quoted at 3.72 today, little changed from 3.7 a year ago.

The official said China has taken measures to improve its export performance.
''', date="1987-03-09"))
    assert [w for w, _, _ in said(sts, "has taken measures to improve")] == ["Zhang Haoruo"]


def test_a_person_of_a_times_paper_is_still_a_speaker():
    # (the rule's edge) polnear wash-post_2016-04-23: "Paul Krugman of the New York Times" is no outlet
    from pressarchive.speaker_names import why_not_a_speaker
    assert why_not_a_speaker("Paul Krugman of the New York Times", "person") is None
    assert why_not_a_speaker("Global Times", "organization") == "news_outlet"


# --- one word reported is an object, nothing said --------------------------------------------------------------------

def test_a_bare_object_is_no_statement():
    # https://au.news.yahoo.com/chinese-official-who-tweeted-repugnant-cartoon-slams-australia-040701062.html
    _, sts = excerpt(page('''
Foreign ministry spokesperson Zhao Lijian faced reporters at the department’s daily press conference on Wednesday, nine days after Prime Minister Scott Morrison branded his tweet “truly repugnant”.

While there was no mention of the tweet or the ensuing diplomatic spat, Mr Zhao once again criticised Australia when pressed on the federal government’s decision to pass legislation allowing it to veto state dealings with foreign entities.

Mr Zhao reiterated the deal would be beneficial to both parties.
'''))
    assert [st.text for st in sts if st.text.strip(".") == "Australia"] == []
    assert [w for w, _, _ in said(sts, "the deal would be beneficial")] == ["Zhao Lijian"]


# --- a Vietnamese site's picture number with no dash before it: the headline's copy is no statement ----------------

def test_headline_copy_before_a_glued_picture_number_is_cut():
    # https://en.vietnamplus.vn/vietnam-rejects-chinas-statement-on-sovereignty-over-truong-sa-post163616.vnp
    doc, sts = excerpt(page('''
Vietnam rejects China’s statement on sovereignty over Truong Sa

Vietnam rejects all the contents regarding Vietnam of the Chinese Foreign Ministry spokesperson’s statement on sovereignty over Truong Sa (Spratly) archipelago on November 8.
Vietnam rejects China’s statement on sovereignty over Truong Sa ảnh 1Vietnamese Foreign Ministry spokesperson Le Thi Thu Hang (Photo: VNA)

“In this regard, Vietnam has repeatedly stated that it has sufficient historical and legal evidence to prove its sovereignty over Hoang Sa (Paracel) and Truong Sa archipelagoes in line with international law. Historical reality has proven this,” she said.
''', url="https://en.vietnamplus.vn/vietnam-rejects-chinas-statement-on-sovereignty-over-truong-sa-post163616.vnp"))
    assert "ảnh 1" not in doc.body
    assert said(sts, "Le Thi Thu Hang (Photo") == []


def test_so_said_takes_no_photo_caption_for_its_words():
    # https://vietnamnet.vn/en/vietnam-s-sovereignty-must-be-respected-foreign-ministry-s-spokesperson-2153500.html
    doc, sts = excerpt(page('''
Vietnam’s sovereignty must be respected: Foreign Ministry’s spokesperson hinh anh 1
Pham Thu Hang, Spokesperson of the Foreign Ministry (Photo: VNA)

So said Pham Thu Hang, Spokesperson of the Foreign Ministry, on June 10 while commenting on a June 6 statement by a spokesperson of the Chinese Foreign Ministry concerning the operation of the group of Chinese survey ship Xiang Yang Hong 10.

As repeatedly affirmed, Vietnam has full legal ground and historical evidence to affirm its sovereignty over Truong Sa and Hoang Sa, she stressed, adding that the legal status of Truong Sa and its entities has been clearly defined in line with the UNCLOS 1982.
''', url="https://vietnamnet.vn/en/vietnam-s-sovereignty-must-be-respected-foreign-ministry-s-spokesperson-2153500.html"))
    assert "hinh anh" not in doc.body
    assert said(sts, "Spokesperson of the Foreign Ministry") == []
    assert [w for w, _, _ in said(sts, "full legal ground")] == ["Phạm Thu Hằng"]


# --- "Japan’s top government spokesperson said ... ¶ Chief Cabinet Secretary X made the comment ..." ----------------

def test_office_holder_named_next_by_the_offices_own_title():
    # https://english.alarabiya.net/News/world/2023/07/12/Japan-warns-N-Korea-has-technology-to-strike-it-with-nuclear-armed-ballistic-missiles
    _, sts = excerpt(page('''
Japan warns N.Korea has technology to strike it with nuclear-armed ballistic missiles

Reuters, Tokyo
Japan’s top government spokesperson said on Wednesday that North Korea already has technology to hit Japan with nuclear-armed ballistic missiles, repeating a statement made in a white paper published by the Japanese defense ministry.

Chief Cabinet Secretary Hirokazu Matsuno made the comment at a regular news conference after Pyongyang conducted a missile test with its longest-ever flight time.
''', url="https://english.alarabiya.net/News/world/2023/07/12/Japan-warns-N-Korea-has-technology-to-strike-it-with-nuclear-armed-ballistic-missiles"))
    assert [(w, d) for w, d, _ in said(sts, "already has technology to hit Japan")] == [("Hirokazu Matsuno", "2023-07-12")]


# --- "was quoted as saying by Global Times: “...”": the outlet quoting is none of the words ----------------------------

def test_outlet_after_as_saying_is_no_part_of_the_words():
    # https://theprint.in/diplomacy/china-again-blames-india-for-galwan-incident-but-says-countries-are-in-close-communication/443306/
    _, sts = excerpt(page('''
Chinese foreign minister Wang Yi was quoted as saying by Global Times: “The incident was very clear, as it happened on the Chinese side of the Line of Actual Control (LAC) and the responsibility did not rest with China.”

“China and India are in close communication on resolving relevant issues through both diplomatic and military channels,” Wang said.
'''))
    found = said(sts, "The incident was very clear")
    assert [(w, t[:26]) for w, _, t in found] == [("Wang Yi", "The incident was very clea")]
    assert [st.kind for st in sts if "The incident was very clear" in st.text] == ["direct"]


# --- "The spokesperson went on ..." after the spokesperson spoke; "When asked about the incident on Monday night" ------

HT_GALWAN = '''
The overall situation at the India-China border is stable and controllable, the Chinese foreign ministry said on Wednesday, a day after 20 Indian soldiers were killed in an unprecedented violent face-off with Chinese soldiers in the Galwan Valley region of eastern Ladakh on Monday night.

Zhao Lijian, spokesperson of the Chinese foreign ministry, refused to share details – including the casualties on its side – and repeatedly said border troops from both countries were dealing with the matter on the ground.

Zhao repeated yesterday’s statement by People’s Liberation Army’s Western Theatre Command, which blamed Indian troops for provoking the Chinese side, leading to the violent exchange. New Delhi has already denied the charge.

The spokesperson went on to repeat his own statement from Tuesday, almost word-for-word, in which he had also blamed the Indian army.

When asked about specifics of the incident on Monday night, he said troops were jointly dealing with the matter on the ground.
'''


def test_the_spokesperson_after_the_spokesperson_spoke_is_no_one_unnamed():
    # https://www.hindustantimes.com/india-news/troops-jointly-dealing-with-matter-on-ground-china-after-ladakh-face-off/story-Ko7IqtxQ2L1AYbOCojulfI.html
    _, sts = excerpt(page(HT_GALWAN, date="2020-06-17"))
    assert [w for w, _, _ in said(sts, "troops were jointly dealing")] == ["Zhao Lijian"]


def test_day_of_what_was_asked_about_is_not_the_answers():
    # (same page) "When asked about specifics of the incident on Monday night, he said ...": the incident's Monday
    _, sts = excerpt(page(HT_GALWAN, date="2020-06-17"))
    assert [d for _, d, _ in said(sts, "troops were jointly dealing")] == ["2020-06-17"]
    assert [d for _, d, _ in said(sts, "border troops from both countries")] == ["2020-06-17"]


def test_day_right_after_the_answering_verb_dates_the_answer():
    # (the rule's edge) "When asked on Tuesday about the clash, X said ..." is Tuesday's
    _, sts = excerpt(page('''
When asked on Tuesday about the clash, Zhao Lijian said China wants peace.
''', date="2020-06-17"))
    assert [(w, d) for w, d, _ in said(sts, "China wants peace")] == [("Zhao Lijian", "2020-06-16")]


# --- "the Chinese foreign ministry spokesperson said" on an undated page naming "Zhao Lijian" further on ----------------

def test_spokesperson_title_is_the_registrys_spokesperson_the_text_names():
    # https://dailymailnews.pk/india-spreads-false-reports-on-galwan-clash-says-china/ (no publication date)
    _, sts = excerpt(page('''
BEIJING: Indian border troops trespassed into the Chinese side of Galwan valley first and provoked the incident while Indian Ministry of External Affairs (MEA) and Indian media have made some false reports about the clash, the Chinese foreign ministry spokesperson said on Wednesday.
It is the Indian border troops that illegally crossed the Line of Actual Control (LAC) first. The West section is quite clear. The onus is not on China part, Zhao Lijian said in a statement during his regular briefing.
'''))
    assert [w for w, _, _ in said(sts, "trespassed into the Chinese side")] == ["Zhao Lijian"]


def test_spokesperson_title_of_another_country_is_not_the_named_spokesperson():
    # (the rule's edge) a Vietnamese spokesperson's title does not fit the Chinese spokesperson the text names
    # (named two sentences on, past the lead's reach)
    _, sts = excerpt(page('''
Vietnam opposes the drills in the Paracel islands, the Vietnamese foreign ministry spokesperson said on Thursday.
The drills began last week. Ships were seen near the islands. China will continue its drills, Zhao Lijian said in Beijing.
'''))
    assert [w for w, _, _ in said(sts, "Vietnam opposes the drills") if w == "Zhao Lijian"] == []
