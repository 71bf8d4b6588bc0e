"""Find statements: quotation spans and reported-speech frames around a closed lexicon of reporting verbs.

Every statement is an Attribution: the content span (offsets into the body), the cue, and the source mention
(subject of the verb, inverted "said X", "according to X"). Quotes without a frame that open a sentence are
'floating': the resolver gives them the speaker of the statement before.

find_attributions() makes three passes over one document's Text (layout.py: sentences, quotes, cue positions):
1. quotations (direct.py, quotation_frame): a frame after the closing mark ('," he said', '," said X',
   '" - X'), before the opening mark ('X told the BBC: "'), a paragraph ending 'X said:' before it, a
   press-release lead ('Name, Title: "') or signature line, or none (floating); a clause only partly quoted
   becomes one indirect statement;
2. reported speech around each remaining cue outside quotes (indirect.py, reported_frame): inverted
   ('..., said X'), postposed ('..., X said on Monday'), forward ('X said (that) ...'), participles
   (', adding that ...'), "according to X" (according_frame), and 'X called OBJECT "WORDS"' (called_frames);
3. continuations (indirect.py): the next sentences of reported speech with 'would'/'could' and no frame.
Who speaks is found by subjects.py (subject_before left of a cue, np_after right of it; noun phrases parsed by
mentions.parse_np); where the words said begin and end by spans.py.
"""
import re
from dataclasses import replace

from ..models import Attribution
from .direct import quotation_frame, unmarked_block_frames
from .indirect import (REJECTING, names_a_country, according_frame, called_frames, continuations, judgement_frames, relative_described_frames, with_passive_judged_frames, party_nominal_frames, made_by_frames, official_named_next_frames, house_told_named_next_frames,
                       nominal_frames, statement_subject_frames, reported_frame)
from .layout import Text
from .lexicon import ACCORDING_TO, BETWEEN, CUE_FORMS

# A verb of answering whose "that" clause belongs to a noun of another's words just before it: "The minister was
# responding to reporters' questions on Trinamool's claims that the BJP leaders were making a beeline for Bengal ..."
# (Deccan Herald; dates11): the clause is Trinamool's claim (nominal_frames), not what the minister said.
ANSWERING = {"respond", "reply", "answer", "react"}
# A sentence opened by a clause of time or reason before its main clause ("A day after ...", "After ...", "When ...").
SUBORDINATE_OPENING = re.compile(r"\s*(?:(?:A|One|Two|Three|Four|Five|Several|A\s+few)\s+(?:days?|weeks?|hours?)\s+"
                                 r"(?:after|before)|After|Before|When|While|Since|Although|Though|Hours\s+after|"
                                 r"Days\s+after|Shortly\s+after)\s")
# What was answered named with its speaker in a relative clause: "The premier was responding to a challenge from Tory
# leader Michael Howard who said Labour would raise taxes ..." (bbc12): the answering frame says nothing of its own, the
# relative clause's frame is Howard's.
ANSWERED_SPEAKER = re.compile(r"\b(?:who|which)\s+([a-z]+(?:\s+[a-z]+){0,3})")


def _answers_someone_who_said(content: str) -> bool:
    """Is content ("to a challenge from X who said ...") what was answered, its speaker's words framed in it?"""
    if content.split(" ", 1)[0].lower() not in {"to", "with"}:
        return False
    for m in ANSWERED_SPEAKER.finditer(content):
        for w in m.group(1).split():
            if w in CUE_FORMS:
                return True
            if w not in BETWEEN:
                break
    return False


ANSWERED_CLAIM = re.compile(r"\b(?:claims?|allegations?|accusations?|assertions?|remarks|comments|statements?|"
                            r"reports?|suggestions?)\s+(?:that\s+)?$")


