"""Audit round 45, the lead's class: a sentence opening with any connective of the lexicon (leading_connectives)
and its comma leaves the clause's own subject to the participle frame after it (indirect.CONNECTIVE_LEAD, which had
listed eight connectives by hand)."""
from test_hard_cases import load, show, who

NEUBERGER = ("whitehouse-briefing-room/statements-releases/2022-05/2022-05-21-statement-by-nsc-spokesperson-adrienne-"
             "watson-on-deputy-national-security-advisor-anne-neubergers-travel-to-brussels.md")
APPOINTMENTS = ("whitehouse-briefing-room/statements-releases/2024-05/2024-05-23-president-biden-announces-key-"
                "appointments-to-the-white-house-environmental-justice-advisory-council.md")


def test_a_connective_of_the_lexicon_opens_a_participle_frames_sentence():
    # "Additionally, Neuberger participated in bilateral meetings with senior European Union officials, emphasizing
    # U.S. commitment to trans-Atlantic cooperation ...": Neuberger's words, as after "However,"
    # (the release's paragraphs are the spokesperson's own statements too: the frame's words open at "U.S.")
    doc, sts = load(NEUBERGER, "Additionally, Neuberger participated")
    start = doc.body.index("U.S. commitment to trans-Atlantic cooperation")
    framed = [s for s in sts if s.start == start]
    assert len(framed) == 1 and "Neuberger" in (who(framed[0]) or ""), show(sts)


def test_a_connective_before_a_biography_line_frames_nothing():
    # must not: "Previously, Mills served on the U.S. Department ...": a biography line, no one's words
    doc, sts = load(APPOINTMENTS, "Previously, Mills served")
    start = doc.body.index("Previously, Mills served")
    assert not [s for s in sts if start <= s.start < start + 300], show(sts)
