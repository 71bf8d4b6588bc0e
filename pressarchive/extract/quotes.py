"""Quotation spans: curly and straight double marks, quotes that run on across paragraphs.

A paragraph that opens a quote and does not close it continues into the next paragraph when that one opens
with a quotation mark (the news convention for multi-paragraph quotes). An opening mark never closed is
dropped, so a stray mark or an odd count cannot swallow the rest of a document."""
import re
from dataclasses import dataclass

from ..lexicon import words
from ..models import GO_ON, decide
from .sentences import paragraphs

OPEN = {"“", "«", "„"}
CLOSE = {"”", "»", "’’"}
STRAIGHT = '"'
# The double marks that open and close a quotation in English copy, straight or curly (analyse, resolve).
OPEN_MARKS = (STRAIGHT, "“")
CLOSE_MARKS = (STRAIGHT, "”")
# Typewriter copy writes double quotes as two apostrophes (''...'') or backticks and apostrophes (``...''); wire copy
# reset by a newspaper's system may close one with two right single marks ('“In a city like Regina ... is going on,’’
# Giroux said.').
# A double quotation mark: one of “”«»„" or a doubled '' `` ’’. Written to open with one class of every first
# character (the doubled marks checked after it), so the engine skips through the text to the next such character
# instead of trying the four branches at every one (2-3x faster scans; the same matches as
# "[“”«»„\"]|''|``|’’").
MARKS = re.compile("[“”«»„\"'`’](?:(?<=')'|(?<=`)`|(?<=’)’|(?<=[“”«»„\"]))")


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


