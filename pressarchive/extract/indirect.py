"""Pass 2 and 3: reported speech around reporting verbs outside quotations (inverted, postposed, forward,
participles, "according to X"), and continuations (next sentences with a backshifted modal)."""
import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache

from ..firstchars import led
from ..models import Attribution
from .layout import CASE_CUES, Text, defended_with_case
from .quotes import inside_wording
from .lexicon import (WEEKDAY_NAMES, ACCORDING_TO, ADDRESSEE_VERBS, BETWEEN, CLAUSE_ONLY, CUE_FORMS, NAME_PARTICLES,
                      OBJECT_IN_CONTENT, ONE_SPOKESPERSON, ORG_NOUNS, PLURAL_SUBJECT_VERBS, PRONOUNS, SAME_PAST, SPOKES_WORDS,
                      TITLE_WORDS, VERBS_WITH_OF)
from .spans import (MANNER_ADVERB, DAY_TOLD_BACK_ONLY, ADDRESSEE, DASH_DATELINE_LEAD, NOTHING_TOLD, TOLD_ON_A_CALL, OCCASION_NOUNS, OCCASION_NO_THAT, PARTICIPLE,
                    INFINITIVE_AFTER_ADDRESSEE, PARTICIPLE_ADJUNCT_THAT, adjunct_only,
                    as_direct, content_after, place_colon_lead, trim_span)
from .subjects import LEADING_CONNECTIVES, role_like, np_after, subject_before
from ..lexicon import alternatives, ordered, words
from ..speaker_names import is_place
from ..gazetteer import places
from ..normalize import fold
from .mentions import NAME_HEADS, ROLE_NOUNS, VAGUE_SOURCE, Mention, is_cap, parse_np, tokens

_SAY_TELL_SAME_PAST = {"say", "tell"} | SAME_PAST     # made once, not per cue

# Verbs of speech that also name acts: "declared independence", "announced a dividend" are not statements.
# (also "his"/"her": "The stockpiling of seven-figure checks before Bush even declared his candidacy spurred ..." (The
# Washington Post in PolNeAR; asia20))
ACTS = re.compile(r"\s*(?:its\s+|their\s+|his\s+|her\s+|a\s+|an\s+|the\s+)?(?:independence|war|bankruptcy|insolvency|"
                  r"(?:(?:regular|quarterly|special|stock|cash|extra|initial|interim|final|annual|semi-annual)\s+)*dividends?|(?:a\s+)?state\s+of\s+emergency|(?:(?:a|the)\s+)?(?:national\s+|public\s+health\s+)?emergency|"
                  r"martial\s+law|victory|candidacy|engagement|retirement|ceasefire)\b", re.I)


DECISION_ONLY = re.compile(r"\s*(?:the|its|his|her|their)\s+decision\s*(?:[.,;]|\s+in\s+(?:a|an|the|its|his|her|their)\s+"
                           r"(?:[a-z]+\s+)?(?:statement|letter|post|message|interview)\b)")

# Plans named and no more: "Mr Kilroy-Silk announced his plans a day after launching his new party, Veritas, the Latin
# for truth." (bbc-news/politics/333; set AV): an act, no words (not "announced plans to ...", "his plans for ...",
# "outlined his plans: ...", nor an infinitive after an adjunct, "announced his plans on Monday to cut ...")
PLANS_ONLY = re.compile(r"\s*(?:the|its|his|her|their)\s+(?:new\s+|latest\s+|own\s+)?plans\b"
                        r"(?!\s+(?:to|for|that|of|which|include|including|would|will)\b|\s*[:–—-])"
                        r"(?![^.;:\"“”]*?\bto\s+(?!be\b)[a-z]+\s)")

# A stance announced, named by its topic alone ("announced the Ministry's position on the ... statement"; lexicon
# stance_nouns): which stance the sentence does not tell, so no words (not "... position that ...").
POSITION_ONLY = re.compile(r"\s*(?:(?:the|its|his|her|their)\s+|(?:the\s+)?(?:(?:[A-Z][\w.&-]*|of|and|for)\s+){0,6}"
                           r"[A-Z][\w.&-]*['’]s\s+)(?:official\s+|own\s+)?(?:%s)\s+(?:on|regarding|about|over|towards?)\s"
                           r"(?![^.;:\"“”]*\bthat\b)" % alternatives("stance_nouns"))

# What "answer" takes as an act, not words: "answers questions from the media", "answered reporters' questions".
QUESTIONS_ANSWERED = re.compile(r"\s+(?:(?:a|the|some|several|many|more|few|his|her|their|its|[\w’'-]+['’]s?)\s+)?"
                                r"(?:\w+\s+)?questions\b")
