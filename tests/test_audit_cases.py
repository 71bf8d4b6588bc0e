"""Cases found by reading random statements of text outside every gold set (issue 8, round "audit": BBC
entertainment news and State Department releases and briefings). Same method as test_hard_cases.py: a real
document read and analysed as the pipeline does, a passage found by a substring, what an annotator expects."""
from test_hard_cases import assert_speaker, load, near, show, the, who  # noqa: F401  (the shared helpers)


def test_occupation_opening_a_sentence_is_no_part_of_the_name():
    # "Actor Leonardo DiCaprio's ...": 'Actor' describes him, and "DiCaprio said" resolves to Leonardo DiCaprio
    doc, statements = load("bbc-news/entertainment/337.txt", "DiCaprio said")
    assert_speaker(the(doc, statements, "lifetime achievement award"), "Leonardo DiCaprio", "direct")


def test_occupation_before_a_name_the_surname_then_refers_to():
    # "Singer George Michael has said ..." then "Michael said that ...": George Michael, not 'Singer George Michael'
    doc, statements = load("bbc-news/entertainment/269.txt", "Michael said that")
    assert_speaker(the(doc, statements, "two decades of fame"), "George Michael", "indirect")


def test_last_item_of_a_dash_list_is_no_signature():
    # a BBC page ending in a list of critics' picks ("- Jonathan Ross, Film 2005: Film - Sideways; ..."): the
    # last item is not a release's signature, so the report is no release of Jonathan Ross
    doc, statements = load("bbc-news/entertainment/368.txt", "- Jonathan Ross, Film 2005")
    assert doc.genre != "release"
    assert not [st for st in statements if who(st) == "Jonathan Ross"], show(statements)
    assert_speaker(the(doc, statements, "The form going in to the Oscars"), "Tim Dams", "direct")
