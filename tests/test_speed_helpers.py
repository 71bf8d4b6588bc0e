"""Faster forms of a test give the answers of the forms they replaced (issue 10's speed rounds)."""
from itertools import islice

from pressarchive.clean import STORY_SENTENCE_END, _ends_sentence
from pressarchive.extract.filters import WORD, first_words

LINES = ["He said it.", "He said it.”  ", "Why?\u00a0", "a.", ".", "", "x", "_!", "٣.", "é.’", "a.\"\"", "a.\"",
         "It ended...", "It ended. \n", "Ends with a dash -", "He asked: \"why?\"", "Whoa!\u2028", "12 Comments"]


def test_ends_sentence_as_the_pattern():
    for line in LINES:
        assert _ends_sentence(line) == (STORY_SENTENCE_END.search(line) is not None), line


def test_first_words_as_a_scan():
    for content in ["The Prime Minister's plan, he said, would not work.", "it was", "./", "", "One two three four "
                    "five six seven eight nine", "Labour’s 10 pledges"]:
        for n in range(0, 10):
            assert first_words(content, n) == [m.group().lower() for m in islice(WORD.finditer(content), n)]


def test_quotation_marks_as_the_four_branches():
    import re

    from pressarchive.extract.quotes import MARKS
    branches = re.compile("[“”«»„\"]|''|``|’’")
    text = "a '' b `` c ’’ d ' e ’ f ` g “x” «y» „z\" ''' ``` ’’’ ‘’ '’ \"\" end'"
    for pos in range(len(text)):
        assert [m.span() for m in MARKS.finditer(text, pos)] == [m.span() for m in branches.finditer(text, pos)]
        a, b = MARKS.match(text, pos), branches.match(text, pos)
        assert (a and a.group()) == (b and b.group())