# "Barkindo was commenting on news that Saudi Arabia and Russia are working on ...": what the news said, not his words
ON_NEWS_THAT = re.compile(r"\s+on\s+(?:the\s+)?(?:news|reports?|claims?|rumou?rs?|speculation)\s+(?:that|of)\b")
COMMENTED_ON = re.compile(r"\s+(?:(?:today|yesterday|on\s+[A-Z][a-z]+day)\s+)?on\s+(?!\w+day\b|how\b|why\b|whether\b|what\b)")
DENIED_GERUND = re.compile(r"\s+(?!(?:no|any|some|every)thing\b)[a-z]{2,}ing\b")
# A passive participle before its verb: "Tony Blair and Gordon Brown are said to have declared war", "MPs were told
# that ...": whoever said it is not the subject.
# ("The Pakistani president was also asked whether ...", "Duterte was earlier asked if she was ready to take over the
# presidency": the question put to them, not their words.)
PASSIVE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)(?:\s+not|n['’]t)?\s+(?:\w+ly\s+|also\s+|"
                            r"again\s+|then\s+|later\s+|earlier\s+|even\s+|ever\s+)?$"     # "China was not even mentioned"
                            # ... an infinitive passive coordinated with another: "only to be confined and told he would
                            # be there for many more years" (not "would not be abolished and argued ...")
                            r"|\bto\s+be\s+[a-z]+(?:ed|en)\s+and\s+$", re.I)
QUOTED_AS = re.compile(r"\b(?:was|were|is|are|has\s+been|had\s+been)\s+(?:also\s+)?quoted\b[^.;:!?\"“”]{0,80}?\s+"
                       r"(?:as\s+)?$")
# The inverted passive: 'CONTENT, Foreign Minister Prince Saud Al-Faisal has been reported as saying.'
# ... also by whom: 'CONTENT, official spokeswoman ... Maria Zakharova was quoted by TASS as saying on Saturday.' (SANA;
# wire18)
REPORTED_AS = re.compile(r"\s(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:quoted|reported)\s+"
                         r"(?:(?:by|in)\s+[^,.;:!?\"“”]{1,60}?\s+)?as\s+$")
# "quoted OBJECT as saying": the object is the speaker (the paper or agency quoting reports what was said).
# ... or "cited OBJECT as telling": 'Xinhua news agency cited Putin as telling Chinese President Xi Jinping ... that'
# (Taipei Times; set N 007)
QUOTED_OBJECT = re.compile(r"\b(?:quoted|cited)\s+((?!as\b|by\b|in\b)[^.;:!?\"“”]{1,90}?),?\s+as\s+$")
QUOTED_AS_FORMS = {"saying", "telling", "stating"}
# ... or "quoted OBJECT telling" with no "as", never after a comma: "London's Evening Standard quoted Mr Clarke telling
# Labour activists ... that he wanted Britain to offer refuge ..." (bbc-news/politics/147; set AP); not "cited weak
# demand, saying ..." (the subject's own participle)
QUOTED_OBJECT_BARE = re.compile(r"\bquoted\s+((?!as\b|by\b|in\b)[^.,;:!?\"“”]{1,90}?)\s+$")
# "horrified actually, by what Charles said.": a free relative names what was said, it frames nothing (bbc politics)
FREE_RELATIVE_BEFORE = re.compile(r"\bwhat\s+(?:(?:[A-Z][\w’'.-]*\s+){1,3}|(?:he|she|they|we|I|you)\s+)"
                                  r"(?:(?:has|have|had|just|once)\s+)?$")
NEGATED_BEFORE = re.compile(r"(?:\b(?i:has|have|had|did|does|do|could|would|can|will)(?:\s+not|n['’]t|\s+never)|"
                            # (also "won't", and "won't come right out and say": newstalk1010; quotes17)
                            r"\b(?i:wo)n['’]t)\s+(?:yet\s+)?(?:come\s+(?:right\s+)?out\s+and\s+)?$|"
                            # "But he could not say whether ...", and a guess at what one would say: "... dashed on
                            # the rocks of bitter experience and, he might say, the UK's ... system"
                            # (the modal in lower case: "Theresa May said" is no "may say")
                            r"\b[Cc]annot\s+$|\b(?:might|may)\s+(?:well\s+)?$|"
                            # ... and an inability: "after he was unable to say how much Labour’s plans to borrow
                            # billions of pounds would cost Britain" (Daily Mail; bbc23)
                            r"\b(?:unable|failed|refused|declined)\s+to\s+$")


def active_quoted(body, lo, hi):
    """'quoted OBJECT as' right before a 'saying' at hi, in the active ('The paper quoted X as saying'; not 'X was
    quoted today as saying')."""
    obj = QUOTED_OBJECT.search(body, lo, hi) or QUOTED_OBJECT_BARE.search(body, lo, hi)
    if obj and PASSIVE_BEFORE.search(body, max(lo, obj.start() - 30), obj.start()):
        return None
    return obj


def quoted_object(text: Text, obj):
    """The mention(s) of the object of 'quoted OBJECT as saying' ("an Iranian soldier, Hamid Dehqani,"): a list,
    VAGUE_SOURCE ("unnamed industry sources") or None."""
    found = np_after(text, obj.start(1), obj.end(1))
    if found is VAGUE_SOURCE or isinstance(found, list) and found[0] and _named_object(found[0]):
        return found     # (VAGUE_SOURCE: "unnamed industry sources", "one official")
    # "prosecutor Russell McGuire"; "an Iranian soldier, Hamid Dehqani,": the name in apposition to a description
    whole = text.body[obj.start(1):obj.end(1)]
    if whole in OBJECT_PRONOUNS:     # "quoted him as saying": he
        gender, plural = OBJECT_PRONOUNS[whole]
        return [Mention(whole, obj.start(1), obj.end(1), "pronoun", gender=gender, plural=plural,
                        entity_kind="person" if gender else None)]
    for part in [re.match(r".+", whole)] + list(re.finditer(r"[^,]+", whole)):
        m = parse_np(tokens(part.group(), obj.start(1) + part.start()))
        if isinstance(m, Mention) and _named_object(m):
            return [m]
        if m is VAGUE_SOURCE and part.start() == 0:
            return m
    return VAGUE_SOURCE     # "the commander in the Kurdish border village of Haj Omran": no one named


OBJECT_PRONOUNS = {"him": ("m", False), "her": ("f", False), "them": (None, True)}


def _named_object(m) -> bool:
    """A name, a body, a title the resolver refers back ("quoted the foreign minister as saying") or a lower-case
    pronoun ("quoted him as saying"), not a capitalised "He" (a surname: "quoted He as saying") or a place after a
    description ("a source close to Reagan")."""
    if m.kind == "pronoun":
        return m.text.islower()
    if m.kind == "title":
        return True
    return m.kind in ("name", "surname", "body") and bool(m.name) and \
        not (m.role and m.role.split()[-1].lower() in {"of", "in", "from", "at", "to", "near"})


# "NHK quoted PM Abe as telling reporters this morning: "North Korea has once again fired ... lives."": the audience and
# the time, then a colon and the quotation, all of it what he said (jmh.usembassy.gov; seed13).
AUDIENCE_COLON_QUOTE = re.compile(r"(?:\s+(?:to\s+)?(?:the\s+)?(?:reporters|journalists|press|media|lawmakers))?"
                                  r"(?:\s+(?:this|earlier|late|yesterday|today|on)(?:\s+[A-Za-z]+)?)?\s*:\s*(?=[\"“])")


def _quoted_as(text: Text, s_start, s_end, c_end, form, mentions):
    colon = AUDIENCE_COLON_QUOTE.match(text.body, c_end, s_end)
    quote = next((q for q in text.quotes if colon and q.open_mark == colon.end()), None)
    if quote is not None:
        start, end = quote.start, quote.end
        while end > start and text.body[end - 1] in " ,;:":
            end -= 1
        return Attribution(start, end, "direct", form, mentions[0], s_start, s_end, shared=mentions[1:])
    span = content_after(text, c_end, s_end, CUE_FORMS[form])
    if not span:
        return None
    d = as_direct(text, *span)
    start, end = d or span
    return Attribution(start, end, "direct" if d else "indirect", form, mentions[0], s_start, s_end,
                       shared=mentions[1:])


# A progressive form is the finite verb of its clause: "Tony Blair is urging European leaders to wake up ...", "Puerto
# Rico has been warning that it is running out of cash" (not "had been saying", mostly backshifted inside someone
# else's reported words, nor a guess: "he might have been saying").
# ... contracted after a pronoun too, in radio copy's present tense: "He’s only saying that the councillor now fears
# for their family's safety.", "she’s reminding people that ..." (CTV, the Squamish Chief; quotes14)
PROGRESSIVE_BEFORE = led(r"(?:\b(?:is|are|was|were|has\s+been|(?<!might\s)(?<!would\s)(?<!could\s)(?<!must\s)(?<!may\s)have\s+been)|(?:(?<=\b[Hh]e)|(?<=\b[Ss]he)|(?<=\b[Ii]t))['’]s|"
                                r"(?:(?<=\b[Tt]hey)|(?<=\b[Ww]e))['’]re)\s+(?:[a-z]+ly\s+|also\s+|now\s+|"
                                r"still\s+|again\s+)?(?:among\s+those\s+)?$")
# (... and one of several: "Michael Kovrig, who was detained for years in China, is among those urging a judge to
# avoid a harsh prison sentence ...", ctvnews.ca; set O)
# A word that makes the next one a noun: "on claims circulating online", "the claims", "these warnings".
NOUN_BEFORE = re.compile(r"\b(?:on|of|about|over|against|for|with|from|amid|despite|the|these|those|such|any|no|"
                         r"many|several|his|her|their|its|our)\s+$", re.I)
NOUN_OF_AFTER = re.compile(r"\s+of\s")
AGENT_AFTER = re.compile(r"\s+by\s")
AGENT_OPENING = re.compile(r"[a-z]+(?:ed|en)\s+by\s")
AGENT_BEFORE = re.compile(r"\b[a-z]+(?:ed|en)\s+by\s+(?:(?:[A-Z][\w’'-]*\s+)+(?:and\s+|,\s+))*$")     # "Solutions suggested by conservationists include ...": a participle
# ... or the author of a document that is the subject: "A new book, Brown's Britain by Sunday Telegraph journalist Robert
# Peston, says Mr Blair went back on a pledge ..." (the book says it: a document's words; bbc15)
AUTHOR_OF = re.compile(r"\b(?:book|report|study|biography|memoir|paper|survey|article|column)\b,?\s+"
                       r"(?:[A-Z][\w’'-]*\s+){0,5}by\s")
# ... or its title set off after it: "The book, Brown's Britain, said Tony Blair felt ..." (not "Britain" speaking)
TITLE_OF = re.compile(r"\b(?:[Tt]he|[Aa]|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:new\s+|latest\s+)?(?:book|report|study|"
                      r"biography|memoir|paper|survey|article|column),(?:\s+[A-Z][\w’'-]*){1,6}$")
HEDGED_SAYING = re.compile(r"\s+to\s+have\s+(?:said|told)\b")     # "Mr Houston is alleged to have said that ...": his


# A sentence opened by a subordinate clause (the frame's subject inside it, before any comma).
# What a sentence-opening frame says may open with a subordinate clause: "He said while an official estimate of the
# fire's current size was expected later on Wednesday, as of the morning he believed it was likely approaching 2,000
# hectares." (no adjunct of the frame: a main clause follows the comma)
SUBORDINATE_THEN_CLAUSE = re.compile(r"\s+(?:while|although|though|because|if|once|since)\s[^,]{5,150},\s+(?!and\b|but\b)"
                                     r"[^,]*\b(?:is|are|was|were|will|would|could|had|has|have|did)\b")
# (also "At the same time as Nigeria announced its new initiative, Ghana ... announced revenues ...": bbc-news/business/120)
SUBORDINATE_OPENING = re.compile(r"\s*(?:As|When|While|After|Before|Since|Because|Although|Though|Once|Until|Whilst|"
                                 r"At\s+the\s+same\s+time\s+as|Just\s+as|Even\s+as|Even\s+though|Ever\s+since)\s")


# A person named in a "with" clause right before a participle of saying: "with leader Charles Kennedy saying".
WITH_NAMED = re.compile(r"\bwith\s+((?:[a-z][\w-]*\s+){0,3}(?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\s+)?"
                        r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+$")
# ... or a body, or a spokesperson of one, after an article: "..., with a Downing Street spokesman saying she has "full
# confidence" in both" (City A.M.; set AS), "with the Ministry of Finance saying ..."
WITH_BODY = re.compile(r"\bwith\s+((?:the|a|an)\s+(?:[A-Z][\w'’.&-]*\s+)(?:(?:of|for|and|[A-Z][\w'’.&-]*)\s+){0,5}"
                       r"(?:(?:official\s+)?(?:spokesman|spokeswoman|spokesperson)\s+)?)$")


FINITE_OR_THAT = re.compile(r"\b(?:that|is|are|was|were|can|could|will|would|has|have|had|may|might|must|should)\b")
TRAILING_PARTICIPLE = re.compile(r"\s*,\s+([a-z]+ing)\b[^,;:“”\"]{0,80}?[.!]?\s*")


# "it" standing for the words reported before, then their occasion: "Tofail told it at a discussion ... on Monday
# night." (not "said this during the weekly briefing in response to a query about a statement by ...": left to the
# filters as before, its span keeping the query's words from reading as a statement; eval/own docs/pk/062)
IT_TOLD_BEFORE = re.compile(r"\s+it\s+(?:at|in|on|while|when|during|after|before)\s", re.I)


# What a rule of REPORTED_RULES or ACCORDING_RULES returns when it decides that the cue frames no statement (None: the
# rule does not decide, the next one goes on).
NO_FRAME = object()


def _first_decision(rules, context):
    """Run rules in order on context: the first one that decides gives the statement (None for NO_FRAME)."""
    for rule in rules:
        out = rule(context)
        if out is not None:
            return None if out is NO_FRAME else out
    return None


@dataclass(slots=True)
class _Cue:
    """One cue in its sentence as reported_frame's rules read it, with what the steps find on the way (where the
    subject ends, its mentions, what follows the verb, the content span) for the rules after them."""
    text: Text
    body: str
    s_start: int
    s_end: int
    c_start: int
    c_end: int
    form: str
    base: str
    found: list
    after: str            # the sentence after the verb
    preceding: str        # the sentence before the verb
    quoted: object = None
    named_only: bool = False
    progressive: object = None
    subject_end: int = 0
    eager: object = None
    plural_only: bool = False
    mentions: object = None
    subj_start: int = 0
    tail: str = ""
    head: str = ""
    start: int = 0
    end: int = 0


def _declared_act(c: _Cue):
    if c.base in {"declare", "announce"} and (ACTS.match(c.body, c.c_end) or DECISION_ONLY.match(c.body, c.c_end)) or \
            c.base in {"announce", "outline", "reveal", "set out"} and PLANS_ONLY.match(c.body, c.c_end, c.s_end) or \
            c.base == "announce" and POSITION_ONLY.match(c.body, c.c_end, c.s_end):
        return NO_FRAME     # (nor "announced the decision in a statement published by ... IRNA": which decision the
        #                     sentence before told; AFP via iranfocus.com, wire19)


def _set_out_to_act(c: _Cue):
    if c.base == "set out" and SET_OUT_TO.match(c.body, c.c_end):
        return NO_FRAME     # "America set out to forge an Army ...", "Clinton set out 10 months ago to inspire ...": an
        #                     aim pursued, nothing said (White House message on the Battle of Chippawa; PolNeAR nyt)


SET_OUT_TO = re.compile(r"\s+(?:(?:[\w-]+\s+){1,3}ago\s+)?to\s+[a-z]")


def _questions_answered(c: _Cue):
    if c.base == "answer" and QUESTIONS_ANSWERED.match(c.body, c.c_end):
        return NO_FRAME     # "Blaine Higgs answers questions from the media after ...": a caption's act, no words (quotes15)


def _commented_on_news(c: _Cue):
    if c.base == "comment" and (ON_NEWS_THAT.match(c.body, c.c_end) or COMMENTED_ON.match(c.body, c.c_end)):
        return NO_FRAME     # "was commenting on news that ...": the news's content (Daily Sabah, Reuters copy);
        #                     "commented today on a meeting held yesterday between ...": what was commented on, no words
        #                     (ARKA; wire19)


def _denied_doing(c: _Cue):
    if c.base == "deny" and DENIED_GERUND.match(c.body, c.c_end):
        return NO_FRAME     # "denied wanting to be leader until October 2004, when he told ...": no clause said


def _passive_verb(c: _Cue):
    """A passive participle ("are said to have declared war", "MPs were told that ...") or one with its agent after
    it: whoever said it is not the subject (PASSIVE_BEFORE)."""
    if c.form != c.base and not c.form.split()[0].endswith(("s", "ing")) and \
            (PASSIVE_BEFORE.search(c.body, max(c.s_start, c.c_start - 30), c.c_start) and
             not HEDGED_SAYING.match(c.body, c.c_end) or AGENT_AFTER.match(c.body, c.c_end)):
        return NO_FRAME


def _negated(c: _Cue):
    if NEGATED_BEFORE.search(c.body, max(c.s_start, c.c_start - 40), c.c_start):
        return NO_FRAME     # "the Justice Department has not said if it will appeal": nothing said


def _coordinated_passive(c: _Cue):
    body, s_start, c_start = c.body, c.s_start, c.c_start
    if c.base in ADDRESSEE_VERBS and (and_before := COORDINATED_AND.search(body, max(s_start, c_start - 12), c_start)) \
            and _passive_going_on(body, max(s_start, and_before.start() - 60), and_before.start(), c.c_end):
        return NO_FRAME     # "the agency was fined $20,000 and asked to apologize": the agency was asked, no frame


def _free_relative(c: _Cue):
    if FREE_RELATIVE_BEFORE.search(c.body, max(c.s_start, c.c_start - 40), c.c_start) and \
            not c.body[c.c_end:c.s_end].strip(" .!?\"”"):
        return NO_FRAME     # "by what Charles said.": a thing said, no frame (not "what he claimed was indecision by
        #                     the board": he claimed that)


def _nothing_told(c: _Cue):
    if NOTHING_TOLD.match(c.body, c.c_end, c.s_end):
        return NO_FRAME     # "Stannard revealed no details about the man, including his age ...": nothing said (quotes15)


def _it_told_occasion(c: _Cue):
    if c.base in {"say", "tell"} and IT_TOLD_BEFORE.match(c.body, c.c_end, c.s_end):
        return NO_FRAME     # "Tofail told it at a discussion at the Dhaka University campus on Monday night.": the
        #                     occasion of his words quoted before, no words of its own (The Financial Express; dates18)


def _surmised(c: _Cue):
    if SURMISED_BEFORE.search(c.body, max(c.s_start, c.c_start - 25), c.c_start):
        return NO_FRAME     # "Babcock may not have appreciated Andersen’s choice of platform": a guess, nothing said
        #                     (quotes12)


def _ought_to_say(c: _Cue):
    if OUGHT_BEFORE.search(c.body, max(c.s_start, c.c_start - 25), c.c_start):
        return NO_FRAME     # "Tony Blair should set out a proper exit strategy from Iraq ..., Lib Dem leader Charles
        #                     Kennedy has said": what someone ought to say is nothing said (bbc15)


def _expected_to_say(c: _Cue):
    if EXPECTED_BEFORE.search(c.body, max(c.s_start, c.c_start - 40), c.c_start):
        return NO_FRAME     # "Simon Case, the cabinet secretary, is expected to say his inquiry into the leak last autumn
        #                     is still “live” when he appears before ..." (politicsbrexitforum.com; bbc23): not said yet


def _so_said_before(c: _Cue):
    """'So said Pham Thu Hang, ...': the words before (_so_said)."""
    if SO_SAID.fullmatch(c.preceding):
        return _so_said(c.text, c.s_start, c.s_end, c.c_end, c.form, c.found) or NO_FRAME


def _quoted_object_speaks(c: _Cue):
    # "The spokesman quoted Wallis as saying drastic measures would be needed ...": the one quoted speaks.
    obj = active_quoted(c.body, c.s_start, c.c_start) if c.form in QUOTED_AS_FORMS else None
    if obj:
        mentions = quoted_object(c.text, obj)
        if mentions is VAGUE_SOURCE:
            return NO_FRAME
        if mentions:     # (not "was quoted today as saying": the passive, below)
            return _quoted_as(c.text, c.s_start, c.s_end, c.c_end, c.form, mentions) or NO_FRAME


# The agent reporting the words after "as saying", when the words stand before the frame: '"...," Kovács was quoted as
# saying by state news wire MTI at a press conference in Brussels late Wednesday.' (bbj.hu; set BR 011), '...,
# natural resources minister Yuri Trutnev was quoted as saying by the Interfax news agency.' (bbc-news/business/222):
# "by", at most six words ending in a capitalised word or a news noun, then the occasion's opening word or the end.
QUOTING_AGENT = re.compile(r"\s*by\s+(?:[\w'’.&-]+\s+){0,5}?(?:[A-Z][\w'’.&-]*|(?:%s)\b)(?=\s+(?:%s)\b|\s*[.!?]?\s*$)" % (
    alternatives("quoting_agent_nouns"), alternatives("quoting_agent_stops")))


def nothing_said_after(after: str) -> bool:
    """Nothing said after "as saying": the rest is an adjunct (six words at most), or the agent reporting the words
    ("by state news wire MTI") and an adjunct after it."""
    agent = QUOTING_AGENT.match(after) if "by" in after[:6] else None
    if agent:
        return adjunct_only(after[agent.end():])
    return len(after.split()) <= 6 and adjunct_only(after)


def _quoted_as_saying(c: _Cue):
    """Step: "X was quoted as saying" before the verb (c.quoted), unless the words are before the frame
    (c.named_only)."""
    # "Mr Houston was quoted in the Herald newspaper saying: ...", "X was quoted as saying ...": the subject speaks.
    # ... or telling: 'Home Secretary Charles Clarke has been quoted as telling Labour members he wants more migrants
    # to come to the UK.' (bbc-news/politics/147; set AP)
    c.quoted = QUOTED_AS.search(c.body, c.s_start, c.c_start) if c.form in QUOTED_AS_FORMS else None
    if c.quoted and nothing_said_after(c.after) and REPORTED_AS.search(c.body, c.s_start, c.c_start):
        c.quoted, c.named_only = None, True     # nothing said after it: the words are before the frame (below), by one
        #                                         named there ('"...," the Arsenal boss is quoted as saying.' left as
        #                                         it was)


def _quoted_subject_speaks(c: _Cue):
    if not c.quoted:
        return None
    mentions = subject_before(c.text, c.s_start, c.quoted.start())
    span = content_after(c.text, c.c_end, c.s_end, c.base)
    if isinstance(mentions, list) and mentions[0] and span:
        d = as_direct(c.text, *span)
        start, end = d or span
        return Attribution(start, end, "direct" if d else "indirect", c.form, mentions[0], c.s_start, c.s_end,
                           shared=mentions[1:])
    return NO_FRAME


def _reported_as_after_words(c: _Cue):
    """'CONTENT, Foreign Minister Prince Saud Al-Faisal has been reported as saying.' (REPORTED_AS)"""
    body, s_start = c.body, c.s_start
    passive = REPORTED_AS.search(body, s_start, c.c_start) if c.form == "saying" else None
    if passive and nothing_said_after(c.after) and "," in body[s_start:passive.start()]:
        comma = body.rfind(",", s_start, passive.start())
        mentions = subject_before(c.text, comma + 1, passive.start())
        start, end = trim_span(body, s_start, comma)
        if isinstance(mentions, list) and mentions[0] and end - start > 1 and \
                len(body[comma + 1:passive.start()].split()) <= 12 and \
                not (c.named_only and mentions[0].kind not in ("name", "surname")):
            d = as_direct(c.text, start, end)
            start, end = d or (start, end)
            return Attribution(start, end, "direct" if d else "indirect", c.form, mentions[0], s_start, c.s_end,
                               shared=mentions[1:])


def _participle_opening_sentence(c: _Cue):
    # "While noting that CONTENT, Lim called ...": a participle opening the sentence reports what the subject of
    # the main clause after it said.
    # (also the bare participle opening it: "Saying that the government was committed to the rights of civil
    # servants, Minister Gurung expressed his commitment to ..."; khabarhub.com, set K 013)
    if c.form.lower() in CLAUSE_PARTICIPLES and OPENING_PARTICIPLE.fullmatch(c.body, c.s_start, c.c_start):
        return _opening_participle(c.text, c.s_start, c.s_end, c.c_end, c.form, c.base) or NO_FRAME


def _participle_after_own_words(c: _Cue):
    # "The WeWorkers Coalition sent a letter to the city council on Monday saying that ...": the participle after one's
    # own words, with no comma, reports them; the subject of the clause wrote them
    if c.form in OWN_WORDS_PARTICIPLES and OWN_WORDS_OBJECT.search(c.body, c.s_start, c.c_start) and \
            not c.text.in_quote(c.c_start):
        span = content_after(c.text, c.c_end, c.s_end, c.base)
        mentions = clause_subject(c.text, c.s_start, c.c_start, pronoun=True) if span else None
        if mentions:
            return Attribution(span[0], span[1], "indirect", c.form, mentions[0], c.s_start, c.s_end,
                               shared=mentions[1:])


def _with_named_person(c: _Cue):
    # "..., with leader Charles Kennedy saying ...", "... with election coordinator Alan Milburn accusing Mr Howard
    # of ...": the person the "with" clause names says it (bbc12).
    # (a body or its spokesperson first, WITH_BODY; else a person, WITH_NAMED)
    if c.form not in PARTICIPLE:
        return None
    lo = max(c.s_start, c.c_start - 80)
    with_named, kinds = WITH_BODY.search(c.body, lo, c.c_start), ("name", "body", "title")
    if with_named is None:
        with_named, kinds = WITH_NAMED.search(c.body, lo, c.c_start), ("name", "surname")
    if with_named:
        mentions = subject_before(c.text, with_named.start(1), c.c_start)
        span = content_after(c.text, c.c_end, c.s_end, c.base)
        if isinstance(mentions, list) and mentions[0] and mentions[0].kind in kinds and span:
            d = as_direct(c.text, *span)
            return Attribution(*(d or span), "direct" if d else "indirect", c.form, mentions[0], c.s_start, c.s_end)


# "The Liaoning was deployed ... at one point, according to the ministry, adding that fighter jets took off ..." (The
# Japan Times; set V 011): the source of "according to" right before the participle goes on speaking, not the
# sentence's subject (the vessel).
ACCORDING_BEFORE_PARTICIPLE = re.compile(r"\baccording\s+to\s+(?=\S)([^,;:“”\"]{2,80}?),\s*$")


# A document's postposed frame right before the participle: '“...,” the government statement read, adding that police
# have been alerted to the case.' (Coconuts Hong Kong; set BF 010): the document goes on, no person named inside the
# quoted words ("Ma was ...") says it, and a document's words are no statement (GUIDELINES).
DOCUMENT_FRAME_BEFORE = re.compile(r"[”\"]\s+(?:the|a|an|its|his|her|their)\s+(?:[a-z]+\s+){0,2}(?:%s)\s+"
                                   r"(?:said|says|read|reads|stated|states|added|adds),\s*$"
                                   % "|".join(sorted(words("own_words_nouns"))))


def _participle_after_a_documents_frame(c: _Cue):
    if c.form in PARTICIPLE and DOCUMENT_FRAME_BEFORE.search(c.body, max(c.s_start, c.c_start - 80), c.c_start):
        return NO_FRAME


def _participle_after_according_to(c: _Cue):
    if c.form not in PARTICIPLE:
        return None
    acc = ACCORDING_BEFORE_PARTICIPLE.search(c.body, max(c.s_start, c.c_start - 100), c.c_start)
    if acc is None:
        return None
    mentions = subject_before(c.text, acc.start(1), c.c_start)
    span = content_after(c.text, c.c_end, c.s_end, c.base)
    if isinstance(mentions, list) and mentions and mentions[0] and span:
        d = as_direct(c.text, *span)
        return Attribution(*(d or span), "direct" if d else "indirect", c.form, mentions[0], c.s_start, c.s_end)
    return None


def _participle_going_on(c: _Cue):
    # Participles: ", adding that ..." take the speaker of the frame before them in the sentence.
    # (or right after the frame's verb, no comma: '," Roque said noting that ...', PNA; seed12)
    body, s_start, c_start, form = c.body, c.s_start, c.c_start, c.form
    began = form.split()[0].endswith("ing") and (BEGAN_BY.search(body, max(s_start, c_start - 40), c_start) is not None or
                                                 REACTED_BY.search(body, max(s_start, c_start - 160), c_start) is not None)
    that_only = _that_clause_participle(c)
    if not (began or (form in PARTICIPLE or that_only) and
            (FRAME_BEFORE_PARTICIPLE.search(c.preceding) or _in_own_writing(c) or _after_frame_no_comma(c))):
        return None
    prev = [a for a in c.found if a.sentence_start <= c_start and a.start < c_start and a.sentence_end >= c_start - 1
            and (a.mention or a.shared)]
    span = content_after(c.text, c.c_end, c.s_end, c.base)
    if prev and span:
        # ("..., saying: "Nothing at all is worth taking five years off a murder sentence."": a direct quote)
        d = as_direct(c.text, *span)
        reacted = _reacted_in_words(c.text, prev[-1], c_start)
        # (the frame's speakers all go on: "The N.S. Health Authority and Health Minister Randy Delorey says ...,
        # pointing out that Regional Hospitals are always open", CTV Atlantic; set Y 010)
        return Attribution(*(d or span), "direct" if d else "indirect", form, reacted or prev[-1].mention, s_start,
                           c.s_end, shared=[] if reacted else list(prev[-1].shared))
    return _participle_of_clause_subject(c, span, prev, began) or NO_FRAME


# A quotation's frame, then a coordinated finite verb of saying: '"It should help," she said, but added Resolute could
# still use some single-family houses.' (Northern News Services; set O 001). The verb's clause is a statement of the
# quotation's speaker, as ", adding ..." would be.
QUOTE_FRAME_THEN_AND = re.compile(r"[,.!?][”\"]\s*(?:[A-Za-z][\w’'.-]*\s+){1,4}?(?:said|says|added|told\s+[\w\s]{1,40}?)"
                                  r"\s*,\s*(?:but|and)\s+(?:also\s+|then\s+|later\s+)?$")


def _finite_going_on_after_quote(c: _Cue):
    if c.form == c.base or c.form.split()[0].endswith("ing") or not QUOTE_FRAME_THEN_AND.search(c.preceding):
        return None
    prev = [a for a in c.found if a.sentence_start <= c.c_start and a.start < c.c_start and
            a.sentence_end >= c.c_start - 1 and a.kind == "direct" and a.mention]
    span = content_after(c.text, c.c_end, c.s_end, c.base)
    if prev and span and span[1] - span[0] > 1:
        d = as_direct(c.text, *span)
        return Attribution(*(d or span), "direct" if d else "indirect", c.form, prev[-1].mention, c.s_start, c.s_end)
    return None


ADDING_CLAUSE = re.compile(r"\s+(?:that\s|(?:it|he|she|they|we|there)\s+(?:is|was|are|were|would|will|had|has|have|"
                          r"could|can|did|does|do)\b)")


def _participle_of_clause_subject(c: _Cue, span, prev, began):
    """The participle with no frame before it in the sentence: the subject of the clause it hangs on says it."""
    refusal = c.form == "adding" and REFUSAL.search(c.body, c.s_start, c.c_start) is not None
    # ... and "adding" before a clause after any predicate: "The Kenyan police service has since allayed fears of a
    # looming terror attack, adding it is yet to be officially notified by said foreign governments" (newscentral.africa,
    # set K 008), "Scotland Yard arrested two men, adding that more arrests were expected"
    added = c.form == "adding" and ADDING_CLAUSE.match(c.body, c.c_end) is not None and \
        next(iter(c.text.cues_in(c.s_start, c.c_start)), None) is None
    # (not after a frame the sentence gives, named or not: "Washington did not complain when ..., a Chinese official
    # said, adding that ...": the official adds, not Washington; PolNeAR)
    # ... and a call after an act of a named body or person: "Akbayan party-list led the demonstration, urging Filipinos
    # to stand against politicians who spread misinformation" (Philstar; set AH), not of unnamed protesters (set T)
    said = c.form in CLAUSE_PARTICIPLES or _in_own_writing(c) or refusal or began or added or \
        _that_clause_participle(c) or _describing_as(c)
    called = not said and c.form in CALLING_PARTICIPLES
    if span and not prev and (said or called) and not c.text.in_quote(c.c_start):
        # "Lim Soo-suk addressed Choi's statement, saying that ...": the subject of the clause it hangs on; after a
        # refusal to say more, "adding" too, whoever refused: "Ouellette refused to comment on ..., adding that the
        # details will be released ...", "..., the spokesperson declined to comment on ..., adding that ..."
        # ... a person's pronoun too, going on from a speaker just heard (_pronoun_going_on)
        mentions = clause_subject(c.text, c.s_start, c.c_start, pronoun=True)
        if mentions and called and mentions[0].kind not in ("name", "body"):
            mentions = None
        if mentions and mentions[0].kind == "pronoun" and not refusal and \
                not _pronoun_going_on(c.text, mentions[0], c.s_start, c.found, c.form):
            mentions = None
        if mentions:
            # ('... has now written to the watchdog saying: "The advice we have received ..."': a quotation)
            d = as_direct(c.text, *span)
            return Attribution(*(d or span), "direct" if d else "indirect", c.form, mentions[0], c.s_start, c.s_end,
                               shared=mentions[1:])
    return None


# "Describing" with the judgement it passes, "as" after its object: "However, the president objected the opposition's
# push to launch a special counsel probe ..., describing it as "political maneuvering to conceal the truth."" (The
# Korea Times; set BH 007): said by the subject of the clause it hangs on, whatever that clause's act ("..., describing
# the scene" or "describing his childhood" pass no judgement)
DESCRIBED_AS = re.compile(r"\s+(?:it|them|him|her|this|that|these|those|(?:the|his|her|their|its)\s+(?:[\w'’-]+\s+){0,4}?"
                          r"[\w'’-]+)\s+as\s")


def _describing_as(c: _Cue) -> bool:
    return c.form == "describing" and DESCRIBED_AS.match(c.body, c.c_end) is not None


def _progressive_subject_end(c: _Cue):
    """Step: the subject ends before a progressive's auxiliary: "Tony Blair is urging European leaders to"."""
    # (of a form of two words too: "Goodmanson is calling on community leaders to denounce the incident", quotes14)
    c.progressive = PROGRESSIVE_BEFORE.search(c.body, max(c.s_start, c.c_start - 40), c.c_start) \
        if c.form.split()[0].endswith("ing") else None
    c.subject_end = c.progressive.start() if c.progressive else c.c_start     # "Tony Blair is urging European leaders to"


# ("is on Thursday setting out", "is once again calling on")
PROGRESSIVE_BE_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been)\s+(?:[\w'’-]+\s+){0,3}$")


def _participle_not_finite(c: _Cue):
    if c.form.endswith("ing") and c.form not in {"according"} and not c.progressive:
        return NO_FRAME
    if c.form.split()[0].endswith("ing") and not c.progressive and \
            not PROGRESSIVE_BE_BEFORE.search(c.preceding[-60:]):
        return NO_FRAME     # ... also a phrasal verb's: "Mr Campbell then e-mailed Mr McFadyen pointing out the mistake,
        #                     but suggesting ..." (bbc-news/politics/009, set AM) has no finite frame, whatever stands
        #                     before; not a progressive with adverbs ("President Biden is once again calling on ...")


def _eager_subject_end(c: _Cue):
    """Step: the subject ends before an eager speaker's infinitive ("was quick to contend", EAGER_TO)."""
    c.eager = EAGER_TO.search(c.body, max(c.s_start, c.c_start - 60), c.c_start) \
        if c.form == c.base and c.base != "write" and (c.base in CLAUSE_ONLY or THAT_AFTER.match(c.body, c.c_end)) \
        else None
    #       (not authorship: "he ... went on to write and executive produce seven seasons of the cult TV series",
    #       bbc-news/entertainment/386)
    c.subject_end = c.eager.start() if c.eager else c.subject_end


def _plural_noun_after_preposition(c: _Cue):
    if c.form.endswith("s") and c.form != c.base and NOUN_BEFORE.search(c.body, max(c.s_start, c.c_start - 12),
                                                                        c.c_start):
        return NO_FRAME     # "Commenting on claims circulating online, ...": a plural noun after a preposition or
        #                     article
    if c.form.endswith("s") and c.form != c.base and \
            re.fullmatch(r"\s*[\"“]?[A-Z][a-z]+ing\s+", c.body[c.s_start:c.c_start]):
        return NO_FRAME     # "Echoing comments by Lee at the legislature in Taipei, Wang said ...": the object of the
        #                     participle opening the sentence (Taipei Times; set N 008)


def _plural_noun_of(c: _Cue):
    if c.form.endswith("s") and c.form != c.base and c.base not in VERBS_WITH_OF and NOUN_OF_AFTER.match(c.body, c.c_end):
        return NO_FRAME     # "the statements and remarks of everyone from the region": a plural noun


# A speech noun's plural with its own predicate after it, straight or after a phrase saying whose or about what:
# "Trump's Islamophobic remarks loomed large at the debate", "Harsh comments are earning some Germans more than scorn",
# "comments from senior officials have recently focused on ...", "the Defence Minister remarks regarding military
# spending are particularly unfortunate" (Argentina's Foreign Ministry quoted by MercoPress; own set K train,
# docs-k/ar/010): the remarks are what the clause is about, nobody's frame.
NOUN_WITH_PREDICATE = re.compile(r"\s+(?:(?:from|regarding|concerning|about|on|by|to|at|in|made|and)\s+"
                                 r"(?:(?!\bthat\b)[^,.;:!?\"“”]){1,80}?\s)?"
                                 r"(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bhis\s)(?<!\bher\s)(?<!\bits\s)(?<!\btheir\s)"
                                 r"(?:(?:also|still|have|had|were|are|[a-z]+ly)\s+)?"
                                 r"(?:are|were|have|had|will|would|could|may|might|should|must|did|do|[a-z]{3,}ed)\b")


# ... and the -s form of a verb that needs its object, with none after it: a comma (not before a quotation) or a verb
# or word that follows a plural noun ("Inbev brands include Bass, Stella Artois ...", "Unilever, which owns brands
# including Dove soap, said ...", "the Penfolds, Lindemans and Rosemount brands, for 4.17 Australian dollars per
# share", "raising more than $15.7 billion in donor pledges, including a U.S. pledge ..."; bbc-news/business, data/).
NOUN_AFTER_ITS_PLURAL = re.compile(r"\s*(?:,(?!\s*[\"“‘'])|(?:include|included|including|among)\b)")


def _plural_noun_with_predicate(c: _Cue):
    if c.form.lower() in ("remarks", "comments") and NOUN_WITH_PREDICATE.match(c.body, c.c_end):
        return NO_FRAME
    if c.form.endswith("s") and c.form != c.base and c.base in OBJECT_IN_CONTENT and c.base not in CLAUSE_ONLY and \
            NOUN_AFTER_ITS_PLURAL.match(c.body, c.c_end):
        return NO_FRAME


# A participle a possessive makes an adjective of its noun: "India’s alleged assassination plots", "Moscow's purported
# plan" (not "Labour's said it", has said); "China's repeated military intrusions in the East China Sea", "Beijing's
# stated position" (IBTimes; set P).
ATTRIBUTIVE_PARTICIPLES = {"alleged", "purported", "reported", "rumoured", "rumored", "repeated", "stated", "declared",
                           "announced", "proclaimed", "professed", "claimed"}
NOT_A_NOUN_AFTER = re.compile(r"\s+(?:that|the|a|an|it|he|she|they|we|this|these|his|her|their|its|to|on|in|"
                              r"at|of|for|with|by|from|as)\b")


def _noun_after_possessive(c: _Cue):
    if (c.form == c.base or c.form.endswith("s")) and re.search(r"\w[’']s?\s+$", c.preceding):
        return NO_FRAME     # "Dr Lim Wee Kiak’s remarks do not represent ...": a noun after a possessive (not
        #                     "Labour's said", has said)
    if c.form.lower() in ATTRIBUTIVE_PARTICIPLES and re.search(r"\w[’']s\s+$", c.preceding) and \
            re.match(r"\s+[a-z]", c.body[c.c_end:c.c_end + 2]) and not NOT_A_NOUN_AFTER.match(c.body, c.c_end):
        return NO_FRAME     # "On India’s alleged assassination plots of Sikh leaders ..., she said that ...": an
        #                     adjective, not "India has alleged" (aaj.tv; set N 013)


def _plural_subject_only(c: _Cue):
    """Step: does the verb need a plural subject (c.plural_only)?"""
    # Base forms are mostly nouns ("his answer"), unless the past tense looks the same ("Mr Brown forecast").
    c.plural_only = (c.form == c.base and c.base not in _SAY_TELL_SAME_PAST and
                     not DID_BEFORE.search(c.body, c.s_start, c.c_start) and not c.eager) \
        or c.base in PLURAL_SUBJECT_VERBS


# The verbs of another speaker's frame in the words before a frame in mid-sentence (_inverted): a saying verb itself,
# not a verb that only may report ("maintain steady economic growth", China Daily; own set J).
OTHER_FRAME_FORMS = frozenset(f for f, base in CUE_FORMS.items() if base in ("say", "tell", "add") and not f.endswith("ing"))


def _inverted(c: _Cue):
    # Inverted: 'CONTENT, said Foreign Ministry Spokesperson X on February 28.'
    if not (re.search(r"[,”\"]\s*$", c.preceding) and c.form in INVERTIBLE):
        return None
    body, s_start, s_end = c.body, c.s_start, c.s_end
    mentions = _inverted_subject(c)
    if not (isinstance(mentions, list) and mentions[0]):
        return None     # Not inverted after all: "Director, David Caldwell, said some students ..."
    comma = c.preceding.rstrip().rstrip(",”\"").rstrip()
    start, end = trim_span(body, s_start, s_start + len(comma))
    # A frame in mid-sentence: 'It would not be means tested, say the Tories, because ...': the words
    # after it are the same speaker's too.
    rest = re.match(r"\s*,\s*", body[mentions[-1].end:s_end])
    said = _clause_after_mid_sentence_frame(c, mentions, start, end, rest) if rest else None
    if said is not None:
        return said
    if rest and end - start > 1 and any(not c.text.in_quote(m.start()) and m.group() in OTHER_FRAME_FORMS
                                        for m in c.text.cues_in(start, end)):
        # "Grand Chief Etienne Rich says despite ..., “...” and that, says the Innu Nation, is not right." (vocm.com;
        # set AO): the words before a frame in mid-sentence hold another speaker's frame, so they are not this
        # speaker's; what it says is what follows the frame
        r0, r1 = trim_span(body, mentions[-1].end + rest.end(), s_end)
        if len(body[r0:r1].split()) >= 2 and body[r0:r1].split()[0] in _FINITE_WORDS:
            return Attribution(r0, r1, "indirect", c.form, mentions[0], s_start, s_end, shared=mentions[1:])
        # (only a predicate after the frame: not the speaker's role, "..., said Julie Mason, host of "The Press
        # Pool" on Sirius XM radio.", whose words stay those before the frame; PolNeAR)
    if rest and end - start > 1:
        r0, r1 = trim_span(body, mentions[-1].end + rest.end(), s_end)
        if r1 - r0 > 1 and CLAUSE_OPENER.match(body[r0:r1]) and not adjunct_only(body[r0:r1]):
            c.found.append(Attribution(r0, r1, "indirect", c.form, mentions[0], s_start, s_end, shared=mentions[1:]))
    if end - start > 1:
        d = as_direct(c.text, start, end)
        kind = "direct" if d else "indirect"
        if d:
            start, end = d
        return Attribution(start, end, kind, c.form, mentions[0], s_start, s_end, shared=mentions[1:])


# The "that" of the words right after an addressee ("assured Filipinos that ..."): no inverted speaker.
THAT_AFTER_ADDRESSEE = re.compile(r"\s+that\s")


# A name and a past verb right after the cue: the subject of the clause said, no inverted speaker.
CLAUSE_AFTER_CUE = re.compile(r"\s+(?:(?:Mr|Mrs|Ms|Dr|Lord|Lady|Sir)\.?\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
                              r"\s+[a-z]+ed\s+[A-Z]")


# A possessive name right after the cue, a lower-case noun after it: 'said U.S. Secretary of State Hillary Clinton's
# trip to Burma raises ...' opens the clause said; not a title after it ("said Foreign Ministry’s Spokesperson Le Hai
# Binh.", seed 000; "said Flight International's Mr Learmount.") nor a role, with or without a name, ending the phrase
# ("said Gartner's principal analyst Kobita Desai.", "said Aston's chief executive Ulrich Bez.", "said Oman’s top
# diplomat on Saturday.", "says BC Wildfire Service’s operations director.": the speaker).
POSSESSIVE_AFTER_CUE = re.compile(r"\s+(?:(?:[A-Z][\w.'’-]*|of|the)\s+){0,6}?[A-Z][\w.-]*['’]s\s+(?=[a-z])")
ROLE_AND_NAME_AFTER_POSSESSIVE = re.compile(r"(?:(?!(?:to|of|in|at|on|for|with|from|by|and|or|the|a|an)\b)[a-z][\w-]*\s*){1,3}"
                                            r"(?:\s[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)?(?:\s*(?:[,.;:!?]|$)|"
                                            r"\s+(?:on|in|at|last|this|yesterday|today|earlier|later)\b)")


def _possessive_opens_clause(c: _Cue) -> bool:
    m = POSSESSIVE_AFTER_CUE.match(c.body, c.c_end, c.s_end)
    return m is not None and not ROLE_AND_NAME_AFTER_POSSESSIVE.match(c.body, m.end(), c.s_end)


def _inverted_subject(c: _Cue):
    """The mentions after an inverted verb, None when the subject stands before it after all."""
    if _possessive_opens_clause(c):
        return None     # "But China's state-run newspaper Global Times, known for its nationalist stance, said U.S.
        #                 Secretary of State Hillary Clinton's trip to Burma raises speculation that ..." (VOA; set BJ
        #                 005): the possessive name opens the clause said, it is no inverted speaker
    if CLAUSE_AFTER_CUE.match(c.body, c.c_end, c.s_end):
        return None     # "..., Philippe Sands QC, a member of Cherie Blair's Matrix Chambers, says Lord Goldsmith warned
        #                 Tony Blair on 7 March 2003 that ...": a clause said, its subject and past verb after the cue
        #                 (bbc-news/politics/184), not 'CONTENT, says Tony Blair'
    mentions = np_after(c.text, c.c_end, c.s_end)
    if isinstance(mentions, list) and mentions[0] and c.base in ADDRESSEE_VERBS and \
            INFINITIVE_AFTER_ADDRESSEE.match(c.body, mentions[-1].end, c.s_end):
        return None     # "The e-mail was revealed the day after Peter Mandelson, former Labour minister and now a
        #                 European Commissioner, warned the BBC to steer away from ..." (bbc-news/politics/009, set AM):
        #                 the one warned, an infinitive after it, is the addressee, the subject stands before the verb
    if isinstance(mentions, list) and mentions[0] and c.base in ADDRESSEE_VERBS and \
            THAT_AFTER_ADDRESSEE.match(c.body, mentions[-1].end, c.s_end):
        return None     # "The Philippines’ new top diplomat, Enrique Manalo, assured Filipinos that the Department of
        #                 Foreign Affairs (DFA) will continue serving the public ..." (Rappler; set BN 005): the ones
        #                 assured, a "that" clause after them, are the addressee, the subject the name before the verb
    apposed = subject_before(c.text, c.s_start, c.c_start) if c.preceding.rstrip().endswith(",") else None
    if isinstance(apposed, list) and apposed[0].kind in ("name", "surname") and \
            (apposed[0].role or re.match(r",\s+(?:who|whose)\s", c.body[apposed[0].end:c.s_end])) and \
            all(w.lower() in LEADING_CONNECTIVES for w in c.body[c.s_start:apposed[0].start].strip(" ,\"“”'").split()):
        # "Stephen Toulouse, a security manager at Microsoft, said ...", "However, Mr Johnson, who was forced to
        # apologise ..., said Mr Blair "should butt out"": not inverted
        return None
    if isinstance(apposed, list) and apposed[0].kind in ("name", "surname") and \
            OCCASION_ASIDE.fullmatch(c.body, apposed[0].end, c.c_start) and \
            all(w.lower() in LEADING_CONNECTIVES for w in c.body[c.s_start:apposed[0].start].strip(" ,\"“”'").split()):
        # "Malaya, speaking at the PTV-4's Bagong Pilipinas Ngayon public briefing, said the supposed swarming of the
        # China Coast Guard ... can be considered ..." (Daily Tribune; set AT 008): the occasion set off by commas
        # between a named subject and its verb; the words follow the verb, no inverted "said the China Coast Guard"
        return None
    return mentions


# A participle of the occasion set off by commas between a subject and its verb: ", speaking at a briefing,",
# ", addressing reporters in Manila on Monday,", ", speaking to reporters,".
OCCASION_ASIDE = re.compile(r",\s+(?:speaking|addressing|talking|writing|appearing|responding|replying|answering)\s"
                            r"[^,;:.!?\"“”]{2,120},\s*")


LOWER_ROLE_ALONE = re.compile(r"(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*)\s+(?:of|for|at|with)\s+[a-z][^,;:]*")
_FINITE_WORDS = frozenset({"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "may",
                           "might", "should", "must", "does", "did", "do"})


def _lower_role_alone(s: str) -> bool:
    """"president of the union", "head of family practice for the northern zone": a lower-case role (its head a title's
    head) and its body, no clause."""
    m = LOWER_ROLE_ALONE.fullmatch(s)
    return m is not None and m.group(1) in NAME_HEADS and not any(w in _FINITE_WORDS for w in s.split())


def _clause_after_mid_sentence_frame(c: _Cue, mentions, start, end, rest):
    """The clause after an inverted frame in mid-sentence, when only a connective or the subject stands before it."""
    body = c.body
    if not (1 < end - start and len(body[start:end].split()) <= 3 and not as_direct(c.text, start, end)
            and not re.search(r"[\"“”]", body[start:end]) and not c.text.in_quote(start)):
        return None     # (not the last sentence of a quotation: '“We need help. It is bad,” said Jane Doe, president
        #                 of the union.' is her quotation, "president of the union" no words of hers; set Y)
    r0, r1 = trim_span(body, mentions[-1].end + rest.end(), c.s_end)
    role = re.match(r"([^,]{2,100}),\s*", body[r0:r1])
    if role and body[r0:r0 + 1].islower() and role_like(tokens(role.group(1))):
        r0 = r0 + role.end()     # "What this means, said Stacey Jolna, senior vice president of ..., is"
    elif _lower_role_alone(body[r0:r1]):
        return None     # "It's bad, said Jane Doe, president of the union.": her role, no clause of hers (set Y)
    if len(body[r0:r1].split()) >= 4 and not re.match(r"[\"“]", body[r0:r1]):
        # "Instead, said Mr Doctorow, DRM systems were intended to ...", "The idea, says BT, is to
        # shape a ...": a connective or the subject alone before a frame in mid-sentence; what is said
        # is the clause after it
        return Attribution(r0, r1, "indirect", c.form, mentions[0], c.s_start, c.s_end, shared=mentions[1:])
    return None


def _release_says(c: _Cue):
    body, s_start = c.body, c.s_start
    release = RELEASE_SUBJECT.search(body, s_start, c.c_start) \
        if c.form in ("says", "said", "states", "stated", "added", "adds") else None
    if release is not None and adjunct_only(c.after):
        # 'Following an investigation, the police watchdog determined ..., the unit's news release says.': the words of
        # the release's issuer (analyse.py: the speaker of the statement reported "in a news release" before)
        start, end = trim_span(body, s_start, release.start())
        if len(body[start:end].split()) >= 4 and not c.text.in_quote(start) and not c.text.cues_in(start, end):
            return issued_statement(c.text, start, end, "indirect", c.form, s_start, c.s_end, s_start)


def _frame_subject(c: _Cue):
    """Step: the frame's subject (c.mentions): the first frame's of a coordinated one, a coordinated predicate's, or
    the noun phrase before the verb."""
    c.mentions = coordinated_frame_subject(c.text, c.s_start, c.c_start) or \
        _coordinated_predicate_subject(c.text, c.s_start, c.c_start) or subject_before(c.text, c.s_start, c.subject_end)


# A frame set between commas after the reported clause's own subject: "Vice President Joe Biden, Rubio said, had been in
# the Senate ...", "Trump, Sexton said, has created a strange political correctness", "Greensboro, Sexton said, made
# him question ..." (PolNeAR): the one name between the commas speaks, not the noun phrase before them, which an
# apposition would make of it ("Joe Biden, Rubio": no title, a fronted subject).
INSERTED_FRAME_NAME = re.compile(r"[^,]\s*,\s+([A-Z][\w'’-]+)\s+(?:also\s+)?$")


def _subject_of_inserted_frame(c: _Cue):
    """Step: the name inside a frame set between commas in mid-sentence (INSERTED_FRAME_NAME)."""
    if not c.body.startswith(",", c.c_end) or not isinstance(c.mentions, list):
        return
    m = INSERTED_FRAME_NAME.search(c.body, c.s_start, c.subject_end)
    if m is None or m.group(1).lower() in TITLE_WORDS or m.group(1).lower() in ROLE_NOUNS:
        return
    found = subject_before(c.text, m.start(1), c.subject_end)
    if isinstance(found, list) and found[0] is not None and found[0].start == m.start(1):
        c.mentions = found


def _subject_of_coordinated_did(c: _Cue):
    """Step: no subject before a verb coordinated by "but" or "(and) did": the first clause's."""
    body, s_start, c_start = c.body, c.s_start, c.c_start
    if c.mentions is None and COORDINATED_DID.search(body, s_start, c_start):
        closed = CLOSED_RELATIVE.search(body, s_start, c_start)
        if closed is not None:
            # "Shahid Malik, who is on Labour's ruling NEC, accepted people's frustration but said there should be
            # targets ...": the name before the relative clause, closed by its comma
            c.mentions = subject_before(c.text, s_start, closed.end())
        elif not RELATIVE.search(body, s_start, c_start):
            # "Sean Spicer on Monday refused to say if President Trump ordered ..., but did say Trump was ...": the
            # subject of the clause the emphatic past is coordinated with
            c.mentions = clause_subject(c.text, s_start, c_start)


def _subject_after_lead_adjunct(c: _Cue):
    """Step: no subject yet: the one after the sentence's leading adjunct."""
    lead = LEAD_ADJUNCT.match(c.body, c.s_start) if not isinstance(c.mentions, list) else None
    if lead and lead.end() < c.subject_end:
        # "But in a statement posted on its website, the ministry noted that ...": the subject after the lead's
        # adjunct, whose participle is no verb of the clause (Xinhua via the Global Times; quotes15)
        c.mentions = subject_before(c.text, lead.end(), c.subject_end)


# A lede's unnamed official of a body: "MANILA, Philippines — A Philippine Coast Guard official affirmed ...".
UNNAMED_OFFICIAL_OF_BODY = re.compile(r"(?:[A-Z][\w.,' ]{0,40}?\s[—–-]{1,2}\s+)?An?\s+((?:[A-Z][\w.&'’-]*\s+){1,5})"
                                      r"(?:official|officer)\s+(?:[a-z]+ly\s+)?$")


def _official_named_next(c: _Cue):
    """Step: a lede's unnamed official of a body, whom the next paragraph opens by naming as the one speaking, with a
    title of that body (its name's word, no place's, or its initials): 'MANILA, Philippines — A Philippine Coast Guard
    official affirmed the organization’s commitment ... ¶ Commodore Jay Tarriela, PCG spokesperson for the West
    Philippine Sea, said the Coast Guard will continue ...' (philstar.com; set N), 'A Philippine Navy official confirmed
    ... ¶ In a press conference at Camp Aguinaldo, Navy spokesperson for WPS, Rear Admiral Roy Vincent Trinidad
    disclosed ...' (set J): the news lede's way of naming its source a sentence late. Not an official the next
    paragraph does not name as speaking, nor one named by another body's title."""
    if c.mentions is not VAGUE_SOURCE:
        return
    body, s_start = c.body, c.s_start
    m = UNNAMED_OFFICIAL_OF_BODY.fullmatch(body, s_start, c.c_start)
    if m is None or not (s_start == 0 or body[:s_start].rstrip(" ").endswith("\n")) or \
            not body[c.s_end:c.s_end + 3].lstrip(" ").startswith("\n"):
        return     # (the lede a paragraph of one sentence, the first of its paragraph)
    name_words = m.group(1).split()
    own = {w for w in name_words if len(w) > 3 and not is_place(w)}
    initials = "".join(w[0] for w in name_words) if len(name_words) >= 2 else None
    n0 = c.s_end + len(body[c.s_end:]) - len(body[c.s_end:].lstrip())
    n_start, n_end = c.text.sentence_at(n0)
    cue = next((k for k in c.text.cues_in(n_start, n_end) if not c.text.in_quote(k.start())), None)
    if cue is None:
        return
    lead = LEAD_ADJUNCT.match(body, n_start)
    lo = lead.end() if lead and lead.end() < cue.start() else n_start
    found = subject_before(c.text, lo, cue.start())
    if not isinstance(found, list) or len(found) != 1 or found[0] is None or found[0].kind != "name" or \
            getattr(found[0], "entity_kind", None) == "organization":
        return
    titled = set(re.findall(r"[\w’'-]+", body[lo:cue.start()])) - set(found[0].name.split())
    if (own & titled or initials and initials in titled) and {w.lower() for w in titled} & SPOKES_WORDS:
        # (the subject's words, its name's aside: "Navy spokesperson for WPS, Rear Admiral X"; its spokesperson, not
        # another of its people: "A Labour official said ... ¶ Labour leader X said" may be two people)
        c.mentions = found


# A lede's unnamed speaker described, not named: "one of their frontbenchers", "a senior Tory MP" (the subject before
# the verb, or a postposed frame's after the words' comma).
LEDE_DESCRIBED = re.compile(r"(?:^|,\s+)(?:one\s+of\s+(?:their|its|his|her|the)|an?)\s+(?:[\w'’-]+\s+){0,4}?"
                            r"(?:(?:has|have|had)\s+)?$", re.I)
# ... whom the next paragraph names as the one speaking: "Local government spokesman Ed Davey was speaking as the party
# launched its campaign ...", "Public accounts committee chairman Edward Leigh was giving his reaction to a report ..."
SPEAKING_NEXT = re.compile(r"\s+(?:was|is)\s+(?:speaking|giving\s+(?:his|her)\s+reaction|responding|reacting|"
                           r"commenting)\b")


def _lede_speaker_speaking_next(c: _Cue):
    """Step: a news lede's speaker described and not named ("The Lib Dems are set for their best results ..., one of
    their frontbenchers has predicted.", bbc-news/politics/398, set AV; "A senior Tory MP has criticised ...",
    politics/203, set AP), the next paragraph opening with a person named in full, with a title, "was speaking" or
    "was giving his reaction": that person spoke the lede's words (the BBC's way of naming the speaker a sentence
    late). Not a lede of more than one sentence, nor a next sentence naming two people or none."""
    if isinstance(c.mentions, list) and not (len(c.mentions) == 1 and c.mentions[0] is not None and
                                             c.mentions[0].kind == "title"):
        return
    if c.mentions is VAGUE_SOURCE:
        return
    body, s_start = c.body, c.s_start
    if not (s_start == 0 or body[:s_start].rstrip(" ").endswith("\n")) or \
            not body[c.s_end:c.s_end + 3].lstrip(" ").startswith("\n"):
        return     # (the lede a paragraph of one sentence, the first of its paragraph)
    described = LEDE_DESCRIBED.search(body, s_start, c.c_start)
    if described is None or (described.start() > s_start and body[described.start()] != ","):
        return
    n0 = c.s_end + len(body[c.s_end:]) - len(body[c.s_end:].lstrip())
    n_start, n_end = c.text.sentence_at(n0)
    speaking = SPEAKING_NEXT.search(body, n_start, n_end)
    if speaking is None or c.text.cues_in(n_start, speaking.start()):
        return
    found = subject_before(c.text, n_start, speaking.start())
    if not isinstance(found, list) or len(found) != 1 or found[0] is None or found[0].kind != "name" or \
            getattr(found[0], "entity_kind", None) == "organization" or not found[0].role or \
            len((found[0].name or "").split()) < 2 or found[0].start < n_start:
        return
    # (the mention stands where the description does: a postposed frame's words end at its comma)
    d0 = described.start() + (len(described.group()) - len(described.group().lstrip(", ")))
    c.mentions = [replace(found[0], start=d0, end=d0 + len(body[d0:c.c_start].rstrip()))]


# An outer frame's "that" before a second frame inside its words: 'He added that UN chief Antonio Guterres told the UN
# Security Council on Wednesday that the level of aid remains ...' (TRT World; set S 002): the outer verb, at most a
# short object ("told reporters"), its "that".
OUTER_THAT = re.compile(r"(?:\s+(?:[\w’'-]+\s+){0,3}?)?\s*that\s+")
CLAUSE_BREAK_IN_SUBJECT = re.compile(r"[,;:\"“”()]")


def _subject_after_outer_that(c: _Cue):
    """Step: no subject yet, and the verb's clause is the object of another frame's "that": the subject right after
    that "that", when it names a person or a body (GUIDELINES: a framed statement inside another's words is a
    statement of its own; frames._nested_frame keeps it)."""
    if isinstance(c.mentions, list):
        return
    body, c_start = c.body, c.c_start
    outer = c.text.cues_in(c.s_start, c_start)
    if not outer:
        return
    that = OUTER_THAT.match(body, outer[-1].end())
    if that is None or that.end() >= c_start or CLAUSE_BREAK_IN_SUBJECT.search(body, that.end(), c_start):
        return
    found = subject_before(c.text, that.end(), c.subject_end)
    if not (isinstance(found, list) and len(found) == 1 and found[0] is not None and
            (found[0].kind in ("name", "body") or found[0].kind == "surname" and names_a_country(found[0]))):
        return     # (a country by its name, which parses as a surname: "He also said that the State of Qatar called
        #           for an immediate cessation of hostilities"; QNA, set AJ 011)
    m = found[0]
    if body[that.end():m.start].strip(" ") or not NAMED_ONLY.fullmatch(body, m.start, m.end) or \
            PAST_PERFECT_BEFORE.search(body, m.end, c.c_start) or \
            not any(p.kind == "indirect" and p.start == m.start and p.end >= c.c_end for p in c.found):
        return     # (only a name, a title's words and a body's, opening the words of a frame already found: not "a
        #           commission appointed by President George W. Bush estimated ...", nor "Labour's advertising agency
        #           TBWA was blaming ...", nor a relative clause's "who notes that ...", which no frame found)
    c.mentions = found


def names_a_country(m) -> bool:
    """Is a mention a country's name ("Qatar", "the State of Qatar": the parser's surname mentions)?"""
    return places().get(fold(m.name or "").lower()) == "country"


# "Stano emphasized that the EU had previously stated that ...": an earlier position the outer speaker recalls, not a
# statement reported of its own (set A's annotators left it, docs/eu/014.md)
PAST_PERFECT_BEFORE = re.compile(r"\bhad\s+(?:[a-z]+ly\s+)?$")
# A person's or a body's name with its title: capitalised words, a title's lower-case words, "of"/"for"/"and"/"the",
# possessives ("UN chief Antonio Guterres", "the Commission on Presidential Debates", "CNN's Chris Moody").
NAMED_ONLY = re.compile(r"(?:(?:the|of|for|on|and|de|al|bin|van|von|chief|spokesman|spokeswoman|spokesperson|"
                        r"minister|secretary|president|envoy|ambassador|general|deputy|foreign|prime|senior)\s+|"
                        r"[A-Z0-9][\w.’'-]*\s+)*[A-Z][\w.’'-]*")


def _no_subject(c: _Cue):
    if not isinstance(c.mentions, list):
        return NO_FRAME


def _agent_or_author(c: _Cue):
    body, s_start = c.body, c.s_start
    if any(m is not None and (AGENT_BEFORE.search(body, max(s_start, m.start - 80), m.start) or
                              AUTHOR_OF.search(body, max(s_start, m.start - 80), m.end) or
                              body[m.end:m.end + 1] == "," and TITLE_OF.search(body, max(s_start, m.start - 80), m.end) or
                              AGENT_OPENING.match(m.text)) and
           not re.match(r"\s*,?\s*(?:who|whom)\b", body[m.end:c.c_start]) for m in c.mentions):
        return NO_FRAME     # "One of the amendments ..., proposed by Sharp and McLean, calls for ...": the agents of a
        #                     participle, not the subject (a document's words); not "denied by Foreign Secretary Jack
        #                     Straw, who accused the Tories of ..."


def _singular_subject(c: _Cue):
    mentions = c.mentions
    if c.plural_only and not (len(mentions) > 1 or mentions[0].plural or
                              (mentions[0].kind == "body" and (mentions[0].name or "").endswith("s") and
                               not is_place((mentions[0].name or "").split()[-1]))):
        return NO_FRAME     # not "the London to Leeds express came off the tracks": a place in -s is no plural


def _subject_start(c: _Cue):
    """Step: where the subject's first mention starts (c.subj_start)."""
    c.subj_start = min(m.start for m in c.mentions)


def _tail_after_addressee(c: _Cue):
    """Step: what follows the verb (c.tail), its addressee left out."""
    # Postposed: 'CONTENT, he said on Monday.' Only an adjunct may follow the verb.
    c.tail = c.after
    if c.base in ADDRESSEE_VERBS:
        a = ADDRESSEE.match(c.tail)
        c.tail = c.tail[a.end():] if a else c.tail


def _tail_before_participle(c: _Cue):
    # "CONTENT, she stressed, adding that ...": the participle frame after the verb is a statement of its own.
    participle = PARTICIPLE_AFTER.search(c.tail)
    if participle and not PARTICIPLE_ADJUNCT_THAT.match(c.tail):
        # (not a participle's phrase set off before the "that" of the words: "said on Monday, commenting on reports
        # that ..., that such information not always corresponds to reality"; Sputnik, set K 011)
        c.tail = c.tail[:participle.start()]


def _also_frame_after(c: _Cue):
    also = ALSO_FRAME.match(c.tail)
    if also and also.group(1) in CUE_FORMS and c.body[c.s_start:c.subj_start].rstrip().endswith((",", "”", '"')):
        # 'CONTENT, Smith says, but also claims CONTENT2': the words before are said, and the second verb's
        # clause is a statement of the same speaker.
        mentions = c.mentions
        second = content_after(c.text, c.c_end + also.end(), c.s_end, CUE_FORMS[also.group(1)])
        if second:
            d = as_direct(c.text, *second)
            c.found.append(Attribution(*(d or second), "direct" if d else "indirect", also.group(1), mentions[0],
                                       c.s_start, c.s_end, shared=mentions[1:]))
        c.tail = ""


def _contrast_after(c: _Cue):
    # 'CONTENT, a ministry spokesman said Wednesday, but officials were unable to say ...': a contrasting clause after
    # the frame's adjuncts is the reporter's (or the speaker's next frame), never what the frame says.
    contrast = CONTRAST_AFTER.match(c.tail)
    if not (contrast and adjunct_only(contrast.group(1))):
        return None
    pronoun = contrast.group(2)
    if pronoun and not (c.mentions[0].kind == "pronoun" and c.mentions[0].text.lower() == pronoun.lower()):
        return None     # (only the frame's own pronoun opens a clause of the speaker's: "..., he said, and he thought
        #                 ..."; not "She also provided Reagan with feedback ..., Anthony says, and she felt free to
        #                 contradict ...", his words going on; USA Today, PolNeAR)
    if c.body[c.s_start:_before_apposed_role(c.body, c.s_start, c.subj_start, c.mentions[0])].rstrip().endswith(
            (",", "”", '"')):
        going_on = SPEAKER_GOING_ON.match(c.tail, contrast.end() - 1) if contrast.group(0).rstrip().endswith(
            ", but") else None
        if going_on and c.form in PAST_SAY_FORMS and not contrast.group(2):
            # 'The best performing police services would get more cash and extra freedoms, he said, but he would not
            # shirk from stepping in where the public was being failed.' (politics/234; set L's 'had caused ..., he
            # said, but there was now an agreement'): the frame in mid-sentence, then the speaker's own clause in the
            # reported tense after "but": a second statement of the same speaker
            r0, r1 = trim_span(c.body, c.s_end - len(c.tail) + going_on.start(1), c.s_end)
            if r1 - r0 > 1:
                c.found.append(Attribution(r0, r1, "indirect", c.form, c.mentions[0], c.s_start, c.s_end,
                                           shared=c.mentions[1:]))
        c.tail = contrast.group(1)


# A subordinate clause after a frame in mid-sentence: "But Apple has had a place in his heart since 1984, Benioff said,
# ever since he did an internship at the company." (USA Today, zyte): it hangs on the words before the frame. (Not an
# adverb set off after the verb: "has expressed, once again, her deep concern"; set B)
SUBORDINATE_TAIL = re.compile(r",\s+(?:(?:ever|even|just|only)\s+)?(?:because|since|as|although|though|when|until|unless|"
                              r"after|before|once(?!\s+(?:again|more)\b)|so\s+that|given\s+that)\s")


def _subordinate_tail(c: _Cue):
    head = c.body[c.s_start:c.subj_start].rstrip()
    if SUBORDINATE_TAIL.match(c.tail) and head.endswith(",") and len(head.split()) >= 5 and \
            not re.search(r"[\"“”]", head):
        c.tail = ""     # the words are before the frame (_postposed)


def _subjectless_going_on(c: _Cue):
    going_on = SUBJECTLESS_GOING_ON.match(c.tail)
    if going_on and c.body[c.s_start:c.subj_start].rstrip().endswith(","):
        # 'The person in charge of the court system should not also be speaker of the House of Lords, he said, and
        # should be the best person chosen from either House of Parliament.': the frame in mid-sentence; the words
        # before it are said, and the predicate going on after it too
        r0, r1 = trim_span(c.body, c.s_end - len(c.tail) + going_on.end(), c.s_end)
        if r1 - r0 > 1:
            c.found.append(Attribution(r0, r1, "indirect", c.form, c.mentions[0], c.s_start, c.s_end,
                                       shared=c.mentions[1:]))
        c.tail = ""


def _head_before_subject(c: _Cue):
    """Step: the sentence before the subject and its apposed role (c.head)."""
    c.head = c.body[c.s_start:_before_apposed_role(c.body, c.s_start, c.subj_start, c.mentions[0])].rstrip()


def _trailing_participle(c: _Cue):
    if _participle_after_postposed_frame(c.head, c.tail, c.base):
        c.tail = ""     # 'CONTENT, Labbé said, slowing reconnection work.': the words are those before the frame


# "stressed on the importance of", "emphasised on the need for" (Gulf and South Asian English; Lovin, set S 011): the
# verb's object after its preposition, what was said, not an adjunct of the frame ("said on the sidelines of")
ON_OBJECT = re.compile(r"\s*on\s+the\s+(?:importance|need|necessity|significance|urgency|value)\s+(?:of|for|to)\b", re.I)


# "warned (on Friday) of a looming famine": the danger warned of is what was said, not what the words were about
WARNING_OF = {"warn", "caution"}
WARNED_OF_PREFIX = re.compile(r"\s*(?:(?:on\s+)?(?:%s)\s+|today\s+|yesterday\s+)?of\s+" % WEEKDAY_NAMES)
WARNED_OF = re.compile(WARNED_OF_PREFIX.pattern + r"(?:an?|the|possible|further|more|new|serious|grave|growing|rising|"
                       r"looming|imminent|[a-z]+ing)\b")


# A writer's fragment set off by a dash after a postposed frame ("The board will be ready “in the next week or so,”
# Chambers said — possibly by next week’s council meeting."; CBC Manitoba, set AI): no clause of the speaker's, the
# words are before the subject as with an adjunct. Not a dash opening a connective, "that", a pronoun, a name or a
# quotation ("..., he said — but the money is not there", "— “we are broke.”"): those may go on with the words.
DASH_TAIL = re.compile(r"(?P<adjunct>[^—–\"“”]*?)\s[—–]\s+(?P<first>[a-z][\w’'-]*)(?P<rest>[^\"“”]*)$", re.S)


def _dash_fragment_tail(tail: str) -> bool:
    m = DASH_TAIL.match(tail)
    if not m or not (not m.group("adjunct").strip() or adjunct_only(m.group("adjunct"))):
        return False
    first = m.group("first").lower()
    return first not in LEADING_CONNECTIVES and first != "that" and first not in PRONOUNS and \
        not re.search(r"[—–]", m.group("rest"))


def _say_for_instance(c: _Cue):
    """'imagine two foreign nations, say China and Brazil, trading with each other' (a White House speech, data/): "say"
    set off by commas before an example is "for instance", no verb of saying."""
    example = EXAMPLE_AFTER_SAY.match(c.body, c.c_end) if c.form == "say" else None
    if example and SAY_SET_OFF.search(c.body, max(c.s_start, c.c_start - 3), c.c_start) and \
            (example.group(1)[0] in "$£€0123456789" or all(is_place(p) for p in re.split(r",?\s+and\s+", example.group(1)))):
        return NO_FRAME     # (places or a sum: not an inverted frame, "..., say the Tories, because ...")


SAY_SET_OFF = re.compile(r"[,(—–]\s*$")
EXAMPLE_AFTER_SAY = re.compile(r",?\s+([$£€\dA-Z][^,.;:()\"“”]{0,60}?)\s*[,)—–]")


def _next_verb_frames(c: _Cue):
    """'Fort Worth Police Department responded and confirmed that there appeared to be blood on the front passenger
    seat' (Zyte): the verb coordinated right after this one frames the words, this one nothing of its own."""
    m = COORDINATED_CUE_AFTER.match(c.body, c.c_end)
    if m is not None and m.group(1).lower() in CUE_FORMS:
        return NO_FRAME


COORDINATED_CUE_AFTER = re.compile(r"\s+and\s+(?:also\s+|then\s+|later\s+)?([a-z]+)\b")


def _day_told_back_only(tail: str) -> bool:
    """'..., the Foreign Ministry said the same day.' (nippon.com printing Jiji Press; set BO 011): a day told back
    from one named before ends the sentence after the verb, the words before the subject (not "He apologized the next
    day, saying it was “childish” to name-call.", whose participle goes on: polnear west-journal)."""
    return DAY_TOLD_BACK_ONLY.fullmatch(tail.strip().rstrip(".!?”\"").strip()) is not None


def _postposed(c: _Cue):
    """'CONTENT, he said on Monday.': only an adjunct follows the verb; the words are before the subject."""
    tail, head = c.tail, c.head
    if head.rstrip().endswith((",", ",”", ',"')) and _dash_fragment_tail(tail):
        tail = ""       # "..., Chambers said — possibly by next week’s council meeting.": the words before
    if ON_OBJECT.match(tail) or c.base in WARNING_OF and WARNED_OF.match(tail) or \
            c.form.endswith((" for", " against")) and GERUND_OBJECT.match(tail):
        return None     # 'In an official statement published on Wednesday, the Ministry stressed on the importance
        #                 of ‘dialogue and political solutions ...’': the words follow the verb; so do a warning's
        #                 ('The United Nations on Friday warned of a looming famine ...'; Xinhua, set S 008)
        #                 and a call's gerund ("Kim has been calling for addressing the North Korean human rights
        #                 issue", KBS; set AD 007)
    if not ((adjunct_only(tail) or _day_told_back_only(c.body[c.c_end:c.s_end])) and not ((not head.strip(" \"“”") or _title_head(head)) and
                                        SUBORDINATE_THEN_CLAUSE.match(tail)) and
            not (c.base in PLEDGING and INFINITIVE_AFTER_DAY.match(tail))) or PARTICIPLE_ADJUNCT_THAT.match(tail):
        return None     # (nor "said on Monday, commenting on reports that ..., that ...": the words follow)
    occasion = OCCASION_NO_THAT.match(tail.lstrip())
    if occasion and occasion.group(1).lower() in OCCASION_NOUNS and \
            not adjunct_only(tail.lstrip()[occasion.end():]):     # (not '..., said in a statement Monday.')
        return None     # "The minister's press secretary, Alexandra Hilkene, said in an email the government is
        #                 reviewing the case.": the occasion, then the words (wire copy leaving out "that")
    if not head.endswith((",", "”", '"')):
        return NO_FRAME
    if LINKING_HEAD.fullmatch(head.strip()) or TIME_HEAD.fullmatch(head.strip()):
        return None     # "To that end, President Biden is asking ...": the link to the sentence before, no words;
        #                 nor a time alone ("Almost everyday since then, the embassy has been responding to the
        #                 statements of Filipino government officials", Manila Bulletin; set AT 002)
    if PROPOSITION_SUBJECT.match(c.mentions[0].text if c.mentions and c.mentions[0] else ""):
        return NO_FRAME     # "..., a prospect Vindman denied earlier in the day": the noun is what was denied
    if AS_ROLE_HEAD.fullmatch(head.strip()):
        return None     # "As the only returning trustee, Dennis admitted in addition to all of the ongoing challenges,
        #                 the CBE will also have a steep learning curve." (Calgary Sun): the role is no words said
    closing = next((q for q in c.text.quotes if q.after == c.s_start + len(head)), None)
    if closing is not None and inside_wording(c.text, closing, c.s_start):
        return NO_FRAME     # 'Labour criticised "extravagant" Tory promises on policing': no frame after a quote
    start, end = trim_span(c.body, c.s_start, c.s_start + len(head.rstrip(",”\" ")))
    if end - start <= 1:
        return NO_FRAME
    d = as_direct(c.text, start, end)
    if d:
        start, end = d
    return Attribution(start, end, "direct" if d else "indirect", c.form, c.mentions[0], c.s_start, c.s_end,
                       shared=c.mentions[1:])


GERUND_OBJECT = re.compile(r"\s*[a-z]+ing\s")
LINKING_HEAD = re.compile(r"(?:But\s+|And\s+)?(?:%s),?" % alternatives("linking_phrases"), re.I)
TIME_HEAD = re.compile(r"(?:But\s+|And\s+)?(?:(?:almost|nearly)\s+)?(?:(?:every\s*day|each\s+day|daily|ever)\s+)?"
                       r"since\s+then,?|(?:But\s+|And\s+)?later\s+that\s+(?:day|night|week|month|year),?", re.I)
PROPOSITION_SUBJECT = re.compile(r"(?:a|an|the|that|this)\s+(?:%s)\s" % alternatives("proposition_nouns"),
                                 re.I)


# The speaker's title set before the name, the name set off by commas: "The executive director of Wildfire Management,"
# of "The executive director of Wildfire Management, Steve Roberts, says while lightning has caused a few more fires, the
# weather is helping today." (MBC Radio; set AX 007): the subject's apposition, no words; a subordinate clause and its
# main clause after the verb are the words (as after a frame opening the sentence).
TITLE_HEAD = re.compile(r"(?:The|A|An|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}['’]s)\s+((?:[a-z][a-z-]+\s+){0,3}[a-z][a-z-]+)"
                        r"(?:\s+(?:of|for|at|with)\s+(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:of|for|and|on|the)\s+)?"
                        r"[A-Z][\w'’&.-]*){0,6})?,")


def _title_head(head: str) -> bool:
    m = TITLE_HEAD.fullmatch(head.strip())
    return m is not None and m.group(1).split()[-1] in TITLE_WORDS


# A role or standing the speaker speaks from, fronted: "As the only returning trustee,", "As chair of the board,".
# ... or a place or body the words were done at, a name alone: "At Mckinsey, he advised ..., and he led ..."
AS_ROLE_HEAD = re.compile(r"(?:But\s+|And\s+)?(?:(?:As|Being)\s+(?:the|a|an|one\s+of|his|her|their|its|[a-z]+)\b"
                          r"[^,;:.!?\"“”]{0,80}|(?:At|In|On|For|With|From|Under)\s+(?:the\s+)?[A-Z][\w&.'’-]*"
                          r"(?:\s+[A-Z][\w&.'’-]*){0,3}),")


def _forward_span(c: _Cue):
    """Step: what follows the verb (c.start, c.end)."""
    # Forward: 'SOURCE said (that) CONTENT.'
    # ... past a verb coordinated with the cue that shares its object: "refuted and dispelled claims that China is in
    # "invasion mode" ..." (Daily Tribune; set AT 008). (A verb of speech coordinated so, "denied and condemned the
    # reports that ...", frames the words itself: _next_verb_frames, before this step.)
    shared = COORDINATED_VERB_SHARING.match(c.body, c.c_end, c.s_end)
    span = content_after(c.text, shared.end() if shared else c.c_end, c.s_end, c.base)
    if not span:
        return NO_FRAME
    c.start, c.end = span


COORDINATED_VERB_SHARING = re.compile(r"\s+and\s+(?:also\s+)?[a-z]{3,}ed(?=\s+(?:the|a|an|his|her|its|their|"
                                      r"claims?|reports?|allegations?|accusations?|rumou?rs?|suggestions?|remarks)\s)")


def _warned_of_object(c: _Cue):
    """Step: "warned (on Friday) of a looming famine": the words are the danger, after "of"."""
    if c.base in WARNING_OF and WARNED_OF.match(c.body, c.start):
        c.start = WARNED_OF_PREFIX.match(c.body, c.start).end()



def _asked_nothing(c: _Cue):
    if c.base == "ask" and not ASKED.match(c.body, c.start) and not ASKED_THAT.match(c.body, c.c_end, c.s_end):
        return NO_FRAME     # "Michael Howard, asked about Mr Livingstone's remark by reporters, said": no request or
        #                     question


INFINITIVE_TO = re.compile(r"\bto\s+$")
# An instruction's addressee and infinitive: "instructed the ministry and local diplomatic missions to maintain ...";
# not one "as instructed", passive, or told in the perfect (INSTRUCTED_NOT_SAID).
INSTRUCTED_TO = re.compile(r"\s+(?:[\w’'.,-]+\s+){1,12}?to\s+[a-z]")
INSTRUCTED_NOT_SAID = re.compile(r"\b(?:as|was|were|been|be|being|is|are|has|have|had)\s+(?:[a-z]+ly\s+|also\s+)?$")
INSTRUCTING_HEAD = re.compile(r"([A-Za-z]+)\s+(?:also\s+)?$")


def _body_instructing(c: _Cue) -> bool:
    """"The ministry instructed ...": a body's subject head right before the verb."""
    head = INSTRUCTING_HEAD.search(c.body, max(c.s_start, c.c_start - 30), c.c_start)
    return head is not None and head.group(1).lower() in ORG_NOUNS


def _requested_nothing(c: _Cue):
    if c.base not in ("request", "instruct"):
        return None
    if c.base == "instruct" and (c.form.lower() == "instructs" or not INSTRUCTED_TO.match(c.body, c.c_end, c.s_end) or
                                 INSTRUCTED_NOT_SAID.search(c.body, max(c.s_start, c.c_start - 30), c.c_start) or
                                 _body_instructing(c)):
        return NO_FRAME     # "as instructed", "were instructed to leave": no instruction of the subject's; "The
        #                     ministry instructs banks to establish reserves ..." (a standing rule, reuters21578),
        #                     "has instructed campaign surrogates to avoid ...", "an email showed Mr Stearns had
        #                     instructed a colleague to ..." (a course of action told, no occasion's words; NYT, bbc-news)
        #                     "the Foreign Ministry instructed the Vietnamese Embassy in Beijing to ..." (a body's
        #                     order to its staff, an act; set A vn/136)
    # (an infinitive is no frame of its own: "... diplomatic missions to maintain close communication", set V 014)
    if any(k.start() != c.c_start and not c.text.in_quote(k.start()) and
           not INFINITIVE_TO.search(c.body, max(0, k.start() - 6), k.start())
           for k in c.text.cues_in(c.s_start, c.s_end)):
        return NO_FRAME     # "Vietnam requests China to respect its sovereignty ..., spokeswoman X said.", "X said the
        #                     Department's representatives had met ... and requested the Chinese side to ...": a
        #                     request inside another's words is part of them (set A vn/070, vn/136)


def _appealed_to_nothing(c: _Cue):
    if c.base == "appeal to" and not APPEALED_TO.match(c.body, c.start):
        return NO_FRAME     # "She appealed to Council members to look seriously at ...", not "The plan appealed to
        #                     voters"


def _cut_at_subordinate_comma(c: _Cue):
    clause_comma = CLAUSE_COMMA.search(c.body, c.start, c.end)
    if SUBORDINATE_OPENING.match(c.body, c.s_start) and "," not in c.body[c.s_start:c.subj_start] and clause_comma:
        comma = clause_comma.start()
        if AS_OPENING.match(c.body, c.s_start) and adjunct_only(c.body[c.start:comma]) and \
                MAIN_CLAUSE_AFTER.match(c.body, comma + 1, c.end):
            # "As President Biden reiterated in his call to King Salman yesterday, the United States is firmly
            # committed to supporting the defense of Saudi Arabia." (State Department; set R): an "as" clause that
            # tells only when and where the words were said frames the main clause after its comma, as "As
            # Secretary Blinken said in April, ..." does
            c.start, c.end = trim_span(c.body, comma + 1, c.end)
            return
        # "As Mr Brown announced the Budget date in a short ministerial statement, accountancy firm Ernst & Young
        # urged him ...": the frame's clause ends at its comma; the main clause after it is not its content.
        c.start, c.end = trim_span(c.body, c.start, comma)


# A comma that may end a clause: not one inside a number ("the 5,000m crown", "1,000 points").
CLAUSE_COMMA = re.compile(r"(?<!\d),|,(?!\d{3})")
AS_OPENING = re.compile(r"\s*(?:(?:But|And|So)\s+)?As\s")
# A clause opening after the comma: a subject, not a list's next item or an apposition ("..., the United States is").
MAIN_CLAUSE_AFTER = re.compile(r"\s+(?:the|this|these|our|we|I|it|he|she|they|there|[A-Z][\w'’.-]*)\b")


def _cut_at_relative_clause_end(c: _Cue):
    if RELATIVE_WHO_BEFORE.search(c.body, max(c.s_start, c.c_start - 40), c.c_start):
        cut = _relative_clause_end(c.text, c.start, c.end)
        if cut is not None:
            c.start, c.end = trim_span(c.body, c.start, cut)


# An adverbial of time or occasion after a quotation's closing mark (called_frames, _cut_after_quoted_description):
# 'called the sitting a "marathon session" after a long debate ... concluded' (CBC N.L., set AI): the words end with
# the quotation (lexicon adverbials_after_quotation; not "because ...", which may be the speaker's reason)
ADVERBIAL_AFTER_QUOTE = re.compile(r"\s+(?:%s)\b" % "|".join(
    sorted(words("adverbials_after_quotation"), key=len, reverse=True)))
# 'described the sitting as a "marathon session" after a long debate on Tuesday evening concluded ...' (CBC N.L., set
# AI): what was said is the object and the quoted words it was described as, not the adverbial after them.
QUOTED_AS_THEN_ADVERBIAL = re.compile(r"[^\"“”]{1,100}?\bas\s+(?:(?:an?|the)\s+)?(?:[\w'’-]+\s+){0,2}?[\"“][^\"“”]{1,80}[\"”]"
                                      r"(?=%s)" % ADVERBIAL_AFTER_QUOTE.pattern)


def _cut_after_quoted_description(c: _Cue):
    if c.base == "describe":
        m = QUOTED_AS_THEN_ADVERBIAL.match(c.body, c.start, c.end)
        if m:
            c.start, c.end = trim_span(c.body, c.start, m.end())


def _forward(c: _Cue):
    _second_frame(c.text, c.end, c.s_end, c.mentions, c.s_start, c.found)
    start, end = c.start, c.end
    d = as_direct(c.text, start, end)
    if d:
        start, end = d
    return Attribution(start, end, "direct" if d else "indirect", c.form, c.mentions[0], c.s_start, c.s_end,
                       shared=c.mentions[1:])


# reported_frame's rules and steps, in order: the cues that frame nothing, the special frames ("So said X", "quoted X
# as saying", participles), the subject, then inverted, postposed and forward frames. A rule returns an Attribution,
# NO_FRAME, or None (the next one decides); a step only records what it found in the _Cue.
REPORTED_RULES = (
    _say_for_instance, _declared_act, _set_out_to_act, _questions_answered, _commented_on_news, _denied_doing, _passive_verb, _negated,
    _coordinated_passive, _free_relative, _nothing_told, _it_told_occasion, _surmised, _ought_to_say, _expected_to_say,
    _so_said_before, _quoted_object_speaks, _quoted_as_saying, _quoted_subject_speaks, _reported_as_after_words,
    _participle_opening_sentence, _participle_after_own_words, _with_named_person, _participle_after_a_documents_frame,
    _participle_after_according_to,
    _participle_going_on,
    _finite_going_on_after_quote,
    _progressive_subject_end, _participle_not_finite, _eager_subject_end,
    _plural_noun_after_preposition, _plural_noun_of, _plural_noun_with_predicate, _noun_after_possessive,
    _plural_subject_only,
    _inverted, _release_says,
    _frame_subject, _subject_of_inserted_frame, _subject_of_coordinated_did, _subject_after_lead_adjunct, _official_named_next,
    _lede_speaker_speaking_next,
    _subject_after_outer_that, _no_subject,
    _agent_or_author,
    _singular_subject, _subject_start,
    _tail_after_addressee, _tail_before_participle, _also_frame_after, _contrast_after, _subjectless_going_on,
    _subordinate_tail,
    _head_before_subject, _trailing_participle, _postposed,
    _forward_span, _warned_of_object, _asked_nothing, _requested_nothing, _appealed_to_nothing, _cut_at_subordinate_comma,
    _cut_at_relative_clause_end, _cut_after_quoted_description, _next_verb_frames,
    _forward)


def reported_frame(text: Text, s_start, s_end, c_start, c_end, form, base, found):
    """The statement a cue outside quotations frames in its sentence, or None; the rules of REPORTED_RULES decide in
    order (some add a second statement of the same speaker to found)."""
    body = text.body
    return _first_decision(REPORTED_RULES, _Cue(text, body, s_start, s_end, c_start, c_end, form, base, found,
                                                 body[c_end:s_end], body[s_start:c_start], subject_end=c_start))


# A reporting verb inside a relative clause on its subject: "Mr Blair, who last year denied ..., said"
RELATIVE_WHO_BEFORE = re.compile(r",\s+who\s+(?:[\w’'-]+\s+){0,3}$")


def _relative_clause_end(text: Text, start: int, end: int) -> int | None:
    """"Mr Mubanga, who insists he does not feel bitter, said: ...", "Mr Blair, who last year denied he planned to
    join ... communion, said abortion was ...": the relative clause's content ends at the comma before the main
    clause's own reporting verb."""
    body = text.body
    for c in text.cues_in(start, end):
        before = body[start:c.start()].rstrip()
        if before.endswith(",") and body[c.start() - 1].isspace():
            return start + len(before) - 1
    # ... or before the main clause's verb of any kind, the last one after a comma (not a participle set off inside
    # the words: "Jones, who said the deal, signed in May, was flawed, left the room"): "Burns, who reportedly said
    # that the talks had been productive, declined to comment further"
    verbs = [m.start() for m in MAIN_VERB_AFTER_COMMA.finditer(body, start, end)
             if m.group(1).endswith("ed") or m.group(1) in PAST_FORMS]
    return verbs[-1] if verbs else None


MAIN_VERB_AFTER_COMMA = re.compile(r",\s+(?:(?:also|later|then|however|[a-z]+ly)\s+)?([a-z]+)\b")
PAST_FORMS = words("irregular_past") - words("auxiliaries")     # (not "was": the content going on)


# After a frame in mid-sentence, the same subject's predicate going on: ", he said, and should be ..."
SUBJECTLESS_GOING_ON = re.compile(r",\s+(?:and|but)\s+(?=(?:should|would|could|must|will|might|can|was|were|is|are|"
                                  r"had|has|have|did|does)\b)")
# (or a clause of its own the subject pronoun opens: "They had a strong scrimmage Friday, he said, and he thought they
# were more than ready for Sunday." (The Globe and Mail; set O): what he thought is not what he said)
# (not another's: "Only the Liberal Democrats stood against the Iraq war, he said, and they had also provided strong
# opposition ..." goes on with his words; bbc-news/politics/417)
# ... the speaker's own clause after "but", in the reported tense ("..., he said, but he would not shirk from ...")
# (not a refusal to say more: "..., Mr Mendis told reporters, although he would not say by how much", business/398)
SPEAKER_GOING_ON = re.compile(r"\s+((?:he|she)\s+(?:would|could|should|might|must|had)\b"
                              r"(?!\s+not\s+(?:say|comment|confirm|elaborate|specify|disclose|reveal|discuss|give|name|"
                              r"predict|rule|be\s+drawn)\b))")
PAST_SAY_FORMS = {"said", "added", "told", "insisted", "argued", "stressed"}
CONTRAST_AFTER = re.compile(r"([^,;:“”\"]*),\s+(?:but|while|although|though|whereas|and\s+(he|she)\b)\s")
# "CONTENT, her lawyer, Perry Wander, said.": the speaker's role in apposition before the name.
ROLE_BEFORE_NAME = re.compile(r",\s+((?:his|her|their|its|the|a|an)\s+(?:[\w’'-]+\s+){0,3}([a-z]+)),\s*$")


# ... or a spokesperson's title with no determiner, set off by commas too: "CONTENT, Chinese Foreign Ministry
# spokesman, Geng Shuang, said on Tuesday" (TASS; seed20)
SPOKES_TITLE_SET_OFF = re.compile(r",\s+((?:[A-Za-z][\w’'-]*\s+){1,5}(" + ONE_SPOKESPERSON + r")),\s*$")


def _before_apposed_role(body: str, s_start: int, subj_start: int, mention) -> int:
    """Where a postposed frame's subject begins, its apposed role included: the content ends before the role."""
    m = ROLE_BEFORE_NAME.search(body, s_start, subj_start) or \
        (SPOKES_TITLE_SET_OFF.search(body, max(s_start, subj_start - 120), subj_start)
         if "spokes" in body[max(s_start, subj_start - 40):subj_start] else None)
    if not m or m.group(2) not in ROLE_NOUNS or mention.kind != "name":
        return subj_start
    mention.role = mention.role or m.group(1)
    return m.start() + 1     # after the comma, which closes the content


# Emphatic past: "... refused to say if ..., but did say Trump was well aware ..." (not "did not say").
DID_BEFORE = re.compile(r"\bdid\s+(?:also\s+)?$")
# An infinitive of an eager speaker: "Jack Layton was quick to contend that ...", "went on to say" (Maclean's; quotes20):
# the subject before it speaks
THAT_AFTER = re.compile(r"\s+that\s")     # (nor an object of praise: "Obama went on to praise Clinton.")
# ... or one who took to a platform to speak: "Premier Danielle Smith took to social media Monday to say the province
# will appeal" (set O; F's "took to X, saying" is speech)
EAGER_TO = re.compile(r"\s(?:(?:was|were|is|are)\s+(?:quick|careful|eager|keen|first)|went\s+on|"
                      r"(?:took|takes|had\s+taken|has\s+taken)\s+to\s+(?:social\s+media|Twitter|X|Facebook|Instagram|"
                      r"TikTok|YouTube|LinkedIn|the\s+airwaves)(?:\s+(?:on\s+)?[A-Z][a-z]+day)?)\s+to\s+$")
# "... refused to say if ..., but did say ...", "The spokesman declined to comment ... but said ...": a verb coordinated
# with the clause's first (not inside a relative clause: "posts in which she assailed ... and accused ...").
# ... also with a later time set off by a comma: "Kahlon was sworn in Wednesday and a day later, told CTV News he
# already had several meetings set up ..." (CTV News B.C.; set BG 004); not a new subject after the comma ("..., and the
# following day, the Benghazi committee requested ...", PolNeAR)
COORDINATED_AND = re.compile(r"\s(?:and|then)(?:\s+(?:also\s+|then\s+|later\s+)?|,?\s+(?:%s),\s+)$"
                             % alternatives("later_adverbials"))


def _coordinated_predicate_subject(text: Text, s_start, c_start):
    """"BJP member from West Bengal S. S. Ahluwalia raised the issue in the House and asked whether ...": the verb of
    speech coordinated with a finite verb before it shares that verb's subject (not a name inside its object)."""
    body = text.body
    coordinated = COORDINATED_AND.search(body, s_start, c_start)
    if coordinated is None or CLAUSE_BREAK.search(body, s_start, coordinated.start()) or \
            not FINITE.search(body, s_start, coordinated.start()):
        return None     # ("... in 1934 when the host opened the envelope and declared": the subordinate clause's)
    mentions = clause_subject(text, s_start, coordinated.start())
    if mentions and len(mentions) > 1 and all(m is not None and m.kind in ("name", "surname", "body") for m in mentions):
        # ... several named together: "Secretary Blinken and Foreign Minister Son celebrated the strength of the
        # U.S.-Vietnam Comprehensive Partnership and reaffirmed our shared commitment to ..." (a State Department
        # readout; set R): each of them, as when the verb follows the names ("X and Y reaffirmed")
        if any(_verb_like_role(m) or m.text.split()[0].lower() in PRONOUNS for m in mentions):
            return None
        return mentions
    # one named person or body ("A Labour party spokesman played down ... and said" stays the rules' title), whose
    # title ends in no present tense ("the French international defender believes Mourinho": a verb FINITE misses)
    if not (mentions and len(mentions) == 1 and (mentions[0].kind in ("name", "surname", "body") or
                                                 # ... or the people named together: "The two discussed the shoot-down
                                                 # ... and agreed that ..." (a White House readout; wire18)
                                                 mentions[0].kind == "title" and mentions[0].plural)):
        return None
    # ... nor a pronoun's clause read as a name ("We commend the Renewed OSCE European Security Dialogue")
    return None if _verb_like_role(mentions[0]) or mentions[0].text.split()[0].lower() in PRONOUNS else mentions


def _verb_like_role(m) -> bool:
    """Does the mention's title end in a present tense ("the French international defender believes Mourinho")?"""
    last = (m.role or "").split()[-1:]
    return bool(last) and last[0].islower() and last[0].endswith("s") and last[0] not in TITLE_WORDS | ROLE_NOUNS


def coordinated_frame_subject(text: Text, s_start, c_start):
    """"He clarified that before any deportation, the Indian government must verify ... and added, "...": a second
    verb of speech after the first one's that-clause is the first one's subject's (not the clause's subject)."""
    body = text.body
    coordinated = COORDINATED_AND.search(body, s_start, c_start)
    if coordinated is None:
        return None
    first = next(iter(text.cues_in(s_start, coordinated.start())), None)
    if first is None or not (first.group(1).endswith(" that") or THAT_AFTER.match(body, first.end()) or
                             _quotation_closing_at(body, first.end(), coordinated.start())):
        return None
    mentions = subject_before(text, s_start, first.start())
    if not isinstance(mentions, list) and first.group(1) in CLAUSE_PARTICIPLES:
        mentions = clause_subject(text, s_start, first.start())     # "X issued a statement saying, "...," and added"
    if not (isinstance(mentions, list) and len(mentions) == 1 and mentions[0] is not None and
            mentions[0].kind in ("name", "surname", "pronoun", "title", "body")):
        return None
    lead = LEAD_ADJUNCT.match(body, s_start, mentions[0].start)     # "On the previous day, Secretary Kang ..."
    before = body[lead.end() if lead else s_start:mentions[0].start]
    return mentions if before.strip(" \"“”").lower() in ("", "but", "and") else None


THAT_AFTER = re.compile(r"\s+that\b")
# ... or its quotation, closed right before the second: 'Kang Junwook issued a statement saying, "I have deeply hurt
# the public ...," and added, "I sincerely apologize."' (asiae.co.kr; seed17)
QUOTATION_AFTER_CUE = re.compile(r"\s*[,:]?\s*[\"“][^\"“”]{2,600}[\"”]\s*,?$")


def _quotation_closing_at(body: str, cue_end: int, end: int) -> bool:
    """Does one quotation run from right after a cue to end (its closing mark and a comma at most after it)?"""
    return QUOTATION_AFTER_CUE.fullmatch(body, cue_end, end) is not None


# A subordinate or relative clause, or another clause's comma, before the coordinated verb: its subject is not the
# sentence's ("software that watches ... and suggests", "asked Mr Brown whether ..., and said").
CLAUSE_BREAK = re.compile(r"[,;:\"“”]|\b(?:that|which|who|whom|whose|when|whether|if|because|after|before|while|"
                          # ("as" a preposition before an office is no clause: "congratulated Foreign Minister
                          # Reinsalu on his appointment as Foreign Minister and highlighted ...")
                          r"as(?!\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[A-Z][a-z]+\s+){0,2}(?:%s)\b)|"
                          r"where|since|until|although|though)\b" %
                          "|".join(sorted((re.escape(w.capitalize()) for w in ROLE_NOUNS), key=len, reverse=True)))


COORDINATED_DID = re.compile(r"(?:,\s+(?:but|and)\s+did|(?:,\s+|\s)but(?:\s+did)?)\s+(?:also\s+)?$")
RELATIVE = re.compile(r"\b(?:which|who|whom|whose)\b")
CLOSED_RELATIVE = re.compile(r",\s+(?:who|whose)\b[^,;:\"“”]*,\s+")


# What "asked" frames: a question ("he asked whether ministers had looked at ...") or a request to someone ("he asked
# the Committee to support ...").
# ... or a request in the subjunctive: "council member Liz Schell asked that a live/work hub proposal be included in
# future discussions ..." (Queen's Journal; set AX 004); not "asked that question" (no verb of the clause)
ASKED = re.compile(r"(?:(?!(?:about|for|by|on|of|over|in|at|with|from)\b)[\w’'.-]+\s+){0,4}?(?:whether|if|why|what|how|"
                   r"who|when|where|which)\b|(?!(?:about|for|by|on|of|over|in|at)\b)(?:[\w’'.-]+\s+){1,8}?(?:not\s+)?"
                   r"to\s+[a-z]")
ASKED_THAT = re.compile(r"\s+that\s+(?:[\w’'/-]+\s+){1,8}?(?:not\s+)?(?:be|should|must)\s")


# A request: "appealed to Council members to look seriously at all the options".
APPEALED_TO = re.compile(r"(?!(?:about|for|by|on|of|over|in|at)\b)(?:[\w’'.-]+\s+){1,8}?(?:not\s+)?to\s+[a-z]")


# 'SOURCE said CONTENT, but said CONTENT2' / '..., and added that ...': the content ends at the coordinated verb,
# whose clause is a statement of the same subject.
SECOND_FRAME = re.compile(r"\s*,?\s*(?:but|and)\s+(?:also\s+|then\s+|later\s+)?([a-z]+)\b"
                          # ... or the next of a list after a comma: "emphasized deep concern over ..., reaffirmed the
                          # U.S. commitment to ..., and briefed ..." (a readout; a small word after it, not "added Smith")
                          r"|\s*,\s*([a-z]+ed)\b(?=\s+[a-z])")


def _second_frame(text: Text, end: int, s_end: int, mentions, s_start: int, found, depth: int = 0):
    m = SECOND_FRAME.match(text.body, end, s_end)
    if not m or depth > 3:
        return
    if m.group(1) is None:      # the list's comma: the verb in the second group
        verb, verb_end = m.group(2), m.end(2)
        if verb not in CUE_FORMS or verb == CUE_FORMS[verb]:
            return
        second = content_after(text, verb_end, s_end, CUE_FORMS[verb])
        if second and second[1] - second[0] > 1:
            found.append(Attribution(*second, "indirect", verb, mentions[0], s_start, s_end, shared=mentions[1:]))
            _second_frame(text, second[1], s_end, mentions, s_start, found, depth + 1)
        return
    verb, verb_end = m.group(1), m.end(1)
    if PASSIVE_BEFORE.search(text.body, max(s_start, m.start(1) - 30), m.start(1)) or \
            CUE_FORMS.get(verb) in ADDRESSEE_VERBS and \
            _passive_going_on(text.body, max(s_start, m.start() - 60), m.start(), verb_end):
        return     # "... only to be confined and told he would be there for many more years": told, not telling
    two = re.match(r"\s+(for|on|out)\b", text.body[verb_end:s_end])
    if two and f"{verb} {two.group(1)}" in CUE_FORMS:
        verb, verb_end = f"{verb} {two.group(1)}", verb_end + two.end()     # "..., but called for ..."
    if verb not in CUE_FORMS or verb.split()[0].endswith("ing") or verb == CUE_FORMS[verb]:
        return     # a past or present form only: "but said", "and added" (not "and say", a noun)
    if CUE_FORMS[verb] == "request":
        return     # "said the Department's representatives had met ... and requested the Chinese side to ...": a
        #            request frames only as its sentence's one frame (_requested_nothing)
    if verb.endswith("s") and CUE_FORMS[verb] not in VERBS_WITH_OF and NOUN_OF_AFTER.match(text.body, verb_end):
        return     # "on the statements and remarks of everyone": a plural noun
    second = content_after(text, verb_end, s_end, CUE_FORMS[verb])
    if second and second[1] - second[0] > 1:
        d = as_direct(text, *second)
        found.append(Attribution(*(d or second), "direct" if d else "indirect", verb, mentions[0], s_start,
                                 s_end, shared=mentions[1:]))
        if depth and d is None:
            _second_frame(text, second[1], s_end, mentions, s_start, found, depth + 1)


# A passive the words end with, its object after it: "the agency was fined $20,000" before "and asked to apologize"
PASSIVE_ENDING = re.compile(r"\b(?:is|are|was|were|been|be)\s+(?:[a-z]+ly\s+)?[a-z]+(?:ed|en)\b"
                            r"(?:[^,;:.!?\"“”]|(?<=\d)[,.](?=\d)){0,40}$")


def _passive_going_on(body: str, lo: int, hi: int, verb_end: int) -> bool:
    """'It added that the agency was fined $20,000 and asked to apologize due to the story' (Tasnim via
    eurasiareview.com; wire19): "asked" with no one asked goes on with the passive before it (the agency was asked),
    no second frame of the speaker."""
    return body.startswith(" to ", verb_end) and PASSIVE_ENDING.search(body, lo, hi) is not None


REFUSAL = re.compile(r"\b(?:declined|refused)\s+to\s+(?:comment|elaborate|say|discuss|disclose|confirm|speculate)\b")
OPENING_PARTICIPLE = re.compile(r"\s*(?:(?:While|After|Besides)\s+)?")
# The main clause after the participle's content: ", Lim called ...", ", the spokesperson said ..."
MAIN_CLAUSE = re.compile(r",\s+(?=(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,5}(?:[a-z]+ed|said|says|told|added|called)\b|"
                         # ... or a pronoun or a lower-case title as its subject, a verb of saying right after: "Noting
                         # that Lashkar-e-Taiba and Haqqani Network have been specifically mentioned in the joint
                         # statement ..., he said, "..."" (NewsGram; set BC 010), "..., the minister said ..."
                         r"(?:he|she|they)\s+(?:said|says|told|added)\b|"
                         r"the\s+(?:[a-z]+\s+){0,2}(?:%s)\s+(?:said|says|told|added)\b)"
                         % "|".join(sorted(words("back_reference_heads"))))


def _opening_participle(text: Text, s_start, s_end, c_end, form, base):
    body = text.body
    span = content_after(text, c_end, s_end, base)
    if not span:
        return None
    main = MAIN_CLAUSE.search(body, span[0], span[1])
    if main is None:
        return None
    verb = FINITE.search(body, main.end(), s_end)
    mentions = subject_before(text, main.end(), verb.start()) if verb else None
    if not isinstance(mentions, list) or not mentions[0] or mentions[0].kind not in ("name", "surname", "body",
                                                                                    "title", "pronoun"):
        return None
    start, end = trim_span(body, span[0], main.start())
    return Attribution(start, end, "indirect", form, mentions[0], s_start, s_end, shared=mentions[1:]) \
        if end - start > 1 else None


ALSO_FRAME = re.compile(r"\s*,\s*(?:but|and)\s+(?:also\s+)?([a-z]+)\b")
# Participles that report what the subject of their clause said (not "adding", which continues a frame).
# What stands before a participle that goes on with a frame: a comma, a dash, "and", or the frame itself ('," Roque said
# noting that ...').
# (also "instead": "... said it didn’t intend to lock out employees, instead saying the notice would ...", set M)
# (and "while also": "Yoon said that the ministry should carry out its duties ..., while also stressing that the
# nation should pursue a unification that ...", KBS World; set AD 007)
# (", later saying ...", ", then adding ...": set AU 005)
FRAME_BEFORE_PARTICIPLE = re.compile(r"(?:,[”\"]?\s*(?:(?:while|instead|before|after|later|then|" + MANNER_ADVERB + r")\s+(?:also\s+)?)?|\s[-–—]\s+|\sand\s+(?:also\s+)?|[”\"]\s+[A-Z][\w’'-]*"
                                     r"\s+(?:said|added|stated)\s+)$")
# ... or "after"/"before" with no comma, the participle's "that" clause next: 'Marcos said they would be naming the next
# press secretary "early next week" after revealing that they had narrowed the list to three people' (Manila Bulletin;
# set AN 007)
AFTER_NO_COMMA = re.compile(r"[\w”\"’')]\s+(?:after|before)\s+$|"
                            # ... or right after words closed by a quotation mark: 'Stano characterised the condition in
                            # the Eastern Mediterranean ‘extremely worrying” noting that it should be resolved with
                            # dialogue ...' (economywatch.gr; set AT 005)
                            r"[”\"]\s+$")
THAT_CLAUSE_NEXT = re.compile(r"\s+that\s")


def _after_frame_no_comma(c) -> bool:
    return (AFTER_NO_COMMA.search(c.preceding) is not None or BUT_BEFORE.search(c.preceding) is not None) and \
        THAT_CLAUSE_NEXT.match(c.body, c.c_end) is not None


# ... or ", but" when the participle's "that" clause follows: 'Coun. Brian Skakun suggested that a conditional letter
# of support be composed ..., but highlighting that there are issues ... yet to be addressed.' (Prince George Citizen;
# set AU 007); not ', but warning signs remained' (a noun after it)
BUT_BEFORE = re.compile(r",\s+but\s+(?:also\s+)?$")


OWN_WORDS_PARTICIPLES = frozenset(words("own_words_participles"))
# One's own words as a verb's object, and what may follow it before the participle: "sent a letter to the city council
# on Monday", "issued a statement", "posted a message on X".
# ... or a day after them: "Collins released a statement Monday afternoon warning the community would close ..." (quotes12).
# ... or "this afternoon", or the day set off by commas: "Falloon ... issued a statement this afternoon saying he will
# not contest ..." (Stuff; set BD 005), "Pakistan’s Foreign Office had put out a statement, on Wednesday, alleging that
# ..." (ThePrint; set AF 002)
OWN_WORDS_DAY = r"(?:(?:on\s+)?(?:[A-Z][a-z]+day|[Tt]oday|[Yy]esterday)(?:\s+(?:morning|afternoon|evening|night))?|" \
    r"this\s+(?:morning|afternoon|evening))"
OWN_WORDS_OBJECT = re.compile(r"\s(?:sent|issued|released|put\s+out|wrote|posted|published|delivered|signed)\s+(?:a|an|the|"
                              r"its|his|her|their)\s+(?:[a-z]+\s+){0,2}(?:%s)(?:\s+(?:to|on|in|from|with|through|via)\s+"
                              r"[^,;:.!?\"“”]{1,80}?|\s+%s|,\s+%s,)?\s+$"
                              % ("|".join(words("own_words_nouns")), OWN_WORDS_DAY, OWN_WORDS_DAY))
# ... or a letter told by its addressee alone: "Lib Dem chairman Matthew Taylor has written to the watchdog accusing
# Labour of a "flagrant and systematic breach" ..." (bbc-news/politics/396, bbc14)
# A readout's order of what was said: "The Prime Minister began by setting out that it was important to him to
# reiterate the UK’s unwavering commitment to Ukraine ..." (GOV.UK via ukpol.co.uk; wire20): the participle after
# "began by" reports the subject's words.
# (also "He continued by saying that Labour have “forced the tories to invest ...”"; The New European, bbc23)
BEGAN_BY = re.compile(r"\s(?:began|begins|opened|opens|started|starts|ended|ends|concluded|concludes|closed|closes|"
                      r"continued|continues|finished|finishes)\s+by\s+$")
# ... and an answer's: "The foreign secretary hit back by saying Tory attitudes to Europe had helped keep the party out
# of power ..." (bbc-news/politics/082), "Matthew Miller reacted to Chinese state-backed hackers targeting infrastructure
# in the U.S. by stating that ..." (Breitbart; seed22).
REACTED_BY = re.compile(r"\s(?:reacted|reacts|responded|responds|replied|replies|answered|answers|countered|counters|"
                        r"retorted|retorts|hit\s+back)(?:\s+(?:to|at)\s+[^,;:!?\"“”]{1,120}?)?\s+by\s+$")
WRITTEN_TO = re.compile(r"\s(?:wrote|written|writes|writing)\s+to\s+(?:the|a|an|his|her|their|its|[A-Z])[^,;:.!?\"“”]{1,60}?\s+$")
CLAUSE_PARTICIPLES = {"saying", "noting", "stating", "stressing", "insisting", "warning", "arguing", "declaring",
                      "accusing", "promising",
                      # "New Brunswick's premier touted his government's achievements Thursday, claiming it has spurred progress
                      # in health care ..." (CTV, quotes15)
                      "claiming",
                      # "The MEA spokesperson also addressed the concerns ..., assuring that they are “monitoring the
                      # situation” ..."
                      "assuring", "explaining", "emphasising", "emphasizing", "reiterating", "elaborating",
                      "acknowledging", "affirming", "reaffirming", "underlining",
                      # "Frederik Andersen was first to speak up, telling reporters post-game that, “...”" (quotes12)
                      "telling",
                      # "Calandra spoke in his stead, using the same talking points as a day earlier, pointing out that
                      # deputy ministers have been made available ..." (CTV Toronto; quotes20)
                      "pointing out"}
# ... and a demand or a call, only in one's own letter or statement: "Tory leader Michael Howard has written to Tony
# Blair demanding an explanation of the new rules on e-mail retention." (bbc-news/politics/002; set AE); not after an
# act ("Several hundred fishermen protested Thursday outside the constituency office ..., demanding her department stop
# ...", own set T: the protesters' demand, no one named)
# ... and a participle of emphasis, with its "that" clause only (not "underscoring the growing threat posed by
# militants", the reporter's gloss after a quotation; set AJ 004): "During the interview, the Prime Minister also spoke
# on the Israeli-Palestinian conflict, highlighting that the ongoing conflict was about questions of justice,
# colonialism, and apartheid." (Selangor Journal; set AT 011)
THAT_CLAUSE_PARTICIPLES = frozenset(words("that_clause_participles"))


def _that_clause_participle(c: _Cue) -> bool:
    """A participle of emphasis with its "that" clause next ("..., highlighting that ...")."""
    return c.form in THAT_CLAUSE_PARTICIPLES and THAT_CLAUSE_NEXT.match(c.body, c.c_end) is not None
WRITTEN_PARTICIPLES = CLAUSE_PARTICIPLES | {"demanding", "urging"}
CALLING_PARTICIPLES = WRITTEN_PARTICIPLES - CLAUSE_PARTICIPLES     # (after any act of a named subject)


def _in_own_writing(c: "_Cue") -> bool:
    """A participle of WRITTEN_PARTICIPLES after one's own words as a verb's object or "wrote to": 'has written to
    Tony Blair demanding ...'."""
    return c.form in WRITTEN_PARTICIPLES and (OWN_WORDS_OBJECT.search(c.body, c.s_start, c.c_start) is not None or
                                              WRITTEN_TO.search(c.body, c.s_start, c.c_start) is not None)
LEAD_ADJUNCT = re.compile(r"(?:[A-ZÀ-Ỹ][A-ZÀ-Ỹ .,-]*\s+[—–-]+\s+|(?:In|At|During|On|Speaking|Addressing|After|Earlier|Later|"
                          # "Following the incident, Singapore Foreign Affairs Ministry issued a statement today saying
                          # that ..." (Malay Mail printing Bernama; set AH)
                          r"Following|"
                          # "With reports of another stabbing in Calgary Thursday, the city’s police chief is speaking
                          # out, saying ..." (CityNews Calgary; quotes20)
                          r"With|"
                          # (a programme's quoted title closing it: "On Friday’s broadcast of MSNBC’s “Andrea Mitchell
                          # Reports,” State Department Spokesperson Matthew Miller reacted ..."; Breitbart, seed22)
                          r"Meanwhile|Separately|(?:But|And|Yet)\s+(?:in|at|during|on|after|earlier|later))\b[^,]{0,80},[”\"]?\s+"
                          r"|(?:When\s+asked|Asked|Responding|Answering|Commenting)\b[^,\"“”]{0,200},\s+)")
# A connective set off by a comma before the clause's subject (clause_subject): "However, the president objected the
# opposition's push to launch a special counsel probe ..., describing it as "..."" (The Korea Times; set BH 007).
CONNECTIVE_LEAD = re.compile(r"(?:%s),\s+" % "|".join(
    w.capitalize() for w in sorted(LEADING_CONNECTIVES, key=len, reverse=True)))   # lexicon leading_connectives
# What a question was about, opening the sentence: "Regarding why ...,", "As for ...," (filters.TOPIC_OPENING).
TOPIC_LEAD = re.compile(r"(?:Regarding|Concerning|As\s+for|As\s+to|With\s+regard\s+to|In\s+regard\s+to)\b")
FINITE = re.compile(r"\b(?:[a-z]+ed|is|was|are|were|has|had|says|remains|spoke|told|said|gave|held|met|took|sent|wrote|"
                    # ("Mr Blair also paid tribute to Democrat John Kerry's campaign, saying he had helped ..."; bbc15;
                    # not "support a national paid family and medical leave program")
                    r"made|sought|brought|led|put|paid(?=\s+tribute)|hit(?=\s+(?:back|out))|began|came|went)\b")


# A verb's present -s form right after a capitalised word (and an adverb): the main clause's verb before a participle.
# (its object opening with a determiner: not "Younger commissioners especially ...", a plural noun; own set B)
PRESENT_AFTER_NAME = re.compile(r"\b([A-Z][\w.-]*(?<![’']s)\)?)\s+(?:(?:also|now|still|strongly|firmly|broadly)\s+)?"
                                r"([a-z]+[^s\W]s)\s+(?=(?:the|a|an|this|that|these|those|his|her|its|their|our|any|"
                                r"all|some|every|such)\s)")
# (words of that shape that are no such verb: "Labour its ...", "Mr Blair his ...")
NOT_PRESENT_VERBS = frozenset(words("not_present_verbs"))


class _At:
    """A position standing in for a verb's match (its start)."""
    def __init__(self, at: int):
        self.at = at

    def start(self) -> int:
        return self.at


# A negated auxiliary of a main clause (not of a relative one): "wouldn't", "did not", "cannot"
NEGATED_AUXILIARY = re.compile(r"(?<!\bwho\s)(?<!\bwhich\s)(?<!\bthat\s)\b(?:(?:would|could|did|does|do|will|can)"
                               r"(?:n[’']t|\s+not)|won[’']t|cannot)\b")
ADVERB_BEFORE_VERB = re.compile(r"(?<=\w)\s+(?:[a-z]{2,}ly|also|then|later|quickly)\s+$")


REACTED = re.compile(r"\s+(?:has\s+|had\s+|have\s+)?(?:already\s+|also\s+)?(?:%s)\b" % "|".join(words("reaction_verbs")))


def _reacted_in_words(text: Text, prev, c_start: int):
    """'Anna Naghdalyan recalled that Armenia’s Foreign Minister Zohrab Mnatsakanyan has already reacted to this
    statement, saying that "..."' (ARKA via massispost.com; wire19): a participle right after words telling that a
    person named in them reacted is that person's, not the frame's speaker's."""
    if not re.fullmatch(r"\s*,\s*", text.body[prev.end:c_start]):
        return None
    verb = REACTED.search(text.body, prev.start, prev.end)
    found = subject_before(text, prev.start, verb.start() + 1) if verb is not None else None
    return found[0] if isinstance(found, list) and found[0] is not None and found[0].kind == "name" else None


def _pronoun_going_on(text: Text, pronoun, s_start: int, found, form: str = "") -> bool:
    """Does a pronoun, the subject of the clause a participle frame hangs on, speak ("But he defended the UK's current
    regime, saying all systems around the world were subject to abuse.", bbc-news/politics/153; bbc17)? Only "he" or
    "she" (not "it" or "they", a body or no one), going on from a speaker just heard (not "He commended Prime Minister
    Kishida and President Yoon ..., noting ..." in a readout whose "President Biden met today with ..." said nothing),
    and not when the clause's own verb reports ("He denied this strategy was opportunism, insisting ...": that frame
    reports, bbc-news/politics/416)."""
    return pronoun.text.lower() in {"he", "she"} and not _reports_itself(text.body, pronoun.end) and \
        (form == "saying" or _spoke_just_before(text, s_start, found))


def _participle_after_postposed_frame(head: str, tail: str, base: str) -> bool:
    """'CONTENT, Labbé said, slowing reconnection work.' (The Canadian Press; quotes17): a participle of no saying after
    the postposed frame tells what the words' facts do, it says nothing (not a gerund opening the clause said: "By
    contrast, he said, digging up roads ... can take weeks"; nor a participle with a "that" clause: "..., Mr Panke
    said, implying that a BMW crossover could be ...", bbc-news)."""
    trailing = TRAILING_PARTICIPLE.fullmatch(tail) if base in ("say", "tell") else None
    comma = tail.find(",")
    if trailing is None and base in ("say", "tell") and comma > 0 and adjunct_only(tail[:comma]):
        # ("Russia and Ukraine still have a chance to resume peace talks, the Kremlin said Thursday, contradicting
        # earlier comments by Moscow’s top diplomat."; The Moscow Times, set AJ 001: the frame's adjunct first)
        trailing = TRAILING_PARTICIPLE.fullmatch(tail, comma)
    return trailing is not None and _says_nothing(trailing.group(1).lower()) and head.endswith(",") and \
        len(head.split()) >= 5 and not FINITE_OR_THAT.search(trailing.group())


def _says_nothing(participle: str) -> bool:
    """Does a participle after a postposed frame, with no "that" clause, say nothing of its own: no verb of saying, or
    one of emphasis with a noun, the reporter's gloss ("President Obama was briefed on the outbreak ..., a spokeswoman
    for the agency said Wednesday, highlighting the growing concern."; The Hill, set BQ 004)?"""
    return participle not in CUE_FORMS or participle in THAT_CLAUSE_PARTICIPLES


def _spoke_just_before(text: Text, s_start: int, found) -> bool:
    """Has someone spoken in the sentence right before (the one a pronoun opening this sentence goes on from)? Not
    when a sentence of narrative stands between: "Qin was China's previous ambassador ... He spoke earlier on Tuesday
    ..., saying ..." after Jeff Liu's words (own set A, docs/tw/058)."""
    i = bisect.bisect_left(text.sent_starts, s_start)
    if i == 0:
        return False
    p0 = text.sents[i - 1][0]
    return any(a.mention is not None and a.start < s_start and max(a.end, a.sentence_end) > p0 for a in found)


LOWER_WORD = re.compile(r"[a-z]+")


def _reports_itself(body: str, at: int) -> bool:
    """Is the verb right after a subject (adverbs between) a reporting verb of its own ("He denied ...")?"""
    words_after = LOWER_WORD.findall(body[at:at + 60].lower())
    verb = next((w for w in words_after if w not in BETWEEN), None)
    if verb in CUE_FORMS and CUE_FORMS[verb] in CASE_CUES:
        # ("But he defended the UK's current regime, saying all systems around the world were subject to abuse.":
        # a thing defended without a case reports nothing, the participle does; bbc-news/politics/153)
        found = re.search(rf"\b{verb}\b", body[at:at + 60], re.I)
        return found is not None and defended_with_case(body, at + found.end(), len(body))
    return verb in CUE_FORMS


def clause_subject(text: Text, s_start, c_start, pronoun: bool = False):
    """The named subject of the main clause a participle hangs on: the source noun phrase before the clause's
    first finite verb ("At a regular briefing on Thursday, Seoul's foreign ministry spokesperson Lim Soo-suk
    addressed ..."), when nothing but an adjunct or a dateline comes before it; with `pronoun`, a pronoun too
    ('He agreed on the importance of Africa, saying, “...”': the quotation's frame)."""
    body = text.body
    lo = s_start
    dateline = place_colon_lead(body, lo, c_start) or \
        (DASH_DATELINE_LEAD.match(body, lo, c_start) if body[lo + 1:lo + 2].isupper() else None)
    if dateline:
        lo = dateline.end()     # "Islamabad: The Foreign Office on Thursday regretted ..., saying ..." (seed16); "MANILA,
        #                         Philippines — Foreign Secretary Enrique Manalo brought up ..., saying ..." (Inquirer; asia19)
    lead = LEAD_ADJUNCT.match(body, lo) or CONNECTIVE_LEAD.match(body, lo)
    if lead:
        lo = lead.end()
    if TOPIC_LEAD.match(body, lo):
        # "Regarding why Park sent her blood to a private hospital ..., despite having access to a personal
        # physician, Jung avoided a direct answer, saying ...": what the question was about opens the sentence; the
        # clause's subject comes after one of its commas, never a name inside it (The Korea Times; set AH)
        for comma in re.finditer(r",\s+", body[lo:c_start]):
            found = clause_subject(text, lo + comma.end(), c_start, pronoun)
            if found:
                return found
        return None
    verb = FINITE.search(body, lo, c_start)
    # (a present tense's -s form right after a name: "The British Medical Association also backs the bill, saying it
    # just gives incapacitated people the same rights as others"; bbc-news/politics/068, set AE)
    present = PRESENT_AFTER_NAME.search(body, lo, verb.start() if verb else c_start)
    if present is not None and present.group(2).lower() not in NOT_PRESENT_VERBS and \
            not text.cues_in(present.end(), c_start):
        # (no other speech between: not "Byrne gives an account of Clinton telling one agent to "Go to hell!," while
        # telling another to ...", Clinton's words; polnear)
        verb = _At(present.start(2))
    refused = NEGATED_AUXILIARY.search(body, lo, verb.start() if verb else c_start)
    verb = refused or verb     # "She also wouldn't explain the exit of Neufeld — who had two years remaining on his
    #                            contract — saying ...": the main clause's negated auxiliary, not the aside's verb
    #                            (Calgary Herald via daily8.com; quotes20)
    if verb is None or any(ch in body[lo:verb.start()] for ch in '"“”'):
        return None
    # (an apposition may stand between: "But Oliver Letwin, for the Tories, attacked ..., dubbing Mr Brown ...")
    # (and an adverb: "Legault immediately responded on social media, saying it was an 'unjustified decision ...'";
    # Montreal Gazette via daily8.com, quotes14)
    adverb = ADVERB_BEFORE_VERB.search(body, lo, verb.start())
    mentions = subject_before(text, lo, adverb.start() if adverb else verb.start())
    # a title too ("The Secretary-General marked the sixtieth anniversary ..., saying that ..."); with `pronoun` (a
    # quotation's frame) also a pronoun: 'He agreed on ..., saying, “...”'
    kinds = ("name", "surname", "body", "pronoun", "title") if pronoun else ("name", "surname", "body", "title")
    if not isinstance(mentions, list) or not mentions[0] or mentions[0].kind not in kinds:
        return None
    if body[lo:mentions[0].start].strip().lower() not in ("", "but", "and"):
        return None     # the noun phrase must open the clause (after "But" or "And")
    return mentions


# Verbs that stand before their source after the words ("..., admitted Maria Zakharova", "..., the spokeswoman
# acknowledged, ..."): the clause-taking reporting verbs of the lexicon, past and present, and a few more.
INVERTIBLE = {f for f, b in CUE_FORMS.items() if b in CLAUSE_ONLY and not f.split()[0].endswith("ing") and f != b} | {
    "say", "argue", "declared", "stressed", "affirmed", "emphasised", "emphasized", "reiterated", "underlined"}
# ... except "tell": what follows it is the addressee ("Theresa May, shadow secretary for the family, told BBC Radio
# 4's Today programme that ...": an outlet or an audience told is never the speaker).
INVERTIBLE -= {f for f, b in CUE_FORMS.items() if b == "tell"}


# What one pledges after the day: "Premier François Legault vowed on Friday to soldier on and seek a new mandate in 2026"
# (Montreal Gazette via daily8.com, quotes15): an infinitive, no adjunct.
PLEDGING = words("pledging_verbs")
INFINITIVE_AFTER_DAY = re.compile(r"\s*(?:on\s+)?(?:%s|today|yesterday|tonight)\s+to\s+[a-z]" % WEEKDAY_NAMES, re.I)
# A modal perfect before the verb: what someone may or would have done, not what was said.
# ... or what someone ought to do.
EXPECTED_BEFORE = re.compile(r"\b(?:is|are|was|were)\s+(?:widely\s+|also\s+)?(?:expected|due|set|scheduled|likely)\s+to\s+$")
OUGHT_BEFORE = re.compile(r"\b(?:should|must|ought\s+to)\s+(?:now\s+|also\s+|first\s+)?$")
SURMISED_BEFORE = re.compile(r"\b(?:may|might|could|must|would)\s+(?:not\s+|never\s+)?have\s+$")
# (also a participle calling something by words, its object after it: "..., Harry Harris said Thursday, calling it a
# "proven path to failure."" (Yonhap; seed22): a statement of its own, the words before the frame what was said)
# (also with "later" or "then" before it: '"We've tried to send a message to our taxpayers ...," he said, later saying he
# did not see the current St. Albert council discussing it ...' (St. Albert Gazette; set AU 005): a second statement,
# not the words of "he said")
PARTICIPLE_AFTER = re.compile(r",\s+(?:(?:later|then|" + MANNER_ADVERB + r")\s+)?(?:%s|(?:calling|dubbing|describing|branding|labell?ing|terming)\s+(?!(?:for|on|off|up)\b))\b"
                              % "|".join(sorted(PARTICIPLE)))
SO_SAID = re.compile(r"\s*(?:So|Thus|That,?\s+at\s+least,?\s+is\s+what)\s+")
PHOTO_CAPTION_END = re.compile(r"\((?:Photo|Source|File photo)\b[^()\n]*\)\W*$")


def _so_said(text: Text, s_start, s_end, c_end, form, found):
    """'So said Pham Thu Hang, spokesperson of the Foreign Ministry, on Saturday ...': the words are the
    sentence (or paragraph) before, unless a frame already took them."""
    mentions = np_after(text, c_end, s_end)
    i = bisect.bisect_left(text.sent_starts, s_start)
    if not isinstance(mentions, list) or not mentions[0] or i == 0:
        return None
    p0, p1 = text.sents[i - 1]
    if any(a.start < p1 and p0 < a.end for a in found) or PHOTO_CAPTION_END.search(text.body, p0, p1):
        return None     # (not a photo's caption: "Pham Thu Hang, Spokesperson of the Foreign Ministry (Photo: VNA)")
    start, end = trim_span(text.body, p0, p1)
    start = start + len(re.match(r"(?:[A-ZÀ-Ỹ][A-ZÀ-Ỹ .,-]*\s+[—–-]\s+)?", text.body[start:end]).group())   # "HÀ NỘI — "
    if end - start <= 1:
        return None
    return Attribution(start, end, "indirect", form, mentions[0], p0, p1, shared=mentions[1:])


# The dash opening an aside before "according to X": the last one before it.
DASH = re.compile(r"(?:[—–]|\s-\s)(?!.*(?:[—–]|\s-\s))")


# "according to technology analysts IDC,", "according to research firm Gartner.": lower-case words that describe the
# name after them (not "according to figures from the ONS", "according to a survey by X": a document).
DESCRIBED_NAME = re.compile(r"\s*((?:[a-z][\w-]*\s+){1,3}(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*)\s*(?=[,.;]|$)")


def _described_name(body, pos, hi):
    m = DESCRIBED_NAME.match(body, pos, hi)
    if not m or any(w in _PREPOSITION_WORDS for w in m.group(1).split()):
        return None
    found = parse_np(tokens(m.group(1).rstrip("."), m.start(1)))
    return [found] if isinstance(found, Mention) and found.name and found.kind in ("body", "name", "surname") else None


_PREPOSITION_WORDS = {"of", "from", "by", "at", "in", "on", "for", "with", "to", "the", "a", "an"}
# A finite verb: a clause, no description of the source after "according to X,".
FINITE_VERB = re.compile(r"\b(?:is|was|are|were|has|had|have|will|would|can|could|should|must|may|might|did|does)\b")


ACCORDING_PRONOUN = re.compile(r"(him|her|it|them)(?=\s*,)", re.I)
_ACCORDING_PRONOUNS = {"him": "he", "her": "she", "it": "it", "them": "they"}


# "according to a statement from the IIU Monday", "according to a news release from Saskatoon police": the issuer.
ACCORDING_ISSUED_BY = re.compile(r"\s*(?:a|an|the)\s+(?:[a-z]+\s+){0,2}?(?:statement|release|email|e-mail)\s+"
                                 r"(?:from|by|issued\s+by)\s+")


# A quotation with its own frame before ", according to X": '"...," Schneider said, according to Sportsnet's ...'
RELAYED_FRAME = re.compile(r"[”\"]\s*(?:[A-Z][\w.'’-]*\s+){1,3}(?:said|says|told\s+\w+|added|explained)\s*,\s*$")


@dataclass(slots=True)
class _According:
    """One "according to" in its sentence as according_frame's rules read it, with what the steps find on the way
    (the source's mentions, where its description ends, what follows it)."""
    text: Text
    body: str
    s_start: int
    s_end: int
    a_start: int
    a_end: int
    mentions: object = None
    pronoun: object = None
    m_end: int = 0
    described: bool = False
    rest: str = ""


def _according_source(c: _According):
    """Step: the source named after "according to" (c.mentions), after the statement or release it issued."""
    issued = ACCORDING_ISSUED_BY.match(c.body, c.a_end, c.s_end)
    c.mentions = np_after(c.text, issued.end() if issued else c.a_end, c.s_end)
    if c.mentions is None:
        c.mentions = _described_name(c.body, c.a_end, c.s_end)


def _according_pronoun(c: _According):
    """Step: no source named: an object pronoun (c.pronoun) as its subject pronoun."""
    c.pronoun = ACCORDING_PRONOUN.match(c.body, c.a_end, c.s_end) if c.mentions is None else None
    if c.pronoun:
        # "According to her, the two sides agreed to expand ...": the spokeswoman's words, as "she said" (issue 8
        # seed round, pk/013)
        m = parse_np([(_ACCORDING_PRONOUNS[c.pronoun.group(1).lower()], c.pronoun.start(1), c.pronoun.end(1))])
        c.mentions = [m] if isinstance(m, Mention) and m.kind == "pronoun" else None


def _no_source(c: _According):
    if not isinstance(c.mentions, list) or not c.mentions[0]:
        return NO_FRAME


def _source_end(c: _According):
    """Step: where the source ends (c.m_end), its acronym included."""
    c.m_end = c.mentions[0].end
    acronym = re.match(r"\s*\([A-Z][A-Za-z]{1,9}\)(?=\s*,)", c.body[c.m_end:c.s_end])
    if acronym:
        c.m_end += acronym.end()     # "According to the World Health Organization (WHO), ..." (un19)


def _affiliation_after_source(c: _According):
    # Skip an affiliation ("of Latin Trade Magazine") and a description ("head of Krome Studios") after the name.
    aff = re.match(r"\s+(?:of|from|at|with)\s+[^,]{2,80}(?=,)", c.body[c.m_end:c.s_end])
    if aff:
        c.m_end += aff.end()


def _description_set_off(c: _According):
    """Step: a description set off by commas after the source: its role, skipped (c.described)."""
    body, m_end, s_end = c.body, c.m_end, c.s_end
    desc = re.match(r"\s*,\s*([^,]{2,120}),", body[m_end:s_end]) if not c.pronoun else None     # (no title after "her")
    if desc and role_like(tokens(desc.group(1))) and body[m_end + desc.end():s_end].strip(" .!?") and \
            not FINITE_VERB.search(desc.group(1)):     # "According to Marcos, the DA had to respond to ..., prices"
        c.mentions[0].role = c.mentions[0].role or desc.group(1)
        c.m_end += desc.end() - 1
        c.described = True


def _relative_clause_set_off(c: _According):
    """Step: a relative clause set off by commas after the source ("According to Standard & Poor's, which has recently
    upgraded Mexico's sovereign debt rating, the rise in remittances helps ..."; bbc-news/business/084): skipped, the
    words are the clause after it."""
    rel = None if c.described or c.pronoun else RELATIVE_SET_OFF.match(c.body, c.m_end, c.s_end)
    if rel and c.body[rel.end():c.s_end].strip(" .!?"):
        c.m_end = rel.end() - 1
        c.described = True


RELATIVE_SET_OFF = re.compile(r"\s*,\s*(?:which|who)\s[^,]{2,160},")


def _description_closing_sentence(c: _According):
    # 'Or not, according to Tsur Somerville, director of the UBC Centre for Urban Economics and Real Estate.': a
    # description closing the sentence, the content before "according to"
    if c.described:
        return None
    tail = re.match(r"\s*,\s*([^,]{2,120}?)\s*[.!?]?\s*$", c.body[c.m_end:c.s_end]) if not c.pronoun else None
    if tail and c.body[c.s_start:c.a_start].strip(" ,") and (role_like(tokens(tail.group(1))) or
                                                             tail.group(1).startswith("one of ")) and \
            not FINITE_VERB.search(tail.group(1)):     # (also "..., according to the Communications Workers of
        #                                                 America, one of the unions representing ...", un19)
        c.mentions[0].role = c.mentions[0].role or tail.group(1)
        c.m_end = c.s_end


def _rest_after_source(c: _According):
    """Step: the sentence after the source and its description (c.rest)."""
    c.rest = c.body[c.m_end:c.s_end]


def _aside_between_dashes(c: _According):
    dash = DASH.search(c.body, c.s_start, c.a_start)
    if dash and re.match(r"\s*[—–]|\s+-\s", c.rest):
        # '... the two men — who have known each other since 1995, according to Schinas — discussed ...': the aside
        # between the dashes
        return _according_words(c, *trim_span(c.body, dash.end(), c.a_start))


# A participle of saying right after the source: "..., according to Yamazaki, saying he "took seriously" that ..."
# (The Japan Times; set V 011): the words before "according to" are the source's, the participle's a second statement.
PARTICIPLE_AFTER_SOURCE = re.compile(r"\s*,\s*(?:%s)\b" % "|".join(sorted(PARTICIPLE, key=len, reverse=True)))


def _words_after_source(c: _According):
    rest = c.rest
    if PARTICIPLE_AFTER_SOURCE.match(rest) and c.body[c.s_start:c.a_start].strip(" ,"):
        return None
    if re.match(r"\s*[,]", rest) and rest.strip(" ,.!?") and \
            not (CLAUSE_OPENER.match(rest.lstrip(" ,")) and len(c.body[c.s_start:c.a_start].split()) >= 5):
        # (not '... slowdown in sales in European and US markets too, according to Gartner, as people wait to see
        # ...': the words before are what Gartner says, the clause after is the reporter's)
        # 'According to X, CONTENT.' / '..., according to X, CONTENT'
        start, end = trim_span(c.body, c.m_end, c.s_end)
        if COLON_QUOTATION.search(c.body, start, end):
            return NO_FRAME     # 'According to AFP, one user on Weibo posted: "..."': X reports another's words
        return _according_words(c, start, end)


def _relayed_frame(c: _According):
    if RELAYED_FRAME.search(c.body, c.s_start, c.a_start):
        return NO_FRAME     # '"...," Schneider said, according to Sportsnet's Ben Nicholson-Smith.': the reporter
        #                     relays Schneider's words, framed already; nothing of the reporter's own
    told = TOLD_BEFORE.search(c.body, c.s_start, c.a_start)
    if told and TOLD_ON_A_CALL.match(c.body, told.end(), c.a_start):
        return NO_FRAME     # "Vietnamese Foreign Minister Bui Thanh Son told his Chinese counterpart Wang Yi in a phone
        #                     talk on April 16, according to the Vietnam’s Ministry of Foreign Affairs (MoFA)." (Hanoi
        #                     Times; set AQ 007): a frame whose words were the lead's, no words of its own to source


TOLD_BEFORE = re.compile(r"\btold\b")


def _words_before(c: _According):
    start, end = trim_span(c.body, c.s_start, c.a_start)        # 'CONTENT, according to X.'
    start = _quotation_opened_before(c.text, start, c.a_start)
    return _according_words(c, start, end)


def _according_words(c: _According, start, end):
    """The statement of the words start:end by the source, direct when they are a quotation; NO_FRAME when empty."""
    if end - start <= 1:
        return NO_FRAME
    d = as_direct(c.text, start, end)
    if d:
        start, end = d
    return Attribution(start, end, "direct" if d else "indirect", "according to", c.mentions[0], c.s_start, c.s_end)


# according_frame's rules and steps, in order: the source and what describes it, then where the words are (an aside
# between dashes, the clause after the source, or the words before "according to").
ACCORDING_RULES = (
    _according_source, _according_pronoun, _no_source, _source_end, _affiliation_after_source, _description_set_off,
    _relative_clause_set_off, _description_closing_sentence, _rest_after_source,
    _aside_between_dashes, _words_after_source, _relayed_frame, _words_before)


def according_frame(text: Text, s_start, s_end, a_start, a_end):
    """The statement "according to X" at a_start:a_end frames in its sentence, or None (the rules of
    ACCORDING_RULES decide in order)."""
    return _first_decision(ACCORDING_RULES, _According(text, text.body, s_start, s_end, a_start, a_end))


def _quotation_opened_before(text: Text, start, a_start) -> int:
    """Where the quotation ending right before ", according to X" opens, when it opens sentences before: '“The
    Ministers discussed .... Three words reflect ...”, according to the EEAS readout.' is one quotation of the
    readout's (not its last sentence, reported). start itself otherwise."""
    for q in text.quotes:
        if q.open_mark < start <= q.end and not text.body[q.after:a_start].strip(" ,"):
            return q.open_mark
    return start


COLON_QUOTATION = re.compile(r":\s*[“\"]")
CLAUSE_OPENER = led(r"(?:because|but|and|as|while|although|though|since|so|yet|if|unless|when)\b", re.I)


BACKSHIFT = re.compile(r"\b(?:would|could)\b")
# Reported speech left in the speaker's own tense ("Maria Zakharova said that there are two groups working on ...")
# runs on in that tense ("One group is working on ... The Foreign Ministry will provide ...").
PRESENT = re.compile(r"\b(?:is|are|has|have|will|can|does|do|should|must)\b")
PAST = re.compile(r"\b(?:was|were|had|did|would|could)\b")
# ... in the report of a briefing ("Press briefing by Russian Foreign Ministry Spokesperson Maria Zakharova"), where
# the spokesperson's paragraphs are hers; in other news the present tense after a statement is mostly the reporter's.
BRIEFING_REPORT = led(r"\b(?:[Pp]ress|[Nn]ews|[Mm]edia|[Nn]oon|[Dd]aily|[Rr]egular|[Ww]eekly) (?:[Bb]riefing|"
                             r"[Cc]onference)\b")
# ... or a routine one named a little further on, under a page's header lines: "BEIJING, June 28 (Xinhua) -- China
# urges ..., a Chinese foreign ministry spokesperson said on Friday. ¶ Spokesperson Mao Ning made the remarks at a daily
# press briefing ..." (not any "news conference" of a story's second paragraph)
ROUTINE_BRIEFING_CHARS = 1000
ROUTINE_BRIEFING = led(r"\b(?:[Dd]aily|[Rr]egular|[Ww]eekly|[Rr]outine) (?:[Pp]ress |[Nn]ews |[Mm]edia )?"
                              r"(?:[Bb]riefing|[Cc]onference)\b")


# The summary of a briefing (the UN Information Service's "... chaired the briefing, which was also attended by the
# Spokespersons for ..."): each speaker's paragraph opens with "X for BODY said ..." and all that follows is X's
# reported speech, backshifted, over several paragraphs, until the next speaker.
BRIEFING_SUMMARY = re.compile(r"\bchaired the (?:press )?briefing\b")


FIRST_PERSON_OPENING = re.compile(r"\s*(?:And |But |So )?(?:I|We)\b")


def _summary_runs_on(text: Text, a, by_start) -> list:
    """The sentences after a speaker's opening statement in a briefing summary that are still that speaker's, over
    paragraphs: up to the next statement of someone else (one framed by a pronoun, '..., he said.', is the same
    speaker's), a quotation or a line that is no sentence (a heading)."""
    body, out = text.body, []
    i = bisect.bisect_left(text.sent_starts, a.sentence_start)
    for s0, s1 in text.sents[i + 1:]:
        own = by_start.get(s0)
        if own is not None:
            if own.mention is None or own.mention.kind != "pronoun":
                break
            continue
        sentence = body[s0:s1].strip()
        if any(ch in sentence for ch in '"“”') or not sentence.endswith((".", "!", "?")):
            break     # (a reporting verb with no statement of its own is the speaker's: "The growth underscored ...")
        start, end = trim_span(body, s0, s1)
        if end - start > 1:
            out.append(Attribution(start, end, "indirect", None, None, s0, s1, basis="continuation"))
    return out


def _frame_closes(body, a) -> bool:
    """Does a direct quotation's sentence end with its frame ('"Not many people ... good old days," he declared.')?
    Then reported speech may run on after it as after an indirect statement ("It would be an aggressive campaign
    ...")."""
    return a.end < a.sentence_end and a.start <= a.sentence_start + 2 and \
        re.fullmatch(r"[,.!?]?[\"”’']?,?\s+\S+(?:\s+\S+){0,3}?\s+\w+[.!?]?\s*", body[a.end:a.sentence_end]) is not None


# A sentence about the speaker rather than in the speaker's words: "He was sceptical that ...", "But he believes
# ...", "Mr Schwartz ran a demonstration ...", "President Chavez is an ardent promoter of ...".
NARRATED_OPENING = re.compile(r"(?:(?:But|And|However,?)\s+)?(?:(?:[Hh]e|[Ss]he)\s+(?!would\b|could\b)\w+|"
                              r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|President|Prime Minister|Chancellor)\.?\s+[A-Z]|"
                              # a readout's account of the meeting: "They also discussed areas in which both of our
                              # peoples could benefit ..." after what the Secretary underscored (thefrontierpost.com;
                              # wire19)
                              r"(?:They|The\s+two(?:\s+[a-z]+)?|Both(?:\s+[a-z]+)?)\s+(?:also\s+)?"
                              r"(?:discussed|met|spoke|talked|exchanged)\b)")
# ... or the reporter's hedge on what someone is thought to think: "Washington is thought to fear it would lead to ...".
NARRATED_HEDGE = re.compile(r"\b(?:is|are|was|were)\s+(?:widely\s+)?(?:thought|believed|understood|expected|known)\s+to\b|"
                            # ... "News of the review was released because it was thought Mr Blunkett would ..." (bbc12)
                            r"\bit\s+(?:is|was)\s+(?:widely\s+)?(?:thought|believed|understood|expected)\b|"
                            # ... or doubts what the words mean: "It is unclear whether that means he would approve of
                            # expanding Medicaid" (HuffPost after Trump's "implying that"; PolNeAR)
                            r"\b[Ii]t\s+(?:is|was|remains|remained)\s+(?:still\s+)?(?:unclear|not\s+clear|uncertain)\b")
# ... or someone else acts or fears in it: "Earlier chief constable Green questioned how his officers would be able to
# ...", "GPs in Wales had feared patients could be pushed to the back of another queue" (bbc12).
NARRATED_OTHER = re.compile(r"(?:(?:But|And|Earlier|Later|Meanwhile),?\s+)?(?:[a-z][\w-]*\s+){1,3}[A-Z][\w'’-]+\s+"
                            r"(?!would\b|could\b)[a-z]+ed\b|"
                            r"[A-Z]\S*(?:\s+\S+){0,3}?\s+(?:had|have|has)\s+(?:long\s+)?(?:feared|hoped|worried)\b")


# ... or points to the statement itself: "And her full statement is available on the website" after what the High
# Commissioner said, in a UN noon briefing (own set B, docs-b/transcripts/062): the briefer's voice, not hers.
STATEMENT_POINTED_TO = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:full\s+|complete\s+|whole\s+|entire\s+)?"
                                  r"(?:statement|remarks|speech|message|report)\s+(?:is|are|was|were|will\s+be|can\s+be)\s+"
                                  r"(?:available|online|posted|published|attached|out)\b")


