"""One document through clean -> extract -> resolve -> date -> topics: the article row and its statements.

Statements of news text come from the rules (extract/frames.py), the learned tagger (extract/learned.py) or
both, as PRESSARCHIVE_EXTRACTION says (rules / model / both; default EXTRACTION); transcripts and releases
always from the rules, as are releases (their issuer speaks)."""
import bisect
import os
import re
from datetime import date, timedelta
from functools import lru_cache
from typing import NamedTuple

from .firstchars import led
from .clean import DATE_IN_LINE, MONTH_NAMES, both_readings, clean, parse_day_first, reprint_day
from .dates import CLAUSE_IN_GAP, LAST_WEEKDAY, MET_WORD, OCCASION, OCCASION_NOUN, TIME_CLAUSE, DocumentDates, day_across_span, period_after, period_before
from .extract import learned
from .extract.filters import NO_SPEAKING, not_a_statement
from .extract.frames import Text, find_attributions
from .extract.lexicon import CITATION, CUE_FORMS, ONE_SPOKESPERSON, WEEKDAY_NAMES
from .extract.mentions import VAGUE_SOURCE, parse_np, tokens
from .extract.quotes import CLOSE_MARKS, OPEN_MARKS
from .extract.spans import DAY_TOLD_BACK, object_relative
from .extract.subjects import subject_before
from .extract.transcripts import HELD_BRIEFING_BY, STATEMENT_LINE, segment, turn_attributions
from .models import Mention, Statement
from .lexicon import alternatives, mapping, ordered, words
from .gazetteer import country_markers, places
from .speaker_names import is_given_name, looks_like_person
from .normalize import fold, stable_id
from .resolve import CAPTION_CREDIT_END, TITLES_IN_FULL, Resolver, name_words, other_bodys_spokesperson, shown_role
from .extract.direct import STATEMENT_ISSUED


EXTRACTION = "both"
# A headline that is a legal instrument's title: 'AGREEMENT BETWEEN ...', 'Memorandum of Understanding Between ...'
# (not a news headline about one: 'Agreement between EU and UK reached, Barnier says').
LEGAL_INSTRUMENT = re.compile(r"(?:text of (?:the )?)?(?:%s)\s+between\s(?![^,:;]*[,:;])(?!.*\bsa(?:ys|id)\b)"
                              % "|".join(sorted(words("legal_instruments"), key=len, reverse=True)), re.I)
# A subject after "if" / "unless": what it says is a condition, not a statement made.
CONDITIONAL_BEFORE = re.compile(r"\b(?:[Ii]f|[Uu]nless)\s+$")


# A sentence opened by the question put to its speaker: "Asked whether Mr Pirapan had told him when he would resign,
# Gen Prayut said, “I don’t know.”" (Bangkok Post on inkl; seed12): a frame inside it is part of the question.
QUESTION_OPENING = re.compile(r"\s*(?:When\s+|After\s+being\s+)?(?:Asked|Pressed|Questioned)\s+(?:whether|if|about|how|why|"
                              r"what|when|who|where)\b[^,;:\"“”]*$")


QUESTION_CLOSED_AFTER = re.compile(r"[^,:;\"“”\n]{0,200},")


def _in_question_opening(body: str, att) -> bool:
    """Is the frame's subject inside a question opening its sentence, before the comma that ends it? (Not the
    speaker after a question no comma closes: 'Asked why he thought the warnings were not there Lord Butler said: "'.)"""
    m = att.mention
    return m is not None and att.basis is None and att.sentence_start <= m.start and \
        QUESTION_OPENING.match(body[att.sentence_start:m.start]) is not None and \
        QUESTION_CLOSED_AFTER.match(body, m.end) is not None and \
        DASH_BEFORE.search(body, att.sentence_start, m.start) is None


# A dash right before the subject closes the question as a comma would: "Asked why the government is not requesting
# staff from Ottawa — a move confirmed Wednesday by the agency — Merriman replied, "because ..."" (CBC; set M)
DASH_BEFORE = re.compile(r"\s[—–]\s*$")


HEADLINE_FRAME = re.compile(r",\s+[^,\n]{2,60}\s(?:says|say)\s*$")


def _headline_line(body: str, att) -> bool:
    """A line of its own, of at most 25 words, closed by no mark and ending with its inverted present-tense frame
    (", Victoria police say"): a headline's form; no story prints its sentence so."""
    a, b = att.sentence_start, att.sentence_end
    line = body[a:b].strip()
    return (a == 0 or body[a - 1] == "\n") and (b >= len(body) or body[b:b + 1] == "\n" or not body[b:].strip()) and \
        len(line.split()) <= 25 and HEADLINE_FRAME.search(line) is not None


def _conditional(body: str, att) -> bool:
    """Is the frame's subject that of an 'if' / 'unless' clause whose verb is the cue ("if Gerrard comes out and says
    that ...", "if he maintains his current form"; not "if he returned Owen said: ...", whose subject comes later)?"""
    m = att.mention
    if m is None or att.basis is not None or not att.cue or \
            not CONDITIONAL_BEFORE.search(body, max(0, m.start - 8), m.start):
        return False
    if re.search(r"\s[a-z][\w’'-]*\s+[A-Z]", m.text):
        return False     # "if he returned Owen said": the frame's subject is "Owen", after the condition
    cue = body.find(att.cue.split()[-1], m.end, m.end + 40)
    return cue >= 0 and not re.search(r"[A-Z,;:]", body[m.end:cue])


# The lead of a news report describes its speaker and the next sentence names them: "Pakistan's High Commissioner to
# Britain said some Pakistanis should integrate more. Dr Maleeha Lodhi said people could not ...", "A UK Independence
# Party MEP suggested ... Mike Nattrass, UKIP's deputy leader, made the comments to an audience ...". The next sentence
# opens with the person's name: the frame of a statement of theirs, or one of these.
ABBREVIATED_RANKS = words("abbreviated_ranks")
NAMED_NEXT = re.compile(r"(?P<name>(?:(?:Dr|Sir|Lord|Lady|Baroness|Dame|Mr|Mrs|Ms|Miss|Prof)\.?\s+|"
                        # (military ranks written short: "Brig. Gen. Pat Ryder made the remark"; Korea Herald, set P)
                        r"(?:(?:%s)\.\s+){1,3})?[A-Z][\w'’-]+" % "|".join(sorted(w.capitalize() for w in ABBREVIATED_RANKS)) +
                        r"(?:\s+[A-Z][\w'’-]+){1,3})(?:,\s+[^,.;:\"“”]{3,80},)?\s+(?:made\s+(?:the|these|those|his|her)\s+"
                        r"(?:comments?|remarks?|statement)|was\s+(?:speaking|responding|answering|replying))\b")
# ("was responding to a question on Taiwan ...": Xinhua's "An Fengshan, spokesman for the Taiwan Affairs Office of the
# State Council, was responding to ...", issue 8, seed10)
# (a spokesperson described without the body spoken for is a person too: "A Chinese defense spokesperson on Friday
# said that ... Wu Qian, a spokesperson for the Ministry of National Defense, made the remarks ..."; "a spokesman for
# the ministry" is the ministry, an organization's mention)
PERSON_HEADS = words("name_heads")
DESCRIBED_BODY_HEADS = words("described_body_heads")
# ... also after the occasion: "In a press conference in Manila, Commodore Jay Tarriela, PCG spokesperson for the West
# Philippine Sea, said ..."
OCCASION_FIRST = re.compile(r"(?:In|At|During)\s[^,.;:\"“”]{3,100},\s*")
LEAD_STOP_WORDS = words("role_stop_words")
SPOKES_HEADS = words("spokes_words")
# (also the body's one spokesperson, named next: "All acts ... are illegal, null and void, stated the Spokesman of the
# Ministry of Foreign Affairs. ¶ Spokesperson Le Hai Binh made the statement at the press briefing on Thursday ..."
# (VietNamNet; set AD 001))
SPOKES_FOR = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:(?!said\b)[\w'’.-]+\s+){0,5}?[Ss]" + ONE_SPOKESPERSON[1:] + r"\b")
# The next sentence says the lead's words were someone's remarks: "China on Thursday urged Japan to stop making
# trouble ... ¶ Chinese Foreign Ministry spokesperson Lu Kang made the remarks at a daily press briefing." (Xinhua)
REMARKS_MADE = re.compile(r"[^.!?]{0,160}?(?:\bmade\s+(?:the|these|those)\s+(?:remarks?|comments?)\b|"
                          r"['’]s\s+(?:remarks?|comments?)\s+(?:came|were\s+made)\b)")
# ... or the remarks given as the person's: "China urges the United States to withdraw its so-called sanctions ..., a
# Chinese spokesperson said on Monday. ¶ Foreign Ministry spokesperson Wang Wenbin's remarks came after ..." (Xinhua;
# set P)
REMARKS_OF = re.compile(r"(?P<name>[A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,3})['’]s\s+(?:remarks?|comments?)\s+"
                        r"(?:came|were\s+made)\b")
SPOKES_APPOSED = re.compile(r",\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){0,2}" + ONE_SPOKESPERSON + r"\b")
# The closing mark and comma between a quotation opening the sentence and the name framing it.
# (also an inverted frame before the name: '"There was a technical problem ...," said Foreign Affairs Minister Marty
# Natalegawa in a press release' after "..., a minister said." (Antara; seed15))
QUOTE_THEN_FRAME = re.compile(r"[,.!?]?[\"”’']\s*,?\s*(?:(?:said|says|added|stated)\s+(?:[A-Z][\w'’-]*\s+){0,5})?")


def _role_words(role: str) -> set:
    """The folded words of a title, its spokes-word one word: "a Foreign Ministry spokesperson" said Monday, and
    "Spokesman Geng Shuang made the remarks" (Xinhua; seed15) holds the same office; a short title its words in full
    ("Coun." a councillor, "MP" a member of Parliament; quotes22)."""
    words_ = set()
    for w in fold(role).split():
        w = "spokesperson" if w in SPOKES_HEADS else w
        words_ |= set(TITLES_IN_FULL.get(w.rstrip("."), w).split())
    return words_
# ... and the comma between reported words opening the sentence and the name framing them.
REPORTED_THEN_FRAME = re.compile(r",\s*")


def _lead_named_next(body: str, layout, attributions) -> dict:
    """{id(lead attribution): Mention} for the lead's statements whose speaker is a person only described (a title,
    "the information commissioner", "A former Home Office minister") when the sentence after it opens with a person's
    name that frames a statement (or "made the comments", "was speaking"). No role the name is given may differ from
    the description: "The Mid-Bedfordshire MP had denied a claim ... Conservative leader Michael Howard has now
    accepted ..." (not a frame anyway) is no such naming. The rules of LEAD_NAMING_RULES decide in order: a Mention,
    NOT_NAMED (no one), or None (the next rule decides)."""
    out = {}
    text = _LeadText(body, layout, attributions, {a.sentence_start: a for a in attributions if a.mention is not None})
    for att in attributions:
        lead = _Lead(att)
        for rule in LEAD_NAMING_RULES:
            named = rule(text, lead)
            if named is NOT_NAMED:
                break
            if named is not None:
                out[id(att)] = named
                break
    return out


NOT_NAMED = object()     # a rule of LEAD_NAMING_RULES: the lead's speaker is named by no one after it


class _LeadText(NamedTuple):
    body: str
    layout: object
    attributions: list
    by_sentence: dict     # {sentence start: the attribution (with a mention) of that sentence}


class _Lead:
    """A lead attribution, its mention, and the sentence after it (i, s0, s1, and nxt, its attribution) once a
    rule has found it."""
    __slots__ = ("att", "m", "spokes_for", "i", "s0", "s1", "nxt")

    def __init__(self, att):
        self.att, self.m = att, att.mention
        m = self.m
        # ("A spokesperson for President-elect Yoon Suk-yeol said Sunday ... ¶ Kim Eun-hye, the spokesperson, made the
        # remark ...": the spokesperson named next, not the one spoken for; Yonhap, issue 8, seed10)
        self.spokes_for = m is not None and SPOKES_FOR.match(m.text) is not None


OFFICE_OTHER_NAMES = {fold(k): fold(v) for k, v in mapping("office_other_names").items()}
OFFICE_NAMED_REACH = 1500


def _office_named_later(text, lead):
    """A person described by another name of an office ("Japan's top government spokesperson said on Wednesday ...")
    whom a later frame names with the office's own title ("..., Chief Cabinet Secretary Yoshihide Suga told a news
    conference."; Eyewitness News, seed22): the first such name within reach, wherever the lead stands."""
    att, m = lead.att, lead.m
    if m is None or m.kind != "title" or m.plural or m.entity_kind == "organization":
        return None
    described = fold(m.role or m.text)
    office = next((v for k, v in OFFICE_OTHER_NAMES.items() if k in described), None)
    if office is None:
        return None
    framed = next((a.mention for a in text.attributions if att.end < a.start <= att.end + OFFICE_NAMED_REACH and
                   a.mention is not None and a.mention.kind == "name" and a.mention.entity_kind != "organization" and
                   office in fold(a.mention.role or "")), None)
    return framed or (_office_holder_named_next(text, att, office) if SAYING_CUE.fullmatch(att.cue or "") else None)


# (a lead that says something: not one that "has welcomed the ceasefire agreement ...", a thing welcomed that set H's
# annotator left out, docs-h/jp/021)
SAYING_CUE = re.compile(r"(?:said|says|told|tells|stated|added)", re.I)


def _office_holder_named_next(text, att, office: str):
    """... or the next sentence names the office's holder with its title, framing nothing: "Japan’s top government
    spokesperson said on Wednesday that ... ¶ Chief Cabinet Secretary Hirokazu Matsuno made the comment at a regular
    news conference ..." (Reuters via Al Arabiya; seed23)."""
    hit = re.compile(rf"\b(?i:{re.escape(office)})\s+(?:[A-Z][\w'’-]+\s+){{0,2}}[A-Z][\w'’-]+").search(
        text.body, att.sentence_end, min(len(text.body), att.sentence_end + 300))
    if hit is None or text.body[att.sentence_end:hit.start()].strip():
        return None     # (the sentence right after the lead's, opening with the title)
    parsed = parse_np(tokens(hit.group(), hit.start()))
    return parsed if isinstance(parsed, Mention) and parsed.kind == "name" and parsed.entity_kind != "organization" \
        else None


def _country_lead_remarks_made(text, lead):
    att, m = lead.att, lead.m
    # (a country only: "the Chinese foreign ministry said on Tuesday. ¶ Spokesman Wang Wenbin made the remarks"
    # stays the ministry's, as own set A's annotator of docs/jp/071 has it)
    body_lead = m is not None and att.sentence_start < LEAD_CHARS and \
        m.kind == "surname" and places().get(fold(m.name or "")) == "country" and \
        sum(a.sentence_start == att.sentence_start for a in text.attributions) == 1     # "China on Thursday urged"
    if not body_lead or lead.spokes_for:
        return None
    sents = text.layout.sents
    i = bisect.bisect_right(text.layout.sent_starts, att.sentence_start)
    if i < len(sents) and REMARKS_MADE.match(text.body, sents[i][0]):
        hit = NAMED_NEXT.search(text.body, *sents[i]) or REMARKS_OF.search(text.body, *sents[i])
        #     ("Chinese Foreign Ministry spokesperson Lu Kang")
        parsed = parse_np(tokens(hit.group("name"), sents[i][0])) if hit else None
        if isinstance(parsed, Mention) and parsed.kind == "name" and parsed.entity_kind != "organization":
            return parsed     # (the body spoke through the person who made the remarks)
    return NOT_NAMED


def _described_body_lead(text, lead):
    att, m = lead.att, lead.m
    if m is not None and _body_described(m) and att.sentence_start < LEAD_CHARS and att.end < m.start:
        # (the lead's words, then its frame)
        named = _body_framing_soon_after(text.body, text.layout, text.by_sentence, att, text.attributions)
        # (resolved only if "the elections watchdog" is no body met before)
        return named if named is not None else NOT_NAMED
    return None


def _no_described_person(text, lead):
    m = lead.m
    if m is None or (m.kind != "title" or m.entity_kind == "organization") and not lead.spokes_for or m.plural or \
            lead.att.sentence_start >= LEAD_CHARS or \
            not (set(fold(m.role or m.text).split()) & (PERSON_HEADS | SPOKES_HEADS | {"member"})):
        return NOT_NAMED     # (a legislator too: "A Conservative member of Parliament in British Columbia says ...")
    return None


def _next_sentence_at_once(text, lead):
    """(a step: the sentence right after the lead's, lead.i and its bounds; NOT_NAMED when there is none)"""
    att, layout = lead.att, text.layout
    lead.i = i = bisect.bisect_right(layout.sent_starts, att.sentence_start)
    if i >= len(layout.sents) or text.body[att.sentence_end:layout.sents[i][0]].strip():
        return NOT_NAMED
    lead.s0, lead.s1 = layout.sents[i]
    lead.nxt = text.by_sentence.get(lead.s0)
    return None


REPLIES = frozenset(words("reaction_verbs"))


def _reply_next(text, lead):
    """The next sentence's speaker replies to the lead's: someone else ('The cabinet minister said: "..." ¶ Sky News’
    Kay Burley replied: "..."'; HuffPost UK, bbc23)."""
    if lead.nxt is not None and (lead.nxt.cue or "").lower() in REPLIES:
        return NOT_NAMED
    return None


def _described_person_named(text, lead):
    finder, named = next(((f, n) for f in LEAD_NAME_FINDERS if (n := f(text, lead)) is not None), (None, None))
    if named is None or named.role and any(rule(named.role, lead.m.role or lead.m.text) for rule in OTHER_OFFICE):
        return NOT_NAMED
    if finder is not _name_opening_next and _owned_spokesperson(lead.m.role or lead.m.text) and \
            not (named.role and SPOKES_HEADS & set(fold(named.role).split())):
        return NOT_NAMED     # '"...," the prime minister's spokesman said. ¶ Boris Johnson observes an early morning
        #                      raid ...' (a caption; HuffPost UK, set AY 002): the one spoken for, or anyone the next
        #                      sentence opens with, is not the spokesperson unless called one or said to have made
        #                      the remarks (the office the registry knows, Downing Street, speaks)
    return named


# A spokesperson described by the one spoken for: "the prime minister's spokesman", "a spokesman for the president".
OWNED_SPOKESPERSON = re.compile(r"\w(?:['’]|\s)s\s+(?:official\s+)?" + ONE_SPOKESPERSON + r"\b|" + ONE_SPOKESPERSON +
                                r"\s+(?:for|of|to)\s+\S")


def _owned_spokesperson(described: str) -> bool:
    return OWNED_SPOKESPERSON.search(fold(described)) is not None


LEAD_NAMING_RULES = (_office_named_later, _country_lead_remarks_made, _described_body_lead, _no_described_person, _next_sentence_at_once,
                     _reply_next, _described_person_named)


def _named_by_next_frame(text, lead):
    body, m, nxt, s0 = text.body, lead.m, lead.nxt, lead.s0
    if nxt is None:
        return None
    spokes_named = nxt.mention.role and SPOKES_HEADS & set(fold(nxt.mention.role).split()) or \
        SPOKES_APPOSED.match(body, nxt.mention.end)
    described = m.kind == "title" and m.entity_kind != "organization"     # (a body's spokesperson is not)
    if nxt.mention.kind == "name" and nxt.mention.entity_kind != "organization" and \
            (described and (not body[s0:nxt.mention.start].strip() or
                            _occasion_before_name(body, s0, nxt.mention.start) or
                            _framed_after_its_words(body, nxt, s0)) or spokes_named):
        # (a body's spokesperson, "A U.S. Pacific Command spokesman said ...", is no person the next sentence
        # names unless it calls them a spokesperson or says they made the remarks)
        # ... or a spokesperson named by the next sentence's frame wherever it stands: "A Chinese defense
        # spokesperson on Thursday urged ... ¶ The Chinese military has been ..., said Tan Kefei, spokesperson
        # for China's Ministry of National Defense, ..." (issue 8, seed10)
        # (also '"I am very confident in that," Michelle Thompson said in an interview Wednesday.' after "Nova
        # Scotia's health minister says public meetings ... will continue")
        return nxt.mention
    return None


def _name_opening_next(text, lead):
    # (to the paragraph's end, not the sentence's: "Brig. Gen. Pat Ryder made the remark ..." is read as sentences
    # broken after the ranks' full stops; the pattern crosses no other full stop)
    end = text.body.find("\n", lead.s0)
    hit = NAMED_NEXT.match(text.body, lead.s0, max(lead.s1, end if end >= 0 else len(text.body)))
    if hit is None:
        # ... or the remarks given as the person's, after their title: "Foreign Ministry spokesperson Wang Wenbin's
        # remarks came after ..." (Xinhua; set P)
        hit = REMARKS_OF.search(text.body, lead.s0, lead.s1)
        if hit is not None and not all(w[:1].isupper() or w.lower() in SPOKES_HEADS
                                       for w in text.body[lead.s0:hit.start()].split()):
            hit = None
    if hit:
        parsed = parse_np(tokens(hit.group("name"), lead.s0))
        return parsed if isinstance(parsed, Mention) and parsed.kind == "name" and \
            parsed.entity_kind != "organization" else None
    return None


def _named_by_the_sentence_after(text, lead):
    sents, m, i = text.layout.sents, lead.m, lead.i
    if lead.nxt is None and m.kind == "title" and m.entity_kind != "organization" and i + 1 < len(sents):
        # ... or the sentence after that one, which frames no one's words: "Now is not the time to ignore
        # evacuation orders, says BC Wildfire Service’s operations director. ¶ This messages comes as ... ¶ BC
        # Wildfire Service’s Cliff Chapman said ...", when the name's title shares a word with the description
        # (quotes12)
        later = text.by_sentence.get(sents[i + 1][0])
        if later is not None and later.mention.kind == "name" and later.mention.entity_kind != "organization" \
                and later.mention.role and not text.body[sents[i + 1][0]:later.mention.start].strip():
            return later.mention
    return None


def _titled_name_opening_next(text, lead):
    """... or the next sentence opens with the person's title and name, whatever it says of them: "A Winnipeg city
    councillor says ... ¶ Coun. Sherri Rollins represents Fort Rouge-East Fort Garry, where ..." (CBC via webjosh.com;
    quotes22); the title the description's (OTHER_OFFICE reads it), a name with no title none."""
    m = lead.m
    if lead.nxt is not None or m.kind != "title" or m.entity_kind == "organization":
        return None
    hit = TITLED_NAME_OPENING.match(text.body, lead.s0, lead.s1)
    parsed = parse_np(tokens(hit.group(1), lead.s0)) if hit else None
    if isinstance(parsed, Mention) and parsed.kind == "name" and parsed.entity_kind == "person" and parsed.role:
        return parsed
    return None


LEAD_NAME_FINDERS = (_named_by_next_frame, _name_opening_next, _titled_name_opening_next, _named_by_the_sentence_after)
# ... its apposition too: "Japan's top uniformed officer of the Defense Ministry said Thursday that ... ¶ Gen. Koji
# Yamazaki, chief of the ministry's Joint Staff, aired a strong sense of caution ..." (The Japan Times; set V 011)
TITLED_NAME_OPENING = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,6}?[A-Z][\w'’-]+)(?:,\s+[a-z][^,;:“”\"\n]{2,80},)?\s+"
                                 r"(?:has\s+|had\s+|is\s+|was\s+)?[a-z]{3,}\b")
