"""Source mentions: the noun phrase that names who speaks, split into name, role and organisation.

"Foreign Ministry Spokesperson Le Hai Binh" -> name Le Hai Binh, role Foreign Ministry Spokesperson
"Uzra Zeya, Acting Assistant Secretary for Democracy" -> name Uzra Zeya, role after the comma
"the spokesperson" -> title; "he" -> pronoun; "Royal Resources Inc" -> body; "analysts" -> vague (None)
"""
import re
from functools import cached_property, lru_cache

from ..models import Mention
from ..gazetteer import country_markers, places
from ..normalize import fold
from ..gazetteer import first_names, surnames
from ..speaker_names import (ACRONYM, POST_NOMINALS, country_short_forms, given_name_of_a_place, is_given_name, is_place, is_personal_name, looks_like_person,
                             name_after_portfolio,
                             opens_personal_name, personal_start_after_portfolio, personal_name_start, portfolio_commas,
                             surname_to, without_initials)
from .sentences import ABBREVIATIONS
from .lexicon import (CAMPAIGN_OPENERS, HONORIFIC_TITLES, HONORIFICS, NAME_PARTICLES, NAME_POSSESSIVES, ORG_NAMES, ORG_NOUNS, ORG_WORDS,
                      PERSON_TITLES_F, PERSON_TITLES_M, PRONOUNS, TITLE_WORDS, VAGUE, MONTHS, PARTS_OF_DAY, WEEKDAYS, title_gender)

# "O'Carroll", "D'Souza": a one-letter particle and an apostrophe before a capital open the same word.
# An apostrophe inside a word before lower-case letters that close no contraction ('t, 's, 'd, 'm, 're, 've, 'll)
# keeps the word whole: "Sipekne’katik", "Mi'kmaq", "Wet'suwet'en", "Nisga'a" (Chief Mike Sack of the Sipekne’katik
# First Nation is a person, no body named "Nation"; set T).
# A double hyphen is a dash in wire copy ("Newark and Philadelphia--Dole said"), not inside a word.
# A number with thousands separators is one word ("more than 1,000 days"): its comma closes no apposition (set O).
TOKEN = re.compile(r"\d{1,3}(?:,\d{3})+(?!,?\d)|(?:[ODL]['’](?=[A-Z]))?[A-Za-zÀ-ÖØ-öø-ɏḀ-ỿ0-9](?:[\w&.]|-(?!-)(?:[ODL]['’](?=[A-Z]))?"
                   r"|['’](?=[a-zà-öø-ÿ])(?!(?:t|s|d|m|re|ve|ll)\b))*"
                   r"(?:['’]s\b|['’](?=\s))?|[^\w\s]")     # ("Murphy-O'Connor" one word)
from .. import lexicon as _lex

DETERMINERS = set(_lex.words("determiners"))
OUTLET_WORDS = frozenset(_lex.words("outlet_words"))
# Lower-case words allowed inside a role description ("the country's chief foreign debt negotiator").
DESCRIPTION_MAX = 9
# ... and words of a title of capitalised words and their links alone: "Deputy Assistant Secretary of State for European
# and Eurasian Affairs Robin Dunnigan" (a State Department release; data/, the lead's round 31).
TITLE_MAX = 13
GROUP_SHARES = frozenset(_lex.words("group_shares"))
FRONTED_TIME = re.compile(r"(?:%s)\s" % "|".join(_lex.words("fronted_time_prepositions")), re.I)
NOT_SUBJECTS = set(_lex.words("not_subjects"))       # sentence openers that never name anyone
PEOPLES = frozenset(_lex.words("peoples"))     # a people named in the plural: "First" of "First Nations" is no opener
COMPARISON_OPENERS = frozenset(_lex.words("comparison_openers"))
CLAUSE_WORDS = set(_lex.words("clause_words"))
NAME_HEADS = set(_lex.words("name_heads"))           # "Spokesperson Le Hai Binh", "Sir John Stevens"
CONNECTORS = set(_lex.words("connectors"))
VERBISH = set(_lex.words("verbish"))
SPOKES_WORDS = set(_lex.words("spokes_words"))
# Head nouns of a title used without a name ("the spokesperson", "the Ofsted chief", "the shadow chancellor").
BODY_OR_ROLE_HEADS = _lex.words("body_or_role_heads")
ROLE_NOUNS = (NAME_HEADS - HONORIFICS - {"rev", "father", "deputy", "vice", "sen", "gov", "gen",
                                        "rep"}) | {"spokespeople"}
# What may stand right before a person's given name and a surname that is also an organisation word ("Coun. Markus
# Chambers", "Mayor Geoffrey Chambers", "Network president Geoffrey Chambers": _surname_org_word): a title, an
# honorific, a title written short (lexicon abbreviated_titles, abbreviated_ranks, title_abbreviations).
_TITLES_BEFORE_A_NAME = ROLE_NOUNS | NAME_HEADS | HONORIFICS | set(_lex.mapping("abbreviated_titles")) | \
    set(_lex.words("abbreviated_ranks")) | {w.rstrip(".") for w in _lex.words("title_abbreviations")}


BULLETS = set("•▪►◦●■▶")


def tokens(text: str, offset: int = 0):
    out = []
    glued = portfolio_commas(text)
    for m in TOKEN.finditer(text):
        if m.group() in BULLETS:
            continue     # "• The department said it was investigating ...": a list's bullet is no word of the subject
        if m.start() in glued and out:
            word, start, _ = out.pop()
            out.append((word + ",", start, offset + m.end()))
            continue
        tok, start, end = m.group(), offset + m.start(), offset + m.end()
        # A sentence-final period is punctuation, not part of the word ("Binh."); keep it on "Inc." or "U.S.".
        if tok.endswith(".") and len(tok) > 1:
            bare = tok[:-1].lower()
            if not (bare in ABBREVIATIONS or "." in bare or len(bare) == 1):
                out.append((tok[:-1], start, end - 1))
                out.append((".", end - 1, end))
                continue
        out.append((tok, start, end))
    return out


def _bare(tok: str) -> str:
    """The word without a possessive ending ("Labour's" -> "Labour")."""
    if tok.endswith(("'s", "’s")):
        return tok[:-2]
    return tok[:-1] if tok.endswith(("'", "’")) else tok


def is_cap(tok: str) -> bool:
    """A capitalised word, or a name joined to its particle ('al-Jubeir', 'el-Sisi', 'bin-Salman')."""
    if tok[:1].isupper():
        return True
    head, _, rest = tok.partition("-")
    return bool(rest[:1].isupper()) and head.lower() in NAME_PARTICLES


def _gender(words) -> str | None:
    low = {w.lower().rstrip(".") for w in words}
    if low & PERSON_TITLES_M:
        return "m"
    if low & PERSON_TITLES_F:
        return "f"
    return None


def _surname_org_word(words) -> bool:
    """'Geoffrey Chambers', 'Mark Church': a gendered given name that names no place, then one word that is both an
    organisation word and a common surname; a person's name when a person's title stands before it ("said Quebec
    Community Groups Network president Geoffrey Chambers"; set AC, Global News), not alone ('Grace Church', 'Hope
    Mission' may be bodies). 'Victoria Police' (a place's name first), 'Cree Nation' (no given name) and an
    abbreviation ('Co', 'Corp': its dotted form is an organisation word too) are never read so."""
    if len(words) != 2 or not all(w[:1].isupper() and not w.isupper() for w in words) or words[1].endswith("."):
        return False
    last = words[1].lower().rstrip(",")
    return len(last) >= 4 and last in ORG_WORDS and last + "." not in ORG_WORDS and fold(last) in surnames() and \
        is_given_name(words[0]) and fold(words[0]) not in places()


def _is_org_name(words) -> bool:
    low = [w.lower().rstrip(".,") for w in words]
    if " ".join(low) in ORG_NAMES or (low and low[0] == "the" and " ".join(low[1:]) in ORG_NAMES):
        return True
    if any(w in ORG_WORDS for w in low) or "&" in low[1:-1]:
        return True     # "Ernst & Young", "Marks & Spencer": a firm
    if len(low) >= 2 and low[0] in CAMPAIGN_OPENERS and all(w[:1].isupper() or w == "the" for w in words[1:]):
        return True     # "Stop Stansted Expansion", "Save the Scottish Regiments": a campaign named by its aim
    # An acronym alone ("BBC", "NATO", "TI-CARO") names a body.
    return len(words) == 1 and re.fullmatch(r"[A-Z][A-Z0-9&\-]+", words[0]) is not None


_ORG_OR_TITLE_WORDS = ORG_WORDS | TITLE_WORDS     # unions made once, not per word
ADJECTIVE_END = re.compile(r"(?:ial|ary)$")     # "Presidential", "Ministerial", "Parliamentary" (not "Conservative": a party)
_NAME_HEADS_OR_HONORIFICS = NAME_HEADS | HONORIFICS
TITLE_OPENERS = frozenset(_lex.words("title_openers"))
# The words a body's name ends with before a person's name: its own words, a title's, and a rank or honorific right
# before the name ("spokesperson for the West Philippine Sea (WPS) Commodore Jay Tarriela").
_BODY_END_WORDS = _ORG_OR_TITLE_WORDS | _NAME_HEADS_OR_HONORIFICS


def _person_after_body(toks, k, org):
    """'spokesperson of the Vietnamese Ministry of Foreign Affairs Le Thi Thu Hang': the body's words end
    where a name of two or more words follows its last organisation or title word, or a rank before the name
    ('... for the West Philippine Sea (WPS) Commodore Jay Tarriela'); the person speaks."""
    last = max((i for i, t in enumerate(org) if t[0].lower().rstrip(".,") in _BODY_END_WORDS), default=-1)
    if last < 0:     # "Spokesperson for the West Philippine Sea Jay Tarriela": a place, then a person's name
        last = personal_name_start([t[0] for t in org])
        last = -1 if last is None else last - 1
    name = org[last + 1:]
    if last < 0 or not 2 <= len(name) <= 5 or not all(is_cap(t[0]) and t[0][:1].isalpha() for t in name):
        return None
    if _is_org_name([t[0] for t in name]):
        return None
    text = " ".join(t[0] for t in toks)
    role = " ".join(t[0] for t in toks[:len(toks) - len(name)])
    return Mention(text, toks[0][1], toks[-1][2], "name", name=_join([t[0] for t in name]), role=role,
                   gender=_gender([toks[k][0]]), entity_kind="person")


class Vague:
    """The marker parse_np returns for a vague source ("analysts", "officials said"): no statement."""
    __slots__ = ()

    def __repr__(self):
        return "VAGUE"


VAGUE_SOURCE = Vague()


def surname_an(words) -> bool:
    """'An Fengshan', 'An said': the Chinese surname An, not the article. The article stands before a vowel sound
    only, so 'An' before a capitalised word that opens with a consonant letter (and is no acronym, and no 'H' of
    'An Hour') is a name; a lone 'An' is one too (issue 8, seed10: Xinhua's 'An Fengshan ... An said')."""
    if not words or words[0] != "An":
        return False
    if len(words) == 1:
        return True
    nxt = words[1]
    return nxt[:1].isupper() and nxt[1:2].islower() and nxt[0] not in "AEIOUH"


class NP:
    """One noun phrase under parsing: its tokens, words, lower-case words and the parts the rules share."""

    def __init__(self, toks):
        self.toks = toks
        self.words = [t[0] for t in toks]
        self.low = [w.lower() for w in self.words]
        self.start, self.end = toks[0][1], toks[-1][2]
        self.text = " ".join(self.words)
        self.det = self.low[0] in DETERMINERS and not surname_an(self.words)
        self.body = toks[1:] if self.det else toks          # without a leading determiner
        self.bwords = [t[0] for t in self.body]
        self.blow = [w.lower() for w in self.bwords]

    @cached_property
    def split(self):
        return _name_split(self)

    def mention(self, kind, **fields) -> Mention:
        return Mention(self.text, self.start, self.end, kind, **fields)


# -- the rules, in order: each returns a Mention, VAGUE_SOURCE, NOT_A_SOURCE, or None (the next rule decides) ----
NOT_A_SOURCE = object()


def pronoun(np):
    if len(np.toks) == 1 and np.low[0] in PRONOUNS:
        gender, plural = PRONOUNS[np.low[0]]
        return np.mention("pronoun", gender=gender, plural=plural,
                          entity_kind="organization" if np.low[0] == "it" else ("person" if gender else None))
    return None


_BODY_NAME_MAX = 26
_IN_BODY_NAME = {"of", "the", "and", "for", "in", "on"}


def _capitalised_run(words) -> bool:
    """Only a body's name: capitalised words and the small words inside one ("the Office of the Commissioner of the
    Ministry of Foreign Affairs of China in the Hong Kong Special Administrative Region"; Xinhua via Global Times)."""
    return bool(words) and is_cap(words[-1]) and all(is_cap(w) or w in _IN_BODY_NAME for w in words)


def clause_or_list(np):
    """Punctuation, a clause word or more than twelve tokens: a clause or a list, not one noun phrase."""
    # (a spokesperson of a body with a long name may run longer: "the spokesperson for the Hong Kong and Macao
    # Affairs Office of the State Council")
    spokes_of = len(np.low) > 2 and np.low[1 if np.det else 0] in SPOKES_WORDS and np.low[2 if np.det else 1] in {"for", "of"} \
        or _spokespersons_office_end(np.low, 1 if np.det else 0) > 0
    # (so may a titled name with its body's: "Acting DFA Assistant Secretary Emmanuel Fernandez of the Office of
    # Strategic Communications and Research", capitalised words and a body's small words only; set X)
    # (not two people so named: "Representatives James E. Clyburn of South Carolina and G. K. Butterfield of North
    # Carolina", an "and" before the last "of"; polnear)
    titled_of = not np.det and "of" in np.low and _capitalised_run(np.words) and \
        not {"and", "&"} & set(np.low[:len(np.low) - 1 - np.low[::-1].index("of")])
    # (and so may a body's own long name, its head noun and "of" first: "The Office of the Commissioner of the Chinese
    # Foreign Ministry in the Hong Kong Special Administrative Region has firmly rejected ..."; China Daily Hong
    # Kong, set BF 001)
    body_of = np.det and len(np.low) > 3 and np.low[1] in ORG_NOUNS and np.low[2] == "of" and \
        _capitalised_run(np.words[1:])
    if any(p in {",", ";", ":", "(", ")", "?", "!"} for p in np.words) or \
            len(np.toks) > (_BODY_NAME_MAX if spokes_of and _capitalised_run(np.words[3 if np.det else 2:]) or body_of else
                            18 if spokes_of or titled_of else 12) or \
            any(w in CLAUSE_WORDS and word != "WHO" for w, word in zip(np.low[1:], np.words[1:])):
        return NOT_A_SOURCE     # (not the World Health Organization's "WHO": "the WHO chief", "the head of WHO"; un19)
    return None


_OFFICE_OF_SPOKESPERSON = ("office", "of")


def _spokespersons_office_end(low, first: int) -> int:
    """Where 'Office of the Government Spokesperson' (an office named for the spokesperson) ends in low from first
    (the word after a determiner), else -1."""
    if low[first:first + 2] != ["office", "of"]:
        return -1
    k = first + 2 + (low[first + 2:first + 3] == ["the"])
    k += low[k:k + 1] == ["government"]
    return k + 1 if low[k:k + 1] and low[k].rstrip(".") in SPOKES_WORDS else -1


def spokespersons_office(np):
    """"the Office of the Government Spokesperson of the Macao Special Administrative Region (SAR) of China": the
    office, a body named for a spokesperson, speaks (Xinhua via english.sina.com; vncn18), not a person
    "Administrative Region"."""
    first = 1 if np.det else 0
    if _spokespersons_office_end(np.low, first) < 0 or not _capitalised_run(np.words[first:]):
        return None
    return np.mention("body", name=_join(np.words[first:]), entity_kind="organization")


def spokesperson_of_body(np):
    """"a spokesman for the Home Office", "a Home Office spokesman", "a BaFin spokeswoman": the body speaks
    (GUIDELINES: "A spokesman for X said" is attributed to X); "spokesperson of the Ministry ... Le Thi Thu Hang"
    is the person; "a spokesperson of the mission" is that body, named earlier."""
    toks, words, low = np.toks, np.words, np.low
    spokes = [k for k, w in enumerate(low) if w.rstrip(".") in SPOKES_WORDS]
    if not spokes:
        return None
    k = spokes[-1]
    after = toks[k + 1:]
    if after and low[k + 1] in {"for", "of", "at", "with"}:     # ("a spokesperson with Alberta Wildfire")
        named = [t for t in after[1:]]
        named = named[1:] if named and named[0][0].lower() == "the" else named
        if len(named) >= 3 and named[0][0].lower() in ORG_NOUNS | ORG_WORDS and named[1][0].lower() == "of" and \
                all(is_cap(t[0]) or t[0].lower() in CONNECTORS for t in named[2:]) and is_cap(named[-1][0]) and \
                not is_personal_name([t[0] for t in named[-2:]]):
            # "a spokesman for the government of the Hong Kong Special Administrative Region": that government
            return np.mention("body", name=_join([t[0] for t in named]), entity_kind="organization",
                              gender=_gender([words[k]]))
        org = [t for t in after[1:] if t[0].lower() != "the"]
        person = _person_after_body(toks, k, org)
        if person is not None:
            return person
        if len(org) >= 2 and not is_cap(org[-1][0]) and org[-1][0].lower() in ORG_NOUNS:
            # "A spokesman for China's Hong Kong Special Administrative Region (HKSAR) government": that government
            # (a capitalised name before a lower-case body noun; the owning country's possessive dropped; issue 8)
            owner = re.sub(r"['’]s$", "", org[0][0]) if re.search(r"['’]s$", org[0][0]) else None
            rest = org[1:] if owner and is_cap(org[1][0]) else org
            if (owner is None or fold(owner) in places()) and len(rest) >= 2 and is_cap(rest[0][0]) and \
                    all(is_cap(t[0]) or t[0].lower() in CONNECTORS for t in rest[:-1]):
                named = parse_np(rest)
                if isinstance(named, Mention) and named.kind == "body" and named.name:
                    return np.mention("body", name=named.name, entity_kind="organization", gender=_gender([words[k]]))
        if _country_ministry([t[0] for t in org]):
            # "The official spokesperson of Pakistan foreign ministry had said, ...", "a spokesman for China's foreign
            # ministry said": the country's ministry, a named body though its noun is in lower case, as "Pakistan's
            # foreign ministry said" is (Hindustan Times; set AF 011)
            return np.mention("body", name=_join([t[0] for t in org]), entity_kind="organization",
                              gender=_gender([words[k]]))
        if org and all(not is_cap(t[0]) for t in org) and org[-1][0].lower() in ORG_NOUNS and len(org) <= 3:
            return np.mention("title", role=" ".join(t[0] for t in org), gender=_gender([words[k]]),
                              entity_kind="organization")
        if org and org[0][0].rstrip(".").lower() in SURNAME_HONORIFICS and is_cap(org[0][0]) and 2 <= len(org) <= 4 and \
                all(is_cap(t[0]) for t in org):
            # "a spokesman for Mr Prescott warned ...": the person the spokesman speaks for, as a body's spokesman is
            # the body's voice (GUIDELINES), not a body named "Mr Prescott" (bbc12)
            owner = parse_np(org)
            if isinstance(owner, Mention) and owner.entity_kind == "person" and owner.kind in ("name", "surname"):
                owner.text, owner.start, owner.end = np.text, np.start, np.end
                return owner
        if org and all(is_cap(t[0]) or t[0].lower() in CONNECTORS for t in org):
            named = after[2:] if after[1:2] and after[1][0].lower() == "the" else after[1:]   # "Office of the State Council"
            return np.mention("body", name=_join([t[0] for t in named]), entity_kind="organization",
                              gender=_gender([words[k]]))
    elif k and 2 <= len(after) <= 5 and is_cap(words[k]) and \
            all(is_cap(t[0]) and t[0][:1].isalpha() for t in after) and not _is_org_name([t[0] for t in after]) and \
            all(is_cap(t[0]) or t[0].lower() in CONNECTORS or t[0].lower() in DETERMINERS for t in toks[:k]) and \
            any(t[0].lower() in ORG_NOUNS | ORG_WORDS for t in toks[:k]):
        # "The Ministry of External Affairs (MEA) Spokesperson Arindam Bagchi": the title capitalised before the name
        # is no part of it, as "Ministry of External Affairs spokesperson Arindam Bagchi" (issue 8, seed round)
        role = " ".join(t[0] for t in toks[:k + 1] if t[0].lower() not in DETERMINERS)
        return Mention(" ".join(words), toks[0][1], toks[-1][2], "name", name=_join([t[0] for t in after]), role=role,
                       gender=_gender([words[k]]), entity_kind="person")
    elif not after:
        org = [t for t in toks[:k] if t[0].lower() not in DETERMINERS and t[0].lower() not in {"official"}]
        org_words = [t[0] for t in org]
        if len(org_words) == 1 and ADJECTIVE_END.search(org_words[0].lower()) and \
                org_words[0].lower() not in ORG_WORDS:
            # "Presidential spokesman says": an adjective names no body; the spokesperson of that office
            return np.mention("title", role=" ".join(words), gender=_gender([words[k]]), entity_kind="person")
        if len(org_words) == 1 and np.low[0] == "the" and places().get(fold(org_words[0])) == "demonym":
            # "..., the Chinese spokesperson said": the spokesperson the story named (Chen Binhua, "China's Taiwan
            # Affairs Office Spokesperson"), as "the spokesperson said" is; a people's adjective names no body
            # (Focus Taiwan, set AW 005)
            return np.mention("title", role=" ".join(words[1:]), gender=_gender([words[k]]), entity_kind="person")
        if org_words and all(is_cap(w) or w.lower() in CONNECTORS for w in org_words) and \
                not any(w.lower().rstrip(".") in _NAME_HEADS_OR_HONORIFICS for w in org_words):
            return np.mention("body", name=_join([re.sub(r"['’]s$", "", w) for w in org_words]),
                              entity_kind="organization", gender=_gender([words[k]]))
        if _country_ministry(org_words):
            # "The Pakistan foreign ministry spokesman said": the country's ministry, as "a spokesman for Pakistan's
            # foreign ministry" (above)
            return np.mention("body", name=_join(org_words), entity_kind="organization", gender=_gender([words[k]]))
    return None