def _narrated(sentence: str, mention) -> bool:
    """Does this sentence after a statement speak of the speaker (opens with the speaker as subject of a verb that is no
    backshifted modal, names them, reports someone else 'according to' a document or hedges on what someone is thought
    to do) rather than go on in the speaker's words? Then the statement does not run on into it."""
    s = sentence.lstrip()
    if NARRATED_OPENING.match(s) or ACCORDING_TO.search(s) or NARRATED_HEDGE.search(s) or NARRATED_OTHER.match(s) or \
            STATEMENT_POINTED_TO.search(s):
        return True
    name = (mention.name or "").split()
    return len(name) == 1 and name[0][:1].isupper() and _word(name[0]).search(s) is not None or \
        len(name) > 1 and _word(name[-1]).search(s) is not None and mention.entity_kind == "person"


@lru_cache(maxsize=4096)
def _word(word: str):
    """A name's word as a whole word, compiled once (the same names come back in every sentence of a text)."""
    return re.compile(rf"\b{re.escape(word)}\b")


# A quoted fragment inside a sentence that runs on a reported statement: 'The foreign secretary said the right to life
# was the "most important liberty" ... Law lords were "simply wrong" to imply the men were being held arbitrarily.'
# Only a few words in the marks (a whole quotation is the direct pass's), past tense outside them.
QUOTED_RUN_ON_WORDS = 8
# ... not the reporter's account of events or findings around a stock phrase: 'The Britons were detained as part of the
# US-led "war on terror".', 'Results of a consultation exercise showed 64 respondents ... believed ... "indefensible"'.
QUOTED_RUN_ON_NOT = re.compile(r"\b(?:was|were)\s+(?:[a-z]+ly\s+)?[a-z]+ed\b|\b(?:show|shows|showed|found|revealed)\b")


