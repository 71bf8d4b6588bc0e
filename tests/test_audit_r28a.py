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

