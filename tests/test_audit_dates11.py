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


# https://www.philstar.com/headlines/2020/04/20/2008520/nbi-probe-fake-voice-clip-warning-total-lockdown
PHILSTAR_DILG = """---
title: "NBI to probe fake voice clip warning of total lockdown"
source_url: "https://www.philstar.com/headlines/2020/04/20/2008520/nbi-probe-fake-voice-clip-warning-total-lockdown"
date: "2020-04-20"
---
In a message to reporters, Guevarra said that he will ask the NBI “to investigate this phone clip on social media that seeks to agitate and alarm the public with a falsehood.”

The Department of the Interior and Local Government also said that the clip urging people to stock up on food that was spread in private messages is fake.

DILG Undersecretary Jonathan Malaya in Monday’s virtual Laging Handa briefing said in Filipino: “There is no such directive from our government. Our president has yet to decide on whatever lockdown.”
"""


def test_of_the_inside_a_body_name_keeps_the_whole_name():
    # "The Department of the Interior and Local Government also said": the department, not "Local Government"
    doc, statements = excerpt(PHILSTAR_DILG)
    found = [st.speaker.name for st in statements if "stock up on food" in st.text]
    assert found == ["Department of the Interior and Local Government"], found


# https://www.livemint.com/news/minor-incident-leads-to-outcry-west-bengal-minister-sparks-row-amid-kolkata-rape-case-says-remark-misquoted-11751388544140.html
LIVEMINT_RECENTLY = """---
title: "'Minor incident leads to outcry': West Bengal minister sparks row amid Kolkata rape case, says remark misquoted"
source_url: "https://www.livemint.com/news/minor-incident-leads-to-outcry-west-bengal-minister-sparks-row-amid-kolkata-rape-case-says-remark-misquoted-11751388544140.html"
date: "2025-07-01"
---
West Bengal Irrigation Minister Manas Bhunia, who was addressing a doctors’ conference in Kolkata recently, said in his speech: “A minor incident happened, and there is a lot of commotion around it. Has the chief minister ever suppressed any incident?” The statement quickly went viral on social media and was picked up by the West Bengal BJP as well.

Faced with mounting backlash, Bhunia convened an emergency press conference Tuesday evening and said: “I never referred to the Kasba incident. Those drawing such connections are doing so with malicious intent.”
"""


def test_words_of_an_occasion_held_recently_are_undated():
    # the speech at a conference "recently" is not the Tuesday press conference's day
    doc, statements = excerpt(LIVEMINT_RECENTLY)
    assert said_on(statements, "A minor incident happened") is None
    assert said_on(statements, "I never referred to the Kasba incident") == "2025-07-01"


# https://lucknownewslive.com/mamta-banerjee-told-the-union-minister-outsider-anurag-thakur-asked-then-who-is-insider-in-bengal
LUCKNOW_LED = """---
title: "Mamta Banerjee told the Union Minister outsider, Anurag Thakur asked then who is insider in Bengal"
source_url: "https://lucknownewslive.com/mamta-banerjee-told-the-union-minister-outsider-anurag-thakur-asked-then-who-is-insider-in-bengal"
---
The Union Minister questioned the discussion that led to the imposition of such a stamp on other people of the country. He asked if such an ideology should be allowed to flourish. The Mamata Banerjee-led Trinamool had alleged that the BJP was bringing ‘outsiders’ to contest the state assembly elections. It is worth noting that elections are to be held in the state in April-May.
"""


def test_a_led_modifier_is_no_part_of_the_body_name():
    doc, statements = excerpt(LUCKNOW_LED)
    found = [st.speaker.name for st in statements if "bringing ‘outsiders’" in st.text]
    assert found == ["Trinamool"], found


# https://www.deccanherald.com/national/national-politics/time-running-out-for-mamata-banerjees-government-claims-anurag-thakur-1241959.html
DECCAN_PORTFOLIO = """---
title: "Time running out for Mamata Banerjee's government, claims Anurag Thakur"
source_url: "https://www.deccanherald.com/national/national-politics/time-running-out-for-mamata-banerjees-government-claims-anurag-thakur-1241959.html"
---
Union Minister for Information & Broadcasting Anurag Thakur, on Saturday, slammed the Trinamool leadership in West Bengal and claimed that the time for the Mamata Banerjee-led government is running out, slowly. Thakur’s statement adds to earlier comments by BJP’s regional leaders, who claimed that the Trinamool government will not last longer than five to six months.
"""