def _terms_quoted_only(text: Text, s0: int, s1: int) -> bool:
    """Are the marks of the sentence body[s0:s1] only a term's, set off inside it ('"Taiwan independence" is a dead
    end, and connivance and support for "Taiwan independence" will backfire.', Xinhua; the lead's round 18): no
    quotation of anyone's words, three words at most each and the first capitalised (a name: "against \"bourgeois
    liberalism\"" quotes someone's words), one opening the sentence going on in lower case?"""
    body = text.body
    inner = text.quotes_in(s0, s1)
    return bool(inner) and all(q.after <= s1 and len(body[q.start:q.end].split()) <= 3 and
                               body[q.start:q.start + 1].isupper() for q in inner) and \
        all(q.open_mark > s0 or LOWER_WORD_NEXT.match(body, q.after) for q in inner)


LOWER_WORD_NEXT = re.compile(r"\s+[a-z]")


def _quoted_words_run_on(text: Text, s0: int, s1: int) -> bool:
    """Is the sentence body[s0:s1] the reporter's narration with the speaker's words quoted in it: it opens outside
    any quotation, each quotation inside it is a short fragment, and the words outside the marks are backshifted
    ('was', 'were', 'would')?"""
    body = text.body
    inner = text.quotes_in(s0, s1)
    if not inner or text.in_quote(s0) or body[s0:s0 + 1] in '"“”\'‘' or any(q.after > s1 + 1 for q in inner):
        return False
    if any(len(body[q.start:q.end].split()) > QUOTED_RUN_ON_WORDS for q in inner):
        return False
    outside, pos = [], s0
    for q in inner:
        outside.append(body[pos:q.open_mark])
        pos = q.after
    outside.append(body[pos:s1])
    outside = " ".join(outside)
    return len(outside.split()) >= 4 and PAST.search(outside) is not None and QUOTED_RUN_ON_NOT.search(outside) is None \
        and not any(mark in outside for mark in '"“”')


