"""Dates of statements in news reports of spokespeople (audit round dates11: Chinese, Japanese, Korean, Indian,
Philippine, Vietnamese and US pages found through the stored web-page corpus, saved as Markdown pages with front
matter). Each test quotes the page it was found on."""
from test_audit_cases import excerpt


def said_on(statements, words):
    found = [st for st in statements if words in st.text]
    assert found, [(st.speaker.name if st.speaker else None, st.text[:60]) for st in statements]
    return found[0].said_on


def page(url, title, body):
    return f'---\ntitle: "{title}"\nsource_url: "{url}"\n---\n' + body


# http://m.nsh-em.com/english/2018-10/09/c_137520767.htm (a copy of a Xinhua English page)
XINHUA_EDITOR_LINE = page("http://m.nsh-em.com/english/2018-10/09/c_137520767.htm",
                          "China urges U.S. to stop unwarranted slandering and accusations", """\
China urges U.S. to stop "unwarranted slandering and accusations"

Source: Xinhua| 2018-10-09 20:08:25|Editor: huaxia

Video PlayerClose

BEIJING, Oct. 9 (Xinhua) -- China on Tuesday urged the United States to stop "unwarranted slandering and accusations" and to put an end to words and deeds that undermine Sino-U.S. relations.

Foreign Ministry spokesperson Lu Kang made the remarks at a daily news briefing when asked for further comment on the U.S. leader's recent allegations that China is "interfering in" the 2018 mid-term U.S. elections, just one day after U.S. Secretary of State Mike Pompeo's visit to China.

"From the very beginning we have made it clear that China will not accept groundless accusations as such," Lu said.

"There is no winner in fighting a trade war," Lu said.
""")


def test_xinhua_source_line_with_its_editor_is_the_publication_date():
    # "Source: Xinhua| 2018-10-09 20:08:25|Editor: huaxia": the editor's credit after the date is decoration
    doc, statements = excerpt(XINHUA_EDITOR_LINE)
    assert doc.published[:10] == "2018-10-09"
    assert said_on(statements, "no winner in fighting a trade war") == "2018-10-09"


def test_an_editor_credit_does_not_make_a_sentence_a_date_line():
    from pressarchive.clean import parse_dateline
    assert parse_dateline("Source: Xinhua| 2018-10-09 20:08:25|Editor: huaxia") == "2018-10-09"
    assert parse_dateline("The editor: he said on 2018-10-09 that the paper would close") is None


# https://english.sina.com/china/1/2008/0724/173082.html (Xinhua English on sina.com: the day printed in two zones;
# a second story below under its own dateline)
SINA_TWO_ZONES = page("https://english.sina.com/china/1/2008/0724/173082.html",
                      "China urges U.S. lawmakers to stop disrupting Olympics with rights issues", """\
China urges U.S. lawmakers to stop disrupting Olympics with rights issues

2008-07-24 11:15:45 GMT       2008-07-24 19:15:45 (Beijing Time)       Xinhua English

BEIJING, July 24 (Xinhua) -- Some U.S. lawmakers should stop disrupting the Beijing Olympic Games by using human rights issues, a Chinese Foreign Ministry spokesman said here Thursday.

"We suggest some U.S. lawmakers immediately stop their wrong words and deeds aimed at disrupting the Beijing Olympic Games by using the human rights issue so as to avoid harming the healthy, stable development of China-U.S. relations," Liu said.

BEIJING, June 3 (Xinhua) -- China doesn't improve its human rights in response to the presumed will of any country, nor because of any certain activity to be held, Foreign Ministry spokesman Qin Gang told reporters here on Tuesday.

He was responding to a question about whether U.S. President George Bush's attendance at the opening ceremony of the Beijing Olympics would make China concede on human rights issues. Full story

BEIJING, June 2 (Xinhua) -- The criticism by the U.S. Department of State on China's democracy and human rights situation in a recent report is "unreasonable," Chinese Foreign Ministry spokesman Qin Gang said here on Monday.
""")


def test_the_same_day_printed_in_two_zones_is_the_publication_date():
    doc, statements = excerpt(SINA_TWO_ZONES)
    assert doc.published[:10] == "2008-07-24"
    assert said_on(statements, "immediately stop their wrong words") == "2008-07-24"


def test_two_zones_of_two_days_give_no_date():
    from pressarchive.clean import parse_dateline
    assert parse_dateline("2008-07-24 23:15:45 GMT  2008-07-25 07:15:45 (Beijing Time)") is None


def test_a_weekday_after_a_dateline_of_another_day_counts_from_that_dateline():
    # "BEIJING, June 3 (Xinhua) -- ... told reporters here on Tuesday" on a page of Thursday 24 July 2008: the
    # Tuesday of June 3, not 22 July; "June 2 ... on Monday" likewise
    doc, statements = excerpt(SINA_TWO_ZONES)
    assert said_on(statements, "presumed will of any country") == "2008-06-03"
    assert said_on(statements, "democracy and human rights situation") == "2008-06-02"


# http://maniolas.com/tag/dfa (a blog's tag page: the post's date printed "May 27" and "2017" in two boxes)
MANIOLAS_GLUED_YEAR = page("http://maniolas.com/tag/dfa", "DFA | Maniolas", """\
May 272017

protestMANILA, May 24 (Mabuhay) — The Department of Foreign Affairs on Wednesday said President Rodrigo Duterte’s decision to declare Martial Law in Mindanao was “necessary” to suppress “lawless violence” and “rebellion.”

“The Philippine Government is in full control, and fully aware that the Maute Group/ISIS groups have the capability (although limited) to disturb the peace; they have shown no hesitation in causing havoc, taking innocent lives and destroying property,” the DFA said.
""")


def test_a_post_date_with_its_year_glued_to_the_day_is_the_publication_date():
    doc, statements = excerpt(MANIOLAS_GLUED_YEAR)
    assert doc.published[:10] == "2017-05-27"
    assert said_on(statements, "decision to declare Martial Law") == "2017-05-24"
    assert said_on(statements, "in full control") == "2017-05-24"


def test_a_glued_year_is_read_only_on_a_line_of_its_own():
    from pressarchive.clean import parse_dateline
    assert parse_dateline("May 272017") == "2017-05-27"
    assert parse_dateline("May 272017 was the day") is None
    assert parse_dateline("May 27201") is None
