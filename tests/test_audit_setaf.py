"""Audit round setaf: news reports of spokespeople from Japanese, Chinese, Indian, Thai and Indonesian outlets (set AF's
train documents: Global Times, The Nation, NHK World, The Quint). Each test reads a real passage (its page's URL in a
comment) as the pipeline does and asserts what an annotator expects: who said it, when, and the words."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said

from pressarchive.extract.spans import adjunct_only


# --- the occasion told at length after the verb: a briefing, then what it answered, a name in marks in it ------------

GLOBAL_TIMES_ZHAO = '''
Chinese Foreign Ministry spokesperson Zhao Lijian

Sticking to the outdated Cold War mentality and bloc confrontation is not going to work for Western politicians, Chinese Foreign Ministry spokesperson Zhao Lijian said during a press briefing on Monday in response to German Foreign Minister Annalena Baerbock's remarks on China's practice of "One Country, Two Systems" in the island of Taiwan.

Zhao's remarks came after Baerbock's comments on China in an interview with a German media outlet DW where she warned that Germany will work with partners to reduce economic dependency on China and Germany should take China's declaration on "attacking Taiwan" seriously.
'''


def test_a_briefing_then_what_it_answered_is_the_occasion():
    # https://globaltimes.cn/page/202207/1271352.shtml (eval/own/docs-af/cn/001.md)
    _, sts = excerpt(page(GLOBAL_TIMES_ZHAO, "2022-07-12"))
    assert said(sts, "Cold War mentality") == [
        ("Zhao Lijian", "2022-07-11", "Sticking to the outdated Cold War mentality and bloc confrontation is not going to "
                                      "work for Western politicians")]


def test_the_occasion_with_a_term_in_marks_is_an_adjunct():
    assert adjunct_only('during a press briefing on Monday in response to the remarks on China\'s practice of '
                        '"One Country, Two Systems" in the island of Taiwan.')
    assert adjunct_only("at a news conference in reply to a question on the island's trade.")


def test_words_in_marks_or_a_clause_after_the_occasion_are_no_adjunct():
    # must not: a quote set off by a comma, or a "that" clause, after the occasion is words, not the occasion
    assert not adjunct_only('during a press briefing in response to a question, "The US must stop its moves at once."')
    assert not adjunct_only("during a press briefing in response to a question that the US must stop its moves.")


# --- "that", the clause's own opening words, a comma, then a quotation closing the clause: one clause partly quoted --

NATION_NIKORNDEJ = '''
Thailand has firmly rejected any third-party mediation in its escalating border conflict with Cambodia, insisting that talks cannot begin until confidence is restored following the deaths of Thai nationals and alleged Cambodian violations of international conventions.

Speaking at a Ministry of Foreign Affairs press conference on Wednesday, director-general of the Information Department and spokesperson Nikorndej Balankura made clear that whilst diplomatic discussions will eventually resume, "the timing is not now".
'''


def test_a_that_clause_opened_outside_the_marks_is_one_indirect_statement():
    # https://www.nationthailand.com/news/asean/40059543 (eval/own/docs-af/th/004.md)
    _, sts = excerpt(page(NATION_NIKORNDEJ, "2025-12-11"))
    timing = [(st.speaker.name, st.kind, st.text) for st in sts if "timing" in st.text]
    assert timing == [("Nikorndej Balankura", "indirect",
                       'whilst diplomatic discussions will eventually resume, "the timing is not now"')]


def test_a_quotation_right_after_that_or_after_an_aside_stays_direct():
    # must not: no clause words of the reporter's between "that" (or the frame's aside) and the marks
    _, sts = excerpt(page('''
Spokesperson Nikorndej Balankura said that "the timing is not now."

Spokesperson Nikorndej Balankura said, speaking to reporters in Bangkok, "The timing is not right for new talks."
''', "2025-12-11"))
    assert [(st.kind, st.text) for st in sts] == [("direct", "the timing is not now."),
                                                  ("direct", "The timing is not right for new talks.")]


# --- the spokesperson of a country's ministry written in lower case: the ministry speaks -----------------------------

HT_SWARUP = '''
External affairs ministry spokesperson Vikas Swarup said Pakistan foreign ministry’s statement Thursday linking political parties and social organisations to terror was “absurd even by Pakistan’s standards”.

Swarup was responding to a query on Pakistan’s comments Thursday on Jammu and Kashmir and allegations against certain political parties and organisations.

The official spokesperson of Pakistan foreign ministry had said, “Terrorist organisations such as RSS, Vishwa Hindu Prasad, Shiv Sena, Bajrang Dal and other terrorist elements” are engaged in the drive to change demography of Kashmir.
'''


def test_the_spokesperson_of_a_countrys_lower_case_ministry_is_the_ministry():
    # http://www.hindustantimes.com/india-news/pak-labels-rss-shiv-sena-others-as-terror-groups-india-slams-it-as-absurd/story-skvP7jTnmiLIEN2H3e6omM.html
    # (eval/own/docs-af/in/011.md)
    _, sts = excerpt(page(HT_SWARUP, "2016-12-30"))
    assert [w for w, _, _ in said(sts, "change demography of Kashmir")] == ["Pakistan foreign ministry"]
    _, sts = excerpt(page("The Pakistan foreign ministry spokesman said the claims were false.", "2016-12-30"))
    assert [w for w, _, _ in said(sts, "claims were false")] == ["Pakistan foreign ministry"]


def test_the_spokesperson_of_a_firms_lower_case_office_names_no_body():
    # must not: a firm's possessive before a lower-case body noun is no country's ministry
    _, sts = excerpt(page("A spokesman for Hyundai's sales office said the figures were wrong.", "2016-12-30"))
    assert not [w for w, _, _ in said(sts, "figures were wrong") if w and "office" in w.lower()]


# --- a paper named "Times of" a place reports: the content of a document, no statement -----------------------------

VOI_IQBAL = '''
"Indonesia's position has not changed and remains firmly in support of Palestinian independence within the framework of the two-state solution," said Iqbal in a statement received in Jakarta on Thursday (11/4/2024).

Previously, an Israeli-based media The Times of Israel on Thursday wrote about the discourse on opening diplomatic relations between Indonesia and Israel. The media reported from an undisclosed source that as a medium of exchange in realizing diplomatic ties between Indonesia and Israel, Jerusalem would stop blocking Indonesia's efforts to join the Organization for Economic Cooperation and Development (OECD).

The Times of Israel also wrote that official Israeli officials had confirmed this. Meanwhile, another Israeli media Ynet News reported that Israel and Indonesia had been discussing normalizing relations between the two countries for three months.
'''


def test_a_times_of_a_place_paper_reporting_is_no_statement():
    # https://voinews.id/index.php/component/k2/item/28211-indonesian-foreign-ministry-denies-issue-to-open-diplomatic-ties-with-israel
    # (eval/own/docs-af/id/010.md)
    _, sts = excerpt(page("Spokesperson Lalu Muhammad Iqbal spoke to reporters.\n\n" + VOI_IQBAL.strip(), "2024-04-11"))
    assert said(sts, "had confirmed this") == [] and said(sts, "discussing normalizing") == []
    assert [w for w, _, _ in said(sts, "two-state solution")] == ["Lalu Muhammad Iqbal"]


def test_the_israeli_minister_and_a_papers_spokesman_still_speak():
    # must not: a person named after the place, or the paper's spokesman, is no report of the paper's
    _, sts = excerpt(page('''
Israeli Foreign Minister Israel Katz said on Thursday that the talks had stalled.
''', "2024-04-11"))
    assert [w for w, _, _ in said(sts, "talks had stalled")] == ["Israel Katz"]
