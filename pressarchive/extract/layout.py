"""The text layout frames work on: sentences, quotations and every reporting verb of a document, found once."""
import bisect
import re

from .. import lexicon as _lex
from .lexicon import CUE_FORMS, PROGRESSIVE_THAT_CUES, WEEKDAY_NAMES
from .quotes import find_quotes
from .sentences import sentences

WORD = re.compile(r"(?<![\w’'-])[a-z]+(?![\w’'-])")


_MULTIWORD = {}


for _form in CUE_FORMS:
    if " " in _form:
        _first, _second = _form.split(" ", 1)
        _MULTIWORD.setdefault(_first, {})[_second] = _form
# The first two words after the verb of the forms of four words ("informed" + "the media" + "that").
_MULTIWORD_PAIRS = {" ".join(_f.split()[1:3]) for _f in CUE_FORMS if len(_f.split()) == 4}


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


WEEKDAY_BETWEEN = re.compile(r" (?:(?:on )?(?:" + WEEKDAY_NAMES + r")|(?:last|this) (?:week|month|year|weekend)|"
                             r"yesterday|earlier this (?:week|month|year)) (?=[a-z])")


def find_cues(body: str, lo: int, hi: int):
    """Reporting verbs in body[lo:hi]: the lower-case words of one scan that are cue words (a set look-up each; a
    regex alternation of hundreds of verb forms is many times slower, and a pattern per cue word cost a compile
    per word in every process)."""
    cue_words = _CUE_WORDS
    hits = [(m.start(), m.end(), m.group()) for m in WORD.finditer(body, lo, hi) if m.group() in cue_words]
    out = []
    for start, end, word in hits:
        follow = _MULTIWORD.get(word)
        if follow:
            after = WORD.match(body, end + 1, hi)     # the next word(s), one space on: "point out"
            day = WEEKDAY_BETWEEN.match(body, end, hi) if after is None or after.group() not in follow or \
                after.group() == "on" else None
            if day:
                # "called Wednesday for maintaining a staunch defense posture" (Yonhap on the Korea Herald; issue 8,
                # seed10), "called last week for international observers" (bbc-news/politics/372): the day between the
                # verb and its particle
                after = WORD.match(body, day.end(), hi)
            if after and after.group() in follow:
                if follow[after.group()] in PROGRESSIVE_THAT_CUES and BE_JUST_BEFORE.search(body, max(0, start - 30),
                                                                                           start) is None:
                    continue     # ("..., reporting that ...": a participle; only "is reporting that" frames)
                if not word.endswith("ing") and CUE_FORMS[follow[after.group()]] in PROGRESSIVE_THAT_CUES and \
                        PRONOUN_JUST_BEFORE.search(body, max(0, start - 30), start) is None:
                    continue     # ("The paper reported that" is an outlet's report, "He also reported that" a person's)
                out.append(CueMatch(start, after.end(), follow[after.group()]))
                continue
            third = WORD.match(body, after.end() + 1, hi) if after else None     # "joined calls for"
            pair = f"{after.group()} {third.group()}" if third else None
            if pair in follow:
                out.append(CueMatch(start, third.end(), follow[pair]))
                continue
            fourth = WORD.match(body, third.end() + 1, hi) if third and pair in _MULTIWORD_PAIRS else None
            if fourth and f"{pair} {fourth.group()}" in follow:     # "informed the media that"
                out.append(CueMatch(start, fourth.end(), follow[f"{pair} {fourth.group()}"]))
                continue
        if word in CUE_FORMS:
            if prepositional_noun(body, start, end, word) or adjective_before_noun(body, end, word):
                continue
            if CUE_FORMS[word] in CASE_CUES and not defended_with_case(body, end, hi):
                continue     # ('defended the action', 'defend the title': no statement, and no frame that would take
                #              the participle after it from its own rule: 'defended the move saying it would ...')
            if CUE_FORMS[word] == "request" and not REQUESTED.match(body, end, hi):
                continue     # ('requested anonymity to discuss ...', 'have requested assistance to leave the country':
                #              a thing asked for, no cue that would take the words of the sentence's own frame)
            out.append(CueMatch(start, end, word))
    # A participle opening its sentence before "that": "Saying that the government was committed to the rights of
    # civil servants, Minister Gurung expressed ..." (khabarhub.com, set K 013): the cue in lower case, what the
    # subject of the main clause said (indirect._participle_opening_sentence)
    opening = [CueMatch(m.start(1), m.end(1), m.group(1).lower()) for m in OPENING_PARTICIPLE_CUE.finditer(body, lo, hi)] \
        if OPENING_PARTICIPLE_WORD.search(body, lo, hi) else []     # its lookbehinds are tried at every character
    return sorted(out + opening, key=CueMatch.start) if opening else out


