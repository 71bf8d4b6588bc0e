"""Dates of statements in news reports of spokespeople (audit round dates8: Korean, Japanese, Chinese pages found
through the stored web-page corpus, read as Markdown pages with front matter or as plain scraped text)."""
from test_audit_cases import excerpt


def said_on(statements, words):
    found = [st for st in statements if words in st.text]
    assert found, [(st.speaker.name, st.text[:60]) for st in statements]
    return found[0].said_on


# http://www.koreaherald.com/view.php?ud=20201116000851 (Yonhap copy, published Monday, Nov 16, 2020)
KOREA_HERALD_BYPASSED = """---
title: "Foreign ministry denies reports it being 'bypassed' in Japan diplomacy"
source_url: "http://www.koreaherald.com/view.php?ud=20201116000851"
date: "2020-11-16"
---
By Yonhap
Published : Nov 16, 2020 - 14:11       Updated : Nov 16, 2020 - 14:11

The foreign ministry dismissed as "groundless" a media report Monday that it has been "bypassed" in the country's recent diplomatic efforts to improve ties with Japan strained over wartime history and trade.

"We express regrets that such an article, which is different from the facts, came in the midst of ongoing pan-government efforts to improve South Korea-Japan ties, in which the foreign ministry standing on a front line of diplomacy works together with the National Assembly and others as one team," the ministry said in a statement.

Allegations of the ministry's diminished role in diplomacy with Japan increased, as Foreign Minister Kang Kyung-wha said in an interview with the broadcaster SBS on Friday that there was not "sufficient" prior consultation related to the NIS chief's visit to Japan. (Yonhap)
"""


def test_a_weekday_closing_the_object_of_a_reporting_verb_dates_it():
    # "dismissed as "groundless" a media report Monday that ...": the ministry's Monday, not the Friday of the
    # minister's interview that a later sentence tells
    doc, statements = excerpt(KOREA_HERALD_BYPASSED)
    assert said_on(statements, "We express regrets") == "2020-11-16"
    assert said_on(statements, "prior consultation") == "2020-11-13"


def test_a_weekday_before_a_verb_of_its_own_is_no_frames():
    # the rule reads the weekday as closing the object only when the reported clause or a phrase follows it
    from pressarchive.dates import DocumentDates
    body = "The ministry said the attack Monday killed five people."
    assert not DocumentDates(body, "2020-11-17").phrases


# https://myvietnamnews.com/2010/06/06/ (a blog's copy of AFP; the header's lines give the day only in prose)
AFP_COPY = """wiki globe

Archive for June 6th, 2010|Daily archive page

Japan’s new PM to curb power of kingmaker Ozawa

In Uncategorized on June 6, 2010 at 6:20 pm

TOKYO, June 6, 2010 (AFP) – Japan’s new premier Naoto Kan will likely take on his predecessor’s cabinet with only minor changes but is moving to curb the influence of powerful backroom fixer Ichiro Ozawa, media reports said Sunday.

Kan, who was voted prime minister Friday, told reporters late Saturday he will appoint Yukio Edano, 46, a known Ozawa critic, as secretary general of his ruling Democratic Party of Japan (DPJ), the top post after party leader.
"""


def test_a_wire_dateline_with_its_year_dates_a_page_without_a_date_line():
    doc, statements = excerpt(AFP_COPY, "page.txt")
    assert doc.published[:10] == "2010-06-06"


def test_a_wire_dateline_without_a_year_dates_no_page():
    doc, _ = excerpt(AFP_COPY.replace("June 6, 2010 (AFP)", "June 6 (AFP)"), "page.txt")
    assert doc.published is None


# https://wowkorea.live/news/read/435655.html (the date line printed under the story, as the stored copy has it)
WOWKOREA_TAKESHIMA = """The Japanese patrol boat also reportedly sent a radio message to the South Korean research vessel, Haeundae 2000, requesting that it halt its investigation.
On the 6th of this month, the Japanese Ministry of Foreign Affairs announced that the South Korean research vessel "Hyogo 2000" had conducted a marine survey around Takeshima.
In response, the South Korean Ministry of Foreign Affairs has dismissed Japan's claims, saying that "maritime surveys around Liancourt Rocks are legitimate activities."
2024/06/12 08:09 KST
Copyrights(C) Herald wowkorea.jp 96
"""


def test_a_date_line_under_the_story_dates_a_page_without_one_above():
    doc, statements = excerpt(WOWKOREA_TAKESHIMA, "page.txt")
    assert doc.published[:10] == "2024-06-12"
    # "On the 6th of this month": the day of the report's month
    assert said_on(statements, "had conducted a marine survey") == "2024-06-06"


