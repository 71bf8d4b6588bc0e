"""Audit round dates16: the day each statement was said in English news reports of spokespeople and officials (Gulf,
Japanese, Korean, US and UK pages, wire copy). Each test reads a passage (its page's URL in a comment) as the pipeline
does and asserts what an annotator expects."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- "over the weekend": no day, and not words said ------------------------------------------------------------------

def test_weekend_after_the_verb_is_no_day_nor_part_of_what_was_said():
    # https://www.nytimes.com/2016/01/20/us/politics/in-prisoner-swap-compassion-vs-concession.html (Wednesday 20
    # January 2016; polnear train/nyt_2016-01-20_in-prisoner-swap-compassion-vs-c): the weekend is two days, neither
    # told, and not the publication day
    doc, sts = excerpt(page('''
Mr. Obama made clear over the weekend that meeting relatives of prisoners has an impact. ''I've seen their anguish, how they ache for their sons and husbands,'' he said. ''I gave these families my word - I made a vow - that we would do everything in our power to win the release of their loved ones.''
''', date="2016-01-20"))
    (st,) = [st for st in sts if "relatives of prisoners" in st.text]
    assert st.text == "meeting relatives of prisoners has an impact"
    assert st.said_on is None
    assert {d for _, d, _ in said(sts, "anguish")} == {None}


def test_weekend_inside_what_was_said_leaves_the_briefing_day():
    # the weekend a spokesman tells of is his content: "Spicer said Trump met with ... over the weekend" at Monday's
    # briefing is Monday's (dailycaller.com, 6 March 2017, in the form of its briefing notes)
    doc, sts = excerpt(page('''
WASHINGTON — Sean Spicer held an off-camera briefing at the White House on Monday, where he was peppered with questions.

Spicer said the president met with Jeff Sessions and John Kelly at Mar-a-Lago over the weekend.
''', date="2017-03-06"))
    assert said(sts, "Mar-a-Lago") == [("Sean Spicer", "2017-03-06",
                                        "the president met with Jeff Sessions and John Kelly at Mar-a-Lago over the weekend")]


# --- days counted back: "two days ago", "the day before yesterday" ----------------------------------------------------

def test_days_ago_count_back_from_publication():
    # Reuters, QUITO, March 11 1987 (reuters21578 reut2-003, "ECUADOR CRUDE OIL EXPORTS STOPPED FOR FIVE MONTHS")
    doc, sts = excerpt(page('''
QUITO, March 11 - Ecuador needs 120 mln dlrs to repair the damage to its oil export pipeline caused by last week's earthquake, which will stop crude exports for five months, energy and mines minister Javier Espinosa Teran said.
    Espinosa said yesterday the pipeline, which carries crude from jungle fields to the Pacific Ocean coast of Balao, would be repaired with the help of Texaco Inc and a Mexican and an Argentine firm.
    President Leon Febres Cordero said two days ago that Ecuador, an OPEC member, would have to suspend crude exports for four months due to the quake.
''', date="1987-03-11"))
    assert said(sts, "OPEC member") == [
        ("Leon Febres Cordero", "1987-03-09",
         "Ecuador, an OPEC member, would have to suspend crude exports for four months due to the quake")]
    # the same count in words, and "a few days ago" is no count at all
    doc, sts = excerpt(page("Foreign Minister Taro Kono said the day before yesterday that Japan \"strongly protests\" "
                            "the move.\n", date="2019-03-13"))
    assert said(sts, "protests") == [("Taro Kono", "2019-03-11", 'Japan "strongly protests" the move')]
    doc, sts = excerpt(page("Foreign Minister Taro Kono said a few days ago that Japan \"strongly protests\" the move.\n",
                            date="2019-03-13"))
    assert said(sts, "protests") == [("Taro Kono", None, 'Japan "strongly protests" the move')]


# --- "last Sunday": that frame's day, not the speaker's other words' ------------------------------------------------

def test_last_weekday_dates_its_own_frame_only():
    # http://en.adenpress.news/news/13486 (Wed - 09 Oct 2019 - 12:38 AM)
    doc, sts = excerpt(page('''
 UAE Minister of State for Foreign Affairs, Anwar Gargash, commented on the statements of some Yemeni government officials regarding the UAE's participation in the Arab coalition in Yemen.

Gargash wrote on Twitter: "The restraint exercised by the UAE against the intrusions of some Yemeni government officials is a proof of maturity and reason and its aim is to give greater interest."

Gargash pointed out last Sunday, in a tweet of the efforts made by Saudi Arabia through the Jeddah negotiations, "to unite ranks and face the Houthi coup is appreciated and fully supported and in all its details."
''', date="2019-10-09"))
    (jeddah,) = said(sts, "Jeddah")
    assert jeddah[1] == "2019-10-06" and not jeddah[2].startswith("last Sunday")
    assert {d for _, d, _ in said(sts, "restraint")} == {"2019-10-09"}


# --- what a sentence answered stays in that sentence ------------------------------------------------------------------

def test_a_line_before_the_occasion_holds_no_subject_it_answered():
    # https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2022/09/30/icymi-pennsylvania-leaders-
    # visit-white-house-meet-with-president-biden-and-administration-officials-to-discuss-strong-economic-recovery/
    # (Friday 30 September 2022; data/): the headline's "on / recovery" is not what the interview answered
    doc, sts = excerpt(page('''
**Pennsylvania Capital-Star:** [**Pa. leaders at White House forum to
‘shine a spotlight’ on
recovery**](https://www.penncapital-star.com/government-politics/pa-leaders-at-white-house-forum-to-shine-a-spotlight-on-recovery-thursday-morning-coffee/)

In a brief interview on Wednesday, Julie Chavez Rodriguez, the director
of the White House’s Office of Intergovernmental Affairs, told the
Capital-Star that the administration had made a deliberate effort to
obtain the perspective of leaders outside the state’s largest cities…“
We tried to get a good cross-section of the state and throughout the
different regions,” she said.
''', date="2022-09-30"))
    assert {d for _, d, _ in said(sts, "deliberate effort")} == {"2022-09-28"}
    assert {d for _, d, _ in said(sts, "cross-section")} == {"2022-09-28"}


# --- the answering clause's day is what was answered ------------------------------------------------------------------

def test_day_of_the_report_answered_is_not_the_day_of_the_answer():
    # the form the round brief names (a Kyodo report answered; no page of this round carried it)
    doc, sts = excerpt(page('''
Responding to a Kyodo News report on Sunday, the Foreign Ministry said Tuesday that no decision had been made on the visit.
''', date="2019-03-13"))
    assert {d for _, d, _ in said(sts, "no decision")} == {"2019-03-12"}
    # without a day after the comma the answering clause's day stays the one the sentence gives
    doc, sts = excerpt(page('''
Responding to a question on Monday, Foreign Ministry spokesman Lu Kang said that China would not accept the claims.
''', date="2019-03-13"))
    assert {d for _, d, _ in said(sts, "accept the claims")} == {"2019-03-11"}


# --- a span of days from the sentence's own day -----------------------------------------------------------------------

def test_a_day_after_counts_back_from_the_sentence_day():
    # the form the round brief names ("a day after"; no page of this round carried it)
    doc, sts = excerpt(page('''
Japan on Tuesday lodged a protest with Seoul, a day after South Korean Foreign Minister Kang Kyung-wha said the agreement was "not valid".
''', date="2019-03-13"))
    assert {d for _, d, _ in said(sts, "not valid")} == {"2019-03-11"}
    # the frame's own day inside the span wins
    doc, sts = excerpt(page('''
Japan on Tuesday lodged a protest with Seoul, a day after South Korean Foreign Minister Kang Kyung-wha said on Sunday the agreement was "not valid".
''', date="2019-03-13"))
    assert {d for _, d, _ in said(sts, "not valid")} == {"2019-03-10"}


# --- a theme's date over a story whose address carries its day --------------------------------------------------------

def test_bare_date_line_months_after_the_address_day_is_the_visit_not_the_story():
    # https://theiranproject.com/blog/2021/10/25/foreign-ministry-pursuing-iranian-citizens-problems-along-belarus-
    # lithuania-border/ ("19 Mar 2024" printed over every page the theme serves)
    url = ("https://theiranproject.com/blog/2021/10/25/foreign-ministry-pursuing-iranian-citizens-problems-along-"
           "belarus-lithuania-border/")
    doc, sts = excerpt(page('''
19 Mar 2024
Foreign Ministry spokesman elaborating on latest status of Iranian citizens difficulties on Belarus-Lithuania border emphasized here on Sunday that the Foreign Ministry will pursue the matter seriously till its full resolving and release of those Iranian citizens.

He said that the issue is meanwhile pursued through contacts with Belarus Embassy in Tehran, said Khatibzadeh.
''', url=url))
    assert doc.published[:10] == "2021-10-25"
    # a date line with its time or label stays the page's ("Published Aug 28, 2024 03:00 pm": test_audit_dates15)
    doc, _ = excerpt(page('''
June 14 2024, 16:38

The Armenian Foreign Ministry has sent a note of protest to Belarus, spokesperson Ani Badalyan reported.
''', url="https://alphanews.am/en/2021/01/05/armenian-foreign-ministry-sends-protest-note-to-belarus/"))
    assert doc.published[:10] == "2024-06-14"
