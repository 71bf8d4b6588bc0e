"""Dates of statements in news reports of spokespeople (audit round dates9: Korean, Japanese, Chinese, Vietnamese,
Philippine, Indian, US and UK pages found through the stored web-page corpus, read as Markdown pages with front matter
or as plain scraped text). Each test quotes the page it was found on."""
from test_audit_cases import excerpt


def said_on(statements, words):
    found = [st for st in statements if words in st.text]
    assert found, [(st.speaker.name, st.text[:60]) for st in statements]
    return found[0].said_on


# http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=188114 (KBS, a scraped copy: its date line first)
KBS_REMARKS_COME_AFTER = """ date 2024-09-13 Photo : YONHAP News

Unification minister Kim Yung-ho has indirectly denounced claims by former President Moon Jae-in's chief of staff Im Jong-seok that South Korea should no longer seek to reunite.In a statement read by unification vice minister Kim Soo-kyung on his behalf at a donation deposit ceremony in Seoul, the minister said there are people in the nation who play the role of cheerleader that hails anti-unification and anti-national acts.Kim said Seoul will continue to make preparations for unification while criticizing North Korea for adhering to the stance that inter-Korean ties are relations between two countries hostile to each other.The minister said it should be clearly understood that a “two-nation solution” on the Korean Peninsula cannot, by any means, bring about peace on the peninsula and that unification is the only way to establish true peace.Kim’s remarks come after Im said last Thursday that Seoul should not pursue unification and that a realistic approach would be for the two Koreas to coexist as separate countries.
"""


def test_the_day_after_remarks_come_after_is_the_earlier_occasion_not_the_remarks():
    # "Kim's remarks come after Im said last Thursday that ...": Im's day; Kim's remarks, read at a ceremony the page
    # does not date, are not of that day (nor is it the day of the report)
    doc, statements = excerpt(KBS_REMARKS_COME_AFTER, "page.txt")
    assert doc.published == "2024-09-13"
    assert said_on(statements, "Seoul should not pursue unification") == "2024-09-12"
    for words in ("play the role of cheerleader", "continue to make preparations", "two-nation solution"):
        assert said_on(statements, words) != "2024-09-12", words


# http://world.kbs.co.kr/service/news_view.htm?lang=e&Seq_Code=182201 (KBS, a scraped copy)
KBS_EARLIER_ACCUSED = """ date 2023-12-04 Photo : YONHAP News

The ministry in charge of inter-Korean affairs said that North Korea’s recent criticism of South Korea’s suspension of the 2018 military agreement is an attempt to sow discord within society.At a press briefing on Monday, unification ministry spokesperson Koo Byoung-sam strongly condemned the North for what he called repeated false claims over Seoul's justified suspension of the deal in response to Pyongyang's military spy satellite launch.The spokesperson said the South Korean military is taking defensive steps in response to the regime’s initial termination of the deal, as well as its military actions that pose a threat to national security.Warning the regime not to miscalculate Seoul's military readiness posture, the spokesperson called for a halt to its false incitement, and to return to dialogue and cooperation.The North's ruling party mouthpiece, the Rodong Sinmun, earlier accused Seoul of persistently violating the inter-Korean deal, threatening the tragic downfall of the South.
"""


def test_earlier_before_the_verb_is_an_undated_earlier_occasion():
    # "the Rodong Sinmun, earlier accused Seoul of ...": said on a day before the briefing the page does not give,
    # not the Monday of the briefing the report is about
    doc, statements = excerpt(KBS_EARLIER_ACCUSED, "page.txt")
    assert said_on(statements, "taking defensive steps") == "2023-12-04"
    assert said_on(statements, "persistently violating") is None


def test_earlier_in_the_day_is_still_the_report_day():
    # the rule reads "earlier" right before the verb only: "Earlier in the day, the defense ministry confirmed ..."
    # (Yonhap) is the day of the report
    text = ("---\ntitle: \"Unification ministry condemns killing\"\ndate: \"2020-09-24\"\n---\n"
            "SEOUL, Sept. 24 (Yonhap) -- The unification ministry on Thursday strongly condemned North Korea's killing "
            "of a South Korean fisheries official.\n\n"
            "Earlier in the day, the defense ministry confirmed that the North shot and killed the 47-year-old official "
            "after he drifted into North Korean waters earlier this week.\n")
    doc, statements = excerpt(text)
    assert said_on(statements, "shot and killed") == "2020-09-24"


