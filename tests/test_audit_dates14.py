"""Audit round dates14: the day each statement was said on English news reports of spokespeople and ministers from
many countries (Yonhap, Xinhua, Kyodo and Pakistani agency copy, reprints of them). Each test reads a real passage
(its page's URL in a comment) as the pipeline does and asserts what an annotator expects."""
from pressarchive.clean import parse_dateline
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- publication dates printed in forms the cleaner did not read ---------------------------------------------------

def test_outlet_before_a_bar_on_the_date_line():
    # http://www.chinaja.org.cn/2020-03/06/c_138849529.htm (Friday 6 March 2020: "on Wednesday" is 4 March)
    doc, sts = excerpt(page('''
Xinhua protests US curbs on staff strength

China Daily Global| 2020-03-06 13:52:55|Editor: Wang Xiaoyu

A spokesperson for China's Xinhua News Agency issued a statement on Wednesday to protest Washington's demand that the agency cut the number of its United States-based journalists within a limited time.

The US move, on the pretext of so-called reciprocity, was groundless and outright arbitrary, fully exposing the hypocrisy of the "freedom of the press" touted by the US, the Xinhua spokesperson said.
'''))
    assert doc.published[:10] == "2020-03-06"
    assert [(w, d) for w, d, _ in said(sts, "groundless")] == [("Xinhua", "2020-03-04")]


def test_audio_button_beside_the_date():
    # https://www.modernghana.com/news/821617/south-korea-on-high-alert-over-likely-provocations-from-nort.html
    assert parse_dateline("DEC 9, 2017 LISTEN") == "2017-12-09"
    doc, sts = excerpt(page('''
South Korea On High Alert Over Likely Provocations From North Korea

By GNA

DEC 9, 2017 LISTEN

Accra, Dec. 08 - (Yonhap/GNA) - South Korea's defense ministry said Friday North Korea is likely to continue with military provocations, such as further missile firings, maritime intrusions and cyberattacks.
'''))
    assert doc.published[:10] == "2017-12-09"
    assert [d for _, d, _ in said(sts, "military provocations")] == ["2017-12-08"]


def test_weekday_tells_the_order_of_a_numeric_date():
    # https://oananews.org/node/44040 ("Tue, 02/03/2009 - 22:40" over "TOKYO, Feb. 3 Kyodo - Japan on Tuesday warned")
    assert parse_dateline("Tue, 02/03/2009 - 22:40") == "2009-02-03"
    assert parse_dateline("Mon, 02/03/2009 - 22:40") == "2009-03-02"
    doc, sts = excerpt(page('''
Tue, 02/03/2009 - 22:40

Japan tight-lipped on missile report, hopes to keep N. Korea in check

TOKYO, Feb. 3 Kyodo - Japan on Tuesday warned North Korea against any moves to use missiles, with the Foreign Ministry spokesman describing the missile issue as a ''serious problem'' for world peace but declining to confirm or deny reports of Pyongyang's preparations for a missile launch.

Earlier on Tuesday, Chief Cabinet Secretary Takeo Kawamura told a separate news conference, ''I will refrain from commenting as it will involve intelligence, but the government will continue to work on information gathering with great care.''
'''))
    assert doc.published[:10] == "2009-02-03"
    assert [d for _, d, _ in said(sts, "refrain from commenting")] == ["2009-02-03"]


def test_date_in_the_credit_of_a_lead_dateline():
    # https://www.urdupoint.com/en/pakistan/no-plan-to-abolish-ministry-of-it-1841871.html
    doc, sts = excerpt(page('''
ISLAMABAD, (UrduPoint / Pakistan Point News - 7th Jul, 2024) The Ministry of Information Technology and Telecommunication here on Sunday clarified that no directions have been issued to abolish the Ministry and its other departments.

The news item in a section of media giving the impression that the Ministry of IT and Telecommunication, among others, is being abolished is distorted and fabricated, the Ministry said in a press release.

“It is to clarify that the 'Committee on the Right Sizing of the Federal Government' has sought recommendations for right-sizing the attached departments from the respective ministries and there is no directive to abolish the said ministries”, it added.
'''))
    assert doc.published[:10] == "2024-07-07"
    assert {d for _, d, _ in said(sts, "")} == {"2024-07-07"}


# --- the day of the lead's verb, not another speaker's day ----------------------------------------------------------