# A ministry's portfolio in lower case after a country: "Pakistan foreign ministry", "China's defence ministry" (not
# "Japan's top government spokesperson", who is a person: the chief cabinet secretary; seed22).
_PORTFOLIO_WORDS = frozenset(_lex.words("country_ministry_portfolios"))


def _country_ministry(ws) -> bool:
    """'Pakistan foreign ministry', "China's foreign ministry": a country the gazetteer knows, one or two portfolio
    words and "ministry", "office" or "department", all in lower case after the country."""
    return 3 <= len(ws) <= 4 and ws[-1].lower() in ("ministry", "office", "department") and \
        all(w in _PORTFOLIO_WORDS for w in ws[1:-1]) and \
        places().get(fold(re.sub(r"['’]s$", "", ws[0])).lower()) == "country"


POSTED_BODIES = set(_lex.words("posted_bodies"))
_PLACE_PREPOSITIONS = {"in", "from"}
COMPASS_WORDS = set(_lex.words("compass_words"))


def based_in_place(np):
    """"The company based in Beaverton, Ore.", "the firm headquartered in Mumbai": the body before the participle
    speaks; where it is based is no part of it (not a person "Beaverton"; AP copy, The Columbian)."""
    low = np.low
    j = next((j for j in range(1, len(low) - 2) if low[j] in ("based", "headquartered", "located")
              and low[j + 1] in ("in", "at", "near", "outside")), None)
    if j is None:
        return None
    before = _parse_np_once(tuple(np.toks[:j]))
    if not isinstance(before, Mention) or before.kind not in ("title", "body"):
        return None
    before.text, before.start, before.end = np.text, np.start, np.end
    return before


def _post_abroad(low, j: int, tail) -> bool:
    """'the Chinese Embassy in the U.S.', '... Embassy in Britain': a post abroad before "in" names its host country
    whatever the gazetteer knows of it (it lacks "U.S." and "Britain"), so the post speaks, not a person "U.S."
    (tibetol.cn via Xinhua; vncn18); so does a post's name going on after a place it knows."""
    if j < 2 or low[j] != "in" or not 1 <= len(tail) <= 5 or not all(is_cap(w) for w in tail):
        return False
    if low[j - 1] in POSTED_BODIES and low[j - 1] != "office":
        return True
    # "the Office of the Commissioner of the Ministry of Foreign Affairs of China in the Hong Kong Special
    # Administrative Region": a post named by a place the gazetteer knows, then what kind of place it is
    return any(w in POSTED_BODIES for w in low[:j]) and \
        places().get(fold(" ".join(tail[:2])).lower()) not in (None, "demonym")


OWNER_OCCASIONS = frozenset(_lex.words("owner_occasions"))


def owners_occasion(np):
    """'Special Representative Kim’s travel to Seoul', 'Secretary Blinken’s visit to Hanoi', 'President Biden’s FY23
    budget request': an owner's trip or plan as the subject of "emphasizes", "underscores", "calls on" names no
    speaker (not Seoul, Hanoi or 'FY23'); what the owner said is framed elsewhere."""
    k = next((i for i, w in enumerate(np.words[:-1]) if w.endswith(("’s", "'s"))), None)
    if k is None:
        return None
    rest = np.low[k + 1:]
    j = next((i for i, w in enumerate(rest[:3]) if w in OWNER_OCCASIONS), None)
    if j is None or (j + 1 < len(rest) and rest[j + 1] not in {"to", "in", "of", "for", "at", "with"}):
        return None
    return VAGUE_SOURCE


def place_after_preposition(np):
    """'a spokesman for Airbus in Toulouse', 'Merrill Lynch in London', 'EU spokesman in Washington': the place
    says where the source is, not who (the phrase before it speaks); a post abroad keeps its place in its name
    ('The Chinese Embassy in Manila'). 'Reports from Russia' stay as vague as 'Reports'."""
    low = np.low
    j = len(low) - 2
    while j > 0 and low[j] not in _PLACE_PREPOSITIONS and is_cap(np.words[j]) or j > 0 and low[j] == "the" or \
            j > 0 and low[j] in COMPASS_WORDS and j == len(low) - 2:
        j -= 1     # (a lower-case compass word before it: "a First Nation in southern Alberta"; quotes23)
    if j < 1 or low[j] not in _PLACE_PREPOSITIONS:
        return None
    tail = [w for w in np.words[j + 1:] if w.lower() != "the" and w.lower() not in COMPASS_WORDS]
    mainland = len(tail) == 2 and tail[1] == "mainland" and places().get(fold(tail[0]).lower()) == "demonym"
    # ("a spokesman from the Chinese mainland said": Xinhua's words for the Taiwan Affairs Office's spokesman; issue 8,
    # seed10)
    if not tail or not mainland and not _post_abroad(low, j, tail) and \
            (not all(is_cap(w) for w in tail) or places().get(fold(" ".join(tail)).lower()) in (None, "demonym")):
        return None
    head = np.blow[:j - (1 if np.det else 0)]
    if len(head) == 1 and head[0] in ORG_NOUNS:
        return None     # "Police in Chandigarh": a body named by its place, as the rules after this one read it
    before = _parse_np_once(tuple(np.toks[:j]))
    if before is None:
        # "an unnamed woman from Georgia" is nobody named; "Police in Chandigarh" is left to the rules after this one
        return None if all(is_cap(w) for w in np.bwords[:j - (1 if np.det else 0)]) else NOT_A_SOURCE
    if not isinstance(before, Mention):
        return before       # vague
    found = before     # (a fresh Mention of its own)
    found.text, found.start, found.end = np.text, np.start, np.end
    if found.kind == "body" and found.name and any(w.lower() in POSTED_BODIES for w in found.name.split()):
        found.name = f"{found.name} {' '.join(np.words[j:])}"     # "Chinese Embassy in Manila"
    return found


def posted_body_to_a_body(np):
    """'The Chinese delegation to the World Economic Forum', "China's mission to the European Union": a post sent to a
    body or a meeting speaks, named with where it is sent; not the body it is sent to ("World Economic Forum" had
    spoken for the delegation; People's Daily printing Xinhua, set AW 011). The place of the meeting after it ("...
    Annual Meeting 2022 in Davos") is no part of the name."""
    low = np.blow
    j = next((j for j in range(1, len(low) - 1) if low[j] == "to" and low[j - 1] in POSTED_BODIES
              and low[j - 1] != "office"), None)
    if j is None or len(low) > 18 or not all(is_cap(w) or w.endswith(("’s", "'s")) for w in np.bwords[:j - 1]):
        return None
    k = j + 1 + (low[j + 1] == "the")
    end = k
    while end < len(low) and (is_cap(np.bwords[end]) or np.bwords[end].isdigit() and end > k):
        end += 1
    if end == k or end < len(low) and (low[end] not in _PLACE_PREPOSITIONS or
                                       not all(is_cap(w) for w in np.bwords[end + 1:]) or end + 1 == len(low)):
        return None
    return np.mention("body", name=_join(np.bwords[:end]), entity_kind="organization")


# A share of people polled or counted: "Three-quarters said", "Half said", "The majority said", "60% said".
SHARE = re.compile(r"(?:(?:a|one|two|three|four|five|six|seven|eight|nine)-)?(?:half|halves|thirds?|quarters?|fifths?|"
                   r"tenths?)|\d+(?:\.\d+)?%|majority|minority|most|none")


GROUP_HEADS = set(_lex.words("group_heads"))
GROUP_COUNTS = set(_lex.words("group_counts"))
SHARE_WORDS = set(_lex.words("share_words")) | set(_lex.words("quantifiers")) | GROUP_COUNTS


FINDINGS_NOUNS = set(_lex.words("findings_nouns"))
FINDINGS_POSTMODIFIERS = set(_lex.words("findings_postmodifiers"))


def findings_of_a_body(np):
    """"a new poll conducted for the BBC", "A report by Human Rights Watch", "the latest figures from the ONS": a
    document's content, whoever made it (not "the Office for National Statistics": no finding before the body)."""
    k = next((k for k, w in enumerate(np.low[:5]) if w in FINDINGS_NOUNS), None)
    if k is None or k + 1 >= len(np.low) or np.low[k + 1] not in FINDINGS_POSTMODIFIERS or \
            not all(w.islower() or w.lower() in DETERMINERS or _time_word(w) or re.fullmatch(r"(?:19|20)\d\d", w)
                    for w in np.words[:k]):     # (a year: "A 2014 estimate by Congress's Joint Committee on Taxation")
        return None
    return VAGUE_SOURCE


NAMED_DOCUMENT_HEADS = frozenset(_lex.words("named_document_heads"))
DOCUMENT_HEADS = frozenset(_lex.words("document_heads"))


def named_document(np):
    """"The Glasgow Leaders Declaration on Forests and Land Use", "the Paris Agreement": a document's name, its head
    capitalised and last or before "on", "of", "for" or "to"; what it says is no one's statement (not "the North
    Atlantic Treaty Organization", "the Resolution Foundation": a body's name goes on after the head); and a document
    noun before its title ("his book The Art of the Deal")."""
    words, low = np.words, np.low
    for k in range(1, len(words)):
        if words[k][:1].isupper() and low[k] in NAMED_DOCUMENT_HEADS and \
                (k == len(words) - 1 or low[k + 1] in {"on", "of", "for", "to"}):
            return VAGUE_SOURCE
    titled = [w for w in words if w.strip("'‘’\"“”")]
    if any(w.islower() and w in DOCUMENT_HEADS and i + 1 < len(titled) and titled[i + 1][:1].isupper()
           for i, w in enumerate(titled)):
        return VAGUE_SOURCE     # "according to his book ''The Art of the Deal''": a work and its title (PolNeAR nyt)
    return None


def _time_word(word: str) -> bool:
    """A word dating a document before its noun: "Last April's report by the Electoral Commission", "Monday's"."""
    w = re.sub(r"['’]s?$", "", word.lower())
    return w in MONTHS or w in WEEKDAYS or w in {"last", "this", "next", "year", "week", "month", "today", "yesterday"}


def share_of_group(np):
    """"about 80% of House Republicans proposed", "Most of the Cabinet", "Three-quarters of Republicans": a part of a
    group, which names no one who spoke (not "the Group of Seven", "Council of Europe": a name before "of")."""
    k = next((k for k, w in enumerate(np.low[:5]) if w == "of"), None)
    if not k or not all(w in SHARE_WORDS or w.isdigit() or SHARE.fullmatch(w) for w in np.low[:k]):
        return None
    return VAGUE_SOURCE


def named_group(np):
    """"the two ministers", "the leaders": the people the text has just named together (Resolver.group finds them;
    with none, no one speaks). Not "ministers" or "some leaders": vague."""
    low = np.low
    if len(low) == 2 and low[0] == "the" and low[1] in GROUP_COUNTS and np.words[0][:1].isupper():
        # "The two discussed ... and agreed that ..." (a White House readout; wire18): the people named together
        return np.mention("title", entity_kind="person", plural=True)
    if len(low) == 2 and low[0] == "both" and low[1] in GROUP_HEADS:
        # "Both leaders agreed on the importance of ..." (a White House readout; wire18): the two named together
        return np.mention("title", entity_kind="person", plural=True)
    if 3 <= len(low) <= 6 and low[0] == "the" and low[1] in GROUP_COUNTS and \
            re.fullmatch(r"(?:[a-z]+ ){0,2}(?:[A-Z][a-z]+ )?[A-Z][a-z]+s", " ".join(np.words[2:])):
        # "The two senior Lib Dems told undercover reporters they voted ..." after "Transport Minister Norman Baker
        # and Deputy Leader of the House, David Heath, have also apologised" (BBC News; bbc23): the members named
        # together, not their party
        return np.mention("title", entity_kind="person", plural=True)
    if len(low) < 2 or low[0] != "the" or low[-1] not in GROUP_HEADS:
        return None
    k = 2 if low[1] in GROUP_COUNTS else 1
    middle = np.words[k:-1]
    if len(middle) > 1 or any(not (is_cap(w) and w.isalpha() and not w.isupper()) and
                              f"{w.lower()} {low[-1]}" not in GROUP_HEADS for w in middle):
        return None     # "the business leaders" (others than those named), "the G7 ministers" (all of them), "the
                        # many ministers"; not "the two foreign ministers", "the two Korean leaders"
    return np.mention("title", entity_kind="person", plural=True)


BACK_REFERENCE_HEADS = set(_lex.words("back_reference_heads"))
DESCRIBED_PERSON_HEADS = set(_lex.words("described_person_heads"))


def back_reference_noun(role_words: list[str]) -> str | None:
    """The generic noun of a title that may refer back to a speaker named before: "official", "Vietnamese diplomat",
    "senior official", "DFA official" (one demonym, rank or body's acronym at most; not "prime minister", an office of
    its own)."""
    low = [fold(w) for w in role_words]
    if len(low) >= 2 and _country_possessive(role_words[0]):
        low = low[1:]     # "the country's top diplomat", "the nation's senior official" (Daily Tribune)
        role_words = role_words[1:]
    low, role_words = _past_career_words(low, role_words)
    if len(low) == 2 and AGE.fullmatch(low[0]) and low[1].isalpha():
        return low[1]     # "the 65-year-old lawmaker" (aged_person)
    if 3 <= len(low) <= 4 and low[0] == "top" and low[-2] == "government" and low[-1] in {"spokesman", "spokesperson",
                                                                                      "spokeswoman"} and \
            all(places().get(w) == "demonym" for w in low[1:-2]):
        # "the top Japanese government spokesman said": the Chief Cabinet Secretary the text just named, in Jiji's
        # and Kyodo's words (issue 8, seed10)
        return low[-1]
    if 1 <= len(low) <= 2 and low[-1] in DESCRIBED_PERSON_HEADS and low[0].replace("-", "").isalpha():
        return low[-1]    # "The Vanier resident, who's also a volunteer for the group, said" (quotes15)
    if _body_named_before_head(low, role_words) or _lowercase_body_before_head(low, role_words):
        return low[-1]
    if not 1 <= len(low) <= 2 or low[-1] not in BACK_REFERENCE_HEADS:
        return None
    if len(low) == 2 and low[0] not in {"senior", "top"} and places().get(low[0]) != "demonym" and \
            not (role_words[0].isupper() and role_words[0].isalpha()):
        return None
    return low[-1]


BACK_REFERENCE_CAREER_WORDS = frozenset(_lex.words("back_reference_career_words"))


def _past_career_words(low: list[str], role_words: list[str]):
    """The title words past the words of a career before a generic head ("the seasoned career diplomat": "diplomat"),
    two at most, the head left."""
    n = 0
    while n < 2 and len(low) - n >= 2 and low[n] in BACK_REFERENCE_CAREER_WORDS and low[-1] in BACK_REFERENCE_HEADS:
        n += 1
    return low[n:], role_words[n:]


INITIALS_ONLY = re.compile(r"(?:[A-Z]\.){2,}")     # "U.S."


def _lowercase_body_before_head(low: list[str], role_words: list[str]) -> bool:
    """A body in lower case before a generic head: "The foreign affairs official said DFA is still focused on ..."
    after Emmanuel Fernandez's words (globalnation.inquirer.net; set X), "the ministry official", "the foreign ministry
    official": a portfolio or a body noun, one portfolio word before it at most, all in lower case."""
    if not (2 <= len(low) <= 3 and low[-1] in BACK_REFERENCE_HEADS and
            all(w.isalpha() and w.islower() for w in role_words[:-1])):
        return False
    body = low[:-1]
    return (body[-1] in ORG_WORDS or body[-1] in _LOWERCASE_PORTFOLIO_ENDS) and \
        all(w in _LOWERCASE_MINISTRY_PORTFOLIOS for w in body[:-1])


_LOWERCASE_PORTFOLIO_ENDS = frozenset(_lex.words("lowercase_portfolio_ends"))
_LOWERCASE_MINISTRY_PORTFOLIOS = frozenset(_lex.words("lowercase_ministry_portfolios"))