# Verbs that frame speech only with what is defended as a plan, a reason or a judgement after them: "Jack Straw has
# defended plans to end the European Union's arms embargo on China" (bbc-news/politics/386), "He defended existing
# communication channels ... as robust" (Capital FM Kenya, set K), "defended President George Bush for guaranteeing
# resources ..." (bbc-news/politics/127); not "defended the action" (set H, not annotated), "defended his decision not
# to lay off ..." (set F, not annotated), "defend the title", "defended Melania Trump and the campaign", "defended
# her record as secretary of state" (an office, PolNeAR), "defended troubled mutual fund companies before ...".
CASE_CUES = {"defend"}
DEFENDED_CASE = re.compile(r"(?:[\w’'-]+\s+){0,3}(?:plans?|proposals?|policy|policies|call|bid)\s+to\s+[a-z]|"
                           r"(?:[\w’'-]+\s+){1,12}?(?:for\s+[a-z]+ing\b|as\s+(?:(?:a|an)\s+)?[a-z][\w-]*(?:\s+and\s+[a-z]+)?\s*$)")
CASE_CLAUSE_END = re.compile(r"[.!?;:\n\"“”]|,|\s[-–—]\s")


def defended_with_case(body: str, end: int, hi: int) -> bool:
    """Does what follows a "defend" form up to the end of its clause (a comma, a dash or the sentence's end) hold a
    plan, a reason ("for guaranteeing ...") or a judgement closing it ("as robust", "as a necessity")?"""
    stop = CASE_CLAUSE_END.search(body, end, min(hi, end + 300))
    clause = body[end:stop.start() if stop else min(hi, end + 300)].strip()
    return DEFENDED_CASE.match(clause) is not None


# A request as a cue: "requested the MoCST to strengthen its supervision", "requested that the ministry ...", an
# addressee (a determiner, a pronoun or a name first) and an infinitive (VietnamPlus; set U); not a thing asked for
# ("requested a meeting with the minister to discuss ...", "requested anonymity to discuss ...", "requests
# congressional authorization to fully cover ...", "Brazil first requested the 300 mln dlr credit last November, to
# help it develop ...": a purpose after a comma; Reuters-21578).
REQUESTED = re.compile(r"\s+(?:that\b|(?=(?:the|all|relevant|local|other|its|their|his|her|our|both|each|every|"
                       r"concerned|competent|him|them|us|me|you)\b|[A-Z])(?!anonymity\b)"
                       r"(?:(?!(?:with|for)\b)[\w’'.()-]+\s+){1,10}?(?:not\s+)?to\s+[a-z])")


# A form of "be" right before a progressive cue, an adverb between at most: "is reporting that", "is now reporting that".
# "he" or "she" right before a past "reported that", an adverb between at most: "He also reported that".
PRONOUN_JUST_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he)\s+(?:[a-z]+ly\s+|also\s+|later\s+|further\s+)?$")
BE_JUST_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+(?:[a-z]+ly\s+|now\s+|also\s+|still\s+)?$")


_OPENING_PARTICIPLES = r"Saying|Stating|Noting|Stressing|Insisting|Arguing|Claiming|Asserting|Declaring"
# (also with no "that", a finite clause of its own before the comma: "Noting the Asia-Pacific region is a promising area
# for peace and development rather than a chessboard for major-country rivalry, Mao urged ..."; ecns.cn, set AW 008)
OPENING_PARTICIPLE_CUE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][\"”][ \t]))(%s)(?=\s+that\s|"
                                    r"\s+(?:the\s+|a\s+|an\s+)?[A-Za-z][\w’'-]*(?:\s+[A-Za-z][\w’'-]*){0,6}\s+"
                                    r"(?:is|are|was|were|has|have|had|will|would|can|could|must|should|remains)\s[^,.;]{3,},\s)"
                                    % _OPENING_PARTICIPLES)
# Its participles alone: found (or not) in one fast scan, whose first letters the regex engine skips to
OPENING_PARTICIPLE_WORD = re.compile(_OPENING_PARTICIPLES)


def _adjective_after_be(body: str, cue) -> bool:
    if cue.group() in PLURAL_NOUN_CUES and NOUN_BY.match(body, cue.end()):
        return True     # "Needless comments by ministers become headline news ...": a noun, no one "Needless" speaking
        #                 (Deccan Herald; asia19)
    if cue.group() in ADJECTIVE_AFTER_BE and BE_BEFORE.search(body, max(0, cue.start() - 40), cue.start()) is not None:
        return True
    det = DETERMINER_BEFORE.search(body, max(0, cue.start() - 10), cue.start())
    return det is not None and not (det.group().strip() == "An" and (cue.group() in {"said", "says", "told"} or
                                                                     SURNAME_AN_FRAME.match(body, cue.end())))


PLURAL_NOUN_CUES = frozenset({"comments", "remarks", "statements", "claims", "reports", "warnings", "notes"})
NOUN_BY = re.compile(r"\s+by\s+(?:the\s+|his\s+|her\s+|their\s+|its\s+)?[a-z]")