# https://cm.asiae.co.kr/en/article/2020061811165655844 (machine-translated Korean copy; the URL gives the day)
ASIAE_LIAISON = """---
title: "North Korea Pre-Notification Rumor Denied by Cheong Wa Dae: \\"Completely Untrue\\" (Update)"
source_url: "https://cm.asiae.co.kr/en/article/2020061811165655844"
date: "2020-06-18"
---
[Asia Economy Reporter Ryu Jeong-min] Yoon Do-han, Senior Secretary for Public Communication at the Blue House, stated during a briefing at the Press Center on the 18th that reports by some media outlets claiming that the Blue House was notified in advance before the explosion at the Kaesong Joint Liaison Office are not true.

Senior Secretary Yoon said, "The reports that the Kaesong Liaison Office explosion was (pre) notified to the Blue House are completely false. There is no such fact."
"""


def test_the_nth_without_a_month_is_a_day_of_the_reports_month():
    doc, statements = excerpt(ASIAE_LIAISON)
    assert said_on(statements, "completely false") == "2020-06-18"


def test_the_nth_after_the_report_day_is_the_month_before_only_a_few_days_back():
    from pressarchive.dates import DocumentDates
    body = "Yoon Do-han stated during a briefing on the 30th that the reports are not true."
    assert [p[2] for p in DocumentDates(body, "2020-07-02").phrases] == ["2020-06-30"]
    assert not DocumentDates(body, "2020-07-20").phrases     # the 30th would be weeks back: no day
    assert not DocumentDates(body, None).phrases
    assert not DocumentDates("He lives on the 18th floor.", "2020-06-20").phrases


# Date lines of scraped pages, as their header prints them. KBS World (eval/own/docs-j/kr/001, its text as a page
# without front matter), YTN (docs-j/kr/002), WION (https://www.wionews.com/india-news/no-message-sent-india-on-pakistan-
# nsas-claim-of-new-delhi-reaching-out-to-islamabad-335503), Global Times (https://www.globaltimes.cn/world/Top-News5.html
# and its reporter pages), a WordPress byline (docs-j/cn/016), a feed's RFC 2822 date.
KBS_WORLD = """Written: 2022-09-26 15:36:15Updated: 2022-09-26 16:03:34

Photo : YONHAP News

Military authorities said they are maintaining vigilance against any additional provocations by North Korea following the launch of a short-range ballistic missile one day earlier.

Joint Chiefs of Staff(JCS) spokesperson Col. Kim Jun-rak said on Monday that Seoul and Washington are analyzing the details of the short-range missile launch toward the East Sea on Sunday as it remains on alert for further aggressive acts by Pyongyang.
"""


def test_a_date_line_glued_to_its_label_gives_the_day_and_the_weekday_resolves():
    doc, statements = excerpt(KBS_WORLD, "page.txt")
    assert doc.published[:10] == "2022-09-26"
    assert said_on(statements, "Seoul and Washington are analyzing") == "2022-09-26"


def test_printed_date_lines_of_korean_chinese_indian_and_blog_pages():
    from pressarchive.clean import parse_dateline
    assert parse_dateline("2024.10.12. AM 00:03") == "2024-10-12"
    assert parse_dateline("NEW DELHIWritten By: Sidhant SibalUpdated: Oct 15, 2020, 07:02 PM IST") == "2020-10-15"
    assert parse_dateline("Source: Global Times | 2020/9/14 0:08:39") == "2020-09-14"
    assert parse_dateline("By Chen Qingqing and Zhao Yusha | 2021/8/1 20:49:14") == "2021-08-01"
    assert parse_dateline("By admin 2018-09-07") == "2018-09-07"
    assert parse_dateline("Mon, 16 Mar 2020 10:30:00 +0700") == "2020-03-16"
    assert parse_dateline("2022-09-26T15:36:15+09:00")[:10] == "2022-09-26"
    # a line of prose or of a page's menu that holds a date is no date line
    assert parse_dateline("Apple News Facebook Twitter Instagram YouTube Friday, May 10, 2024") is None
    assert parse_dateline("In Uncategorized on June 6, 2010 at 6:20 pm") is None
    assert parse_dateline("He said on May 10, 2024.") is None


