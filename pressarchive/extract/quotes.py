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
MARKS = re.compile('[“”«»„"]')


@dataclass
class Quote:
    start: int      # first character inside the marks
    end: int        # index of the closing mark (content is body[start:end])
    paragraphs: int = 1

    @property
    def open_mark(self):
        return self.start - 1


def find_quotes(body: str) -> list[Quote]:
    quotes = []
    paras = list(paragraphs(body))
    i = 0
    while i < len(paras):
        p_start, p_end = paras[i]
        pos, opened, span_paras = p_start, None, 1
        while True:
            # Jump to the next quotation mark: only they change the state.
            m = MARKS.search(body, pos, p_end)
            pos = m.start() if m else p_end
            ch = body[pos] if pos < p_end else None
            if ch is None:
                # End of paragraph inside a quote: continue into the next one if it opens with a mark.
                if opened is not None and i + 1 < len(paras) and body[paras[i + 1][0]] in OPEN | {STRAIGHT}:
                    i += 1
                    p_start, p_end = paras[i]
                    pos, span_paras = p_start + 1, span_paras + 1
                    continue
                break
            if opened is None:
                if ch in OPEN or (ch == STRAIGHT and _opens(body, pos)):
                    opened = pos + 1
            elif ch in OPEN | {STRAIGHT} and _reopens(body, pos):
                pass   # '... Britain. "We want ...': the next paragraph of a quote, its break lost in scraping
            elif ch in CLOSE or ch == STRAIGHT:
                if pos > opened and body[opened:pos].strip():
                    quotes.append(Quote(opened, pos, span_paras))
                opened, span_paras = None, 1
            elif ch in OPEN and body[opened:pos].strip():
                # A new opening mark before the old one closed: the old one was stray.
                opened = pos + 1
            pos += 1
        i += 1
    return quotes


def _reopens(body: str, pos: int) -> bool:
    """An opening mark right after a sentence end inside an open quote: the quote runs on."""
    return pos >= 2 and body[pos - 1] == " " and body[pos - 2] in ".?!" and pos + 1 < len(body) \
        and body[pos + 1].isalnum()


def _opens(body: str, pos: int) -> bool:
    """A straight mark opens a quote when it does not follow a letter directly (not inch marks like 5")."""
    prev = body[pos - 1] if pos > 0 else " "
    nxt = body[pos + 1] if pos + 1 < len(body) else " "
    return not (prev.isalnum() and (nxt.isspace() or nxt in ".,;:")) and not nxt.isspace()