# "In a chilly rebuke shared on Facebook , Vernon—Lake Country—Monashee MP Scott Anderson says ...": the occasion,
# then the rest of a title before the name the frame gives (unpublished.ca; quotes22).
TITLE_REST = re.compile(r"(?:[A-Z][\w.'’]*(?:\s+|—|–|-))*")


def _occasion_before_name(body: str, s0: int, start: int) -> bool:
    """Does only an occasion ("In a statement, "), then the rest of the name's title, stand before the name?"""
    m = OCCASION_FIRST.match(body, s0, start)
    return m is not None and TITLE_REST.fullmatch(body, m.end(), start) is not None


@lru_cache(maxsize=1)
def _country_of_word() -> dict:
    """A country for each word that names only it: its name or demonym ("iraqi"), or the first word of its
    several-word names ("saudi" of "saudi arabia")."""
    seen = {}
    for country, markers in country_markers().items():
        for marker in markers:
            if marker.islower():
                for w in {marker, marker.split()[0]} if len(marker.split()[0]) >= 4 else {marker}:
                    seen.setdefault(w, set()).add(country)
    return {w: next(iter(c)) for w, c in seen.items() if len(c) == 1}


def _countries_of(role: str) -> set:
    """The countries a title's words name ("Saudi energy minister": Saudi Arabia)."""
    table = _country_of_word()
    return {table[w] for w in fold(role).split() if w in table}


def _titles_of_other_countries(role: str, lead_role: str) -> bool:
    """Do both titles name countries, and none the same?"""
    countries, lead_countries = _countries_of(role), _countries_of(lead_role)
    return bool(countries) and bool(lead_countries) and not countries & lead_countries


def _title_of_another_office(role: str, described: str) -> bool:
    if _head_named_by_chief_title(role, described):
        return False
    if _role_words(role) <= ABBREVIATED_RANKS | {""}:
        return False     # a rank only ("Brig. Gen."), no office: "a Pentagon spokesperson said Tuesday. ¶ Brig. Gen.
    #                      Pat Ryder made the remark ..." (Korea Herald; set P)
    return not (_role_words(role) & _role_words(described) - LEAD_STOP_WORDS)     # a title of another office


HEAD_WORDS = frozenset(words("head_words"))
CHIEF_OFFICER_TITLES = frozenset(fold(t) for t in words("chief_officer_titles"))


def _head_named_by_chief_title(role: str, described: str) -> bool:
    """"The head of the Toronto Transit Commission acknowledged Thursday that ... ¶ "...," CEO Rick Leary said." (CTV
    News Toronto; set BT 010): "head" names no office; the body's chief officer, by any of its titles, holds it."""
    return bool(set(fold(described).split()) & HEAD_WORDS) and \
        " ".join(w for w in fold(role).split() if w not in LEAD_STOP_WORDS) in CHIEF_OFFICER_TITLES


# A title another office's than the lead's description: the name holding it is not whom the lead describes.
OTHER_OFFICE = (
    _title_of_another_office,
    # "A city spokesperson said ..." over "Toronto police spokesperson Meaghan Gray said ..."
    other_bodys_spokesperson,
    # another country's: "..., Saudi energy minister says" over "Iraqi oil minister Jabar al-Luaibi said ..." (a
    # related headline over a Daily Sabah story)
    _titles_of_other_countries,
)


def _body_described(m) -> bool:
    """"the elections watchdog", "the UK's public spending watchdog": a body described by a common noun, not named
    (not "Russia's foreign ministry", a body of its own)."""
    if m.plural or m.entity_kind != "organization":
        return False
    return m.kind == "title" or m.kind == "body" and fold(m.name or "").split()[-1:] != [] and \
        fold(m.name or "").split()[-1] in DESCRIBED_BODY_HEADS


def _body_framing_soon_after(body: str, layout, by_sentence: dict, att, attributions=()):
    """The body named by the frame of one of the two sentences after a lead that a description of a body frames: "A
    cap on donations ... should not be introduced yet, the elections watchdog has said. ¶ Fears that big donors ...
    In a new report, the Electoral Commission says ..." (bbc15); None when no named body frames them."""
    i = bisect.bisect_right(layout.sent_starts, att.sentence_start)
    for s0, _ in layout.sents[i:i + 2]:
        nxt = by_sentence.get(s0)
        if any(a.sentence_start == s0 and a.mention is not None and a.mention.kind in ("body", "name") and
               places().get(fold(a.mention.name or a.mention.text)) is not None for a in attributions):
            continue     # (a place is no described body, nor is whoever speaks in its sentence: "..., the presidential
            #              office said on Thursday. ¶ ... ¶ The meeting came hours after Pyongyang repeated its threat
            #              ..., a plan that, the DPRK military said, was ..." (NK News; set AN 001))
        if nxt is not None and nxt.mention.kind in ("body", "name") and nxt.mention.entity_kind == "organization":
            return nxt.mention
        if nxt is not None and nxt.mention.kind == "title" and fold(nxt.mention.role or "").endswith(" select committee"):
            return nxt.mention     # "..., a committee of MPs has warned. ¶ ..., the environment select committee
            #                        said." (bbc-news/politics/048; bbc17)
    return None


def _framed_after_its_words(body: str, nxt, s0: int) -> bool:
    """Does the sentence open with the words and end with the name framing them: '"...," Michelle Thompson said' or
    "This was why the government was considering scrapping the retirement age entirely, Alan Johnson said." (after
    "..., the work and pensions minister has said"; bbc15)?"""
    if nxt.kind == "direct":
        return nxt.start == s0 + 1 and QUOTE_THEN_FRAME.fullmatch(body, nxt.end, nxt.mention.start) is not None
    return nxt.start == s0 and REPORTED_THEN_FRAME.fullmatch(body, nxt.end, nxt.mention.start) is not None


def _names_as_other(text: str, ent) -> bool:
    """Do the words name the speaker found for them by honorific and surname, as one speaks of someone else ("Mr
    Hockney's accusations are like his sense of political morals")? Then the speaker found by a pronoun, a title or
    the context is not theirs."""
    surname = ent.words[-1] if ent.words else ""
    if len(surname) <= 2 or not HONORIFIC_WORD.search(text):
        return False     # (the cheap test first: most statements name no one by honorific)
    return re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+%s\b" % re.escape(surname), fold(text), re.I) is not None


HONORIFIC_WORD = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\b", re.I)


# The verbs of saying whose unnamed subject ('doctors say', 'the woman told CTV News, adding ...') takes the quotation
# after it from the speaker before (analyse._framed_by_another_since)
PLAIN_SAY = {form for form, base in CUE_FORMS.items() if base in ("say", "tell", "add")}


# A source named after "wrote", closing its sentence: ', wrote Time magazine.'
INVERTED_SOURCE_END = re.compile(r"\s+(?!(?:%s|Today|Yesterday)\b)(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Za-z][\w’'.-]*){0,3}\s*[.]"
                                 % WEEKDAY_NAMES)


def _framed_by_another_since(body: str, layout, spoken_end: int, att) -> bool:
    """Between the last frame that named someone known (its sentence's end) and a quotation standing alone, a verb
    of saying outside quotation marks whose subject is someone unnamed: 'But doctors say the biggest factor ... ¶
    "We've been saying ..."', '"She was wondering ...," the woman told CTV News, adding that ... ¶ "About 20 minutes
    later ..."'. The quotation is then the unnamed source's, not the speaker's before it."""
    if spoken_end <= 0 or spoken_end >= att.sentence_start:
        return False
    for c in layout.cues_in(spoken_end, att.sentence_start):
        if c.group() in ("wrote", "writes") and INVERTED_SOURCE_END.match(body, c.end()):
            return True     # '” … the Cruz train has already left the station,” wrote Time magazine. “Cruz’s
            #                 domination ...”' (West Journal via PolNeAR): another source's words, its marks astray
        if layout.in_quote(c.start()) or c.group() not in PLAIN_SAY | {"wrote", "writes"}:
            continue
        # ('"...," the campaign wrote Wednesday. "Hillary can handle these attacks ..."', wash-post via PolNeAR: the
        # campaign's, not David Brock's quoted before)
        if subject_before(layout, layout.sentence_at(c.start())[0], c.start()) is VAGUE_SOURCE:
            return True
    return False


def _another_opened_since(resolver, layout, spoken_end: int, att) -> bool:
    """Does a person other than the last speaker open a sentence between the last frame that named someone (its
    sentence's end) and a quotation standing alone, in the sentence right before it?"""
    last = resolver.last_speaker
    if last is None or last.kind == "organization" or spoken_end <= 0 or spoken_end >= att.sentence_start:
        return False
    k = bisect.bisect_left(layout.sent_starts, att.sentence_start) - 1
    before = layout.sent_starts[k] if k >= 0 else 0     # the sentence right before the quotation
    if CAPTION_CREDIT_END.search(resolver.body, before, att.sentence_start):
        return False     # a photo's caption: "Blaine Higgs answers questions from the media after defeating the
        #                  Liberals on Friday. (James West/Canadian Press)" between a resident's words (CBC; quotes15)
    lo = max(spoken_end, before)
    for start, name, _, _ in resolver.introductions:
        if lo <= start < att.sentence_start and name_words(name)[-1:] != last.words[-1:] and \
                (is_given_name(name.split()[0]) or resolver.body.startswith(name + ",", start)) and \
                not NOT_A_SUBJECT_BEFORE.search(resolver.body, before, start):
            # a person's full name opening it: 'And ex-Tory education secretary Gillian Shepherd remembered how ...',
            # "His friend, Saxon Spence, leader of ..., lays the blame ..." (not an object: "The Scottish Football
            # Association has appointed Tommy Burns ...", nor a film: "Strong Oscar contenders Million Dollar Baby and
            # Sideways did not figure ...")
            return True
    return False


# Words before a name that make it no subject of its sentence: a verb, or a preposition.
NOT_A_SUBJECT_BEFORE = re.compile(r"\b(?:has|have|had|is|was|were|are|will|would|[a-z]+ed|to|with|by|for|from|of|on|at|"
                                  r"and|about|despite|over|against|after|before|in|than)\s")


def extraction_mode() -> str:
    mode = os.environ.get("PRESSARCHIVE_EXTRACTION", EXTRACTION)
    if mode not in ("rules", "model", "both"):
        raise ValueError(f"PRESSARCHIVE_EXTRACTION must be rules, model or both, not {mode!r}")
    return mode


def article_id(doc, file_source: str) -> str:
    return stable_id(file_source, doc.key) if doc.key else stable_id(doc.source)


