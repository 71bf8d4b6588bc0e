"""What a frame found but is no statement: an ordered list of small named rules over (content, cue).

Run on news (not on transcript turns or a release's own paragraphs, where any answer counts). Each rule
returns True when the content is no statement; `not_a_statement()` names the first that fires.
"""
import re
from functools import lru_cache
from itertools import islice

from ..gazetteer import places
from ..lexicon import alternatives, words
from .indirect import ACTS, JUDGED_AS
from .layout import DEFENDED_CASE
from .lexicon import CUE_FORMS, OBJECT_IN_CONTENT, SCORE_ADDED, TITLE_WORDS, WEEKDAY_NAMES
from .mentions import NAME_HEADS

CONDEMNING = set(words("condemning_verbs"))
REJECTING = set(words("rejecting_verbs"))

WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|\d+")
PREPOSITIONS = {"of", "in", "on", "for", "to", "with", "by", "at", "from", "over", "and", "or"}
CLAUSE_PREPOSITIONS = PREPOSITIONS - {"and", "or"}     # what opens a phrase, not a clause
DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those", "some"}


FIRST_WORDS_KEPT = 7     # the most any rule asks for


def first_words(content: str, n: int) -> list[str]:
    """The first n words of content, lower-cased (rules that look at short contents need no more). The rules of one
    content ask for 1 to 7 of them: its first seven are found once (_first_words) and each rule takes its share."""
    if n <= FIRST_WORDS_KEPT:
        return list(_first_words(content)[:n])
    return [m.group().lower() for m in islice(WORD.finditer(content), n)]


@lru_cache(maxsize=16)
def _first_words(content: str) -> tuple:
    return tuple(m.group().lower() for m in islice(WORD.finditer(content), FIRST_WORDS_KEPT))


def fragment(content: str, base: str | None) -> bool:
    """'it was', './', 'He said' (a heading "He said, she said" before its words; Zyte, the lead's round 31): a cut-off
    fragment."""
    ws = first_words(content, 3)
    return not ws or (len(ws) < 3 and all(w in words("fragment_words") or w in CUE_FORMS for w in ws))


def cut_at_a_subordinator(content: str, base: str | None) -> bool:
    """'That happened when' (the learned model's content before 'Lucy wrote to his office saying'): words cut off
    at a subordinating word, whose clause is not there."""
    ws = content.split()
    return 0 < len(ws) <= 8 and ws[-1].lower().strip(",;:") in words("clause_openers_only")


def cut_at_a_relative(content: str, base: str | None) -> bool:
    """'Antoinette Sandbach shared a screenshot of WhatsApp messages which' (the learned model's content before "she
    said were sent to her by a male Tory MP"; BBC, bbc20): words cut off at a relative pronoun, its clause not there."""
    ws = content.split()
    return bool(ws) and ws[-1].lower().strip(",;:") in words("relative_pronouns")


def manner_only(content: str, base: str | None) -> bool:
    """'(he said) without elaborating', '(said) without giving details': how it was said, nothing more."""
    return re.fullmatch(r"without\s+[a-z]+ing\b[^,;:]{0,40}", content) is not None


def question_put(content: str, base: str | None) -> bool:
    """'Gormley also asked Wall if he’s ruled out completely ever seeking a federal position?': a yes-or-no question put
    to someone says nothing of the asker's own ('asked Ottawa to ...' is a request, and speech; "asked how police were
    supposed to interpret the rules" a point made; CJME, quotes14)."""
    return base == "ask" and re.match(r"(?:[\w'’.-]+\s+){1,4}?(?:if|whether)\b", content) is not None


def answered_questions(content: str, base: str | None) -> bool:
    """'(answered) questions regarding citizen protection', 'reporters' questions at a regular press
    conference', '(responded) to press queries during the regular briefing', '(answering) an urgent question on
    emergency measures ... from lawmaker X': what was asked, not what was said."""
    answering = base in ("respond", "reply", "answer")
    if answering:
        content = re.sub(r"^to\s+", "", content)
    # (what was answered may carry adjectives; 'the Taiwan question is ...' said is a statement)
    # (also counted: "the New Democrats have asked 33 questions about tainted meat"; Maclean's, quotes22)
    return bool(re.match(r"(?:(?:the|a|an|several|some|many|\d[\d,]*|reporters?['’]?s?|journalists?['’]?s?|"
                         r"media|press|"
                         r"a\s+range\s+of)\s+)*%s(?:questions?|quer(?:y|ies))\b" %
                         (r"(?-i:[a-z][\w-]*\s+){0,2}?" if answering else ""), content, re.I)) and \
        (answering or not QUESTION_IS.search(content))     # 'said the question of Taiwan is ...' is a statement


# (the past forms too: reported speech shifts its tense, "He said the question sounded "very neutral" and
# "balanced"" (bbc-news/politics/142; setl))
QUESTION_IS = re.compile(r"\b(?:questions?|quer(?:y|ies))\b[^;:]{0,150}?\b(?:is|are|was|were|has|have|had|will|would|must|"
                         r"should|shall|can|could|may|might|remain(?:s|ed)?|needs?|needed|requires?|required|"
                         r"deserves?|deserved|seem(?:s|ed)?|appear(?:s|ed)?|sound(?:s|ed)?|look(?:s|ed)?|"
                         r"bec(?:ame|omes?))\b", re.I)


# ("Here's how far we've come ..." is a sentence of its own, no place: a tweet quoted in a White House roundup, the
# lead's round 31)
OCCASION_OPENING = re.compile(r"(?:during|here at|here(?![’']s\b)|at a|at the|on the sidelines|in response to|in reply to|"
                              r"this during|outside (?:his|her|their|the) (?:hotel|home|house|office|residence|"
                              r"court|courthouse|parliament|building|venue|meeting))\b", re.I)
# ("he told reporters outside his hotel in central Vienna ahead of Wednesday's OPEC meeting": AFP copy)


# A clause's subject pronoun and finite verb after an occasion phrase left without its comma (bbc-news/politics/223;
# setl).
CLAUSE_AFTER_OCCASION = re.compile(r"\s(?:he|she|they|we|I|it|there)\s+(?:had|has|have|was|were|would|will|could|should|"
                                   r"might|must|is|are|did|does|do|[a-z]+ed)\b")
# ... not one inside a subordinate part of the occasion ("at a press briefing when answering a question on the
# Pentagon saying that it could not confirm ...", own set B docs-b/wire/076).
OCCASION_SUBORDINATE = re.compile(r"\b(?:that|when|which|who|whom|where|while|whether|if|as|saying|answering|responding|"
                                  r"replying|referring|commenting)\b", re.I)


def occasion_only(content: str, base: str | None) -> bool:
    """'During the weekly MEA briefing', 'here at a weekly press briefing': where it was said, not what; unless a
    clause follows the phrase ('during operation Devi Shakti, the majority of the Indians were evacuated')."""
    if not OCCASION_OPENING.match(content):
        return False
    after = content.split(",", 1)[1].strip() if "," in content else ""
    if not after and (clause := CLAUSE_AFTER_OCCASION.search(content)) and \
            not OCCASION_SUBORDINATE.search(content, 0, clause.start()):
        after = content[clause.start():].strip()     # ('Mr Kennedy said during his nearly 22 years in Parliament he
        #                                               had seen prime ministers ... come and go': no comma, a clause)
    return not (len(WORD.findall(after)) >= 4 and _has_predicate(after) and
                not re.match(r"(?:which|who|whom|whose|where|when|while|as|and|but)\b", after, re.I))


