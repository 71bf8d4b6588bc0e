"""Audit round seed20: English reports by Vietnamese and Chinese outlets (VTV, VNA, Viet Nam News, VGP, Xinhua in
the Global Times, Customs News) of foreign-ministry spokespeople. Each test reads a real passage (its page's URL in a
comment) as the pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- VTV's byline prints the day run into its credit ---------------------------------------------------------------

VTV = '''
Foreign Ministry spokeswoman speaks about support for Vietnamese abroad to return home

by VNA10 April 2020 Last updated at 16:22 PM

Foreign Ministry’s spokeswoman Le Thi Thu Hang (Photo: VNA)
Foreign Ministry’s spokeswoman Le Thi Thu Hang (Photo: VNA)

VTV.vn - Foreign Ministry’s spokeswoman said over the past time, the Foreign Ministry has worked with Vietnamese representative agencies abroad, and domestic and foreign agencies to help nearly 1,500 Vietnamese citizens return home safety.

She revealed the information while answering reporters’ queries about help for Vietnamese abroad, including students and workers, to return home, at a regular press conference in Hanoi on April 9.

The spokesperson noted that several Vietnamese citizens are still stranded at international airports due to changes in entry-exit and transit policies of countries and territories.
'''


def test_vtv_byline_day_site_name_lead_and_revealed_information():
    # https://english.vtv.vn/news/foreign-ministry-spokeswoman-speaks-about-support-for-vietnamese-abroad-to-return-home-202005021758175.htm
    doc, sts = excerpt(page(VTV))
    assert (doc.published or "")[:10] == "2020-04-10"
    found = said(sts, "nearly 1,500") + said(sts, "still stranded")
    assert len(found) == 2
    assert all(w != "VTV.vn" and w is not None for w, _, _ in found)     # the site's name is no speaker
    assert all(d == "2020-04-09" for _, d, _ in found)                  # the press conference's day
    assert not said(sts, "the information while")                        # "revealed the information" tells nothing


def test_byline_day_glued_to_the_credit():
    from pressarchive.clean import parse_dateline
    assert parse_dateline("by VNA10 April 2020 Last updated at 16:22 PM") == "2020-04-10"
    assert parse_dateline("by P.V17 July 2015 Last updated at 12:00 PM") == "2015-07-17"
    assert parse_dateline("Written by John Smith 10 April 2020") is None
    assert parse_dateline("stood by UN10 April 2020") is None


# --- a bare date line over the lead, below the headline, dek, credits and caption ------------------------------------

def test_date_line_over_the_lead_dates_the_page():
    # https://asianews.network/vietnam-calls-for-ceasefire-release-of-hostages-in-israel-hamas-conflict/ (Viet Nam News)
    doc, sts = excerpt(page('''
Vietnam calls for ceasefire, release of hostages in Israel-Hamas conflict

A foreign ministry spokesperson also said the Vietnam welcomes and supports efforts to promote restraint by all sides, dialogues, the resolution of disputes through peaceful means.

Viet Nam News

Viet Nam News

People conduct rescue work among residential buildings destroyed in an Israeli strike in the southern Gaza Strip city of Khan Younis, on Tuesday. PHOTO: XINHUA/VIETNAM NEWS

November 10, 2023

HANOI – Việt Nam on Thursday expressed strong condemnation of violence aimed at civilians, humanitarian personnel, journalists and critical infrastructure in the escalating conflict in the Gaza Strip between Israel and Hamas.

Spokesperson for the Ministry of Foreign Affairs Phạm Thu Hằng, during the press briefing in Hà Nội, stated that Việt Nam welcomes and supports efforts by the international community to promote restraint by all sides.
'''))
    assert (doc.published or "")[:10] == "2023-11-10"
    assert [d for _, d, _ in said(sts, "efforts by the international community")] == ["2023-11-09"]


def test_posting_stamp_under_the_byline_dates_the_page():
    # https://en.baochinhphu.vn/print/viet-nam-calls-for-immediate-cease-fire-in-gaza-111231109164131952.htm (VGP)
    doc, _ = excerpt(page('''
Print article

Viet Nam calls for immediate cease-fire in Gaza

VGP - Viet Nam strongly condemns violent attacks against civilians, humanitarian workers, journalists and essential infrastructure in Gaza.

Posts Thuy Dung

November 09, 2023 7:44 PM GMT+7
Viet Nam calls for achieving cease-fire in Gaza - Ảnh 1.

Spokesperson of the Ministry of Foreign Affairs Pham Thu Hang

Spokesperson of the Ministry of Foreign Affairs Pham Thu Hang made the above statement on Thursday in reply to reporters' inquiry about Viet Nam's response to the current situation in the Gaza Strip.

In the spirit of the resolution adopted by the United Nations General Assembly at the emergency special session held on October 27, Viet Nam urges all parties to immediately cease fire, comply with international law and international humanitarian law, protect civilians and civilian infrastructure, establish a humanitarian corridor and immediately release the hostages being held, said Le.

Viet Nam welcomes and supports the efforts of the international community to encourage all parties to exercise restraint and dialogue, and resolve disagreements via peaceful means on the basis of international law and resolutions of the United Nations to achieve a fair, satisfactory, and long-lasting solution to the Middle East peace process, she stated.

Regarding the citizen protection in this area, Pham said that as the escalating situation in the Middle East region continues to become complicated, from October 16, the Ministry of Foreign Affairs has adviced Vietnamese citizens in Israel to soon leave Israel to ensure safety.

To date, 13 Vietnamese citizens have returned home safely, she added./.
'''))
    assert (doc.published or "")[:10] == "2023-11-09"


def test_two_dates_among_the_first_lines_date_nothing():
    from pressarchive.clean import _dated_before_lead
    lines = ["Timeline", "", "March 3, 2020", "", "June 5, 2021", "", "The ministry said the talks went well and "
             "that both sides would meet again next month to discuss the remaining issues of the agreement."]
    assert _dated_before_lead(lines) == []


# --- the day before "made remarks" is the remarks' day -------------------------------------------------------------

def test_day_before_made_remarks_dates_the_spokesman_named_next():
    # http://www.globaltimes.cn/content/1092145.shtml (Xinhua)
    _, sts = excerpt(page('''
Spokesperson Geng Shuang said China has noted that the visit of the Republic of Korea (ROK) president's special delegation to the Democratic People's Republic of Korea (DPRK) has achieved positive outcomes and we welcome this.

We hope that all relevant parties can seize the current opportunity, work for the shared goal and make concerted efforts to promote the process of denuclearization of the Peninsula, Geng said.

A Chinese Foreign Ministry spokesperson on Tuesday night made remarks on the outcomes of the ROK president's special delegation's visit to the DPRK.
''', "2018-03-07"))
    found = said(sts, "positive outcomes") + said(sts, "seize the current opportunity")
    assert [(w, d) for w, d, _ in found] == [("Geng Shuang", "2018-03-06")] * 2


# --- the stamps of a "Latest News" list under "Related News" ---------------------------------------------------------

def test_latest_news_stamps_under_related_news_give_no_year():
    # https://english.haiquanonline.com.vn/vietnam-requests-china-to-withdraw-vessels-from-its-waters-26406.html
    _, sts = excerpt(page('''
Vietnam requests China to withdraw vessels from its waters
Deputy Spokeswoman of the Ministry of Foreign Affairs Pham Thu Hang
Vietnam demands that China withdraw its research vessel Xiang Yang Hong 10, Coast Guard vessels, and fishing vessels from Vietnam's waters, Deputy Spokeswoman of the Ministry of Foreign Affairs Pham Thu Hang said on May 25.
She made the call in response to a reporter’s question on Vietnam's reaction to the illegal operation of Chinese vessels in Vietnam’s Exclusive Economic Zone (EEZ) in the East Sea recently.
Related News
Latest News

15th National Assembly concludes ninth extraordinary session
16:21 | 19/02/2025 Headlines

Party chief requests priority for sci-tech development, digital transformation
07:48 | 17/02/2025 Headlines

Việt Nam commits to being safe, attractive destination for investors
09:47 | 13/02/2025 Headlines
More News

Minister of Planning and Investment outlines six str
'''))
    found = said(sts, "Xiang Yang Hong 10")
    assert found and all(d is None for _, d, _ in found)     # May 25 of no year the story gives


# --- "the spokesperson" after the body spoke and its spokesperson was named since ---------------------------------

def test_the_spokesperson_is_the_one_named_since_the_ministry_spoke():
    # https://tuoitrenews.vn/news/politics/20231009/vietnam-calls-on-parties-in-israelhamas-conflict-to-exercise-restraint/76077.html
    _, sts = excerpt(page('''
Relevant parties in the escalating conflict between Israel and the Palestinian group Hamas should restraint and negotiate to seek a way out of the ongoing hostilities that have killed over 1,100 people so far, the Vietnamese Ministry of Foreign Affairs announced on Sunday.
Spokesperson of the foreign ministry Pham Thu Hang made the statement in reply to reporters’ questions regarding Vietnam’s response to the ongoing Israel-Hamas conflict that has caused a lot of casualties to civilians.
“We call on relevant parties to exercise restraint, not take actions that complicate the situation, and soon resume negotiations to resolve disagreements through peaceful means,” the spokesperson stressed.
''', "2023-10-09"))
    assert [(w, d) for w, d, _ in said(sts, "We call on relevant parties")] == [("Phạm Thu Hằng", "2023-10-08")]


def test_the_spokesman_after_the_body_with_no_one_named_since_is_the_body():
    _, sts = excerpt(page('''
The ban breaches the treaty, the Ministry of Foreign Affairs of Vietnam said on Sunday.
"We will respond in kind," the spokesman said.
''', "2023-10-09"))
    assert [w for w, _, _ in said(sts, "respond in kind")] == ["Ministry of Foreign Affairs of Vietnam"]


# --- a caption's photo credit is no part of the name before it -------------------------------------------------------

def test_photo_credit_closing_a_caption_is_no_part_of_the_name():
    # https://japantoday.com/category/politics/china-says-japan%27s-taiwan-stance-justifies-the-wrongdoers
    _, sts = excerpt(page('''
Chinese Foreign Ministry spokesperson Hua Chunying attends a news conference in Beijing
Chinese Foreign Ministry spokesperson Hua Chunying Photo: Reuters/THOMAS PETER
politics

BEIJING

Japanese officials' recent statements on the current tensions in the Taiwan Strait were an attempt to justify the "wrongdoers", Chinese foreign ministry spokesperson Hua Chunying said on Friday during a regular briefing.
''', "2022-08-06"))
    assert [(w, d) for w, d, _ in said(sts, "wrongdoers")] == [("Hua Chunying", "2022-08-05")]


# --- "he" after "X quoted Y as saying" is X ---------------------------------------------------------------------------

def test_he_after_quoted_as_saying_is_the_one_quoting():
    # http://www.globaltimes.cn/content/1089443.shtml (Xinhua)
    _, sts = excerpt(page('''
Spokesman Geng Shuang made the remarks at a routine press briefing when asked to comment on the invitation of the Democratic People's Republic of Korea (DPRK) to the Republic of Korea (ROK) President Moon Jae-in to travel to Pyongyang for talks.
Geng said China welcomes the recent dialogue and cooperation between the two Koreas on the Pyeongchang Winter Olympics.
"We hope that dialogue during the Olympics will extend to routine dialogue, and dialogue between DPRK and the ROK will be expanded to dialogue between all the relevant parties, especially between DPRK and the United States," Geng quoted Foreign Minister Wang Yi as saying.
He also said he hoped that the two Korea's efforts to improve relations would be expanded to joint efforts of all parties to maintain peace in the Korean Peninsula.
''', "2018-02-13"))
    assert [w for w, _, _ in said(sts, "dialogue during the Olympics")] == ["Wang Yi"]
    assert [w for w, _, _ in said(sts, "two Korea's efforts")] == ["Geng Shuang"]


# --- a photo's caption and credit run into the lead's dateline -----------------------------------------------------

def test_caption_and_credit_before_the_vna_dateline_are_no_part_of_the_words():
    # https://en.vietnamplus.vn/citizen-protection-prioritised-in-vietnams-external-policy-spokesperson/198103.vnp
    _, sts = excerpt(page('''
Vietnamese Ambassador to Indonesia Hoang Tuan Anh (red shirt) visits fishermen on Natuna island (Photo: VNA) Hanoi (VNA) - Citizen protection is a priority in Vietnam's external policy in particular as well as in the policies of the country’s Party and State in general, according to Le Thi Thu Hang.
''', "2021-03-25"))
    (found,) = said(sts, "Citizen protection is a priority")
    assert found[2].startswith("Citizen protection is a priority")


def test_credit_glued_to_the_dateline():
    # https://en.vietnamplus.vn/vietnam-concerned-over-conflict-between-hamas-and-israel-spokesperson/269268.vnp
    _, sts = excerpt(page('''
The Hamas forces fired over 3,000 rockets on Israel's territory. (Photo: AFP/VNA)Hanoi (VNA) – Vietnam has kept a close watch on, and been concerned over the escalating conflict between Hamas forces and Israel that has resulted in many casualties for civilians, Spokeswoman of the Ministry of Foreign Affairs Pham Thu Hang said on October 8.
''', "2023-10-08"))
    (found,) = said(sts, "close watch")
    assert found[2].startswith("Vietnam has kept a close watch") and found[1] == "2023-10-08"


# --- a place named with a spaced dash before the frame ---------------------------------------------------------------

def test_dashed_place_before_the_frame_is_no_name_with_a_title():
    # https://en.vietnamplus.vn/citizen-protection-prioritised-in-vietnams-external-policy-spokesperson/198103.vnp
    _, sts = excerpt(page('''
Citizen protection is a priority in Vietnam's external policy, according to Foreign Ministry spokesperson Le Thi Thu Hang.

Regarding reports on Indonesia’s recent detainment of two Vietnamese fishing vessels and their crewmembers from the southern province of Ba Ria – Vung Tau, Hang said the Ministry of Foreign Affairs have received information on the case from competent agencies.
''', "2021-03-25"))
    assert [w for w, _, _ in said(sts, "have received information")] == ["Lê Thị Thu Hằng"]


def test_dateline_dash_before_a_titled_name_still_frames():
    _, sts = excerpt(page('''
HANOI – Le Thi Thu Hang, spokeswoman of the Foreign Ministry, said the ministry has received information on the case.
''', "2021-03-25"))
    assert [w for w, _, _ in said(sts, "has received information")] == ["Lê Thị Thu Hằng"]


# --- VGP's image alt text ---------------------------------------------------------------------------------------------

def test_vgp_image_alt_text_is_no_statement():
    # https://en.baochinhphu.vn/print/viet-nam-calls-for-immediate-cease-fire-in-gaza-111231109164131952.htm
    doc, sts = excerpt(page('''
Viet Nam calls for immediate cease-fire in Gaza

November 09, 2023 7:44 PM GMT+7
Viet Nam calls for achieving cease-fire in Gaza - Ảnh 1.

Spokesperson of the Ministry of Foreign Affairs Pham Thu Hang

Spokesperson of the Ministry of Foreign Affairs Pham Thu Hang made the above statement on Thursday in reply to reporters' inquiry about Viet Nam's response to the current situation in the Gaza Strip.
'''))
    assert "Ảnh 1" not in doc.body and not said(sts, "achieving cease-fire")


# --- "CONTENT, Title spokesman, Name, said": the title closes no part of the content ---------------------------------

def test_spokesman_title_set_off_before_the_name_is_no_part_of_the_words():
    # http://tass.com/world/923727
    _, sts = excerpt(page('''
BEIJING, January 3. /TASS/. The Chinese government is making significant efforts to denuclearize the Korean Peninsula, Chinese Foreign Ministry spokesman, Geng Shuang, said on Tuesday commenting on critical remarks made by US President-elect, Donald Trump.
''', "2017-01-03"))
    assert [(w, d, t) for w, d, t in said(sts, "denuclearize")] == \
        [("Geng Shuang", "2017-01-03",
          "The Chinese government is making significant efforts to denuclearize the Korean Peninsula")]


# --- "she" after a body spoke: the lone surname that spoke before it -------------------------------------------------

def test_she_after_a_body_spoke_is_the_surname_that_spoke_before():
    # https://en.qdnd.vn/social-affairs/news/foreign-ministry-citizen-protection-in-covid-19-hit-areas-is-priority-514551
    _, sts = excerpt(page('''
Hang said the Foreign Ministry and Vietnamese representative agencies have actively and proactively launched measures to support and protect Vietnamese citizens living, studying, working and travelling abroad, especially in epidemic-hit areas.

The Foreign Ministry actively updated information and warned Vietnamese citizens not to travel to affected areas.

Vietnamese representative agencies abroad have launched hotlines round-the-clock, particularly in affected areas to offer instructions and stay ready to support citizens if necessary, she said.
'''))
    assert [w for w, _, _ in said(sts, "launched hotlines")] == ["Hang"]
    assert [w for w, _, _ in said(sts, "not to travel")] == ["Foreign Ministry"]
