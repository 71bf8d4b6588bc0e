"""Audit round r28a: the reporter's background after the words, and bodies named by a common noun (Canadian and wire
copy of own sets M, O, Q, F). Each test reads a real passage (its page's URL in a comment) as the pipeline does and
asserts what an annotator expects: who said it, and where the words end."""
from test_audit_cases import excerpt
from test_audit_seed10 import page, said


# --- the reporter's background after the words, no comma before it ------------------------------------------------

LAYOFFS = '''
These are some of the companies which have so far laid off Canadian workers in 2024:

BCE Inc.: The Montreal-based telecommunications giant said on Feb. 8 it was cutting 4,800 jobs “at all levels of the company,” although some of the job losses were to come from vacancies and natural attrition rather than layoffs.

BlackBerry Ltd.: The Waterloo, Ont.-based technology company announced plans to cut an unspecified number of jobs on Feb. 12 as it worked to separate two of its business divisions.
'''


def test_own_act_after_a_thing_announced_is_the_reporters():
    # https://canadanewsmedia.ca/these-companies-have-laid-off-canadian-workers-in-2024/amp (set M train, ca/007)
    _, sts = excerpt(page(LAYOFFS, date="2024-03-01"))
    hits = said(sts, "plans to cut an unspecified number of jobs")
    assert [w for w, _, _ in hits] == ["BlackBerry Ltd."]
    assert not [t for _, _, t in hits if "as it worked" in t]     # must not: the company's act the reporter tells


NUNAVUT = '''
Iqaluit (Aug 22/05) - The federal minister of labour and housing arrived in Iqaluit on Friday without any new money, but promised that short term relief is on the way for the Nunavut housing crisis.

"Hopefully by the fall, we can come to some sort of short-term arrangement. The need is imminent," said Joe Fontana, during a stop on his Northern tour.

Fontana also announced job-shuffling at the Canada Housing and Mortgage Corporation when he started his tour on Wednesday, creating a northern housing division.
'''


def test_when_he_started_his_tour_is_no_part_of_what_was_announced():
    # https://nnsl-archive.blackpress.ca/nnsl/2005-08/aug22_05hs.html (set O train, ca/002)
    _, sts = excerpt(page(NUNAVUT, date="2005-08-22"))
    hits = said(sts, "job-shuffling at the Canada Housing and Mortgage Corporation")
    assert [w for w, _, _ in hits] == ["Joe Fontana"]
    assert not [t for _, _, t in hits if "started his tour" in t]


def test_announced_words_with_a_clause_of_their_own_keep_their_when():
    # must not: a clause announced keeps its own "when" (the passage above, its announcement put as a clause)
    _, sts = excerpt(page(NUNAVUT + "\nFontana announced he would build new homes when he returned in the fall.\n",
                          date="2005-08-22"))
    assert [t for _, _, t in said(sts, "he would build new homes")] == ["he would build new homes when he returned in the fall"]


POSTAL = '''
Canada Post has confirmed that it is laying off striking postal workers following a union complaint that workers were getting layoff phone calls as a “scare tactic.”

In a statement to the Star, Canada Post said the layoffs are temporary.
'''


def test_another_s_complaint_after_the_words_is_the_reporters():
    # https://blackcanadianmedia.ca/canada-post-confirms-laying-off-striking-postal-workers-its-a-scare-tactic-union-says
    # (set M train, ca/008)
    _, sts = excerpt(page(POSTAL, date="2024-12-01"))
    hits = said(sts, "it is laying off striking postal workers")
    assert [(w, t) for w, _, t in hits] == [("Canada Post", "it is laying off striking postal workers")]
    # must not: "following a complaint from ..." with no "that" of its own stays with the words
    _, sts = excerpt(page(POSTAL + "\nCanada Post said it would review the matter following a complaint from a resident.\n",
                          date="2024-12-01"))
    assert [t for _, _, t in said(sts, "review the matter")] == \
        ["it would review the matter following a complaint from a resident"]


# --- a body named by a common noun: "the city" is the one city the text names ----------------------------------------

TRANSIT = '''
Your bus ride Tuesday could be free thanks to the Winnipeg’s transit union.

The union has announced its members will be taking legal job action, as the union continues to sit without a contract.

“We’ve been without a contract since January of this year and our members want the city to get serious and treat our members with respect,” said Aleem Chaudhary, ATU 1505 President.

Its members overwhelmingly rejected the city’s offer over a month ago with 98 percent not in favor.

This means Winnipeg bus drivers aren’t obligated to ask riders to pay a fare before boarding the bus Tuesday.

The city previously said the legal action could interrupt transit service, however the union says they’ll still operate – but instead won’t be requesting bus fares.
'''


def test_the_city_is_the_one_city_the_text_names():
    # https://bt24news.com/world-news/winnipeg-transit-planning-free-rides-as-legal-job-action-begins/ (set Q train,
    # ca/001)
    _, sts = excerpt(page(TRANSIT, date="2024-06-10"))
    assert [(w, t) for w, _, t in said(sts, "the legal action could interrupt")] == \
        [("City of Winnipeg", "the legal action could interrupt transit service")]
    # must not: the union's words are no word of the city's
    assert not [w for w, _, _ in said(sts, "still operate") if w == "City of Winnipeg"]


def test_the_city_of_a_text_naming_two_cities_is_no_one():
    # must not: two cities named before, "the city" names neither
    _, sts = excerpt(page("Bus drivers in Winnipeg and Toronto walked off the job on Monday.\n\n"
                          "The city said the legal action could interrupt transit service.\n", date="2024-06-10"))
    assert not [w for w, _, _ in said(sts, "the legal action could interrupt") if w]


# --- the day of the speaker's own act after a thing announced is the day of the announcing -------------------------

def test_day_of_the_own_act_dates_what_was_announced():
    # https://nnsl-archive.blackpress.ca/nnsl/2005-08/aug22_05hs.html (set O train, ca/002): the tour started on
    # Wednesday (17 August), the day the job-shuffling was announced
    _, sts = excerpt(page(NUNAVUT, date="2005-08-22"))
    assert [(w, d) for w, d, _ in said(sts, "job-shuffling")] == [("Joe Fontana", "2005-08-17")]
    # must not: the Friday of his arrival, which the words before it are dated by
    assert [d for _, d, _ in said(sts, "short term relief")] == ["2005-08-19"]


def test_day_before_the_own_act_dates_what_was_announced():
    # https://canadanewsmedia.ca/these-companies-have-laid-off-canadian-workers-in-2024/amp (set M train, ca/007)
    _, sts = excerpt(page(LAYOFFS, date="2024-03-01"))
    assert [(w, d, t) for w, d, t in said(sts, "plans to cut")] == \
        [("BlackBerry Ltd.", "2024-02-12", "plans to cut an unspecified number of jobs")]
    # must not: the day BCE spoke is its own
    assert [d for _, d, _ in said(sts, "4,800 jobs")] == ["2024-02-08"]