# Verbs that present or judge a plan or a view named by their object: the object alone says nothing ("As his party
# set out detailed asylum reform plans", "Mr Brown outlined his view of the direction New Labour should be taking",
# "The Tories criticised the Lib Dem stance"); "set out plans to cut 100,000 jobs" says what the plans are.
PRESENTING_VERBS = {"set out", "outline", "criticise", "criticize", "detail", "explain"}
CONTENTLESS_OBJECT = re.compile(
    r"(?:(?:the|a|an|his|her|its|their|our|this|these|[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}[’']s?)\s+)?"
    r"(?:[\w’'-]+\s+){0,3}?(?:(?:view|views|stance|position|thoughts|vision)(?:\s+(?:of|on|about|over)\b.*)?|"
    r"plans|proposals|ideas|case|approach|policy|policies|agenda|strategy)"
    r"(?:\s+(?:after|before|when|as|at|during|amid|on\s+(?:" + WEEKDAY_NAMES + r"))\b.*)?",
    re.S)


def view_named_only(content: str, base: str | None) -> bool:
    """The object of a verb presenting or judging names a plan or a view and says nothing of it."""
    return base in PRESENTING_VERBS and CONTENTLESS_OBJECT.fullmatch(content) is not None and \
        not JUDGED_AS.search(content)     # ("The Tories criticised his policies as both unworkable and ...")


def topic_only(content: str, base: str | None) -> bool:
    """'Regarding Premier Shehbaz’s visit to China' (', she was responding to a question'): what it was about, not
    what was said; unless a clause goes with it ('Regarding Taiwan, China's position is ...')."""
    return bool(TOPIC_OPENING.match(content)) and not _has_predicate(content)


TOPIC_OPENING = re.compile(r"(?:regarding|concerning|as for|as to|with regard to|in regard to|on the (?:issue|question) of)\b",
                           re.I)


def _has_predicate(text: str) -> bool:
    ws = WORD.findall(text)
    return any(_auxiliary_or_past(w, i) or
               (i > 0 and w.lower().endswith("s") and w[:1].islower() and
                ws[i - 1].lower() not in DETERMINERS | PREPOSITIONS and
                (ws[i - 1][:1].islower() or ws[i + 1:i + 2] and ws[i + 1].lower() in {"to", "that", "a", "the"}))
               for i, w in enumerate(ws))


def _auxiliary_or_past(w: str, i: int) -> bool:
    """Is word w, the i-th of its words, an auxiliary or a past form ("has", "pleaded", "sent" after the first)?"""
    return w.lower() in AUXILIARIES or (w.lower().endswith("ed") and len(w) > 4) or (w in IRREGULAR_PAST and i > 0)


AUXILIARIES = words("auxiliaries")
IRREGULAR_PAST = words("irregular_past")


def territorial_claim(content: str, base: str | None) -> bool:
    """'China claims most of the South China Sea': 'claim' with a noun phrase owns, it does not speak."""
    if base != "claim" or re.match(r"\s*that\b", content):
        return False
    parts = re.split(r"[,;:]", content, 2)
    # ... but the subject of a clause, an aside between commas, then its predicate: "claimed that four Cabinet
    # Ministers, having links with RAW ..., had leaked information ..." (Daily Mirror Sri Lanka; seed16)
    return not _has_predicate(parts[0]) and not (len(parts) == 3 and re.match(r"\s*(?:having|who|which)\b", parts[1])
                                                and _has_predicate(parts[2]))


def no_clause(content: str, base: str | None) -> bool:
    """'answered every call', 'answered: In his first briefing to the press on January 4': a verb that reports only
    a clause (data/lexicon clause_only) with no clause after it did not report speech."""
    if base not in words("clause_only") or base == "claim":
        return False
    ws = WORD.findall(content)
    return bool(ws) and \
        (ws[0].lower() in CLAUSE_PREPOSITIONS | {"every", "each", "during", "about"} or _adverb_alone(content, ws)) and \
        not {re.split(r"['’]", w.lower())[0] for w in ws} & SUBJECT_PRONOUNS and \
        not re.search(r"[.!?]\W*$", content) and \
        not _has_predicate(content)      # "Of course I trust the prime minister." is a clause; so is "... – I'm
                                         # confident" (a subject pronoun's contraction, quotes12)


SUBJECT_PRONOUNS = {"i", "we", "you", "he", "she", "they", "it", "there"}


def _adverb_alone(content: str, ws) -> bool:
    """'Sen. Marco Rubio responded first, ripping into President Barack Obama ...', 'responded quickly to the news'
    (PolNeAR): an adverb of the verb, then a comma or a preposition, no clause said."""
    first = ws[0].lower()
    if not (first in MANNER_ADVERBS or first.endswith("ly") and len(first) > 4):
        return False
    # (one word alone is a word said: '"Absolutely," Sanders said')
    # ... or a state the speaker was in, no clause said ('"You guys are funny, ...," he said, genuinely happy to talk
    # into yet another tape recorder.': bbc-news/sport/473; no_clause checks that no predicate follows)
    return len(ws) > 1 and (ws[1].lower() in CLAUSE_PREPOSITIONS or ws[1].lower() in STATE_ADJECTIVES or
                            re.match(r"\s*%s\s*," % re.escape(ws[0]), content) is not None)


MANNER_ADVERBS = {"first", "back", "later", "again", "immediately", "swiftly", "angrily", "forcefully"}
STATE_ADJECTIVES = set(words("state_adjectives"))


def source_only(content: str, base: str | None) -> bool:
    """'Chinese foreign ministry spokesperson' ('..., Wang Wenbin, the remarks in response to ...'): a title, the
    words of who spoke, not of what was said."""
    ws = first_words(content, 7)
    return 0 < len(ws) <= 6 and (ws[-1] in NAME_HEADS or _title_of_country(ws)) and \
        not set(ws) & SUBJECT_PRONOUNS and not _has_predicate(content)


def _title_of_country(ws) -> bool:
    """'The president-elect of Brazil' (before ", Luiz Inácio Lula da Silva, announced this Thursday the names ...";
    cmio.org, dates19): a title and whose it is, the words of who spoke."""
    k = ws.index("of") if "of" in ws else 0
    return ws[0] == "the" and 1 < k <= 3 and k == len(ws) - 2 and \
        all(w in TITLE_WORDS or w == "elect" for w in ws[1:k]) and places().get(ws[-1]) == "country"


def declared_act(content: str, base: str | None) -> bool:
    """'The board also declared a regular quarterly cash dividend ...', 'declared a state of emergency': an act
    named by a verb of speech (the tagger's cues too; extract/indirect.py ACTS); not the subject of the clause
    declared ("declared that an emergency exists in the State of Mississippi and ordered Federal assistance": the
    President's declaration, as "a major disaster exists"; whitehouse-briefing-room)."""
    m = ACTS.match(content) if base in {"declare", "announce"} else None
    return m is not None and not CLAUSE_VERB_AFTER.match(content, m.end())