# Single marks, in copy that quotes with them alone ('I said that I wasn't going to do the interview,' Brodie told
# CKNW): a mark opening a word after a space or a bracket, or closing one before a space or punctuation; never one
# between two letters ("wasn't", "it’s"); the word may open with the reporter's bracket ("'[You] make it sound like
# something untoward is happening,' a clearly frustrated Morgan said").
SINGLE_OPENING = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–]))['‘](?=[^\W_]|\[[^\W_])", re.M)
SINGLE_CLOSING = re.compile(r"(?<=\S)['’](?=$|[\s,.;:!?)\]—–]|['’](?:$|\s))", re.M)


# Two apostrophes closing a single-quoted quotation and one quoted inside it ("They say 'I don't feel I have more
# money. I count on you to explain.''": Montreal Gazette via daily8.com, quotes15): no double mark of typewriter copy,
# which opens its quotations with two apostrophes too.
CLOSING_PAIR = re.compile(r"(?<=\S)(?:''|’’)(?=$|[\s,.;:!?)\]—–])", re.M)


def _double_marked(body: str) -> bool:
    """Does body quote with double marks (not only two apostrophes closing two single-quoted quotations)?"""
    closing = {m.start() for m in CLOSING_PAIR.finditer(body)} if "''" in body or "’’" in body else ()
    return any(m.start() not in closing for m in MARKS.finditer(body))


def single_marks_as_double(body: str) -> str | None:
    """The body with its quoting single marks written as straight double ones (same offsets), for a text that has no
    double quotation mark at all; else None."""
    if _double_marked(body) or not SINGLE_OPENING.search(body):
        return None
    chars = list(body)
    for m in SINGLE_OPENING.finditer(body):
        chars[m.start()] = STRAIGHT
    for m in SINGLE_CLOSING.finditer(body):
        chars[m.start()] = STRAIGHT
    return "".join(chars)


def find_quotes(body: str) -> list[Quote]:
    """Every quotation of body, in order: each paragraph scanned mark by mark (_scan_paragraph); single marks as below."""
    single = single_marks_as_double(body)
    if single is not None:
        body = single
    scan = _Scan(body)
    while scan.i < len(scan.paras):
        _scan_paragraph(scan)
        scan.i += 1
    quotes, paras = scan.quotes, scan.paras
    # Single marks quote twice over: a text with no double mark has them all read as double ones (above); a text with
    # double marks elsewhere keeps only a framed single-quoted sentence of a paragraph that has none ("Hang says,
    # '...'"), since its apostrophes and scare quotes would pair up wrongly.
    single = [q for a, b in paras if not MARKS.search(body, a, b) for q in _single_quotes(body, a, b)]
    return sorted(quotes + single, key=lambda q: q.start) if single else quotes


class _Scan:
    """The state of the scan for quotation marks: the paragraph (i, p_start, p_end), the position, the quotation
    open (where its words start, its mark's width, over how many paragraphs, how many quotes nested inside it)."""

    def __init__(self, body: str):
        self.body, self.quotes = body, []
        self.paras = list(paragraphs(body))
        self.i = 0

    def open_paragraph(self):
        self.p_start, self.p_end = self.paras[self.i]
        self.pos, self.opened, self.open_len, self.span_paras, self.nested = self.p_start, None, 1, 1, 0

    def open_at(self, start: int, width: int):
        self.opened, self.open_len, self.nested = start, width, 0

    def close(self):
        self.opened, self.span_paras = None, 1


def _scan_paragraph(scan: _Scan):
    """Jump from quotation mark to quotation mark (only they change the state), each read by MARK_RULES; at the
    paragraph's end an open quotation runs on, is closed later, or ends with the paragraph (_paragraph_end)."""
    body = scan.body
    scan.open_paragraph()
    while True:
        m = MARKS.search(body, scan.pos, scan.p_end)
        scan.pos = m.start() if m else scan.p_end
        if scan.pos >= scan.p_end:
            if scan.opened is not None and _paragraph_end(scan):
                continue
            break
        mark = m.group()
        decide(MARK_RULES, scan, mark, len(mark), mark in (STRAIGHT, "''"))
        scan.pos += len(mark)


def _paragraph_end(scan: _Scan) -> bool:
    """True when the open quotation runs on into the next paragraph (the scan goes on there)."""
    body, paras, i = scan.body, scan.paras, scan.i
    nxt = paras[i + 1][0] if i + 1 < len(paras) else None
    if nxt is not None and MARKS.match(body, nxt) and \
            (not _framed_quote_at(body, nxt, paras[i + 1][1]) or _runs_on(body, scan.p_start, scan.p_end)):
        # A quote running on into the next paragraph, which opens with a mark.
        scan.i += 1
        scan.p_start, scan.p_end = paras[scan.i]
        scan.pos = scan.p_start + len(MARKS.match(body, scan.p_start).group())
        scan.span_paras, scan.nested = scan.span_paras + 1, 0
        return True
    if not _closed_paragraphs_after(scan):
        _ends_with_its_paragraph(scan)
    return False


def _closed_paragraphs_after(scan: _Scan) -> bool:
    body, paras, i = scan.body, scan.paras, scan.i
    closing = _closed_paragraphs_later(body, paras, i) \
        if _after_colon(body, scan.opened - scan.open_len, paras, i) else None
    if closing is None and _runs_on(body, scan.p_start, scan.p_end):
        closing = _closed_by_frame_next(body, paras, i)
    if closing is None:
        return False
    # 'Sam Tan said: “... ¶ ... ¶ ... Government.”': a release's quotation of several paragraphs with one opening and
    # one closing mark
    k, end = closing
    scan.quotes.append(Quote(scan.opened, end, scan.span_paras + k - i, scan.open_len, len(body[end])))
    scan.i = k
    return True


def _ends_with_its_paragraph(scan: _Scan):
    # Never closed, but plainly a quotation ('said: "...', a paragraph opening with a mark, or run on over paragraphs
    # each opening with one to a page cut off inside the last, mid-sentence; not a run whose last paragraph the report
    # goes on in, unmarked): it runs to the end of its paragraph.
    body, p_start, p_end = scan.body, scan.p_start, scan.p_end
    cut_off = scan.span_paras > 1 and scan.i + 1 == len(scan.paras) and \
        not CLOSED_AT_END.search(body[p_start:p_end])
    if cut_off or _surely_opened(body, scan.opened - scan.open_len, p_start):
        end = len(body[:p_end].rstrip())
        if body[scan.opened:end].strip():
            scan.quotes.append(Quote(scan.opened, end, scan.span_paras, scan.open_len, 0))


# -- MARK_RULES: one quotation mark read (scan, mark, width, straight); GO_ON for the next rule ------------------------
def _opening_mark(scan, mark, width, straight):
    body, pos = scan.body, scan.pos
    if scan.opened is None and (mark in OPEN or mark == "``" or (straight and _opens(body, pos, width)) or
                                _glued_opening(body, pos, width)):
        scan.open_at(pos + width, width)
        return True
    return GO_ON


def _straight_mark_opening_paragraph(scan, mark, width, straight):
    if scan.opened is None and straight and _opens_paragraph(scan.body, scan.pos, width, scan.p_start):
        scan.open_at(scan.pos + width + 1, width + 1)     # the space is no content
        return True
    return GO_ON


def _closing_mark_of_a_lost_opening(scan, mark, width, straight):
    if scan.opened is None:
        if mark in CLOSE or straight:
            start = _opening_lost(scan.body, scan.pos, width, scan.p_start, scan.p_end, scan.quotes)
            if start is not None:
                scan.quotes.append(Quote(start, scan.pos, 1, 0, width))
        return True     # (nothing open, and the mark opens nothing)
    return GO_ON


def _left_mark_closing(scan, mark, width, straight):
    body, pos = scan.body, scan.pos
    if mark == "“" and body[pos - 1:pos] in (",", ".", "?", "!") and body[scan.opened:pos].strip() and \
            (pos + width >= scan.p_end or body[pos + width].isspace()):
        # '“For those who do not understand ..., they always think ...,“ he said.': a left mark set for the closing
        # one, glued to the words' last comma or stop (issue 8, seed round: Malaysian copy)
        scan.quotes.append(Quote(scan.opened, pos, scan.span_paras, scan.open_len, width))
        scan.close()
        return True
    return GO_ON


def _reopening_lost_paragraph(scan, mark, width, straight):
    if (mark in OPEN or straight or mark == "``") and _reopens(scan.body, scan.pos, width):
        return True     # '... Britain. "We want ...': the next paragraph of a quote, its break lost in scraping
    return GO_ON


def _new_frame_inside_open_quote(scan, mark, width, straight):
    if (mark in OPEN or straight) and (frame := _framed_after_unclosed(scan.body, scan.opened, scan.pos)) is not None:
        # 'said: "I've lost three years of my life, because I was a Muslim. He added: "The authorities ...': a new
        # frame with a colon inside an open quote: the old one ended, unclosed, at the stop before it
        scan.quotes.append(Quote(scan.opened, frame, scan.span_paras, scan.open_len, 0))
        scan.open_at(scan.pos + width, width)
        scan.span_paras = 1
        return True
    return GO_ON


def _reported_frame_inside_open_quote(scan, mark, width, straight):
    if (mark in OPEN or straight) and (frame := _reported_after_unclosed(scan.body, scan.opened, scan.pos, width)) \
            is not None:
        # 'said: "It would be ... to say, 'I'm very sorry'. He said that police should make sure ... legislation.
        # "My view is ..., " he said.' (politics/198): a sentence of reported speech framed by its own subject inside
        # an open quote, then a mark opening a sentence: the old quote ended, unclosed, at the stop before the frame
        scan.quotes.append(Quote(scan.opened, frame, scan.span_paras, scan.open_len, 0))
        scan.open_at(scan.pos + width, width)
        scan.span_paras = 1
        return True
    return GO_ON


def _straight_quote_nested(scan, mark, width, straight):
    if straight and _opens(scan.body, scan.pos, width) and scan.body[scan.pos - 1:scan.pos].isspace():
        scan.nested += 1    # '"When I was first elected ... the "Father of the House" ...': a quote inside
        return True
    return GO_ON


def _closing_mark(scan, mark, width, straight):
    if not (mark in CLOSE or straight):
        return GO_ON
    body, pos, opened = scan.body, scan.pos, scan.opened
    if scan.nested:
        scan.nested -= 1
        return True
    if pos > opened and body[opened:pos].strip() and not _nickname(body, opened - scan.open_len, pos + width):
        scan.quotes.append(Quote(opened, pos, scan.span_paras, scan.open_len, width))
    scan.close()
    return True


def _opening_mark_inside_open_quote(scan, mark, width, straight):
    body, pos = scan.body, scan.pos
    if (mark in OPEN or mark == "``") and body[scan.opened:pos].strip():
        if body[pos - 1:pos].isspace() and pos + width < scan.p_end and body[pos + width].isalnum():
            scan.nested += 1   # a curly quote inside a curly quote
        else:
            scan.open_at(pos + width, width)     # a new opening mark before the old one closed: the old one was stray
    return True


MARK_RULES = (_opening_mark, _straight_mark_opening_paragraph, _closing_mark_of_a_lost_opening,
              _left_mark_closing, _reported_frame_inside_open_quote, _reopening_lost_paragraph,
              _new_frame_inside_open_quote, _straight_quote_nested,
              _closing_mark, _opening_mark_inside_open_quote)


# Single marks in copy that quotes with them, set off by a comma or colon and closed after a sentence's end:
# "Hang says, 'As repeatedly asserted, Vietnam has ... in line with international law. All acts ... the COC.'" (only
# in a paragraph with no double marks; an apostrophe is never one: "Vietnam's", "the Philippines' runways").
SINGLE_QUOTE = re.compile(r"(?<=[,:] )['‘]([A-Z](?:(?![.!?,]['’](?:\s|$)).)*?[.!?,])['’](?=\s|$)")


# ... and one opening the paragraph, framed right after its closing mark: a CBC standfirst's "'This is the most
# difficult thing that I've ever done in my life,' Kinew says day after election victory".
SINGLE_QUOTE_OPENING = re.compile(r"['‘]([A-Z](?:(?![.!?,]['’](?:\s|$)).)*?[.!?,])['’](?=\s)")


def _single_quotes(body: str, p_start: int, p_end: int) -> list:
    found = [Quote(m.start(1), m.end(1), 1, 1, 1) for m in SINGLE_QUOTE.finditer(body[:p_end], p_start)]
    m = SINGLE_QUOTE_OPENING.match(body[:p_end], p_start)
    if m is not None and not found and _FRAME_AFTER.match(body[:p_end], m.end()):
        found.append(Quote(m.start(1), m.end(1), 1, 1, 1))
    return found


# A sentence end inside a paragraph, and a verb of speech framing what the paragraph quoted before.
_SENTENCE_END = re.compile(r"[.!?][”\"’']*\s+(?=[A-Z])")
_SPEECH_BEFORE = re.compile(r"\b(?:said|says|added|adds|told|insisted|stressed|noted|explained|argued)\b")


def _opening_lost(body: str, pos: int, width: int, p_start: int, p_end: int, quotes: list) -> int | None:
    """Where a quotation closed by a mark never opened begins, when it is a whole sentence after a framed statement in
    its paragraph ('“The idea ... is utter nonsense,” he said. They are at every NSC meeting and are welcome to attend
    the principal meetings as well.”': the opening mark lost in copy-editing; the floating quote is the speaker's).
    None for any other closing mark without an opening one, and when the sentence before closes a quotation itself
    ('said, “... not a confirmed fact.” Finding out the facts is the first priority.”': the marks are mispaired)."""
    if body[pos - 1:pos] not in (".", "!", "?") or (pos + width < p_end and not body[pos + width].isspace()):
        return None
    ends = list(_SENTENCE_END.finditer(body, p_start, pos - 1))
    if not ends:
        return None
    start = ends[-1].end()
    if MARKS.search(body, start, pos) or (quotes and quotes[-1].after > start) or MARKS.search(ends[-1].group()) or \
            not _SPEECH_BEFORE.search(body, ends[-2].end() if len(ends) > 1 else p_start, start):
        return None
    return start


def _glued_opening(body: str, pos: int, width: int) -> bool:
    """A closing-shaped curly mark glued between a sentence's end and a capital, with no quotation open: an opening
    mark typed the wrong way ('... as “situation is still evolving”.”As far as India is concerned, ...,” said
    Randhir Jaiswal'); so is one after a colon ('Another reportedly said: ”Bird flu in the year of the rooster ...'),
    and one opening a paragraph ('”Our policy is clear. ... within Asean. ¶ “Our position is that ...,” Anwar said.';
    Selangor Journal, set AT 011), or a sentence after a space ('... pressing India’s point of view in that regard.
    ”We are also increasingly anxious about ...,” he added.'; The Statesman, set BO 007: copy that opens every
    quotation with the right mark)."""
    return body[pos] == "”" and body[pos + width:pos + width + 1].isupper() and \
        (body[pos - 1:pos] in (".", "!", "?") or body[max(0, pos - 2):pos] in (": ", ". ", "! ", "? ") or
         pos == 0 or body[pos - 1] == "\n")


def _runs_on(body: str, p_start: int, p_end: int) -> bool:
    """Is the paragraph a quotation's whole paragraph, opened by a mark and ended by a full stop with none closing it
    (the convention of a quotation running on: '“Like when I announce here ... (by the Cabinet).' / '“But details
    ...' / '“Such as ..., PDRM can issue statements for more details,” he said')? Then the next paragraph continues
    it, even when it closes with a frame of its own."""
    opening = MARKS.match(body, p_start)
    return opening is not None and body[:p_end].rstrip()[-1:] in (".", "?", "!", "…") and \
        not MARKS.search(body, opening.end(), p_end)


# (a determiner may bring a lower-case title: "'In general, I am satisfied with all the ministers ...,' the premier
# said": Montreal Gazette, quotes15)
_FRAME_AFTER = re.compile(r"\s*,?\s*(?:(?:[A-Z][\w.'’-]*|he|she|they|(?:the|a|an|his|her|its)(?:\s+[a-z][\w’'-]*){0,2})"
                          r"\s+){0,5}?"
                          r"(?:said|says|say|added|adds|told|tells|asked|continued|explained|insisted|"
                          r"argued|noted|wrote|replied|warned)\b")


def _framed_quote_at(body: str, start: int, end: int) -> bool:
    """Does the paragraph at start open with a quote of its own, closed and framed ('“...,” Sexton said')?"""
    m = re.match(r"(?:[“\"]|'')([^”\"]*?)(?:[”\"]|'')", body[start:end])
    if not m or not (m.group(1).rstrip().endswith((",", "?", "!")) or body[start + m.end():].startswith(",")):
        return False     # '"That is not what politicians should do." Mr Brown insisted ...' is not a frame
    return bool(_FRAME_AFTER.match(body, start + m.end(), end))


# A nickname inside a name: 'President Ferdinand "Bongbong" Marcos Jr.', 'Rodrigo “Rody” Duterte'.
_NAME_BEFORE = re.compile(r"(?<![.!?:;,]\s)(?<!^)\b[A-Z][\w.'’-]*\s$")
_NICKNAME = re.compile(r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)?")
_NAME_AFTER = re.compile(r"\s(?:(?:%s)\s)?[A-Z][\w'’-]*\b" % "|".join(sorted(words("name_particles"))))   # "“Bato” dela Rosa"


def _nickname(body: str, open_mark: int, after: int) -> bool:
    """Is the quotation at open_mark..after one or two capitalised words between two words of a name?"""
    inner = body[open_mark + 1:after - 1].strip("'`")
    return bool(_NICKNAME.fullmatch(inner) and _NAME_BEFORE.search(body, max(0, open_mark - 40), open_mark)
                and _NAME_AFTER.match(body, after))


CLOSING_AT_END = re.compile(r"[.!?…][”\"]\s*$")


def _after_colon(body: str, mark: int, paras: list, i: int) -> bool:
    """Does a colon introduce the quotation opened at mark, in its paragraph or at the end of the one before?"""
    before = body[paras[i][0]:mark].rstrip()
    if not before and i:
        before = body[paras[i - 1][0]:paras[i - 1][1]].rstrip()
    return before.endswith(":")


def _closed_paragraphs_later(body: str, paras: list, i: int, most: int = 6):
    """(paragraph index, closing mark) of the paragraph after paras[i] that closes its open quotation: the first with
    a quotation mark, when that mark is its only one and closes its last sentence; None otherwise."""
    for k in range(i + 1, min(i + 1 + most, len(paras))):
        a, b = paras[k]
        marks = list(MARKS.finditer(body, a, b))
        if not marks:
            continue
        end = CLOSING_AT_END.search(body, a, b)
        if len(marks) == 1 and end and marks[0].start() == end.start() + 1:
            return k, marks[0].start()
        return None
    return None


def _closed_by_frame_next(body: str, paras: list, i: int):
    """(paragraph index, closing mark) of the next paragraph when its only mark closes the quotation run on from
    paras[i] and a frame follows it, though it opens with no mark of its own ('"The security situation ... is facing
    various challenges. ¶ Under such circumstances, ... I think that today's consultations were also constructive
    and useful," Kono told reporters after the talks.'); None otherwise."""
    if i + 1 >= len(paras):
        return None
    a, b = paras[i + 1]
    marks = list(MARKS.finditer(body, a, b))
    if len(marks) != 1 or marks[0].group() not in ("”", STRAIGHT) or body[marks[0].start() - 1] not in ",?!" or \
            not _FRAME_AFTER.match(body, marks[0].end(), b):
        return None
    return i + 1, marks[0].start()


# A paragraph closed by a stop, a closing mark or a bracket: not a page cut off mid-sentence (find_quotes).
CLOSED_AT_END = re.compile(r"[.!?…\"”’')\]]\s*$")
STOP_BEFORE = re.compile(r"[.!?][\"”]?$")
SPACE_THEN_CAPITAL = re.compile(r" [A-Z]")


def _surely_opened(body: str, mark: int, p_start: int) -> bool:
    # (after a sentence, or after a quotation closed with its stop: 'Mr Kemp said: "... not 1 January." "Let us never
    # forget ... "With Labour Britain is working. ... to the country.' at the story's end; bbc-news/politics/367, bbc17)
    before = body[p_start:mark].rstrip()
    return mark == p_start or before.endswith(":") or STOP_BEFORE.search(before) is not None


def _reopens(body: str, pos: int, width: int = 1) -> bool:
    """An opening mark right after a sentence end inside an open quote: the quote runs on."""
    return pos >= 2 and body[pos - 1] == " " and body[pos - 2] in ".?!" and pos + width < len(body) \
        and body[pos + width].isalnum()


# A sentence that is nothing but a frame ending in a colon: ". He added: ", ". In a statement, it said: "
_COLON_FRAME = re.compile(r"(?<=[.!?])\s+(?:(?:In|On)\s+[^.!?\"“”:]{1,40},\s+)?(?:He|She|It|They|[A-Z][a-z]+\s+[A-Z][\w’'-]+)"
                          r"\s+(?:said|says|added|adds|continued|went\s+on|told\s+[^.!?\"“”:]{1,40}?)\s*:\s*$")


def _framed_after_unclosed(body: str, opened: int, pos: int) -> int | None:
    """The end (after its stop) of an open quote's last sentence when the mark at pos opens a new quotation framed
    by a sentence of its own ('... a Muslim. He added: "The ...'): the open quote was never closed."""
    m = _COLON_FRAME.search(body, max(opened, pos - 80), pos)
    if m is None or m.start() <= opened or not body[opened:m.start()].strip():
        return None
    return m.start()


# A sentence of reported speech framed by its own subject and "that": '. He said that police should ...' (not '. He said
# to me, 'go'.' inside Thierry Henry's quote, sport/248: the speaker's own report of another's words)
_REPORTED_FRAME = re.compile(r"(?:(?<=[.!?])|(?<=[.!?]['’]))\s+(?:He|She|They|(?:Mr|Mrs|Ms|Dr)\s+[A-Z][\w’'-]+)"
                             r"\s+(?:said|added|argued|insisted|warned)\s+that\s+[a-z]")


def _reported_after_unclosed(body: str, opened: int, pos: int, width: int) -> int | None:
    """The end (after its stop) of an open quote's last quoted sentence when the mark at pos opens a sentence (a
    stop and a space before it, a capital after it) and a sentence of reported speech with its own frame came between
    ('... 'I'm very sorry'. He said that police should ... legislation. "My view ...'): the open quote was never
    closed. None when no such sentence came, or another mark stands between it and pos."""
    if body[pos - 1:pos] != " " or body[pos - 2:pos - 1] not in (".", "!", "?") or \
            not body[pos + width:pos + width + 1].isupper():
        return None
    m = None
    for m in _REPORTED_FRAME.finditer(body, opened, pos):
        pass
    if m is None or not body[opened:m.start()].strip() or MARKS.search(body, m.start(), pos):
        return None
    return m.start()


def _opens_paragraph(body: str, pos: int, width: int, p_start: int) -> bool:
    """A mark opening its paragraph, typed with a space after it: "'' China urges the Philippines ...,'' he added";
    or a sentence after a stop ('... a Labour MP. " I'm truly sorry, ...': BBC News, 2009)."""
    return (pos == p_start or pos - 2 >= p_start and body[pos - 2] in ".!?" and body[pos - 1] == " ") and \
        SPACE_THEN_CAPITAL.match(body, pos + width, pos + width + 2) is not None


def _opens(body: str, pos: int, width: int = 1) -> bool:
    """A straight mark opens a quote when it does not follow a letter directly (not inch marks like 5")."""
    prev = body[pos - 1] if pos > 0 else " "
    nxt = body[pos + width] if pos + width < len(body) else " "
    return not (prev.isalnum() and (nxt.isspace() or nxt in ".,;:")) and not nxt.isspace()


def inside_wording(text, q, sentence_start: int) -> bool:
    """Are the quoted words part of the sentence's wording, between a word before the opening mark and a word after
    the closing one, with no punctuation on either side ('criticised "extravagant" Tory promises')? Then the words
    after the quotation are no frame of it."""
    body = text.body
    lead = body[text.quote_end_before(sentence_start, q.open_mark):q.open_mark]
    return bool(re.search(r"[A-Za-z]\s+$", lead)) and body[q.end - 1:q.end] not in ",.;:!?" and \
        re.match(r"\s+[A-Za-z]", body[q.after:q.after + 3]) is not None
