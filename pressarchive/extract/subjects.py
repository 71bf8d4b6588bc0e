"""Who speaks: the source noun phrase left of a reporting verb (subject_before) or right of it (np_after).

Appositions ("Stals, the country's chief negotiator, said"), joint subjects ("X and Y said"), coordinated
predicates ("... but insisted"), parenthesised asides; noun phrases are parsed by mentions.parse_np."""
import re
from dataclasses import replace

from ..firstchars import led
from ..lexicon import words
from ..gazetteer import places, surnames
from ..models import GO_ON, Mention, decide
from ..normalize import fold
from ..speaker_names import COMMON_SUFFIX, given_name_of_a_place, is_given_name, is_name_word, is_personal_name, looks_like_person
from .layout import Text
from .spans import CAPS_DATELINE_LEAD, DASH_DATELINE_LEAD, OUTLET_DATELINE_LEAD, place_colon_lead
from .lexicon import (ADVERBIAL_PREPOSITIONS, BETWEEN, NAME_PARTICLES, NAME_SUFFIXES, MONTHS, ORG_NAMES, ORG_NOUNS, ORG_WORDS, PRONOUNS, TITLE_WORDS,
                      WEEKDAYS)
from .mentions import (PEOPLES, PORTFOLIO_ENDS, UNNAMED_PEOPLE, month_word, CLAUSE_WORDS, COMPARISON_OPENERS, DETERMINERS, NAME_HEADS, NOT_SUBJECTS, SPOKES_WORDS, SURNAME_HONORIFICS, VERBISH,
                       BACK_REFERENCE_HEADS, back_reference_noun, described_by_seat,
                       VAGUE_SOURCE, Vague, is_cap, parse_np, split_conjoined, tokens)

SEPARATORS = {",", ";", ":", "—", "–", "(", ")", "-"}


STOP_AFTER_NP = set(words("stop_after_np"))
PUBLIC_BODY_HEADS = set(words("public_body_heads"))
COMPANY_SUFFIXES = set(words("company_suffixes"))
BODY_OR_COMPANY_WORDS = PUBLIC_BODY_HEADS | COMPANY_SUFFIXES


def _drop_parentheses(toks):
    """Tokens without parenthesised asides: "Rep. Jason Chaffetz (R-Utah) said" -> "Rep. Jason Chaffetz said";
    also an aside between dashes that lists or describes ("the envoys of the Middle East Quartet – comprising the
    European Union, ..., the United Nations and the United States – expressed": its members are no subject)."""
    named = _name_in_parentheses_after_title(toks)
    if named is not None:
        toks = named
    out, depth = [], 0
    for t in toks:
        if t[0] == "(":
            depth += 1
        elif t[0] == ")" and depth:
            depth -= 1
        elif not depth:
            out.append(t)
    if depth:
        return toks
    dashes = [k for k, t in enumerate(out) if t[0] in ("–", "—")]
    if len(dashes) >= 2 and dashes[-1] == len(out) - 1 and out[dashes[-2] + 1][0] in DASH_ASIDE_OPENERS:
        out = out[:dashes[-2]]
    return out


DASH_ASIDE_OPENERS = words("dash_aside_openers")
# A person's name in parentheses right after a title's head: "A Chinese foreign ministry spokesman (Hong Lei) said
# Wednesday ..." (VOA; set BJ 005): the name is the subject's, as "spokesman Hong Lei" would be.
PARENTHESISED_NAME = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)?")


def _name_in_parentheses_after_title(toks):
    """The tokens with the parentheses of a 2-3 word capitalised name after a title's head taken away (the name kept),
    or None."""
    for k, t in enumerate(toks):
        if t[0] != "(" or not k or toks[k - 1][0].lower() not in NAME_HEADS:
            continue
        close = next((j for j in range(k + 1, min(k + 5, len(toks))) if toks[j][0] == ")"), None)
        if close is None or not 2 <= close - k - 1 <= 3 or \
                not all(PARENTHESISED_NAME.fullmatch(x[0]) for x in toks[k + 1:close]):
            continue
        after = toks[close + 1][0] if close + 1 < len(toks) else ""
        if after[:1].isupper() or after in ("and", "or", "of"):
            continue    # a portfolio, not a name: "Senior Parliamentary Secretary (Foreign Affairs) and Senior
            #             Parliamentary Secretary (Culture, Community and Youth) Sam Tan said:" (set A sg/118)
        return toks[:k] + toks[k + 1:close] + toks[close + 1:]
    return None


REGION_ABBREVIATIONS = set(words("region_abbreviations"))


_CLAUSE_VERB = re.compile(r"(?:was|were|is|are|had|has|[a-z]{3,}ed)")


def _pronoun_after_clause_and(toks) -> bool:
    """'Irving’s report was shelved and he told the Examiner there was ...' (the Halifax Examiner; quotes17): a
    pronoun after "and" closing a clause with its own verb is the frame's subject (not "His wife and he said")."""
    return len(toks) >= 4 and toks[-1][0].lower() in {"he", "she", "they"} and toks[-2][0] in {"and", "but"} and \
        any(_CLAUSE_VERB.fullmatch(t[0]) for t in toks[1:-2])


def _after_of_capitals(chunk) -> bool:
    """'spokeswoman for the Communication', 'director of Water': a capitalised run after "of"/"for" closes it."""
    k = len(chunk)
    while k > 0 and is_cap(chunk[k - 1][0]):
        k -= 1
    k -= k > 0 and chunk[k - 1][0] == "the"
    return 0 < k < len(chunk) and chunk[k - 1][0] in {"of", "for"}


def _join_listed_name(chunks) -> None:
    """'spokeswoman for the Communication' / 'Energy and Paperworkers Union': chunks that go on a capitalised list
    the commas broke after "of"/"for" are one chunk again (one body's name, or a portfolio: "director of Water,
    Wastewater and Stormwater Ashley Rammeloo"; quotes17), no second speaker; the list's middle items too."""
    last = chunks[-1] if chunks else []
    if len(chunks) < 2 or len(last) < 3 or not any(t[0] in {"and", "&"} for t in last[1:-1]) or \
            not all(is_cap(t[0]) or t[0] in {"and", "&"} for t in last):
        return
    j = len(chunks) - 2
    while j > 0 and chunks[j] and len(chunks[j]) <= 4 and all(is_cap(t[0]) for t in chunks[j]):
        j -= 1
    if chunks[j] and _after_of_capitals(chunks[j]):
        chunks[j:] = [[t for c in chunks[j:] for t in c]]


# A US legislator's party and state after the name: ", D-Ill.,", ", R-S.C.,", ", D-N.Y.," (Reuters, PolNeAR).
PARTY_STATE_TAG = re.compile(r"[DRI]-[A-Z][A-Za-z.]{0,5}")


def _party_after_comma(toks, i) -> int:
    """How many tokens from toks[i] (a comma) make ", D-Ill.," after a legislator's name, one separator between the
    name and what follows ("In remarks prepared for delivery before the National Press Club, Rostenkowski, D-Ill.,
    predicted ...": the legislator, not the club; "Rep. Edward Markey, D-Mass, the chairman of ..., said"; Reuters, the
    lead's round 31): 0 when they do not."""
    k = i + 1
    if k + 1 < len(toks) and toks[k][0] in ("D", "R", "I") and PARTY_STATE_TAG.fullmatch(toks[k][0] + toks[k + 1][0]):
        k += 1     # (a space before the dash: "Gowdy, R -S.C., fired"; PolNeAR West Journal)
    elif k >= len(toks) or not PARTY_STATE_TAG.fullmatch(toks[k][0]):
        return 0
    return _through_closing_comma(toks, i, k)


def _region_after_comma(toks, i) -> int:
    """How many tokens from toks[i] (a comma) make ", Ont.," / ", B.C.," after a town: 0 when they do not."""
    k = i + 1
    if k >= len(toks) or toks[k][0].lower() not in REGION_ABBREVIATIONS or not toks[k][0][:1].isupper():
        return 0
    end = k + 1 + (k + 1 < len(toks) and toks[k + 1][0] == ".")
    if end == len(toks):
        return end - i     # "The mayor of Shelburne, N.S. says she learned ..." (CTV Atlantic; set Y 010): the region's
        #                    end closes the abbreviation, right before the verb with no comma after it
    return _through_closing_comma(toks, i, k)


PLACE_PREPOSITIONS = frozenset(("in", "from", "at"))
_COUNTRY_KINDS = frozenset(("country", "state", "province"))


def _country_after_comma(toks, cur, i) -> int:
    """How many tokens from toks[i] (a comma) make ", Switzerland," after a town the subject is in ("The Chinese
    delegation to the World Economic Forum (WEF) Annual Meeting 2022 in Davos, Switzerland, said on Monday ...";
    People's Daily printing Xinhua, set AW 011): the town's country, state or province, no chunk of its own and never
    the speaker. Only for a body ("The ... delegation", "The embassy"), the comma closing the place right before the
    verb: not a person described ("Andrew Fisher, from Omaha, Nebraska, said": his role keeps its state), nor a place
    with more after it ("At a June Trump campaign event in St. Clairsville, Ohio, 62-year-old Brenda Johnson ...",
    "... in Raleigh, N.C., where she also promised ..."; PolNeAR). 0 when cur does not end with "in <Town>" or no place
    of that kind closed by a comma follows."""
    if not cur or cur[0][0] not in ("The", "the") or not any(t[0] in ORG_NOUNS for t in cur[1:]):
        return 0
    j = len(cur)
    while j and is_cap(cur[j - 1][0]):
        j -= 1
    if j == len(cur) or j == 0 or cur[j - 1][0] not in PLACE_PREPOSITIONS:
        return 0
    for n in (1, 2, 3):
        k = i + 1 + n
        if k >= len(toks) or not all(is_cap(t[0]) for t in toks[i + 1:k]):
            return 0
        if toks[k][0] == "," and places().get(fold(" ".join(t[0] for t in toks[i + 1:k]))) in _COUNTRY_KINDS:
            return k - i if k == len(toks) - 1 else 0
    return 0


def _through_closing_comma(toks, i, k) -> int:
    """Tokens from the comma toks[i] through the comma closing the abbreviation toks[k] (and its stop): 0 when none
    closes it."""
    k += 1 + (k + 1 < len(toks) and toks[k + 1][0] == ".")
    return k - i if k < len(toks) and toks[k][0] == "," else 0


def split_chunks(toks):
    out, cur = [], []
    skip = 0
    for i, t in enumerate(toks):
        if skip:
            skip -= 1
            continue
        if t[0] == "," and cur and is_cap(cur[-1][0]):
            if region := _region_after_comma(toks, i):
                skip = region     # "from Markham, Ont., said": the town's province, no chunk
                continue
            if country := _country_after_comma(toks, cur, i):
                skip = country    # "in Davos, Switzerland, said": the town's country, no chunk
                continue
            if party := _party_after_comma(toks, i):
                skip = party      # "Rostenkowski, D-Ill., predicted": one separator, no chunk
                out.append(cur)
                cur = []
                continue
        if t[0] in SEPARATORS:
            out.append(cur)
            cur = []
        else:
            cur.append(t)
    out.append(cur)
    return out


AFFILIATION = set(words("affiliation_words"))
NOT_AN_APPOSITION_HEAD = AFFILIATION | ADVERBIAL_PREPOSITIONS | COMPARISON_OPENERS     # ("Like Corker, Menendez said")
_AFFILIATION_OR_AND = AFFILIATION | {"and"}     # unions made once, not per call
_DETERMINERS_OR_AND = DETERMINERS | {"and"}


LEADING_CONNECTIVES = set(words("leading_connectives"))


SUBORDINATORS = set(words("subordinators"))


def k_is_clause(chunk, k) -> bool:
    """Is chunk[k] a conjunction opening a clause (not part of a name, not the chunk's first word)?"""
    return 0 < k < len(chunk) - 1 and not is_cap(chunk[k][0])


_FUNCTION_WORDS = {"of", "for", "and", "the", "to", "on", "in", "at"}
_HEAD_TITLES = set(words("modified_title_heads"))     # "legal director", "chief executive"


_FORMER_PREFIX = re.compile(r"^(?:ex|then|former)-")


def _occasion_relative(chunk) -> int:
    """Where a relative clause telling the occasion closes a title: "spokesman for the State Council Taiwan Affairs
    Office who was speaking at a press conference" (Xinhua; issue 8, seed10); else the chunk's length."""
    low = [t[0].lower() for t in chunk]
    for k in range(1, len(low) - 2):
        if low[k] == "who" and low[k + 1] in {"was", "is", "had", "has"} and \
                (low[k + 2].endswith("ing") or low[k + 2] == "been" and k + 3 < len(low) and low[k + 3].endswith("ing")):
            return k
    return len(chunk)


AGENT_ENDINGS = ("tor", "ger", "ner", "cher", "ist", "ian")     # investigator, manager, planner, teacher, ...


# -- role_like: is a chunk after a name a role (an apposition), not a second subject? The rules in order: each returns
# True/False (it decides) or None (the next rule decides); `first` is the chunk's first word in lower case, `bare` the
# same without a "former-"/"ex-"/"then-" prefix.
def _relative_pronoun_aside(chunk, first, bare):
    if first in {"who", "which"} and len(chunk) <= 30:
        return True     # "Universities Scotland, which represents university principals, claimed"
    return None


def _affiliation_aside(chunk, first, bare):
    if first in AFFILIATION and len(chunk) <= 14:
        return True     # "Oliver Letwin, for the Tories, said"; "Bob Geldof, in characteristically blunt style, ..."
    return None


def _in_response_to(chunk, first, bare):
    if len(chunk) <= 30 and [t[0].lower() for t in chunk[:3]] in (["in", "response", "to"], ["in", "reply", "to"],
                                                                   ["in", "reaction", "to"]):
        return True     # "Kihara, in response to the idea that the ban was in retaliation for Japan's sanctions on
        #                 Russia, stated: ..." (The Yomiuri Shimbun; asia20): what he answered, however long
    return None


def _adverbial_aside(chunk, first, bare):
    if first in ADVERBIAL_PREPOSITIONS and 1 < len(chunk) <= 12 and not any(t[0].lower() in CLAUSE_WORDS for t in chunk):
        return True     # "The party leader, on the fourth and final day of the conference, later said" (bbc20)
    return None


def _age(chunk, first, bare):
    if len(chunk) == 1 and chunk[0][0].isdigit():
        return True     # an age: "Khizr Khan, 66, said"
    return None


def _participle_role(chunk, first, bare):
    if _participle_aside(chunk):
        return True     # "Mr Straw, visiting Beijing, noted", "X, speaking at a joint news conference with Y, stressed"
    return None


def _modified_title(chunk, first, bare):
    if bare.isalpha() and bare == chunk[0][0] and len(chunk) > 2 and chunk[1][0].lower() in _HEAD_TITLES and \
            len(chunk) <= 25 and not any(t[0].lower() in CLAUSE_WORDS for t in chunk):
        return True     # "Carla Ferstman, legal director of the human rights organisation Redress, said"
    return None


def _title_with_its_service(chunk, first, bare):
    if bare.isalpha() and bare == chunk[0][0] and len(chunk) > 3 and chunk[1][0].isalpha() and \
            chunk[1][0].islower() and chunk[2][0].lower() in _HEAD_TITLES and \
            chunk[3][0].lower() in {"of", "for", "with", "at", "to", "in"} and len(chunk) <= 25 and \
            not any(t[0].lower() in CLAUSE_WORDS for t in chunk):
        return True     # "Jean Strong, fire information officer with BC Wildfire Service, says" (squamishchief.com;
                        # quotes14)
    return None


def _title_first(chunk, first, bare):
    if bare.rstrip(".") in _TITLES_NOT_FUNCTION_WORDS and len(chunk) <= 25 \
            and not any(t[0].lower() in CLAUSE_WORDS for t in chunk[:_occasion_relative(chunk)]):
        return True     # "Leonard E. Burman, director of the centrist ... Center and a professor at ..., said"
    return None


def _modified_title_of_employer(chunk, first, bare):
    k = next((k for k in (1, 2) if k < len(chunk) and chunk[k][0].lower() in _TITLES_NOT_FUNCTION_WORDS), None)
    if k is None or k + 2 >= len(chunk) or len(chunk) > 12 or \
            chunk[k + 1][0] not in {"of", "for", "with", "at"} or not is_cap(chunk[k + 2][0]) or \
            not all(t[0].isalpha() and t[0].islower() and t[0] not in DETERMINERS and t[0] not in CLAUSE_WORDS
                    for t in chunk[:k]):
        return None
    return True     # "Anne Knight, automotive analyst for Paine Webber and Co, told Reuters ..." (reut2-001 #854): a
    #                 modifier, an occupation and its employer, no article: a role of the name before


def _possessive_title(chunk, first, bare):
    if chunk[0][0].endswith(("'s", "’s")) and is_cap(chunk[0][0]) and (len(chunk) <= 6 or len(chunk) <= 14 and any(
            t[0].lower() in TITLE_WORDS for t in chunk[1:4]) and not any(t[0].lower() in CLAUSE_WORDS for t in chunk)):
        return True     # "Alan Milburn, Labour's election strategist, said", "Thomas Zurbuchen, NASA's associate
                        # administrator of the Science Mission Directorate, said"
    return None


def _employer_then_title(chunk, first, bare):
    if 2 <= len(chunk) <= 5 and is_cap(chunk[0][0]) and chunk[-1][0].islower() and chunk[-1][0] in TITLE_WORDS and \
            all(is_cap(t[0]) or t[0] in TITLE_WORDS for t in chunk) and not any(t[0].lower() in CLAUSE_WORDS for t in chunk):
        return True     # "Monica Chadha, BBC Delhi reporter, said", "X, Nomura chief economist, said"
    return None


def _lowercase_occupation(chunk, first, bare):
    if 2 <= len(chunk) <= 4 and all(t[0].isalpha() and t[0].islower() for t in chunk) and \
            not chunk[-1][0].endswith("s") and (chunk[-1][0] in TITLE_WORDS or chunk[-1][0].endswith(AGENT_ENDINGS)) and \
            not any(t[0] in CLAUSE_WORDS or t[0] in DETERMINERS for t in chunk):
        return True     # '"...," Jordan Froese, provincial fire investigator, OFM, told CTV News.' (quotes11)
    return None