# A finding framed in the sentence ("A study in 2000, which was commissioned by the executive, ... found that a
# half-hourly service ... could cover its operating costs", bbc12): a study's or a survey's words, not the speaker's
# before running on.
FINDING_FRAME = re.compile(r"\b(?:found|finds|showed|shows|concluded|concludes)\s+that\b")


NAMED_OPENING = re.compile(r"\s*(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+(?:,|\s+[a-z]+s\b)")


def _closed_by_same_speaker(text: Text, a, i: int, k: int, by_start) -> bool:
    """Is the sentence k after a's (sentence i) followed, in the same paragraph and within three sentences of a, by
    words framed after them by "he" or "she", with no other frame between? Then the unframed
    sentences between are the speaker's whatever their tense: "... the minister said they have continuous
    communication with the Myanmar side. The Myanmar ambassador has not been summoned yet. But that would be done if
    it is necessary, he told the media." (Prothom Alo, own set N). Not a quotation after them ("Her comments did not
    impress Tory shadow education secretary Tim Collins. "Ruth Kelly wants ...," he said.": the narration before a
    quotation is the reporter's; bbc-news/politics/055), nor words framed by the speaker's name again, which reporters
    write after an aside of their own ('"No wedding plans have been set yet," said Aguilera's agent Meghan Prophet.
    Aguilera burst onto the pop scene in 1999, ... Bratman presented his fiancee with a diamond ring ..., said Ms
    Prophet.'; bbc-news/entertainment/260)."""
    body = text.body
    if NAMED_OPENING.match(body, text.sents[k][0]):
        return False     # ("Nick Hazel, Yahoo's head of consumer services in the UK, thinks ... . Search will be a key
        #                  focus ..., he says.": "he" is the one the sentence names; bbc-news/tech/337)
    for j in range(k + 1, min(i + 4, len(text.sents))):
        t0, t1 = text.sents[j]
        if "\n" in body[text.sents[j - 1][1]:t0]:
            return False
        b = by_start.get(t0)
        if b is None:
            continue
        m = b.mention
        return m is not None and b.kind == "indirect" and b.start <= t0 + 3 and m.start >= b.end and \
            m.kind == "pronoun" and m.text.lower() in ("he", "she")
    return False


