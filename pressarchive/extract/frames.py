"""Find statements: quotation spans and reported-speech frames around a closed lexicon of reporting verbs.

Every statement is an Attribution: the content span (offsets into the body), the cue, and the source mention
(subject of the verb, inverted "said X", "according to X"). Quotes without a frame that open a sentence are
'floating': the resolver gives them the speaker of the statement before.

find_attributions() makes three passes over one document's Text (sentences, quotes, cue positions):
1. quotations (_direct): a frame after the closing mark ('," he said', '," said X', '" - X'), before the
   opening mark ('X told the BBC: "'), a press-release lead ('Name, Title: "') or signature line, or none
   (floating); a clause only partly quoted becomes one indirect statement;
2. reported speech around each remaining cue outside quotes (_indirect): inverted ('..., said X'), postposed
   ('..., X said on Monday'), forward ('X said (that) ...'), participles (', adding that ...'), and
   "according to X" (_according);
3. continuations: the next sentences of reported speech with 'would'/'could' and no frame of their own.
Source noun phrases are parsed by mentions.parse_np; subject_before() finds them left of a cue (appositions,
joint subjects, coordinated predicates), np_after() right of it.
"""
import bisect
import re
from functools import lru_cache

from ..models import Attribution, Mention
from .lexicon import (ACCORDING_TO, ADDRESSEE_VERBS, BETWEEN, CUE_FORMS, CUE_PAST_PRESENT, ORG_WORDS, SAME_PAST,
                      TITLE_WORDS)
from .mentions import CLAUSE_WORDS, DETERMINERS, VERBISH, is_cap, parse_np, split_conjoined, tokens
from .quotes import find_quotes
from .sentences import sentences

WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")
_MULTIWORD = {}
for _form in CUE_FORMS:
    if " " in _form:
        _first, _second = _form.split(" ", 1)
        _MULTIWORD.setdefault(_first, {})[_second] = _form


class CueMatch:
    """A reporting verb found in the text (the regex-match interface the frame code uses)."""
    __slots__ = ("_start", "_end", "_form")

    def __init__(self, start, end, form):
        self._start, self._end, self._form = start, end, form

    def start(self):
        return self._start

    def end(self):
        return self._end

    def group(self, _=0):
        return self._form


def find_cues(body: str, lo: int, hi: int):
    """Reporting verbs in body[lo:hi]. Which cue words occur at all is a set intersection over the text's words;
    only those few are then searched for, each by its own pattern (a regex alternation of hundreds of verb forms
    is many times slower, and so is a Python loop over every word)."""
    present = _CUE_WORDS.intersection(WORD.findall(body, lo, hi))
    hits = sorted((m.start(), m.end(), word) for word in present for m in _word_pattern(word).finditer(body, lo, hi))
    out = []
    for start, end, word in hits:
        if start and _WORDISH.match(body, start - 1):
            continue     # inside a longer word ("unsaid"): WORD's look-behind, checked here so the scan is a fast literal one
        follow = _MULTIWORD.get(word)
        if follow:
            after = WORD.match(body, end + 1, hi)     # the next word, one space on: "point out"
            if after and after.group() in follow:
                out.append(CueMatch(start, after.end(), follow[after.group()]))
                continue
        if word in CUE_FORMS:
            out.append(CueMatch(start, end, word))
    return out


_CUE_WORDS = frozenset(_MULTIWORD) | {f for f in CUE_FORMS if " " not in f}


@lru_cache(maxsize=None)     # one per cue word (a few hundred)
def _word_pattern(word: str):
    """WORD restricted to one word, less its look-behind (find_cues checks that)."""
    return re.compile(re.escape(word) + r"(?![\w’'-])")


_WORDISH = re.compile(r"[\w’'-]")


SEPARATORS = {",", ";", ":", "—", "–", "(", ")", "-"}
STOP_AFTER_NP = {"on", "in", "at", "during", "last", "yesterday", "today", "when", "while", "after",
                 "before", "who", "adding", "saying", "as", "in", "to", "from", "this", "earlier", "later",
                 "told", "and", "but", "before", "according", "that", "with", "over", "via", "by"}
ADJUNCT = re.compile(r"^\s*(?:(?:on|in|at|of|about|last|this|earlier|later|late|early|during|after|before|yesterday|today|"
                     r"tonight|recently|previously|also|again|on\s+\w+|from|via|through|when|while|as|"
                     r"to\s+(?=the\b|a\b|an\b|his\b|her\b|their\b|reporters\b|journalists\b|MPs\b|[A-Z])|"
                     r"in\s+a\s+\w+|at\s+a\s+\w+)\b(?:(?!\bthat\b)[^\"“”]){0,90}?)?$", re.I)