def _and_closing_title(chunk, first, bare):
    if bare == "and" and len(chunk) <= 10:
        # "..., and Labour said" closes a title; "Milan Radojičić, and the need for a high-level meeting, Stano
        # mentioned" coordinates a topic, no apposition
        return all(is_cap(t[0]) or t[0].lower().rstrip(".") in TITLE_WORDS or t[0].lower() in DETERMINERS
                   for t in chunk[1:])
    return None


def _description_with_article(chunk, first, bare):
    if (bare in _DETERMINERS_OR_AND or bare == "another") and len(chunk) <= 16:
        # "a former Eton pupil and joint leader of the ...", "..., another co-chairman of X, said"
        clause = next((k for k, t in enumerate(chunk) if k and t[0].lower() in CLAUSE_WORDS), None)
        # ... also one whose person is described by a relative clause: "Julian Jessop, an economist who provided
        # informal advice to Truss during her leadership campaign, said ..."
        return clause is None or 2 <= clause <= 4 and chunk[clause][0].lower() == "who" and \
            chunk[clause - 1][0].lower() in NAME_HEADS
    return None


def _role_without_article(chunk, first, bare):
    if 2 <= len(chunk) <= 4 and (chunk[-1][0] in NAME_HEADS or chunk[-1][0] in _TITLES_NOT_FUNCTION_WORDS) and \
            all(t[0].islower() or t[0].isdigit() for t in chunk) and not any(t[0] in CLAUSE_WORDS for t in chunk):
        return True     # "Greg Lachance, ward 7 resident, says": a role with no article
    return None


def _capitalised_or_title_words(chunk, first, bare):
    return all(is_cap(t[0]) or t[0].lower().rstrip(".") in TITLE_WORDS or t[0].lower() in DETERMINERS
               for t in chunk) and len(chunk) <= 8


_TITLES_NOT_FUNCTION_WORDS = TITLE_WORDS - _FUNCTION_WORDS     # (made once, not per call)
ROLE_RULES = (_relative_pronoun_aside, _affiliation_aside, _in_response_to, _adverbial_aside, _age, _participle_role,
              _modified_title, _title_with_its_service, _title_first, _modified_title_of_employer, _possessive_title, _employer_then_title,
              _lowercase_occupation, _and_closing_title, _description_with_article, _role_without_article,
              _capitalised_or_title_words)


def role_like(chunk) -> bool:
    """Is the chunk a role, an age or an aside describing the name before it? The rules of ROLE_RULES decide in
    order (the last always does)."""
    if not chunk:
        return False
    first = chunk[0][0].lower()
    bare = _FORMER_PREFIX.sub("", first)     # "Ed Balls, ex-chief economic adviser to the Treasury, said"
    for rule in ROLE_RULES:
        found = rule(chunk, first, bare)
        if found is not None:
            return found
    return False


ACCOMPANYING = {"with", "alongside", "beside", "including", "among"}


def _before_accompanying_aside(chunks) -> Mention | None:
    """"Lady Hale, sitting with Lords Bingham, Steyn, Hope and Carswell, said ..." (bbc-news/politics/370): a participle
    aside naming those with the speaker, its list running over commas up to the verb; the person before the aside
    speaks, not the last names of its list."""
    for k in range(len(chunks) - 1, 0, -1):
        chunk = chunks[k]
        if chunk and len(chunk) >= 3 and _participle_aside(chunk) and chunk[1][0].lower() in ACCOMPANYING and \
                is_cap(chunk[-1][0]):
            if not chunks[k - 1]:
                return None
            m = parse_np(chunks[k - 1])
            if isinstance(m, Mention) and m.kind in ("name", "surname") and m.entity_kind != "organization":
                m.entity_kind = "person"
                return m
            return None
        if not chunk or not all(is_cap(t[0]) or t[0] == "and" for t in chunk):
            return None
    return None


def _participle_aside(chunk) -> bool:
    """An aside opened by a lower-case participle ("visiting Beijing", "speaking on BBC Radio 4", "asked about Mr
    Livingstone's remark by reporters") between a source and its verb: no name of its own."""
    if len(chunk) > 2 and chunk[0][0] in CAPTION_ADVERBS:
        chunk = chunk[1:]     # a caption's "here seen at the Surrey Memorial Hospital in Surrey in September"
    first = chunk[0][0] if chunk else ""
    if not (1 < len(chunk) <= 15 and first.isalpha() and first.islower() and
            (first.endswith(("ing", "ed")) or first in SEEN_PARTICIPLES)) or \
            any(t[0].lower() in CLAUSE_WORDS for t in chunk):
        return False
    # a past form may be the verb of a clause ("insisted on Wednesday it was time ..."): an aside has no other verb
    return first.endswith("ing") or not any(t[0].lower() in FINITE_AUXILIARIES for t in chunk[1:])


# A caption's aside: "Health Minister Adrian Dix, here seen at the Surrey Memorial Hospital in Surrey in September,
# said ..." (Black Press copy, the lead's round 18): the place he was seen at does not speak.
CAPTION_ADVERBS = {"here", "left", "right", "centre", "center", "above", "below"}
SEEN_PARTICIPLES = {"seen", "shown"}


# A group's count and head: "the two leaders", "both ministers".
GROUP_WORDS = frozenset(words("group_counts")) | {"both"} | {w for w in words("group_heads") if " " not in w}


FINITE_AUXILIARIES = {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should",
                      "may", "might", "must", "it", "he", "she", "they", "we", "i"}


ASIDES = {"however", "meanwhile", "though", "too", "also", "moreover", "furthermore", "nevertheless", "nonetheless",
          "separately", "similarly", "likewise", "instead", "earlier", "later"}


# Phrases set off by commas before the verb (lexicon aside_phrases), by their lower-case words.
ASIDE_PHRASES = frozenset(tuple(p.split()) for p in words("aside_phrases"))
ASIDE_PHRASE_MAX = max((len(p) for p in ASIDE_PHRASES), default=0)

SAY_CUE = re.compile(r"(?:said|says|told|added|replied|answered|explained|stated|states)\b")


def _manner_adverb(word: str) -> bool:
    """A lower-case adverb in -ly of six letters or more, not a noun in -ily or -bly ("family", "assembly", "daily")."""
    return len(word) >= 6 and word.islower() and word.endswith("ly") and not word.endswith(("ily", "bly"))


# A reporting verb right before "that" ("contended that"): _strip_between's "has long ..." only then.
VERB_THEN_THAT = re.compile(r"[a-z]+\s+that\b")


def _strip_between(toks, say_cue: bool = False, that_clause: bool = False):
    """Adverbs and a time adjunct between the source and its verb: 'Le Thi Thu Hang on March 17 reaffirmed',
    'the DFA on Tuesday (16 April 2024) said', 'the spokesman yesterday also said'. With that_clause (the verb
    followed by "that"), also "long" after an auxiliary: 'The Innu Nation, meanwhile, has long contended that ...'
    (vocm.com; set AO); not before an object ("has long urged fundamental reforms", verbs.yml between)."""
    while toks:
        if that_clause and len(toks) >= 3 and toks[-1][0].lower() == "long" and \
                toks[-2][0].lower() in ("has", "have", "had"):
            toks = toks[:-1]
            continue
        if len(toks) >= 3 and [t[0].lower() for t in toks[-2:]] in (["went", "on"], ["goes", "on"]):
            toks = toks[:-2]     # "The minister went on saying about ..., “...”" (Prothom Alo; seed16)
            continue
        if len(toks) >= 4 and [t[0].lower() for t in toks[-3:]] in (["went", "on", "to"], ["goes", "on", "to"]):
            toks = toks[:-3]     # '"...," he went on to say.' (winnipeg.ctvnews.ca; quotes23)
            continue
        if toks[-1][0].lower() in BETWEEN and not (toks[-1][0] == "May" and len(toks) > 1 and is_cap(toks[-2][0])):
            toks = toks[:-1]     # not the surname of "Mrs May said"
            continue
        if say_cue and len(toks) >= 2 and _manner_adverb(toks[-1][0]) and \
                (is_cap(toks[-2][0]) or toks[-2][0].lower() in PRONOUNS or
                 len(toks) >= 3 and toks[-2][0] in ORG_NOUNS | SPOKES_WORDS and is_cap(toks[-3][0])):
            toks = toks[:-1]     # "Price finally said" (issue 8, seed10); not "He categorically rejected X's
            continue             # statement", no words of his; "The Chinese delegation solemnly stated that ..."
            #                      (a body's noun after its name; People's Daily printing Xinhua, set AW 011)
        if len(toks) >= 3 and _manner_adverb(toks[-1][0]) and toks[-2][0] == ",":
            toks = toks[:-1]     # "Col Sansern Kaewkamnerd, the junta's spokesman, directly accused ...": an
            continue             # apposition's closing comma, then the verb's adverb (any verb's; Khaosod English,
            #                      own set AB 001; as "publicly", "firmly" of the lexicon's between-words)
        if len(toks) >= 4 and toks[-1][0] == "," and toks[-3][0] == "," and toks[-2][0].lower() in ASIDES:
            toks = toks[:-3]    # "Theyab, however, had said": an aside between commas
            continue
        if toks[-1][0] == "," and (n := _aside_phrase_length(toks)):
            toks = toks[:-n - 2]     # "The DFA, for its part, said in a statement that ...": a phrase between commas
            continue
        k = _time_adjunct_start(toks)
        if k is None:
            k = _occasion_adjunct_start(toks)
        if k is None:
            k = _participle_adjunct_start(toks)
        if k is None:
            break
        toks = toks[:k]
    return toks


def _aside_phrase_length(toks) -> int:
    """How many words an aside phrase of the lexicon has between the last two commas of toks (closing toks), else 0."""
    for n in range(2, ASIDE_PHRASE_MAX + 1):
        if len(toks) >= n + 3 and toks[-n - 2][0] == "," and \
                tuple(t[0].lower() for t in toks[-n - 1:-1]) in ASIDE_PHRASES:
            return n
    return 0


_OCCASION_NOUNS = set(words("occasion_nouns"))


def _occasion_adjunct_start(toks):
    """Where a trailing 'in a statement', 'at a press conference', 'in an interview with CNN' begins, or None:
    'Wisma Putra in a statement today said ...'."""
    low = [t[0].lower() for t in toks[-7:]]
    if low[-1] in {"he", "she", "they", "we", "i"}:
        return None     # "Speaking at the London conference he said": the subject after the occasion
    for k in range(len(low) - 1, -1, -1):
        if low[k] in ("in", "at", "on", "during") and k > 0 and \
                (any(w in _OCCASION_NOUNS for w in low[k + 1:k + 4]) or _occasion_closes(low, k)):
            return len(toks) - len(low) + k
    return None


ADJUNCT_SUBORDINATORS = {"while", "whilst", "when"}
PARTICIPLE_ADJUNCT_WORDS = 12


def _participle_adjunct_start(toks):
    """Where a trailing 'while commenting on ...' begins, or None: "The spokesperson while commenting on MQM Chief
    Altaf Hussain said ..." (Pakistan Today; dates19): the name it comments on does not speak. Also set off by
    commas: "MEA spokesperson Randhir Jaiswal, while addressing a weekly briefing, said ...", "..., when asked about the
    remarks, said ..." (set X): from the comma before it."""
    if len(toks) >= 5 and toks[-1][0] == ",":
        k = next((k for k in range(len(toks) - 2, max(0, len(toks) - PARTICIPLE_ADJUNCT_WORDS - 1) - 1, -1)
                  if toks[k][0] in {",", ";", ":", "(", ")"}), None)
        if k is not None and k > 0 and toks[k][0] == "," and k + 2 < len(toks) - 1 and \
                toks[k + 1][0].lower() in ADJUNCT_SUBORDINATORS and toks[k + 2][0].islower() and \
                (toks[k + 2][0].endswith("ing") or toks[k + 2][0] == "asked"):
            return k
    for k in range(len(toks) - 2, max(0, len(toks) - PARTICIPLE_ADJUNCT_WORDS) - 1, -1):
        if toks[k][0].lower() in ADJUNCT_SUBORDINATORS:
            nxt = toks[k + 1][0]
            return k if k > 0 and nxt.islower() and nxt.endswith("ing") and \
                not any(t[0] in {",", ";", ":"} for t in toks[k:]) else None
    return None


def _occasion_closes(low, k) -> bool:
    """The adjunct from k is an article and three words at most ending in an occasion noun right before the verb:
    'Foreign Office Spokesperson Mumtaz Zahra Baloch at a weekly press briefing said' (Pakistan Today via
    newswire.com.pk, seed16)."""
    return low[-1] in _OCCASION_NOUNS and low[k + 1] in {"a", "an", "the", "her", "his", "its", "their"} and \
        len(low) - k <= 5


_MONTHS = MONTHS | {m[:3] for m in MONTHS} | {"sept"}


def _time_adjunct_start(toks):
    """Where a trailing date phrase ('on March 17', 'on 17 March 2020', 'on Tuesday') begins, or None."""
    words = [t[0].lower().rstrip(".") for t in toks[-6:]]
    for k in range(len(words) - 1, -1, -1):
        if words[k] not in ("on", "in"):
            continue
        rest = [w for w in words[k + 1:] if w not in (",", "(", ")")]
        if rest and all(w in WEEKDAYS or w in _MONTHS or w.isdigit() or w.rstrip("stndrh").isdigit()
                        for w in rest) and any(w in WEEKDAYS or w in _MONTHS for w in rest):
            return len(toks) - len(words) + k
        at = len(toks) - len(words) + k
        if words[k] == "in" and len(rest) == 1 and _YEAR.fullmatch(rest[0]) and _name_before(toks, at):
            return at     # "The Downing Street Strategy Unit in 2003 said" (politics/056); not a participle's year:
            #               'Barbara Follet, one of the so-called "Blair Babes" elected in 1997, told' (politics/008),
            #               "Grayson, an Orlando Democrat who was first elected to Congress in 2008, criticized"
        if words[k] == "in" and rest and all(w in _PAST_SPAN for w in rest) and any(w in ("past", "recent")
                                                                                     for w in rest):
            return len(toks) - len(words) + k     # "China has in the past said", "X has in recent weeks warned"
    return None


def _name_before(toks, at: int) -> bool:
    """Do the tokens before at make one name, capitalised words from the phrase's start or its "the"?"""
    k = at
    while k > 0 and is_cap(toks[k - 1][0]):
        k -= 1
    return k < at and (k == 0 or k == 1 and toks[0][0].lower() == "the")


_YEAR = re.compile(r"(?:19|20)\d\d")
_PAST_SPAN = {"the", "past", "recent", "few", "days", "weeks", "months", "years", "week", "month", "year"}


# An adjunct opening the clause with no comma before its subject: "In the Cosmopolitan interview Mr Howard said",
# "Speaking in Harrogate Mr Kennedy said", "Asked why he thought ... Lord Butler said", "After the ruling Carla
# Ferstman, legal director of ..., said".
_ADJUNCT_OPENERS = set(words("adjunct_openers"))
_NAME_OPENERS = SURNAME_HONORIFICS | {"lord", "lady", "baroness", "sir", "dame"}
_PREPOSITIONS = set(words("prepositions"))


_TIME_OPENERS = words("time_openers")


_TIME_NOUNS = words("period_nouns")


_OPENING_TIME_ADVERBIALS = [a.split() for a in words("opening_time_adverbials")]


def _subject_after_adjunct(chunk):
    """The person (name, honorific and surname, or a closing pronoun) after a comma-less opening adjunct, or None."""
    timed = parse_np(chunk) if len(chunk) > 2 and chunk[0][0].lower() in _TIME_OPENERS else None
    if isinstance(timed, Mention) and timed.kind in ("name", "surname") and timed.start > chunk[0][1]:
        return timed     # a time first: "Last year MAB, which opposed the war in Iraq, urged ...", "On Monday Mr X, ..."
    if isinstance(timed, Mention) and timed.kind in ("body", "title") and timed.entity_kind == "organization" and \
            timed.start > chunk[0][1] and re.fullmatch(r"\d{4}", chunk[1][0]) and \
            timed.text.split()[0].lower() == "the":
        return timed     # ... a year, then a body by its noun: "In 1998 the party said it would not return to Blackpool"
        #                  (bbc-news/politics/330; set Z round), as "On Monday the party said" is
    low = [t[0].lower() for t in chunk]
    fixed = next((len(a) for a in _OPENING_TIME_ADVERBIALS if low[:len(a)] == a and len(chunk) > len(a)), 0)
    if fixed and is_cap(chunk[fixed][0]):
        # a fixed time adverbial, then the subject: "At the time SUN said nine of the city's 15 ambulances were ..."
        # (CBC Saskatoon; set Q)
        m = parse_np(chunk[fixed:])
        return m if isinstance(m, Mention) and m.kind in ("name", "surname", "body") else None
    if len(chunk) > 3 and chunk[0][0].lower() in {"but", "and", "yet"} and chunk[1][0][:1].islower():
        chunk = chunk[1:]     # "But standing next to Mr Blair he added that ..."
    elif len(chunk) < 3 or not is_cap(chunk[0][0]):
        return None
    first = chunk[0][0].lower()
    if first not in _ADJUNCT_OPENERS and not (first.endswith("ing") and first != "according"):
        return None
    for k in range(2, len(chunk)):
        w, prev = chunk[k][0], chunk[k - 1][0]
        if prev.lower() in _PREPOSITIONS:
            continue     # "Asked about the arrest of Patrick Rock, the PMS said": the adjunct's object
        if first in {"in", "at"} and k == _occasion_end(chunk) and (is_cap(w) or w.lower() == "the"):
            # "In a statement Google said", "In its statement Valve also said": the occasion, then who spoke there
            m = parse_np(chunk[k:])
            return m if isinstance(m, Mention) and m.kind in ("name", "surname", "body", "pronoun") else None
        if w == "the" and (prev.lower() in WEEKDAYS or prev.lower() in {"yesterday", "today"}) and k < len(chunk) - 1:
            # a title after the adjunct's day: "... and before he left for Africa on Tuesday the chancellor told
            # reporters: ..." (bbc12)
            m = parse_np(chunk[k:])
            return m if isinstance(m, Mention) and m.kind == "title" and m.entity_kind == "person" else None
        # (a time noun closing the adjunct, then the name: "At one point last year Higgs said he would use the state
        # of the province speech to announce ...", CBC via Yahoo; quotes15)
        if w.lower().rstrip(".") in _NAME_OPENERS or \
                (w.lower() in {"he", "she"} and k == len(chunk) - 1) or \
                (is_cap(w) and prev.lower() in _TIME_NOUNS and chunk[k - 2][0].lower() in {"last", "this", "next"}) or \
                (is_cap(w) and prev[:1].islower() and prev.lower() not in DETERMINERS and
                 is_given_name(w, any_gender=True) and k < len(chunk) - 1):
            m = parse_np(chunk[k:])
            return m if isinstance(m, Mention) and m.kind in ("name", "surname", "pronoun") else None
    return None