# A finite verb right after the act's noun: the noun opens the clause declared ("an emergency exists", "war is ...").
CLAUSE_VERB_AFTER = re.compile(r"\s+(?:exists?|existed|is|was|has|had|remains|continues|will|would|must)\b")


def condemnation_only(content: str, base: str | None) -> bool:
    """'condemned an attack on a UN vehicle in Kabul': a noun phrase condemned says no more than that (GUIDELINES:
    "condemned the attack" without content is no statement; so "denounced the attack"); 'condemned X as Y',
    '... for Y', 'that ...' say more."""
    # (nor with a participle of saying after it: 'USAir rejected the offer yesterday, calling it a last-minute attempt
    # to interfere with its takeover of Piedmont Aviation Inc', Reuters)
    return base in CONDEMNING and not re.search(r"\b(?:as|for|that|because)\b|[\"“”:]|,\s+(?:calling|saying|describing|"
                                                r"branding|labell?ing|terming|arguing|insisting|adding)\b", content) and \
        not _has_predicate(COMPOUND.sub("", content))


# A compound's hyphen and second part, no verb of the object: "criticised the US-led tsunami aid coalition"
# (politics/191), "the state-owned firm"
COMPOUND = re.compile(r"(?<=[^\W\d_])-[^\W\d_]+")


AGAINST_A_NOUN = re.compile(r"against\s+([\w’'-]+(?:\s+[\w’'-]+)?)[.,]?")


def warning_against_a_noun(content: str, base: str | None) -> bool:
    """'Teodoro also warned against disinformation, citing ...': a bare noun warned against says no more than that
    (so 'warned against complacency'); what is warned against is content as an act or a longer phrase ('warned against
    raising taxes', 'warned against any attempt to change the status quo by force'). (usasianpost.com; seed17)"""
    m = AGAINST_A_NOUN.fullmatch(content) if base == "warn" else None
    return m is not None and not m.group(1).split()[0].endswith("ing")


def rejection_only(content: str, base: str | None) -> bool:
    """'The spokesperson also refuted Japan's charge of China's maritime and air activities': what is refuted is a
    statement only as a clause ('refuted a report that an official ... was caught spying', 'debunked reports that
    ...'); not by a clause the other's words open ("refuted U.S. Secretary of State Mike Pompeo's remarks alleging
    that China is a threat to other countries": Pompeo's words; Xinhua via chazidian.com, seed19)."""
    return base in REJECTING and (not re.search(r"\bthat\b", content) or
                                  bool(OTHERS_CLAUSE.match(content)))


# What is refuted, named with the other's words it reports: "X's remarks alleging that ...", "claims saying that ..."
OTHERS_CLAUSE = re.compile(r"[^,;]{0,80}?\b(?:remarks|comments|claims?|statements?|allegations?|accusations?)\s+"
                           r"(?:alleging|claiming|saying|suggesting|asserting|accusing)\b")


def act_declined(content: str, base: str | None) -> bool:
    """'LSE rejected a £1.3bn takeover offer from Deutsche Boerse', 'Judge Susan Ilston rejected an attempt by the
    defence team to have the case dismissed': an offer or a motion turned down is an act, no words said (GUIDELINES:
    actions are not speech; bbc-news, Reuters, the lead's round 32). Not 'rejected calls for ...'."""
    if base not in ("reject", "dismiss") or re.search(r",\s*(?:calling|saying|describing|arguing|adding)\b", content):
        return False     # (words with the act: "rejected the offer yesterday, calling it a last-minute attempt")
    that = re.search(r"\b(\w+)\s+that\b|^that\b", content)
    if that and not (that.group(1) and that.group(1).lower() in DECLINED_ACTS):
        return False     # (a clause: "rejected the claim that ...")
    # ... but "that" right after the act's noun opens a relative clause on it: "Tony Blair has rejected a Conservative
    # compromise offer that could have eased the passage of anti-terror legislation." (bbc-news/politics/014; set AV)
    head = DECLINED_HEAD_END.split(content[:that.end(1)] if that else content, 1)[0]
    if base == "dismiss":
        # people dismissed are fired, not claims rejected: "then-CEO Michael Pack had dismissed a number of employers
        # who had complained of politicization of the agency" (The Hill; set AS): the head noun names people
        last = [w.lower() for w in WORD.findall(head)][-1:]
        return bool(last) and last[0] in DISMISSED_PEOPLE
    if NAME_ONLY.fullmatch(head.strip()):
        return True      # a nominee turned down: "the Commission on Appointments on Wednesday, March 8, rejected Yasay
        #                  because lawmakers said he lied about his US citizenship" (Rappler; set BN 005)
    return bool({w.lower() for w in WORD.findall(head)} & DECLINED_ACTS)


# A name alone as what was rejected (one to three capitalised words, no possessive): a person or body turned down.
NAME_ONLY = re.compile(r"[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,2}")


DECLINED_ACTS = frozenset(words("declined_acts"))
DISMISSED_PEOPLE = frozenset(words("dismissed_people"))
# Where the noun phrase of what was declined ends: its source, its purpose or a clause after it.
DECLINED_HEAD_END = re.compile(r"[,;:(]|\s(?:from|by|for|to|which|who|because|as|and|but|after|saying|calling)\s")


def apology_without_cause(content: str, base: str | None) -> bool:
    """'now Harry had apologised the matter should be left to the palace', 'apologised to two families who ...': an
    apology says what only with its cause ('He apologized for failing to inform the public in advance.')."""
    return base in ("apologise", "apologize") and not content.startswith("for ")


APOLOGY_FOR_A_THING = re.compile(r"for\s+(?:the|his|her|their|its|these|those|this|that|my|our|your)\s+[\w’'-]+"
                                 r"(?:\s+[\w’'-]+){0,3}$", re.I)


def apology_for_words_only(content: str, base: str | None) -> bool:
    """'have also apologised for their remarks, a Lib Dem spokesman said', 'Mr Burstow has since apologised for the
    comments' (BBC News, politics.co.uk; bbc23): what was apologised for, named, says nothing ('apologized for failing
    to inform the public in advance' does)."""
    return base in ("apologise", "apologize") and APOLOGY_FOR_A_THING.fullmatch(content.rstrip(".,")) is not None


def blame_without_cause(content: str, base: str | None) -> bool:
    """'lashed out at corporate raiders and takeover specialists, accusing them ...': whom is blamed says what only
    with its cause ('blamed X for Y', 'blamed Y on X', 'lashed out at X for Y')."""
    return base in ("blame", "lash out at") and not re.search(r"\b(?:for|on)\b", content)


def defence_without_case(content: str, base: str | None) -> bool:
    """What is defended, without the plan, reason or judgement its cue was found with (layout.DEFENDED_CASE), says no
    more than that: the content as cut must still hold it."""
    return base == "defend" and DEFENDED_CASE.match(content) is None


def recommended_thing(content: str, base: str | None) -> bool:
    """'recommended GM stock', '... a group of oil service companies': an analyst's pick, no statement; what is
    recommended is one as an act or a clause ('recommended replacing A-Levels ...', '15 ways to protect punters',
    'recommended that ...')."""
    return base == "recommend" and not re.match(r"(?:\w+ing|that)\b", content) and not re.search(r"\bto\b", content)


