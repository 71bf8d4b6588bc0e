"""Audit round r28b: spokespeople of seed-like copy (Vietnamese, Chinese, Korean, Japanese, Philippine outlets, and
Reuters and Korea Herald copy of them). Each test reads a real passage (its page's URL in a comment) as the pipeline
does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- an unnamed spokesperson of a ministry named by its portfolio alone ------------------------------------------

MARINELINK = '''
Vietnam has protested against China's alleged detention of Vietnamese fishermen and fishing vessels in the contested Paracel Islands in the South China Sea, a foreign ministry spokesperson said on Thursday.

There was no immediate response from the Chinese foreign ministry to Reuters' questions about the incident.
'''


def test_foreign_ministry_spokesperson_of_the_country_opening_the_sentence():
    # https://www.marinelink.com/news/vietnam-urges-release-fishermen-detained-518719 (own set P train 002)
    _, sts = excerpt(page(MARINELINK, date="2024-10-31"))
    assert [(w, d) for w, d, _ in said(sts, "Vietnam has protested against China")] == \
        [("Ministry of Foreign Affairs of Vietnam", "2024-10-31")]
    # must not: the country the words are about speaks, nor China's ministry named after
    assert not [st for st in sts if st.speaker and st.speaker.name in ("Vietnam", "China")]


def test_foreign_ministry_spokesperson_after_no_country_stays_unnamed():
    # (same page, the sentence opening with no country: no ministry to name)
    _, sts = excerpt(page('''
The fishermen should be released immediately, a foreign ministry spokesperson said on Thursday.
''', date="2024-10-31"))
    assert not [st for st in sts if st.speaker and "Ministry" in st.speaker.name]


# --- a meeting's day carried to its statements ------------------------------------------------------------------

VIETNAM_VN = '''
South Korea's Foreign Ministry summoned the Russian ambassador to protest Moscow's recent statement on President Yoon Suk-yeol's stance on North Korea.

The South Korean Foreign Ministry on February 3 summoned Russian Ambassador to South Korea Georgy Zinoviev to protest a recent statement by a Russian Foreign Ministry official about President Yoon Suk-yeol's stance on the North Korean regime.

Earlier, on December 31, 2023, President Yoon described North Korea as "the only country in the world that has legalized a policy of using nuclear weapons for preemptive strikes", amid escalating tensions due to a series of weapons tests by Pyongyang since the beginning of the year.

In comments published the following day, Russian Foreign Ministry spokeswoman Maria Zakharova criticized Mr. Yoon's remarks as "clearly biased."

South Korean Vice Foreign Minister Chung Byung-won summoned Ambassador Zinoviev to protest the Russian Foreign Ministry spokesman’s remarks. During the meeting, Chung expressed “deep regret” for criticizing the South Korean president’s remarks with disrespectful language, warning that such an action could worsen bilateral relations.

For his part, Ambassador Zinoviev said he would immediately inform Moscow about the position of the Korean Government.
'''


def test_summoned_on_a_day_dates_the_summoner_and_the_summoned():
    # https://www.vietnam.vn/en/han-quoc-trieu-dai-su-nga-phan-doi-binh-luan-ve-quan-diem-cua-tong-thong-yoon-ve-trieu-tien
    # (own set H train kr/010; an undated page: the year is the one nearest "December 31, 2023")
    _, sts = excerpt(page(VIETNAM_VN))
    assert [(w, d) for w, d, _ in said(sts, "immediately inform Moscow")] == [("Georgy Zinoviev", "2024-02-03")]
    # the same summons told again without its day: its summoner's words are of that day
    assert [(w, d) for w, d, _ in said(sts, "worsen bilateral relations")] == [("Chung Byung-won", "2024-02-03")]
    # must not: the spokeswoman's words of "the following day" (another occasion) take the meeting's day
    assert all(d != "2024-02-03" for _, d, _ in said(sts, "clearly biased"))


def test_meeting_without_a_day_of_people_met_on_none_stays_undated():
    # (same page's shape, the summons told with no day anywhere: nothing to carry)
    _, sts = excerpt(page('''
South Korean Vice Foreign Minister Chung Byung-won summoned Ambassador Zinoviev to protest the Russian Foreign Ministry spokesman’s remarks. During the meeting, Chung expressed “deep regret” for criticizing the South Korean president’s remarks with disrespectful language, warning that such an action could worsen bilateral relations.
'''))
    assert [(w, d) for w, d, _ in said(sts, "worsen bilateral relations")] == [("Chung Byung-won", None)]


# --- "the <body> spokesperson" after that body's press secretary was named --------------------------------------

KOREA_HERALD = '''
Department of Defense Press Secretary Brig. Gen. Pat Ryder is seen answering questions during a daily press briefing at the Pentagon in Washington on Tuesday. (Yonhap)

The potential weapons trade between North Korea and Russia demonstrates the dire situation Russia finds itself in amid its ongoing war against Ukraine, a Pentagon spokesperson said Tuesday.

Brig. Gen. Pat Ryder made the remark after a news report suggested that North Korea may be sending weapons to Russia.

"Russia maintains a relationship with North Korea," the Department of Defense spokesperson told a daily press briefing when asked about possible weapons trade between the two countries.
'''


def test_body_spokesperson_is_its_press_secretary_named_with_a_rank():
    # http://www01.koreaherald.com/view.php?mp=5&np=49&ud=20230802000094 (own set P train 014)
    _, sts = excerpt(page(KOREA_HERALD, date="2023-08-02"))
    assert [(w, d) for w, d, _ in said(sts, "Russia maintains a relationship")] == [("Pat Ryder", "2023-08-01")]
    # must not: the department itself, nor a body named "Gen"
    assert not [st for st in sts if st.speaker and st.speaker.name in ("Department of Defense", "Pentagon")]


def test_body_spokesperson_without_its_named_spokesperson_stays_the_body():
    # (same page's shape, the press secretary of another body named: the department speaks)
    _, sts = excerpt(page('''
White House Press Secretary Karine Jean-Pierre is seen answering questions during a daily press briefing.

"Russia maintains a relationship with North Korea," the Department of Defense spokesperson told a daily press briefing on Tuesday.
''', date="2023-08-02"))
    assert [w for w, _, _ in said(sts, "Russia maintains a relationship")] != ["Karine Jean-Pierre"]


# --- a country's clause partly quoted, reported by its spokesperson after it -------------------------------------

def test_country_clause_partly_quoted_is_the_spokespersons():
    # https://www.marinelink.com/news/vietnam-urges-release-fishermen-detained-518719 (own set P train 002)
    _, sts = excerpt(page(MARINELINK.replace("\n\nThere was", '''

Vietnam urged China to "immediately release the fishermen and fishing vessels that were illegally detained", the spokesperson told reporters in a regular press conference, without specifying how many people had been detained or when they had been detained.

There was'''), date="2024-10-31"))
    assert [(w, d, t[:22]) for w, d, t in said(sts, "immediately release")] == \
        [("Ministry of Foreign Affairs of Vietnam", "2024-10-31", "Vietnam urged China to")]
    # must not: the country's own frame inside the spokesperson's words, a statement of Vietnam's
    assert not [st for st in sts if st.speaker and st.speaker.name == "Vietnam"]


def test_persons_clause_partly_quoted_keeps_its_own_frame():
    # (the clause's subject a person, no country: 'Cruz spokesman Rick Tyler said that ...' keeps its shape)
    _, sts = excerpt(page('''
Smith urged voters to "stay at home on polling day", the spokesperson told reporters on Tuesday.
''', date="2024-10-31"))
    assert not [st for st in sts if st.text.startswith("Smith urged")]


# --- "He also reported that ...": a person's report -------------------------------------------------------------

TRIBUNE = '''
In a press briefing in Camp Aguinaldo, Commodore Roy Trinidad, navy spokesperson for the WPS, said the number of the spotted vessels was monitored at a particular time only and not for 24 hours.

He also reported that 2 People's Liberation Army Navy vessels of China were monitored during the third maritime cooperative activity between the Philippines and the United States in the WPS over the weekend.
'''


def test_he_reported_that_is_the_persons_statement():
    # https://tribune.net.ph/2024/02/13/14-chinese-vessels-spotted-in-wps (own set P train 011)
    _, sts = excerpt(page(TRIBUNE, date="2024-02-13"))
    assert [(w, d) for w, d, _ in said(sts, "People's Liberation Army Navy vessels")] == [("Roy Trinidad", "2024-02-13")]


def test_outlet_reported_that_is_no_statement():
    # must not: "reported that" after an outlet's name stays the outlet's report, no statement
    _, sts = excerpt(page('''
The Financial Times earlier reported that Ukrainian troops were using North Korea rockets seized from a ship.
''', date="2023-08-02"))
    assert not said(sts, "Ukrainian troops were using")


# --- "the following day": the day after the one the sentence before tells ---------------------------------------

def test_following_day_is_the_day_after_the_sentence_before():
    # https://www.vietnam.vn/en/han-quoc-trieu-dai-su-nga-phan-doi-binh-luan-ve-quan-diem-cua-tong-thong-yoon-ve-trieu-tien
    # (own set H train kr/010)
    _, sts = excerpt(page(VIETNAM_VN))
    assert [(w, d) for w, d, _ in said(sts, "clearly biased")] == [("Maria Zakharova", "2024-01-01")]
    # must not: the day of the sentence before itself
    assert [(w, d) for w, d, _ in said(sts, "the only country in the world")] == [("Yoon Suk-yeol", "2023-12-31")]


def test_following_day_after_two_days_is_no_day():
    # (the same page's sentences, the sentence before telling two days: which one's "following day" is unknown)
    _, sts = excerpt(page('''
Earlier, on December 31, 2023 and on January 5, 2024, President Yoon described North Korea as a threat.

In comments published the following day, Russian Foreign Ministry spokeswoman Maria Zakharova criticized Mr. Yoon's remarks as "clearly biased."
'''))
    assert [(w, d) for w, d, _ in said(sts, "clearly biased")] == [("Maria Zakharova", None)]