def _runs_on_over_paragraph(a, sentence: str) -> bool:
    """Does reported speech closing its paragraph run on into the next one's first sentence: a backshifted modal, no
    quotation? 'People would also only have to pay for the cost of the building and not the land, he added. ¶ They
    would spend about 30% of their monthly salary on rent ... When they moved house, they would be able to ...'
    (Charles Kennedy's scheme; politics/339, set Z). The BBC sets a paragraph break where the speaker's words go on;
    the sentence's other checks (a frame, a cue, a narrated opening) still apply. Only a pronoun's clause, what was
    just said of taken up again ("They would ...", "Under their vision, it would be one of five in the new super
    regiment", politics/245, set W): a sentence naming its own subject there is mostly the reporter's ("The device
    could help open up computing ...", "Telecommunications firms and chip makers would prefer ...", bbc-news/tech)."""
    return a.kind == "indirect" and a.mention is not None and PRONOUN_WOULD.match(sentence) is not None and \
        not any(ch in sentence for ch in '"“”')


# The first clause of such a sentence: a pronoun (or its possessive before a noun) and "would", after an opening
# adverbial clause or phrase at most.
PRONOUN_WOULD = re.compile(r"(?:(?:When|If|Once|Under|Instead|In|As)\b[^,.;:\n]{0,80},\s+)?"
                           r"(?:[Tt]hey|[Ii]t|(?:[Tt]heir|[Ii]ts)\s+[a-z][\w'’-]*)\s+(?:[a-z]+ly\s+|also\s+|then\s+|"
                           r"still\s+|now\s+)?would\b")


# A verb of saying in the passive after "be" frames nothing: "But the exact allocation could not be clarified until the
# World Bank had completed its assessment ..." (Blair's words going on; bbc-news/politics/195, set AM).
# (not an impersonal passive before its clause: "Although it has been widely predicted that Mr Gates would be showcasing
# the new Xbox, some media reports have cast doubt ...", the reporter's; bbc-news/tech/163)
PASSIVE_AFTER_BE = re.compile(r"\b(?:be|been|being)\s+(?:[a-z]+ly\s+)?$")


def _passive_of_no_frame(body: str, s0: int, cue) -> bool:
    return PASSIVE_AFTER_BE.search(body, max(s0, cue.start() - 40), cue.start()) is not None and \
        not re.match(r"\s+that\b", body[cue.end():cue.end() + 10])