def claimed_not_said(content: str, base: str | None) -> bool:
    """'claimed the lives of his mother and two brothers', 'claimed the title': taken, not said."""
    if base != "claim":
        return False
    ws = [w for w in first_words(content, 4) if w not in DETERMINERS and not w.isdigit()]
    return bool(ws) and ws[0] in words("claimed_not_said")


def referred_without_as(content: str, base: str | None) -> bool:
    """'referred to the report', 'was referred to a specialist': no name given to anything; "referred to the protest —
    which is ... — as an occupation" says what (set M), not "referred to his invited guests, suggesting them to be
    ... as president" (an "as" past the object's comma; PolNeAR)."""
    if base != "refer to":
        return False
    bare = re.sub(r"\s[—–-]\s.*?\s[—–-]\s", " ", content)     # a dash's aside inside the object
    bare = re.sub(r",\s+(?:who|which)\b[^,;:]*,", "", bare)     # ... or a relative clause's: "the candidate, who is
    #                                                            supposedly his longtime friend, as “Mr. Trump,”"
    return re.match(r"[^,;:]*?\sas\s", bare) is None


def reflexive_object(content: str, base: str | None) -> bool:
    """'The Jays have also assured themselves of playing postseason baseball': what the subject did to itself (secured,
    reminded, told itself), nothing said to anyone (thescore.com, quotes11)."""
    return base is not None and re.match(r"(?:themselves|itself|himself|herself|ourselves|myself)\b", content) is not None


def second_verb(content: str, base: str | None) -> bool:
    """'The US appreciates and wants to maintain regular human rights dialogues ...': a verb coordinated with a cue
    that takes an object is no object of it (after 'said' it may be the words: '..., he said, and should be ...')."""
    return base in OBJECT_IN_CONTENT and re.match(r"(?:and|or)\s", content) is not None


def noun_taken_for_a_cue(content: str, base: str | None) -> bool:
    """'Past Congressional Budget Office (CBO) forecasts said there would be ...' (bbc-news/business/488): words that
    open with a reporting verb's past or present were framed by a noun read as a cue ('forecasts'); the verb after it
    is the frame, of whoever the noun phrase names. (Not after a verb of saying itself: a doubled "Mr Sek said said
    Thailand was ..." is a typo of the page, own set A train.)"""
    return base is not None and base not in ("say", "add", "tell") and \
        re.match(r"(?:said|says|told|tells)\s", content) is not None


def advising_as_work(content: str, base: str | None) -> bool:
    """'Michael T. Marquardt ... advises clients on global strategy, corporate governance ...', 'she advised companies
    on the federal and state regulation of drugs' (biographies in the White House's appointment notices, data/): a
    job described, no advice said. Advice is said with a clause, a quotation, an infinitive or "against"."""
    if base != "advise":
        return False
    content = SHARED_OBJECT_VERB.sub("", content)     # "advised and represented low-income DC residents ..."
    return ADVICE_SAID.search(content) is None and not _has_tense(content)


SHARED_OBJECT_VERB = re.compile(r"^and\s+[a-z]+ed\s+")


ADVICE_SAID = re.compile(r"^\s*against\b|\b(?:that|to\s+[a-z]+)\b|[\"“:]")


def participle_modifier(content: str, base: str | None) -> bool:
    """'The SBA proposed rule will require agencies to ...' (whitehouse fact sheet, data/): a past participle modifying
    the noun after it ("proposed rule", "revised forecast"), whose noun phrase is the subject of the verb that follows;
    nothing said. (A bare singular noun never opens a clause reported: 'said funding will ...' is a mass noun's.)"""
    return base in {"propose", "revise"} and \
        MODIFIED_NOUN.match(content) is not None


# The nouns a participle of planning modifies, then the clause's auxiliary: "rule will require", "changes would".
MODIFIED_NOUN = re.compile(r"(?:%s)\s+(?:[a-z]+ly\s+)?(?:will|would|could|can|may|might|should|must|is|are|was|were|"
                           r"has|have|had|calls?|requires?|aims?)\b" % alternatives("planned_things"))


def bare_welcome(content: str, base: str | None) -> bool:
    """'Max Lawson welcomed the statement': a short noun phrase welcomed carries no content (GUIDELINES: a
    noun-phrase object counts when it carries content); 'welcomed the move as a first step' says more."""
    return base == "welcome" and len(first_words(content, 5)) <= 4 and \
        not re.search(r"\b(?:as|for|that|because)\b|[\"“”:]", content) and not _has_predicate(content)


def bare_expression(content: str, base: str | None) -> bool:
    """'Red Sharks Veracruz, who also expressed an interest', 'expressed concerns about the changes': a feeling
    named by a short noun phrase says nothing; 'expressed hope that ...', 'expressed doubt as to whether ...',
    'expressed a willingness to come to England' say what. The occasion closing the frame is no part of the feeling
    ('expressed regret over the incident at a press briefing on Monday', Jiji; seed12), nor what the speaker did not
    do instead ('he had previously expressed regret rather than offering a formal apology', The Korea Times; set BH
    007)."""
    if base != "express":
        return False
    content = RATHER_THAN.split(OCCASION_ADJUNCT.split(content, 1)[0], 1)[0]
    return len(first_words(content, 5)) <= 4 and \
        not re.search(r"\b(?:as|for|that|whether|because|to)\b|[\"“”:]", content) and not _has_predicate(content)


# What was done or not done instead, after the object: "rather than offering a formal apology", "instead of ...".
RATHER_THAN = re.compile(r"\s+(?:rather\s+than|instead\s+of)\s")
# The occasion a frame closes with, after its object: "at a press briefing on Monday", "during a news conference",
# "on Tuesday", "in an interview with NHK".
OCCASION_ADJUNCT = re.compile(
    r"\s+(?:(?:at|during|in|on)\s+(?:a|an|the|his|her|its|their|this|Monday's|Tuesday's|Wednesday's|Thursday's|"
    r"Friday's|Saturday's|Sunday's)\s+(?:[\w-]+\s+){0,3}(?:%s)|(?:on\s+)?(?:%s)|yesterday|today)\b"
    % ("|".join(words("occasion_nouns")), "|".join(w.capitalize() for w in words("weekdays"))))
FEELING_AT_OCCASION = re.compile(r"(?:(?:his|her|their|its|our|the|some|strong|deep|serious)\s+)*(?:concerns?|"
                                 r"frustrations?|opposition|support|displeasure|anger|worries|fears|disappointment|"
                                 r"objections?)\s+(?:at|during|before)\s+(?:a|an|the|this|that|last|Monday's|"
                                 r"Tuesday's|Wednesday's|Thursday's|Friday's|Saturday's|Sunday's)\s+(?:[\w’'-]+\s+){0,2}"
                                 r"(?:hearing|meeting|conference|rally|session|briefing|event|forum|vigil|protest|gathering|"
                                 r"town hall|open house)\b(?![^.;]*\b(?:that|about|over)\b)")
# (not "concern at the mounting evidence of Russia’s violations": what the concern is at)


