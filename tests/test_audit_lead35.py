"""Audit round 35, the lead's classes: real passages of the shared corpora (file named in each test), what an
annotator marks under GUIDELINES.md, and what must not be. Found by reading random samples of the data/, bbc-news
and PolNeAR builds against their pages."""
from test_hard_cases import load, show, the, who


def test_a_surname_subject_of_a_registered_person_introduced_by_an_alias_is_that_person():
    # bbc-news/politics/355: "Lib Dem spokesman Vince Cable said ..." (the registry's Vincent Cable) ... "Mr Brown
    # confirmed he was setting aside another £520m ... Mr Cable compared that new cost with ... He suggested keeping
    # British troops in Iraq could cost another £1bn ...": "Mr Cable" opens the sentence before "He", one person
    # however the text and the registry spell his given name
    doc, sts = load("bbc-news/politics/355.txt", "He suggested keeping")
    assert who(the(doc, sts, "keeping British troops in Iraq could cost")) == "Vincent Cable", show(sts)
    assert who(the(doc, sts, "The current economic climate meant Britain")) == "Vincent Cable", show(sts)
    # must not: the chancellor's own words right before stay his
    assert who(the(doc, sts, "he was setting aside another £520m")) == "Gordon Brown", show(sts)