def _through_open_quotation(text: "Text", att: Attribution) -> Attribution:
    """'Mayor Jim Watson said the plan was "a mess. We need you now."': words cut at a stop inside a quotation they
    open run on to its closing mark, in the same paragraph (GUIDELINES: a clause partly in quotation marks is one
    indirect statement; CTV, the lead's round 18)."""
    body = text.body
    q = text.quote_around(att.end)
    if q is None or q.open_mark < att.start or q.after - att.end > OPEN_QUOTATION_REACH or \
            "\n" in body[att.end:q.after]:
        return att
    # (the marks inside the words, a part of them quoted: not a quotation opened after the words' last stop, nor one
    # a colon or the frame itself opens: 'in a letter: "We're not ...', 'Benitez said: "We had ...'; nor one closing on
    # a comma, its own frame to follow: '... future "I think Sean's situation is ... playing," he said.')
    before = body[att.start:q.open_mark]
    inside = body[q.start:q.end].rstrip()
    if len(before.split()) < 2 or before.rstrip().endswith((":", ".", "!", "?")) or \
            not re.search(r"\w", body[q.start:att.end]) or _cue_opens(text, att.start, q.open_mark) or \
            inside.endswith(",") or any(mark in inside for mark in '"“”'):
        return att
    return replace(att, end=q.after, sentence_end=max(att.sentence_end, q.after))


OPEN_QUOTATION_REACH = 400
MARK_AFTER_CUE = re.compile(r"[,:]?\s*")


def _cue_opens(text: "Text", lo: int, mark: int) -> bool:
    """Does a reporting verb of the document's own list end right before the mark ('Benitez said: "', 'said "')?"""
    cues = text.cues_in(lo, mark)
    return bool(cues) and MARK_AFTER_CUE.fullmatch(text.body, cues[-1].end(), mark) is not None


# ", and President Biden confirmed unwavering U.S. support ...": a named speaker's frame coordinated after the words
# of another frame ("Both leaders reaffirmed their commitment to ..., and President Biden confirmed ..."; a White
# House readout, wire18) ends those words at the comma.
COORDINATED_SUBJECT_BEFORE = re.compile(r",\s+(?:and|but|while|whereas)\s+$")


def _coordinated_frame_ends_words(body, att, acc: "_Found"):
    """Trim the words of an earlier frame of the sentence that run over the subject of a coordinated frame."""
    if att.mention.kind not in ("name", "surname", "title") or not body[att.mention.start:att.mention.start + 1].isupper() \
            or body[att.mention.end:att.start].strip(" ,") and not re.fullmatch(r"\s*(?:[a-z]+\s+){0,3}(?:that\s*)?",
                                                                                 body[att.mention.end:att.start]):
        return     # (not "but that Mr. LeVota - who denied ...", "and the letter Mike wrote was ...")
    for i, p in enumerate(acc.found):
        if id(p) not in acc.cue_at or not (acc.cue_at[id(p)] < p.start < att.mention.start < p.end):
            continue
        lead = COORDINATED_SUBJECT_BEFORE.search(body, p.start, att.mention.start)
        if lead is not None:
            acc.trim(i, lead.start())


class _Found:
    """The attributions found so far in one document, with the content spans they cover, the cues they used and
    where each reported-speech attribution's cue is (id -> offset)."""

    def __init__(self):
        self.found: list[Attribution] = []
        self.used_cues = set()
        self.covered = []      # content spans already taken
        self.cue_at = {}       # id of a reported-speech attribution -> where its cue is

    def covers(self, att) -> bool:
        return any(a <= att.start and att.end <= b for a, b in self.covered)

    def add(self, att, cue_start=None):
        self.found.append(att)
        self.covered.append((att.start, att.end))
        if cue_start is not None:
            self.used_cues.add(cue_start)
            self.cue_at[id(att)] = cue_start

    def trim(self, i: int, end: int):
        """The i-th attribution's words end at end (its cue and covered span follow)."""
        p = self.found[i]
        trimmed = replace(p, end=end)
        self.cue_at[id(trimmed)] = self.cue_at[id(p)]
        self.covered = [(p.start, end) if (a, b) == (p.start, p.end) else (a, b) for a, b in self.covered]
        self.found[i] = trimmed


def find_attributions(body: str, text: "Text | None" = None) -> list[Attribution]:
    """Every statement framed in body; pass its Text when the caller already built one. The passes of
    ATTRIBUTION_PASSES find them in order; FRAMES_AFTER_PASSES add the frames that read the ones found."""
    text = text or Text(body)
    acc = _Found()
    for find in ATTRIBUTION_PASSES:
        find(text, acc)
    found = acc.found
    for frames in FRAMES_AFTER_PASSES:
        found = frames(text, found)
    return found