def feeling_at_occasion(content: str, base: str | None) -> bool:
    """'Gail McFarlane voiced her concerns at a public hearing for the development Monday': a feeling voiced and
    where, nothing of what it was (quotes12)."""
    return base in {"voice", "express"} and FEELING_AT_OCCASION.match(content) is not None


def journey(content: str, base: str | None) -> bool:
    """'set out on a daring mission to seize Fort Ticonderoga', 'set out for Boston': a journey or an undertaking;
    'set out his plans' reports speech."""
    return base == "set out" and bool(re.match(r"(?:on|for|to|from|into|across|with|after|before)\b", content, re.I))


def welcomed_guest(content: str, base: str | None) -> bool:
    """'China welcomed a new spokesperson to the foreign ministry, a female official named Mao Ning, at ...': a
    person welcomed to a place or post, a greeting (not "welcomed the decision to ...", "welcomed that ..."); also a
    leader named by title and name ("welcomed French President Emmanuel Macron to Downing Street this afternoon",
    "Chancellor Olaf Scholz of Germany to the White House": gov.uk, whitehouse.gov; wire20)."""
    return base == "welcome" and bool(WELCOMED_TO.match(content) or WELCOMED_LEADER_TO.match(content))


WELCOMED_LEADER_TO = re.compile(r"(?:[A-Z][\w.’'-]*\s+){2,6}(?:of\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+)?"
                                r"to\s+(?:the\s|[A-Z])")
WELCOMED_TO = re.compile(r"(?:a|an|the|his|her|their|its|our)\s+(?:new\s+)?[a-z]+(?:\s+[a-z]+)?\s+to\s+(?:the|a|an|its|his|"
                         r"her|their|our)\s")


def called_on_person(content: str, base: str | None) -> bool:
    """'called on Xiao Qian, director general of the Department of Asian Affairs ..., and lodged a protest': a visit paid
    to a person set off by an apposition, no urging ("called on Xiao to prevent similar incidents" urges); Nikkei via
    jmh.usembassy.gov, seed13. An occasion all the same: its day dates the visitor's words."""
    if base != "call on":
        return False
    m = VISITED_PERSON.match(content)
    return m is not None and not URGED_AFTER.match(content, m.end()) or bool(VISITED_THEN_ACTED.match(content))


# A person's name (two to four capitalised words) and the comma of an apposition after it.
VISITED_PERSON = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+,\s")
# ... or the name and another act of the visitor's: "called on King Abdullah and personally expressed his condolences"
# (UN noon briefing, the lead's round 18).
VISITED_THEN_ACTED = re.compile(r"(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+\s+and\s+(?:[a-z]+ly\s+)?[a-z]+ed\b")
# ... and "to" + verb right after the apposition: the urging sense ("called on Xiao Qian, his counterpart, to ...").
URGED_AFTER = re.compile(r"[^,]{1,150},\s+to\s+[a-z]")


POSSESSIVES = words("possessive_determiners")
# The words that would give a possessed noun its content: "its commitment to peace", "their support for the plan".
CONTENT_PREPOSITIONS = {"to", "for", "on", "against", "with", "toward", "towards", "in", "over", "about", "that"}


def thing_named_only(content: str, base: str | None) -> bool:
    """'Rob Powell ... highlighted the clip, commenting: "..."' (the quotation after the participle is his statement):
    a determiner and a noun, naming what the act was done to and saying nothing; so when only the time of the act
    follows ('Mr Brown first proposed the idea earlier this week.', bbc-news/politics/017, set BA)."""
    ws = TIME_TAIL.sub("", content).split()
    return len(ws) == 2 and ws[0].lower() in ("the", "this", "that", "these", "those") and ws[1].isalpha() and \
        ws[1].islower()


def possessed_noun_only(content: str, base: str | None) -> bool:
    """'Ms Busadee later denied its authenticity', 'Motegi ... stressed their importance', 'Castro proceeded to
    explain her side of the story' (Bangkok Post, KBS, Manila Bulletin; seed15): a short noun phrase of the speaker's
    or another's, naming what was spoken of and saying nothing of it."""
    ws = first_words(content, 6)
    return 0 < len(ws) <= 5 and ws[0] in POSSESSIVES and not set(ws) & CONTENT_PREPOSITIONS and \
        not re.search(r"[\"“”‘’]", content) and not _has_predicate(content)


# ... and the frame's day and occasion after it: "The ministry stated its stance Thursday in response to questions about
# comments made earlier by national security adviser Wi Sung-lac, who suggested that ..." (KBS World; set BH 005): the
# stance named, the occasion then, nothing said of it ("reiterated its position on Monday that ..." says it)
OCCASION_AFTER_DAY = re.compile(r"(?P<head>.+?)\s+(?:on\s+)?(?:%s|today|yesterday)\s+(?:in\s+(?:response|reply)\s+to|"
                                r"when\s+asked|during|at\s+(?:a|an|the|his|her|its|their))\s" % WEEKDAY_NAMES)


def possessed_noun_then_occasion(content: str, base: str | None) -> bool:
    head = OCCASION_AFTER_DAY.match(content)
    return head is not None and possessed_noun_only(head.group("head"), base)


# A frame and its participle inside the words: "Power politics is always resented and short-lived, he said, adding
# the U.S. military adventurism goes against ..., Geng said." (Xinhua; seed15): "he said" and "adding" frame the two
# statements; the whole sentence before "Geng said" is none.
INNER_FRAME = re.compile(r",\s+(?:he|she|they)\s+(?:said|says|added|noted|stressed)\s*,\s+(?:adding|noting|saying|stressing)\b")


def framed_inside(content: str, base: str | None) -> bool:
    return INNER_FRAME.search(content) is not None and not re.search(r"[\"“”]", content)


def denied_act(content: str, base: str | None) -> bool:
    """'denied wanting to be leader', 'denied accusing Germany of ...', 'deny conspiring to commit election fraud':
    a gerund denied is an act or a charge denied, not a clause said (denied + clause, "denied reports that ..." are
    statements)."""
    ws = first_words(content, 1)
    return base == "deny" and bool(ws) and ws[0].endswith("ing") and len(ws[0]) > 4 and \
        ws[0] not in {"nothing", "anything", "something", "everything"} and content[:1].islower()


# Words named by a noun alone, its "that" a demonstrative read as "that" of a clause: "Mr Blair directly denied that
# quote on Wednesday." (bbc-news/politics/262, were "directly" no bar between subject and verb), "rejected that claim
# yesterday": what was denied points back to words reported before, no content of its own.
WORDS_NOUN_ONLY = re.compile(r"(?:quote|quotation|claim|report|remark|statement|comment|allegation|story|suggestion|"
                             r"charge|accusation|account|assertion|rumou?r)s?(?:\s+(?:on\s+)?(?:%s)|\s+yesterday|"
                             r"\s+today)?\s*[.]?" % WEEKDAY_NAMES)


def words_noun_only(content: str, base: str | None) -> bool:
    return WORDS_NOUN_ONLY.fullmatch(content.strip()) is not None


