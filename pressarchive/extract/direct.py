"""Pass 1: quotations and their frames (after the closing mark, before the opening mark, a colon frame closing
the paragraph before, a press-release lead or signature line), or none (floating)."""
import bisect
import re

from ..models import GO_ON, Attribution, Mention, decide
from .indirect import (QUOTING_AGENT, nothing_said_after, CLAUSE_PARTICIPLES, QUOTED_AS_FORMS, active_quoted, clause_subject, coordinated_frame_subject,
                       QUOTED_AS, quoted_object,
                       STATEMENT_ISSUED, issued_statement)
from .layout import Text
from .quotes import inside_wording
from .lexicon import ACCORDING_TO, ADDRESSEE_VERBS, CITATION, TITLE_WORDS, CUE_FORMS, POSTED_ON_PLATFORM, POSTING_COLON, QUOTE_FRAME_CUE, QUOTE_FRAME_FORMS, QUOTE_FRAME_PARTICIPLE, WEEKDAY_NAMES
from ..lexicon import alternatives, words
from .mentions import NAME_HEADS, VAGUE_SOURCE, VERBISH, parse_np, tokens
from ..speaker_names import given_name_of_a_place, is_personal_name, without_initials
from ..gazetteer import places
from ..normalize import fold
from .spans import ADDRESSEE, MANNER_ADVERB, adjunct_only, dateline_end, trim_span
from .subjects import split_chunks, np_after, subject_before, subject_region_start

# '"...," the statement said.': the issuer of the statement the text named before (recall round); '"...," the
# council's statement said.', '"...," the post read in part.' after "... said in a social media post"
# ... or the release ('," the press release read.' after "... clarified in a press release Sunday evening that ...";
# CTV Toronto, quotes18).
RELEASE_NOUN = r"(?:(?:news|media|press)\s+)?release"
# Also '," said the statement.', '," the statement reads.', '," it reads.' and '," the statement said, calling for an "inclusive"
# political process.' (issue 8, seed round: Hong Kong and Turkish reports of a government's statement).
STATEMENT_FRAME = re.compile(r"\s*,?\s*(?:the\s+(?:[a-z]+['’]s\s+)?(?:same\s+)?(?:statement|post|" + RELEASE_NOUN + r")\s+"
                             r"(?:said|added|continued|stated|read|reads|says|noted)|"
                             r"(?:said|added|read|continued)\s+the\s+(?:same\s+)?statement|"
                             # ('“...,” it reads.' after "Argentina’s Foreign Ministry issued a statement ...": the
                             # statement's words, as "the statement reads"; MercoPress, set K 010)
                             r"it\s+(?:reads|read|continues))(?:\s+in\s+part)?"
                             r"(?:,\s+(?:calling|urging|adding|saying|stressing)\b[^.!?]{1,200})?\s*[.]?"
                             r"(?:\s*[-–—]+\s*[A-Z][\w ]{1,30})?\s*")     # (an agency's credit after it: "— Bernama")
# 'The statement said: "...', 'The ministry's statement added: "...': a statement reported before frames the quote.
STATEMENT_COLON = re.compile(r"\s*(?:[Tt]he|[Tt]his|[Ii]ts)\s+(?:[a-z]+['’]s\s+)?(?:same\s+)?statement\s+(?:also\s+|further\s+)?"
                             r"(?:said|added|continued|stated|read|reads|says|noted)(?:\s+in\s+part)?\s*:\s*")
# '“We have seen the statement ...,” read a statement by the foreign ministry.' (News18; asia19): the body the
# statement is by speaks, as after ", said the ministry in a statement".
# (also "the statement from": '“...,” reads the statement from Horner.'; Lethbridge Herald, quotes22)
READ_STATEMENT_BY = re.compile(r"\s*,?\s*reads?\s+(?:a|the)\s+(?:[a-z]+\s+)?statement\s+(?:by|from)\s+")
# ... or the statement, post or release of its owner, who speaks: '“All persons should go to the Hay River Airport
# and await further instructions,” reads the town's post.' after "The town of Hay River also posted that ..." (CBC
# North; set AL 008), "reads the ministry's statement".
# A name ending in "s" may take the apostrophe alone ("Williams’ statement").
OWNERS_POSSESSIVE = r"(?:['’]s|(?<=s)['’])"
READ_OWNERS_STATEMENT = re.compile(r"\s*,?\s*reads?\s+((?:the\s+)?[A-Za-z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4})" +
                                   OWNERS_POSSESSIVE + r"\s+(?:[a-z]+\s+)?(?:statement|post|" + RELEASE_NOUN +
                                   r"|update)\s*[.]?\s*")
# ... or the owner's statement before "reads": '“We are offering our full support to the officer’s family and loved ones,
# as well as our members,” Williams’ statement reads.' (Global News, 980 CFPL; set BP 002): the owner speaks, as in
# '"...," Mr Tanzi's statement said.' (mentions.statement_of_owner); a capitalised owner only ("the town's post
# reads" is STATEMENT_FRAME's, its issuer named before).
OWNERS_STATEMENT_READS = re.compile(r"\s*,?\s*((?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*?)" + OWNERS_POSSESSIVE +
                                    r"\s+(?:[a-z]+\s+)?(?:statement|post|" + RELEASE_NOUN +
                                    r"|update)\s+reads?(?:\s+in\s+part)?\s*[.]?\s*")
# An opening curly mark after a sentence's end inside a quotation, in the same paragraph: its closing mark went missing
# before it (not a quotation running on into the next paragraph, which opens again without closing).
OPENING_INSIDE = re.compile(r"[.!?][ \t]+“")


def _frame_only(text: Text, sentence) -> bool:
    """Is a longer sentence after a quotation that ends in "?" or "!" only its frame: a subject, its apposition and a
    verb of saying with adjuncts ('“...?” He Jianxiong, the former executive director for China at the International
    Monetary Fund, said at a Nov. 6 event at the Peterson Institute in Washington.'), nothing said of its own?"""
    s0, s1 = sentence
    body = text.body
    cm = next(iter(text.cues_in(s0, s1)), None)
    if cm is None or not re.fullmatch(r"[^:\"“”]+", body[s0:s1]):
        return False
    rest = body[cm.end():s1]
    if CUE_FORMS.get(cm.group(1)) == "tell":
        told = TOLD_WHOM.match(rest) or ADDRESSEE.match(rest)     # "... told CTV News.", "... told reporters."
        rest = rest[told.end():] if told else rest
    if not adjunct_only(rest):
        return False
    mentions = subject_before(text, s0, cm.start())
    return isinstance(mentions, list) and bool(mentions) and mentions[0] is not None and mentions[0].start == s0


TOLD_WHOM = re.compile(r"\s*(?:the\s+)?(?:[A-Z][\w'’.&-]*\s*){1,4}")     # an outlet or a person told


# "it" or "this" standing for the quotation before, then the occasion: '“At this time of year, the coaches can’t want
# it more than the players.” ¶ Head coach Ken Hitchcock said it on Saturday night, after a woeful home-ice
# performance ...' (Sportsnet; set Q); not "said it would ..." nor "said it at least ..." (a clause after the verb).
SAID_IT_OCCASION = re.compile(r"\s+(?:it|this)\s+(?:on|at|after|during|while|when|in|before)\s+(?!least\b)")


def _said_it_frame(text: Text, sentence) -> bool:
    """Does the sentence after a quotation open with its speaker saying "it" on an occasion: a subject right at the
    sentence's start, a verb of saying, then "it" or "this" and an adjunct (whatever the sentence goes on to say)?"""
    s0, s1 = sentence
    cm = next(iter(text.cues_in(s0, s1)), None)
    if cm is None or CUE_FORMS.get(cm.group(1)) != "say" or not SAID_IT_OCCASION.match(text.body, cm.end(), s1) or \
            re.search(r"[\"“”]", text.body[s0:cm.start()]):
        return False
    mentions = subject_before(text, s0, cm.start())
    return isinstance(mentions, list) and bool(mentions) and mentions[0] is not None and mentions[0].start == s0


# The gaps quotation_frame reads around a quotation, compiled once.
# An adverb between the quotation's comma and an inverted frame: '"...," further added Chowdhury.' (Free Press
# Journal), '"...," also said the minister.'
INVERTED_ADVERB = re.compile(r"(?:further|also|then|later|again|finally|additionally)\s+")
# A passive frame whose subject is spoken to: "he was asked:", "She was told:" (huffingtonpost.co.uk, bbc19)
ADDRESSEE_FRAME = re.compile(r"\b(?:was|were|been|being)\s+(?:asked|told|pressed)\s*$")
_COMMA_GAP = re.compile(r"\s*,?\s*")
_COLON_OR_COMMA_GAP = re.compile(r"\s*[:,]\s*")
# A dash between the closing mark and its frame, as machine-translated Vietnamese copy writes it: '"Vietnamese law
# enforcement agencies have resolutely handled the case ..." - the Spokesperson of the Ministry of Foreign Affairs of
# Vietnam emphasized.' (Lao Dong)
# ... and the verb before the name, the dash right after the mark: '“... sacrifice Reuters.”– said Zakharova.'
# (24newsreporter.com; wire18)
DASH_FRAME_GAP = re.compile(r"[ \t]+[-–—][ \t]+(?=(?:the|a|an|[A-Z])\b[^.!?\"“”]{0,120}\b(?:emphasized|emphasised|said|stated|"
                            r"affirmed|stressed|added|noted)[.!?]?\s*$)"
                            r"|[ \t]*[–—][ \t]*(?=(?:said|says|stated|added|noted)\s+[A-Z][^.!?\"“”]{0,80}[.!?]?\s*$)")
_FRAME_GAP = re.compile(r"\s*(?:that\s*)?[:,]?\s*(?:quote\s*[:,]?\s*)?")
_FRAME_GAP_WORDS = re.compile(r"\s+[^\"“”]{1,80}[:,]\s*")
# '," said analysts.', '," said the artists.', '," one trader said.' (people, not '," said the statement.')
UNNAMED_PEOPLE_AFTER = re.compile(r"\s*(?:(?:the|some|many|other|several|most)\s+)?(?:[a-z]+\s+)?([a-z]+[^s\W]s)"
                                  r"(?:\s+(?:at|in|from|close\s+to)\s+[\w' -]{1,30})?[.!?]?\s*")