def _body_named_before_head(low: list[str], role_words: list[str]) -> bool:
    """A body's name before a generic head: '"...," the US State Department official said.' after Matthew Miller's
    words (maharlika.tv; seed17), "the Foreign Ministry official": capitalised words, the last an organisation's,
    three in all or four opened by a demonym or an acronym."""
    if not (3 <= len(low) <= 4 and low[-1] in BACK_REFERENCE_HEADS and low[-2] in ORG_WORDS and
            all(is_cap(w) for w in role_words[:-1])):
        return False
    first = role_words[0]
    return len(low) == 3 or places().get(low[0]) == "demonym" or first.isupper() and first.isalpha() or \
        INITIALS_ONLY.fullmatch(first) is not None


def _country_possessive(word: str) -> bool:
    """"country's", "nation's": the country the text is about, owning the office."""
    return re.fullmatch(r"(?i)(?:country|nation)[’']s", word) is not None


def back_reference(np):
    """"the official", "the Vietnamese diplomat", "the senior official": a generic title for someone the text has
    named (Resolver._referred_back finds who); "an official", "officials" stay vague (vague_head)."""
    if np.low[0] != "the" or back_reference_noun(np.words[1:]) is None:
        return None
    return np.mention("title", role=" ".join(np.words[1:]), entity_kind="person")


AGE = re.compile(r"\d{1,3}-year-old")


def aged_person(np):
    """"The 65-year-old lawmaker in the ruling Liberal Democratic Party said": someone the text has named, described
    by age (Resolver._referred_back finds who), not a body of that name."""
    if len(np.low) >= 2 and np.low[0] == "the" and AGE.fullmatch(np.low[1]) and \
            (len(np.low) == 2 or np.low[2] in {"from", "of"} and len(np.low) >= 4 and is_cap(np.words[3])):
        # '"Same as always, man," the 25-year-old from Markham, Ont., said.': the person last named, by age alone
        # (quotes12)
        return np.mention("title", role=np.words[1], entity_kind="person")
    if len(np.low) < 3 or np.low[0] != "the" or not AGE.fullmatch(np.low[1]) or not np.words[2].isalpha() or \
            not np.words[2].islower() or (len(np.low) > 3 and np.low[3] not in {"in", "of", "from", "at", "with", "for"}):
        return None     # (not "The 28-year-old has been training in Holland and Ferguson", a clause)
    return np.mention("title", role=" ".join(np.words[1:3]), entity_kind="person")


# A statement of one's own speaks with its owner's voice: '"...," Mr Tanzi's statement said.' (bbc-news/business/458)
OWN_WORDS_NOUNS = _lex.words("own_words_nouns")


def statement_of_owner(np):
    """"Mr Tanzi's statement", "Parmalat's statement": the named owner (not "the company's statement": no one
    named, nor "the report's statement")."""
    if len(np.toks) < 2 or np.low[-1] not in OWN_WORDS_NOUNS or not np.words[-2].endswith(("'s", "’s")):
        return None
    w, start, end = np.toks[-2]
    owner = _parse_np_once(tuple(np.toks[:-2]) + ((w[:-2], start, end - 2),))
    if not isinstance(owner, Mention) or owner.kind not in ("name", "surname", "body"):
        return None
    owner.text, owner.start, owner.end = np.text, np.start, np.end
    return owner


def statement_by_owner(np):
    """"The statement from Reporters Without Borders (RSF) states that ...", "A statement by the Foreign Ministry
    said ...": the owner named after "by" or "from" (24newsglobe.com; wire18), as "Mr Tanzi's statement" is Tanzi;
    also after "issued by" ("A statement issued by White House in Washington said ...": bellevision.com; wire20)."""
    if len(np.toks) < 4 or np.low[0] not in ("a", "the") or np.low[1] not in OWN_WORDS_NOUNS:
        return None
    at = 3 if np.low[2] in ("by", "from") else 4 if np.low[2:4] == ["issued", "by"] and len(np.toks) > 4 else 0
    if not at:
        return None
    owner = _parse_np_once(tuple(np.toks[at:]))
    if not isinstance(owner, Mention) or owner.kind not in ("name", "surname", "body"):
        return None
    owner.text, owner.start, owner.end = np.text, np.start, np.end
    return owner


def statement_of_body(np):
    """A body's own statement speaks with its voice, as "the State Department said in a statement" does (GUIDELINES
    rule 1): named, "the EEAS readout", "the White House statement" (not a person's, "the Smith statement", nor one
    named by a place, "the Iran statement", nor a name ending in such a noun, "the Huffington Post"); or by a
    lower-case title, "a foreign ministry statement said" (Prothom Alo via BSS; seed16; not "the company's
    statement", a possessive, nor "a joint statement", no body)."""
    toks, low = _without_occasion(np.toks, np.low)
    if len(toks) < 3 or low[-1] not in OWN_WORDS_NOUNS or not toks[-1][0].islower():
        return None
    if low[0] in ("the", "a") and is_cap(toks[1][0]) and is_cap(toks[-2][0]) and \
            all(is_cap(w) or w in ("of", "and", "for") for w, _, _ in toks[2:-2]):
        # (also "a White House readout of the call": a Reuters-style description of the body's own words; and a
        # name with its small words: "the Council of Ministers statement called on the Thai government to end ...",
        # Phnom Penh Post, set N 005)
        owner = _parse_np_once((("the",) + toks[0][1:],) + tuple(toks[1:-1]))
        if not isinstance(owner, Mention) or owner.kind != "body" or owner.entity_kind == "person" or \
                fold(" ".join(np.words[1:-1])) in places():
            return None
        owner.text, owner.start, owner.end = np.text, np.start, np.end
        return owner
    if np.low[0] not in {"a", "an", "the"} or np.low[-2] not in ORG_NOUNS or \
            not all(w.isalpha() and w.islower() for w in np.words[1:]):
        return None
    owner = _parse_np_once((("the", np.toks[0][1], np.toks[0][2]),) + tuple(np.toks[1:-1]))
    if not isinstance(owner, Mention) or owner.kind != "title" or owner.entity_kind != "organization":
        return None
    if len(owner.role.split()) < 2:
        # "The company statement said it will take "appropriate measures" ..." (CBC Sudbury; set Y 004): the body's
        # head alone, as "the company said": the company the text names (resolve), else no one
        return None if np.low[0] != "the" else np.mention("title", name=None, role=owner.role, entity_kind="organization")
    return Mention(np.text, np.start, np.end, "body", name=owner.role, entity_kind="organization")


# "... of the call", "... of their meeting": the occasion of a body's words, no part of its name
OCCASION_OF = _lex.words("own_words_occasions")


def _without_occasion(toks, low):
    """toks and their lower-case words without a closing "of the call" (of, a determiner, an occasion noun)."""
    if len(low) > 3 and low[-3] == "of" and low[-2] in ("the", "a", "his", "her", "their", "its") and \
            low[-1] in OCCASION_OF:
        return tuple(toks[:-3]), low[:-3]
    return tuple(toks), low


def readout_of_its_issuer(np):
    """"the readout said", "the readout of the call added": a readout is always its issuer's, the body named before
    it ("The White House stated in a readout of the phone call ... the readout stated"): spoken of as "it" is."""
    _, low = _without_occasion(np.toks, np.low)
    if low != ["the", "readout"]:
        return None
    return np.mention("pronoun", entity_kind="organization")


def release_of_body(np):
    """"a news release from the health authority", "a statement from Nova Scotia Health", "a letter by the union":
    the body (or person) that issued its own words speaks (GUIDELINES: a named body's news release is its statement;
    quotes12). Only a lower-case description of the words before "from"/"by"; the issuer as the rules parse it."""
    low = np.low
    k = next((k for k in range(min(4, len(low) - 2)) if low[k] in OWN_WORDS_NOUNS), None)
    if k is None or low[k + 1] not in {"from", "by"} or \
            not all(w.isalpha() and w.islower() for w in np.words[:k]):
        return None
    owner = _parse_np_once(tuple(np.toks[k + 2:]))
    if not isinstance(owner, Mention) or owner.kind not in ("name", "body", "title") or \
            owner.kind == "title" and owner.entity_kind != "organization":
        return None
    owner.text, owner.start, owner.end = np.text, np.start, np.end
    return owner


def countrys_top_diplomat(np):
    """"Oman’s top diplomat": a country's foreign minister, a title (the text names him next: "said Bader Al-Busaidi,
    the Sultanate’s foreign minister"; Times Kuwait copy of KUNA; seed16), not an unnamed diplomat."""
    if len(np.toks) < 3 or np.low[-2:] != ["top", "diplomat"]:
        return None
    owner = re.fullmatch(r"(.+?)\s*['’]\s*s", " ".join(np.words[:-2]))
    if owner is None or places().get(fold(owner.group(1))) != "country":
        return None
    return np.mention("title", role="foreign minister", entity_kind="person")


_OTHERS_QUANTIFIERS = {"many", "several", "some", "a", "few"}


def named_and_others(np):
    """"Gordon and others say ...", "Smith and other residents said ...": the one named speaks (with others left
    unnamed), as "Wright and other Democrats say" (trailing_name); a person's name of one to three capitalised words
    before "and", then "others" (after "many", "several" or "a few" at most) or "other" and one or two lower-case
    words ending in "s" (CTV News Northern Ontario; set AR)."""
    low = np.low
    if "and" not in low[1:4]:
        return None
    k = low.index("and", 1)
    tail = low[k + 1:]
    while tail and tail[0] in _OTHERS_QUANTIFIERS:
        tail = tail[1:]
    if not (tail == ["others"] or len(tail) in (2, 3) and tail[0] == "other" and
            all(w.isalpha() and w.islower() for w in np.words[len(np.words) - len(tail) + 1:]) and tail[-1].endswith("s")):
        return None
    if not all(re.fullmatch(r"[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)*", w) for w in np.words[:k]):
        return None
    named = parse_np(np.toks[:k])
    if isinstance(named, Mention) and named.kind in ("name", "surname") and named.entity_kind != "organization":
        return named
    return None


def people_of_two_words(np):
    """"First Nations argue ...", "the First Nations say": a people named whole in two words (places.yml peoples) is
    a vague source, never a body whose name ends so ("Potlotek and Pictou Landing First Nations" named before; the
    Globe and Mail, set AU 010)."""
    words = np.low[1:] if np.low[0] == "the" else np.low
    return VAGUE_SOURCE if len(words) == 2 and " ".join(words) in PEOPLES else None


def vague_head(np):
    if np.low[-1] in MONTHS and len(np.toks) >= 2 and is_cap(np.words[-1]) and \
            (np.low[-2].rstrip(".") in SURNAME_HONORIFICS or is_given_name(np.words[-2], any_gender=True)):
        return None     # "Theresa May", "Mrs May": a surname, not the month
    if np.low[-1] in WEEKDAYS and _given_name_then_weekday(np.toks):
        return None     # "Julie Sunday": a surname, not the day
    if np.low[-1] == "police" and len(np.toks) >= 2 and is_cap(np.words[-2]) and np.low[-2] not in DETERMINERS:
        return None     # "West Yorkshire police", "Northumbria Police": a named force speaks, not "the police"
    if np.low in (["police"], ["the", "police"]):
        # "police said ...", "Police say ..." after the force was named ("Peel Regional Police responded ..."): that
        # force (Resolver._title: a body named with "Police" before, else no one)
        return np.mention("title", role="police", entity_kind="organization")
    if np.words[-1] == "Research" and len(np.words) >= 2 and is_cap(np.words[-2]) and np.low[-2] not in DETERMINERS \
            and np.low[-2] not in GENERIC_BEFORE_RESEARCH and places().get(fold(np.words[-2]).lower()) is None \
            and all(is_cap(w) or w.lower() in DETERMINERS for w in np.words):
        # "according to Juniper Research", "said Jupiter Research": a research firm's name, not "research"
        return np.mention("body", name=_join([w for w in np.words if is_cap(w)]), entity_kind="organization")
    if _committee_of_members(np.low):
        # "a committee of MPs has warned", "the MPs said" (its members, met before): the committee the text names
        # (Resolver._title; none named, no one), as set D's annotator has "MPs have said" in a committee's story
        return np.mention("title", role="committee", entity_kind="organization")
    if (_bare(np.low[-1]) in VAGUE or np.low[-1] in VAGUE or SHARE.fullmatch(np.low[-1])) and \
            not _body_of_members(np.words) and not _ends_with_org_name(np.low) and np.words[-1] != "WHO" and \
            not _person_of_body_of_members(np.words):
        return VAGUE_SOURCE
    if any(w in UNNAMED_CREW for w in np.words):
        return VAGUE_SOURCE     # "PCG personnel onboard Bagacay warned ..." (Philstar; set AH): an unnamed crew
    head = next((k for k, w in enumerate(np.low[:4]) if w in UNNAMED_PEOPLE), None)
    if head is not None and head + 1 < len(np.low) and np.low[head + 1] in {"at", "of", "from", "in", "with", "close", "to"} \
            and all(w.islower() or (w.lower() in DETERMINERS and np.low[head + 1] in {"close", "to"})
                    for w in np.words[:head]):
        return VAGUE_SOURCE     # "sources at the London Exchange", "senior officials at the Treasury", "Advisers to
        #                         Mr. Rubio" (quotes20); also opening a sentence: "A source close to Deputy Prime
        #                         Minister Nick Clegg stressed ...", "An aide to Boschwitz said" (bbc22; not "An
        #                         official of the Korea Traders' Association (KTA)", whose body the text may name)
    return None


COMMITTEE_MEMBERS = _lex.words("committee_members")


def _committee_of_members(low) -> bool:
    """"the MPs", "a committee of MPs (and peers)": members of a committee speaking as one (bbc-news/politics/048;
    bbc17), not "MPs", "Labour MPs" or "some MPs"."""
    if len(low) == 2:
        return low[0] == "the" and low[1] in COMMITTEE_MEMBERS
    return low[:3] == ["a", "committee", "of"] and low[3] in COMMITTEE_MEMBERS and \
        (len(low) == 4 or len(low) == 6 and low[4] == "and" and low[5] in COMMITTEE_MEMBERS)


GENERIC_BEFORE_RESEARCH = {"government", "new", "latest", "recent", "independent", "academic", "scientific", "market",
                           "further", "medical", "official", "published", "previous", "separate", "other", "earlier"}


def _ends_with_org_name(low) -> bool:
    """"South Korea's Joint Chiefs of Staff": a body's name (organizations.yml org_names) closes the phrase, whose
    last word ("staff") alone would be vague (issue 8, seed10: Yonhap's "the Joint Chiefs of Staff (JCS) said")."""
    return any(" ".join(low[k:]) in ORG_NAMES for k in range(max(0, len(low) - 5), len(low) - 1))


def _body_of_members(words) -> bool:
    """"the National Union of Journalists", "the Confederation of British Industry", "the Association of Chief Police
    Officers": a capitalised body word before 'of' and capitalised members after it name one body (its vague last
    word, "journalists", "officers", describes the members), not "union officials" or "journalists of the Times"."""
    low = [w.lower() for w in words]
    if "of" not in low[1:-1]:
        return False
    k = low.index("of")
    after = [w for w in words[k + 1:] if w.lower() not in {"and", "&"}]
    if any(_bare(after[i].lower()).rstrip(".") in TITLE_WORDS and
           (is_personal_name(after[i + 1:]) or _bare(after[i].lower()).rstrip(".") in NAME_HEADS and
            opens_personal_name(after[i + 1:]))
           for i in range(len(after) - 2)):
        return False    # "Department of Health and Human Services Secretary Alex Azar": the body's officer, named
        #                 (also with a place among his names: "Department of Foreign Affairs Secretary Luis Enrique
        #                 Austria Manalo", Manila Bulletin, the lead's round 18)
    return low[k - 1] in ORG_WORDS and is_cap(words[k - 1]) and bool(after) and all(is_cap(w) for w in after) \
        and all(is_cap(w) or w.lower() in {"the"} for w in words[:k])


def _person_of_body_of_members(words) -> bool:
    """"Emmanuel Fernandez of the Office of Strategic Communications and Research": a name, then the body he speaks
    for, whose last word alone ("research") would be vague (globalnation.inquirer.net; set X); a person's name before
    the preposition: not "Officials of the Association of Chief Police Officers", nor "dean of the University of
    Illinois College of Law" (polnear)."""
    low = [w.lower() for w in words]
    for k in range(1, len(words) - 2):
        if low[k] in {"of", "from", "at", "with"} and k >= 2 and low[k - 1] not in VAGUE and \
                _bare(low[k - 1]) not in VAGUE and \
                (is_personal_name(words[k - 2:k]) or k >= 3 and is_personal_name(words[k - 3:k])):
            tail = words[k + 2:] if low[k + 1] == "the" else words[k + 1:]
            if _body_of_members(tail):
                return True
    return False


NEWS_OUTLET_HEADS = set(_lex.words("news_outlet_heads"))
LOWERCASE_BODIES = set(_lex.words("lowercase_bodies"))
UNNAMED_PEOPLE = set(_lex.words("unnamed_people"))
UNNAMED_CREW = set(_lex.words("unnamed_crew_words"))     # (lower case only: not "Office of Personnel Management")
NEWS_OUTLETS = set(_lex.words("news_outlets"))
NEWS_AGENCY_ACRONYMS = set(_lex.words("news_agency_acronyms"))
MEDIA_NOUNS = set(_lex.words("media_nouns"))


ASKER_NOUNS = frozenset(_lex.words("label_askers"))


def outlets_journalist(np):
    """"The Sky News host said: ..." (HuffPost UK; bbc23): a journalist of the outlet named, one person (Resolver's
    _title_outlets_journalist finds who), not the outlet nor a body "Sky News host"."""
    if not np.det or len(np.bwords) < 2 or np.blow[-1] not in ASKER_NOUNS or \
            not all(is_cap(w) for w in np.bwords[:-1]):
        return None
    return np.mention("title", role=" ".join(np.bwords), entity_kind="person")


def news_outlet(np):
    """"Asahi Shimbun said", "the Korea Times reported", "ABC revealed": a news outlet reporting, no speaker."""
    low = [w for w in np.blow if w not in {"'s", "’s"}]
    if not low:
        return None
    if np.low == ["the", "afp"] and np.words[1] == "AFP":
        return None     # "the AFP said": the Armed Forces of the Philippines; the agency is plain "AFP" (issue 8, seed10)
    if " ".join(low[-2:]) in NEWS_OUTLETS or " ".join(low[-3:]) in NEWS_OUTLETS or \
            (len(low) == 1 and low[0] in NEWS_AGENCY_ACRONYMS and np.bwords[-1].isupper()) or \
            (low[-1] in NEWS_OUTLETS and is_cap(np.bwords[-1])) or \
            (np.det and f"the {low[-1]}" in NEWS_OUTLETS and len(low) == 1 and is_cap(np.bwords[-1])) or \
            (np.det and len(low) == 1 and low[0] in NEWS_OUTLET_HEADS and is_cap(np.bwords[-1])) or \
            (len(low) >= 2 and low[-1] in NEWS_OUTLET_HEADS and all(is_cap(w) for w in np.bwords)):
        return VAGUE_SOURCE
    prefix, name = np.split
    role = [t[0].lower() for t in prefix]
    if name and role and (role[-1] in MEDIA_NOUNS or role[-2:] == ["news", "agency"]) and \
            not any(w in TITLE_WORDS for w in role) and not is_personal_name([t[0] for t in name]):
        return VAGUE_SOURCE     # "the Iranian news agency IRNA", "government daily Izvestia": a medium reporting
    return None


