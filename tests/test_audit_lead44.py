"""Audit round 44, the lead's class: real passages of our own train documents and of the shared corpora (file named in
each test), what an annotator marks under GUIDELINES.md, and what must not be. Found with bench/recall_census.py
(the rule that rejected each missed train statement: here _participle_not_finite)."""
from test_hard_cases import load, load_own, show, the, who


def test_a_participle_after_ones_own_statement_reports_it():
    # Set AS train 002 (Khaosod English): "Meanwhile, the US State Department on Monday issued a statement expressing
    # concern about rising political tension in Thailand.": the statement's words, the department's
    doc, sts = load_own("docs-as/th/002.md")
    st = the(doc, sts, "concern about rising political tension in Thailand")
    assert "State" in (who(st) or ""), show([st])
    # ... with its day after it ("this afternoon"; set BD train 005, Stuff) ...
    doc, sts = load_own("docs-bd/nz/005.md")
    st = the(doc, sts, "he will not contest September's election")
    assert "Falloon" in (who(st) or ""), show([st])
    # ... or set off by commas (set AF train 002, ThePrint: "Pakistan’s Foreign Office had put out a statement, on
    # Wednesday, alleging that the construction of the temple reflected ...")
    doc, sts = load_own("docs-af/in/002.md")
    st = the(doc, sts, "the construction of the temple reflected")
    assert "Foreign Office" in (who(st) or ""), show([st])


def test_a_participle_after_a_report_is_no_ones_statement():
    # must not: a report is no one's own words (china-mfa-presscon-html t1733038, a question: "The American Chamber of
    # Commerce in China surveyed members ... and issued a report saying that only a small number of firms have been
    # invited to participate.")
    doc, sts = load("china-mfa-presscon-html/eng/t1733038.html", "issued a report saying")
    assert not [s for s in sts if "only a small number of firms" in s.text], show(sts)