# A grant refused: "Bharat Jodo Nyay Yatra denied permission" (a sub-heading of the Free Press Journal: the party was
# refused permission), "was denied entry", "denied bail": an act of refusing, not a claim denied (issue 8, south13).
# (also with whom it was refused first: "as he denied the CBC access to audio and videotaped statements ...", Law
# Times; set M; "denied him bail")
DENIED_GRANT = re.compile(r"(?:(?:him|her|them|us|me|it)\s+|(?:the\s+)?(?:[A-Z][\w'’.&-]*\s+){1,4})?"
                          r"(?:permission|permissions|access|entry|bail|clearance|approval|a\s+visa|visas?)\b"
                          r"(?:\s+(?:to|for)\b.*)?$", re.S)


def denied_grant(content: str, base: str | None) -> bool:
    return base == "deny" and DENIED_GRANT.match(content) is not None


# Words of another's named and no more: "flatly denied the claim", "dismissed the reports", "responded to the
# Philippine's recent announcement to repair and upgrade runways" (what was answered, not what was said), "is
# responding with its first requests" (the requests follow).
SPEECH_NOUN_ONLY = re.compile(r"(?:the|this|that|these|those|such|its|his|her|their|any|all|all\s+the)\s+"
                              r"(?:[\w'’-]+\s+){0,3}(?:claims?|reports?|allegations?|accusations?|charges?|remarks?|"
                              r"comments?|rumou?rs?|stor(?:y|ies)|suggestions?|assertions?)\W*", re.I)


def answered_words(content: str, base: str | None) -> bool:
    """'denied the claim', 'responded to the announcement': no content of the speaker's own; "denied reports that
    ...", "responded that ..." and "responded to criticism by saying ..." say more."""
    if base in {"deny", "dismiss", "reject"}:
        return SPEECH_NOUN_ONLY.fullmatch(content) is not None
    # ... and one's own words named again: 'Moe clarified his earlier comment, saying Saskatoon hasn't been on the
    # call ...' (what the clarification said follows the participle; CTV, quotes14)
    if base in {"clarify", "explain", "repeat", "reiterate", "defend", "retract"}:
        return SPEECH_NOUN_ONLY.fullmatch(content) is not None and \
            re.match(r"(?:his|her|its|their|the)\s+(?:own\s+|earlier\s+|previous\s+|recent\s+)*(?:comments?|remarks?)\W*$",
                     content, re.I) is not None
    # ... and the news itself named again before its occasion: 'She revealed the information while answering
    # reporters’ queries about ..., at a regular press conference in Hanoi on April 9.' (VTV; seed20)
    if base in {"reveal", "disclose", "announce", "share", "provide", "give", "confirm"}:
        return NEWS_NAMED_AGAIN.match(content) is not None
    # (a short phrase in scare quotes names what was answered: 'responded to the list of stubborn people in "Taiwan
    # independence" and official exchanges ...', ycnews; seed13)
    # ... and answered by a deed, not by words: "responding to the statements of Filipino government officials, ... by
    # countering their remarks" (Manila Bulletin; set AT 002); "by saying ..." says more
    named = SCARE_QUOTED.sub(" ", content)
    return base in {"respond", "reply"} and content.split(" ", 1)[0].lower() in {"to", "with"} and \
        not ANSWERED_IN_WORDS.search(named)


ANSWERED_IN_WORDS = re.compile(r"\b(?:that|saying|by\s+(?:%s))\b|[\"“”:]" % alternatives("participle_frames"))


NEWS_NAMED_AGAIN = re.compile(r"(?:the|this|that|these|such)\s+(?:information|news|details|figures|data)"
                              r"(?:\W*$|\s+(?:while|when|at|during|on|in\s+(?:response|reply)\b))", re.I)
SCARE_QUOTED = re.compile(r"[\"“](?:[\w'’-]+\s+){0,3}[\w'’-]+[\"”]")


def voice_added(content: str, base: str | None) -> bool:
    """'The Limpopo Department of Economic Development, Environment and Tourism has added its voice to the Phala Phala
    scandal': joining a debate, an idiom; what the voice said follows in sentences of their own."""
    return base == "add" and bool(VOICE_TO.match(content))


VOICE_TO = re.compile(r"(?:its|their|his|her|our|my|your)\s+voices?\s+to\b", re.I)


def quantity_added(content: str, base: str | None) -> bool:
    """'The US economy added 337,000 jobs in October', 'US firms added only 146,000 jobs': a sum grew, nothing said
    (what is added to a statement is a clause or a quote, never a bare number). So with goods recalled: 'General
    Motors (GM) is recalling nearly 200,000 vehicles in the US on safety grounds' (bbc-news/business/026)."""
    return base in {"add", "recall"} and QUANTITY.match(content) is not None and AUXILIARY.search(content) is None


def thing_added_to(content: str, base: str | None) -> bool:
    """'World number one Roger Federer added the Dubai Championship trophy to his long list of successes', 'NASA also
    added smaller landers to the CLPS contract': a thing added to something, nothing said (what is added to a statement
    is a clause or a quote)."""
    return base == "add" and ADDED_TO.match(content) is not None and AUXILIARY.search(content) is None


def written_work(content: str, base: str | None) -> bool:
    """'He wrote handbooks for the GURPS and Paranoia role-playing game systems', 'wrote hundreds of songs that
    summer', 'wrote the memo in 2011 to foundation lawyers', 'in her 2014 book about a male colleague' (PolNeAR, Zyte):
    a text written, or where, not words reported; what "wrote" reports is a clause ("wrote that the arrangement was
    consistent with ...", "Oz is "smart as hell"")."""
    if base != "write":
        return False
    if LETTER_TO.match(content):
        return True     # "BAA wrote to homes and business likely to be affected by any extra runway": whom a letter
        #                 went to (its words are a participle's: "wrote to the watchdog saying: ...", "... accusing")
    if COORDINATED_VERB.match(content):
        return True     # "has written or edited a dozen books including ...?": a second verb, the works of both
    if WRITTEN_WORDS.match(content):
        return False
    opening = WORD.findall(content)[:10]
    return bool(opening) and not {w.lower() for w in opening} & SUBJECT_PRONOUNS and not _finite_verb_in(opening) \
        and not {w.lower() for w in WORD.findall(content)} & PARTICIPLE_FRAMES
    # (a letter that asks or affirms reports its words: "a letter to Attorney General Loretta E. Lynch asking the
    # Justice Department to investigate ...")


PARTICIPLE_FRAMES = frozenset(words("participle_frames"))


def _finite_verb_in(ws: list[str]) -> bool:
    """An auxiliary, a past form, or a present form in -s before its object ("G4S works with ...", "the party wants
    to ..."; not "game systems", "foundation lawyers conducting")."""
    return any(_auxiliary_or_past(w, i) or
               (i > 0 and w.endswith("s") and w[:1].islower() and ws[i - 1].lower() not in DETERMINERS | PREPOSITIONS
                and ws[i + 1:i + 2] and _object_after(ws[i + 1]))
               for i, w in enumerate(ws))


def _object_after(w: str) -> bool:
    """Can w open what a verb in -s takes ("shows activity", "looks out", "works with"), not a noun's modifier after
    the noun ("cases before the Supreme Court", "lawyers conducting a review", "failures of ...")?"""
    low = w.lower()
    return low in VERB_OBJECT_OPENERS or w.islower() and not low.endswith("ing") and low not in NOUN_MODIFIER_OPENERS