CONTENT_CUT = re.compile(r",\s+(?:adding|saying|noting|stressing|arguing|insisting|warning|explaining)\b"
                         r"|\s+[-–—]\s+but\b|;\s+but\b"
                         # a coordinated predicate of the speaker: "said A and declined to comment" (the verb is
                         # checked against a set: an alternation of hundreds of verb forms is slow)
                         r"|,?\s+(?:and|but)\s+(?:also\s+)?(?P<verb>[a-z]+(?:\s(?:out|on|for))?)\b"
                         # a new frame: "..., and Dixie said the merger ..."
                         r"|,\s+(?:and|but|while)\s+(?=(?:[A-Z][\w'’.-]*\s+){1,4}(?:said|says|added)\b)")
COORDINATED_VERBS = {f for f in CUE_PAST_PRESENT if f not in {"say", "tell"}} | {
    "declined", "refused", "went on", "ordered", "approved", "signed", "directed", "released", "issued",
    "thanked", "congratulated", "asked"}


def _content_cut(body: str, pos: int, end: int):
    """Where reported content ends early: a participle frame, a new frame, or a coordinated reporting verb."""
    for m in CONTENT_CUT.finditer(body, pos, end):
        verb = m.group("verb")
        if verb is None or verb in COORDINATED_VERBS or verb.split()[0] in COORDINATED_VERBS:
            return m.start()
    return None


PARTICIPLE = {"adding", "saying", "noting", "stressing", "arguing", "insisting", "warning", "explaining",
              "emphasising", "emphasizing", "underlining", "pointing out", "urging", "calling for",
              "reaffirming", "affirming", "declaring", "stating", "asking"}
TRAILING = " \t\n,.;:-–—"
# Who was told: "told reporters", "told the BBC", "told BBC Radio 4's Today programme".
ADDRESSEE = re.compile(r"\s*(?:him|her|them|me|us|you|reporters|journalists|delegates|MPs|lawmakers|parliament|"
                       r"(?:the|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+){0,2}?(?=[\s,:.;]*(?:that\b|$|[,:.;]))|"
                       r"(?:the|a|an)\s+[\w'’-]+(?:\s+[\w'’-]+)?|(?:[A-Z0-9][\w'’.&-]*\s*)+"
                       r"(?:programme|program|newspaper|radio|television|channel|show|website|magazine)?)"
                       r"(?=[\s,:.;]|$)")


class Text:
    """The body with its sentences and quotes, and the look-ups frames need."""

    def __init__(self, body: str):
        self.body = body
        self.sents = sentences(body)
        self.sent_starts = [s for s, _ in self.sents]
        self.quotes = find_quotes(body)
        self.q_starts = [q.open_mark for q in self.quotes]
        self.q_ends = [q.end for q in self.quotes]     # quotes never overlap: ends are sorted too
        self.cues = find_cues(body, 0, len(body))     # every reporting verb, once per document
        self.cue_starts = [c.start() for c in self.cues]

    def cues_in(self, lo: int, hi: int):
        """Reporting verbs lying wholly inside body[lo:hi]."""
        i = bisect.bisect_left(self.cue_starts, lo)
        out = []
        while i < len(self.cues) and self.cues[i].start() < hi:
            if self.cues[i].end() <= hi:
                out.append(self.cues[i])
            i += 1
        return out

    def sentence_at(self, pos: int):
        i = max(0, bisect.bisect_right(self.sent_starts, pos) - 1)
        return self.sents[i] if self.sents else (0, len(self.body))

    def in_quote(self, pos: int) -> bool:
        i = bisect.bisect_right(self.q_starts, pos) - 1
        return i >= 0 and self.quotes[i].open_mark <= pos <= self.quotes[i].end

    def quote_end_before(self, lo: int, pos: int) -> int:
        """Just past the last closing mark between lo and pos (so a subject is never looked for inside a quote)."""
        i = bisect.bisect_left(self.q_ends, pos) - 1     # the last quote closing before pos
        if i >= 0 and self.quotes[i].end >= lo:
            return max(lo, self.quotes[i].after)
        return lo


def _drop_parentheses(toks):
    """Tokens without parenthesised asides: "Rep. Jason Chaffetz (R-Utah) said" -> "Rep. Jason Chaffetz said"."""
    out, depth = [], 0
    for t in toks:
        if t[0] == "(":
            depth += 1
        elif t[0] == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(t)
    return out if depth == 0 else toks


def _chunks(toks):
    out, cur = [], []
    for t in toks:
        if t[0] in SEPARATORS:
            out.append(cur)
            cur = []
        else:
            cur.append(t)
    out.append(cur)
    return out


AFFILIATION = {"for", "from", "of", "at", "with", "representing", "in", "speaking", "writing"}
_AFFILIATION_OR_AND = AFFILIATION | {"and"}     # unions made once, not per call
_DETERMINERS_OR_AND = DETERMINERS | {"and"}
_SAY_TELL_SAME_PAST = {"say", "tell"} | SAME_PAST
LEADING_CONNECTIVES = {"and", "but", "so", "yet", "or", "then", "however", "meanwhile", "later", "earlier", "now",
                       "also", "instead", "still", "separately", "indeed", "finally", "first", "second"}


SUBORDINATORS = {"as", "when", "while", "because", "after", "before", "since", "although", "though", "if",
                 "whereas", "until", "once", "where"}