def test_a_portfolio_with_small_words_before_a_name_is_a_title():
    # "Union Minister for Information & Broadcasting Anurag Thakur": the minister, not a body of that name
    doc, statements = excerpt(DECCAN_PORTFOLIO)
    found = [st.speaker.name for st in statements if "running out, slowly" in st.text]
    assert found == ["Anurag Thakur"], found


def test_a_department_secretary_before_a_name_is_the_person():
    text = ("---\ntitle: \"t\"\ndate: \"2020-04-20\"\n---\n"
            "Department of Health and Human Services Secretary Alex Azar said the rules would change.\n")
    doc, statements = excerpt(text)
    assert [st.speaker.name for st in statements] == ["Alex Azar"]


# http://english.china.org.cn/english/FR/33772.htm (People's Daily, June 4, 2002)
FUKUDA_TOLD_THE_REPORTERS = """---
title: "Fukuda admits making nuclear remark"
source_url: "http://english.china.org.cn/english/FR/33772.htm"
---
Japanese government spokesman Yasuo Fukuda admitted Monday he was the unnamed ''top government official'' cited by media as suggesting a possible change in Japan's ''three non-nuclear principles,'' but added what he meant to say was not fully reflected in the reports.

The three principles, adopted in 1967, are that Japan will not produce or possess nuclear weapons nor allow them on its territory.

Fukuda made the initial comments last Friday in a talk with reporters but asked them not to name him as the source.

''The principles are just like the (war-renouncing) Constitution. But in the face of calls to amend the Constitution, amendment of the principles is also possible,'' Fukuda told the reporters.

Fukuda on Monday said, ''I meant it could be possible that Japanese people discuss the nation's security on any level in line with international situations and times...but I did not indicate any (specific) direction that the government should take in the future.''

(People's Daily June 4, 2002)
"""


def test_told_the_reporters_goes_back_to_the_talk_with_reporters_the_sentence_before_dates():
    # the quote of Friday's talk ("told the reporters": those of "a talk with reporters" last Friday), not the Monday
    # of the admission the lead reports; the Monday quote after it stays Monday's
    doc, statements = excerpt(FUKUDA_TOLD_THE_REPORTERS)
    assert doc.published[:10] == "2002-06-04"
    assert said_on(statements, "just like the (war-renouncing) Constitution") == "2002-05-31"
    assert said_on(statements, "I meant it could be possible") == "2002-06-03"


# https://www.deccanherald.com/india/west-bengal/durga-puja-bengal-nobodys-monopoly-union-minister-dharmendra-pradhan-on-abhishek-banerjees-remarks-2736410
DECCAN_ANSWERED_CLAIM = """---
title: "Durga Puja, Bengal nobody's monopoly: Union Minister Dharmendra Pradhan on Abhishek Banerjee's remarks"
source_url: "https://www.deccanherald.com/india/west-bengal/durga-puja-bengal-nobodys-monopoly-union-minister-dharmendra-pradhan-on-abhishek-banerjees-remarks-2736410"
date: "2023-10-21"
---
Kolkata: Union Education Minister Dharmendra Pradhan on Friday said that the festival of Durga Puja, Kolkata and West Bengal are nobody’s “monopoly”.

The minister was responding to reporters’ questions on Trinamool’s claims that the BJP leaders were making a beeline for Bengal this festive season with Lok Sabha elections approaching.

Pradhan said that neither the festive occasion nor Kolkata and West Bengal are anybody’s monopoly.
"""


def test_the_claim_a_minister_was_responding_to_is_not_his():
    # "responding to reporters' questions on Trinamool's claims that ...": Trinamool's claim, not Pradhan's words
    doc, statements = excerpt(DECCAN_ANSWERED_CLAIM)
    found = [st.speaker.name for st in statements if "making a beeline" in st.text]
    assert found and "Dharmendra Pradhan" not in found, found
    assert said_on(statements, "nobody’s “monopoly”") == "2023-10-20"