NOUN_MODIFIER_OPENERS = words("noun_modifier_openers")
VERB_OBJECT_OPENERS = words("verb_object_openers")


# What "wrote" reports whatever its verb: a quotation, an exclamation or a question, a clause opened by a subordinator,
# a letter's words ("wrote to the watchdog saying: ...").
WRITTEN_WORDS = re.compile(r"\s*(?:[\"“'‘]|(?:if|when|because|although|though|while|as|since|unless)\b)|.*[!?][\"”’]?\s*$",
                           re.I | re.S)
LETTER_TO = re.compile(r"\s*to\b")     # lower case: the words after "wrote" ("To the extent that ...," Rigney wrote: its words)
COORDINATED_VERB = re.compile(r"\s*(?:or|and)\s+[a-z]+ed\b")


def score_added(content: str, base: str | None) -> bool:
    """'Barry Everitt added the conversion to become the fourth Premiership player to reach 1,000 points', 'Keino and
    Weepu both added tries to the All Blacks' tally' (bbc-news/sport): a score or a prize added, nothing said."""
    return base == "add" and scored(content)


def scored(words: str) -> bool:
    """Words that open with a score or a prize, no verb of a clause of theirs after it ("the goal was to ..." is said;
    "the 5,000m crown and I had finished commentating" is not: the clause after "and" is the writer's)."""
    m = SCORE_ADDED.match(words)
    if m is None:
        return False
    stop = SCORE_TAIL_STOP.search(words, m.end())
    return AUXILIARY.search(words, 0, stop.start() if stop else len(words)) is None


SCORE_TAIL_STOP = re.compile(r",|\b(?:and|while|as|after|before|when)\b")


ADDED_TO = re.compile(r"(?:the|a|an|his|her|its|their|our|some|more|new|smaller|larger|[a-z]+er)\s[^,;:\"“”]{0,60}?"
                      r"\bto\s+(?:the|a|an|his|her|its|their|our|this|that)\s")


def said_nothing(content: str, base: str | None) -> bool:
    """'would say nothing about the senders and content', 'revealed nothing new about ...', 'said little about how',
    'proposed nothing that would ...' (PolNeAR): "nothing" or "little" is the object, nothing said; not the subject
    of the clause said ('said nothing had changed', 'insisted nothing would derail ...'). A filter, not a frame rule:
    the speaker stays the last one ("... he said" after the sentence is still his)."""
    return NOTHING_SAID.match(content) is not None


NOTHING_SAID = re.compile(r"(?:nothing|little)(?:\s+(?:new|more|else|about|of|on|that|to)\b|\s*[-–—,.;]|\s*$)", re.I)


# (not '..., adding 16 individuals have also gone missing': a clause, its verb says so)
AUXILIARY = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|can|could|may|might|should|must|do|does|did|"
                       r"be|been)\b|\.\.\.", re.I)
QUANTITY = re.compile(r"(?:(?:only|just|about|around|some|nearly|almost|more than|another|a further|an extra)\s+)?"
                      # ("he added 1.28p per litre": pence too)
                      r"[$£€]?\d[\d,.]*(?:%|bn|m|p|\s+(?:per\s*cent|percent|points?|million|billion|jobs))?(?:\s|$)",
                      re.I)


POINTER = re.compile(r"(?:his|her|their|its|the|that|this)\b[^.!?]{0,60}?\b(?:remarks|statement|speech|transcript|"
                     r"message|address|comments)\b[^.!?]{0,40}?\b(?:is|are)\s+(?:now\s+|also\s+)?(?:online|available|"
                     r"with you|on (?:the|our) website)\b", re.I)


# "Ma stressed the following during the phone conversation with Campbell:" (Xinhua; the lead's round 18; also as what
# "According to Mao," frames): the words come after the colon; "the following" and where it was said are none.
FOLLOWING = re.compile(r"(?:(?:[A-Z][\w'’.-]*\s+){1,4}(?:also\s+)?[a-z]+(?:ed|s)\s+)?the following(?:\s+(?:points?|remarks|statement|message|words|views?|"
                       # (what a fact sheet lists below: "the Vice President is announcing the following actions.")
                       r"(?:new\s+|additional\s+|key\s+)?(?:actions|steps|measures|commitments|announcements|initiatives)))?"
                       r"(?:\s+(?:during|at|in|on|to|when|before|after|with)\b[^.!?\"“]{0,80}?)?\s*[:.]?", re.I)


def points_ahead(content: str, base: str | None) -> bool:
    """'stressed the following during the phone conversation with Campbell': words that only point to what follows."""
    return FOLLOWING.fullmatch(content) is not None


def pointer(content: str, base: str | None) -> bool:
    """'His remarks are online', 'The transcript of that press encounter is online', 'His remarks are with you': a
    noon briefing pointing to a text, no one's words."""
    return len(content.split()) <= 14 and POINTER.match(content) is not None


TIME_ONLY = re.compile(r"(?:(?:last|this|next|earlier this|late last|early last)\s+(?:week|month|year|weekend|night|"
                       r"\w+day)|yesterday|today|tonight|recently|earlier|previously|"
                       # "he reiterated that Thursday": the day he said it again, the "that" his earlier words
                       # (quotes12)
                       r"(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
                       r"(?:\s+(?:morning|afternoon|evening|night))?)\W*", re.I)


# ("Marcos said this following the resignation of lawyer Trixie Cruz-Angeles ..."; Manila Bulletin, krjp18)
SAID_IT = re.compile(r"(?:it|this|so|them|back)\s*(?:[,.;]|$|(?:on|in|at|after|during|before|to|while|again|twice|once|"
                     r"repeatedly|publicly|yesterday|today|last|earlier|following|amid|ahead|when)\b)")


# ("tell" with its addressee past: "He told reporters this after launching the Kampung Angkat Madani Initiative ...
# today.", Malay Mail copy of Bernama, set BC 002; not 'told the BBC this was "a big positive step"', a clause)
SAID_IT_VERBS = {"say", "repeat", "disclose", "state", "reveal", "explain", "write", "tell"}


def said_it(content: str, base: str | None) -> bool:
    """'Head coach Ken Hitchcock said it on Saturday night, after a woeful home-ice performance ...', 'he said so
    in an interview': the object points back at words given elsewhere; what follows is when and where (also "Rep.
    Jonathan Gaza disclosed this at a public hearing ..." after the words it points back at; Nigerian copy, dates19;
    "after the novelist Jo Walton explained them to me", "wrote back to him"; Zyte, PolNeAR)."""
    return base in SAID_IT_VERBS and SAID_IT.match(content) is not None


# ... the same time closing a content ("the idea earlier this week"): when the act was done, no part of what was said
TIME_TAIL = re.compile(r"\s+(?:%s)$" % TIME_ONLY.pattern, re.I)


def time_only(content: str, base: str | None) -> bool:
    """'(As the Mission announced) last week, ...': when it was said, not what."""
    return TIME_ONLY.fullmatch(content) is not None