def _end_before_space(body: str, pos: int) -> int:
    while pos > 0 and body[pos - 1].isspace():
        pos -= 1
    return pos


NON_BREAKING_HYPHEN = "\u2011"


def analyse(doc, file_source: str, registry, taxonomy):
    """Returns (article id, [Statement]) for a read Document; cleans it in place."""
    clean(doc)
    printed = doc.body
    if not printed or NON_BREAKING_HYPHEN not in printed:
        return _analyse(doc, file_source, registry, taxonomy)
    # The UN's pages print "the Secretary‑General" with a non-breaking hyphen, which no rule reads as a hyphen
    # ("He reiterated his disappointment ..." went to the Prime Minister named before him; brief20): the text is read
    # with plain hyphens, one character for one so that the offsets hold, and the statements keep the printed words.
    doc.body = printed.replace(NON_BREAKING_HYPHEN, "-")
    try:
        aid, statements = _analyse(doc, file_source, registry, taxonomy)
    finally:
        doc.body = printed
    for st in statements:
        st.text = printed[st.start:st.end]
    return aid, statements


class _Reading:
    """What _analyse's stages share: the document, its dates, the resolver, the text's layout, the attributions, and
    what the reading of the attributions has stored and noted so far (the statements, the last frames)."""

    def __init__(self, doc, file_source: str, registry, taxonomy):
        self.doc, self.file_source, self.registry, self.taxonomy = doc, file_source, registry, taxonomy
        self.statements: list[Statement] = []
        self.entity_of = {}
        # (entity, sentence) of frames whose content is no statement: their day still dates the occasion
        self.unspoken = []
        self.said = {}         # (speaker, words) already stored -> the sentences they were stored from
        self.head_unnamed = False     # the statement a continuation runs on from had no speaker ("according to
        #                               reports")
        self.lost_frame_end = -1      # where the sentence of a pronoun or body-title frame that named no one known
        #                               ends ("they said", "the editorial board writes")
        self.after_vague = False      # the quote just before was framed by an unnamed source ('," said analysts.')
        self.framed_last = None      # (attribution, entity, start, end) of the last statement framed by a named subject
        self.spoken_end = 0          # where the sentence of the last frame that named someone known ends


def _analyse(doc, file_source: str, registry, taxonomy):
    cx = _Reading(doc, file_source, registry, taxonomy)
    for stage in ANALYSE_STAGES:
        stage(cx)
    return cx.aid, cx.statements


def _segment_and_date(cx):
    doc = cx.doc
    segment(doc)   # transcripts and releases: doc.genre, doc.turns, doc.issuer
    cx.aid = article_id(doc, cx.file_source)
    cx.body = body = doc.body
    # (a reprint's days count from the story's day its credit line gives, not from the day it was reposted)
    cx.dates = DocumentDates(body, reprint_day(body, doc.published) or doc.published)
    # (an undated copy of a briefing is dated by its title: "MR MILLER:" is the spokesperson in office that day)
    day = cx.dates.base.isoformat() if cx.dates.base else \
        _briefing_day(doc, None) if doc.genre == "transcript" else None
    cx.resolver = Resolver(body, cx.registry, day=day)
    cx.layout = Text(body)     # sentences, quotes and cues, built once for extraction and dating


def _find_the_attributions(cx):
    doc, body, layout = cx.doc, cx.body, cx.layout
    if doc.turns or doc.genre == "transcript":
        attributions = turn_attributions(doc, layout)     # (a transcript's questions are no one's statements)
    elif doc.headline and LEGAL_INSTRUMENT.match(doc.headline.strip(" *")):
        attributions = []     # an instrument's text: its clauses are no one's statements
    else:
        mode = extraction_mode()
        attributions = find_attributions(body, layout) if mode != "model" else []
        if mode != "rules" and doc.genre is None:
            handled = learned.handled_spans(attributions) if mode == "both" else ()
            proposed = learned.attributions(body, layout.sents, handled, layout.cue_starts)
            attributions = learned.merge(attributions, proposed)
    cx.attributions = attributions


def _read_the_attributions(cx):
    cx.named_next = _lead_named_next(cx.body, cx.layout, cx.attributions)
    cx.headline = " ".join((cx.doc.headline or "").split()).rstrip(".")
    for att in cx.attributions:
        _read_attribution(cx, att)


def _read_attribution(cx, att):
    """An attribution's statements: none if a rule of SKIPPED_ATTRIBUTIONS skips it, else its speakers (found by
    SPEAKER_STEPS) saying its words, unless these are no statement."""
    for rule in SKIPPED_ATTRIBUTIONS:
        if rule(cx, att):
            return
    sp = _Speaking(att, cx.framed_last)
    cx.framed_last = None
    _who_speaks(cx, sp)
    _note_speaker_found(cx, att, sp.ent)
    _partly_quoted_clause(cx.body, att)
    text = cx.body[att.start:att.end]
    if _not_said(cx, att, sp.ent, text):
        return
    _lead_frame_unnamed(cx, att, sp.ent)
    _store_statements(cx, att, sp, text)


def _partly_quoted_clause(body: str, att):
    """'... which Mr Bez described as "the previous most important car for our company".', 'he was honored to be
    invited and that it was a “unique opportunity ...”': words that begin outside the quotation marks and end inside
    them are one clause only partly quoted, an indirect statement (GUIDELINES), whatever pass found them; its closing
    mark goes with it."""
    text = body[att.start:att.end]
    if att.kind != "direct" or not text[:1].islower() or body[att.start - 1:att.start] in OPEN_MARKS or \
            not any(mark in text for mark in OPEN_MARKS):
        return
    first_mark = min(i for i in (text.find(m) for m in OPEN_MARKS) if i >= 0)
    if FRAME_BEFORE_MARK.search(text, 0, first_mark):
        return     # 'he is ensuring honesty, said: "We do not say ..."': a frame of its own inside (a span run on)
    att.kind = "indirect"
    if body[att.end:att.end + 1] in CLOSE_MARKS and (text.count("“") > text.count("”") or text.count('"') % 2):
        att.end += 1


FRAME_BEFORE_MARK = re.compile(r"[,;]\s+(?:\w+\s+){0,2}(?:said|says|added|adds|told\s+\w+(?:\s+\w+)?)\s*[:,]?\s*$")


# The rules of SKIPPED_ATTRIBUTIONS: True skips the attribution (no statement, and the rules after it are not asked).
def _condition(cx, att) -> bool:
    return _conditional(cx.body, att)   # "The key is if Gerrard comes out and says that he is happy": a condition,
    #                                     nothing said


def _question_opening(cx, att) -> bool:
    return _in_question_opening(cx.body, att)   # "Asked whether Mr Pirapan had told him ..., Gen Prayut said": the
    #                                             question, not Pirapan's words


def _headline_printed_again(cx, att) -> bool:
    if cx.headline and att.basis is None and \
            " ".join(cx.body[att.sentence_start:att.sentence_end].split()).rstrip(".") == cx.headline:
        if att.mention is not None and att.mention.kind == "body":
            # ... but the body it names is met: "Environment Canada says Sudburians should expect ..." over
            # '"...," the agency said.'
            cx.resolver.resolve(att.mention, att.start, att.end)
        return True   # the page's headline printed again over the text ("Viet Nam asks China to immediately and
                      # unconditionally release all fishermen"): a title, not a statement reported
    return False


def _headline_copy(cx, att) -> bool:
    return att.basis is None and _headline_line(cx.body, att)   # another copy of a headline: "Reported kidnapping
    # was actually bachelor party prank, Victoria police say" over its story on a site's list of stories (daily8.com;
    # quotes17)


def _vague_frame(cx, att) -> bool:
    if att.basis == "vague":
        cx.after_vague = True
        return True   # '"...," said the artists.': no one's words (extract/direct.py keeps the frame as a marker)
    return False


def _floating_after_vague(cx, att) -> bool:
    return att.basis == "floating" and cx.after_vague   # the quote after it is the same unnamed source's, not the
    #                                                     speaker's before it


def _past_the_vague(cx, att) -> bool:
    cx.after_vague = False     # (a step, not a rule: it skips nothing)
    return False


def _unnamed_continuation(cx, att) -> bool:
    return att.basis == "continuation" and att.mention is None and cx.head_unnamed   # what an unnamed source goes on
    #                                                                                  to say is no one's, not the
    #                                                                                  speaker's before it


def _floating_past_another_frame(cx, att) -> bool:
    return att.basis == "floating" and att.mention is None and \
        _framed_by_another_since(cx.body, cx.layout, cx.spoken_end, att)
    # 'Police say ... ¶ "...," the woman told CTV News ... ¶ "About 20 minutes later ..."': a frame of someone unnamed
    # (or unknown) stands between, the quotation is not the last speaker's


def _floating_past_another_opener(cx, att) -> bool:
    return att.basis == "floating" and att.mention is None and \
        _another_opened_since(cx.resolver, cx.layout, cx.spoken_end, att)
    # 'Jackie Ballard recalled ... And ex-Tory education secretary Gillian Shepherd remembered how ... ¶ "When I said,
    # ...': someone else, named since the last speaker's frame, opens the sentence before the quotation; whose it is
    # is unclear, not the last speaker's (bbc12)


def _floating_after_lost_frame(cx, att) -> bool:
    return att.basis == "floating" and cx.lost_frame_end >= 0 and \
        not cx.body[cx.lost_frame_end:att.start].strip(" \t\n\"“”'‘’")
    # '"At no point did we say ...," they said in a statement. ¶ "In fact, ..."', "they" no one known: the quotation
    # right after theirs is theirs too, not the last speaker's; so after '“...?” the editorial board writes.' (the
    # Wall Street Journal's, politico via PolNeAR), not Donald Trump's named before


def _statement_added(cx, att) -> bool:
    if att.basis != "statement":
        return False
    # '“...,” the statement added.': the speaker of the statement frame just before ("In a statement issued on
    # Thursday, the Cypriot Ministry of Foreign Affairs denied ..."), not whoever spoke last ("The company
    # flat-out denied the allegations in a statement ...", the company unnamed, is no one's)
    issued = _statement_issuer(cx.body, cx.statements, cx.entity_of, att.start)
    if issued is not None:
        _add_issued(att, issued, cx.body, cx.aid, cx.resolver, cx.statements, cx.entity_of, cx.said)
        cx.spoken_end = max(cx.spoken_end, att.sentence_end, att.end)     # ('," the council's statement said.')
    return True


SKIPPED_ATTRIBUTIONS = (_condition, _question_opening, _headline_printed_again, _headline_copy, _vague_frame,
                        _floating_after_vague, _past_the_vague, _unnamed_continuation, _floating_past_another_frame,
                        _floating_past_another_opener, _floating_after_lost_frame, _statement_added)


class _Speaking:
    """An attribution's speaker as the steps find it: ent, basis, others (sharing its words), framed_before (the
    last frame of a named subject before it), last and last_end (the resolver's last speaker before it)."""
    __slots__ = ("att", "ent", "basis", "others", "framed_before", "last", "last_end")

    def __init__(self, att, framed_before):
        self.att, self.framed_before = att, framed_before
        self.ent, self.basis, self.others = None, None, []


def _who_speaks(cx, sp):
    """The speakers: the group a plural mention names, else the mention resolved and amended by SPEAKER_STEPS."""
    att = sp.att
    group = cx.resolver.group(att.mention, att.start)
    if group:
        sp.ent, sp.basis, sp.others = group[0], "pronoun" if att.mention.kind == "pronoun" else "title", group[1:]
        return
    for step in SPEAKER_STEPS:
        step(cx, sp)


def _resolve_mention(cx, sp):
    resolver, att = cx.resolver, sp.att
    sp.last = (resolver.last_speaker, resolver.last_pos)
    sp.last_end = resolver.last_end
    sp.ent, sp.basis = resolver.resolve(att.mention, att.start, att.end)


def _person_spoke_last(cx, sp):
    att, ent, framed_before, resolver = sp.att, sp.ent, sp.framed_before, cx.resolver
    if ent is not None and ent.kind == "organization" and framed_before is not None and \
            framed_before[1].kind == "person" and (
                framed_before[0].start <= att.start and att.end <= framed_before[0].end or
                _country_going_on(cx.body, att, ent, framed_before,
                                  framed_before[1].role or resolver.speaker(framed_before[1]).role)):
        # a body's words inside a person's ("China called on both sides to ..., Wang said."), or a country's
        # going on in its spokesperson's paragraph ("Vietnam protests and demands China to stop ...", then
        # "the deputy spokeswoman said ..."): the person spoke last (Xinhua, VOV; seed15)
        (resolver.last_speaker, resolver.last_pos), resolver.last_end = sp.last, sp.last_end


def _person_inside_a_persons_words(cx, sp):
    att, ent, framed_before, resolver = sp.att, sp.ent, sp.framed_before, cx.resolver
    outer = framed_before[0] if framed_before is not None else None
    if ent is not None and ent.kind == "person" and outer is not None and framed_before[1].kind == "person" and \
            ent is not framed_before[1] and outer.start <= att.start and att.end <= outer.end and \
            outer.mention is not None and outer.mention.start >= att.end and \
            outer.sentence_start == att.sentence_start and \
            not _principals_spokesperson(cx.body[:outer.mention.end], framed_before[1].name):
        # another person's saying told inside a person's words, the holder's frame closing the sentence ("President
        # Ebrahim Raisi has made it clear that his administration would welcome any negotiation ..., Khatibzadeh
        # highlighted."): the one whose words hold it spoke last, and the "he said" after it is his (IRNA; set BE
        # 010). Not a release's or a briefing's words that tell what the principal did ("Secretary Blinken spoke
        # with ... He welcomed ..." in Ned Price's readout): the principal goes on there; nor a principal's own
        # spokesperson's ("The secretary-general called on ..., Dujarric said. ¶ He reaffirmed ..., the statement
        # said.", Dujarric introduced as "his spokesman": China Daily, set A docs/un/049).
        (resolver.last_speaker, resolver.last_pos), resolver.last_end = sp.last, sp.last_end


PRINCIPALS_SPOKESPERSON = re.compile(r"\b(?i:his|her|their)\s+(?i:%s),?\s+((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w'’-]*)" %
                                     "|".join(sorted(SPOKES_HEADS)))


def _principals_spokesperson(before: str, name: str) -> bool:
    """Was the person introduced as someone's own spokesperson ("his spokesman Stephane Dujarric said"), who tells
    what the principal said and did? (before: the text up to the person's frame; name: the person's)"""
    last = fold(name.split()[-1]) if name.split() else ""
    return any(last in fold(m.group(1)).split() for m in PRINCIPALS_SPOKESPERSON.finditer(before))


def _office_holder_issuing(cx, sp):
    m = sp.att.mention
    if sp.att.basis == "issuer" and m is not None and m.kind == "title" and not m.name:
        # a release issued by an office ("Presidential Message"): its holder that day, not a former
        # president the message names
        sp.ent = cx.resolver.office_holder(m.role, sp.att.start, issued=True) or sp.ent


def _nominal_no_antecedent(cx, sp):
    if sp.att.basis in ("nominal", "agent"):
        # "And he hit back at Mr Mallon's claim that ...": the owner is no antecedent of the next "he"; nor the judge
        # after "by" ('in a move branded a "humiliating retreat" by the Tories. ... The Culture Secretary said ...' is
        # still Tessa Jowell, who moved; bbc-news/politics/187)
        cx.resolver.last_speaker, cx.resolver.last_pos = sp.last


def _owner_of_the_words(cx, sp):
    att, resolver = sp.att, cx.resolver
    owner = _owned_speech_subject(cx.body, att, resolver)
    if owner is not None and owner is not sp.ent:
        # "Lord Harrington's comments have resurfaced on the day that Boris Johnson announced a plan ...":
        # the sentence is about the owner's words; a "he said" after it is the owner's (dates9 held-out)
        resolver.last_speaker, resolver.last_pos, resolver.last_end = owner, att.start, att.end


def _named_in_the_next_sentence(cx, sp):
    att, ent, named_next = sp.att, sp.ent, cx.named_next
    if id(att) in named_next and (ent is None or att.mention.kind == "body" or
                                  named_next[id(att)].entity_kind != "organization" and
                                  (SPOKES_FOR.match(att.mention.text) or ent.kind == "organization")):
        # the lead's description of the person the next sentence names (the spokesperson, not whom she
        # speaks for)
        sp.ent = cx.resolver.resolve(named_next[id(att)], att.start, att.end)[0]
        sp.basis = "title" if sp.ent is not None else None


def _transcript_or_issuer_basis(cx, sp):
    if sp.att.basis in ("transcript", "issuer") and sp.ent is not None:
        sp.basis = sp.att.basis


def _sharing_speakers(cx, sp):
    att = sp.att
    sp.others = [cx.resolver.resolve(m, att.start, att.end)[0] for m in att.shared]
    cx.resolver.note_group([e for e in [sp.ent] + sp.others if e is not None])