def continuations(text: Text, found):
    """Reported speech that runs on into the next sentences of the paragraph without a new frame: a sentence
    with a backshifted modal ('would', 'could'), no quotation and no frame of its own stays with the speaker
    (GUIDELINES, conventions); in the report of a briefing, also one in the present or future tense after a statement
    not backshifted ("Mr Le Hai Binh also stated that they still remain in good health. 21 of them will be released
    on July 16th ...") or backshifted by the reporter alone ("The spokesperson added that the terrorists ... were in
    contact with their associates in Afghanistan. Traces of contacts with Afghanistan have been found in the traced
    calls ...", gnnhd.tv, own set N; "Lu said that two ships ... had earlier Thursday entered the Contiguous Zone ...
    The ships have since left the area ...", set H): the briefer's words go on in the briefer's tense. Up to three
    sentences after an indirect statement."""
    body = text.body
    reported = BRIEFING_REPORT.search(body, 0, 300)
    routine = ROUTINE_BRIEFING.search(body, 0, ROUTINE_BRIEFING_CHARS) is not None
    briefing = reported is not None or routine
    # (a backshifted statement runs on so only in a briefing's report, not in wire copy mentioning a news conference:
    # "A Benetton spokeswoman said details of the accord would be outlined at a news conference on Thursday in Milan.
    # The Italian clothing group has targeted financial services ..." is the reporter's; reuters21578)
    briefed = routine or reported is not None and "riefing" in reported.group()
    taken = [(a.sentence_start, a.sentence_end) for a in found]
    starts = {a.sentence_start for a in found}
    out = list(found)
    summary = BRIEFING_SUMMARY.search(body, 0, 400) is not None
    by_start = {a.sentence_start: a for a in found}
    named = None     # the last statement's speaker named by name: whom a later "he said" most likely means
    for a in found:
        if a.mention is not None and a.mention.kind != "pronoun" and a.mention.name:
            named = a.mention
        counted = a.kind == "indirect" and a.mention is not None and COUNTED_THERE.search(body, a.start, a.end)
        if a.mention is None or ((a.kind != "indirect" or body[a.end - 1:a.end] in '"”') and not _frame_closes(body, a)
                                 and not counted):
            continue     # (a clause ending in the speaker's quoted words runs on no more than a quotation does)
        # ('He said that part of the investigation is still ongoing ... ¶ Two additional reports have been made ...,
        # but Leather could not provide any details': a sentence naming the speaker of "he" is the reporter's)
        speaker = named if a.mention.kind == "pronoun" and named is not None else a.mention
        if summary and a.mention.kind != "pronoun" and body[a.sentence_start - 1:a.sentence_start] == "\n":
            out.extend(_summary_runs_on(text, a, by_start))
            continue
        i = bisect.bisect_left(text.sent_starts, a.sentence_start)
        for k in range(i + 1, min(i + 4, len(text.sents))):
            s0, s1 = text.sents[k]
            sentence = body[s0:s1]
            if s0 in starts or "\n" in body[text.sents[k - 1][1]:s0] and \
                    not (k == i + 1 and _runs_on_over_paragraph(a, sentence)):
                break      # a new paragraph, or a sentence with a frame of its own
            listed = counted and k == i + 1 and _enumerates(sentence)
            if counted and not listed and body[a.end - 1:a.end] in '"”':
                break      # (a statement ending in quoted words runs on only into the list of what it counted)
            # (the speaker's words quoted inside a backshifted sentence of the report are the speaker's)
            quoted = any(ch in sentence for ch in '"“”') and not _terms_quoted_only(text, s0, s1)
            closed = not quoted and _closed_by_same_speaker(text, a, i, k, by_start)
            if not closed and not _quoted_words_run_on(text, s0, s1) and not listed and (quoted or not (
                    BACKSHIFT.search(sentence) or (
                    (briefing or k == i + 1 and _spokesperson_said_that(body, a)) and a.kind == "indirect" and
                    PRESENT.search(sentence) and not PAST.search(sentence) and
                    (briefed or not PAST.search(body, a.start, a.end))))) or \
                    any(q0 <= s0 < q1 for q0, q1 in taken) or \
                    any(not text.in_quote(c.start()) and not _passive_of_no_frame(body, s0, c)
                        for c in text.cues_in(s0, s1)) or _narrated(sentence, speaker) or \
                    FIRST_PERSON_OPENING.match(sentence) or FINDING_FRAME.search(sentence) or \
                    DOCUMENT_FINDING.match(sentence) or _asks(sentence, quoted):
                break      # (reported speech runs on in the third person: "We expect to have a statement on this
                           # shortly" after "Mongi Hamdi called for ..." is the briefer's own voice)
            start, end = trim_span(body, s0, s1)
            if end - start > 1:
                out.append(Attribution(start, end, "indirect", None, None, s0, s1, basis="continuation"))
    out.sort(key=lambda x: x.start)
    return out


# ... or, in any report, right after a spokesperson's present-tense "said (on DAY) that ..." in the same paragraph:
# "Vietnam's Foreign Ministry Spokesperson Le Thi Thu Hang said on Sunday that Vietnam has historical and legal
# evidence ... Any act by other countries on the two archipelagoes without Vietnam's permission is illegal and
# invalid." (VOV World; set AD 011): the spokesperson's stance goes on, one sentence.
SPOKESPERSON_SAID_THAT = re.compile(r"\s+(?:said|stated|affirmed|stressed|reiterated)\s+(?:on\s+[A-Z][a-z]+day\s+)?that\s*$")


def _spokesperson_said_that(body: str, a) -> bool:
    m = a.mention
    return m is not None and m.kind == "name" and bool(SPOKES_WORDS & set((m.role or "").lower().split())) and \
        SPOKESPERSON_SAID_THAT.search(body, m.end, a.start) is not None


# Words that count things ("Charles Clarke told BBC News there were at least three areas which needed "a coherent
# framework" ...", bbc-news/politics/181) ...
COUNTED_THERE = re.compile(r"\bthere\s+(?:were|would\s+be|had\s+been|are|will\s+be)\s+(?:at\s+least\s+|more\s+than\s+|"
                           r"only\s+|just\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|several|\d+)\s+[a-z]+")
# ... and the next sentence listing them with a demonstrative ("These were training for PE teachers, establishing more
# specialist schools and the development of partnerships ..."): the list is the speaker's, what they counted. A copula
# and a list, not a verb of what became of them ("These were later found ...", "These were arrested ...").
ENUMERATION = re.compile(r"\s*(?:These|Those)\s+(?:were|would\s+be|are|will\s+be)\s+(?![a-z]+(?:ed|en|ly)\b|"
                         r"(?:later|then|also|all|both|not|never|still|soon)\b)")


def _enumerates(sentence: str) -> bool:
    """Does the sentence list what the statement before counted ("These were A, B and C.")?"""
    m = ENUMERATION.match(sentence)
    return m is not None and "," in sentence[m.end():] and " and " in sentence[m.end():]


def _asks(sentence: str, quoted: bool) -> bool:
    """A question of the reporter's own, after the words it asks about: "... said ... that France is on the side of
    the terrorists. What is France’s response to those words by the Turkish minister?" (France's MFA; brief19)."""
    return not quoted and sentence.rstrip().endswith("?")


# A document's finding opening the sentence: "The report found a search would be possible but ..." is the report's,
# no run-on of the speaker before (quotes12).
DOCUMENT_FINDING = re.compile(r"(?:The|That|This|A|Its|Their)\s+(?:[a-z-]+\s+)?(?:report|study|survey|poll|review|"
                              r"analysis|audit|assessment|document|research)\s+(?:also\s+)?(?:found|finds|showed|shows|"
                              r"concluded|concludes|suggested|suggests|estimated|estimates)\b")
# 'Lim called the North's recent moves "very regrettable."', 'Pelosi called China's treatment of Uyghurs "an
# outrage ..."': calling something by quoted words is saying them (GUIDELINES: call / describe X as Y). Not
# 'called on/for', not the passive ('is called'), not a name ('a coin called the "Britannia"': no source before).
CALLED = re.compile(r"(call(?:ed|s|ing)|dub(?:bed|s|bing))\s+(?!(?:on|for|off|up|in|out|back|upon)\b)"
                    # (a pronoun object only before what it is called: "Tony Blair called him a "giant" of the Labour
                    # movement", bbc-news/politics/400; not "called him back")
                    r"(?!(?:it|him|her|them|me|us)\b(?!\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}?[\"“]|\s+[\"“]))")
CALLED_PASSIVE = re.compile(r"(?:\b(?:is|was|were|are|be|been|being|so|also|now|often|sometimes)|-)\s*$", re.I)
CALLED_OBJECT = re.compile(r"[^,;:()\n\"“”]{0,100}")
CALLED_NOT_OBJECT = re.compile(r"\b(?:which|who|is|was|are|were|has|had|will|would|said|says)\b|"
                               # (an infinitive is no object, a place the object goes to is: "called the walk back
                               # to the hotel “pretty insane.”", quotes12)
                               r"\bto\b(?!\s+(?:the|a|an|his|her|their|its|our)\b)|"
                               # (a demonstrative before a noun of what was said is an object: "Mr Howard called that
                               # suggestion "disgraceful"")
                               r"\bthat\b(?!\s+(?:suggestion|idea|claim|plan|proposal|move|decision|remark|comment|"
                               r"view|argument|policy|charge|accusation)\b)")
# (also a dash set off by spaces, the writer's aside after it, when something is called: 'Bowman calls the first budget
# of his second term "a balanced and responsible blueprint" — a sentiment not shared by one-third of city council.'
# (Winnipeg Free Press; set AU 004); not a name between dashes, 'the SVP has called a referendum — “No to Free
# Lawyers” — for June 5', nor a name with no object, 'a national campaign - one he calls ''Confident America'' -';
# PolNeAR)
CALLED_END = re.compile(r"\s*(?:[.,;!?)]|and\b|but\b|$)")
CALLED_DASH_END = re.compile(r"\s+[-–—]\s")
# ... and a participle after a comma the closing mark follows: '“fundamentally useless,” saying ...'
# (lexicon participle_frames)
PARTICIPLE_AFTER_COMMA = re.compile(r"\s+(?:%s)\b" % alternatives("participle_frames"))
# ... or a word that opens only a clause of its own: 'called the process "very uneventful," though she stressed she was
# excited ...' (The Canadian Press via SooToday; set BB 005; grammar.yml clause_openers_only)
CLAUSE_OPENER_AFTER_COMMA = re.compile(r"\s+(?:%s)\b" % alternatives("clause_openers_only"))
# ... or a few words closing the noun the quotation is part of: 'called him a "giant" of the Labour movement.', 'called
# it a "vote now, pay later" Budget.'
CALLED_TAIL = re.compile(r"(?:\s+(?!(?:and|but|who|which|that|as|after|because|when|while)\b)[\w'’-]+){1,5}?"
                         r"(?=\s*(?:[.,;!?)]|and\b|but\b|$))")

# ... or the capacity the one called holds: 'Liam Fox, on Saturday called him "a disappointment of historic proportions"
# as a prime minister.' (bbc-news/politics/414; set AV): "as a" or "as an" and a noun or two closing the clause (not
# "as he left", "as the protest ended")
CALLED_AS_TAIL = re.compile(r"\s+as\s+(?:a|an)\s+[\w'’-]+(?:\s+[\w'’-]+)?(?=\s*(?:[.;!?)]|$))")


# A postposed frame closing the clause a participle hangs on: "..., Harry Harris said Thursday, calling it a ..."
POSTPOSED_FRAME_BEFORE = re.compile(r",[”\"]?\s+((?:[A-Za-z][\w.'’-]*\s+){1,8}?)(said|says|told|added|stated)\b([^,;:\"“”]*),\s*$")


def _postposed_frame_subject(text: Text, s_start: int, at: int):
    """The speaker of the postposed frame ("..., Harry Harris said Thursday,") right before a participle at `at`,
    only an adjunct between its verb and the participle: [Mention] or None."""
    m = POSTPOSED_FRAME_BEFORE.search(text.body, max(s_start, at - 160), at)
    if m is None or not adjunct_only(m.group(3)):
        return None
    mentions = subject_before(text, m.start(1), m.start(2))
    return mentions if isinstance(mentions, list) and mentions and mentions[0] else None


# The comma closing a name set off after its role, commas on both sides: "The NDP’s health critic, France Gélinas,
# called the closures “horrifying.”" (set M's kind of news): no word between the subject and the verb (not "a novel
# by John Smith, called “The Road”": no comma before the name).
APPOSITION_CLOSE = re.compile(r"^\s*,")


def _words_before_verb(body: str, mention, verb_start: int) -> list[str]:
    """The words between a subject and its verb, the comma closing a name set off by commas not counted."""
    between = body[mention.end:verb_start]
    i = mention.start
    while i > 0 and body[i - 1].isspace():
        i -= 1
    return (APPOSITION_CLOSE.sub(" ", between) if i > 0 and body[i - 1] == "," else between).split()


# An aside set off by commas between the subject and "called": "Federal Northern Affairs Minister Dan Vandal, on a
# two-day visit to Iqaluit to promote the budget, called the amount a "down payment."" (The Canadian Press; set O)
SET_OFF_ASIDE = re.compile(r"\s*,[^,;:()\"“”\n]{1,100},\s*")
# ... not a participle's phrase before the clause's own verb: "Helen Steel and David Morris, from north London, dubbed
# the "McLibel Two", were found guilty ..." (bbc-news/entertainment/361)
FINITE_AFTER_CALLED = re.compile(r"\s*,\s*(?:were|was|are|is|have|has|had|will|would)\b")


def _relative_who_calls(body: str, mention, verb_start: int) -> bool:
    """'The sentiments were echoed by Alberta NDP leader Rachel Notley, who called the projected targets “a
    fantasy.”' (True North; set BB 011): a relative "who" right after the name's comma, adverbs only after it, is the
    name calling (subject_before gives the name before "who")."""
    words = body[mention.end:verb_start].split()
    return words[:2] == [",", "who"] and all(w.lower() in BETWEEN for w in words[2:])


def called_frames(text: Text, found):
    """'X called OBJECT "WORDS"': one indirect statement of X, OBJECT and WORDS (the quotation closing the clause)."""
    body = text.body
    out = []
    if "call" not in body and "dub" not in body:     # "The Law Society dubbed Mr Clarke's new proposals an "abuse ..."
        return out
    for m in CALLED.finditer(body):
        if body[m.start() - 1:m.start()].isalnum() or text.in_quote(m.start()):
            continue
        i = bisect.bisect_left(text.q_starts, m.end())
        if i == len(text.quotes):
            continue
        q = text.quotes[i]
        s_start, s_end = text.sentence_at(m.start())
        obj = body[m.end():q.open_mark]
        tail = None
        # (a comma inside the closing mark ends the clause as one after it does: 'called the current rent cap
        # “fundamentally useless,” saying it does little ...'; The Canadian Press, set AI)
        closed = CALLED_END.match(body, q.after, max(q.after, s_end)) or \
            CALLED_DASH_END.match(body, q.after, max(q.after, s_end)) and obj.strip() and \
            not obj.rstrip().endswith(("-", "–", "—")) or \
            ADVERBIAL_AFTER_QUOTE.match(body, q.after, max(q.after, s_end)) or \
            body[q.open_mark:q.after].rstrip("”\"’' ").endswith(",") and \
            (PARTICIPLE_AFTER_COMMA.match(body, q.after) or CLAUSE_OPENER_AFTER_COMMA.match(body, q.after))
        if q.open_mark <= s_end and not closed:
            tail = CALLED_TAIL.match(body, q.after, max(q.after, s_end)) or \
                CALLED_AS_TAIL.match(body, q.after, max(q.after, s_end))
            if tail is None or not re.match(r"(?:a|an|the)\s", obj.strip() + " ", re.I) and \
                    not re.fullmatch(r"\s*(?:it|him|her|them)\s+(?:a|an|the)\s+(?:[\w'’-]+\s+){0,2}", obj) and \
                    not (re.fullmatch(r"\s*(?:it|him|her|them)\s*", obj) and
                         re.match(r"[\"“](?:a|an|the)\s", body[q.open_mark:q.open_mark + 6], re.I)):
                continue     # (words after the quotation only when the quotation is part of a noun phrase "a ...")
        if q.open_mark > s_end or CALLED_OBJECT.fullmatch(obj) is None or CALLED_NOT_OBJECT.search(obj) or \
                len(body[q.start:q.end].split()) > 25 or \
                not (tail or closed):
            continue
        if CALLED_PASSIVE.search(body, s_start, m.start()):
            continue
        if m.group(1) in ("calling", "dubbing"):
            # '..., the South Korean Foreign Ministry issued a separate statement, calling the Russian ... comments
            # "substandard and biased."', '..., attacked government red tape and debt, dubbing Mr Brown "Sir
            # Wastealot"': the subject of the clause the participle hangs on
            if not body[s_start:m.start()].rstrip().endswith(","):
                continue
            mentions = clause_subject(text, s_start, m.start())
            if not (isinstance(mentions, list) and mentions and mentions[0]):
                mentions = _postposed_frame_subject(text, s_start, m.start())
            if isinstance(mentions, list) and mentions and mentions[0]:
                out.append(Attribution(m.end(), q.after, "indirect", m.group(1), mentions[0], s_start, s_end,
                                       shared=mentions[1:]))
            continue
        mentions = subject_before(text, s_start, m.start())
        if not isinstance(mentions, list) or not mentions[0] or \
                mentions[0].kind not in ("name", "surname", "pronoun", "body") or \
                any(w.lower() not in BETWEEN for w in _words_before_verb(body, mentions[0], m.start())) and \
                not (m.group(1).startswith("call") and SET_OFF_ASIDE.fullmatch(body, mentions[0].end, m.start()) and
                     not FINITE_AFTER_CALLED.match(body, q.after)) and \
                not _relative_who_calls(body, mentions[0], m.start()) or \
                re.match(r"(?:an?|one)\s", mentions[0].text, re.I):
            continue      # 'a collection from the cartoonist Garry Trudeau called "Yuge!"' names a thing
        start, end = m.end(), tail.end() if tail else q.after
        if any(a.start < end and start < a.end for a in found + out):
            continue
        out.append(Attribution(start, end, "indirect", m.group(1), mentions[0], s_start, s_end,
                               shared=mentions[1:]))
        # 'De Blasio, speaking on WOR710, called Trump a “blowhard,” and said his anti-Muslim remarks were ...'
        # (politico, PolNeAR): the coordinated verb's clause is the same speaker's
        second = len(out)
        _second_frame(text, end, s_end, mentions, s_start, out)
        if any(a.start < b.end and b.start < a.end for b in out[second:] for a in found):
            del out[second:]
    return out


# 'She called all the misinformation generated by Turkey about alleged Russian air strikes ... a lie', 'called the
# recent announcement ... completely unacceptable': a judgement closing the clause, no quotation marks (the quoted form
# is called_frames'). The object is short and has no clause of its own; what is said is the object and the judgement.
JUDGEMENT = led(r"\b(?P<verb>%s)\s+(?!(?:on|for|off|up|in|out|back|upon|it|him|her|them|me|us)\b)"
                       r"(?P<obj>[^,;:()\n\"“”]{3,160}?)\s+(?P<comp>(?:(?:%s)\s+)?(?:%s)|an?\s+(?:[a-z-]+\s+){0,2}(?:%s))"
                       r"(?=\s*(?:[.,;!?]|\band\b|\bbut\b|$))"
                       % (alternatives("judgement_verbs"), alternatives("judgement_adverbs"),
                          alternatives("judgement_adjectives"), alternatives("judgement_nouns")))


# A clause of its own after the judgement: "but" or "and", then a subject that is no pronoun of the speaker's
JUDGEMENT_RUN_ON = re.compile(r"\s+(?:but|and)\s+(?!(?:he|she|it|they|also|then|that|said|says|added|warned)\b)"
                              r"(?:[\w'’-]+\s+){1,4}(?:have|has|had|are|were|is|was|will|would)\b")


# What an object was judged as, after "as": a quotation, a judgement of the lexicon, or a phrase that opens one ("both
# unworkable and ...", "a ...", "too little"); not "as well as adversaries", "as he begins a nationwide tour", "as
# scrutiny heats up" (PolNeAR). Also read by filters.view_named_only ("criticised his policies as both unworkable ...").
JUDGED_AS = re.compile(r"\s+as\s+(?:[\"“]|(?:both|too|so|an?|nothing\s+but|little\s+more\s+than|%s|%s|%s)\b)"
                       % (alternatives("judgement_adverbs"), alternatives("judgement_adjectives"),
                          alternatives("judgement_nouns")))
# 'X attacked OBJECT as JUDGEMENT' (verbs.yml judged_as_verbs): the object and what it was judged as, to the quotation's
# closing mark or the clause's end: "his policies as both unworkable and not properly costed", 'Labour's six new
# pledges as "vacuous"' (bbc-news/politics/283, 007; set BA).
ATTACKED_AS = re.compile(r"\b(?:(?:has|have|had|also|again|both|[a-z]+ly)\s+){0,2}(?P<verb>%s)\s+"
                         r"(?P<obj>[^,;:()\n\"“”.!?]{3,100}?)(?P<comp>%s(?:[^\"“”\n]{0,160}?[\"”]|"
                         r"[^,;:()\n\"“”.!?]{0,160}?)(?=\s*(?:[.,;!?]|\band\b\s+(?:said|says|added|warned|told)\b|$)))"
                         % (alternatives("judged_as_verbs"), JUDGED_AS.pattern))


def judgement_frames(text: Text, found):
    """'X called OBJECT JUDGEMENT' (no quotation), 'X attacked OBJECT as JUDGEMENT': one indirect statement of X, the
    object and the judgement."""
    body = text.body
    out = []
    for m in [*JUDGEMENT.finditer(body), *ATTACKED_AS.finditer(body)]:
        if text.in_quote(m.start()) or CALLED_NOT_OBJECT.search(m.group("obj")):
            continue
        ran_on = [a for a in found if a.start == m.start("obj") and a.end > m.end("comp") and
                  JUDGEMENT_RUN_ON.match(body, m.end("comp"))]
        for a in ran_on:
            # 'Labour has already branded the proposal unworkable but party strategists have seen the Tories seizing
            # ...' (politics/334): the reported words ran on past the judgement into the reporter's next clause
            a.end = m.end("comp")
        if ran_on or any(a.start < m.end() and m.start() < a.end for a in found + out):
            continue
        s_start, s_end = text.sentence_at(m.start())
        if CALLED_PASSIVE.search(body, s_start, m.start()):
            continue     # "what is called a lie"
        mentions = subject_before(text, s_start, m.start())
        if not isinstance(mentions, list) or not mentions[0] or \
                mentions[0].kind not in ("name", "surname", "pronoun", "body", "title") or \
                body[mentions[-1].end:m.start()].strip():
            continue     # (the last of joint subjects right before the verb: "Labour and the Tories have attacked")
        out.append(Attribution(m.start("obj"), m.end("comp"), "indirect", m.group("verb"), mentions[0], s_start, s_end,
                               shared=mentions[1:]))
    return out


# 'groups like Migration Watch, which she described as an anti-immigration body posing as independent' (politics/025):
# a relative clause whose own subject pronoun frames a judgement of its antecedent, at the sentence's end; the words
# before the comma end there (spans.CONTENT_CUT). A judgement in quotation marks is a direct statement ('Mr Campbell,
# who he described as "very talented".', politics/009).
RELATIVE_DESCRIBED = re.compile(r",\s+(?:which|who|whom)\s+(?P<src>he|she|they)\s+(?:(?:has|had|have)\s+)?"
                                r"(?P<verb>%s)\s+as\s+(?P<comp>[\"“][^\"“”\n]{2,160}[\"”]|[^.,;:!?()\n]{3,160}?)"
                                r"(?=[.!?]?[\"”]?(?:\n|$)|[.!?][\"”]?\s)" % "|".join(words("relative_judgement_verbs")))


def relative_described_frames(text: Text, found):
    """'X, which she described as Y': one statement (Y) of the pronoun's speaker. Its sentence, for what the rules
    found, is the relative clause: the main clause stays open to the learned tagger when no rule framed it ('...
    stated that he had access to ... email server, which he described as “like an open orchid.”', PolNeAR)."""
    body = text.body
    out = []
    for m in RELATIVE_DESCRIBED.finditer(body):
        if text.in_quote(m.start()) or any(a.start < m.end("comp") and m.start("comp") < a.end for a in found + out):
            continue
        src = parse_np(tokens(m.group("src"), m.start("src")))
        if not isinstance(src, Mention):
            continue
        s_start, s_end = text.sentence_at(m.start())
        if body[m.end("comp"):s_end].strip(" .!?\"”\n"):
            continue     # (at the sentence's end only)
        start, end = m.start("comp"), m.end("comp")
        d = as_direct(text, start, end)
        out.append(Attribution(*(d or (start, end)), "direct" if d else "indirect", m.group("verb"), src, m.start(),
                               s_end))
    return out


# A judgement in quotation marks given in the passive, its judge after "by": 'Reports that Tony Blair is planning a snap
# general election ... have been described as "idle speculation" by Downing Street.' (bbc-news/politics/207, set AM),
# '... in a move branded a "humiliating retreat" by the Tories.' (politics/187, set Z): the quoted words are the
# judge's (set Z's convention). Only quoted words: "has been dubbed Britain's Guantanamo Bay by civil rights
# campaigners" names no one anyway.
PASSIVE_JUDGED = re.compile(r"\b(?P<verb>%s)\s+(?:as\s+)?(?P<comp>(?:(?:an?|the)\s+)?[\"“][^\"“”\n]{2,80}[\"”])\s+by\s+"
                            % "|".join(words("relative_judgement_verbs")))


def with_passive_judged_frames(text: Text, found):
    """'X has been described as "Y" by Z': one statement (the quoted judgement) of Z, a name or a body, the
    sentence ending after it (or a comma). Another's words that ran on into it, set off by a comma ("has announced
    plans to limit ..., in a move branded ..."), end before that comma."""
    body = text.body
    found, out = list(found), []
    for m in PASSIVE_JUDGED.finditer(body):
        if text.in_quote(m.start()) or any(a.start < m.end("comp") and m.start("comp") < a.end for a in out):
            continue
        s_start, s_end = text.sentence_at(m.start())
        mentions = np_after(text, m.end(), s_end)
        if not isinstance(mentions, list) or not mentions[0] or mentions[0].kind not in ("name", "surname", "body"):
            continue
        if body[mentions[-1].end:s_end].strip(" .!?\"”\n") and not body[mentions[-1].end:].lstrip().startswith(","):
            continue     # (the judge closes the sentence or its clause)
        over = [i for i, a in enumerate(found) if a.start < m.end("comp") and m.start("comp") < a.end]
        if over:
            i = over[0]
            a = found[i]
            comma = body.rfind(",", a.start, m.start())
            if len(over) > 1 or a.kind != "indirect" or comma < 0 or a.start >= m.start() or \
                    len(body[a.start:comma].split()) < 4:
                continue
            found[i] = replace(a, end=comma)
        out.append(Attribution(m.start("comp"), m.end("comp"), "indirect", m.group("verb"), mentions[0], s_start, s_end,
                               shared=mentions[1:], basis="agent"))
    return found + out