QUESTION_ADJUNCT = re.compile(r"(?:Responding|Replying|Answering|In\s+response|When\s+asked|Asked)\s+(?:to|about|on|"
                              r"a|an|the|questions?|whether|if)\b")


def question_adjunct(content: str, base: str | None) -> bool:
    """'Responding to a question about a recent proposal ... with "constitutional amendments,"' (before 'An said,
    "..."'): the question answered, which a quoted phrase closing it made look like words said (Xinhua; issue 8,
    seed10). Not a sentence whose main clause follows the adjunct: '"In response to our leader's mention of the
    universal principle ..., the Chinese foreign ministry spokesperson made an unspeakable statement," the ministry
    said.' (Yonhap; seed12)."""
    if QUESTION_ADJUNCT.match(content) is None:
        return False
    rest = content.split(",", 1)[1] if "," in content else ""
    return len(WORD.findall(rest)) < 5


def kept_not_said(content: str, base: str | None) -> bool:
    """'The Russian military, which maintains a naval fleet in the Black Sea, ...', 'The Ministry of Foreign Affairs of
    Mongolia is observing the deteriorating domestic crisis in Syria with concern': a verb that speaks only with a
    clause after it (data/lexicon verbs.yml np_object_not_speech) keeps or watches its noun phrase."""
    if base not in words("np_object_not_speech") or re.match(r"\s*that\b", content):
        return False
    if base == "explain":     # (what is explained, a noun phrase with no verb anywhere after it: "her reason for not
        #                       seeking a second council term"; not "initially, his firm is going to export ...", nor
        #                       'the move "follows comprehensive studies ..."', a clause after a "that" left behind)
        return bool(re.match(r"\s*(?:the|a|an|his|her|their|its|our|my)\s", content)) and \
            not _has_tense(content) and not _has_predicate(content)
    # (to a second predicate of the speaker's: "maintains its own air quality monitor and reported Wednesday that
    # ..."; Zyte, the lead's round 31)
    head = SECOND_PREDICATE.split(content, 1)[0]
    if re.match(r"\s*(?:(?:the|a|an|its|their|our|his|her)\s|[a-z]+\s+(?:on|with|in|of|for)\b)", head) and not _has_tense(head):
        return True     # "The Government of Canada maintains the strength and resilience of Canada’s democratic
        #                 institutions through vigilance" (canada.ca; wire18): a plural noun is no verb there; nor in
        #                 "China maintains contact on this issue with other members of the UN Security Council"
        #                 (Xinhua via hxen.net; wire23)
    if NOUN_THEN_PREPOSITION.match(head) and not _has_tense(head, modifiers=False):
        return True     # "maintained contact with the enemy in extremely restricted urban terrain", "maintains existing
        #                 tariffs for future leverage", "maintained support among black voters" (a medal citation in
        #                 data/, Zyte, PolNeAR: a noun and its phrase kept, no clause; "prices for wheat fell" has a verb)
    if re.match(r"\s*an?\s", head) and not {w.lower() for w in WORD.findall(head)} & AUXILIARIES:
        return True     # "a large pledged delegate lead over Sanders", "a long-standing security and defense partnership
        #                 focused on ...": a participle among the object's words is no clause's verb (PolNeAR, data/)
    return not _has_predicate(head)


# Where an object noun phrase ends: a comma, a semicolon or a colon, or "and" before a second past predicate.
SECOND_PREDICATE = re.compile(r"[,;:]|\s(?:and|but)\s+(?=[a-z]+ed\b)")


def hails_from(content: str, base: str | None) -> bool:
    """'Sandoval hails from a trailer park, the barrio of East Los Angeles': where someone comes from, no praise said
    (a nominee's biography in a White House release; data/, the lead's round 21)."""
    return base == "hail" and content.startswith("from ")


def _has_tense(text: str, modifiers: bool = True) -> bool:
    """An auxiliary or a past form in text: a clause's verb, not a plural noun ("democratic institutions"). With
    modifiers=False, a form in -ed after an adverb in -ly, a determiner or a preposition modifies a noun ("in extremely
    restricted urban terrain", "the forced auction") and is no verb."""
    ws = WORD.findall(text)
    aux, past = words("auxiliaries"), words("irregular_past")
    return any(w.lower() in aux or (w.endswith("ed") and len(w) > 4 and w[:1].islower() and
                                    (modifiers or not _modifier_before(ws, i))) or (w in past and i > 0)
               for i, w in enumerate(ws))     # (a name's "United" is no past form)


def _modifier_before(ws: list, i: int) -> bool:
    before = ws[i - 1].lower() if i else ""
    return before.endswith("ly") or before in DETERMINERS or before in PREPOSITIONS


# A noun (after at most one lower-case modifier) and a preposition opening an object: "contact with", "existing tariffs
# for", "above-average costs for", "support among".
NOUN_THEN_PREPOSITION = re.compile(r"\s*(?:[a-z][\w-]*\s+)?[a-z]+\s+(?:with|for|among|against|over|on|in|of)\s")


RULES = [fragment, manner_only, question_adjunct, question_put, cut_at_a_subordinator, cut_at_a_relative, answered_questions, occasion_only, territorial_claim, no_clause,
         kept_not_said,
         source_only, declared_act, act_declined, condemnation_only, warning_against_a_noun, rejection_only, apology_without_cause, apology_for_words_only, blame_without_cause, defence_without_case,
         recommended_thing, claimed_not_said, referred_without_as, reflexive_object, second_verb, noun_taken_for_a_cue,
         participle_modifier, advising_as_work,
         bare_welcome, bare_expression, feeling_at_occasion, welcomed_guest, journey, called_on_person, denied_act,
         words_noun_only, denied_grant, answered_words, possessed_noun_only, possessed_noun_then_occasion,
         thing_named_only, framed_inside,
         voice_added, quantity_added, thing_added_to, score_added, written_work, said_nothing,
         topic_only, view_named_only, pointer, points_ahead, time_only, said_it, hails_from]


# Rules whose frame was no speaking at all (an act, a journey, a claim to land): its day dates no occasion of the
# speaker's, unlike "condemned the attack on Sunday", which spoke without content.
NO_SPEAKING = {"declared_act", "act_declined", "journey", "territorial_claim", "asked_of_speaker", "denied_grant", "kept_not_said"}


# "lay claim to": to own, not to speak.
LAID_CLAIM = re.compile(r"\b(?:lay|lays|laid|laying)\s+claims?$")


# A passive "asked": "Jokowi made the statement when he was asked by his competitor, Prabowo Subianto, what he would do
# to help resolve conflicts ..." (Jakarta Post; seed12): the question put to the subject, who said none of it.
ASKED_OF = re.compile(r"(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?asked\b")


def not_a_statement(content: str, cue: str | None) -> str | None:
    cue = (cue or "").lower()
    if ASKED_OF.match(cue):
        return "asked_of_speaker"
    if LAID_CLAIM.search(cue):
        return "territorial_claim"     # "China has laid claim to the chain of uninhabited islands ..." (IBTimes; set P)
    base = CUE_FORMS.get(cue) or CUE_FORMS.get(cue.split()[-1] if cue.split() else "")   # "also declared"
    content = content.strip()     # once, not per rule
    for rule in RULES:
        if rule(content, base):
            return rule.__name__
    return None