# https://vietnamnet.vn/en/maritime-sovereignty/vietnam-urges-relevant-countries-to-strictly-observe-unclos-633855.html
VIETNAMNET_UNCLOS_1982 = """---
title: "Vietnam urges relevant countries to strictly observe UNCLOS"
source_url: "https://vietnamnet.vn/en/maritime-sovereignty/vietnam-urges-relevant-countries-to-strictly-observe-unclos-633855.html"
---
Vietnam urged relevant countries to strictly abide by the provisions of the United Nations Convention on the Law of the Sea 1982 (UNCLOS).

Foreign Ministry Spokesperson Le Thi Thu Hang made that statement on April 15 after a group of Chinese vessels have entered Vietnam's exclusive economic zone (EEZ).
"""


def test_a_year_closing_a_name_before_its_acronym_gives_no_year():
    # "... the Law of the Sea 1982 (UNCLOS)": the convention's name, not the year of "April 15" (1982-04-15)
    doc, statements = excerpt(VIETNAMNET_UNCLOS_1982)
    assert doc.published is None
    assert all(st.said_on is None for st in statements), [(st.text[:40], st.said_on) for st in statements]


def test_a_month_before_a_year_and_an_agency_is_still_a_day():
    # the rule asks for a name's word before the year: "December 2019 (AFP)" keeps its year
    from pressarchive.dates import DocumentDates
    dates = DocumentDates("Posted in December 2019 (AFP). He said on April 15 that it was over.", None)
    assert [p[2] for p in dates.phrases] == ["2019-04-15"]


# https://www.taipeitimes.com/News/front/archives/2025/11/24/2003847719 (AFP/Bloomberg copy, Monday's paper)
TAIPEI_TIMES_SIDELINES = """---
title: "Japan rejects China's claims as 'baseless'"
source_url: "https://www.taipeitimes.com/News/front/archives/2025/11/24/2003847719"
date: "2025-11-24"
---
A Japanese official blasted China’s claims that Japanese Prime Minister Sanae Takaichi has altered Japan’s position on a Taiwan crisis as “entirely baseless,” calling for more dialogue to stop ties between Asia’s top economies from spiraling.

“I’m aware of this letter,” said Maki Kobayashi, a senior Japanese government spokeswoman.

“The claim our country has altered its position is entirely baseless,” she said on the sidelines of the G20 summit in Johannesburg on Saturday.

“We’ve repeatedly explained to the Chinese side the gist of the remarks and our consistent position,” Kobayashi said, adding Tokyo was “committed to dialogue” with its neighbor.
"""


def test_a_weekday_after_the_sidelines_of_an_event_dates_the_saying():
    # "she said on the sidelines of the G20 summit in Johannesburg on Saturday": where and when she said it ("on the
    # sidelines" is no topic answered), and her other words of that day; not the Monday of the paper
    doc, statements = excerpt(TAIPEI_TIMES_SIDELINES)
    assert said_on(statements, "entirely baseless") == "2025-11-22"
    assert said_on(statements, "repeatedly explained") == "2025-11-22"


# https://www.reuters.com/article/mideast-crisis-syria-pentagon/pentagon-after-trump-syria-tweet-says-it-will-not-comment-on-potential-future-operations-idUSL1N1RO0L9
REUTERS_UPDATED_AGO = """April 11, 2018 / 1:04 PM / Updated 8 hours ago

Pentagon, after Trump Syria tweet, says it will not comment on potential future operations

Reuters Staff

1 Min Read

WASHINGTON, April 11 (Reuters) - The Pentagon, after President Donald Trump tweeted that missiles “will be coming” to Syria, said on Wednesday that it would not comment on potential future military operations.

“The department does not comment on potential future military actions. I refer you to the White House to characterize the president’s tweet,” Eric Pahon, a Pentagon spokesman, said in a statement.
"""


