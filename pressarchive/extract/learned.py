"""The learned attribution tagger: a linear-chain CRF (python-crfsuite) that labels the words of a sentence
as Cue, Content or Source of a statement, trained on PolNeAR by pressarchive/train.py (`make train`).

Only sentences with a speech cue are tagged: a word of the reporting-verb lexicon (lexicon.CUE_FORMS) or
"according to". Labels are BIO over three roles (B-CUE, I-CUE, B-CON, I-CON, B-SRC, I-SRC, O). Tokens keep
their character offsets into the text, so spans map straight back to the body.

frames() turns the labels into (content, cue, source) spans: each content span goes with the closest cue of
its sentence and that cue with its closest source. attributions() makes them Attributions whose source
noun phrase is parsed by mentions.parse_np (an unnamed, vague source gives no statement).
"""
import bisect
import re
from pathlib import Path

from ..models import Attribution, Mention
from .filters import scored
from .lexicon import ADVERBIAL_PREPOSITIONS, CUE_PAST_PRESENT, PRONOUNS, QUOTE_FRAME_FORMS, SCORE_ADDED
from .lexicon import MODEL_CUE_FORMS as CUE_FORMS     # (the rules' own cues left out: lexicon rules_only_verbs)
from .mentions import parse_np, tokens as np_tokens
from .spans import NOTHING_TOLD, TIME_RELATION_LEAD, TOLD_ON_A_CALL, frame_lead_end
from .sentences import sentences
from ..lexicon import words
from ..speaker_names import is_name_word

DOCUMENT_HEADS = frozenset(words("document_heads"))     # a document's head noun: "the report", "the book"

MODEL_PATH = Path(__file__).resolve().parent.parent.parent / "data" / "models" / "attribution.crfsuite"
TOKEN = re.compile(r"\w+(?:['’.\-]\w+)*|[^\w\s]")
QUOTES = {'"', "“", "”", "‘", "’", "'", "«", "»"}
OPENING = {"“", "‘", "«"}
CLOSING = {"”", "’", "»"}
SENTENCE_END = {".", "!", "?"}
RELATIVE = {"who", "which", "that"}
MAX_TOKENS = 400   # a sentence longer than this (a wall of text) is tagged in windows of this many tokens