# "Chinese Foreign Minister Qin Gang’s (秦剛) statement that ...", "U.S President Donald Trump’s remarks that ...",
# "remarks made by Senator Ronald “Bato” dela Rosa that ...": a noun of speech whose clause is what its owner said.
_NOMINAL_NOUNS = "|".join(sorted(words("nominal_speech_nouns"), key=len, reverse=True))
_NOMINAL_NOUN_SET = tuple(words("nominal_speech_nouns"))
# ... its day between the noun and the clause ("US President Donald Trump's announcement on Wednesday that a 50 percent
# tariff would be imposed ...") or a participle for the "that" ("the White House's statement claiming China now faces
# up to a 245 percent tariff ..."; Global Times, set V 007, 008).
NOMINAL_OWNED = re.compile(r"[’']s?\s+(?:\([^()\n]{1,20}\)\s+)?(?:(?:recent|latest|earlier|previous|public)\s+)?"
                           r"(?:%s)s?\s+(?:(?:on\s+)?(?:%s)\s+)?(?:(?=that\s)|(?:claiming|saying|stating|asserting)\s+"
                           r"(?=[A-Z]|the\s|its\s|it\s))" % (_NOMINAL_NOUNS, WEEKDAY_NAMES))
# ... "a comment from David Davis, the U.K.’s Brexit secretary, that ...": the source, its apposition, the clause.
# ... "the statement of President Ferdinand “Bongbong” Marcos Jr. that ..." (The Philippine Star; set N 011).
NOMINAL_BY = re.compile(r"\b(?:%s)s?\s+(?:(?:made|issued|delivered)\s+)?(?:by|from|of)\s+(?P<src>[^,;:()\n]{3,80}?)"
                        r"(?:,\s+[^,;:()\n“”\"]{3,80}?,)?\s+(?=that\s)" % _NOMINAL_NOUNS)
RELATIVE_THAT = re.compile(r"that\s+(?:was|were|is|are|has|had|have|will|would|could|can)\b")
NAME_JOINERS = NAME_PARTICLES | {"of", "the"}     # "Ronald “Bato” dela Rosa", "the Ministry of ..."


def _owner(text: Text, s_start: int, pos: int):
    """The named person or body whose possessive ends at pos ("... Qin Gang’s"), or None."""
    toks = [t for t in tokens(text.body[s_start:pos], s_start) if t[0] not in {"“", "”", '"'}]
    k = len(toks)
    while k > 0 and (is_cap(toks[k - 1][0]) or (toks[k - 1][0].lower() in NAME_JOINERS and k < len(toks))):
        k -= 1
    m = parse_np(toks[k:]) if k < len(toks) else None
    if not isinstance(m, Mention) or m.kind not in ("name", "surname", "body") or is_place(m.name or m.text):
        return None     # "China's allegation that ...", "Beijing's claim that ...": a country's standing position
    return m


REJECTING = words("rejecting_verbs")


# ... and a party's, the party named as the noun's modifier, the noun the object of another's verb or preposition:
# "the Liberal Democrats backed Tory demands that the government's plans be put on hold" (politics/198), "he brushed
# off Labour suggestions a vote for his party would mean letting the Tories in" (politics/335); not the party as the
# subject of a verb ("Labour claims the policy is ...", the verb's frame)
_PARTY_NOUNS = "|".join(sorted(words("party_speech_nouns"), key=len, reverse=True))
NOMINAL_PARTY = re.compile(r"(?<=[a-z] )(?P<owner>%s)\s+(?:%s)\s+(?:that\s+|(?=(?:he|she|they|it|a|an|the|his|her|"
                           r"their|its)\s))" % ("|".join(sorted(ordered("party_modifiers"), key=len, reverse=True)),
                                                 _PARTY_NOUNS))
OWNERS_PARTICIPLE = re.compile(r"\s+(?:saying|adding|arguing|insisting|claiming|warning)\b")
NOT_BEFORE_PARTY = re.compile(r"\b(?:and|but|or|while|as|because|so|if|when|that|since)\s$")


def party_nominal_frames(text: Text, found):
    """'backed Tory demands that CONTENT': one indirect statement of the party."""
    body = text.body
    out = []
    for m in NOMINAL_PARTY.finditer(body):
        if text.in_quote(m.start()) or NOT_BEFORE_PARTY.search(body, max(0, m.start() - 10), m.start()):
            continue
        s_start, s_end = text.sentence_at(m.start())
        span = content_after(text, m.end(), s_end, "say")
        if span is not None and (frame := OWNERS_PARTICIPLE.search(body, span[0], span[1])):
            span = trim_span(body, span[0], frame.start())     # "Mr Blair derided Tory claims they could cut £35bn in
            #                                                     "wasteful spending" saying the party had got its sums
            #                                                     wrong" (politics/277): the deriding is his
        if span is None or span[1] - span[0] <= 1 or \
                any(a.start < span[1] and span[0] < a.end for a in found + out):
            continue
        owner = Mention(m.group("owner"), m.start("owner"), m.end("owner"), "body", name=m.group("owner"),
                        entity_kind="organization")
        out.append(Attribution(span[0], span[1], "indirect", None, owner, s_start, s_end, basis="nominal"))
    return out


def nominal_frames(text: Text, found):
    """'X's statement that CONTENT', 'remarks made by X that CONTENT': one indirect statement of X."""
    body = text.body
    out = []
    if not any(noun in body for noun in _NOMINAL_NOUN_SET):
        return out     # both patterns need one of the nouns: a substring test is far cheaper than their scans
    for rx in (NOMINAL_OWNED, NOMINAL_BY):
        for m in rx.finditer(body):
            if text.in_quote(m.start()):
                continue
            s_start, s_end = text.sentence_at(m.start())
            if rx is NOMINAL_OWNED:
                mention = _owner(text, s_start, m.start())
                if mention is not None and not body[s_start:mention.start].strip(" \t\n“\"‘'"):
                    # "Donald Trump's assertion Monday that more airstrikes are needed ... drew rebukes from the
                    # Pentagon ..." (Politico, PolNeAR): the noun is the sentence's subject, its clause runs into the
                    # reporter's predicate with no mark of where it ends
                    continue
            else:
                toks = [t for t in tokens(m.group("src"), m.start("src")) if t[0] not in {"“", "”", '"'}]
                while toks and toks[-1][0].endswith("ing") and toks[-1][0][:1].islower():
                    toks.pop()     # "a statement from the Beverly Hills Police Department confirming that ..."
                np_ = parse_np(toks)
                mention = np_ if isinstance(np_, Mention) and np_.kind in ("name", "surname", "body") else None
            if RELATIVE_THAT.match(body, m.end()):
                continue     # "a statement from the ministry that was issued on Monday": no clause of what was said
            span = content_after(text, m.end(), s_end, "say") if mention is not None else None
            if span is None:
                continue
            # "In response to X's remarks that CONTENT, the Spokesman said, ...": the clause ends before the
            # sentence's own frame.
            later = [a.mention.start for a in found if a.mention is not None and a.sentence_start == s_start
                     and span[0] < a.mention.start < span[1]]
            if later:
                comma = body.rfind(",", span[0], min(later))
                span = trim_span(body, span[0], comma) if comma > span[0] else (0, 0)
            # (the object of another speaker's verb is a statement of its own too: "And he confirmed Mr Blair's
            # insistence that no poll date had yet been set"; not the subject of a clause of theirs: "Michael Howard
            # has said a claim by Peter Hain that the Tory leader is acting like an "attack mongrel" shows ...")
            # (... and the words a verb of rejecting names are theirs: "refuted remarks made by Senator X that ...")
            if span[1] - span[0] <= 1 or any(a.start < span[1] and span[0] < a.end and not (
                    rx is NOMINAL_OWNED and a.start == mention.start and a.cue is not None and
                    CUE_FORMS.get(a.cue) not in ("say", "tell", "add")) and not (
                    a.start == m.start() and CUE_FORMS.get(a.cue or "") in REJECTING) for a in found + out):
                continue
            out.append(Attribution(span[0], span[1], "indirect", None, mention, s_start, s_end, basis="nominal"))
    return out


# '... said in a statement', 'X issued a statement': a statement reported, whose words a frame may give after it.
# (and 'The Government made the statement today in response to media enquiries': issue 8 seed round, held-out)
# Also a news release, the police's way ('... the Independent Investigation Unit of Manitoba said in a Thursday news
# release.'), and a release's own frame ('..., the unit's news release says.'), so that the next "the release said"
# goes on with its issuer.
# (also "in statement", no article: "..., Wisma Putra said in statement today." (Malay Mail; set AT 004))
STATEMENT_ISSUED = re.compile(r"\b(?:[Ii]n\s+a|[Ii]n(?=\s+statement\b)|issued\s+a|released\s+a|made\s+(?:a|the))\s+"
                              r"(?:[a-z]+\s+|(?:" + WEEKDAY_NAMES + r")\s+){0,2}"
                              r"(?:statement|post|release)\b|,\s+(?:the|its)\s+(?:[a-z]+['’]s\s+)?(?:news\s+)?"
                              r"release\s+(?:says|said|states|stated)\b"
                              # "..., statement by US Secretary of State Anthony Blinken says." (news.am; wire18)
                              r"|\b[Ss]tatement\s+(?:by|from)\s+(?:the\s+)?[A-Z]"
                              # '“...,” read a statement by the foreign ministry.' (News18; asia19)
                              r"|\breads?\s+a\s+statement\s+(?:by|from)\s")
# The subject of a postposed frame that is the release reported before: '..., the unit's news release says.',
# '..., the release said.'
# ... or the statement: "The test breached "the DPRK's moratorium of 2018 on intercontinental ballistic missile tests",
# the statement added." (The Straits Times; set AT 010), as '"...," the statement added.' is its issuer's
# (also after a clause that closes on a quoted part: 'The CCP's definitions were "ambiguous" and "any Taiwanese person
# could be defined as breaking their law," the statement said.'; Focus Taiwan, set AW 005)
RELEASE_SUBJECT = re.compile(r",[\"”]?\s+(?:the|its)\s+(?:[a-z]+['’]s\s+)?(?:(?:news|media|press)\s+)?(?:release|statement)\s+$")
# A sentence that only reports a statement issued, no words of it: "The Ministry of Foreign Affairs of Turkey issued a
# statement in connection with shelling of ...". Its subject is the issuer of the statement quoted after it.
ISSUED_A_STATEMENT = re.compile(r"\s(?:has\s+|have\s+|had\s+)?(?:(?:issued|released|published)\s+a|made\s+(?:a|the))\s+"
                                r"(?:[a-z]+\s+){0,2}statement\b")


def statement_issuer(text: Text, pos: int):
    """The subject Mention of the last sentence before pos (within 600 characters) that reports 'X issued a statement'
    with no frame of speech of its own, or None (then the speaker of a statement reported 'in a statement' before, in
    analyse.py)."""
    body = text.body
    for s0, s1 in reversed(text.sents):
        if s1 > pos:
            continue
        if pos - s1 > 600:
            break
        m = ISSUED_A_STATEMENT.search(body, s0, s1)
        if m is None or text.in_quote(m.start()):
            continue
        # ('The Government made the statement today in response to media enquiries about ... reports which carried
        # remarks made by ...': what follows "made the statement" tells its occasion, no frame of speech; nor does
        # what follows "issued a statement": its own participle or another's words the statement answers, "Argentina’s
        # Foreign Ministry issued a statement condemning British Defence Minister Liam Fox’s earlier remarks, in which
        # he stated that ..." (MercoPress, set K 010))
        if any(not text.in_quote(c.start()) and not c.start() > m.end() for c in text.cues_in(s0, s1)):
            return None     # "X said in a statement issued ...": the statement frame of analyse.py
        mentions = subject_before(text, s0, m.start() + 1)
        if isinstance(mentions, list) and mentions and mentions[0] is not None and \
                mentions[0].kind in ("name", "body", "title") and \
                re.fullmatch(r"\s*(?:[Tt]he\s+)?", body[s0:mentions[0].start]):
            return mentions[0]
        return None
    return None


# "The statement says that ...", "While cursing the attack, the statement informed that ...", "The statement also
# called on the Egyptian security forces to ...": the words of the statement's issuer, as '"...," the statement
# added.' (the subject of "X issued a statement" before it, else analyse.py's speaker of a statement reported 'in a
# statement' just before; with neither, no one's).
def issued_statement(text: Text, start: int, end: int, kind: str, cue, s0: int, s1: int, pos: int) -> Attribution:
    """Words of the statement reported before pos: its issuer's when the sentence reporting it names one
    (statement_issuer), else left to analyse.py to give to the speaker of that sentence (basis "statement")."""
    issuer = statement_issuer(text, pos)
    return Attribution(start, end, kind, cue, issuer, s0, s1, basis=None if issuer is not None else "statement")


STATEMENT_SUBJECT = re.compile(r"(?:(?:While|In|On|Besides)\s[^,.;:\"“”]{1,60},\s+)?(?:[Tt]he|[Tt]his)\s+"
                               r"(?:[a-z]+['’]s\s+)?(?:written\s+|same\s+)?statement\s+(?:also\s+|further\s+)?"
                               r"(?:(?:says|said|stated|states|added|adds|noted|notes|stressed|stresses|underlined|"
                               r"emphasi[sz]ed|informed|read|reads|warned|affirmed|reiterated)\s+that|"
                               r"(?:called\s+on|calls\s+on|urged|urges))\s+")


def statement_subject_frames(text: Text, found):
    body = text.body
    out = []
    if "tatement" not in body:
        return out
    taken = [(a.start, a.end) for a in found]
    for s0, s1 in text.sents:
        m = STATEMENT_SUBJECT.match(body, s0)
        if m is None or text.in_quote(s0) or any(a < s1 and b > s0 for a, b in taken):
            continue
        if not STATEMENT_ISSUED.search(body, max(0, s0 - 600), s0):
            continue     # no statement reported before it: a document's words ("The statement of accounts shows")
        start, end = trim_span(body, m.end(), s1)
        if len(body[start:end].split()) < 4:
            continue
        cue = re.sub(r"\s+", " ", body[m.start():m.end()].split("statement")[-1]).strip()
        cue = re.sub(r"^(?:also|further) ", "", cue).removesuffix(" that")
        out.append(issued_statement(text, start, end, "indirect", cue, s0, s1, s0))
    return out


# A sentence naming who made the statement before it (the lead of Vietnamese and Chinese agency copy): "Vietnam
# respects ... ASEAN. Foreign Ministry spokesperson Le Hai Binh made the statement when responding to ...", "The US
# report fails to ... The statement was made by Foreign Ministry Spokesman Le Hai Binh on Monday ...".
MADE_BY = re.compile(r"(?:The|This|That|These|Those|Such)\s+(?:statements?|remarks|comments?|affirmation)\s+(?:was|were)\s+"
                     r"(?:made|given|delivered|voiced)\s+by\s+")
MADE_THE = re.compile(r"\s(?:made|gave|delivered|voiced)\s+(?:the|this|these|those|such)\s+(?:statements?|remarks|comments?|"
                      # ... or the claims the sentence before reports: "National Security Advisors of both countries are
                      # reportedly in touch with each other ... Pakistan’s Deputy Prime Minister and Foreign Minister,
                      # Ishaq Dar, made the claims while speaking to a foreign news agency." (ETV Bharat; set AK 008)
                      r"claims?)\b|"
                      # ... or "said this" before the occasion: "India hopes peace will be restored ... ¶ Foreign
                      # ministry spokesperson Randhir Jaiswal said this while addressing a weekly briefing ..."
                      # (Prothom Alo; seed23), not "said this was ..." (a clause after the verb)
                      r"\s(?:said|stated)\s+this\s+(?=(?:while|when|at|during|in\s+(?:a|an|his|her|the)|on)\b)")


# The frame of an unnamed official closing a sentence: ", a health official said Saturday, citing monitoring results."
UNNAMED_OFFICIAL_TAIL = re.compile(r",\s+(?:an?|another)\s+(?:[\w'’-]+\s+){0,4}(?:official|" + ONE_SPOKESPERSON + r")\s+"
                                   r"(?:said|says|told\s+(?:reporters|journalists|a\s+press\s+conference))"
                                   r"(?:\s+(?:on\s+)?(?:" + WEEKDAY_NAMES + r"|today|"
                                   r"yesterday))?(?:,\s+(?:citing|quoting)\s[^\"“”]*)?[.!]?$")
# ... and the next sentence naming an official as the one who made the remarks: "Mi Feng, a spokesperson for the
# National Health Commission, made the remarks ..." (not "David Myers made the comments", a witness's words reported).
NAMED_OFFICIAL_MADE = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+,\s+(?:an?|the)\s+[^,]{0,80}?\b(?:official|"
                                 + ONE_SPOKESPERSON + r"|minister|director|director-general|head|chief)\b[^,]{0,80},"
                                 r"\s+made\s+(?:the|these|those)\s+(?:remarks|comments?|statement)\b")


def _unnamed_official_frame(body: str, start: int, end: int, n0: int, n1: int) -> int | None:
    """Where the content ends before an unnamed official's frame closing body[start:end], when the next sentence
    (body[n0:n1]) names an official as the one who made the remarks; else None."""
    tail = UNNAMED_OFFICIAL_TAIL.search(body, start, end + 1 if body[end:end + 1] in ".!" else end)
    if tail is None or not NAMED_OFFICIAL_MADE.match(body, n0, n1):
        return None
    return tail.start()


# A lede's frame of an unnamed official closing it: ", an official with the country's top economic planning body said
# Monday.", ", an energy official said on Wednesday." (Xinhua; set U): "a/an", up to four words, the official, a
# postmodifier ("with/from/of/at X") and the verb with its day.
UNNAMED_OFFICIAL_CLOSING_LEDE = re.compile(
    r",\s+(?:an?|another)\s+((?:[\w'’-]+\s+){0,4})(?:official|" + ONE_SPOKESPERSON + r")"
    r"((?:\s+(?:with|from|of|at|in)\s+[^,.;\"“”]{1,80}?)?)\s+(?:said|says|told\s+(?:reporters|journalists|a\s+press\s+"
    r"conference))(?:\s+(?:on\s+)?(?:" + WEEKDAY_NAMES + r"|today|yesterday))?\s*[.!]?\s*$")
# ... and the named official of the next paragraph's frame: the name and its description set off by commas, the
# description headed by an official's title ("Zhao Chenxin, secretary general of the National Development and Reform
# Commission (NDRC), told a press conference", "said He Yang, an official from the National Energy Administration,").
OFFICIAL_DESCRIPTION = re.compile(r"\s*,\s+(?:an?\s+|the\s+)?[^,]{0,100}?\b(?:official|" + ONE_SPOKESPERSON +
                                  r"|secretary(?:\s+general|-general)?|director(?:-general)?|minister|vice-minister|"
                                  r"administrator|commissioner|chairman|chairwoman|chairperson|head|chief)\b[^,]{0,100},")


def official_named_next_frames(text: Text, found):
    """A news lede's words closed by an unnamed official's frame ("China's electricity supply is largely stable, an
    official with the country's top economic planning body said Monday.") are the words of the official the next
    paragraph introduces as speaking, by name and an official's description set off by commas ("Household electricity
    consumption ... has not been affected, Zhao Chenxin, secretary general of the National Development and Reform
    Commission (NDRC), told a press conference."; Xinhua via People's Daily, set U 007 and 008): the wire's way of
    naming its source a sentence late. Only a lede (a paragraph of one sentence, the body's first with words of its
    own), only when the lede's description names no other country or body than the official's (no capitalised word
    the next sentence lacks), and only a person named there for the first time."""
    body = text.body
    out = []
    if " official " not in body and "spokes" not in body:
        return out
    for (p0, p1), (n0, n1) in zip(text.sents, text.sents[1:]):
        tail = UNNAMED_OFFICIAL_CLOSING_LEDE.search(body, p0, p1)
        if tail is None and any(not text.in_quote(k.start()) for k in text.cues_in(p0, p1)):
            break     # (the lede only: no sentence before it with a frame of its own)
        if tail is None:
            continue
        if any(a.start < p1 and a.end > p0 for a in found) or "\n" not in body[p1:n0 + 1] or \
                not (p0 == 0 or body[:p0].rstrip(" ").endswith("\n")):
            break     # (the lede a paragraph of one sentence, nothing in it framed already)
        named = _persons_named_framing(found, n0, n1)
        name_at = body.find(named[0].mention.name) if len(named) == 1 else -1
        if name_at < n0 or not OFFICIAL_DESCRIPTION.match(body, name_at + len(named[0].mention.name), n1):
            break     # (one person, named there first, with an official's description; not another person)
        described = set(re.findall(r"\b[A-Z][\w'’-]+", tail.group(1) + tail.group(2)))
        if described - set(re.findall(r"[\w'’-]+", body[n0:n1])):
            break     # ("..., a US official said. ¶ ..., Chinese spokesman X said": another country's official)
        closed = _words_closed_by_frame(body, p0, p1, tail, named[0].mention, "said")
        if closed is not None:
            out.append(closed)
        break
    return out


def _persons_named_framing(found, n0: int, n1: int) -> list:
    """The attributions framed in the sentence n0-n1 by a person named in full (two words or more, no body)."""
    return [a for a in found if n0 <= a.sentence_start < n1 and a.mention is not None and a.mention.kind == "name" and
            a.mention.name and len(a.mention.name.split()) >= 2 and
            getattr(a.mention, "entity_kind", None) != "organization"]


def _words_closed_by_frame(body: str, p0: int, p1: int, tail, mention: Mention, cue: str) -> Attribution | None:
    """The sentence's words before the frame closing it (tail: the frame's match), a dateline's lead cut, said by the
    mention a later sentence names, its text now the closing frame's words; None when fewer than ten characters."""
    start, end = trim_span(body, p0, tail.start())
    dateline = DASH_DATELINE_LEAD.match(body, start, end)
    start = dateline.end() if dateline else start
    if end - start < 10:
        return None
    mention = replace(mention, text=body[tail.start() + 1:tail.end()].strip(), start=tail.start() + 1, end=tail.end())
    return Attribution(start, end, "indirect", cue, mention, p0, p1)


# A sentence closed by a passive frame whose subject is a legislature told the words: "Malaysia has to exercise caution
# in positioning itself ..., the Dewan Rakyat was told today." (Selangor Journal; set AN 004)
HOUSES_TOLD = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(ordered("houses_told"), key=len, reverse=True))
HOUSE_TOLD_CLOSING = re.compile(
    r",\s+(?:the\s+)?(?:" + HOUSES_TOLD + r")\s+(?:was|were)\s+told(?:\s+(?:today|yesterday|this\s+(?:morning|"
    r"afternoon|evening)|(?:on\s+)?[A-Z][a-z]+day))?\s*[.]?\s*$")


ANSWERING_OFFICE = re.compile(r"\b(?:[Mm]inister|[Ss]ecretary|[Cc]hancellor|[Aa]ttorney[- ][Gg]eneral)\b")


def house_told_named_next_frames(text: Text, found):
    """Words closed by a legislature's being told them ("..., the Dewan Rakyat was told today.") are the words of the
    minister or secretary the next sentence names as speaking ("In this regard, Foreign Affairs Minister Datuk Seri Mohamad Hasan
    said, every invitation ... must be carefully considered."; Selangor Journal, set AN 004): the one person, named
    by two words or more, who frames a statement in the sentence right after, with nothing framed in the first."""
    body = text.body
    out = []
    if " was told" not in body and " were told" not in body:
        return out
    for (p0, p1), (n0, n1) in zip(text.sents, text.sents[1:]):
        tail = HOUSE_TOLD_CLOSING.search(body, p0, p1)
        if tail is None or text.in_quote(tail.start()) or body[p1:n0].count("\n\n") > 1 or \
                any(a.start < p1 and a.end > p0 for a in found):
            continue
        named = [a for a in _persons_named_framing(found, n0, n1) if ANSWERING_OFFICE.search(a.mention.role or "")]
        if len({a.mention.name for a in named}) != 1:
            continue     # (a minister or secretary answering the House, not a member reacting to the words)
        closed = _words_closed_by_frame(body, p0, p1, tail, named[0].mention, "told")
        if closed is not None:
            out.append(closed)
    return out


def _infinitive_of_action(body: str, start: int, end: int) -> bool:
    """A cue's word as an infinitive with an object, no frame: "so as to maintain peace, stability ..." (VOV: "Vietnam
    consistently pursues a policy ... so as to maintain peace ... Defense Minister Phung Quang Thanh made the statement
    ..."; seed13); not "went on to say that ...", "to maintain: ..."."""
    return bool(re.search(r"\bto\s+$", body[max(0, start - 4):start])) and \
        not re.match(r"\s*(?:that\b|[:,\"“])", body[end:end + 8])


def _framed_before(found, sents, p0: int, mention) -> bool:
    """Does the sentence before the one at p0 hold a statement already framed with the same speaker (by the last word
    of the name: "Le Thi Thu Hang" ... "Hang made the statement")?"""
    k = next((i for i, (a, _) in enumerate(sents) if a == p0), None)
    if not k or not getattr(mention, "name", None):
        return False
    q0, q1 = sents[k - 1]
    last = mention.name.split()[-1]
    return any(q0 <= a.start < q1 and a.mention is not None and getattr(a.mention, "name", None) and
               a.mention.name.split()[-1] == last for a in found)


def made_by_frames(text: Text, found):
    """The sentence before 'X made the statement ...' / 'The statement was made by X ...', when nothing frames it:
    one statement of X (indirect, or direct when all of it is quoted)."""
    body = text.body
    out = []
    if "statement" not in body and "remark" not in body and "comment" not in body and "affirmation" not in body and \
            " this " not in body and " claim" not in body:
        return out
    taken = [(a.start, a.end) for a in found]
    for (p0, p1), (n0, n1) in zip(text.sents, text.sents[1:]):
        m = MADE_BY.match(body, n0)
        if m:
            mentions = np_after(text, m.end(), n1)
            cue = "made"
        else:
            v = MADE_THE.search(body, n0, n1)
            if v is None or text.in_quote(v.start()):
                continue
            mentions = subject_before(text, n0, v.start() + 1)
            cue = "made"
        if not isinstance(mentions, list) or not mentions or not mentions[0] or \
                mentions[0].kind not in ("name", "surname", "body", "title"):
            continue
        if _framed_before(found, text.sents, p0, mentions[0]):
            continue     # "..., said the Foreign Ministry’s Spokesperson Le Thi Thu Hang on November 30. ¶ DPRK launched
            #              intercontinental ballistic missile on November 29. ¶ Hang made the statement at ...": the
            #              statement made is the one framed before, the sentence between a photo's caption (Hoa Binh
            #              newspaper; set AK 007)
        start, end = trim_span(body, p0, p1)
        sentence = body[start:end]
        if len(sentence.split()) < 6 or not re.search(r"[.!?][\"”’»]?\s*$", body[p0:p1]) or \
                any(a < p1 and b > p0 for a, b in taken) or text.in_quote(p0) and not as_direct(text, start, end):
            continue
        unnamed = _unnamed_official_frame(body, start, end, n0, n1)
        if unnamed is not None:
            end = unnamed     # "..., a health official said Saturday, citing monitoring results. ¶ Mi Feng, a
            #                   spokesperson for the National Health Commission, made the remarks ...": the official
            #                   described in the lead is the one named next (Xinhua; seed13)
        elif any(not text.in_quote(c.start()) and not _infinitive_of_action(body, c.start(), c.end())
                 for c in text.cues_in(p0, p1)):
            continue     # "..., a witness has told jurors. David Myers made the comments ...": a frame of its own
            #              (an unnamed source's, dropped): not the whole sentence as content
        d = as_direct(text, start, end)
        if d:
            start, end = d
        out.append(Attribution(start, end, "direct" if d else "indirect", cue, mentions[0], p0, p1))
    return out
