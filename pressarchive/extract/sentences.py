"""Sentence and paragraph spans with character offsets into the body.

News copy needs abbreviation-aware splitting (Mr., U.S., Jan., St.) and never splits across a paragraph."""
import re

from ..lexicon import words

ABBREVIATIONS = set(words("abbreviations"))
# Dotted abbreviations of provinces and states ("B.C.", "N.S."): a modifier of the name after them ("B.C. Wildfire
# Service", "B.C. Emergency Management Minister Bowinn Ma", "a spokesperson for B.C. Hydro") ends no sentence; set
# off after a town ("in Wells, B.C.") or a preposition of place ("moved to B.C.") it may (quotes14).
_DOTTED_REGIONS = {w.lower().rstrip(".") for w in words("region_abbreviations") if "." in w}
# ... a company's, a name's or a country's ends one before a word no name goes on with ("... of Nevada, Inc. The
# purchase was made ...": Reuters)
_CLOSING_ABBREVIATIONS = set(words("abbreviations_closing"))
# A clock time's "a.m."/"p.m." ends its sentence before a capitalised word no time goes on with: 'called to assist the
# victim ... at 4:33 p.m. Police say the victim, who was likely assaulted, was taken to hospital ...' (CTV News
# Vancouver; set BP 008). A zone, a weekday, a month or a place's "time" goes on with it ("3:57 p.m. EDT", "at 11 p.m.
# Tuesday", "7 p.m. Eastern Time", "9 a.m. Ottawa time").
_CLOCK_ABBREVIATIONS = {"a.m", "p.m"}
_TIME_GOES_ON = words("time_zones") | words("clock_time_zones") | words("time_zone_words") | words("weekdays") | \
    words("months") | words("name_stop_months") | {m[:3] for m in words("months")}
_NEXT_WORD = re.compile(r"[\"“‘'(\[«]?([A-Za-z]+)\.?(\s+time\b)?")
_OPENER_AFTER = re.compile(r"[\"“]?(?:%s)\b" % "|".join(w.capitalize() for w in words("sentence_opening_words")))
_AFTER_A_TOWN = re.compile(r"(?:[A-Z][\w'’.-]*,|\b(?:in|to|from|across|throughout|outside|into|around|within))\s*$")
PARAGRAPH = re.compile(r"\n\s*\n")
# A candidate boundary: end punctuation, optional closing quotes/brackets, space, then a sentence opener.
# (the opener may be a quotation opening on the reporter's bracket: 'director. "[It's] important to create ...', in
# square brackets or round ones: 'he said. “(Albertans are) upset; they’re really upset, actually.”', the Toronto Sun,
# set BT 004; or on a right mark typed for the left one, glued to its first word: 'in that regard. ”We are also
# increasingly anxious ...,” he added.', The Statesman, set BO 007; quotes._glued_opening)
BOUNDARY = re.compile(r"([.!?…]+)([\"”’')\]»]*)(\s+)(?=(?:''|``|[\"“”‘'(\[«])?[\[(]?[A-Z0-9])")
# A boundary whose space the page lost ("..., he said.Asked about ...", "nations!”Former"): a word of two or more
# letters, not part of a URL, file or code ("www.White", "document.Form1"), then a capitalised word that ends there.
GLUED = re.compile(r"([.!?])([”’]?)()(?=[“‘]?(?:[A-Z][A-Z]?[a-z][A-Za-z]*(?![\w./@(])|[A-Z]{2,5}(?=\s+[A-Za-z])))")
# ... an acronym opening the next one ("to pass along to consumers.CEO and President of Berries Market, ..."), or a
# quotation right after a photo credit's closing bracket ("(Bryan Bicknell / CTV News)“Which is unbelievable ...")
# (quotes12)
GLUED_CREDIT = re.compile(r"(?<=[A-Za-z])(\))()()(?=[“\"][A-Z])")
# ... or after a straight closing mark ('... collective punishment."Philippe Lazzarini, the head of UNRWA, ...': a
# paragraph break the scrape lost; Islam Times, set BR 001): the mark closes a quotation when an odd number of straight
# marks stands before it in the paragraph (an even number: it opens the next sentence, '... since November 4."People
# are arriving ...', and no boundary is read there).
GLUED_STRAIGHT_CLOSE = re.compile(r'([.!?])(")()(?=[A-Z][a-z]+\b)')
_GLUED_WORD = re.compile(r"(?:^|[\s(\[\"“‘'])(?!www$)(?:[a-z]{2,}|[A-Z][a-z]+)$")


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
# Capital initials with their dots ("U.S.A.", "N.Z.", "U.A.E."): never a word ending a sentence by itself.
_DOTTED_INITIALISM = re.compile(r"(?:[A-Z]\.){1,3}[A-Z]\.?")