# "“...,” An said.", "An reiterated that ...": the Chinese surname An (An Fengshan), not the article, when the verb
# is no modifier of a noun after it (issue 8, seed10); "An added bonus is ..." stays an article
SURNAME_AN_FRAME = re.compile(r"\s*(?:that\b|[,.:;“\"]|$)")


# "will be an added task", "a reported suspension of nuclear tests": a verb form after an article or a possessive
# describes the noun after it; nothing is said.
DETERMINER_BEFORE = re.compile(r"\b(?:a|an|the|its|his|her|their|our|my|your)\s+$", re.I)


# "They are welcome to attend ...", "are stressed about": a cue word that is an adjective after a form of "be" (lexicon
# adjective_after_be).
ADJECTIVE_AFTER_BE = frozenset(_lex.words("adjective_after_be"))
BE_BEFORE = re.compile(r"(?:\b(?:is|are|was|were|be|been|being|remain|remains|remained|feel|feels|felt|feeling)|['’]re)\s+"
                       r"(?:(?:very|most|more|always|also|still|not|certainly|all|so|too|really)\s+)?"
                       # ... coordinated with an adjective: "residents who are very concerned and stressed about the
                       # situation" (bayfm.ca; quotes14)
                       r"(?:[a-z]+\s+(?:and|or)\s+)?$", re.I)


# "Heineken, which also owns the Amstel and Murphy's stout brands, said it would ..." (bbc-news/business/173): a cue
# word right before a comma and the clause's own "said" ends a noun phrase; it frames nothing.
FRAME_WORDS = ("said", "says", "told", "tells", "added", "adds")
FRAME_AFTER_COMMA = re.compile(r",\s+(?:%s)\b" % "|".join(FRAME_WORDS))


def _noun_before_a_frame(body: str, cue) -> bool:
    return cue.group(0).lower() not in FRAME_WORDS and FRAME_AFTER_COMMA.match(body, cue.end()) is not None


_CUE_WORDS = frozenset(_MULTIWORD) | {f for f in CUE_FORMS if " " not in f}
# Cue words read as nouns between "in" and "to" ("in reply to reporters' queries"): no verb of speech.
PREPOSITIONAL_NOUN_CUES = frozenset(_lex.words("prepositional_noun_cues"))
IN_BEFORE = re.compile(r"(?<![\w’'-])[Ii]n\s+$")
TO_AFTER = re.compile(r"\s+to\b")


# Nouns a cue word's past participle is the adjective of, right before them ("had confirmed cases of the virus").
ADJECTIVE_CUE_NOUN = re.compile(r"\s+(?:%s)\b" % "|".join(sorted(_lex.words("adjective_cue_nouns"))))


def adjective_before_noun(body: str, end: int, word: str) -> bool:
    """Is the cue word ending at body[end] a past participle before a noun it describes ("confirmed cases")?"""
    return word.endswith("ed") and ADJECTIVE_CUE_NOUN.match(body, end) is not None


def prepositional_noun(body: str, start: int, end: int, word: str) -> bool:
    """Is the cue word at body[start:end] a noun of "in reply to", "in answer to" (an occasion's preposition)?"""
    return word in PREPOSITIONAL_NOUN_CUES and TO_AFTER.match(body, end) is not None and \
        IN_BEFORE.search(body, max(0, start - 4), start) is not None


class Text:
    """The body with its sentences and quotes, and the look-ups frames need."""

    def __init__(self, body: str):
        self.body = body
        self.sents = sentences(body)
        self.sent_starts = [s for s, _ in self.sents]
        self.quotes = find_quotes(body)
        self.q_starts = [q.open_mark for q in self.quotes]
        self.q_ends = [q.end for q in self.quotes]     # quotes never overlap: ends are sorted too
        # every reporting verb, once per document ("are welcome to attend" is an adjective, no verb)
        self.cues = [c for c in find_cues(body, 0, len(body)) if not _adjective_after_be(body, c) and
                     not _noun_before_a_frame(body, c)]
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

    def quotes_in(self, lo: int, hi: int):
        """The quotations whose opening mark lies inside body[lo:hi]."""
        return self.quotes[bisect.bisect_left(self.q_starts, lo):bisect.bisect_left(self.q_starts, hi)]

    def quote_around(self, pos: int):
        """The quotation open at pos (its opening mark before pos, its inside going on past it), else None."""
        i = bisect.bisect_left(self.q_starts, pos) - 1
        return self.quotes[i] if i >= 0 and pos < self.quotes[i].end else None

    def quote_end_before(self, lo: int, pos: int) -> int:
        """Just past the last closing mark between lo and pos (so a subject is never looked for inside a quote)."""
        i = bisect.bisect_left(self.q_ends, pos) - 1     # the last quote closing before pos
        if i >= 0 and self.quotes[i].end >= lo:
            return max(lo, self.quotes[i].after)
        return lo
