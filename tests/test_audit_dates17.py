"""Audit round dates17: the day each statement was said in news reports of officials (Philippine, Singapore, Korean,
Japanese and Chinese pages, wire copy and its reprints, weekly round-ups). Each test reads a passage (its page's URL
in a comment) as the pipeline does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- a day closing the object of a verb of judgement: the saying's day ---------------------------------------------

def test_yesterday_after_the_object_of_lashed_out_at_dates_the_frame():
    # https://www.sobaoo.com/dnd-slams-china-s-lies-in-west-philippine-sea-attack-221862.html (The Philippine Star,
    # December 19, 2025): the DND spoke on the 18th, and so did its spokesman in what follows; not the 19th
    doc, sts = excerpt(page('''
Michael Punongbayan - The Philippine Star
December 19, 2025 | 12:00am
MANILA, Philippines — The Department of National Defense (DND) lashed out at China yesterday for again trying to spread lies to justify how its forces attacked and injured Filipino fishermen in the West Philippine Sea last week.

Assistant Secretary Arsenio Andolong branded China as an “abusive neighbor” who keeps distorting the facts and the truth that the Chinese are illegally operating inside the country’s exclusive economic zone.

“The facts are not distorted. They are documented, time-stamped, and corroborated by video recordings, vessel logs, and on-site reporting by the Philippine Coast Guard,” he stressed.
''', date="2025-12-19"))
    assert {d for _, d, _ in said(sts, "spread lies")} == {"2025-12-18"}
    assert {d for _, d, _ in said(sts, "abusive neighbor")} == {"2025-12-18"}
    assert {d for _, d, _ in said(sts, "time-stamped")} == {"2025-12-18"}
    # a weekday there too, with "on", "last" or bare, as other copy writes it
    for day in ("on Thursday", "last Thursday", "Thursday"):
        doc, sts = excerpt(page(f"The Department of National Defense (DND) lashed out at China {day} for again trying "
                                "to spread lies about the attack.\n", date="2025-12-19"))
        assert {d for _, d, _ in said(sts, "spread lies")} == {"2025-12-18"}, day


def test_yesterday_inside_what_was_said_stays_its_content():
    # the same words after a verb of saying, or across another verb, are what was said: the report's day
    for text in ("Defense Secretary Gilberto Teodoro said the plane crashed yesterday to the north of the capital.",
                 "Defense Secretary Gilberto Teodoro urged voters who stayed home yesterday to vote in the runoff."):
        doc, sts = excerpt(page(text + "\n", date="2025-12-19"))
        assert {d for _, d, _ in said(sts, "yesterday")} == {"2025-12-19"}, text


def test_last_evening_of_the_speech_where_the_object_was_said_dates_it():
    # https://ifonlysingaporeans.blogspot.com/2019/03/ (a post of Saturday 23 March 2019 reprinting The Straits Times
    # of 22 March): the speech was on the 21st, and PM Lee's other words with it; neither the post's day nor the paper's
    doc, sts = excerpt(page('''
Saturday, 23 March 2019

Every school must promote tolerance, openness: PM Lee Hsien Loong at Hwa Chong Institution’s 100th Anniversary Dinner

Maintaining multicultural exchanges essential for promoting societal cohesion, integration: PM Lee
He highlights Hwa Chong Institution's efforts to expose its students to different cultures
By Rachel Au-Yong, The Straits Times, 22 Mar 2019

Hwa Chong Institution may be steeped in Chinese history and language, but the school has taken steps to ensure its students are exposed to different cultures, said Prime Minister Lee Hsien Loong.

He underlined the importance of having multicultural exchanges in a speech last evening to some 12,000 alumni, staff and students at the school's 100th anniversary gala dinner, held at its campus in Bukit Timah.

"Maintaining such multicultural exchanges is critical to promoting cohesion and integration in our society," PM Lee said in Mandarin.
''', date="2019-03-23"))
    for marker in ("steeped in Chinese history", "the importance of having", "critical to promoting"):
        assert {d for _, d, _ in said(sts, marker)} == {"2019-03-21"}, marker


def test_a_speech_the_content_tells_of_is_no_occasion_of_the_saying():
    # "said he gave a speech last evening": the content's, the report's day stays
    doc, sts = excerpt(page("Prime Minister Lee Hsien Loong said he had praised the students in a speech last evening.\n",
                            date="2019-03-22"))
    assert {d for _, d, _ in said(sts, "praised")} == {"2019-03-22"}


# --- a reprint's credit line: the story's day ---------------------------------------------------------------------

def test_reprint_credit_line_gives_the_day_an_undated_page_counts_from():
    # https://singaporeans2.rssing.com/chan-7411488/all_p371.html (an undated feed page reprinting The Straits Times of
    # 2 March 2022): "on Wednesday (March 2)" is that Wednesday, and the speech's other words with it
    doc, sts = excerpt(page('''
Budget 2022 Debate Round-Up Speech by Finance Minister Lawrence Wong

Singapore must maintain fair and progressive system of taxes and benefits, says Lawrence Wong
By Justin Ong, Political Correspondent, The Straits Times, 2 Mar 2022

Even as it seeks to raise revenues to meet growing spending needs, Singapore must insist on "keeping faith" with both current and future generations through a fiscal structure that is fair, inclusive and progressive, Finance Minister Lawrence Wong said.

This entails a good mix of income, asset and consumption-based taxes - which is why the goods and services tax (GST) cannot be ignored, Mr Wong said in rounding up the debate on Budget 2022 on Wednesday (March 2).

"We have designed our system on the principle of collective responsibility," he told Parliament in underlining why Singapore needs to raise the broad-based consumption levy from 7 per cent to 9 per cent.
'''))
    for marker in ("keeping faith", "good mix of income", "collective responsibility"):
        assert {d for _, d, _ in said(sts, marker)} == {"2022-03-02"}, marker


def test_reprint_credit_far_from_the_posting_day_is_no_story_day():
    # a credit line a month before the page's own day (an archive, a quotation of an old story): the page's day counts
    from pressarchive.clean import reprint_day
    body = "Headline\n\nBy Justin Ong, The Straits Times, 2 Mar 2022\n\nThe minister said yesterday that ...\n"
    assert reprint_day(body, "2022-03-03") == "2022-03-02"
    assert reprint_day(body, None) == "2022-03-02"
    assert reprint_day(body, "2022-04-03") is None
    assert reprint_day("By Justin Ong, who wrote on 2 Mar 2022\n", None) is None


# --- page dates: a stale update stamp, an item's saved day in its address ---------------------------------------------

def test_update_stamp_years_after_the_address_month_dates_nothing():
    # http://oldtmt.vedomosti.ru/sitemap/free/2002/6/article/japans-nuclear-hints-irk-china/246120.html (The Moscow
    # Times, June 2002, regenerated "Last Updated: 07/27/2016"): "Monday" of an unknown week, no statement of 2016
    url = "http://oldtmt.vedomosti.ru/sitemap/free/2002/6/article/japans-nuclear-hints-irk-china/246120.html"
    doc, sts = excerpt(page('''
Get the latest updates as we post them — right on your browser

. Last Updated: 07/27/2016

Japan's Nuclear Hints Irk China

TOKYO -- China reacted angrily Monday after Japan's top government spokesman hinted that the only nation to suffer a nuclear attack could abandon its hallowed ban on nuclear weapons.

Chinese Foreign Ministry spokesman Kong Quan said the comments violated Japan's promises to the international community, the official Xinhua news agency reported.
''', url=url))
    assert doc.published is None
    assert {d for _, d, _ in said(sts, "violated Japan's promises")} == {None}


def test_update_stamp_within_the_address_month_stays_the_page_date():
    from pressarchive.clean import _stale_header, _url_month
    month = _url_month("http://oldtmt.vedomosti.ru/sitemap/free/2002/6/article/x/246120.html")
    assert month == "2002-06-30"
    assert _stale_header("2016-07-27", month)
    assert not _stale_header("2002-06-04", month)
    assert _url_month("https://example.org/news/2015/10/06/story.html") is None


def test_joomla_item_address_carries_its_day_for_a_yearless_wire_dateline():
    # https://m.en.freshnewsasia.com/index.php/en/internationalnews/37914-2023-07-02-09-40-37.html (Reuters copy):
    # "SEOUL, July 2 (Reuters) -" of 2023, "on Sunday" the 2nd
    url = "https://m.en.freshnewsasia.com/index.php/en/internationalnews/37914-2023-07-02-09-40-37.html"
    doc, sts = excerpt(page('''
SEOUL, July 2 (Reuters) - Having appointed a new unification minister days earlier, South Korean President Yoon Suk Yeol said on Sunday that the ministry had focused too much on providing aid for North Korea in the past and needed to change, Yonhap news agency reported.
"The Unification Ministry has been acting like the ministry of North Korea aid and it is wrong," Yoon was quoted as saying telling staff in a statement issued by his press secretary. "It's time for the unification ministry to change."
''', url=url))
    assert doc.published and doc.published[:10] == "2023-07-02"
    assert {d for _, d, _ in said(sts, "focused too much")} == {"2023-07-02"}
    assert {d for _, d, _ in said(sts, "time for the unification")} == {"2023-07-02"}


# --- a weekly round-up: no story of the day it was posted ------------------------------------------------------------

def test_week_in_review_leaves_undated_words_undated():
    # https://www.starnewsonline.com/story/news/2007/07/22/week-in-review-around-the-nation-and-world/30314720007/
    # (Sunday 22 July 2007): Hadley's "No" is of some day of the week gone by, not of the Sunday it was posted; a day
    # a story gives still dates its words
    url = "https://www.starnewsonline.com/story/news/2007/07/22/week-in-review-around-the-nation-and-world/30314720007/"
    text = '''
White House holds line on mission

WASHINGTON | The White House is holding firm on its Iraq strategy in the face of yet another effort to curb the mission, proposed this time by moderate Republicans.

President Bush's national security adviser, Stephen Hadley, said "No" when asked whether Bush could live with the proposal by Sens. John Warner of Virginia and Richard Lugar of Indiana.

Japan's Prime Minister Shinzo Abe said Monday that the government would inspect every nuclear plant.
'''
    doc, sts = excerpt(page(text, url=url).replace('title: "page"', 'title: "Week in Review: Around the Nation and World"'))
    assert said(sts, "No") and {d for _, d, _ in said(sts, "No")} == {None}
    assert {d for _, d, _ in said(sts, "inspect every nuclear plant")} == {"2007-07-16"}
    # the same story under an ordinary headline is of the report's day
    doc, sts = excerpt(page(text, url=url))
    assert {d for _, d, _ in said(sts, "No")} == {"2007-07-16"}


# --- a hearing's questioning, an exclusive talk: the occasion the one questioned spoke at -----------------------------

def test_day_after_the_one_grilled_dates_what_they_answered():
    # https://www.donga.com/en/article/all/20001108/194614/1 (Posted November. 08, 2000): the hearing was on Tuesday the
    # 7th; what Park and the lawmaker said there is of that day, not of the posting day
    doc, sts = excerpt(page('''
Posted November. 08, 2000 12:02,

Lawmakers grilled former Culture-Tourism Minister Park Jie-Won for three and a half hours Tuesday morning on the timing of announcing the date of inter-Korean summit meeting and on whether there was any secret agreement reached with North Korea.

He was called to a National Assembly hearing on the Unification Ministry for members of the National Assembly Committee on Unification and Foreign Affairs-Trade.

Park said that he did not think the announcement was timed to influence the parliamentary elections in favor of the ruling party.

Rep. Kim Yong-Gap of the GNP raised suspicions about the existence of a secret accord with Pyongyang regarding the summit talks.

"In view of the enormous amount of money North Koreans demand of even a single business wishing to enter the North, few would believe that it complied with Seoul's request for a summit meeting for free," Kim insisted.
''', date="2000-11-08"))
    assert {d for _, d, _ in said(sts, "timed to influence")} == {"2000-11-07"}
    assert {d for _, d, _ in said(sts, "enormous amount")} == {"2000-11-07"}
    # a questioning whose day is cut off by a clause is no hearing of that day
    doc, sts = excerpt(page("Lawmakers grilled Park Jie-Won, who had resigned on Tuesday, about the summit.\n\n"
                            "Park said that he did not think the announcement was timed to influence the elections.\n",
                            date="2000-11-08"))
    assert {d for _, d, _ in said(sts, "timed to influence")} == {"2000-11-08"}


def test_exclusive_talk_with_an_outlet_on_a_day_dates_the_remarks():
    # https://www.freepressjournal.in/indore/madhya-pradesh-not-just-hindus-minster-choubey-wants-all-hindustanis-to-come-back-to-india
    # (Saturday, October 02, 2021): the talk was on Friday the 1st; the August statement it recalls stays undated
    doc, sts = excerpt(page('''
Indore (Madhya Pradesh): Union minister of state for environment, Ashwini Kumar Choubey, played down the controversial statement he gave in Patna of calling back Hindus from Afghanistan in an exclusive talk with Free Press on Friday.

“I never gave a statement for calling Hindus back from Afghanistan. I had said Hindustanis will be brought back. I want all Hindustanis to be brought back from everywhere,” he said, adding, "Dil hai Hindustani"

In August the minister had given a statement in Patna where he said, “all Hindus would be brought back to India from trouble-torn Afghanistan where Taliban has captured power.”
''', date="2021-10-02"))
    assert {d for _, d, _ in said(sts, "I never gave")} == {"2021-10-01"}
    assert {d for _, d, _ in said(sts, "trouble-torn")} == {None}