def tokenize(text: str, start: int, end: int):
    """[(token, start, end)] of text[start:end], offsets into text."""
    return [(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]


def cue_positions(toks):
    """Offsets of the speech cue words in a token list (a reporting verb, "according to")."""
    out = []
    for k, (t, s, _) in enumerate(toks):
        low = t.lower()
        if low in CUE_FORMS or (low == "according" and k + 1 < len(toks) and toks[k + 1][0].lower() == "to"):
            out.append(s)
    return out


def _shape(t: str) -> str:
    if t in QUOTES:
        return "Q"
    if t[0].isupper():
        return "X." if "." in t else ("XX" if t.isupper() and len(t) > 1 else "Xx")
    if t[0].isdigit():
        return "d"
    if t[0].isalpha() or t[0] == "_":
        return "x"
    return t


def _bucket(d: int) -> str:
    if d < 0:
        return "none"
    return str(d) if d <= 3 else ("4-6" if d <= 6 else ("7-12" if d <= 12 else "far"))


_WORDS: dict = {}    # token -> (lowercase, shape, its own features, its features as a neighbour by offset)
_CUE_LEFT = {d: "cL=" + _bucket(d) for d in range(-1, 14)}
_CUE_RIGHT = {d: "cR=" + _bucket(d) for d in range(-1, 14)}


def _word(t: str):
    info = _WORDS.get(t)
    if info is None:
        if len(_WORDS) > 30_000:     # ~1 kB each: the common words of news, memory kept flat
            _WORDS.clear()
        w = t.lower()
        shape = _shape(t)
        own = ["b", "w=" + w, "s=" + shape, "x3=" + w[-3:]]
        if w in CUE_FORMS:
            own.append("cue=" + CUE_FORMS[w])
        if w in PRONOUNS:
            own.append("pron")
        around = {d: f"w{d}=" + w for d in (-2, -1, 1, 2)}
        around["s-1"], around["s1"] = "s-1=" + shape, "s1=" + shape
        info = _WORDS[t] = (w, shape, own, around)
    return info


def features(toks):
    """One list of string features per token: the word, its shape and suffix, the words around it, whether it
    is a reporting verb or a pronoun, how far the nearest reporting verb is on each side, inside quotes."""
    info = [_word(t) for t, _, _ in toks]
    low = [i[0] for i in info]
    n = len(toks)
    cue = [w in CUE_FORMS for w in low]
    left, last = [13] * n, None
    for k in range(n):
        left[k] = -1 if last is None else min(k - last, 13)
        if cue[k]:
            last = k
    right, nxt = [13] * n, None
    for k in range(n - 1, -1, -1):
        right[k] = -1 if nxt is None else min(nxt - k, 13)
        if cue[k]:
            nxt = k
    out = []
    depth, straight = 0, False
    for k in range(n):
        w = low[k]
        # Inside a quotation: curly marks open and close; straight marks toggle.
        if w in OPENING:
            depth += 1
        elif w in CLOSING and depth:
            depth -= 1
        elif w == '"':
            straight = not straight
        f = info[k][2] + [_CUE_LEFT[left[k]], _CUE_RIGHT[right[k]]]
        if depth or straight:
            f.append("inq")
        if k == 0 or low[k - 1] in SENTENCE_END:
            f.append("bos")
        if k >= 2:
            f.append(info[k - 2][3][-2])
        else:
            f.append("w-2=<>")
        if k >= 1:
            f += (info[k - 1][3][-1], info[k - 1][3]["s-1"])
        else:
            f.append("w-1=<>")
        if k + 1 < n:
            f += (info[k + 1][3][1], info[k + 1][3]["s1"])
        else:
            f.append("w1=<>")
        if k + 2 < n:
            f.append(info[k + 2][3][2])
        else:
            f.append("w2=<>")
        out.append(f)
    return out


def labelled_units(text: str, sents=None, handled=(), cue_starts=None):
    """The units the tagger sees: the tokens of each sentence with a speech cue (sentences as
    extract/sentences.py splits them; pass them when already split). With `handled` (sorted (start, end)
    spans), a sentence whose cues all fall inside them is left out. `cue_starts` (sorted offsets of the
    reporting verbs, as the rules' layout finds them) lets the sentences without one be skipped untokenized."""
    for s, e in (sentences(text) if sents is None else sents):
        if cue_starts is not None:
            k = bisect.bisect_left(cue_starts, s)
            open_cues = [c for c in cue_starts[k:bisect.bisect_left(cue_starts, e, k)]
                         if not (handled and _inside(c, handled)) and not _not_a_statement(text, c)]
            if not open_cues:
                continue
        toks = tokenize(text, s, e)
        cues = cue_positions(toks)
        if not cues or (handled and all(_inside(c, handled) for c in cues)):
            continue
        for k in range(0, len(toks), MAX_TOKENS):
            yield toks[k:k + MAX_TOKENS]


NOUN_BEFORE = re.compile(r"\b(?:the|a|an|his|her|their|its|our|my|your|this|these|those|whose|no|any|some|"
                         r"such|of|[\w]+['’]s)\s+$", re.I)


WORD_BEFORE = re.compile(r"(\w+|n't)\s+$")


def _not_a_statement(text: str, pos: int) -> bool:
    """A cue word used as a noun ("the claims", "his comments", "Labour's pledge") or after a word that makes
    it no statement ("would say", "did not comment", "will announce"): its sentence need not be tagged."""
    if NOUN_BEFORE.search(text, max(0, pos - 24), pos):
        return True
    m = WORD_BEFORE.search(text, max(0, pos - 16), pos)
    return m is not None and m.group(1).lower() in NOT_SAID or \
        INABILITY_BEFORE.search(text, max(0, pos - 24), pos) is not None


# "after he was unable to say how much Labour’s plans ... would cost Britain" (Daily Mail; bbc23): nothing said
INABILITY_BEFORE = re.compile(r"\b(?:unable|failed|refused|declined|struggled)\s+to\s+$", re.I)
INABILITY_IN = re.compile(r"\b(?:unable|failed|refused|declined|struggled)\s+to\b")


def _inside(pos, spans) -> bool:
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return any(spans[j][0] <= pos < spans[j][1] for j in range(max(0, k - 3), k + 1))


_TAGGER = None


def tagger():
    """The shipped model, loaded once per process."""
    global _TAGGER
    if _TAGGER is None:
        import pycrfsuite
        t = pycrfsuite.Tagger()
        t.open(str(MODEL_PATH))
        _TAGGER = t
    return _TAGGER


def spans(toks, labels):
    """[(role, start, end)] character spans from BIO labels (an I- after another role opens a span)."""
    out, cur = [], None
    for (t, s, e), lab in zip(toks, labels):
        if lab == "O":
            cur = None
            continue
        bio, role = lab.split("-", 1)
        if bio == "B" or cur is None or cur[0] != role:
            cur = [role, s, e]
            out.append(cur)
        else:
            cur[2] = e
    return [tuple(c) for c in out]


def frames(text: str, sents=None, handled=(), cue_starts=None):
    """[(content (s, e), cue (s, e), source (s, e) or None, unit number)] found by the model in text."""
    out = []
    tag = tagger()
    for unit, toks in enumerate(labelled_units(text, sents, handled, cue_starts)):
        found = spans(toks, tag.tag(features(toks)))
        cues = [(s, e) for r, s, e in found if r == "CUE"]
        sources = [(s, e) for r, s, e in found if r == "SRC"]
        if not cues:
            continue
        for r, s0, e0 in found:
            if r != "CON":
                continue
            for s, e, own_cue in _coordinated(text, s0, e0):
                cue = own_cue or min(cues, key=lambda c: (_crosses_sentence(text, c, (s, e)), _gap(c, (s, e))))
                src = min(sources, key=lambda x: _gap(x, cue)) if sources else None
                out.append(((s, e), cue, src, unit))
    return out


COORDINATED_CUE = re.compile(r",?\s+and\s+(?:also\s+)?([a-z]+)\s+")


def _coordinated(text: str, s: int, e: int):
    """A content span cut where a coordinated reporting verb of the speaker begins a frame of its own ('Trump has
    praised Putin as a strong leader and criticized Obama ...': two contents, the second with its own cue), as the
    rules cut theirs (spans.CONTENT_CUT). [(start, end, cue or None)]."""
    out, cue = [], None
    for m in COORDINATED_CUE.finditer(text, s, e):
        verb = m.group(1)
        if verb in CUE_PAST_PRESENT and m.end() < e and m.start() > s and not _in_quotes(text, s, m.start()):
            out.append((s, m.start(), cue))
            s, cue = m.end(), (m.start(1), m.end(1))
    out.append((s, e, cue))
    return out


def _in_quotes(text: str, s: int, pos: int) -> bool:
    """Is pos inside a quotation opened within the span (the speaker's own words, cut nowhere)?"""
    part = text[s:pos]
    return part.count("“") > part.count("”") or part.count('"') % 2 == 1


def _crosses_sentence(text, a, b) -> bool:
    return SENTENCE_BREAK.search(text, min(a[1], b[1]), max(a[0], b[0])) is not None


def _gap(a, b) -> int:
    return max(0, b[0] - a[1], a[0] - b[1])


def _trim_content(text: str, s: int, e: int):
    """Content without surrounding quotation marks, white space or a final comma; direct when quoted."""
    while s < e and (text[s].isspace() or text[s] in QUOTES):
        s += 1
    while e > s and (text[e - 1].isspace() or text[e - 1] in QUOTES or text[e - 1] in ",;:"):
        e -= 1
    before, after = text[max(0, s - 2):s], text[e:e + 2]
    direct = any(c in QUOTES for c in before + after)
    if not direct and text.startswith("that ", s):
        s += 5     # "emphasised that the State of Qatar ...": the clause, without its "that" (as trim_span)
    if not direct:
        s = frame_lead_end(text, s, e)     # "said this morning the budget is ...": the frame's day (as content_after)
    return s, e, direct


# The archive's conventions for a proposed frame (guidelines: said, not going to say or not saying).
NOT_SAID = {"not", "n't", "never", "will", "would", "be", "been", "may", "might", "could", "should", "can", "if",
            "avoided", "declined", "refused", "failed", "pleased",
            # ... as a participle too: "He also dodged a question about her future, refusing to say how long he believes
            # she will remain in No 10" (The Independent; set AS): a refusal, the question no one's words
            "refusing", "declining",
            # "Earlier this week she struggled to explain what she will do to the province’s Green Fund" (quotes15)
            "struggled",
            # what is yet to be said: "The British Foreign Office is going to announce the tightening of sanctions
            # ..., an informed source ... told TASS" (wire13), "is expected to announce", "is due to announce"
            "going", "expected", "due"}
SENTENCE_BREAK = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")


def asserted_cue(body, content, cue, direct) -> bool:
    """"didn't say", "will underscore", "may highlight", "has been criticized", "are said to", "avoided suggesting", "is pleased
    to announce" are not statements, nor a cue run across a comma ("were held for three years, accused of");
    "according to" is the rules' frame."""
    words = body[cue[0]:cue[1]].lower().replace("’", "'")     # ("she didn’t say": a curly apostrophe; quotes15)
    if "," in words or words.startswith("according") or PASSIVE_CUE.fullmatch(words.strip()) or \
            re.match(r"\s+by\s", body[cue[1]:cue[1] + 5]) or \
            INABILITY_BEFORE.search(body, max(0, cue[0] - 24), cue[0]) or INABILITY_IN.search(words):
        return False
    return not any(w in NOT_SAID for w in re.findall(r"n't|\w+", words.replace("n't", " n't")))


# "are said to have declared", "was told": a passive cue; whoever spoke is not its subject ("is warning" is active).
PASSIVE_CUE = re.compile(r"(?:is|are|was|were)\s+(?:[a-z]+ly\s+|also\s+|again\s+|later\s+|then\s+|never\s+)?"
                         r"(?:[a-z]+ed|said|told)(?:\s+(?:to|of))?")     # "was also asked whether ...", "was accused of"


def whole_content(body, content, cue, direct) -> bool:
    """At least three words, and not a name or a noun phrase alone."""
    return len(body[content[0]:content[1]].split()) >= 3


def same_sentence(body, content, cue, direct) -> bool:
    """Reported speech is in the cue's sentence; a quotation may follow in the next ('X said. "..."')."""
    gap = body[min(content[1], cue[1]):max(content[0], cue[0])]
    return len(gap) <= 80 and (direct or not SENTENCE_BREAK.search(gap))


def no_time_relation(body, content, cue, direct) -> bool:
    """Not 'a day after the release of ...' after 'said Friday,': when it was said, not what (spans.content_after)."""
    return direct or content[0] < cue[0] or not TIME_RELATION_LEAD.match(body, content[0])


def something_told(body, content, cue, direct) -> bool:
    """Not "Stannard revealed no details about the man, including his age ...": nothing said (quotes15); nor "told his
    Chinese counterpart Wang Yi in a phone talk on April 16, according to ...": whom and on what call, no words (the
    rules' spans.TOLD_ON_A_CALL; set AQ 007)."""
    if NOTHING_TOLD.match(body, cue[1]):
        return False
    if body[cue[0]:cue[1]].strip(" ,;:.").lower() == "told" and content[0] >= cue[1]:
        end = body.find(".", content[1])
        return not TOLD_ON_A_CALL.match(body[cue[1]:end if end >= 0 else len(body)])
    return True


# A participle right after a noun that a passive's agent ends: "She challenged a statement made by Lohr suggesting
# special powers are needed ..." is Lohr's statement, not hers (halifaxexaminer.ca; quotes23).
AGENT_BEFORE_PARTICIPLE = re.compile(r"\b(?:[a-z]+(?:ed|en)|made|sent|put)\s+by\s+[^,;:.!?\"“”]{1,60}\s$")


def no_agents_participle(body, content, cue, direct) -> bool:
    """Not a participle after "a statement made by X" (its words are X's)."""
    words = body[cue[0]:cue[1]]
    last = cue[0] + max(words.rfind(" "), 0) + 1     # (the cue may run from the verb before: "challenged a statement
    #                                                  made by Lohr suggesting")
    return not (words.endswith("ing") and AGENT_BEFORE_PARTICIPLE.search(body, max(0, last - 90), last))


# Between a clause and the participle of an absolute "with" phrase after it: "Still, there'll be 150 kW DC fast charging
# support, with Audi suggesting that the Sportback 55 should ...": the clause is the reporter's; Audi's words follow.
WITH_ABSOLUTE = re.compile(r"[\s,;”\"’]*with\s+[^,;:.!?\"“”]{1,60}?\s*")


def not_before_with_absolute(body, content, cue, direct) -> bool:
    """Not the clause before ", with X suggesting that ..." (zyte: an Audi e-tron review)."""
    return content[1] > cue[0] or not body[cue[0]:cue[1]].rstrip(" ,;:.").endswith("ing") or \
        WITH_ABSOLUTE.fullmatch(body, content[1], cue[0]) is None


def no_score_added(body, content, cue, direct) -> bool:
    """Not the sentence before ", Jones adding the conversion", nor "added the 5,000m crown" (bbc-news/sport): a score
    or a prize added in a match report. A clause said after "added" keeps its verb ("added the goal was ...")."""
    words = body[cue[0]:cue[1]].lower().split()
    if not words or CUE_FORMS.get(words[-1]) != "add" or SCORE_ADDED.match(body, cue[1]) is None:
        return True
    return content[0] >= cue[1] and not scored(body[content[0]:content[1]])


def speech_cue(body, content, cue, direct) -> bool:
    """Reported speech's cue holds a word of saying (or "according"): not "The Clinton campaign released an ad this week
    showing Trump making remarks ..." (polnear/dev, usa-today 2016-09-08: "showing Trump" tagged as a cue beside
    another). A quotation's cue need not: 'And Mr. Christie gloated: "I told you he wouldn't be ready."' (PolNeAR)."""
    # (a sentence is tagged only when one of its words is a cue form, cue_positions)
    return direct or any(w in CUE_FORMS or w in QUOTE_FRAME_FORMS or w == "according"
                         for w in re.findall(r"[a-z]+", body[cue[0]:cue[1]].lower()))


CHECKS = (speech_cue, asserted_cue, whole_content, same_sentence, no_time_relation, something_told, no_agents_participle,
          not_before_with_absolute, no_score_added)


OBJECT_OPENERS = {"the", "a", "an", "his", "her", "its", "their", "our", "this", "that", "these", "those"}


def subject_only(piece):
    """A source span over a whole clause ("First Lady Melania Trump previewed the 2026 White House Easter Egg Roll,
    announcing ..."): the words before its verb, a lower-case past form after a capitalised word and before its
    object (not "the embattled minister")."""
    for k in range(1, len(piece) - 1):
        word, following = piece[k][0], piece[k + 1][0]
        if word.islower() and word.endswith("ed") and (following.lower() in OBJECT_OPENERS or following[:1].isupper()) \
                and any(t[0][:1].isupper() for t in piece[:k]):
            return piece[:k]
    return piece


def source_mention(body: str, start: int, end: int):
    """The Mention of a source span, or None when it is vague or no noun phrase. A span with an apposition or
    a parenthesis ("Rep. Gwen Moore (D-Wis.)", "The state's campaign chairman, Phil Lovas,") is parsed piece
    by piece, a name preferred."""
    if body[start:end].lower() in RELATIVE:   # "Mr. Kaine, who said ...": the noun phrase before the comma
        lo = max(0, start - 120)
        toks = np_tokens(body[lo:start], lo)
        while toks and toks[-1][0] in {",", "—", "–"}:
            toks.pop()
        cut = max((k + 1 for k, t in enumerate(toks) if t[0] in {",", ".", ";", ":", "(", ")", "—", "–"}), default=0)
        toks = toks[cut:]
        found = parse_np(toks) if toks else None
        return found if isinstance(found, Mention) else None   # not VAGUE_SOURCE nor NOT_A_SOURCE
    toks = np_tokens(body[start:end], start)
    pieces, cur = [], []
    for t in toks:
        if t[0] in {",", "(", ")", ";", "—", "–"}:
            if cur:
                pieces.append(cur)
            cur = []
        else:
            cur.append(t)
    if cur:
        pieces.append(cur)
    if len(pieces) > 1 and pieces[0][-1][0].lower() in DOCUMENT_HEADS:
        if pieces[0][0][0].lower() not in ADVERBIAL_PREPOSITIONS:
            return None     # "The book, Brown's Britain, said ...": a document and its title, no one speaking (bbc15)
        pieces = pieces[:1] + pieces[2:]     # "In his new book, Lawless World, Philippe Sands ... suggests": the author
    # "On Transgender Day of Visibility, the United States": an adverbial piece names nobody.
    pieces = [subject_only(p) for p in pieces if p[0][0].lower() not in ADVERBIAL_PREPOSITIONS]
    found = [m for m in (parse_np(p) for p in pieces[:4]) if isinstance(m, Mention)]
    return next((m for m in found if m.kind == "name"), found[0] if found else None)


# Unnamed people somewhere, the source's place closing their description: "Some in and around X's riding, Quispamsis"
SOME_SOMEWHERE = re.compile(r"(?:^|(?<=[.!?\n]\s)|(?<=\n))(?:%s)\s+(?:%s)\b[^.;:!?\n]*$"
                            % ("|".join(w.title() for w in sorted(words("vague_quantifiers"))),
                               "|".join(sorted(words("place_prepositions")))))
# A share of a group before the source: "a significant number of |Democrats said", "some |Republicans" (PolNeAR): a part
# of the group speaks, no one named (mentions.share_of_group, as the rules read it).
SHARE_OF_GROUP_BEFORE = re.compile(r"(?:\b(?:%s)\s+){1,4}of\s+(?:the\s+)?$|\b(?:%s)\s+$"
                                   % ("|".join(sorted(words("share_words") - {"%", "a", "the", "at"}, key=len, reverse=True)),
                                      "|".join(sorted(words("group_shares")))), re.I)
# A passive's agent set off after the subject: "The group, |led by committee chairman Patrick Leahy".
AGENT_OPENING = re.compile(r",\s+(?:led|headed|chaired|founded|run|owned|backed|organi[sz]ed|sponsored)\s+by\s")


def _agent_of_subject(body: str, src, mention) -> bool:
    """Is the source mention inside a passive's agent phrase set off after the subject it describes?"""
    opening = AGENT_OPENING.search(body, src[0], mention.end)
    if opening is None:
        return False
    # (the mention opens with the phrase, or lies inside it, no comma between)
    return mention.start <= opening.end() or not re.search(r"[,;]", body[opening.end():mention.start])
# A source that "neither ... nor" denies: "Neither the RCMP nor IIO has suggested ..."
NEGATED_SOURCE = re.compile(r"\b[Nn]either\s+[^.;:!?]{0,80}\bnor\b[^.;:!?]*$")


# A source span that opens inside a longer capitalised name, after its "and", "of" or "&": "A report from the
# Department of Science and |Technology said ..." (set U's "the National Disaster Risk Reduction and |Management
# Council"), "the National Academies of Sciences, Engineering and |Medicine noted": the tail of a name, never the
# speaker; the rules read the whole noun phrase (here a document's words). Not a list of speakers ("Ford, GM and
# |Stellantis announce"), a new noun phrase ("moved to Brisbane and |the company said"), a person's name ("training in
# Holland and |Ferguson said") or a name after a possessive ("Management and |Budget’s Office of Federal Procurement
# Policy announced").
NAME_GOES_ON_BEFORE = re.compile(r"(,\s+)?\b[A-Z][\w.'’-]*\s+(?:and|of|&)\s+$")
SPAN_WORD = re.compile(r"[A-Za-z][\w'’.-]*")


def inside_longer_name(body: str, src) -> bool:
    """Does the source span open right after a capitalised word and the "and", "of" or "&" of a longer name?"""
    before = NAME_GOES_ON_BEFORE.search(body, max(0, src[0] - 60), src[0])
    span = body[src[0]:src[1]]
    if before is None or before.group(1) or not span[:1].isupper():
        return False
    last = SPAN_WORD.findall(span)[-1:]
    return bool(last) and "'s" not in span and "’s" not in span and not is_name_word(last[0])


# The sentence before a source: from the last sentence end or line break.
SENTENCE_OPENING = re.compile(r"(?:^|[.!?][\"”’]?\s+|\n)(?=[^\n]*$)")


def object_before_participle(body: str, src, cue) -> bool:
    """Is the source the last noun phrase of a clause that opened before it, the participle right after it ("Several
    hundred fishermen protested Thursday outside the constituency office of Fisheries and Oceans Minister Bernadette
    Jordan — demanding her department stop ...", CBC N.S.; set T)? The participle's subject is the clause's (the
    fishermen, unnamed), not the name closing its adjunct. Not a source opening its sentence or a clause after a comma
    ("On Monday, Smith, saying ..."), nor one after a speech verb ('"...," said Smith, adding ...')."""
    if not body[cue[0]:cue[1]].strip(" ,;:.").endswith("ing") or \
            not re.fullmatch(r"[\s,—–-]*", body[src[1]:cue[0]]) or not re.search(r"[,—–-]", body[src[1] - 1:cue[0]]):
        return False     # (a comma or a dash between: not "the spectacle of Mr. Netanyahu denouncing ...")
    lo = max(0, src[0] - 300)
    opening = SENTENCE_OPENING.search(body, lo, src[0])
    before = body[opening.end() if opening else lo:src[0]].strip()
    if re.search(r"\bby(?:\s+the)?$", before):
        return False     # a passive's agent: "An official complaint has been made ... by the Board of Deputies of
        #                  British Jews, demanding an investigation ..." (bbc-news/politics/154)
    if not before or before[-1] in ",;:(" or re.search(r"(?:^|\s[a-z][\w’'-]*\s)(?:and|but|or|while|as)$", before):
        return False     # (a conjunction opening a clause; not "and" inside a name: "Fisheries and Oceans")
    return not any(w.lower() in CUE_FORMS for w in re.findall(r"[\w’']+", before))


def attributions(body: str, sents=None, handled=(), cue_starts=None) -> list[Attribution]:
    """The model's statements in body: content, cue and a source mention the rules can resolve.
    Sentences whose cues are all inside `handled` spans (the sentences of the rules' statements) are skipped."""
    out = []
    last = (None, None)   # (unit, mention) of the last frame with a source
    for (cs, ce), (qs, qe), src, unit in frames(body, sents, handled, cue_starts):
        if src is not None:
            mention = source_mention(body, *src)
            if NEGATED_SOURCE.search(body, max(0, src[0] - 100), src[1]):
                mention = None     # "Neither the RCMP nor IIO has suggested Brooks pulled the trigger": nobody said it
            if object_before_participle(body, src, (qs, qe)):
                mention = None     # "... outside the constituency office of Fisheries and Oceans Minister Bernadette
                #                    Jordan — demanding ...": the clause's subject demands it, not the name closing it
            if mention is not None and _agent_of_subject(body, src, mention):
                # "The Republican Task Force ..., headed by Senate Majority Leader Robert Dole (Kan.), said ...": the
                # body before the agent's phrase spoke, not the one heading it (Reuters)
                cut = body.rfind(",", src[0], mention.start)
                mention = source_mention(body, src[0], cut) if cut > src[0] else None
            if SHARE_OF_GROUP_BEFORE.search(body, max(0, src[0] - 50), src[0]):
                mention = None     # "a significant number of Democrats said ...": a share of the group, no one named
            if inside_longer_name(body, src):
                mention = None     # "A report from the Department of Science and |Technology said": a name's tail
            if SOME_SOMEWHERE.search(body, max(0, src[0] - 100), src[1]):
                mention = None     # "Some in and around Blaine Higgs's home riding, Quispamsis, say ...": unnamed
                #                    people, not the place closing their description (quotes15)
            last = (unit, mention)
        elif last[0] == unit and body[qs:qe].endswith("ing"):
            mention = last[1]   # "..., saying ...": the speaker of the clause before (PolNeAR marks no source)
        else:
            continue
        if mention is None:
            continue   # vague ("officials") or not a noun phrase: no identifiable speaker
        s, e, direct = _trim_content(body, cs, ce)
        if not all(check(body, (s, e), (qs, qe), direct) for check in CHECKS):
            continue
        cue = body[qs:qe].strip(" ,;:.")
        out.append(Attribution(s, e, "direct" if direct else "indirect", cue, mention,
                               sentence_start=min(s, qs, mention.start), sentence_end=max(e, qe, mention.end),
                               basis="model"))
    return out


def handled_spans(rule_based: list[Attribution]):
    """Where the rules found statements: each one's sentence range and its content, sorted."""
    return sorted({(min(a.sentence_start, a.start), max(a.sentence_end, a.end)) for a in rule_based})


def merge(rule_based: list[Attribution], proposed: list[Attribution]) -> list[Attribution]:
    """The rules' statements plus the model's frames the rules missed: a proposed content that overlaps no
    rule content and no rule cue. The rules keep their conventions wherever they found a statement."""
    taken = sorted((a.start, a.end) for a in rule_based)
    out = list(rule_based)
    for att in proposed:
        if any(s < att.end and att.start < e for s, e in taken):
            continue
        out.append(att)
    out.sort(key=lambda a: a.start)
    return out