# ... or one of them: '"...," said one Treasury veteran. "He stabilised the ship in 2022."' (todayinthemarkets.com;
# bbc20): no one named, nor the speaker before.
UNNAMED_ONE_AFTER = re.compile(r"\s*one\s+(?:[\w’'-]+\s+){0,2}[\w’'-]+(?:\s+(?:of|at|in|from|close\s+to)\s+[\w’' -]{1,30})?"
                               r"[.!?]?\s*")
DOCUMENT_PLURALS = {"figures", "findings", "papers", "documents", "reports", "statements", "letters", "minutes",
                    "results", "statistics", "data", "its", "this", "his", "was", "has", "is", "yes"}
# A participle aside between the verb and the quote: 'Mr Sullivan said, referring to the first false entries in late
# 2000, "I knew it was wrong ..."'.
_FRAME_GAP_ASIDE = re.compile(r",\s+[a-z]+ing\b[^\"“”.;]{1,100},\s*")


SPEAKING_COLON = re.compile(r"\b(?:(?:was|were)\s+speaking|spoke)\s+(?:at|to|during|in|on)\b[^\"“”:.;!?]{0,120}:\s*$")
# A post on a social platform opening its quotation: 'Governor Gavin Newsom posted on X on Tuesday: "We will sue."'
# (issue 8: "posted on social media:"); "posted" alone is no cue ('posted record profits', 'troops posted abroad').
POSTED_COLON = re.compile(POSTED_ON_PLATFORM + r"[^\"“”:.;!?]{0,60}:\s*$")
# ... or a statement issued, in the quotation's own sentence: "At past midnight, Presidential Spokesperson Edwin Lacierda
# issued the following statement: “I have communicated with the President ...”" (Inquirer.net; set AZ 002).
ISSUED_COLON = re.compile(r"\b(?:issued|released|put\s+out|sent\s+out)\s+(?:the\s+following|a|an|this)\s+(?:[a-z]+\s+)?"
                          r"(?:statement|message)\b[^\"“”:.;!?]{0,60}:\s*$")
# A topic's label before an interview's answer: "On collaboration with the Green Party: “...”".
# ... a list's bullet before it, the topic a name ("• On Scotland: “"), or the question put ("• Asked what success in the
# local elections would look like: “"; LabourList's Sunday shows, bbc19).
TOPIC_LABEL = re.compile(r"(?:[•·▪]\s*)?(?:On\s+[a-zA-Z]|Asked\s+(?:about|what|whether|if|why|how|when|who|which)\b)"
                         r"[^:“”\"\n]{2,150}:\s*")
# A statement issued, its words after a participle with no comma before it: "issued a statement saying, “".
STATEMENT_BEFORE_PARTICIPLE = re.compile(r"\b(?:issued|released|put\s+out|posted)\s+(?:a|an)\s+(?:[a-z]+\s+)?statement\s+$")
TITLE_BEFORE_QUOTE = re.compile(r"\b(?:titled|entitled|headlined)\s*$")
# A slogan's words, not the subject's: 'he criticised the Tories for their election poster with the slogan: “Corbyn: No
# Bombs for our Army ...”' (LabourList; bbc20).
SLOGAN_BEFORE_QUOTE = re.compile(r"\b(?:slogan|motto|banner|placard|hashtag)\s*:\s*$")


class _Quotation:
    """One quotation as the rules of FRAME_RULES read it, and what the steps among them settle on the way: its marks
    (open_mark; past_close, just past the closing mark), the sentences it opens and closes (s_open, s_close), its
    words (content), the text after the closing mark up to the frame's end (after, after_end; the frame from a0), the
    cue there (cm) and its speaker (mentions), the region before the opening mark (before, from before_start), the
    cues in it and the last one (cue_before, gap)."""
    __slots__ = ("text", "q", "open_mark", "past_close", "used_cues", "body", "s_open", "s_close", "content",
                 "after_end", "after", "a0", "cm", "mentions", "before_start", "before", "blank_before",
                 "paragraph_start", "cues", "cue_before", "gap", "_rest_end")

    def __init__(self, text: Text, q, used_cues):
        self.text, self.q, self.used_cues, self.body = text, q, used_cues, text.body
        self.open_mark, self.past_close = q.open_mark, q.after     # (properties of q, read by many rules: once)
        self.s_open = text.sentence_at(self.open_mark)
        self.s_close = text.sentence_at(q.end)
        self.content = (q.start, q.end)
        self.after_end = self.s_close[1]
        self.cm = self.mentions = self.cue_before = None
        self.gap = ""
        self._rest_end = None

    def rest_is_end(self) -> bool:
        """Nothing but closing marks and stops after the quotation to its sentence's end (asked once s_close is
        settled, by several rules: computed once)."""
        if self._rest_end is None:
            self._rest_end = _rest_is_end(self.body, self.past_close, self.s_close[1])
        return self._rest_end

    def direct(self, cue, mention, **kw) -> Attribution:
        return Attribution(self.content[0], self.content[1], "direct", cue, mention, self.s_open[0], self.s_close[1],
                           **kw)


def quotation_frame(text: Text, q, used_cues):
    """The statement a quotation makes with its frame (FRAME_RULES decide in order), or None."""
    quotation = _Quotation(text, q, used_cues)
    return decide(FRAME_RULES, quotation)


def _content_without_trailing_comma(c: _Quotation):
    # '"... with all countries, including the US, on issues remaining differences," he declared': the comma
    # belongs to the frame, not to the words quoted.
    body, (c0, c1) = c.body, c.content
    while c1 > c0 and body[c1 - 1] in " ,;:":
        c1 -= 1
    c.content = (c0, c1)
    return GO_ON


# After the closing mark: '," he said.' / '," said Mr Blair.' / '” - Commissioner X'
def _frame_sentence_after_stop(c: _Quotation):
    body, q = c.body, c.q
    if body[c.past_close:c.after_end].strip() or body[q.end - 1:q.end] not in ("?", "!", "."):
        return GO_ON
    # '"... too big to regulate?" Vitter demanded.': the splitter ends the sentence at '?"', the frame
    # follows as a short sentence of its own; after a full stop only a sentence that is nothing but a frame
    # ('"... in the suburbs." Shannon Vinish told CTV.', CTV; quotes15), not one saying more ('"..." He said the
    # team was ready.')
    follow = c.text.sentence_at(c.after_end + 1)
    stop = body[q.end - 1:q.end] == "."
    short = len(body[follow[0]:follow[1]].split()) <= 12 and not stop
    if follow[0] > q.end and not body[c.past_close:follow[0]].strip() and (short or _frame_only(c.text, follow)) and \
            not (stop and body[c.s_open[0]:c.open_mark].strip()):     # (not a quotation framed before it)
        c.after_end = follow[1]
        c.s_close = (c.s_close[0], follow[1])
    elif stop and not body[c.s_open[0]:c.open_mark].strip() and c.after_end == c.past_close:
        # ... or, a paragraph of its own that is the quotation, the next opening with its speaker saying "it" then
        # the occasion (_said_it_frame): that sentence frames it
        nxt = re.compile(r"\s*\n?\s*").match(body, c.after_end).end()
        follow = c.text.sentence_at(nxt)
        if nxt > c.after_end and follow[0] == nxt and _said_it_frame(c.text, follow):
            c.after_end = follow[1]
            c.s_close = (c.s_close[0], follow[1])
    return GO_ON


def _stop_at_next_quotation(c: _Quotation):
    # (the quotations' opening marks are sorted: the first after this one's end, found by bisection)
    starts = c.text.q_starts
    i = bisect.bisect_right(starts, c.q.end)
    if i < len(starts) and starts[i] < c.after_end:
        c.after_end = starts[i]
    return GO_ON


def _gap_after_closing_mark(c: _Quotation):
    c.after = after = c.body[c.past_close:c.after_end]
    m = _COMMA_GAP.match(after)
    if not m.group().strip(" ,") and DASH_FRAME_GAP.match(after):
        m = DASH_FRAME_GAP.match(after)     # '"..." - the Spokesperson ... emphasized.' (issue 8, seed10)
    c.a0 = c.past_close + m.end()
    return GO_ON


def _cue_after(c: _Quotation):
    body, a0, after_end = c.body, c.a0, c.after_end
    cm = next(iter(c.text.cues_in(a0, min(after_end, a0 + 320))), None)
    if "made the" in body[a0:min(after_end, a0 + 160)]:
        made = MADE_REMARKS.search(body, a0, min(after_end, a0 + 160))
        if made and (cm is None or made.start() < cm.start()):
            cm = made
    if "quoted" in body[a0:min(after_end, a0 + 160)]:
        quoted = QUOTED_BY_OUTLET.search(body, a0, min(after_end, a0 + 160))
        if quoted and (cm is None or quoted.start() < cm.start()):
            cm = quoted
    if not (cm and cm.start() - a0 < 300):
        cm = _quote_frame_cue(body, a0, min(after_end, a0 + 80))     # '," he continued.', '," X quipped.'
    c.cm = cm
    return GO_ON


def _adverb_before_inverted_frame(c: _Quotation):
    cm = c.cm
    if cm and cm.start() > c.a0 and INVERTED_ADVERB.fullmatch(c.body, c.a0, cm.start()):
        c.a0 = cm.start()     # '"...," further added Chowdhury.': an adverb before an inverted frame (issue 8, south13)
    return GO_ON


def _no_cue_after_wording(c: _Quotation):
    if c.cm and inside_wording(c.text, c.q, c.s_open[0]):
        c.cm = None     # 'Labour criticised "extravagant" Tory promises on policing': no frame after the quote
    return GO_ON


