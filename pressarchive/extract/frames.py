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
from .indirect import (REJECTING, according_frame, called_frames, continuations, judgement_frames, made_by_frames,
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


def _coordinated_frame_ends_words(body, att, found, covered, cue_at):
    """Trim the words of an earlier frame of the sentence that run over the subject of a coordinated frame."""
    if att.mention.kind not in ("name", "surname", "title") or not body[att.mention.start:att.mention.start + 1].isupper() \
            or body[att.mention.end:att.start].strip(" ,") and not re.fullmatch(r"\s*(?:[a-z]+\s+){0,3}(?:that\s*)?",
                                                                                 body[att.mention.end:att.start]):
        return found, covered     # (not "but that Mr. LeVota - who denied ...", "and the letter Mike wrote was ...")
    for i, p in enumerate(found):
        if id(p) not in cue_at or not (cue_at[id(p)] < p.start < att.mention.start < p.end):
            continue
        lead = COORDINATED_SUBJECT_BEFORE.search(body, p.start, att.mention.start)
        if lead is None:
            continue
        trimmed = replace(p, end=lead.start())
        cue_at[id(trimmed)] = cue_at[id(p)]
        covered = [(p.start, lead.start()) if (a, b) == (p.start, p.end) else (a, b) for a, b in covered]
        found[i] = trimmed
    return found, covered


def find_attributions(body: str, text: "Text | None" = None) -> list[Attribution]:
    """Every statement framed in body; pass its Text when the caller already built one."""
    text = text or Text(body)
    found: list[Attribution] = []
    used_cues = set()
    covered = []   # content spans already taken
    cue_at = {}    # id of a reported-speech attribution -> where its cue is

    # 1. Direct quotes with a frame beside them, and floating quotes.
    for q in text.quotes:
        att = quotation_frame(text, q, used_cues)
        if att:
            found.append(att)
            covered.append((q.open_mark, q.after))

    # 2. Reported speech around reporting verbs outside quotes.
    for s_start, s_end in text.sents:
        for m in text.cues_in(s_start, s_end):
            c_start, c_end = m.start(), m.end()
            if c_start in used_cues or text.in_quote(c_start):
                continue
            form = m.group(1)
            base = CUE_FORMS[form]
            att = reported_frame(text, s_start, s_end, c_start, c_end, form, base, found)
            if att and att.kind == "indirect":
                att = _through_open_quotation(text, att)
            if att and base in ANSWERING and c_end <= att.start and \
                    ANSWERED_CLAIM.search(body, max(c_end, att.start - 40), att.start):
                att = None
            if att and base in ANSWERING and _answers_someone_who_said(body[att.start:att.end]):
                att = None
            if att and att.mention is not None and c_end <= att.start and \
                    SUBORDINATE_OPENING.match(body, s_start) and att.mention.start > s_start:
                # The main clause after an opening "after" clause of another's words: "A day after European Council
                # President Charles Michel hinted that the EU would be ready ..., a Commission spokeswoman Dana Spinant
                # asked the press not to speculate ..." (republika.mk; seed12): the first words end at the comma
                # before the main clause's subject.
                comma = body.rfind(",", s_start, att.mention.start)
                for i, p in enumerate(found):
                    if id(p) in cue_at and p.sentence_start == s_start and p.start < comma < p.end and \
                            cue_at[id(p)] < comma and not body[comma + 1:att.mention.start].strip():
                        trimmed = replace(p, end=comma)
                        cue_at[id(trimmed)] = cue_at[id(p)]
                        covered = [(trimmed.start, comma) if (a, b) == (p.start, p.end) else (a, b) for a, b in covered]
                        found[i] = trimmed
            if att and att.mention is not None and att.mention.start < att.start:
                found, covered = _coordinated_frame_ends_words(body, att, found, covered, cue_at)
            if att and not any(a <= att.start and att.end <= b for a, b in covered):
                # A frame inside the words of a later inverted frame ends where those words end, not across that
                # frame: in "Japan has urged again the Chinese government to ..., Chief Cabinet Secretary Osamu
                # Fujimura said Tuesday, as ..." Japan's words stop before ", Chief Cabinet Secretary".
                for i, p in enumerate(found):
                    # (not a rejecting of proposals, an act: "It was because he had rejected previous Lib Dem
                    # proposals, ..., that Britain's economy was successful, claimed Mr Brown.")
                    if id(p) in cue_at and p.start <= c_start < p.end and \
                            att.start <= cue_at[id(p)] < att.end <= c_start and \
                            CUE_FORMS.get((p.cue or "").lower()) not in {"reject", "dismiss"}:
                        end = att.end
                        while end > p.start and body[end - 1] in " ,;:":
                            end -= 1
                        trimmed = replace(p, end=end)
                        cue_at[id(trimmed)] = cue_at[id(p)]
                        covered = [(trimmed.start, end) if (a, b) == (p.start, p.end) else (a, b) for a, b in covered]
                        found[i] = trimmed
                used_cues.add(c_start)
                found.append(att)
                cue_at[id(att)] = c_start
                covered.append((att.start, att.end))
        if body.find("ccording to", s_start, s_end) < 0:
            continue     # (the cheap test first: most sentences hold no "according to")
        sentence = body[s_start:s_end]
        for m in ACCORDING_TO.finditer(sentence):
            a_start = s_start + m.start()
            if text.in_quote(a_start):
                continue
            att = according_frame(text, s_start, s_end, a_start, s_start + m.end())
            if att and not any(a <= att.start and att.end <= b for a, b in covered):
                found.append(att)
                covered.append((att.start, att.end))
    found.extend(called_frames(text, found))     # 'X called OBJECT "WORDS"'
    found.extend(judgement_frames(text, found))     # 'X called OBJECT a lie'
    nominal = nominal_frames(text, found)       # "X's statement that ..."
    # (another's words a verb of rejecting names are theirs, not the rejecter's: "refuted remarks made by X that ...")
    found = [a for a in found if CUE_FORMS.get(a.cue or "") not in REJECTING or
             not any(a.start <= n.start and n.end <= a.end for n in nominal)] + nominal
    found.extend(made_by_frames(text, found))    # "CONTENT. X made the statement ..."
    found.extend(statement_subject_frames(text, found))     # "The statement says that ..."
    found.extend(unmarked_block_frames(text, found))     # 'She said:' over a paragraph set off without marks
    found.sort(key=lambda a: a.start)
    found = continuations(text, found)
    # Floating quotes inside another statement's content are part of it.
    spans = [(a.start, a.end) for a in found if a.mention is not None or a.shared]
    found = [a for a in found if a.mention is not None or a.basis not in ("floating", "continuation")
             or not any(s <= a.start and a.end <= e and (s, e) != (a.start, a.end) for s, e in spans)]
    return found