def is_abbreviation(text: str, dot: int) -> bool:
    """Is the '.' at text[dot] the end of an abbreviation or an initial?"""
    base = max(0, dot - 24)
    m = _WORD_BEFORE.search(text[base:dot])
    if not m:
        return False
    word = m.group(1).lower().rstrip(".")
    if word in ABBREVIATIONS:
        return True
    if word in _DOTTED_REGIONS:
        start = base + m.start(1)
        return not _AFTER_A_TOWN.search(text, max(0, start - 40), start)
    if _DOTTED_INITIALISM.fullmatch(m.group(1)):
        return True     # a country's or a body's initials ("1.03 billion N.Z. Dlrs", "Intergold U.S.A. Inc")
    return len(word) == 1 and word.isalpha() and text[dot - 1].isupper()   # an initial: "John F. Kennedy"


def _closing_abbreviation(text: str, m) -> bool:
    """Does the abbreviation before this boundary close its sentence: a company's, name's or country's suffix or
    initials, the next sentence opening with a determiner or pronoun?"""
    word = _WORD_BEFORE.search(text, max(0, m.start(1) - 24), m.start(1))
    return word is not None and (word.group(1).lower().rstrip(".") in _CLOSING_ABBREVIATIONS or
                                 _DOTTED_INITIALISM.fullmatch(word.group(1) + ".") is not None) and \
        _OPENER_AFTER.match(text, m.end(3)) is not None


def _clock_time_closes(text: str, m) -> bool:
    """Does the "a.m."/"p.m." before this boundary close its sentence, the word after it no zone, day or month?"""
    word = _WORD_BEFORE.search(text, max(0, m.start(1) - 24), m.start(1))
    if word is None or word.group(1).lower().rstrip(".") not in _CLOCK_ABBREVIATIONS:
        return False
    after = _NEXT_WORD.match(text, m.end(3))
    return after is not None and after.group(1).lower() not in _TIME_GOES_ON and not after.group(2)


def _boundaries(text: str):
    """The candidate boundaries of a paragraph in text order: groups 1 (end punctuation), 2 (closing marks) and 3
    (the space, empty where the page glued the sentences)."""
    found = list(BOUNDARY.finditer(text))
    if "." in text or "!" in text or "?" in text:
        found.extend(m for m in GLUED.finditer(text) if text[m.start() - 2:m.start()].islower() and
                     _GLUED_WORD.search(text, max(0, m.start() - 40), m.start()))
        if '"' in text:
            found.extend(m for m in GLUED_STRAIGHT_CLOSE.finditer(text) if text.count('"', 0, m.start(2)) % 2 and
                         _GLUED_WORD.search(text, max(0, m.start() - 40), m.start()))
        found.sort(key=lambda m: m.start(1))
    if ")" in text:
        found.extend(GLUED_CREDIT.finditer(text))
        found.sort(key=lambda m: m.start(1))
    return found


def sentences(body: str):
    """(start, end) of each sentence, trailing white space excluded."""
    out = []
    for p_start, p_end in paragraphs(body):
        text = body[p_start:p_end]
        start = 0
        for m in _boundaries(text):
            if m.group(1) == "." and is_abbreviation(text, m.start(1)) and not _closing_abbreviation(text, m) and \
                    not _clock_time_closes(text, m):
                continue
            end = m.end(2)
            if text[start:end].strip():
                out.append((p_start + start, p_start + end))
            start = m.end(3)
        if text[start:].strip():
            end = len(text.rstrip())
            out.append((p_start + start, p_start + end))
    return out