def _no_cue_after_title(c: _Quotation):
    if c.cm and TITLE_BEFORE_QUOTE.search(c.body, max(c.s_open[0], c.open_mark - 30), c.open_mark):
        c.cm = None   # '..., as noted in the white paper titled "China's National Defense in the New Era," the
                      # spokesperson said': a document's title, not the words said (rednet.cn; issue 8, seed10)
    return GO_ON


def _cue_out_of_reach(c: _Quotation):
    if c.cm and c.cm.start() - c.a0 >= 300:
        c.cm = None
    return GO_ON


def _speaker_of_cue_after(c: _Quotation):
    cm = c.cm
    if cm is None:
        return GO_ON
    if cm.start() != c.a0:
        c.mentions = _subject_of_cue_after(c)
        return GO_ON
    form = cm.group(1)
    if form.split()[0].endswith("ing") and not form.startswith("according"):
        # 'Keys said she was "very excited", describing Charles as "an artist I admire"': the participle's
        # object is no speaker of the words before it
        c.mentions = None
        return GO_ON
    return _inverted_frame(c)


def _inverted_frame(c: _Quotation):
    """inverted: "said Mr Blair"."""
    cm, after_end = c.cm, c.after_end
    c.mentions = mentions = np_after(c.text, cm.end(), after_end)
    rest = c.body[cm.end():after_end]
    if (mentions is VAGUE_SOURCE or mentions is None) and UNNAMED_PEOPLE_AFTER.fullmatch(rest) and \
            UNNAMED_PEOPLE_AFTER.fullmatch(rest).group(1).lower() not in DOCUMENT_PLURALS or \
            rest.lstrip().startswith("one ") and UNNAMED_ONE_AFTER.fullmatch(rest):
        # '"The river was integral to ...," said the artists.': no one named speaks; kept as a marker so that
        # the floating quote after it is not given to whoever spoke before (analyse.py)
        c.used_cues.add(cm.start())
        return c.direct(cm.group(1), None, basis="vague")
    return GO_ON


def _subject_of_cue_after(c: _Quotation):
    body, a0, cm = c.body, c.a0, c.cm
    same_sentence = c.text.sentence_at(a0) == c.text.sentence_at(cm.start())   # "Leonard E. Burman" has a dot
    passive = QUOTED_AS.search(body, a0, cm.start()) if cm.group(1) == "saying" else None
    # ('"...," Wu Qian, spokesman for the Ministry of National Defense, was quoted as saying at a press
    # conference in Beijing.': the subject of the passive speaks; KUNA via menafn.com, vncn18)
    mentions = subject_before(c.text, a0, passive.start() if passive else cm.start()) if same_sentence else None
    if isinstance(mentions, list) and min(m.start for m in mentions) > a0 + 1 and \
            not _title_apposition(body, a0, min(m.start for m in mentions)):
        mentions = None     # '"..." as when Labour came to power, he said': not a frame of this quote
    return mentions


def _quoted_as_saying(c: _Quotation):
    cm = c.cm
    if cm is None:
        return GO_ON
    form = cm.group(1)
    obj = active_quoted(c.body, c.a0, cm.start()) if form in QUOTED_AS_FORMS else None
    quoted = quoted_object(c.text, obj) if obj else None
    # ('"...," a ministry official quoted Choi as telling Nogami.': whom the one quoted told, then the adjuncts; Japan
    # Times, seed22)
    told = ADDRESSEE.match(c.body, cm.end(), c.after_end) if CUE_FORMS.get(form) in ADDRESSEE_VERBS else None
    if obj and (quoted is VAGUE_SOURCE or quoted and not adjunct_only(c.body[told.end() if told else cm.end():c.after_end])):
        return None     # '"...," Reuters quoted one trader as saying.': no one named
    if quoted:     # '"...," PAP quoted Baka as saying.': the one quoted speaks, not the agency quoting
        c.used_cues.add(cm.start())
        return c.direct(form, quoted[0], shared=quoted[1:])
    return GO_ON


def _framed_after(c: _Quotation):
    cm, mentions, body, q, s_open = c.cm, c.mentions, c.body, c.q, c.s_open
    if cm is None or not (isinstance(mentions, list) and mentions[0] and _tail_ok(body, cm, c.after_end, mentions)):
        return GO_ON
    c.used_cues.add(cm.start())
    form = cm.group(1)
    lead_start = c.text.quote_end_before(s_open[0], c.open_mark)
    lead = body[lead_start:c.open_mark]
    if dateline_end(body, lead_start, c.open_mark + 1) == c.open_mark:
        lead = ""     # 'HÀ NỘI — “...,” the spokesperson said': a wire dateline, no clause partly quoted (set P)
    inner_cues = c.text.cues_in(s_open[0], c.open_mark)
    nested = bool(re.search(r"[A-Za-z]", lead)) and bool(inner_cues) and not (
        # ... not a frame when every cue in it is a participle inside the subject of the copula the quoted predicate
        # follows: 'The New York Times report citing an anonymous Israeli official as stating that ... is “a complete
        # lie ...,” the Prime Minister’s Office said' (JNS; set AB 010): the whole clause is the office's
        _COPULA_END.search(lead) and all(m.group().lower().endswith("ing") for m in inner_cues))
    outer = nested and (_outer_frame_after(c) or _inner_frame_of_no_speaker(c))
    if re.search(r"[A-Za-z]", lead) and not _INTRODUCING_MARK.search(lead) and (not nested or outer):
        # 'Both political parties "saw Burma as ...," said Victor Cha': a clause only partly quoted
        # is one indirect statement (GUIDELINES).
        start = s_open[0] + len(body[s_open[0]:c.open_mark]) - len(body[s_open[0]:c.open_mark].lstrip())
        if not outer:     # (a frame inside the clause: the whole sentence from its start)
            start = max(start, _clause_start(c.text, s_open[0], c.open_mark))
        start, _ = trim_span(body, start, c.content[1])
        return Attribution(start, _closing_kept(body, q, c.content[1]), "indirect", form, mentions[0],
                           s_open[0], c.s_close[1], shared=mentions[1:])
    return c.direct(form, mentions[0], shared=mentions[1:])


# A colon, or a lone dash, right before the opening mark introduces the quotation: the words before it are the
# writer's, no clause partly quoted ('Yet Sondland has already amended his testimony once — “I now do recall,” he
# said'; AP via zyte). A dash closing a pair ('is — as he put it — “dead,”') leaves the clause whole.
_INTRODUCING_MARK = re.compile(r"(?::|^(?:(?!\s[—–-]\s).)*\s[—–-])\s*$", re.S)
# A copula right before the opening mark: the quotation is the predicate of the clause the sentence opens with.
_COPULA_END = re.compile(r"\b(?:is|are|was|were)\s+(?:not\s+)?(?:\w+ly\s+)?$")


def _outer_frame_after(c: _Quotation) -> bool:
    """'The ministry strongly condemned Putin’s “false” remarks that “undermined the sovereignty of the Republic of
    China,” ministry spokeswoman Joanne Ou told a news briefing.' (Taipei Times; set N): a frame after the quotation,
    its speaker before its verb, closing a sentence that opens outside any quotation with a frame of its own: the
    whole sentence is what the speaker after it said, one clause partly quoted (GUIDELINES), not a quotation of hers
    with the clause before it another's."""
    body, s0 = c.body, c.s_open[0]
    inner = c.text.cues_in(s0, c.open_mark)[0]
    if not (c.cm.start() > c.a0 and body[s0:s0 + 1].isalpha() and not c.text.in_quote(s0) and inner.start() > s0 and
            body[c.q.start:c.q.start + 1].islower() and not _SENTENCE_INSIDE.search(body, s0, c.q.end) and
            not _SAID_AFTER_FRAME.search(body, c.cm.end(), c.s_close[1]) and
            _SPOKESPERSON_OF.search(body, c.a0, c.cm.start())):
        return False
    # ... the clause's own frame a body's ("The ministry strongly condemned"), the one after it its spokesperson's: the
    # body speaking through her; not another person's words the speaker after them reports ('Cruz spokesman Rick
    # Tyler said that ...', 'Mook explained to other top advisers that ...'; polnear)
    # ... or a country's ('Vietnam urged China to "immediately release the fishermen ...", the spokesperson told
    # reporters'; Reuters via marinelink.com, set P): the country speaking through its spokesperson
    subject = subject_before(c.text, s0, inner.start())
    return isinstance(subject, list) and len(subject) == 1 and subject[0] is not None and (
        subject[0].kind in ("body", "title") and subject[0].entity_kind != "person" or
        subject[0].kind in ("name", "surname") and places().get(fold(subject[0].name or "").lower()) == "country")


def _inner_frame_of_no_speaker(c: _Quotation) -> bool:
    """'Government guidance said e-mails should only be deleted if they served "no current purpose", Mr Thomas said.'
    (bbc-news/politics/002, set AE): the frame inside the clause a document's or an unnamed source's, which says
    nothing of its own; the whole clause, partly quoted, is what the speaker after it said (not the quoted words alone)."""
    body, s0 = c.body, c.s_open[0]
    inner = c.text.cues_in(s0, c.open_mark)[0]
    if not (c.cm.start() > c.a0 and body[s0:s0 + 1].isalpha() and not c.text.in_quote(s0) and inner.start() > s0 and
            body[c.q.start:c.q.start + 1].islower() and not _SENTENCE_INSIDE.search(body, s0, c.q.end) and
            not _SAID_AFTER_FRAME.search(body, c.cm.end(), c.s_close[1])):
        return False
    # (not the idiom "That being said, "...," he said": no frame at all; zyte)
    return not re.search(r"\bbeing\s+$", body[s0:inner.start()]) and \
        subject_before(c.text, s0, inner.start()) is VAGUE_SOURCE