def _quotations(text, acc):
    """1. Direct quotes with a frame beside them, and floating quotes."""
    for q in text.quotes:
        att = quotation_frame(text, q, acc.used_cues)
        if att:
            acc.found.append(att)
            acc.covered.append((q.open_mark, q.after))
            if att.kind == "indirect" and att.start < q.open_mark and text.cues_in(att.start, q.open_mark):
                # a clause partly quoted whose own frame the speaker after it reports ('Vietnam urged China to
                # "immediately release ...", the spokesperson told reporters'; direct._outer_frame_after): the
                # clause's frame is within her words, no statement of its own
                acc.covered.append((att.start, att.end))


def _reported_speech(text, acc):
    """2. Reported speech around reporting verbs outside quotes, and "according to X", sentence by sentence."""
    body = text.body
    for s_start, s_end in text.sents:
        for m in text.cues_in(s_start, s_end):
            if m.start() not in acc.used_cues and not text.in_quote(m.start()):
                _reported_at_cue(text, acc, s_start, s_end, m)
        if body.find("ccording to", s_start, s_end) >= 0:     # (the cheap test first: most sentences hold none)
            _according_to(text, acc, s_start, s_end)


def _reported_at_cue(text, acc, s_start, s_end, m):
    c_start, c_end = m.start(), m.end()
    form = m.group(1)
    base = CUE_FORMS[form]
    att = reported_frame(text, s_start, s_end, c_start, c_end, form, base, acc.found)
    if att and att.kind == "indirect":
        att = _through_open_quotation(text, att)
    if att and base in ANSWERING and _answers_another(text.body, att, c_end):
        att = None
    if att is None:
        return
    if att.mention is not None and c_end <= att.start and SUBORDINATE_OPENING.match(text.body, s_start) and \
            att.mention.start > s_start:
        _opening_clause_words_end(text.body, acc, att, s_start)
    if att.mention is not None and att.mention.start < att.start:
        _coordinated_frame_ends_words(text.body, att, acc)
    if not acc.covers(att):
        _earlier_words_end_before(text.body, acc, att, c_start)
        acc.add(att, c_start)
    elif _relative_aside_frame(text.body, acc, att):
        acc.add(att, c_start)
    elif _nested_frame(text.body, acc, att, c_start):
        acc.found.append(att)     # (its span is the outer one's already: covered)
        acc.used_cues.add(c_start)
        acc.cue_at[id(att)] = c_start


# A call right before what is called for: "called for", "called on", "urged" (frames._nested_frame).
NESTED_CALL = re.compile(r"(?:called\s+(?:for|on)|urged)\s*$")


def _nested_frame(body, acc, att, c_start) -> bool:
    """'He added that UN chief Antonio Guterres told the UN Security Council on Wednesday that the level of aid remains
    ...' (TRT World; set S 002): a frame opening another's reported words, its subject a person or body named right at
    their start and its own "that": a statement of its own inside the outer one (GUIDELINES), both kept."""
    m = att.mention
    if m is None or not (m.kind in ("name", "body") or m.kind == "surname" and names_a_country(m)) or \
            att.kind != "indirect" or \
            not (re.search(r"\bthat\s*$", body[max(c_start, att.start - 80):att.start]) or
                 NESTED_CALL.match(body, c_start, att.start)):
        return False     # (or a call and its object: "He also said that the State of Qatar called for an immediate
        #                  cessation of hostilities"; QNA, set AJ 011)
    return any(id(p) in acc.cue_at and p.kind == "indirect" and p.start == m.start and att.end <= p.end
               for p in acc.found)


# An appositive's relative clause whose verb another frame set off by commas tells: "Pyongyang repeated its threat to
# attack the U.S. territory of Guam ..., a plan that, the DPRK military said, was in the “final stages” of development."
# (NK News; set AN 001)
RELATIVE_ASIDE = re.compile(r",\s+(?:a|an|the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,4}?(?:that|which)\s*,\s*$")