def k_is_clause(chunk, k) -> bool:
    """Is chunk[k] a conjunction opening a clause (not part of a name, not the chunk's first word)?"""
    return 0 < k < len(chunk) - 1 and not is_cap(chunk[k][0])


def _role_like(chunk) -> bool:
    if not chunk:
        return False
    first = chunk[0][0].lower()
    if first in {"who", "which"} and len(chunk) <= 14:
        return True     # "Universities Scotland, which represents university principals, claimed"
    if first in AFFILIATION and len(chunk) <= 8:
        return True     # "Oliver Letwin, for the Tories, said"; "Bob Geldof, in characteristically blunt style, ..."
    if len(chunk) == 1 and chunk[0][0].isdigit():
        return True     # an age: "Khizr Khan, 66, said"
    if first.rstrip(".") in TITLE_WORDS - {"of", "for", "and", "the", "to", "on", "in", "at"} and len(chunk) <= 25 \
            and not any(t[0].lower() in CLAUSE_WORDS for t in chunk):
        return True     # "Leonard E. Burman, director of the centrist ... Center and a professor at ..., said"
    if chunk[0][0].endswith(("'s", "’s")) and is_cap(chunk[0][0]) and len(chunk) <= 6:
        return True     # "Alan Milburn, Labour's election strategist, said"
    if first in _DETERMINERS_OR_AND and len(chunk) <= 10:
        return not any(t[0].lower() in CLAUSE_WORDS for t in chunk[1:])
    return all(is_cap(t[0]) or t[0].lower().rstrip(".") in TITLE_WORDS or t[0].lower() in DETERMINERS
               for t in chunk) and len(chunk) <= 8


def _strip_between(toks):
    while toks and toks[-1][0].lower() in BETWEEN:
        toks = toks[:-1]
    return toks


def subject_before(text: Text, lo: int, cue_start: int, across_quotes: bool = False):
    """The source mention(s) ending right before a reporting verb: [Mention], 'vague', or None."""
    sentence_lo = lo
    if not across_quotes:
        lo = text.quote_end_before(lo, cue_start)
    toks = _strip_between(_drop_parentheses(tokens(text.body[lo:cue_start], lo)))
    if not toks:
        return None
    chunks = _chunks(toks)
    while chunks and not chunks[-1]:
        chunks.pop()
    if not chunks:
        return None
    first = chunks[-1]
    whole = parse_np(first) if first and first[0][0].lower() not in _AFFILIATION_OR_AND else None
    halves = split_conjoined(first) if first else []
    if isinstance(whole, Mention) and whole.kind == "body" and whole.name and len(halves) > 1 and \
            whole.name.split()[-1].lower().rstrip(".") in ORG_WORDS and \
            not any(t[0].lower().rstrip(".,") in ORG_WORDS for t in halves[0]):
        return [whole]      # "the U.S. Food and Drug Administration said": one body ("Dixie Yarns Inc and ..." is two)
    if first and first[0][0].lower() not in _AFFILIATION_OR_AND:
        parts = split_conjoined([t for t in first if t[0].lower() not in LEADING_CONNECTIVES or t is not first[0]])
        if len(parts) > 1 and all(is_cap(t[0]) or t[0].lower() == "the" for p in parts for t in p):
            mentions = [parse_np(p) for p in parts]
            if all(isinstance(m, Mention) and m.kind in ("name", "body", "surname") for m in mentions):
                return mentions     # "The Conservatives and Lib Dems said"
    m_first = parse_np(first) if first and first[0][0].lower() not in _AFFILIATION_OR_AND else None
    if isinstance(m_first, Mention) and m_first.kind in ("name", "pronoun"):
        return [m_first]      # "However, Lifelong Learning Minister Jim Wallace said"
    # Apposition: "Stals, the country's chief foreign debt negotiator, said"; "Uzra Zeya, Acting Assistant
    # Secretary for Democracy, Human Rights, and Labour said". Walk back over role-like chunks to the name.
    chain = []
    for j in range(len(chunks) - 1, max(-1, len(chunks) - 6), -1):
        if not _role_like(chunks[j]):
            break
        chain.insert(0, j)
    for j in chain[:-1] if len(chain) > 1 else []:
        if chunks[j][0][0].lower() in AFFILIATION:
            continue     # "In a speech in Edinburgh, the prime minister said": no name there
        m = parse_np(chunks[j])
        if isinstance(m, Mention) and m.kind == "body" and chunks[j + 1] and \
                all(chunks[k] and chunks[k][0][0].lower() in {"who", "which"} for k in range(j + 1, len(chunks))):
            return [m]
        if isinstance(m, Mention) and m.kind in ("name", "surname") and chunks[j + 1]:
            role_start, role_end = chunks[j + 1][0][1], chunks[-1][-1][2]
            m.role = text.body[role_start:role_end]
            m.entity_kind = "person"
            return [m]
    last = chunks[-1]
    cut = [k for k, t in enumerate(last[:-1]) if t[0].lower() in SUBORDINATORS]
    if cut and k_is_clause(last, cut[-1]):
        last = last[cut[-1] + 1:]     # "The revelation came as the Russian government said ..."
    if len(last) <= 2 and last[-1][0].lower() in {"but", "and"} and lo > sentence_lo:
        # "The chancellor hailed ... "industrial history" but denied": the subject is before the quote.
        return subject_before(text, sentence_lo, cue_start, across_quotes=True)
    coordinated = any(t[0].lower() in {"but", "and"} for t in last)
    while last and last[0][0].lower() in LEADING_CONNECTIVES:
        last = last[1:]     # "And he confirmed", "..., and Dixie said"
    if not last:
        if coordinated and len(chunks) > 1 and chunks[-2]:
            # "Thomas Massie used to support Rand Paul, but now said ...": the first clause's subject.
            last = chunks[-2] + [("and", 0, 0)]
        else:
            return None
    if len(last) > 2 and last[-1][0].lower() in {"but", "and"}:
        # A second predicate: "he slightly increased borrowing but insisted ..." -> the clause's subject: the
        # words that open the clause while they can belong to a noun phrase ("Strada accused ... and asserted").
        n = 0
        while n < min(7, len(last) - 2) and (is_cap(last[n][0]) or last[n][0].lower() in DETERMINERS or
                                              last[n][0].lower().rstrip(".") in TITLE_WORDS or
                                              (n == 0 and last[n][0].lower() in {"he", "she", "it", "they"})):
            n += 1
            if n == 1 and last[0][0].lower() in {"he", "she", "it", "they"}:
                break
        m = parse_np(last[:n]) if n else None
        if isinstance(m, Mention) and m.kind in ("name", "pronoun", "surname", "body", "title"):
            return [m]
        return None
    # "X and Y said": one statement per speaker (not "The MP for Sittingbourne and Sheppey").
    parts = split_conjoined(last)
    if len(parts) > 1 and not any(t[0].lower() in {"for", "of", "in", "at"} for t in parts[0]):
        mentions = [parse_np(p) for p in parts]
        if all(isinstance(m, Mention) and m.kind in ("name", "body", "surname") for m in mentions):
            return mentions
    m_last = parse_np(last) if last[0][0].lower() not in AFFILIATION else None
    if isinstance(m_last, Mention) and m_last.kind in ("name", "pronoun", "surname", "body", "title"):
        return [m_last]
    if m_last == "vague":
        return "vague"
    return [m_last] if isinstance(m_last, Mention) else None


