"""Audit round brief17: transcripts of government press briefings as scraped pages (Viet Nam's MOFA regular press
conferences, Japan's MOFA and Chief Cabinet Secretary, India's MEA, the State Department). Each test reads a real
passage (its page's URL in a comment) as the pipeline does and asserts what an annotator expects."""
from test_audit_brief16 import titled
from test_audit_cases import excerpt
from test_audit_seed10 import said


# --- Viet Nam's MOFA: numbered questions labelled by outlet, unlabelled answers ----------------------------------

VN_QA = '''
Home page     Newsletter    Feedback   Weblinks Vietnamese 
Sunday, May 19, 2024 Search
 Advanced Search

The 17th Regular Press Conference (15th October, 2020)


Q&A

1. VnExpress: AMTI has mentioned that there are 400 Chinese enterprises registered on the so-called “Sansha” on Woody Island, Paracel Islands, Viet Nam. Please comment on this matter?

Viet Nam has strongly reaffirmed many times that Viet Nam has ample historical evidences and legal basis to assert its sovereignty over the archipelagos of the Paracel and Spratly Island.

The consistent stance of Viet Nam is to strongly oppose of the so-called “Sansha city” and related acts which seriously violated Viet Nam’s sovereignty, which they have no validity and are not recognized, and not contribute to the friendly relations between countries and complicates the situation in the East Sea, the region and the world.

2. TG&VN: Please comment on the fact that Viet Nam was the first country that Janpanese Prime Minister Soga Yoshihide visit after his inauguration?

Viet Nam welcomes Japanese Prime Minister Suga Yoshihide to visit Viet Nam as his first overseas destination after taking office. This clearly demonstrates the strong and substantial development of the extensive strategic partnership between Viet Nam and Japan in several aspects.

We strongly believe that the visit will be a great success, actively contributing to fostering the Viet Nam - Japan extensive strategic partnership and to restoring the post-covid 19 socio-economics developments of the two countries.
'''
VN_QA_URL = "https://www.mofa.gov.vn/en/tt_baochi/nr140808202328/ns201123155557"


def test_unlabelled_answers_under_numbered_questions_are_the_ministrys():
    # https://www.mofa.gov.vn/en/tt_baochi/nr140808202328/ns201123155557
    doc, sts = excerpt(titled("The 17th Regular Press Conference (15th October, 2020)", VN_QA, "2020-10-15", VN_QA_URL))
    first = said(sts, "ample historical evidences")
    assert [(w, d) for w, d, _ in first] == [("Ministry of Foreign Affairs", "2020-10-15")]
    assert first[0][2].endswith("the region and the world.")      # the answer's two paragraphs, one statement
    assert [w for w, _, _ in said(sts, "Suga Yoshihide to visit")] == ["Ministry of Foreign Affairs"]
    # the questions are no one's statements (had been: "AMTI" saying what the question reports)
    assert not said(sts, "400 Chinese enterprises") and not said(sts, "Please comment")
    assert len(sts) == 2


def test_numbered_questions_on_another_site_name_no_ministry():
    # the same layout on a site that is not the ministry's, with no spokesperson named: no one's answers
    doc, sts = excerpt(titled("The 17th Regular Press Conference (15th October, 2020)", VN_QA, "2020-10-15",
                              "https://example.org/the-17th-regular-press-conference"))
    assert not [w for w, _, _ in said(sts, "ample historical evidences") if w == "Ministry of Foreign Affairs"]


def test_announcements_a_statement_a_paragraph_and_a_question_cut_short():
    # https://mofa.gov.vn/en/tt_baochi/nr140808202328/ns220413082102 (the list's "+" and numbers are Markdown's)
    doc, sts = excerpt(titled("The 5th Regular Press Conference (7 April 2022)", '''
The 5th Regular Press Conference (7 April 2022)
I. ANNOUNCEMENTS
+ The Minister of Foreign Affairs of Canada will pay a visit to Viet Nam
At the invitation of Minister of Foreign Affairs Bui Thanh Son, Minister of Foreign Affairs of Canada Mélanie Joly will pay an official visit to Viet Nam from 12 to 14 April 2022.
As part of the trip, Minister of Foreign Affairs Mélanie Joly is expected to meet with Vietnamese high-level leaders andhold talks with Foreign Minister Bui Thanh Son to exchange measures to strengthen the Comprehensive Partnership between the two countries, and discuss regional and international issues of mutual interest.
II. Q&A
1. Tuoi tre: What is Viet Nam's response to the information by the China Maritime Safety Administration that China will organize a military exercise in the South China Sea from 19 March to 9 April?
Viet Nam’s position regarding this matter was clarified on 7 March 2022. Viet Nam once again requests that China respect Viet Nam’s exclusive economic zone and continental shelf as established in accordance with the 1982 UNCLOS and to cease all activities violating them, to exercise restraint, refrain from actions that may complicate the situation, and contribute to the maintenance of peace, security and stability in the South China Sea.
Viet Nam continues to discuss with China regarding this matter.
3. Viet Nam National Defense News Channel: According to plan, at the end of April, the 7th Viet Nam - China Border Defense Friendship Exchange will be held in Cao Bang
''', "2022-04-07", "https://mofa.gov.vn/en/tt_baochi/nr140808202328/ns220413082102"))
    assert [(w, d) for w, d, _ in said(sts, "will pay an official visit")] == [("Ministry of Foreign Affairs", "2022-04-07")]
    assert [w for w, _, _ in said(sts, "expected to meet")] == ["Ministry of Foreign Affairs"]
    assert not said(sts, "will pay a visit to Viet Nam")          # the announcement's heading
    answer = said(sts, "clarified on 7 March 2022")
    assert len(answer) == 1 and answer[0][2].endswith("regarding this matter.")
    assert not said(sts, "Cao Bang")                               # a question cut off before its "?"