def _relative_aside_frame(body, acc, att) -> bool:
    """The aside's frame is a statement of its own, the relative clause's verb phrase after it its words; the words
    covering it end before the appositive (", a plan that"), which is no part of what their speaker said."""
    m = att.mention
    if m is None or att.kind != "indirect" or m.kind not in ("name", "body", "surname", "title") or att.start < m.end:
        return False
    aside = RELATIVE_ASIDE.search(body, max(att.sentence_start, m.start - 60), m.start)
    if aside is None or not re.match(r"\s*(?:said|says|added|stated)\s*,", body[m.end:att.start]):
        return False
    for i, p in enumerate(acc.found):
        if id(p) in acc.cue_at and p.start < aside.start() and att.end <= p.end:
            acc.trim(i, aside.start())
            return True
    return False


def _answers_another(body, att, c_end) -> bool:
    """An answering verb's words that are what was answered: another's claim just before them, or a challenge from
    someone "who said ..." (see ANSWERED_CLAIM, _answers_someone_who_said)."""
    return (c_end <= att.start and ANSWERED_CLAIM.search(body, max(c_end, att.start - 40), att.start) is not None) \
        or _answers_someone_who_said(body[att.start:att.end])


def _opening_clause_words_end(body, acc, att, s_start):
    # The main clause after an opening "after" clause of another's words: "A day after European Council President
    # Charles Michel hinted that the EU would be ready ..., a Commission spokeswoman Dana Spinant asked the press not
    # to speculate ..." (republika.mk; seed12): the first words end at the comma before the main clause's subject.
    comma = body.rfind(",", s_start, att.mention.start)
    for i, p in enumerate(acc.found):
        if id(p) in acc.cue_at and p.sentence_start == s_start and p.start < comma < p.end and \
                acc.cue_at[id(p)] < comma and not body[comma + 1:att.mention.start].strip():
            acc.trim(i, comma)


def _earlier_words_end_before(body, acc, att, c_start):
    # A frame inside the words of a later inverted frame ends where those words end, not across that frame: in "Japan
    # has urged again the Chinese government to ..., Chief Cabinet Secretary Osamu Fujimura said Tuesday, as ..."
    # Japan's words stop before ", Chief Cabinet Secretary".
    for i, p in enumerate(acc.found):
        # (not a rejecting of proposals, an act: "It was because he had rejected previous Lib Dem proposals, ...,
        # that Britain's economy was successful, claimed Mr Brown.")
        if id(p) in acc.cue_at and p.start <= c_start < p.end and \
                att.start <= acc.cue_at[id(p)] < att.end <= c_start and \
                CUE_FORMS.get((p.cue or "").lower()) not in {"reject", "dismiss"}:
            end = att.end
            while end > p.start and body[end - 1] in " ,;:":
                end -= 1
            acc.trim(i, end)


def _according_to(text, acc, s_start, s_end):
    sentence = text.body[s_start:s_end]
    for m in ACCORDING_TO.finditer(sentence):
        a_start = s_start + m.start()
        if text.in_quote(a_start):
            continue
        att = according_frame(text, s_start, s_end, a_start, s_start + m.end())
        if att and not acc.covers(att) and not _relays_a_frame(text.body, acc, att):
            acc.add(att)


def _relays_a_frame(body: str, acc, att) -> bool:
    """Is X of "according to X" a body whose words hold a frame found already, its subject in them? "According to the
    Chinese ministry, Liu expressed "grave concern ..."", "Yokochi ... reiterated its requests ..., according to the
    Japanese Embassy" (Jiji Press, set AZ 011): the body relays Liu's and Yokochi's sayings, which speak for themselves.
    Not a person's account of what her side did: "According to Zahra, Pakistan has emphasized its wish ..." is Zahra's
    (Associated Press of Pakistan, set I 008); nor what unnamed people did ("According to the Post, Bush campaign
    officials looked into ... They determined that ...": the Post's, PolNeAR west-journal_2015-12-16), nor a capital
    word the text named no one by ("Total estimated crude oil production ... was 408 mln bbls, ..., according to the
    California Department of Conservation": reut2-001 #616)."""
    return att.mention is not None and att.mention.kind == "body" and \
        any(a.mention is not None and att.start <= a.mention.start < a.start < att.end and
            _named_before(body, a.mention, att.start) for a in acc.found)