def _main_frame_goes_on(cx, sp):
    att, ent, framed_before, resolver = sp.att, sp.ent, sp.framed_before, cx.resolver
    if ent is not None and framed_before is not None and _framed_in_subordinate_clause(cx.body, framed_before, att):
        # '"...," Poilievre told reporters during his first press conference since Prime Minister Justin
        # Trudeau announced he would be resigning.' then '"...," he said': the main frame's speaker goes on
        resolver.last_speaker, resolver.last_pos, resolver.last_end = framed_before[1:]
    elif ent is not None and att.mention is not None:
        cx.framed_last = (att, ent, att.start, att.end)


SPEAKER_STEPS = (_resolve_mention, _person_spoke_last, _person_inside_a_persons_words, _office_holder_issuing,
                 _nominal_no_antecedent, _owner_of_the_words, _named_in_the_next_sentence, _transcript_or_issuer_basis, _sharing_speakers,
                 _main_frame_goes_on)


def _note_speaker_found(cx, att, ent):
    if ent is not None:
        cx.spoken_end = max(cx.spoken_end, att.sentence_end, att.end)
    if att.mention is not None:
        cx.head_unnamed = ent is None
        cx.lost_frame_end = att.sentence_end if ent is None and att.kind == "direct" and \
            (att.mention.kind == "pronoun" or _unknown_body_title(att.mention)) else -1


def _unknown_body_title(mention) -> bool:
    """"the editorial board" (a body described, which the resolver did not know), not "the 47-year-old director" (a
    person described, who may well be the last speaker: bbc-news/entertainment/052)."""
    head = (mention.text or "").split()[-1:]
    return mention.kind == "title" and bool(head) and head[0].lower() in BODY_TITLE_HEADS


BODY_TITLE_HEADS = frozenset(words("org_nouns"))


# Filters of a reported object that a whole sentence inside quotation marks never is (filters.possessed_noun_only).
# ... and a verb that speaks only with a clause, framing a quoted sentence: '“Today, students all over the world can visit
# historically important sites, learn about the past, and be inspired,” explained First Lady Melania Trump.' (data/; a
# quotation is the words, never the noun phrase "explain" keeps without its explanation: filters.kept_not_said)
DIRECT_SENTENCE_REASONS = {"possessed_noun_only", "written_work", "kept_not_said"}


# An interviewer named as the one who asks: "Co-host Adriana Diaz then asked, “Well, then why would Secretary Mayorkas
# say ...?”" (Breitbart on CBS; set V 013), "host", "anchor", "moderator" (grammar.yml label_askers).
ASKER_BEFORE_FRAME = re.compile(r"\b(?:[Cc]o-)?(?:%s)\b" % "|".join(
    sorted({w for a in words("label_askers") for w in (a, a.capitalize())}, key=len, reverse=True)))


def _interviewers_question(cx, att, text) -> bool:
    """A question quoted from the one who asks it in an interview: no statement (GUIDELINES: questions are not)."""
    if att.kind != "direct" or CUE_FORMS.get((att.cue or "").lower()) != "ask" or \
            not text.rstrip(" ”\"’'").endswith("?") or att.mention is None:
        return False
    return ASKER_BEFORE_FRAME.search(cx.body, max(att.sentence_start, att.mention.start - 30),
                                     att.mention.end + 1) is not None


def _not_said(cx, att, ent, text) -> bool:
    """Are the words no statement (a fragment, the questions answered, a territorial claim: extract/filters.py)?"""
    reason = not_a_statement(text, att.cue) if att.basis not in ("transcript", "issuer") else None
    if reason is None and att.basis not in ("transcript", "issuer") and _interviewers_question(cx, att, text):
        reason = "interviewers_question"
    if reason in DIRECT_SENTENCE_REASONS and att.kind == "direct":
        reason = None     # '“...,” Gordon said. “Our members deserve better.”': a sentence quoted, not a reported object
        #                   ("denied its authenticity"); set M's kind of news, probe of the class
    if reason is None and att.kind == "indirect" and object_relative(cx.body, _end_before_space(cx.body, att.start)):
        reason = "object_relative"     # "..., which he proposed last year with an aim at ...": the noun before
        #                                 was proposed, nothing after the verb was said (seed15)
    if reason is None and att.kind == "indirect" and _one_word_object(text):
        reason = "one_word_object"
    if reason is None and _story_told_by_a_work(cx.body, att, ent):
        reason = "story_told"
    if reason:
        if ent is not None and reason not in NO_SPEAKING:
            cx.unspoken.append((ent, att.sentence_start, att.sentence_end))
        return True
    return False


# A story told ("The award-winning trilogy - Northern Lights, The Subtle Knife and The Amber Spyglass - tell the story of
# Oxford school child Lyra Belacqua", "Wasp tells the story of a young mum ...": bbc-news/entertainment/094, 369): a
# work of fiction reports no words. A person telling the story of someone speaks ("he told the story of an older
# supporter in the Miami area ..." is Marco Rubio's; PolNeAR).
STORY_OF_BEFORE = re.compile(r"\b(?:%s)\s+of\s*$" % alternatives("told_not_said"), re.I)
STORY_OF_OPENING = re.compile(r"(?:(?:the|a|an|his|her|their|its|this|that)\s+)?(?:[a-z][\w'’-]*\s+)?(?:%s)\s+of\b"
                              % alternatives("told_not_said"), re.I)
WORK_TITLE_THE = re.compile(r"[a-z,]\s+The\s+$")


def _story_told_by_a_work(body: str, att, ent) -> bool:
    if CUE_FORMS.get(((att.cue or "").split() or [""])[-1]) != "tell" or not (
            STORY_OF_BEFORE.search(body, max(0, att.start - 60), att.start) or STORY_OF_OPENING.match(body, att.start)):
        return False
    m = att.mention
    title_of_a_work = m is not None and 0 <= m.start and (
        WORK_TITLE_THE.search(body, max(0, m.start - 20), m.start) or
        body.startswith("The ", m.start) and re.search(r"[a-z,]\s+$", body[max(0, m.start - 5):m.start]))
    return not (ent is not None and ent.kind != "organization" and looks_like_person(ent.name) and not title_of_a_work)


def _one_word_object(text: str) -> bool:
    """"Mr Zhao once again criticised Australia when pressed on ..." (Yahoo News; seed23), "praised Garland", "said
    jokingly", "told reuters": one word reported is an object or an adverb, nothing said (a "yes" or "no" is)."""
    words_ = text.strip().strip(".,;:").split()
    return len(words_) == 1 and words_[0].lower() not in {"yes", "no"}


def _lead_frame_unnamed(cx, att, ent):
    if ent is None and att.sentence_start < LEAD_CHARS:
        # "A Chinese central government spokesperson on Friday strongly condemned ...", the spokesperson named
        # only further on: no statement, but the lead's frame still dates the report's occasion
        cx.unspoken.append((None, att.sentence_start, att.sentence_end))


def _store_statements(cx, att, sp, text):
    ent, basis, resolver = sp.ent, sp.basis, cx.resolver
    for e in [ent] + [o for o in sp.others if o is not None]:
        if e is None:
            continue   # unresolved: an unnamed source is not a statement (guidelines, rule 1)
        if basis in ("pronoun", "title", "context") and e.kind == "person" and _names_as_other(text, e):
            continue   # 'UKIP spokesman, who said: "Mr Hockney's accusations are ..."': not Mr Hockney's words
        speaker = resolver.speaker(e)
        role = (att.mention.role if att.mention is not None and e is ent and att.mention.role else None) or e.role
        sid = stable_id(cx.aid, att.start, att.end, speaker.id)
        if sid in cx.entity_of:
            continue   # the same words of the same speaker found by two frames ("said ..., but did not ...")
        again = (speaker.id, " ".join(text.split()))
        sentence = _sentence_said(cx.body, att)
        if not cx.doc.turns and len(again[1].split()) >= 6 and again in cx.said and \
                (att.kind == "direct" or any(sentence in s or s in sentence for s in cx.said[again])):
            continue   # a paragraph the page prints twice (a standfirst repeated as the lead): said once
            #            (a quotation, or the whole sentence, a dateline or a credit aside; but reported words framed
            #            anew are reported twice: 'UKIP leader Roger Knapman says he is glad to see the back of Mr
            #            Kilroy-Silk.' and 'UKIP's leader, Roger Knapman, has said he is glad ...', as set Z's BAA;
            #            bbc-news/politics/333, set AV)
        cx.said.setdefault(again, []).append(sentence)
        _append(cx.statements, cx.entity_of, e, att, Statement(
            id=sid, article_id=cx.aid, speaker=speaker, text=text, kind=att.kind, cue=att.cue, start=att.start,
            end=att.end, speaker_basis=basis, speaker_role=shown_role(role, e.kind, speaker.name), question=att.question))


def _settle_speaker_kinds(cx):
    for st in cx.statements:     # a lone surname found to be a person's later ('Ford said' ... 'he said'): one kind
        if st.speaker.kind != (cx.entity_of[st.id].kind or "organization") and cx.entity_of[st.id].registry is None:
            st.speaker = cx.resolver.speaker(cx.entity_of[st.id])


def _countries_through_spokespersons(cx):
    if not cx.doc.turns:
        _country_through_spokesperson(cx.body, cx.layout, cx.statements, cx.entity_of, cx.aid)


def _date_and_topics(cx):
    _date_statements(cx.doc, cx.dates, cx.statements, cx.entity_of, cx.layout, cx.unspoken)
    _topic_statements(cx.doc, cx.taxonomy, cx.statements)


ANALYSE_STAGES = (_segment_and_date, _find_the_attributions, _read_the_attributions, _settle_speaker_kinds,
                  _countries_through_spokespersons, _date_and_topics)


def _country_going_on(body: str, att, ent, framed_before, role: str | None) -> bool:
    """Does a country open a sentence going on in the paragraph of its spokesperson's words, with no frame of its own
    ("She reiterated ... Vietnam protests and demands China to stop the wrongful acts.")?"""
    role = role or ""
    return places().get(fold(ent.name or "")) == "country" and att.mention is not None and \
        not body[att.sentence_start:att.mention.start].strip() and framed_before[0].end <= att.sentence_start and \
        "\n" not in body[framed_before[0].end:att.sentence_start] and bool(set(fold(role).split()) & set(SPOKES_HEADS))


def _is_country(st) -> bool:
    return st.speaker is not None and st.speaker.kind == "organization" and \
        places().get(fold(st.speaker.name)) == "country"


def _spokesperson(st) -> bool:
    role = st.speaker_role or (st.speaker.role if st.speaker is not None else None) or ""
    return st.speaker is not None and st.speaker.kind == "person" and bool(set(fold(role).split()) & set(SPOKES_HEADS))


def _country_through_spokesperson(body: str, layout, statements, entity_of, aid) -> None:
    """A sentence of a country's demand going on in its spokesperson's paragraph, no frame of its own ("She reiterated
    Vietnam's clear and consistent view that ... Vietnam protests and demands China to stop the wrongful acts.", VOV;
    seed15), is the spokesperson's whole sentence, as an annotator marks it (own set A, docs/vn/070: "Vietnam absolutely
    opposes and requests Taiwan not to repeat ..."). (A country's words framed inside the spokesperson's, "Japan has
    urged ..., Fujimura said", stay a statement of their own as well: GUIDELINES.)"""
    drop = set()
    for st in statements:
        if not _is_country(st):
            continue
        s0, s1 = st._sentence
        before = [o for o in statements if o.end <= s0 and o.id not in drop]
        if not before or any(o._sentence == st._sentence and o is not st for o in statements):
            continue
        prev = max(before, key=lambda o: o.end)
        if not _spokesperson(prev) or "\n" in body[prev.end:s0] or not body[s0:st.start].strip() or \
                not body[s0:s0 + 1].isupper() or body[prev.end:s0].count(".") > 3:
            continue
        end = s1
        while end > s0 and body[end - 1] in ".!? \t":
            end -= 1
        if not fold(body[s0:st.start]).startswith(fold(st.speaker.name)):
            continue     # the country opens the sentence: "Vietnam protests and demands ..."
        sid = stable_id(aid, s0, end, prev.speaker.id)
        if sid in entity_of:
            drop.add(st.id)
            continue
        entity_of[sid] = entity_of[prev.id]
        st.id, st.speaker, st.start, st.end, st.text = sid, prev.speaker, s0, end, body[s0:end]
        st.speaker_basis, st.speaker_role = "continuation", prev.speaker_role
    if drop:
        statements[:] = [st for st in statements if st.id not in drop]


# A subordinate clause opening between a frame and a second frame of the same sentence ("... told reporters during his
# first press conference since Prime Minister Justin Trudeau announced he would be resigning").
SUBORDINATE_CLAUSE = re.compile(r"\b(?:since|after|before|when|until|once|while)\b")


def _framed_in_subordinate_clause(body: str, framed_before, att) -> bool:
    """Is att's frame, naming another speaker, in a subordinate clause of the sentence whose main frame is that of
    framed_before (its subject named before att's)? Then att's speaker is no antecedent of the next "he said"."""
    before = framed_before[0]
    m = att.mention
    if m is None or m.kind == "pronoun" or before.sentence_start != att.sentence_start or \
            before.mention is None or before.mention.end > m.start:
        return False
    return SUBORDINATE_CLAUSE.search(body, before.mention.end, m.start) is not None


# A sentence opening with a person's words as its subject: "Lord Harrington's comments have resurfaced on the day that
# ...". A speaker framed later in it, in a clause of its own, is no antecedent of the "he said" that follows.
OWNED_SPEECH_SUBJECT = re.compile(r"((?:[A-Z][\w.’'-]*\s+){0,3}[A-Z][\w’'-]+)['’]s?\s+(?:comments|remarks|words|claims|"
                                  r"statements?|admission|warning)\s+(?:have|has|had|were|was|came|come)\b")
SUBORDINATE_BEFORE = re.compile(r"\b(?:that|when|as|after|before|while)\b")


def _owned_speech_subject(body: str, att, resolver):
    """The person whose words open att's sentence as its subject, when att's own frame is in a clause after them."""
    if att.mention is None or att.mention.kind not in ("name", "surname", "title"):
        return None
    lo = body.rfind("\n", 0, att.mention.start) + 1     # the sentence's start (a learned frame's may be its clause's)
    ends = [b.end() for b in re.finditer(r"[.!?][\"”’]?\s+(?=[A-Z\"“])", body[lo:att.mention.start])]
    lo += ends[-1] if ends else 0
    m = OWNED_SPEECH_SUBJECT.match(body, lo)
    if m is None or att.mention.start < m.end() or \
            not SUBORDINATE_BEFORE.search(body, m.end(), att.mention.start):
        return None
    owner = parse_np(tokens(m.group(1), m.start(1)))
    if not isinstance(owner, Mention) or owner.kind not in ("name", "surname"):
        return None
    ent, _ = resolver.resolve(owner, m.start(1), m.end(1))
    return ent if ent is not None and ent.kind == "person" else None


def _statement_issuer(body: str, statements, entity_of, pos: int):
    """The entity of the last statement before pos (within 600 characters) whose sentence reports a statement issued
    ("in a statement", "issued a statement"), or None; with no such sentence, the body whose words came last, in the
    paragraph just before pos: '..., the Prime Minister’s Office said on Monday. ¶ “...,” the statement read.' (JNS;
    set AB 010) -- a body speaks in statements; a person's words before are not "the statement" (None)."""
    for st in reversed(statements):
        s0, s1 = st._sentence
        if s1 <= pos and pos - s1 <= 600 and STATEMENT_ISSUED.search(body, s0, s1):
            return entity_of[st.id]
        if s1 <= pos and pos - s1 > 600:
            break
    before = [st for st in statements if st._sentence[1] <= pos]
    if before:
        last = max(before, key=lambda st: st._sentence[1])
        ent = entity_of[last.id]
        gap = body[last._sentence[1]:pos]
        named = re.search(r"\b(?:statement|release)s?\b", body[last._sentence[0]:pos])
        # (a statement named in that sentence whose words are not the last ones: 'The one-page statement noted the
        # International Monetary Fund expressed confidence in ...' is the Treasury's, not the IMF's; reut2-000 #181)
        if ent is not None and ent.kind == "organization" and gap.count("\n\n") <= 1 and len(gap) <= 200 and \
                "\n" in gap and (named is None or last.speaker_basis == "context"):
            return ent
    return None


def _sentence_said(body: str, att) -> str:
    """The sentence of a statement's frame, white space folded: a repeat of the whole of it is the page's, not the
    speaker's."""
    return " ".join(body[att.sentence_start:att.sentence_end].split())


def _add_issued(att, ent, body, aid, resolver, statements, entity_of, said):
    text = body[att.start:att.end]
    sp = resolver.speaker(ent)
    sid = stable_id(aid, att.start, att.end, sp.id)
    if sid in entity_of:
        return
    said.setdefault((sp.id, " ".join(text.split())), []).append(_sentence_said(body, att))
    _append(statements, entity_of, ent, att, Statement(
        id=sid, article_id=aid, speaker=sp, text=text, kind=att.kind, cue=None, start=att.start, end=att.end,
        speaker_basis="context", speaker_role=shown_role(ent.role, ent.kind, sp.name), question=None))