def test_a_bare_day_under_a_correction_is_no_publication_date():
    # polnear/train/text/nyt_2016-03-17_reputations-at-risk-over-bets-on.txt closes with a correction and the day
    # of its printing, not the article's
    page = """Reputations at risk over bets on Valeant;
Window on Wall Street.

ABSTRACT.

William A. Ackman of Pershing Square has stayed in the stock and has sustained enormous losses on paper.

FULL TEXT.

CORRECTION APPENDED.

As an investor, William A. Ackman lives or dies by his big bets. When he is right, the hedge fund titan earns billions of dollars and plenty of accolades.

An article on Thursday about a sharp drop in the value of Valeant Pharmaceutical International shares and the effect on a major investor, Pershing Square Capital Management, misstated the year Pershing Square's founder, William A. Ackman, first began to buy Valeant shares.

Saturday, March 19, 2016.
"""
    doc, _ = excerpt(page, "page.txt")
    assert doc.published is None


# https://m-en.yna.co.kr/view/AEN20210916008300315 (Yonhap, Thursday Sept. 16, 2021)
YONHAP_NO_COMMENT = """---
title: "Cheong Wa Dae: no comment on N. Korea's criticism of President Moon"
source_url: "https://m-en.yna.co.kr/view/AEN20210916008300315?section=national/politics"
date: "2021-09-16"
---
SEOUL, Sept. 16 (Yonhap) -- The office of President Moon Jae-in said Thursday it would not respond formally to North Korea's direct condemnation of Moon over what it describes as "improper" and "stupid" remarks.

Kim, who holds the official job title of vice department director of the Central Committee of the Workers' Party, strongly criticized Moon by name Wednesday night. It was unusual for Kim to level a verbal attack on the president.

Kim said, "We express very great regret over his thoughtless utterance of the word 'provocation,' which might be fitting for hack journalists."
"""


def test_a_weekday_and_its_night_closing_the_object_date_the_verb():
    # "strongly criticized Moon by name Wednesday night.": Kim's Wednesday, for what she said then, not the
    # Thursday of the office's answer
    doc, statements = excerpt(YONHAP_NO_COMMENT)
    assert said_on(statements, "very great regret") == "2021-09-15"
    assert said_on(statements, "would not respond formally") == "2021-09-16"


# http://global.chinadaily.com.cn/a/201906/18/WS5d082dd1a3103dbf14328bfc.html (China Daily, Tuesday 2019-06-18)
CHINA_DAILY_XINJIANG = """---
title: "Foreign ministry defends UN visit to Xinjiang"
source_url: "http://global.chinadaily.com.cn/a/201906/18/WS5d082dd1a3103dbf14328bfc.html"
date: "2019-06-18"
---
By ZHOU JIN/WANG QINGYUN | China Daily | Updated: 2019-06-18 08:18

Beijing slammed irresponsible remarks on Monday that Washington made over a United Nations senior official's visit to the Xinjiang Uygur autonomous region, saying the United States is not in a position to criticize normal cooperation between China and the organization.

On Friday, US Deputy Secretary of State John Sullivan spoke with UN Secretary-General Antonio Guterres "to convey deep concerns" about the trip made to Xinjiang by Vladimir Voronkov, under-secretary-general of UN Counter-Terrorism Office. Sullivan said it was "highly inappropriate", Reuters reported.

"Washington's groundless accusations on China and the UN are futile," Foreign Ministry spokesman Lu Kang said at a daily news briefing.
"""


def test_a_date_opening_a_sentence_about_an_occasion_dates_that_speakers_words():
    # "On Friday, ... John Sullivan spoke with ...": Sullivan's Friday; Beijing's Monday (the weekday closing the
    # object of "slammed") for the spokesman's briefing
    doc, statements = excerpt(CHINA_DAILY_XINJIANG)
    assert said_on(statements, "highly inappropriate") == "2019-06-14"
    assert said_on(statements, "groundless accusations") == "2019-06-17"


def test_a_wrapped_wire_line_ending_with_a_date_is_prose():
    # reuters21578 reut2-002.sgm#854, wrapped at 70 columns: its second line is no date line of the header
    from pressarchive.clean import parse_dateline
    assert parse_dateline("March 12, 1987.") is None
    assert parse_dateline("June 15, 2017.") is None


def test_a_days_own_occasion_opening_a_sentence_dates_no_speaker():
    # whitehouse-briefing-room 2026-03-25 (First Lady's summit "today"): "Yesterday’s meeting at the State Department
    # was an impressive showing ..." in her speech is the day of that meeting, not of her words
    from pressarchive.dates import DocumentDates
    body = "Yesterday’s meeting at the State Department was an impressive showing of how tech innovation is modernizing our communities."
    assert DocumentDates(body, "2026-03-25").occasion(0, len(body)) is None
    body = "Yesterday, President Donald J. Trump and His Majesty King Abdullah II of Jordan held a warm and productive working meeting at the White House."
    assert DocumentDates(body, "2025-02-12").occasion(0, len(body)) == "2025-02-11"
