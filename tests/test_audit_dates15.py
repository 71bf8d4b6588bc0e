"""Audit round dates15: the day each statement was said on English news reports of spokespeople and officials (Asian
outlets and agencies, Taiwanese, Indonesian and Philippine papers, wire copy reprinted on other sites). Each test
reads a real passage (its page's URL in a comment) as the pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a page that prints no date: the day its address carries ---------------------------------------------------------

def test_undated_page_takes_the_day_in_its_address():
    # https://www.thejakartapost.com/news/2016/08/12/indonesia-stresses-peace-and-stability-in-south-china-sea-after-vietnam-fortifies-spratly-islands.html
    # (Friday 12 August 2016: "on Thursday" is the 11th)
    doc, sts = excerpt(page('''
Indonesia has reiterated the importance of maintaining peace and stability in the South China Sea (SCS) to all claimant parties in region following Vietnam's move to fortify several of its islands with rocket launchers.

Responding to media reports on Vietnam's move to fortify the disputed Spratly Islands with rocket launchers, Foreign Ministry spokesperson Arrmanatha Nasir said on Thursday that all parties must apply self-restraint, adding that any action by one party could result in a counter-reaction from other parties.

"Therefore, actions that reduce tensions would subsequently prompt a reaction that also reduces tensions," he said.
''', url="https://www.thejakartapost.com/news/2016/08/12/indonesia-stresses-peace-and-stability-in-south-china-sea-"
         "after-vietnam-fortifies-spratly-islands.html"))
    assert doc.published[:10] == "2016-08-12"
    assert {d for _, d, _ in said(sts, "tensions")} == {"2016-08-11"}


def test_address_day_in_a_year_month_slash_day_form_dates_yesterday():
    # http://china.org.cn/archive/2006-09/13/content_1180893.htm (13 September 2006: "yesterday" is the 12th)
    doc, sts = excerpt(page('''
The Foreign Ministry said yesterday that new measures concerning the release of news in China by foreign news agencies won't affect coverage of the 2008 Beijing Olympic Games by visiting journalists.

Ministry spokesman Qin Gang made the remarks at a regular press conference when asked to comment on the "Measures for Administering the Release of News and Information in China by Foreign News Agencies."

"China will continue to improve its work and provide more services, convenience and help to foreign media and journalists," said Qin.
''', url="http://china.org.cn/archive/2006-09/13/content_1180893.htm"))
    assert doc.published[:10] == "2006-09-13"
    assert {d for _, d, _ in said(sts, "convenience")} == {"2006-09-12"}


def test_printed_date_wins_over_the_address_and_a_month_alone_dates_nothing():
    # an archived page whose address names another day (a web archive's copy of a redirect)
    doc, _ = excerpt(page('''
Kyodo News Digest

Published Aug 28, 2024 03:00 pm

TOKYO - Former Japanese Environment Minister Shinjiro Koizumi will announce on Sept. 6 his bid for the leadership of the ruling Liberal Democratic Party, his office said Wednesday.
''', url="https://english.kyodonews.net/news/2019/04/22/b6ef3720a380-x.html"))
    assert doc.published[:10] == "2024-08-28"
    # http://91dzs.com/english/2002/Jun/34382.htm: a year and a month, no day
    doc, sts = excerpt(page('''
Vietnamese allegations that a recent Chinese military exercise in the South China Sea has violated its sovereignty were Tuesday dismissed by Foreign Ministry spokesman Liu Jianchao.

"This action is fully in accordance with international law, international practice and domestic laws,'' said Liu.
''', url="http://91dzs.com/english/2002/Jun/34382.htm"))
    assert not doc.published
    assert {d for _, d, _ in said(sts, "international law")} == {None}


# --- a year-less day whose printed weekday denies the year the text suggests ------------------------------------------

def test_weekday_printed_with_a_yearless_day_denies_a_recalled_year():
    # http://www.eaglenews.ph/indonesias-president-says-relations-with-australia-remain-in-good-condition/ (undated
    # reprint of Reuters copy; the only year in the text is the 1969 referendum, when January 5 was a Sunday)
    doc, sts = excerpt(page('''
JAKARTA, Indonesia (Reuters) — Indonesian President Joko Widodo said on Thursday (January 5) that the country’s relations with Australia remained “good”, despite an earlier announcement that military cooperation had been suspended between the two countries.

“Our relationship with Australia remains in good condition, the problem has to be clarified first at the operational level so the situation does not heat up,” Widodo told reporters in Jakarta, adding that his defence minister and military chief had been asked to investigate.

Papua, where a separatist movement has simmered for decades, is a sensitive issue for Indonesia, which took over the former Dutch colony after a widely criticized U.N.-backed referendum in 1969
'''))
    assert {d for _, d, _ in said(sts, "good condition")} == {None}
    # the same form where the weekday agrees keeps its day
    doc, sts = excerpt(page('''
Indonesian President Joko Widodo said on Thursday (January 5) that the country’s relations with Australia remained “good”, despite an earlier announcement in 2017 that military cooperation had been suspended.
'''))
    assert {d for _, d, _ in said(sts, "relations")} == {"2017-01-05"}


# --- the audience an outlet named, then the place, then the day ------------------------------------------------------

def test_day_after_an_outlet_and_a_place_dates_the_telling():
    # https://jawawa.id/newsitem/government-to-protest-us-over-intrusion-1447893297 ("Thu, 10 Jul 2003": Wednesday
    # is the 9th)
    doc, sts = excerpt(page('''
Thu, 10 Jul 2003

Government to protest U.S. over intrusion

"We are expressing concern over the passage of the U.S. jet fighters, which almost disrupted the country's civil aviation. And the issue still requires further clarification," the director for North and Central America affairs at the foreign ministry, Dino Pati Djalal, told The Jakarta Post in Batam, Riau, on Wednesday.

Dino said the Indonesian government still had to clarify whether the U.S. planes notified Indonesian authorities of their passage before making any further diplomatic moves.
'''))
    assert doc.published[:10] == "2003-07-10"
    assert {d for _, d, _ in said(sts, "clarify whether")} == {"2003-07-09"}


# --- the page's posting stamp run into its headline is no occasion; "declined to comment" is one ---------------------

def test_posting_stamp_is_no_occasion_and_declining_to_comment_dates_the_lead():
    # http://www.reuters.com/article/us-northkorea-usa-pentagon-idUSKBN17G02B (stamped April 14, 2017 / 12:56 AM, a
    # Friday; "on Thursday" is the 13th)
    doc, sts = excerpt(page('''
Pentagon declines comment on NBC story on North Korea
#World News
April 14, 2017 / 12:56 AM / 4 months ago

Pentagon declines comment on NBC story on North Korea

Reuters Staff

WASHINGTON (Reuters) - The Pentagon on Thursday declined to comment on an NBC report about possible pre-emptive action against North Korea, saying, as a policy, it does not discuss future operations "nor publicly speculate on possible scenarios."

"Commanders are always considering a full range of options to protect against any contingencies," Dana White, a Pentagon spokeswoman, said in a statement. Reuters had queried the Pentagon about the report.
''', date="2017-04-14"))
    assert {d for w, d, _ in said(sts, "contingencies")} == {"2017-04-13"}


# --- publication date lines in forms the cleaner did not read ---------------------------------------------------------

def test_reuters_age_after_its_stamp_and_a_header_day_after_on():
    from pressarchive.clean import parse_dateline
    # http://www.reuters.com/article/us-northkorea-usa-pentagon-idUSKBN17G02B
    assert parse_dateline("April 14, 2017 / 12:56 AM / 4 months ago") == "2017-04-14"
    assert parse_dateline("MARCH 12, 2018 / 8:10 AM / UPDATED 2 HOURS AGO") == "2018-03-12"
    # https://www.yemend.com/news7746.html
    assert parse_dateline("on Thursday 20 January, 2022") == "2022-01-20"
    # prose is no date line
    assert parse_dateline("He said on Thursday 20 January, 2022") is None
    doc, sts = excerpt(page('''
on Thursday 20 January, 2022

Indonesia denies rumors of interaction with Israel

JAKARTA: The Indonesian government on Thursday denied reports by Israeli media that officials from the two countries had recently held meetings in Tel Aviv.

Addressing a virtual press conference, Indonesian Ministry of Foreign Affairs spokesman, Teuku Faizasyah, said: “What we can emphasize here is that there was no interaction between officials of the two countries, because we do not have diplomatic relations.”
'''))
    assert doc.published[:10] == "2022-01-20"
    assert {d for _, d, _ in said(sts, "no interaction")} == {"2022-01-20"}


def test_date_line_between_headline_and_lead_without_blank_lines():
    # https://www.devdiscourse.com/article/law-order/2538324-china-opposes-malicious-hype-around-qin-gangs-removal-from-minister-post
    # (Thursday 27 July 2023)
    doc, sts = excerpt(page('''
China opposes malicious hype around Qin Gang's removal from minister post
Reuters | Beijing | Updated: 27-07-2023 12:44 IST | Created: 27-07-2023 12:43 IST
China will release information in a timely matter regarding former minister Qin Gang and opposes malicious hype, the Chinese foreign ministry said at a regular press briefing on Thursday.
Spokesperson Mao Ning made the remarks when addressing a question on transparency around Qin Gang's removal from the minister post.
'''))
    assert doc.published[:10] == "2023-07-27"
    assert [(d, t[:22]) for _, d, t in said(sts, "timely")] == [("2023-07-27", "China will release inf")]


# --- a year inside a name gives no year to a day printed without one --------------------------------------------------

def test_year_between_a_names_word_and_its_head_is_no_year_of_the_text():
    from pressarchive.dates import DocumentDates
    # the name as https://dev-v4.freemalaysiatoday.com/category/nation/2025/10/31/we-respect-right-to-ask-questions-
    # and-right-to-respond-says-housing-ministry prints it, in an undated text whose only other year is 2024
    text = ("Nga also said on Oct 30 the project was aimed at attracting tourists ahead of the Visit Malaysia 2026 "
            "campaign, and the English name would give foreign visitors a “sense of belonging”. Arrivals rose in 2024.")
    assert [d for _, _, d, _ in DocumentDates(text, None).phrases] == ["2024-10-30"]
    text = "The spokesperson said on June 5 that the G20 2019 summit would go ahead. Osaka hosted talks in 2018."
    assert [d for _, _, d, _ in DocumentDates(text, None).phrases] == ["2018-06-05"]
    # a month before the year is a date of the text
    text = "He said on June 5 that the vote in March 2019 campaign was fair."
    assert [d for _, _, d, _ in DocumentDates(text, None).phrases] == ["2019-06-05"]


# --- Yonhap's address runs the day into the article number; its lead sits right under the headline ------------------

def test_yonhap_compact_address_gives_a_yearless_dateline_its_year():
    # https://en.yna.co.kr/view/AEN20200309004300325 (Monday 9 March 2020)
    doc, sts = excerpt(page('''
S. Korea denies report it rejected N. Korea's request for masks
SEOUL, March 9 (Yonhap) -- South Korea has denied a news report that it rejected North Korea's request for masks to help prevent the spread of the new coronavirus.
On Monday, the unification ministry flatly dismissed the report as groundless.
"That is groundless. That is completely untrue," Yoh Sang-key, the ministry's spokesperson, said in a regular press briefing when asked whether the recent media report is true.
''', url="https://en.yna.co.kr/view/AEN20200309004300325"))
    assert doc.published[:10] == "2020-03-09"
    assert not any("SEOUL" in t for _, _, t in said(sts, ""))     # (the lead is no part of the headline)
    assert {d for _, d, _ in said(sts, "completely untrue")} == {"2020-03-09"}
    # a summary page whose address alone dates it (m-en.yna.co.kr/view/AEN20210622007300320, Tuesday 22 June 2021)
    doc, sts = excerpt(page('''
Yonhap News Summary
The following is the first summary of major stories moved by Yonhap News Agency on Tuesday.
N.K. leader's sister says U.S. mention of 'interesting signal' shows it has 'wrong' expectation
SEOUL -- The sister of North Korean leader Kim Jong-un said Tuesday that the United States has "wrong" expectations after U.S. National Security Adviser Jake Sullivan called Kim's comments about dialogue with the U.S. an "interesting signal."
''', url="https://m-en.yna.co.kr/view/AEN20210622007300320"))
    assert doc.published[:10] == "2021-06-22"
    # a number that only starts like a day is none
    doc, _ = excerpt(page("The ministry said the plan was final.", url="https://example.org/view/AEN2020130900430032"))
    assert not doc.published


# --- the lead's event, its day right before the act, is the occasion of the remarks after it --------------------------

def test_day_of_the_leads_event_dates_the_remarks_made_at_it():
    # http://www.sabahtoday.com/?m=201504 ("April 30, 2015": the award was presented the day before)
    doc, sts = excerpt(page('''
State govt gets WWF award for largest marine park

April 30, 2015

KOTA KINABALU: Global conservation organisation WWF yesterday presented its prestigious Leaders for a Living Planet Award to the state government in recognition of its effort to create the largest marine park in Malaysia.

Chief Minister Datuk Seri Musa Haji Aman said the State Government was deeply honoured to receive the award which was presented by WWF-Malaysia Chief Executive Officer Datuk Dr Dionysius Sharma at the Chief Minister’s office conference room in Wisma Innoprise.

“I wish to thank WWF for according Sabah Government this recognition and will strive to fulfill its objectives,” he said.
'''))
    assert doc.published[:10] == "2015-04-30"
    assert {d for _, d, _ in said(sts, "")} == {"2015-04-29"}


# --- what a speaker went on to say of a statement issued in a span gone by stays undated ------------------------------

def test_quotes_after_a_statement_issued_late_last_week_stay_undated():
    # https://www.asia-pacific-solidarity.net/index.php/news/2024-03-05/jokowi-aide-quashes-report-indonesia-was-set-open-ties-israel.html
    # (the address's day, 5 March 2024, is the posting's, not the statement's)
    doc, sts = excerpt(page('''
Jakarta – A senior aide to President Joko "Jokowi" Widodo has issued a statement rejecting speculation that Indonesia plans to open bilateral relations with Israel.

Coordinator of President Jokowi's special aides Ari Dwipayana said in a statement issued late last week that no deal had been struck between Indonesia and Israel on the establishment of diplomatic relations.

"The information is completely incorrect," Ari said in a statement quoted by Antara.
''', url="https://www.asia-pacific-solidarity.net/index.php/news/2024-03-05/jokowi-aide-quashes-report-indonesia-was-set-"
         "open-ties-israel.html"))
    assert doc.published[:10] == "2024-03-05"
    assert {d for _, d, _ in said(sts, "")} == {None}