def _append(statements, entity_of, ent, att, st):
    """Keep a statement, with the sentence of its frame (for its date) and the entity that said it."""
    st._sentence = (att.sentence_start, att.sentence_end)
    st._model = att.basis == "model"
    statements.append(st)
    entity_of[st.id] = ent


# A sentence telling the earlier occasion a statement answered: "Kim's remarks come after Im said last Thursday that
# ...", "The comments came after the Pakistan High Commission ... hosted an Iftar gathering on Thursday" (KBS, Yonhap
# and wire copy): a day after "after" is that occasion's, not the remarks'.
CAME_AFTER = re.compile(r"\b(?:remarks?|comments?|statements?|announcement|words|warning|criticism)\s+"
                        r"(?:(?:also|only)\s+)?(?:come|comes|came)\s+(?:(?:a|one|two|three|several|\d+)\s+(?:days?|"
                        r"weeks?|hours?)\s+|days\s+|hours\s+|shortly\s+|just\s+)?after\b"
                        # ... or "made the remarks after" others did something: "Mao Ning, a ministry spokeswoman, made
                        # the remarks after the United States, Japan and the Republic of Korea issued a joint statement
                        # on Saturday" (China Daily via asianews.network; vncn18); not "after talks on Monday"
                        r"|\bmade\s+(?:the|these|those|her|his|its|their)\s+(?:remarks?|comments?)\s+after\b"
                        r"(?=\s+(?:the\s+)?(?-i:[A-Z])[^.;:]{0,80}?\b(?-i:[a-z]+ed)\b)", re.I)


def _came_after(body: str, low: str | None, s0: int, s1: int):
    """CAME_AFTER.search(body, s0, s1), asked only of a sentence with "after" in it (low: the body lower-cased, same
    offsets, or None): the case-blind pattern tried at every position was a per cent of the ingest."""
    if low is not None and low.find("after", s0, s1) < 0:
        return None
    return CAME_AFTER.search(body, s0, s1)


# "The recall was first announced Friday.": the day of an earlier stage of the story (the report is of the recall
# expanded since), no day of the report (The Columbian, 27 October 2013)
FIRST_ANNOUNCED = re.compile(r"\b(?:was|were|had\s+been)\s+(?:first|initially|originally)\s+(?:announced|reported|"
                             r"disclosed|revealed|made\s+public)\b")
FIRST_PERSON_WORD = re.compile(r"\b(?:I|my|we|our)\b")
AT_THAT_TIME = re.compile(r"\s*(?:At|By)\s+(?:the|that)\s+time\b")
# ... or inside the frame before the words: "In a Tumblr post at the time she described this as ..."
AT_THAT_TIME_IN_FRAME = re.compile(r"\b[Aa]t\s+(?:the|that)\s+time\b(?![^.!?\n]*[\"“])")
# A sentence that tells the occasion of the words just reported: "He was speaking at ...", "She was answering ...".
SPEAKING_WAS = re.compile(r"\s*(?:He|She)\s+(?:was|had\s+been)\s+(?:speaking|answering|responding|replying|addressing|"
                          r"talking|briefing)\b")


SAME_DAY_OPENING = re.compile(r"\s*(?:(?:(?:On|Later|Earlier)\s+)?(?:the|that)\s+same\s+day|(?:Later|Earlier)\s+that\s+day)"
                              r"\s*,?\s", re.I)


# "The next day, ...", "In comments published the following day, ...": a sentence opening on the day after the one the
# sentence before tells (_following_day_opening).
FOLLOWING_DAY_OPENING = re.compile(r"\s*(?:(?:On\s+|In\s+(?:[a-z]+\s+){1,3}?)?the\s+(?:following|next)\s+day|"
                                   r"(?:A|One)\s+day\s+later)\s*,\s", re.I)


# "In the meeting, she reiterated ...": an occasion of one day named again by "the" opening the sentence
# (_named_occasion_opening).
NAMED_OCCASION_OPENING = re.compile(r"\s*(?:At|In|During)\s+(?:the|that)\s+(?P<noun>%s)\s*,\s"
                                    % alternatives("one_day_occasions"))


def _named_occasion_opening(cx, st, fr) -> bool:
    """'... held a meeting with Indonesian Minister of Foreign Affairs, Retno Marsudi in Jakarta on Thursday (April
    19th). In the meeting, she reiterated the position of Indonesia ...' (Voice of Indonesia; set BI 002): the day of
    the occasion the sentence before names and dates (one day only), not a later occasion's or the report's."""
    m = NAMED_OCCASION_OPENING.match(cx.body, fr.s0)
    if m is None:
        return False
    before = _sentence_before(cx.layout, fr.s0)
    noun = m.group("noun").split()[-1]
    if before is None or not re.search(r"\b%s\b" % re.escape(noun), cx.body[before[0]:before[1]], re.I):
        return False
    day = _day_of_sentence_before(cx.dates, cx.layout, fr.s0, cx.limit)
    if day is None:
        return False
    st.said_on, st.date_basis = day
    return True


def _sentence_before(layout, start: int):
    """(start, end) of the last sentence ending at or before start, else None."""
    return next((sent for sent in reversed(layout.sents) if sent[1] <= start), None)


def _days_told(dates, p0: int, p1: int, limit) -> set:
    """The days the date phrases inside body[p0:p1] tell, none after limit."""
    return {d for s, e, d, _ in dates.phrases if p0 <= s and e <= p1 and d and (not limit or d <= limit)}


def _day_of_sentence_before(dates, layout, start: int, limit):
    """(day, "relative") when the sentence before the one at start tells exactly one day, else None."""
    before = _sentence_before(layout, start)
    if before is None:
        return None
    days = _days_told(dates, *before, limit)
    return (days.pop(), "relative") if len(days) == 1 else None


# How many sentences back "that day" may look for the day it names again (_day_told_last).
TOLD_DAY_REACH = 3


def _day_told_last(dates, layout, start: int, limit):
    """(day, "relative") of the last sentence before start, of the TOLD_DAY_REACH before it, that tells a day, when it
    tells exactly one; else None: 'On January 10, the Ministry of National Defense denied ... ¶ Hongchul Kim ...
    countered, "..." ¶ Earlier that day, North Korea released a statement ...' (Asia Economy; set BO 002)."""
    sents = [sent for sent in layout.sents if sent[1] <= start][-TOLD_DAY_REACH:]
    for p0, p1 in reversed(sents):
        days = _days_told(dates, p0, p1, limit)
        if days:
            return (days.pop(), "relative") if len(days) == 1 else None
    return None


def _item_day(doc, st):
    """The day of the item of a page of items whose paragraph st is (\"The statement made by X, the Y, on 15 January
    2025.\" over it), else None."""
    return next((day for s, e, day in getattr(doc, "item_days", ()) if s <= st.start < e), None)


def _outside(body: str, start: int, end: int, spans) -> str:
    """body[start:end] with the spans inside it blanked."""
    text = body[start:end]
    for a, b in spans:
        if a < end and b > start:
            a, b = max(a, start) - start, min(b, end) - start
            text = text[:a] + " " * (b - a) + text[b:]
    return text


class _Dating:
    """What _date_statements' steps share: the document, its dates, the statements, and what earlier steps found
    (the speakers' occasions, the report's day, ...) for later steps to read."""

    def __init__(self, doc, dates, statements, entity_of, layout, unspoken):
        self.doc, self.dates, self.statements, self.entity_of, self.layout = doc, dates, statements, entity_of, layout
        self.unspoken = unspoken
        self.body = doc.body
        self.base = dates.base
        self.limit = self.base.isoformat() if self.base else None
        self.by_start = sorted(statements, key=lambda x: x.start)
        self.contents = sorted({(st.start, st.end) for st in statements})   # dates inside what was said are its content
        low = doc.body.lower()
        # (for _came_after: "İ" lower-cases to two characters)
        self.low = low if len(low) == len(doc.body) else None
        self.occasion = {}
        self.speakers = {id(e): e for e in entity_of.values()}


def _date_statements(doc, dates, statements, entity_of, layout, unspoken=()):
    """Each statement's day (said_on) and how it was found (date_basis): the steps of DATING_STEPS in order."""
    cx = _Dating(doc, dates, statements, entity_of, layout, unspoken)
    if _date_by_briefing(cx):
        return
    for step in DATING_STEPS:
        step(cx)


def _date_by_briefing(cx) -> bool:
    """Has a transcript's every statement the briefing's day?"""
    doc, base = cx.doc, cx.base
    briefing = (_briefing_day(doc, base) or (_header_day(doc) if base is None else None) or
                _occasion_line_day(doc, cx.dates, cx.limit)) if doc.genre == "transcript" else None
    if briefing or (doc.genre == "transcript" and base):
        # An answer is said on the day of the briefing, whatever dates it mentions (GUIDELINES: transcripts): the
        # day its title gives, else the day it was published.
        for st in cx.statements:
            st.said_on, st.date_basis = briefing or base.isoformat(), "transcript"
        return True
    return False


class _Framed:
    """A statement's dating sentence (s0, s1), the days it frames (own) and a day told across the span (across)."""
    __slots__ = ("s0", "s1", "own", "across")


def _date_by_own_sentence(cx):
    """Each statement dated by its own sentence: the first rule of OWN_SENTENCE_RULES that applies decides."""
    for st in cx.by_start:
        fr = _Framed()
        fr.s0, fr.s1 = _dating_sentence(st, cx.layout)
        fr.own = [(d, kind) for d, kind in cx.dates.framed(fr.s0, fr.s1, exclude=cx.contents)
                  if not cx.limit or d <= cx.limit]
        if fr.own and st.speaker_basis == "issuer" and (st.start, st.end) == (fr.s0, fr.s1) and \
                FIRST_PERSON_WORD.search(st.text):
            # a release's paragraph in its issuer's voice reporting another's words ("Colleagues, my Foreign
            # Secretary said on Monday that ..."): that day is the other's, the paragraph is of the release's day
            fr.own = []
        fr.across = day_across_span(cx.body, fr.s0, st.start, cx.dates) if fr.own else None
        for rule in OWN_SENTENCE_RULES:
            if rule(cx, st, fr):
                break


def _answering_remarks(cx, st, fr) -> bool:
    if fr.own and _remarks_answered(cx.body, fr.s0, st.start):
        # "A Chinese defense spokesperson on Thursday made a statement responding to the United States Department
        # of Defense's claim that China declined ..." (People's Daily; seed19): the day is the answer's
        st.date_basis = "period"
        return True
    return False


def _day_across(cx, st, fr) -> bool:
    if fr.across:
        st.said_on, st.date_basis = fr.across
        return True
    return False


def _own_day(cx, st, fr) -> bool:
    if fr.own:
        st.said_on, st.date_basis = fr.own[0]
        return True
    return False


def _same_day_opening(cx, st, fr) -> bool:
    if SAME_DAY_OPENING.match(cx.body, fr.s0):
        # "Mr Kejriwal's comment was made on Tuesday. On the same day, Singapore's Health Ministry said ..." (CNA):
        # the one day the last sentence telling a day tells, else no day (not the report's nor another occasion's)
        st.said_on, st.date_basis = _day_told_last(cx.dates, cx.layout, fr.s0, cx.limit) or (None, "period")
        return True
    return False


def _following_day_opening(cx, st, fr) -> bool:
    if FOLLOWING_DAY_OPENING.match(cx.body, fr.s0):
        # "Earlier, on December 31, 2023, President Yoon described North Korea as ... ¶ In comments published the
        # following day, Russian Foreign Ministry spokeswoman Maria Zakharova criticized ..." (vietnam.vn; own set H):
        # the day after the one day the sentence before tells, else no day
        before = _day_of_sentence_before(cx.dates, cx.layout, fr.s0, cx.limit)
        day = (date.fromisoformat(before[0]) + timedelta(days=1)).isoformat() if before else None
        st.said_on, st.date_basis = (day, "relative") if day and (not cx.limit or day <= cx.limit) else (None, "period")
        return True
    return False


# A day told back closing the frame after the words: "..., the Foreign Ministry said the same day." (lexicon
# told_back_days with their distance in days; another of later_adverbials, "said two days later", tells no day).
TOLD_BACK_DAY_AT_END = re.compile(r"\b(?P<day>%s)\s*[.!?]?[”\"]?\s*$" % DAY_TOLD_BACK, re.I)
TOLD_BACK_OFFSETS = mapping("told_back_days")


def _told_back_day_after_frame(cx, st, fr) -> bool:
    m = TOLD_BACK_DAY_AT_END.search(cx.body, st.end, fr.s1)
    if not m:
        return False
    # "Japanese Foreign Minister Yoshimasa Hayashi tested positive ... on Wednesday, the Foreign Ministry said the same
    # day." (nippon.com printing Jiji Press; set BO 011): the one day the sentence tells (its words' too), else the one
    # the last sentence telling a day tells, moved by the phrase's distance; no day when neither tells one or the
    # distance is untold
    offset = TOLD_BACK_OFFSETS.get(re.sub(r"\s+", " ", m.group("day").lower()))
    days = _days_told(cx.dates, fr.s0, fr.s1, cx.limit)
    told = (days.pop(), "relative") if len(days) == 1 else _day_told_last(cx.dates, cx.layout, fr.s0, cx.limit)
    day = (date.fromisoformat(told[0]) + timedelta(days=offset)).isoformat() if told and offset is not None else None
    st.said_on, st.date_basis = (day, "relative") if day and (not cx.limit or day <= cx.limit) else (None, "period")
    return True


def _period_gone_by(cx, st, fr) -> bool:
    body, s0 = cx.body, fr.s0
    if period_before(body, s0, st.start, cx.base) or period_after(body, st.end, fr.s1) or \
            _pluperfect_frame(body, st, s0, fr.s1) or \
            RECENT_OCCASION.search(body, s0, st.start) or _remarks_answered(body, s0, st.start) or \
            _said_in_clause_of_time(cx, s0, st.start):
        st.date_basis = "period"     # said in a month or year gone by, no day: undated, not the report's day
        return True
    return False


# A frame inside a clause of time after the day of the main clause's act, its verb last: " after its security service,
# the FSB, claimed " (dates.TIME_CLAUSE, then the verb and "that" at most).
CLAUSE_OF_TIME_FRAME = re.compile(TIME_CLAUSE + r"\s+[a-z]+\s+(?:that\s+)?")


def _said_in_clause_of_time(cx, s0: int, start: int) -> bool:
    """"Russia revoked the diplomatic accreditation of six members of staff ... on September 13 after its security
    service, the FSB, claimed it had found ..." (PA via Shropshire Star; set AY 004): said before (or after) the day
    of another's act, on a day the text does not give -- not that day, nor the report's."""
    return any(s0 <= e < start and CLAUSE_OF_TIME_FRAME.fullmatch(cx.body, e, start)
               for s, e, _, kind in cx.dates.phrases)


def _at_that_time(cx, st, fr) -> bool:
    if AT_THAT_TIME.match(cx.body, fr.s0) or AT_THAT_TIME_IN_FRAME.search(cx.body, fr.s0, st.start):
        # "In August, CBP announced ... At the time, the agency said ...": the occasion just told; none told, no day
        # ("..., which was bought out by a company owned by talent manager Scooter Braun earlier this year. In a Tumblr
        # post at the time she described this as ...": not a day another statement of hers was given; Zyte, the
        # lead's round 31)
        told = [b for b in cx.statements if b.end <= fr.s0 and (b.said_on or b.date_basis == "period")]
        if told:
            last = max(told, key=lambda b: b.end)
            st.said_on, st.date_basis = last.said_on, last.date_basis
        else:
            st.date_basis = "period"
        return True
    return False


OWN_SENTENCE_RULES = (_answering_remarks, _day_across, _own_day, _same_day_opening, _following_day_opening,
                      _told_back_day_after_frame, _named_occasion_opening,
                      _period_gone_by, _at_that_time)


def _date_by_item(cx):
    for st in cx.statements:
        if st.speaker_basis == "issuer" and (day := _item_day(cx.doc, st)):
            st.said_on, st.date_basis = day, "release"


def _date_by_headings(cx):
    # A diary of days ("» Thursday, March 6, 2014" over each day's items): each heading dates what follows it.
    body, limit = cx.body, cx.limit
    headings = _date_headings(body, cx.dates)
    if headings and cx.base and {day for _, day in headings} == {cx.base.isoformat()}:
        return     # the publication day printed with the byline, however often, dates nothing of its own: "AFP/The
        #            Local / news@thelocal.se / 9 September 2017 / 14:30 CEST+02:00" over the caption and again over the
        #            story (The Local France printing AFP; set BJ 011); Ri's "on Friday" dates his words (not a letter's
        #            day printed over each of its copies, "March 28, 2025", on a page of April 22: a heading)
    # ... also one such line heading an undated page ("Downing Street Says... / » Tuesday, December 4, 2012 / Asked
    # about ..., the PMS said ..."): the day of what follows it
    # (its year printed on it: "Saturday 20 November" over a BBC preview takes a year the text recalls, "in 2000")
    if len(headings) >= 2 or len(headings) == 1 and not cx.base and headings[0][0] < TOP_HEADING_CHARS and \
            re.match(r"[^\n]*\b(?:19|20)\d\d\b", body[headings[0][0]:]):
        for st in cx.statements:
            before = [day for pos, day in headings if pos < st.start]
            if before and not st.said_on and (not limit or before[-1] <= limit):
                st.said_on, st.date_basis = before[-1], "explicit"