def test_day_before_a_judgement_verb_dates_the_lead():
    # https://koreaherald.com/view.php?mp=22&np=215&ud=20170614000901 (Wednesday 14 June 2017; the officials' "said
    # Tuesday" is another occasion)
    doc, sts = excerpt(page('''
Defense chief calls suspected NK drone infiltration 'grave' armistice violation

Published : June 14, 2017 - 17:15

South Korea's Defense Minister Han Min-koo on Wednesday called a recent drone infiltration, presumably by North Korea, a "grave" violation of the armistice agreement, saying his ministry will lodge a complaint through the Seoul-based UN Command.

"That a North Korean vehicle crossed the military demarcation line and flew into South Korean territory is a grave violation of the armistice agreement," Han told a parliamentary session. The accord halted the 1950-53 Korean War, but has left the two Koreas technically at war.

Seoul's military officials said Tuesday that a suspected North Korean drone recently spied on a US missile defense system rolled out in the South's southern county.
'''))
    assert {d for w, d, _ in said(sts, "") if w == "Han Min-koo"} == {"2017-06-14"}


def test_bare_weekday_between_subject_and_verb():
    # http://nation.com.pk/national/14-Jul-2017/nisar-rebuts-report-about-his-remarks-in-cabinet-meeting
    # (published Friday 14 July 2017: Thursday is the 13th)
    doc, sts = excerpt(page('''
However, Planning Minister Ahsan Iqbal while talking to the same channel Thursday night said that Nisar during the meeting expressed full confidence over the PM. Chaudhry Nisar during the meeting reminded his old relationship with the Sharif family, he also said.
''', date="2017-07-14"))
    assert {d for w, d, _ in said(sts, "") if w == "Ahsan Iqbal"} == {"2017-07-13"}
    # http://www.app.com.pk/no-connection-between-new-portfolio-and-nts-issue-rana-tanvir/ (a Saturday's page, to
    # tell the weekday's day from the publication day)
    doc, sts = excerpt(page('''
ISLAMABAD - Minister for Science and Technology Rana Tanvir Hussain, who has recently taken charge of the ministry, Tuesday categorically denied any connection between his new assignment and portfolio, and the issues related to Comsats (CIIT) / NTS.

Such reference is, in fact, on the basis of misunderstanding on the part of his colleagues, the minister said in a statement.
''', date="2017-12-02"))
    assert {d for _, d, _ in said(sts, "misunderstanding")} == {"2017-11-28"}


def test_the_hindus_header_publication_then_update():
    # https://www.thehindu.com/news/national/karnataka/minister-ends-press-conference-abruptly-after-heated-argument-with-journalists/article66777858.ece/amp/
    assert parse_dateline("April 25, 2023 08:28 pm | Updated 08:28 pm IST - KALABURAGI") == "2023-04-25"
    # the day opening the line is the publication's, not the update's; a labelled one alone stays the page's
    assert parse_dateline("March 03, 2024 10:12 pm | Updated March 04, 2024 08:19 am IST - NEW DELHI") == "2024-03-03"
    assert parse_dateline("Updated: March 4, 2024") == "2024-03-04"
    doc, sts = excerpt(page('''
Minister ends press conference abruptly after heated argument with journalists

April 25, 2023 08:28 pm | Updated 08:28 pm IST - KALABURAGI

The Hindu Bureau

Union Minister of Agriculture and Farmers Welfare Narendra Singh Tomar ended a press conference abruptly in Kalaburagi on Tuesday when journalists asked him about local issues related to farmers who lost their red gram crop due to wilt disease.

At one time, Mr. Tomar pointed out at a journalist and asked him: “Have you taken a contract to ask all these questions?”
'''))
    assert doc.published[:10] == "2023-04-25"
    assert {d for _, d, _ in said(sts, "contract")} == {"2023-04-25"}


# --- a speaker's earlier occasion: not the day of the briefing the report is about ----------------------------------

def test_statement_going_on_from_a_speakers_earlier_day_is_not_the_briefings():
    # http://www.thejakartapost.com/seasia/2017/02/03/indonesia-to-focus-on-asean-unity-at-amm.html (Fri 3 February
    # 2017): the spokesman's Thursday briefing is 2 February; Duterte spoke at his ceremony on 15 January
    doc, sts = excerpt(page('''
Indonesia to focus on ASEAN unity at ministerial meeting

Fri, February 3, 2017

Indonesia aims to strengthen unity within ASEAN during the ASEAN Ministerial Meeting (AMM) retreat, which will discuss the development of the region and the current global situation that could affect the regional bloc.

“The ministers who will be present at the meeting in Boracay, Philippines, on Feb. 19 to 21 will also bring about a set of issues from their countries and we could cooperate together to solve these issues and develop stronger ties within ASEAN,” Foreign Ministry spokesman Arrmanatha Nasir told a weekly briefing on Thursday.

President Rodrigo Duterte, who officially became ASEAN chairman at a ceremony in Davao on Jan. 15, stressed that the Philippines would hold fast to ideologies and values that the grouping was pursuing as well as persist in cooperation in order to realize common aspirations.

Duterte affirmed that ASEAN would achieve its goals via policies and guidelines, cooperation, coordination and consensus.

Meanwhile, Arrmanatha said Foreign Minister Retno LP Marsudi would visit Singapore on Feb. 9 to 10 for bilateral meetings in conjunction with 50 years of diplomatic relations.
'''))
    assert doc.published[:10] == "2017-02-03"
    assert [d for _, d, _ in said(sts, "ministers who will be present")] == ["2017-02-02"]
    assert [d for _, d, _ in said(sts, "would visit Singapore")] == ["2017-02-02"]
    # the report's day is not Duterte's: his own day, or none
    assert [d for _, d, _ in said(sts, "achieve its goals")] in (["2017-01-15"], [None])