# Where one sentence ends and another begins: not one clause partly quoted ('Read said all the funds raised by the record
# would go to the DEC. "I'd only be pleased ...," he added.', '... described her victory as "truly overwhelming. I'm
# really not used to this kind of thing," she said'; bbc-news/entertainment/130, 371)
_SENTENCE_INSIDE = re.compile(r"[.!?…][\"”’]?\s+[\"“]?[A-Z]")
# Words said after the frame, its own content: '... are "not in my mind right now", he admitted "everything is
# possible".' (bbc-news/sport/165): no frame of the clause before it alone
_SAID_AFTER_FRAME = re.compile(r"[\"“]|\bthat\b")
# A spokesperson's title in the frame after the quotation ("ministry spokeswoman Joanne Ou told").
_SPOKESPERSON_OF = re.compile(r"\b(?:%s)\b" % "|".join(sorted(words("spokes_words"), key=len, reverse=True)), re.I)


def _dash_signature_after(c: _Quotation):
    dash = re.match(r"\s*[-–—]\s+([A-Z][^\n.]{2,80})$", c.after)
    if dash and c.body[c.open_mark - 1:c.open_mark] in ("", "\n"):
        mentions = np_after(c.text, c.past_close + dash.start(1), c.past_close + dash.end(1))
        if isinstance(mentions, list) and mentions[0]:
            return c.direct("-", mentions[0])
    return GO_ON


def _region_before(c: _Quotation):
    # Before the opening mark: 'He told BBC Radio 4's Today programme: "' / 'the spokesperson affirmed: "'
    # (over a nickname: 'the so-called "...",')
    c.before_start = before_start = subject_region_start(c.text, c.s_open[0], c.open_mark)
    c.before = c.body[before_start:c.open_mark]
    c.blank_before = not c.before.strip()
    c.paragraph_start = before_start == 0 or c.body[before_start - 1] == "\n"
    return GO_ON


def _slogan_before(c: _Quotation):
    if SLOGAN_BEFORE_QUOTE.search(c.body, max(c.before_start, c.open_mark - 30), c.open_mark):
        return None
    return GO_ON


def _cues_before(c: _Quotation):
    body, open_mark = c.body, c.open_mark
    c.cues = cues = c.text.cues_in(c.before_start, open_mark) or \
        [m for m in QUOTE_FRAME_CUE.finditer(body, c.before_start, open_mark)
         if _COLON_OR_COMMA_GAP.fullmatch(body, m.end(), open_mark)]      # 'He continued, “...'
    participle = QUOTE_FRAME_PARTICIPLE.search(body, c.before_start, open_mark)
    if participle and body[c.before_start:participle.start()].rstrip().endswith(",") and \
            (not cues or cues[-1].end() <= participle.start()):
        # 'He apologised for not being in London, joking: “...”' (bbc-news/entertainment/357): the participle
        # right before the words frames them, not the verb of the clause before it.
        c.cues = cues = cues + [participle]
    if cues:
        c.cue_before = cues[-1]
        c.gap = body[c.cue_before.end():open_mark]
    return GO_ON


def _asked_before(c: _Quotation):
    cm = c.cue_before
    if cm and ADDRESSEE_FRAME.search(c.body, c.before_start, cm.end()) and _FRAME_GAP.fullmatch(c.gap):
        return None     # 'But he was asked: “Don’t these allegations ...?”': the words put to him, not his
    return GO_ON


def _frame_gap_before(c: _Quotation):
    # 'he said, quote, “No more bad mergers ...”': a speaker's "quote" marks the words as his own.
    gap = c.gap
    if c.cue_before is not None and not (_FRAME_GAP.fullmatch(gap) or
                                         _FRAME_GAP_WORDS.fullmatch(gap) and not _CLAUSE_GAP.match(gap) or
                                         _FRAME_GAP_ASIDE.fullmatch(gap) or _addressee_gap(c, gap)):
        c.cue_before = None
    return GO_ON


# The gap is the reported clause itself, a quotation closing it after a comma: 'GE said orders in the fourth quarter
# were 15% higher than in the same period of 2003, "with growth across the board".' (bbc-news/business/288): one
# indirect statement, not a frame's adjunct ("said in a statement on Monday, "..."": a preposition opens it).
_CLAUSE_GAP = re.compile(r"\s+(?!(?:%s)\b)[^,:;\"“”]*?\b(?:is|are|was|were|has|have|had|will|would|could|can|should|"
                         r"must|may|might)\b[^:;\"“”]*,\s*$" % alternatives("prepositions"), re.I)


# Whom a speaker told, with no comma or colon before the quotation: 'Deputy prime minister Kim Mahn-Je told a meeting
# of local businessmen "The government's policy ..."', 'Rha told the U.S. Chamber of Commerce "Demands that Korea ..."'
# (Reuters, reut2-003 #512): a determiner's noun phrase, no clause ("that", a relative, an infinitive) in it, before
# a whole sentence quoted (a capital and four words at least: not 'told the BBC this was "a big positive step."',
# whose partly quoted clause is reported speech).
_ADDRESSEE_GAP = re.compile(r"\s+(?:the|a|an|his|her|their|its)\s+(?:(?!(?:that|which|who|to|about|if|whether)\b)"
                            r"[A-Za-z][\w.'’&-]*\s+){1,7}")


def _addressee_gap(c: _Quotation, gap: str) -> bool:
    words = c.body[c.content[0]:c.content[1]].split()
    return CUE_FORMS.get(c.cue_before.group(1)) == "tell" and len(words) >= 4 and words[0][:1].isupper() and \
        _ADDRESSEE_GAP.fullmatch(gap) is not None


def _participle_colon(body: str, end: int, open_mark: int) -> bool:
    """'SNP MP Hannah Bardell hit back at the comments saying: “...”' (the Herald; bbc23): a participle with its colon
    right before the quotation frames it, comma or none."""
    return re.fullmatch(r"\s*:\s*", body[end:open_mark]) is not None


def _speaker_of_cue_before(c: _Quotation):
    cm, text, body, before_start = c.cue_before, c.text, c.body, c.before_start
    if cm is None:
        return GO_ON
    with_spokes = WITH_SPOKESPERSON.search(body, before_start, cm.start()) \
        if cm.group(1) in CLAUSE_PARTICIPLES else None
    if getattr(cm, "re", None) is QUOTE_FRAME_PARTICIPLE:     # '..., joking: “': the subject of the clause
        c.mentions = clause_subject(text, c.s_open[0], cm.start(), pronoun=True)
    elif cm.group(1) in CLAUSE_PARTICIPLES and (body[before_start:cm.start()].rstrip().endswith(",") or
                                              STATEMENT_BEFORE_PARTICIPLE.search(body, before_start, cm.start()) or
                                              _participle_colon(body, cm.end(), c.open_mark)):
        # '..., President Yoon avoided giving a direct answer, saying, “': the subject of the clause.
        # (also 'Secretary Kang Junwook issued a statement saying, "...': asiae.co.kr; seed17)
        c.mentions = clause_subject(text, c.s_open[0], cm.start(), pronoun=True)
    elif with_spokes:
        # 'Downing Street defended the decision, with a spokesperson saying: “': the clause's body speaks.
        mentions = clause_subject(text, c.s_open[0], with_spokes.start())
        c.mentions = mentions if isinstance(mentions, list) and mentions[0].kind == "body" else None
    else:
        c.mentions = coordinated_frame_subject(text, c.s_open[0], cm.start()) or \
            subject_before(text, before_start, cm.start())
    return GO_ON


def _inverted_between_quotations(c: _Quotation):
    cm, gap, body = c.cue_before, c.gap, c.body
    if cm and c.mentions is None and c.before_start > c.s_open[0] and not body[c.before_start:cm.start()].strip(" ,") \
            and _FRAME_GAP_WORDS.fullmatch(gap):
        # '"There's adjustments always to be made," said coach Sheldon Keefe, "but when your frame of mind
        # changes ..."': the inverted frame between two quotations names the speaker of both (quotes12)
        c.mentions = np_after(c.text, cm.end(), c.open_mark - len(gap) + len(gap.rstrip(" ,:")))
    return GO_ON


def _partly_quoted_after_that(c: _Quotation):
    q, s_close = c.q, c.s_close
    if c.cue_before and re.search(r"\bthat\s*$", c.gap) and c.body[c.past_close:s_close[1]].strip(" .,;:!?\"”") and \
            not _next_quotes_frame(c.text, c.past_close, s_close[1]):
        return None     # 'promised that "sport is back" as a priority for schools': a clause partly quoted
    return GO_ON


# "that", then the that-clause's own opening words (an adverbial or subordinate clause, not a clause of its own) up to a
# comma before the quotation: 'made clear that whilst diplomatic discussions will eventually resume, "the timing is not
# now".' (The Nation; set AF 004)
THAT_CLAUSE_BEFORE_QUOTE = re.compile(r"\s*that\s+(?=(?:whilst|while|although|though|if|unless|when|whenever|once|as|"
                                      r"after|before|because|since|until|whatever|however|for|in|on|at|by|with|without|"
                                      r"despite|given|under|even|now|following|during|amid|like|unlike)\b)"
                                      r"[^\"“”:;.!?]{2,120},\s*")


def _that_clause_partly_quoted(c: _Quotation):
    cm, mentions, body = c.cue_before, c.mentions, c.body
    if cm and isinstance(mentions, list) and mentions[0] and THAT_CLAUSE_BEFORE_QUOTE.fullmatch(c.gap) and \
            c.rest_is_end():
        # the quotation closes a clause opened after "that" outside the marks: one clause only partly quoted, an
        # indirect statement of the frame's (GUIDELINES), not a quotation of its own
        c.used_cues.add(cm.start())
        start = cm.end() + re.match(r"\s*that\s+", c.gap).end()
        start, _ = trim_span(body, start, c.content[1])
        end = c.past_close if c.content[1] == c.q.end else c.content[1]
        return Attribution(start, end, "indirect", cm.group(1), mentions[0], c.s_open[0], c.s_close[1],
                           shared=mentions[1:])
    return GO_ON