# Occasions: a dated sentence about a speaker's statement or briefing dates that speaker's other statements.
def _sentence_occasions(cx):
    doc, body, statements = cx.doc, cx.body, cx.statements
    # (a release's paragraphs are its issuer's words, yet the days they tell are the occasions of the people they
    # report: "Secretary of State Antony J. Blinken spoke yesterday with ..." under "The below is attributable to
    # Spokesperson Ned Price:" dates what the Secretary reaffirmed)
    cx.told = cx.contents if doc.genre != "release" else \
        sorted({(st.start, st.end) for st in statements if st.speaker_basis != "issuer"})
    cx.photo_lines = _file_photo_lines(body)
    cx.sentence_days = [(s0, s1, None if any(a <= s0 < b for a, b in cx.photo_lines) else
                         cx.dates.occasion(s0, s1, cx.told))
                        for s0, s1 in cx.layout.sents]   # also the report's day
    first_said = _first_said(statements, cx.entity_of)
    for s0, s1, day in cx.sentence_days:
        if not day or not _recent(day, cx.base):
            continue     # nor a day years back that the text recalls
        if cx.base is None and RECALLED_IN_A_DOCUMENT.search(body, s0, s1):
            continue     # an undated text retelling what a book or a source says happened on a day ("The book ...
                         # says on 13 March Lord Goldsmith met ...", "According to Mr Sands, Lord Goldsmith had warned
                         # Tony Blair in a document on 7 March 2003 ..."): no occasion of the people it names
        _sentence_occasion(cx, s0, s1, day, first_said)
    _meeting_told_again(cx)


def _meeting_told_again(cx):
    """'The South Korean Foreign Ministry on February 3 summoned Russian Ambassador ... Georgy Zinoviev ... ¶ South
    Korean Vice Foreign Minister Chung Byung-won summoned Ambassador Zinoviev to protest ... During the meeting, Chung
    expressed ...' (vietnam.vn; own set H 010): a meeting the text tells again without its day, one of its people met on
    a day told before, is that meeting; the others named in its sentence take that day."""
    for s0, s1, day in cx.sentence_days:
        if day or not MET_WORD.search(cx.body, s0, s1):
            continue
        sentence_words = set(fold(_outside(cx.body, s0, s1, cx.told)).split())
        named = [e for e in cx.speakers.values() if e.words and e.words[-1] in sentence_words]
        days = {cx.occasion[id(e)] for e in named if id(e) in cx.occasion}
        if len(days) == 1:
            met_on = days.pop()
            for e in named:
                cx.occasion.setdefault(id(e), met_on)


def _sentence_occasion(cx, s0, s1, day, first_said):
    body, occasion = cx.body, cx.occasion
    came_after = _came_after(body, cx.low, s0, s1)
    # "Kim's remarks come after Im said last Thursday that ...": Im's day, not Kim's
    # (nor is anyone named only inside what another said that day: "Xi Jinping's comments last week ... have set
    # the direction ..., a spokesperson said on Wednesday" is the spokesperson's Wednesday; issue 8, seed10)
    sentence_words = set(fold(_outside(body, came_after.end() if came_after else s0,
                                       _reported_clause_start(body, s0, s1), cx.told)).split())
    recalls = LAST_WEEKDAY.search(body, s0, s1)
    for e in cx.speakers.values():
        if e.words and e.words[-1] in sentence_words and not (recalls and first_said.get(id(e), s1) < s0):
            occasion.setdefault(id(e), day)     # (not "last Sunday" after the speaker's words: _recalled_occasions)
    if SPEAKING_WAS.match(body, s0):
        # "Cheung said ... He was answering an urgent question ... yesterday at a Legislative Council meeting.":
        # the occasion of the speaker just reported
        before = [st for st in cx.statements if st.end <= s0]
        if before:
            occasion.setdefault(id(cx.entity_of[max(before, key=lambda st: st.end).id]), day)


def _caption_occasions(cx):
    for c0, c1, day in _caption_days(cx.body, cx.dates, cx.base, cx.photo_lines):
        caption_words = set(fold(cx.body[c0:c1]).split())
        for e in cx.speakers.values():
            if e.words and e.words[-1] in caption_words:
                cx.occasion.setdefault(id(e), day)


def _earlier_occasions(cx):
    cx.looked_back = []
    speakers = cx.speakers.values()
    for s0, day, sentence_words, before_words in _remarks_of_an_earlier_occasion(cx.body, cx.dates, cx.layout.sents,
                                                                                 cx.limit):
        named = [e for e in speakers if e.words and e.words[-1] in sentence_words] or \
            [e for e in speakers if e.kind == "person" and e.words and e.words[-1] in before_words]
        cx.looked_back.append((s0, day, {id(e) for e in named}))


def _unspoken_occasions(cx):
    # "Guterres on Sunday condemned an attack ...": no statement (a noun phrase condemned), but the day of Guterres's
    # occasion and of the report.
    cx.unspoken_days = []
    for e, s0, s1 in cx.unspoken:
        own = [d for d, _ in cx.dates.framed(s0, s1, exclude=cx.contents) if not cx.limit or d <= cx.limit]
        if own:
            if e is not None:
                cx.occasion.setdefault(id(e), own[0])
            cx.unspoken_days.append((s0, own[0]))


def _speakers_days(cx):
    statements, entity_of = cx.statements, cx.entity_of
    cx.own_days = {st.id for st in statements if st.said_on}
    cx.by_speaker = {}
    cx.recalled = _recalled_occasions(cx.body, statements, entity_of)
    for st in statements:
        if st.said_on and id(st) not in cx.recalled:
            cx.by_speaker.setdefault(id(entity_of[st.id]), set()).add(st.said_on)


def _report_and_its_day(cx):
    doc, body, low, statements, recalled = cx.doc, cx.body, cx.low, cx.statements, cx.recalled
    # ... nor is that earlier occasion the day of the report
    earlier = {id(st) for st in statements if _came_after(body, low, *st._sentence)} | recalled
    recalling = {st._sentence[0] for st in statements if id(st) in recalled}
    cx.report = _report_day(cx.dates, [st for st in statements if id(st) not in earlier],
                            [(s0, s1, d) for s0, s1, d in cx.sentence_days
                             if d and not _came_after(body, low, s0, s1) and s0 not in recalling and
                             not FIRST_ANNOUNCED.search(body, s0, s1)] +
                            [(s0, s0, d) for s0, d in cx.unspoken_days]) \
        if not doc.genre else \
        (_dateline_day(doc, cx.dates, statements) or _signed_day(body, cx.base)) if doc.genre == "release" else None
    cx.weekly = _weekly_roundup(doc.headline)
    if cx.weekly:
        cx.report = None     # a week's stories, each of its own day: none dates another's, nor is the posting day theirs
    cx.titled = _titled_briefing_day(doc) if cx.base is None and not doc.genre else None


def _stale_lead(cx):
    # A lead whose only days of speaking are weeks before publication tells a report of an earlier occasion, posted
    # late: "a senior defense ministry official said on Feb. 28" on a page posted April 26 (ajudaily.com; dates14).
    # Its undated statements are of that occasion, not of the publication day: undated.
    lead_days = [d for s0, _, d in cx.sentence_days if d and s0 < LEAD_CHARS]
    # (a report's lead, in the third person: not a statement or letter in its issuer's own voice, which speaks on its
    # own day whatever earlier day it names: "We, the Leaders of the G7, ... the G7 Digital & Tech Ministers'
    # Statement issued on September 7, 2023, we welcome ..." on 30 October)
    own_voice = OWN_VOICE.search(QUOTED.sub(" ", cx.body[:LEAD_CHARS]))
    cx.stale_lead = bool(lead_days) and cx.base is not None and not own_voice and \
        not any(_recent(d, cx.base) for d in lead_days)


def _date_the_undated(cx):
    """Each statement still undated: the first rule of UNDATED_RULES that applies decides."""
    cx.continued = set()     # left undated as going on from their speaker's earlier occasion
    cx.briefing_carried = set()     # dated as going on from their speaker's dated briefing
    cx.wire_day = _wire_dateline_day(cx.dates, cx.base, min((st.start for st in cx.statements),
                                                            default=len(cx.body)))
    for st in cx.by_start:
        if st.said_on or st.date_basis == "period":
            continue
        key = id(cx.entity_of[st.id])
        for rule in UNDATED_RULES:
            if rule(cx, st, key):
                break


# What stands between the two halves of one quotation a frame interrupts: '“...,” Mr. Trump said on Nov. 8. “...'.
QUOTE_HALVES_GAP = re.compile(r"[,.!?…]?\s*[”\"]\s*[^“”\"\n]{1,100}?[.,:;]\s*[“\"]\s*")


def _second_half_of_a_quotation(cx, st, key) -> bool:
    """'“We’re taking in billions of dollars in tariff money from China,” Mr. Trump said on Nov. 8. “I like our
    situation very much. ...”' (nytimes via Zyte): the second half of a quotation its frame interrupts was said when
    the first half was, the day its frame gives (not the report's day, nor left undated as going on from an earlier
    occasion)."""
    if st.kind != "direct":
        return False
    last = _statement_before(cx.statements, st.start)
    if last is None or last.kind != "direct" or not last.said_on or not last.cue or id(cx.entity_of[last.id]) != key or \
            not QUOTE_HALVES_GAP.fullmatch(cx.body, last.end, st.start) or \
            not re.search(r"\b%s\b" % re.escape(last.cue), cx.body[last.end:st.start]):
        return False     # (the first half's own frame between them, nothing else: no sentence of the narrative)
    st.said_on, st.date_basis = last.said_on, "occasion"
    return True


def _going_on_from_period(cx, st, key) -> bool:
    if key not in cx.occasion and _continues_period(cx.body, st, cx.statements, cx.entity_of, key):
        # what the speaker went on to say of a statement made in a span gone by, no day: "Ari Dwipayana said in a
        # statement issued late last week that ..." then '"The information is completely incorrect," Ari said
        # in a statement quoted by Antara.' (asia-pacific-solidarity.net; dates15): undated too
        st.date_basis = "period"
        return True
    return False


def _speakers_occasion(cx, st, key) -> bool:
    if key in cx.occasion:
        st.said_on, st.date_basis = cx.occasion[key], "occasion"
        return True
    return False


def _speakers_one_day(cx, st, key) -> bool:
    days = cx.by_speaker.get(key, ())
    if len(days) == 1 and _recent(next(iter(days)), cx.base):
        # the speaker's one dated statement dates the others; not a day years back, which a fact sheet
        # recalls ("President Trump first declared an emergency ... on February 15, 2019")
        st.said_on, st.date_basis = next(iter(days)), "occasion"
        return True
    return False


def _going_on_from_briefing(cx, st, key) -> bool:
    """'Deng Li, vice-minister of foreign affairs, told a news briefing on July 14 that ... ¶ He said the ministry
    encourages ... ¶ Meanwhile, ..., Deng added.' (China Daily, July 26; set U 013): what the speaker goes on to say
    right after words whose own frame dates the occasion of speaking, a briefing, conference, interview or speech
    ("told a news briefing on July 14"), with no other speaker between, was said there, however long before the
    report (not left undated as going on from an earlier day of another kind, _going_on_from_earlier)."""
    last = _statement_before(cx.statements, st.start)
    if last is None or id(cx.entity_of[last.id]) != key or not last.said_on or \
            cx.body.count("\n\n", last.end, st.start) > 1 or _own_day_word(cx.body, *st._sentence):
        return False
    if last.id in cx.briefing_carried or last.date_basis == "explicit" and \
            OCCASION_NOUN.search(cx.body, *last._sentence) and last.cue and last.cue.split()[0] in ("told", "said"):
        st.said_on, st.date_basis = last.said_on, "occasion"
        cx.briefing_carried.add(st.id)
        return True
    return False


# A sentence opened by the day its words were said: "On October 6, Marcos said ...", "On Monday, the minister told ...".
FRONTED_DAY = re.compile(r"On\s+(?:(?:%s)\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+(?:%s)\.?|%s)(?:,?\s+\d{4})?\s*,\s"
                         % (MONTH_NAMES, MONTH_NAMES, WEEKDAY_NAMES))
# ... a sentence that tells of a later time than that day: "He has since said ...", "He now says ..."
LATER_TIME = re.compile(r"\b(?:since|now|again|anew)\b", re.I)


def _going_on_from_fronted_day(cx, st, key) -> bool:
    """'On October 6, Marcos said they would be naming the next press secretary "early next week" ... ¶ While he
    refused to identify the people on the list, he said that the next press secretary should be a "friend of the
    media," ...' (Manila Bulletin; set AN 007): what the speaker, as "he" or "she", goes on to say in the very next
    sentence, with no day or later time of its own, after words whose sentence opens with the day they were said, was
    said that day (not on the day of the report's main occasion)."""
    last = _statement_before(cx.statements, st.start)
    if last is None or id(cx.entity_of[last.id]) != key or not last.said_on or st.speaker_basis != "pronoun":
        return False
    (l0, l1), (s0, s1) = last._sentence, st._sentence
    # (or opens with the occasion named again, dated by the sentence before it: "On January 25, she walked out of the
    # UN Security Council (UNSC) open debate ... at the meeting. ¶ At the meeting, Marsudi conveyed ... ¶ "...," she
    # remarked."; Antara, own set A docs/id/037: the meeting's day, not the day of her earlier speech)
    fronted = FRONTED_DAY.match(cx.body, l0) and last.date_basis == "explicit" or \
        NAMED_OCCASION_OPENING.match(cx.body, l0) and last.date_basis == "relative"
    if not fronted or cx.body[l1:s0].strip() or cx.body.count("\n\n", l1, s0) > 1 or \
            _own_day_word(cx.body, s0, s1) or LATER_TIME.search(cx.body, s0, s1):
        return False
    st.said_on, st.date_basis = last.said_on, "occasion"
    return True


def _own_day_word(body: str, s0: int, s1: int) -> bool:
    """Does the sentence name a day or time of its own ("on Monday", "yesterday", "last week")?"""
    return OWN_TIME_WORDS.search(body, s0, s1) is not None


OWN_TIME_WORDS = re.compile(r"\b(?:%s|%s|yesterday|today|tonight|last\s+(?:week|month|year)|earlier|later|previously)\b"
                            % (WEEKDAY_NAMES, MONTH_NAMES))


def _going_on_from_earlier(cx, st, key) -> bool:
    days = cx.by_speaker.get(key)
    if days and not any(_recent(d, cx.base) for d in days) and \
            _continues_earlier(cx.body, st, cx.statements, cx.entity_of, key, cx.continued, days):
        # the speaker's own day is an earlier occasion, and this statement goes on from it: the report's day
        # (another's briefing) is not theirs. "President Rodrigo Duterte, who officially became ASEAN chairman at
        # a ceremony in Davao on Jan. 15, stressed that ... / Duterte affirmed that ..." in a report on a
        # spokesman's Thursday briefing (The Jakarta Post; dates14): undated, not the briefing's day
        cx.continued.add(st.id)
        return True
    return False


def _reports_day(cx, st, key) -> bool:
    if cx.report:
        st.said_on, st.date_basis = cx.report, "release" if cx.doc.genre == "release" else "occasion"
        return True
    return False


def _titled_day(cx, st, key) -> bool:
    if cx.titled:
        st.said_on, st.date_basis = cx.titled, "occasion"
        return True
    return False


def _transcript_or_release_published(cx, st, key) -> bool:
    if cx.doc.genre in ("transcript", "release") and cx.base:
        st.said_on, st.date_basis = cx.base.isoformat(), cx.doc.genre
        return True
    return False


def _wire_dateline(cx, st, key) -> bool:
    if cx.wire_day and not cx.doc.genre and not cx.stale_lead and not cx.weekly:
        # ... the day of a wire copy's dateline, a day before a reprint's publication ("WASHINGTON, Feb. 7
        # (Xinhua) -- ..." posted on 8 February in Beijing; People's Daily; vncn18)
        st.said_on, st.date_basis = cx.wire_day, "dateline"
        return True
    return False


def _news_published(cx, st, key) -> bool:
    if cx.base and not cx.doc.genre and not cx.stale_lead and not cx.weekly:
        # A news report that gives no day of its own reports what was said for that day's news: the
        # publication day, recorded as such ('published') so a reviewer can tell it from a dated one.
        st.said_on, st.date_basis = cx.base.isoformat(), "published"
        return True
    return False


UNDATED_RULES = (_second_half_of_a_quotation, _going_on_from_period, _going_on_from_fronted_day, _speakers_occasion, _speakers_one_day,
                 _going_on_from_briefing, _going_on_from_earlier, _reports_day, _titled_day, _transcript_or_release_published, _wire_dateline,
                 _news_published)


