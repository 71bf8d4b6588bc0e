"""Quotation spans: curly and straight double marks, quotes that run on across paragraphs.

A paragraph that opens a quote and does not close it continues into the next paragraph when that one opens
with a quotation mark (the news convention for multi-paragraph quotes). An opening mark never closed is
dropped, so a stray mark or an odd count cannot swallow the rest of a document."""
import re
from dataclasses import dataclass

from .sentences import paragraphs

OPEN = {"“", "«", "„"}
CLOSE = {"”", "»"}
STRAIGHT = '"'
# Typewriter copy writes double quotes as two apostrophes (''...'') or backticks and apostrophes (``...'').
MARKS = re.compile("[“”«»„\"]|''|``")


@dataclass
class Quote:
    start: int      # first character inside the marks
    end: int        # index of the closing mark (content is body[start:end])
    paragraphs: int = 1
    open_len: int = 1    # two for a mark written as two apostrophes or backticks ('' ``)
    close_len: int = 1

    @property
    def open_mark(self):
        return self.start - self.open_len

    @property
    def after(self):
        """Just past the closing mark."""
        return self.end + self.close_len


def find_quotes(body: str) -> list[Quote]:
    quotes = []
    paras = list(paragraphs(body))
    i = 0
    while i < len(paras):
        p_start, p_end = paras[i]
        pos, opened, open_len, span_paras = p_start, None, 1, 1
        while True:
            # Jump to the next quotation mark: only they change the state.
            m = MARKS.search(body, pos, p_end)
            pos = m.start() if m else p_end
            if pos >= p_end:
                # End of paragraph inside a quote: continue into the next one if it opens with a mark.
                if opened is not None and i + 1 < len(paras) and MARKS.match(body, paras[i + 1][0]):
                    i += 1
                    p_start, p_end = paras[i]
                    pos = p_start + len(MARKS.match(body, p_start).group())
                    span_paras += 1
                    continue
                break
            mark = m.group()
            width = len(mark)
            straight = mark in (STRAIGHT, "''")
            if opened is None:
                if mark in OPEN or mark == "``" or (straight and _opens(body, pos, width)):
                    opened, open_len = pos + width, width
            elif (mark in OPEN or straight or mark == "``") and _reopens(body, pos, width):
                pass   # '... Britain. "We want ...': the next paragraph of a quote, its break lost in scraping
            elif mark in CLOSE or straight:
                if pos > opened and body[opened:pos].strip():
                    quotes.append(Quote(opened, pos, span_paras, open_len, width))
                opened, span_paras = None, 1
            elif (mark in OPEN or mark == "``") and body[opened:pos].strip():
                # A new opening mark before the old one closed: the old one was stray.
                opened, open_len = pos + width, width
            pos += width
        i += 1
    return quotes


def _reopens(body: str, pos: int, width: int = 1) -> bool:
    """An opening mark right after a sentence end inside an open quote: the quote runs on."""
    return pos >= 2 and body[pos - 1] == " " and body[pos - 2] in ".?!" and pos + width < len(body) \
        and body[pos + width].isalnum()


def _opens(body: str, pos: int, width: int = 1) -> bool:
    """A straight mark opens a quote when it does not follow a letter directly (not inch marks like 5")."""
    prev = body[pos - 1] if pos > 0 else " "
    nxt = body[pos + width] if pos + width < len(body) else " "
    return not (prev.isalnum() and (nxt.isspace() or nxt in ".,;:")) and not nxt.isspace()