def _quoted_predicate_clause(c: _Quotation):
    cm, mentions, content = c.cue_before, c.mentions, c.content
    if cm is None:
        return GO_ON
    clause = _quoted_predicate(c.body, cm, c.gap, c.s_open[0])
    if clause is not None and isinstance(mentions, list) and c.rest_is_end():
        # 'Google said the feature, available only in the US, "adds useful links".': the clause's subject
        # is outside the marks, so the clause is one indirect statement (GUIDELINES)
        c.used_cues.add(cm.start())
        start, _ = trim_span(c.body, clause, content[1])
        end = c.past_close if content[1] == c.q.end else content[1]      # the closing mark with the words it closes
        return Attribution(start, end, "indirect", cm.group(1), mentions[0], c.s_open[0], c.s_close[1],
                           shared=mentions[1:])
    return GO_ON


def _framed_before(c: _Quotation):
    cm, mentions, body, after, end = c.cue_before, c.mentions, c.body, c.past_close, c.s_close[1]
    if cm and isinstance(mentions, list) and (c.rest_is_end() or _next_quotes_frame(c.text, after, end) or
                                              adjunct_only(body[after:end]) or
                                              COORDINATED_REST.match(body, after, end)):
        c.used_cues.add(cm.start())
        return c.direct(cm.group(1), mentions[0], shared=mentions[1:])
    return GO_ON


def _speaking_colon(c: _Quotation):
    speaking = SPEAKING_COLON.search(c.body, c.before_start, c.open_mark)
    if speaking and c.rest_is_end():
        # 'Ms Hang was speaking at the regular meeting of the Foreign Ministry on Thursday: "We have been updated
        # ..."' (VOV; issue 8, seed10): the occasion and a colon frame the words
        mentions = subject_before(c.text, c.before_start, speaking.start())
        if isinstance(mentions, list) and mentions and mentions[0] is not None:
            return c.direct(":", mentions[0])
    return GO_ON


def _posted_colon(c: _Quotation):
    return _subject_of_colon_act(c, POSTED_COLON)


def _issued_colon(c: _Quotation):
    # (a person named in full only: a release's "The Honourable Mélanie Joly, Minister of Foreign Affairs, today issued
    # the following statement:“..." is the issuer stage's, its subject read here as the title alone; set B)
    return _subject_of_colon_act(c, ISSUED_COLON, kinds=("name",))


def _subject_of_colon_act(c: _Quotation, act, kinds=None):
    """The quotation after a colon that closes an act of giving words out (act, matched before the opening mark in
    its sentence) is the act's subject's (a mention of one of kinds, when given)."""
    found = act.search(c.body, c.before_start, c.open_mark)
    if found and c.rest_is_end():
        mentions = subject_before(c.text, c.before_start, found.start())
        if isinstance(mentions, list) and mentions and mentions[0] is not None and \
                (kinds is None or mentions[0].kind in kinds):
            return c.direct(":", mentions[0])
    return GO_ON


def _posting_colon(c: _Quotation):
    posting = _posting_frame(c.text, c.before_start, c.s_open[0], c.open_mark) \
        if c.before.rstrip().endswith(":") else None
    if posting is not None and c.rest_is_end():
        return c.direct(":", posting)
    return GO_ON


def _possessive_noun_colon(c: _Quotation):
    possessive = possessive_noun_frame(c.text, c.before_start, c.open_mark)
    if possessive is not None and c.rest_is_end():
        return c.direct(":", possessive)
    return GO_ON


# A named owner's statement given in full before its quotation: 'Here is Farah's statement in full: "As discussed in the
# hearing today, ..."' (Task & Purpose; set BQ 001), "Farah's statement read:": the owner's words, as "reads the
# ministry's statement" after one (READ_OWNERS_STATEMENT). Only a sentence that is the frame alone, up to the colon.
OWNERS_STATEMENT_COLON = re.compile(r"\s*(?:(?:Here\s+is|Here['’]s|Below\s+is|Read)\s+)?"
                                    r"((?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4})['’]s\s+(?:full\s+)?(?:%s)"
                                    r"(?:\s+in\s+full)?(?:\s+(?:read|reads|said|says|was|is))?:\s*"
                                    % "|".join(sorted(words("own_words_nouns"))))


def _owners_statement_colon(c: _Quotation):
    owner = OWNERS_STATEMENT_COLON.fullmatch(c.body, c.before_start, c.open_mark)
    if owner and c.rest_is_end():
        mentions = np_after(c.text, owner.start(1), owner.end(1))
        if isinstance(mentions, list) and mentions and mentions[0] is not None:
            return c.direct(":", mentions[0])
    return GO_ON


def _colon_closing_paragraph_before(c: _Quotation):
    # A frame closing the paragraph before: '... Sam Tan said:' / 'said in a statement:' / 'posted on X:'.
    if c.blank_before:
        colon = _colon_frame(c.text, c.open_mark)
        if colon is not None:
            cm, mentions = colon
            c.used_cues.add(cm.start())
            return c.direct(cm.group(1), mentions[0], shared=mentions[1:])
    return GO_ON


def _agreement_closing_paragraph_before(c: _Quotation):
    # ... or a sentence of agreement closing it: 'Her husband, Lew Squires agreed. ¶ "It's awesome, really. ..."' (CBC,
    # quotes15): the person who agreed says the words that follow
    if c.blank_before:
        agreed = _agreement_before(c.text, c.open_mark)
        if agreed is not None and c.rest_is_end():
            return c.direct("agreed", agreed)
    return GO_ON


def _tv_caption(c: _Quotation):
    # A TV script's caption: 'GAO FENG, SPOKESPERSON CHINESE MINISTRY OF COMMERCE "We hope the US will ..."' (CGTN;
    # seed12): the name in capitals, then the title, opening the paragraph; no title (a reporter's "WANG HUI
    # BEIJING") names no speaker.
    before, before_start = c.before, c.before_start
    caption = _caption_speaker(before) if c.paragraph_start and c.rest_is_end() else None
    if caption is not None:
        name, role = caption
        mention = Mention(text=before.strip(), start=before_start, end=before_start + len(before.rstrip()),
                          kind="name", name=name, role=role, entity_kind="person")
        return c.direct(":", mention)
    return GO_ON


def _press_release_lead(c: _Quotation):
    # Press-release leads: "New Jersey Senator Bob Menendez: “...”" at the start of a paragraph.
    # Not a clause with a verb of saying or an "according to" whose subject names no one ('According to AFP, one
    # user on Weibo ... posted: “'): the lead is a name or a title.
    before = c.before
    lead = re.fullmatch(r"([A-Z][^:“”\"\n]{2,150}):\s*", before) if not c.cues and not ACCORDING_TO.search(before) \
        else None
    if lead and c.paragraph_start and c.rest_is_end():
        mention = _lead_speaker(c.text, c.before_start, c.before_start + lead.end(1))
        if mention is not None:
            return c.direct(":", mention)
    return GO_ON


def _signature_line(c: _Quotation):
    # A quotation signed on the line after it: "-Karoline Leavitt, White House Press Secretary".
    after = c.past_close
    sign = re.match(r"[ \t]*\n\s*[-–—]\s*([A-Z][^\n]{2,150})(?:\n|$)", c.body[after:after + 200])
    if sign and c.blank_before:
        mention = _lead_speaker(c.text, after + sign.start(1), after + sign.end(1))
        if mention is not None:
            return c.direct("-", mention)
    return GO_ON


def _according_to_before(c: _Quotation):
    am = re.search(r"\b[Aa]ccording to\s+([^,]{2,80}),\s*$", c.before)
    if am:
        mentions = np_after(c.text, c.before_start + am.start(1), c.before_start + am.end(1))
        if isinstance(mentions, list) and mentions[0]:
            return c.direct("according to", mentions[0])
    return GO_ON


def _read_statement_by(c: _Quotation):
    by = READ_STATEMENT_BY.match(c.body, c.past_close, c.s_close[1]) if c.blank_before else None
    if by:
        mentions = np_after(c.text, by.end(), c.s_close[1])
        if isinstance(mentions, list) and mentions and mentions[0] is not None:
            return c.direct("read", mentions[0])
    owner = c.blank_before and (READ_OWNERS_STATEMENT.fullmatch(c.body, c.past_close, c.s_close[1]) or
                                OWNERS_STATEMENT_READS.fullmatch(c.body, c.past_close, c.s_close[1]))
    if owner:
        mentions = np_after(c.text, owner.start(1), owner.end(1))
        if isinstance(mentions, list) and mentions and mentions[0] is not None:
            return c.direct("read", mentions[0])
    return GO_ON


def _statement_issued_before(c: _Quotation):
    body, q, s_close = c.body, c.q, c.s_close
    # The colon form: 'The statement said: "The Hong Kong Special Administrative Region Government is shocked ..."'
    # after "The Government made the statement today ..." (issue 8 seed round, held-out): the issuer's words, as
    # '"...," the statement said.' below.
    colon_form = STATEMENT_COLON.fullmatch(body, c.before_start, c.open_mark) and c.rest_is_end()
    if not colon_form and c.blank_before and c.rest_is_end():
        # ... or the colon frame closing the paragraph before, the quotation a paragraph of its own: "In a statement,
        # Psaki says the decision was taken ... ¶ The statement says: ¶ "Posts in Abu Dhabi, ... are instructed to
        # close ..."' (NPR via WAMU; set AY 001)
        end = len(body[:c.open_mark].rstrip())
        colon_form = STATEMENT_COLON.fullmatch(body, body.rfind("\n", 0, end) + 1, end) is not None
    # Framed by the statement just reported: '“...,” the statement added.' after "In a statement issued on Thursday, the
    # Cypriot Ministry of Foreign Affairs denied ...": the words of whoever that frame names (analyse.py).
    frame_form = c.blank_before and STATEMENT_FRAME.fullmatch(body, c.past_close, s_close[1])
    # ... or the statement of a body that spoke just before, no statement named: 'The New York Times report ... is “a
    # complete lie ...,” the Prime Minister’s Office said on Monday. ¶ “Hamas is the one that sabotages any deal
    # ...,” the statement read.' (JNS; set AB 010): analyse.py gives it to that body only (_statement_issuer)
    spoke_before = frame_form and c.text.cues_in(max(0, c.open_mark - 400), c.open_mark)
    if (colon_form or frame_form) and (STATEMENT_ISSUED.search(body, max(0, c.open_mark - 600), c.open_mark) or
                                       spoke_before):
        return issued_statement(c.text, c.content[0], c.content[1], "direct", None, c.s_open[0], s_close[1],
                                c.open_mark)
    return GO_ON


