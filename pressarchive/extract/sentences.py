"""Sentence and paragraph spans with character offsets into the body.

News copy needs abbreviation-aware splitting (Mr., U.S., Jan., St.) and never splits across a paragraph."""
import re

from ..lexicon import words

ABBREVIATIONS = set(words("abbreviations"))
PARAGRAPH = re.compile(r"\n\s*\n")
# A candidate boundary: end punctuation, optional closing quotes/brackets, space, then a sentence opener.
BOUNDARY = re.compile(r"([.!?…]+)([\"”’')\]]*)(\s+)(?=(?:''|``|[\"“‘'(\[])?[A-Z0-9])")


def paragraphs(body: str):
    """(start, end) of each paragraph."""
    start = 0
    for m in PARAGRAPH.finditer(body):
        if m.start() > start:
            yield start, m.start()
        start = m.end()
    if start < len(body):
        yield start, len(body)


_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)$")


def _is_abbreviation(text: str, dot: int) -> bool:
    """Is the '.' at text[dot] the end of an abbreviation or an initial?"""
    m = _WORD_BEFORE.search(text[max(0, dot - 24):dot])
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    return len(word) == 1 and word.isalpha() and text[dot - 1].isupper()   # noqa: an initial   # an initial: "John F. Kennedy"


def sentences(body: str):
    """(start, end) of each sentence, trailing white space excluded."""
    out = []
    for p_start, p_end in paragraphs(body):
        text = body[p_start:p_end]
        start = 0
        for m in BOUNDARY.finditer(text):
            if m.group(1) == "." and _is_abbreviation(text, m.start(1)):
                continue
            end = m.end(2)
            if text[start:end].strip():
                out.append((p_start + start, p_start + end))
            start = m.end(3)
        if text[start:].strip():
            end = len(text.rstrip())
            out.append((p_start + start, p_start + end))
    return out