def test_a_lead_dated_weeks_before_a_late_posting_leaves_the_rest_undated():
    # https://www.ajudaily.com/view/20130228000393 (a story of 28 February posted on 26 April 2013): the spokesman's
    # words are of the 28 February briefing, not of the posting day
    doc, sts = excerpt(page('''
South Korea steps up surveillance of North Korean military: official

By Park Sae-jin Posted : April 26, 2013, 09:08 Updated : April 26, 2013, 09:08

South Korea has increased surveillance of the North Korean military to cope with possible provocations by the North, a senior defense ministry official said on Feb. 28.

"The North used to provoke the South whenever there was a change of government in the South," the ministry's spokesman, Kim Min-seok, said in a press briefing at the ministry in Seoul.

Kim recalled that the North launched its Taepodong 1 missile in February 1998 around the inauguration of former President Kim Dae-jung. The Yeonpyeong sea battle occurred about a year later.
'''))
    assert doc.published[:10] == "2013-04-26"
    kim = [d for w, d, _ in said(sts, "") if w == "Kim Min-seok"]
    assert kim and all(d in (None, "2013-02-28") for d in kim)


def test_a_name_inside_the_reported_clause_takes_no_day_of_that_occasion():
    # https://myvietnamnews.com/2010/06/06/ (AFP, Sunday 6 June 2010): Kan told reporters on Saturday he would appoint
    # Edano; Edano's own words to reporters are not dated by Kan's Saturday
    from pressarchive.analyse import _reported_clause_start
    body = ("Kan, who was voted prime minister Friday, told reporters late Saturday he will appoint Yukio Edano, 46, "
            "a known Ozawa critic, as secretary general of his ruling Democratic Party of Japan (DPJ).")
    assert body[_reported_clause_start(body, 0, len(body)):].startswith("he will appoint")
    doc, sts = excerpt(page('''
TOKYO, June 6, 2010 (AFP) – Japan’s new premier Naoto Kan will likely take on his predecessor’s cabinet with only minor changes but is moving to curb the influence of powerful backroom fixer Ichiro Ozawa, media reports said Sunday.

Kan, who was voted prime minister Friday, told reporters late Saturday he will appoint Yukio Edano, 46, a known Ozawa critic, as secretary general of his ruling Democratic Party of Japan (DPJ), the top post after party leader.

“I would like to maintain transparency and fairness to lead the party,” Edano told reporters.
'''))
    assert [d for w, d, _ in said(sts, "transparency") if w == "Yukio Edano"] in (["2010-06-06"], [None])


# --- a wire dateline without its year, on a page whose address carries its day -------------------------------------

def test_yearless_wire_dateline_takes_its_year_from_the_address():
    # https://www.upi.com/Top_News/2005/05/02/Japan-plays-down-N-Korean-missile-launch/UPI-81381115023384/
    # (Monday 2 May 2005)
    text = '''
Japan plays down N. Korean missile launch

TOKYO, May 2 (UPI) -- Japan has played down the impact on its security of North Korea's firing of a short-range missile in the Sea of Japan on Sunday.

Chief Cabinet Secretary Hiroyuki Hosoda denied that the missile launch constituted a violation of the 2002 Pyongyang Declaration in which North Korea promised to refrain from launching missiles at Japan, the Mainichi Shimbun reported Monday.

"The missile targeted the sea around (North Korea)," Hosoda told a news conference Monday morning. "It doesn't have a range of hundreds of miles."
'''
    doc, sts = excerpt(page(text, url="https://www.upi.com/Top_News/2005/05/02/Japan-plays-down-N-Korean-missile-launch/UPI-81381115023384/"))
    assert doc.published[:10] == "2005-05-02"
    assert {d for _, d, _ in said(sts, "sea around")} == {"2005-05-02"}
    # an address without a day, or a day far from the dateline's, gives no year
    doc, _ = excerpt(page(text, url="https://www.upi.com/Top_News/Japan-plays-down/"))
    assert doc.published is None
    doc, _ = excerpt(page(text, url="https://www.upi.com/Top_News/2005/09/02/Japan-plays-down/"))
    assert doc.published is None