def _floating(c: _Quotation):
    # Floating: a quote that opens its sentence and ends it, with no frame (not one whose marks went astray: '“When
    # reports of this nature ..., a TDSB spokesperson responded Thursday. “While we recognize ...”' holds an
    # opening mark, and the frame of its first part inside it).
    # ... also after a topic's label opening the paragraph: 'On collaboration with the Green Party: “Maybe we need a
    # little different shade of Green here in New Brunswick.”' (Global News's interview, quotes15)
    body, q = c.body, c.q
    label = TOPIC_LABEL.fullmatch(c.before) and c.paragraph_start
    if (label or c.blank_before) and c.rest_is_end() and \
            len(body[q.start:q.end].split()) >= 3 and not OPENING_INSIDE.search(body, q.start, q.end):
        return c.direct(None, None, basis="floating")
    return GO_ON


# In order: the quotation's words and the frame after its closing mark (steps settling them, then the rules reading
# them), a dash's signature, the region before its opening mark and the cue in it, the colon frames before it and the
# paragraph before, leads and signatures, a statement issued before, a floating quotation.
FRAME_RULES = (_content_without_trailing_comma, _frame_sentence_after_stop, _stop_at_next_quotation,
               _gap_after_closing_mark, _cue_after, _adverb_before_inverted_frame, _no_cue_after_wording,
               _no_cue_after_title, _cue_out_of_reach,
               _speaker_of_cue_after, _quoted_as_saying, _framed_after,
               _dash_signature_after,
               _region_before, _slogan_before, _cues_before, _asked_before, _frame_gap_before, _speaker_of_cue_before,
               _inverted_between_quotations, _partly_quoted_after_that, _that_clause_partly_quoted,
               _quoted_predicate_clause, _framed_before,
               _speaking_colon, _posted_colon, _issued_colon, _posting_colon, _possessive_noun_colon, _owners_statement_colon,
               _colon_closing_paragraph_before, _agreement_closing_paragraph_before, _tv_caption,
               _press_release_lead, _signature_line, _according_to_before, _read_statement_by,
               _statement_issued_before, _floating)


CAPTION = re.compile(r"[A-Z][A-Z'’.-]+(?:,?\s+[A-Z][A-Z'’.&()-]*){2,14},?\s*")


def _caption_speaker(before: str) -> tuple[str, str] | None:
    """(name, role) of a caption in capitals before a quotation ("GAO FENG SPOKESPERSON, CHINESE MINISTRY OF
    COMMERCE"): the two or three words before the first title word, and the title from it."""
    if not CAPTION.fullmatch(before):
        return None
    ws = before.replace(",", " , ").split()
    first = next((i for i, w in enumerate(ws) if w.lower() in SPOKES_TITLES), None)
    if first is None or not 2 <= first <= 3 or "," in ws[:first - 1]:
        return None
    name = " ".join(w.capitalize() for w in ws[:first] if w != ",")
    role = " ".join(w for w in ws[first:] if w != ",").title()
    return name, role


SPOKES_TITLES = set(words("spokes_words")) | {"minister", "ministry", "president", "secretary", "ambassador", "director",
                                              "chairman", "chairwoman", "chairperson", "official", "premier", "governor",
                                              "mayor", "commissioner", "senator", "general", "deputy", "vice"}


# '..., saying: “Japan has hidden political agendas ...,” and referred to it as ...': a second predicate of the same
# subject after the quotation (the quotation is still all that its frame introduced).
COORDINATED_REST = re.compile(r"\s*,?\s*(?:and|but)\s+(?:also\s+|then\s+|later\s+)?[a-z]+ed\b")
# ', with a spokesperson saying: “': the spokesperson of the body the clause is about.
WITH_SPOKESPERSON = re.compile(r",\s+with\s+(?:a|an|the|its)\s+(?:%s)\s+$" % "|".join(words("spokes_words")))
# 'His message to the chancellor was: “': the owner's words (a pronoun, resolved like 'he said:').
POSSESSIVE_NOUN_FRAME = re.compile(r"\s*(His|Her|Their)\s+(?:%s)(?:\s+to\s+[^:.!?\"“”,]{1,60})?\s+(?:was|is|were):\s*"
                                   % "|".join(words("colon_frame_nouns")))
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they"}


def _clause_start(text: Text, s0: int, open_mark: int) -> int:
    """Where a clause partly quoted starts: after a quotation before it in the sentence, unless that one is a phrase
    quoted inside the clause too ('The "myth that ageing is a barrier" to contributing to society needs to be
    "exploded", the work and pensions minister has said.'; bbc15)."""
    after = text.quote_end_before(s0, open_mark)
    earlier = next((q for q in text.quotes if q.after == after), None)
    if earlier is not None and re.search(r"[A-Za-z]", text.body[s0:earlier.open_mark]) and \
            not text.cues_in(s0, open_mark):
        return s0
    return after


def _closing_kept(body: str, q, end: int) -> int:
    """The end of a clause only partly quoted: after the closing mark of the phrase quoted at its end ('... a world
    that was "fractured, divided and uncertain"', bbc15), not after a comma inside it ('"saw Burma as ...,"')."""
    return q.after if end == q.end and body[end - 1:end] not in (",", ";", ":") else end


def possessive_noun_frame(text: Text, lo: int, open_mark: int):
    """A pronoun Mention when the sentence before a quotation is only 'His message (to X) was:'."""
    m = POSSESSIVE_NOUN_FRAME.fullmatch(text.body, lo, open_mark)
    if m is None:
        return None
    word = _POSSESSIVE_PRONOUN[m.group(1).lower()]
    mention = parse_np([(word, m.start(1), m.end(1))])
    return mention if isinstance(mention, Mention) and mention.kind == "pronoun" else None


# The one who made the remarks, right after a quotation: '"China strongly opposes the practice of bloc politics ...,"
# Chinese Foreign Ministry spokesperson Mao Ning made the remarks when asked to comment ...' (Xinhua; seed19).
MADE_REMARKS = re.compile(r"\b(made)\s+the\s+(?:remarks|comments)\b")
# ... or the one an outlet quoted, the outlet closing the sentence: '"Against Chinese action to Senkaku Islands ...,"
# Kishi was quoted by CNN.' (IBTimes; set P); "was quoted by TASS as saying" is a frame of "saying".
QUOTED_BY_OUTLET = re.compile(r"\b(?:was|were|is|has\s+been)\s+(quoted)\s+(?:by|in)\s+(?:the\s+)?"
                              r"[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s*(?=[.;]|$)")


def _quote_frame_cue(body, lo, hi):
    """A verb that frames speech only beside a quotation, right after it: '," he continued.', '," went on X.'
    ('," the index continued to rise' is no frame)."""
    m = QUOTE_FRAME_CUE.search(body, lo, hi)
    if m and (not re.match(r"\s*(?:to|with|at|in)\b", body[m.end():hi]) or QUOTE_FRAME_FORMS.get(m.group(1)) == "confide"):
        return m     # (one confides in or to someone: '," a crestfallen Mr Lim confided in the show's presenter',
        #              bbc-news/politics/259, set AM)
    return None


COLON_FRAME = re.compile(r"\s+(?:in|on|to|via|through|at)\b[^:.!?\n\"“”]{0,60}$|\s*$")
# ... or the addressee of a verb like "tell" ('Al-Khater told Al Jazeera TV channel, Monday:', 'told reporters:'), and a
# day set off at the end.
ADDRESSEE_TAIL = re.compile(r"\s+[^:.!?\n\"“”,;]{1,60}")
SET_OFF_DAY = re.compile(r",?\s*(?:on\s+)?(?:" + WEEKDAY_NAMES + r")"
                         r"(?:\s+(?:morning|afternoon|evening|night))?\s*$")


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
    tail = SET_OFF_DAY.sub("", body[cm.end():end - 1])
    if not COLON_FRAME.fullmatch(tail) and not (CUE_FORMS.get(cm.group()) in ADDRESSEE_VERBS and
                                               ADDRESSEE_TAIL.fullmatch(tail)):
        return None
    mentions = subject_before(text, s0, cm.start())
    if isinstance(mentions, list) and mentions and mentions[0] is not None:
        return cm, mentions
    return None


# A paragraph closing on a colon, the next one set off as a block without quotation marks (the Guardian's live blogs:
# "She said:\n\nI think that they are being irresponsible ...").
COLON_PARAGRAPH_END = re.compile(r":[ \t]*\n\s*")
BLOCK_FRAME_VERBS = {"say", "add", "tell", "write"}
FIRST_PERSON = re.compile(r"\b(?:I|I’m|I'm|we|We|we’re|we're|our|Our|us|my|My)\b")
QUOTE_MARKS = re.compile(r"[“”\"]")


def unmarked_block_frames(text: Text, found) -> list[Attribution]:
    """'In an interview on the Today programme Yvette Cooper ... said ... She said:\n\nI think that they are being
    irresponsible ...\n\nTime and again they go for the gimmicks ...' (a Guardian live blog; in-site.xyz, bbc19): the
    paragraph set off after a paragraph ending 'X said:' is X's words, with the next ones in the first person and no
    frame of their own, when no quotation mark is in them."""
    body = text.body
    if ":\n" not in body and ": \n" not in body:
        return []
    out = []
    for m in COLON_PARAGRAPH_END.finditer(body):
        start = m.end()
        if start >= len(body) or QUOTE_MARKS.match(body, start) or any(a.start <= start < a.end for a in found):
            continue
        end = _block_end(text, start, True)
        if end is None:
            continue
        colon = _colon_frame(text, start)
        if colon is None or CUE_FORMS.get(colon[0].group(1).lower()) not in BLOCK_FRAME_VERBS:
            continue     # (not a fact sheet's "the United States is announcing:" over its list; whitehouse.gov)
        while (more := _block_end(text, end + 1 + len(body[end + 1:]) - len(body[end + 1:].lstrip()), False)):
            end = more
        cm, mentions = colon
        out.append(Attribution(start, end, "direct", cm.group(1), mentions[0], text.sentence_at(m.start())[0], end))
    return out