def _occasion_end(chunk) -> int:
    """Where 'In a statement', 'In its statement', 'In a separate interview' (an article or possessive, at most one
    modifier, a noun of the occasion) ends in chunk, else -1."""
    if len(chunk) < 4 or chunk[1][0].lower() not in {"a", "an", "the", "its", "his", "her", "their"}:
        return -1
    for k in (2, 3):
        if k < len(chunk) and chunk[k][0].lower() in _OCCASION_NOUNS:
            return k + 1
        if not chunk[k][0][:1].islower():
            return -1
    return -1


def _named_after_descriptor(toks, n: int) -> Mention | None:
    """'UK advertising giant WPP has posted ... and predicted': a place or a demonym ("UK", "German") opens the
    clause's subject, then up to three lower-case words describe the name that follows (the subject is WPP)."""
    k = n
    while k < min(n + 3, len(toks)) and toks[k][0].islower() and toks[k][0] not in VERBISH:
        k += 1
    end = k
    while end < len(toks) and is_cap(toks[end][0]):
        end += 1
    if k == n or end == k:
        return None
    m = parse_np(toks[:end])
    return m if isinstance(m, Mention) and m.kind in ("name", "body") and m.name and fold(m.name) not in places() \
        else None


# A participle or an adverb set off by a comma at the sentence's opening, before the subject: "Frustrated, Sanders said
# he "cannot walk down the street" without reporters asking him ..." (The Washington Post; PolNeAR), "Undeterred,
# Clinton said ...": no name with the subject as its role ("Frustrated", "Sanders"). Not a word the name lists hold
# ("Kelly, a spokeswoman, said").
OPENING_MODIFIER = re.compile(r"([A-Z][a-z]{3,}(?:ed|ly)),[ \t]+(?=[A-Z])")


def _past_opening_modifier(text: Text, lo: int, cue_start: int) -> int:
    s_start = text.sentence_at(cue_start)[0] if lo <= cue_start else lo
    m = OPENING_MODIFIER.match(text.body, s_start, cue_start) if s_start >= lo else None
    if m is None or is_name_word(m.group(1)):
        return lo
    return m.end()


def subject_before(text: Text, lo: int, cue_start: int, across_quotes: bool = False):
    """The source mention(s) ending right before a reporting verb: [Mention], VAGUE_SOURCE, or None."""
    lo = _past_opening_modifier(text, lo, cue_start)
    found = _subject_before(text, lo, cue_start, across_quotes)
    if isinstance(found, list) and found[0] and found[0].kind == "body" and FIRM_PARTNER.match(found[0].name or ""):
        found[0] = _firm_with_comma(text.body, lo, found[0])
    if found is not None:
        return found
    start = lo if across_quotes else text.quote_end_before(lo, cue_start)
    chunks = split_chunks(_strip_between(_drop_parentheses(tokens(text.body[start:cue_start], start))))
    while chunks and not chunks[-1]:
        chunks.pop()
    if not chunks:
        return None
    m = _subject_after_adjunct(chunks[-1])
    return [m] if m is not None else None