def test_spokesperson_named_in_a_headline_in_capitals():
    # http://www.mofa.gov.vn/en/tt_baochi/nr140808202328/ns170426181228
    doc, sts = excerpt(titled("PRESS CONFERENCE BY MOFA SPOKESPERSON LE THI THU HANG – April 20, 2017", '''
PRESS CONFERENCE BY MOFA SPOKESPERSON LE THI THU HANG – April 20, 2017


ANNOUNCEMENT

PM Nguyen Xuan Phuc to visit Cambodia and Laos
At the invitation of Prime Minister Hunsen of the Kingdom of Cambodia and spouse and that of Prime Minister Thongloun Sisoulith of the Lao People's Democratic Republic and spouse, Prime Minister Nguyen Xuan Phuc and Madam will pay official visits to the Kingdom of Cambodia from April 24 to 25 and to Lao PDR from April 26 to 27.

The visits reflect Viet Nam's high regard for its traditional friendship, special solidarity and comprehensive cooperation with Laos and its good neighborly relations and comprehensive cooperation with Cambodia, thus giving new momentums to bring its cooperation with Laos and Cambodia to new height.
''', "2017-04-20", "http://www.mofa.gov.vn/en/tt_baochi/nr140808202328/ns170426181228"))
    found = said(sts, "will pay official visits") + said(sts, "high regard")
    assert len(found) == 2 and {d for _, d, _ in found} == {"2017-04-20"}
    assert all(w and w.replace("ê", "e").replace("ị", "i").replace("ằ", "a").lower() == "le thi thu hang"
               for w, _, _ in found), found
    assert not said(sts, "to visit Cambodia and Laos")


# --- Japan's MOFA: a label printed without its space ---------------------------------------------------------------

def test_label_without_a_space_after_its_colon():
    # https://www.mofa.go.jp/press/kaiken/kaiken23e_000078.html
    doc, sts = excerpt(titled("Press Conference by Foreign Press Secretary KOBAYASHI Maki", '''
Press Conferences

Press Conference by Foreign Press Secretary KOBAYASHI Maki

Wednesday, September 27, 2023, 3:45 p.m. Ministry of Foreign Affairs

This is a provisional translation by an external company for reference purpose only.

Opening Remarks

Aspirations as Foreign Press Secretary

Ms. KOBAYASHI Maki, Press Secretary:I am Kobayashi, the new Foreign Press Secretary. I’m glad to be here.

The first instructions Minister Kamikawa gave me were to focus on the following threefold points: to firmly protect Japan’s national interests, increase Japan’s presence, and advance diplomacy that is understood and supported by Japanese people.

Exit Ban on Nomura Holdings’ Hong Kong Executive

Mainichi Shimbun, Murao:There are reports that an executive of Nomura Holdings’ Hong Kong subsidiary has been banned from leaving China. What action, if any, is MOFA taking in response?
''', "2023-09-27", "https://www.mofa.go.jp/press/kaiken/kaiken23e_000078.html"))
    found = said(sts, "threefold points")
    assert [d for _, d, _ in found] == ["2023-09-27"] and found[0][0].lower() == "kobayashi maki"
    assert not said(sts, "Nomura")


# --- an opening that announces nothing; a reply to a remark that asks nothing --------------------------------------