def _block_end(text: Text, start: int, first: bool) -> int | None:
    """Where a paragraph set off as quoted words ends: one of six words at least, closing on a stop, with no quotation
    mark and no reporting verb of its own; after the first, in the first person. Else None."""
    body = text.body
    if start >= len(body) or not body[start:start + 1].strip():
        return None
    stop = body.find("\n", start)
    stop = len(body) if stop < 0 else stop
    para = body[start:stop].rstrip()
    if len(para.split()) < 6 or para[-1:] not in ".!?" or QUOTE_MARKS.search(para) or para[:1] in "-*•#" or \
            text.cues_in(start, start + len(para)) or not (first or FIRST_PERSON.search(para)):
        return None
    return start + len(para)


AGREED_END = re.compile(r"\s+(?:also\s+)?(?:agreed|concurred|chimed\s+in)\.\s*$")


def _agreement_before(text: Text, open_mark: int):
    """The person named as the subject of the sentence of agreement that closes the paragraph before a quotation
    ("Her husband, Lew Squires agreed."), or None."""
    body = text.body
    end = len(body[:open_mark].rstrip())
    if end == 0 or "\n" not in body[end:open_mark]:
        return None
    s0, _ = text.sentence_at(end - 1)
    verb = AGREED_END.search(body, s0, end)
    if verb is None:
        return None
    mentions = subject_before(text, s0, verb.start() + 1)
    m = mentions[0] if isinstance(mentions, list) and mentions else None
    return m if m is not None and m.kind == "name" and m.entity_kind == "person" else None


def _lead_speaker(text: Text, start: int, end: int):
    """The speaker named by a lead or signature: 'Name, Title' or 'Title Name' (a person or a body)."""
    chunks = [c for c in split_chunks(tokens(text.body[start:end], start)) if c]
    if not chunks:
        return None
    titled = _titled_person_last(text, chunks)
    if titled is not None:
        return titled
    m = parse_np(chunks[0])
    if isinstance(m, Mention) and m.kind == "surname" and len(chunks) == 1 and _named_in_full_before(text, start, m):
        return m     # "DeRozan: “He’s been consistent ...”" after "DeMar DeRozan" (National Post; quotes18)
    if not isinstance(m, Mention) or m.kind not in ("name", "body"):
        return None
    if len(chunks) > 1 and m.kind == "name":
        m.role = m.role or text.body[chunks[1][0][1]:chunks[-1][-1][2]]
    return m


def _named_in_full_before(text: Text, start: int, m: Mention) -> bool:
    """Is a surname labelling a lead the last word of a person's full name the text gave before it?"""
    full = re.compile(r"\b[A-Z][\w’'.-]+[ \t]+" + re.escape(m.name) + r"\b(?![ \t]+[A-Z])")     # (re's cache keeps it)
    return full.search(text.body, 0, start) is not None     # (the text up to the label, not a copy of it)


def _titled_person_last(text: Text, chunks):
    """'Ranking Member, House Ways and Means Committee, Massachusetts Congressman Richard Neal': titles first, the
    person named last (a White House round-up of reactions); the titles before are the person's role."""
    if len(chunks) < 2 or is_personal_name([t[0] for t in chunks[0]]):
        return None
    m = parse_np(chunks[-1])
    # (a given name that is also a place's, a rarer given name with a common surname: "Speaker of the House, California
    # Congresswoman Nancy Pelosi", "House Majority Leader, Maryland Congressman Steny Hoyer"; the lead's round 31)
    if not (isinstance(m, Mention) and m.kind == "name" and m.name and
            (is_personal_name(without_initials(m.name.split())) or given_name_of_a_place(m.name.split()) or
             _person_titled(m))):
        return None
    m.role = text.body[chunks[0][0][1]:chunks[-2][-1][2]] + (", " + m.role if m.role else "")
    return m


def _person_titled(m: Mention) -> bool:
    """A name of two words or more after a person's title of its own: "Maryland Congressman Steny Hoyer"."""
    return len(m.name.split()) >= 2 and bool(m.role) and \
        any(w.lower().rstrip(".") in _PERSON_TITLE_WORDS and w[:1].isupper() for w in m.role.split())


_PERSON_TITLE_WORDS = NAME_HEADS | TITLE_WORDS     # (made once, not per word)


# '... he declared: "..." before catching himself on and quickly adding: "...': the rest of the sentence frames the
# next quotation.
NEXT_QUOTES_FRAME = re.compile(r"\s*,?\s*(?:before|and|then|while)\s[^\"“”:.;!?]{0,80}:\s*[\"“]")


def _next_quotes_frame(text: Text, pos: int, hi: int) -> bool:
    m = NEXT_QUOTES_FRAME.match(text.body, pos, hi)
    return bool(m) and bool(text.cues_in(pos, m.end()))


# A reported clause's subject and its apposition before the quoted predicate: ' the feature, available only in the
# US, "', ' that FBI Director William Webster, his new nominee to head the CIA, "'; not an occasion or a day ('in a
# statement, "', 'Tuesday, "').
CLAUSE_SUBJECT_GAP = re.compile(r"\s+(?:that\s+)?(?:the|a|an|this|these|those|its|his|her|their|[A-Z][\w'’.-]*)\s"
                                r"[^\"“”:;]*,[^\"“”:;]*,\s*$")
_NOT_CLAUSE_OPENERS = {w.lower() for w in words("weekdays") | words("months")} | {"today", "yesterday", "tonight", "last", "this",
                                                                      "earlier", "later", "then"}


def _quoted_predicate(body, cm, gap, s_start) -> int | None:
    """Where the clause begins when a forward frame's clause has its subject outside the quotation marks and only
    its predicate inside ('X said the feature, ..., "adds useful links"'), else None. Not after an inverted frame
    ('"...," said Kim Smith, chief economist at X, "...'), nor after 'told' and its addressee."""
    m = CLAUSE_SUBJECT_GAP.fullmatch(gap)
    if m is None or CUE_FORMS.get(cm.group(1)) in ADDRESSEE_VERBS and not gap.lstrip().startswith("that "):
        return None
    if re.search(r"[,\"”’]\s*$", body[s_start:cm.start()]):
        return None
    words_ = gap.split()
    first = words_[1] if words_[0] == "that" else words_[0]
    if first.lower() in _NOT_CLAUSE_OPENERS:
        return None
    return cm.end() + len(gap) - len(gap.lstrip()) + (5 if words_[0] == "that" else 0)


# A title set before the speaker's titled name with a comma: '"...," PNP chief, Director General Alan Purisima, said
# when asked ...' (Inquirer, asia20).
# ... after its owner's possessive or "the", its lowercase "of" complement after it: '"...," Sweden’s deputy director of
# public prosecutions, Eva-Marie Persson, said on Tuesday.' (RT via zyte; the lead's round 40)
TITLE_APPOSITION = re.compile(r"\s*(?:(?:the|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s)\s+)?"
                              r"((?:[A-Z]{2,}|[A-Za-z][a-z]+)(?:\s+(?:[A-Z]{2,}|[A-Za-z][a-z]+)){0,3})"
                              r"(?:\s+of\s+(?:the\s+)?[a-z]+(?:\s+[a-z]+){0,2})?,\s*")


# ... or a title naming its body, the body's initials after it: '"...," spokesperson for Ministry of External Affairs
# (MEA), Raveesh Kumar, said.' (Deccan Chronicle; set N 002)
TITLE_OF_BODY_APPOSITION = re.compile(r"\s*((?:[A-Za-z][a-z]+\s+){0,2}[A-Za-z][a-z]+)\s+(?:for|of|at|in)\s+(?:the\s+)?"
                                      r"[A-Z][\w'’&-]*(?:\s+(?:(?:of|for|and|on)\s+)?[A-Z][\w'’&-]*){0,6}"
                                      r"(?:\s+\([A-Z]{2,}\))?,\s*")


def _title_apposition(body, a0, start) -> bool:
    m = TITLE_APPOSITION.fullmatch(body, a0, start) or TITLE_OF_BODY_APPOSITION.fullmatch(body, a0, start)
    ws = m.group(1).split() if m else []
    return bool(ws) and ws[-1].lower() in TITLE_WORDS and all(w.isupper() or w.lower() in TITLE_WORDS for w in ws)


def _rest_is_end(body, pos, hi):
    rest = body[pos:hi].strip(" .!?”\"'’)")
    # (or a roundup's citation of the words: '... standing together. #SOTU” [Tweet, 3/1/22]', whose hashtag left no
    # stop to end the sentence at the closing mark; White House releases, the lead's round 31)
    return not rest or CITATION.fullmatch(rest) is not None


# The question the words answered, after the verb: '," Schinas said after reporters asked for a reaction to ...',
# '," she said when asked whether ...' (no "that": '," he said after the talks that ...' is a clause of its own).
ASKED_TAIL = re.compile(r"\s*,?\s*(?:after|when|as)\s+(?:being\s+|he\s+was\s+|she\s+was\s+)?(?:asked|questioned|pressed)\b|"
                        r"\s*,?\s*(?:after|when|as)\s+(?:reporters|journalists|a\s+reporter|a\s+journalist)\s+"
                        r"(?:asked|questioned|pressed)\b")


# A "that" inside the question asked is the question's: '," he said when asked by Senator X if they had any indication
# that ...', '," Purisima said when asked to react to Y's apprehension that ...' (Inquirer, asia20).
ASKED_THAT = re.compile(r"\b(?:if|whether|apprehension|claims?|reports?|allegations?|suggestions?)\b(?:(?!\bthat\b)[^.;])*\bthat\b")