def firm_named_by_demonym(np):
    """"British Airways said", "American Express said": a demonym before one capitalised word of a firm's name
    (demonym_firm_heads; a general test would take "Russian Lavrov" for a firm) names the firm, not a person 'Airways'
    (Reuters copy); so does a demonym before two or three capitalised words that open with no one's given name or
    surname ("The British Retail Consortium said", "British Caledonian Airways said": no person 'Retail Consortium'
    of the role 'British'; bbc-news, Reuters)."""
    prefix, name = np.split
    if len(prefix) != 1 or not 1 <= len(name) <= 3 or not all(is_cap(t[0]) and t[0].isalpha() for t in name) or \
            places().get(fold(prefix[0][0]).lower()) != "demonym":
        return None
    first = _bare(name[0][0]).lower()
    if len(name) == 1 and first not in DEMONYM_FIRM_HEADS:
        return None
    if len(name) > 1 and (first in first_names() or first in surnames() or is_given_name(name[0][0], any_gender=True)
                          or any(_bare(t[0]).lower() in TITLE_WORDS or _bare(t[0]).lower() in HONORIFICS for t in name)):
        return None
    return np.mention("body", name=_join([prefix[0][0]] + [t[0] for t in name]), entity_kind="organization")


DEMONYM_FIRM_HEADS = frozenset(_lex.words("demonym_firm_heads"))


def lone_opener(np):
    return NOT_A_SOURCE if len(np.toks) == 1 and np.low[0] in NOT_SUBJECTS else None


SURNAME_HONORIFICS = {"mr", "mister", "mrs", "ms", "miss", "dr", "prof"}     # not "Sir Digby", "Lord Kinnock"


def honorific_surname(np):
    """"Ms King", "Mr Bishop", "Mrs Judge": an honorific before one capitalised word makes it a surname, even a word
    that is also a title."""
    if len(np.toks) != 2 or np.low[0].rstrip(".") not in SURNAME_HONORIFICS or not is_cap(np.words[1]) or \
            not np.words[1].isalpha():
        return None
    return np.mention("surname", name=np.words[1], role=None, gender=title_gender(np.low[0]),
                      entity_kind="person")


def prime_minister_abbreviated(np):
    """"The PM insisted": the prime minister (news copy's abbreviation), a title, not a body called PM; so is "the MEP",
    "The MP" (a role's letters)."""
    if np.bwords == ["PM"]:
        return np.mention("title", name=None, role="prime minister", entity_kind="person")
    if len(np.bwords) == 2 and np.bwords[-1] == "PM" and np.bwords[0].lower() in PM_MODIFIERS:
        # "The Deputy PM has asked ..." after "Deputy Prime Minister Vu Duc Dam" (VietnamPlus; set U): the office
        # spelt out, so that its holder the text named speaks
        return np.mention("title", name=None, role=np.bwords[0].lower() + " prime minister", entity_kind="person")
    if len(np.bwords) == 1 and np.bwords[0].isupper() and np.bwords[0].lower() in ROLE_NOUNS:
        return np.mention("title", name=None, role=np.bwords[0], entity_kind="person")     # "The MEP said": no body
    # "the Pakistani NSA had claimed": an office's letters (titles.yml office_acronyms) after a demonym, the
    # office spelt out, so that the person the text introduced with it ("Pakistani National Security Advisor Moeed
    # Yusaf") holds it (dates9 held-out)
    # (a demonym first: "The NSA" alone is as often the US agency)
    # ... or a body's letters first: "the DND OIC added" after "DND officer-in-charge Jose Faustino Jr."
    if len(np.bwords) == 2 and np.bwords[-1].isupper() and np.bwords[-1].lower() in OFFICE_ACRONYMS and \
            (places().get(fold(np.bwords[0]).lower()) == "demonym" or ACRONYM.match(np.bwords[0])):
        role = " ".join(np.bwords[:-1] + [OFFICE_ACRONYMS[np.bwords[-1].lower()]])
        return np.mention("title", name=None, role=role, entity_kind="person")
    if len(np.bwords) == 1 and np.bwords[0][:1].isupper() and np.bwords[0].lower() in PERSON_OFFICE_ACRONYMS:
        return np.mention("title", name=None, role=PERSON_OFFICE_ACRONYMS[np.bwords[0].lower()], entity_kind="person")
    if len(np.bwords) == 1 and np.bwords[0].isupper() and np.bwords[0].lower() in OFFICE_ACRONYMS_AFTER_THE and \
            np.low[:1] == ["the"]:
        return np.mention("title", name=None, role=OFFICE_ACRONYMS_AFTER_THE[np.bwords[0].lower()], entity_kind="person")
    return None


# Words before "PM" that make another office of it ("the Deputy PM", "the Acting PM").
PM_MODIFIERS = frozenset(_lex.words("pm_modifiers"))

# 'NSA national security advisor': the letters, then the office they stand for.
def _acronym_map(list_name: str) -> dict[str, str]:
    """A lexicon list of 'LETTERS the office they stand for' as letters (lower case) -> office."""
    return {e.split(" ", 1)[0].lower(): e.split(" ", 1)[1] for e in _lex.words(list_name)}


OFFICE_ACRONYMS = _acronym_map("office_acronyms")
PERSON_OFFICE_ACRONYMS = _acronym_map("person_office_acronyms")
OFFICE_ACRONYMS_AFTER_THE = _acronym_map("person_office_acronyms_after_the")


PEERAGES = {"lord", "baron", "viscount", "earl", "baroness", "lady", "countess"}


def peerage(np):
    """"Lord Nicholls of Birkenhead", "Baroness Royall of Blaisdon": a peer, called by the name before the
    territorial 'of' ("Lord Nicholls"), not a surname "Birkenhead"."""
    low = np.low
    if len(low) < 4 or low[0] not in PEERAGES or "of" not in low[2:] or not is_cap(np.words[1]):
        return None
    k = low.index("of", 2)
    if not all(is_cap(w) for w in np.words[1:k]) or not all(is_cap(w) for w in np.words[k + 1:]) or k > 3:
        return None
    names = np.words[1:k]
    if any(_bare(w.lower()).rstrip(".") in TITLE_WORDS or w.lower() in ROLE_NOUNS for w in names):
        return None     # "Lord Mayor of London", "Lord President of the Council": an office
    return np.mention("name" if len(names) > 1 else "surname", name=_join(names), role=None,
                      gender=title_gender(low[0]), entity_kind="person")


def office_of_person(np):
    """"The office of President Moon Jae-in said", "the office of South Korean President Yoon Suk-yeol", "the Office
    of the United Nations High Commissioner for Human Rights": the office speaks as a body, not the title's holder
    (nor a person called "Human Rights")."""
    k = 1 if np.low[:1] == ["the"] else 0
    rest = np.words[k + 2:]
    inner = rest[1:] if rest[:1] == ["the"] else rest
    if np.low[k:k + 2] != ["office", "of"] or len(inner) < 2 or not is_cap(inner[0]) or not is_cap(inner[-1]) or \
            not all(is_cap(w) or w.lower() in CONNECTORS for w in inner) or \
            not any(w.lower() in TITLE_WORDS for w in inner[:-1]):
        return None
    return np.mention("body", name=("Office of " if k else np.words[0] + " of ") + " ".join(rest),
                      entity_kind="organization")


def title_with_postmodifier(np):
    """"the MP for Sittingbourne and Sheppey", "the Secretary of State", "Pakistan's High Commissioner to Britain",
    "another co-chairman of Middle Way" (not "US Secretary of State John Kerry": a name closes that one)."""
    words, low = np.words, np.low
    det = np.det or words[0].endswith(("'s", "’s"))     # "NASA's associate administrator of the Science Mission Directorate"
    for k in range(1, min(len(low) - 1, 5)):
        rest = words[k + 2:] if low[k + 1] == "the" else words[k + 1:]     # "the Chairperson of the AU Commission"
        if _bare(low[k - 1]).rstrip(".") in ROLE_NOUNS and low[k] in {"for", "of", "to"} and rest and is_cap(rest[0]) \
                and not surname_to(words[k:]) \
                and all(is_cap(w) or w.lower() in CONNECTORS or w == "the" for w in rest) \
                and all(w.lower() in DETERMINERS or is_cap(w) or w.lower() in TITLE_WORDS or
                        (det and w.replace("-", "").isalpha() and w.islower()) or (j == 0 and low[0] == "another")
                        for j, w in enumerate(words[:k - 1])) \
                and not (len(words) - k > 2 and all(is_cap(w) and w.lower() not in TITLE_WORDS for w in words[-2:])
                         and not _is_org_name(words[-2:]) and not _body_name_after_of(words)
                         and not (len(rest) <= 3 and not opens_personal_name(rest[-2:]) and not opens_personal_name(rest[-3:])
                                  and not _surname_after_portfolio(words[k - 1:]))):
            # "the Chairperson of the AU Commission Moussa Faki" ends in a name; "Labour MP for West Ham" and "the
            # independent member for the Loch Ness West" in the seat's
            role = " ".join(w for w in words if w.lower() not in DETERMINERS or w is not words[0])
            return np.mention("title", role=role, gender=_gender(words), entity_kind="person")
    return None


def _body_name_after_of(words) -> bool:
    """"the former head of the Court of Final Appeal" (Macau Daily Times; set BM 002): capitalised words right after
    a body's capitalised head and "of" go on naming that body ("Court of Final Appeal"), no person's name closing the
    title ("the Chairperson of the AU Commission Moussa Faki" has no "of" before the name)."""
    return len(words) >= 5 and words[-3] == "of" and is_cap(words[-4]) and words[-4].lower() in ORG_NOUNS


ANONYMOUS_PARTICIPLES = {"speaking", "requesting", "asking", "declining"}


def title_with_prepositional_phrase(np):
    """"The Indigenous leader at the centre of a dispute over Nova Scotia lobster": a title the phrase after it
    describes, its object opening with an article and a lower-case word, no name (not a Mr Scotia; CP via Global News,
    set T; the lead's speaker the next paragraph names: resolve._lead_title_named_next)."""
    low, words = np.low, np.words
    if low[0] != "the" or len(low) < 5:
        return None
    k = next((k for k in range(2, min(len(low) - 2, 5)) if low[k] in TITLE_PHRASE_PREPOSITIONS), None)
    if k is None or _bare(low[k - 1]).rstrip(".") not in ROLE_NOUNS or not words[k - 1].islower() or \
            low[k + 1] not in {"a", "an", "the"} or not words[k + 2].islower() or \
            not all(w.islower() or is_cap(w) and w.lower() not in TITLE_WORDS for w in words[1:k - 1]):
        return None
    return np.mention("title", role=_join(words[1:k]), gender=_gender(words[1:k]), entity_kind="person")


TITLE_PHRASE_PREPOSITIONS = frozenset(_lex.words("title_phrase_prepositions"))


def title_with_participle(np):
    """"the chief representing a First Nation", "the minister overseeing the file": a title the participle's phrase
    describes, no name (not a Mr Nation; infonews.ca, quotes23)."""
    low = np.low
    k = next((k for k, w in enumerate(low) if k >= 2 and w.endswith("ing") and np.words[k].islower()), None)
    if low[0] != "the" or k is None or _bare(low[k - 1]).rstrip(".") not in ROLE_NOUNS or \
            not all(w.islower() for w in np.words[1:k]) or low[k] in ANONYMOUS_PARTICIPLES or \
            not any(is_cap(w) for w in np.words[k + 1:]) or k + 1 >= len(low) or low[k + 1] not in DETERMINERS:
        return None     # (only a participle with its object, where a capitalised word of it would be read as a name;
        #                 not "the official planning agency CPB" nor one "speaking on condition of anonymity")
    return np.mention("title", role=_join(np.words[1:k]), gender=_gender(np.words[1:k]), entity_kind="person")


# A place's lower-case kind after its name: "Councillor Mike Gunn from Annapolis county" (halifaxexaminer.ca; quotes23).
LOCAL_NOUNS = {"county", "township", "region", "riding", "ward", "municipality"}


def person_of_body(np):
    """"Ashok Vishwanathan of Operation Black Vote", "Jim Parton from Families Need Fathers", "Christie Tucker with
    Alberta Wildfire": a person's name, then the body he speaks for after 'of', 'from', 'with' or 'at' (not a person
    called 'Black Vote'; "analyst Erling Refsum at Nomura" is not a Mr Nomura)."""
    words, low = np.words, np.low
    # (with an occupation before the name: "analyst Victor Krueger of the Gartner Group")
    j = next((j for j in range(4) if j == len(words) or not (words[j].islower() and low[j] not in DETERMINERS)), 0)
    if j == 0:
        # (or a rank or honorific before it: "Insp. Maher Abdel-Malik of the Toronto Police Service", "Const. Gary
        # O'Brien of the Nanaimo RCMP", quotes12)
        # (a rank of title words before a name head too: "Detective Inspector Paul Miller of Thames Valley Police",
        # bbc-news/entertainment/141; set O)
        j = next((j for j in range(3) if j == len(words) or
                  not (low[j].rstrip(".") in _NAME_HEADS_OR_HONORIFICS or
                       low[j].endswith(".") and low[j].rstrip(".") in TITLE_WORDS or
                       low[j] in TITLE_WORDS and j + 1 < len(low) and low[j + 1].rstrip(".") in _NAME_HEADS_OR_HONORIFICS)),
                 0)
    if j == 0:
        # (or a title of a head and its opener or a hyphenated head before it: "Grand Chief Cathy Merrick of the
        # Assembly of Manitoba Chiefs", "Vice-president Jane Smith of the Manitoba Teachers' Society"; set Y)
        j = 2 if len(low) > 2 and low[0] in TITLE_OPENERS and low[1] in _NAME_HEADS_OR_HONORIFICS else \
            1 if "-" in low[0] and all(p in TITLE_WORDS for p in low[0].split("-")) and \
            low[0].split("-")[-1] in _NAME_HEADS_OR_HONORIFICS else 0
    if np.det:
        return None
    # (a Vietnamese name of four words: "Spokeswoman Le Thi Thu Hang of the Vietnamese Ministry of Foreign Affairs";
    # hanoitimes.vn, seed19)
    for k in (2, 3, 4):
        if len(words) < j + k + 2 or low[j + k] not in {"of", "from", "with", "at"} or \
                not (is_personal_name(without_initials(words[j:j + k])) or given_name_of_a_place(words[j:j + k]) or
                     # (after a title, a surname that is a place's name too: "Chief Derrick Henderson of the Sagkeeng
                     # First Nation", Henderson a city; set Y)
                     j and opens_personal_name(words[j:j + k])) or \
                k == 4 and j == 0:     # (four words only after a title:
            continue     # not "Real Estate Financing Partnership of Philadelphia", Reuters)
        rest = words[j + k + 2:] if low[j + k + 1] == "the" else words[j + k + 1:]
        rest = _after_describing_nouns(rest) if low[j + k + 1] == "the" else rest
        named = rest[:-1] if len(rest) >= 2 and rest[-1] in LOCAL_NOUNS else rest     # "from Annapolis county"
        if named and is_cap(named[0]) and is_cap(named[-1]) and all(is_cap(w) or w.lower() in CONNECTORS for w in named):
            return np.mention("name", name=_join(words[j:j + k]), organization=_join(rest), entity_kind="person",
                              role=_join(words[:j]) or None)
    titled = _titled_name_of_body(np)
    return titled if titled is not None else _surname_of_body(np, j)


def _titled_name_of_body(np):
    """"Acting DFA Assistant Secretary Emmanuel Fernandez of the Office of Strategic Communications and Research": a
    longer title (an acting officer, a body's acronym) before the name, then the body after 'of', 'from', 'with' or
    'at': the titled person the words before the preposition parse as, not a body so named (globalnation.inquirer.net;
    set X)."""
    words, low = np.words, np.low
    for p in range(3, len(words) - 1):
        if low[p] not in {"of", "from", "with", "at"}:
            continue
        rest = words[p + 2:] if low[p + 1] == "the" else words[p + 1:]
        if not (rest and is_cap(rest[0]) and is_cap(rest[-1]) and
                all(is_cap(w) or w.lower() in CONNECTORS for w in rest) and _body_of_members(rest)):
            continue     # (a body's name: not "Prime Minister Jacinda Ardern of New Zealand and Vice President Kamala
            #              Harris", two people; whitehouse-briefing-room)
        head = _parse_at_zero(tuple(np.toks[:p]))
        if isinstance(head, Mention) and head.kind == "name" and head.entity_kind == "person" and head.role and \
                head.name and len(head.name.split()) >= 2 and not head.organization and \
                not {"and", "&"} & set(head.role.split()):     # (not two people: "Stephen S. Cohen and J. Bradford
            #                                                     DeLong of the University of California"; polnear)
            return np.mention("name", name=head.name, organization=_join(rest), entity_kind="person", role=head.role)
    return None


def _after_describing_nouns(rest: list[str]) -> list[str]:
    """"the law firm Mayer Brown", "the advocacy group Progress Iowa": the body's name after the lower-case nouns
    that say what it is (polnear: a New York Times story, the lead's round 32)."""
    k = next((i for i, w in enumerate(rest) if not (w.isalpha() and w.islower())), len(rest))
    return rest[k:] if 1 <= k <= 3 and k < len(rest) and rest[k - 1] in _DESCRIBING_NOUNS else rest


def _surname_of_body(np, j):
    """"Mr. Morgan of the Sierra Club", "Dr. Smith of the University of Toronto": an honorific and a surname, then the
    body after 'of', 'from', 'with' or 'at' (polnear: a New York Times story); the person, not a body so named."""
    words, low = np.words, np.low
    if j != 1 or low[0].rstrip(".") not in SURNAME_HONORIFICS or len(words) < 4 or low[2] not in {"of", "from", "with", "at"} \
            or not is_cap(words[1]) or low[1].rstrip(".") in TITLE_WORDS:
        return None
    rest = words[4:] if low[3] == "the" else words[3:]
    if not (rest and is_cap(rest[0]) and is_cap(rest[-1]) and all(is_cap(w) or w.lower() in CONNECTORS for w in rest)) \
            or is_place(_join(rest)):
        return None     # (a place after "of" is the seat, no body: "Mr. Smith of Ohio", titled_name_of_country)
    return np.mention("surname", name=words[1], organization=_join(rest), entity_kind="person", role=None)


def side_of_country(np):
    """"The Ukrainian side described ...", "the Canadian side said ...": the country's government speaking, as when
    the country is named (a demonym's country: the one whose name shares the longest beginning with it)."""
    if len(np.low) != 3 or np.low[0] != "the" or np.low[2] != "side" or not is_cap(np.words[1]):
        return None
    country = _country_of_demonym(fold(np.words[1]).lower())
    if country is None:
        return None
    found = _parse_np_once(((country, np.start, np.end),))
    if not isinstance(found, Mention):
        return None
    found.text = np.text
    return found