def _date_from_looked_back(cx):
    # What they said from that sentence on is of that occasion, until a day of their own ("On February 26, she urged
    # ... On January 25, she walked out of ... At the meeting, Marsudi conveyed ..." then '"...," she remarked.').
    claimed = set()
    for s0, day, named in reversed(cx.looked_back):
        for st in cx.by_start:
            key = id(cx.entity_of[st.id])
            if key not in named or st.start < s0 or st.id in claimed:
                continue
            if st.id in cx.own_days:
                named = named - {key}
                continue
            st.said_on, st.date_basis = day, "occasion"
            claimed.add(st.id)


def _explicit_basis(cx):
    for st in cx.statements:
        if st.said_on and not st.date_basis:
            st.date_basis = "explicit"


# A paragraph set in a part of a day at its opening ("Late Saturday morning, President Obama returned Indian Prime
# Minister Singh's phone call. ... The President expressed ..." / "Early Sunday afternoon, President Obama called
# Ambassador Eikenberry. ... reiterated ..."; a White House readout of two calls, obamawhitehouse.archives.gov, wire23):
# the paragraph's statements are of that day, not of another day a sentence of it recalls ("had called ... on Friday").
PARAGRAPH_DAY_OPENING = re.compile(r"(?:Late|Early)\s+(?:%s)(?:\s+(?:morning|afternoon|evening|night))?,\s"
                                   % WEEKDAY_NAMES)


def _date_by_paragraph_opening(cx):
    body = cx.body
    for st in cx.statements:
        if st.said_on or st.date_basis == "period":
            continue
        p0 = body.rfind("\n", 0, st.start) + 1
        if not PARAGRAPH_DAY_OPENING.match(body, p0):
            continue
        day = next((d for s, _, d, _ in cx.dates.phrases if s == p0), None)
        if day and _recent(day, cx.base) and (not cx.limit or day <= cx.limit):
            st.said_on, st.date_basis = day, "occasion"


# A roundup's citation closing a quotation: '... not more touched.” [Tweet, 10/18/23]', '” [Statement, 8/29/23]' (White
# House "What they are saying" releases; data/, the lead's round 31): the day the words were tweeted or issued.
CITATION_DAY = re.compile(r"[”\"]?[ \t]*" + CITATION.pattern)


def _date_by_citation(cx):
    for st in cx.statements:
        m = CITATION_DAY.match(cx.body, st.end)
        if m is None:
            continue
        month, day, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        try:
            cited = date(year + 2000 if year < 100 else year, month, day).isoformat()
        except ValueError:
            continue
        if not cx.limit or cited <= cx.limit:
            st.said_on, st.date_basis = cited, "explicit"


DATING_STEPS = (_date_by_own_sentence, _date_by_item, _date_by_headings, _date_by_paragraph_opening,
                _sentence_occasions, _caption_occasions,
                _earlier_occasions, _unspoken_occasions, _speakers_days, _report_and_its_day, _stale_lead,
                _date_the_undated, _date_from_looked_back, _date_by_citation, _explicit_basis)


REPORT_DAYS = 7
WEEKLY_ROUNDUP = re.compile(r"\b(?:%s)\b" % "|".join(re.escape(w) for w in sorted(words("weekly_roundup_headings"),
                                                                                  key=len, reverse=True)))


def _weekly_roundup(headline) -> bool:
    """Is the page a round-up of a week's news ("Week in Review: Around the Nation and World")?"""
    return bool(headline) and WEEKLY_ROUNDUP.search(headline.lower().replace("’", "'")) is not None


# A caption under a file photo: its occasion is the photo's, an earlier one, not the report's ("... Jay Tarriela holds a
# press briefing on Tuesday, May 6, 2025, in Manila. — File photo by Noy Morcoso/INQUIRER.net"; Inquirer, seed17).
FILE_PHOTO = re.compile(r"\b(?i:file\s+(?:photo|picture|image))\b|\b[A-Z][A-Za-z]*(?:-[A-Z][A-Za-z]*)?/(?:FILE|File)\b")
# (also "FILE PHOTO"; and an agency's credit of a file picture: "EPA-EFE/FILE/DAN HIMBRECHTS", "AFP/File" (efe.com;
# wire19): the day the caption gives is the picture's, not the occasion of the minister it shows)


def _file_photo_lines(body: str) -> list:
    """(start, end) of the lines that caption a file photo."""
    lines = []
    for m in FILE_PHOTO.finditer(body):
        end = body.find("\n", m.end())
        lines.append((body.rfind("\n", 0, m.start()) + 1, end if end >= 0 else len(body)))
    return lines


# A photo's caption closed by its credit, telling the day the people it shows were there: "Cabinet Secretaries Eugene
# Wamalwa (Devolution) and Keriako Tobiko (Environment) at Suswa yesterday. [Robert Kiplagat, Standard]" over their
# words, which tell no day (standardmedia.co.ke; dates19): the occasion of those it names. A day counted from the
# page's ("yesterday", a weekday), not a date, which may be an earlier photo's ("This photo, taken April 3, 2023, ...").
CAPTION_CLOSE = re.compile(r"(?:\[[A-Z][^\[\]\n\d]{2,60}\]|\([A-Z][^()\n/\d]{1,60}/[^()\n\d]{2,60}\))[ \t]*$", re.M)
CAPTION_QUOTE = re.compile(r"[\"“”]")     # (quoted words closed by "[Tweet, 10/30/23]" are no caption; data/)
CAPTION_WORDS = 40


def _caption_days(body: str, dates, base, photo_lines) -> list:
    """(start, end, day) of the captions closed by a credit that tell a day relative to the page's, one day each."""
    out = []
    for m in CAPTION_CLOSE.finditer(body):
        c0 = body.rfind("\n", 0, m.start()) + 1
        if len(body[c0:m.start()].split()) > CAPTION_WORDS or any(a <= c0 < b for a, b in photo_lines) or \
                CAPTION_QUOTE.search(body, c0, m.start()):
            continue
        days = {d for s, e, d, kind in dates.phrases if c0 <= s and e <= m.start() and kind == "relative"}
        if len(days) == 1 and _recent(next(iter(days)), base):
            out.append((c0, m.start(), days.pop()))
    return out


def _dating_sentence(st, layout):
    """The sentence that dates a statement: its frame's, and for one the learned model found (whose frame runs from
    its source only) the whole sentence, so that a day opening it dates it: "On Friday night (August 16, 2024), the
    Philippine Embassy in Lebanon issued an advisory urging Filipino citizens to leave ..." (PNA copy)."""
    s0, s1 = st._sentence
    if getattr(st, "_model", False) and layout.sents:
        a, b = layout.sentence_at(s0)
        if a <= s0 < b:
            return min(s0, a), max(s1, b)
    return s0, s1


def _first_said(statements, entity_of) -> dict:
    """Where each speaker's first statement starts (by the id of its entity)."""
    first = {}
    for st in sorted(statements, key=lambda x: x.start):
        first.setdefault(id(entity_of[st.id]), st.start)
    return first


def _recalled_occasions(body: str, statements, entity_of) -> set:
    """ids of the statements whose frame recalls "last Sunday" after the same speaker's words were already reported:
    "Gargash wrote on Twitter: ..." then "Gargash pointed out last Sunday, in a tweet ..." (en.adenpress.news;
    dates16): an earlier occasion, not the day of the speaker's other words nor the report's. (Told first, it opens
    the speaker's occasion: "Speaking ... last Wednesday, Xi called ..." then "The president stressed ...", seed10.)"""
    first = _first_said(statements, entity_of)
    return {id(st) for st in statements if st.said_on and first[id(entity_of[st.id])] < st.start and
            LAST_WEEKDAY.search(body, st._sentence[0], st.start)}


def _pluperfect_frame(body: str, st, s0: int, s1: int) -> bool:
    """A frame in the past perfect ('Foreign Ministry Spokesman Abbas Mousavi had said in response to Pompeo that
    ...', '"...," he had told reporters'): said on an earlier occasion the report does not date, not its day."""
    if not st.cue:
        return False
    frame, after = body[s0:st.start], body[st.end:s1]
    if not (PLUPERFECT_WORDS.search(frame) or HAD.search(after)):
        return False     # (the cheap test first: most frames hold none of these words)
    had_before, earlier, had_after = _pluperfect_patterns(st.cue.split()[0])
    return bool(had_before.search(frame) or earlier.search(frame) or had_after.match(after))


# A frame telling of an occasion "recently", on no day the report gives: "West Bengal Irrigation Minister Manas Bhunia,
# who was addressing a doctors' conference in Kolkata recently, said in his speech: ..." (livemint; dates11): not the
# day of the press conference the report is about, nor the report's.
RECENT_OCCASION = re.compile(r"\b(?:conference|meeting|speech|interview|event|rally|forum|seminar|summit|address|"
                             r"briefing|programme|program|function|ceremony)\b[^.;:!?\"“]{0,60}\brecently\b(?![-–])|"
                             r"\brecently\s+(?:addressed|spoke|told|gave|delivered)\b")
# Another's words the reported speaker was asked about: "Zhao made the remarks when asked to comment on Philippine
# presidential spokesperson Harry Roque's remarks that the Philippines and China will resolve ..." (People's Daily;
# seed19): said before the briefing, on no day the report gives; not the briefing's day.
REMARKS_ANSWERED = re.compile(r"\b(?:comment on|respond(?:ing|ed|s)? to|in response to|react(?:ing|ed|s)? to|asked about)\s+"
                              r"[^.;:!?\"“]{0,120}?['’]s?\s+(?:remarks|comments|claims?|statements?|assertions?|"
                              r"allegations?)\s+that\s*$")


def _remarks_answered(body: str, s0: int, start: int) -> bool:
    return body.endswith("that ", s0, start) and bool(REMARKS_ANSWERED.search(body, max(s0, start - 200), start))


PLUPERFECT_WORDS = re.compile(r"\b(?:had|earlier|previously|recently)\b")
HAD = re.compile(r"\bhad\b")


@lru_cache(maxsize=512)
def _pluperfect_patterns(verb: str):
    """The frame patterns of _pluperfect_frame for one reporting verb, compiled once."""
    verb = re.escape(verb)
    # ... or "earlier" before the verb, as Korean and wire copy write it: 'The North's ruling party mouthpiece, the
    # Rodong Sinmun, earlier accused Seoul of ...' (not "Earlier in the day, the ministry said": a day of the report)
    had = rf"(?:\bhad\s+(?:(?:also|earlier|already|previously|repeatedly|then|\w+ly)\s+)?|\b(?:earlier|previously)\s+){verb}\b"
    # ... or said "earlier", on no day the report gives: 'Olli Heinonen ... told the Voice of America (VOA) earlier
    # that ...' (not "earlier today", "earlier on Monday": a day of its own)
    earlier = rf"\b{verb}\b[^.!?]{{0,80}}\b(?:earlier|previously|recently)\b" \
        r"(?!\s+(?:today|this|on|in|that\s+(?:day|morning|afternoon|evening|week|month))\b)[^.!?]*$"
    return re.compile(had + r"[^.!?]*$"), re.compile(earlier), re.compile(rf"[^.!?]*?{had}")


# A sentence that tells what a document or another's account says happened (BBC politics/324)
RECALLED_IN_A_DOCUMENT = re.compile(r"\b(?:book|report|memoir|memoirs|diary|biography|dossier|documents?|memo|letter)\b"
                                    r"[^.!?]{0,80}?\b(?:says|said|claims|claimed|reveals|revealed|suggests|suggested)\b|"
                                    r"^\s*According\s+to\b|\bhad\s+(?:warned|told|said|written)\b")


# What opens a reported clause after the verb of an occasion: "that", or a subject and its auxiliary ("told reporters
# late Saturday he will appoint Yukio Edano ...").
REPORTED_OPENING = re.compile(r"\bthat\b")
REPORTED_REACH = 50


def _reported_clause_start(body: str, s0: int, s1: int) -> int:
    """Where the clause a reporting verb of the sentence introduces begins (else the sentence's end): the people it
    names are what was said, not speakers of that occasion. "Kan, who was voted prime minister Friday, told reporters
    late Saturday he will appoint Yukio Edano, 46, ... as secretary general" (AFP; dates14) dates Kan's words, not
    those Edano told reporters later in the report."""
    for m in OCCASION.finditer(body, s0, s1):
        if OCCASION_NOUN.fullmatch(m.group()):
            continue
        window = (m.end(), min(s1, m.end() + REPORTED_REACH))
        opening = REPORTED_OPENING.search(body, *window) or CLAUSE_IN_GAP.search(body, *window)
        if opening:
            return opening.start()
    return s1


def _continues_earlier(body, st, statements, entity_of, key, continued=frozenset(), days=None) -> bool:
    """Does st come right after a dated statement of the same speaker (the statement before it in the text is theirs,
    with a day, or one that itself went on from such a one: the second half of a quotation a frame interrupts,
    '"Isn't he the son of ...?" Moon said in the interview. "So, if a person like that ..."'; dates15, in the same
    paragraph), in the same paragraph or the next? With days, only a statement dated to one of those days goes on:
    one the report's own day dated is of the report's occasion ("Jones and Vining Inc said Vulcan Corp ... has
    offered ... ¶ Jones and Vining said a management effort ..." with "On January 23, Jones and Vining said ..." far
    below; Reuters-21578 reut2-003): what follows it is of that day too, not left undated."""
    last = _statement_before(statements, st.start)
    if last is None or id(entity_of[last.id]) != key:
        return False
    breaks = body.count("\n\n", last.end, st.start)
    # (through one left undated itself, only within its paragraph: a release's next paragraph is its own day's)
    return bool(last.said_on) and (days is None or last.said_on in days) and breaks <= 1 or \
        last.id in continued and breaks == 0


def _continues_period(body, st, statements, entity_of, key) -> bool:
    """Does st come right after the same speaker's statement of a span gone by with no day (date_basis 'period'), in
    the same paragraph or the next?"""
    last = _statement_before(statements, st.start)
    if last is None:
        return False
    # (of the statements ending there, the speaker's own in the same sentence: "Hawke and Keating last week warned
    # that ... and vowed ...", each speaker's coordinated second statement goes on from their own first;
    # reuters21578, set AI's round)
    own = [b for b in statements if b.end == last.end and id(entity_of[b.id]) == key and
           getattr(b, "_sentence", None) is not None and b._sentence == getattr(st, "_sentence", ())]
    last = own[0] if own else last
    return id(entity_of[last.id]) == key and last.date_basis == "period" and not last.said_on and \
        body.count("\n\n", last.end, st.start) <= 1


def _statement_before(statements, start: int):
    """The statement ending last before start (the one a statement at start goes on from), or None."""
    return max((b for b in statements if b.end <= start), key=lambda b: b.end, default=None)


def _recent(day: str, base: date | None) -> bool:
    """Within REPORT_DAYS before the publication day (any day when there is none)."""
    return base is None or 0 <= (base - date.fromisoformat(day)).days <= REPORT_DAYS
WEEKDAY_WORDS = words("weekdays")
LEAD_CHARS = 600    # the lead of a news report: its first paragraph or two
WIRE_LEAD_REACH = 1500     # how far a page's furniture may push down the wire dateline that opens its story
QUOTED = re.compile(r"[“\"][^“”\"]*[”\"]")     # a quotation, left out of a lead's own voice
OWN_VOICE = led(r"\b(?:I|[Mm]y|[Ww]e|[Oo]ur|[Uu]s)\b")
# A sentence that goes back to the occasion the one before it dated: "X presented an annual report at the Sejm on
# February 26. In his remarks, X said ...".
REMARKS_BACK = re.compile(r"\s*(?:(?:In|During)\s+(?:his|her|their|the|these|those)\s+(?:remarks|speech|address|"
                          r"statement|presentation|testimony|interview|comments|briefing)|At\s+(?:the|that|this)\s+"
                          r"(?:meeting|event|session|debate|summit|forum|conference|hearing))\b")

# A frame naming the audience of the occasion the sentence before told of: '"...," Fukuda told the reporters.' after
# "... made the initial comments last Friday in a talk with reporters".
TOLD_THEM_BACK = re.compile(r"\btold the (?:reporters|journalists|press)\b")
TALK_WITH_THEM = re.compile(r"\b(?:talk|conversation|meeting|interview|chat|briefing|remarks|comments)\s+(?:with|to)\s+"
                            r"(?:the\s+)?(?:reporters|journalists|the press)\b")
# ... or the answer to a question the sentence before put at a dated occasion: "During the June 27 session, the reporter
# asked about a closed-door dinner meeting ... In response, spokesperson Kang Yu-jung said, '...'" (Korea Herald;
# seed12): the answer was given there.
ANSWER_BACK = re.compile(r"\s*In\s+(?:response|reply)\s*,")
ASKED_THERE = re.compile(r"\b(?:asked|questioned|question)\b")
EARLIER_OCCASION = re.compile(r"\b(?:presented|delivered|gave|given|made|held|addressed|spoke|speech|remarks|address|"
                              r"report|briefing|conference|interview|testimony|statement|hearing|meeting|debate|"
                              r"session|summit)\b")