def test_state_department_opening_with_nothing_and_banter_are_no_statements():
    # https://truenewsinfo.com/department-press-briefing-february-28-2024/ (a copy of the State Department's page)
    doc, sts = excerpt(titled("Department Press Briefing – February 28, 2024 – United States Department of State", '''
Department Press Briefing – February 28, 2024 – United States Department of State


1:04 p.m. EST

MR MILLER: Good afternoon. I don’t have anything, but I’ll say apologies from the top. The President has a speech scheduled at 1:30, so if I have to wrap a bit early today, that’s why. So let’s get to it.


QUESTION: Sure. Yeah, I’d like to ask you about Transnistria.

MR MILLER: Here comes Matt complaining I’m on time again. (Laughter.)

QUESTION: That was not two minutes. That was like 45 seconds.

MR MILLER: Go – go ahead. You’re good.

QUESTION: Yeah, no, no. So the separatist authorities there are asking for – Russia for protection, extra protection. What is your take on what’s happening there in that region?

MR MILLER: So given Russia’s increasingly aggressive and destabilizing role in Europe, we are watching Russia’s actions in Transnistria and the broader situation there very closely. The United States firmly supports Moldova’s sovereignty and territorial integrity within its internationally recognized borders, and we continue to encourage Chisinau and Tiraspol to work together and identify solutions to pressing concerns of communities on both sides of the Dniester.

QUESTION: Time is relative.

MR MILLER: Time is a flat circle.
''', None, "https://truenewsinfo.com/department-press-briefing-february-28-2024/"))
    assert [(w, d) for w, d, _ in said(sts, "Transnistria and the broader")] == [("Matthew Miller", "2024-02-28")]
    assert not said(sts, "apologies from the top") and not said(sts, "speech scheduled")
    assert not said(sts, "Here comes Matt")                        # a quip the room laughs at


def test_mea_opening_without_announcement_and_questions_are_no_statements():
    # https://mea.gov.in/media-briefings.htm?dtl/35482/Transcript_of_Weekly_Media_Briefing_by_the_Official_Spokesperson_July_07_2022
    doc, sts = excerpt(titled("Transcript of Weekly Media Briefing by the Official Spokesperson (July 07, 2022)", '''
Media Center

Transcript of Weekly Media Briefing by the Official Spokesperson (July 07, 2022)

July 08, 2022

Shri Arindam Bagchi, Official Spokesperson: Good afternoon to all of you. Thank you very much for joining us on this regular media briefing. We haven't been able to do it the last couple of weeks for visits and other reasons, but nice to see a large turnout today. We don't have any major announcement as such so I would open the floor with questions and comments, etc., that you have. Okay. Question. Sidhant before the bell rings. Okay, we will start this with Sidhant.

Sidhant: Sir Sidhant from WION. My question is, there are reports of India hosting G20 meetings, indirectly of, Jammu and Kashmir, reports of doing the same in Ladakh, as well. China has said that it's going to oppose or at least expresses displeasure, your reaction to what China has been saying?

Yeshi: This is Yeshi Seli from The New Indian Express. I'd like to know whether officially we've stated that we will host the G20 in J&K or is this just a conjecture?

Shri Arindam Bagchi, Official Spokesperson: What is conjecture part, I didn't understand.

Yeshi: Has India said that that they will host because there is this team which has been deputed by the J&K government to find out where it can be hosted. So more details on that.
''', "2022-07-08", "https://mea.gov.in/media-briefings.htm?dtl/35482/Transcript_of_Weekly_Media_Briefing_by_the_Official_Spokesperson_July_07_2022"))
    assert not said(sts, "large turnout") and not said(sts, "I didn't understand")
    # what the reporters' questions report is no statement either (had been "China" and "Has India")
    assert not said(sts, "going to oppose") and not said(sts, "they will host")
    assert sts == []


def test_an_opening_with_an_announcement_stays():
    # https://www.mea.gov.in/media-briefings.htm?dtl/33208/Transcript_of_Virtual_Weekly_Media_Briefing_by_the_Official_Spokesperson_November_12_2020
    doc, sts = excerpt(titled("Transcript of Virtual Weekly Media Briefing by the Official Spokesperson (November 12, 2020)", '''
Transcript of Virtual Weekly Media Briefing by the Official Spokesperson (November 12, 2020)

November 14, 2020

Shri Anurag Srivastava, Official Spokesperson: Friends, welcome back to the regular weekly briefing. I will start with a couple of announcements. The first is on our humanitarian aid to Africa. In keeping with India’s tradition of reaching out to people of Africa in times of need, Government of India has decided to provide humanitarian assistance to Sudan, South Sudan, Djibouti and Eritrea.

Shri Yatin Patel, OSD (PR): Sir, first set of question is on USA President elect. Suhasini from the Hindu has asked - "has Prime Minister Modi requested a call with US President elect?"
''', "2020-11-14", "https://www.mea.gov.in/media-briefings.htm?dtl/33208/Transcript_of_Virtual_Weekly_Media_Briefing_by_the_Official_Spokesperson_November_12_2020"))
    assert [(w, d) for w, d, _ in said(sts, "humanitarian assistance to Sudan")] == [("Anurag Srivastava", "2020-11-12")]