@lru_cache(maxsize=256)
def _country_of_demonym(demonym: str):
    if places().get(demonym) != "demonym":
        return None
    countries = [c for c, markers in country_markers().items() if demonym in markers and "," not in c]
    if not countries:
        return None
    best = max(countries, key=lambda c: (len(_common_start(c, demonym)), -len(c)))
    return best.title() if len(_common_start(best, demonym)) >= 4 else None


def _common_start(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def titled_name_of_country(np):
    """"President Musharraf of Pakistan", "King Abdullah of Jordan": a titled person of a country, not a person
    called 'Pakistan'."""
    words = np.bwords
    if len(words) < 4 or np.blow[-2] != "of" or places().get(fold(words[-1]).lower()) not in TITLED_OF_PLACES:
        return None
    j = len(words) - 3
    while j >= 0 and is_cap(words[j]) and _bare(words[j].lower()).rstrip(".") not in TITLE_WORDS:
        j -= 1
    names, title = words[j + 1:-2], words[:j + 1]
    if not 1 <= len(names) <= 3 or not title or not all(_bare(w.lower()).rstrip(".") in TITLE_WORDS for w in title) and \
            not _modified_title(title):
        return None
    if _is_org_name(names):
        return None     # "National Bank of Canada said": a bank, no person 'Bank' titled National (Reuters-21578)
    if title[-1].lower() in {"of", "the"}:
        return None     # "The Ministry of Foreign Affairs of the Republic of Indonesia": a body, no person 'Republic'
        #                 (asia19, VOI)
    return np.mention("name" if len(names) > 1 else "surname", name=_join(names),
                      role=f"{' '.join(title)} of {words[-1]}", gender=_gender(title), entity_kind="person")


# The places a titled person is "of": a country ("President Musharraf of Pakistan"), or a state or province a
# legislator or governor is of ("Senator Sherrod Brown of Ohio", "Governor Greg Abbott of Texas").
TITLED_OF_PLACES = {"country", "state", "province"}


def _modified_title(title: list) -> bool:
    """'Conference chairman' ("Conference chairman Manaspas Xuto of Thailand has said ...", Reuters-21578; set R): a
    lower-case title word after one or two capitalised words of what the title is of."""
    return 2 <= len(title) <= 3 and title[-1].islower() and _bare(title[-1].lower()).rstrip(".") in TITLE_WORDS and \
        title[-1] not in CONNECTORS and all(is_cap(w) for w in title[:-1]) and not _is_org_name(title[:-1])
    # (not a connector, which title lists hold for titles of several words: "Nippon Telegraph and Telephone of Japan"
    # is a company, no person 'Telephone' titled "Nippon Telegraph and"; reut2-003 #27)


def nothing_after_determiner(np):
    return NOT_A_SOURCE if not np.body else None


def _of_the(body, i) -> bool:
    """Is body[i] the "the" of "of the" inside a body's name ("The Department of the Interior and Local Government
    also said ...", Philstar; dates11: not "Local Government")?"""
    return body[i][0].lower() == "the" and i > 1 and body[i - 1][0].lower() == "of" and is_cap(body[i - 2][0])


MUNICIPAL_HEADS = frozenset(_lex.words("municipal_body_heads"))


def municipal_body(np):
    """"The City of Winnipeg said ...", "the Town of Cobourg said", "The Regional Municipality of Peel said": a
    municipality's government, named by its kind and its place (Canadian local news; set M), not a person surnamed
    after the place nor the place."""
    words = np.bwords
    if np.det and len(words) == 1 and words[0] in MUNICIPAL_HEADS:
        # "The city said the work would take a week": the municipality named before (resolve), else no one
        return np.mention("title", name=None, role=words[0], entity_kind="organization")
    k = next((i for i, w in enumerate(words[:3]) if w == "of"), None)
    # (its kind in lower case after "the": "The town of Hay River also posted that ..."; CBC North, set AL)
    if k is None or not 1 <= k <= 2 or " ".join(w.lower() for w in words[:k]) not in MUNICIPAL_HEADS or \
            not (np.det or all(is_cap(w) for w in words[:k])) or not 1 <= len(words) - k - 1 <= 3 or \
            not all(is_cap(w) and not w.endswith(("'s", "’s")) for w in words[k + 1:]):
        return None
    name = " ".join([w[:1].upper() + w[1:] for w in words[:k]] + words[k:])     # "Town of Hay River", as printed first
    return np.mention("body", name=name, role=None, entity_kind="organization")


NUMBERED_LOCAL_WORDS = frozenset(_lex.words("numbered_local_words"))
LOCAL_NUMBER = re.compile(r"\d[\d-]*[A-Za-z]?")


def numbered_local(np):
    """"CUPE Local 79 said ...", "Unifor Local 444", "the Amalgamated Transit Union Local 1505": a union's local named
    by its union's capitalised name, "Local" and its number (Canadian labour news; set Y), a body whose number is part
    of its name (a lower-case number ends no other capitalised run)."""
    words = np.bwords
    if len(words) < 3 or np.blow[-2] not in NUMBERED_LOCAL_WORDS or not is_cap(words[-2]) or \
            not LOCAL_NUMBER.fullmatch(words[-1]) or not is_cap(words[0]) or \
            not all(is_cap(w) or w.lower() in CONNECTORS for w in words[:-2]):
        return None
    return np.mention("body", name=_join(words), role=None, entity_kind="organization")


_REGION_ABBREVIATIONS = frozenset(w.rstrip(".") for w in _lex.words("region_abbreviations"))


def government_of_place(np):
    """"The government of the N.W.T. said in an update ...", "The government of N.W.T. added ..." (Global News; set Y
    002), "the government of Manitoba said", "the Government of Canada": a country's, province's or territory's
    government named by "government of" and the place (its name or its abbreviation), a body; not a person surnamed
    after the place, nor the place."""
    words = np.bwords
    if len(words) < 3 or words[0].lower() != "government" or words[1] != "of":
        return None
    place = words[3:] if words[2].lower() == "the" else words[2:]
    key = " ".join(place).lower()
    if not place or not all(is_cap(w) for w in place) or \
            places().get(fold(key)) not in ("country", "province", "state") and key.rstrip(".") not in _REGION_ABBREVIATIONS:
        return None
    return np.mention("body", name="Government of " + " ".join(words[2:]), role=None, entity_kind="organization")


PROVINCE_PORTFOLIOS = frozenset(_lex.words("province_department_portfolios"))


def province_department(np):
    """"Manitoba Health said ...", "a spokesperson for Manitoba Justice": a province's (or state's) department named
    by its portfolio alone, as Canadian provinces name theirs (set M); not a bare title "Health"."""
    words = np.bwords
    if len(words) >= 2 and words[-1].lower() in PROVINCE_PORTFOLIOS and is_cap(words[-1]) and \
            places().get(" ".join(words[:-1]).lower()) in ("province", "state"):
        return np.mention("body", name=" ".join(words), role=None, entity_kind="organization")
    return None


def region_abbreviation_body(np):
    """"N.W.T. Fire said strong winds had blown the fire ...", "B.C. Hydro said", "N.B. Power": a province's or
    territory's dotted abbreviation and one capitalised word, a public body of that province (CBC North; set AL), not
    a person's glued initials before a surname ("P.J. Akeeagok")."""
    words = np.bwords
    if len(words) == 2 and "." in words[0] and words[0].lower().rstrip(".") in _REGION_ABBREVIATIONS and is_cap(words[1]) \
            and words[1].isalpha():
        return np.mention("body", name=" ".join(words), role=None, entity_kind="organization")
    return None


def listed_body(np):
    """"Number 10 said", "No 10 said", "Standard and Poor's said": a body the lexicon names (org_names) whose name has
    a word no capitalised run holds (a number, or the 'and' that would make two speakers of it)."""
    if any(w.isdigit() or w in {"and", "&"} for w in np.bwords) and " ".join(np.bwords).lower() in ORG_NAMES:
        return np.mention("body", name=" ".join(np.bwords), entity_kind="organization")
    return None


# A judge's title after the court's name, before the judge's: "Ontario Superior Court Justice Deena Baltman" (Global
# News; quotes18); not a head of names elsewhere ("the Department of Justice said").
JUDGES_TITLES = {"justice"}
_PERSON_HEADS_IN_BODY = NAME_HEADS | JUDGES_TITLES


def person_at_a_seat(np):
    """"... although on Tuesday at the White House Trump said there is a ... chance" (UPI): a body the lexicon names by
    its seat in two words or more (org_names: "White House", "Downing Street") glued before a person's surname is
    where the person spoke, no part of a body's name (seed23)."""
    words, low = np.bwords, np.blow
    for k in (3, 2):
        rest = words[k:]
        if 1 <= len(rest) <= 2 and " ".join(low[:k]) in ORG_NAMES and \
                all(is_cap(w) and w.isalpha() and w.lower() not in TITLE_WORDS and fold(w) not in ORG_WORDS
                    for w in rest) and looks_like_person(" ".join(rest)):
            return np.mention("surname" if len(rest) == 1 else "name", name=" ".join(rest), role=None,
                              organization=" ".join(words[:k]), entity_kind="person")
    return None


def _surname_after_portfolio(words) -> bool:
    """Does a minister's portfolio end in a person's name the name lists only half know: "Minister for Communications
    and Information Technology Parbat Gurung" (khabarhub.com, set K 013; "Parbat" is in no list of given names,
    "Gurung" is a surname)? A title word, "for" or "of", capitalised portfolio words, then two capitalised words, the
    last a known surname, neither a word of a title, a body, a portfolio or a place."""
    if len(words) < 5 or _bare(words[0].lower()).rstrip(".") not in NAME_HEADS or words[1].lower() not in {"for", "of"}:
        return False
    given, last, before = words[-2], words[-1], words[-3]
    if not all(w.isalpha() and w[:1].isupper() and w[1:].islower() for w in (given, last)) or \
            not is_cap(before) or before.lower() in CONNECTORS:
        return False
    return fold(last) in surnames() and not any(
        w.lower() in ORG_WORDS or w.lower() in TITLE_WORDS or w.lower() in PORTFOLIO_ENDS or fold(w) in places() or
        fold(w).lower() in places() for w in (given, last))


def body_name(np):
    """A body's name: a capitalised run with an organisation word ("United Companies Financial Corp", "Muslim
    Council of Britain"), after any possessive ("General Motors Corp's GMAC Financial Services"), unless the run
    ends in a person's name after a title ("Foreign Ministry Spokesperson Le Hai Binh")."""
    body = np.body
    r = len(body)
    while r > 0 and (is_cap(body[r - 1][0]) or (body[r - 1][0].lower() in CONNECTORS and r < len(body)
                                                 and r - 1 > 0 and (is_cap(body[r - 2][0]) or _of_the(body, r - 1)))):
        r -= 1
    run = body[r:]
    for k in range(len(run) - 1, -1, -1):
        if run[k][0].endswith(("'s", "’s")):
            if k == len(run) - 2 and _bare(run[k][0].lower()).rstrip(".") in TITLE_WORDS:
                break   # "the Attorney General's Office", "the Prime Minister's Office": one body, named by its title
            if k < len(run) - 1 and _bare(run[k][0].lower()) in NAME_POSSESSIVES:
                continue    # "China’s People’s Liberation Army Air Force": "People’s" is part of the name
            run = run[k + 1:]
            break
    if run and _is_org_name([t[0] for t in run]):
        n = len(run)
        while n > 0 and is_cap(run[n - 1][0]) and _bare(run[n - 1][0].lower()).rstrip(".") not in TITLE_WORDS \
                and run[n - 1][0].lower().rstrip(".,") not in ORG_WORDS:
            n -= 1
        person = 0 < n < len(run) and (_bare(run[n - 1][0].lower()).rstrip(".") in _PERSON_HEADS_IN_BODY
                                       or is_personal_name([t[0] for t in run[n:]])) \
            and not any(t[0].lower().rstrip(".,") in ORG_WORDS for t in run[n:]) \
            and not _body_of_members([t[0] for t in run])     # "the National Association of Head Teachers"
        if not person:
            # a title's portfolio with its small words before the name: "Union Minister for Information &
            # Broadcasting Anurag Thakur" (Deccan Herald; dates11)
            ws = [t[0] for t in run]
            j = personal_start_after_portfolio(ws)
            person = bool(j) and any(_bare(w.lower()).rstrip(".") in NAME_HEADS for w in ws[:j]) and \
                not any(w.lower().rstrip(".,") in ORG_WORDS for w in ws[j:]) or _surname_after_portfolio(ws) or \
                0 < n < len(run) and any(_bare(w.lower()).rstrip(".") in NAME_HEADS for w in ws[:n]) and \
                _initialled_name(ws[n:])
            # ("Union Minister of State for External Affairs and Parliamentary Affairs V Muraleedharan": Indian copy's
            # initial and surname after a minister's portfolio, "Union" no body; The New Indian Express, set AK 011)
        last = _bare(run[-1][0].lower()).rstrip(".")
        if last in NAME_HEADS and last not in ORG_WORDS and last != "general" and len(run) > 1:
            return None     # "The Conservative Party Chairman": the body's officer, a title ("Consulate General"
                            # is a body: a post-positive "General")
        if not person and len(run) >= 3 and _surname_org_word([t[0] for t in run[-2:]]) and \
                _bare(run[-3][0].lower()).rstrip(".") in _TITLES_BEFORE_A_NAME:
            return None     # "Coun. Markus Chambers", "Mayor Geoffrey Chambers": a titled person, no body (trailing_name)
        if not person and r == 0:
            return np.mention("body", name=_join([t[0] for t in run]), entity_kind="organization")
    return None


INITIAL = re.compile(r"[A-Z]\.?")
SURNAME_SHAPE = re.compile(r"[A-Z][a-z]{2,}")


def _initialled_name(ws) -> bool:
    """'V Muraleedharan', 'L. Murugan', 'S. S. Ahluwalia': one or two initials and a surname (no title, organisation
    or place word), as Indian copy names a person."""
    return 2 <= len(ws) <= 3 and all(INITIAL.fullmatch(w) for w in ws[:-1]) and bool(SURNAME_SHAPE.fullmatch(ws[-1])) \
        and ws[-1].lower() not in TITLE_WORDS and ws[-1].lower() not in ORG_WORDS and not places().get(fold(ws[-1]))


MALAY_HONORIFICS = set(_lex.words("malay_honorifics"))
# Indonesian honorifics before a one-word name ("Pak Jokowi", "Bu Mega"): no part of the name.
INDONESIAN_HONORIFICS = set(_lex.words("indonesian_honorifics"))
OPENING_QUOTES = {"'", "‘", '"', "“"}
CLOSING_QUOTES = {"'", "’", '"', "”"}


# Between two names of a firm's founders: "Ernst & Young", "Bilfinger und Berger", "Lazard Freres et Cie", "Heldring en
# Pierson" (German, French and Dutch "and"; reuters21578).
FIRM_CONJUNCTIONS = {"&", "und", "et", "en"}


# A capitalised compound adjective: its last part lower-case ("Korean-born", "Fifteen-year-old", "Paris-based"),
# never a name's part ("Jean-Pierre", "Kilroy-Silk", "al-Jubeir" end capitalised).
COMPOUND_MODIFIER = re.compile(r"[A-Z][\w'’]*(?:-[a-z]+)*-[a-z]{3,}")


def after_compound_modifier(words) -> int:
    """How many words of a capitalised run come before its name: those up to the last compound adjective, when a
    given name and another word at least follow it ("South Korean-born Monte Haines": 2); 0 when there is none."""
    last = max((i for i, w in enumerate(words[:-2]) if COMPOUND_MODIFIER.fullmatch(w)), default=-1)
    # (a given name right after it: not "SAGIP Party-list Rep. Rodante Marcoleta", a title's part; seed17)
    return last + 1 if last >= 0 and is_given_name(words[last + 1], any_gender=True) else 0


def _name_split(np):
    """(prefix tokens, name tokens): the trailing name is capitalised tokens (with particles inside) that are
    not title words; a place after 'to' / 'for' belongs to the title ("Ambassador to Bangladesh Peter Haas")."""
    body, bwords = np.body, np.bwords
    i = len(body) - 1 if _surname_like_a_title(bwords) else len(body)
    while i > 0:
        w = bwords[i - 1]
        wl = _bare(w.lower()).rstrip(".")
        if is_cap(w) and wl not in TITLE_WORDS and wl not in ROLE_NOUNS and not w.endswith(("'s", "’s")):
            i -= 1
        elif (wl in NAME_PARTICLES or w in FIRM_CONJUNCTIONS) and i < len(body) and i - 1 > 0 and is_cap(bwords[i - 2]):
            i -= 1      # "de" in "Eduardo de Vega", "&" in "Ernst & Young", "und" in "Bilfinger und Berger"
        elif _title_inside_name(bwords, i - 1, len(body)):
            i -= 1      # "minister Tiong King Sing": 'King' inside a Malaysian Chinese name (issue 8, south13)
        else:
            break
    name_toks, prefix = body[i:], body[:i]
    k = _body_word_before_name(prefix, name_toks)
    if k:
        name_toks, prefix = name_toks[k:], prefix + name_toks[:k]
    cut = after_compound_modifier([w for w, _, _ in name_toks])
    if cut:
        # "South Korean-born Monte Haines", "Fifteen-year-old Donald Young": a compound adjective and the words
        # before it are no part of the name after it (polnear: a Washington Post story; the lead's round 32)
        name_toks, prefix = name_toks[cut:], prefix + name_toks[:cut]
    if len(name_toks) >= 2 and name_toks[0][0].lower() in WEEKDAYS and \
            not (prefix[-1][0].lower() in DETERMINERS if prefix else np.det) and \
            name_toks[-1][0].lower() not in OUTLET_WORDS:
        # "Local newspaper Maeil Business reported Wednesday Yoon said ...": the day the report ran is no part of the
        # name after it (UPI; seed23); not a paper's name ("serialised in the Sunday Telegraph"; bbc-news/politics/252;
        # "The Sunday Express said its poll ..."; reuters21578)
        name_toks, prefix = name_toks[1:], prefix + name_toks[:1]
    if i > 0 and surname_to(bwords[i - 1:]):
        name_toks, prefix = body[i - 1:], body[:i - 1]     # "General Secretary To Lam"
    if len(prefix) >= 2 and prefix[-1][0] in OPENING_QUOTES and is_cap(prefix[-2][0]) and len(name_toks) >= 2 and \
            name_toks[0][0][-1:] in CLOSING_QUOTES:
        # "Joko 'Jokowi' Widodo", "Joko ‘Jokowi’ Widodo": a nickname in quotes inside the name is no part of it; the
        # person is Joko Widodo (Jakarta Post, setkab.go.id; seed12)
        name_toks, prefix = [prefix[-2]] + name_toks[1:], prefix[:-2]
    quoted = [i for i in range(len(name_toks) - 2) if name_toks[i][0] in OPENING_QUOTES and
              name_toks[i + 2][0] in CLOSING_QUOTES and is_cap(name_toks[i + 1][0])]
    if quoted and 0 < quoted[0] and quoted[0] + 3 < len(name_toks):
        name_toks = name_toks[:quoted[0]] + name_toks[quoted[0] + 3:]     # 'Joko "Jokowi" Widodo'
    if len(name_toks) == 2 and name_toks[0][0].lower() in INDONESIAN_HONORIFICS:
        name_toks, prefix = name_toks[1:], prefix + name_toks[:1]     # "Pak Jokowi": Mr Jokowi (seed12)
    if len(name_toks) >= 4 and f"{name_toks[0][0]} {name_toks[1][0]}".lower() in MALAY_HONORIFICS:
        # "Minister Tan Sri Noh Omar", "Puan Sri X": a Malaysian honorific of two words, one of them no title word
        # alone (Tan is a surname); the person is Noh Omar (issue 8, seed round)
        name_toks, prefix = name_toks[2:], prefix + name_toks[:2]
    elif len(name_toks) >= 3 and prefix and f"{prefix[-1][0]} {name_toks[0][0]}".lower() in MALAY_HONORIFICS:
        # "Datuk Wira Zailani Hashim": the honorific's first word a title word alone, its second no part of the name
        # (Bernama, asia20); the honorific is no part of the role either
        name_toks, prefix = name_toks[1:], prefix[:-1]
    if len(name_toks) == 1 and len(prefix) >= 2 and is_cap(bwords[i - 1]) and \
            places().get(fold(bwords[i - 1]).lower()) == "demonym" and is_given_name(bwords[i - 1]) and \
            _bare(bwords[i - 2].lower()).rstrip(".") in NAME_HEADS:
        # "Economy minister German Gref": a demonym modifies a title before its head ("German minister"), so one
        # after the head is the person's given name
        name_toks, prefix = body[i - 1:], body[:i - 1]
    if len(name_toks) >= 3 and _after_preposition(prefix):
        # "Special Envoy for the Northern Triangle Ricardo Zuniga": the portfolio ends where a person's name begins
        start = name_after_portfolio([t[0] for t in name_toks])
        if start is None:
            start = _name_after_staff(name_toks)
        if start is not None:
            prefix, name_toks = prefix + name_toks[:start], name_toks[start:]
    while len(name_toks) >= 3 and prefix and prefix[-1][0].lower() in PORTFOLIO_PREPOSITIONS:
        # ("Ambassador to Bangladesh Peter Haas"; not "executive vice-president of RJ Reynolds Tobacco": a firm)
        n = 2 if len(name_toks) >= 4 and places().get(fold(f"{name_toks[0][0]} {name_toks[1][0]}").lower()) else 1
        if n == 1 and not (opens_personal_name([t[0] for t in name_toks[1:]]) or
                           places().get(fold(name_toks[0][0]).lower())):
            break     # ("from West Bengal S. S. Ahluwalia": a place of two words)
        prefix, name_toks = prefix + name_toks[:n], name_toks[n:]
    return prefix, name_toks


_TITLE_HEADS = frozenset(ROLE_NOUNS | NAME_HEADS)     # (made once)


def _body_word_before_name(prefix, name_toks) -> int:
    """"Representative of the European Commission Eric Mamer": the run after a title word ("European") opens with
    the last word of a body's name ("Commission"), then a person's name: that word ends the title, the holder is
    Eric Mamer (Interfax-Ukraine; set BE 005), not a body "Commission Eric Mamer". How many such words open the run
    (0: none; only after a title's head and when a given name follows them: not a firm's "Societe Shell Chimie",
    Reuters)."""
    if not any(_bare(t[0].lower()).rstrip(".") in _TITLE_HEADS for t in prefix):
        return 0
    ws = [t[0] for t in name_toks]
    k = 0
    while k < len(ws) - 2 and ws[k].lower() in ORG_WORDS:
        k += 1
    return k if k and opens_personal_name(ws[k:]) else 0


def _name_after_staff(name_toks) -> int | None:
    """"Chief of Presidential Staff Teten Masduki", "Chief of General Staff X Y": the staff headed ends the title, the
    holder's name (of a given name the lists may lack) after it (diplomasikita.blogspot.com; asia20)."""
    ws = [t[0] for t in name_toks]
    j = next((j for j in range(1, len(ws) - 1) if ws[j - 1] == "Staff"), None)
    return j if j is not None and 2 <= len(ws) - j <= 3 and not any(w.lower() in ORG_WORDS for w in ws[j:]) else None


def _title_inside_name(bwords, j: int, end: int) -> bool:
    """'Tiong King Sing': a title word that is also a first name ('King'), between a capitalised
    first name or surname (no title word, place or demonym: not 'Thai King Maha Vajiralongkorn') and a name word
    after it, is a word of a three-part name, not a title."""
    if not (0 < j < end - 1 and j - 1 >= 0):
        return False
    w, prev = fold(bwords[j]), bwords[j - 1]
    pl = _bare(prev.lower()).rstrip(".")
    return is_cap(bwords[j]) and w in TITLE_WORDS and w in first_names() and is_cap(prev) and \
        pl not in TITLE_WORDS and pl not in ROLE_NOUNS and not prev.endswith(("'s", "’s")) and not places().get(fold(prev)) and \
        (fold(prev) in first_names() or fold(prev) in surnames()) and end - j - 1 == 1


_UNDOTTED_TITLE_ABBREVIATIONS = frozenset(w.rstrip(".") for w in _lex.words("title_abbreviations"))


def _surname_like_a_title(bwords) -> bool:
    """'Anna Richardson White', 'Carole King': a surname that is also a title word, after a given name that is
    not one ('Vice President', 'Madam Speaker' are titles)."""
    if len(bwords) < 2 or not is_cap(bwords[-1]) or bwords[-1].lower() not in TITLE_WORDS:
        return False
    prev = bwords[-2]
    if bwords[-1].lower() in _UNDOTTED_TITLE_ABBREVIATIONS and is_cap(prev) and \
            _bare(prev.lower()).rstrip(".") not in TITLE_WORDS and not prev.endswith(("'s", "’s")) and \
            not places().get(fold(prev).lower()):
        # "Prime Minister Hun Sen", "economist Amartya Sen": a title's abbreviation ("Sen.", "Gov.") stands before a
        # name, so one without its dot, last after a name word, is a surname (china-mfa-presscon-html/eng/t1629365)
        return True
    j = len(bwords) - 1
    while j > 0 and is_cap(bwords[j - 1]) and _bare(bwords[j - 1].lower()).rstrip(".") not in TITLE_WORDS:
        j -= 1
    return j < len(bwords) - 1 and is_given_name(bwords[j]) and fold(bwords[-1]) in surnames()


def _after_preposition(prefix) -> bool:
    """Does the prefix end with 'to', 'for', 'of', 'in', 'at' or 'from' (and maybe 'the')?"""
    low = [t[0].lower() for t in prefix[-2:]]
    if low[-1:] == ["the"]:
        low = low[:-1]
    return bool(low) and low[-1] in PORTFOLIO_PREPOSITIONS


# The prepositions of a title's portfolio or seat before the holder's name ("Ambassador to Bangladesh Peter Haas",
# "BJP member from West Bengal S. S. Ahluwalia").
PORTFOLIO_PREPOSITIONS = {"to", "for", "of", "in", "at", "from"}


def _lower_free(prefix_words):
    # "9/11 widow Terry Strada": numbers and slashes are not words
    return [w for w in prefix_words if not is_cap(w) and _bare(w.lower()).rstrip(".") not in TITLE_WORDS
            and w[:1].isalpha()]


# "newly installed state mouthpiece Narumon Pinyosinwat" (Coconuts Bangkok; seed12), "newly appointed envoy X": how
# the title came to its holder, no clause.
NEWLY_MADE = re.compile(r"(?:newly|recently)\s+[a-z]+(?:ed|en)")


# Words no description before a name holds: a preposition or article ("Northern District of Georgia", "officer at US
# telecoms firm WorldCom" are a name's own words or a person's role).
DESCRIPTION_BREAKS = frozenset(_lex.words("description_breaks"))


def _described_before_name(prefix_words) -> bool:
    """'US phone company Qwest', 'EC statistics agency Eurostat': a description in lower case right before the name, no
    part of a body's name split wrongly (as "Royal Resources Inc" would be)."""
    return len(prefix_words) >= 2 and prefix_words[-1].isalpha() and prefix_words[-1].islower() and \
        not any(w.lower() in DESCRIPTION_BREAKS or _bare(w.lower()).rstrip(".") in ROLE_NOUNS | NAME_HEADS
                for w in prefix_words)


def _fronted_time_phrase(prefix_words) -> bool:
    """A phrase of time opening the sentence, lower case after its capitalised preposition ("Prior to launch")."""
    return bool(prefix_words) and prefix_words[0][:1].isupper() and \
        FRONTED_TIME.match(" ".join(prefix_words) + " ") is not None and all(w.islower() for w in prefix_words[1:])


def _body_name_across_conjunction(prefix_words, name_words) -> int | None:
    """Where a body's name begins in the prefix when the split fell on its "and" or "of": "the government's
    Management and Coordination Agency said" (Reuters, reut2-000 #867) is the agency so named, not a "Coordination
    Agency" with a title ending in "and", nor "Fisheries and Oceans Canada" a person "Oceans Canada". None when the
    prefix does not end so."""
    if len(prefix_words) < 2 or prefix_words[-1] not in ("and", "&", "of") or not is_cap(prefix_words[-2]) or \
            not (_is_org_name(name_words) or len(name_words) > 1 and
                 places().get(fold(name_words[-1]).lower()) == "country"):
        return None     # (a federal department named for its country: "Fisheries and Oceans Canada")
    k = len(prefix_words) - 1
    while k > 0 and (is_cap(prefix_words[k - 1]) and not prefix_words[k - 1].endswith(("'s", "’s")) or
                     prefix_words[k - 1] in ("and", "&", "of") and k > 1 and is_cap(prefix_words[k - 2])):
        k -= 1
    return k


def trailing_name(np):
    """A name after an optional role: "Foreign Ministry Spokesperson Le Hai Binh", "Mr Brown", "the Pentagon"."""
    prefix, name_toks = np.split
    if not name_toks:
        return None
    det = np.det
    prefix_words = [t[0] for t in prefix]
    lower_free = _lower_free(prefix_words[2:] if NEWLY_MADE.fullmatch(" ".join(prefix_words[:2])) else prefix_words)
    name_words = [t[0] for t in name_toks]
    if len([w for w in name_words if w not in FIRM_CONJUNCTIONS]) > 5 or \
            (lower_free and not det and len(lower_free) > 2) or len(prefix) > (DESCRIPTION_MAX if lower_free else TITLE_MAX):
        return NOT_A_SOURCE
    if len([w for w in lower_free if w[:1].isalpha()]) > 3 or any(w.lower() in VERBISH for w in lower_free):
        return NOT_A_SOURCE     # "the malicious program was called Bankash-A Trojan" is a clause, not a title
    if len(prefix_words) >= 2 and prefix_words[-1] == "by" and re.fullmatch(r"[a-z]+(?:ed|en)", prefix_words[-2]):
        return NOT_A_SOURCE     # "One of the amendments ..., proposed by Sharp and McLean, calls for ...": an agent
    if prefix_words and (all(w in PREPOSITIONS_ONLY for w in prefix_words) or
                         prefix_words[0] in PREPOSITIONS_ONLY and len(name_words) == 1 or
                         prefix_words[-1] in PREPOSITIONS_ONLY and
                         all(w.isdigit() or w in {"and", "or", ","} for w in prefix_words[:-1])):
        # (also the end of a list before it: "chiefs representing Treaties 6, 7 and 8 on Parliament Hill, who ...";
        # infonews.ca, quotes23)
        return NOT_A_SOURCE     # "... there is “a lot of pressure” in Quebec right now and says ...", "at Queen's
                                # Park": a place's phrase
    if _name_inside_a_phrase(prefix_words):
        return NOT_A_SOURCE
    if len(prefix_words) >= 3 and [w.lower() for w in prefix_words[-2:]] in (["and", "other"], ["and", "fellow"]) and \
            name_words[-1][-1:] == "s":
        return parse_np(prefix[:-2])     # "Wright and other Democrats say ...": the one named speaks (with others)
    if prefix_words and all(w in GROUP_SHARES for w in prefix_words) and name_words[-1][-1:] == "s":
        return VAGUE_SOURCE     # "many Democrats said", "some Republicans": a share of a group, no one named (as
        #                         speaker_names.quantified_group says of "Some Democrats")
    if _fronted_time_phrase(prefix_words):
        return parse_np(name_toks)     # "Prior to launch Google promised ...": Google, no title "Prior to launch"
    if len(name_words) == 1 and prefix_words and places().get(fold(" ".join(prefix_words[-1:] + name_words))) == "demonym":
        # "said the New Zealander": a people's name of two words, no person's name and title ("Zealander", "New"), read
        # as "said the Australian" is (bbc-news/entertainment/385, the lead's round 31)
        return np.mention("body", name=_join(prefix_words[-1:] + name_words), entity_kind="organization")
    if len(name_words) == 1 and len(name_words[0].rstrip(".")) == 1 and prefix_words[-1:] in (["and"], ["&"]):
        if len(prefix_words) == 2 and prefix_words[0].isupper() and len(prefix_words[0]) <= 3:
            return np.mention("body", name=_join(np.bwords), entity_kind="organization")     # "AT and T said"
        return VAGUE_SOURCE     # "An officer with S and P said": a letter of a firm's name (Standard and Poor's), no
        #                         one's surname; someone unnamed spoke, and "he said" after it too (Reuters, the lead's
        #                         round 31)
    if (joined := _body_name_across_conjunction(prefix_words, name_words)) is not None:
        return np.mention("body", name=_join(prefix_words[joined:] + name_words), role=role_of(prefix_words[:joined]),
                          entity_kind="organization")
    if len(prefix_words) >= 2 and _to_a_person(prefix_words):
        return VAGUE_SOURCE     # someone unnamed spoke: the words are nobody's, nor are those going on after them
    role = role_of(prefix_words)
    gender = _gender(prefix_words + [w for w in name_words if w.lower() not in TITLE_WORDS])     # not "Carole King"
    titled_person = bool(prefix_words) and _bare(prefix_words[-1].lower()).rstrip(".") in _TITLES_BEFORE_A_NAME and \
        _surname_org_word(name_words)     # "Network president Geoffrey Chambers": no body called so
    if _is_org_name(name_words) and not titled_person or (det and not prefix) or FIRM_CONJUNCTIONS & set(name_words):
        # "Ernst & Young": a firm
        # A determiner before a bare name reads as a body: "the Pentagon", "the Kremlin".
        return np.mention("body", name=_join(name_words), role=role, entity_kind="organization")
    if len(name_words) == 1 and _described_before_name(prefix_words) and \
            (prefix_words[-1] in ORG_NOUNS or prefix_words[-1] in DESCRIBED_BUSINESS_HEADS):
        # "US phone company Qwest said ...", "EC statistics agency Eurostat": the body the description names
        return np.mention("body", name=_join(name_words), role=_join(prefix_words), entity_kind="organization")
    if prefix and _is_org_name([w for w in prefix_words if is_cap(w)]) and len(name_words) == 1 \
            and not any(w.lower().rstrip(".") in ROLE_NOUNS or w.lower().rstrip(".") in HONORIFICS
                        for w in prefix_words):
        # "Royal Resources Inc" split wrongly would leave a one-word 'name': treat the whole as a body.
        return np.mention("body", name=_join(np.bwords), entity_kind="organization")
    if _portfolio_of_country(prefix_words, name_words):
        return np.mention("body", name=_join(prefix_words + name_words), entity_kind="organization")
    if _portfolio_conjunct(prefix_words):
        return np.mention("title", role=_join(prefix_words + name_words), gender=gender, entity_kind="person")
    if len(prefix_words) >= 2 and prefix_words[-1] in ROLE_BODY_PREPOSITIONS and \
            all(w.islower() for w in prefix_words[:-1]) and \
            any(_bare(w.lower()).rstrip(".") in ROLE_NOUNS | NAME_HEADS for w in prefix_words[:-1]):
        # "information officer with Alberta Wildfire", "director at Amnesty International": the body the role is
        # held in, no person's name (the person is named before the comma: "Derrick Forsythe, information officer
        # with Alberta Wildfire, said ...")
        return np.mention("title", role=role_of(prefix_words[:-1]) or _join(prefix_words[:-1]),
                          organization=_join(name_words), gender=gender, entity_kind="person")
    if len(name_words) == 2 and not prefix and places().get(fold(name_words[1]).lower()) in ("city", "province") and \
            not is_given_name(name_words[0], any_gender=True) and _bare(name_words[0].lower()) not in TITLE_WORDS and \
            places().get(fold(name_words[0]).lower()) is None and fold(name_words[1]).lower() not in surnames():
        # "Bike Calgary says there isn't enough money allocated ...", "Tourism Vancouver": a body named for its city,
        # no person called so (not "Ahmad Regina", a given name before)
        return np.mention("body", name=_join(name_words), entity_kind="organization")
    if len(name_words) > 1 and not prefix and places().get(fold(" ".join(name_words)).lower()) == "country":
        # "South Korea on Friday expressed concerns that ...": a country speaking, no person called so
        return np.mention("body", name=_join(name_words), entity_kind="organization")
    kind = "name" if len(name_words) > 1 else "surname"
    honorific = any(w.lower().rstrip(".") in HONORIFICS for w in prefix_words)
    # A one-word name is a person when a person's title stands before it ("spokesman Jorg Wojahn", "Mr Brown"),
    # not after any description ("Germany's financial watchdog BaFin").
    titled = any(_bare(w.lower()).rstrip(".") in NAME_HEADS for w in prefix_words)
    return np.mention(kind, name=_join(name_words), role=role, gender=gender,
                      entity_kind="person" if (len(name_words) > 1 or honorific or titled) else None)


# Prepositions whose phrase after a named head says where, when or of what the head is ("the Bundesbank in Frankfurt",
# "Comey in June", "Mike Pence of Indiana"): the name closing such a phrase is not the speaker's.
HEAD_PHRASE_PREPOSITIONS = {"in", "at", "on", "from", "of"}
TITLES_OF_A_PLACE = frozenset(_lex.words("titles_of_a_place"))
NAME_HEADS_BEFORE_OF = frozenset(_lex.words("name_heads_before_of"))
# A role that puts the name inside another phrase ("the gruesome murder of Father", "the eldest daughter of ex-King",
# "the Resurrection of our Lord and Savior"): the person so named is the phrase's object, no speaker.
ROLE_AROUND_A_NAME = re.compile(r"\b[a-z][\w'’-]*\s+(?:of|in|at|on|for|to|with|by|from)\b|"
                                r"\b(?:of|in|at|on|for|to|with|by|from)\s+(?:our|his|her|their|its|my|your)\b")


def head_before_its_phrase(np):
    """"A spokesman for the Bundesbank in Frankfurt said", "Comey in June sharply criticized", "Republicans on Capitol
    Hill seized on", "Gov. Mike Pence of Indiana", "Philips of the Netherlands has said": the head before the phrase
    speaks, parsed alone; the place, month or seat closing the phrase is nobody (the rule of a lower-case head is
    _name_inside_a_phrase). Not inside a body's name ("the Commission on Presidential Debates", "Police in
    Chandigarh", "the Republic of Turkey") nor a title's ("the Duke of Edinburgh", "Mayor of London")."""
    split = _head_and_its_phrase(np)
    if split is None:
        return None
    head, preposition = split
    found = _parse_at_zero(tuple(head))
    if isinstance(found, Mention) and (found.kind == "title" or
                                       found.kind in ("name", "surname") and _role_around_a_name(found.role or "")):
        return None     # a title at a body ("Director of Transit Operations at OC Transpo"), a name inside another
        #                 phrase ("the gruesome murder of Father Jacques Hamel in Normandy"): the other rules decide
    if preposition != "of":
        return found if found is not None else VAGUE_SOURCE
    return _head_of_place(np, head, found, np.split[1])


def _head_and_its_phrase(np):
    """(head tokens, preposition) when the phrase ends in a capitalised head, a preposition of
    HEAD_PHRASE_PREPOSITIONS (and "the") and the name; None otherwise, or when a word of the head names a body."""
    prefix, name_toks = np.split
    words = [t[0] for t in prefix]
    i = len(words) - 1 - (len(words) > 1 and words[-1] in ("the", "The"))
    if not name_toks or i < 1 or words[i] not in HEAD_PHRASE_PREPOSITIONS or not is_cap(words[i - 1]) or \
            any(is_cap(w) and _bare(w.lower()) in _body_name_words() for w in words[:i]):
        return None
    head = np.body[:i]
    return (np.toks[:1] + head if np.det else head), words[i]


@lru_cache(maxsize=1)
def _body_name_words() -> frozenset:
    """Words that make a capitalised run a body's name whatever follows ("Office", "Commission", "Republic")."""
    return frozenset(ORG_WORDS | OF_HEADS_OF_A_BODY | NAME_HEADS_BEFORE_OF)


def _role_around_a_name(role: str) -> bool:
    """Does the role put the name inside another phrase or clause: "the gruesome murder of Father", "Pastor Bradley
    Cranston ... endorsed Senator", "Mr. Manafort largely ignored Senator"? (A verb, an adverb or a preposition after a
    lower-case word: the person so named is an object, no speaker.)"""
    return bool(ROLE_AROUND_A_NAME.search(role)) or \
        any(w.islower() and (w.endswith(("ed", "ly")) or w in VERBISH) for w in role.split())


def _head_of_place(np, head, found, name_toks):
    """"Gov. Mike Pence of Indiana", "Lt Col Eric Schnaible of the PCO": a person named in full before "of" is the
    speaker; "Philips of the Netherlands", "Lloyds of London", "Nippon Telegraph and Telephone of Japan": a name
    alone before "of" a place is a body's (not a given name: "ex-King Michael of Romania")."""
    if isinstance(found, Mention) and found.kind == "name" and found.entity_kind == "person":
        return found
    head_words = [t[0] for t in head if t[0] not in ("the", "The")]
    if head_words and is_cap(head_words[0]) and is_cap(head_words[-1]) and len(head_words) <= 5 and \
            all(is_cap(w) or w in ("and", "&") for w in head_words) and \
            not any(_bare(w.lower()).rstrip(".") in _title_words_of_a_head() for w in head_words if is_cap(w)) and \
            not is_given_name(head_words[-1], any_gender=True) and \
            is_place(_join([t[0] for t in name_toks])):
        return Mention(np.text, np.start, np.end, "body", name=_join(head_words), entity_kind="organization")
    return None


@lru_cache(maxsize=1)
def _title_words_of_a_head() -> frozenset:
    """Words that make a head a person's title, not a firm's name ("Princess", "Duke", "Gov")."""
    return frozenset(TITLE_WORDS | ROLE_NOUNS | NAME_HEADS | TITLES_OF_A_PLACE)


def _name_inside_a_phrase(prefix_words) -> bool:
    """Is the name the object of a preposition after a lower-case head: a place after "in", "at" ("Unions for
    Deutsche Boerse staff in Frankfurt has reportedly expressed fears ...", bbc-news/business/264; "an intervention
    board spokesman in Frankfurt"), or anyone after "of" a head that is no title ("footage of Donald Trump", "Several
    members of Congress", "the ex-wife of Alan Grayson")? The speaker is the head, whom the phrase does not name."""
    if len(prefix_words) >= 4 and prefix_words[-1] == "and":
        # (the second of two names after it: "a protégé of John Bolton and Dick Cheney"; a Zyte page, the lead's round 32)
        k = len(prefix_words) - 2
        while k > 0 and is_cap(prefix_words[k]):
            k -= 1
        if k < len(prefix_words) - 2 and prefix_words[k] == "of" and not prefix_words[k - 1].endswith("s"):
            prefix_words = prefix_words[:k + 1]     # (not "the cities of Blackpool and Liverpool": the names are
            #                                         the cities, PolNeAR)
    if len(prefix_words) < 2:
        return False
    last, head = prefix_words[-1], _bare(prefix_words[-2].lower()).rstrip(".").split("-")[-1]     # ("vice-president")
    if not prefix_words[-2].islower():
        return False     # (a title's own words: "Ambassador at Large Nadia Murad")
    if last in PREPOSITIONS_ONLY and last != "from":
        return True     # (a place whatever the gazetteer knows: it has "Frankfurt am Main", not "Frankfurt"; not "an
        #                 email from Neera Tanden", hers)
    return last == "of" and head not in ROLE_NOUNS | NAME_HEADS and not head.startswith("spokes") and \
        head not in OF_HEADS_OF_A_BODY


def _to_a_person(prefix_words) -> bool:
    """"Agricultural aides to English said", "said one longtime adviser to Bill Clinton", "a person close to the
    Clintons", "Clinton tweeted congratulations to Sanders, adding": the name is whom the lower-case head is near,
    serves or addresses; the head speaks (unnamed), not the name (not "a spokesman to", who speaks for the name).
    (Vague, not "no source": the quotations going on after '"...," said a person close to the Clintons.' are that
    person's, nobody's, not the last named speaker's.)"""
    words = prefix_words[:-1] if len(prefix_words) > 2 and prefix_words[-1] in ("the", "The") else prefix_words
    head = _bare(words[-2].lower()).rstrip(".")
    return words[-1] == "to" and words[-2].islower() and not head.startswith("spokes")


# Heads whose "of" names the body that speaks through them ("the office of", "a statement of"): not phrases around it.
OF_HEADS_OF_A_BODY = frozenset(_lex.words("of_heads_of_a_body")) | frozenset(_lex.words("org_nouns")) | \
    frozenset(_lex.words("public_body_heads"))
ROLE_BODY_PREPOSITIONS = {"with", "at", "for", "from"}
PREPOSITIONS_ONLY = {"in", "at", "on", "from", "into", "across", "throughout", "near", "outside", "inside"}
PREPOSITIONS = set(_lex.words("prepositions"))


def _portfolio_of_country(prefix_words, name_words) -> bool:
    """"Health Canada", "Transport Canada", "Public Health England": capitalised portfolio words right before a
    country or province (no honorific, no person's title) name a government body, not a person called 'Canada'."""
    return len(name_words) == 1 and places().get(fold(name_words[0]).lower()) in ("country", "province") and \
        bool(prefix_words) and all(is_cap(w) and _bare(w.lower()).rstrip(".") in TITLE_WORDS and
                                   w.lower().rstrip(".") not in ROLE_NOUNS and w.lower().rstrip(".") not in HONORIFICS
                                   for w in prefix_words)


def _portfolio_conjunct(prefix_words) -> bool:
    """"the Union minister of state for food processing industries and Jal Shakti told news agency ANI" (Hindustan
    Times; asia19): the capitalised words after 'and' close the title's portfolio ("for ... and ..."), no person
    called 'Jal Shakti' (a name after the portfolio follows no 'and': "Minister for Trade and Industry Chan Chun
    Sing")."""
    if len(prefix_words) < 4 or prefix_words[-1] != "and":
        return False
    low = [_bare(w.lower()).rstrip(".") for w in prefix_words]
    return any(low[i] in ROLE_NOUNS and low[i + 1] in {"for", "of"} for i in range(len(low) - 3))


def role_of(prefix_words) -> str | None:
    """The title before a name without its honorifics ("Mr", "Dame"), unless the honorific ends the title
    ("First Lady")."""
    kept = []
    prefix_words = list(prefix_words)
    if len(prefix_words) >= 2 and f"{prefix_words[-2]} {prefix_words[-1]}".lower() in MALAY_HONORIFICS:
        prefix_words = prefix_words[:-2]     # "Minister Tan Sri": the minister
    for w in prefix_words:
        low = w.lower().rstrip(".")
        if low in HONORIFICS and not (kept and f"{kept[-1].lower()} {low}" in HONORIFIC_TITLES):
            continue
        kept.append(w)
    return " ".join(kept).strip() or None


_PARTY_NICKNAMES = {k for k in _lex.mapping("party_synonyms") if " " not in k}     # "Tory"


def surname_like_title_word(np):
    """"Toronto Mayor John Tory", "John Tory": a given name, then a title word that is no office (a party's
    nickname) as the surname: a person, not a body called 'John Tory' (Canadian news; quotes22)."""
    ws = np.bwords
    if len(ws) < 2 or not is_cap(ws[-1]) or not is_given_name(ws[-2]) or fold(ws[-2]).lower() in places():
        return None
    last, given = _bare(ws[-1].lower()).rstrip("."), _bare(ws[-2].lower()).rstrip(".")
    if last not in _PARTY_NICKNAMES or given in TITLE_WORDS:
        return None     # (not any title word: "Department of Housing and Urban Development" is no person)
    if not all(_bare(w.lower()).rstrip(".") in TITLE_WORDS or is_cap(w) and fold(w).lower() in places() for w in ws[:-2]):
        return None     # (only a title, or its place, before the name: "Toronto Mayor")
    role = role_of(ws[:-2]) if len(ws) > 2 else None
    return np.mention("name", name=_join(ws[-2:]), role=role, gender=_gender(ws[:-1]), entity_kind="person")


LEGISLATURES = frozenset(_lex.words("legislatures"))


def member_of_legislature(np):
    """"A Conservative member of Parliament in British Columbia says ...", "the member of the legislature for X": a
    legislator, one person by a title, not the body Parliament (a copy of CTV News; quotes22). With a name after it
    ("member of Parliament Scott Anderson") the rules after this one read the name."""
    low = np.blow
    at = next((i for i in range(len(low) - 2) if low[i] == "member" and low[i + 1] == "of"), None)
    if at is None:
        return None
    rest = low[at + 2:]
    rest = rest[:rest.index("for")] if "for" in rest else rest
    rest = [w for w in rest if w not in ("the", "provincial")]
    if " ".join(rest) not in LEGISLATURES:
        return None
    return np.mention("title", role=" ".join(np.bwords), entity_kind="person")


def member_of_a_body(np):
    """"The newest former Tory MP member of Reform then launched a scathing attack on the Tories, saying ...": the
    definite member of a named body is a person met before (Resolver._title), not the body (fosse107.co.uk, Sky News
    copy; bbc23). With "a" ("a member of the Labour Party said") the rules after this one decide."""
    low = np.low
    if low[0] != "the" or "member" not in low[:-2] or low[low.index("member") + 1] != "of":
        return None
    at = low.index("member")
    rest = np.words[at + 2:]
    rest = rest[1:] if rest[0].lower() == "the" else rest
    if not rest or not all(is_cap(w) or w.lower() in CONNECTORS for w in rest) or not is_cap(rest[-1]):
        return None
    return np.mention("title", role=" ".join(np.bwords), entity_kind="person")


UNNAMED_SPEAKER_HEADS = frozenset(_lex.words("unnamed_speaker_heads"))
UNNAMED_PLURAL_BODIES = frozenset(_lex.words("unnamed_plural_bodies"))


def unnamed_by_indefinite(np):
    """"A US woman", "another resident", "A U.S. Banker", "one U.S. Banker" (Reuters' capital, reut2-003 #488, #493:
    no body "U.S. Banker"): one of unnamed_speaker_heads after "a" or "one", printed in lower case or not."""
    low = np.low
    if low[0] in ("a", "an", "another", "one") and len(low) <= 4 and low[-1] in UNNAMED_SPEAKER_HEADS:
        return VAGUE_SOURCE
    return None


def unnamed_described(np):
    """No one the text names (after unnamed_by_indefinite's "A US woman is suing ..., saying"): "Security
    firms are warning ..." (a kind of business in the plural, no determiner), "Among the firms accused were ..." (a
    preposition's phrase, no subject; bbc-news/tech and business)."""
    low = np.low
    if low[0] in PREPOSITIONS and len(low) > 1 and low[1] in DETERMINERS:
        return NOT_A_SOURCE
    if len(low) == 2 and low[0] not in DETERMINERS and low[-1] in UNNAMED_PLURAL_BODIES:
        return VAGUE_SOURCE
    return None


def bare_title(np):
    """No name: a title ("the spokesperson", "the Foreign Ministry", "the company", "Labour says")."""
    det, bwords, blow = np.det, np.bwords, np.blow
    prefix, _ = np.split
    if len(blow) >= 2 and " ".join(blow[-2:]) in LOWERCASE_BODIES and \
            all(is_cap(w) or w.lower() in DETERMINERS for w in bwords[:-2]):
        # "Japan’s coast guard said", "China’s coast guard countered": a body named in lower case (issue 8, seed10)
        if any(is_cap(w) for w in bwords[:-2]):
            return np.mention("body", name=_join(bwords), entity_kind="organization")
        return np.mention("title", role=" ".join(bwords), entity_kind="organization")    # the one named before
    owned = any(w.endswith(("'s", "’s")) and is_cap(w) for w in bwords[:-1])
    if [w for w in _lower_free([t[0] for t in prefix]) if w.lower() not in ORG_NOUNS] and not det and \
            not (owned and _bare(blow[-1]).rstrip(".") in ROLE_NOUNS):
        return NOT_A_SOURCE     # (a body's noun may close it: "Myanmar’s military"; a body's own officer is one:
                                # "says BC Wildfire Service’s operations director", quotes12)
    if len(np.body) > DESCRIPTION_MAX or (len(blow) == 1 and blow[0] in PREPOSITIONS):
        return NOT_A_SOURCE     # ("Under a previously announced merger agreement, ...": a title word that is a
                                # preposition opening the sentence is no one)
    if len(bwords) > 1 and blow[-1] in BODY_OR_ROLE_HEADS and is_cap(bwords[-1]) and is_cap(bwords[-2]) and \
            _bare(blow[-2]) not in TITLE_WORDS:
        return np.mention("body", name=_join(bwords), entity_kind="organization")     # "the Scottish Executive"
    if _bare(blow[-1]).rstrip(".") in ROLE_NOUNS:
        return np.mention("title", role=" ".join(bwords), gender=_gender(bwords), entity_kind="person")
    if all(is_cap(w) for w in bwords) and not det:
        return np.mention("body", name=_join(bwords), entity_kind=None)
    if det and len(blow) > 2 and blow[0] in BODY_HEAD_NOUNS and blow[1] == "of":
        # "The Chief of the UN nuclear watchdog said": its head, a person (un19), not a body "Chief UN"
        return np.mention("title", role=" ".join(bwords), entity_kind="person")
    if _is_org_name([w for w in bwords if is_cap(w)]) or blow[-1] in ORG_NOUNS:
        # (a described body is named by its capitalised words, not by its owner or its seat: "the UK's financial
        # watchdog" is described, not named; "the Paris-based IEA watchdog" is the IEA)
        described = blow[-1] in DESCRIBED_BODY_HEADS
        cap = [w for w in bwords if is_cap(w) and not (described and _owner_or_seat(w))]
        named = bwords[1:] if len(bwords) > 2 and blow[0] in BODY_EPITHETS and is_cap(bwords[1]) else bwords
        name = (_join(cap) if described else _join(named)) if cap else None
        return np.mention("body" if cap else "title", name=name,
                          role=None if cap else " ".join(bwords), entity_kind="organization")
    return NOT_A_SOURCE


def firm_by_its_seat(np):
    """'The Australian firm said', 'the Canada-based company says', 'a US firm has said': a business described by its
    country or seat alone, no body called 'Australian firm'. Which business the text named before is often one that
    did not speak ("Siemens showed off a system ... The German company said": the entities the resolver keeps are
    speakers, and the newest was another body), so the description names no one (bbc-news/business/062, tech/032)."""
    return VAGUE_SOURCE if described_by_seat(np.words) else None


def described_by_seat(words) -> bool:
    """Is the phrase "the/a/an", seat or country words, then a business head ("a Bermuda-based firm", "The UK firm"),
    up to two lower-case words of its trade before the head ("a Los Angeles investment firm", "a New York brokerage
    firm": Reuters-21578)?"""
    if len(words) < 3 or words[0].lower() not in ("the", "a", "an") or words[-1].lower() not in SEATED_BUSINESS_HEADS:
        return False
    seat = words[1:-1]
    while len(seat) > 1 and seat[-1].isalpha() and seat[-1].islower() and len(words) - 2 - len(seat) < 2:
        seat = seat[:-1]
    return all(_owner_or_seat(w) and not w.endswith(("'s", "’s")) for w in seat) or \
        all(w[:1].isupper() for w in seat) and fold(" ".join(seat)).lower() in places()


SEATED_BUSINESS_HEADS = frozenset(_lex.words("seated_business_heads"))
DESCRIBED_BODY_HEADS = _lex.words("described_body_heads")
BODY_HEAD_NOUNS = set(_lex.words("body_head_nouns"))     # "the chief", "the head of WHO" (Resolver._title)
BODY_EPITHETS = _lex.words("body_epithets")


def _owner_or_seat(word: str) -> bool:
    """"UK's", "Paris-based", "US": an owner or a place housing what the phrase names, not its name ("the UK
    elections watchdog" is the Electoral Commission, "the US regulator" the SEC, when the text names them)."""
    return re.search(r"[’']s$|-based$", word) is not None or fold(word).lower() in places() or \
        word.lower() in COUNTRY_SHORT_FORMS


COUNTRY_SHORT_FORMS = _lex.words("country_short_forms")


PORTFOLIO_ENDS = frozenset(_lex.words("lowercase_portfolio_ends"))


PORTFOLIO_MODIFIERS = frozenset(_lex.words("lowercase_portfolio_modifiers"))


def lowercase_portfolio(np):
    """"The minister for housing and urban affairs also said ...": a minister's portfolio in lower case after 'for' /
    'of', a title (PTI copy via latestly.com; asia20); also with its level first, "The federal minister of labour and
    housing" (Northern News Services; set O)."""
    low = np.low
    k = 2 if len(low) > 1 and low[1] in PORTFOLIO_MODIFIERS and np.words[1].islower() else 1
    if len(low) < k + 3 or low[0] != "the" or low[k] not in {"minister", "secretary"} or low[k + 1] not in {"for", "of"} or \
            len(low) > k + 7 or low[-1] not in PORTFOLIO_ENDS or \
            not all(w.isalpha() and w.islower() and w not in DETERMINERS for w in np.words[k + 2:]):
        return None
    return np.mention("title", role=" ".join(np.words[1:]), entity_kind="person")


NP_RULES = [pronoun, unnamed_by_indefinite, municipal_body, numbered_local, government_of_place, province_department, region_abbreviation_body,
            listed_body, lowercase_portfolio, posted_body_to_a_body,
            title_with_prepositional_phrase, clause_or_list, based_in_place, owners_occasion,
            place_after_preposition, spokespersons_office,
            spokesperson_of_body, named_group, back_reference, aged_person,
            share_of_group, findings_of_a_body, named_document, statement_of_owner, statement_by_owner, statement_of_body,
            readout_of_its_issuer, release_of_body, countrys_top_diplomat, named_and_others, people_of_two_words, vague_head, outlets_journalist, news_outlet,
            firm_named_by_demonym, lone_opener,
            honorific_surname, prime_minister_abbreviated, peerage,
            office_of_person, title_with_postmodifier, title_with_participle, member_of_legislature, member_of_a_body,
            person_of_body, side_of_country,
            titled_name_of_country,
            nothing_after_determiner, person_at_a_seat, body_name, head_before_its_phrase, trailing_name, firm_by_its_seat,
            surname_like_title_word, unnamed_described, bare_title]


def parse_np(toks) -> Mention | Vague | None:
    """Parse tokens [(text, start, end)] of a whole noun phrase: a Mention, VAGUE_SOURCE for a vague source, None
    when the tokens are not a source mention at all. The rules of NP_RULES decide in order. Frames ask about the
    same phrase several times (the whole chunk, then its parts): each is parsed once, and every caller gets its
    own Mention (callers amend theirs)."""
    toks = tuple(toks)
    parsed = _parse_np_with_tenure(toks)
    if (parsed is None or parsed is VAGUE_SOURCE or getattr(parsed, "kind", None) == "body" and parsed.name and
            not any(w[:1].isupper() for w in parsed.name.split()[1:])) and described_business(toks):
        # "The Montreal-based telecommunications giant said", "The Toronto-based luxury apparel maker said": a
        # business described, no name; the company the paragraph names (resolve), else no one (set M, CP copy)
        first, last = toks[0], toks[-1]
        return Mention(text=" ".join(w for w, _, _ in toks), start=first[1], end=last[2], kind="title", name=None,
                       role=last[0].lower(), organization=None, entity_kind="organization", gender=None, plural=False)
    return parsed


DESCRIBED_BUSINESS_HEADS = frozenset(_lex.words("described_business_heads"))
_DESCRIBING_NOUNS = DESCRIBED_BUSINESS_HEADS | ORG_NOUNS     # "the law firm X", "the advocacy group X" (made once)


def described_business(toks) -> bool:
    """"The Montreal-based telecommunications giant", "The Waterloo, Ont.-based technology company": "the", then a
    seat ("X-based") or lower-case words, then a business head; no capitalised word but the seat's."""
    ws = [w for w, _, _ in toks]
    if len(ws) < 3 or ws[0] not in ("The", "the") and not ws[0].lower().endswith("-based") or \
            ws[-1].lower() not in DESCRIBED_BUSINESS_HEADS:
        return False     # (the seat opening a part: "Ont.-based technology company" of "The Waterloo, Ont.-based ...")
    seat = next((i for i, w in enumerate(ws) if w.lower().endswith("-based")), None)
    rest = ws[seat + 1:-1] if seat is not None else ws[1:-1]
    return (seat is not None or len(rest) >= 1) and all(w.islower() or w in (",", "and") for w in rest) and \
        all(w.replace(",", "") for w in ws)


def _parse_np_with_tenure(toks) -> Mention | Vague | None:
    if len(toks) > 4 and toks[-1][0].lower() in _TENURE_UNITS and toks[-3][0].lower() == "of" and \
            (toks[-2][0].isdigit() or toks[-2][0].lower() in _TENURE_COUNTS) and toks[-4][0].lower() in TITLE_WORDS:
        toks = toks[:-3]     # "The St. John's mayor of eight years": the title, its tenure no part of it (quotes14)
    return _parse_np_once(toks)


_TENURE_UNITS = {"years", "months", "decades"}
_TENURE_COUNTS = {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
                  "fifteen", "twenty", "many", "several"}


def _copy(m: Mention) -> Mention:
    """A field-for-field copy of a Mention (what dataclasses.replace gives, a few times faster: parse_np's hot path)."""
    new = object.__new__(Mention)
    new.__dict__.update(m.__dict__)
    return new


def _parse_np_once(toks: tuple) -> Mention | Vague | None:
    """The parse of toks as a fresh Mention (or the marker). The phrase's words come back at other places ("Mr
    Blair" in every paragraph): the cache holds each parse by its words and their offsets from the first word, and
    the Mention is moved to where the words stand (no rule reads an offset but to copy it into the Mention)."""
    base = toks[0][1] if toks else 0
    if base:
        toks = tuple([(w, s - base, e - base) for w, s, e in toks])
    found = _parse_at_zero(toks)
    if not isinstance(found, Mention):
        return found
    found = _copy(found)
    found.start += base
    found.end += base
    return found


def sentence_adverb(word: str) -> bool:
    """'Interestingly Blocher, a wealthy industrialist, became ...' (PolNeAR): an adverb of the sentence openers that
    name no one (not_subjects) with no comma after it, no name's first word (not 'Romilly' of "Romilly Humphries",
    Reuters: a list, not a guess by the ending)."""
    low = word.lower()
    return low.endswith("ly") and low in NOT_SUBJECTS


@lru_cache(maxsize=4096)
def _parse_at_zero(toks: tuple) -> Mention | Vague | None:
    toks = _without_dateline([t for t in toks if t[0] not in {"“", "”", '"'}])
    toks = _without_leading_according(_without_leading_time(toks))
    while len(toks) > 1 and toks[0][0].lower() in NOT_SUBJECTS and \
            f"{toks[0][0]} {toks[1][0]}".lower() not in HONORIFIC_TITLES and \
            f"{toks[0][0]} {toks[1][0]}".lower() not in PEOPLES and \
            not (toks[0][0].lower() == "one" and toks[-1][0].lower() in UNNAMED_SPEAKER_HEADS) and \
            not (len(toks) == 2 and toks[0][0].lower() == "both" and toks[1][0].lower() in GROUP_HEADS):
        toks = toks[1:]     # "As Paul Flynn put it", "Even Mr Prescott admitted"; not "First Lady Melania Trump"
        #                     nor "First Nations argue" (a people, kept whole to be told from a body; set AU)
    toks = _without_post_nominals(_without_day(_without_ticker(toks)))
    again = next((i for i in range(len(toks) - 1, 0, -1) if toks[i][0] == "The" and is_cap(toks[i - 1][0])), None)
    if again is not None:
        toks = toks[again:]     # "...: White House The White House says": a headline's end run into the sentence
        #                          after it (a roundup of local papers, data/); the phrase from "The" on speaks
    if not toks:
        return None
    described = _described_body(toks) or _body_headquarters(toks) or _name_then_body_head(toks) or \
        _name_then_kind_of_body(toks)
    if described is not None:
        return described
    np = NP(toks)
    for rule in NP_RULES:
        out = rule(np)
        if out is NOT_A_SOURCE:
            return None
        if out is not None:
            return out
    return None


_DESCRIBED_BODY_HEADS = {"group", "organisation", "organization", "charity", "alliance", "watchdog", "think-tank",
                         "lobby", "campaigners"}


def _name_then_body_head(toks) -> Mention | None:
    """"The Votes at 16 alliance said", "the Stop the War coalition": a name, then the kind of body in lower case."""
    if len(toks) < 3 or toks[0][0].lower() != "the" or toks[-1][0] not in {"alliance", "coalition", "campaign"} or \
            not is_cap(toks[1][0]) or \
            not all(is_cap(t[0]) or t[0].isdigit() or t[0] in {"at", "of", "the", "and", "for", "to"} for t in toks[1:-1]):
        return None
    name = " ".join(t[0] for t in toks[1:])
    return Mention(name, toks[1][1], toks[-1][2], "body", name=name, entity_kind="organization")


NAMED_BODY_KINDS = frozenset(_lex.words("named_body_kinds"))


def _name_then_kind_of_body(toks) -> Mention | None:
    """"The IFPI industry body said", "The Usdaw trade union said", "The Reporters Without Borders group said": the
    name, before at most two lower-case words and the kind of body (bbc-news; not a place's name or a possessive: "the
    UK's public spending watchdog" is described, analyse._body_described)."""
    if len(toks) < 3 or toks[0][0].lower() != "the" or toks[-1][0] not in NAMED_BODY_KINDS or not is_cap(toks[1][0]):
        return None
    k = 1
    while k < len(toks) - 1 and (is_cap(toks[k][0]) or toks[k][0] in {"of", "the", "for", "and", "&"} and
                                 k + 1 < len(toks) - 1 and is_cap(toks[k + 1][0])):
        k += 1
    name = " ".join(t[0] for t in toks[1:k])
    if len(toks) - 1 - k > 2 or not all(re.fullmatch(r"[a-z][a-z-]*", t[0]) for t in toks[k:-1]) or \
            is_place(name) or fold(name).lower() in country_short_forms() or \
            name.endswith(("'s", "’s")):
        return None
    if k == 2 and len(toks) == 3 and not name.isupper():
        return None     # "the Hunt group", "the Falic group": a family's group keeps its kind in the name
    return Mention(name, toks[1][1], toks[k - 1][2], "body", name=name, entity_kind="organization")


def _body_headquarters(toks) -> Mention | None:
    """"Tory headquarters says he cannot stand as a Conservative candidate": a body's headquarters speak as the body
    (the party), named by its capitalised words before it."""
    if not 2 <= len(toks) <= 4 or toks[-1][0].lower() not in {"headquarters", "hq"} or \
            not all(is_cap(t[0]) for t in toks[:-1]) or toks[0][0].lower() in DETERMINERS:
        return None
    name = " ".join(t[0] for t in toks[:-1])
    return Mention(name, toks[0][1], toks[-2][2], "body", name=name, entity_kind="organization")


def _described_body(toks) -> Mention | None:
    """What kind of body it is, set before its name: "Environmental group Transport 2000 said", "immigrants' group the
    Joint Council for the Welfare of Immigrants (JCWI) says", "Pressure group Friends of the Earth said": the body so
    named (whatever its name alone would look like: "Trinity Mirror", "Liberty")."""
    k = next((k for k in range(1, min(4, len(toks) - 1)) if toks[k][0] in _DESCRIBED_BODY_HEADS), None)
    if k is None or not all(re.fullmatch(r"[A-Za-z][a-z-]*(?:['’]s?)?", t[0]) for t in toks[:k]) or \
            toks[0][0].lower() in {"a", "an", "one", "another", "some", "his", "her", "their", "its"}:
        return None
    rest = toks[k + 1:]
    if rest and rest[0][0] == "the" and len(rest) > 1:
        rest = rest[1:]
    # a name: capitalised words, their small linking words and numbers ("Transport 2000"), nothing after it
    if not rest or not is_cap(rest[0][0]) or not is_cap(rest[-1][0]) and not rest[-1][0].isdigit() or \
            not all(is_cap(t[0]) or t[0].isdigit() or t[0] in {"of", "for", "the", "and", "&", "on"} for t in rest):
        return None
    name = " ".join(t[0] for t in rest)
    return Mention(name, rest[0][1], rest[-1][2], "body", name=name, entity_kind="organization")


def _without_leading_according(toks):
    """An "according to" adjunct opening the clause with no comma: "According to Mr Peston the prime minister said",
    "According to the paper Mr Smith said": the subject after it (the next article, else the next honorific)."""
    if len(toks) < 4 or toks[0][0].lower() != "according" or toks[1][0].lower() != "to":
        return toks
    for k in range(3, len(toks) - 1):
        if toks[k][0].lower() in {"the", "a", "an"}:
            return toks[k:]
    for k in range(3, len(toks) - 1):
        if _bare(toks[k][0].lower()).rstrip(".") in HONORIFICS:
            return toks[k:]
    return toks


_TIME_WORDS = MONTHS | WEEKDAYS | {
    "the", "last", "this", "next", "early", "late", "mid", "week", "month", "year", "morning", "afternoon",
    "evening", "night", "weekend", "summer", "winter", "spring", "autumn"}


def _without_leading_time(toks):
    """A time adjunct opening the clause with no comma: "In November the British Medical Association said", "On
    Tuesday Mr Brown said"."""
    if len(toks) < 3 or toks[0][0].lower() not in {"in", "on", "by", "during", "since", "until", "last", "this",
                                                      "early", "late", "earlier"}:
        return toks
    k = 1
    while k < len(toks) - 1 and (toks[k][0].lower() in _TIME_WORDS - {"the"} or toks[k][0].isdigit() or
                                 (toks[k][0].lower() == "the" and toks[k + 1][0].lower() in _TIME_WORDS)):
        k += 1
    if k == 1 and toks[0][0].lower() not in {"last", "this", "earlier"}:
        return toks
    if k == 1 or not any(toks[i][0].lower() in _TIME_WORDS - {"the"} or toks[i][0].isdigit() for i in range(1, k)):
        return toks
    return toks[k:] if is_cap(toks[k][0]) or toks[k][0].lower() in DETERMINERS | set(PRONOUNS) else toks


def _given_name_then_weekday(toks) -> bool:
    """'said Julie Sunday, assistant deputy minister of consular ... management': a given name alone before the day
    is a person's first name, the day her surname (ctvnews.ca; quotes23); "Tony Blair Monday" keeps its day out."""
    return len(toks) == 2 and is_given_name(toks[0][0])


def _without_day(toks):
    """'On Monday Tony Blair insisted ...': the day opening the sentence is no part of the name; nor one closing it
    ("according to a statement from the IIU Monday"), nor an adverb of time ("The Independent Investigation Unit (IIU)
    first advised ...")."""
    k = 1 if toks and toks[0][0].lower() in {"on", "last", "this", "by"} else 0
    if len(toks) > k + 1 and toks[k][0].lower() in WEEKDAYS and is_cap(toks[k + 1][0]):
        toks = toks[k + 1:]
    if len(toks) > 2 and month_word(toks[0][0]) and toks[1][0].isdigit() and len(toks[1][0]) <= 2 and is_cap(toks[2][0]):
        toks = toks[2:]     # "Mumbai, Apr 22 (PTI) Union Minister Hardeep Singh Puri on Friday said": the dateline's day
        #                     (PTI copy via latestly.com; asia20)
    if len(toks) > 2 and toks[-1][0].lower() in PARTS_OF_DAY and toks[-2][0].lower() in WEEKDAYS and is_cap(toks[-3][0]):
        toks = toks[:-1]    # '," said Ottawa parent Rob Lloyd Thursday morning.': the day's part goes with the day
        #                     (CBC News via Yahoo; set AR)
    while len(toks) > 1 and (toks[-1][0] in TRAILING_ADVERBS or toks[-1][0].lower() in WEEKDAYS and is_cap(toks[-2][0])
                             and not _given_name_then_weekday(toks)):
        toks = toks[:-1]
        if len(toks) > 1 and toks[-1][0].lower() == "on":
            toks = toks[:-1]
    return toks


def month_word(word: str) -> bool:
    """A month's name or its abbreviation ("Apr", "Sept.")."""
    w = word.lower().rstrip(".")
    return w in MONTHS or w in MONTH_ABBREVIATIONS


MONTH_ABBREVIATIONS = frozenset(m[:3].lower() for m in _lex.words("months")) | {"sept"}


TRAILING_ADVERBS = {"first", "initially", "originally", "previously", "subsequently", "later", "earlier"}


def _without_post_nominals(toks):
    """'Tom McCabe MSP', 'Frank Field MP': letters after a person's name are no part of the phrase, and not a title
    ('MSP' alone is one: "the Labour MSP" keeps it)."""
    while len(toks) >= 3 and toks[-1][0] in POST_NOMINALS and \
            any(is_personal_name([t[0] for t in toks[-1 - n:-1]]) or _particle_name([t[0] for t in toks[-1 - n:-1]])
                for n in (2, 3)):
        toks = toks[:-1]
    return toks


def _particle_name(ws) -> bool:
    """'Rhun ap Iorwerth', 'Andrew RT Davies' (before "MS"; Morning Star, bbc23): a given name, a name particle or
    initials, a surname."""
    return len(ws) == 3 and is_cap(ws[0]) and not ws[0].isupper() and is_cap(ws[2]) and not ws[2].isupper() and \
        (ws[1] in NAME_PARTICLES or re.fullmatch(r"[A-Z]{1,2}\.?", ws[1]) is not None)


# A Reuters instrument code after a company's name: "Hillsdown Holdings Plc HLDN.L", "KLM Royal Dutch Airlines KLM.AS".
TICKER = re.compile(r"^[A-Z][A-Z0-9]{1,5}\.[A-Z]{1,2}$")


# A wire's stock code in angle brackets after a company's legal ending, the brackets gone with the markup
# ("Alliant Computer Systems Corp <ALNT> said", "Visual Graphics Corp <VGCA> <VGCB>"): up to two codes end the phrase.
# The ending is capitalised: "The biggest phone company BT says" names BT, and "freight company CSX" CSX.
BARE_CODE = re.compile(r"^[A-Z]{2,6}$")
TICKER_AFTER = frozenset(_lex.words("company_suffixes")) - {"bank", "group", "holdings"}


def _without_ticker(toks):
    """The company's stock code is no part of its name ("Norcros NCRO.L Plc" is Norcros Plc, "Geonex Corp GEOX"
    is Geonex Corp)."""
    codes = 0
    while codes < 2 and len(toks) > codes + 2 and BARE_CODE.match(toks[-1 - codes][0]) and \
            fold(toks[-1 - codes][0]) not in NAME_HEADS:
        codes += 1
    if codes and toks[-1 - codes][0][:1].isupper() and fold(toks[-1 - codes][0]).rstrip(".") in TICKER_AFTER:
        return toks[:-codes]
    if len(toks) < 2 or not any("." in t[0] and TICKER.match(t[0]) for t in toks):
        return toks
    code = {k for k, t in enumerate(toks) if TICKER.match(t[0])}
    code |= {k for k, t in enumerate(toks) if t[0] in "[]<>()" and (k - 1 in code or k + 1 in code)}   # "[BTOM.MI]"
    kept = [t for k, t in enumerate(toks) if k not in code]
    return kept if any(is_cap(t[0]) for t in kept) else toks


DATELINE_GLUED = re.compile(r"^([A-Z]{2,}[-–—])([A-Z][a-z][\w'’.-]*)$")


def _without_dateline(toks):
    """Capitals of a dateline or a heading glued before the phrase: "UNITED NATIONS-United Nations Secretary-General
    Antonio Guterres", "IN BRIEF The Commission"."""
    caps = 0
    while caps < min(len(toks) - 1, 4) and toks[caps][0].isupper() and len(toks[caps][0]) > 1 and \
            toks[caps][0].isalpha():
        caps += 1
    glued = DATELINE_GLUED.match(toks[caps][0]) if toks and caps < len(toks) else None
    if glued:
        word, start, end = toks[caps]
        return [(glued.group(2), start + len(glued.group(1)), end)] + toks[caps + 1:]
    if caps and caps < len(toks) and toks[caps][0] in {"The", "A", "An"}:
        return toks[caps:]
    return toks


def _join(words) -> str:
    return re.sub(r"\s+([.,])", r"\1", " ".join(words)).strip(" ,")


def split_conjoined(toks):
    """'Dixie Yarns Inc and TI-CARO Inc' -> two token lists; one list when there is no 'and'."""
    for k, t in enumerate(toks):
        if t[0] == "and" and 0 < k < len(toks) - 1:
            return [toks[:k], toks[k + 1:]]
    return [toks]
