"""Audit round setw: BBC politics (shared/corpora/bbc-news/politics), the TRAIN documents of held-out set W
(eval/own/SOURCE-w.md) and passages of the rest of bbc-news where a rule of the round was checked. Each test is a
real passage (the corpus file named), what an annotator marks under GUIDELINES.md and the conventions of
SOURCE-d.md / SOURCE-g.md / SOURCE-l.md / SOURCE-w.md, and what must not be. bbc-news files carry no date: nothing is
dated."""
from test_hard_cases import assert_speaker, load, show, the


def test_a_year_between_a_body_and_its_verb_is_no_part_of_its_name():
    # politics/056 (set W train): "The Downing Street Strategy Unit in 2003 said people from Indian and Chinese
    # backgrounds were doing well on average, ... But those of Pakistani, ... it said."
    doc, sts = load("bbc-news/politics/056.txt", "Strategy Unit in 2003 said")
    st = the(doc, sts, "people from Indian and Chinese backgrounds were doing well")
    assert_speaker(st, "Downing Street Strategy Unit", "indirect")
    assert st.said_on is None
    assert_speaker(the(doc, sts, "those of Pakistani, Bangladeshi"), "Downing Street Strategy Unit")
    # ... must not: the year is no part of the name, nor of the words
    assert not [s for s in sts if s.speaker and "2003" in s.speaker.name], show(sts)
    assert not st.text.startswith("in 2003"), show([st])


def test_a_reported_sentence_with_its_own_frame_ends_an_unclosed_quote():
    # politics/198 (set W train): 'However, Mr Hayman said: "It would be totally unacceptable in my view for a chief
    # constable to say, 'I'm very sorry'. He said that police should make sure that responsible people who wanted a
    # change could benefit from more liberal legislation. "My view is that I have got a responsibility to create an
    # environment where that can happen, " he said.' (the first quote is never closed)
    doc, sts = load("bbc-news/politics/198.txt", "He said that police should make sure")
    first = the(doc, sts, "totally unacceptable in my view")
    assert_speaker(first, "Andy Hayman", "direct")
    assert first.said_on is None
    reported = the(doc, sts, "police should make sure that responsible people")
    assert_speaker(reported, "Andy Hayman", "indirect")
    assert_speaker(the(doc, sts, "My view is that I have got a responsibility"), "Andy Hayman", "direct")
    # ... must not: the reported sentence is no part of the quote before it, and its frame no part of its words
    assert "He said" not in first.text and "police should" not in first.text, show([first])
    assert not reported.text.startswith("He said"), show([reported])


def test_a_relative_clause_framing_a_judgement_is_a_statement_of_its_own():
    # politics/025 (set W train): 'She said this would counter "so-called independent" groups like Migration Watch,
    # which she described as an anti-immigration body posing as independent.' (Barbara Roche): two statements
    doc, sts = load("bbc-news/politics/025.txt", "which she described as")
    st = the(doc, sts, 'this would counter "so-called independent" groups like Migration Watch')
    assert_speaker(st, "Barbara Roche", "indirect")
    assert st.said_on is None
    judged = the(doc, sts, "an anti-immigration body posing as independent")
    assert_speaker(judged, "Barbara Roche", "indirect")
    # ... must not: the relative clause is no part of the first statement, nor its pronoun part of the second
    assert "described" not in st.text, show([st])
    assert not judged.text.startswith("which"), show([judged])