def _remarks_of_an_earlier_occasion(body, dates, sents, limit):
    """(start, day, folded words of the sentence, of the sentence before) for each sentence opened by "In his
    remarks" or "At the meeting" after a sentence about an occasion dated by one explicit date (also inside what
    someone said of it: "The Ministry notes that X presented ... on February 26."): the remarks were made that day,
    not on the day of the release that reports them. They are the remarks of whoever the sentence names, else of the
    person the one before names."""
    told_back = " told the " in body
    if "In " not in body and "During " not in body and "At " not in body and not told_back:
        return     # the cheap test first: most texts have no such sentence
    for k in range(1, len(sents)):
        s0, s1 = sents[k]
        p0, p1 = sents[k - 1]
        if told_back and TOLD_THEM_BACK.search(body, s0, s1) and not dates._any_in(s0, s1):
            # '"...," Fukuda told the reporters.' after "Fukuda made the initial comments last Friday in a talk
            # with reporters ...": those reporters, that Friday (china.org.cn; dates11), not the lead's Monday (the
            # quote may run over sentences of its own, undated)
            for j in range(k - 1, max(-1, k - 4), -1):
                t0, t1 = sents[j]
                if TALK_WITH_THEM.search(body, t0, t1):
                    days = {d for a, b, d, kind in dates.phrases if t0 <= a and b <= t1}
                    if len(days) == 1 and (not limit or min(days) <= limit):
                        yield sents[j + 1][0], days.pop(), set(fold(body[sents[j + 1][0]:s1]).split()), \
                            set(fold(body[t0:t1]).split())
                    break
                if dates._any_in(t0, t1):
                    break
            continue
        if not REMARKS_BACK.match(body, s0) and not (ANSWER_BACK.match(body, s0) and ASKED_THERE.search(body, p0, p1)):
            continue
        if not EARLIER_OCCASION.search(body, p0, p1):
            continue
        days = {d for a, b, d, kind in dates.phrases if p0 <= a and b <= p1 and kind == "explicit"}
        if len(days) == 1 and (not limit or min(days) <= limit):
            yield s0, days.pop(), set(fold(body[s0:s1]).split()), set(fold(body[p0:p1]).split())


BRIEFING_TITLE = re.compile(r"\b(?:press conference|news conference|press briefing|briefing|press gaggle|gaggle|"
                            r"press availability)\b", re.I)
TITLE_LINES = 4
HELD_LINES = 16
HELD_DAYS = 366


# A briefing's headline ending with its day: "... Regular Press Conference on June 12, 2018" (also "June12, 2018"),
# "Press Briefing by Press Secretary Jen Psaki, April 15, 2021", "... on September 14" (no year printed).
# ... or day first, as Singapore's ministries print it: "Transcript of ... Interview with Mr K Shanmugam, Minister for
# Home Affairs, on 15 September 2022"; the place may follow ("... Media on 18 April 2011 in Beijing"); India's
# ministry sets it in brackets ("Transcript of Interview of External Affairs Minister at ... (October 08, 2021)").
TITLE_END_DAY = re.compile(rf"(?:\bon|,|[–—-]|\()\s*(?:(?P<month>{MONTH_NAMES})\.?\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?|"
                           rf"(?P<day_first>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month_after>{MONTH_NAMES})\.?)"
                           rf"(?:,?\s+(?P<year>\d{{4}}))?(?:\s+in\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){{0,2}})?\)?\s*$", re.I)
# A transcript of an interview is dated by its title as a briefing's is.
INTERVIEW_TITLE = re.compile(r"\binterview\b", re.I)
TITLE_DAY_SPAN = 366     # a title's own day against a publication date read off the page's links


def _occasion_line_day(doc, dates, limit):
    """The one day of the lede that tells a Q/A page's occasion ("HEALTH Minister ... was in an uncomfortable position
    yesterday as he faced down pressmen"), on or before publication; None when it gives none or two."""
    if not doc.occasion_line:
        return None
    days = {d for d in dates.in_span(*doc.occasion_line) if not limit or d <= limit}
    return days.pop() if len(days) == 1 else None


def _first_lines(body: str, n: int) -> list:
    """The first n lines of the body that hold a word (a blank line between paragraphs is none): a reprint's
    title line under its own headline and stamp ("... 2024-10-22 11:05 ...", then "Foreign Ministry Spokesperson
    Lin Jian’s", "Regular Press Conference on October 21, 2024"; brief19)."""
    return [ln for ln in body.split("\n", 3 * n)[:3 * n] if ln.strip()][:n]


def _briefing_day(doc, base):
    """The day a transcript's title gives it ('Department Press Briefing – June 21, 2022', 'Foreign Ministry
    Spokesperson Lin Jian's Regular Press Conference on March 18, 2024'), on or within a week before publication:
    a page may be posted the day after the briefing. Only dates with a month name (never '1/10/2017')."""
    day = _headline_end_day(doc.headline or "", base) or _numeric_title_day(doc.headline or "", base)
    if day:
        return day
    lines = [doc.headline or ""] + _first_lines(doc.body, TITLE_LINES)
    # ... or the page's line saying it was held ("Foreign Ministry Spokesperson Hong Lei held a press conference on
    # December 3, 2012." under People's Daily's header and "FM press conference on Dec. 3 (Full Text)"; dates18): its
    # day, however long before the page was posted ("November 14, 2012" posted "17:05, November 22, 2012")
    held = [ln for ln in doc.body.split("\n", HELD_LINES)[:HELD_LINES] if HELD_BRIEFING_BY.match(ln)]
    for line in lines + held:
        if not BRIEFING_TITLE.search(line) or len(line) > 200:
            continue
        reach = timedelta(days=REPORT_DAYS if line not in held else HELD_DAYS)
        for m in DATE_IN_LINE.finditer(line):
            if not re.search(r"[A-Za-z]", m.group(1)):
                continue
            day = parse_day_first(m.group(1))
            if day and (base is None or timedelta(0) <= base - date.fromisoformat(day) <= reach):
                return day
    return None


# A full day closing a line: the State Department's header over remarks, "Hillary Rodham Clinton Secretary of State
# Treaty Room Washington, DC April 30, 2010" (a short paragraph near the top), and a report's title, "Pentagon briefing
# notes Dec. 8, 2015".
CLOSING_FULL_DAY = re.compile(rf"(?:^|\s)(?P<day>(?:{MONTH_NAMES})\.?\s+\d{{1,2}},\s+(?:19|20)\d\d)\s*$")


def _header_day(doc):
    """The day a transcript's header block gives it, for a page with no publication date."""
    for para in re.split(r"\n\s*\n", doc.body, maxsplit=8)[:8]:
        m = CLOSING_FULL_DAY.search(para.strip())
        if m and len(para.split()) <= 25:
            return parse_day_first(m.group("day"))
    return None


def _titled_briefing_day(doc):
    """The day a news report's title gives the briefing it reports, when the page gives no publication date: the
    briefing's day, for the statements with no day of their own."""
    head = " ".join((doc.headline or "").split())
    m = CLOSING_FULL_DAY.search(head) if len(head) <= 120 and BRIEFING_TITLE.search(head) else None
    return parse_day_first(m.group("day")) if m else None


# (rev.com titles some "... Daily Press Briefing 2/20/24 Transcript", France's ministry "Turkey - Q&A - Excerpts from
# the daily press briefing (22.01.18)"; brief19)
NUMERIC_TITLE_DAY = re.compile(r"\s\(?(\d{1,2})([/.])(\d{1,2})\2(\d{2}|\d{4})\)?(?:\s+Transcript)?$")


def _numeric_title_day(head, base):
    """A numeric day ending a briefing's title ("U.S. State Department Press Briefing 5/2/24", posted 2024-05-06): the
    one reading of it, month or day first, that falls in the week before publication; None when neither or both do.
    On a page with no publication date, the one reading there is ("State Department Press Briefing on 9/16/24", as
    rev.com prints its transcripts: the 16th is no month)."""
    m = NUMERIC_TITLE_DAY.search(head.rstrip()) if BRIEFING_TITLE.search(head) else None
    if not m:
        return None
    a, b, y = int(m.group(1)), int(m.group(3)), int(m.group(4))
    y = y + 2000 if y < 100 else y
    days = {d for d in both_readings(a, b, y) if base is None or timedelta(0) <= base - d <= timedelta(days=REPORT_DAYS)}
    return days.pop().isoformat() if len(days) == 1 else None


def _headline_end_day(head, base):
    """The day a briefing's headline ends with, whatever the publication date a page's links gave it ("... Regular
    Press Conference on September 14" on a page whose only dated line links "... on September 7, 2018"): the year
    printed, else the publication's (the year before for a day months after it). None without either."""
    m = TITLE_END_DAY.search(head) if BRIEFING_TITLE.search(head) or INTERVIEW_TITLE.search(head) else None
    if not m or not (m.group("year") or base):
        return None
    year = int(m.group("year") or base.year)
    day_month = f"{m.group('day') or m.group('day_first')} {m.group('month') or m.group('month_after')}"
    day = parse_day_first(f"{day_month} {year}")
    if not day:
        return None
    if not m.group("year") and (date.fromisoformat(day) - base).days > 180:
        day = parse_day_first(f"{day_month} {year - 1}")
    if day and (base is None or abs((base - date.fromisoformat(day)).days) <= TITLE_DAY_SPAN):
        return day
    return None


def _report_day(dates, statements, sentence_days):
    """The day of the occasion a news report is about, for its statements with no day of their own: the one day
    its dated frames and occasions give ("Guterres on Sunday condemned ...", "This came in a press conference
    held on Monday"), or when they give several, the day its lead gives first. Within a week before
    publication (GUIDELINES: a phrase that dates an occasion applies to the statements of that occasion)."""
    base = dates.base
    if not base:
        return None
    dated = [(st.start, st.said_on) for st in statements if st.said_on]      # framed: "said on Monday"
    dated += [(s0, day) for s0, _, day in sentence_days if day]               # occasions: "held on Monday"
    dated = sorted((pos, day) for pos, day in dated
                   if timedelta(0) <= base - date.fromisoformat(day) <= timedelta(days=REPORT_DAYS))
    if not dated:
        return None
    days = {day for _, day in dated}
    if len(days) == 1:
        return dated[0][1]
    return dated[0][1] if dated[0][0] < LEAD_CHARS else None


TOP_HEADING_CHARS = 300


def _date_headings(body, dates):
    """[(position, day)] of the lines that hold nothing but an explicit date ('» Thursday, March 6, 2014')."""
    out = []
    for s, e, day, kind in dates.phrases:
        if kind != "explicit":
            continue
        a, b = body.rfind("\n", 0, s) + 1, body.find("\n", e)
        line = body[a:len(body) if b == -1 else b]
        rest = re.sub(r"[^\w]+", " ", line.replace(body[s:e], " ")).lower().split()
        if len(line.split()) <= 6 and all(w in WEEKDAY_WORDS for w in rest):
            out.append((s, day))
    return out


# "On the evening of January 12, the Deputy Spokesperson ... releases the following statement": the day opens the line.
OPENING_DAY = re.compile(r"On (?:the (?:morning|afternoon|evening|night) of )?", re.I)


def _wire_dateline_day(dates, base, first_said: int) -> str | None:
    """The day of the wire dateline opening the story ("WASHINGTON, Feb. 7 (Xinhua) --"), when it is the day before
    publication: a reprint posted the next day where it is read reports that day's news. (Below a page's ticker of
    other headlines, "Off the wire ... UNITED NATIONS, April 5 (Xinhua) --" on chinagate.cn, un19, it still opens
    the story when nothing is said before it.)"""
    if base is None:
        return None
    for s, e, day, kind in dates.phrases:
        if (s < LEAD_CHARS or s < min(first_said, WIRE_LEAD_REACH)) and kind == "explicit" and dates._dateline(s, e):
            return day if base - date.fromisoformat(day) == timedelta(days=1) else None
    return None


def _dateline_day(doc, dates, statements):
    """A release's own date line before or opening its first paragraph ("9 November 2020, Addis Ababa: The
    Chairperson ..."), or the date of the line introducing it ("Statement by Ambassador X at the Security
    Council, 14 April 2024."), when it is on or before publication: the day the release was issued."""
    if not statements or not dates.base:
        return None
    first = min(st.start for st in statements)
    body = doc.body
    intro = doc.issuer_line or (first, first)
    for s, e, day, kind in dates.phrases:
        if kind == "explicit" and intro[0] <= s < intro[1] and \
                timedelta(0) <= dates.base - date.fromisoformat(day) <= timedelta(days=REPORT_DAYS):
            return day
    if doc.issuer_line:
        # a date line of its own above the line introducing the release ("April 28, 2018 – Ottawa, Ontario", then
        # "X and Y issued the following statement:")
        line_end = len(body[:intro[0]].rstrip())
        above = body.rfind("\n", 0, line_end) + 1
        line = body[above:line_end]
        for s, e, day, kind in dates.phrases:
            if kind == "explicit" and s == above and len(line.split()) <= 8 and \
                    timedelta(0) <= dates.base - date.fromisoformat(day) <= timedelta(days=REPORT_DAYS):
                return day
    line_start = body.rfind("\n", 0, first) + 1
    prev_start = body.rfind("\n", 0, max(0, line_start - 2)) + 1 if line_start else 0
    statement_line = STATEMENT_LINE.match(body[prev_start:max(prev_start, line_start - 1)])
    for s, e, day, kind in dates.phrases:
        opening = s in (line_start, prev_start) or OPENING_DAY.fullmatch(body[prev_start:s]) is not None
        if kind == "explicit" and (opening and s < first + 40 or
                                   statement_line and prev_start <= s < line_start) and \
                timedelta(0) <= dates.base - date.fromisoformat(day) <= timedelta(days=REPORT_DAYS):
            return day     # also "Statement by ..., at the Security Council briefing ..., 14 April 2024." above it
    return None


# The day a president's document was signed, printed under the signature that closes it: "DONALD J. TRUMP ¶ THE
# WHITE HOUSE, ¶ December 29, 2025." (a veto message the White House posted on the 30th; whitehouse-briefing-room,
# set R), or a proclamation's "IN WITNESS WHEREOF, I have hereunto set my hand this sixth day of March, in the year of
# our Lord two thousand twenty-five" (posted on 7 March 2025). Its paragraphs were said that day, not the posting day.
SIGNED_AT_WHITE_HOUSE = re.compile(r"\n[ \t]*THE WHITE HOUSE,[ \t]*\n\s*(?P<day>(?:%s)\s+\d{1,2},\s+\d{4})\.?\s*\Z"
                                   % MONTH_NAMES)
SIGNED_IN_WITNESS = re.compile(r"IN WITNESS WHEREOF,\s+I\s+have\s+hereunto\s+set\s+my\s+hand\s+this\s+"
                               r"(?P<nth>[a-z]+(?:-[a-z]+)?)\s+day\s+of\s+(?P<month>%s),\s+in\s+the\s+year\s+of\s+"
                               r"our\s+Lord\b" % "|".join(ordered("months")))
ORDINAL_DAYS = mapping("ordinal_days")


def _signed_day(body: str, base: date | None) -> str | None:
    """The day SIGNED_AT_WHITE_HOUSE or SIGNED_IN_WITNESS gives, when it is on or up to REPORT_DAYS before base."""
    if base is None:
        return None
    day = None
    at = SIGNED_AT_WHITE_HOUSE.search(body, max(0, len(body) - 200))
    signed = parse_day_first(at.group("day")) if at is not None else None
    if signed is not None:
        day = date.fromisoformat(signed)
    witness = SIGNED_IN_WITNESS.search(body) if day is None and "WITNESS WHEREOF" in body else None
    if witness is not None:
        nth = witness.group("nth").split("-")
        n = sum(ORDINAL_DAYS.get(w, 0) for w in nth) if all(w in ORDINAL_DAYS for w in nth) else 0
        month = ordered("months").index(witness.group("month")) + 1
        for year in (base.year, base.year - 1):     # (the year is the posting's, or the one before it in January)
            try:
                day = date(year, month, n)
            except ValueError:
                day = None
            if day is not None and day <= base:
                break
    if day is None or not timedelta(0) <= base - day <= timedelta(days=REPORT_DAYS):
        return None
    return day.isoformat()


def _topic_statements(doc, taxonomy, statements):
    """A statement's own words (and its question) decide its topics. The document's opening breaks ties and
    speaks for statements with no topic words of their own; in a transcript, the exchange before an answer
    does that instead, because a briefing moves from subject to subject."""
    if taxonomy is None or not statements:
        return
    document = taxonomy.scores(" ".join(filter(None, [doc.headline, doc.headline, doc.body[:3000]])))
    previous = None
    for st in statements:
        context = document
        if st.question is not None:
            context = taxonomy.scores(" ".join(filter(None, [st.question, previous])))
            if not context:
                context = document
        st.topics = taxonomy.assign(st.text, context, st.question)
        previous = " ".join(filter(None, [st.question, st.text]))