# The text's own name for a person called May ("Theresa May", "Mrs May"), who "May said" is.
NAMED_MAY = re.compile(r"\b([A-Z][a-z]+)\.?[ \t]+May\b")
# A firm named after its partners with a comma ("Sears, Roebuck and Co", "Goldman, Sachs and Co", "Kidder, Peabody and
# Co"): the comma is no apposition.
FIRM_PARTNER = re.compile(r"[A-Z][\w'’-]+ (?:and|&) Co\b")
FIRST_PARTNER = led(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=\b[Tt]he\s)|(?<=\bof\s)|(?<=\bat\s))([A-Z][\w'’-]+),\s+$")


def _firm_with_comma(body, lo, m: Mention) -> Mention:
    first = FIRST_PARTNER.search(body, max(lo, m.start - 40), m.start)
    if first is None:
        return m
    name = f"{first.group(1)}, {m.name}"
    return Mention(body[first.start(1):m.end], first.start(1), m.end, m.kind, name=name, role=m.role,
                   organization=m.organization, entity_kind=m.entity_kind, gender=m.gender, plural=m.plural)


_WHERE = words("place_prepositions")
# Words for some of a group of unnamed people opening a subject ("Some in and around ...", "Many across the city")
VAGUE_QUANTIFIERS = words("vague_quantifiers")
POSSESSIVE_DETERMINERS = words("possessive_determiners")
NAME_CONNECTORS = words("connectors")     # the small words inside a body's name ("Department of Foreign Affairs")


def _people_somewhere(chunk) -> bool:
    """A plural common noun opening the sentence, then where they are: 'Governments in states bordering Syria',
    'Farmers across Ghana': unnamed people, not the place ('Friends of the Earth' is a name: 'of' is no place)."""
    if len(chunk) < 3 or chunk[1][0] not in _WHERE:
        return False
    w = chunk[0][0]
    return w[:1].isupper() and w[1:].islower() and w.endswith("s") and not w.endswith("ss") and \
        fold(w) not in surnames() and fold(w) not in places() and fold(w) not in ORG_WORDS


BODY_RELATIONS = set(words("body_relations"))
OWNERSHIP_WORDS = set(words("ownership_words"))


# (a clause follows: "who added that ...", "who said: ..."; not "who has admitted fraud and will testify ...")
SAY_OR_THAT = re.compile(r"(?:said|says|added|adds|told)\b|\w+\s+that\b")


def _body_before_which(chunks) -> Mention | None:
    """"a survey from the British Bankers' Association, which said ...", "admonished by the Securities and Exchange
    Commission which said ...": the body named right before the relative 'which' (a capitalised run with an
    organisation word, or an acronym), not a report or a plan."""
    last = chunks[-1]
    k = next((i for i in range(len(last) - 1, -1, -1) if last[i][0].lower() == "which"), None)
    if k is None or not all(t[0].lower() in BETWEEN for t in last[k + 1:]):
        return None
    prev = last[:k] if k > 0 else (chunks[-2] if len(chunks) >= 2 else [])
    best = None
    for n in range(1, min(8, len(prev)) + 1):
        w = prev[-n][0]
        if not is_cap(w) and w.lower() not in {"of", "and", "for", "&"}:
            break
        if not is_cap(w):
            continue
        m = parse_np(prev[-n:])
        if isinstance(m, Mention) and m.kind == "body" and m.entity_kind == "organization" and m.name and \
                (any(x.lower().rstrip(".,'’s") in ORG_WORDS for x in m.name.split()) or
                 (m.name.isupper() and n == 1)):
            best = m
    return best


def _body_before_relation(chunks):
    """"Ericsson Corp, the U.S. unit of LM Ericsson Telephone Co of Sweden, said", "FFB Corp, parent of the First
    Federal Bank of Connecticut FSB, said": the body before an apposition that relates it to another body."""
    if len(chunks) < 2 or not chunks[-2] or not chunks[-1]:
        return None
    low = [t[0].lower() for t in chunks[-1]]
    k = next((i for i, w in enumerate(low[:7]) if w in BODY_RELATIONS), None)
    j = k + 1 if k is not None and low[k + 1:k + 3] in (["company", "of"], ["group", "of"], ["firm", "of"]) else k
    # ("A spokesman for DaimlerChrysler, parent company of Mercedes Benz, said": DaimlerChrysler)
    if k is None or low[j + 1:j + 2] != ["of"] or \
            not all(w in DETERMINERS or w in OWNERSHIP_WORDS or w.isdigit() or is_cap(t[0])
                    for w, t in zip(low[:k], chunks[-1])):
        return None
    m = parse_np(chunks[-2])
    if isinstance(m, Mention):
        return m if m.kind == "body" else None
    # (a body the parser cannot read, "Imperial oil IMO.A, a 70 pct owned subsidiary of Exxon Corp, said" (reut2-003):
    # nobody it can name, never the other body after "of")
    return VAGUE_SOURCE


# A dateline of places with a colon opening the sentence: "Doha, Qatar: Advisor to the Prime Minister and Official
# Spokesperson ... Dr. Majid bin Mohammed Al Ansari emphasised" (not the speaker Doha; issue 8, seed round).


def _dateline_end(body: str, lo: int, hi: int) -> int:
    """Where the sentence's words begin after a dateline opening it (CAPS_DATELINE_LEAD, or known places and a colon)."""
    m = CAPS_DATELINE_LEAD.match(body, lo, hi) or DASH_DATELINE_LEAD.match(body, lo, hi) or \
        OUTLET_DATELINE_LEAD.match(body, lo, hi)
    if m:
        return m.end()
    m = place_colon_lead(body, lo, hi)
    return m.end() if m else lo


def _dashed_place_goes_on(body: str, before, chunk) -> bool:
    """Is the chunk the second half of a name joined by a spaced dash to a phrase of prose before it ("... from the
    southern province of Ba Ria – Vung Tau")? Not after a dateline, which has no lower-case word ("HANOI – Le Thi Thu
    Hang, ...")."""
    return bool(before) and is_cap(before[-1][0]) and any(t[0][:1].islower() for t in before) and \
        SPACED_DASH.fullmatch(body, before[-1][2], chunk[0][1]) is not None


SPACED_DASH = re.compile(r"[ \t]+[-–][ \t]+")


def _apposition_goes_on(chunks) -> bool:
    """Is the last chunk ", and co-author of the study," a second description of the apposition before it (a lower-case
    word after "and"; not ", and John Prescott said", a second speaker)?"""
    last = chunks[-1]
    if len(last) < 2 or last[0][0] != "and" or not last[1][0][:1].islower():
        return False
    if last[1][0] in DETERMINERS and len(last) > 2 and is_cap(last[2][0]):
        return False     # "the Department of Commerce, the National Science Foundation, and the National Aeronautics ..."
    return role_like(chunks[-2])


def _name_before_relative(chunks) -> Mention | None:
    """"Dr Gibbons, who was a GP in Blaengwynfi, in the Upper Afan Valley, before becoming AM for Aberavon, said",
    "Former Cabinet minister Douglas Hogg, whose father and grandfather served as lord chancellor, said": the person
    named opening the sentence, when a relative clause (commas and all) stands between the name and the verb. The
    caller has checked that a comma closes the clause right before the verb."""
    i = 1 if len(chunks) > 2 and chunks[0] and all(t[0].lower() in LEADING_CONNECTIVES for t in chunks[0]) else 0
    if len(chunks) < i + 2 or not chunks[i] or not chunks[i + 1] or chunks[i + 1][0][0].lower() not in {"who", "whose", "who's", "who’s"}:
        return None
    head = chunks[i]
    if len(head) > 1 and head[0][0].lower() in LEADING_CONNECTIVES and is_cap(head[1][0]):
        head = head[1:]     # "But Mr Blair, who ..., said"
    m = parse_np(head)
    if not isinstance(m, Mention) or m.entity_kind != "person" or m.start != head[0][1] or not (
            m.kind == "name" or (m.kind == "surname" and head[0][0].lower().rstrip(".") in _NAME_OPENERS) or
            # "The Vanier resident, who's also a volunteer for the group, said": the person just quoted (quotes15)
            (m.kind == "title" and head[0][0] == "The" and (back_reference_noun((m.role or "").split()) or
                                                            _seat_member((m.role or "").split()) or
                                                            _former_office((m.role or "").split())))):
        return None
    return m


def _former_office(role_words: list[str]) -> bool:
    """"The former justice minister, who has thrown his weight behind ..., warned": an office the person just named
    once held, all its words a title's (the Independent; bbc22; Resolver._former_title_of finds him)."""
    return role_words[:1] == ["former"] and 2 <= len(role_words) <= 4 and \
        all(fold(w) in TITLE_WORDS for w in role_words[1:])


def _seat_member(role_words: list[str]) -> bool:
    """"The Nottingham East MP, who has been critical of Jeremy Corbyn's leadership, said": a member of a parliament
    by a seat or party in capitals (televisor.co.uk; bbc20), the person named before him as the resolver finds."""
    return len(role_words) >= 2 and fold(role_words[-1]) in BACK_REFERENCE_HEADS and \
        all(is_cap(w) for w in role_words[:-1])


def _listed_people_before(chunks) -> list:
    """The people named one a chunk right before a subject's last chunk ("Tim Simmons, Karen Turkstra, Laura Peddle
    and Shirley Glauser"), each by a full name; none when any of those chunks is something else."""
    listed = []
    for chunk in reversed(chunks[:-1]):
        m = parse_np(chunk) if chunk and all(is_cap(t[0]) for t in chunk) else None
        if not isinstance(m, Mention) or m.kind != "name" or m.entity_kind != "person" or \
                len((m.name or "").split()) < 2 or m.start != chunk[0][1]:
            break
        listed.insert(0, m)
    return listed if len(listed) == len(chunks) - 1 else []


def _name_before_bare_relative(chunks) -> Mention | None:
    """"James Yachysh who lives in Parkridge says a new road will make travel safer": the person's full name opening
    the subject, a short relative clause with no commas after it (a CBC photo caption, quotes15)."""
    last = chunks[-1] if chunks else []
    k = next((i for i, t in enumerate(last) if t[0] == "who"), None)
    if not k or not 2 <= len(last) - k <= 8 or not is_cap(last[k - 1][0]):
        return None
    m = parse_np(last[:k])
    if not isinstance(m, Mention) or m.kind != "name" or m.entity_kind != "person" or m.start != last[0][1] or \
            len((m.name or "").split()) < 2:
        return None
    return m


def _described_by_relative(chunks) -> Mention | None:
    """"Vinish, a Caswell resident who lived in Mayfair for more than ten years, says ...": the person named before an
    apposition whose noun a relative clause goes on describing (CTV, quotes15)."""
    if len(chunks) < 2 or not chunks[-2] or len(chunks[-2]) > 4 or len(chunks[-1]) < 3 or \
            chunks[-1][0][0] not in {"a", "an"} or not any(t[0] == "who" for t in chunks[-1][2:]):
        return None
    m = parse_np(chunks[-2])
    if not isinstance(m, Mention) or m.kind not in ("name", "surname") or m.entity_kind == "organization" or \
            m.start != chunks[-2][0][1]:
        return None
    return m


def _name_before_seated_business(chunks):
    """'Fidelity International Ltd, a Bermuda-based firm, said': the body named in the chunk before an apposition that
    describes it by its seat alone (which names no one: mentions.firm_by_its_seat; Reuters-21578)."""
    described = [t[0] for t in chunks[-1]]
    if "and" in described[3:-2] and described[described.index("and", 3) + 1].islower():
        # "..., a New York investment firm and subsidiary of PaineWebber Group Inc, said": a second description
        described = described[:described.index("and", 3)]
    if len(chunks) < 2 or not chunks[-2] or not described_by_seat(described):
        return None
    named = parse_np(chunks[-2])
    if not (isinstance(named, Mention) and named.kind in ("body", "name") and named.start == chunks[-2][0][1]):
        return None
    named.entity_kind = "organization"
    return named


def _relative_who(chunks):
    """The words before a relative "who" that ends the subject's words ("..., who this week criticised", "... Michael
    Howard who said"): the chunk before its comma, or the last chunk's words before "who"; None without one."""
    last = chunks[-1] if chunks else []
    k = next((i for i in range(len(last) - 1, -1, -1) if last[i][0].lower() == "who"), None)
    if k is None or not all(t[0].lower() in BETWEEN for t in last[k + 1:]):
        return None
    if k == 0:
        return chunks[-2] if len(chunks) >= 2 and chunks[-2] else None
    return last[:k] if is_cap(last[k - 1][0]) else None


# Before a nickname in quotation marks inside a name or its apposition: 'Jimmy "the Whirlwind " White - has previously
# admitted ...', 'Barbara Follet, one of the so-called "Blair Babes" elected in 1997, told researchers: ...' (bbc12).
NICKNAMED_BEFORE = re.compile(r"(?:\bso-called|\bnicknamed|\bdubbed|\b[A-Z][a-z]+)\s+$")


def _nickname_quote(text: Text, after: int) -> int | None:
    """The opening mark of a quoted nickname (four words at most, after "so-called" or a given name) that closes
    just before after; None otherwise."""
    q = next((q for q in text.quotes if q.after == after), None)
    if q is None or len(text.body[q.start:q.end].split()) > 4 or re.search(r"[.!?,;:]", text.body[q.start:q.end]):
        return None
    m = NICKNAMED_BEFORE.search(text.body, max(0, q.open_mark - 15), q.open_mark)
    if m is None:
        return None
    word = m.group().strip()
    if word[:1].isupper() and not is_given_name(word):
        return None
    return q.open_mark


def _over_nicknames(text: Text, lo: int, start: int):
    """(where the subject's words begin, [(opening mark, end) of each nickname]) going back from start, just past a
    closing mark, over quoted nicknames (_nickname_quote) to the closing mark before them (or lo)."""
    nicknames = []
    while start > lo:
        nick = _nickname_quote(text, start)
        if nick is None:
            break
        nicknames.append((nick, start))
        start = text.quote_end_before(lo, nick)
    return start, nicknames


def subject_region_start(text: Text, lo: int, pos: int) -> int:
    """Just past the last closing mark between lo and pos, over quoted nicknames."""
    return _over_nicknames(text, lo, text.quote_end_before(lo, pos))[0]


def _second_predicate(chunk) -> bool:
    """Does the chunk before the verb close with "and"/"but", the verb a second predicate ("... during his tenure
    and urged"), no apposition's end? Not within a relative clause or another's source: "according to a person who
    attended and described her remarks on the condition of anonymity" (polnear nyt)."""
    return len(chunk) > 1 and chunk[-1][0].lower() in {"and", "but"} and \
        not any(t[0].lower() in RELATIVE_OR_SOURCE for t in chunk)


RELATIVE_OR_SOURCE = {"who", "whom", "whose", "which", "that", "where", "when", "according"}


def _subject_of_opening_clause(chunks) -> Mention | None:
    """The name opening the sentence before its past verb, subject of a second predicate after a list over commas:
    "Wamalwa thanked the Council of Governors in particular Nanok, Oparanya and Wambora, for improving
    intergovernmental relations, during his tenure and urged the Council to continue ..." (kbc.co.ke; dates19)."""
    head = chunks[0]
    k = 0
    while k < min(6, len(head)) and is_cap(head[k][0]):
        k += 1
    if not k or k >= len(head) or not re.fullmatch(r"[a-z]{3,}ed", head[k][0]):
        return None
    m = parse_np(head[:k])
    return m if isinstance(m, Mention) and m.kind in ("name", "surname") else None


def _title_after_participle_clause(chunks) -> Mention | None:
    """The title right before the verb after an opening participle clause whose object lists names over commas:
    "Commenting on the presidential decree temporarily placing the assets of two foreign companies, German Uniper,
    and Finnish Fortum, under external management, the Kremlin spokesman said ..." (anews.com.tr; dates19): the
    spokesman, not a name of the list (no comma closes an apposition before the verb)."""
    head, last = chunks[0], chunks[-1]
    if len(chunks) < 3 or len(head) < 2 or not last or last[0][0].lower() != "the" or \
            not (head[0][0].endswith("ing") and is_cap(head[0][0]) and head[1][0].islower()):
        return None
    m = parse_np(last)
    return m if isinstance(m, Mention) and m.kind in ("title", "body") else None


def _named_in_which(chunks):
    """The person named as the subject of a relative clause after a preposition: "we issued a statement on Syria, in
    which the Secretary-General said ..." (UN noon briefing; brief20), else None. The clause may open inside the
    chunk, no comma before it, when only the name (and adverbs of BETWEEN) stands between "which" and the verb: "Mr
    Morrison was forced to defend his relationship ... after the release of damaging text messages in which Ms
    Berejiklian purportedly called the Prime Minister a “horrible, horrible person”." (Brisbane Times; set BD 004)"""
    if not chunks:
        return None
    last = chunks[-1]
    low = [t[0].lower() for t in last]
    at = max((k for k in range(len(low) - 2) if low[k:k + 2] in (["in", "which"], ["during", "which"])), default=None)
    if at is None or at == 0 and len(chunks) < 2 or at > 0 and not _only_name_after(last[at + 2:]):
        return None
    m = parse_np(last[at + 2:]) if at == 0 else _name_of(last[at + 2:])
    kinds = ("name", "title") if at == 0 else ("name", "surname")
    return m if isinstance(m, Mention) and m.entity_kind == "person" and m.kind in kinds else None


def _name_of(toks):
    """The mention of toks without the adverbs of BETWEEN closing them, else None."""
    end = len(toks)
    while end > 0 and toks[end - 1][0].lower() in BETWEEN:
        end -= 1
    return parse_np(toks[:end]) if end else None


def _only_name_after(toks) -> bool:
    """Do toks hold one person's name and nothing but adverbs of BETWEEN after it?"""
    m = _name_of(toks)
    return isinstance(m, Mention) and m.kind in ("name", "surname") and m.entity_kind == "person" and \
        m.text.split()[-1] == next(t[0] for t in reversed(toks) if t[0].lower() not in BETWEEN)


# -- _subject_before: the rules in order, over one _Before (the region, its tokens and chunks, which the steps among
# the rules narrow as they go). Each rule returns its finding ([Mention, ...], VAGUE_SOURCE, or None for "no subject")
# or GO_ON (this rule does not decide; the next one does). A step changes the state and goes on.
_SUBJECT_KINDS = ("name", "pronoun", "surname", "body", "title")


class _Before:
    """What the rules of SUBJECT_BEFORE_RULES read: the region [lo, cue_start) and what the steps made of it.
    lo: where the subject may start (after a dateline, the last quote, nicknames), sentence_lo: where the sentence
    does; toks, chunks: the region's words and its chunks between separators; closed: a comma closes the region;
    first: the chunk before the verb (chunks[-1]), m_first: its parse; chain: the indexes of the role-like chunks
    closing the region; head, subs, head_m: the chunk before the chain, its subordinators, the mention it closes
    with; last: the clause before the verb, coordinated: it has "but"/"and"."""
    __slots__ = ("text", "body", "lo", "cue_start", "across_quotes", "sentence_lo", "nicknames", "toks", "chunks",
                 "closed", "first", "m_first", "chain", "head", "subs", "head_m", "last", "coordinated")

    def __init__(self, text: Text, lo: int, cue_start: int, across_quotes: bool):
        self.text, self.body, self.lo, self.cue_start, self.across_quotes = text, text.body, lo, cue_start, across_quotes
        self.nicknames = []


def _after_dateline_and_quote(st):
    st.lo = _dateline_end(st.body, st.lo, st.cue_start)
    st.sentence_lo = st.lo
    if not st.across_quotes:
        st.lo = st.text.quote_end_before(st.lo, st.cue_start)
    return GO_ON


def _skip_nicknames(st):
    if not st.across_quotes:     # (the subject goes on before a nickname: 'Jimmy "the Whirlwind " White')
        st.lo, st.nicknames = _over_nicknames(st.text, st.sentence_lo, st.lo)
    return GO_ON


# A relative clause between a subject and its reporting verb, closed by a comma before the verb and its auxiliaries or
# adverbs: "Mr Blair, who has described Africa as a "scar" on the world's conscience, has already said ..." (bbc-news/
# politics/127; setl).
RELATIVE_THEN_MAIN_VERB = re.compile(r",\s+(?:who|which)\s[^.!?;:]*,\s+(?:(?:has|have|had|also|already|now|since|"
                                     r"[a-z]+ly)\s+)*$")


def _relative_clause_across_quote(st):
    """A quotation inside the relative clause is no end of the subject's region: the subject is before "who"."""
    if st.across_quotes or st.lo <= st.sentence_lo:
        return GO_ON
    m = RELATIVE_THEN_MAIN_VERB.search(st.body, st.sentence_lo, st.cue_start)
    if m is None or m.start() >= st.lo:
        return GO_ON
    return subject_before(st.text, st.sentence_lo, st.cue_start, across_quotes=True)


def _tokenise(st):
    body, lo, cue_start = st.body, st.lo, st.cue_start
    toks = _strip_between(_drop_parentheses(tokens(body[lo:cue_start], lo)),
                          say_cue=SAY_CUE.match(body, cue_start) is not None,
                          that_clause=VERB_THEN_THAT.match(body, cue_start) is not None)
    if st.nicknames:     # (the nickname is no part of the name: "Jimmy White")
        toks = [t for t in toks if not any(a <= t[1] < b for a, b in st.nicknames)]
    st.toks = toks
    return GO_ON


def _theresa_may(st):
    body, lo = st.body, st.lo
    if body[lo:st.cue_start].strip() == "May" and any(
            m.group(1).lower() in SURNAME_HONORIFICS or is_given_name(m.group(1), any_gender=True)
            for m in NAMED_MAY.finditer(body)):
        # "May said the deal was ...", "May told ITV's This Morning": Theresa May (or "Guitarist Brian May has said
        # ... May said:", bbc-news/entertainment/138), whom the text names, not the month (bbc20)
        at = body.index("May", lo)
        return [Mention("May", at, at + 3, "surname", name="May", entity_kind="person", gender="f")]
    return GO_ON


def _no_tokens(st):
    return None if not st.toks else GO_ON


def _some_in_a_place(st):
    toks = st.toks
    if len(toks) > 2 and toks[0][0][:1].isupper() and toks[0][0].lower() in VAGUE_QUANTIFIERS and toks[1][0] in _WHERE:
        return VAGUE_SOURCE     # "Some in and around Blaine Higgs's home riding, Quispamsis, say ...": unnamed people
    return GO_ON


def _pronoun_after_and(st):
    return [parse_np(st.toks[-1:])] if _pronoun_after_clause_and(st.toks) else GO_ON


def _split_into_chunks(st):
    chunks = split_chunks(st.toks)
    st.closed = st.toks[-1][0] == ","     # an apposition closes before the verb: "X, the Lord Chief Justice, said"
    while chunks and not chunks[-1]:
        chunks.pop()
    st.chunks = chunks
    return GO_ON


def _no_chunks(st):
    return None if not st.chunks else GO_ON


def _apposition_going_on(st):
    if st.closed and len(st.chunks) >= 3 and _apposition_goes_on(st.chunks):
        st.chunks.pop()     # "Dylan Nelson, a postdoctoral fellow at ... in Munich, Germany, and co-author of the study,"
    return GO_ON


def _listed_name_joined(st):
    _join_listed_name(st.chunks)
    return GO_ON


def _the_latter(st):
    chunks = st.chunks
    if len(chunks) >= 2 and [t[0].lower() for t in chunks[-1]] == ["the", "latter"]:
        # "While reacting to AICC president Mallikarjun Kharge’s criticisms against Mr Chowdhury, the latter told
        # reporters ...": the person named last before it (The Statesman; issue 8, south13)
        prev = chunks[-2]
        j = len(prev)
        while j > 0 and (is_cap(prev[j - 1][0]) or prev[j - 1][0].lower().rstrip(".") in TITLE_WORDS):
            j -= 1
        m = parse_np(prev[j:]) if j < len(prev) else None
        if isinstance(m, Mention) and m.kind in ("name", "surname") and m.entity_kind == "person":
            return [m]
        return None
    return GO_ON


def _document_we(st):
    chunks = st.chunks
    if len(chunks) >= 2 and [t[0] for t in chunks[0]] == ["We"] and chunks[1] and chunks[1][0][0] == "the":
        return [parse_np(chunks[0])]     # "We, the G7 Foreign Ministers of Canada, ... reiterate": the document's "we"
    return GO_ON


def _named_before_who(st):
    chunks, body, cue_start = st.chunks, st.body, st.cue_start
    who = _relative_who(chunks)
    if who is None:
        return GO_ON
    # "... an address from Iraqi interim leader Iyad Allawi, who this week criticised ...": the person named
    # right before the relative pronoun (also with no comma: "a challenge from Tory leader Michael Howard who said
    # Labour would raise taxes", bbc12)
    prev, best = who, None
    bare = who is not chunks[-2] if len(chunks) >= 2 else True     # no comma before "who"
    if re.match(r"(?:wrote|writes)\b", body[cue_start:cue_start + 8]):
        prev = []     # "Ros Coward, who wrote the authorised biography of Diana": an author, no speech
    for n in range(1 if bare else 2, min(7, len(prev)) + 1):     # (a body may be one word: "the Conservatives")
        particle = prev[-n][0] in NAME_PARTICLES and n < len(prev) and is_cap(prev[-n - 1][0])
        if not is_cap(prev[-n][0]) and not particle and \
                (prev[-n][0] != "the" if bare else prev[-n][0].lower() not in TITLE_WORDS):
            break     # ("Chief of Staff Howard Baker": the title's small words go on, and a name's particle:
            #           "Undersecretary Eduardo de Vega, who stated that ...")
        m = parse_np(prev[-n:])
        if bare and isinstance(m, Mention) and (m.name or "").split()[-1:] != [prev[-1][0]]:
            continue     # with no comma the name itself stands right before "who" (not "... Meeting in Beijing")
        if isinstance(m, Mention) and m.entity_kind == "person" and (m.kind == "name" or (
                m.kind == "surname" and prev[-n][0].lower().rstrip(".") in SURNAME_HONORIFICS and
                SAY_OR_THAT.match(body, cue_start))):
            best = m     # (also '," said Mr Fitzpatrick, who added that ...': an honorific and surname)
        elif isinstance(m, Mention) and m.kind == "body" and m.entity_kind == "organization" and \
                SAY_OR_THAT.match(body, cue_start) and places().get(fold(m.name or "").lower()) is None:
            best = m     # "labelled a "big misjudgement" by the Conservatives who said ...": a body (bbc12; not
                         # a place: "Hun Sen's stance at the ... Meeting in Beijing who said ...")
    return [best] if best is not None else GO_ON


def _found(m):
    """A helper's finding as a rule's: [m], or GO_ON when it found nothing."""
    return [m] if m is not None else GO_ON


def _name_then_relative(st):
    return _found(_name_before_relative(st.chunks) or _body_before_relative(st.chunks)) if st.closed else GO_ON


def _body_before_relative(chunks) -> Mention | None:
    """"Southcorp, whose brands include Penfolds, Rosemount and Lindemans, dismissed ...", "General Motors, which
    ..., said": a body's name, or one capitalised word no lexicon knows, opening the sentence before a relative
    clause on a non-person ('which', or 'whose'), not the last name inside the clause."""
    if len(chunks) < 2 or not chunks[0] or not chunks[1] or chunks[1][0][0].lower() not in {"whose", "which"}:
        return None
    m = parse_np(chunks[0])
    if not isinstance(m, Mention) or m.start != chunks[0][0][1] or m.entity_kind == "person":
        return None
    if m.kind == "body" or (m.kind == "surname" and len(chunks[0]) == 1 and is_cap(chunks[0][0][0])):
        return m
    return None


def _relative_describing(st):
    return _found(_described_by_relative(st.chunks)) if st.closed else GO_ON


def _bare_relative(st):
    return _found(_name_before_bare_relative(st.chunks)) if not st.closed else GO_ON


def _pronoun_in_which(st):
    chunks = st.chunks
    if len(chunks) >= 2 and [t[0].lower() for t in chunks[-1][:2]] in (["in", "which"], ["during", "which"]) and \
            len(chunks[-1]) == 3 and chunks[-1][2][0].lower() in {"he", "she", "they"}:
        return [parse_np(chunks[-1][2:])]     # "an interview with ..., Dr Lim Wee Kiak, in which he said": the pronoun
    return GO_ON


def _person_in_which(st):
    return _found(_named_in_which(st.chunks))


def _body_which(st):
    return _found(_body_before_which(st.chunks))


def _seated_business(st):
    return _found(_name_before_seated_business(st.chunks)) if st.closed else GO_ON


def _leading_connective_dropped(st):
    chunks = st.chunks
    if len(chunks) > 1 and len(chunks[0]) > 1 and chunks[0][0][0].lower() in LEADING_CONNECTIVES and \
            is_cap(chunks[0][1][0]):
        chunks[0] = chunks[0][1:]     # "But Liberal Democrat peer Lord Carlile, the government's ..., said"
    st.first = chunks[-1]
    return GO_ON


def _body_of_relation(st):
    if not st.closed:
        return GO_ON
    m = _body_before_relation(st.chunks)
    return m if m is VAGUE_SOURCE else _found(m)


def _neither_nor(st):
    toks = st.toks
    if toks[0][0].lower() == "neither" and any(t[0].lower() == "nor" for t in toks):
        return VAGUE_SOURCE     # "Neither the RCMP nor IIO has suggested Brooks pulled the trigger": nobody said it
    return GO_ON


def _people_in_a_place(st):
    first = st.first
    if _people_somewhere(first) and not st.body[st.lo:first[0][1]].strip():
        return VAGUE_SOURCE     # "Governments in states bordering Syria also estimated", "Farmers across Ghana said"
    return GO_ON


def _last_chunk_parsed(st):
    first = st.first     # (parsed once: the rules below read the one parse)
    st.m_first = parse_np(first) if first and first[0][0].lower() not in _AFFILIATION_OR_AND else None
    return GO_ON


def _one_body_with_and(st):
    chunks, first, whole = st.chunks, st.first, st.m_first
    halves = split_conjoined(first) if first else []
    if isinstance(whole, Mention) and whole.kind == "body" and whole.name and len(halves) > 1 and \
            not (len(chunks) > 1 and (first[0][0].lower() in {"a", "an"} or first[0][0] in SPOKES_WORDS)) and \
            not (halves[-1] and halves[-1][0][0] == "the") and not _lower_case_apposition(chunks) and \
            whole.name.split()[-1].lower().rstrip(".") in ORG_WORDS and \
            (not any(t[0].lower().rstrip(".,") in ORG_WORDS for t in halves[0]) or
             (whole.name.split()[-1].lower() in PUBLIC_BODY_HEADS and
              not any(t[0].lower().rstrip(",") in BODY_OR_COMPANY_WORDS for t in halves[0]))):
        return [whole]      # "the U.S. Food and Drug Administration said": one body ("Dixie Yarns Inc and ..." is two,
                            # "The PCG and the Armed Forces" too: a second article; issue 8, seed10);
                            # not an apposition: "Yang Guang, a spokesperson for the Hong Kong and Macao Affairs Office"
    return GO_ON


def _and_inside_unparsed_name(st):
    """'Initial assessment from the National Disaster Risk Reduction and Management Council (NDRRMC) said ...' (set U,
    Inquirer): the "and" joins two capitalised words of one body's name (no article after it, the run ending in an
    organisation word), so the noun phrase is not two speakers; when the whole phrase parses as no one (here a
    document's words), there is no subject, never the name's tail ("Management Council")."""
    first, whole = st.first, st.m_first
    if not first or isinstance(whole, Mention) or not first[0][0][:1].isupper():
        return GO_ON
    k = next((k for k, t in enumerate(first) if t[0] == "and"), None)
    if k is None or k == 0 or k + 1 >= len(first) or not (is_cap(first[k - 1][0]) and is_cap(first[k + 1][0])):
        return GO_ON
    run = [t[0] for t in first[k + 1:]]
    if not all(is_cap(w) for w in run) or run[-1].lower().rstrip(".") not in ORG_WORDS or \
            all(is_cap(t[0]) for t in first[:k]):
        return GO_ON     # (all capitals before it: "Dixie Yarns Inc and TI-CARO Inc", two names the rules after read)
    return whole


def _listed_firm_with_and(st):
    whole = st.m_first
    if isinstance(whole, Mention) and whole.kind == "body" and whole.name and \
            any(w in {"and", "&"} for w in whole.name.split()) and whole.name.lower() in ORG_NAMES:
        return [whole]      # "Standard and Poor's said", "S and P said": one firm the lexicon names (org_names)
    return GO_ON


def _lower_case_apposition(chunks) -> bool:
    """Is the last chunk a description set off after a name, opening with a lower-case word that is no article ("Paul
    MacLean, strategic and regulatory affairs adviser for Bear Head LNG Corp., said": the person, not a body "LNG
    Corp."; The Canadian Press; quotes22)?"""
    first = chunks[-1]
    return len(chunks) > 1 and bool(chunks[-2]) and is_cap(chunks[-2][-1][0]) and first[0][0].isalpha() and \
        first[0][0].islower() and first[0][0] not in {"the", "and", "or"}


def _before_accompanying(st):
    return _found(_before_accompanying_aside(st.chunks)) if st.closed else GO_ON


_IN_LISTED_NAME = {"the", "of", "on", "for", "and", "&"}


def _listed_bodies(st):
    """'Campaign groups including Friends of the Earth, the World Development Movement, and War on Want said ...'
    (politics/385, set L train): three bodies or more listed, each a body's name: one statement per body."""
    chunks = st.chunks
    if len(chunks) < 2 or not chunks[-1]:
        return GO_ON
    last = chunks[-1]
    parts_last = [last[1:]] if last[0][0].lower() == "and" else split_conjoined(last)
    if len(parts_last) + len(chunks) - 1 < 3 or len(parts_last) > 2 or not all(parts_last):
        return GO_ON
    first = chunks[0]
    low = [t[0].lower() for t in first]
    if "including" in low and 0 < low.index("including") <= 4 and low[low.index("including") - 1].endswith("s"):
        first = first[low.index("including") + 1:]     # the kind of bodies listed ("Campaign groups including")
    parts = [first] + list(chunks[1:-1]) + parts_last
    if not all(parts) or not all(is_cap(t[0]) or t[0].isdigit() or t[0].lower() in _IN_LISTED_NAME for p in parts
                                 for t in p):
        return GO_ON     # names only: not an apposition ("Mitchell Hutchins Asset Management Inc, a New York
        #                  investment firm and subsidiary of PaineWebber Group Inc, said", reut2-000)
    mentions = [parse_np(p) for p in parts]
    if all(isinstance(m, Mention) and m.kind == "body" and m.entity_kind == "organization" for m in mentions):
        return mentions
    return GO_ON


def _conjoined_subjects(st):
    first, whole = st.first, st.m_first
    if not (first and first[0][0].lower() not in _AFFILIATION_OR_AND):
        return GO_ON
    # (after "as" opening a parenthetical: "if, as Tony Blair and Ruth Kelly have suggested, GCSEs and A-levels
    # stay": both)
    parts = split_conjoined([t for t in first if (t[0].lower() not in LEADING_CONNECTIVES and t[0] != "as")
                             or t is not first[0]])
    if _firm_of_partners(st.body, parts):
        return [_firm_mention(parts)]
    # (or a counterpart after a possessive: "Foreign Minister Penny Wong and her Japanese counterpart Yoko
    # Kamikawa said in a joint statement": both)
    if len(parts) > 1 and all(is_cap(t[0]) or t[0].lower() == "the" or
                              (k > 0 and p[0][0].lower() in POSSESSIVE_DETERMINERS and is_cap(p[-1][0]))
                              for k, p in enumerate(parts) for t in p):
        mentions = [parse_np(p) for p in parts]
        if _people_with_a_title(parts, mentions):
            return mentions
        if len(mentions) == 2 and all(isinstance(m, Mention) for m in mentions) and \
                sorted(m.kind == "pronoun" for m in mentions) == [False, True] and \
                all(m.kind in ("name", "surname") or m.kind == "pronoun" and m.gender and not m.plural
                    for m in mentions):
            return mentions     # "She and Alexis both agreed that ...": the woman spoken of before, and Alexis
        if all(isinstance(m, Mention) and m.kind in ("name", "body", "surname") for m in mentions):
            if isinstance(whole, Mention) and whole.kind == "name" and whole.role and \
                    mentions[-1].kind == "name" and mentions[-1].role and \
                    all(len(p) == 1 and p[0][0].lower() in TITLE_WORDS for p in parts[:-1]):
                return [whole]     # "Work and Pensions Secretary Alan Johnson": one portfolio, one person
            if _and_inside_title(parts, mentions):
                return [_whole_title(parts, mentions[-1])]
            if _portfolio_before_title(parts, mentions[-1]):
                return [_one_minister(st.text, parts, mentions[-1])]
            if all(m.kind == "name" and m.entity_kind == "person" for m in mentions):
                # "Tim Simmons, Karen Turkstra, Laura Peddle and Shirley Glauser say ...": the names listed
                # before the last two too (a Hamilton News caption, quotes15)
                mentions = _listed_people_before(st.chunks) + mentions
            return mentions     # "The Conservatives and Lib Dems said"
    return GO_ON


def _firm_of_partners(body: str, parts) -> bool:
    """Two one-word conjuncts naming one firm: its letters ("S and P said", "LL and E noted": Standard and Poor's,
    Louisiana Land and Exploration), or its partners' names, which the text also prints before the rest of the firm's
    name ("Duff and Phelps said" after "Duff and Phelps Credit Rating Co"; Reuters, the lead's round 31)."""
    if len(parts) != 2 or any(len(p) != 1 for p in parts):
        return False
    a, b = parts[0][0][0], parts[1][0][0]
    if all(w.isupper() and len(w) <= 3 for w in (a, b)):
        return True
    if not (is_cap(a) and is_cap(b)):
        return False
    if re.search(r"\b%s and %s (?:[A-Z][\w&'’.-]*)" % (re.escape(a), re.escape(b)), body):
        return True
    # ... or two surnames that name no one in the text, the pair repeated ("Duff and Phelps lowered the ratings ...
    # Duff and Phelps said ..."): people are named in full before their surnames speak alone
    return len(re.findall(r"\b%s and %s\b" % (re.escape(a), re.escape(b)), body)) >= 2 and \
        all(fold(w) not in places() and fold(w) not in ORG_WORDS and not is_given_name(w, any_gender=True) and
            not _named_in_full(body, w) for w in (a, b))


def _named_in_full(body: str, surname: str) -> bool:
    return any(is_given_name(g, any_gender=True) for g in re.findall(r"\b([A-Z][a-z]+)\s+(?:[A-Z]\.\s+)?%s\b"
                                                                    % re.escape(surname), body))


def _firm_mention(parts) -> Mention:
    (a,), (b,) = parts
    return Mention(text=f"{a[0]} and {b[0]}", start=a[1], end=b[2], kind="body", name=f"{a[0]} and {b[0]}",
                   entity_kind="organization")


def _body_a_spokesman_speaks_for(st):
    chunks, first = st.chunks, st.first
    if st.closed and len(chunks) >= 2 and chunks[-2] and first and first[-1][0] in ORG_NOUNS and \
            any(t[0].lower() in SPOKES_WORDS and n + 1 < len(chunks[-2]) and chunks[-2][n + 1][0] in {"for", "of"}
                for n, t in enumerate(chunks[-2])):
        # "A spokesman for Unison, Britain's biggest union, said ...": the body the spokesman speaks for, which the
        # apposition describes (bbc12)
        spoken_for = parse_np(chunks[-2])
        if isinstance(spoken_for, Mention) and spoken_for.kind == "body" and spoken_for.name:
            return [spoken_for]
    return GO_ON


def _one_of_apposition(st):
    chunks, first = st.chunks, st.first
    if st.closed and len(chunks) >= 2 and chunks[-2] and len(chunks[-2]) <= 4 and \
            [t[0].lower() for t in first[:2]] == ["one", "of"]:
        # "Barbara Follet, one of the so-called "Blair Babes" elected in 1997, told researchers: ...": the person the
        # "one of" apposition describes (bbc12)
        return _found(_described_person(st.text, chunks[-2], first[0][1], first[-1][2]))
    return GO_ON


def _named_last(st) -> bool:
    """Does the last chunk parse as a name?"""
    return isinstance(st.m_first, Mention) and st.m_first.kind == "name"


def _titled_pair_apposition(st):
    if _named_last(st) and st.closed:
        pair = _titled_pair(st.text, st.chunks, st.m_first)
        if pair is not None:
            return pair
    return GO_ON


def _person_of_employer(st):
    return _found(_person_before_employer(st.text, st.chunks, st.m_first)) if _named_last(st) else GO_ON


def _person_described(st):
    chunks, first = st.chunks, st.first
    if _named_last(st) and len(chunks) >= 2 and chunks[-2] and first and \
            (first[0][0] in {"a", "an", "the"} or ((first[0][0].islower() or first[0][0].lower() in TITLE_WORDS) and
                                                   first[0][0].isalpha() and
                                                   len(first) > 2 and _title_then_of(first))) and \
            len(chunks[-2]) <= 4:
        # "Otis Ferry, a former Eton pupil and joint leader of the South Shropshire Hunt, said", "Tyson Pietsch,
        # president of the Drayton Valley Pro Rodeo, said", "Russell Tanguay, agent for Arundel and South Downs
        # Tories, said": the person before the description speaks, not the body closing it (also a capitalised title:
        # "Troy Charter, Director of Transit Operations at OC Transpo said ...", CTV via iHeartRadio, quotes15)
        return _found(_described_person(st.text, chunks[-2], first[0][1], first[-1][2]))
    return GO_ON


def _spokesperson_for_a_name(st):
    chunks, first = st.chunks, st.first
    if _named_last(st) and st.closed and len(chunks) >= 3 and chunks[-3] and \
            chunks[-2] and chunks[-2][0][0] in {"a", "an", "the"} and \
            any(t[0].lower() in {"for", "of", "to"} for t in chunks[-2][1:]):
        # "Kassim Afegbua, a spokesperson for former military ruler, Ibrahim Babangida, said": the name closing
        # the apposition is its complement's (whom he speaks for); the person it describes speaks
        return _found(_described_person(st.text, chunks[-3], chunks[-2][0][1], first[-1][2]))
    return GO_ON


def _title_closing_with_firm(st):
    chunks, first, m_first = st.chunks, st.first, st.m_first
    if _named_last(st) and st.closed and len(chunks) >= 2 and chunks[-2] and \
            first[0][0].islower() and m_first.role and m_first.role.split()[-1] in {"of", "at", "for"}:
        # "Charles A Blixt, executive vice-president of RJ Reynolds Tobacco, said": the title's firm closes the
        # apposition; the person it describes speaks
        return _found(_described_person(st.text, chunks[-2], first[0][1], first[-1][2]))
    return GO_ON


def _titled_names_with_and(st):
    pair = _titled_names_conjoined(st.first) if _named_last(st) and " and " in f" {st.m_first.role or ''} " else None
    return pair if pair else GO_ON


def _person_or_group_last(st):
    m_first = st.m_first
    if isinstance(m_first, Mention) and (m_first.kind in ("name", "pronoun") or m_first.plural or
                                         (m_first.kind == "surname" and st.first[0][0].lower().rstrip(".") in
                                          SURNAME_HONORIFICS)):
        # "However, Lifelong Learning Minister Jim Wallace said"; "At their meeting in Busan, South Korea, the two
        # ministers shared ...": a group of people is no apposition of the place before it; "But, in a ...
        # interview covering ..., the Middle East peace process and Northern Ireland, Mr Blair said": "Mr X" closes
        # no apposition
        return [m_first]
    return GO_ON


def _body_name_before_verb(st):
    chunks, first = st.chunks, st.first
    if not st.closed and len(chunks) >= 2 and first and first[0][0].lower() == "the" and \
            all(is_cap(t[0]) or t[0] in NAME_CONNECTORS for t in first):
        body = parse_np(first)
        if isinstance(body, Mention) and body.kind == "body" and body.name and body.entity_kind == "organization":
            return [body]     # '... policy under President Ferdinand Marcos Jr., the Department of Foreign Affairs said
            #                   Tuesday': a body's name right before the verb, no comma closing it, is no apposition of
            #                   the name before it (Daily Tribune)
    return GO_ON


def _title_after_participle(st):
    return _found(_title_after_participle_clause(st.chunks)) if not st.closed else GO_ON


def _opening_clause_subject(st):
    chunks = st.chunks
    return _found(_subject_of_opening_clause(chunks)) if len(chunks) >= 3 and _second_predicate(chunks[-1]) else GO_ON


def _apposition_chain(st):
    # Apposition: "Stals, the country's chief foreign debt negotiator, said"; "Uzra Zeya, Acting Assistant
    # Secretary for Democracy, Human Rights, and Labour said". Walk back over role-like chunks to the name.
    chunks, chain = st.chunks, []
    for j in range(len(chunks) - 1, max(-1, len(chunks) - 6), -1):
        if not role_like(chunks[j]):
            break
        chain.insert(0, j)
    st.chain = chain
    return GO_ON


def _roles_after(st, j: int, default):
    """The text of the role chunks after chunks[j] (over participle asides), else default."""
    roles = [c for c in st.chunks[j + 1:] if c and not _participle_aside(c) and not _name_suffix(c)]
    return st.body[roles[0][0][1]:roles[-1][-1][2]] if roles else default


def _name_suffix(chunk) -> bool:
    """"President Joseph R. Biden, Jr. declared": the suffix set off by its comma is the name's, no role (the title
    before the name stays the role; the White House's releases)."""
    return len(chunk) == 1 and chunk[0][0].lower().rstrip(".") in NAME_SUFFIXES


def _name_closing_opening_adjunct(st, j: int):
    chunks = st.chunks
    lead = _subject_after_adjunct(chunks[j]) if j == 0 else None
    if lead is not None and lead.kind in ("name", "surname") and chunks[j + 1] and \
            chunks[j + 1][0][0][:1].islower() and st.closed:
        # "Speaking after the investigation was announced Bob Neill, leader of the London Assembly
        # Conservatives, said": the name closing the opening adjunct, then its apposition
        lead.role = _roles_after(st, j, lead.role)
        lead.entity_kind = "person"
        return lead
    return None


def _no_name_in_chain_chunk(st, j: int) -> bool:
    chunks = st.chunks
    if chunks[j][0][0].lower() in NOT_AN_APPOSITION_HEAD or _participle_aside(chunks[j]) or \
            (len(chunks[j]) == 1 and chunks[j][0][0].lower() in NOT_SUBJECTS):
        return True     # "In a speech in Edinburgh, the prime minister said", "On X Day, ...", "Specifically, Stano
                        # said": no name there
    if [t[0].lower() for t in chunks[j][:2]] in (["as", "for"], ["as", "to"]):
        return True     # "As for Oduya, who made mistakes that led to two Montreal goals, Noel said: "..."": the topic,
        #                 not the speaker (The Globe and Mail; set O)
    if j > 0 and _dashed_place_goes_on(st.body, chunks[j - 1], chunks[j]):
        return True     # "Regarding reports on ... fishing vessels ... from the southern province of Ba Ria – Vung
        #                 Tau, Hang said ...": the place's second half, no name with a title (VietnamPlus; seed20)
    if len(chunks[j]) > 1 and chunks[j][0][0].lower().endswith("ing") and not is_cap(chunks[j][1][0]):
        return True     # "Commenting on Japan, which is running ..., Yeutter said": a participle clause, no name
    if chunks[j + 1] and re.search(r":" if not all(t[0].isupper() for t in chunks[j]) else r":|\s[-–—]\s",
                                   st.body[chunks[j][-1][2]:chunks[j + 1][0][1]]):
        return True     # "Nicosia: The Cypriot Ministry of Foreign Affairs on Thursday has dismissed", "HONG KONG - A
                        # spokesman for ...": a dateline
    return False


def _chain_head_speaks(st, j: int):
    """The mention chunks[j] names when it heads the chain after it (a list of mentions), else None."""
    chunks = st.chunks
    m = parse_np(chunks[j])
    if isinstance(m, Mention) and m.kind == "body" and chunks[j + 1] and \
            all(chunks[k] and chunks[k][0][0].lower() in {"who", "which"} for k in range(j + 1, len(chunks))):
        return [m]
    if isinstance(m, Mention) and m.kind == "surname" and chunks[j + 1] and \
            chunks[j + 1][0][0].lower() == "which" and places().get(fold(m.name or "")) == "country":
        # "but Turkey, which occupies northern Cyprus, had previously insisted it would not bow to demands ...":
        # "which" tells a thing, not a person; a country speaking is its government (bbc-news/politics/064)
        m.entity_kind = "organization"
        return [m]
    if isinstance(m, Mention) and m.kind in ("name", "surname") and chunks[j + 1] and not _common_noun_alone(m) and \
            not _described_place(chunks[j]):
        m.role = _roles_after(st, j, m.role)
        m.entity_kind = "person"
        if m.kind == "name" and m.name and _name_suffix(chunks[j + 1]):
            # "Foreign Affairs Secretary Teodoro Locsin, Jr. said": the suffix set off by its comma is part of the
            # name, as it is written without the comma ("Teodoro Locsin Jr."; GMA News, set AD 004)
            m.name = f"{m.name} {chunks[j + 1][0][0]}"
        first = _first_of_pair(chunks, j)
        return [first, m] if first is not None else [m]
    return None


def _described_place(chunk) -> bool:
    """"During a visit on Saturday to Pingtan, a pilot development zone in southeast China's Fujian Province, Xi said
    ..." (APD News printing Xinhua, set AZ 010), "A white accountant from tiny Apollo Beach, Shenefield says ..."
    (PolNeAR): a chunk opened by "a"/"an" and lower-case words, its noun no title, a name only in the place phrase
    after it, describes the place before it or the one after it; it names no one to head the chain."""
    at = next((k for k, t in enumerate(chunk) if k >= 2 and t[0] in PLACE_PREPOSITIONS), None)
    return at is not None and chunk[0][0].lower() in {"a", "an"} and \
        all(t[0][:1].islower() for t in chunk[1:at]) and chunk[at - 1][0] not in TITLE_WORDS


def _common_noun_alone(m: Mention) -> bool:
    """"Tension in Ladakh, India says ball is now in Chinese court" (a headline run into the text; gnghockey.com,
    seed23): one capitalised word with a common noun's ending that no list knows for a person's name heads no
    apposition (the country after the comma is no role of a person "Tension")."""
    name = m.name or ""
    return m.kind == "surname" and name.isalpha() and COMMON_SUFFIX.search(name.lower()) is not None and \
        fold(name).lower() not in surnames() and not looks_like_person(name)


def _unnamed_subject_after_a_name(st) -> bool:
    """'The UN welcomed the ... pause between Israel and the Palestinian resistance group, Hamas, an official says, as
    it urges a ceasefire in Gaza.' (TRT World; set S 002): a name set off inside the clause before, then "an official"
    with no comma closing it before the verb: the unnamed official is the subject, not an apposition of the name (that
    needs its closing comma: "Hamas, an official, said"). One word set off so is no person newly named ("John Smith, an
    official said" with its comma missing stays his)."""
    chunks = st.chunks
    if st.closed or len(chunks) < 3 or not all(chunks[-3:]):
        return False
    last, name, before = chunks[-1], chunks[-2], chunks[-3]
    return 2 <= len(last) <= 4 and last[0][0].lower() in {"a", "an"} and last[-1][0].lower() in UNNAMED_PEOPLE and \
        len(name) == 1 and is_cap(name[0][0]) and len(before) >= 3


def _name_in_apposition_chain(st):
    chain = st.chain
    if _unnamed_subject_after_a_name(st):
        return VAGUE_SOURCE
    for j in chain[:-1] if len(chain) > 1 else []:
        lead = _name_closing_opening_adjunct(st, j)
        if lead is not None:
            return [lead]
        if _no_name_in_chain_chunk(st, j):
            continue
        found = _chain_head_speaks(st, j)
        if found is not None:
            return found
    return GO_ON


def _head_before_chain(st):
    """The chunk before the chain (st.head, None when there is none), its subordinators and the mention it ends with
    (st.subs, st.head_m)."""
    chain, chunks, closed = st.chain, st.chunks, st.closed
    st.head, st.subs, st.head_m = None, [], None
    if not (chain and chain[0] > 0 and chunks[chain[0] - 1]):
        return GO_ON
    # "He was speaking as Sir Digby Jones, CBI director general, warned ...": the name closing the clause
    # before the apposition, after its subordinator.
    head = st.head = chunks[chain[0] - 1]
    subs = st.subs = [k for k, t in enumerate(head[:-1]) if t[0].lower() in SUBORDINATORS and k_is_clause(head, k)]
    # ... or after an opening adjunct: "Speaking after the investigation was announced Bob Neill, leader of
    # the London Assembly Conservatives, said"
    m = parse_np(head[subs[-1] + 1:]) if subs else \
        (_subject_after_adjunct(head) if chain[0] == 1 and chunks[1][0][0][:1].islower() and closed else None)
    if m is None and not subs and len(head) > 2 and head[0][0].lower() in LEADING_CONNECTIVES:
        m = parse_np(head[1:])     # "But Liberal Democrat peer Lord Carlile, the government's reviewer ..., said"
    if m is None and not subs and chain[0] == 1 and closed and len(head) > 2 and \
            any(t[0] in NAME_PARTICLES for t in head[1:-1]):
        # '"...," Majed bin Mohammed Al Ansari, who is also an advisor to the Qatari Prime Minister, stated':
        # the whole chunk is one name with a particle ("bin"), no adjunct before it (issue 8 seed round, qa/042)
        whole = parse_np(head)
        m = whole if isinstance(whole, Mention) and whole.kind == "name" and whole.start == head[0][1] else None
    st.head_m = m
    return GO_ON


def _person_before_chain(st):
    m, chain = st.head_m, st.chain
    if st.head is not None and isinstance(m, Mention) and (m.kind == "name" or (m.kind == "surname" and not st.subs)) \
            and m.entity_kind == "person":
        m.role = m.role or st.body[st.chunks[chain[0]][0][1]:st.chunks[chain[-1]][-1][2]]
        return [m]
    return GO_ON


def _country_which_before_chain(st):
    head = st.head
    if head is not None and st.head_m is None and not st.subs and st.closed and 2 <= len(head) <= 4 and \
            head[0][0].lower() in {"but", "and", "while", "whereas"} and \
            all(st.chunks[k] and st.chunks[k][0][0].lower() == "which" for k in st.chain):
        country = parse_np(head[1:])
        if isinstance(country, Mention) and places().get(fold(country.name or "")) == "country":
            # "... is an EU member, but Turkey, which occupies northern Cyprus, had previously insisted ...": the
            # country (its government) after the coordinator, described by "which" (bbc-news/politics/064)
            country.entity_kind, country.role = "organization", None
            return [country]
    return GO_ON


def _timed_body_before_chain(st):
    head = st.head
    if head is not None and st.head_m is None and not st.subs and st.chain[0] == 1 and st.closed and \
            all(st.chunks[k] and st.chunks[k][0][0].lower() == "which" for k in st.chain):
        timed = parse_np(head) if len(head) > 2 and head[0][0].lower() in _TIME_OPENERS else None
        if isinstance(timed, Mention) and timed.kind == "body" and timed.start > head[0][1]:
            return [timed]     # "Last year MAB, which opposed the war in Iraq, urged ..."
    return GO_ON


def _last_clause(st):
    last = st.chunks[-1]
    cut = [k for k, t in enumerate(last[:-1]) if t[0].lower() in SUBORDINATORS]
    if cut and k_is_clause(last, cut[-1]):
        last = last[cut[-1] + 1:]     # "The revelation came as the Russian government said ..."
    st.last = last
    return GO_ON


def _pronoun_after_adjunct(st):
    last = st.last
    opening = 1 if last and last[0][0].lower() in _CLAUSE_OPENERS else 0
    if 2 < len(last) - opening <= 8 and last[-1][0].lower() in {"he", "she", "they"} and \
            last[opening][0].lower() in PRONOUN_ADJUNCT_PREPOSITIONS:
        return [parse_np(last[-1:])]     # "Although in the next breath he declared": a pronoun is the subject
    return GO_ON


# The verbs of a second frame after "and" (spans.CONTENT_CUT's and_frame): saying, claiming, insisting, arguing (not
# "the EPA proposed rule", a noun's modifier).
AND_FRAME_VERB = re.compile(r"(?:say|says|said|claims|claimed|insists|insisted|argues|argued)\b")


def _after_contrast(st):
    last = st.last
    contrast = [k for k, t in enumerate(last[:-1]) if t[0].lower() in {"but", "whereas"}]
    if contrast and k_is_clause(last, contrast[-1]):
        second = parse_np(last[contrast[-1] + 1:])
        if isinstance(second, Mention) and second.kind in ("name", "surname", "body", "pronoun"):
            return [second]     # "Mr Blair said the UK would ... in UK interests but the Tories say he is ..."
    # ... and after "and" when the first clause is another's frame and its words: "The Tories say the Lib Dems would
    # make people pay more tax and Labour says the party's sums do not add up." (bbc-news/politics/398; set AV): a
    # named person or body after a lower-case word (not one subject of two names, "Britain and France said")
    joined = [k for k, t in enumerate(last[:-1]) if t[0].lower() == "and" and k_is_clause(last, k) and
              not is_cap(last[k - 1][0])]
    rest = last[joined[-1] + 1:] if joined else []
    if rest and rest[0][0].lower() == "the":
        rest = rest[1:]
    if rest and is_cap(rest[0][0]) and rest[0][0] != "I" and AND_FRAME_VERB.match(st.body, st.cue_start) and \
            st.text.cues_in(min(st.sentence_lo, last[0][1]), last[joined[-1]][1]):
        # (a name opening the second clause: not "reaffirmed their strong support for the government and people of
        # Ukraine, underscored ...", a readout's list)
        second = parse_np(last[joined[-1] + 1:])
        if isinstance(second, Mention) and second.kind in ("name", "surname", "body"):
            return [second]
    return GO_ON


def _predicate_after_quote(st):
    last = st.last
    if len(last) <= 2 and last[-1][0].lower() in {"but", "and"} and st.lo > st.sentence_lo:
        # "The chancellor hailed ... "industrial history" but denied": the subject is before the quote.
        return subject_before(st.text, st.sentence_lo, st.cue_start, across_quotes=True)
    return GO_ON


def _people_opening(toks) -> bool:
    """"First Nations argue ...": a connective's word opening a people's name of two words (places.yml peoples)."""
    return len(toks) > 1 and f"{toks[0][0]} {toks[1][0]}".lower() in PEOPLES


def _leading_connectives_dropped(st):
    last = st.last
    st.coordinated = any(t[0].lower() in {"but", "and"} for t in last)
    while last and last[0][0].lower() in LEADING_CONNECTIVES and not _people_opening(last):
        last = last[1:]     # "And he confirmed", "..., and Dixie said"; not "First Nations argue" (a people; set AU)
    st.last = last
    return GO_ON


def _first_clause_of_coordination(st):
    if st.last:
        return GO_ON
    chunks = st.chunks
    if st.coordinated and len(chunks) > 1 and chunks[-2]:
        # "Thomas Massie used to support Rand Paul, but now said ...": the first clause's subject (over a short
        # aside set off by commas: "Jonathan Davis caught the game at a restaurant with catcher Danny Jansen,
        # among others, and said ...", quotes12)
        k = len(chunks) - 2
        while k > 0 and chunks[k - 1] and len(chunks[k]) <= 3 and chunks[k][0][0] in ASIDE_OPENERS and \
                all(t[0].isalpha() for t in chunks[k]):
            k -= 1     # (not a predicate: "Spicer said Russia’s backing of Bashar Assad, Syria’s president, is
                       # disturbing, but said ...")
        st.last = chunks[k] + [("and", 0, 0)]
        return GO_ON
    return None


def _name_follows(last, n: int) -> bool:
    """A capitalised name at last[n], "the" allowed before it ("Anti-abortion group the Pro-Life Alliance")."""
    k = n + 1 if n < len(last) and last[n][0] == "the" else n
    return k < len(last) - 2 and is_cap(last[k][0])


POSSESSIVE_END = re.compile(r"[A-Za-z]['’]s?$")


def _clause_subject_length(last) -> int:
    """How many words open the clause while they can belong to a noun phrase ("Strada accused ... and asserted")."""
    n = 0
    while n < min(12, len(last) - 2) and (is_cap(last[n][0]) or last[n][0].lower() in DETERMINERS or
                                          last[n][0].lower().rstrip(".") in TITLE_WORDS or
                                          # "The two leaders discussed ..., and reiterated ..." (a readout;
                                          # wire18's pages, the lead's round 18)
                                          last[n][0].lower() in GROUP_WORDS or
                                          (n > 0 and last[n][0].lower() in ORG_NOUNS) or     # "Myanmar’s military"
                                          # a minister's portfolio in lower case: "The federal minister of labour
                                          # and housing arrived ..., but promised that ..." (set O)
                                          (n > 1 and last[n - 1][0].lower() in {"of", "for", "and"} and
                                           last[n][0].lower() in PORTFOLIO_ENDS) or
                                          (n == 0 and last[n][0].lower() in {"he", "she", "it", "they"}) or
                                          # a body the lexicon names with a number: "No 10 was similarly cautious but
                                          # said the threat was real" (bbc-news/politics/379; set AE)
                                          (n > 0 and last[n][0].isdigit() and
                                           " ".join(t[0] for t in last[:n + 1]).lower() in ORG_NAMES)):
        n += 1
        if n == 1 and last[0][0].lower() in {"he", "she", "it", "they"}:
            break
        if n > 1 and last[n - 1][0] in ORG_NOUNS and not _name_follows(last, n):
            break     # a body's lower-case noun ends its name, unless the name follows it ("Dutch firm Heineken saw
            #           ... and warned that ...", bbc-news/business/173)
    if 0 < n < len(last) and POSSESSIVE_END.search(last[n - 1][0]) and last[n][0][:1].islower():
        return 0      # a possessor opening a longer subject ("Bolivia’s public defender’s office said ..., but added
        #               ...": RT via zyte, the lead's round 40): not the subject, whose head is not read here
    return n


def _name_opening_sentence(chunks):
    """"Adhir Ranjan Chowdhury, West Bengal Pradesh Congress Committee (WBPCC) president, on Saturday virtually made
    a strong message to his central leadership and said ...": the name the sentence opens with, over its apposition
    (a title), is the subject of both predicates (The Statesman; south13); else None."""
    k = 0
    first = parse_np(chunks[k]) if chunks[k] else None
    if isinstance(first, Mention) and first.kind == "name" and first.start == chunks[k][0][1] and \
            all(c and len(c) <= 12 and any(t[0].lower().rstrip(".") in TITLE_WORDS for t in c)
                for c in chunks[k + 1:-1]):
        return first
    return None


def _second_predicate_subject(st):
    last = st.last
    if not (len(last) > 2 and last[-1][0].lower() in {"but", "and"}):
        return GO_ON
    # A second predicate: "he slightly increased borrowing but insisted ..." -> the clause's subject: the
    # words that open the clause while they can belong to a noun phrase ("Strada accused ... and asserted").
    if len(last) > 4 and month_word(last[0][0]) and last[1][0].isdigit() and len(last[1][0]) <= 2:
        last = last[2:]     # "Mumbai, Apr 22 (PTI) Union Minister X on Friday said ..., and termed": the
        #                     dateline's day (PTI copy; asia20)
    n = _clause_subject_length(last)
    if n and n < len(last) - 1 and last[n][0] in UNNAMED_PEOPLE and parse_np(last[:n + 1]) is VAGUE_SOURCE:
        return VAGUE_SOURCE     # "A senior Lib Dem source said ..., but added: ..." (PA copy; bbc22), "White House
        #                         officials thanked ... and affirmed ...": the unnamed people, not the body they name
    m = parse_np(last[:n]) if n else None
    if not (isinstance(m, Mention) and m.kind in _SUBJECT_KINDS) and \
            len(st.chunks) >= 3 and st.chunks[0] and last[0][0][:1].islower():
        opener = _name_opening_sentence(st.chunks)
        if opener is not None:
            return [opener]
    if isinstance(m, Mention) and m.name and (fold(m.name) in places() or fold(m.name) in TITLE_WORDS):
        m = _named_after_descriptor(last, n) or m
    if isinstance(m, Mention) and m.kind in _SUBJECT_KINDS:
        return [m]
    if not n and st.lo > st.sentence_lo:
        # 'He said some people were in "a sort of state of denial" about the result but predicted ...': the
        # clause opened before the quotation.
        return subject_before(st.text, st.sentence_lo, st.cue_start, across_quotes=True)
    return None


def _plural_head_shared(st):
    shared = _shared_plural_head(st.last)
    return shared if shared else GO_ON


def _one_body_named_with_and(st):
    return _found(_body_named_with_and(st.last))


def _joint_speakers(st):
    # "X and Y said": one statement per speaker (not "The MP for Sittingbourne and Sheppey").
    parts = split_conjoined(st.last)
    if len(parts) > 1 and not any(t[0].lower() in {"for", "of", "in", "at"} for t in parts[0]):
        mentions = [parse_np(p) for p in parts]
        if all(isinstance(m, Mention) and m.kind in ("name", "body", "surname") for m in mentions):
            if _and_inside_title(parts, mentions):
                return [_whole_title(parts, mentions[-1])]
            return [_one_minister(st.text, parts, mentions[-1])] if _portfolio_before_title(parts, mentions[-1]) \
                else mentions
        if _people_with_a_title(parts, mentions):
            return mentions
    return GO_ON


def _person_of_an_affiliation(st):
    return _found(_person_of_affiliation(st.last))


def _subject_before_ing_aside(st):
    """"The firm, reporting its first annual results since listing on the London Stock Exchange in June, said ...": an
    aside opened by an -ing participle, with no verb of its own, between the only chunk before it and the verb; the
    subject is that chunk, not a name inside the aside (bbc-news/business, the lead's round 32)."""
    chunks = [c for c in st.chunks if c]
    if not st.body[st.lo:st.cue_start].rstrip().endswith(",") or len(chunks) != 2 or not _ing_aside(chunks[1]):
        return GO_ON     # (closed by its comma: not "Wilson, appearing ... to discuss the government's spending
        #                  estimates", a noun read as the verb inside the aside; Reuters)
    parts = split_conjoined(chunks[0])
    if len(parts) == 2:
        # "Keating and Brideau, speaking alternately in English and French, asked Hogan to relay ...": two people
        # named before the aside, one statement each (as "X and Y said"; River Valley Sun, set AG)
        both = [parse_np(p) for p in parts]
        if all(isinstance(m, Mention) and m.kind in ("name", "surname") for m in both):
            return both
    m = parse_np(chunks[0])
    return [m] if isinstance(m, Mention) and m.kind in ("name", "surname", "body", "title") else GO_ON


ING_PREPOSITIONS = frozenset(words("ing_prepositions"))


def _ing_aside(chunk) -> bool:
    first = chunk[0][0]
    return 1 < len(chunk) <= 20 and first.islower() and first.endswith("ing") and first.isalpha() and \
        first not in ING_PREPOSITIONS and \
        not any(t[0].lower() in FINITE_AUXILIARIES for t in chunk[1:])


def _last_clause_parsed(st):
    last = st.last
    m_last = parse_np(last) if last[0][0].lower() not in AFFILIATION else None
    if isinstance(m_last, Mention) and m_last.kind in _SUBJECT_KINDS:
        return [m_last]
    if isinstance(m_last, Vague):
        return m_last
    return [m_last] if isinstance(m_last, Mention) else None


SUBJECT_BEFORE_RULES = (
    _after_dateline_and_quote, _skip_nicknames, _relative_clause_across_quote, _tokenise, _theresa_may, _no_tokens, _some_in_a_place,
    _pronoun_after_and, _split_into_chunks, _no_chunks, _apposition_going_on, _listed_name_joined, _the_latter,
    _document_we, _named_before_who, _name_then_relative, _relative_describing, _bare_relative, _pronoun_in_which,
    _person_in_which, _body_which, _seated_business, _leading_connective_dropped, _body_of_relation, _neither_nor,
    _people_in_a_place, _last_chunk_parsed, _one_body_with_and, _and_inside_unparsed_name, _listed_firm_with_and, _before_accompanying, _listed_bodies, _conjoined_subjects,
    _body_a_spokesman_speaks_for, _one_of_apposition, _titled_pair_apposition, _person_of_employer, _person_described,
    _spokesperson_for_a_name, _title_closing_with_firm, _titled_names_with_and, _person_or_group_last,
    _body_name_before_verb, _title_after_participle, _opening_clause_subject, _apposition_chain,
    _name_in_apposition_chain, _head_before_chain, _person_before_chain, _country_which_before_chain,
    _timed_body_before_chain, _last_clause, _pronoun_after_adjunct, _after_contrast, _predicate_after_quote,
    _leading_connectives_dropped, _first_clause_of_coordination, _second_predicate_subject, _plural_head_shared,
    _one_body_named_with_and, _joint_speakers, _person_of_an_affiliation, _subject_before_ing_aside, _last_clause_parsed)


def _subject_before(text: Text, lo: int, cue_start: int, across_quotes: bool = False):
    """The rules of SUBJECT_BEFORE_RULES in order over the region [lo, cue_start): the first finding that is not
    GO_ON ([Mention, ...], VAGUE_SOURCE, or None: no subject). The last rule always decides."""
    st = _Before(text, lo, cue_start, across_quotes)
    return decide(SUBJECT_BEFORE_RULES, st)


PRONOUN_ADJUNCT_PREPOSITIONS = words("pronoun_adjunct_prepositions")
# Words opening a short aside set off by commas ("among others", "for example", "in turn", "too").
ASIDE_OPENERS = {"among", "for", "in", "as", "at", "of", "too", "though", "however", "meanwhile", "also", "again"}
_CLAUSE_OPENERS = SUBORDINATORS | LEADING_CONNECTIVES


def _people_with_a_title(parts, mentions) -> bool:
    """"The Prime Minister and President Macron agreed ...", "The PM and the President discussed ...": two people
    joined by "and", one or both named by a title alone (a readout that never names its own leader; its holder that
    day is resolved later); not "The Prime Minister and the Cabinet", nor "The Deputy Secretary and Vice Foreign
    Ministers Cho and Mori", three, nor "The founder and former boss of Parmalat", one person with two titles in lower
    case (bbc-news/business/458), nor one with two titles and no article, "Senior Parliamentary Secretary (Foreign
    Affairs) and Senior Parliamentary Secretary (Culture, Community and Youth) Sam Tan" (eval/own/docs/sg/118) (wire20)."""
    return len(parts) == 2 and parts[0][0][0] in {"The", "the"} and \
        not any(t[0] in {"and", ",", "&"} for p in parts for t in p) and \
        any(isinstance(m, Mention) and m.kind == "title" for m in mentions) and \
        all(is_cap(_title_head(p)) for p, m in zip(parts, mentions) if isinstance(m, Mention) and m.kind == "title") and \
        all(isinstance(m, Mention) and m.kind in ("title", "name", "surname") and m.entity_kind == "person" and
            not m.plural for m in mentions)


def _title_head(toks) -> str:
    """The head word of a title, its last before "of": "Minister" of "interim Prime Minister", "boss" of "former boss of
    Parmalat"."""
    words = [t[0] for t in toks]
    return (words[:words.index("of")] if "of" in words[1:] else words)[-1]


def _titled_names_conjoined(toks) -> list | None:
    """"Information Minister Michael Makuei and rebel spokesman Yohanis Musa Pouk said ...": two people, each named in
    full after a title (the NP parser reads the first as the second's title; Sapa-AFP via mg.co.za, wire19)."""
    parts = split_conjoined(toks)
    if len(parts) != 2:
        return None
    found = [parse_np(p) for p in parts]
    if all(isinstance(m, Mention) and m.kind == "name" and m.entity_kind == "person" and m.role and
           len((m.name or "").split()) > 1 for m in found):
        return found
    return None


def _whole_title(parts, last: Mention) -> Mention:
    """The person of a title with "and" inside, the title whole ("Chief Diversity and Inclusion Officer Ambassador"):
    the first part's words after its determiner or owner, then "and", then the last part's title."""
    k = max((i + 1 for i, t in enumerate(parts[0]) if t[0].lower() in DETERMINERS or t[0].endswith(("’s", "'s"))),
            default=0)
    return replace(last, role=" ".join([t[0] for t in parts[0][k:]] + ["and"] + (last.role or "").split()))


def _body_named_with_and(toks) -> Mention | None:
    """'..., and the National Aeronautics and Space Administration (NASA), announced': one public body's name with
    "and" inside, its head a public body's noun and no body's word before the "and" (as subject_before's whole chunk
    "the U.S. Food and Drug Administration said"; data/ fact sheets, the lead's round 20)."""
    halves = split_conjoined(toks)
    if len(halves) != 2 or not halves[1] or halves[1][0][0].lower() == "the" or \
            any(t[0].lower().rstrip(".,") in ORG_WORDS for t in halves[0]):
        return None
    whole = parse_np(toks)
    if isinstance(whole, Mention) and whole.kind == "body" and whole.name and \
            whole.name.split()[-1].lower() in PUBLIC_BODY_HEADS:
        return whole
    return None


def _and_inside_title(parts, mentions) -> bool:
    """'The Chief Diversity and Inclusion Officer Gina Abercrombie-Winstanley said': the "and" joins a title's words,
    one person speaks; the first part's last word after a title is no one's surname ('Senator Graham and Senator
    Blumenthal' are two, and so are 'Senator Blumenthal and Senator Graham': a second part opening with a title).
    data/ (state-dept-press-releases 2022-07), the lead's round 20."""
    first, last = mentions[0], mentions[-1]
    word = (first.name or "").split()[-1:] or [""]
    return len(parts) == 2 and first.kind == "surname" and last.kind == "name" and \
        len(parts[0]) >= 2 and parts[0][-2][0].lower().rstrip(".") in TITLE_WORDS and \
        not is_name_word(word[0]) and \
        not (last.name or "").startswith(parts[1][0][0]) and parts[1][0][0].lower() not in TITLE_WORDS and \
        not is_given_name(parts[1][0][0], any_gender=True)


def _portfolio_before_title(parts, last: Mention) -> bool:
    """'Public Works' and 'Transportation Minister Kim Masland': the words before "and" name a portfolio the title
    after it shares (capitalised words, no article, no given name, no body's head word) when that title opens with
    a portfolio's word, not an office ("Minister X and Minister Y" are two; "Agriculture, Livestock and Fisheries
    Under-Secretary Miguel Braceras" is one, "Fisheries" a portfolio; Reuters)."""
    role = (last.role or "").split()
    if last.kind not in ("name", "surname") or len(role) < 2 or role[0].lower() in NAME_HEADS or \
            not any(w.lower().rstrip(".") in TITLE_WORDS for w in role[1:]):
        return False
    return all(len(p) <= 3 and all(_portfolio_word(t[0]) for t in p) for p in parts[:-1])


def _portfolio_word(word: str) -> bool:
    """A capitalised word of a portfolio's name: no article, no given name, no body's head word ("Public", "Works"),
    no office ("Secretary Blinken and Foreign Minister X", "President Trump and Prime Minister Y" are two)."""
    return is_cap(word) and word.lower() not in BODY_OR_COMPANY_WORDS and word != "The" and \
        word.lower().rstrip(".") not in NAME_HEADS and not is_given_name(word)


def _one_minister(text: Text, parts, last: Mention) -> Mention:
    """"Public Works and Transportation Minister Kim Masland", "Natural Resources and Renewables Minister Tory
    Rushton" (quotes17): one minister of two portfolios (no body "Public Works"), the portfolios in the role."""
    last.role = text.body[parts[0][0][1]:parts[-1][0][1]] + last.role
    return last


def _first_of_pair(chunks, j: int) -> Mention | None:
    """'Anjuguri Manzah, FCT police spokesperson, and Moses Nkombe, his counterpart in Edo State, both said': the
    person named with an apposition before the "and" that opens the second name's chunk speaks too."""
    if not chunks[j] or chunks[j][0][0].lower() != "and" or j < 2 or not chunks[j - 1] or \
            not (role_like(chunks[j - 1]) or chunks[j - 1][-1][0].lower() in SPOKES_WORDS | TITLE_WORDS):
        return None
    m = parse_np(chunks[j - 2])
    if isinstance(m, Mention) and m.kind == "name" and m.name and len(m.name.split()) > 1 and \
            looks_like_person(m.name):
        m.role = m.role or " ".join(t[0] for t in chunks[j - 1])
        m.entity_kind = "person"
        return m
    return None


def _title_chunk(toks) -> bool:
    """'The Indonesian Foreign Affairs Minister', 'the Defense Minister': a capitalised title closed by a title word."""
    toks = toks[1:] if toks and toks[0][0].lower() == "the" else toks
    return 1 <= len(toks) <= 8 and toks[-1][0].lower() in TITLE_WORDS and \
        all(is_cap(t[0]) or t[0] in {"of", "for", "and", "&"} for t in toks)


def _titled_pair(text: Text, chunks, last: Mention):
    """'The Indonesian Foreign Affairs Minister, Retno Marsudi, and the Defense Minister, Ryamizard Ryacudu, said'
    (issue 8 seed round, held-out): two people, each named after a title set off by commas and joined by "and",
    speak together (one statement each, as "X and Y said")."""
    if len(chunks) < 4 or not all(chunks[-4:]) or chunks[-2][0][0].lower() != "and" or \
            not _title_chunk(chunks[-2][1:]) or not _title_chunk(chunks[-4]):
        return None
    m = parse_np(chunks[-3])
    if not (isinstance(m, Mention) and m.kind == "name" and m.name and len(m.name.split()) > 1 and
            looks_like_person(m.name) and len(last.name.split()) > 1):
        return None
    first_title = chunks[-4][1:] if chunks[-4][0][0].lower() == "the" else chunks[-4]
    m.role = m.role or text.body[first_title[0][1]:first_title[-1][2]]
    last.role = last.role or text.body[chunks[-2][1][1]:chunks[-2][-1][2]].removeprefix("the ")
    m.entity_kind = last.entity_kind = "person"
    return [m, last]


def _singular(word: str) -> str:
    return word[:-3] + "y" if word.endswith("ies") else word[:-1]


def _shared_plural_head(toks):
    """'The Interior and Defense ministries' -> [Interior Ministry, Defense Ministry]: capitalised modifiers joined
    by 'and' that share one plural organisation noun are one body each."""
    toks = toks[1:] if toks and toks[0][0].lower() == "the" else toks
    if len(toks) < 4 or not toks[-1][0].islower() or not toks[-1][0].endswith("s"):
        return None
    head = _singular(toks[-1][0])
    if head not in ORG_WORDS:
        return None
    parts = split_conjoined(toks[:-1])
    if len(parts) != 2 or not all(p and len(p) <= 3 and all(is_cap(t[0]) for t in p) for p in parts):
        return None
    noun = (head.capitalize(), toks[-1][1], toks[-1][2])
    mentions = [parse_np(p + [noun]) for p in parts]
    if all(isinstance(m, Mention) and m.kind == "body" for m in mentions):
        return mentions
    return None


# A ministry's portfolio of several capitalised words joined by commas and "and" before "Minister" (Malaysian ministries:
# ', says Entrepreneur Development and Cooperatives Minister Tan Sri Noh Omar', ', said Tourism, Arts and Culture
# Minister Datuk Mohamaddin Ketapi'): one title, not several speakers (issue 8, seed round).
PORTFOLIO_LIST = re.compile(r"\s*((?:[A-Z][\w'’-]+,?\s+){1,6}(?:and|&)\s+(?:[A-Z][\w'’-]+\s+){1,3})"
                            r"(?=(?:Deputy\s+)?Minister\s+[A-Z])")


SAID_BEFORE = re.compile(r"\b(?:said|says|added|adds)\s*$")


def _our_correspondent(np, body: str, pos: int) -> bool:
    """"..., said our correspondent.": the outlet's own reporter the text named (bbc-news/politics/069; bbc17); not
    an aside "according to our correspondent", which stays out of the speakers a pronoun goes back to."""
    return len(np) == 2 and np[0][0].lower() == "our" and np[1][0].lower() == "correspondent" and \
        SAID_BEFORE.search(body[max(0, pos - 8):pos]) is not None


def _day_after_source(np, word: str) -> bool:
    """A weekday right after "police" ("Winnipeg police", the force the text names) is the day the words were said, no
    part of the source (a capitalised name keeps its own reading: "told Fox News Sunday", a programme)."""
    return word.lower() in WEEKDAYS and np[-1][0] == "police"


def _bare_police(np) -> bool:
    """"according to police," (CTV Toronto; quotes18): the force the text names, as "police said" is."""
    return len(np) == 1 and np[0][0] == "police"


def _without_nickname(toks):
    """The tokens without a quoted nickname between two words of a name: ', said ministry spokesman Rolliansyah “Roy”
    Soemirat to reporters.' (The Jakarta Post; asia19) is Rolliansyah Soemirat, the name the text introduces (a
    nickname is no part of it: "Joko ‘Jokowi’ Widodo"), not a subject cut at the nickname's closing mark."""
    for i in range(1, len(toks) - 3):
        if toks[i][0] in {"“", '"'} and is_cap(toks[i - 1][0]):
            j = next((j for j in range(i + 2, min(i + 4, len(toks) - 1)) if toks[j][0] in {"”", '"'}), None)
            if j is not None and is_cap(toks[j + 1][0]) and all(is_cap(t[0]) for t in toks[i + 1:j]):
                return toks[:i] + toks[j + 1:]
    return toks


_WRITTEN_WORDS = frozenset(words("own_words_nouns")) | {"email", "e-mail"}


def _participle_after_name(np, word: str, after) -> bool:
    """A lower-case -ing word right after a full name (two capitalised words closing the phrase): no part of the
    source ("Rebecca McElhoes requesting ...", "Jane Smith speaking to reporters"); not a title's modifier ("Atletico
    sporting director Toni Munoz", "Manchester United sporting director ...": a title word after it), nor "the acting
    director" (lower case before it), nor "Thursday morning" (one capitalised word)."""
    if not (len(np) >= 2 and word.endswith("ing") and len(word) > 5 and word.isalpha() and word.islower() and
            is_cap(np[-1][0]) and is_cap(np[-2][0]) and not (after and after[0][0].lower() in TITLE_WORDS)):
        return False
    # ... a person's name, no body's nor a place's ("affirmed the United States’ enduring commitment to ...": the
    # verb's object, no source; a White House fact sheet)
    m = parse_np(np)
    return isinstance(m, Mention) and m.kind == "name" and m.entity_kind == "person" and bool(m.name) and \
        is_given_name(m.name.split()[0], any_gender=True)


def np_after(text: Text, pos: int, hi: int):
    """The source mention right after an inverted cue: ', said Foreign Ministry Spokesperson X on ...'; a title's
    parenthesised portfolio is dropped (', said Senior Minister (Security Cluster) Datuk Seri Ismail Sabri Yaakob')."""
    portfolio = PORTFOLIO_LIST.match(text.body, pos, hi)
    if portfolio:
        pos = portfolio.end(1)     # ', said Tourism, Arts and Culture Minister Datuk Mohamaddin Ketapi': the minister
    toks = _without_nickname(_drop_parentheses(tokens(text.body[pos:hi], pos)))
    np, named_on = [], None
    for i, t in enumerate(toks):
        if t[0] == "and" and (_inside_body_name(np, toks[i + 1:i + 2]) or _joined_titles(np, toks[i + 1:i + 2]) or
                              _and_in_portfolio_of_body(np, toks[i + 1:]) or
                              _and_in_portfolio_of_title(np, t, toks[i + 1:])) or \
                t[0] in ("and", "&") and any(x[0].endswith(",") for x in np):
            np.append(t)     # "the spokesperson for the Hong Kong and Macao Affairs Office of the State Council";
            continue         # a portfolio listed with commas ("the Health, Labor and Welfare Ministry")
        if t[0].lower() in {"from", "by"} and np and np[-1][0].lower() in _WRITTEN_WORDS and \
                all(x[0].islower() for x in np):
            np.append(t)     # '," said an email from Nicholas Janveau at the Health Canada media office in Ottawa.',
            continue         # '," said a statement from the RCMP.': the words' issuer (sudbury.com; set F)
        if t[0] == "and" and _adjectives_of_a_vague_group(np, toks[i + 1:]):
            return VAGUE_SOURCE     # "according to Republican and Democratic strategists with access to ...",
            #                         "Democratic and independent analysts" (PolNeAR): a group left unnamed
        if t[0] == "and" and np:
            joint = _two_named_after_cue(np + [t] + _np_run(toks[i + 1:]))
            if joint:
                return joint
        if t[0] == "in" and _minister_in_office(np, toks[i + 1:i + 5]):
            np.append(t)     # "Malaysia's Minister in the Prime Minister's Department Shahidan Kassim"
            continue
        if t[0] in SEPARATORS or t[0] in {".", "!", "?", "”", '"'} or (t[0].lower() in STOP_AFTER_NP and np and t[0] != "WHO"):
            break     # (not "said the WHO chief": the World Health Organization's; un19)
        if np and _day_after_source(np, t[0]):
            break     # '..., said police Monday morning.' (Global News Winnipeg; set BK 002): the day of the words
            #           (not after other lower-case words: "according to a Chinese mainland spokesman Wednesday")
        if _participle_after_name(np, t[0], toks[i + 1:i + 2]):
            break     # ', said the letter from TransCanada community relations manager Rebecca McElhoes requesting
            #           council's formal support.': a participle after the name opens what the source did (set AU)
        if t[0].lower() in {"of", "from", "at", "with", "for"} and sum(1 for x in np if is_cap(x[0])) >= 2 and \
                all(is_cap(x[0]) for x in np[-2:]) and not _inside_body_name(np, toks[i + 1:i + 2]) and \
                not (t[0] == "of" and np[-1][0].lower() in PUBLIC_BODY_HEADS and toks[i + 1:i + 2] and
                     is_cap(toks[i + 1][0])):
            if not _body_name_goes_on(np, t, toks[i + 1:i + 3]) and not _title_goes_on_to_name(np, toks[i:]):
                break       # "Andreas Adriano of Latin Trade Magazine", "Benoit Joly from ... firm Thales"; not "Maine's
                #             Department" + "of Environmental Protection" (a body's name going on; quotes17)
            named_on = len(np) if named_on is None else named_on
        np.append(t)
    if not np or (np[0][0][:1].islower() and np[0][0].lower() not in {"the", "a", "an", "his", "her", "its"} and
                  not _former_capitalised_title(np) and
                  not _bare_title(np) and not _occupation_then_name(np) and
                  not _our_correspondent(np, text.body, pos) and not _bare_police(np)):
        return None     # "said on Capital Download", "said in a statement": not a speaker
    if any(t[0] in CLAUSE_VERBS for t in np[1:]):
        return None     # "Sir Andrew Green, said the House of Lords decision was a ...": the subject of the clause said,
        #                 with its own verb, is no speaker after an inverted cue (bbc-news/politics/370)
    # Apposition after an inverted cue: "said Uzra Zeya, Acting Assistant Secretary"
    m = parse_np(np)
    if not isinstance(m, Mention) and named_on is not None:
        np = np[:named_on]     # "the Roper Center" + "for Public Opinion Research": not a vague "research" (un19)
        m = parse_np(np)
    if m is VAGUE_SOURCE and len(np) == 1 and is_cap(np[0][0]) and _surname_of_someone(text.body, np[0][0]):
        # '“...,” says Story, insisting ...' after "Jennifer Story (Toronto-Danforth)": a surname that is also a word
        # of the vague sources' list
        m = Mention(np[0][0], np[0][1], np[0][2], "surname", name=np[0][0], entity_kind="person")
    if not isinstance(m, Mention) and _kin_or_relation(np) and len(np) < len(toks) and toks[len(np)][0] == ",":
        person = _name_after_comma(toks[len(np) + 1:])
        if person is not None:
            # '“He was a gentle soul,” said his brother, Mark Smith.', '..., said Lisa Contois’s mother, Donna
            # Contois.': the person described by a relation, then named (Canadian news; set Y)
            return [person]
    if isinstance(m, Mention) and m.kind in ("title", "body") and len(np) < len(toks) and toks[len(np)][0] == ",":
        person = _name_after_comma(toks[len(np) + 1:])
        if person is not None:
            # ', said Opera spokeswoman, Berit Hanson.': the title's holder named after it speaks, not the body
            person.role = person.role or " ".join(t[0] for t in np)
            person.organization = person.organization or (m.name if m.kind == "body" and m.name[:1].isupper() else None)
            return [person]
    return [m] if isinstance(m, Mention) else m


def _np_run(toks):
    """The tokens of a noun phrase from toks' start to the first separator, mark or stop word."""
    k = next((j for j, t in enumerate(toks) if t[0] in SEPARATORS or t[0] in {".", "!", "?", "”", '"', ","} or
              t[0].lower() in STOP_AFTER_NP), len(toks))
    return toks[:k]


def _two_named_after_cue(np):
    """'“We are in a pivotal moment for small business recovery,” said CFIB president Dan Kelly and CFIB vice-president
    for Quebec François Vincent.' (The Laval News; set AX 008): two people named in full after an inverted cue, each with
    a given name, say the words together, one statement each (GUIDELINES; as "X and Y said", _joint_speakers)."""
    parts = split_conjoined(np)
    if len(parts) != 2:
        return None
    both = [parse_np(p) for p in parts]
    if all(isinstance(m, Mention) and m.kind == "name" and m.entity_kind == "person" and m.name and
           len(m.name.split()) >= 2 and is_given_name(m.name.split()[0], any_gender=True) for m in both) and \
            bool(both[0].role) == bool(both[1].role):
        return both     # (both titled or neither: not a firm named after people, then its employee, '," said Laurie
        #                 Milbank and Co assistant manager Machiko Suzuki.', '," said Carroll McEntee and McGinley
        #                 analyst Brian Singer.'; Reuters-21578)
    return None


# A capitalised adjective of a people, a party or a place ("Republican", "Democratic", "American", "British").
_ADJECTIVE_ENDING = re.compile(r"[A-Z][a-z]+(?:an|ic|ish|ese|i)$")


def _adjectives_of_a_vague_group(np, rest) -> bool:
    """Is np one capitalised adjective coordinated with the next word before a group left unnamed ("Republican" +
    "and Democratic strategists ...")? Not a body's name ("Reuters and independent analysts")."""
    if len(np) != 1 or not _ADJECTIVE_ENDING.fullmatch(np[0][0]) or len(rest) < 2:
        return False
    k = next((j for j, t in enumerate(rest) if t[0] in SEPARATORS or t[0] in {".", "!", "?", "”", '"', ","}), len(rest))
    return parse_np(rest[:k]) is VAGUE_SOURCE or parse_np(rest[1:2]) is VAGUE_SOURCE


CLAUSE_VERBS = {"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could", "should", "must",
                "might", "does", "did"}


def _surname_of_someone(body: str, word: str) -> bool:
    """Does the text name a person by a given name and this word ("Jennifer Story")?"""
    return any(is_given_name(m.group(1)) for m in re.finditer(r"\b([A-Z][a-z]+)\s+%s\b" % re.escape(word), body))


def _kin_or_relation(np) -> bool:
    """"his brother", "the victim’s mother", "Lisa Contois’s mother": a possessive determiner or a possessive name
    (or "the" and a possessive noun), then one or two lower-case words: someone described by a relation."""
    ws = [t[0] for t in np]
    k = next((i for i, w in enumerate(ws) if w.endswith(("’s", "'s", "s’", "s'"))), None)
    if ws and ws[0].lower() in {"his", "her", "their"}:
        k = 0
    elif k is None or not (k < 3 and all(is_cap(w) for w in ws[:k + 1]) or
                           ws[0].lower() == "the" and k <= 2 and all(w.islower() for w in ws[:k + 1])):
        return False
    rest = ws[k + 1:]
    return 1 <= len(rest) <= 2 and all(w.isalpha() and w.islower() for w in rest)


def _name_after_comma(toks):
    """A person's full name alone up to the sentence's or clause's end ('Berit Hanson.'), as a Mention, else None."""
    k = next((i for i, t in enumerate(toks) if t[0] in SEPARATORS or t[0] in {".", "!", "?", "”", '"'}), len(toks))
    if k < len(toks) and toks[k][0] not in {".", ","}:
        return None
    m = parse_np(toks[:k])
    if not isinstance(m, Mention) or m.kind != "name" or m.entity_kind != "person":
        return None
    # (a given name that is also a place's counts: "Mary Smith", "Paul Manaigre"; set Y)
    ws = [t[0] for t in toks[:k]]
    if not is_personal_name(ws) and not given_name_of_a_place(ws) and not (
            # ', said its chairman, Sir Anthony Greener.', ', said the chairman of the Commons education select
            # committee, Labour MP Barry Sheerman.': an honorific or a title before the full name
            m.name and len(m.name.split()) > 1 and is_personal_name(m.name.split()) and
            m.text.endswith(m.name) and (m.role or toks[0][0].lower() in _NAME_OPENERS)):
        return None
    return m


HYPHENATED_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")   # a word, or letters joined by hyphens ("first-line")


def _occupation_then_name(np) -> bool:
    """', said analyst Erling Refsum at Nomura.', ', said economist Gary Thayer of AG Edwards & Sons.', ', said economy
    minister Heizo Takenaka.': one or two lower-case words of occupation, then a person's full name and nothing else;
    three when the third is a title's head (', said logistics section chief Melina Grant.', quotes12). A word may be
    a hyphenated compound (', said first-line winger Rick Nash.', The Hockey News; set AO)."""
    k = next((i for i, t in enumerate(np) if not t[0].islower()), len(np))
    if not (1 <= k <= 2 or k == 3 and np[2][0] in NAME_HEADS) or any(t[0].lower() in ADVERBIAL_PREPOSITIONS or t[0].lower() in DETERMINERS or
                              not HYPHENATED_WORD.fullmatch(t[0]) for t in np[:k]):
        return False
    ws = [t[0] for t in np[k:]]
    # (a surname that is also a place's name, after a given name no list knows, when the whole looks like a person's
    # name: '," said chief administrative officer Muhamud Hassan, who ...', Hassan a city in India; Nunavut News/North,
    # set AR)
    last_a_place = len(ws) >= 2 and looks_like_person(" ".join(ws))
    return is_personal_name(ws) or (2 <= len(ws) <= 3 and all(re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*", w)
                                                              for w in ws) and
                                    not any(fold(w).lower() in places() and not (last_a_place and i == len(ws) - 1) or
                                            w.lower() in ORG_WORDS for i, w in enumerate(ws)) and
                                    (looks_like_person(" ".join(ws)) or is_given_name(ws[0].split("-")[0])))


def _former_capitalised_title(np) -> bool:
    """'..., said former Prime Minister Tony Blair.', 'according to former Air Force spokesperson Yurii Ihnat' (Kyiv
    Independent, set K 005): "former" (or "then") before a capitalised title or body is part of the source."""
    return len(np) > 2 and np[0][0].lower() in {"former", "then"} and is_cap(np[1][0])


def _bare_title(np) -> bool:
    """'..., says foreign minister.' (a standfirst's lower-case title without an article): title words ending in a
    title's head, nothing else."""
    ws = [t[0].lower() for t in np]
    return len(ws) <= 4 and ws[-1] in NAME_HEADS and all(w in TITLE_WORDS for w in ws)


def _joined_titles(np, nxt) -> bool:
    """Is an 'and' between two capitalised titles of one person (', said Minister and Chairman of the Government Office
    Mai Tien Dung at ...', VOV; seed13)? Not two people ('said President Moon and Prime Minister Kim')."""
    return len(np) == 1 and bool(nxt) and is_cap(np[0][0]) and is_cap(nxt[0][0]) and \
        np[0][0].lower() in NAME_HEADS and nxt[0][0].lower() in NAME_HEADS


def _and_in_portfolio_of_title(np, conj, rest) -> bool:
    """Is an 'and' inside the portfolio of a person's title, the name after it: ', said Deputy Assistant Secretary of
    State for European' + 'and Eurasian Affairs Robin Dunnigan.' (a State Department release; data/, the lead's round
    31)? The words so far are a title with its "of/for" portfolio (not "President Moon": a name), and what follows
    the 'and' up to the sentence's punctuation is capitalised words that close the whole as a titled name."""
    if not np or not is_cap(np[-1][0]) or not any(x[0] in ("of", "for") for x in np):
        return False
    k = next((j for j, t in enumerate(rest) if not is_cap(t[0])), len(rest))
    if k < 3:
        return False
    before, whole = parse_np(np), parse_np(np + [conj] + rest[:k])
    return isinstance(before, Mention) and before.kind == "title" and isinstance(whole, Mention) and whole.kind == "name"


def _and_in_portfolio_of_body(np, rest) -> bool:
    """Is an 'and' inside the portfolio of a body's name: 'according to the Ministry of Agriculture' + 'and Rural
    Development', 'the Korea Centers for Disease Control' + 'and Prevention (KCDC)' (set U, Korea Herald)? The
    name so far is an organisation word and a capitalised "of/for X"; after the 'and' one to four capitalised
    words close the phrase, none a person's title or a given name, none the head of a second body ('the Department
    of Transportation and Mayor John Smith' are two)."""
    k = next((k for k in range(len(np) - 1, -1, -1) if np[k][0].lower() in ORG_WORDS and is_cap(np[k][0])), None)
    if k is None or not any(x[0] in ("of", "for") for x in np[k + 1:]) or \
            not is_cap(np[-1][0]) or not all(is_cap(x[0]) or x[0] in ("of", "the", "for") for x in np[k:]):
        return False
    run = 0
    while run < len(rest) and is_cap(rest[run][0]) and rest[run][0][:1].isalpha():
        run += 1
    if not 1 <= run <= 4 or run < len(rest) and (rest[run][0][:1].isupper() or rest[run][0] in ("of", "for", "and")):
        return False
    words_after = [x[0] for x in rest[:run]]
    return not any(w.lower() in NAME_HEADS or w.lower() in _SECOND_BODY_HEADS for w in words_after) and \
        not is_given_name(words_after[0], any_gender=True)


# heads that make the words after "and" a second body ("the Ministry of Health and Police Regional Office"), not the
# rest of a portfolio ("Health and Human Services", "Environment and Natural Resources"; lexicon second_body_heads)
_SECOND_BODY_HEADS = words("second_body_heads")


def _body_name_goes_on(np, t, nxt) -> bool:
    """"the UN Office" + "for the Coordination of Humanitarian Affairs", "the Office" + "of the High Commissioner":
    an organisation word with a capitalised "for/of (the) X" after it is a body's name going on (un19)."""
    if t[0] not in ("for", "of") or not nxt or not (is_cap(nxt[0][0]) or nxt[0][0] == "the" and len(nxt) > 1 and
                                                   is_cap(nxt[1][0])):
        return False
    # (also past capitalised words of its name: "the Office of the High Commissioner" + "for Human Rights")
    k = next((k for k in range(len(np) - 1, -1, -1) if np[k][0].lower() in ORG_WORDS and is_cap(np[k][0])), None)
    return k is not None and all(is_cap(x[0]) or x[0] in ("of", "the", "for", "and") for x in np[k:])


OFFICES_A_MINISTER_SITS_IN = frozenset(words("offices_a_minister_sits_in"))


def _minister_in_office(np, rest) -> bool:
    """"Minister" + "in the Prime Minister's Department": a minister's post named by the office it sits in, whose
    "in" belongs to the title (titles.yml offices_a_minister_sits_in), not a place or an occasion after the name."""
    if not np or np[-1][0].lower() != "minister" or len(rest) < 4 or rest[0][0].lower() != "the":
        return False
    return " ".join(t[0] for t in rest[1:4]).lower().replace("’", "'") in OFFICES_A_MINISTER_SITS_IN


def _title_goes_on_to_name(np, rest) -> bool:
    """"Comptroller of the Royal Household" + "of Istana Negara Datuk Wira Zailani Hashim": a title with no name
    yet goes on past a second "of" to its holder's name, which closes the phrase (Bernama, asia20)."""
    if np[0][0].lower() not in TITLE_WORDS or len(rest) < 3:
        return False
    named = parse_np(np)
    if isinstance(named, Mention) and named.kind in ("name", "surname") and \
            not (named.role or "").endswith((" the", " of")):
        return False     # "economist Gary Thayer" + "of AG Edwards & Sons": the holder is named already
    k = next((k for k, x in enumerate(rest) if x[0] in SEPARATORS or x[0] in {".", "!", "?", "”", '"'}), len(rest))
    m = parse_np(np + list(rest[:k]))
    return isinstance(m, Mention) and m.kind == "name" and m.entity_kind == "person" and bool(m.role) and \
        len(m.name.split()) >= 2 and not any(w.lower() in ORG_WORDS for w in m.name.split())


def _inside_body_name(np, nxt) -> bool:
    """Is an 'and' between capitalised words of the body a spokesperson speaks for ('... for the Hong Kong and'
    + 'Macao')?"""
    low = [t[0].lower() for t in np]
    spokes = [k for k, w in enumerate(low) if w in SPOKES_WORDS]
    return bool(spokes and nxt and (is_cap(nxt[0][0]) or nxt[0][0] == "the") and np and is_cap(np[-1][0]) and
                spokes[0] + 1 < len(low) and low[spokes[0] + 1] in {"for", "of"})


def _described_person(text, chunk, d0: int, d1: int) -> Mention | None:
    """The person a description (body[d0:d1]) after the chunk describes, when the chunk is a person's full name."""
    person = parse_np(chunk)
    if not isinstance(person, Mention) and 2 <= len(chunk) <= 3 and all(is_cap(t[0]) for t in chunk) and \
            is_given_name(chunk[0][0]):
        # "Troy Charter, Director of Transit Operations at OC Transpo said": a given name and a word the noun
        # phrase reads as a document's ("charter"), before a description only a person has (quotes15)
        name = text.body[chunk[0][1]:chunk[-1][2]]
        person = Mention(name, chunk[0][1], chunk[-1][2], "name", name=name)
    if not (isinstance(person, Mention) and person.kind == "name" and person.name and
            len(person.name.split()) > 1 and looks_like_person(person.name)):
        return None
    person.role = person.role or text.body[d0:d1]
    person.entity_kind = "person"
    return person


def _title_then_of(first) -> bool:
    """A title of one word or two ("director general") before 'of', 'for' or 'at' and the body: "Toufique Hasan,
    director general at the foreign ministry’s Public Diplomacy Wing, said" (The Daily Star copy; seed16)."""
    if first[1][0] in {"of", "for", "at"}:
        return True
    return len(first) > 3 and first[2][0] in {"of", "for", "at"} and first[1][0].lower() in TITLE_WORDS


def _person_before_employer(text, chunks, employer: Mention):
    """"Raymond Thomas Dalio, co-chief investment officer of the world's largest hedge fund, Bridgewater
    Associates, said": a company closing a person's lower-case apposition is where the person works; the person
    speaks (a body's name is no person's to names-dataset and probablepeople)."""
    if len(chunks) < 3 or not chunks[-2] or not chunks[-3] or is_cap(chunks[-2][0][0]) or \
            looks_like_person(employer.name or ""):
        return None
    m = parse_np(chunks[-3])
    if not (isinstance(m, Mention) and m.kind == "name" and m.name and len(m.name.split()) > 1 and
            looks_like_person(m.name)):
        return None
    m.role = m.role or text.body[chunks[-2][0][1]:chunks[-1][-1][2]]
    m.entity_kind = "person"
    return m


def _person_of_affiliation(toks):
    """"Adrian Edwards for the High Commissioner for Refugees (UNHCR) said", "Jay Tarriela of the PCG said": a
    person's full name, then 'for' / 'of' / 'from' / 'at' and the body they speak for: the person speaks."""
    k = next((i for i, t in enumerate(toks) if t[0] in {"for", "of", "from", "at", "with"}), None)
    if k is None or k < 2 or not all(is_cap(t[0]) for t in toks[:k]):
        return None
    m = parse_np(toks[:k])
    if isinstance(m, Mention) and m.kind == "name" and m.entity_kind == "person" and not m.role:
        m.role = " ".join(t[0] for t in toks[k + 1:]) or None
        return m
    return None