def test_a_reuters_date_line_with_its_age_is_the_publication_date():
    # "April 11, 2018 / 1:04 PM / Updated 8 hours ago": the page's date, so that "said on Wednesday" is a day
    from pressarchive.clean import parse_dateline
    assert parse_dateline("April 11, 2018 / 1:04 PM / Updated 8 hours ago") == "2018-04-11"
    assert parse_dateline("March 2, 2019 / 3:11 AM / Updated an hour ago") == "2019-03-02"
    doc, statements = excerpt(REUTERS_UPDATED_AGO, "page.txt")
    assert doc.published == "2018-04-11"
    assert said_on(statements, "does not comment on potential future military actions") == "2018-04-11"


# https://malaya.com.ph/news/dfa-chinas-foreign-ministry-mischaracterized-resupply-deal (Malaya Business Insight)
# (a scraped copy: the site's header prints its day above the headline)
MALAYA_REACTING_TO = """Monday, September 15, 2025

DFA: China’s foreign ministry ‘mischaracterized’ resupply deal

“Instead of acknowledging how two countries were able to manage differences in order to avoid miscalculation and misunderstanding, the spokesperson chose to misrepresent what has been agreed between the Philippines and China,” said DFA spokesperson Teresita Daza, reacting to statement issued on Saturday by China’s foreign ministry, after a successful rotation and resupply (RoRe) mission that day.

The RoRe was conducted a week after the DFA announced it has reached a “provisional arrangement” with China on the conduct of resupply missions to de-escalate tension in the area.
"""


def test_the_day_of_a_statement_reacted_to_does_not_date_the_reaction():
    # "reacting to statement issued on Saturday by China's foreign ministry": China's Saturday, not Daza's
    from pressarchive.dates import DocumentDates
    text = MALAYA_REACTING_TO.split("\n\n", 2)[2]
    dates = DocumentDates(text, "2025-09-15")
    end = text.index("\n")
    assert [p[2] for p in dates.phrases] == ["2025-09-13"]
    assert dates.framed(0, end) == []
    assert dates.occasion(0, end) is None


def test_a_span_after_another_occasion_leaves_the_saying_undated():
    # "The RoRe was conducted a week after the DFA announced it has reached ...": a week before a day not given
    doc, statements = excerpt(MALAYA_REACTING_TO, "page.txt")
    assert doc.published == "2025-09-15"
    assert said_on(statements, "provisional arrangement") is None


# https://maharlika.tv/tag/dfa (PNA copy; a train document of own set A, docs/ph/029.md: train splits may be tuned on)
PNA_OPENING_DAY = """---
title: "Only 1,000 of 11,000 Filipinos in Lebanon want to come home — DFA"
source_url: "https://maharlika.tv/tag/dfa"
date: "2024-08-18"
---
By Junex Doronio

MANILA — Out of the estimated 11,000 Filipinos in Lebanon, only 1,000 have expressed a desire to return to the Philippines amid rising tensions between Lebanon-based Hezbollah and Israel.

This was revealed on Sunday (August 18, 2024) by Department of Foreign Affairs (DFA) Undersecretary Eduardo de Vega, who stated that out of the 1,000 Filipinos, 356 individuals have already been repatriated.

On Friday night (August 16, 2024), the Philippine Embassy in Lebanon issued an advisory urging Filipino citizens to leave Lebanon immediately while the airport is still open amid tensions between Lebanon-based Hezbollah and Israel.

The Embassy advised all Filipino nationals in Lebanon to prioritize their safety and depart the Middle Eastern country “as soon as possible.”
"""


def test_a_day_opening_the_sentence_of_a_statement_the_model_found_dates_it():
    # the learned model's frame runs from its source ("the Philippine Embassy in Lebanon issued an advisory urging"):
    # the day opening the whole sentence dates it, and "issued an advisory" is an occasion of speaking
    doc, statements = excerpt(PNA_OPENING_DAY)
    assert said_on(statements, "Filipino citizens to leave Lebanon") == "2024-08-16"
    assert said_on(statements, "prioritize their safety") == "2024-08-16"


def test_a_document_issued_on_a_day_is_no_occasion_of_speaking():
    # "issued" with an article after it only: "a special order issued on July 29" dates the order, not what the
    # secretary said about it (https://mb.com.ph/2025/07/30/castro-stays-on-as-palace-press-officerpco-chief)
    from pressarchive.dates import OCCASION
    assert OCCASION.search("the Philippine Embassy in Lebanon issued an advisory urging")
    assert not OCCASION.search("confirm reports of a special order issued on July 29 retaining Castro")