def np_after(text: Text, pos: int, hi: int):
    """The source mention right after an inverted cue: ', said Foreign Ministry Spokesperson X on ...'."""
    toks = tokens(text.body[pos:hi], pos)
    np = []
    for t in toks:
        if t[0] in SEPARATORS or t[0] in {".", "!", "?", "”", '"'} or (t[0].lower() in STOP_AFTER_NP and np):
            break
        if t[0].lower() in {"of", "from", "at", "with", "for"} and sum(1 for x in np if is_cap(x[0])) >= 2 and \
                all(is_cap(x[0]) for x in np[-2:]):
            break       # "Andreas Adriano of Latin Trade Magazine", "Benoit Joly from ... firm Thales"
        np.append(t)
    if not np or (np[0][0][:1].islower() and np[0][0].lower() not in {"the", "a", "an", "his", "her", "its"}):
        return None     # "said on Capital Download", "said in a statement": not a speaker
    # Apposition after an inverted cue: "said Uzra Zeya, Acting Assistant Secretary"
    m = parse_np(np)
    return [m] if isinstance(m, Mention) else m


def _adjunct_only(s: str) -> bool:
    s = s.strip().rstrip(".!?”\"").strip()
    return not s or bool(ADJUNCT.match(s))


def _trim(body: str, start: int, end: int):
    """Shrink a content span: no surrounding spaces or trailing punctuation, no leading 'that'."""
    while start < end and body[start] in " \t\n,:;":
        start += 1
    m = re.match(r"that\s+", body[start:end])
    if m:
        start += m.end()
    while end > start and body[end - 1] in TRAILING:
        end -= 1
    return start, end


def _as_direct(text: Text, start: int, end: int):
    """When a content span is exactly one quotation, the quotation's inside (a direct statement)."""
    for q in text.quotes:
        if start - 1 <= q.open_mark <= start + 1 and q.after >= end:
            inner_s, inner_e = q.start, q.end
            while inner_e > inner_s and text.body[inner_e - 1] in " ,;:":
                inner_e -= 1
            return inner_s, inner_e
    return None