def _named_before(body: str, m, pos: int) -> bool:
    """Is m a person's full name, or a surname the text gave in a full name before pos ("Liu Jinsong ... Liu", "Akira
    Yokochi ... Yokochi")?"""
    if m.kind != "surname" or not m.name:
        return m.kind == "name"
    name = re.escape(m.name)
    return re.search(r"[A-Z][\w'’-]+\s+%s\b|\b%s\s+[A-Z][\w'’-]+" % (name, name), body[:pos]) is not None


def _extended(frames):
    """A pass adding the frames that frames(text, found) finds to those found."""
    def extend(text, found):
        return found + frames(text, found)
    extend.__name__ = f"with_{frames.__name__}"
    return extend


def _with_nominal_frames(text, found):
    """"X's statement that ..."; another's words a verb of rejecting names are theirs, not the rejecter's: "refuted
    remarks made by X that ..."."""
    nominal = nominal_frames(text, found)
    return [a for a in found if CUE_FORMS.get(a.cue or "") not in REJECTING or
            not any(a.start <= n.start and n.end <= a.end for n in nominal)] + nominal


def _in_order(text, found):
    return sorted(found, key=lambda a: a.start)


def _floating_inside_others(text, found):
    """Floating quotes inside another statement's content are part of it."""
    spans = [(a.start, a.end) for a in found if a.mention is not None or a.shared]
    return [a for a in found if a.mention is not None or a.basis not in ("floating", "continuation")
            or not any(s <= a.start and a.end <= e and (s, e) != (a.start, a.end) for s, e in spans)]


# A quotation closed at its sentence's end and opened again at once, nothing between the marks but spaces on the same
# line: 'said: "We're asking ... sensibly." "The ballot was for one day's action. ..."' (bbc-news/politics/210, set
# G); '"Deportation may tackle ... in this country." "Unless we get that, ..."' (097, set BA).
REOPENED_AT_ONCE = re.compile(r"[.?!]?[\"”][ \t]*[\"“]")


def _floating_reopened_at_once(text, found):
    """A floating quotation that opens right where the direct quotation before it closed (no frame, no new line
    between the marks) runs on from it: one statement from the first opening mark to the last closing mark
    (GUIDELINES: a quote that runs on without a new frame is one), not a second one carried over."""
    body, out = text.body, []
    for a in found:
        prev = out[-1] if out else None
        if prev is not None and a.kind == "direct" and a.mention is None and a.basis == "floating" and \
                prev.kind == "direct" and prev.end <= a.start and not prev.shared and \
                REOPENED_AT_ONCE.fullmatch(body, prev.end, a.start) and \
                (body[prev.end] in ".?!" or body[prev.end - 1:prev.end] in (".", "?", "!")):
            out[-1] = replace(prev, end=a.end, sentence_end=max(prev.sentence_end, a.sentence_end))
            continue
        out.append(a)
    return out


ATTRIBUTION_PASSES = (_quotations, _reported_speech)
FRAMES_AFTER_PASSES = (
    _extended(called_frames),        # 'X called OBJECT "WORDS"'
    _extended(judgement_frames),     # 'X called OBJECT a lie'
    _extended(relative_described_frames),   # 'X, which she described as Y'
    with_passive_judged_frames,      # 'described as "Y" by X'
    _with_nominal_frames,            # "X's statement that ..."
    _extended(party_nominal_frames),         # "backed Tory demands that ..."
    _extended(made_by_frames),       # "CONTENT. X made the statement ..."
    _extended(official_named_next_frames),   # "CONTENT, an official said Monday. ¶ ..., X, an official of Y, said"
    _extended(house_told_named_next_frames),  # "CONTENT, the Dewan Rakyat was told today. ¶ ..., Minister X said, ..."
    _extended(statement_subject_frames),     # "The statement says that ..."
    _extended(unmarked_block_frames),        # 'She said:' over a paragraph set off without marks
    _in_order,
    continuations,                   # the next sentences of reported speech with 'would'/'could' and no frame
    _floating_inside_others,
    _floating_reopened_at_once)      # '... in this country." "Unless we get that, ..."': one quotation run on