# After 'told <addressee>' the occasion may run long and still say nothing of its own: '," he told the reporters on
# the sidelines after attending the inaugural ceremony of ... as the chief guest at ... Stadium, Mirpur.'
ADDRESSEE_ADJUNCT = re.compile(r"\s*(?:him|her|them|me|us|you|reporters|journalists|(?:the|a|an|his|her|its|their)\s+"
                               r"[\w'’-]+(?:\s+[\w'’-]+)?|[A-Z][\w'’.&-]*(?:\s+[A-Z][\w'’.&-]*)*)"
                               # (the day between: '," Schneider told reporters Wednesday following the Blue Jays' 7-1
                               # loss ...'; thescore.com, quotes11)
                               r"(?:\s+(?:on\s+)?(?:" + WEEKDAY_NAMES + r"))?"
                               # (or how or from where it was told: '," organizer Colin Sproul of the Bay of Fundy Inshore
                               # Fishermen's Association told the crowd through a bullhorn from the back of a pickup
                               # truck.', '," he told CBC over the phone'; CBC N.S., set T)
                               r"\s+(?:on|in|at|with|after|during|before|ahead\s+of|following|outside|via|through|from|"
                               r"over|when|while|"
                               # a participle telling the occasion: '," Kwon told a press conference marking ...'
                               r"[a-z]{3,}ing)\b"
                               r"(?:(?!\bthat\b)[^\"“”;:]){0,240}$")


# An audience told counted by its number, a body's possessive and acronym before it, where it was told after it: '“I
# am deeply honoured ...,” Adriana LaGrange told the association’s (ATA) nearly 500 teacher delegates at its 102nd
# Annual Representative Assembly.' (Global News; set BG 008): the count is no clause of the frame's own.
COUNTED_AUDIENCE = re.compile(r"\s*(?:(?:the|his|her|its|their)\s+[\w-]+['’]s\s+(?:\([A-Z]{2,8}\)\s+)?)?"
                              r"(?:(?:%s)\s+)?\d[\d,]*\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*s)"
                              r"(?:\s+(?:at|in|on|during|after|before|following|from|via|over)\s+(?:(?!\bthat\b)[^\"“”;:]){1,160}?)?"
                              r"\s*[.!?]?\s*$" % alternatives("count_approximators"))


def _counted_audience(tail: str) -> bool:
    """Is the tail after "told" an audience counted ('nearly 500 teacher delegates at ...'), no verb in its words?"""
    m = COUNTED_AUDIENCE.match(tail)
    return m is not None and not VERBISH & set(m.group(1).split())


SCENE_PARTICIPLES = "seated|flanked|surrounded|joined|accompanied|dressed|backed"


WITH_BEFORE = re.compile(r",\s+with\s+")


def _posting_frame(text: Text, lo: int, s_start: int, open_mark: int):
    """The poster of a quotation a participle of posting or writing frames: "Ms Ryan was quick to support the Labour
    MP, posting on Twitter: “...”" (the clause's subject), "..., with former frontbencher Siobhain McDonagh writing:
    "..."" (the one named after "with"; bbc20); None otherwise."""
    posting = POSTING_COLON.search(text.body, lo, open_mark)
    if posting is None:
        return None
    with_at = None
    for with_at in WITH_BEFORE.finditer(text.body, lo, posting.start()):
        pass
    if with_at is not None:
        mentions = np_after(text, with_at.end(), posting.start())
    elif text.body[lo:posting.start()].rstrip().endswith(","):
        mentions = clause_subject(text, s_start, posting.start(), pronoun=True)
    else:
        return None
    return mentions[0] if isinstance(mentions, list) and mentions and mentions[0] is not None else None


AGE_AFTER_NAME = re.compile(r"^\s*,\s*\d{1,3}(?=\s*(?:,|\.|$))")
# ... then where the speaker lives: '," said Jane Doe, 45, of Dieppe, N.B.', '..., 45, from Moncton.'
HOME_AFTER_AGE = re.compile(r"\s*,\s*(?:of|from)\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*,\s*[A-Z][\w.]*)?\.?\s*$")
APPOSITION_HEADS = frozenset(words("apposition_heads"))
# A lower-case role's head (its last word before "of", "for" or "at"), with up to two words before it.
LOWER_ROLE_OF = re.compile(r"\s*,\s*(?:(?!(?:of|for|at|with)\b)(?:[a-z][\w-]*|[A-Z]{2,5})\s+){0,3}?([a-z][\w-]*|[A-Z]{2,5})"
                           r"\s+(?:of|for|at|with)\s+\S")


STATE_ADJECTIVES = alternatives("state_adjectives")
# Where the frame after a quotation ends (_tail_ok): a participle, a conjunction, a scene's participle, the speaker's
# state, a comma closing the sentence or before the next quotation, a relative, a participle of saying, the reporter's
# concession ('“Yes. We’re dismantling interprovincial trade barriers,” he answered emphatically, despite the tight
# deadline.', Winnipeg Free Press; set BK 008).
FRAME_TAIL_END = re.compile(r",\s*(?:(?:" + MANNER_ADVERB + r"\s+)?\w+ing|and|but|before|as|in|after|who|whose|which|when|while|with|despite|" + SCENE_PARTICIPLES +
                            r"|(?:\w+ly\s+)?(?:" + STATE_ADJECTIVES + r"))\b|"
                            r",\s*$|,\s*[\"“']|^\s+who\s|"
                            r"^\s+(?:noting|adding|stressing|saying|explaining|insisting|warning|citing|pointing\s+out)\b")


def _tail_ok(body, cm, hi, mentions):
    """After 'he said' only an adjunct, a comma, or the end of the sentence may follow."""
    end = max(m.end for m in mentions if m) if mentions else cm.end()
    tail = body[max(end, cm.end()):hi]
    # (the speaker's age first: '," said Iman Cesari, 30, a Nassau County employee ...', '," said David Magel, 53, who
    # lives in the Chicago suburbs ...' (PolNeAR); what follows it is read as after the name)
    if cm.group() == "saying" and QUOTING_AGENT.match(tail) and nothing_said_after(tail):
        return True     # '"I demand better transparency," he is quoted as saying by Germany's Manger Magazin.': the
        #                 agent reporting the words and an adjunct (bbc-news/business/193; as indirect's, set BR 011)
    aged = AGE_AFTER_NAME.match(tail)
    tail = tail[aged.end():] if aged else tail
    if aged and HOME_AFTER_AGE.match(tail):
        return True
    if SAID_IT_OCCASION.match(tail) and CUE_FORMS.get(cm.group()) == "say":
        tail = re.sub(r"^\s+(?:it|this)\b", "", tail)     # 'said it on Saturday night' (_said_it_frame): the quotation's occasion
    if CUE_FORMS.get(cm.group()) in ADDRESSEE_VERBS:
        if _counted_audience(tail):
            return True               # '," Adriana LaGrange told ... nearly 500 teacher delegates at ...'
        a = ADDRESSEE.match(tail)     # '"...," Michael Rabb, an analyst, told Reuters.'
        tail = tail[a.end():] if a else tail
        plain = tail.strip().rstrip(".!?")
        if plain and len(plain.split()) <= 8 and not any(w.lower() in VERBISH for w in plain.split()):
            return True               # '"I am proud of you," Mr. Clarke told some of the miners.'
        if ADDRESSEE_ADJUNCT.match(body, max(end, cm.end()), hi):
            return True               # '," he told a news conference with his German counterpart in Berlin ...'
    if ASKED_TAIL.match(tail) and (not re.search(r"\bthat\b", tail) or ASKED_THAT.search(tail)):
        return True
    # A participle (", citing ...", ", adding that ..."), a conjunction or the next quotation ends the frame.
    # (a relative clause right after the name needs no comma: '," said Frank Germano who has lived in the
    # neighbourhood for over 20 years.')
    # (a participle of saying needs no comma either: '," Roque said noting that Malacañang did not implement ...', PNA;
    # seed12)
    # (a past participle of the scene too: '," he said, seated in an armchair in front of more than a dozen reporters
    # ...', Winnipeg Free Press; quotes18)
    # (and an absolute phrase of the scene: '," Sir Ed said, with his MPs behind him.'; impartialreporter.com, bbc20)
    # (and how the speaker was: '," he said, genuinely happy to talk into yet another tape recorder.'; bbc-news/sport/473)
    tail = FRAME_TAIL_END.split(tail)[0]
    # (and '"...," Bagchi mentioned further.', '," the FO spokesperson said further.': issue 8 seed round, held-out)
    if re.match(r"\s*(?:then|later|earlier|again|too|also|afterwards|simply|only|further)\b", tail):
        tail = re.sub(r"^\s*\w+", "", tail)      # '"...," he said then.'
    if re.match(r"\s*,\s*(?:the|a|an|his|her|its|their|one\s+of|another|[A-Z]|"
                # ... a role with no article: '," said Romain Nadal, spokesperson of the French Foreign Ministry.',
                # '," said Avi Bell, senior fellow at the right-wing Kohelet Policy Forum in Israel.' (AFP; Zyte)
                r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+(?:of|for|at|to|with)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}[A-Z])",
                tail) and \
            len(tail.split()) <= 45:
        return True      # an apposition after the speaker: '..., said Bryan English, the campaign's director.',
                         # '," said Wang, one of the other three foreign ministry spokespersons, as he ...'
    role = LOWER_ROLE_OF.match(tail)
    if role and (role.group(1).lower() in NAME_HEADS or role.group(1) in APPOSITION_HEADS) and len(tail.split()) <= 30:
        return True      # ... or a lower-case role (an acronym in it) of a body: '," said Jane Doe, president of the union.',
        #                  '," said Jane Doe, president and CEO of the Moncton Hospital Foundation.',
        #                  '," said Dr. Bill Lowe, head of family practice for the northern zone of the provincial health
        #                  authority.' (CBC N.S.; set Y)
    # '," he said to applause', '," he concluded, to loud Tory cheering.'; what the words were about: '," she said of
    # the wildfire situation that was sparked by an off-highway vehicle fire on the weekend.'
    return adjunct_only(tail) or bool(re.match(r"\s*,?\s*(?:to|on|in)\s", tail)) or \
        bool(re.match(r"\s+of\s+(?:the|a|an|his|her|its|their|this|that|[A-Z])", tail))