def test_a_short_answer_to_a_remark_without_laughter_stays():
    # https://www.state.gov/briefings/department-press-briefing-may-9-2022/ (data/state-dept-press-releases-rss)
    doc, sts = excerpt(titled("Department Press Briefing – May 9, 2022", '''
MR PRICE: Good afternoon.

QUESTION: Are there any indications about the cause of death of the three Americans?

MR PRICE: Out of respect for the privacy of the families, we just don’t have anything to add at this time. If, I should say as a general matter, we do feel that there is a piece of information that the broader American citizen community in any country should know, we of course do relay that via the appropriate consular channels.

QUESTION: But there has not been any such —

MR PRICE: There has not been.

QUESTION: In this case.

MR PRICE: There has not been in this case.
''', "2022-05-09", "https://www.state.gov/briefings/department-press-briefing-may-9-2022/"))
    assert [w for w, _, _ in said(sts, "There has not been in this case")] == ["Ned Price"]
    assert [w for w, _, _ in said(sts, "appropriate consular channels")] == ["Ned Price"]


# --- Singapore MFA: a minister's written replies to parliamentary questions ------------------------------------------

def test_written_replies_are_the_ministers_and_the_questions_no_ones():
    # https://www.africanewscurrents.com/article/858346991-minister-for-foreign-affairs-dr-vivian-balakrishnan-s-written-replies-to-parliamentary-questions-15-october-2025
    # (a copy of MFA Singapore's page)
    doc, sts = excerpt(titled("Minister for Foreign Affairs Dr Vivian Balakrishnan's Written Replies to Parliamentary "
                              "Questions, 15 October 2025", '''
Minister for Foreign Affairs Dr Vivian Balakrishnan's Written Replies to Parliamentary Questions, 15 October 2025

QUESTION

Mr Gerald Giam Yean Song: To ask the Minister for Foreign Affairs in the past year (a) how many dialogue sessions and workshops have been conducted for students, youths and businesses to help them understand Singapore’s foreign policy; (b) what was the total attendance for each group.

REPLY

1        The Government has stepped up public engagement to explain our foreign policy fundamentals and approaches and to hear Singaporeans’ views. Since January 2024, we have conducted about 150 dialogue sessions and workshops with students, youths and businesses.

2        We collect feedback from participants at these engagements to better understand the clarity of the messages and effectiveness of the format.

QUESTION

Mr Fadli Fawzi: To ask the Minister for Foreign Affairs whether the Government has been engaging the United States government on maintaining its obligations under the United States-Singapore Free Trade Agreement in relation to immigration, such as the H-1B1 visa.
''', None, "https://www.africanewscurrents.com/article/858346991"))
    first = said(sts, "stepped up public engagement")
    assert [(w, d) for w, d, _ in first] == [("Vivian Balakrishnan", "2025-10-15")]
    assert first[0][2].startswith("The Government")                # without the paragraph's number
    assert [w for w, _, _ in said(sts, "We collect feedback")] == ["Vivian Balakrishnan"]
    assert not said(sts, "To ask the Minister") and len(sts) == 2


# --- the Chief Cabinet Secretary's "REPORTER:" asks: a short answer is an answer -------------------------------------

def test_a_short_answer_to_a_reporter_is_a_statement():
    # https://japan.kantei.go.jp/tyoukanpress/201112/13_p.html
    doc, sts = excerpt(titled("Press Conference by the Chief Cabinet Secretary Tuesday, December 13, 2011 (PM)", '''
Press Conference by the Chief Cabinet Secretary (Excerpt)

[Provisional Translation]

Q&As

REPORTER: Will there be any impact on the Japanese budget?

CHIEF CABINET SECRETARY FUJIMURA: You mean Japan's FY2012 budget?

REPORTER: Yes.

CHIEF CABINET SECRETARY FUJIMURA: That is entirely unrelated.

REPORTER: Do you have any intention to review the timing?

CHIEF CABINET SECRETARY FUJIMURA: There is no change with regard to the environmental impact statement.
''', "2011-12-13", "https://japan.kantei.go.jp/tyoukanpress/201112/13_p.html"))
    # (had been dropped as "a word to the operator or moderator" after an unnamed speaker's turn)
    assert [(w, d) for w, d, _ in said(sts, "entirely unrelated")] == [("Fujimura", "2011-12-13")]
    assert not said(sts, "You mean Japan")                         # a question back
    assert [w for w, _, _ in said(sts, "no change")] == ["Fujimura"]
