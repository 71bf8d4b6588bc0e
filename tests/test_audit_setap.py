"""Audit round setap: BBC politics (shared/corpora/bbc-news/politics), the TRAIN documents of held-out set AP
(eval/own/SOURCE-ap.md) and passages of the other corpora where a rule of the round was checked. Each test is a real
passage (the corpus file named), what an annotator marks under GUIDELINES.md and the conventions of SOURCE-d.md /
SOURCE-g.md / SOURCE-l.md / SOURCE-w.md / SOURCE-z.md / SOURCE-ae.md / SOURCE-am.md / SOURCE-ap.md, and what must not
be. bbc-news files carry no date: nothing is dated."""
from test_hard_cases import assert_speaker, load, show, the, who


def test_two_spellings_of_one_given_name_are_one_bearer_of_the_surname():
    # politics/053 (set AP train): "Viktor Makarov, 50, claims ..." is introduced, David Kahn's quotation calls him
    # "Victor Makarov"; paragraphs later "Mr Makarov joined the KGB ... He was given a false passport, and he says,
    # promised that he would be given the chance to live like an average UK citizen." "Mr Makarov" opening the
    # paragraph is one person, the "he" of "he says" after him.
    doc, sts = load("bbc-news/politics/053.txt", "and he says, promised that")
    st = the(doc, sts, "promised that he would be given the chance")
    assert_speaker(st, "Viktor Makarov", "indirect")
    st = the(doc, sts, "he will remain on hunger strike")
    assert_speaker(st, "Viktor Makarov", "indirect")
    assert st.said_on is None
    # ... must not: the last speaker (Kahn, whose quotation named "Victor Makarov") for those pronouns; his own
    # quotation stays his
    st = the(doc, sts, "wrung him dry")
    assert_speaker(st, "David Kahn", "direct")
    assert [s.text[:20] for s in sts if who(s) == "David Kahn"] == [st.text[:20]], show(sts)


def test_one_quoted_as_telling_an_audience_speaks_and_so_does_one_a_paper_quoted_telling_it():
    # politics/147 (set AP train): "Home Secretary Charles Clarke has been quoted as telling Labour members he wants
    # more migrants to come to the UK." and "London's Evening Standard quoted Mr Clarke telling Labour activists at a
    # question and answer session in Gateshead that he wanted Britain to offer refuge for those fleeing tyranny."
    doc, sts = load("bbc-news/politics/147.txt", "quoted as telling Labour members")
    st = the(doc, sts, "he wants more migrants to come to the UK")
    assert_speaker(st, "Charles Clarke", "indirect")
    assert st.text.startswith("he wants"), show([st])
    st = the(doc, sts, "he wanted Britain to offer refuge")
    assert_speaker(st, "Charles Clarke", "indirect")
    # ... must not: the audience and the occasion before "that" in the words, the paper quoting as a speaker
    assert st.text.startswith("he wanted"), show([st])
    assert not [s for s in sts if who(s) and "Standard" in who(s)], show(sts)


def test_a_point_accepted_before_that_is_said_but_not_one_refused():
    # politics/352 (set AP train): "Afterwards he said outdoor activities were beneficial for children but accepted
    # that lots of teachers now worried about taking part for fear of being sued if something went wrong."
    doc, sts = load("bbc-news/politics/352.txt", "but accepted that lots of teachers")
    st = the(doc, sts, "lots of teachers now worried about taking part")
    assert_speaker(st, "Tony Blair", "indirect")
    assert st.text.startswith("lots of teachers"), show([st])
    st = the(doc, sts, "outdoor activities were beneficial for children")
    assert "accepted" not in st.text, show([st])
    # ... must not: a point refused ("But he refused to accept that the Melbourne surface may have had a bearing on
    # Hewitt's performances", sport/487), nor one inside someone's quotation ("China, who are simply not prepared to
    # accept that what happened at Tiananmen Square was wrong", politics/136: Ancram's words, not China's)
    doc, sts = load("bbc-news/sport/487.txt", "refused to accept that the Melbourne surface")
    assert not [s for s in sts if "the Melbourne surface may have had a bearing" in s.text], show(sts)
    doc, sts = load("bbc-news/politics/136.txt", "not prepared to accept that")
    assert not [s for s in sts if s.text.startswith("what happened at Tiananmen Square")], show(sts)
    # ... nor a standing view in the present: "Altria's Philip Morris now accepts that nicotine is harmful, and the
    # company's main lawyer William Ohlemeyer told the BBC last year that earlier statements may have been wrong but
    # they were not dishonest." (business/104): the lawyer's words stay his
    doc, sts = load("bbc-news/business/104.txt", "now accepts that nicotine is harmful")
    st = the(doc, sts, "earlier statements may have been wrong")
    assert_speaker(st, "William Ohlemeyer", "indirect")
    assert not [s for s in sts if "nicotine is harmful" in s.text], show(sts)