def _content_after(text: Text, cue_end: int, sent_end: int, base: str):
    body = text.body
    rest = body[cue_end:sent_end]
    pos = cue_end
    m = re.match(r"\s*((?:on|in|at|last|this|earlier|late|during|after|before|yesterday|today|tonight|to|from|while|"
                 r"when|monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                 r"\b[^.;:\"“”]{0,80}?,?\s+)?that\s+", rest, re.I)
    if m:
        pos = cue_end + m.end()
    else:
        if base in ADDRESSEE_VERBS:
            a = ADDRESSEE.match(rest)
            if a:
                pos = cue_end + a.end()
        c = re.match(r"\s*[:,]?\s*", body[pos:sent_end])
        pos += c.end()
        # "said Monday Thailand has ...": the day belongs to the frame, not to the content.
        day = re.match(r"(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday),?\s+"
                       r"(?=[A-Z])", body[pos:sent_end])
        if day:
            pos += day.end()
    end = sent_end
    cut = _content_cut(body, pos, sent_end)
    if cut is not None:
        end = cut
    start, end = _trim(body, pos, end)
    return (start, end) if end - start > 1 else None


def find_attributions(body: str, text: "Text | None" = None) -> list[Attribution]:
    """Every statement framed in body; pass its Text when the caller already built one."""
    text = text or Text(body)
    found: list[Attribution] = []
    used_cues = set()
    covered = []   # content spans already taken

    # 1. Direct quotes with a frame beside them, and floating quotes.
    for q in text.quotes:
        att = _direct(text, q, used_cues)
        if att:
            found.append(att)
            covered.append((q.open_mark, q.after))

    # 2. Reported speech around reporting verbs outside quotes.
    for s_start, s_end in text.sents:
        sentence = body[s_start:s_end]
        for m in text.cues_in(s_start, s_end):
            c_start, c_end = m.start(), m.end()
            if c_start in used_cues or text.in_quote(c_start):
                continue
            form = m.group(1)
            base = CUE_FORMS[form]
            att = _indirect(text, s_start, s_end, c_start, c_end, form, base, found)
            if att and not any(a <= att.start and att.end <= b for a, b in covered):
                used_cues.add(c_start)
                found.append(att)
                covered.append((att.start, att.end))
        for m in ACCORDING_TO.finditer(sentence):
            a_start = s_start + m.start()
            if text.in_quote(a_start):
                continue
            att = _according(text, s_start, s_end, a_start, s_start + m.end())
            if att and not any(a <= att.start and att.end <= b for a, b in covered):
                found.append(att)
                covered.append((att.start, att.end))
    found.sort(key=lambda a: a.start)
    found = _continuations(text, found)
    # Floating quotes inside another statement's content are part of it.
    spans = [(a.start, a.end) for a in found if a.mention is not None or a.shared]
    found = [a for a in found if a.mention is not None or a.basis not in ("floating", "continuation")
             or not any(s <= a.start and a.end <= e and (s, e) != (a.start, a.end) for s, e in spans)]
    return found


def _direct(text: Text, q, used_cues):
    body = text.body
    s_open = text.sentence_at(q.open_mark)
    s_close = text.sentence_at(q.end)
    content = (q.start, q.end)
    # '"... with all countries, including the US, on issues remaining differences," he declared': the comma
    # belongs to the frame, not to the words quoted.
    while content[1] > content[0] and body[content[1] - 1] in " ,;:":
        content = (content[0], content[1] - 1)
    # After the closing mark: '," he said.' / '," said Mr Blair.' / '” - Commissioner X'
    after_end = s_close[1]
    if not body[q.after:after_end].strip() and body[q.end - 1:q.end] in ("?", "!"):
        # '"... too big to regulate?" Vitter demanded.': the splitter ends the sentence at '?"', the frame
        # follows as a short sentence of its own.
        follow = text.sentence_at(after_end + 1)
        if follow[0] > q.end and len(body[follow[0]:follow[1]].split()) <= 12 and \
                not body[q.after:follow[0]].strip():
            after_end = follow[1]
            s_close = (s_close[0], follow[1])
    nxt = [o for o in text.q_starts if q.end < o < after_end]
    if nxt:
        after_end = nxt[0]
    after = body[q.after:after_end]
    m = re.match(r"\s*,?\s*", after)
    a0 = q.after + m.end()
    cm = next(iter(text.cues_in(a0, min(after_end, a0 + 320))), None)
    if cm and cm.start() - a0 < 300:
        form = cm.group(1)
        if cm.start() == a0:                        # inverted: "said Mr Blair"
            mentions = np_after(text, cm.end(), after_end)
        else:
            same_sentence = text.sentence_at(a0) == text.sentence_at(cm.start())   # "Leonard E. Burman" has a dot
            mentions = subject_before(text, a0, cm.start()) if same_sentence else None
            if isinstance(mentions, list) and min(m.start for m in mentions) > a0 + 1:
                mentions = None     # '"..." as when Labour came to power, he said': not a frame of this quote
        if isinstance(mentions, list) and mentions[0] and _tail_ok(body, cm, after_end, mentions):
            used_cues.add(cm.start())
            lead = body[text.quote_end_before(s_open[0], q.open_mark):q.open_mark]
            if re.search(r"[A-Za-z]", lead) and not text.cues_in(s_open[0], q.open_mark) and \
                    not re.search(r"[:]\s*$", lead):
                # 'Both political parties "saw Burma as ...," said Victor Cha': a clause only partly quoted
                # is one indirect statement (GUIDELINES).
                start = s_open[0] + len(body[s_open[0]:q.open_mark]) - len(body[s_open[0]:q.open_mark].lstrip())
                start = max(start, text.quote_end_before(s_open[0], q.open_mark))
                start, _ = _trim(body, start, content[1])
                return Attribution(start, content[1], "indirect", form, mentions[0], s_open[0], s_close[1],
                                   shared=mentions[1:])
            return Attribution(content[0], content[1], "direct", form, mentions[0], s_open[0], s_close[1],
                               shared=mentions[1:])
    dash = re.match(r"\s*[-–—]\s+([A-Z][^\n.]{2,80})$", after)
    if dash and body[q.open_mark - 1:q.open_mark] in ("", "\n"):
        mentions = np_after(text, q.after + dash.start(1), q.after + dash.end(1))
        if isinstance(mentions, list) and mentions[0]:
            return Attribution(content[0], content[1], "direct", "-", mentions[0], s_open[0], s_close[1])
    # Before the opening mark: 'He told BBC Radio 4's Today programme: "' / 'the spokesperson affirmed: "'
    before_start = text.quote_end_before(s_open[0], q.open_mark)
    before = body[before_start:q.open_mark]
    cues = text.cues_in(before_start, q.open_mark)
    if cues:
        cm = cues[-1]
        gap = body[cm.end():q.open_mark]
        if re.fullmatch(r"\s*(?:that\s*)?[:,]?\s*", gap) or re.fullmatch(r"\s+[^\"“”]{1,80}[:,]\s*", gap):
            mentions = subject_before(text, before_start, cm.start())
            if isinstance(mentions, list) and (_rest_is_end(body, q.after, s_close[1]) or
                                               _adjunct_only(body[q.after:s_close[1]])):
                used_cues.add(cm.start())
                return Attribution(content[0], content[1], "direct", cm.group(1), mentions[0], s_open[0],
                                   s_close[1], shared=mentions[1:])
    # A frame closing the paragraph before: '... Sam Tan said:' / 'said in a statement:' / 'posted on X:'.
    if not before.strip():
        colon = _colon_frame(text, q.open_mark)
        if colon is not None:
            cm, mentions = colon
            used_cues.add(cm.start())
            return Attribution(content[0], content[1], "direct", cm.group(1), mentions[0], s_open[0], s_close[1],
                               shared=mentions[1:])
    # Press-release leads: "New Jersey Senator Bob Menendez: “...”" at the start of a paragraph.
    lead = re.fullmatch(r"([A-Z][^:“”\"\n]{2,150}):\s*", before)
    if lead and (before_start == 0 or body[before_start - 1] == "\n") and _rest_is_end(body, q.after, s_close[1]):
        mention = _lead_speaker(text, before_start, before_start + lead.end(1))
        if mention is not None:
            return Attribution(content[0], content[1], "direct", ":", mention, s_open[0], s_close[1])
    # A quotation signed on the line after it: "-Karoline Leavitt, White House Press Secretary".
    sign = re.match(r"[ \t]*\n\s*[-–—]\s*([A-Z][^\n]{2,150})(?:\n|$)", body[q.after:q.after + 200])
    if sign and not before.strip():
        mention = _lead_speaker(text, q.after + sign.start(1), q.after + sign.end(1))
        if mention is not None:
            return Attribution(content[0], content[1], "direct", "-", mention, s_open[0], s_close[1])
    am = re.search(r"\b[Aa]ccording to\s+([^,]{2,80}),\s*$", before)
    if am:
        mentions = np_after(text, before_start + am.start(1), before_start + am.end(1))
        if isinstance(mentions, list) and mentions[0]:
            return Attribution(content[0], content[1], "direct", "according to", mentions[0], s_open[0], s_close[1])
    # Floating: a quote that opens its sentence and ends it, with no frame.
    if not before.strip() and _rest_is_end(body, q.after, s_close[1]) and len(body[q.start:q.end].split()) >= 3:
        return Attribution(content[0], content[1], "direct", None, None, s_open[0], s_close[1], basis="floating")
    return None


COLON_FRAME = re.compile(r"\s+(?:in|on|to|via|through|at)\b[^:.!?\n\"“”]{0,60}$|\s*$")


def _colon_frame(text: Text, open_mark: int):
    """(cue, mentions) when the paragraph before a quotation ends with its frame and a colon: 'Sam Tan said:',
    'the ministry said in a statement:', 'Binh posted on social media:'."""
    body = text.body
    end = len(body[:open_mark].rstrip())
    if end == 0 or body[end - 1] != ":" or "\n" not in body[end:open_mark]:
        return None
    s0, _ = text.sentence_at(end - 1)
    cues = text.cues_in(s0, end)
    if not cues:
        return None
    cm = cues[-1]
    if not COLON_FRAME.fullmatch(body[cm.end():end - 1]):
        return None
    mentions = subject_before(text, s0, cm.start())
    if isinstance(mentions, list) and mentions and mentions[0] is not None:
        return cm, mentions
    return None


def _lead_speaker(text: Text, start: int, end: int):
    """The speaker named by a lead or signature: 'Name, Title' or 'Title Name' (a person or a body)."""
    chunks = [c for c in _chunks(tokens(text.body[start:end], start)) if c]
    if not chunks:
        return None
    m = parse_np(chunks[0])
    if not isinstance(m, Mention) or m.kind not in ("name", "body"):
        return None
    if len(chunks) > 1 and m.kind == "name":
        m.role = m.role or text.body[chunks[1][0][1]:chunks[-1][-1][2]]
    return m


def _rest_is_end(body, pos, hi):
    return not body[pos:hi].strip(" .!?”\"'’)")


def _tail_ok(body, cm, hi, mentions):
    """After 'he said' only an adjunct, a comma, or the end of the sentence may follow."""
    end = max(m.end for m in mentions if m) if mentions else cm.end()
    tail = body[max(end, cm.end()):hi]
    if CUE_FORMS.get(cm.group()) in ADDRESSEE_VERBS:
        a = ADDRESSEE.match(tail)     # '"...," Michael Rabb, an analyst, told Reuters.'
        tail = tail[a.end():] if a else tail
        plain = tail.strip().rstrip(".!?")
        if plain and len(plain.split()) <= 8 and not any(w.lower() in VERBISH for w in plain.split()):
            return True               # '"I am proud of you," Mr. Clarke told some of the miners.'
    # A participle (", citing ...", ", adding that ..."), a conjunction or the next quotation ends the frame.
    tail = re.split(r",\s*(?:\w+ing|and|but|before|as|in|after|who|which|when|while)\b|,\s*$|,\s*[\"“']",
                    tail)[0]
    if re.match(r"\s*(?:then|later|earlier|again|too|also|afterwards|simply|only)\b", tail):
        tail = re.sub(r"^\s*\w+", "", tail)      # '"...," he said then.'
    if re.match(r"\s*,\s*(?:the|a|an|his|her|its|their|[A-Z])", tail) and len(tail.split()) <= 45:
        return True      # an apposition after the speaker: '..., said Bryan English, the campaign's director.'
    return _adjunct_only(tail) or bool(re.match(r"\s*(?:to|on|in)\s", tail))


# Verbs of speech that also name acts: "declared independence", "announced a dividend" are not statements.
ACTS = re.compile(r"\s*(?:its\s+|their\s+|a\s+|an\s+|the\s+)?(?:independence|war|bankruptcy|insolvency|"
                  r"(?:quarterly\s+|special\s+|stock\s+|cash\s+)*dividends?|(?:a\s+)?state\s+of\s+emergency|"
                  r"martial\s+law|victory|candidacy|engagement|retirement|ceasefire)\b", re.I)


def _indirect(text: Text, s_start, s_end, c_start, c_end, form, base, found):
    body = text.body
    if base in {"declare", "announce"} and ACTS.match(body, c_end):
        return None
    after = body[c_end:s_end]
    # Participles: ", adding that ..." take the speaker of the frame before them in the sentence.
    if form in PARTICIPLE and re.search(r",\s*$", body[s_start:c_start]):
        prev = [a for a in found if a.sentence_start <= c_start and a.start < c_start and a.sentence_end >= c_start - 1
                and (a.mention or a.shared)]
        span = _content_after(text, c_end, s_end, base)
        if prev and span:
            return Attribution(span[0], span[1], "indirect", form, prev[-1].mention, s_start, s_end)
        return None
    if form.endswith("ing") and form not in {"according"}:
        return None
    # Base forms are mostly nouns ("his answer"), unless the past tense looks the same ("Mr Brown forecast").
    plural_only = form == base and base not in _SAY_TELL_SAME_PAST
    preceding = body[s_start:c_start]
    # Inverted: 'CONTENT, said Foreign Ministry Spokesperson X on February 28.'
    if re.search(r"[,”\"]\s*$", preceding) and form in {"said", "says", "say", "added", "adds", "declared",
                                                        "noted", "stressed", "affirmed", "explained", "wrote",
                                                        "argued", "argue", "insisted", "warned"}:
        mentions = np_after(text, c_end, s_end)
        apposed = subject_before(text, s_start, c_start) if preceding.rstrip().endswith(",") else None
        if isinstance(apposed, list) and apposed[0].kind in ("name", "surname") and apposed[0].role and \
                not body[s_start:apposed[0].start].strip(" ,\"“”'"):
            mentions = None     # "Stephen Toulouse, a security manager at Microsoft, said ...": not inverted
        if isinstance(mentions, list) and mentions[0]:
            comma = preceding.rstrip().rstrip(",”\"").rstrip()
            start, end = _trim(body, s_start, s_start + len(comma))
            # A frame in mid-sentence: 'It would not be means tested, say the Tories, because ...': the words
            # after it are the same speaker's too.
            rest = re.match(r"\s*,\s*", body[mentions[-1].end:s_end])
            if rest and end - start > 1:
                r0, r1 = _trim(body, mentions[-1].end + rest.end(), s_end)
                if r1 - r0 > 1 and CLAUSE_OPENER.match(body[r0:r1]) and not _adjunct_only(body[r0:r1]):
                    found.append(Attribution(r0, r1, "indirect", form, mentions[0], s_start, s_end,
                                             shared=mentions[1:]))
            if end - start > 1:
                d = _as_direct(text, start, end)
                kind = "direct" if d else "indirect"
                if d:
                    start, end = d
                return Attribution(start, end, kind, form, mentions[0], s_start, s_end, shared=mentions[1:])
        # Not inverted after all: "Director, David Caldwell, said some students ..."
    mentions = subject_before(text, s_start, c_start)
    if not isinstance(mentions, list):
        return None
    if plural_only and not (len(mentions) > 1 or mentions[0].plural or
                            (mentions[0].kind == "body" and (mentions[0].name or "").endswith("s"))):
        return None
    subj_start = min(m.start for m in mentions)
    # Postposed: 'CONTENT, he said on Monday.' Only an adjunct may follow the verb.
    tail = after
    if base in ADDRESSEE_VERBS:
        a = ADDRESSEE.match(tail)
        tail = tail[a.end():] if a else tail
    if _adjunct_only(tail):
        head = body[s_start:subj_start].rstrip()
        if not head.endswith((",", "”", '"')):
            return None
        start, end = _trim(body, s_start, s_start + len(head.rstrip(",”\" ")))
        if end - start <= 1:
            return None
        d = _as_direct(text, start, end)
        if d:
            start, end = d
        return Attribution(start, end, "direct" if d else "indirect", form, mentions[0], s_start, s_end,
                           shared=mentions[1:])
    # Forward: 'SOURCE said (that) CONTENT.'
    span = _content_after(text, c_end, s_end, base)
    if not span:
        return None
    start, end = span
    d = _as_direct(text, start, end)
    if d:
        start, end = d
    return Attribution(start, end, "direct" if d else "indirect", form, mentions[0], s_start, s_end,
                       shared=mentions[1:])


def _according(text: Text, s_start, s_end, a_start, a_end):
    body = text.body
    mentions = np_after(text, a_end, s_end)
    if not isinstance(mentions, list) or not mentions[0]:
        return None
    m_end = mentions[0].end
    # Skip an affiliation ("of Latin Trade Magazine") and a description ("head of Krome Studios") after the name.
    aff = re.match(r"\s+(?:of|from|at|with)\s+[^,]{2,80}(?=,)", body[m_end:s_end])
    if aff:
        m_end += aff.end()
    desc = re.match(r"\s*,\s*([^,]{2,120}),", body[m_end:s_end])
    if desc and _role_like(tokens(desc.group(1))) and body[m_end + desc.end():s_end].strip(" .!?"):
        mentions[0].role = mentions[0].role or desc.group(1)
        m_end += desc.end() - 1
    rest = body[m_end:s_end]
    if re.match(r"\s*[,]", rest) and rest.strip(" ,.!?"):
        start, end = _trim(body, m_end, s_end)            # 'According to X, CONTENT.' / '..., according to X, CONTENT'
    else:
        start, end = _trim(body, s_start, a_start)        # 'CONTENT, according to X.'
    if end - start <= 1:
        return None
    d = _as_direct(text, start, end)
    if d:
        start, end = d
    return Attribution(start, end, "direct" if d else "indirect", "according to", mentions[0], s_start, s_end)


CLAUSE_OPENER = re.compile(r"(?:because|but|and|as|while|although|though|since|so|yet|if|unless|when)\b", re.I)
BACKSHIFT = re.compile(r"\b(?:would|could)\b")


def _continuations(text: Text, found):
    """Reported speech that runs on into the next sentences of the paragraph without a new frame: a sentence
    with a backshifted modal ('would', 'could'), no quotation and no frame of its own stays with the speaker
    (GUIDELINES, conventions). Up to three sentences after an indirect statement."""
    body = text.body
    taken = [(a.sentence_start, a.sentence_end) for a in found]
    starts = {a.sentence_start for a in found}
    out = list(found)
    for a in found:
        if a.kind != "indirect" or a.mention is None:
            continue
        i = bisect.bisect_left(text.sent_starts, a.sentence_start)
        for k in range(i + 1, min(i + 4, len(text.sents))):
            s0, s1 = text.sents[k]
            if "\n" in body[text.sents[k - 1][1]:s0] or s0 in starts:
                break      # a new paragraph, or a sentence with a frame of its own
            sentence = body[s0:s1]
            if any(ch in sentence for ch in '"“”') or not BACKSHIFT.search(sentence) or \
                    any(q0 <= s0 < q1 for q0, q1 in taken) or \
                    any(not text.in_quote(c.start()) for c in text.cues_in(s0, s1)):
                break
            start, end = _trim(body, s0, s1)
            if end - start > 1:
                out.append(Attribution(start, end, "indirect", None, None, s0, s1, basis="continuation"))
    out.sort(key=lambda x: x.start)
    return out
