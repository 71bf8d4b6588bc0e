"""Resolve stage: source mentions -> speaker entities, per document.

Entities are kept per document in order of mention: full names introduced anywhere in the text (with their
titles), then bodies. A later surname, given name, title, pronoun or "the company" resolves to the newest
compatible entity before it; a known-speakers registry (data/speakers.yml) supplies canonical names,
aliases, roles and terms, so "the prime minister" or "Thu Hang" resolve by the statement's date.
"""
from collections import Counter
import re
from dataclasses import dataclass, field, replace
from types import SimpleNamespace
from functools import cached_property, lru_cache, partial
from pathlib import Path

import yaml

from .firstchars import led
from .extract.lexicon import (CUE_FORMS, HONORIFICS, NAME_PARTICLES, NAME_SUFFIXES, ONE_SPOKESPERSON, ORG_NOUNS, ORG_WORDS, TITLE_WORDS,
                              title_gender)
from .extract.mentions import (OUTLET_WORDS, BODY_HEAD_NOUNS, DESCRIBED_BUSINESS_HEADS, DESCRIBED_PERSON_HEADS, MUNICIPAL_HEADS, described_business, sentence_adverb, CONNECTORS, DETERMINERS, INDONESIAN_HONORIFICS, PEERAGES, MALAY_HONORIFICS, NAME_HEADS, VAGUE_SOURCE, after_compound_modifier, back_reference_noun, parse_np, role_of, surname_an,
                               tokens)
from .extract.quotes import CLOSE_MARKS
from .extract.sentences import ABBREVIATIONS, is_abbreviation
from .gazetteer import country_markers, first_names, given_names, places, surnames
from .lexicon import mapping, words
from .models import GO_ON as _GO_ON, Mention, Speaker, decide
from .normalize import fold, fold_words, slugify
from .speaker_names import (PORTFOLIO_COMMAS_BEFORE, country_short_forms, drop_tag_before_name, is_given_name, is_personal_name, is_place,
                            looks_like_person, name_after_portfolio, repair, surname_to, why_not_a_speaker, without_initials)

SPOKES = set(words("spokes_words"))
ASKER_WORDS = set(words("label_askers"))     # "presenter", "host": who asks in an interview
LEADING_CONNECTIVES = frozenset(words("leading_connectives"))     # "And", "But" opening a sentence
LOWERCASE_PORTFOLIOS = words("lowercase_ministry_portfolios")
BODY_HEAD_OFFICES = {fold(w) for w in words("body_head_offices")}    # "director general", "secretary general", ...
POSTPOSITIVE_TITLE_WORDS = words("postpositive_title_words")     # "general" of "secretary general"
HEADS_BEFORE_A_RANK = frozenset(words("heads_before_a_rank"))     # "prime minister general" (the rank)
TITLES_IN_FULL = {fold(k): fold(v) for k, v in mapping("abbreviated_titles").items()}     # "mp", "pm" (analyse too)
BODY_OR_ROLE_HEADS = set(words("body_or_role_heads"))     # "the chief executive", "the Scottish Executive"
NAMESAKE_PHRASE = re.compile(r"\b(?:%s)\s+(?:[A-Z][\w.’'-]*\s+){0,3}$" % "|".join(words("namesake_phrase_prepositions")))
# The capitalised body before a spokesperson's title and name: "Ministry of External Affairs spokesperson ".
# The head word a body's name may end with where its acronym begins with it ("External Affairs Ministry": MEA).
BODY_HEADS_LAST = frozenset({"ministry", "department", "office", "agency", "commission", "council", "bureau"})
# (its words within one paragraph: a subhead line above is no part of the body's name, "Pakistan-U.S. ties and F16s ¶
# Foreign Office spokesperson Shafqat Ali Khan"; Samaa TV, set AJ 004)
_IN_PARAGRAPH = r"(?:[ \t]+\n?[ \t]*|\n[ \t]*)"
SPOKES_OF_BODY_BEFORE = re.compile(r"((?:[A-Z][\w'’-]*%s(?:(?:of|for|and|the|on)%s)*){2,8})(?i:%s)\s+$"
                                   % (_IN_PARAGRAPH, _IN_PARAGRAPH, "|".join(sorted(SPOKES))))
# "A statement from the spokesperson of ...", "a briefing by the spokesman of ...": the indefinite article is the
# document's or the occasion's, the spokesperson is definite (resolve._named_spokesperson).
SPOKES_OWN_THE = re.compile(r"(?:a|an)\s+[a-z]+\s+(?:from|by|of)\s+the\s+(?i:%s)\b" % "|".join(sorted(SPOKES)), re.I)
# The names of one foreign ministry (lexicon foreign_ministry_names), folded, each group with its acronyms.
FOREIGN_MINISTRY_NAMES = [frozenset(fold(n) for n in group) for group in mapping("foreign_ministry_names").values()]
ANY_VOICE = "any"     # a body spoke through a spokesperson of unstated gender
# "The Bundesbank declined to comment, but", "The ministry did not respond, while": a body's clause before its
# unnamed spokesperson in the same sentence.
DECLINING_CLAUSE = re.compile(r"(?P<np>(?:The\s+)?[A-Z][\w&'’.-]*(?:\s+(?:of\s+|for\s+|the\s+)?[A-Z][\w&'’.-]*){0,5})\s+"
                              r"[a-z][^,;:]{2,80},\s+(?:but|and|while|though|although)\s+")
BODY_OPENING_CLAUSE = re.compile(r"\s*(?:(?:But|And|However|Meanwhile),?\s+)?(?P<np>(?:[Tt]he\s+)?[A-Z][\w&'’.-]*"
                                 r"(?:\s+(?:of\s+|for\s+|and\s+|the\s+)?[A-Z][\w&'’.-]*){0,6})\s+"
                                 r"(?:has|have|had|would|will|could|did|does|is|was|[a-z]+ed|said|says)\b")
COUNTRY_INSTITUTIONS = {fold(country): [fold(w) for w in ws] for country, ws in mapping("country_institutions").items()}
# each government with one pattern of its country's institutions
GOVERNMENT_MARKERS = [(name, re.compile(r"\b(?:%s)\b" % "|".join(map(re.escape, COUNTRY_INSTITUTIONS[fold(country)]))))
                      for name, country in mapping("government_markers").items()]
# A title owned by a body or country of the text ("its foreign minister", "their spokesman"): that body's holder, never
# the registry's holder of the same title in another country.
OWNED_ROLE = re.compile(r"(?:its|their)\s", re.I)
SPECIFIC_BODY_NOUNS = {"mission", "embassy", "consulate", "delegation", "ministry", "commission", "committee", "council"}
# A government department's name, which a bare "the department" refers back to (lexicon department_name_heads): "the
# Foreign Office", "Department for Education", "Ministry of Defence", "the Treasury" (_body_title_department).
OPENERS_NAMING_NO_ONE = words("not_subjects") | words("weekdays")
_DEPT_HEADS = "|".join(w.capitalize() for w in words("department_name_heads"))
_DEPT_SINGLE = "|".join(w.capitalize() for w in words("department_single_names"))
LOWER_DEPARTMENT = re.compile(r"\b(?!(?:the|a|an|this|that|its|his|her|their|our|same)\s)[a-z]+\s+department\b")
DEPARTMENT_NAME = re.compile(r"\b(?:(?:%s)\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w’'-]*(?:,?\s+(?:and\s+)?[A-Z][\w’'-]*)*|"
                             r"(?:[A-Z][\w’'-]*,?\s+(?:and\s+)?){1,4}(?:%s)\b(?!\s+(?:for|of)\b)|(?:%s)\b)"
                             % (_DEPT_HEADS, _DEPT_HEADS, _DEPT_SINGLE))
NOT_NAMES = set(words("not_names")) | words("months") | words("weekdays")
SHORT_MONTHS = words("name_stop_months")
HEADLINE_EVENT_VERBS = words("headline_event_verbs")
WEEKDAYS = frozenset(words("weekdays"))
# Owners whose possessive before a name is an interviewer's or a body's, no member's (Resolver._owner_of_member).
OUTLET_AND_BODY_NAMES = {fold(w) for w in words("news_outlets")} | {fold(w) for w in words("org_names")}
# The word before a person one speaks to or with ("told CNN's Jake Tapper", "an interview with NPR's Steve Inskeep").
INTERVIEW_CONTEXT = frozenset(words("interview_context_words"))
# The given name after a family name put first, as Korean names are romanised ("Jong-un", "Kyung-hwa", "Suk Yeol"):
# "Yoon" said before "Yoon Suk Yeol" is named (not "Sony" before "Sony Computer Entertainment America"; krjp18).
FAMILY_FIRST_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+|[A-Z][a-z]{1,3} [A-Z][a-z]{1,3}")
# A name never crosses a line break ("3:57 P.M. EDT" above "MS. PSAKI:" is not "EDT MS. PSAKI").
# A nickname in quotation marks may sit inside it ('Ferdinand "Bongbong" Marcos Jr.').
# A first name alone opening a sentence, then its apposition: "Robyn, a newly graduated architect, had ...", "Carolyn,
# studying urban planning, has ..."
# (or a dash before the aside: "Tommy — who only goes by his first name online — retired nearly 10 years ago ... he wrote
# in a blog post"; Zyte, the lead's round 31)
FIRST_NAME_ONLY = re.compile(r"[A-Z][a-z]+(?:,|\s+[—–-])\s+(?:a|an|who|[a-z]+ing)\s")
NAME_RUN = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'.-]*|(?:%s)(?:-[A-Z][\w’'.-]*)?\b)(?:[ \t]+(?:[A-Z][\w’'.-]*|(?:%s)(?:-[A-Z][\w’'.-]*)?\b|[\"“][A-Z][\w’'-]*[\"”](?=[ \t]+[A-Z])|['‘][A-Z][\w-]*['’](?=[ \t]+[A-Z])))+)"
                      % ("|".join(NAME_PARTICLES), "|".join(NAME_PARTICLES)))

NICKNAME_CLOSE = re.compile(r"[A-Z][\w-]*['’]\s+(?=[A-Z])")
GIVEN_BEFORE_NICKNAME = re.compile(r"\b([A-Z][a-z]+)\s+['‘]$")
NICKNAMED = led(r"\b([A-Z][a-z]+)\s+['‘\"“]([A-Z][\w-]+)['’\"”]\s+([A-Z][a-z]+)\b")
QUOTED_NICKNAME = re.compile(r"[\"“'‘][A-Z][\w’'-]*?[\"”'’]")
ACRONYM_END = re.compile(r"\(([A-Z]{2,8})\)")
def _given_name_and_month_surname(name: list) -> bool:
    """Is a run of two words a given name and a surname spelt as a month ("Theresa May", "Brian May"): a person's
    name, not a day's (The Independent, City A.M.; set AS: "her spokesman" after "Theresa May is thought to be ..." is
    then hers, Downing Street)? (Not a weekday's or a place's: "Tuesday May", "Sydney May".)"""
    return len(name) == 2 and name[1] == "May" and bool(is_given_name(name[0])) and \
        name[0].lower() not in NOT_NAMES and not is_place(name[0])


def _place_run_without_given_name(name: str) -> bool:
    """'Through Peru' ("Through Peru’s active participation ..."), 'Peruvian Amazon', 'U.S.-India Roadmap': a run with a
    country or a demonym among its words and no given name is no person's name, and the country after it is no surname
    ("The United States and Peru maintain ...", "India also expressed ..." went to them; White House pages of data/)."""
    words = [w for part in name.split() for w in fold(part).split()]
    return not any(is_given_name(w.capitalize(), any_gender=True) for w in words) and \
        any(places().get(w) in ("country", "demonym") for w in words)


TITLE_ACRONYM = re.compile(r"[A-Z]{2,8}")     # "APNSA", "NSA": a title's letters before a surname


def _titled_by_letters(body: str, words: list[str]) -> bool:
    """Are words a title's letters and a surname: letters the text sets in brackets before a person's name ending in
    that surname ("U.S. National Security Advisor (APNSA) Jake Sullivan ... APNSA Sullivan and NSA Doval underscored
    ..."; a White House fact sheet of data/, 6 January 2025)? Not the letters of an office the lexicon knows alone:
    "CS Wamalwa, thanked ..." opens its sentence with the person (test_audit_dates19). Letters the text sets in
    brackets as another's title still title the person whose name ends in the surname and whom the text titles by
    letters in brackets: the fact sheet's later "NSA Sullivan announced ..." ("(NSA)" being Ajit Doval's) is Jake
    Sullivan's, the letters a title, not part of a name "NSA Sullivan"."""
    if len(words) != 2 or not TITLE_ACRONYM.fullmatch(words[0]) or not words[1][:1].isupper():
        return False
    return f"({words[0]})" in body and re.search(r"\([A-Z]{2,8}\)\s+(?:[A-Z][\w’'.-]*\s+){1,3}%s\b"
                                                  % re.escape(words[1]), body) is not None
# The last one to three words before a name, read backwards: anchored at the text's end, no search from every
# position ("Ofsted chief David Bell" -> Ofsted chief).
_WORDS_BEFORE_REVERSED = re.compile(r"\s*,?\s+([\w’'-]+(?:\s+[\w’'-]+){0,2})")
# Patterns the per-name and per-mention code below uses, compiled once (not looked up in re's cache per call).
_POSSESSIVE_COMMA_END = re.compile(r"(?:['’]s)?,?$")
_SENTENCE_MARK = re.compile(r"[.!?:]")
_DEPUTY = re.compile(r"deputy|vice|vice-\S+")     # (folded words of a role)
_FORMER = re.compile(r"(?i:former|ex-[\w’'-]+)")     # "former", "ex-Conservative": an office once held
_LEADING_ARTICLE = re.compile(r"^(?:the|The|a|A|an|An)\s+")
# How far back the name of a body no sentence opened may be printed for a bare "it" to be it: "Some members of Congress
# have suggested ..." is no "it" 2,500 characters on ('In a statement released November 5, ..., it said it submitted a
# proposal': Boeing's, whom no list names; spacepolicyonline via Zyte).
IT_BODY_REACH = 1500
_IT_SAID = re.compile(r"It\s+(?:also\s+)?(?:said|says)\b")     # a document going on: "It said ...", "It also said ..."
_WORD_STOPPED = re.compile(r"[a-z]{2}\.$")     # a word with its full stop, not an initial ("Cleverly.", not "J.")
_FOR_OR_OF = re.compile(r"\s(?:for|of)\s")


NATIONALITY_NOUNS = frozenset(words("nationality_nouns"))


def _nationality(word: str) -> bool:
    """A demonym ("australian", "americans") or a nationality noun ("dane", "frenchman")."""
    return places().get(word) == "demonym" or word in NATIONALITY_NOUNS


def _modifiers_printed(role: str, noun: str, raw: str) -> bool:
    """Are the capitalised words of a title before its noun ("Conservative" of "the Conservative leader") printed
    right before the noun a name follows (raw: the text before the name)? "... the Conservative leader warned ..." is
    not the one the text names further on as "... the People's Party of Canada ... and keep leader Maxime Bernier out
    of the debates" (Globe and Mail; set F), whose "leader" no "Conservative" comes before."""
    words = re.split(r"\s(?:for|of)\s", role)[0].split()[:-1]
    named = fold(" ".join(w for w in words if w[:1].isupper())).split()     # ("Sanders's": "sanders s")
    if not named:
        return True
    cut = raw.lower().rfind(noun)
    return cut >= 0 and all(w in fold(raw[:cut]).split()[-(len(named) + 3):] for w in named)


def _lower_role(words: list[str]) -> bool:
    """'spokesman', 'chief executive', 'director of rugby': lower-case words of a role before a name (the words
    after 'of' / 'for' name its field, any words)."""
    if all(_title_key(w) in TITLE_WORDS for w in words) and _title_key(words[-1]) in NAME_HEADS:
        return True
    cut = next((i for i, w in enumerate(words) if w in ("of", "for")), len(words))
    head, field = words[:cut], words[cut + 1:]
    return bool(head) and len(field) <= 2 and all(_title_key(w) in TITLE_WORDS for w in head) and \
        _title_key(head[-1]) in NAME_HEADS and (cut == len(words) or bool(field))


# A capitalised title before "to the" / "of the" / "for the" and a run of capitalised words: the title whose office the
# run names ("National Security Advisor to the" + "Vice President Phil Gordon").
OUTER_TITLE = re.compile(r"(?<![\w’'-])((?:[A-Z][\w’'-]*\s+){1,4})(?:to|of|for)\s+the\s+$")


def _words_before(text: str) -> list[str]:
    """The one to three words ending text (then white space and at most a comma), in order; [] when none."""
    m = _WORDS_BEFORE_REVERSED.match(text[::-1])
    return m.group(1)[::-1].split() if m else []


# A capitalised name opening a sentence (after an optional connective): the sentence's likely subject.
SENTENCE_SUBJECT = re.compile(r"(?=[A-Z])(?:^|(?<=[.!?]\s)(?<!\bMr\.\s)(?<!\bMs\.\s)(?<!\bDr\.\s)(?<!\bMrs\.\s)(?<!\bSt\.\s)"
                              # (a list item's dash or bullet before it: "- Head coach Mike Babcock wasn’t happy ...")
                              r"|(?<=[.!?][\"”’]\s)|(?<=\n)|(?<=\n[-•–]\s))(?:(?:(?:But|And|However|Meanwhile|Later|Earlier|Now|Then),?|(?:"
                              # ... or another connective or sentence adverb, with its comma ("Ultimately, Mr. Clarke
                              # hopes ...", PolNeAR; not the "First" of "First Lady Melania Trump")
                              + "|".join(sorted((w.capitalize() for w in LEADING_CONNECTIVES), key=len, reverse=True)) +
                              # ... with a time after it: "Then, last week, Taylor Swift posted ..."
                              r"),)\s+(?:(?:(?:last|this|earlier|later)|(?:earlier|later)\s+(?:in\s+the|that))\s+"
                              r"(?:day|week|month|year|morning|afternoon|evening|night),\s+)?|"
                              r"(?:In|At|During|After)\s+[^,.;:\"“”\n]{1,40},\s+|"
                              # a time opening the sentence: "This morning, the Secretary-General spoke at ...", "But
                              # earlier in the day, Paul St-Pierre Plamondon had summed up the situation to reporters."
                              # (The Globe and Mail, set AL)
                              r"(?:(?:Earlier|Later)\s+(?:in\s+the|that)\s+(?:day|week|morning|afternoon|evening)|"
                              r"(?:This|Yesterday|Earlier|Later|Last)\s+(?:morning|afternoon|evening|night|week|today)|"
                              r"Today|Yesterday|Tonight|On\s+(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+|[A-Z][a-z]+day)),\s+|"
                              # an adverbial phrase or clause before the subject: "Following a performance of their
                              # jam “Black Water,” Simmons teed up ...", "Asked about X, Y said", "Much like
                              # Grassick, Oleksyn is waiting ..."
                              # ... or a phrase of place or time with no comma before an honorific and a name: "On
                              # that day's Today programme Mr Johnson was asked why ... He replied: ..."
                              # (bbc-news/politics/315)
                              # (no clause in the phrase: "In a year in which Mr. Sanders has demonized Wall Street
                              # ..., Mrs. Clinton has run on ...", PolNeAR)
                              r"(?:On|In|At|During)\s+(?:(?!\b(?:which|who|whom|whose|where|when|while)\b)"
                              r"[^,.;:\"“”\n]){1,60}?\s(?=(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+[A-Z])|"
                              r"(?:Following|Before|Since|Despite|Amid|After|While|When|As|Asked|Speaking|Responding|"
                              # ("Appearing on BBC One this morning, Hunt squashed ...": spectator.co.uk, bbc20)
                              r"Addressing|Appearing|Writing|(?:Much\s+|Just\s+)?(?:Like|like)|Unlike|"
                              # a fronted past participle of the subject's life: "Born in 1912 and educated at
                              # Portsmouth Northern Secondary School, Lord Callaghan became a clerk" (an obituary,
                              # bbc-news/politics/400)
                              r"Born|Elected|Educated|Appointed|Raised|"
                              # ... or of the subject sought out or put a question: "Reached by POLITICO, Hammond, the
                              # Indiana national committeeman, hesitated ... He agreed that ..." (PolNeAR), "Pressed
                              # again about ..., Perez said"
                              r"Reached|Contacted|Interviewed|Pressed|Questioned|Quizzed|Challenged|Approached|"
                              # (a name's "Mr." inside it too: "After suggesting on Wednesday that he regretted
                              # lobbing juvenile insults at Mr. Trump last month, Mr. Rubio only occasionally
                              # disagreed with him. ... he told ..."; PolNeAR, the lead's round 31)
                              r"Informed|Invited|Reminded|Confronted)\s+(?:[^,.;:\n]|(?<=\bM[rs])\.|(?<=\bMrs)\.|"
                              r"(?<=\bDr)\.){1,100}?,[”\"’]?\s+)?((?:(?<=,\s)the\s+|(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady)\.?\s+)?[A-Z][\w’'.-]+"
                              r"(?:(?:[ \t]+|[ \t]*\n[ \t]*)[A-Z][\w’'.-]+){0,5})(?=[\s,])")     # (not over a blank line)
# After a sentence's capitalised opening, lower-case title words ending in a person's title and the person's name:
# "Conservative shadow home secretary David Davis was worried ...", "Liberal Democrat spokesman Mark Oaten also
# backed ..." (not "Mr. Obama and Hillary Clinton", "Dan McLaughlin at the National Review").
# (a surname alone after its role too: "British actor Owen is hoping ...", the one Owen the text named in full)
# A second title joined to the subject's title, then the name: "Deputy Defence Minister and Army Chief General Udomdej
# made similar comments ..." (AsiaOne printing The Nation, set BS 001; group 1: the second title and the name)
JOINED_TITLE_AND_NAME = re.compile(r"[ \t]+and[ \t]+((?:[A-Z][\w’'.-]+[ \t]+){1,4}[A-Z][\w’'.-]+)(?=[ \t]+[a-z])")
TITLED_NAME_AFTER = re.compile(r"[ \t]+((?:[a-z][\w-]*[ \t]+){1,4})([A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){0,3})(?=[\s,])")
# The title and name after a portfolio listed with commas ("Health, Labor and Welfare| Minister Takamaro Fukuoka").
TITLE_RUN_AFTER_PORTFOLIO = re.compile(r"[ \t]+([A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,5})(?=[\s,])")
# "the" and a capitalised qualifier after a connective opening a sentence ("But| the Lib Dem| spokesman questioned").
CONNECTIVE_THE_RUN = re.compile(r",?[ \t]+(the)[ \t]+([A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){0,3})(?=[ \t])")
# Lower-case title words after "The" and a capitalised qualifier ("The Tory| leader countered ...").
TITLE_AFTER_THE_RUN = re.compile(r"[ \t]+((?:[a-z][\w-]*[ \t]+)?[a-z][\w-]*)(?=[\s,])")
# A name between commas after a title ("the Emergency Relief Coordinator, Mark Lowcock, spoke ...").
APPOSED_NAME = re.compile(r",[ \t]+([A-Z][\w’'.-]+(?:[ \t]+[A-Z][\w’'.-]+){1,3}),")
# ... after a description a determiner opens: "Her neighbour, David Park, has lived ...", "A longtime resident, Jane
# Roe, said ..."
DESCRIBED_BY_DETERMINER = {"Her", "His", "Their", "Our", "My", "A", "An", "The"}
# ... or a place's or body's possessive opens it: "Iqaluit’s deputy mayor, Janet Pitsiulaaq Brewster, spoke about ...
# She said ..." (Nunatsiaq News; set O)
POSSESSIVE_RUN = re.compile(r"[A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2}['’]s")
DESCRIPTION_APPOSED_NAME = re.compile(r"(?:[ \t]+[a-z][\w’'-]*){1,4}" + APPOSED_NAME.pattern)
# "Mr Blair", "Mrs Quinn": a person named again by honorific and surname (its gender, when the honorific gives one).
HONORIFIC_SURNAME = re.compile(r"\b(Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Dame)\.?[ \t]+([A-Z][\w’'-]+)\b(?![ \t]+[A-Z])")
# A title and a surname alone ("when President Biden signed his executive order, he said"): a person as well.
TITLE_HEADS = frozenset(h for h in NAME_HEADS if h.isalpha()) - {"mr", "mrs", "ms", "miss", "sir", "lord", "lady", "dame"}
TITLED_SURNAME = re.compile(r"\b(%s)[ \t]+([A-Z][\w-]+)(?:['’]s(?![\w’'-])|(?![\w’'-])(?![ \t]+[A-Z]))"
                            % "|".join(sorted((h.capitalize() for h in TITLE_HEADS), key=len, reverse=True)))

# A sentence's opening title words right before a surname ("President " of "President Marcos himself joined ...").
TITLE_OPENING_SENTENCE = re.compile(r"(?:^|(?<=[.!?])[\"”’]?\s+|\n)(?:[A-Z][\w.-]*\s+){1,3}$")
# A sentence whose subject is a person described by a title and never named there ("Saskatchewan’s agriculture
# minister was at the Johnstone farm Monday ...", "The mayor toured the site."): a later "he said" may be that person.
# The title words of a person after a body's name opening a sentence: "Labour election campaign coordinator Alan ..."
AFFILIATION_THEN_NAME = re.compile(r"(?:[a-z][\w-]*\s+){0,3}(?:%s)\s+[A-Z]" % "|".join(
    sorted({"coordinator", "spokesman", "spokeswoman", "spokesperson", "leader", "chairman", "chairwoman", "chair",
            "MP", "MEP", "AM", "MSP", "peer", "minister", "secretary", "chancellor", "candidate", "councillor",
            "president", "chief", "director", "adviser", "advisor", "backbencher", "whip", "agent"})))
# A paragraph opened by a person's name, an honorific or a peer's title before it, then a comma or a verb: "Lord Woolf
# said", "Dr Brian Gibbons, on his first full day in the job ..."
LEAD_NAME_OPENING = re.compile(r"((?:(?:Dr|Mr|Mrs|Ms|Miss|Sir|Lord|Lady|Baroness|Dame|Professor)\.?\s+)?"
                               r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
                               # (and the body the person is of: "Chief Mike Sack of the Sipekne’katik First Nation says
                               # ..." after "The Indigenous leader at the centre of a dispute over Nova Scotia lobster
                               # says ..."; CP via Global News, set T)
                               r"(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|of|and)){0,5}(?<!of)(?<!and))?)"
                               r"(?=,\s|\s+(?:has\s+|had\s+|also\s+)?"
                               # (or an irregular past: "Yvette Cooper tore into the government’s ..."; bbc22)
                               r"(?:[a-z]+(?:ed|s)|said|%s)\b)" % "|".join(sorted(words("irregular_past"))))
# A byline's time stamp on its own line: "The Canadian Press Posted November 26, 2020 3:12 pm", "Updated March 3,
# 2021 10:08 am".
POSTED_LINE = re.compile(r"(?:[A-Z][\w.'’&-]*\s+){0,6}(?:Posted|Updated|Published)\s+(?:on\s+)?[A-Z][a-z]+\.?\s+\d{1,2},\s+"
                         r"\d{4}(?:\s+\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?)?")
PARTY_NAMES = {"labour", "liberal democrats", "conservative party", "uk independence party", "green party",
               "scottish national party", "plaid cymru"}
SENTENCE_END = re.compile(r"[.!?][\"”]?\s")
# "But a spokesman for the Home Office defended the proposals.": a sentence a body's spokesperson opens, saying nothing
SPOKESPERSON_FOR_OPENING = re.compile(r"\s*(?:(?:But|And|However),?\s+)?(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?"
                                      + ONE_SPOKESPERSON + r"\s+for\s+(?P<np>(?:the\s+)?[A-Z][^,.;:!?\"“”]*?)\s+"
                                      r"(?:[a-z]+ed|declined|refused|would|did|was|has|had)\b[^\"“”]*$")
SPOKESPERSON_OF_BODY = re.compile(r"\b(?:[Aa]n?)\s+" + ONE_SPOKESPERSON + r"\s+(?:of|for)\s+"
                                  r"(?P<np>(?:the\s+)?[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|and|for))*)")
# "On Monday, Tony Blair's official spokesman declined to say whether ... He said: ..." (bbc-news/politics/042): a
# sentence opening with a person's spokesperson, the office the registry knows by that phrase ("Tony Blair's official
# spokesman" is Downing Street) speaks in the pronoun of the next.
POSSESSIVE_SPOKESPERSON_OPENING = led(r"\s*(?:(?:But|And|However|Meanwhile),?\s+)?(?:(?:On|Later|Earlier|In)\b"
                                             r"[^,.;:\"“”]{0,30},\s+)?(?:The\s+)?(?P<np>(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w.-]*"
                                             r"['’]s\s+(?:official\s+)?[Ss]pokes(?:man|woman|person))\s+"
                                             r"(?:[a-z]+ed|declined|refused|would|did|was|has|had)\b[^\"“”]*$")
# "But his spokesman insisted ...": a spokesman for the person "his" names (Resolver._resolve)
# "the spokesperson's office": an office named for a spokesperson (Resolver._spokespersons_office)
SPOKESPERSONS_OFFICE = re.compile(r"(?i)(?:government\s+)?" + ONE_SPOKESPERSON + r"['’]s\s+office")
OWN_SPOKESPERSON = re.compile(r"(?i)(his|her)\s+(?:official\s+)?" + ONE_SPOKESPERSON)
# "Earlier, his ministry said ..." after "Turkish Foreign Minister Mevlut Cavusoglu said ..." (Reuters): the ministry his
# title heads, "Turkish Foreign Ministry"
OWN_MINISTRY = re.compile(r"(?i)(his|her)\s+ministry")
MINISTER_OF_ROLE = re.compile(r"^(?P<portfolio>(?:[A-Z][\w’'-]*\s+){1,4})[Mm]inister$")
# "A spokesman for Mr Blair said ..." (bbc-news/politics/209): the phrase the registry may know as "Mr Blair's spokesman"
SPOKESPERSON_FOR_PERSON = re.compile(r"(?:an?|the)\s+(?:official\s+)?(" + ONE_SPOKESPERSON + r")\s+for\s+"
                                     r"((?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w.-]*)$", re.I)
PASSIVE_AGENT_END = re.compile(r"\b(?:be|been|being|is|are|was|were)\s+(?:[a-z]+\s+){0,2}?[a-z]+ed\s+by\s+(?:the\s+)?"
                               r"((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*s)[.!?][\"”’]?\s+$")
# "Ray Halbritter, who spearheaded ... because he claimed": a name, then a relative clause that runs on, in its sentence,
# to the pronoun (Resolver._relative_clause_antecedent).
# The noun closing a police force's name after "Police": "Vancouver Police Department", "Winnipeg Police Service".
POLICE_FORCE_NOUNS = {"department", "service", "force"}
RELATIVE_CLAUSE_HEAD = re.compile(r"((?:[A-Z][\w'’.-]*\s+){1,3}[A-Z][\w'’-]+),\s+who\s+[^.!?;:\n\"“”,]*\s$")
# A person's own statement, which "it" may name next ('Kanze Dena said in a statement that ...'; Resolver.
# _pronoun_it_a_persons_statement).
PERSONS_STATEMENT = re.compile(r"(?<!\b[Ii]t\s)(?<!\b[Tt]hey\s)\b(?:said|stated|noted|added|announced)\s+in\s+a\s+"
                               r"(?:[a-z]+\s+){0,2}statement\b|"
                               r"\b[Ii]n\s+a\s+(?:[a-z]+\s+){0,2}statement\b[^.!?]{0,80},|"
                               # (also one named as the person's: "Mr Crosby's statement said: "..." It added: "..."";
                               # bbc-news/politics/212, the lead's round 31)
                               r"[A-Z][\w-]*['’]s\s+(?:[a-z]+\s+){0,2}statement\s+(?:said|stated|read)\b")
# ... or the owner of words a relative clause reports: "condemning British Defence Minister Liam Fox’s earlier remarks,
# in which he stated that ..." (MercoPress, set K 010): Fox, not a person named before (a caption's).
POSSESSED_WORDS_HEAD = re.compile(r"((?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]+)['’]s\s+(?:[a-z]+\s+){0,2}"
                                  r"(?:remarks|speech|statements?|comments|interview|address|letter|tweets?|post|"
                                  r"testimony),?\s+(?:in\s+which|where)(?:\s+[^.!?;:\n\"“”,]*)?\s$")
NAME_BEFORE_SUBORDINATOR = re.compile(r"(?<![\w’'-])((?:(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Baroness)\s+)?[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,3})"
                                      r"\s+(?:after|when|because|before|until|once)\s+$")
UNNAMED_ROLE_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=\n))(?:[A-Z][\w-]*['’]s\s+|The\s+)"
                                  r"([a-z][^.!?\n]{0,80})")
# Heads of people left unnamed (an official, an aide, an officer, an analyst or a trader of a market report: "An
# officer with S and P said ... Usually, ..., he said."; Reuters, the lead's round 31).
_INFORMANT_HEADS = "|".join(sorted(words("unnamed_informant_heads"), key=len, reverse=True))
UNNAMED_PERSON_OPENING = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=\n))(?:An?|Another|One)\s+"
                                    r"(?:(?:[a-z][\w-]*\s+){0,3}(?:" + _INFORMANT_HEADS + "|" + ONE_SPOKESPERSON + r")"
                                    # ... also after the name of the body they work for: "One Lloyds insider contrasted
                                    # the way ... He said: '...'" (This is Money; wire13), "A Treasury source"
                                    # (its head printed with a capital too: "A U.S. Banker said ..."; and a body's
                                    # name of several words: "A Ministry of Foreign Economic Relations and Trade
                                    # official said ..."; reut2-003 #488)
                                    r"|[A-Z][\w’'&.-]*\s+(?:(?:[A-Z][\w’'&.-]*|of|and|the|for|on)\s+){0,7}"
                                    r"(?:[a-z][\w-]*\s+)?(?i:insider|source|official|aide|"
                                    r"banker|diplomat|executive|adviser|advisor|staffer))"
                                    # (or "for" what they speak for: "A spokesman for the fisheries officers said
                                    # today ..., and he confirmed that ...": he is the spokesman, unnamed; CP via Global
                                    # News, set T; or right before the verb: "A U.S. Embassy official said ... He said
                                    # that, if China wants ..."; Reuters, the lead's round 31)
                                    r"\s+(?:from|of|for|at|in|with|close|who|said|told|[a-z]+(?:ed|s)\b)")
# ... its verb of saying closing the match: the unnamed person spoke (Resolver._unnamed_person_said).
SAID_AT_END = re.compile(r"\b(?:said|says|told|tells|added)$")
# The clause telling that someone asked not to be named: "said the official, who asked not to be named".
ANONYMOUS_AFTER = re.compile(r",\s+who\s+(?:asked|requested|spoke|declined|did\s+not\s+want)\b[^.!?\n]{0,40}?"
                             r"(?:not\s+to\s+be\s+(?:named|identified)|anonymity|anonymously|to\s+be\s+(?:named|identified))")
UNNAMED_PERSON_INVERTED = re.compile(r"[,\"”]\s+(?:said|says|added|told\s+[a-z]+)\s+(?:an?|another|one)\s+(?:[a-z][\w-]*\s+){0,3}"
                                     r"(?:" + _INFORMANT_HEADS + r")\b"
                                     # ... or after the words, not inverted: '"...," a senior official said.'
                                     r"|[,\"”]\s+(?:an?|another|one)\s+(?:[a-z][\w-]*\s+){0,3}"
                                     r"(?:" + _INFORMANT_HEADS + r")\s+(?:said|says|added|told)\b"
                                     # ... or one who asked not to be named: '..., said the official, who asked not to
                                     # be named.' (reut2-003 #534)
                                     r"|\b(?:" + _INFORMANT_HEADS + "|" + ONE_SPOKESPERSON + r")" +
                                     ANONYMOUS_AFTER.pattern)
# A word describing someone unnamed before the noun: "an unnamed U.S. official", "a senior top office official".
_WORD_OF_DESCRIPTION = r"(?:[\w’'-]+(?:\.[\w’'-]+)+\.?|[\w’'-]+)"     # (not a sentence's last word and its stop)


@lru_cache(maxsize=256)
def _word_pattern(noun: str) -> re.Pattern:
    """The noun as a whole word, any case ("the official", "The Official")."""
    return re.compile(rf"\b{re.escape(noun)}\b", re.I)


@lru_cache(maxsize=256)
def _unnamed_opening(noun: str) -> re.Pattern:
    """Someone unnamed opening a sentence by that noun ("An official from ..."), or framing the words before them
    (", a presidential official said")."""
    return re.compile(rf"(?:^|[.!?]\s+|\n)(?:An?|Another)\s+(?:[\w’'-]+\s+){{0,3}}{re.escape(noun)}\b|"
                      rf",[”\"’]?\s+(?:an?|another)\s+(?:[\w’'-]+\s+){{0,3}}{re.escape(noun)}\s+"
                      rf"(?:(?:also|then)\s+)?(?:said|says|told)\b")


@lru_cache(maxsize=256)
def _the_noun(noun: str) -> re.Pattern:
    """The noun after "the" ("the official", "The official")."""
    return re.compile(rf"\b[Tt]he\s+{re.escape(noun)}\b")


@lru_cache(maxsize=256)
def _one_unnamed(noun: str, flags: int = 0) -> re.Pattern:
    """Someone introduced by a title and no name: "an unnamed U.S. official", "another senior official"."""
    return re.compile(rf"\b(?:[Aa]n?|[Aa]nother)\s+(?:{_WORD_OF_DESCRIPTION}\s+){{0,3}}{re.escape(noun)}\b", flags)


# An unnamed person speaking, described by what they are ("Another resident, who didn’t want to be identified, said she
# saw two bodies", "A woman who lives nearby says", "..., according to one resident."): a quotation floating after it
# is theirs, not the last named speaker's (Canadian news; quotes20)
_UNNAMED_HEADS = "|".join(sorted(words("unnamed_speaker_heads"), key=len, reverse=True))
UNNAMED_SPEAKER = re.compile(r"(?:(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=\n))(?:An?|Another|One)\s+(?:[a-z][\w-]*\s+){0,2}"
                             r"(?:%s)(?:,?\s+who\b[^.!?\n]{0,100}?,?)?\s+(?:[a-z]+\s+)?(?:said|says|told|tells|added)\b"
                             r"|\baccording\s+to\s+(?:an?|another|one)\s+(?:[a-z][\w-]*\s+){0,2}(?:%s)\b"
                             r"|[,\"”]\s+(?:said|says|added)\s+(?:an?|another|one)\s+(?:[a-z][\w-]*\s+){0,2}(?:%s)\b)"
                             % (_UNNAMED_HEADS, _UNNAMED_HEADS, _UNNAMED_HEADS))
# ... also named after the quotation it speaks ('“Don't hide things like this,” one Weibo commenter said. “Let’s face
# whatever it is together.”', Zyte): the quotation floating after it is the same person's (not for pronouns further on)
UNNAMED_AFTER_QUOTATION = re.compile(r"[,\"”]\s+(?:an?|another|one)\s+(?:[\w-]+\s+){0,2}(?:%s)\s+(?:said|says|added|wrote)\b"
                                     % _UNNAMED_HEADS)
UNNAMED_SOURCE_AFTER_QUOTATION = re.compile(
    r"[,?!][\"”]\s+(?:said|says|added|wrote)\s+(?:an?|another|one)\s+(?:[\w-]+\s+){0,3}(?:%s)\b"
    % "|".join(sorted(words("unnamed_source_heads"), key=len, reverse=True)))
# Any of the three since the last statement: a quotation floating after it is the unnamed one's (one scan of the span
# for all three; Resolver._resolve_floating).
UNNAMED_BEFORE_FLOATING = re.compile("|".join(f"(?:{p.pattern})" for p in (
    UNNAMED_SPEAKER, UNNAMED_AFTER_QUOTATION, UNNAMED_SOURCE_AFTER_QUOTATION)))
# A number no day of a month nor a year, right before a run of capitalised words: "100 Mile House", "70 Mile House"
# (places in B.C.), never the given name of a person (Resolver._introduce)
NUMBER_BEFORE_RUN = re.compile(r"(?<![\w$.,])(?:3[2-9]|[4-9]\d|\d{3})\s+$")
DOTTED_INITIALS = re.compile(r"\b(?:[A-Z]\.){2,}")
# A sentence whose subject is a title: "But the minister stood by his assessment ..." (group 2: the title's noun).
TITLED_SENTENCE_SUBJECT = re.compile(r"(?:(?:But|And|Yet)\s+)?(the\s+(?:[a-z][\w-]*\s+){0,2}([a-z][\w-]*))\s+"
                                     r"(?:[a-z]+ed|stood|said|told|insisted|was|is)\b")
SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+")
# "One" (or "one") counting the title right after it: "One former minister told City A.M." (Resolver._counted_one_before)
ONE_BEFORE_TITLE = re.compile(r"(?<![\w’'-])[Oo]ne\s+\Z")
SENTENCE_OPENING_AFTER = re.compile(r"[.!?][\"”’]?\s+(?=[\"“]?[A-Z])")     # a sentence's end before a capital
# A sentence opening with a person described by a title noun: "The policing minister was appearing on ..."
DESCRIBED_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))The\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+"
                               r"(?:was|is|ha[sd]\s+been)\b")


GLUED_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_DOTTED_PLACE_INITIALS = frozenset(w.lower().rstrip(".") for w in words("region_abbreviations") if "." in w) | \
    frozenset(w.lower().rstrip(".") for w in words("label_role_words") if "." in w)     # (and "H.E.", a title's)


def _glued_initials(word: str) -> bool:
    """'P.J.', 'A.J.': a person's initials written without spaces, which end no sentence before the surname after them
    (not 'U.S.', 'U.K.', 'B.C.', 'P.E.I.': a country's or province's letters, which may; nor 'H.E.', His Excellency, a
    title's: "Government Spokesperson H.E. Phay Siphan" is Phay Siphan)."""
    low = word.lower().rstrip(".")
    return GLUED_INITIALS.fullmatch(word) is not None and low not in ABBREVIATIONS and low not in _DOTTED_PLACE_INITIALS


def _initials_fit(acronym: str, name: str) -> bool:
    """Do a body's initials spell the acronym, a word's initial left out at most ("FAB" for "First Abu Dhabi Bank")?
    The first and the last initial always count."""
    initials = "".join(w[0] for w in name.split() if w[:1].isupper())
    if len(acronym) < 3 or not initials or acronym[0] != initials[0] or acronym[-1] != initials[-1] or \
            not 0 <= len(initials) - len(acronym) <= 1:
        return False
    it = iter(initials)
    return all(c in it for c in acronym)


# A country's ministry named by its possessive: "Russia’s Foreign Ministry said", "Japan’s Defence Ministry said" (the
# mention's name drops the owner: "Foreign Ministry", no one's; gold sets keep the text's form, "Sweden's foreign
# ministry").
OWNED_MINISTRY = re.compile(r"^(?P<owner>[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})[’']s\s+(?P<rest>[A-Za-z]+\s+[Mm]inistry)$")


def _owned_ministry(text: str) -> str | None:
    """"Russia’s Foreign Ministry" as the text names it, owner and all; None when the owner is no country."""
    m = OWNED_MINISTRY.match(text.strip())
    if m is None or places().get(fold(m.group("owner"))) != "country":
        return None
    return m.group()


# An unnamed group opening a sentence or a clause ("A year ago, ministers launched ...", "But researchers from Leeds
# University warned ..."): the "they" after it is that group's, no body named before it (bbc12).
_VAGUE_PLURALS = sorted((w for w in words("vague") if w.endswith("s") and w.isalpha()), key=len, reverse=True)
VAGUE_GROUP_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Nn]ow)\s+)?"
                                 # (capitalised opening a sentence too: "Critics say ...", bbc-news/politics/362; setl)
                                 r"(?:(?:[Ss]ome|[Mm]any|[Oo]ther|[Tt]he)\s+)?(?i:%s)\b"
                                 r"(?:\s+(?:from|at|of|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4})?"
                                 r"\s*(?:(?:have|had|also|will|would|are|were)\s+)?(?:[a-z]+(?:ed|s)|"
                                 # (a plural's present: "Critics say ...", "Opponents argue ...")
                                 r"say|argue|claim|warn|fear|believe|think|insist|suggest|complain|accuse|contend|"
                                 # (and a denial: "Ministers deny they have been spurred into action by Tory
                                 # campaigning ... Instead, they say the plans are part of an "evolving" process",
                                 # bbc-news/politics/153: the ministers, unnamed, not the Tories named before)
                                 r"maintain|worry|deny|admit|agree|accept|reject|dispute|predict|expect)\b"
                                 # "... although there are those who believe this could well be the election ... They
                                 # would argue that ...": people left unnamed (bbc-news/politics/272)
                                 r"|\bthere\s+(?:are|were)\s+(?:those|many|some|others|people)\s+who\b"
                                 # ... or the unnamed source of "according to": "According to the opposition parties,
                                 # however, it is all one big con trick. ... they accused him of ..." (bbc-news/
                                 # politics/362; setl)
                                 r"|\b[Aa]ccording\s+to\s+(?:the\s+)?(?:[a-z]+\s+)?(?:(?i:%s)|parties)\b"
                                 % ("|".join(_VAGUE_PLURALS), "|".join(_VAGUE_PLURALS)))
# ... also after a word saying which group ("Banking sources say ...", "Money dealers estimated ...", reut2-003 #524,
# reut2-002 #601), after an adverb ("have already"), and with the past of "say", "tell", "write", which the pattern
# above leaves out ("The sources said ... ¶ They said ...", reut2-003 #928; "Analysts said ... ¶ They also said ...",
# reut2-001 #836). Not when the word is a people's or a place's ("Ukrainian representatives stated ... They
# underscored ...": the delegation a readout named), nor members who speak as their committee ("MPs said").
VAGUE_GROUP_SAID = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n)|(?<=,\s))(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Nn]ow)\s+)?"
                              r"(?:(?:[Ss]ome|[Mm]any|[Oo]ther|[Tt]he)\s+)?(?:(?P<which>[A-Z]?[a-z][\w-]*)\s+)?"
                              r"(?P<group>(?i:%s))\b"
                              r"(?:\s+(?:from|at|of|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){1,4})?"
                              # (a participle saying which: "Experts studying the seas off Scotland's west coast have
                              # already forecast ... ¶ They predicted that ..."; bbc-news/politics/090, own set A)
                              r"(?:\s+[a-z]+ing\s+[^,.;:!?\"“”]{1,60}?)?"
                              r"\s*(?:(?:have|had|also|will|would|are|were|already|[a-z]+ly)\s+){0,2}"
                              r"(?:[a-z]+(?:ed|s)|say|argue|claim|warn|fear|believe|think|insist|suggest|complain|"
                              r"accuse|contend|maintain|worry|deny|admit|agree|accept|reject|dispute|predict|expect|said|"
                              r"told|wrote|forecast)\b" % "|".join(_VAGUE_PLURALS))
_COMMITTEE_MEMBERS = set(words("committee_members"))


def _group_said(m) -> bool:
    """Is a match of VAGUE_GROUP_SAID a group left unnamed: not a people's or a place's ("Ukrainian representatives"),
    nor members of a legislature, who speak as their committee ("MPs said")?"""
    which = m.group("which")
    return m.group("group").lower() not in _COMMITTEE_MEMBERS and \
        not (which and places().get(fold(which).lower()) is not None)


# A person's view opening a sentence: "Mr MacKenzie thought ...", "Ms Kelly believes ..." (the name, then a belief verb).
BELIEVER_OPENING = re.compile(r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Sir|Lord|Lady)\.?\s+)?(?:[A-Z][\w'’-]+\s+){1,3}(?:also\s+|still\s+)?"
                              r"(?:thought|thinks|believed|believes|felt|feels|reckoned|reckons)\s")
# A person's own spokesperson, not called official: "Theresa May's spokesperson hinted ..." (bbc20).
# (also an office in lower case after "the": "Later the prime minister's spokesman was asked by journalists about his view
# ... The spokesman said: "..."", bbc-news/politics/009, set AM; the registry knows which such office is a body)
OWNERS_SPOKESPERSON = re.compile(r"([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}|(?<=\b[Tt]he\s)[a-z]+(?:\s+[a-z]+)?)['’]s\s+"
                                 r"(?:official\s+)?(spokesman|spokeswoman|spokesperson)")
# A verb between a title and a name: the name is what the title's holder acts on, not the holder ("The first minister
# also praised Scottish Water for ...", bbc12; "The former Shadow Chancellor has been an outspoken critic of Jeremy
# Corbyn’s leadership", bbc20).
TITLE_HOLDER_ACTS = re.compile(r"\b(?:[a-z]{2,}ed|(?:has|have|had)\s+been|is|was|were|are)\b")
# "The Johnstones have a 700 head herd": a family opening a sentence by its plural surname.
FAMILY_SUBJECT = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=[.!?][\"”]\s)|(?<=\n))The\s+([A-Z][a-z]+)(?:e?s)\s+[a-z]")
_WORD_DOT_BEFORE = re.compile(r"\b([A-Za-z][A-Za-z.]*)\.\s+$")


# Capitals that end a body's name, not a person's: "RCMP", "NDP" (not a numeral "III" or an honour "OBE", "KBE").
BODY_ACRONYM_END = re.compile(r"(?![IVX]+$)(?![OMCK]BE$)[A-Z]{3,}")


def _portfolio_before(body: str, start: int, first: str) -> list[str]:
    """The words of a portfolio listed with commas that ends with the run's first word ("Health, Labor and| Welfare
    Minister Takamaro Fukuoka"), else that word alone."""
    if "," not in body[max(0, start - 80):start]:
        return [first]
    end = start + len(first)
    found = [p for p in PORTFOLIO_COMMAS_BEFORE.finditer(body, max(0, start - 80), end + 40) if p.end(1) == end]
    return found[-1].group(1).split() if found else [first]


def _office_holder(name: str, role: str | None) -> bool:
    """A name a release's issuer line or a transcript's label gives an office ("The Honourable Chrystia Freeland,
    Minister of Foreign Affairs, ... issued the following statement:"), which names-dataset reads as a person, is
    one even when its last word looks like a noun ('Freeland'); not a body in running text ("the chairman of the
    Commission for Racial Equality (CRE) also called for ...")."""
    return bool(role) and why_not_a_speaker(name, "person") == "no_personal_name" and looks_like_person(name) and \
        any(_title_key(w) in NAME_HEADS for w in role.split())


def _lone_surname_body(e) -> bool:
    """A body made of one unknown capitalised word that is a common surname ("Ford" met only as "Ford said")."""
    return e.kind == "organization" and e.registry is None and len(e.words) == 1 and e.words[0] in surnames() and \
        e.words[0] not in ORG_WORDS


def _plural_title(word: str) -> bool:
    """"MPs", "MEPs", "Ministers": a title's plural (a group, no surname)."""
    return len(word) >= 3 and word.endswith("s") and word.lower() not in HONORIFICS and word[:-1].lower() in NAME_HEADS


def _lone_word_body(e, body: str) -> bool:
    """A body made of one unknown capitalised word that may be a surname (no acronym, body word or place, never written
    in lower case in the text): "Poilievre" met only as "Poilievre told reporters"."""
    if e.kind != "organization" or e.registry is not None or len(e.words) != 1 or e.words[0] in ORG_WORDS:
        return False
    word = e.name.strip()
    return word[:1].isupper() and not word.isupper() and word.isalpha() and places().get(e.words[0]) is None and \
        re.search(rf"\b{re.escape(word.lower())}\b", body) is None


# A middle initial after a given name: "Vincent E. Zline", "John F. Kirby" (its full stop ends no sentence: the surname
# after it opens none; defense.gov, seed17).
MIDDLE_INITIAL_BEFORE = re.compile(r"(?<![\w.])[A-Z][a-z]+[ \t]+[A-Z]\.[ \t]+$")


def _after_abbreviation(body: str, start: int) -> bool:
    """Does the text before start end with an abbreviation's full stop ("Coun. ", "Sgt. ", "Gov. ") or a middle
    initial's ("Vincent E. ")?"""
    m = _WORD_DOT_BEFORE.search(body, max(0, start - 16), start)
    return bool(m) and m.group(1).lower() in ABBREVIATIONS or \
        bool(MIDDLE_INITIAL_BEFORE.search(body, max(0, start - 24), start))


# An occasion of speaking to an audience: "Doug Ford addressed reporters", "X spoke to reporters", "X held a news
# conference".
SPEECH_EVENT = re.compile(r",?\s+(?:(?:addressed|briefed|told)\s+(?:reporters|journalists|the media|media)|"
                          r"spoke\s+(?:to|with)\s+(?:reporters|journalists|the media|media)|"
                          r"(?:held|gave|hosted)\s+a\s+(?:news|press|media)\s+(?:conference|briefing))\b")
# A sentence opening with a subordinate clause whose subject is a name: "When Plekanec was asked after the game if
# ...", "After Smith left the room, ...", "Asked whether ..." has no subject.
FRONTED_CLAUSE = re.compile(r"(?:When|After|Before|As|Once|While|Although|Though|Because|Since|Until)\s+"
                            r"((?:[A-Z][\w’'-]+\s+){0,2}[A-Z][\w’'-]+)\s+(?:was|is|had|has|were|got|first|"
                            r"[a-z]+ed)\b")
# A subordinator or a relative with an honorific before a name: "When Mr. Trump tried ...", "after Owen scored", "the
# Middle Way Group, of which Mr Opik is a co-chairman" (bbc-news/politics/169).
SUBORDINATOR_BEFORE = re.compile(r"\b(?:[Ww]hen|[Ww]hile|[Aa]fter|[Bb]efore|[Aa]s|[Ii]f|[Bb]ecause|[Aa]lthough|[Tt]hough|"
                                 r"[Ss]ince|[Uu]ntil|[Oo]nce|[Uu]nless|[Ww]hether|[Tt]hat|which|whom|whose|where)\s+"
                                 r"(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?"
                                 r"(?:[A-Z][\w'’-]+\s+)?$")
SUBJECT_VERB_AFTER = re.compile(r"\s+(?:also\s+|then\s+)?(?:[a-z]+ed|says|said|told|is|was|has|had|asked)\b")
# A verb right after a full name: the name is a clause's subject, a person's (SUBJECT_VERB_AFTER and negated or modal
# auxiliaries: "Eyamba Sowers didn’t know ...").
SUBJECT_AFTER_NAME = re.compile(r"\s+(?:also\s+|then\s+)?(?:[a-z]+ed|says|said|told|is|was|has|had|asked|did|does|"
                                r"(?:did|does|was|is|has|had)n[’']t|will|would|could)\b")
# An age that describes a person alone ("the 25-year-old").
AGE_ONLY = re.compile(r"\d{1,3}-year-old")
# A police force named by its place: "Toronto police", "the Toronto Police Service", "York Regional Police".
# A photo's credit closing a caption: "(James West/Canadian Press)", "(CBC)" (quotes15).
CAPTION_CREDIT_END = re.compile(r"\((?:[^()\n/]{2,60}/[^()\n]{2,60}|[A-Z]{2,6})\)\s*$")
SENTENCE_END_BEFORE = re.compile(r"[.!?][”\"’']?\s+[“\"‘']?$")
LEADING_THE = re.compile(r"^(?:The|the)\s+")
POLICE_FORCE = re.compile(r"\b((?:[Tt]he\s+)?(?:[A-Z][\w’'.-]*\s+){1,3})((?:P|p)olice(?:\s+(?:Service|Force|Department))?)\b")
PORTFOLIO_BEFORE = re.compile(r"\b(?:for|of|to)\s+(?:the\s+)?$|"
                              # ... or its second part after 'and': "Minister for the Environment and Water Resources
                              # Vivian Balakrishnan" (The Straits Times; asia19)
                              r"\b[Mm]inister\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+and\s+$")
ORG_OF_BEFORE = re.compile(r"(\w+)\s+(?:for|of|on)\s+(?:the\s+)?$")


def _org_name_goes_on(body, pos):
    """Is the capitalised run at pos the rest of a body's name ("Office for Civil Rights", "Bureau of Democracy")?"""
    m = ORG_OF_BEFORE.search(body, max(0, pos - 30), pos)
    return bool(m) and m.group(1)[:1].isupper() and m.group(1).lower() in ORG_WORDS


# A portfolio's words before "and" ("Department of Housing and ", "Secretary of Health and "): the run after it goes on
# with the portfolio.
PORTFOLIO_AND_BEFORE = re.compile(r"\b(?:of|for)\s+(?:[A-Z][\w'’-]*\s+){1,3}and\s+\Z")


def _portfolio_goes_on(body: str, pos: int, name: list[str]) -> bool:
    """'the U.S. Department of Housing and Urban Development (HUD)': 'Urban Development' after the portfolio's "and"
    is the rest of its name, no person (its last word a portfolio's: not "... of South Carolina and G. K.
    Butterfield"); data/, the lead's round 20."""
    return bool(name) and PORTFOLIO_AND_BEFORE.search(body[max(0, pos - 50):pos]) is not None and \
        name[-1].lower() in TITLE_WORDS


COMMON_SUFFIX = re.compile(r"(?:ly|ing|ity|tion|sion|ment|ness|ance|ence|ism|ship|ive|ous|ful|able|ible)$")
ACRONYM = re.compile(r"\b((?:[A-Z][\w'’-]*\s+)(?:(?:of|for|and|the|on)\s+|[A-Z][\w'’-]*\s+){0,6}[A-Z][\w'’-]*)"
                     r"\s+\(([A-Z]{2,8})\)")


# A person's full name after a lower-case noun, closing a sentence right before the next ("... comfort to resident
# Cheyanne Gauthier. ¶ ").
PREPOSITIONS = frozenset(words("prepositions"))
NOT_BEFORE_SUBJECT = PREPOSITIONS | frozenset(words("locative_prepositions"))
NAME_CLOSING_SENTENCE = re.compile(r"\s([a-z]{3,20})\s([A-Z][a-z][\w’'-]*(?:\s+[A-Z][\w’'-]+){1,2})\.(\s+)\Z")

# A topic's label and the answer after it on one line ('On the game: “We played bad ...”', 'Hyman was asked about his
# comments on ...: “I don't care ...”'); a line that is a person's name alone ("Zach Hyman").
ANSWER_LINE = re.compile(r"[A-Z][^\n“”\"]{2,200}:\s*[“\"]")
# A topic's line over the answer after it: "On whether he is reconsidering running in the 2020 provincial election …".
TOPIC_LINE = re.compile(r"On\s[^\n“”\"]{3,200}?(?:…|\.\.\.|:)")
NAME_LINE = re.compile(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){1,3}")


@dataclass
class RegistryEntry:
    id: str
    name: str
    kind: str = "person"
    role: str | None = None
    organization: str | None = None
    country: str | None = None
    gender: str | None = None
    aliases: list = field(default_factory=list)
    terms: list = field(default_factory=list)   # [(from, to)] ISO dates, None for open ends

    def serves_on(self, day: str | None) -> bool | None:
        """True/False when the date and terms tell, None when they cannot."""
        if not day or not self.terms:
            return None
        return any((a is None or a <= day) and (b is None or day <= b) for a, b in self.terms)

    def speaker(self) -> Speaker:
        return Speaker(self.id, self.name, self.kind, self.role, self.organization, self.gender,
                       list(self.aliases), self.country, registry=True)


class Registry:
    """Known speakers from a YAML file: canonical names, aliases, roles and terms of office."""

    def __init__(self, entries=()):
        self.entries = list(entries)
        # Folded forms, computed once: the look-ups below run for every title and surname in every document.
        self.folded_role = {id(e): fold(e.role or "") for e in self.entries}
        self.folded_names = {id(e): [fold(a) for a in [e.name] + list(e.aliases)] for e in self.entries}
        self.by_alias: dict[str, list[RegistryEntry]] = {}
        for e in self.entries:
            for alias in [e.name] + list(e.aliases):
                entries = self.by_alias.setdefault(fold(alias), [])
                if e not in entries:     # "Le Hai Binh" and "Lê Hải Bình" fold alike: one entry, once
                    entries.append(e)
        # People by the short form of their name ("Wang" for Wang Wenbin, "Blair" for Tony Blair), in entry order:
        # by_surname ran through every entry for each surname of each document.
        family_first = words("family_name_first")
        self.by_short_form: dict[str, list[RegistryEntry]] = {}
        for e in self.entries:
            name_words_ = self.folded_names[id(e)][0].split()
            short = name_words_[:1] if fold(e.country or "") in family_first else name_words_[-1:]
            if e.kind == "person" and short:
                self.by_short_form.setdefault(short[0], []).append(e)
        self._with_role: dict[str, list[RegistryEntry]] = {}     # folded title -> entries of that role (by_role)

    def __reduce__(self):
        # The look-ups are keyed by id(entry), which pickling does not keep: a registry sent to a Dask worker
        # (or a spawned process) travels as its entries and is rebuilt there.
        return (Registry, (self.entries,))

    @classmethod
    def load(cls, path) -> "Registry":
        path = Path(path)
        if not path.exists():
            return cls()
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
        entries = []
        for item in data:
            terms = [(str(t.get("from")) if t.get("from") else None, str(t.get("to")) if t.get("to") else None)
                     for t in item.get("terms") or []]
            entries.append(RegistryEntry(id=item.get("id") or slugify(item["name"]), name=item["name"],
                                         kind=item.get("kind", "person"), role=item.get("role"),
                                         organization=item.get("organization"), country=item.get("country"),
                                         gender=item.get("gender"), aliases=list(item.get("aliases") or []),
                                         terms=terms))
        return cls(entries)

    def lookup(self, name: str, day: str | None = None, body_folded: str = "") -> RegistryEntry | None:
        """The entry for a name or alias; with several ("Thu Hang"), the one in office on that day."""
        found = self.by_alias.get(fold(name), [])
        bare = re.sub(r"^the\s+", "", name.strip(), flags=re.I)
        if found and fold(bare) in ACRONYM_WORDS and not bare.isupper():
            # "Who" opening a question is the word, not WHO: only a form of the entry written so matches
            found = [e for e in found if any(fold(a) == fold(name) and not re.sub(r"^the\s+", "", a).isupper()
                                             for a in [e.name] + e.aliases)]
        if not found and "." in name and len(name.split()) >= 2:
            # "the U.S. State Department" (Reuters): the initials with their dots are the alias's "US" (not a bare
            # "U.S.", whose spokesperson is the State Department named before)
            found = self.by_alias.get(fold(DOTTED_INITIALS.sub(lambda m: m.group().replace(".", ""), name)), [])
        if len(found) <= 1:
            return found[0] if found else None
        serving = [e for e in found if e.serves_on(day)]
        if len(serving) == 1:
            return serving[0]
        named = [e for e in found if fold(e.name) != fold(name) and f" {fold(e.name)} " in f" {body_folded} "]
        return named[0] if len(named) == 1 else None

    def by_short_body(self, noun: str, body_folded: str) -> RegistryEntry | None:
        """'the Commission' in a text about the EU: the one registry body named '... Commission' whose parent
        body (its organization: the European Union, alias EU) or whose full name the text mentions."""
        key = fold(noun)
        found = []
        for e in self.entries:
            names = self.folded_names[id(e)]
            if e.kind != "organization" or names[0].split()[-1:] != [key] or len(names[0].split()) < 2:
                continue
            parents = self.by_alias.get(fold(e.organization or ""), [])
            keys = names + [fold(a) for p in parents for a in [p.name] + list(p.aliases)]
            if any(f" {k} " in f" {body_folded} " for k in keys if k):
                found.append(e)
        return found[0] if len(found) == 1 else None

    def by_surname(self, surname: str, day: str | None, body_folded: str) -> RegistryEntry | None:
        """'Mr Blair' with no full name in the text: the one registry person of that surname who was in
        office on the day, or (undated text) whose role the text mentions."""
        cands = list(self.by_short_form.get(fold(surname), ()))
        if day:
            cands = [e for e in cands if e.serves_on(day)]
        else:
            # (or whose party the text names: "Mr Howard said ..." in a story about "the Tories")
            cands = [e for e in cands if e.role and (f" {self.folded_role[id(e)].split()[-1]} " in f" {body_folded} "
                                                     or _party_named(e, body_folded))]
        return cands[0] if len(cands) == 1 else None

    def former_holder(self, surname: str, role: str | None, day: str | None) -> RegistryEntry | None:
        """'President Obama' in a text of 2023 (by_surname finds no one of that name in office): the one registry
        person of that surname whose role is that title and whose terms all ended before the day, a former holder
        named by the office he held."""
        if not day or not role:
            return None
        head = fold(role)
        cands = [e for e in self.by_short_form.get(fold(surname), ()) if e.terms and self.folded_role[id(e)] == head
                 and all(b is not None and b < day for _, b in e.terms)]
        return cands[0] if len(cands) == 1 else None

    def named_in(self, entry: RegistryEntry, body_folded: str) -> bool:
        """Does the text name the entry by a name of two words or more ("Donald Trump", "President Trump")?"""
        return any(f" {a} " in f" {body_folded} " for a in self.folded_names[id(entry)] if len(a.split()) > 1)

    def _entries_with_role(self, head: str) -> list[RegistryEntry]:
        """The entries whose role is the title (folded), else those it fits (_role_matches), in entry order: a scan
        of the whole registry, made once per title in a process (by_role asks for every title of every document)."""
        roles = self.folded_role
        return [e for e in self.entries if e.role and roles[id(e)] == head] or \
            [e for e in self.entries if e.role and _role_matches(roles[id(e)], head)]

    def by_role(self, role: str, day: str | None, body_folded: str, other_titles=frozenset(),
                about=lambda country: True) -> RegistryEntry | None:
        """'the prime minister': the registry person with that role named in the document, else in office in a
        country the text is about (about: folded country -> bool; China's foreign minister is not "the foreign
        minister" of a story about Qatar). Of several named, the one the text does not introduce with another title
        (other_titles: folded names)."""
        head = registry_party_names(fold(role))     # "tory leader": "conservative leader"
        if not head:
            return None
        cands = self._with_role.get(head)
        if cands is None:
            cands = self._with_role[head] = self._entries_with_role(head)
        named = [e for e in cands if self.named_in(e, body_folded)]
        named_ids = {id(e) for e in named}
        cands = [e for e in cands if id(e) in named_ids or not e.country or about(fold(e.country))]
        serving = [e for e in cands if e.serves_on(day)]
        if len(named) > 1 and not day:
            untitled = [e for e in named if fold(e.name) not in other_titles]
            named = untitled if len(untitled) == 1 else named
        if len(named) == 1 and (named[0] in serving or len(serving) != 1):
            return named[0]
        # A successor named in a dated text ("the new Secretary-General, Antonio Guterres") does not yet hold it.
        dated = [e for e in (named or cands) if e.serves_on(day)] or serving
        if not dated and head == "premier":
            # "The premier insisted Mr Brown will have a key role": a prime minister, when no premier fits
            return self.by_role("prime minister", day, body_folded, other_titles, about)
        return dated[0] if len(dated) == 1 else None


# ("Thursday's report was drawn up by two committees ... It said that ...": a day's document; bbc-news/politics/372, bbc17)
DOCUMENT_SUBJECT = re.compile(r"(?:(?:But|And|However),?\s+)?(?:(?i:the|a|an|this|its|their)|(?:[A-Z][a-z]+day|Today|"
                              r"Yesterday)['’]s)\s+(?:(?:[A-Z][\w'’-]*|of|and|the|new|draft|latest|annual|"
                              r"independent|official|short|brief|written|\d+)\s+){0,6}?(?i:%s)\s+"
                              # ("But a short statement about Lord Goldsmith's position was presented ...")
                              r"(?:about\s+(?:[A-Z][\w'’-]*\s+){1,3}[a-z]+\s+)?"
                              # ("A report by analysts InStat/MDR has predicted that ... ¶ It says that ...":
                              # whoever wrote it; bbc-news/tech/059)
                              r"(?:by\s+(?:[a-z]+\s+){0,2}(?:[A-Z][\w'’/&.-]*\s+){1,4})?"
                              # ("The guidance published on Tuesday, said the police had a duty ..."; bbc15)
                              r"(?:(?:published|issued|released)\s+(?:on\s+|last\s+)?[A-Za-z]+,?\s+)?(?:[a-z]+\s+){0,2}?"
                              r"(?:is|was|were|has|had|says|said|will|would|proposes|proposed|argues|argued|found|"
                              r"finds|recommends|recommended|calls|called|warns|warned|suggests|suggested|claims|"
                              r"claimed)\b" % "|".join(sorted(words("document_heads"), key=len, reverse=True)))


# ... or a sentence closed by a study's inverted frame: "... in particular the UK, France and Spain, said the report. ¶ It
# said TV companies faced a major long-term threat ..." (bbc-news/tech/158): the report going on, not the last name
# in it (not a body's statement or letter, which speak for it).
DOCUMENT_CLOSES = re.compile(r",[\"”’']?\s+(?:said|says|added|adds|found|finds|concluded|concludes)\s+(?:the|a|this|that)\s+"
                             r"(?:[a-z]+\s+){0,2}(?:report|study|survey|poll|research|review|analysis|findings)"
                             r"\s*[.!?][\"”’']?$")


ACRONYM_WORDS = frozenset(words("acronym_words"))
ROLE_KINDS = {fold(k): fold(v) for k, v in mapping("role_kinds").items()}
TITLE_TENURE_MODIFIERS = frozenset(words("title_tenure_modifiers"))
PARTY_SYNONYMS = {fold(k): fold(v) for k, v in mapping("party_synonyms").items()}
PARTY_SYNONYM = re.compile(r"\b(%s)\b" % "|".join(map(re.escape, PARTY_SYNONYMS)))


def registry_party_names(folded: str) -> str:
    """A folded title with a party's other names read as the registry's ("tory leader" -> "conservative leader")."""
    return PARTY_SYNONYM.sub(lambda m: PARTY_SYNONYMS[m.group(1)], folded)


HONORIFIC_OPENING = re.compile(r"(?:Mr|Mrs|Ms|Miss)\b\.?\s")


def _party_named(entry, body_folded: str) -> bool:
    """Does the text name the registry person's party, by its name or another ("Conservative Party": "Tories")?"""
    org = fold(entry.organization or "")
    if not org.endswith(" party"):
        return False
    names = {org, org.removesuffix(" party")} | {other for other, name in PARTY_SYNONYMS.items() if org.startswith(name)}
    names |= {n + "s" for n in names if n.endswith("y")} | {n[:-1] + "ies" for n in names if n.endswith("y")}
    return any(n and f" {n} " in f" {body_folded} " for n in names)


# (not after an honorific's stop: "President Obama called Dr. Haider al-Abadi today" is one sentence; wire18)
GROUP_SENTENCE_END = re.compile(r"(?<=[a-z)\d][.!?])(?<!\bDr\.)(?<!\bMr\.)(?<!\bMs\.)(?<!\bMrs\.)\s+(?=[A-Z\"“])|\n\s*")


GROUP_LEAD_WORDS = frozenset(["this", "afternoon", "morning", "evening", "today", "tonight", "yesterday", "on", "in",
                              "earlier", "later"]) | {w.lower() for w in words("weekdays")}
DATELINE_END = re.compile(r"^.{0,80}?(?:—|–|--|\s-\s)")
# A place's province and a dash glued to the next sentence's first word after a capitalised run: a dateline.
PLACE_DASH_DATELINE = re.compile(r"(?:,\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)?(?:——|—|--)(?=[A-Z])")


def _opens_with_a_person(lead: str) -> bool:
    """Do the words before a sentence's first person hold only a dateline, a time and titles ("Busan, South Korea
    (Jiji Press)—Japanese Foreign Minister ", "This afternoon President ")? Then the people named together are the
    sentence's subject, and "the leaders" after it are they. So they are when the subject is a group they stand in
    apposition to ("The leaders of the United States and Israel, President Biden and Prime Minister Lapid, met")."""
    lead = DATELINE_END.sub("", lead)
    if APPOSED_GROUP.match(lead):
        return True
    return all(w[:1].isupper() or w in {"of", "for", "the"} or w.lower() in GROUP_LEAD_WORDS
               for w in re.findall(r"[\w’'.-]+", lead))


APPOSED_GROUP = re.compile(r"^\s*The\s+(?:\w+\s+)?(?:%s)\b[^.;:]{0,120},\s*$"
                           % "|".join(sorted(map(re.escape, words("group_heads")), key=len, reverse=True)))


def _group_count(m: Mention) -> int | None:
    """2 for "the two ministers", None when the phrase gives no number."""
    if m.kind != "title" or not m.plural:
        return None
    low = m.text.lower().split()
    if low[:1] == ["both"]:
        return 2     # "Both leaders"
    return GROUP_NUMBERS.get(low[1]) if len(low) > 1 else None     # "the two ministers", "The two"


# Two people opening a sentence together: "Tony Blair and Gordon Brown are ...", "But Lord Justice Rix and Mr Justice
# Forbes ruled ..." (bbc-news/politics/254, 229).
UNNAMED_PLURAL = re.compile(r"\b(?:%s)\b" % "|".join(w for w in words("unnamed_people") if w.endswith("s")))
# "President Biden held a telephone call today with President Recep Tayyip Erdogan of Turkey." (a readout)
CALL_HELD = re.compile(r"\b(?:held|had)\s+(?:a\s+)?(?:[\w-]+\s+)?(?:call|talks|conversation)\b|\b(?:called|talked|phoned)\b")
PAIR_OPENING = re.compile(r"\s*(?:[A-Z][\w.'’-]*,?\s+){1,6}and\s+[A-Z]")
MEETING_TOLD = re.compile(r"\b(?:met|meets|meeting|spoke|speaks|held talks|hosted|hosts|convened|joined)\b")
GROUP_NUMBERS = {w: i for i, w in enumerate(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"],
                                             start=2)}


@lru_cache(maxsize=256)
def _title_surname_pattern(role: str):
    """"President Obama" for the role "President": the title, any case, then one capitalised word alone (not "Mayor
    Nicky Gavron", a full name), the title not part of a longer one ("Deputy Mayor Nicky": bbc-news/politics/232); the
    surname without its possessive ("Vice President Biden’s Meeting": Biden; wire19)."""
    return re.compile(r"(?:(\w+)[\s-]+)?\b((?i:%s)\s+([A-Z][\w-]*(?:['’][A-Z][\w-]*)?))(?:['’]s\b|\b(?!\s+[A-Z]))"
                      % r"\s+".join(map(re.escape, role.split())))


# A person's age, no role: "27-year-old", "32, from Wembley, London" (an age then where from), "58, MP for Wantage".
AGE_BEFORE_ROLE = re.compile(r"(?:aged\s+)?\d{1,3}(?:-year-old)?(?:\s*,\s*(?:from|of)\b.*|\s*,\s*|$)")
# A relative clause after the title: "head of the ICC's anti-corruption unit, who originally made the call ..."
RELATIVE_AFTER_ROLE = re.compile(r",\s+(?:who|whom|whose|which)\b.*$")


# A statement's heading before the title of whose it is: "Statement of UAW President Ray Curry:", "Joint Statement from".
STATEMENT_OF_FIRST = re.compile(r"^(?:Joint\s+)?Statement\s+(?:of|from|by)\s+(?:the\s+)?")


def worded_role(role: str | None) -> str | None:
    """The role, when it reads as a title does, not a clause or an adjunct the parser left before the frame: "who is only identified by
    his family name and in charge of communication of the prime minister's office" (Xinhua via trend.az), "in his
    comments published by IRNA", "’" (wire19); an age before it and a relative clause after it are no part of it
    ("58, MP for Wantage in Oxfordshire", "24, who was visiting Manhattan from South Carolina": PolNeAR, bbc-news)."""
    if role:
        age = AGE_BEFORE_ROLE.match(role.strip())
        role = RELATIVE_AFTER_ROLE.sub("", role.strip()[age.end():] if age else role)
        role = STATEMENT_OF_FIRST.sub("", role)     # "Statement of UAW President Ray Curry:" (a White House roundup)
    if not role or re.search(r"[A-Za-z]", role) is None or re.match(r"(?:who|whom|whose|which|in|of|on|at)\b", role) or \
            re.fullmatch(r"(?i:a|an|the)", role.strip()):     # ("A Downing Street Spokesperson said:")
        return None
    return role


def shown_role(role: str | None, kind: str | None, name: str | None = None) -> str | None:
    """The role a statement or speaker shows: worded_role's; of a person, a body's possessive alone ("Arsenal's Sol
    Campbell", "Deutsche Bank's Simon Champion") is the body the person is of, 'Arsenal', and a place's ("England's
    Josh Lewsey") no role; words of a phrase around the name ("with" of "with Audi suggesting", "footage of", "Bernie
    Sanders and") are no role. (Shown only: resolution reads them, _office_given.)"""
    role = _title_of_a_clause(COORDINATOR_FIRST.sub("", _without_own_name(worded_role(role) or "", name, kind))) or None
    role = _after_agent_by(role) if role else None
    if role and (PHRASE_WORD_LAST.search(role) or ADVERBIAL_FIRST.match(role) or set(role.lower().split()) <= MOODS
                 or ORIGIN_OR_AGE_ONLY.fullmatch(role) or _name_part_or_place(role)):
        return None
    if kind != "person" or not role or not BODYS_POSSESSIVE.fullmatch(role):
        return role
    body = POSSESSIVE_END.sub("", role.strip())
    return None if fold(body).lower() in places() else body


def _name_part_or_place(role: str) -> bool:
    """A part of a name the parser left as the role ("von" of "von Garlem said", "Jr." of "Joseph R. Biden, Jr.
    declared"), or a place alone, where the person is from ("Michelle Marks, Philadelphia."): no role (Reuters,
    PolNeAR, the White House)."""
    key = fold(role.strip(" .,")).lower()
    return key in NAME_PARTICLES or key.replace(".", "") in NAME_SUFFIXES or places().get(key) not in (None, "demonym")


# A participle's phrase or a passive's agent the parser left before the name: "Leaving a Brussels summit Mr Blair said",
# "Launching the initiative, ...", "a committee headed by Senate Majority Leader ..." (bbc-news, Reuters, PolNeAR).
PARTICIPLE_PHRASE_FIRST = re.compile(r"[A-Za-z]+ing\s+(?:a|an|the|at|in|on|to|from|with|for|after|before|during)\b")
# (only a phrase that opens with it, an adverb before at most: "a judge appointed by President Obama" keeps its role,
# not the appointer's title; "a Bahamas-based firm owned by U.K. investor ..." is no person's)
AGENT_BY = re.compile(r"(?:[a-z]+ly\s+|first\s+)?[\w-]+ed\s+by\s+(.*)$", re.I)


def _after_agent_by(role: str) -> str | None:
    """The title after a passive's "by" ("headed by Senate Majority Leader" -> "Senate Majority Leader"), none when what
    follows is no title of the person ("first reported by The New York Times"); a participle's phrase is no role."""
    if PARTICIPLE_PHRASE_FIRST.match(role):
        return None
    agent = AGENT_BY.match(role)
    if agent is None:
        return role
    rest = agent.group(1).strip()
    return None if not rest or rest.split()[0].lower() in ("the", "a", "an") else rest


# Where a person comes from, or an age, and nothing else: no role ("Korean-born", "Texas-based", "Fifteen-year-old").
ORIGIN_OR_AGE_ONLY = re.compile(r"[\w'’.-]+-(?:born|based|raised|bred|old)", re.I)


def _without_own_name(role: str, name: str | None, kind: str | None) -> str:
    """The role without the name of the one it is shown for, which the parser left in it: a person's title before her
    name ("Secretary of State George Shultz" for George Shultz, Reuters), or the name alone ("commission" for
    Commission). (A body's role may end with its name: "chief executive of Time Warner" tells who spoke for it.)"""
    if not name or not role:
        return role
    low, key = role.lower(), name.lower()
    if low == key:
        return ""
    return role[:-len(name)].rstrip(" ,") if kind == "person" and low.endswith(" " + key) else role


# A coordinator left before the title of the name after it: "... the party's election supremo - and deputy leader
# John Prescott" (bbc-news/politics/257).
COORDINATOR_FIRST = re.compile(r"^(?:and|or|but|&)\s+", re.I)


def _spelling_key(name: str) -> str:
    """A name folded over the spellings of one sound that given names vary by ("Viktor" and "Victor", "Mohammed" and
    "Mohamed", "Eric" and "Erik"): c, ck and q as k, ph as f, y as i, a doubled letter as one."""
    key = name.lower().replace("ph", "f").replace("ck", "k").replace("q", "k").replace("c", "k").replace("y", "i")
    return re.sub(r"(\w)\1", r"\1", key)


_SUBJECT_PRONOUNS = frozenset(w for w, p in mapping("pronouns").items() if w != "it")


def _title_of_a_clause(role: str) -> str:
    """A clause the parser left before the name, led by a pronoun ("I recently heard Secretary of State Blinken
    say", "We support the initiative of IAEA Director General Grossi"): the capitalised title at its end, if any
    ("Secretary of State"), else none; the clause is no role."""
    ws = role.split()
    if not ws or ws[0].lower() not in _SUBJECT_PRONOUNS:
        return role
    start = len(ws)
    while start > 0 and (ws[start - 1][:1].isupper() or ws[start - 1] in CONNECTORS):
        start -= 1
    while start < len(ws) and not ws[start][:1].isupper():
        start += 1
    return " ".join(ws[start:]) if 0 < start < len(ws) else ""


def _title_held_before_pair(between: str, noun: str) -> bool:
    """"the summit ... between President Trump and Kim Jong-un": the title's holder is the surname right after it,
    and the name after "and" is someone else, no holder of "the President" (nor of "the Prime Minister" the readout
    names next; brusselsmorning.com's Downing Street readout, wire19)."""
    held = re.match(r"%s\s+([A-Z][\w'’-]+)\s+and\s+$" % re.escape(noun), between, re.I)
    return held is not None and fold(held.group(1)) not in TITLE_WORDS


# The last word of a phrase that goes on with the name, no role's last word: "with", "footage of", "Bernie Sanders and".
PHRASE_WORD_LAST = re.compile(r"(?:^|\s)(?:%s|and|or|the|&)$" % "|".join(sorted(words("prepositions"))), re.I)
# The first word of an adverbial phrase before the name, no role's: "Despite the demand Sony said", "In Washington",
# "speaking to reporters after ...".
ADVERBIAL_FIRST = re.compile(r"(?:despite|although|though|while|when|if|because|after|before|during|since|in|on|at|"
                             r"from|with|by|as|%s)\b" % "|".join(sorted(words("phrase_participles"))), re.I)
MOODS = frozenset(words("mood_adjectives"))
# A body's possessive alone before a name: "The Fabian Society's", "Arsenal's".
BODYS_POSSESSIVE = re.compile(r"(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*['’]s?")


def _office_given(role: str | None) -> bool:
    """Was the person given an office? Not by a body's possessive alone: "The Fabian Society's Sundar Katwala said ...
    The political reform group's general secretary told ..." (the title is his; bbc15)."""
    return bool(role) and not BODYS_POSSESSIVE.fullmatch(role)


TITLE_ABBREVIATIONS = frozenset(fold(w) for w in words("title_abbreviations"))     # (folded: "gov")
TITLE_LINKS = frozenset(words("title_links"))


def _abbreviated_title_only(role_words: list[str]) -> bool:
    """Is a role a title's abbreviation, after a place at most ("Gov.", "Indiana Gov.", "Sen.")? US copy's way of
    naming, no office the text tells: "the governor" later is found as for a person named with no title."""
    return 1 <= len(role_words) <= 2 and fold(role_words[-1]) in TITLE_ABBREVIATIONS and \
        (len(role_words) == 1 or places().get(fold(role_words[0])) is not None)


@lru_cache(maxsize=256)
def _title_in_apposition_pattern(role: str):
    """The office (any case) and the person named between commas right after it: "the Archbishop of Canterbury, Dr
    Rowan Williams,", "The Lord Chancellor, Lord Falconer," (a peer keeps his title; other honorifics are dropped)."""
    return re.compile(r"(?<![\w-])(?i:%s),\s+(?:(?:Dr|Mr|Mrs|Ms|Miss|Sir|Dame|Prof|Professor|Rev|Cardinal)\.?\s+)?"
                      r"((?:Lord|Lady|Baroness)\s+[A-Z][\w’'-]+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,3}),"
                      % r"\s+".join(re.escape(w) for w in role.split()))


def _peer_by_title(run: str, key: list[str]) -> bool:
    """Is a sentence's subject "Lord Cranborne", "Baroness Jay": a peerage's word and one capitalised word, no
    office ("Lord Mayor")? (Its comma too, the name set off after an office: "The Attorney General, Lord Goldsmith,
    has so far issued no instructions to police ... He said he will consult ..." is Lord Goldsmith's, not the last
    speaker's; bbc-news/politics/134, set Z round.)"""
    ws = run.split()
    name = ws[1].rstrip(",") if len(ws) == 2 else ""
    return len(ws) == 2 and ws[0].lower() in PEERAGES and len(key) == 1 and key[0] not in TITLE_WORDS and \
        key[0] not in NAME_HEADS and name[:1].isupper() and name.isalpha() and fold(name) == key[0]


PEER_TITLES = "Lord|Baroness|Lady|Viscount|Earl|Baron|Countess"


def peer_titled(body: str, name: str) -> str:
    """A peer the text names by title and one name is "Lord Holme", not "Holme" (a bare surname others share; the
    convention of eval/own SOURCE-d and SOURCE-g): 'Chairman Lord Holme argued ...' (bbc15). Not when the text
    also calls someone of that name "Mr"/"Mrs"/"Ms" (two people, or no peer)."""
    if " " in name or not name[:1].isupper():
        return name
    n = re.escape(name)
    titles = Counter(re.findall(r"\b(%s)[ \t]+%s\b(?![’'-])" % (PEER_TITLES, n), body))
    if not titles or re.search(r"\b(?:Mr|Mrs|Ms|Miss|Dr)\.?[ \t]+%s\b" % n, body):
        return name
    return f"{titles.most_common(1)[0][0]} {name}"     # the title most used: "Lord Cranborne", once "Viscount"


def _press_secretary(folded: str) -> bool:
    """Does a folded title end in "press secretary" (the office's voice: "Mr Johnson’s press secretary" is Downing
    Street's, as its official spokesman is; londonglossy.com, bbc19)?"""
    return folded.endswith("press secretary")


def _body_spokesperson(head: str) -> bool:
    """"executive spokeswoman", "party spokesman": a body's spokesperson, not the person named before ("Scottish
    Conservative leader, David McLetchie, said ... The executive spokeswoman said ..."; bbc15)."""
    ws = head.split()
    return len(ws) > 1 and ws[-1] in SPOKES and ws[-2] in ORG_NOUNS | ORG_WORDS | BODY_OR_ROLE_HEADS


def _spokes_initials(lead: str, owner) -> str:
    """The initials of the body a spokesperson's title right before the name gives, set before it ("Foreign Office
    Spokesperson Mumtaz Zahra Baloch") or after it ("Spokesperson in the Ministry of External Affairs Anurag
    Srivastava"): "the FO spokesperson", "the MEA Spokesperson" later is that person (newswire.com.pk,
    iglobalpunjab.com; seed16)."""
    before = SPOKES_OF_BODY_BEFORE.search(lead)
    words_ = re.findall(r"[A-Z][\w'’-]*", before.group(1)) if before else \
        [w for w in owner.group(1).split() if w[:1].isupper()] if owner else []
    return "".join(w[0] for w in words_).lower() if len(words_) > 1 else ""


# A noun of a person's doing ("Rider", "Resident", "Commuter") and any lower-case word of a text.
AGENT_NOUN = re.compile(r"[A-Z][a-z]+(?:er|or|ist|ent|ant)")
LOWER_WORD = re.compile(r"\b[a-z]+\b")
# What ends just before a word capitalised only because it opens a sentence or a paragraph (or the text).
OPENS_SENTENCE_BEFORE = re.compile(r"(?:^|[.!?][\"”’']?\s+|\n[ \t]*)$")


# A quotation's closing mark (and its stop) right before a run of capitals.
CLOSING_MARK_BEFORE = re.compile(r"[”\"’][.,]?[ \t]+$")
# "a new Fast Company report", "an Associated Press analysis": an indefinite article (and one adjective) before a name,
# a document's head noun after it (resolve._names_a_documents_author).
AUTHORED_DOCUMENT_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[a-z]+\s+)?$")
AUTHORED_DOCUMENT_AFTER = re.compile(r"\s+(?:%s)\b" % "|".join(words("document_heads") | words("authored_pieces")))


# A spokesperson's title naming the body after it, the run of capitals going on from the body's name into the person's:
# "Spokesperson in the Ministry of External Affairs Anurag Srivastava said" (PTI via iglobalpunjab.com; seed16).
SPOKES_BODY_BEFORE_RUN = re.compile(r"(?i:" + ONE_SPOKESPERSON + r")\s+(?:for|of|in)\s+(?:the\s+)?"
                                    r"(?:[A-Z][\w'’-]*\s+(?:(?:of|and|for)\s+)?){0,4}$")


def _after_spokespersons_body(body: str, start: int, words: list[str], k: int) -> int:
    """Where the person's name begins in a run that opens with the end of a spokesperson's body ("External Affairs
    Anurag Srivastava"): after the run's last body word, when two or three words are left; else k."""
    if k or not SPOKES_BODY_BEFORE_RUN.search(body, max(0, start - 80), start):
        return k
    last_org = max((i for i, w in enumerate(words) if w.lower() in _TITLE_OR_ORG_WORDS), default=-1)
    return last_org + 1 if last_org >= 0 and 2 <= len(words) - last_org - 1 <= 3 else k


def _portfolio_capitalised(named: list[str]) -> list[str]:
    """"Chinese foreign ministry" as the body's name, "Chinese Foreign Ministry": a nationality, a portfolio written in
    lower case and "ministry" (Xinhua's "a Chinese foreign ministry spokesperson said on Saturday"; seed19)."""
    if len(named) == 3 and named[0][:1].isupper() and named[1] in LOWERCASE_PORTFOLIOS and named[2] == "ministry":
        return [named[0], named[1].capitalize(), "Ministry"]
    return named


NEXT_SENTENCE_NAME = re.compile(r"[^.!?\n]*[.!?][\"”’]?\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+){1,2})\s+[a-z]")


def _person_opens_next_sentence(body: str, end: int) -> bool:
    """Does a person's name open the sentence after the one ending past end ("a Chinese foreign ministry spokesperson
    said Thursday ... ¶ Hong Lei reiterated ...": the spokesperson named, not the ministry; own set H)?"""
    m = NEXT_SENTENCE_NAME.match(body, end, end + 600)
    return m is not None and is_personal_name(m.group(1).split())


# Where the sentence holding a mention opens: after the last sentence end or line break before it (searched to the
# last match; Resolver._subject_countrys_ministry).
SENTENCE_OPENING_BEFORE = re.compile(r"(?:^|\n|[.!?][\"”’]?\s+)(?!.*(?:\n|[.!?][\"”’]?\s+))", re.S)
# A country's name as the subject opening a sentence: "Vietnam has protested ...", "The Philippines urged ...".
COUNTRY_SUBJECT = re.compile(r"(?:The\s+)?([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})\s+(?:has|have|had|is|was|will|[a-z]+ed|"
                             r"[a-z]+s)\b")


@lru_cache(maxsize=None)
def _country_of_name(name: str) -> str | None:
    """The one country whose name or capital (not a demonym nor a code) the folded words are."""
    found = {c for c, markers in country_markers().items()
             if name in markers and places().get(name) != "demonym"}
    return found.pop() if len(found) == 1 else None


@lru_cache(maxsize=None)
def _demonym(country: str) -> str | None:
    """The country's demonym among its markers ("vietnamese" for Vietnam), when it has one."""
    found = [w for w in country_markers().get(country, []) if places().get(w) == "demonym"]
    return found[0] if len(found) == 1 else None


def _capitalised_from_first(words: list[str]) -> list[str]:
    """The words from the first capitalised one on: "senior UK government" -> ["UK", "government"]."""
    first = next((i for i, w in enumerate(words) if w[:1].isupper()), len(words))
    return words[first:]


def _spokespersons_title(body: str, start: int, body_words: list[str]) -> str | None:
    """The whole title of a name run opening with the end of a spokesperson's body: "Spokesperson of the Ministry of
    Foreign Affairs" for "... Foreign Affairs Pham Thu Hang", not "Foreign Affairs" (then "the spokesperson said" is
    hers; VOV World, the lead's round 18)."""
    m = SPOKES_BODY_BEFORE_RUN.search(body, max(0, start - 80), start) if body_words else None
    return " ".join(body[m.start():start].split() + body_words) if m else None


def _may_be(key: list[str], gender: str | None) -> bool:
    """Can 'he' / 'she' be the person of this folded name? Not when its first word is a given name of the other
    gender (gender-guesser), nor when it is no first name at all ("Sacred Heart" before "she answered")."""
    first = given_names().get(key[0]) if key else None
    if first is None:
        return bool(key) and key[0] in first_names()
    return gender is None or first in ("a", gender)


def _one_persons_name(e) -> bool:
    """Does this person entity name one person (a gender told, or a given name first), not a group met as a person
    ("Democrats")?"""
    return e.gender is not None or (len(e.words) >= 2 and given_names().get(e.words[0]) is not None)


def _given_name_fits(key: list[str], gender: str | None) -> bool:
    """May an honorific of this gender name the person of this folded name: not "Mr. Starr" for Michele Starr, named
    after Ron Starr (National Post; quotes22)?"""
    return gender is None or given_names().get(key[0]) not in ({"m", "f"} - {gender})


def _someone_new(text: str, head: str) -> bool:
    """Does an indefinite title introduce someone ("a director at one U.K. merchant bank"), not a spokesperson, who
    speaks for a body named before?"""
    return re.match(r"(?:a|an|another)\s", text, re.I) is not None and head.split()[-1:] != [] and \
        head.split()[-1] not in SPOKES


def _known_to_be(key: list[str], known: str | None, gender: str | None) -> bool:
    """Is a person of this folded name known to be of the pronoun's gender: by the entity's own gender or by a given
    name of that gender (or of either)?"""
    if gender is None or known == gender:
        return True
    return known is None and bool(key) and given_names().get(key[0]) in ("a", gender)


def _other_given_name(e, gender: str | None) -> bool:
    """Is an entity of unknown gender a person whose first word is a given name of the other gender ("she" is not
    "Callum Smith", a photo credit met as a name)?"""
    if e.gender is not None or gender is None or len(e.words) < 2:
        return False
    return given_names().get(e.words[0]) in ({"m", "f"} - {gender})


# A photo's credit closing a caption, the photographer's name on one side of a slash and the outlet on the other:
# "THE CANADIAN PRESS/David Lipnowski", "Shaughn Butts / Postmedia", "Chris Procaylo/Winnipeg Sun" (quotes18).
CREDIT_SLASH_BEFORE = re.compile(r"[A-Za-z]/\s?\Z")
CREDIT_SLASH_AFTER = re.compile(r"\s?/\s?[A-Z][\w .’'-]{1,40}\)?[ \t]*(?:\n|\Z)")
LINE_END = re.compile(r"\)?[ \t]*(?:\n|\Z)")


# What follows a name opening a photo's caption: a place or an occasion, no verb ("Armanatha Nasir in a press briefing at
# the Foreign Affairs Ministry VOI-REZHA"), the line ending with no stop.
CAPTION_AFTER_NAME = re.compile(r"[ \t]+(?:in|at|during|on|with)[ \t][^\n.!?]*?[^\s.!?:\"”’'][ \t]*(?:\n|\Z)")


def _caption_line(body: str, start: int, end: int) -> bool:
    """Does the name at body[start:end] open a line that is a photo's caption (CAPTION_AFTER_NAME), not a sentence?"""
    return (start == 0 or body[start - 1] == "\n") and CAPTION_AFTER_NAME.match(body, end) is not None


def _photo_credit(body: str, start: int, end: int) -> bool:
    """Is the name at body[start:end] a photo credit's, closing its line: after "OUTLET/" or before "/ Outlet"? (Not
    an album's title: "Their double CD album Speakerboxxx/The Love Below, which ...")"""
    return bool(CREDIT_SLASH_BEFORE.search(body, max(0, start - 3), start) and LINE_END.match(body, end) or
                CREDIT_SLASH_AFTER.match(body, end))


_ROLE_GLUE = {"a", "an", "the", "for", "of", "and", "with", "at"}
LOCAL_BODIES = {"city", "town", "village", "municipality", "county", "province", "region", "township"}


def other_bodys_spokesperson(named_role: str, described: str) -> bool:
    """Does a spokesperson described by the body spoken for ("a city spokesperson", "A spokesperson for the City of
    Winnipeg", "a Calgary police spokesman") have a title naming another body ("Toronto police spokesperson"): no
    body word shared, or each naming a place the other does not (quotes18)?"""
    def body_words(role):
        return {w for w in fold(role).split() if w not in SPOKES and w not in _ROLE_GLUE}
    if not SPOKES & set(fold(described).split()) or not SPOKES & set(fold(named_role).split()):
        return False
    mine, theirs = body_words(described), body_words(named_role)
    for kind in (lambda w: places().get(w) not in (None, "demonym"), lambda w: w in ORG_NOUNS or w in LOCAL_BODIES):
        a, b = {w for w in mine if kind(w)}, {w for w in theirs if kind(w)}
        if a and b and not a & b:
            return True     # another place's, or another kind of body's
    return False


def _surname_after_given_name(name: list[str]) -> bool:
    """"Oona King", "John Major": a title word after a given name is the person's surname ("Saudi King" is not)."""
    return len(name) >= 2 and name[-1].lower().rstrip(".") in TITLE_WORDS and \
        name[-1].lower().rstrip(".") not in ORG_WORDS and fold(name[-2]) in given_names()


def name_words(name: str) -> list[str]:
    """The folded words of a name without a generational suffix: "Marcos Jr." is "Marcos" for short."""
    out = fold(name).split()
    while len(out) > 2 and out[-1] in NAME_SUFFIXES:
        out = out[:-1]
    return out


_TITLE_OR_ORG_WORDS = TITLE_WORDS | ORG_WORDS
POSSESSIVE_END = re.compile(r"['’]s$")


def _possessive_person_end(name: list[str]) -> int | None:
    """How many words of a run of capitalised words are a person's name that a possessive closes before the rest
    ("Tim Houston's Progressive Conservatives were returned to power": quotes15, CTV's copy of The Canadian Press):
    a given name first, the possessive second or third word; None when the run has no such name."""
    for i, w in enumerate(name[1:3], 1):
        if POSSESSIVE_END.search(w):
            return i + 1 if i + 1 < len(name) and is_given_name(name[0]) else None
    return None


# A capitalised word opening a sentence (or the text, or a line), and the spaces after it: the name before a
# surname in Resolver._subject_by_surname.
SENTENCE_OPENER_WORD = led(r"(?:^|(?<=[.!?]\s)|(?<=\n))[A-Z][\w’'-]+[ \t]+")


@lru_cache(maxsize=1024)
def _surname_pattern(surname: str):
    return re.compile(r"(?i:%s)" % re.escape(surname))


def sentence_openers(body: str) -> dict[int, int]:
    """end -> start of each SENTENCE_OPENER_WORD match in body (its word and the spaces after it)."""
    return {m.end(): m.start() for m in SENTENCE_OPENER_WORD.finditer(body)}


def last_surname_subject(body: str, surname: str, pos: int, openers: dict[int, int] | None = None):
    """(start, end) of the last "Given Surname" opening a sentence as its subject before pos: a capitalised
    word at a sentence start, the surname in any case, then a verb (SUBJECT_AFTER_NAME); openers: the body's
    sentence_openers(), when known. The same match as the last of the one pattern
    `(?:^|(?<=[.!?]\\s)|(?<=\\n))([A-Z][\\w’'-]+[ \\t]+(?i:SURNAME))(?=SUBJECT_AFTER_NAME)` over body[:pos], which
    cost a quarter of a millisecond to compile for each surname: no such match can start inside another's word
    and spaces, nor a surname (one word) inside another of its copies, so each copy of the surname is looked up
    among the openers' ends and the verb checked after it."""
    openers = sentence_openers(body) if openers is None else openers
    found = None
    for s in _surname_pattern(surname).finditer(body, 0, pos):
        start = openers.get(s.start())
        if start is not None and SUBJECT_AFTER_NAME.match(body, s.end(), pos):
            found = (start, s.end())
    return found


@lru_cache(maxsize=256)
def _longer_body_pattern(name: str):
    cap = r"[A-Z][\w’'-]*"     # no full stop: a name never runs across a sentence end, nor a line break
    return re.compile(r"(?<![\w’'.-])(?:%s[ \t]+){1,4}%s(?:[ \t]+(?:in|of|to|for)[ \t]+(?:the[ \t]+)?%s(?:[ \t]+%s){0,3})?|"
                      r"(?<![\w’'.-])%s[ \t]+(?:in|of|to|for)[ \t]+(?:the[ \t]+)?%s(?:[ \t]+%s){0,3}"
                      % (cap, re.escape(name), cap, cap, re.escape(name), cap, cap))


@lru_cache(maxsize=64)
def _apposed_title_pattern(head: str):
    """A name, then a title set off after it with that head noun: "Mitch Campsall, mayor of 100 Mile House"."""
    return re.compile(r"([A-Z][\w’'-]+(?:[ \t]+[A-Z][\w’'-]+){1,3}),[ \t]+(?:the[ \t]+)?(?:[a-z][\w-]*[ \t]+){0,2}%s\b"
                      % re.escape(head))


_LOCAL_WORDS = sorted(w.capitalize() for w in words("numbered_local_words"))
# A union's local or lodge with its number closing a body's name: "the Amalgamated Transit Union Local 1505" (the
# number too), "CUPE Local 79", "Unifor Local 444" (extract.mentions.numbered_local; set Y)
LOCAL_NUMBER_END = r"(?:(?:%s)\s+\d[\d-]*[A-Za-z]?\b)?" % "|".join(rf"(?<=\b{w})" for w in _LOCAL_WORDS)
# ... or a local named by its union's acronym and number, before a title or after "of": "said Aleem Chaudhary, ATU 1505
# President" (bt24news.com; set Q 001), "president of CUPE 3903"
ACRONYM_LOCAL = re.compile(r"\b([A-Z]{2,6}\s+\d{2,5})\s+([A-Z][a-z]+(?:-[a-z]+)?)\b|(?<=\bof\s)([A-Z]{2,6}\s+\d{2,5})\b")
NUMBERED_LOCAL = re.compile(r"\b[A-Z][\w’'.&-]*(?:\s+[A-Z][\w’'.&-]*){0,6}\s+(?:%s)\s+\d[\d-]*[A-Za-z]?\b"
                            % "|".join(_LOCAL_WORDS))


@lru_cache(maxsize=64)
def _named_body_pattern(noun: str):
    return re.compile(r"(?:[A-Z][\w’'.-]*\s+(?:(?:of|to|in|for|on|and|the)\s+)*)*%s(?:\s+(?:(?:of|to|in|for|on|the)\s+)*"
                      r"[A-Z][\w’'.-]*)*%s" % (noun.capitalize(), LOCAL_NUMBER_END))


def _one_sentence_part(run: str, noun: str) -> tuple[int, str]:
    """(offset, text) of the part of a run of capitalised words that holds the body's noun, the run cut where a
    sentence or a paragraph ends inside it: 'Nanaimo RCMP. ¶ Police said' is no "Nanaimo RCMP. Police", '... of
    Highwood ¶ The Calgary Police Service asked' no "Highwood The Calgary Police Service"; 'U.S. Capitol Police' and
    'St. John's Police' stay whole."""
    cuts = [0]
    for m in re.finditer(r"\.?\s*\n\s*|\.\s+", run):
        if "\n" in m.group() or not is_abbreviation(run, m.start()):
            cuts.append(m.end())
    cuts.append(len(run) + 1)
    for a, b in zip(cuts, cuts[1:]):
        part = run[a:b - 1] if b <= len(run) else run[a:]
        part = part.rstrip(". \n")
        if any(w.lower() == noun for w in part.split()):
            # "Det.-Sgt. Tiffany Castell of the Toronto Police Service": the officer's body, not the officer
            officer = re.match(r"(\S+)((?:\s+[A-Z][\w’'-]+){2,3})\s+of\s+(?:the\s+)?(?=[A-Z])", part)
            if officer and any(_title_key(w) in TITLE_WORDS and _title_key(w) not in ORG_WORDS | ORG_NOUNS
                               for w in re.split(r"(?<=\.)-", officer.group(1))) and \
                    noun not in fold(officer.group(2)).split():
                return a + officer.end(), part[officer.end():]
            return a, part
    return 0, run


# An RCMP detachment named by its place: "Nanaimo RCMP", "Codiac Regional RCMP" (not "The", a number or "RCMP" alone)
BARE_RCMP = re.compile(r"\bRCMP\b")
DETACHMENT = re.compile(r"\b(?!(?:The|A|An|Two|Three|Four|Five|Several|Many|Some|All|Both)\b)"
                        r"((?:[A-Z][\w’'-]+[^\S\n]+){1,3})RCMP\b")


# A person's office: "Ontario Health Minister Sylvia Jones’s office", "Trudeau's office" (resolve._office_of_person)
PERSONS_OFFICE = re.compile(r"(?:[Tt]he\s+)?(.+?)[’']s\s+office$")


def _body_name_before_title(run: str, noun: str) -> str:
    """'Government Spokesperson Anucha Burapachaisri' -> 'Government': a title after the body's noun starts a
    person's name ("Government Spokesperson", "Ministry Secretary"), no part of the body's."""
    ws = run.split()
    head = next((i for i, w in enumerate(ws) if w.lower() == noun), len(ws))
    cut = next((i for i in range(head + 1, len(ws)) if (_title_key(ws[i]) in TITLE_WORDS and ws[i] not in CONNECTORS)
                or fold(ws[i]) in SPOKES), len(ws))     # ("Bank of Japan": "of" is a title's word, no title)
    return " ".join(ws[:cut])


# A committee named in lower case after "the": "the Commons home affairs committee", "the joint committee on human
# rights" (at least one word before "committee")
LOWER_COMMITTEE = re.compile(r"\b[Tt]he\s+(?:influential\s+|powerful\s+|cross-party\s+)?"
                             r"((?!(?:same|new|former|whole|full|select)\b)(?:[A-Z][\w'’-]*\s+(?:[a-z]+\s+){0,3}|"
                             r"(?:[a-z]+\s+){1,3})"
                             r"committee(?:\s+on\s+[a-z]+(?:\s+[a-z]+)?)?)\b(?![’'])")


@lru_cache(maxsize=None)
def _lower_body_pattern(noun: str):
    """'unification ministry', 'foreign ministry' written in lower case (after any owner: "Seoul's"): one word
    before the noun that is no determiner; not an owner ("the foreign ministry’s website") nor a spokesperson's
    title ("a foreign ministry spokesperson")."""
    return re.compile(r"\b(?!(?:the|a|an|its|his|her|their|this|that|our|said|same|new|former)\b)([a-z]{3,}\s+%s)\b"
                      r"(?![’']|\s+(?:%s))" % (noun, "|".join(sorted(SPOKES))))


@lru_cache(maxsize=None)
def _country_patterns(country: str):
    """(folded names, codes or None) of a country, each one pattern: its names, demonym and capital (countryinfo)
    and institutions, matched in the folded text; its codes ('US', 'U.S.') as printed."""
    markers = country_markers().get(country, [country]) + COUNTRY_INSTITUTIONS.get(country, [])
    codes = [w for w in markers if w.isupper()]
    names = [w for w in markers if w not in codes]
    alternation = lambda ws: "|".join(re.escape(w) for w in sorted(ws, key=len, reverse=True))
    return (re.compile(r"\b(?:%s)\b" % alternation(names)),
            re.compile(r"(?<![\w.])(?:%s)(?![\w])" % alternation(codes)) if codes else None)


# A capitalised word or two, as a city is named ("Winnipeg", "Thunder Bay"), not after a capitalised word
CITY_WORD = re.compile(r"(?<![\w’'-])((?-i:[A-Z][a-z]+)(?: (?-i:[A-Z][a-z]+))?)(?![\w-])")
PUBLIC_BODY_HEADS = set(words("public_body_heads")) | {"government", "parliament", "court", "police"}
COMMERCIAL_NOUNS = {"company", "firm", "retailer", "carmaker", "group", "insurer", "lender", "airline", "bank"}
# (a title's one word: "the city said"; mentions.municipal_body)
ONE_WORD_MUNICIPAL_HEADS = {w for w in MUNICIPAL_HEADS if " " not in w}
# A company named by its legal suffix: "BCE Inc.", "Canada Goose Holdings Inc.", "BlackBerry Ltd.", "Acme Corp."
SUFFIXED_COMPANY = re.compile(r"(?<![\w’'-])(?:[A-Z][\w&’'.-]*\s+){1,5}(?:Inc\.|Ltd\.|Corp\.|Co\.|Corporation\b|Limited\b|"
                              r"LLC\b|plc\b|PLC\b|Inc\b|Ltd\b|Corp\b)")
LEADING_THE = re.compile(r"^(?:The|the)\s+")
# ... a suffixed name's tail after "of", "and" or a lower-case "co" ("General Motors of Canada Ltd")
NAME_TAIL_BEFORE = re.compile(r"\b(?:of|and|for|&|co)\s+$")
# ... its legal suffixes, however many ("Gannett Co Inc" and "Gannett Co" are one company)
COMPANY_SUFFIXES = re.compile(r"(?:\s+(?:Inc|Ltd|Corp|Co|Corporation|Limited|LLC|plc|PLC|Pty)\b\.?)+$")
# A body named after a common noun of its kind ("media group Reuters", "campaign group Save the Scottish Regiments"),
# and a campaign's name (lexicon campaign_openers): what "the group", "the firm" names
# when no body has spoken yet (Resolver._described_body_before).
DESCRIBED_BODY = re.compile(r"\b([a-z]+)\s+((?-i:[A-Z][\w&'’-]*)(?:\s+(?:(?-i:[A-Z][\w&'’-]*)|of|and|&|the|for)){0,4})")
# A body a country's possessive names in lower case: "South Korea's national election commission" (Yonhap; set U).
@lru_cache(maxsize=None)
def _country_lower_case_body(noun: str):
    return re.compile(r"\b([A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})['’]s\s+((?:[a-z][a-z-]+\s+){1,3})(%s)\b"
                      % re.escape(noun))


# Words before a body's noun that name no body: "South Korea's own commission", "the country's top court".
NOT_NAME_MODIFIERS = words("not_name_modifiers")
CAMPAIGN_BODY = re.compile(r"\b(?:%s)\s+(?:the\s+)?(?:[A-Z][\w'’-]*)(?:\s+(?:[A-Z][\w'’-]*|of|and|the)){0,4}"
                           % "|".join(w.capitalize() for w in sorted(words("campaign_openers"))))
CAMPAIGN_OPENER_WORDS = frozenset(words("campaign_openers"))
# (not "the company", "the firm": a business story names other firms by their trade too, "Oil giant Shell last year
# dismantled ..." in a story on Unilever, whose "The company said" is Unilever's; bbc-news/business/111)
DESCRIBED_BODY_KINDS = {"group": {"group"}, "campaign": {"campaign", "group"}, "charity": {"charity"},
                        "union": {"union"}, "agency": {"agency"}, "association": {"association"}}


def _bare_capitalised_title(text: str) -> bool:
    """'St. Albert Mayor said ...': a title in capitals with no determiner or owner before it, the form a title has
    before a name, here with the name left out (CTV Edmonton, set AC); no elegant variation for the last speaker,
    which reads "the mayor", "The MP for Sittingbourne", "Britain's foreign secretary"."""
    ws = text.split()
    return len(ws) >= 2 and all(w[:1].isupper() for w in ws) and fold(ws[0]) not in ("the", "this", "that") and \
        not any(w.endswith(("'s", "’s")) for w in ws)


def _without_place_opening(folded: str) -> str:
    """A folded title without the place or place's possessive it opens with: "quebec s labour minister" -> "labour
    minister" (the title "Labour Minister" gives the same person later; CityNews Montreal, set AC); a title that is a
    place's name alone is kept."""
    ws = folded.split()
    for n in (2, 1):
        if len(ws) > n + 1 and places().get(" ".join(ws[:n])) in ("province", "country", "city", "state", "demonym"):
            rest = ws[n + 1:] if ws[n] == "s" else ws[n:]
            return " ".join(rest) if rest else folded
    return folded


def _party_for_other_noun(ent, noun: str) -> bool:
    """A political party (a registry body one of whose names ends in "Party") is no "agency", "authority" or
    "company": "Labour Minister Jean Boulet said ... The agency noted it had proposed mediation" is the transit
    agency's word, not the (UK) Labour Party's (CityNews Montreal, set AC); "the party said" may still be it."""
    entry = getattr(ent, "registry", None)
    if entry is None or noun in ("party", "parties", "opposition", "government"):
        return False
    return any(fold(n).endswith(" party") for n in [entry.name, *(entry.aliases or [])])


def _named_by(role_head: list[str]):
    """A test of whether a body entity bears the name a lower-case mention gives it: 'unification ministry' fits
    "Ministry of Unification", not "Seoul's foreign ministry"; demonyms, places and determiners aside ("the Chinese
    foreign ministry" fits "Ministry of Foreign Affairs of China"); a word fits one sharing its first five letters
    ("presidential office": "Office of the President")."""
    modifiers = [w for w in role_head[:-1] if w not in DETERMINERS and
                 w not in places() and not w.endswith(("'s", "’s"))]

    def fits(ent) -> bool:
        if not modifiers or ent.kind != "organization":
            return True
        names = fold(ent.name).split()
        return all(any(n[:5] == w[:5] for n in names) for w in modifiers)
    return fits


@lru_cache(maxsize=1 << 14)
def _title_key(word: str) -> str:
    """'MS.' -> 'ms', 'Minister’s' -> 'minister' (not rstrip of a letter set, which turns 'MS.' into 'm'); a former
    title's 'Ex-frontbencher' -> 'frontbencher' ("Ex-frontbencher Chuka Umunna": politicshome.com, bbc20)."""
    word = word.lower()
    return POSSESSIVE_END.sub("", word[3:] if word.startswith("ex-") else word).rstrip(".'’,")


# A title set off after a name: ", foreign ministry spokesman," / ", a spokesperson for the ministry,".
APPOSITION_ROLE = re.compile(r",\s+(?:the\s+|a\s+)?((?:[a-z][a-z-]*\s+){0,4}[a-z]+)\s*,")
# ... or set off in capitals, the spokesperson's office among others: "Mr. Sek Wannamethee, Director-General of the
# Department of Information and Spokesperson of the Ministry of Foreign Affairs, on 28 November 2013 gave a briefing"
# (then "the Spokesperson added that ..."; Thai MFA copy, issue 8, south13)
APPOSITION_TITLE_ROLE = re.compile(r",\s+((?:[A-Z][\w’'-]*|of|the|and|for|on)(?:\s+(?:[A-Z][\w’'-]*|of|the|and|for|on))"
                                   r"{0,14})\s*,")
# ... or a spokesperson's title set off before the name: "South Korean Unification Ministry spokesman, Lee Sang-min,
# said ..." (then "stressed the spokesman"; watsupeurope.com, the lead's round 18)
FRONTED_SPOKES_ROLE = re.compile(r"(?i:(" + ONE_SPOKESPERSON + r")),[ \t]*$")
# A speaker quoting another: '..., Geng quoted Foreign Minister Wang Yi as saying.'
QUOTED_AS_SAYING = re.compile(r"\b([A-Z][\w'’-]+)\s+quoted\s+(?:[A-Z][\w'’.-]*\s+){1,6}as\s+saying\b")
QUOTING_REACH = 400
LONE_SPEAKER_REACH = 1500
# ... or the title of a body's spokesperson run into the name: "Spokesperson of the foreign ministry Pham Thu Hang"
SPOKES_TITLE_BEFORE_NAME = re.compile(r"(?i:(" + ONE_SPOKESPERSON + r"))\s+(?:of|for)\s+(?:the\s+)?(?:[A-Za-z]+\s+){1,4}$")


def _headline_verb(word: str) -> bool:
    """'Defends', 'Slams', 'Urges': a title-case heading's verb in the third person after its subject, no first name
    or surname."""
    w = fold(word)
    return w.endswith("s") and len(w) > 3 and w not in first_names() and w not in surnames() and not places().get(w)


# A question one person asked another, named: "asked Crouse about ...", "asked Mayor Jane Smith whether ..."
ASKED_PERSON = re.compile(r"\basked\s+((?:[A-Z][\w'’.-]+\s+){0,2}[A-Z][\w'’-]+)\s+(?:about|whether|if|what|why|how|when|"
                          r"where)\b")
SENTENCE_STOP = re.compile(r"(?<=[a-z]{3})[.!?][\"”’)]?\s+|\n")
NEXT_SAYS = re.compile(r"\s+(?:says|said|told|stated)\b")


def _headline_says(word: str) -> bool:
    """'Says', 'Tells', 'Urges': a title-case reporting verb in the third person, as a headline prints it."""
    return word[:1].isupper() and word[1:].islower() and word.lower() in CUE_FORMS and _headline_verb(word)


PORTFOLIO_CHIEF_OFFICES = frozenset(words("portfolio_chief_offices"))


def _portfolio_chief(words: list[str], role_words: list[str]) -> bool:
    """"the defense chief" of "Defense Secretary Gilberto Teodoro Jr.": the portfolio's secretary or minister."""
    return len(words) == 2 and words[1] == "chief" and words[0] in LOWERCASE_PORTFOLIOS and \
        words[0] in role_words and bool(PORTFOLIO_CHIEF_OFFICES & set(role_words))



def _spokesperson_speaks_of(lead_words: list) -> bool:
    """Does a verb of saying follow the last spokesperson word of the words before a name ("the BBC spokeswoman said
    Graham Norton's ...")? The name is then in what was said, not the spokesperson's."""
    at = max((i for i, w in enumerate(lead_words) if w in SPOKES), default=-1)
    return at >= 0 and any(w in CUE_FORMS for w in lead_words[at + 1:])


@lru_cache(maxsize=4096)
def _demonym_of_role(word: str, role_folded: str) -> bool:
    """Is word a people's adjective of a country the role names ("the Chinese spokesperson" of "China's Taiwan
    Affairs Office Spokesperson"; Focus Taiwan, set AW 005)?"""
    if places().get(word) != "demonym":
        return False
    rws = set(role_folded.split())
    return any(word in markers and (country in rws or rws & {m for m in markers if m != word and m.islower()})
               for country, markers in country_markers().items())


def _role_matches(role_folded: str, head: str) -> bool:
    """Does a role ('foreign ministry spokesperson') fit a title mention ('spokesman', 'prime minister')?"""
    words = head.split()
    if not words:
        return False
    if "shadow" in role_folded.split() and "shadow" not in words:
        return False     # the shadow chancellor is not "the chancellor"
    if any(_FORMER.fullmatch(w) for w in role_folded.split()) and not any(_FORMER.fullmatch(w) for w in words):
        return False     # a former (ex-) chancellor is not "the chancellor" either
    if any(_DEPUTY.fullmatch(w) for w in role_folded.split()) and not any(_DEPUTY.fullmatch(w) for w in words) and \
            words[-1] not in SPOKES:
        return False     # nor is the deputy mayor "the mayor" (the National Post's, quotes17); but "the spokesman" is
        #                  the army deputy spokesman named before (Pattaya Mail via TNA; asia19)
    if words[-1] in SPOKES:
        return _spokesperson_portfolio(role_folded, words) or any(w in SPOKES for w in role_folded.split()) and \
            all(w in role_folded.split() or w in SPOKES or w in {"the", "foreign", "ministry"} or
                _demonym_of_role(w, role_folded) for w in words)
    rws = role_folded.split()
    if _portfolio_chief(words, rws):
        return True
    if len(words) == 1 and rws and ROLE_KINDS.get(rws[-1]) == words[0]:
        return True     # "the MP" of "Labour backbencher Stephen Pound", "the judge" of "... Justice John Rooke"
    if len(words) >= 2 and rws and words[-1] == rws[-1] and not {"for", "of", "to"} & set(rws):
        # "The Cumberland House Chief" of "Cumberland House Cree Nation Chief Rene Chaboyer": the title's words in
        # the role's order, the same head (quotes12)
        it = iter(rws)
        if all(w in it for w in _office_words(words)):
            return True
    padded = f" {role_folded} "
    at = padded.find(f" {head} ")
    at = at if at >= 0 else (len(padded) - 1 - len(head) if role_folded.endswith(head) else -1)
    # not the one the role serves: "Deputy Spokesman for the Secretary-General" holds no "Secretary-General"
    return at >= 0 and not re.search(r"\b(?:for|to|of)(?: the)?\s*$", padded[:at]) and \
        not _another_title_after(padded[at + len(head) + 2:], words[-1])


def _office_words(words: list[str]) -> list[str]:
    """A title mention's words without those telling nothing of the office: the possessive's "s" after a place and
    the holder's newness ("hong kong s new police commissioner" -> "hong kong police commissioner")."""
    return [w for k, w in enumerate(words) if not (w == "s" and k > 0) and w not in TITLE_TENURE_MODIFIERS]


GOVERNMENT_SPOKESPERSON_PORTFOLIOS = frozenset(words("government_spokesperson_portfolios"))


def _spokesperson_portfolio(role_folded: str, words_: list[str]) -> bool:
    """Is "the government spokesman" the minister named before for the government's media or information ("Minister of
    State for Media Affairs and Communications Mohammad Al Momani on Saturday said ... ¶ The government spokesman
    added that ..."; Petra via Al Ghad, set BE 011)? Only "government" and the spokes word in the mention."""
    rws = role_folded.split()
    return [w for w in words_ if w != "the"][:1] == ["government"] and len(words_) - words_.count("the") == 2 and \
        "minister" in rws and bool(GOVERNMENT_SPOKESPERSON_PORTFOLIOS & set(rws))


def _said_before_name(after_noun: list[str], between: str) -> bool:
    """Does a verb of saying stand between a title's noun and the name after it, in one sentence (the name is in
    what the title's holder said)?"""
    return "\n" not in between and not re.search(r"[.!?]\W*\s", between) and \
        any(w.strip(",;:") in CUE_FORMS for w in after_noun[1:])


def _another_title_after(rest: str, head: str = "") -> bool:
    """Do the role's words after a mention's title make another title ("general" of "Secretary-General": "The
    Secretary said" is not the Secretary-General's; set AZ 002)? Not a rank after a head that takes none ("Prime
    Minister General" is the Prime Minister of the rank General: "the PM"; set BS 001)."""
    return rest.split(" ", 1)[0] in POSTPOSITIVE_TITLE_WORDS and head not in HEADS_BEFORE_A_RANK


@dataclass
class Entity:
    name: str
    kind: str | None                 # person / organization / None (not known yet)
    pos: int                         # last position mentioned
    role: str | None = None
    organization: str | None = None
    gender: str | None = None
    registry: RegistryEntry | None = None
    speaker_count: int = 0
    valid: bool = True               # False for a place, a time zone, a description: never a speaker

    @cached_property
    def words(self):
        return name_words(self.name)


def _spoke_by_given_name(e: "Entity") -> bool:
    """A speaker of the text whose full name the names list does not know, met again by its first word alone: Thai
    news names people by their given name ("Army Chief General Udomdej Sitabutr" spoke, then "General Udomdej made
    similar comments on the issue. He asked media to stop ..."; AsiaOne printing The Nation, set BS 001)."""
    return e.speaker_count > 0 and len(e.words) in (2, 3) and all(w[:1].isupper() for w in e.name.split())


SELF_NAMED = re.compile(r"\bWe,?\s+the\s+([^,.;:\n]{2,100})")
SHORT_NAME = re.compile(r"[A-Z][A-Z0-9]{1,7}")     # "G7", "G20", "ASEAN", "NATO"


# A body's name after "spokesperson of": capitalised words and their joiners only ("Spokesperson of Foreign Office,"),
# never a clause ("The spokesperson for the Ministry of Public Security cited the case of Ms. Nguyen Phuong Hang": she is
# no spokesperson; seed13).
BODY_NAME_WORDS = r"(?:[A-Z][\w'’.&-]*)(?:\s+(?:[A-Z][\w'’.&-]*|of|the|for|and|on|in))*"
# The words before a spokesperson's name ending with the title and its body ("... Official Spokesperson for the Ministry
# of Foreign Affairs"), an honorific before the name cut first, then only the last clause's words (Resolver.
# _named_spokesperson; compiled once, not per introduction).
SPOKES_FOR_BODY_END = re.compile(r"(?i:%s)\s+(?:for|of|in)\s+(?:the\s+)?(%s)\s*,?\s*$" % ("|".join(sorted(SPOKES)),
                                                                                          BODY_NAME_WORDS))
HONORIFIC_END = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Prof)\.?\s*$")
# Military ranks abbreviated before a name ("Brig. Gen. Pat Ryder"), whose stops end no clause.
RANKS_END = re.compile(r"(?:\b(?:Brig|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|Sgt|Rear|Vice)\.?\s+)+$")
CLAUSE_MARK = re.compile(r"[.!?:;]\s")
# A title set off by a comma after a name ("Hoang Anh Tuyen, Deputy Chief of the Office and Spokesperson of the Ministry
# of Public Security ,").
APPOSITIVE_TITLE = re.compile(r"\s*,\s*((?:[A-Z][\w'’.&-]*)(?:\s+(?:[A-Z][\w'’.&-]*|of|the|for|and|on|in))*)\s*,")


# A kin apposition after a person's name, and the relative it names ("Kim Yo-jong, the sister of regime leader Kim
# Jong-un, who issued her second statement ..." ¶ "She also reiterated ...": Kim Yo-jong; KBS, seed13).
KIN_FEMALE, KIN_MALE = set(words("kin_nouns_female")), set(words("kin_nouns_male"))
_KIN = "|".join(sorted(KIN_FEMALE | KIN_MALE))
# ... a relation before a given name set off by commas ("Their mother, Beverley, said ..."; _surname_someone_new)
KIN_NAMED_AFTER = re.compile(rf"\b(?:[Tt]heir|[Hh]is|[Hh]er|[Tt]he\s+[a-z]+['’]s|[A-Z][\w-]*['’]s)\s+(?:(?:elder|younger|older|"
                             rf"late|best|longtime)\s+)?({_KIN}|friend|partner|neighbour|neighbor|grandmother|"
                             rf"grandfather)\s*,\s*$")
KIN_AFTER = re.compile(rf"\s*,\s+(?:the|his|her)\s+(?:(?:elder|younger|older|late)\s+)?({_KIN})\s+of\b", re.I)
# (the relative's title may hold a capitalised word: "Kim Yo-jong, the sister of North Korean leader Kim Jong-un,
# issued harsh criticism of Kang ... Kim berated Kang": she, not her brother; KBS, krjp18)
KIN_BEFORE = re.compile(rf",\s+(?:the|his|her)\s+(?:(?:elder|younger|older|late)\s+)?(?:{_KIN})\s+of\s+"
                        rf"(?:the\s+)?(?:[A-Za-z][\w-]*\s+){{0,3}}$")

# A relative described by the kin of the person named ("one day after the sister of regime leader Kim Jong-un slammed
# Seoul ...": she speaks, not he; KBS, krjp18).
KIN_OF_SUBJECT = re.compile(rf"(?:the|his|her)\s+(?:(?:elder|younger|older|late)\s+)?({_KIN})\s+of\s+", re.I)


# A body's spokesperson by the possessive, the body capitalised: "Taliban regime’s spokesperson".
REGIME_NOUNS = set(words("regime_nouns"))
POSSESSIVE_SPOKES = re.compile(r"([A-Z][\w-]*(?:\s+[A-Za-z][\w-]*){0,3})\s*['’]\s*s\s+" + ONE_SPOKESPERSON)
UNNAMED_SUBJECT_REACH = 1500
NOT_A_NAME_OPENING = frozenset("The It He She They We I You This That These Those There Here What Which Who Today And But "
                               "So Yet Now".split())
# A name opening a sentence that the sentence calls a business: "Boeing is one of the companies bidding ...", "Acme is a
# Texas-based retailer" (the heads of described_business_heads, singular or plural).
_BUSINESS_HEAD = r"(?:%s)" % "|".join(sorted({re.escape(h) for h in DESCRIBED_BUSINESS_HEADS} |
                                               {re.escape(h[:-1]) + "ies" if h.endswith("y") else re.escape(h) + "s"
                                                for h in DESCRIBED_BUSINESS_HEADS}, key=len, reverse=True))
COMPANY_DESCRIBED_AFTER = re.compile(
    r"(?P<name>[A-Z][\w&’'.-]*(?:\s+[A-Z][\w&’'.-]*){0,3})\s+(?:is|was|has\s+been)\s+"
    r"(?:one\s+of\s+(?:the|several|many|two|three|four|five)|among\s+the|a|an|the)\s+"
    r"(?:(?!(?:of|at|for|in|with|to|from|by|on|and|or|its|their|his|her)\s)[\w’'-]+\s+){0,3}?"
    + _BUSINESS_HEAD + r"(?=\s*[,.;:!?]|\s+(?:that|which|whose|to|in|on|of|with|from|for|based|[a-z]+ing)\b)")
# "The Foreign Ministry spokesman also revealed ...": an unnamed spokesperson opening a sentence of the narrative.
# (not a person's or an office's by a possessive, "The PM’s spokesman insisted ...", which the registry may know as an
# office, Downing Street, that "the spokesman" then is; Evening Standard, set AY 007)
DEFINITE_SPOKES_SUBJECT = re.compile(r"\bThe\s+(?:(?![A-Z][\w-]*['’]s\s)[A-Z][\w’'-]*\s+){1,4}" + ONE_SPOKESPERSON + r"\s+(?:also\s+)?"
                                     r"[a-z]+(?:ed|s)\b")


def _found(ent):
    """A look-up's find as a rule's answer: nothing found (None) leaves it to the next rule."""
    return _GO_ON if ent is None else ent


@dataclass(slots=True)
class _PronounCase:
    """What the rules of Resolver._PRONOUN_RULES read and amend: the pronoun's mention, its position (moved back to the
    mention itself when the newest person is looked for), its word, the last speaker while near, the gender it tells,
    the names opening the words it says, the person opening a sentence before it, and the referent chosen."""
    m: Mention
    pos: int
    word: str
    last: "Entity | None"
    gender: str | None
    named: frozenset | set = frozenset()
    subject: tuple | None = None
    ent: "Entity | None" = None

    def fits(self, e) -> bool:
        return e.kind != "organization" and (e.gender is None or self.gender is None or e.gender == self.gender) and \
            not (e.words and e.words[-1] in self.named)

    def fits_named(self, e) -> bool:
        # a person met since the last speaker, not yet heard: the given name's usual gender counts too (not for
        # the last speaker, whom the pronoun itself tells about: "She said" after "Mumtaz Zahra Baloch said")
        return self.fits(e) and not _other_given_name(e, self.gender)


def _by_title(ent):
    """A look-up's find as a title rule's answer, (ent, "title"): nothing found (None) leaves it to the next rule."""
    return _GO_ON if ent is None else (ent, "title")


PROGRAMME_WORDS = frozenset(words("programme_words"))
PROFESSION_HEADS = frozenset(words("profession_heads"))
BUILDING_HEADS = frozenset(words("building_heads"))
PLACE_HEADS = frozenset(words("place_heads")) | BUILDING_HEADS
# An achievement's noun, then a given name: "... champion Kelly Holmes" after "Double Olympic" (_intro_modifier_of_a_name).
ACHIEVEMENT_THEN_NAME = re.compile(r"\s+(?:%s)\s+([A-Z][a-z]+)\s+[A-Z]" % "|".join(sorted(words("achievement_heads"))))
# A sentence opening with an office's holder by title, a fronted phrase before ("In her response, the First Minister
# defended her record"): _other_title_opened_since_last
TITLE_OPENS_SENTENCE = re.compile(r"(?:^|(?<=[.!?]\s)|(?<=\n))(?:[A-Z][^,.\n\"“]{0,40},\s+)?[Tt]he\s+((?:[A-Z][a-z]+\s+){1,3})"
                                  r"(?:[a-z]+ed|has|had|was|is)\b", re.M)
PORTFOLIOS = frozenset(words("lowercase_portfolio_ends")) | frozenset(words("lowercase_ministry_portfolios"))
# "Sky News host" (extract.mentions.outlets_journalist): the outlet's name, then the journalist's noun
OUTLETS_JOURNALIST = re.compile(r"((?:[A-Z][\w'’.&-]*\s+)+)(?:%s)" % "|".join(sorted(ASKER_WORDS)))
# "The newest former Tory MP member of Reform" (extract.mentions.member_of_a_body): one member of a named body
MEMBER_OF_A_BODY = re.compile(r"\bmember of (?:the )?[A-Z]")


def _other_portfolio(role: list, head: list, noun: str) -> bool:
    """Do a title and a role name the same noun for two portfolios ("health secretary", "foreign secretary")?"""
    if noun not in role or noun not in head:
        return False
    i, j = len(role) - 1 - role[::-1].index(noun), len(head) - 1 - head[::-1].index(noun)
    # (portfolios both: "France coach" is "the French coach", bbc-news/sport/296)
    return i > 0 and j > 0 and role[i - 1] != head[j - 1] and {role[i - 1], head[j - 1]} <= PORTFOLIOS


# A title a country owns by its possessive, folded: "iran s foreign minister".
COUNTRY_OWNED_TITLE = re.compile(r"([a-z]+(?: [a-z]+)?) s ((?:[a-z-]+ ){0,3}[a-z-]+)")


def _countries_named(role_folded: str) -> set:
    """The countries a folded title's words or word pairs name ("iranian foreign minister": {"iran"})."""
    ws = role_folded.split()
    return {c for c in (_country_word(w) for w in ws + [" ".join(p) for p in zip(ws, ws[1:])]) if c}


@lru_cache(maxsize=4096)
def _country_word(w: str) -> str | None:
    if places().get(w) == "country":
        return w
    return next((country for country, markers in country_markers().items() if w in markers), None)


@dataclass(slots=True)
class _TitleCase:
    """What the rules of Resolver._TITLE_RULES read and amend: the title's mention and position, its role without a
    determiner, folded (head) and that up to "for"/"of" (role_head), and the holder found so far."""
    m: Mention
    pos: int
    role: str = ""
    head: str = ""
    role_head: list | None = None
    ent: "Entity | None" = None


class _SurnameCase:
    """A surname mention as the rules of Resolver._SURNAME_RULES read it: its folded words, and whether a longer name
    may open with them (first_ok)."""
    __slots__ = ("m", "pos", "words", "first_ok")

    def __init__(self, m: Mention, pos: int):
        self.m, self.pos = m, pos
        words = self.words = fold(m.name).split()
        # "Mr Howard" is Michael Howard, not Howard Flight: after an English honorific, a word that is an English given
        # name is no family name put first ("Mr Wang" may be Wang Yi)
        first_ok = len(words) == 1 and not (HONORIFIC_OPENING.match(m.text) and is_given_name(words[0]))
        # nor is a country's name the first of a longer name: "France, which took the initiative ..., asked Libyan
        # rebels to ..." after "the minister told France Info" is France, not the radio (chinadaily.com.cn; wire19)
        self.first_ok = first_ok and places().get(words[0]) != "country"

    def matches(self, e) -> bool:
        # "Mr. Holtz-Eakin" folds to two words: compare the surname as a run of words at the end.
        words = self.words
        if e.kind == "organization":
            return False
        if len(e.words) > len(words):
            return e.words[-len(words):] == words or (self.first_ok and e.words[:1] == words)
        return len(words) == 1 and e.words == words     # a lone surname known to be a person's ("Ford")

    def org_prefix(self, e) -> bool:
        # (not a country before a possessive: "Russia claimed earlier ..." after "Russia's Defense Ministry claimed" is
        # Russia, the ministry's owner; Kyiv Independent, set K 005)
        # (nor a compound's first part: '"...," Reagan said.' after "the Reagan-appointed Kissinger Commission" is
        # Reagan, not the commission; Reuters)
        return e.kind == "organization" and e.words[:len(self.words)] == self.words and not (
            len(self.words) == 1 and places().get(self.words[0]) == "country" and
            POSSESSIVE_END.search(e.name.split()[0])) and \
            not (len(self.words) == 1 and "-" in e.name.split()[0])


@dataclass(slots=True)
class _RunIntroduction:
    """What the steps of Resolver._INTRODUCE_STEPS read and amend: the run of capitalised words (NAME_RUN's match m,
    its words, whether in a heading), the index k of its name after the titles before it, the last title word (a
    name head) in it, the name's words and text, the title (its words and role) and the gender they tell."""
    m: re.Match
    words: list
    heading: bool
    k: int = 0
    last_title: int = -1
    name: list | None = None
    nm: str = ""
    gender: str | None = None
    role_words: list | None = None
    role: str | None = None


# "It" opening a sentence (Resolver._body_named_in_sentence_before), and a capitalised run after "the" that may name a
# body with its connecting words ("the Commission for Public Complaints Against the RCMP").
IT_OPENS_SENTENCE = re.compile(r"It\b")
COPULA_BEFORE = re.compile(r"\b(?:is|was|are|were)\s+$")
THE_CAPITALISED_RUN = re.compile(r"\b[Tt]he\s+[A-Z][\w'’.&-]*(?:\s+(?:of|for|on|and|against|Against|the|in|to)?\s*"
                                 r"[A-Z][\w'’.&-]*)*")
# The body a sentence opens with as its subject, after any dateline ("REGINA — The Saskatchewan Roughriders have hired
# ..."): its capitalised name, then a finite verb (Resolver._body_title_subject_of_its_clause). The sentence is the last
# one opened before the frame's "the <noun>".
SENTENCE_OPENING_BODY = re.compile(
    r"[ \t]*(?:[A-Z][A-Z .,'’-]{1,40}\s+[—–-]+\s+)?(?:The\s+)?(?P<name>(?:[A-Z][\w'’&.-]*\s+){0,4}[A-Z][\w'’&.-]*)\s+"
    r"(?:has|have|had|is|are|was|were|will|would|plans|[a-z]+ed)\b")
TEAM_NOUNS = frozenset(words("team_nouns"))
BODY_TITLE_NOUNS = frozenset(words("org_nouns"))


@dataclass(slots=True)
class _BodyTitle:
    """What the rules of Resolver._BODY_TITLE_RULES read and amend: the title's mention, role, folded role (head),
    that up to "for"/"of" (role_head), position and last word (noun); the test of the body its words name
    (named_by), the body subject before and the last speaker when they fit, and the body found so far."""
    m: Mention
    role: str
    head: str
    role_head: list
    pos: int
    noun: str
    named_by: object = None
    subject: tuple | None = None
    last: "Entity | None" = None
    ent: "Entity | None" = None

    def fits(self, ent) -> bool:
        # ("Police told reporters ... the company said": a police force is no company, nor any other body;
        # "admonished by the Securities and Exchange Commission ... the company said": a public body is no
        # company or firm)
        return self.named_by(ent) and (self.noun == "police" or ent.words[-1:] != ["police"]) and \
            not (self.noun in COMMERCIAL_NOUNS and ent.words[-1:] and ent.words[-1] in PUBLIC_BODY_HEADS) and \
            not (ent.words[1:2] == ["of"] and ent.words[0] in ONE_WORD_MUNICIPAL_HEADS and self.noun != ent.words[0]) and \
            not _party_for_other_noun(ent, self.noun)
        # (nor is a municipality any other kind of body: "The city previously said ... however the union says ..."
        # is no word of the City of Winnipeg's; bt24news.com, set Q)


class Resolver:
    """Per-document entity tracking."""

    def __init__(self, body: str, registry: Registry, day: str | None = None):
        self.body = body
        self.registry = registry
        self.day = day
        self.body_folded = fold(body)
        self.entities: list[Entity] = []
        self._peers: dict[str, str] = {}        # a name -> the name a peer is known by ("Holme" -> "Lord Holme")
        self._lower_words = None     # the text's lower-case words, read once when a name needs them
        self._subjects_made = None   # _sentence_subjects(), made when a pronoun first asks
        self.introductions = self._introductions()
        # a nickname in quotes inside a name ("Joko 'Jokowi' Widodo"): the nickname alone names that person
        self._nicknames = {fold(m.group(2)): f"{m.group(1)} {m.group(3)}" for m in NICKNAMED.finditer(body)} \
            if "'" in body or "‘" in body or '"' in body or "“" in body else {}
        self._intro_keys = [name_words(n) for _, n, _, _ in self.introductions]
        # "Muslim Association of Britain (MAB)": the acronym names the same body later in the text.
        self.acronyms = {}
        for m in ACRONYM.finditer(body) if ACRONYM_END.search(body) else ():     # the cheap half first
            name = re.sub(r"^The\s+", "", m.group(1))
            if "".join(w[0] for w in name.split() if w[0].isupper()) == m.group(2):
                self.acronyms[m.group(2)] = name
        self.last_speaker: Entity | None = None
        self.last_pos = -1
        self.unnamed_spoke = -1                # where a person left unnamed last framed words ("said the official")
        self._unknown_honorific_last = False
        self.last_end = -1                     # end of the last statement's words: names inside them are no subject
        self.last_group: list[Entity] = []     # speakers of the last statement made jointly ("X and Y said")
        self.group_named = False               # last_group was named by "the leaders" ("the group" goes on with it)
        self._together_at = -1                 # start of the sentence _named_together_before last found people in
        self.last_voice: str | None = None     # gender of the spokesperson through whom the last body spoke
        self.voiced: list[Entity] = []         # bodies that spoke through a spokesperson, in order
        self.press_voiced: Entity | None = None     # the office that spoke last through its press secretary
        self._countries_read: dict[str, bool] = {}     # folded country -> does the text name it (_about)
        self._aside_speaker = False     # the last pronoun was a person named inside the sentence, not its subject
        self._reporter: tuple | None = None     # (speaker, pos, end) of words framed after them, and who spoke before
        self._words_span: tuple = (0, None)     # (start, end) of the words the mention being resolved frames

    # -- entities -------------------------------------------------------------------------------------------
    def _introductions(self):
        """Full personal names anywhere in the text, with position and any title before them."""
        found = []
        headings: dict[int, bool] = {}     # paragraph start -> is it a heading (no sentence punctuation)?
        for m in NAME_RUN.finditer(self.body):
            para_start = self.body.rfind("\n", 0, m.start()) + 1
            if para_start not in headings:
                para_end = self.body.find("\n", m.end())
                para = self.body[para_start:para_end if para_end >= 0 else len(self.body)]
                # a heading is short; a long paragraph whose full stop went missing is still running text
                headings[para_start] = not _SENTENCE_MARK.search(para) and len(para.split()) <= 15
            heading = headings[para_start]
            # A run may cross a sentence end ("University of Ulster. Sir Nicholas", "spokesman David Heath. Mr
            # Heath"): each sentence's part is a run of its own.
            run = m.group(1).split()
            # (not after a title's abbreviation: "SAGIP Party-list Rep. Rodante Marcoleta", his title kept; seed17)
            # (nor after a person's glued initials right after a title: "Nunavut Premier P.J. Akeeagok was in
            # Ottawa", then "Akeeagok said" is his; not "the U.S." or "B.C." ending a sentence, nor initials after no
            # title, a firm's ("for E.F. Hutton and Co") or middle ones ("George H.W. Bush"); amp.cbc.ca, set AG)
            cut = [i + 1 for i, w in enumerate(run[:-1]) if w.endswith(".") and len(w.rstrip(".")) > 1
                   and w.lower().rstrip(".") not in HONORIFICS
                   and not (w.lower().rstrip(".") in ABBREVIATIONS and _title_key(w) in TITLE_WORDS)
                   and not (i and _glued_initials(w) and _title_key(run[i - 1]) in TITLE_WORDS)]
            for a, b in zip([0] + cut, cut + [len(run)]):
                self._introduce(found, m, run[a:b], heading)
        # ("APNSA Sullivan" introduces nobody: the surname of Jake Sullivan, his title's letters before it)
        return [f for f in self._without_glued_openers(found) if not _titled_by_letters(self.body, f[1].split())
                and not _place_run_without_given_name(f[1])]

    def _without_glued_openers(self, found):
        """'Some Clinton allies suggested ...', 'Like Corker, Menendez also rejected ...', 'Maybe Trump is ...': a word
        capitalised only because it opens a sentence, written in lower case elsewhere in the text and no given name,
        before the surname of a person the text names by a given name, introduces nobody (the surname is that person's;
        PolNeAR, bbc-news/sport/486)."""
        named = {name.split()[-1] for _, name, _, _ in found if is_given_name(name.split()[0], any_gender=True)}
        glued = [i for i, (pos, name, role, _) in enumerate(found)
                 if role is None and len(name.split()) == 2 and name.split()[1] in named
                 and not is_given_name(name.split()[0], any_gender=True)
                 and OPENS_SENTENCE_BEFORE.search(self.body[max(0, pos - 4):pos])]
        if not glued:
            return found
        if self._lower_words is None:
            self._lower_words = frozenset(LOWER_WORD.findall(self.body))
        return [f for i, f in enumerate(found) if i not in glued or f[1].split()[0].lower() not in self._lower_words]

    def _introduce(self, found, m, words, heading):
        """Add the person a run of capitalised words (one sentence's part of NAME_RUN match m) introduces. The steps
        of _INTRODUCE_STEPS read and amend the run's words, its name and its title in order; one returning None ends
        it, nobody introduced."""
        c = _RunIntroduction(m, words, heading)
        if decide(self._INTRODUCE_STEPS, self, c, otherwise=_GO_ON) is not _GO_ON:
            return
        found.append((m.start(), c.nm, c.role, c.gender))

    def _intro_cue_opens_run(self, c: _RunIntroduction):
        start = c.m.start()
        if CLOSING_MARK_BEFORE.search(self.body, max(0, start - 4), start) and c.words[0].lower() in CUE_FORMS:
            c.words = c.words[1:]     # '“Let us not give these politicians mileage ...” Said Kiraithe.': the verb,
            #                           no given name (Baraka FM, the lead's round 18)
        return _GO_ON

    def _intro_sentence_adverb(self, c: _RunIntroduction):
        if len(c.words) > 1 and sentence_adverb(c.words[0]):
            c.words = c.words[1:]     # "Interestingly Blocher, a wealthy industrialist, became ...": the adverb opening
            #                           the sentence is no part of the name (mentions.sentence_adverb; PolNeAR)
        return _GO_ON

    def _intro_headline_verb_ends(self, c: _RunIntroduction):
        words = c.words
        verb = next((i for i, w in enumerate(words) if i and (_headline_says(w) or
                                                              (w.istitle() and w.lower() in HEADLINE_EVENT_VERBS))), None)
        if verb is not None:
            # "Brazil: Lula Says Officials Who ‘Make Mistake’ Will Be Kindly Asked To Leave": a title-case
            # headline's reporting verb ends its subject (eurasiareview.com; dates19), no name "Lula Says Officials
            # Who" for "Lula" to be read as
            c.words = words[:verb]
        return _GO_ON

    def _intro_known_bodys_possessive(self, c: _RunIntroduction):
        words = c.words
        # (an owner of two or three words too: "Tennis Australia's Geoff Pollard rejected his comments"; bbc-news/sport/487)
        i = next((i for i, w in enumerate(words[:3]) if POSSESSIVE_END.search(w)), 0)
        if len(words) >= i + 3 and POSSESSIVE_END.search(words[i]) and is_given_name(words[i + 1], any_gender=True) and \
                (getattr(self.registry.lookup(POSSESSIVE_END.sub("", " ".join(words[:i + 1]))), "kind", None) ==
                 "organization" or self._owner_of_member(c, i + 1)):
            # "even though Labour’s Wes Streeting fiercely defended him" (HuffPost UK; bbc22): a party's (a body the
            # registry knows) possessive before a full name; the person is introduced, "Streeting said" his. Not any
            # owner: "CNN's Jake Tapper", "BBC’s Emily Maitlis" known by their given names would take the pronoun of
            # the one they interview (PolNeAR's Politico, a Zyte page)
            c.words = words[i + 1:]
        return _GO_ON

    def _owner_of_member(self, c: _RunIntroduction, length: int = 1) -> bool:
        """"COPE's Sean Orr and OneCity's Lucy Maloney each received ...", "Canada’s Camryn Rogers": a party, club or
        country whose member the text names, the owner no news outlet ("CNN's Jake Tapper"), no day ("Monday's"), no
        given name, and the run not the one asked or told ("told BBC’s Emily Maitlis", "in an interview with NPR's
        Steve Inskeep": the interviewer, who would take the pronoun of the one interviewed; vancouver.ctvnews.ca, set M)."""
        owner = POSSESSIVE_END.sub("", " ".join(c.words[:length]))
        if fold(owner) in OUTLET_AND_BODY_NAMES or owner.lower() in NOT_NAMES or is_given_name(owner, any_gender=True) or \
                length > 1 and (is_given_name(c.words[0], any_gender=True) or
                                OUTLET_WORDS & set(owner.lower().split())):
            return False
        before = self.body[max(0, c.m.start() - 40):c.m.start()].lower().split()
        return not (before and before[-1] in INTERVIEW_CONTEXT)

    def _intro_two_words(self, c: _RunIntroduction):
        if len(c.words) < 2:
            return None     # (the name below is a part of words, and a name has two words at least)
        return _GO_ON

    def _intro_compound_modifier(self, c: _RunIntroduction):
        cut = after_compound_modifier(c.words)
        if cut:
            c.words = c.words[cut:]     # "Korean-born Monte Haines", "Fly-half Charlie Hodgson": the adjective or the
            #                           position is no part of the name (mentions._name_split; the lead's round 32)
        return _GO_ON

    def _intro_modifier_of_a_name(self, c: _RunIntroduction):
        # (the pattern first: it fails right away after nearly every run, and this step reads every run of the text)
        after = ACHIEVEMENT_THEN_NAME.match(self.body, c.m.end(1))
        if after is None or c.words[-1:] != c.m.group(1).split()[-1:] or is_given_name(c.words[0], any_gender=True):
            return _GO_ON
        if is_given_name(after.group(1), any_gender=True):
            return None     # "Double Olympic champion Kelly Holmes": what she won, no person "Double Olympic" whom
            #                 "she said" could name (bbc-news/sport/069)
        return _GO_ON

    def _intro_photo_credit(self, c: _RunIntroduction):
        if _photo_credit(self.body, c.m.start(), c.m.end()):
            return None     # "THE CANADIAN PRESS/David Lipnowski", "Shaughn Butts / Postmedia": a photographer,
            #                 no speaker
        return _GO_ON

    def _intro_name_after_titles(self, c: _RunIntroduction):
        words = c.words
        k = 0
        while k < len(words) and (_title_key(words[k]) in TITLE_WORDS or
                                  words[k].lower() in NOT_NAMES) and not (surname_an(words[k:]) or
                                                                          surname_to(words[k:])):
            k += 1
        # The name follows the last title word of the run: "Ohio Senator Sherrod Brown" -> Sherrod Brown.
        # ... and a court's judge: "Ontario Superior Court Justice Michael Code", "Court of King's Bench Justice ..."
        # (not "the Department of Justice": "Justice" after the court's last word only; set M's kind of news)
        c.last_title = max((i for i, w in enumerate(words[:-1]) if _title_key(w) in NAME_HEADS or
                            _title_key(w) == "justice" and i and words[i - 1].lower() in ("court", "bench")),
                           default=-1)
        k = max(k, c.last_title + 1)
        c.k = _after_spokespersons_body(self.body, c.m.start(), words, k)
        c.name = words[c.k:]
        return _GO_ON

    def _intro_quoted_nickname(self, c: _RunIntroduction):
        name = c.name
        if len(name) >= 3 and any(QUOTED_NICKNAME.fullmatch(w) for w in name[1:-1]):
            # "Joko ‘Jokowi’ Widodo": the nickname in quotes is no part of the name (seed12)
            c.name = [w for i, w in enumerate(name) if not (0 < i < len(name) - 1 and QUOTED_NICKNAME.fullmatch(w))]
        return _GO_ON

    def _intro_possessive_ends_name(self, c: _RunIntroduction):
        cut = _possessive_person_end(c.name)
        if cut:
            # "Tim Houston's Progressive Conservatives": Tim Houston
            c.words, c.name = c.words[:c.k + cut], c.name[:cut]
        return _GO_ON

    def _intro_indonesian_honorific(self, c: _RunIntroduction):
        if len(c.name) == 2 and c.name[0].lower() in INDONESIAN_HONORIFICS:
            return None     # "Pak Jokowi": Mr Jokowi, one name word (extract/mentions._name_split; seed12)
        return _GO_ON

    def _intro_malay_honorific(self, c: _RunIntroduction):
        name = c.name
        if len(name) >= 4 and f"{name[0]} {name[1]}".lower() in MALAY_HONORIFICS:
            # "Federal Territories Minister Tan Sri Annuar Musa": Annuar Musa, as the mention's own name
            # (extract/mentions._name_split; Bernama; seed12)
            c.k, c.name = c.k + 2, name[2:]
        return _GO_ON

    def _intro_titles_after_name(self, c: _RunIntroduction):
        name = c.name
        titled_after = len(name)
        while name and (name[-1].lower().rstrip(".") in _TITLE_OR_ORG_WORDS or _plural_title(name[-1])) and \
                not _surname_after_given_name(name):
            name = name[:-1]     # (also a title's plural: "Tory MPs were desperate", no one called Tory; bbc20)
        c.name = name
        if len(name) < titled_after and c.words[0].lower() in DETERMINERS and \
                not is_given_name(name[0] if name else "", any_gender=True):
            return None     # "The Nottingham East MP, ..., said": a seat before a title, no one's name (bbc20)
        return _GO_ON

    def _intro_weekday_after_name(self, c: _RunIntroduction):
        while len(c.name) > 2 and c.name[-1].lower().rstrip(".,;:") in WEEKDAYS:
            c.name = c.name[:-1]     # "summoned Chinese Ambassador to Japan Cheng Yonghua Tuesday morning": the day
            #                          the wire copy runs on after the name, no part of it (krjp18)
        return _GO_ON

    def _intro_nationality(self, c: _RunIntroduction):
        # "Australian Lynton Crosby": a nationality, then the name; also after a modifier and in the plural or as a
        # noun ("Top-seeded Americans Andy Roddick and Andre Agassi", "Dane Kenneth Carlsen": bbc-news/sport/507)
        last = max((i for i, w in enumerate(c.name[:-2][:3]) if _nationality(fold(w))), default=None)
        if last is not None:
            c.name = c.name[last + 1:]
        return _GO_ON

    def _intro_body_name_goes_on(self, c: _RunIntroduction):
        start = c.m.start()
        if c.k == 0 and (_org_name_goes_on(self.body, start) or _portfolio_goes_on(self.body, start, c.name)):
            return None     # "the HHS Office for Civil Rights": the rest of a body's name, nobody's
        return _GO_ON

    def _intro_place_with_number(self, c: _RunIntroduction):
        if c.k == 0 and NUMBER_BEFORE_RUN.search(self.body, max(0, c.m.start() - 6), c.m.start()):
            return None     # "Mitch Campsall, mayor of 100 Mile House": a place named with its number, nobody
            #                 (CBC; quotes20)
        return _GO_ON

    def _intro_portfolio_before(self, c: _RunIntroduction):
        name = c.name
        if len(name) >= 3 and c.k == 0 and PORTFOLIO_BEFORE.search(self.body, max(0, c.m.start() - 60), c.m.start()):
            # "Envoy for Climate John Kerry": the run after 'for' is the portfolio, then the person's name
            start = name_after_portfolio(name)
            c.name = name[start:] if start is not None else name
            c.words = c.name if start is not None else c.words     # (the portfolio's words no part of the run's name)
        return _GO_ON

    def _intro_name_length(self, c: _RunIntroduction):
        if len(c.name) < 2 or len([w for w in c.name if w.lower() not in NAME_PARTICLES]) > 4:
            return None     # (particles aside: "Mohammed bin Abdulrahman Al Thani")
        return _GO_ON

    def _intro_body_or_month_word(self, c: _RunIntroduction):
        name = c.name
        if any(w.lower().strip(".,’'s") in ORG_WORDS or w.lower() in NOT_NAMES and not (i == 0 and surname_an(name))
               and not (i == 1 and _given_name_and_month_surname(name))
               for i, w in enumerate(name)) or name[-1].lower().rstrip(".") in SHORT_MONTHS:
            return None
        return _GO_ON

    def _intro_place(self, c: _RunIntroduction):
        last = fold(c.name[-1]).lower().rstrip(".,")
        if len(c.name) > 1 and last in PLACE_HEADS and not is_given_name(c.name[0], any_gender=True) or \
                len(c.name) > 2 and last in BUILDING_HEADS:
            return None     # "in the lobby of Trump Tower": a building, no person "Mr. Trump" could name (PolNeAR nyt);
            #                 not "Sen. John Tower", "Alexandra Tower" (reuters21578, bbc-news); "at Madison Square
            #                 Garden in 1971. ... she said" is no woman Madison (PolNeAR Breitbart)
        return _GO_ON

    def _intro_programme(self, c: _RunIntroduction):
        if len(c.name) > 1 and c.name[-1].lower().rstrip(".,") in PROGRAMME_WORDS:
            return None     # "Shadow Chancellor John McDonnell on the Andrew Marr Show" (a caption; The New European,
            #                 bbc23): no person "Andrew Marr Show" whom "Andrew Marr acknowledged" would name
        return _GO_ON

    def _intro_lower_case_particle(self, c: _RunIntroduction):
        if c.name[0][:1].islower():
            return None     # "de Gaulle" alone; a capitalised "Le" is a Vietnamese family name (Le Thi Thu Hang)
        return _GO_ON

    def _intro_body_acronym(self, c: _RunIntroduction):
        if BODY_ACRONYM_END.fullmatch(c.name[-1].rstrip(".,’'")):
            return None     # "Edson RCMP", "Calgary EMS": a place and a body's acronym, nobody's name
        return _GO_ON

    def _intro_firm_or_owner(self, c: _RunIntroduction):
        words = c.words
        if any(w.lower().strip(".,") in ORG_WORDS or POSSESSIVE_END.search(w) for w in words[max(0, c.last_title):-1]) \
                or words[-1].lower().strip(".,") in ORG_WORDS:
            return None     # "Royal Gold Inc", "Chrysler's New York": not a person's name
        return _GO_ON

    def _intro_name_text(self, c: _RunIntroduction):
        # "New Yorker Dick Morris": Dick Morris
        nm = " ".join(self._without_noun_tag(drop_tag_before_name(c.name))).rstrip(".,’'")
        c.nm = POSSESSIVE_END.sub("", nm)
        return _GO_ON

    def _intro_honorific_gender(self, c: _RunIntroduction):
        genders = [title_gender(w) for w in c.words[:c.k] if w.lower().rstrip(".") in HONORIFICS]
        c.gender = "m" if "m" in genders else "f" if "f" in genders else None
        return _GO_ON

    def _intro_title_in_run(self, c: _RunIntroduction):
        words, start = c.words, c.m.start()
        # (a sentence's connective is no title: "And Yvette Cooper has wasted little time ...", whom "the new shadow
        # home secretary" then is; the Guardian's copy, bbc22)
        # ... but "First" before a title is part of it: "Ms Jamieson and First Minister Jack McConnell met ..." (whom
        # "Scotland's justice minister" is not; bbc-news/politics/219)
        first_of_title = words[0].lower() == "first" and len(words) > 1 and words[1].lower() in TITLE_WORDS
        opener = 1 if c.k and words[0].lower() in LEADING_CONNECTIVES and not first_of_title else 0
        c.role_words = (role_of(words[opener:c.k]) or "").split()
        if c.role_words and c.role_words[0] == words[0] and self.body.startswith(words[0], start):
            c.role_words = _portfolio_before(self.body, start, words[0]) + c.role_words[1:]
        return _GO_ON

    def _intro_title_before_run(self, c: _RunIntroduction):
        # Lower-case role words just before the run: "Ofsted chief David Bell", "shadow chancellor Oliver Letwin".
        lead = _words_before(self.body[max(0, c.m.start() - 60):c.m.start()])
        owner = max((i for i, w in enumerate(lead) if POSSESSIVE_END.search(w)), default=-1)
        lead = lead[owner + 1:]     # "ushering in President Trump’s new Golden Age": the owner's title is not the
        #                             run's (no 'President' Golden Age for "The President" to resolve to; data/)
        if lead:
            dropped = []
            while lead and not (lead[0].lower() in TITLE_WORDS or lead[0][:1].isupper()):
                dropped, lead = dropped + [lead[0]], lead[1:]
            if lead and lead[-1].lower() in TITLE_WORDS and lead[-1].lower() not in {"the", "of", "and", "to",
                                                                                    "in", "on", "at", "for"}:
                c.role_words = lead + c.role_words
                if dropped and _FORMER.fullmatch(dropped[-1]):
                    # "ex-Conservative chancellor Ken Clarke": a title he held once, not "the chancellor" of the
                    # story (Gordon Brown; bbc-news/politics/389, bbc14)
                    c.role_words = ["former"] + c.role_words
            elif c.role_words and (outer := OUTER_TITLE.search(self.body, max(0, c.m.start() - 80), c.m.start())) and \
                    outer.group(1).split()[-1].lower() in TITLE_WORDS:
                # "National Security Advisor to the Vice President Phil Gordon": the run's title is the office his
                # own title serves, no title of his (a White House readout; data/, the lead's round 31)
                c.role_words = outer.group().split() + c.role_words
        return _GO_ON

    def _intro_role(self, c: _RunIntroduction):
        role_words = c.role_words
        role = " ".join(role_words) if role_words and not _abbreviated_title_only(role_words) else None
        c.role = _spokespersons_title(self.body, c.m.start(), c.words[:c.k]) or role
        return _GO_ON

    def _intro_title_gender(self, c: _RunIntroduction):
        if c.gender is None and c.role_words:
            # the title's own gender: "Ministry spokeswoman Busadee Santipitaks was commenting on remarks by Foreign
            # Minister Don Pramudwinai ... He suggested ..." is Don's (Bangkok Post; seed15)
            told = {title_gender(w) for w in c.role_words} - {None}
            c.gender = told.pop() if len(told) == 1 else None
        return _GO_ON

    def _intro_untitled_heading(self, c: _RunIntroduction):
        if c.heading and not (c.role or c.gender):
            return None     # "Via Teleconference", "Host Year": title-case headings, not people
        return _GO_ON

    def _intro_headings_verb(self, c: _RunIntroduction):
        if c.heading and _headline_verb(c.nm.split()[0]):
            return None     # "Philippine President Defends Ban on Rappler Reporters": the heading's verb and object,
            #                 no one's name (BenarNews; issue 8, south13)
        return _GO_ON

    def _intro_never_a_name(self, c: _RunIntroduction):
        if why_not_a_speaker(c.nm, "person") and not (_office_holder(c.nm, c.role) and
                                                      _title_key(c.role.split()[-1]) in NAME_HEADS):
            return None     # "Korean Peninsula", "Eastern Time": never anyone's name
        return _GO_ON

    def _intro_kin_in_apposition(self, c: _RunIntroduction):
        if KIN_BEFORE.search(self.body, max(0, c.m.start() - 60), c.m.start()):
            return None     # "Kim Yo-jong, the sister of regime leader Kim Jong-un, who issued her ...": the relative
            #                 named in another's apposition is not introduced to be referred back to ("She also
            #                 reiterated ...")
        return _GO_ON

    def _intro_kin_gender(self, c: _RunIntroduction):
        kin = KIN_AFTER.match(self.body, c.m.end())
        if kin and c.gender is None:
            c.gender = "f" if kin.group(1).lower() in KIN_FEMALE else "m"
        return _GO_ON

    _INTRODUCE_STEPS = (_intro_cue_opens_run, _intro_sentence_adverb, _intro_headline_verb_ends, _intro_known_bodys_possessive,
                        _intro_compound_modifier, _intro_two_words, _intro_modifier_of_a_name, _intro_photo_credit,
                        _intro_name_after_titles, _intro_quoted_nickname, _intro_possessive_ends_name,
                        _intro_indonesian_honorific, _intro_malay_honorific, _intro_titles_after_name,
                        _intro_weekday_after_name, _intro_nationality, _intro_body_name_goes_on,
                        _intro_place_with_number, _intro_portfolio_before, _intro_name_length,
                        _intro_body_or_month_word, _intro_place, _intro_programme, _intro_lower_case_particle, _intro_body_acronym,
                        _intro_firm_or_owner, _intro_name_text, _intro_honorific_gender, _intro_title_in_run,
                        _intro_title_before_run, _intro_role, _intro_title_gender, _intro_untitled_heading,
                        _intro_headings_verb, _intro_never_a_name, _intro_kin_in_apposition, _intro_kin_gender)

    def _sentence_subjects(self) -> list:
        """[(start, folded name words)] of the capitalised runs opening the text's sentences as their subjects, made
        once per text (_person_subject_before asks at every pronoun): titles and portfolios before a name dropped, "the
        <title>" kept as a title."""
        if self._subjects_made is not None:
            return self._subjects_made
        subjects = []
        for m in SENTENCE_SUBJECT.finditer(self.body):
            if _after_abbreviation(self.body, m.start(1)):
                continue     # "... on Coun. Dennis Nowoselsky’s part of the city": no sentence, no subject
            if PLACE_DASH_DATELINE.match(self.body, m.end(1)):
                continue     # "San Narciso, Zambales——The Department of Foreign Affairs (DFA) is asking ...": a
                #              dateline's place, no one (Manila Bulletin; asia20)
            start, run = m.start(1), m.group(1)
            if _caption_line(self.body, start, m.end(1)):
                continue     # "Armanatha Nasir in a press briefing at the Foreign Affairs Ministry VOI-REZHA": a photo's
                #              caption, no sentence (Voice of Indonesia; set BI 002)
            portfolio = PORTFOLIO_COMMAS_BEFORE.match(self.body, start)
            after = portfolio and TITLE_RUN_AFTER_PORTFOLIO.match(self.body, portfolio.end(1))
            if after:     # "Health, Labor and Welfare Minister Takamaro Fukuoka referred to ...": the title's run
                start, run = after.start(1), after.group(1)
            joined = self._joined_title_and_name(run, m.end(1))
            if joined:
                start, run = joined.start(1), joined.group(1)
            titled = TITLED_NAME_AFTER.match(self.body, m.end(1))
            lower = titled.group(1).split() if titled else []
            # (or what local news calls an athlete or resident, one word at most before it: "Jets defenceman Dylan
            # DeMelo was asked if ... “For sure ...,” he said." is DeMelo's, not the coach's heard before; set O)
            if lower and (_lower_role(lower) or len(lower) <= 2 and lower[-1] in DESCRIBED_PERSON_HEADS) or \
                    len(lower) == 1 and lower[0] in PROFESSION_HEADS and len(titled.group(2).split()) == 1:
                start, run = titled.start(2), titled.group(2)
            named = APPOSED_NAME.match(self.body, m.end(1)) if run[:4].lower() == "the " else None
            run_end = m.end(1)
            the_after = CONNECTIVE_THE_RUN.match(self.body, run_end) if fold(run) in LEADING_CONNECTIVES else None
            if the_after:
                # "But the Lib Dem spokesman questioned whether ... He urged ..." (bbc-news/politics/355): the title
                # after the connective, as "The Tory leader" below
                start, run, run_end = the_after.start(1), "The " + the_after.group(2), the_after.end(2)
            tail = TITLE_AFTER_THE_RUN.match(self.body, run_end) if named is None and run[:4] == "The " else None
            head = next((i for i, w in enumerate(fold(tail.group(1)).split()) if w in NAME_HEADS), None) if tail else None
            if head is not None:     # "The Tory leader countered ... He declared:": the Tory leader named before
                #                      (bbc-news/politics/262), as "The Secretary-General"
                run = " ".join([run] + tail.group(1).split()[:head + 1])
            if named is None and (run in DESCRIBED_BY_DETERMINER or POSSESSIVE_RUN.fullmatch(run) or
                                  " " not in run and _title_key(run) in TITLE_HEADS):
                # "Her neighbour, David Park, has lived on the street for 20 years. He said ...": a description, then
                # the person it names (quotes23); or a title's ("Head of the division, Andrew Burke, spoke about ...
                # "How risque can I be ...," he said."; bbc-news/tech/087)
                named = DESCRIPTION_APPOSED_NAME.match(self.body, m.end(1))
            if named:     # "the Emergency Relief Coordinator, Mark Lowcock, spoke ...": the person named
                start, run = named.start(1), named.group(1)
            words = [_POSSESSIVE_COMMA_END.sub("", w) for w in run.split()]
            honorific = next((i for i, w in enumerate(words[1:-1], 1) if w.lower().rstrip(".") in HONORIFICS), None)
            if honorific is not None and any(_title_key(w) in NAME_HEADS for w in words[:honorific]):
                words = words[honorific + 1:]     # "Dover MP Mr Elphicke was interviewed ...": Elphicke (bbc20; not
                #                                   "As Mr Kok's report noted": bbc-news/business/146)
            words = [w for w in words if w.lower().rstrip(".") not in HONORIFICS] or words
            words = words[after_compound_modifier(words):]     # "Man-of-the-match Stephen Jones, who kicked ...": as
            #                                                       _intro_compound_modifier
            if len(words) > 2 and words[0].lower() != "the":
                # "Foreign Adviser Md Touhid Hossain, now in Kuala Lumpur, ...": the title is no part of the name
                while len(words) > 2 and _title_key(words[0]) in TITLE_WORDS:
                    words = words[1:]
                # ... nor a portfolio before the title ("Welfare Minister Takamaro Fukuoka", of "Health, Labor
                # and Welfare Minister ..."): the name follows the last title head, as in _introduce
                head = max((i for i, w in enumerate(words[:-2]) if _title_key(w) in NAME_HEADS), default=-1)
                words = words[head + 1:][:4]
            key = fold(" ".join(words)).split()
            if key[:1] == ["the"] and len(key) > 1 and key[-1] in NAME_HEADS and key[-1] not in HONORIFICS:
                subjects.append((start, key))     # "The Secretary-General, ..., he"
                continue
            if not key or key[0] in NOT_NAMES or key[-1] in NOT_NAMES:
                continue
            subjects.append((start, key))
        self._subjects_made = subjects
        return subjects

    def _one_per_registered(self, bearers: set) -> set:
        """Bearers of a surname with a registered person's aliases counted as that person: "Vince Cable" introduced
        and the registry's "Vincent Cable" met are one bearer of "Mr Cable" (bbc-news/politics/355); and two
        spellings of one given name are one bearer: "Viktor Makarov" introduced and "Victor Makarov" in a quotation
        after him are one "Mr Makarov" (bbc-news/politics/053; set AP)."""
        if len(bearers) < 2:
            return bearers     # (nothing to count twice; asked at every pronoun, for every surname subject)
        spelt = {}
        for b in sorted(bearers):
            spelt.setdefault(_spelling_key(b), b)
        bearers = set(spelt.values())
        if len(bearers) < 2:
            return bearers
        for e in self.entities:
            own = " ".join(without_initials(e.words))
            if e.registry is not None and own in bearers:
                bearers = bearers - ({" ".join(without_initials(name_words(a))) for a in e.registry.aliases} - {own})
        return bearers

    def _joined_title_and_name(self, run: str, end: int):
        """The match of a second title and a name after a subject run that is a title alone, joined by "and" (the
        name goes with the second title: JOINED_TITLE_AND_NAME)."""
        ws = run.split()
        if not ws or _title_key(ws[-1]) not in NAME_HEADS or len(ws) > 4:
            return None
        joined = JOINED_TITLE_AND_NAME.match(self.body, end)
        inner = joined.group(1).split() if joined else []
        return joined if any(_title_key(w) in NAME_HEADS for w in inner[:-1]) else None

    def _key_without_lone_title(self, key: list) -> list:
        """A subject's title and one name, the name alone when the two words name no one met ("General Udomdej made
        similar comments on the issue. He asked ...": Udomdej Sitabutr, named in full before; AsiaOne printing The
        Nation, set BS 001); "the" runs and names met as they stand are kept."""
        if len(key) != 2 or key[0] == "the" or _title_key(key[0]) not in TITLE_WORDS or key in self._intro_keys:
            return key
        if any(e.kind != "organization" and e.words[-2:] == key for e in self.entities):
            return key
        return key[1:]

    def _person_subject_before(self, pos: int, fits):
        """(position, entity) of the newest person opening a sentence before pos, by full name or by the
        surname of someone introduced earlier."""
        subjects = self._sentence_subjects()
        best = peer_subject = None
        for start, key in subjects:
            if start >= pos:
                break
            ent = None
            intro_keys = self._intro_keys
            key = self._key_without_lone_title(key)
            if key[0] == "the":
                ent = self._holder(" ".join(key[1:]), start)
            elif len(key) >= 2:
                ent = next((e for e in self.entities if e.kind != "organization" and e.words[-len(key):] == key), None)
                if ent is None and key in intro_keys:
                    ent = self._find_exact(" ".join(key)) or self._introduced_before(start + 1, lambda w: w == key)
            else:
                # A bare surname: only when one person in the text has it ("Khan" may be Khizr or Ghazala).
                # (one person however often a middle initial is given: "Donald J. Trump" is Donald Trump; PolNeAR, the
                # lead's round 31)
                bearers = self._one_per_registered(
                    {" ".join(without_initials(k)) for k in intro_keys if k[-1:] == key} |
                    {" ".join(without_initials(e.words)) for e in self.entities if e.kind != "organization" and e.words[-1:] == key})
                # ... or a family name put first, as a surname after the full name takes it ("Chinese Foreign Minister
                # Qin Gang's statement ... ¶ Qin was China's previous ambassador ... He spoke earlier ..., saying":
                # Qin Gang; own set A, docs/tw/058), or a given name, the one person of the text who has it
                by_first = not bearers and places().get(key[0]) != "country"
                if by_first:     # (a person's name, not "Sale Sharks" of "Sale host Bath ...": bbc-news/sport/358)
                    bearers = {" ".join(k) for k in intro_keys if len(k) > 1 and k[:1] == key and
                               is_personal_name([w.capitalize() for w in k])} | \
                        {" ".join(e.words) for e in self.entities if e.kind == "person" and len(e.words) > 1 and
                         e.words[:1] == key and (is_personal_name(e.name.split()) or _spoke_by_given_name(e))}
                if not bearers and FIRST_NAME_ONLY.match(self.body, start) and \
                        is_given_name(key[0], any_gender=True) and key[0] not in places():
                    # "Robyn, a newly graduated architect, had just returned from California. Mention you're from
                    # Canada, she said, ...": a person the story names by her first name only (the Toronto Star's
                    # vox pop, quotes15)
                    word = self.body[start:start + len(key[0])]
                    gender = given_names().get(key[0])
                    ent = self._find_exact(word) or self._new(word, "person", start,
                                                              gender=gender if gender in ("m", "f") else None)
                    if fits(ent):
                        best = (start, ent)
                    continue
                run = " ".join(self.body[start:start + 60].split()[:2])
                peer = _peer_by_title(run, key)
                # ("Mrs. Schlafly's pronouncements drove her antagonists to distraction ... She said ...": of Phyllis
                # and John Schlafly, the one "Mrs." tells; PolNeAR, the lead's round 31)
                told = title_gender(run.split()[0]) if len(bearers) > 1 and run.split() else None
                if told:
                    bearers = {b for b in bearers if given_names().get(b.split()[0]) == told} or bearers
                if len(bearers) != 1 and not (peer and not bearers):
                    continue
                if bearers and told:
                    (bearer,) = bearers
                    ent = next((e for e in reversed(self.entities) if e.kind != "organization" and e.pos <= start
                                and " ".join(without_initials(e.words)) == bearer), None)
                elif bearers:
                    ent = next((e for e in reversed(self.entities) if e.kind != "organization" and e.pos <= start
                                and (len(e.words) > 1 or e.words == key) and
                                (e.words[0] if by_first else e.words[-1]) == key[0]), None)
                    # (a peer known by title and surname only, "Lord Woolf, who is Lord Chief Justice ..., was giving
                    # evidence ... He said": the entity "Woolf")
                    if ent is None:
                        ent = self._introduced_before(start, lambda w: len(w) > 1 and
                                                      (w[0] if by_first else w[-1]) == key[0])
                if ent is None and peer:
                    # "Opening the debate, Lord Cranborne echoed Lord Richard's concern ... "...," he said.": a peer
                    # named by his title alone, no name of the lists (independent.co.uk, bbc19); made an entity only
                    # when it is the subject found (not a bearer of the surname for the subjects after it)
                    peer_subject = (start, run.split()[1].rstrip(","), title_gender(run.split()[0].lower()))
                    continue
            if ent is not None and fits(ent):
                best = (start, ent)
        if peer_subject is not None and (best is None or best[0] < peer_subject[0]):
            start, word, gender = peer_subject
            ent, _ = self._surname(Mention(text=word, start=start, end=start + len(word), kind="surname", name=word,
                                           entity_kind="person", gender=gender), start)
            return (start, ent) if ent is not None and fits(ent) else best
        return best

    def _person_named_in_new_paragraph(self, pos: int, gender: str | None) -> Entity | None:
        """'A UKIP spokesman said: "..."', then a paragraph about "the tensions between Mr Kilroy-Silk and his
        fellow MEPs ... He denied ...": the person the new paragraph names by honorific, not the body's spokesman."""
        brk = self.body.rfind("\n", self.last_end, pos)
        if brk < 0:
            return None
        for start, honorific, surname in self._honorific_mentions:
            if brk < start < pos and (gender is None or (title_gender(honorific) or gender) == gender):
                key = surname.split()
                ent = self._newest(pos, lambda e: e.kind != "organization" and e.words[-len(key):] == key)
                if ent is None:     # the full name the text gave before ("ex-UKIP MEP Robert Kilroy-Silk")
                    ent = self._introduced_before(start, lambda w: len(w) > len(key) and w[-len(key):] == key)
                if ent is None:
                    m = HONORIFIC_SURNAME.match(self.body, start)
                    ent = self._new(m.group(2), "person", start, None, None, title_gender(honorific)) \
                        if m else None
                return ent
        return None

    def _honorific_mention_before(self, pos: int, gender: str | None, titled: bool = False) -> Entity | None:
        """The person a text last named by honorific and surname ("which saw Mr Blair start ... As he told
        journalists") when that is later than the last full name "he" may be ("Tony Blair and Gordon Brown"); or
        by title and surname ("when President Biden signed his executive order, he said") when the registry
        knows one office holder of that surname who may be "he"."""
        self._unknown_honorific_last = False
        latest_intro = next((start for (start, *_), key in zip(reversed(self.introductions), reversed(self._intro_keys))
                             if start < pos and _may_be(key, gender)), -1)
        for start, honorific, surname in reversed(self._honorific_and_titled_mentions if titled
                                                  else self._honorific_mentions):
            if start >= pos:
                continue
            if start < latest_intro:
                return None
            if gender and (title_gender(honorific) or gender) != gender:
                continue
            # (a double-barrelled surname is the key's last words: "Mr Kilroy-Silk", folded "kilroy silk", is
            # "Robert Kilroy-Silk", key ['robert', 'kilroy', 'silk']; bbc-news/politics/333, set AV)
            sw = surname.split()
            bearers = [k for (s, *_), k in zip(self.introductions, self._intro_keys) if s < start and
                       k[-len(sw):] == sw and len(k) > len(sw)]
            if len({tuple(k) for k in bearers}) == 1:
                ent = self._introduced_before(start, lambda w: w == bearers[0])
                if ent is not None and (gender is None or ent.gender in (None, gender)):
                    return ent
            if honorific not in TITLE_HEADS:
                # "Mrs Howard made her debut speech ... She used ...": a person the text never names in full (not
                # Michael Howard), so no one "she" can be resolved to
                self._unknown_honorific_last = True
                return None
            entry = None if bearers else self.registry.by_surname(surname, self.day, self.body_folded)
            if entry is not None and entry.kind == "person" and _may_be(fold(entry.name).split(), gender) and \
                    (gender is None or entry.gender in (None, gender)):
                return self._find_exact(entry.name) or self._new(entry.name, "person", start, gender=gender)
        return None

    def _titled_other_opens(self, ent: Entity, pos: int, gender: str | None) -> bool:
        """Does a sentence between ent's last naming and pos open with someone else named by title or honorific and a
        surname not ent's ("President Marcos himself joined ...")?"""
        words = set(fold(ent.name).split())
        for start, honorific, surname in self._honorific_and_titled_mentions:
            if ent.pos < start < pos and not set(surname.split()) <= words and \
                    (not gender or (title_gender(honorific) or gender) == gender) and \
                    TITLE_OPENING_SENTENCE.search(self.body, max(0, start - 60), start) is not None:
                return True
        return False

    @cached_property
    def _honorific_mentions(self):
        return [(m.start(), m.group(1).lower(), fold(m.group(2))) for m in HONORIFIC_SURNAME.finditer(self.body)]

    @cached_property
    def _honorific_and_titled_mentions(self):
        titled = [(m.start(2), m.group(1).lower(), fold(m.group(2))) for m in TITLED_SURNAME.finditer(self.body)
                  if fold(m.group(2)) not in NAME_HEADS]
        return sorted(self._honorific_mentions + titled)

    def _declining_body(self, m: Mention) -> Entity | None:
        """"The Bundesbank declined to comment, but a spokesman said ...": the body whose clause opens the
        sentence speaks through the spokesman (GUIDELINES: a spokesman for X is X)."""
        start = max(self.body.rfind("\n", 0, m.start), *(self.body.rfind(p, 0, m.start) for p in (". ", "! ", "? ")))
        clause = DECLINING_CLAUSE.fullmatch(self.body[start + 1:m.start].strip() + " ")
        if clause is None:
            return None
        body = parse_np(tokens(clause.group("np")))
        if not isinstance(body, Mention) or body.kind != "body":
            return None
        return self._resolve(body, m.start)[0]

    def _spokesperson_sentence_before(self, m: Mention) -> Entity | None:
        """'But a spokesman for the Home Office defended the proposals. He said: "..."': a pronoun opening the sentence
        after one a body's spokesperson opens is that body's voice (GUIDELINES: a spokesman for X is X), not the
        speaker before."""
        if m.text.lower() not in {"he", "she"} or m.start < 0:
            return None
        start = max(self.body.rfind("\n", 0, m.start), *(self.body.rfind(p, 0, m.start) for p in (". ", "! ", "? ")))
        if start < 0 or self.body[start + 1:m.start].strip():
            return None
        stop = len(self.body[:start + 1].rstrip())      # the sentence before ends there (a paragraph break skipped)
        ends = [e.end() for e in SENTENCE_END.finditer(self.body, max(0, stop - 400), stop - 1)]
        prev = max(self.body.rfind("\n", 0, stop - 1) + 1, ends[-1] if ends else 0)
        clause = SPOKESPERSON_FOR_OPENING.match(self.body, prev, stop)
        found = self._body_of_clause(clause, m.start) or self._persons_office_of_clause(clause, m.start)
        if found is None:
            owned = POSSESSIVE_SPOKESPERSON_OPENING.match(self.body, prev, stop)
            entry = self.registry.lookup(owned.group("np"), self.day, self.body_folded) if owned else None
            if entry is not None and entry.kind == "organization":
                found = self._find_exact(entry.name) or self._new(entry.name, entry.kind, m.start)
        return found

    def _persons_office_of_clause(self, clause, pos: int) -> Entity | None:
        """'A spokesman for the PM swerved questions on whether Boris Johnson thought his former adviser was behind the
        recent leaks about tycoon Sir James Dyson ... He insisted that ...' (Evening Standard; set BV 008): a spokesman
        for a person, the office the registry knows as that person's spokesman's ("the PM's spokesman" is Downing
        Street: GUIDELINES), speaks in the pronoun of the next sentence, not the last man named (None: no such office)."""
        if clause is None:
            return None
        held = _LEADING_ARTICLE.sub("", clause.group("np"))
        entry = self.registry.lookup(f"{held}'s spokesman", self.day, self.body_folded)
        if entry is None or entry.kind != "organization":
            return None
        return self._find_exact(entry.name) or self._new(entry.name, entry.kind, pos)

    def _body_of_sentence_before(self, m: Mention) -> Entity | None:
        """'But the Home Office defended the measures. A spokesman said: "..."', 'The Department for Education and
        Skills would not comment on the concerns. A spokeswoman said: "..."', "Scotland Yard said the policing
        operation had been reviewed. A spokesman said ..." (bbc12): a spokesperson opening a sentence right after one
        a body opens speaks for that body (GUIDELINES: a spokesman for X is X)."""
        start = max(self.body.rfind("\n", 0, m.start), *(self.body.rfind(p, 0, m.start) for p in (". ", "! ", "? ")))
        if start < 0 or not re.fullmatch(r"\s*(?:(?:But|And|However),?\s+)?", self.body[start + 1:m.start]) or \
                not re.fullmatch(r"(?:[Aa]n?|[Tt]he)\s+\w+", m.text.strip()):
            return None
        prev = max(self.body.rfind("\n", 0, start - 1), *(self.body.rfind(p, 0, start - 1) for p in (". ", "! ", "? ")))
        return self._body_of_clause(BODY_OPENING_CLAUSE.match(self.body, prev + 1, start + 1), m.start)

    def _office_spokesperson_before(self, m: Mention) -> Entity | None:
        """'Here is a summary of this morning's briefing for lobby journalists by the Prime Minister's official
        spokesman. ... On calls for ..., the spokesman said: "..."' (PoliticsHome; bbc20): "the spokesman" is the office
        a person's spokesperson named before it stands for (Downing Street), within 1,500 characters."""
        if m.start < 0 or not re.match(r"the\s", m.text, re.I):
            return None
        found = None
        for found in OWNERS_SPOKESPERSON.finditer(self.body, max(0, m.start - 1500), m.start):
            pass
        if found is None:
            return None
        entry = self.registry.lookup(found.group(0), self.day, self.body_folded) or \
            self._official_spokespersons_office(found.group(1), found.group(2))
        if entry is None or entry.kind != "organization":
            return None
        return self._find_exact(entry.name) or self._new(entry.name, entry.kind, m.start)

    def _official_spokespersons_office(self, owner: str, noun: str):
        """"Theresa May's spokesperson", "her spokesman" (of Theresa May): the office the registry knows as the
        person's official spokesperson (Downing Street; GUIDELINES), else None (bbc20)."""
        entry = self.registry.lookup(f"{owner}'s official {noun}", self.day, self.body_folded)
        return entry if entry is not None and entry.kind == "organization" else None

    def _spokesperson_of_body_before(self, m: Mention) -> Entity | None:
        """'In a statement issued by a spokesperson of China's Commerce Ministry on the US tariffs on China, the
        spokesperson said that "..."' (ANI on rediff; seed12): "the spokesperson" is the one of the body named just
        before in its sentence, or in the sentence before (GUIDELINES: a spokesman for X is X)."""
        if m.start < 0 or not re.match(r"the\s", m.text, re.I):
            return None
        lo = max(0, m.start - 300)
        found = None
        for found in SPOKESPERSON_OF_BODY.finditer(self.body, lo, m.start):
            pass
        return self._body_of_clause(found, m.start) if found is not None else None

    def _body_of_clause(self, clause, pos: int) -> Entity | None:
        """The body a clause's "np" group names, resolved at pos (None when there is no clause or no body)."""
        if clause is None:
            return None
        body = parse_np(tokens(clause.group("np"), clause.start("np")))
        if not isinstance(body, Mention) or body.kind != "body":
            return None
        return self._resolve(body, pos)[0]

    def office_holder(self, role: str, pos: int, issued: bool = False) -> Entity | None:
        """The registry's holder of an office on the text's day ('President' on a presidential message of 2026),
        whoever else the text gives that title ("President John Adams wrote ..."): of a country the text names,
        unless the text is issued by the office itself (issued)."""
        about = (lambda country: True) if issued else self._about
        entry = self.registry.by_role(role, self.day, self.body_folded, about=about)
        if entry is None or entry.kind != "person":
            return None
        return self._find_exact(entry.name) or self._new(entry.name, "person", pos, entry.role)

    def _introduced_just_before(self, pos: int) -> Entity | None:
        """A quotation with no frame right after a paragraph about someone new: 'Michelle Dunn, a ward 5 resident,
        has lived there for years.' / '"We've been having a lot of vandalism ..."': the person that paragraph opened
        with, when nobody has spoken since."""
        subject = self._person_subject_before(pos, lambda e: e.kind == "person")
        if subject is None or subject[0] <= self.last_pos:
            return None
        between = self.body[subject[0]:pos]
        same = "\n" not in between and SENTENCE_END_BEFORE.search(between) is not None
        if not same and (between.count("\n\n") != 1 or not between.rstrip(" “\"‘'").endswith("\n")) or \
                self.body.rfind("\n", 0, subject[0]) != subject[0] - 1:
            return None     # the paragraph just before, and it opens with the person (or the quotation's own
            #                 paragraph: "Carolyn, studying urban planning, has an 88-year-old grandfather in France.
            #                 ... “He asked me, Is Toronto safe?!”", the Toronto Star; quotes15)
        if CAPTION_CREDIT_END.search(between.rstrip(" “\"‘'\n")):
            return None     # a photo's caption: "Blaine Higgs answers questions ... (James West/Canadian Press)"
        return subject[1]

    def _believer_just_before(self, pos: int) -> Entity | None:
        """'Mr MacKenzie thought the smooth-talking former solicitor ... deserved a chance to progress. "He could join
        the rest of the crooks in the Houses of Parliament."' (bbc-news/politics/259, set AM): a quotation with no frame
        right after a sentence, in its paragraph, that opens with a known person's view (a belief verb, no statement of
        its own) is that person's words, whoever spoke last."""
        subject = self._person_subject_before(pos, lambda e: e.kind == "person")
        if subject is None:
            return None
        start, ent = subject
        between = self.body[start:pos]
        head = between.rstrip(" \"“‘'")
        if "\n" in between or not head.endswith((".", "!", "?")) or SENTENCE_BREAK.search(head) or \
                not BELIEVER_OPENING.match(self.body, start):
            return None     # (the one sentence right before the quotation)
        return ent

    def _person_closing_sentence_before(self, m: Mention, gender: str | None, last: Entity | None) -> Entity | None:
        """'... but that doesn't bring much comfort to resident Cheyanne Gauthier. ¶ She said cameras would be more
        useful ...' (CBC; quotes17): a person met for the first time, a lower-case noun before her name ("resident",
        "neighbour"), whose name closes the paragraph right before the one the pronoun opens, when her given name
        is of the pronoun's gender: the pronoun's, not the last speaker's."""
        if gender is None or last is None or m.start <= 0:
            return None
        name = NAME_CLOSING_SENTENCE.search(self.body, max(0, m.start - 200), m.start)
        if name is None or "\n" not in name.group(3) or name.group(1) in PREPOSITIONS or \
                name.group(1) in DETERMINERS or \
                any(w.lower().rstrip(".") in ORG_WORDS for w in name.group(2).split()) or \
                given_names().get(fold(name.group(2)).split()[0]) != gender or self._find_exact(name.group(2)) or \
                name.group(2).startswith("The "):
            return None     # (not a firm after a preposition: "said Paul Mlotok, oil analyst with Salomon Brothers
            #                 Inc. ¶ He said ...", Reuters; nor a thing after "the": "... dissolved in March for the
            #                 General Election. ¶ He said ...", PA copy, bbc22; nor an outlet, its article capitalised
            #                 -- "The" a given name too --: "..., reported The Star. ¶ He noted that ...", AsiaOne, set
            #                 BC 007)
        return self._new(name.group(2), "person", name.start(2), None, None, gender)

    def _name_line_above_answers(self, pos: int) -> Entity | None:
        """A quotation after a topic's label ('On the game: “...”') under a line that is a person's name alone, with
        only such answers between: that person's answer (a sports site's "The Quotes" after a game, each player's
        name over his answers; oilersnation.com, quotes17)."""
        start = self.body.rfind("\n", 0, pos) + 1
        if not ANSWER_LINE.match(self.body, start, pos + 1):
            return None
        for _ in range(12):
            if start <= 1:
                return None
            prev = self.body.rfind("\n", 0, start - 1) + 1
            line = self.body[prev:start].strip()
            start = prev
            if not line or ANSWER_LINE.match(line):
                continue
            name = NAME_LINE.fullmatch(line)
            if name is None or not looks_like_person(line):
                return None
            return self._find_exact(line) or self._new(line, "person", prev)
        return None

    def _topic_answerer(self, pos: int) -> Entity | None:
        """The first answer of a year-end scrum's highlights, each under its topic ("On whether he is reconsidering
        running in the 2020 provincial election …" then '“I have no second thoughts. ...”'; Winnipeg Sun, quotes18),
        before anyone has spoken: the one person the text named with a title before it."""
        start = self.body.rfind("\n", 0, pos) + 1
        prev = self.body.rfind("\n", 0, max(0, start - 1))
        while prev > 0 and not self.body[prev + 1:start].strip():
            prev = self.body.rfind("\n", 0, prev)
        if not TOPIC_LINE.fullmatch(self.body[prev + 1:start].strip()):
            return None
        titled = {fold(name): (at, name, role, gender) for at, name, role, gender in self.introductions
                  if at < pos and role}
        if len(titled) != 1:
            return None
        at, name, role, gender = next(iter(titled.values()))
        return self._find_exact(name) or self._new(name, "person", at, role, None, gender)

    def _addresser_before(self, pos: int) -> Entity | None:
        """A quotation with no frame before anyone has spoken: the person the text said was addressing an audience
        ("Doug Ford addressed reporters at the Toronto Congress Centre on Friday ... Here are 10 highlights:")."""
        subject = self._person_subject_before(pos, lambda e: e.kind == "person")
        if subject is None or pos - subject[0] > 1500:
            return None
        name = re.match(r"[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*", self.body[subject[0]:])
        return subject[1] if name and SPEECH_EVENT.match(self.body, subject[0] + name.end()) else None

    def _holder(self, role: str, pos: int) -> Entity | None:
        """The person holding a title ('the secretary general'): the one the text gave that title before pos,
        else the registry's holder on the text's day."""
        role = TITLES_IN_FULL.get(role, role)     # "the PM": the prime minister
        ent = self._newest(pos, lambda e: e.kind != "organization" and e.role and _role_matches(fold(e.role), role))
        return ent if ent is not None else self.office_holder(role, pos)

    def _document_opens_sentence_before(self, pos: int) -> bool:
        """Does the sentence before the one at pos open with a document as its subject ("The Prevention of Terrorism
        Bill was published on Tuesday.", "The report says ...")?"""
        before = self.body[max(0, pos - 600):pos]
        if before.strip() and not re.search(r"[.!?][\"”’']?\s*$", before):
            # "it" inside its sentence: not right after another, unless it frames the sentence's words after them
            # ("The guidance published on Tuesday, said ... In cases involving householders ..., it said."; bbc15)
            if not re.search(r",[\"”’']?\s*$", before):
                return False
            before = before[:max(before.rfind(". "), before.rfind('." '), 0) + 1]
        sentences = re.split(r"(?<=[.!?])[\"”’']?\s+(?=[A-Z\"“])", before.strip())
        prev = sentences[-1] if sentences and sentences[-1] else ""
        if _IT_SAID.match(prev) and len(sentences) >= 2:
            # "Thursday's report was drawn up by ... It said that ... It also said ...": still the document's
            # (bbc-news/politics/372; bbc17)
            prev = sentences[-2]
        return DOCUMENT_SUBJECT.match(prev) is not None or DOCUMENT_CLOSES.search(prev.strip()) is not None

    def _role_holder_before(self, pos: int, fits) -> Entity | None:
        """The newest person before pos whose role fits (fits(role)): one met as an entity, else a name introduced with
        that role (made an entity)."""
        ent = self._newest(pos, lambda e: e.kind != "organization" and e.role and fits(e.role))
        if ent is not None:
            return ent
        for start, name, irole, gender in reversed([i for i in self.introductions if i[0] < pos]):
            if irole and fits(irole):
                return self._find_exact(name) or self._new(name, "person", start, irole, None, gender)
        return None

    def _bare_title_holder(self, head: str, pos: int) -> Entity | None:
        """"The president announced ..." after "Zippy Duvall, the president of the American Farm Bureau" in a report
        about "President Trump": the one the text gives the bare title, not the president of a body."""
        ent = self._role_holder_before(pos, lambda role: fold(role) == head)
        if ent is not None:
            return ent
        entry = self.registry.by_role(head, self.day, self.body_folded, about=self._about)
        if entry is not None and self.registry.named_in(entry, self.body_folded):
            return self._find_exact(entry.name) or self._new(entry.name, "person", pos, entry.role)
        return None

    def _self_named_body(self, pos: int) -> Entity | None:
        """The body a document's "we" names itself as: "We, the Leaders of the G7, met ...", "We the Leaders of the
        Group of Seven (G7)", "We, the G7 Foreign Ministers of Canada, France ...": a known body that is no place, in
        the words after "We, the" up to the first comma."""
        found = self._self_name
        if found is None or found[0] >= pos:
            return None
        start, name = found
        return self._find_exact(name) or self._new(name, "organization", start)

    @cached_property
    def _self_name(self) -> tuple[int, str] | None:
        """(position, name) of the body named in the text's first "We, the ...", read once per document."""
        m = SELF_NAMED.search(self.body)
        if m is None:
            return None
        words = [w.strip("()") for w in m.group(1).split()]
        for i in range(len(words)):
            for n in range(min(4, len(words) - i), 0, -1):
                name = " ".join(words[i:i + n])
                if places().get(fold(name)):
                    continue
                entry = self.registry.lookup(name, self.day, self.body_folded)
                if entry is not None and entry.kind == "organization":
                    return m.start(1), entry.name
                if n == 1 and SHORT_NAME.fullmatch(name):
                    return m.start(1), name
        return None

    def _body_subject_before(self, pos: int, described: bool = False):
        """(position, entity) of the newest known body opening a sentence before pos ('The Lib Dems want ...'); with
        described, also a body no list knows that its sentence calls a company (_described_company_opening: for a bare
        "it" only, never "they": "Guidant is a key producer of ... Analysts said ... They also pointed out ...",
        bbc-news/business/300)."""
        if not hasattr(self, "_body_subjects"):
            self._body_subjects = []
            for m in re.finditer(r"(?:^|[.!?]\s+|\n)(?:The\s+|the\s+)?((?:[A-Z][\w'’.-]*\s*){1,4})", self.body):
                words = m.group(1).split()
                for n in range(len(words), 0, -1):
                    name = re.sub(r"['’]s?$", "", " ".join(words[:n]))
                    entry = self.registry.lookup(name, self.day, self.body_folded) or \
                        self.registry.lookup("the " + name, self.day, self.body_folded)
                    if entry is not None and entry.kind == "organization":
                        # "Labour election campaign coordinator Alan Milburn said", "Labour MP Diane Abbot ... said": a
                        # person's party, taken only when no body itself opens a sentence before
                        after = re.match(r"\S+(?:\s+\S+){%d}\s*" % (n - 1), self.body[m.start(1):])
                        party_of = AFFILIATION_THEN_NAME.match(self.body, m.start(1) + after.end()) is not None
                        self._body_subjects.append((m.start(1), entry, party_of, False))
                        break
                else:
                    company = self._described_company_opening(m.start(1))
                    if company is not None:
                        self._body_subjects.append((m.start(1), company, False, True))
        best = None
        for start, entry, party_of, unlisted in self._body_subjects:
            if start < pos and (described or not unlisted) and (best is None or not party_of or best[2]):
                best = (start, entry, party_of)
        if best is None:
            return None
        ent = self._find_exact(best[1].name) or self._new(best[1].name, "organization", best[0])
        return best[0], ent

    def _described_company_opening(self, start: int):
        """A body no list knows, opening a sentence, that the sentence itself calls a company: "Boeing is one of the
        companies bidding on the HLS program ..." (spacepolicyonline via Zyte), "Acme was a small retailer".
        A later bare "it" of a speech frame is that body, not one named before it."""
        hit = COMPANY_DESCRIBED_AFTER.match(self.body, start)
        if hit is None or hit.group("name").split()[0] in NOT_A_NAME_OPENING:
            return None
        name = hit.group("name")
        words = name.split()
        if self.registry.lookup(name, self.day, self.body_folded) is not None or is_place(name) or \
                any(is_given_name(w) for w in words[:-1]) or \
                any(fold(intro[1]).split()[-1:] == [fold(words[-1])] for intro in self.introductions):
            return None     # (a person the text names: "Smith is one of the ... firms" is no body's name)
        return SimpleNamespace(name=name, kind="organization")

    def _people_introduced_before(self, pos: int, words_match):
        """(start, name, role, gender) of the names introduced before pos whose words match, newest first, that may
        be a person: a name with no title or honorific may be a theme or a company ("Africa Matters", "Bridgewater
        Associates"), never "he" (looks_like_person is asked only of the introductions actually reached)."""
        for (start, name, role, gender), key in zip(reversed(self.introductions), reversed(self._intro_keys)):
            if start < pos and words_match(key) and (role or gender or looks_like_person(name)):
                yield start, name, role, gender

    def _newest_introduction(self, pos: int, words_match) -> int:
        """Where the newest introduction before pos that words_match stands, when it opens a clause as its subject
        ("Kyle Bender inquired about ...", not a place "in Ping Xiang, Guangxi"); else -1."""
        for start, name, _, _ in self._people_introduced_before(pos, words_match):
            end = self.body.find(name, start) + len(name)
            return start if SUBJECT_VERB_AFTER.match(self.body, end) else -1
        return -1

    def _introduced_before(self, pos: int, words_match) -> Entity | None:
        """An entity for a name introduced in the text before pos (newest first), created on demand."""
        for start, name, role, gender in self._people_introduced_before(pos, words_match):
            return self._find_exact(name) or self._new(name, "person", start, role, None, gender)
        return None

    def _find_exact(self, name: str) -> Entity | None:
        key = fold(name)
        for ent in self.entities:
            if fold(ent.name) == key:
                return ent
        return None

    def _new(self, name, kind, pos, role=None, organization=None, gender=None) -> Entity:
        entry = self.registry.lookup(name, self.day, self.body_folded)
        if entry is None:
            name = repair(name, kind)    # "Secretary of Agriculture Tom Vilsack" introduced as "Agriculture Tom Vilsack"
            entry = self.registry.lookup(name, self.day, self.body_folded)
        ent = Entity(name=entry.name if entry else name, kind=(entry.kind if entry else kind), pos=pos, role=role,
                     organization=organization or (entry.organization if entry else None),
                     gender=gender or (entry.gender if entry else None), registry=entry)
        if entry and not role:
            ent.role = None
        # (an office holder's name is a person's whatever its last word looks like: "Finance Minister Chrystia
        # Freeland", whose "-land" reads as a common noun's ending; quotes23)
        ent.valid = entry is not None or why_not_a_speaker(ent.name, ent.kind) is None or \
            ent.kind == "person" and _office_holder(ent.name, role) and _title_key(role.split()[-1]) in NAME_HEADS
        #   (the title right before the name: not "the chairman of the Commission for Racial Equality")
        self.entities.append(ent)
        return ent

    def _named_within(self, e, pos: int, reach: int) -> bool:
        """Is the entity's name printed in the reach characters before pos?"""
        return e.pos >= pos - reach or self.body.rfind(e.name, max(0, pos - reach - len(e.name)), pos) >= 0

    def _newest(self, pos, pred) -> Entity | None:
        cands = [e for e in self.entities if e.pos <= pos and e.valid and pred(e)]
        return max(cands, key=lambda e: e.pos) if cands else None

    # -- resolution -----------------------------------------------------------------------------------------
    def resolve(self, mention: Mention | None, pos: int, end: int | None = None) -> tuple[Entity | None, str | None]:
        """The entity a mention framing the words at pos (to end) names, and how it was found."""
        last_before = (self.last_speaker, self.last_pos, self.last_end)
        self._words_span = (pos, end)     # the words framed (_former_title_of)
        self._aside_speaker = False
        reported = self._reported_by_last(mention)
        if reported is not None:
            self.last_speaker, self.last_pos, self.last_end = reported
        ent, basis = self._resolve(mention, pos)
        if ent is None and mention is not None and mention.kind == "title" and basis == "title" and \
                mention.entity_kind == "person" and (fold(mention.text).split()[:1] in (["a"], ["an"], ["another"]) or
                                                     self._unnamed_introduced_as(mention)) \
                and not SPOKES & set(fold(mention.text).split()):
            # '"...," a senior official said.' (not a spokesman, who may speak for the body named before him)
            self.unnamed_spoke = max(pos, mention.end)
        if reported is not None and ent is None:
            self.last_speaker, self.last_pos, self.last_end = last_before
        if ent is not None and not ent.valid and mention is not None and mention.start == mention.end and \
                ent.kind == "person" and _office_holder(ent.name, mention.role):
            ent.valid = True     # (a mention of no width: a transcript's label or a release's issuer line)
        if ent is not None and not ent.valid and mention is not None and mention.kind == "surname" and \
                any(w in PEERAGES for w in fold(mention.role or "").split()[-1:]):     # (the role's last word)
            ent.valid = ent.kind == "person"     # a peer named for a place: "Home Office minister Baroness Scotland
            #                                      said: ..." (bbc-news/politics/031; bbc17)
        if ent is not None and not ent.valid:
            return None, None       # a place, a time zone, a description: no statement (and no antecedent)
        if ent is not None:
            ent.pos = max(ent.pos, pos)
            ent.speaker_count += 1
            if mention is not None:
                if mention.role and not ent.role and ent.kind != "organization":
                    ent.role = mention.role
                if mention.gender and not ent.gender:
                    ent.gender = mention.gender
                if ent.kind is None and mention.entity_kind:
                    ent.kind = mention.entity_kind
            # the same body named again ("UK’s Foreign Office has commented ...", "The official said ...") keeps the
            # voice it spoke through
            kept_voice = self.last_voice if ent is self.last_speaker else None
            inverted = mention is not None and mention.kind == "name" and end is not None and mention.start >= end
            self._reporter = (ent, pos, end, last_before) if inverted else None
            self.last_speaker, self.last_pos, self.last_end = ent, pos, max(pos, end or pos)
            # "A Conservative spokeswoman said ... She said": a body that spoke through a spokeswoman.
            spoke_through = mention is not None and ent.kind == "organization" and mention.kind in ("body", "title")
            self.last_voice = mention.gender if spoke_through and mention.gender else None
            if mention is None or mention.kind == "pronoun":
                # a continuation of the same speaker's words keeps the voice they spoke in, and so does "He said" of
                # the body's spokesman: '"...," he said' after it is the body again (bbc-news/politics/377)
                self.last_voice = kept_voice
            if spoke_through and kept_voice and not self.last_voice:     # also "The official said ..." of it
                self.last_voice = kept_voice
            if spoke_through and _press_secretary(fold(mention.text)):
                self.press_voiced = ent     # "Mr Johnson’s press secretary said ...", then "the press secretary said"
            if self.last_voice or (spoke_through and (SPOKES & set(fold(mention.text).split())
                                                      or _press_secretary(fold(mention.text)))):
                self.voiced.append(ent)     # later "the spokesman said" is this body again
                # "a spokesperson for the Foreign Office told TASS ... "...," he said": a voice of either gender
                self.last_voice = self.last_voice or ANY_VOICE
            if self._aside_speaker:
                # "... to Lord Ashcroft after he said ...": his words, but the one speaking on is the one before
                self.last_speaker, self.last_pos, self.last_end = last_before
        return ent, basis

    def _reported_by_last(self, m: Mention | None):
        """'He also called on the Malian authorities to spare no effort ..., said Stephane Dujarric, the spokesman, in a
        statement.' (IANS; un19): a pronoun opening the words a person named after them reports is not that person,
        but who spoke before ((speaker, pos, end) to resolve it with); else None."""
        if m is None or m.kind != "pronoun" or self._reporter is None or self._reporter[0] is not self.last_speaker:
            return None
        _, pos, end, before = self._reporter
        if not pos <= m.start < end or self.body[pos:m.start].strip() or before[0] is None or \
                before[0].kind != "person":
            return None
        return before

    def group(self, m: Mention | None, pos: int) -> list[Entity]:
        """'they' / 'the companies' after a joint statement: all of its speakers. 'The two ministers' / 'the
        leaders' (a named group, mentions.named_group): the people named together just before, also when they
        made no statement ("X and her counterpart, Y, met ..."); 'the group' / 'they' then go on with them."""
        if m is None:
            return []
        count = _group_count(m)
        word = fold(m.role or m.text).split()[-1:] or [""]
        joint = len(self.last_group) >= 2 and pos - self.last_pos <= 1500 and count in (None, len(self.last_group))
        if joint and m.kind == "title" and m.plural and m.entity_kind == "person":
            named = self._named_together_before(pos, count)
            if named and [id(e) for e in named] != [id(e) for e in self.last_group] and \
                    (any(e.kind == "organization" for e in self.last_group) or
                     all(e.pos > self.last_pos for e in named)):
                joint = False     # "the two ministers" are the people named together before, not "the United States
                #                   and Japan" that spoke last, nor two who spoke before others were named together
        if joint and m.kind == "pronoun" and m.plural and word[0] == "they":
            newer = self._pair_opening_before(pos)
            if newer and self._together_at > self.last_pos and [id(e) for e in newer] != [id(e) for e in self.last_group]:
                joint = False     # "President Biden and Vice President Harris believe that ... Together, they promised
                #                   ...": the pair a sentence opened with since the group spoke last, not that group
                #                   ("President Obama and then Vice President Biden announced ..." a paragraph before)
        if joint and ((m.kind == "pronoun" and m.plural) or (m.kind == "title" and word[0].endswith("s")) or
                      (m.kind == "title" and word[0] == "group" and self.group_named)):
            members = self.last_group
        elif m.kind == "title" and m.plural:
            members = self._named_together_before(pos, count, meeting=word[0] == "participants")
            if not members:
                return []
            self.last_group, self.last_pos, self.group_named = members, pos, True
        elif m.kind == "pronoun" and m.plural and word[0] == "they":
            members = self._pair_opening_before(pos)
            if not members:
                return []
            self.last_group, self.last_pos, self.group_named = members, pos, True
        else:
            return []
        for e in members:
            e.pos = max(e.pos, pos)
            e.speaker_count += 1
        return list(members)

    def _pair_opening_before(self, pos: int) -> list[Entity]:
        """'They also agreed that ...' after 'President Obama spoke today with Prime Minister Cameron of the United
        Kingdom.' (a readout): the people a sentence just before opens with, together, when no body opened a
        sentence nor spoke since (then "they" is that body, as before)."""
        self._together_at = -1
        people = self._named_together_before(pos, None)
        if len(people) < 2 or self.last_speaker is not None and self.last_pos > self._together_at and \
                not any(self.last_speaker is e for e in people):
            return []     # (one of the two speaking since is no other body: "Secretary Blinken congratulated Foreign
            #               Minister Kasoulides ... and reiterated ... They also underscored ..."; set R)
        end = GROUP_SENTENCE_END.search(self.body, self._together_at, pos)
        told = self.body[self._together_at:end.start() if end is not None else pos]
        if not (MEETING_TOLD.search(told) or CALL_HELD.search(told) or PAIR_OPENING.match(told)):
            return []     # "Hillary Clinton has been criticizing Donald Trump ... they argue": the two are no pair
            #               met or acting together (huff-post in PolNeAR)
        if UNNAMED_PLURAL.search(self.body, self._together_at, pos):
            return []     # "..., Brazilian delegation sources said. ¶ They said ...": the sources (Reuters 1987)
        subject = self._body_subject_before(pos)
        return people if subject is None or subject[0] < self._together_at else []

    def _named_together_before(self, pos: int, count: int | None, meeting: bool = False) -> list[Entity]:
        """The people of the newest of the last few sentences before pos that names two or more (by full name or
        title and surname: "President Biden and Vice President Harris hosted Leader Schumer, Senator Durbin ...");
        none when they are not count. "The participants" are those of the sentence telling the meeting ("Blinken
        met ... with Colonna, Baerbock, and Cleverly"), not two named later in what was said there ("his discussions
        with President Zelenskyy and Foreign Minister Kuleba")."""
        start = max(0, pos - 1200)
        text = self.body[start:pos]
        bounds = [start] + [start + b.end() for b in GROUP_SENTENCE_END.finditer(text)]
        for a in reversed(bounds[-4:]):
            people, first = [], None
            end = GROUP_SENTENCE_END.search(self.body, a, pos)
            if meeting and not MEETING_TOLD.search(self.body, a, end.start() if end is not None else pos):
                continue
            for run in NAME_RUN.finditer(self.body, a, end.start() if end is not None else pos):
                ent = self._person_of_run(run.group(1), run.start(1))
                if ent is not None and ent not in people:
                    people.append(ent)
                    first = run.start(1) if first is None else first
            if len(people) >= 2:
                if not _opens_with_a_person(self.body[a:first]):
                    return []     # "The Ministers of the Coalition reconvened ... at the invitation of X and Y"
                self._together_at = a
                return people if count in (None, len(people)) else []
        return []

    def _person_of_run(self, run: str, pos: int) -> Entity | None:
        """The person a run of capitalised words names by full name or by title and surname, else None."""
        if re.search(r"['’]s$", run):
            return None     # "North Korea’s launch": a possessive is no one in the group
        stopped = _WORD_STOPPED.search(run) is not None
        if stopped:
            run = run[:-1]  # the sentence's last name, its full stop no part of it ("... and UK Foreign Secretary James
            #                 Cleverly.", not an initial "J."), given with a title (not "in the Roosevelt Room.")
        m = parse_np(tokens(run))
        if stopped and isinstance(m, Mention) and not m.role:
            return None
        if not isinstance(m, Mention) or m.entity_kind != "person" or \
                not (m.kind == "name" or (m.kind == "surname" and m.role)):
            return None
        if m.kind == "surname" and re.search(r"['’]s$", m.role or ""):
            return None     # "Readout of the President's Call with German Chancellor Merkel": the call, no one
            #                 surnamed Call (presidency.ucsb.edu; wire19)
        if m.kind == "name" and not any(n == m.name for _, n, _, _ in self.introductions):
            return None     # "South Korea", "Roosevelt Room": no person's name
        ent, _ = self._resolve(m, pos)
        if ent is None or not ent.valid or ent.kind == "organization":
            return None
        return ent

    def note_group(self, entities: list[Entity]):
        if len(entities) > 1:
            self.last_group = list(entities)
        elif entities and (not self.last_group or entities[0] not in self.last_group):
            self.last_group = []

    def _resolve(self, m: Mention | None, pos: int):
        """(entity, basis) of a mention (None: a floating quote's), by the first of _RESOLVE_RULES that decides."""
        return decide(self._RESOLVE_RULES, self, m, pos, otherwise=(None, None))

    def _resolve_plural_title(self, m, pos):
        if m is not None and m.kind == "title" and m.plural:
            return None, None     # "the ministers" with no people named together before: no one speaks
        return _GO_ON

    def _resolve_own_ministry(self, m, pos):
        ministry = OWN_MINISTRY.fullmatch(m.text.strip()) if m is not None and m.kind == "title" else None
        if ministry is not None:
            return self._own_ministry(m, ministry.group(1), pos), "pronoun"
        return _GO_ON

    def _resolve_owned_spokesperson(self, m, pos):
        owned = OWN_SPOKESPERSON.fullmatch(m.text.strip()) if m is not None and m.kind == "title" else None
        if owned is None:
            return _GO_ON
        # "But his spokesman insisted his attack on Labour was not a publicity stunt" (bbc-news/politics/276): a
        # spokesman for the person "his" names speaks for him, as "a spokesman for Mr X" does (GUIDELINES)
        pronoun = "he" if owned.group(1).lower() == "his" else "she"
        owner = self._pronoun(Mention(text=pronoun, start=m.start, end=m.start, kind="pronoun",
                                      gender="m" if pronoun == "he" else "f"), pos)
        if owner is None:
            return self._office_of_person_in_words(m, pos, "m" if pronoun == "he" else "f")
        if owner.kind == "organization":
            return None, None
        # ... the office known as "X's spokesman", where the registry knows one (Downing Street for a prime
        # minister's: GUIDELINES), else the person
        office = self.registry.lookup(f"{owner.name}'s spokesman", self.day, self.body_folded) or \
            self._official_spokespersons_office(owner.name, "spokesman")
        if office is not None and office.kind == "organization":
            return (self._find_exact(office.name) or self._new(office.name, office.kind, pos)), "registry"
        return owner, "pronoun"

    def _office_of_person_in_words(self, m, pos: int, gender: str):
        """'British Prime Minister Theresa May’s meeting with European Union officials last week was “constructive and
        friendly”, her spokesman said on Monday' (Reuters; set BL 010): in a frame after the words, "his" or "her"
        names the one person the words name, in the same sentence, whose given name is of the pronoun's gender; the
        spokesman speaks for the office the registry knows as that person's spokesman's (Downing Street). With no such
        office nobody is named here ("President Rodrigo Duterte was not ill ..., his spokesman said": Harry Roque,
        named after; The Manila Shimbun, set AD 010)."""
        if m.start <= pos or SENTENCE_END.search(self.body, pos, m.start):
            return None, None
        named = [name for at, name, _, _ in self.introductions if pos <= at < m.start]
        if len(named) != 1 or given_names().get(fold(named[0]).split()[0]) != gender:
            return None, None
        office = self.registry.lookup(f"{named[0]}'s spokesman", self.day, self.body_folded) or \
            self._official_spokespersons_office(named[0], "spokesman")
        if office is None or office.kind != "organization":
            return None, None
        return (self._find_exact(office.name) or self._new(office.name, office.kind, pos)), "registry"

    def _resolve_registered_phrase(self, m, pos):
        if m is None or m.kind not in ("name", "surname", "body", "title"):
            return _GO_ON
        # The whole phrase may be a known body or person ("the Liberal Democrats", "Lib Dems", "the prime minister's
        # official spokesman" is Downing Street).
        phrase = _LEADING_ARTICLE.sub("", m.text)
        entry = self.registry.lookup(phrase, self.day, self.body_folded) if phrase != m.name else None
        unofficial = OWNERS_SPOKESPERSON.fullmatch(phrase) if entry is None else None
        if unofficial is not None:
            entry = self._official_spokespersons_office(unofficial.group(1), unofficial.group(2))
        owner = SPOKESPERSON_FOR_PERSON.fullmatch(m.text.strip()) if entry is None else None
        if owner is not None:
            # "a spokesman for Mr Blair": the office known as "Mr Blair's spokesman" (Downing Street), not Blair ("a
            # spokesman for the Prime Minister": the prime minister's spokesman, Downing Street)
            held = _LEADING_ARTICLE.sub("", owner.group(2))
            entry = self.registry.lookup(f"{held}'s {owner.group(1)}", self.day, self.body_folded)
            entry = entry if entry is not None and entry.kind == "organization" else None
        if entry is None:
            return _GO_ON
        return (self._find_exact(entry.name) or self._new(entry.name, entry.kind, pos)), "registry"

    def _resolve_floating(self, m, pos):
        if m is not None:
            return _GO_ON
        # a floating quote: the speaker of the statement just before
        labelled = self._name_line_above_answers(pos)
        if labelled is not None:
            return labelled, "context"
        introduced = self._introduced_just_before(pos)
        if introduced is not None:
            return introduced, "context"
        believer = self._believer_just_before(pos)
        if believer is not None:
            return believer, "context"
        if self.last_speaker is not None and pos - self.last_pos < 2000:
            if UNNAMED_BEFORE_FLOATING.search(self.body, max(0, self.last_end), pos) is not None or \
                    self._unnamed_framed_just_before(pos):
                return None, "context"     # "Another resident, who didn’t want to be identified, said she saw two
                #                            bodies earlier today. ¶ “There (are) two people passed away.”" (quotes20)
            if self._other_title_opened_since_last(pos):
                return None, "context"
            others = {fold(intro[1]): intro for intro in self._other_person_named_before_in_paragraph(pos)}
            if len(others) == 1:
                (start, name, role, gender), = others.values()
                if self._names_a_subject(start, name):
                    return self._find_exact(name) or self._new(name, "person", start, role=role, gender=gender), \
                        "context"
            if others:
                return None, "context"
            return self.last_speaker, "context"
        return self._addresser_before(pos) or self._topic_answerer(pos), "context"

    def _unnamed_introduced_as(self, mention: Mention) -> bool:
        """Is "the strategist" one the text introduced unnamed since the last statement ("But one top Republican
        strategist warned ... ¶ "...," said the strategist, who requested anonymity.", Reuters)?"""
        words_ = fold(mention.text).lower().split()
        if words_[:1] != ["the"] or len(words_) < 2:
            return False
        lo = max(0, self.last_end, mention.start - 600)
        return re.search(r"\b(?:a|an|one|another)\s+(?:[\w-]+\s+){0,3}%s\b" % re.escape(words_[-1]),
                         fold(self.body[lo:mention.start]), re.I) is not None

    def _unnamed_framed_just_before(self, pos: int) -> bool:
        """'"...," said the strategist, who requested anonymity. "They have to recognize there is no quick fix."'
        (Reuters): the quotation going on in the paragraph of words someone left unnamed framed since the last speaker
        is that one's, no one's the archive can name (not the analyst quoted before)."""
        spoke = self.unnamed_spoke
        return spoke > max(self.last_pos, self.last_end) and 0 <= pos - spoke < 600 and \
            "\n" not in self.body[spoke:pos]

    def _resolve_pronoun(self, m, pos):
        return (self._pronoun(m, pos), "pronoun") if m.kind == "pronoun" else _GO_ON

    def _resolve_name(self, m, pos):
        if m.kind != "name":
            return _GO_ON
        kin = KIN_OF_SUBJECT.match(m.text)
        if kin is not None and m.name and m.text.endswith(m.name):
            return self._relative_of(m, "f" if kin.group(1).lower() in KIN_FEMALE else "m"), "name"
        titled = self._acronym_titled(m)
        return self._surname(titled, pos) if titled is not None else self._name(m, pos)

    def _resolve_surname(self, m, pos):
        return self._surname(m, pos) if m.kind == "surname" else _GO_ON

    def _resolve_body(self, m, pos):
        if m.kind != "body":
            return _GO_ON
        named = self._named_spokesperson(m)
        if named is not None:
            return named, "title"
        holder = self._office_of_person(m, pos)
        if holder is not None:
            return holder
        return self._body(m, pos)

    def _resolve_title(self, m, pos):
        return self._title(m, pos) if m.kind == "title" else _GO_ON

    _RESOLVE_RULES = (_resolve_plural_title, _resolve_own_ministry, _resolve_owned_spokesperson,
                      _resolve_registered_phrase, _resolve_floating, _resolve_pronoun, _resolve_name,
                      _resolve_surname, _resolve_body, _resolve_title)

    def _acronym_titled(self, m: Mention) -> Mention | None:
        """'APNSA Sullivan' as the surname mention of the person whose title the letters are (_titled_by_letters)."""
        words = (m.name or "").split()
        if not _titled_by_letters(self.body, words):
            return None
        return Mention(text=m.text, start=m.start, end=m.end, kind="surname", name=words[1], role=words[0],
                       entity_kind="person")

    def _relative_of(self, m: Mention, gender: str) -> Entity | None:
        """The relative a kin description names: the person it stands in apposition to ("Attallah Shabazz, the
        daughter of activist Malcolm X, recalled ..."; bbc-news/entertainment/043), else the one other person of the
        text who bears the family name of the person named, of the kin's gender ("the sister of regime leader Kim
        Jong-un" is Kim Yo-jong, named further on); None when the text names no one such (the one named is no
        speaker)."""
        name = m.name
        before = self.body[max(0, m.start - 80):m.start]
        for start, n, role, g in self.introductions:
            if start < m.start and before.endswith(n + ", "):
                n = re.split(r"(?<=\.)\s+", n)[-1]     # (the run's last sentence: "Malcolm X. Attallah Shabazz")
                if len(n.split()) >= 2:
                    return self._find_exact(n) or self._new(n, "person", start, role, None, g or gender)
        ws = name.split()
        family = {ws[-1]} | ({ws[0]} if FAMILY_FIRST_GIVEN.fullmatch(" ".join(ws[1:])) else set())
        found = {n: (start, role, g) for start, n, role, g in self.introductions
                 if n != name and g in (None, gender) and len(n.split()) >= 2 and
                 (n.split()[-1] in family or n.split()[0] in family and FAMILY_FIRST_GIVEN.fullmatch(n.split(" ", 1)[1]))}
        if len(found) != 1:
            return None
        (n, (start, role, g)), = found.items()
        return self._find_exact(n) or self._new(n, "person", start, role, None, g or gender)

    def _own_ministry(self, m: Mention, possessive: str, pos: int) -> Entity | None:
        """"his ministry": the ministry of the minister "his" refers to, named from his title ("Turkish Foreign
        Minister" -> "Turkish Foreign Ministry"); none for a title that heads no ministry ("Prime Minister")."""
        pronoun = "he" if possessive.lower() == "his" else "she"
        owner = self._pronoun(Mention(text=pronoun, start=m.start, end=m.start, kind="pronoun",
                                      gender="m" if pronoun == "he" else "f"), pos)
        title = MINISTER_OF_ROLE.match((owner.role or "").strip()) if owner is not None and owner.kind == "person" \
            else None
        if title is None or fold(title.group("portfolio")).split()[-1] in ("prime", "deputy", "chief", "first"):
            return None
        name = title.group("portfolio") + "Ministry"
        return self._find_exact(name) or self._new(name, "organization", pos)

    def _pronoun(self, m: Mention, pos: int) -> Entity | None:
        """The entity a pronoun refers to (None: nobody to name). The rules of _PRONOUN_RULES decide in order; each
        returns its answer or _GO_ON (the next rule decides)."""
        word = m.text.lower()
        if word.startswith("the "):
            word = "it"     # "the readout" (mentions.readout_of_its_issuer): its issuer, as "it" is
        last = self.last_speaker if self.last_speaker is not None and pos - self.last_pos < 1500 else None
        c = _PronounCase(m, pos, word, last, m.gender)
        return decide(self._PRONOUN_RULES, self, c)

    def _pronoun_it_a_document(self, c: "_PronounCase"):
        if c.word == "it" and (self._document_opens_sentence_before(c.m.start) or (
                c.last is not None and len(self.last_group) >= 2 and c.last in self.last_group and
                all(e.registry is not None for e in self.last_group))):
            # "... Bill was published. It proposes ...", "the Tories and Lib Dems have jointly tabled a motion ... It
            # argues ...": a document, never one of two known bodies nor a body before (only known ones: a firm's name
            # split in two, "Saatchi and Saatchi", is no pair)
            return None
        return _GO_ON

    def _pronoun_we_the_documents_voice(self, c: "_PronounCase"):
        if c.word != "we":
            return _GO_ON
        # Outside quotation marks "we" is the document's own voice ("We the Leaders of the G7 ... We strongly
        # condemn Russia's attacks"): the body it names itself, never another body the text names, which a
        # reporter calls "it" or "they".
        return self._self_named_body(c.pos)

    def _pronoun_they_a_family(self, c: "_PronounCase"):
        if c.word == "they" and self._family_subject_before(c.pos):
            return None     # "The Johnstones have a 700 head herd of cattle. ... They said ...": a family, no body
        return _GO_ON

    def _pronoun_they_the_passive_agent(self, c: "_PronounCase"):
        return _found(self._passive_agent_before(c.m)) if c.word == "they" else _GO_ON

    def _pronoun_they_of_a_person(self, c: "_PronounCase"):
        """'... Councillor Catherine McKenney is urging Watson to apologize ... — Catherine McKenney (they/them)
        (@cmckenney) ... ¶ They are also accusing the mayor of tokenizing city staff' (ottawa.citynews.ca; quotes23):
        "they" of the person who spoke last, when the text gives "they/them" as that person's pronouns."""
        last = c.last
        if c.word != "they" or last is None or last.kind != "person" or \
                not re.search(r"%s\s*\(\s*they\s*/\s*them\s*\)" % re.escape(last.name), self.body):
            return _GO_ON
        return last

    def _pronoun_it_a_persons_statement(self, c: "_PronounCase"):
        """'State House spokesperson Kanze Dena said in a statement that ... ¶ “...,” it stated.' (newscentral.africa,
        set K 008): "it" is the statement a person just made, so the words are hers (as "the statement said" is)."""
        last = c.last
        if c.word != "it" or last is None or last.kind != "person" or not (last.role or last.gender) or \
                c.m.start - self.last_pos > 800:
            return _GO_ON     # (a person the text gave a title or a gender: not a body taken for one)
        # (the statement her own frame named, right before her words ("said in a statement that ...") or after them
        # ('"...," she said in a statement.'): not one a body made before her words, nor "it said in a statement", nor
        # one a later sentence opens: "... Bridenstine said. ¶ Boeing ... In a statement released November 5, ..., it
        # said it submitted a proposal" (spacepolicyonline via Zyte): there "it" is who made it)
        said_in = next((m for m in PERSONS_STATEMENT.finditer(self.body, max(0, self.last_pos - 120),
                                                               min(c.m.start, self.last_pos + 300))
                        if self._her_own_statement(m)), None)
        body_subject = self._body_subject_before(c.pos, described=True) if said_in is not None else None
        if said_in is None or body_subject and body_subject[0] > said_in.end():
            return _GO_ON
        return last

    def _her_own_statement(self, m) -> bool:
        """Does the statement phrase m belong to the frame of the words spoken last: in their sentence after them, or
        right before them ("said in a statement that ...")?"""
        if m.start() >= self.last_pos:
            return not SENTENCE_END.search(self.body, self.last_pos, m.start())
        return m.end() <= self.last_pos and \
            re.fullmatch(r"[^.!?\"“”]{0,40}?(?:\s+that)?\s*(?::\s*[\"“])?", self.body[m.end():self.last_pos]) is not None

    def _pronoun_it_or_they_a_body(self, c: "_PronounCase"):
        if c.word not in {"it", "they"}:
            return _GO_ON
        word, pos, last = c.word, c.pos, c.last
        subject = self._body_subject_before(pos, described=word == "it")
        if subject is not None and pos - subject[0] > UNNAMED_SUBJECT_REACH:
            subject = None     # a body that opened a sentence paragraphs ago ("The Conservatives ..." then, in
            #                    readers' comments far below, "they openly welcome ...": bbc-news/politics/380)
        if word == "they" and self._vague_group_since(pos, max(subject[0] if subject else 0,
                                                             self.last_end if last is not None else 0)):
            return None     # "A year ago, ministers launched their plan ... They will say ...": the ministers
        if last is not None and last.kind == "organization" and (subject is None or subject[0] < self.last_pos):
            return last
        if subject is not None:
            return subject[1]
        if last is not None and last.kind == "organization":
            return last
        if word == "it":
            named = self._body_named_in_sentence_before(c.m.start)
            if named is not None:
                return named
            return self._newest(pos, lambda e: e.kind == "organization" and self._named_within(e, pos, IT_BODY_REACH))
        return None

    def _sentence_start(self, at: int) -> int:
        """Where the sentence holding position at begins: after its paragraph's line break or the last sentence end
        within 400 characters before it."""
        return max(self.body.rfind("\n", 0, at) + 1,
                   max((e.end() for e in SENTENCE_END.finditer(self.body, max(0, at - 400), at)), default=0))

    def _body_named_in_sentence_before(self, at: int) -> "Entity | None":
        """'Also monitoring the investigation is the Commission for Public Complaints Against the RCMP, an independent
        national police watchdog. ¶ It announced earlier Wednesday that ...' (a CBC News story copied on a blog; set
        AO): an "it" opening its sentence, after a person spoke, is the body the sentence before names last by a
        name no list knows (a capitalised run after "the" that reads as a body's name, a body's word in it), not the
        body met inside that name ("the RCMP") nor one named further back."""
        if at < 0 or not IT_OPENS_SENTENCE.match(self.body, at):
            return None
        s0 = self._sentence_start(at)
        if self.body[s0:at].strip():
            return None
        text = self.body[max(0, s0 - 400):s0]
        ends = [e.end() for e in SENTENCE_END.finditer(text.rstrip())] + [text.rfind("\n", 0, len(text.rstrip())) + 1]
        lo = max(0, s0 - 400) + max(ends)
        if self.last_speaker is not None and self.last_end > lo:
            return None     # (the last speaker's frame is in the sentence before: "The World Bank is launching ...,
            #                 lead manager Postipankki said. ¶ It said fees totalled ...": Postipankki's; Reuters-21578)
        found = None
        for run in THE_CAPITALISED_RUN.finditer(self.body, lo, s0):
            if not (self.body[lo:run.start()].strip() == "" or COPULA_BEFORE.search(self.body, lo, run.start())):
                continue     # (the sentence's subject, or after "is" inverted: not a body named anywhere in it, as
                #              "Acme Corp said in a filing with the Securities and Exchange Commission ... It said")
            m = parse_np(tokens(run.group().rstrip("."), run.start()))
            if getattr(m, "kind", None) == "body" and m.name and len(m.name.split()) >= 2 and \
                    any(fold(w) in ORG_WORDS for w in m.name.split()):
                found = m
        if found is None:
            return None
        return self._find_exact(found.name) or self._new(found.name, "organization", found.start)

    def _pronoun_i_unresolved(self, c: "_PronounCase"):
        return None if c.word == "i" else _GO_ON

    def _pronoun_spokesperson_sentence(self, c: "_PronounCase"):
        return _found(self._spokesperson_sentence_before(c.m))

    def _pronoun_quoting_subject(self, c: "_PronounCase"):
        return _found(self._quoting_subject_before(c.m))

    def _pronoun_fronted_clause_subject(self, c: "_PronounCase"):
        return _found(self._fronted_clause_subject(c.m, c.gender))

    def _pronoun_titled_subject(self, c: "_PronounCase"):
        return _found(self._titled_subject_of_own_sentence(c.m))

    def _pronoun_person_before_subordinator(self, c: "_PronounCase"):
        return _found(self._person_right_before_subordinator(c.m, c.gender))

    def _pronoun_relative_clause_antecedent(self, c: "_PronounCase"):
        return _found(self._relative_clause_antecedent(c.m, c.gender))

    def _relative_clause_antecedent(self, m: Mention, gender: str | None) -> Entity | None:
        """'Tenney previously helped fight Oneida Indian Nation leader Ray Halbritter, who spearheaded the campaign to
        change the Washington Redskins mascot because he claimed it was offensive ...' (Breitbart, PolNeAR): a pronoun
        inside a relative clause on a person named before "who" is that person, not a name inside the clause."""
        if m.start <= 0:
            return None
        hit = RELATIVE_CLAUSE_HEAD.search(self.body, max(0, m.start - 200), m.start) or \
            POSSESSED_WORDS_HEAD.search(self.body, max(0, m.start - 200), m.start)
        if hit is None:
            return None
        ent = self._person_of_run(hit.group(1), hit.start(1))
        if ent is None or ent.kind == "organization" or (gender is not None and ent.gender not in (None, gender)) or \
                not _may_be(ent.words, gender):
            return None
        self._aside_speaker = True     # the sentence's subject stays the one a later "he said" goes on with
        return ent

    def _pronoun_person_closing_sentence(self, c: "_PronounCase"):
        return _found(self._person_closing_sentence_before(c.m, c.gender, c.last))

    def _pronoun_names_opening_the_words(self, c: "_PronounCase"):
        # "He also accused Poilievre of saying ...", "He said Smith was wrong": a name opening what is said is
        # not the pronoun's referent.
        opening = re.split(r"[.!?\n]", self.body[c.pos:c.pos + 40])[0]
        c.named = {fold(w) for w in re.findall(r"\b[A-Z][\w-]+", opening)[:3]}
        if c.named and c.last is not None and c.last.kind == "person" and c.last.words and c.m.start > c.pos and \
                any(fold(w.group()) == c.last.words[-1] and not re.match(r"\s+[A-Z]", opening[w.end():])
                    for w in re.finditer(r"\b[A-Z][\w-]+", opening)):
            # ... but words the frame follows that open with the last speaker's own surname tell of what he does in
            # the reporter's third person: "The defense minister said he intends to ... meeting with U.S. Defense
            # Secretary Mark Esper. ¶ Kishi looks to deepen cooperation ..., and “further strengthen ...,” he said."
            # (Nikkei Asia; set AQ 004): Kishi's, not the man met inside his words before; also "The Redstone equity
            # contribution ... would consist of ..., he said." (Reuters). Not the surname inside a body's name
            # ("Regarding the Clinton Foundation leadership: ...,” she writes": not Clinton; PolNeAR)
            c.named.discard(c.last.words[-1])
        return _GO_ON

    def _pronoun_body_spoke_last(self, c: "_PronounCase"):
        last, gender, pos = c.last, c.gender, c.pos
        if not (last is not None and last.kind == "organization" and self.last_voice and
                (gender is None or self.last_voice in (gender, ANY_VOICE))):
            return _GO_ON
        # ... unless someone opened a sentence since it spoke: "Lib Dem chairman Matthew Taylor has now written to
        # the watchdog ... He says ..."
        since = self._person_subject_before(pos, c.fits_named)
        if since is not None and since[0] > self.last_end:
            return since[1]
        if self._unnamed_person_opens(self.last_end, pos) or self._unnamed_person_inverted(self.last_end, pos):
            return None     # '"...," said a senior official from the South Korean presidential office ... ¶
            #                 "...," he said on the 12th': the official, unnamed, not the ministry (wowkorea.live)
        return self._person_named_in_new_paragraph(pos, gender) or last

    def _pronoun_person_subject_before(self, c: "_PronounCase"):
        c.subject = self._person_subject_before(c.pos, c.fits_named)
        return _GO_ON

    def _pronoun_unnamed_since_last(self, c: "_PronounCase"):
        last, subject, pos = c.last, c.subject, c.pos
        lo = max(self.last_end, subject[0] if subject else -1)     # since the last speaker and the subject
        if last is not None and (self._unnamed_role_subject(lo, pos, last, subject) or
                                 self._unnamed_person_opens(lo, pos) or self._unnamed_person_inverted(lo, pos)):
            return None     # '"...," said Lawrence Johnstone ¶ Saskatchewan’s agriculture minister was at the
                            # Johnstone farm Monday ... He said he’s not sure ...': not the farmer
        near = max(lo, pos - 600, 0)
        if last is None and c.word in ("he", "she") and (self._unnamed_person_inverted(near, pos) or
                                                          self._unnamed_person_said(near, pos)):
            return None     # '"...," said a Juventus official, who declined to be named. "...," he added.': the
            #                 official, not the player named before (bbc-news/sport/203); 'A U.S. Banker said there is
            #                 no evidence ... "...," he said.': the banker, not the minister who opened a sentence far
            #                 before (reut2-003 #488)
        return _GO_ON

    def _pronoun_unnamed_spoke_last(self, c: "_PronounCase"):
        if c.word in ("he", "she") and self.unnamed_spoke > max(self.last_pos, self.last_end) and \
                0 <= c.pos - self.unnamed_spoke < 600 and (c.subject is None or c.subject[0] < self.unnamed_spoke):
            return None     # '"...," said the official. But he admitted that ...': the official no one named, not
            #                 the body or person who spoke before him (reut2-003 #534)
        return _GO_ON

    def _pronoun_unnamed_after_subject(self, c: "_PronounCase"):
        if c.last is None and c.subject is not None and self._unnamed_person_opens(c.subject[0], c.pos):
            return None     # "Lloyds chief executive Antonio Horta-Osorio is understood to be incensed ... ¶ One Lloyds
                            # insider contrasted ... ¶ He said: '...'" (This is Money; wire13): the insider, unnamed
        return _GO_ON

    def _pronoun_name_inside_last_words(self, c: "_PronounCase"):
        if c.subject is not None and c.last is not None and self.last_pos <= c.subject[0] < self.last_end:
            c.subject = None     # "And Tony Blair would be in the front line, he said. "...," he promised": a name
                                 # inside the last speaker's words opens no sentence of the narrative
        return _GO_ON

    def _pronoun_asked_person_answers(self, c: "_PronounCase"):
        """'Edmonton Coun. Kim Krushell, whose Ward 2 would be most affected by the route, asked Crouse about an LRT/Bus
        Rapid Transit reserve ... ¶ "We've tried to send a message to our taxpayers ...," he said' (St. Albert Gazette;
        set AU 005): the words right after a question one person asked another, by name, are the answer of the person
        asked (the pronoun fitting him or her), not the asker's, who opened that sentence (not "... she said, was a
        question at a televised town hall last week, when a young man asked Clinton why ... “I really got pissed off,”
        she said.": no one named asked; PolNeAR politico)."""
        subject = c.subject
        if subject is None or c.word not in ("he", "she"):
            return _GO_ON
        at = c.m.start if c.m.start >= 0 else c.pos
        asked = None
        for asked in ASKED_PERSON.finditer(self.body, subject[0], at):
            pass
        named_end = self.body.find(subject[1].name.split()[-1], subject[0])     # (past a title's "Coun.")
        if asked is None or named_end < 0 or SENTENCE_STOP.search(self.body, named_end, asked.start()) or \
                self.body.count("\n\n", asked.end(), at) > 1 or \
                any(asked.end() <= start < at and (role or gender or is_given_name(name.split()[0], any_gender=True))
                    for start, name, role, gender in self.introductions):
            return _GO_ON     # (the answer in the same or the next paragraph, no one named between)
        last_word = fold(asked.group(1)).split()[-1]
        ent = self._newest(at, lambda e: e.kind == "person" and e is not subject[1] and e.words[-1:] == [last_word])
        if ent is None or not c.fits(ent):
            return _GO_ON
        c.ent = ent
        return self._pronoun_amended(c)

    def _pronoun_subject_since_last_speaker(self, c: "_PronounCase"):
        last, subject = c.last, c.subject
        if subject is None or not (last is None or subject[0] > self.last_pos or not c.fits(last)):
            return _GO_ON
        if last is not None and c.fits(last) and self._subject_again_since(last, subject[1], subject[0], c.pos):
            return _GO_ON     # the last speaker the subject of a clause after that sentence's opening: "Midfielder
            #                   Edu reduced the deficit ... Victory took Real to within six points of leaders Barcelona
            #                   and Owen is confident Real can close the gap. He added: ..." (bbc-news/sport/151)
        # A person who opened a sentence after the last statement: "Piers Freelove is senior benefit
        # officer ... He said:", "Ferrero, who was upset ..., hinted ... "...," he said."
        c.ent = subject[1]
        return self._pronoun_amended(c)

    def _pronoun_last_speaker_fits(self, c: "_PronounCase"):
        last, gender, pos = c.last, c.gender, c.pos
        if last is None or not c.fits(last):
            return _GO_ON
        c.ent = last
        if _other_given_name(last, gender) and not self._last_words_open_on(gender):
            # "He said:" after Margaret Davidson spoke: another person who fits, when there is one ("She said"
            # after "Mumtaz Zahra Baloch said", whom no one else fits, stays hers)
            # (only one the pronoun's gender is known to fit: "She also condemned ..." after "Baloch criticized
            # ...", Mumtaz a man's given name elsewhere, is not "Indian Prime Minister Narendra Modi" of an object
            # before; issue 8, seed round)
            met = self._newest(pos, lambda e: c.fits_named(e) and e.kind == "person" and e is not last and
                               _known_to_be(e.words, e.gender, gender))
            fits = lambda w: _may_be(w, gender) and w != last.words and _known_to_be(w, None, gender)
            c.ent = self._named_last_of(met, pos, fits, gender) or met or self._introduced_before(pos, fits) or \
                self._unlisted_person_opening_since_last(pos, gender) or last
        return self._pronoun_amended(c)

    def _last_words_open_on(self, gender: str | None) -> bool:
        """Do the last speaker's reported words open on a pronoun of this gender, the speaker's own ("Omar asked for
        compassion ..., saying she did not think a severe sentence would be helpful. She added, ..."): the text tells
        the speaker's gender, whatever the given name's usual one (Ilhan; The Hill on Zyte, the lead's round 47)?"""
        opening = re.match(r"\s*(he|she)\b", self.body[max(0, self.last_pos):self.last_end])
        return gender is not None and opening is not None and {"he": "m", "she": "f"}[opening.group(1)] == gender

    def _subject_again_since(self, e: "Entity", other: "Entity", lo: int, hi: int) -> bool:
        """Is the entity's surname, after lo and before hi, the subject of a main clause ("... and Owen is
        confident"), the other person not named after it? Not in a subordinate clause: "When Mr. Trump tried to
        defend his remarks ..., Mr. Kasich forcefully differed. ''...,'' he said" is Kasich's (PolNeAR)."""
        if e.kind != "person" or not e.words or not other.words:
            return False
        surname = re.compile(r"\b%s\b" % re.escape(e.name.split()[-1]))
        again = [m for m in surname.finditer(self.body, lo + 1, hi) if SUBJECT_VERB_AFTER.match(self.body, m.end())
                 and not SUBORDINATOR_BEFORE.search(self.body, max(0, m.start() - 16), m.start())]
        return bool(again) and re.search(r"\b%s\b" % re.escape(other.name.split()[-1]),
                                         self.body[again[-1].end():hi]) is None

    def _unlisted_person_opening_since_last(self, pos: int, gender: str) -> "Entity | None":
        """The newest person opening a sentence since the last speaker by a full name of two or three words that no
        list knows ("Chrystia Freeland came out on top ... “...,” she said" after "Justin Trudeau" spoke: her given
        name in no list of names, her surname ending as a place's does), when the pronoun's gender is the other of
        the last speaker's given name: hers, not his (humbernews.ca; set AO). Not a run whose given name is known to
        be the other gender's, a place, or a run anything tells is no person."""
        best = None
        for start, key in self._sentence_subjects():
            if start >= pos:
                break
            if start < self.last_end or not 2 <= len(key) <= 3 or key[0] == "the":
                continue
            run = self.body[start:].split()[:len(key)]
            name = " ".join(w.rstrip(",.;:") for w in run)
            if fold_words(name) != list(key) or given_names().get(key[0]) in ({"m", "f"} - {gender}) or \
                    key[0] in places() or not looks_like_person(name) or not all(w[:1].isupper() for w in name.split()):
                continue
            why_not = why_not_a_speaker(name, "person")
            if why_not not in (None, "no_personal_name"):
                continue
            best = (start, name, why_not)
        if best is None:
            return None
        start, name, why_not = best
        ent = self._find_exact(name) or self._new(name, "person", start, None, None, gender)
        if why_not == "no_personal_name":
            ent.valid = True     # a given name the lists lack (as _subject_by_surname): the sentence says it is someone
        return ent

    def _named_last_of(self, met, pos: int, fits, gender: str) -> "Entity | None":
        """Of the people a pronoun of the other gender than the last speaker's may name (met: the newest entity that
        fits) and whose gender is known to be the pronoun's, the one the text names last before the words it frames,
        by full name or surname (None: none known, met or the newest introduction stands). "Mayor Ken Sim ... “... Ken Sim and ABC ...,” Orr said. ... While Sim and his
        party ..., the showing is something Maloney agrees reflects .... “...,” she said.": Lucy Maloney, not Ken Sim
        (named inside the words quoted before) (vancouver.ctvnews.ca, set M)."""
        span = self._words_span
        limit = span[0] if span and span[0] is not None and span[0] < pos else pos
        cands = {} if met is None else {met.name: met}
        introduced = list(self._people_introduced_before(limit, fits))
        for start, name, _, _ in introduced:
            cands.setdefault(name, None)
        # only those known to be of the pronoun's gender (a woman's given name for "she"; not "Ken", either's, nor
        # "Cho" before "The Deputy Secretary ... she emphasized" after Wendy R. Sherman was named)
        cands = {n: e for n, e in cands.items()
                 if (e.gender if e is not None and e.gender else given_names().get(fold(n).split()[0])) == gender}
        if not cands:
            return None
        named_at = {n: self._surname_last_before(n, limit) for n in cands}
        name = max(cands, key=named_at.get)
        if named_at[name] < 0:
            return None
        return cands[name] or self._find_exact(name) or next(
            self._new(n, "person", st, role, None, g) for st, n, role, g in introduced if n == name)

    def _surname_last_before(self, name: str, pos: int) -> int:
        """Where the text last names, before pos, the person of this name by the name's last word (-1: never)."""
        found = [m.start() for m in re.finditer(r"\b%s\b" % re.escape(name.split()[-1]), self.body[:pos])]
        return found[-1] if found else -1

    def _pronoun_lone_word_spoke_last(self, c: "_PronounCase"):
        last = c.last
        if not (last is not None and c.gender and _lone_word_body(last, self.body) and
                0 <= c.pos - self.last_end < 400):
            return _GO_ON
        # '"They're all just like Justin," Poilievre told reporters ... since Prime Minister Justin Trudeau announced
        # he would be resigning ...' then '"...," he said': the lone unknown word that just spoke was a person's
        # surname, not the newest person named (in a clause of its sentence)
        last.kind = "person"
        c.ent = last
        return self._pronoun_amended(c)

    def _pronoun_newest_person(self, c: "_PronounCase"):
        # No speaker yet to refer back to: the newest person, whether already met as an entity or only
        # introduced by name since ("... Coun. Dennis Nowoselsky's part of the city. ... Kyle Bender inquired
        # about food security. "...," he said." is Bender). Named before the pronoun itself: "At a press
        # conference on Thursday, she responded to Chinese Foreign Ministry spokesperson Hua Chunying's post
        # which said that ..." is not Hua.
        m, gender, last = c.m, c.gender, c.last
        pos = c.pos = min(c.pos, m.start) if 0 <= m.start else c.pos
        ent = self._newest(pos, lambda e: c.fits_named(e) and e.kind == "person")
        if ent is None:
            # (by title and surname only with no speaker before: a speaker's "he stated" after "President
            # Jokowi assigns ..." goes on with the speaker)
            ent = self._honorific_mention_before(pos, gender, titled=last is None)
            if ent is None and not self._unknown_honorific_last:
                ent = self._introduced_before(pos, lambda w: _may_be(w, gender))
        elif self._newest_introduction(pos, lambda w: _may_be(w, gender)) > ent.pos:
            ent = self._introduced_before(pos, lambda w: _may_be(w, gender)) or ent
        if ent is None and gender and last is not None and last.kind == "organization":
            ent = self._lone_word_speaker_before(pos, last)
        if ent is not None and self._titled_other_opens(ent, pos, gender):
            return None     # "Mrs. Marcos' grandson Michael Manotoc posted photos ... ¶ President Marcos himself joined
            #                 Filipinos in wishing his mother a happy birthday. ¶ "...," he wrote": the President (whom
            #                 "Marcos" alone cannot tell from his mother), never the grandson named before (mb.com.ph)
        if ent is not None and self._unnamed_person_opens(ent.pos, pos):
            return None     # "A high-ranking official from the presidential office met with reporters ... and
            #                 said, “...” ¶ “...,” he said.": the unnamed official, not President Yoon named
            #                 before (Yonhap in translation; seed12)
        c.ent = ent
        return self._pronoun_amended(c)

    def _pronoun_amended(self, c: "_PronounCase") -> Entity | None:
        """The referent the rules chose, as the steps of _PRONOUN_AMENDS amend it."""
        for step in self._PRONOUN_AMENDS:
            step(self, c)
        return c.ent

    def _pronoun_person_named_just_before(self, c: "_PronounCase"):
        # (only when the last speaker cannot be the pronoun's: a body, or a person of the other gender; "...," said
        # Const. Jones. The victim was John Smith. He said ...' stays the constable's)
        last, ent = c.last, c.ent
        named_just_before = self._person_named_in_sentence_before(c.m, c.pos, c.gender) \
            if last is None or not c.fits(last) else None
        if named_just_before is not None and \
                (last is None or named_just_before[0] > self.last_end) and \
                (ent is None or named_just_before[0] > ent.pos):
            c.ent = self._find_exact(named_just_before[1]) or \
                self._introduced_before(named_just_before[0] + 1, lambda w: w == name_words(named_just_before[1]))

    def _pronoun_lone_surname_spoke(self, c: "_PronounCase"):
        if c.ent is None and c.gender and c.last is not None and _lone_surname_body(c.last):
            # '"...," Ford said.' then '"...," he said.' and nobody else: the lone word was a person's surname
            c.last.kind = "person"
            c.ent = c.last

    def _pronoun_they_never_one_person(self, c: "_PronounCase"):
        # "Lord Justice Rix and Mr Justice Forbes ruled ... They said ...", "Private sources also said ... They also
        # said ...": a plural "they" is no one person the text names (a pair, or a vague group: no speaker)
        if c.word == "they" and c.ent is not None and c.ent.kind == "person" and _one_persons_name(c.ent):
            c.ent = None

    def _pronoun_gender_told(self, c: "_PronounCase"):
        if c.ent is not None and c.ent.gender is None and c.gender:
            c.ent.gender = c.gender

    _PRONOUN_RULES = (_pronoun_it_a_document, _pronoun_we_the_documents_voice, _pronoun_they_a_family,
                      _pronoun_they_the_passive_agent, _pronoun_they_of_a_person, _pronoun_it_a_persons_statement,
                      _pronoun_it_or_they_a_body, _pronoun_i_unresolved,
                      _pronoun_spokesperson_sentence, _pronoun_quoting_subject, _pronoun_fronted_clause_subject,
                      _pronoun_titled_subject, _pronoun_person_before_subordinator,
                      _pronoun_relative_clause_antecedent, _pronoun_person_closing_sentence,
                      _pronoun_names_opening_the_words, _pronoun_body_spoke_last, _pronoun_person_subject_before,
                      _pronoun_unnamed_since_last, _pronoun_unnamed_spoke_last, _pronoun_unnamed_after_subject,
                      _pronoun_name_inside_last_words, _pronoun_asked_person_answers,
                      # the referent (each of these four that applies ends with _pronoun_amended)
                      _pronoun_subject_since_last_speaker, _pronoun_last_speaker_fits, _pronoun_lone_word_spoke_last,
                      _pronoun_newest_person)
    _PRONOUN_AMENDS = (_pronoun_person_named_just_before, _pronoun_lone_surname_spoke, _pronoun_they_never_one_person,
                       _pronoun_gender_told)

    def _person_named_in_sentence_before(self, m: Mention, pos: int, gender: str | None):
        """(start, name) of a person the sentence right before a pronoun opening its sentence introduces by full name,
        as its subject or as a copula's complement: "The only resident who spoke directly to council was Keith
        Janzen. He tells Mix News ...", "... this year Susan Rose is a town councillor in Small Point. She told
        Radio-Canada ..." (a glued heading before the name, so no sentence opens with it); else None (quotes12)."""
        at = m.start if 0 <= m.start else pos
        if not re.search(r"(?:[.!?][\"”’]?\s+|\n)$", self.body[max(0, at - 4):at]):
            return None     # the pronoun opens its sentence
        lo = max(0, at - 400)
        ends = [e.end() for e in re.finditer(r"[.!?][\"”’]?(?:\s+|$)", self.body[lo:at - 1])]
        before = lo + (ends[-2] if len(ends) >= 2 else 0) if ends else lo
        if not ends or lo == 0 and len(ends) < 2:
            before = max(before, self.body.rfind("\n", 0, at - 1) + 1)
        found = [(start, name) for start, name, role, g in self.introductions if before <= start < at - 1]
        if len(found) != 1:
            return None     # none, or two people in it: no telling
        start, name = found[0]
        if not _may_be(name_words(name), gender) and not (gender and self._find_exact(name) is not None and
                                                          self._find_exact(name).gender == gender):
            return None
        end = self.body.find(name, start) + len(name)
        copula_complement = re.match(r"\s*[.]", self.body[end:end + 3]) and \
            re.search(r"\b(?:was|is)\s+(?:[A-Z][\w.’'-]*\s+)*$", self.body[max(0, start - 60):start + 1] + " ")
        if not (SUBJECT_VERB_AFTER.match(self.body, end) or copula_complement):
            return None
        return start, name

    def _fronted_clause_subject(self, m: Mention, gender: str | None) -> Entity | None:
        """'When Plekanec was asked after the game if he thought it was an intentional attempt to injure, he said he
        didn't know': a sentence opening with a subordinate clause whose subject is a person the text names, the
        main clause's "he" its subject: that person, not the last speaker (Therrien, who spoke before)."""
        if m.start <= 0 or not self.body[max(0, m.start - 2):m.start] == ", ":
            return None
        lo = max(self.body.rfind("\n", 0, m.start) + 1, m.start - 300)
        ends = [e.end() for e in SENTENCE_OPENING_AFTER.finditer(self.body, lo, m.start)]     # (no copy of the text)
        lo = ends[-1] if ends else lo
        hit = FRONTED_CLAUSE.match(self.body, lo, m.start)
        if hit is None:
            return None
        key = fold(hit.group(1)).split()
        if not key or key[0] in NOT_NAMES:
            return None

        def person(e):
            # (by the given name too when no gender was told: "As Nugent pushed on ..., he claimed" is not Sally
            # Nugent; HuffPost UK, bbc23)
            return e.kind != "organization" and e.words[-len(key):] == key and \
                (gender is None or e.gender in (None, gender)) and \
                (e.gender is not None or _given_name_fits(e.words, gender))
        ent = self._newest(m.start, person) or \
            self._introduced_before(m.start, lambda w: w[-len(key):] == key and _may_be(w, gender))
        return ent

    def _titled_subject_of_own_sentence(self, m: Mention) -> Entity | None:
        """'But the minister stood by his assessment from earlier this week, where he promised the UK would not return
        to ...' (huffingtonpost.co.uk, bbc19): "he" inside a sentence whose subject is a title, no one named between,
        is the one that title names, not the presenter who spoke last."""
        lo = max(self.body.rfind("\n", 0, m.start) + 1, m.start - 300)
        ends = [e.end() for e in re.finditer(r"[.!?][\"”’]?\s+(?=[\"“]?[A-Z])", self.body[lo:m.start])]
        lo += ends[-1] if ends else 0
        hit = TITLED_SENTENCE_SUBJECT.match(self.body, lo, m.start)
        if hit is None or hit.group(2) not in NAME_HEADS or hit.group(2) in HONORIFICS or \
                re.search(r"[A-Z“\"]", self.body[hit.end(1):m.start]):
            return None
        title = Mention(text=hit.group(1), start=hit.start(1), end=hit.end(1), kind="title",
                        role=hit.group(1)[4:], entity_kind="person")
        ent, _ = self._title(title, m.start)
        return ent if ent is not None and ent.kind == "person" else None

    def _passive_agent_before(self, m: Mention) -> Entity | None:
        """'The bill ... is expected to be opposed by the Liberal Democrats. ¶ They have said the scheme is "deeply
        flawed"' (bbc-news/politics/299): "they" opening the sentence after one that ends with a passive's agent, a
        body named in the plural, is that body (not a body that opened a sentence earlier)."""
        if m.start <= 0 or not re.search(r"(?:[.!?][\"”’]?\s+|\n)$", self.body[max(0, m.start - 4):m.start]):
            return None
        agent = PASSIVE_AGENT_END.search(self.body, max(0, m.start - 200), m.start)
        if agent is None:
            return None
        name = agent.group(1)
        entry = self.registry.lookup(name, self.day, self.body_folded) or \
            self.registry.lookup("the " + name, self.day, self.body_folded)
        if entry is None or entry.kind != "organization":
            return None     # (a known body only: "... was backed by the Greens" of a party the registry knows)
        return self._find_exact(entry.name) or self._new(entry.name, "organization", agent.start(1))

    def _person_right_before_subordinator(self, m: Mention, gender: str | None) -> Entity | None:
        """'... the party had repaid £500,000 to former Tory Treasurer Lord Ashcroft after he said the party could not
        win the election' (bbc-news/politics/001): a person named inside the sentence right before the subordinator of
        the pronoun's clause, not its opening subject, is whom "he" is."""
        if m.start <= 0:
            return None
        lo = max(0, m.start - 120)
        hit = NAME_BEFORE_SUBORDINATOR.search(self.body, lo, m.start)
        if hit is None:
            return None
        opener = max(self.body.rfind("\n", 0, hit.start()), *(self.body.rfind(p, 0, hit.start()) for p in (". ", "! ", "? ")))
        if not self.body[opener + 1:hit.start()].strip():
            return None     # the sentence's own subject: "Mr X, after he ..." is for the usual rules
        ent = self._person_of_run(hit.group(1), hit.start(1))
        if ent is None and re.match(r"(?:Mr|Mrs|Ms|Dr|Sir|Lord|Lady|Baroness)\s", hit.group(1)):
            # "to Lord Ashcroft after he predicted an election defeat": an honorific and a surname, no one else's
            named = parse_np(tokens(hit.group(1), hit.start(1)))
            if isinstance(named, Mention) and named.kind in ("name", "surname"):
                ent = self._resolve(named, hit.start(1))[0]
                ent = ent if ent is not None and ent.valid and ent.kind != "organization" else None
        if ent is None or (gender is not None and ent.gender not in (None, gender)):
            return None
        self._aside_speaker = True     # the sentence's subject stays the one a later "he said" goes on with
        return ent

    def _vague_group_since(self, pos: int, since: int) -> bool:
        """Does an unnamed group open a sentence or clause between since and pos, at most 400 characters back
        (VAGUE_GROUP_SUBJECT)?"""
        lo = max(since, pos - 400)
        return lo < pos and (VAGUE_GROUP_SUBJECT.search(self.body, lo, pos) is not None or
                             any(_group_said(m) for m in VAGUE_GROUP_SAID.finditer(self.body, lo, pos)))

    def _family_subject_before(self, pos: int) -> bool:
        """Does the sentence before pos (or the one before it) open with a family named by the plural of a surname the
        text gives a person ("The Johnstones" after "Lawrence Johnstone")?"""
        lo = max(0, self.body.rfind("\n", 0, max(0, self.body.rfind("\n", 0, pos) - 1)))
        for m in FAMILY_SUBJECT.finditer(self.body, lo, pos):
            surname = fold(m.group(1)).lower()
            if any(len(k) > 1 and k[-1] == surname for k in self._intro_keys):
                return True
        return False

    def _unnamed_person_opens(self, lo: int, pos: int) -> bool:
        """Does a sentence between lo and pos open with a person left unnamed ("A high-ranking official from the
        presidential office", "An aide")?"""
        return 0 <= lo and pos - lo <= 1500 and (UNNAMED_PERSON_OPENING.search(self.body, lo, pos) is not None or
                                                 UNNAMED_SPEAKER.search(self.body, lo, pos) is not None)

    def _unnamed_person_said(self, lo: int, pos: int) -> bool:
        """Does a sentence between lo and pos open with a person left unnamed and the verb of saying ("A U.S. Banker
        said ...")? (Not "An official from the unification ministry on Tuesday addressed remarks by Kim Yo-jong ...
        She also reiterated ...": her words, KBS; tests/test_audit_seed13.py.)"""
        return 0 <= lo and any(SAID_AT_END.search(m.group(0))
                               for m in UNNAMED_PERSON_OPENING.finditer(self.body, lo, pos)) or \
            UNNAMED_SPEAKER.search(self.body, lo, pos) is not None

    def _unnamed_person_inverted(self, lo: int, pos: int) -> bool:
        """Does an inverted frame between lo and pos name its speaker as a person left unnamed ('," said a senior
        official from the presidential office')?"""
        return 0 <= lo and pos - lo <= 1500 and UNNAMED_PERSON_INVERTED.search(self.body, lo, pos) is not None

    def _unnamed_role_subject(self, lo: int, pos: int, last: "Entity", subject=None) -> bool:
        """Does a sentence between lo and pos open with a person described by a title no one holds so far (not the
        last speaker's title)?"""
        if lo < 0 or pos - lo > 1500:
            return False
        for m in UNNAMED_ROLE_SUBJECT.finditer(self.body, lo, pos):
            if self._describes_subject_before(m, last, subject):
                continue
            ws = m.group(1).split()
            for i, w in enumerate(ws[:4]):
                if not re.fullmatch(r"[a-z][\w-]*", w):
                    break
                if w in NAME_HEADS and w not in HONORIFICS and i + 1 < len(ws) and ws[i + 1][:1].islower():
                    # (not the last speaker's own title: "Deputy Prime Minister Suthep Thaugsuban ... The deputy
                    # prime minister believes ...")
                    roles = [last.role or ""] + [role or "" for (_, name, role, _) in self.introductions
                                                 if name_words(name)[-len(last.words):] == last.words]
                    if last.registry is not None:
                        # (nor the title the registry knows: "Tony Blair says ... The prime minister is trying to
                        # draw a line ... He is saying that ...", bbc12)
                        roles.append(last.registry.role or "")
                    if not any(w in fold(r).lower().split() for r in roles) and \
                            not (w in SPOKES and self._spokesperson_spoke_before(m.start())):
                        return True
                    break
        return False

    def _spokesperson_spoke_before(self, pos: int) -> bool:
        """Did a person the text or the registry calls a spokesperson speak before pos? "The spokesperson went on to
        repeat his own statement from Tuesday" after Zhao Lijian spoke, and after New Delhi "denied the charge", is Zhao
        (Hindustan Times; seed23), no unnamed spokesperson."""
        return any(e.kind == "person" and e.speaker_count > 0 and e.pos < pos and
                   SPOKES & set(fold(" ".join(filter(None, (e.role, e.registry.role if e.registry else None))))
                                .lower().split())
                   for e in self.entities)

    def _describes_subject_before(self, m: re.Match, last: "Entity", subject) -> bool:
        """Does "The policing minister was appearing on ..." describe the last speaker, given no title yet, who opened
        the sentence right before ("Chris Philp had just repeated ... claims ..."; huffingtonpost.co.uk, bbc19)?"""
        return m.group().startswith("The ") and subject is not None and subject[1] is last and not last.role and \
            len(SENTENCE_BREAK.findall(self.body, subject[0], m.start())) == 1

    def _without_noun_tag(self, name: list[str]) -> list[str]:
        """'Rider Natalie McNab says ...' in a story of transit "riders": a noun of a person's doing that the text
        also writes in lower case, capitalised at a sentence's opening before a given name and a surname, is no part of
        the name, though it may be a given name itself (CTV, the lead's round 18)."""
        if len(name) != 3 or not AGENT_NOUN.fullmatch(name[0]) or not is_given_name(name[1], any_gender=True):
            return name
        if self._lower_words is None:
            self._lower_words = frozenset(LOWER_WORD.findall(self.body))
        noun = name[0].lower()
        return name[1:] if noun in self._lower_words or noun + "s" in self._lower_words else name

    def _name(self, m: Mention, pos: int):
        nick = NICKNAME_CLOSE.match(m.name)
        given = GIVEN_BEFORE_NICKNAME.search(self.body, max(0, m.start - 30), m.start) if nick else None
        if given:
            # "Joko 'Jokowi' Widodo, who said ...": a subject cut at the nickname's opening quote; the person is the
            # given name before it and the surname after (Jakarta Post; seed12)
            m = replace(m, name=f"{given.group(1)} {m.name[nick.end():]}")
        untagged = self._without_noun_tag(m.name.split())
        if len(untagged) < len(m.name.split()):
            m = replace(m, name=" ".join(untagged))
        ent = self._find_exact(m.name)
        if ent is None:
            words = fold(m.name).split()
            suffix = None
            if len(words) == 2 and words[-1] in NAME_SUFFIXES:
                words, suffix = words[:1], words[-1]     # '“...,” said Marcos Jr.' after "President Ferdinand Marcos Jr."
            for e in reversed(self.entities):
                # (the suffix the person's name carries: "Trump Jr. later joked" is not Donald Trump; PolNeAR)
                if e.kind != "organization" and len(e.words) >= len(words) and \
                        all(w in e.words for w in words) and e.words[-1] == words[-1] and \
                        (suffix is None or suffix in fold(e.name).split()):
                    ent = e
                    break
        if ent is None and (m.entity_kind or "person") == "person":
            # "De Vega added" after "Undersecretary Eduardo de Vega": the longer name introduced before.
            key = fold(m.name).split()
            ent = self._introduced_before(pos, lambda w: len(w) > len(key) and w[-len(key):] == key)
            if ent is None and len(key) >= 2:
                # "Ismail Sabri has since denied ..." after "Senior Defence Minister Datuk Seri Ismail Sabri Yaakob": a
                # Malay name shortened to its first two words (given name and father's name), the full name before
                ent = self._introduced_before(pos, lambda w: len(w) == len(key) + 1 and w[:len(key)] == key)
        if ent is None:
            ent = self._new(m.name, m.entity_kind or "person", pos, m.role, m.organization, m.gender)
        return ent, ("registry" if ent.registry else "name")

    def _surname(self, m: Mention, pos: int):
        """(entity, basis) of a surname (or a name's last words): the first of _SURNAME_RULES that decides."""
        return decide(self._SURNAME_RULES, self, _SurnameCase(m, pos))

    def _surname_of_a_speaker(self, c: "_SurnameCase"):
        # (an honorific's person is not a body named after him: "Sir Ed said" after "Sir Ed’s party also announced
        # ..."; bbc20)
        m = c.m
        ent = self._newest(c.pos, lambda e: e.speaker_count > 0 and (c.matches(e) or c.org_prefix(e) and not (
                               m.gender is not None and POSSESSIVE_END.search(e.name.split()[0]))) and
                           (m.gender is None or e.gender in (None, m.gender)))
        if ent is not None and self._other_bearer_since(c, ent):
            return self._surname_of_an_introduction(c)   # (the newest: "Presidential spokesperson Kim Eun-hye said ... Yoon nominated Kim Young-ho
            #                 ... as the new unification minister. Kim has been calling for ..."; KBS, set AD 007)
        return _GO_ON if ent is None else (ent, "surname")

    def _other_bearer_since(self, c: "_SurnameCase", ent) -> bool:
        """Is another person of the family name, put first ("Kim Young-ho" after "Kim Eun-hye"), named in full after the
        speaker's last mention (and before c.pos)? (A family name put last is mostly a relative's: "Heidi Cruz" named
        after Ted Cruz spoke leaves "Cruz" his; PolNeAR)"""
        if not c.first_ok or ent.kind != "person" or ent.words[:1] != c.words:
            return False
        newest = next(self._people_introduced_before(c.pos, lambda w: self._bears(c, w)), None)
        key = fold(newest[1]).split() if newest else []
        return newest is not None and newest[0] > ent.pos and key != ent.words and key[:1] == c.words and \
            FAMILY_FIRST_GIVEN.fullmatch(newest[1].split(" ", 1)[-1]) is not None and \
            not self._namesake_in_a_phrase(newest[0], newest[1])

    def _namesake_in_a_phrase(self, start: int, name: str) -> bool:
        """Is the namesake (title words before it allowed) the object of "of"/"under" ("He cited his experience
        during the rule of President Chen Shui-bian ..., Chen said": Chen Ming-tong's; Taiwan News, set BF 007)? Such
        a one is mentioned in another's sentence, not brought in to speak."""
        at = self.body.find(name, start)
        return at >= 0 and NAMESAKE_PHRASE.search(self.body, max(0, at - 60), at) is not None

    def _surname_kept_from_namesakes(self, c: "_SurnameCase"):
        """'Murphy, who works for a transportation company ..., comes from an active political family. ¶ He's the son of
        ... Mike Murphy and ... Moira Murphy. ¶ Murphy said he'd focus on ...' (a CBC story; set AX 010): a bare
        surname cannot pick one of two namesakes named together in one sentence; it stays with the person it named
        before them (the bearer introduced first, the bare surname used between)."""
        if len(c.words) != 1:
            return _GO_ON
        bearers = list(self._people_introduced_before(c.pos, lambda k: len(k) >= 2 and k[-1] == c.words[0]))
        names, seen = [], set()
        for start, name, role, gender in bearers:     # newest first, one entry a name
            if fold(name) not in seen:
                seen.add(fold(name))
                names.append((start, name, role, gender))
        if len(names) < 3:
            return _GO_ON
        (s1, *_), (s2, *_), (s0, name0, role0, gender0) = names[0], names[1], names[2]
        if re.search(r"[.!?]\s", self.body[s2:s1]) or not s0 < s2:
            return _GO_ON     # (the two newest not named in one sentence)
        bare = re.compile(r"\b%s\b" % re.escape(name0.split()[-1]))
        if not any(not re.search(r"[A-Z][\w’'-]*[ \t]+$", self.body[max(0, b.start() - 40):b.start()])
                   for b in bare.finditer(self.body, s0 + len(name0), s2)):
            return _GO_ON     # (the surname not used alone for the first bearer before the namesakes came)
        return (self._find_exact(name0) or self._new(name0, "person", s0, role0, None, gender0)), "surname"

    def _surname_of_an_entity(self, c: "_SurnameCase"):
        ent = self._newest(c.pos, c.matches) if c.m.gender is None else \
            self._newest(c.pos, lambda e: c.matches(e) and (e.gender in (None, c.m.gender)))
        return _GO_ON if ent is None else (ent, "surname")

    def _surname_of_an_introduction(self, c: "_SurnameCase"):
        bears = partial(self._bears, c)
        # (the one whose given name the honorific fits, when one does: "Mr. Starr" is Ron Starr, not Michele Starr
        # named since; National Post, quotes22)
        ent = self._introduced_before(c.pos, lambda w: bears(w) and _given_name_fits(w, c.m.gender)) or \
            self._introduced_before(c.pos, bears)
        return _GO_ON if ent is None else (ent, "surname")

    @staticmethod
    def _bears(c: "_SurnameCase", w: list[str]) -> bool:
        """Does a longer name of words w bear c's surname? (not a product's model name: "Motorola" is not "the
        Motorola Razr V3 phone")"""
        words = c.words
        return len(w) > len(words) and (w[-len(words):] == words or (c.first_ok and w[:1] == words)) and \
            not any(ch.isdigit() for x in w[len(words):] for ch in x)

    def _surname_a_middle_name(self, c: "_SurnameCase"):
        # "Touhid said" after "Foreign Affairs Adviser Md Touhid Hossain": a name's middle word, when one person of the
        # text bears it
        if len(c.words) != 1:
            return _GO_ON
        bearers = {tuple(k) for k in self._intro_keys if len(k) > 2 and c.words[0] in k[1:-1]}
        ent = self._introduced_before(c.pos, lambda w: tuple(w) in bearers) if len(bearers) == 1 else None
        return _GO_ON if ent is None else (ent, "surname")

    def _surname_named_in_full_later(self, c: "_SurnameCase"):
        ent = self._named_in_full_later(c.pos, c.words[0], c.m.gender, c.first_ok) if len(c.words) == 1 else None
        return _GO_ON if ent is None else (ent, "surname")

    def _surname_a_nickname(self, c: "_SurnameCase"):
        if len(c.words) != 1 or c.words[0] not in self._nicknames:
            return _GO_ON
        # "Jokowi said ..." after "presidential candidate Joko 'Jokowi' Widodo": the person that nickname is of
        # (Jakarta Post; seed12)
        full = self._nicknames[c.words[0]]
        ent = self._find_exact(full) or self._introduced_before(c.pos, lambda w: w == fold(full).split())
        return _GO_ON if ent is None else (ent, "surname")

    def _surname_a_bodys_first_words(self, c: "_SurnameCase"):
        ent = self._newest(c.pos, c.org_prefix)
        return _GO_ON if ent is None else (ent, "name")

    def _surname_in_the_registry(self, c: "_SurnameCase"):
        m = c.m
        entry = self.registry.lookup(m.name, self.day, self.body_folded) or \
            self.registry.by_surname(m.name, self.day, self.body_folded) or \
            self.registry.former_holder(m.name, m.role, self.day)
        if entry is not None and m.gender and getattr(entry, "gender", None) and entry.gender != m.gender:
            entry = None     # "Labour peer Baroness Kennedy ... said" is not Charles Kennedy of the registry
        if entry is None:
            return _GO_ON
        return (self._find_exact(entry.name) or self._new(entry.name, entry.kind, c.pos)), "registry"

    def _surname_of_a_subject(self, c: "_SurnameCase"):
        subject = self._subject_by_surname(c.words[0], c.pos) if len(c.words) == 1 else None
        return _GO_ON if subject is None else (subject, "surname")

    def _surname_someone_new(self, c: "_SurnameCase"):
        # A lone unknown capitalised word: a person when a title or honorific says so, else a body; but a
        # sentence-initial common word ("Diversity", "Historically", "Participating") names nobody.
        m = c.m
        if m.entity_kind != "person" and (COMMON_SUFFIX.search(m.name) or
                                          re.search(rf"\b{re.escape(m.name.lower())}\b", self.body)):
            return None, None
        kind = "person" if m.entity_kind == "person" else "organization"
        gender = m.gender
        kin = KIN_NAMED_AFTER.search(self.body, max(0, m.start - 60), m.start) if kind != "person" else None
        if kin and given_names().get(fold(m.name).lower()) in ("m", "f", "a"):
            # "Their mother, Beverley, said Stephanie lived with her ...": a relative named by a given name alone is a
            # person (F: first names are names), her gender the relation's or the name's (CBC Manitoba; set Y)
            kind = "person"
            noun = kin.group(1).lower()
            gender = "f" if noun in KIN_FEMALE else "m" if noun in KIN_MALE else \
                {"m": "m", "f": "f"}.get(given_names().get(fold(m.name).lower()))
        return self._new(m.name, kind, c.pos, m.role, None, gender), "name"

    _SURNAME_RULES = (_surname_of_a_speaker, _surname_kept_from_namesakes, _surname_of_an_entity,
                      _surname_of_an_introduction,
                      _surname_a_middle_name, _surname_named_in_full_later, _surname_a_nickname,
                      _surname_a_bodys_first_words, _surname_in_the_registry, _surname_of_a_subject,
                      _surname_someone_new)

    def _named_in_full_later(self, pos: int, surname: str, gender: str | None, first_ok: bool = False) -> Entity | None:
        """'"I am sorry if my words were confusing," Legault said.' in a standfirst, the story naming "François
        Legault" only further on (a caption's "Eby noted that ...", a headline's "Kinew tells business breakfast"):
        the one person the text names in full with that surname, when no one of it was named before; first_ok: the
        family name may come first, as the search before pos takes it ("President Yoon mentioned ..." before
        "[President Yoon Suk Yeol: ...]"; KBS, krjp18)."""
        bearers = {}
        for (start, name, role, g), key in zip(self.introductions, self._intro_keys):
            if len(key) >= 2 and (key[-1] == surname or first_ok and key[0] == surname and
                                  FAMILY_FIRST_GIVEN.fullmatch(name.split(" ", 1)[-1])) and \
                    (role or g or looks_like_person(name)):
                bearers.setdefault(tuple(key), (start, name, role, g))
        if len(bearers) != 1:
            return None
        start, name, role, g = next(iter(bearers.values()))
        if start <= pos or (gender and g and g != gender):
            return None     # (named before: the search before pos found no fit, so it is someone else)
        return self._find_exact(name) or self._new(name, "person", start, role, None, g)

    def _subject_by_surname(self, surname: str, pos: int) -> Entity | None:
        """'Eyamba Sowers didn’t know Patrick was coming ...' then '"...," said Sowers': a two-word name (also one the
        name lists do not know) opening a sentence as its subject before; the lone surname is that person."""
        found = last_surname_subject(self.body, surname, pos, self._sentence_openers)
        if found is None:
            return None
        name = self.body[found[0]:found[1]]
        if fold(name.split()[-1]) != surname or name.split()[0].lower() in NOT_NAMES | TITLE_WORDS:
            return None
        ent = self._find_exact(name) or self._new(name, "person", found[0])
        if why_not_a_speaker(name, "person") == "no_personal_name":
            ent.valid = True     # a given name the lists lack ("Eyamba"): the sentence says it is someone's
        return ent

    def _office_of_person(self, m: Mention, pos: int):
        """'Ontario Health Minister Sylvia Jones’s office said, "..."': the office of a person named speaks for that
        person, as "a spokesman for X" does for X (GUIDELINES); "the Prime Minister's Office" names no one and stays a
        body."""
        owner = PERSONS_OFFICE.match(m.text)
        if owner is None:
            return None
        pm = parse_np(tokens(owner.group(1), m.start))
        if not isinstance(pm, Mention) or pm.entity_kind != "person" or pm.kind not in ("name", "surname"):
            return None
        ent, basis = self._name(pm, pos) if pm.kind == "name" else self._surname(pm, pos)
        return (ent, basis) if ent is not None and ent.valid and ent.kind != "organization" else None

    def _named_spokesperson(self, m: Mention) -> Entity | None:
        """"The Foreign Office spokesperson said", "MEA spokesperson said" in a text that names that body's
        spokesperson ("FO Spokesperson Mumtaz Zahra Baloch", "MEA spokesperson Arindam Bagchi"): the title refers to
        the named person (GUIDELINES rule 1). "A spokesman for X" names nobody: X speaks."""
        words_ = fold(m.text).split()
        if not words_ or words_[0] in {"a", "an"} and not SPOKES_OWN_THE.match(m.text) or \
                not SPOKES & set(words_) or not m.name:
            return None     # ("A statement from the spokesperson of the Ministry of Foreign Affairs": "a" is the
            #                 statement's, the spokesperson's "the"; Neo News, set AJ 010)
        name = re.sub(r"^(?:the|The)\s+", "", m.name)
        keys = {fold(name), fold(self.acronyms.get(name, name))}
        first, _, rest = name.partition(" ")
        if rest and fold(first) in places():
            keys |= {fold(rest), fold(self.acronyms.get(rest, rest))}     # "India's MEA spokesperson": the MEA's
        of_country = re.match(r"(.+)\s+of\s+(?:the\s+)?([A-Z][\w ]+)$", name)
        if of_country and places().get(fold(of_country.group(2))) == "country":
            # "the Spokesperson of the Ministry of Foreign Affairs of Vietnam" after "Spokesperson of the Vietnamese
            # Ministry of Foreign Affairs Pham Thu Hang" (Lao Dong; issue 8, seed10)
            keys.add(fold(of_country.group(1)))
        elif not (rest and fold(first) in places()):
            # one foreign ministry by its other names, no country given: "MOFA spokesman", "the spokesperson of the
            # Ministry of Foreign Affairs" in a text naming "Foreign Office spokesperson Shafqat Ali Khan" (Samaa TV,
            # Neo News; set AJ 004, 010; lexicon foreign_ministry_names)
            keys |= next((group for group in FOREIGN_MINISTRY_NAMES if keys & group), set())
        keys |= {"".join(w[0] for w in k.split() if w not in {"of", "for", "and", "the", "on"}) for k in set(keys)}
        found = {}
        for start, person, role, gender in self.introductions:
            role_words = fold(role or "").split()
            # ... or by its initials: "Ministry of External Affairs spokesperson Randhir Jaiswal", then "The MEA
            # spokesperson added"
            before = SPOKES_OF_BODY_BEFORE.search(self.body, max(0, start - 120), start)
            initials = "".join(w[0] for w in re.findall(r"[A-Z][\w'’-]*", before.group(1))).lower() if before else ""
            # ... the head first, as the acronym spells it: "External Affairs Ministry spokesperson Arindam Bagchi"
            # (PTI's word order), then "MEA spokesperson" (Ministry of External Affairs; set S, Indian outlets)
            heads = re.findall(r"[A-Z][\w'’-]*", before.group(1)) if before else []
            head_first = (heads[-1][0] + initials[:-1]).lower() if len(heads) >= 3 and \
                fold(heads[-1]) in BODY_HEADS_LAST else ""
            # ... or by the body after the title: "Official Spokesperson for the Ministry of Foreign Affairs Dr.
            # Majid bin Mohammed Al Ansari", "Spokesperson of Foreign Office, Mumtaz Zahra Baloch," (issue 8)
            at = self.body.find(person.split()[0], start, start + 200) if person.split() else -1
            at = start if at < 0 else at     # (where the name begins: the introduction may begin at its role)
            lead = HONORIFIC_END.sub("", self.body[max(0, at - 150):at])
            lead = RANKS_END.sub("", lead)     # "Department of Defense Press Secretary Brig. Gen. Pat Ryder"
            lead = CLAUSE_MARK.split(lead)[-1]
            if _press_secretary(fold(lead).strip()):
                lead = lead.rstrip() + " spokesperson "     # a press secretary is the body's spokesperson
            owner = SPOKES_FOR_BODY_END.search(lead)
            initials = initials or _spokes_initials(lead, owner)
            owner = f" {fold(owner.group(1))} " if owner else ""
            # ... or by the title set off after the name: "Major General Hoang Anh Tuyen, Deputy Chief of the Office and
            # Spokesperson of the Ministry of Public Security, stated ..." (Nhan Dan; seed13)
            trail = APPOSITIVE_TITLE.match(self.body, at + len(person))
            trail = fold(trail.group(1)).split() if trail else []
            if SPOKES & set(trail):
                owner += f" {' '.join(trail)} "
            else:
                trail = []
            if SPOKES & set(fold(lead).split()[-2:]):
                owner += f" {' '.join(fold(lead).split()[-10:])} "     # "The Ministry of External Affairs (MEA) Spokesperson"
            if _spokesperson_speaks_of(fold(lead.split("\n")[-1]).split()):     # (a heading above is not it)
                continue     # "The BBC spokeswoman said Graham Norton's ...": a name in her words (entertainment/186)
            if SPOKES & set(role_words + fold(lead).split()[-12:] + trail) and (m.gender is None or gender in (None, m.gender)) and \
                    any(len(k) > 1 and (f" {k} " in f" {' '.join(role_words)} " or k == initials or
                                        k == head_first or f" {k} " in owner) for k in keys):
                found.setdefault(fold(person), (start, person, role, gender))
        if not found:
            found = self._bare_spokesperson_at_body(keys, m)
        if not found and places().get(fold(name)) == "country":
            found = self._countrys_one_spokesperson(name, m)
        if len(found) != 1:
            return None
        start, person, role, gender = next(iter(found.values()))
        return self._find_exact(person) or self._new(person, "person", start, role, None, gender)

    def _countrys_one_spokesperson(self, country: str, m: Mention) -> dict:
        """"Iran's spokesman, criticizing US double standard policy, noted that ..." after "Foreign Ministry Spokesman
        Bahram Ghasemi attended a weekly press conference": a country's spokesperson is the one spokesperson the text
        introduced whose title names no other country (Mehr News; set A). None when two are."""
        found = {}
        for start, person, role, gender in self.introductions:
            role_words = fold(role or "").split()
            if not set(role_words) & SPOKES or (m.gender is not None and gender not in (None, m.gender)):
                continue
            # (the title as printed, its country too: "US State Department spokesman Ned Price", introduced with the
            # title "State Department spokesman")
            at = self.body.find(person, start)
            title = fold(self.body[max(0, start - 40):at if at >= 0 else start]).lower().split()
            named = {places().get(w) for w in title} | {places().get(" ".join(title[i:i + 2]))
                                                         for i in range(len(title) - 1)}
            if (named & {"country", "demonym"} or set(title) & country_short_forms()) and \
                    fold(country).lower() not in " ".join(title):
                continue     # (a title of another country's)
            found.setdefault(fold(person), (start, person, role, gender))
        return found

    def _bare_spokesperson_at_body(self, keys: set, m: Mention) -> dict:
        """"Addressing a weekly briefing at the Foreign Office, Spokesperson Shafqat Ali Khan stated ..." and later "the
        FO spokesperson said further": a spokesperson whose title names no body, introduced in a sentence that names
        the body (in full or by its initials), is that body's (gnnhd.tv; set N 014)."""
        found = {}
        for start, person, role, gender in self.introductions:
            role_words = set(fold(role or "").split())
            if not role_words or not role_words & SPOKES or role_words - SPOKES - {"official", "the"} or \
                    (m.gender is not None and gender not in (None, m.gender)):
                continue
            opens = max(self.body.rfind(". ", 0, start), self.body.rfind("\n", 0, start)) + 1
            for run in re.findall(r"[A-Z][\w'’-]*(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][\w'’-]*)*", self.body[opens:start]):
                folded = fold(run)
                initials = "".join(w[0] for w in folded.split() if w not in {"of", "for", "and", "the"})
                if folded in keys or (len(initials) > 1 and initials in keys):
                    found.setdefault(fold(person), (start, person, role, gender))
        return found

    def _person_surnamed_by_title_word(self, m: Mention, pos: int) -> Entity | None:
        """'“This is a very emotional issue,” King said.' after "Mike King", '"...," Nurse said' after "Raptors coach Nick
        Nurse" (SaltWire, CBC; quotes18): a capitalised title word alone that is the surname of a person the text
        named in full before is that person, not a king or a body."""
        word = m.text.strip()
        if not re.fullmatch(r"[A-Z][a-z]+", word) or fold(word) not in TITLE_WORDS:
            return None
        key = fold(word)
        return self._newest(pos, lambda e: e.kind != "organization" and len(e.words) >= 2 and e.words[-1] == key) or \
            self._introduced_before(pos, lambda w: len(w) >= 2 and w[-1] == key)

    def _body(self, m: Mention, pos: int):
        surnamed = self._person_surnamed_by_title_word(m, pos)
        if surnamed is not None:
            return surnamed, "surname"
        name = re.sub(r"^(?:the|The)\s+", "", m.name or m.text)
        name = _owned_ministry(re.sub(r"^(?:the|The)\s+", "", m.text or "")) or name
        name = self.acronyms.get(name, name)
        ent = self._find_exact(name)
        if ent is None and re.fullmatch(r"[A-Z][a-z]+", m.text or ""):
            # "Tory said he had a copy of the sheet ..." in a standfirst, the story naming "Mayor John Tory" further on:
            # the one person named in full with that surname, not the party the registry calls "Tory" (thestar.com;
            # quotes23)
            later = self._named_in_full_later(pos, fold(name), m.gender)
            if later is not None:
                return later, "surname"
        if ent is not None and ent.kind != "organization" and len(ent.words) == 1:
            ent.kind = "organization"     # "BaFin" turns out to be a body: "a BaFin spokeswoman"
        if ent is None:
            entry = self.registry.lookup(name, self.day, self.body_folded) or \
                self.registry.lookup("the " + name, self.day, self.body_folded)
            if entry is not None:
                ent = self._find_exact(entry.name) or self._new(entry.name, entry.kind, pos)
                return ent, "registry"
            # "Royal" after "Royal Resources Inc": a short form of a body already named.
            words = fold(name).split()
            # ("U.S." after "the U.S. state department" became the registry's "US Department of State": "US")
            bare = fold(DOTTED_INITIALS.sub(lambda d: d.group().replace(".", ""), name)).split()
            # (not two bodies named together, this one first: "The Innu Nation" after "The Innu Nation and
            # Nunatsiavut Government, who have negotiated ..."; vocm.com, set AO)
            ent = self._newest(pos, lambda e: e.kind == "organization" and
                               (e.words[:len(words)] == words or e.words[:len(bare)] == bare) and
                               e.words[len(words):len(words) + 1] != ["and"])
            if ent is None and re.fullmatch(r"[A-Z]{2,6}", name):
                # "The largest lender in the United Arab Emirates, FAB, declared ..." after "First Abu Dhabi Bank"
                # spoke: the initials of a body already met
                ent = self._newest(pos, lambda e: e.kind == "organization" and len(e.name.split()) >= 2 and
                                   _initials_fit(name, e.name))
        noun = name.split()[-1] if name.split() else ""
        if ent is None and noun.islower() and noun in ORG_NOUNS and \
                ("-based " in name or all(w.islower() for w in name.split())):     # (not "French foreign ministry")
            # "The San Diego-based bank said" after "Great American First Savings Bank said": the bank named before
            # (Reuters-21578), as "the bank" is
            ent = self._newest(pos, lambda e: e.kind == "organization" and noun in e.words)
        if ent is None:
            # (a frame after the words looks back from itself: '... Sri Lanka's Central Bank offered ..., a Bank
            # spokesman said.', Reuters-21578)
            ent = self._longer_body_before(name, max(pos, m.start))
        if ent is None and len(name.split()) == 1 and fold(name) in ORG_WORDS:
            # "the Commission" with no longer name before it: the known body of that noun the text is about
            entry = self.registry.by_short_body(name, self.body_folded)
            if entry is not None:
                return self._find_exact(entry.name) or self._new(entry.name, entry.kind, pos), "registry"
        if ent is None and len(name.split()) == 1:
            # "White said" after "Banned American sprinter Kelli White says ...": a surname that is also a title word
            # ("White House") parses as a body; a person of that surname named before is who speaks
            ent = self._newest(pos, lambda e: e.kind == "person" and len(e.words) > 1 and e.words[-1] == fold(name))
        if ent is None:
            ent = self._new(name, "organization", pos)
        return ent, "name"

    def _spokespersons_office(self, role: str, pos: int) -> Entity | None:
        """"the spokesperson's office said" after "the Office of the Government Spokesperson of the Macao Special
        Administrative Region (SAR) of China said" (Xinhua via english.sina.com; vncn18): that office."""
        if not SPOKESPERSONS_OFFICE.fullmatch(role):
            return None
        return self._newest(pos, lambda e: e.kind == "organization" and "office" in e.words and
                            any(w in SPOKES for w in e.words))

    def _possessive_bodys_spokesperson(self, m: Mention, role: str, pos: int) -> Entity | None:
        """"The Taliban regime’s spokesperson responded, stating that ...": the body owning the spokesperson speaks
        (GUIDELINES: a spokesman for X is X), or the person the text named as that body's spokesperson; never the
        other body's spokesperson who spoke last (dailydateline.com; seed16)."""
        owned = POSSESSIVE_SPOKES.fullmatch(role)
        if owned is None or not re.match(r"(?:the|a|an)\s", m.text, re.I):
            return None
        owner = owned.group(1)
        key = fold(owner)
        if not (key.split()[-1] in ORG_NOUNS | ORG_WORDS | REGIME_NOUNS or places().get(key) == "country"):
            return None     # "Mr Blair's spokesman" (Downing Street), "Kim's spokesman": a person's
        holder = self._newest(pos, lambda e: e.kind == "person" and e.role is not None and key in fold(e.role))
        if holder is not None:
            return holder
        return self._body(Mention(owner, m.start, m.end, "body", name=owner, entity_kind="organization"), pos)[0]

    def _title(self, m: Mention, pos: int):
        """(entity, how) for a title ("surname", "title" or "registry"; entity None: nobody to name). The rules of
        _TITLE_RULES decide in order, each returning its answer or _GO_ON; the steps among them find the holder
        (c.ent) the later rules read, given "by title" when no rule decides."""
        c = _TitleCase(m, pos)
        out = decide(self._TITLE_RULES, self, c, otherwise=_GO_ON)
        return (c.ent, "title") if out is _GO_ON else out

    def _title_surnamed_by_title_word(self, c: _TitleCase):
        surnamed = self._person_surnamed_by_title_word(c.m, c.pos)
        return _GO_ON if surnamed is None else (surnamed, "surname")

    def _title_age_only(self, c: _TitleCase):
        m, pos = c.m, c.pos
        if not (m.role and AGE_ONLY.fullmatch(m.role) and fold(m.text).split()[:1] == ["the"]):
            return _GO_ON
        # '"Same as always, man," the 25-year-old from Markham, Ont., said.': someone named before, by age alone,
        # found as "he" would be (quotes12)
        # ... only the person the sentence just before opens with ("Marner insisted there was no change ..."): an
        # unnamed "34-year-old" is no one's to give the officer who spoke last
        ent = self._pronoun(Mention("he", m.start, m.end, "pronoun", entity_kind="person"), pos)
        subject = self._person_subject_before(pos, lambda e: True)
        near = subject is not None and subject[1] is ent and pos - subject[0] < 250
        return (ent if near else None), "title"

    def _title_role_words(self, c: _TitleCase):
        c.role = re.sub(r"^(?:the|a|an|its|his|her)\s+", "", (c.m.role or c.m.text), flags=re.I)
        c.head = fold(c.role)
        # (up to "for"/"of": "chairperson of the au commission" is a person)
        c.role_head = re.split(r"\s(?:for|of)\s", c.head)[0].split()
        return _GO_ON

    def _title_peoples_spokesperson(self, c: _TitleCase):
        """'..., the Chinese spokesperson said.' (Focus Taiwan, set AW 005): the spokesperson named before whose role
        names that people's country (Chen Binhua, "China's Taiwan Affairs Office Spokesperson"), else no one: not
        another country's spokesperson the story named ("Taiwan's Mainland Affairs Council spokesperson")."""
        words = c.head.split()
        if len(words) != 2 or words[1] not in SPOKES or places().get(words[0]) != "demonym" or \
                fold(c.m.text).split()[:1] != ["the"]:
            return _GO_ON
        return self._role_holder_before(c.pos, lambda role: _role_matches(fold(role), c.head)), "title"

    def _title_possessive_bodys_spokesperson(self, c: _TitleCase):
        return _by_title(self._possessive_bodys_spokesperson(c.m, c.role, c.pos))

    def _title_spokespersons_office(self, c: _TitleCase):
        return _by_title(self._spokespersons_office(c.role, c.pos))

    def _title_press_secretary(self, c: _TitleCase):
        if self.press_voiced is not None and fold(c.m.text).split()[:1] == ["the"] and _press_secretary(c.head):
            return self.press_voiced, "title"     # the office whose press secretary the text named (Downing Street)
        return _GO_ON

    def _title_spokespersons_body_by_noun(self, c: _TitleCase):
        return _by_title(self._spokespersons_body_by_noun(c.m, c.role, c.head, c.role_head, c.pos))

    def _title_naming_a_body(self, c: _TitleCase):
        if c.m.entity_kind == "organization" or (c.role_head and c.role_head[-1] in ORG_NOUNS):
            return self._organization_title(c.m, c.role, c.head, c.role_head, c.pos)
        return _GO_ON

    def _title_unnamed_spokesperson_opened(self, c: _TitleCase):
        head = c.head
        if head.split()[-1:] and head.split()[-1] in SPOKES and fold(c.m.text).split()[:1] == ["the"] and \
                self._unnamed_one_of_title(head.split()[-1], c.pos):
            return None, "title"     # the unnamed spokesperson the text opened a sentence with (seed15)
        return _GO_ON

    def _title_titled_surname_in_paragraph(self, c: _TitleCase):
        # "President Trump and Chancellor Merkel today held an extensive telephone conversation ... The President and
        # Chancellor also agreed on ...": the one person the paragraph named with that title, not another president
        # the page named before ("Russia's president Putin"; a readout reprinted by ifttt.itbehere.com, wire23)
        if re.match(r"the\s", c.m.text, re.I):
            ent = self._titled_surname_before(c.role, c.pos, self.body.rfind("\n", 0, c.pos) + 1)
            if ent is not None:
                return ent, "title"
        return _GO_ON

    def _title_holder_met(self, c: _TitleCase):
        head = c.head
        # (not for someone new: '"...," said a director at one U.K. merchant bank.' is no managing director who spoke
        # before; Reuters, quotes22)
        ent = None if _someone_new(c.m.text, head) or self._counted_one_before(c.m, head) else \
            self._newest(c.pos, lambda e: e.kind != "organization" and e.role and _role_matches(fold(e.role), head))
        if ent is not None and " " not in head and re.search(rf"\b{re.escape(head)}\s+(?:of|for)\b", fold(ent.role)):
            ent = self._bare_title_holder(head, c.pos) or ent
        if ent is None and (owned := COUNTRY_OWNED_TITLE.fullmatch(head)) is not None and \
                places().get(owned.group(1)) == "country" and owned.group(2).split()[-1] not in SPOKES:
            # "Iran's foreign minister said if the US wanted to discuss the programme ..." after "Foreign Minister
            # Mohammad Javad Zarif suggested in an interview ..." (BBC News; set AY 011): the holder of that title
            # met before, whose title names no other country
            # (the registry's holder of that country only: not "Foreign Minister Wang Yi", China's, for "Japan's
            # foreign minister")
            title, country = owned.group(2), owned.group(1)
            ent = self._newest(c.pos, lambda e: e.kind != "organization" and e.role and
                               _role_matches(fold(e.role), title) and _countries_named(fold(e.role)) <= {country} and
                               (fold(e.registry.country or "") == country if e.registry is not None else True))
        c.ent = ent
        return _GO_ON

    def _title_described_before(self, c: _TitleCase):
        if c.ent is None and c.head.split() and fold(c.m.text).split()[:1] == ["the"]:
            described = self._described_before(c.head.split()[-1], c.m.start)
            if described is not None:
                return described, "title"
        return _GO_ON

    def _title_held_since_last_speaker(self, c: _TitleCase):
        """'Legault was defending Transport Minister Geneviève Guilbault, who has been criticized ... On Wednesday, the
        minister said that ...' (CTV; quotes22): the one person introduced with that title since the last speaker
        spoke, not that speaker (a premier) nor the subject of the sentence before."""
        noun = back_reference_noun(re.split(r"\s(?:for|of)\s", c.role)[0].split())
        if c.ent is None and noun and fold(c.m.text).split()[:1] == ["the"]:
            ent = self._titled_since_last_speaker(c.head, c.pos)
            if ent is not None:
                return ent, "title"
        return _GO_ON

    def _titled_since_last_speaker(self, head: str, pos: int) -> Entity | None:
        """The one person introduced with the title (all its words: not "State Secretary" for "the Deputy
        Secretary") since the last speaker spoke; None when there is not one."""
        since = {fold(name): (start, name, irole, gender) for start, name, irole, gender in self.introductions
                 if self.last_pos < start < pos and irole and _role_matches(fold(irole), head) and
                 set(head.split()) <= set(fold(irole).split())}
        if self.last_speaker is None or len(since) != 1:
            return None
        start, name, irole, gender = next(iter(since.values()))
        return self._find_exact(name) or self._new(name, "person", start, irole, None, gender)

    def _title_referred_back(self, c: _TitleCase):
        noun = back_reference_noun(re.split(r"\s(?:for|of)\s", c.role)[0].split())
        if c.ent is None and noun and fold(c.m.text).split()[:1] == ["the"]:
            if self._anonymous(noun, c.m.end, c.pos):
                self.unnamed_spoke = max(c.pos, c.m.end)
                return None, "title"
            if c.m.end >= 0 and self._unnamed_one_of_title(noun, c.pos) and not self._unnamed_since_last(noun, c.pos):
                # the unnamed one the text opened a sentence with, "the official" ever since: "He said ..." after
                # names no one either ("..., an administration official said in an interview." ... "The official
                # also said ... He accused them ..."; reut2-003 #551)
                self.unnamed_spoke = max(c.pos, c.m.end)
                return None, "title"
            ent = self._referred_back(noun, c.pos)     # "the official", "the minister (of foreign affairs)"
            ent = self._not_the_asker(ent, noun, c.pos)
            if ent is not None:
                return ent, "title"
        return _GO_ON

    def _title_body_head_named_before(self, c: _TitleCase):
        return _by_title(self._body_head_named_before(c.m, c.role, c.pos)) if c.ent is None else _GO_ON

    def _title_holder_of_title_before_for(self, c: _TitleCase):
        noun = re.split(r"\s(?:for|of)\s", c.head)[0]
        if c.ent is None and noun != c.head:
            # "the MP for Sittingbourne and Sheppey": the person introduced as an MP.
            c.ent = self._role_holder_before(c.pos, lambda role: _role_matches(fold(role), noun))
        return _GO_ON

    def _title_spokesperson_of_voiced_body(self, c: _TitleCase):
        head, ent = c.head, c.ent
        if head.split() and head.split()[-1] in SPOKES and self.voiced and \
                (ent is None or self.voiced[-1].pos >= ent.pos):
            named = self._spokesperson_named_since(head, self.voiced[-1].pos, c.pos) if ent is None else None
            return (named or self.voiced[-1]), "title"     # "a Home Office spokesman said ... the spokesman added"
        return _GO_ON

    def _title_the_spokesman_of_last_body(self, c: _TitleCase):
        last, head, pos = self.last_speaker, c.head, c.pos
        if c.ent is None and head in SPOKES and fold(c.m.text).split()[:1] == ["the"] and last is not None and \
                last.kind == "organization" and pos - self.last_pos < 600:
            # "..., the Attorney General's Office said." then "The spokesman said ...": its own; but its spokesperson
            # named since ("the Vietnamese Ministry of Foreign Affairs announced on Sunday. ¶ Spokesperson of the
            # foreign ministry Pham Thu Hang made the statement ... ¶ "...," the spokesperson stressed."; Tuoi Tre,
            # seed20) is that person
            # ... and the body's spokesperson the text names anywhere ("the Foreign Office also highlighted concerns
            # ... ¶ "...," the spokesperson warned" in a text naming "Foreign Office spokesperson Shafqat Ali Khan";
            # Samaa TV, set AJ 004), as "the Foreign Office spokesperson" would be (_named_spokesperson)
            named = self._named_spokesperson(Mention(f"the {last.name} {head}", c.m.start, c.m.end, "body",
                                                     name=last.name, entity_kind="organization", gender=c.m.gender))
            return (self._fronted_spokesperson_since(head, self.last_pos, pos) or named or last), "title"
        return _GO_ON

    def _title_a_spokesman_after_body(self, c: _TitleCase):
        m, last, head, pos = c.m, self.last_speaker, c.head, c.pos
        if c.ent is None and head in SPOKES and re.match(r"(?:a|an)\s", m.text, re.I) and last is not None and \
                last.kind == "organization" and 0 <= pos - self.last_end < 200 and \
                re.fullmatch(r"[\s.!?\"“”']*", self.body[self.last_end:pos]):
            # 'And they [the Tories] pledged to assess ... "It is important to remember that ...," a spokesman said.':
            # the body that spoke right before, not a spokesman of another body the next sentence names ("Lib Dem
            # home affairs spokesman Mark Oaten has branded ..."); its own spokesman named next is ('MAB ... urged
            # Muslims not to vote for Labour ... But a spokesman stressed ... "...," MAB spokesman Dr Azzam Tamimi
            # said': dev bbc-politics/062); only right after the body's words, no sentence between ("The Association
            # of Chief Police Officers has issued guidance ... A spokesman said" is the association's)
            named = self._titled_in_text(head, pos, m.end)
            if named is not None and not self._spokesman_of_other_body(named, last):
                return named, "title"
            return last, "title"
        return _GO_ON

    def _title_spokesperson_of_body_near(self, c: _TitleCase):
        if c.ent is None and c.head in SPOKES:
            m = c.m
            return _by_title(self._declining_body(m) or self._body_of_sentence_before(m) or
                             self._spokesperson_of_body_before(m) or self._office_spokesperson_before(m))
        return _GO_ON

    def _title_given_in_introduction(self, c: _TitleCase):
        if c.ent is None:
            head = c.head
            # A title given in an introduction elsewhere ("Chancellor Gordon Brown"), or a spokesperson's office set
            # off after the name ("Mr. Sek Wannamethee, ... Spokesperson of the Ministry of Foreign Affairs, ...").
            for start, name, irole, gender in reversed([i for i in self.introductions if i[0] < c.pos]):
                if not irole and head.split()[-1:] and head.split()[-1] in SPOKES:
                    irole = self._apposition_role(start, name) or self._fronted_spokes_role(start)
                if irole and _role_matches(fold(irole), head):
                    c.ent = self._find_exact(name) or self._new(name, "person", start, irole, None, gender)
                    break
        return _GO_ON

    def _title_introduced_later(self, c: _TitleCase):
        m, head = c.m, c.head
        if c.ent is None and (not re.match(r"(?:a|an|another)\s", m.text, re.I) or
                              re.match(r"(?:a|an)\s", m.text, re.I) and head.split()[-1:] and
                              head.split()[-1] in SPOKES):
            # also "..., a foreign ministry spokesman said Tuesday." in a lead, the text naming him later ("Noh
            # Kyu-duk, foreign ministry spokesman, told a regular press briefing"): not the registry's holder of a
            # spokesperson's title in another country the text names (issue 8)
            c.ent = self._introduced_later(head, c.pos)
        return _GO_ON

    def _title_registry_spokesperson_named(self, c: _TitleCase):
        """"..., the Chinese foreign ministry spokesperson said on Wednesday." on an undated page that names "Zhao Lijian"
        two sentences on, with no title (dailymailnews.pk; seed23): the one person named in the text whom the
        registry knows as a spokesperson of that country (its name or demonym in the title)."""
        if c.ent is not None or not SPOKES & set(c.head.split()):
            return _GO_ON
        found = {}
        for start, name, _, _ in self.introductions:
            entry = self.registry.lookup(name, self.day, self.body_folded)
            if entry is not None and entry.kind == "person" and entry.role and entry.country and \
                    SPOKES & set(fold(entry.role).lower().split()) and \
                    _country_patterns(fold(entry.country).lower())[0].search(fold(c.m.text).lower()):
                found.setdefault(entry.name, (start, entry))
        if len(found) != 1:
            return _GO_ON
        start, entry = next(iter(found.values()))
        return (self._find_exact(entry.name) or self._new(entry.name, "person", start, entry.role)), "registry"

    def _title_registry_holder(self, c: _TitleCase):
        if c.ent is None:
            head, pos = c.head, c.pos
            # An undated text naming two holders of the title ("Tony Blair", "Tory MP Boris Johnson"): not one it
            # introduces with another title.
            others = {fold(name) for _, name, irole, _ in self.introductions
                      if irole and not _role_matches(fold(irole), head)}
            entry = self.registry.by_role(c.role, self.day, self.body_folded, others, about=self._about)
            if entry is not None and OWNED_ROLE.match(c.m.text):
                entry = None     # "its foreign minister says" (Qatar's) is no registry holder of the office
            if entry is not None:
                ent = self._find_exact(entry.name) or self._new(entry.name, "person", pos, entry.role)
                return ent, "registry"
        return _GO_ON

    def _counted_one_before(self, m: Mention, head: str) -> bool:
        """Is the title counted by "one" right before it, which the mention leaves out as a sentence's opening word
        ("One former minister told City A.M.: ..."; City A.M., set AS): someone unnamed, as after "a" -- not a holder
        of a title with that word named before (Boris Johnson, "the foreign secretary") nor the last speaker; not a
        spokesperson, who speaks for the body named before."""
        return bool(head.split()[-1:]) and head.split()[-1] not in SPOKES and \
            ONE_BEFORE_TITLE.search(self.body, max(0, m.start - 6), m.start) is not None

    def _title_someone_unnamed(self, c: _TitleCase):
        if c.ent is None and (re.match(r"(?:a|an|another)\s", c.m.text, re.I) or self._counted_one_before(c.m, c.head)) and \
                c.head.split()[-1:] != [] and c.head.split()[-1] not in SPOKES:
            return None, "title"    # "A UK Independence Party MEP suggested ...": someone not named (yet), neither
                                    # the last speaker nor a holder of that title named elsewhere in the text (a
                                    # spokesman speaks for his body: "But a spokesman stressed ...")
        return _GO_ON

    def _title_named_in_apposition(self, c: _TitleCase):
        """'... at which the Archbishop of Canterbury, Dr Rowan Williams, will preside.' then, after another speaker,
        'The Archbishop of Canterbury said: "..."' (bbc-news/politics/104; set Z round): an office of two words or more
        that the text gave one person, named between commas right after it, is that person's, not the last speaker's
        by elegant variation (Ros Coward, a biographer, spoke just before)."""
        if c.ent is not None or not re.match(r"the\s", c.m.text, re.I) or len(c.role.split()) < 2:
            return _GO_ON
        holders = {}
        for h in _title_in_apposition_pattern(c.role).finditer(self.body, 0, max(0, c.m.start)):
            holders.setdefault(fold(h.group(1)), (h.start(1), h.group(1)))
        if len(holders) != 1:
            return _GO_ON
        ((start, name),) = holders.values()
        ent = self._find_exact(name) or self._new(name, "person", start, c.role)
        return (ent, "title") if ent.kind == "person" else _GO_ON

    def _title_elegant_variation(self, c: _TitleCase):
        m, head, pos = c.m, c.head, c.pos
        last = self.last_speaker
        if c.ent is None and last is not None and last.kind == "person" and \
                (not _office_given(last.role) or self._former_title_of(last, c.role)) and \
                not _body_spokesperson(head) and not self._other_office_of_same_body(last, head) and \
                pos - self.last_pos < 600 and (m.gender is None or last.gender in (None, m.gender)) and \
                not re.match(r"(?:a|an|another)\s", m.text, re.I) and head.split()[-1:] != [] and \
                not _bare_capitalised_title(m.text) and not self._unnamed_since_last(head.split()[-1], pos) and not self._other_person_opened_since_last(m.start) and \
                not self._unnamed_one_of_title(head.split()[-1], pos) and not self._title_in_last_words(head) and \
                not (last.role and ASKER_WORDS & set(fold(last.role).split()) and not ASKER_WORDS & set(head.split())):
            # A title nobody in the text holds yet, right after a named speaker whose office was not given (nor is
            # known as another of the same body: "the Lib Dem chief executive" after Charles Kennedy, the party's
            # leader, is someone else; "the UK chancellor" after Gordon Brown is he):
            # news copy's elegant variation ("Mr Wyatt predicted ... The MP for Sittingbourne said ..."; "Hong Lei
            # reiterated ... The spokesperson also refuted ..."); but "A spokesperson reiterated" is someone new, and
            # "the spokesperson" after it is that one, not the last person named.
            # (nor a journalist for an office: "Sophy Ridge skewered health secretary Victoria Atkins ... The SkyNews
            # presenter pointed out ... The former PM and current foreign secretary said in 2010"; HuffPost UK copy,
            # bbc23)
            c.ent = last
            c.ent.role = c.role
        return _GO_ON

    def _title_in_last_words(self, head: str) -> bool:
        """Did the last speaker's own words speak of the title's holder as someone else? 'Starmer ... said to Johnson
        during PMQs: "The prime minister also accused the BBC ..." The prime minister replied, "I said nothing of the
        kind"' (HuffPost UK; bbc23): the prime minister is not Starmer."""
        if self.last_end is None or self.last_pos is None or not head:
            return False
        return re.search(rf"\bthe {re.escape(head)}\b", fold(self.body[self.last_pos:self.last_end])) is not None

    def _former_title_of(self, last: "Entity", role: str) -> bool:
        """Is a title "former ..." the last speaker's though his office was given? A past office is no other current
        one ("the Lib Dem business spokesman Sam Gyimah ... the former Tory minister said"; The New European, bbc22;
        "The former cabinet secretary said" after Lord Butler, bbc-news/politics/027); not when his words name him
        ("the former HP executive told The Washington Post, Fiorina would lead ...": someone else; PolNeAR)."""
        if fold(role).split()[:1] != ["former"] or not last.words:
            return False
        start, end = self._words_span
        if end is None:
            return True
        # (a peer's title of his own name is no other person: "The former Labour leader said he would probably take
        # the title of Lord Kinnock of Bedwellty" after Neil Kinnock spoke; bbc-news/politics/163, set AV)
        ws = fold(self.body[start:end]).split()
        return not any(w == last.words[-1] and (i == 0 or ws[i - 1] not in PEERAGES) for i, w in enumerate(ws))

    def _title_outlets_journalist(self, c: _TitleCase):
        """'Sky News’ Sophy Ridge made a very good point ... The Sky News host said: "..."' (HuffPost UK; bbc23): the
        journalist the text named with the outlet's name (extract.mentions.outlets_journalist); else the rules after
        this one ("Talk show host Jerry Springer ... The TV host said", bbc-news/entertainment/192)."""
        hit = OUTLETS_JOURNALIST.fullmatch(c.role or "")
        if c.ent is not None or hit is None:
            return _GO_ON
        outlet = fold(hit.group(1))
        for start, name, _, _ in self._people_introduced_before(c.m.start, lambda key: True):
            named = fold(self.body[max(0, start - 40):start] + " " + name)
            if re.search(rf"\b{re.escape(outlet)}\b", named):
                own = re.split(r"['’]s?\s+", name)[-1]
                return self._find_exact(own) or self._new(own, "person", start), "title"
        return _GO_ON

    def _title_member_of_a_body(self, c: _TitleCase):
        """'Mr Farage then announced Mr Jenrick was defecting ... He welcomed Mr Jenrick to the stage ... The newest
        former Tory MP member of Reform then launched a scathing attack' (fosse107.co.uk, Sky News copy; bbc23): the
        member of a named body (extract.mentions.member_of_a_body) is the person the text named last, not the last
        speaker; nobody when no person was named."""
        if c.ent is not None or not MEMBER_OF_A_BODY.search(c.m.role or ""):
            return _GO_ON
        best, at = None, -1
        for start, name, _, _ in self._people_introduced_before(c.m.start, lambda key: True):
            last = name.split()[-1]
            hit = max((h.start() for h in re.finditer(rf"\b{re.escape(last)}\b", self.body[:c.m.start])), default=-1)
            if hit > at:
                best, at = (start, name), hit
        if best is None:
            return None, None
        return self._find_exact(best[1]) or self._new(best[1], "person", best[0]), "title"

    def _title_lead_title_named_next(self, c: _TitleCase):
        if c.ent is None and re.match(r"the\s", c.m.text, re.I):
            c.ent = self._lead_title_named_next(c.head, c.pos)
        return _GO_ON

    def _title_named_next_paragraph(self, c: _TitleCase):
        if c.ent is None and re.match(r"the\s", c.m.text, re.I):
            c.ent = self._title_named_next_paragraph_opening(c.head, c.m.start)
        return _GO_ON

    def _title_lead_subject_by_title(self, c: _TitleCase):
        if c.ent is None and re.match(r"the\s", c.m.text, re.I) and self.last_speaker is None:
            c.ent = self._lead_subject_by_title(c.head, c.pos, c.m.start)
        return _GO_ON

    def _title_apposed_title_holder(self, c: _TitleCase):
        if c.ent is None and re.match(r"the\s", c.m.text, re.I) and " " not in c.head:
            c.ent = self._apposed_title_holder(c.head, c.pos)
        return _GO_ON

    def _title_titled_in_text(self, c: _TitleCase):
        if c.ent is None:
            head = c.head
            unnamed_spokes = re.match(r"(?:a|an|another)\s", c.m.text, re.I) is not None and \
                bool(SPOKES & set(head.split()))
            c.ent = self._titled_in_text(head, c.pos, c.m.end, c.role)
            if c.ent is not None and unnamed_spokes and c.ent.role and other_bodys_spokesperson(c.ent.role, head):
                c.ent = None     # "A city spokesperson said ..." is not "Toronto police spokesperson Meaghan Gray"
            inside = self.body.find(c.ent.name, max(0, c.m.start), c.m.end) if c.ent is not None else -1
            if inside >= 0 and re.search(r"\w", self.body[inside + len(c.ent.name):c.m.end]):
                c.ent = None     # a name inside the title's own phrase, words of the phrase after it, holds no title:
                #                  "The Belgian sports minister at the centre of the Svetlana Kuznetsova doping row says
                #                  ..." (bbc-news/sport/502); not the holder closing it ("Secretary of State George
                #                  Shultz")
        return _GO_ON

    def _title_titled_surname_before(self, c: _TitleCase):
        if c.ent is None and re.match(r"the\s", c.m.text, re.I):
            c.ent = self._titled_surname_before(c.role, c.pos)
        return _GO_ON

    _TITLE_RULES = (_title_surnamed_by_title_word, _title_age_only, _title_role_words, _title_peoples_spokesperson,
                    _title_possessive_bodys_spokesperson, _title_spokespersons_office, _title_press_secretary,
                    _title_spokespersons_body_by_noun, _title_naming_a_body, _title_unnamed_spokesperson_opened,
                    _title_titled_surname_in_paragraph, _title_holder_met, _title_described_before,
                    _title_held_since_last_speaker, _title_referred_back, _title_body_head_named_before,
                    _title_holder_of_title_before_for, _title_spokesperson_of_voiced_body,
                    _title_the_spokesman_of_last_body, _title_a_spokesman_after_body,
                    _title_spokesperson_of_body_near, _title_given_in_introduction, _title_introduced_later,
                    _title_registry_holder, _title_registry_spokesperson_named, _title_someone_unnamed,
                    _title_outlets_journalist, _title_member_of_a_body, _title_named_in_apposition,
                    _title_elegant_variation,
                    _title_lead_title_named_next, _title_lead_subject_by_title, _title_apposed_title_holder,
                    _title_titled_in_text, _title_titled_surname_before, _title_named_next_paragraph)

    def _body_head_named_before(self, m: Mention, role: str, pos: int) -> Entity | None:
        """'But the chief said ...', '..., said the WHO head.', 'The head of WHO maintained ...' after "WHO
        Director-General Tedros Adhanom Ghebreyesus spoke to reporters" (news of international bodies; un19): the
        person named before as the head of a body, of the body the words name when they name one; else None."""
        before, _, after = re.sub(r"^(?:the|The)\s+", "", role).partition(" of ")
        before = before.split()
        if not re.match(r"the\s", m.text, re.I) or not 1 <= len(before) <= 2 or \
                fold(before[-1]) not in BODY_HEAD_NOUNS or len(after.split()) > 5:
            return None
        named = [w for w in before[:-1] + re.sub(r"^the\s+", "", after).split() if w[:1].isupper()]

        def heads_body(e) -> bool:
            office = f" {fold(_FOR_OR_OF.split(e.role)[0])} "
            if e.kind != "person" or _DEPUTY.search(office) or not any(f" {o} " in office for o in BODY_HEAD_OFFICES):
                return False
            said = fold(f"{e.role} {e.organization or ''}").split()
            initials = "".join(w[0] for w in (e.organization or "").split() if w[:1].isupper())
            return all(fold(w) in said for w in named) or \
                len(named) == 1 and named[0].isupper() and named[0] == initials or \
                len(named) > 1 and fold("".join(w[0] for w in named)) in said
        return self._newest(pos, lambda e: bool(e.role) and heads_body(e))

    def _spokespersons_body_by_noun(self, m: Mention, role: str, head: str, role_head: list[str], pos: int):
        """"A party spokesman", "the executive spokeswoman", "a UK government spokesman", "a Calgary police spokesman"
        (the force speaks; Calgary Herald, quotes18): the body the noun before the spokesperson's title names, else
        None."""
        if not ((re.match(r"(?:a|an)\s", m.text, re.I) and len(role_head) > 1 or
                 re.match(r"the\s", m.text, re.I) and len(role_head) == 2) and role_head[-1] in SPOKES and
                role_head[-2] in ORG_NOUNS | BODY_OR_ROLE_HEADS):
            return None
        # "A party spokesman said Nick Griffin was arrested": an unnamed spokesman of the body that noun names
        # (the last party named), not a person named nearby; "The executive spokeswoman said" (the Scottish
        # Executive; bbc15; not "the top Japanese government spokesman", the Chief Cabinet Secretary just named).
        noun = role_head[-2]
        ent = self._newest(pos, lambda e: e.kind == "organization" and noun in e.words) or \
            self._named_body_before(noun, pos)
        named = _capitalised_from_first(role.split()[:-1])
        if ent is not None and ent.words[-1:] == [noun] and all(fold(w) in ent.words for w in named):
            return ent     # the body that noun heads ("British National Party"), not "... Police Station on
            #                Monday"
        if _portfolio_capitalised(named) is not named and not _person_opens_next_sentence(self.body, m.end):
            named = _portfolio_capitalised(named)
        if len(named) > 1 and all(w[:1].isupper() for w in named[:-1]) and re.match(r"(?:a|an)\s", m.text, re.I) \
                and self._introduced_later(head, pos) is None:
            # "A Chinese government spokesman said" is China's government, not the UK government named before;
            # "A UK government spokesman has refuted ..." the UK's, named by it (zephyrnet.com, the lead's round
            # 18); but a spokesperson the text names later is that person ("a Chinese foreign ministry
            # spokesperson said Thursday ... Hong Lei reiterated ...")
            body = " ".join(named)
            return self._body(replace(m, kind="body", text=body, name=body, entity_kind="organization"), pos)[0]
        body = self._subject_countrys_ministry(m, role_head, head, pos) if not named else None
        if body is not None:
            return self._body(replace(m, kind="body", text=body, name=body, entity_kind="organization"), pos)[0]
        return None

    def _subject_countrys_ministry(self, m: Mention, role_head: list[str], head: str, pos: int) -> str | None:
        """"Vietnam has protested against China's alleged detention of Vietnamese fishermen ..., a foreign ministry
        spokesperson said on Thursday." (Reuters via marinelink.com; own set P 002): a spokesperson of a ministry named
        by its portfolio alone, no country given, speaks for that ministry of the country whose name opens the sentence
        as the subject of the words reported ("Vietnamese Foreign Ministry"); None when the sentence opens otherwise, or
        the text names the spokesperson (then the person speaks)."""
        if not (re.match(r"(?:a|an)\s", m.text, re.I) and len(role_head) == 3 and role_head[1] == "ministry" and
                role_head[0] in LOWERCASE_PORTFOLIOS):
            return None
        opening = SENTENCE_OPENING_BEFORE.search(self.body, max(0, m.start - 400), m.start)
        if opening is None:
            return None
        hit = COUNTRY_SUBJECT.match(self.body, opening.end(), m.start)
        if hit is None:
            return None
        country = _country_of_name(fold(hit.group(1)).lower())
        demonym = _demonym(country) if country else None
        if demonym is None or _person_opens_next_sentence(self.body, m.end) or \
                self._introduced_later(head, pos) is not None:
            return None
        return f"{demonym.title()} {role_head[0].capitalize()} Ministry"

    def _organization_title(self, m: Mention, role: str, head: str, role_head: list[str], pos: int):
        """A title naming a body: "the party", "the company" is the body the text was just talking about, as for "it";
        "the unification ministry" only a body of that name, never the foreign ministry that spoke last. The rules of
        _BODY_TITLE_RULES decide in order, each returning (entity, "title") or _GO_ON."""
        c = _BodyTitle(m, role, head, role_head, pos, head.split()[-1] if head else "")
        return decide(self._BODY_TITLE_RULES, self, c, otherwise=(None, "title"))

    def _body_title_municipality(self, c: _BodyTitle):
        """"The City of Winnipeg said ... The city said the work would take a week": the municipality of that kind the
        text named before (as a speaker or anywhere before), else no one (not the newest body; set M)."""
        if c.m.role not in ONE_WORD_MUNICIPAL_HEADS or c.m.name is not None:
            return _GO_ON
        noun = c.m.role
        ent = self._newest(c.pos, lambda e: e.kind == "organization" and e.words[:2] == [noun, "of"])
        if ent is None:
            named = list(re.finditer(r"\b%s of(?: [A-Z][\w’'-]*){1,3}" % noun.capitalize(), self.body[:max(0, c.pos)]))
            if named:
                name = named[-1].group()
                ent = self._find_exact(name) or self._new(name, "organization", named[-1].start())
        if ent is None and noun == "city":
            # "Your bus ride Tuesday could be free thanks to the Winnipeg’s transit union. ... The city previously
            # said the legal action could interrupt transit service" (bt24news.com; set Q): no "City of" named, the
            # one city the text names before (a city of the gazetteer), as "City of Winnipeg"; two cities, none
            cities = set()
            for w in CITY_WORD.findall(self.body[:max(0, c.pos)]):     # ("Thunder Bay", else "Winnipeg Transit"'s
                pair = w.split()                                         # first word)
                w = w if places().get(fold(w)) == "city" else pair[0]
                if places().get(fold(w)) == "city":
                    cities.add(w)
            if len(cities) == 1:
                name = "City of " + cities.pop()
                ent = self._find_exact(name) or self._new(name, "organization", c.pos)
        return (ent, "title") if ent is not None else (None, None)

    def _body_title_company_of_paragraph(self, c: _BodyTitle):
        """"BCE Inc.: The Montreal-based telecommunications giant said ...": a business described, not named (more
        than "the company"), is the one company its paragraph names before it by a company's
        suffix (Inc., Ltd., Corp.); two such names, none, or no business head: the rules after decide, except for a
        description the parse would have left vague ("The Toronto-based company"), which names no one then
        (canadanewsmedia.ca's copy of a Canadian Press list, set M)."""
        m = c.m
        if c.noun not in DESCRIBED_BUSINESS_HEADS or m.start < 0 or len(m.text.split()) <= 2:
            return _GO_ON     # (a bare "the company said" goes on with the company the story is about: Reuters'
            #                   "Nippon Telegraph and Telephone Corp (NTT) expects ..., the company said" is NTT's)
        para = self.body.rfind("\n", 0, m.start) + 1
        names = set(self._suffixed_company_names(para, m.start))
        if len(names) == 1:
            name = names.pop()
            return self._find_exact(name) or self._new(name, "organization", para), "title"
        if described_business(tokens(m.text, 0)) and (
                "-based" in m.text or not (c.noun in COMMERCIAL_NOUNS or c.noun in ORG_NOUNS)):
            return None, None
        return _GO_ON

    def _body_title_of_a_kind(self, c: _BodyTitle):
        kinds = [w for w in c.head.split()[:-1] if w in ORG_NOUNS and w != c.noun]
        if kinds:
            # "claimed the union organisation": a body of that kind, not whichever body spoke last
            return self._newest(c.pos, lambda e: e.kind == "organization" and any(w in e.words for w in kinds)), \
                "title"
        return _GO_ON

    def _body_title_fitting_bodies_near(self, c: _BodyTitle):
        c.named_by = _named_by(c.role_head)
        subject = self._body_subject_before(c.pos)
        c.subject = subject if subject is None or c.fits(subject[1]) else None
        c.last = self.last_speaker if self.last_speaker is not None and c.pos - self.last_pos < 1500 and \
            c.fits(self.last_speaker) else None
        return _GO_ON

    def _body_title_bare_police(self, c: _BodyTitle):
        if c.noun != "police" or len(c.role_head) != 1:
            return _GO_ON
        pos = c.pos
        # bare "police said": the force named before ("Peel Regional Police"), never another body; none named,
        # no one ("the police said they would help fight terror")
        # (also "the Vancouver Police Department", "Winnipeg Police Service" that spoke before: bc.ctvnews.ca, quotes23)
        ent = self._newest(pos, lambda e: e.kind == "organization" and (
            e.words[-1:] == ["police"] or e.words[-2:-1] == ["police"] and e.words[-1] in POLICE_FORCE_NOUNS))
        if ent is None:
            ent = self._main_police_force(pos) or self._named_body_before("police", pos)
            # "according to a news release from Nanaimo RCMP. ¶ Police said ...": the detachment named
            ent = ent or self._detachment_before(pos)
            # ... or the force named without a place: "a massive response from local RCMP ... police say the
            # person behind it might not have been in the country" (Toronto Star; quotes14)
            ent = ent or self._bare_rcmp_before(pos)
            # ... or the one force the text names by its full name, further on: "..., police said." in the lead,
            # "Winnipeg Police Service acting chief Art Stannard" after it (Free Press copy; quotes15)
            ent = ent or self._only_force_named()
            # ... or the one force named by its place alone: "Toronto police are searching for a suspect ...
            # ¶ ... police explained." (CTV Toronto; quotes18)
            ent = ent or self._one_place_force(pos)
            # "Royal Canadian Mounted Police" in a caption, then "The RCMP said ...": the name it speaks by
            short = ent and "".join(w[0] for w in ent.name.split() if w[:1].isupper())
            ent = (short and len(short) > 2 and self._find_exact(short)) or ent
        return ent, "title"

    def _body_title_government(self, c: _BodyTitle):
        if c.noun != "government":
            return _GO_ON
        noun, pos = c.noun, c.pos
        # "... the committee called this "morally indefensible" but the government said ...": a
        # government named before (or a country's, "South Korea condemned ... the government said"), never
        # the committee, party or company that spoke last.
        return (self._newest(pos, lambda e: e.kind == "organization" and noun in e.words) or
                self._named_body_before(noun, pos) or
                self._newest(pos, lambda e: e.kind == "organization" and
                             places().get(fold(e.name)) == "country") or
                # (a bare "the government": "says the assembly government" in Wales is no UK government;
                # bbc-news/politics/101, bbc17)
                (self._government_by_markers(pos) if len(c.role_head) == 1 else None)), "title"

    def _body_title_specific_body(self, c: _BodyTitle):
        noun = c.noun
        if noun in SPECIFIC_BODY_NOUNS:
            # "the mission", "the embassy": the body of that kind named last, never a larger one nearby
            # (a country's mission to the UN is not the UN).
            ent = self._newest(c.pos, lambda e: e.kind == "organization" and noun in e.words and c.fits(e)) or \
                self._named_body_before(noun, c.pos)
            if ent is not None and c.fits(ent):
                return ent, "title"
        return _GO_ON

    def _body_title_department(self, c: _BodyTitle):
        """'The Foreign Office updated its advice on Saturday ... ¶ The department said it may not be possible to fly
        directly to the UK' (The Independent; set BL 001): a bare "the department" is the last government department
        the text names before it (DEPARTMENT_NAME), not a body of its own called "Department"."""
        if c.noun != "department" or len(c.role_head) != 1 or c.m.start < 0 or \
                c.ent is not None and c.fits(c.ent) and " " in c.ent.name:
            return _GO_ON     # (a body found before stays: "The U.S. Agriculture Department said ... the department
            #                   said", Reuters)
        named = [m for m in DEPARTMENT_NAME.finditer(self.body, 0, c.m.start)
                 if not re.match(r"(?:The|A|An|This|That)\s*$", m.group())]
        if not named or LOWER_DEPARTMENT.search(self.body, 0, c.m.start):
            return _GO_ON     # (nor when the text calls a department in lower case: "the finance department said",
            #                   then "the new Office of the Superintendent of Financial Institutions" inside its
            #                   words; Reuters)
        name = re.sub(r"^(?:The|the)\s+", "", named[-1].group().strip(" ,"))
        while name.split(" ", 1)[0].strip(",").lower() in OPENERS_NAMING_NO_ONE and " " in name:
            name = name.split(" ", 1)[1]     # ("Meanwhile, Home Office": the opener no part of the name)
        if " " not in name:
            return _GO_ON     # (the head alone, "The Department", is no name)
        ent = self._find_exact(name) or self._new(name, "organization", named[-1].start())
        return (ent, "title") if c.fits(ent) else _GO_ON

    def _body_title_subject_of_its_clause(self, c: _BodyTitle):
        """'The Saskatchewan Roughriders have hired Corey Mace to be the team's next head coach, the team announced
        Thursday.' (castanet.net's copy of The Canadian Press; set AO), '... has hired Jane Smith ..., the company said':
        a bare "the <noun>" after the words it frames is the body its own sentence opens with as the clause's subject
        (a name the registry knows, ending in a body's word, or, for a team or club, a team's plural name), not a body
        met before."""
        m = c.m
        if m.start <= 0 or len(m.text.split()) != 2 or m.text.split()[0].lower() != "the" or \
                not self.body[max(0, m.start - 2):m.start] == ", ":
            return _GO_ON
        opening = SENTENCE_OPENING_BODY.match(self.body, self._sentence_start(m.start), m.start)
        if opening is None:
            return _GO_ON
        name = opening.group("name")
        entry = self.registry.lookup(name, self.day, self.body_folded) or \
            self.registry.lookup("the " + name, self.day, self.body_folded)
        last = fold(name.split()[-1])
        if not (entry is not None and entry.kind == "organization" or len(name.split()) >= 2 and
                (last in ORG_WORDS or last in BODY_TITLE_NOUNS or c.noun in TEAM_NOUNS and name.split()[-1].endswith("s"))):
            return _GO_ON     # (not one word that only looks like a body's: "Group consolidated turnover ... rose")
        ent = self._find_exact(entry.name if entry else name) or \
            self._new(entry.name if entry else name, "organization", opening.start("name"))
        return (ent, "title") if c.fits(ent) else _GO_ON

    def _body_title_last_body_spoke(self, c: _BodyTitle):
        last, subject = c.last, c.subject
        if last is not None and last.kind == "organization" and (subject is None or subject[0] < self.last_pos):
            return last, "title"
        return _GO_ON

    def _body_title_body_subject(self, c: _BodyTitle):
        return _GO_ON if c.subject is None else (c.subject[1], "title")

    def _body_title_last_speakers_firm(self, c: _BodyTitle):
        if self.last_speaker is not None and self.last_speaker.kind == "person" and c.noun in COMMERCIAL_NOUNS and \
                self.last_speaker.organization and c.pos - self.last_pos < 1500 and \
                not self._newest(c.pos, lambda e: e.kind == "organization"):
            # '"...," said Opera spokeswoman, Berit Hanson. ... The company says that ...': the body the last
            # speaker spoke for, when no other body has been met
            org = self.last_speaker.organization
            ent = self._find_exact(org) or self._new(org, "organization", self.last_pos)
            if c.fits(ent):
                return ent, "title"
        return _GO_ON

    def _body_title_newest_body(self, c: _BodyTitle):
        noun, pos = c.noun, c.pos
        c.ent = self._newest(pos, lambda e: e.kind == "organization" and noun in e.words) or \
            self._named_body_before(noun, pos) or self._newest(pos, lambda e: e.kind == "organization")
        if c.ent is None and noun == "party":
            c.ent = self._party_of_sentence(c.m.start)
        if (c.ent is None or not c.fits(c.ent)) and len(c.role_head) > 1:
            c.ent = self._body_fitting_before(c.role_head, pos)
        return _GO_ON

    def _suffixed_company_names(self, lo: int, hi: int) -> list[str]:
        """The companies named by a legal suffix between lo and hi, in order, without a "The" before them."""
        return [LEADING_THE.sub("", f.group().strip()) for f in SUFFIXED_COMPANY.finditer(self.body, lo, hi)]

    def _body_title_sole_company_named(self, c: _BodyTitle):
        """'Shares of Gannett Co Inc rose ... The company said ...': no body spoke or stood as a subject before a bare
        "the company", and the text before it names one company by its legal suffix (however often): that company."""
        if c.ent is not None or c.noun != "company" or c.m.start < 0 or len(c.m.text.split()) > 2:
            return _GO_ON     # (not "the group" or "the firm": an investor group buying a company's shares speaks)
        found = list(SUFFIXED_COMPANY.finditer(self.body, 0, c.m.start))
        if any(NAME_TAIL_BEFORE.search(self.body, max(0, f.start() - 5), f.start()) for f in found):
            return _GO_ON     # (a name's tail after "of" or "and" is no whole name: "General Motors of Canada Ltd",
            #                   "Nippon Telegraph and Telephone Corp"; which company is meant is unclear)
        names = self._suffixed_company_names(0, c.m.start)
        cores = {fold(COMPANY_SUFFIXES.sub("", n)) for n in names}
        if len(cores) == 1 and "" not in cores:
            ent = self._find_exact(names[0]) or self._new(names[0], "organization", c.m.start)
            c.ent = ent if c.fits(ent) else None
        return _GO_ON

    def _body_title_select_committee(self, c: _BodyTitle):
        if c.ent is None and len(c.role_head) > 2 and c.role_head[-2:] == ["select", "committee"]:
            # "..., the environment select committee said." met first: the Commons committee its words name
            # (bbc-news/politics/048; bbc17), as "the committee" after it is
            name = _FOR_OR_OF.split(c.role)[0]
            c.ent = self._find_exact(name) or self._new(name, "organization", c.pos)
        return _GO_ON

    def _body_title_named_after_the_words(self, c: _BodyTitle):
        m, pos = c.m, c.pos
        if (c.ent is None or not c.fits(c.ent)) and m.start >= pos:
            # '“...,” read a statement by the foreign ministry.' with no ministry named before the quotation: the
            # body the frame after it names itself (News18; asia19), as "The foreign ministry said ..." would be
            own = self._named_body_before(c.noun, m.end, lo=m.start)
            # (the body's longer name met before is the one it spoke by: "the U.S. Attorney’s Office for the Western
            # District of New York said ..." before "..., the U.S. attorney's office said.")
            longer = own and self._newest(pos, lambda e: e.kind == "organization" and e is not own and
                                          all(w in e.words for w in own.words))
            c.ent = longer or own or c.ent
        return _GO_ON

    def _body_title_described_before(self, c: _BodyTitle):
        if c.ent is None and c.noun in DESCRIBED_BODY_KINDS:
            # "Save the Scottish Regiments will also field a candidate ... The group said it is well organised ..."
            # (bbc-news/politics/238; setl), "Revenues at media group Reuters slipped ..., the group said": no body
            # has spoken yet; the one the text named before, described by that noun or a campaign's name
            c.ent = self._described_body_before(c.noun, c.m.start)
        return _GO_ON

    def _body_title_country_lower_case_body(self, c: _BodyTitle):
        if c.ent is None and c.noun in PUBLIC_BODY_HEADS and \
                re.fullmatch(r"[Tt]he\s+" + re.escape(c.noun), c.m.text.strip()):
            # '"We are sorry ...," the commission said in a statement' after "South Korea's national election
            # commission on Sunday apologized ..." (Yonhap; set U): no body named in capitals, the one a country's
            # possessive named in lower case before, with that noun (a public body's: not "the company" after
            # "Petro-Canada, Canada's state-owned oil company", named in capitals; Reuters-21578)
            c.ent = self._country_lower_case_body_before(c.noun, c.m.start)
        return _GO_ON

    def _body_title_found_if_fitting(self, c: _BodyTitle):
        return (c.ent if c.ent is None or c.fits(c.ent) else None), "title"

    _BODY_TITLE_RULES = (_body_title_municipality, _body_title_company_of_paragraph, _body_title_of_a_kind, _body_title_fitting_bodies_near, _body_title_bare_police,
                         _body_title_government, _body_title_specific_body, _body_title_subject_of_its_clause,
                         _body_title_last_body_spoke,
                         _body_title_body_subject, _body_title_last_speakers_firm, _body_title_newest_body,
                         _body_title_department,
                         _body_title_sole_company_named,
                         _body_title_select_committee, _body_title_named_after_the_words,
                         _body_title_described_before, _body_title_country_lower_case_body,
                         _body_title_found_if_fitting)

    def _titled_surname_before(self, role: str, pos: int, lo: int = 0) -> Entity | None:
        """'The President expressed his support ...' after 'President Obama called Dr. Haider al-Abadi today': a
        readout names its people by title and surname alone (no introduction); the title alone later is the one
        person the text named before with that very title (none when it named two: "President Putin")."""
        if not role or fold(role).split()[-1:] == [] or fold(role).split()[-1] not in NAME_HEADS:
            return None
        found = {}
        for t in _title_surname_pattern(role).finditer(self.body, lo, pos):
            if t.group(1) and fold(t.group(1)) in TITLE_WORDS - TITLE_LINKS:
                continue     # a longer title: "Deputy Mayor", "Vice President" (not "Readout of Vice President Biden’s
                #              Meeting", gaeatimes.com; wire19)
            m = parse_np(tokens(t.group(2), t.start(2)))
            if isinstance(m, Mention) and m.entity_kind == "person" and m.kind == "surname":
                found.setdefault(t.group(3), (m, t.start(2)))
        if len(found) != 1:
            return None
        m, at = next(iter(found.values()))
        ent, _ = self._resolve(m, at)
        return ent if ent is not None and ent.kind == "person" else None

    def _party_of_sentence(self, at: int) -> Entity | None:
        """'Children would be offered two hours' free sports training a week by a future Tory government, the party has
        said.': with no body met before, the one party the sentence of "the party" names."""
        if at < 0:
            return None
        lo = max(self.body.rfind("\n", 0, at), *(self.body.rfind(p, 0, at) for p in (". ", "! ", "? "))) + 1
        hi = min([i for i in (self.body.find(p, at) for p in (". ", "\n")) if i >= 0] or [len(self.body)])
        found = {}
        for w in re.finditer(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?", self.body[lo:hi]):
            for name in (w.group(), w.group().split()[0]):
                entry = self.registry.lookup(name, self.day, self.body_folded)
                if entry is not None and entry.kind == "organization" and \
                        ("party" in fold(entry.name).split() or fold(entry.name) in PARTY_NAMES):
                    found[entry.name] = entry
                    break
        if len(found) != 1:
            return None
        entry = next(iter(found.values()))
        return self._find_exact(entry.name) or self._new(entry.name, "organization", at)

    def _lead_paragraph_end(self, pos: int) -> int:
        """Where the lead paragraph ends: the first line's end, past heading lines above the words at pos (a page's
        headline printed over its standfirst: "Yvette Cooper Tears Into 'Total Chaos' ..." over '"Nothing would surprise
        us ...," the Labour MP said.'; HuffPost UK, bbc22); -1 when there is one line only."""
        end = self.body.find("\n")
        while 0 <= end < pos:
            line = self.body[:end].rsplit("\n", 1)[-1]
            if (_SENTENCE_MARK.search(line) or len(line.split()) > 15) and not POSTED_LINE.fullmatch(line.strip()):
                break     # (a byline's time stamp is a heading line: POSTED_LINE)
            end = self.body.find("\n", re.compile(r"\n\s*").match(self.body, end).end())
        return end

    def _lead_title_named_next(self, head: str, pos: int) -> Entity | None:
        """'The UK's top judge has revealed he has clashed with ministers ...' ¶ 'Lord Woolf said he was determined
        ...'; 'The new health minister for Wales says ...' ¶ 'Dr Brian Gibbons, on his first full day in the job, ...':
        a person's title in the lead paragraph, before anyone is named, is the person whom the next paragraph opens
        with, by name (BBC copy names the lead's speaker right after it)."""
        noun = re.split(r"\s(?:for|of)\s", head)[0].split()[-1:]
        first_break = self._lead_paragraph_end(pos)
        if not noun or noun[0] not in NAME_HEADS or noun[0] in SPOKES or first_break < 0 or pos > first_break or \
                any(start < pos for start, *_ in self._people_introduced_before(pos, lambda w: True)):
            return None
        nxt = re.compile(r"\n\s*").match(self.body, first_break)
        # (under heading lines, only the person they name: "Yvette Cooper Tears Into 'Total Chaos' ..." over the lead)
        lead_start = self.body.rfind("\n", 0, first_break) + 1
        headline = fold(self.body[:lead_start]).split() if first_break != self.body.find("\n") else None
        if headline is not None and POSTED_LINE.fullmatch(self.body[:lead_start].strip()):
            headline = None     # (a byline's time stamp is no heading naming anyone: "The Canadian Press Posted
            #                     November 26, 2020 3:12 pm" over the lead; CP via Global News, set T)
        opening = LEAD_NAME_OPENING.match(self.body, nxt.end())
        m = parse_np(tokens(opening.group(1), opening.start(1))) if opening else None
        if isinstance(m, Mention) and m.entity_kind == "person" and (m.kind == "name" or (
                m.kind == "surname" and opening.group(1).split()[0].lower() in HONORIFICS)):
            if headline is not None and (fold(m.name or "").split() or [""])[-1] not in headline:
                return None
            return self._resolve(m, opening.start(1))[0]
        if headline is not None:
            return None
        # ... or whom that paragraph names with that title ('"...," said courts minister Christopher Leslie.' after
        # "the courts minister has told MPs")
        end = self.body.find("\n", nxt.end())
        titled = {fold(name): (start, name, irole, gender) for start, name, irole, gender in self.introductions
                  if nxt.end() <= start < (end if end > 0 else len(self.body)) and irole and
                  fold(irole).split()[-1:] == noun and set(fold(irole).split()) <= set(head.split())}
        if len(titled) != 1:
            return None
        start, name, irole, gender = next(iter(titled.values()))
        return self._find_exact(name) or self._new(name, "person", start, irole, None, gender)

    def _title_named_next_paragraph_opening(self, head: str, pos: int) -> Entity | None:
        """'The province’s environment minister said in a phone interview Thursday that ...' ¶ 'Mary Polak said she is
        legally barred from ...' (Canadian Press copy; set AU 011): a person's title opening a paragraph, beyond the
        lead, is the person whom the next paragraph opens with by full name, when that person is named there first and
        no one with that title's head was named before (as _lead_title_named_next for the lead)."""
        noun = re.split(r"\s(?:for|of)\s", head)[0].split()[-1:]
        if not noun or noun[0] not in NAME_HEADS or noun[0] in SPOKES:
            return None
        p0 = self.body.rfind("\n", 0, pos) + 1
        if not re.fullmatch(r"\s*", self.body[p0:pos]):
            return None     # (the title opens its paragraph, nothing before it)
        end = self.body.find("\n", pos)
        nxt = re.compile(r"\n\s*").match(self.body, end) if end > 0 else None
        opening = LEAD_NAME_OPENING.match(self.body, nxt.end()) if nxt else None
        m = parse_np(tokens(opening.group(1), opening.start(1))) if opening else None
        if not (isinstance(m, Mention) and m.entity_kind == "person" and m.kind == "name" and m.name and
                len(m.name.split()) >= 2 and is_given_name(m.name.split()[0], any_gender=True)):
            return None     # (a person's name, a given name first: not "Taseko Mines said ...")
        key = fold(m.name).split()
        if any(start < opening.start(1) and (fold(name).split()[-1:] == key[-1:] or
                                             irole and fold(irole).split()[-1:] == noun)
               for start, name, irole, _ in self.introductions):
            return None     # (named before, or someone with that title before it: a back-reference, not this)
        return self._resolve(m, opening.start(1))[0]

    def _lead_subject_by_title(self, head: str, pos: int, title_start: int) -> Entity | None:
        """'Danny Breen isn't planning to leave municipal politics anytime soon.' ¶ 'The St. John's mayor of eight years
        announced Monday that ...' (CBC via daily8.com; quotes14): before anyone has spoken, a person's title right
        after a sentence whose subject that person is (named with no other title), no one else named between (before
        the title: "The Nottingham East MP, who has been critical of Jeremy Corbyn's leadership, said"; bbc20)."""
        noun = re.split(r"\s(?:for|of)\s", head)[0].split()[-1:]
        if not noun or noun[0] not in NAME_HEADS or noun[0] in SPOKES:
            return None
        subject = self._person_subject_before(pos, lambda e: e.kind == "person" and (
            not e.role or _role_matches(fold(e.role), head) or fold(e.role).split()[-1:] == noun))
        if subject is None or pos - subject[0] > 400:
            return None
        start, ent = subject
        if any(start < s < title_start and fold(name).split()[-1:] != ent.words[-1:] for s, name, *_ in self.introductions):
            return None
        return ent

    def _spokesman_of_other_body(self, person: "Entity", body: "Entity") -> bool:
        """Do the capitalised words right before the person's name ("Lib Dem home affairs spokesman Mark Oaten") name
        a body other than `body` (not its words nor its initials: "MAB spokesman" of the Muslim Association of
        Britain)?"""
        starts = [s for s, name, _, _ in self.introductions if fold(name) == fold(person.name)]
        if not starts:
            return False
        lead = re.split(r"[,;:\"“”.!?\n]", self.body[max(0, min(starts) - 60):min(starts)])[-1]
        caps = [fold(w) for w in lead.split() if w[:1].isupper() and fold(w).rstrip(".") not in HONORIFICS]
        if not caps:
            return False
        own = set(body.words) | {"".join(w[0] for w in body.name.split() if w[:1].isupper()).lower()}
        if body.registry is not None:
            own |= {w for a in (getattr(body.registry, "aliases", None) or []) for w in fold(a).split()}
        return not any(w in own for w in caps)

    @staticmethod
    def _other_office_of_same_body(last: "Entity", head: str) -> bool:
        """Is the title (folded) another office of the body the registry knows the last speaker holds one in ("lib dem
        chief executive" of Charles Kennedy, Liberal Democrat leader)? Not "the Indiana governor" of Mike Pence,
        whose registry office is of another body."""
        entry = last.registry
        if entry is None or not entry.role or not entry.organization or not head.split():
            return False
        head = registry_party_names(head)
        body = set(fold(entry.organization).split()) - {"the", "of", "party"}
        return bool(body & set(head.split())) and head.split()[-1] not in fold(entry.role).split()

    def _other_title_opened_since_last(self, pos: int) -> bool:
        """'Mr ap Iorwerth said ... In her response, the First Minister defended her record and her engagement with
        the UK government. "I have listed a whole raft of things ..."' (britbrief.co.uk; bbc23): a sentence since the
        last statement opens with another office's holder doing something; the quotation is not the last speaker's."""
        last = self.last_speaker
        if not last.role:
            return False     # (whose office the text does not say may hold that one)
        for hit in TITLE_OPENS_SENTENCE.finditer(self.body, max(0, self.last_end), pos):
            title = fold(hit.group(1))
            if title.split()[-1:] and title.split()[-1] in NAME_HEADS and title not in fold(last.role or ""):
                return True
        return False

    def _other_person_named_before_in_paragraph(self, pos: int) -> list:
        """'"If the U.S. imposes a tariff ...," Howard Gleckman, a senior fellow at the Tax Policy Center, has
        written. "The Chinese government pays nothing."' (PolitiFact; zyte): another person named in the quotation's
        own paragraph, after the quotation before it (which no statement took: its frame was not read) or, with
        none, since the paragraph opened; that person most likely said it, not the last speaker. (Not when the last
        speaker is named there too: '..." Birgit Kuhlhoff, from Sal Oppenheim investment bank, told Reuters.')"""
        last = self.last_speaker
        opened = self.body.rfind("\n", 0, pos) + 1
        closed = max(self.body.rfind(mark, opened, max(opened, pos - 1)) for mark in CLOSE_MARKS)
        if closed >= 0 and closed - self.last_end <= 3:
            return []     # the quotation before is the last speaker's: this one goes on with it
        if not last.words or last.words[-1] in fold_words(self.body[max(self.last_end, opened):pos]):
            return []
        lo = max(self.last_end, opened, closed)
        return [(start, name, role, gender) for start, name, role, gender in self.introductions
                if lo < start < pos and fold(name).split()[-1:] != last.words[-1:] and
                (role or gender or looks_like_person(name) and fold(name).split()[0] in given_names())]

    def _names_a_subject(self, start: int, name: str) -> bool:
        """Does the clause a name stands in make it its subject or the subject of an inverted frame? '...," Jessica
        Caldwell, Edmunds' executive director, said', '...," said Assistant Secretary of State for ... Eliot Kang',
        not an object: '"...," the world 200m and 400m record holder told Five Live', '... hosted by Scott Brown'."""
        clause = re.split(r"[,;:.!?“”\"()\n]", self.body[max(0, start - 200):start])[-1]
        ws = [w.lower() for w in clause.split()]
        if is_place(name):
            return False
        if not ws or ws[0] in CUE_FORMS:
            return True     # the clause opens with the name, or "said X"
        return not any(w in NOT_BEFORE_SUBJECT or w in CUE_FORMS for w in ws)

    def _other_person_opened_since_last(self, pos: int) -> bool:
        """Was another person introduced after the last statement ("Meanwhile Labour backbencher Stephen Pound labelled
        ... The MP for Ealing North claimed ...": the title is not the last speaker's)?"""
        last = self.last_speaker
        # (not a person named in a clause fronted before the title, in its own sentence: "Reacting to the statement by
        # William Wragg today, Labour’s deputy leader said" is Angela Rayner's, who spoke before; LabourList, bbc22)
        lo = max(self.body.rfind("\n", 0, pos), self.body.rfind(". ", 0, pos)) + 1
        until = lo if self.body[lo:pos].rstrip().endswith(",") else pos
        return any(self.last_end < start < until and fold(name).split()[-1:] != last.words[-1:]
                   for start, name, role, gender in self.introductions if role or gender or looks_like_person(name))

    def _referred_back(self, noun: str, pos: int) -> Entity | None:
        """'The official urged ...', 'the Vietnamese diplomat called on ...': the speaker just named (GUIDELINES
        rule 1), or the person named as the subject of a sentence since (a body that spoke through its spokesperson
        is that body); nobody when someone unnamed was introduced by that noun since ("an official said ...")."""
        if self._unnamed_since_last(noun, pos):
            return None
        if self._unnamed_one_of_title(noun, pos):
            return None     # "An official from the unification ministry on Tuesday addressed remarks by Kim Yo-jong
            #                 ... She also reiterated ... ¶ The official said Seoul will ...": the unnamed official, no
            #                 one named since who was never called one (KBS; seed13)
        last = self.last_speaker if self.last_speaker is not None and pos - self.last_pos < 600 else None
        subject = self._person_subject_before(pos, lambda e: e.kind == "person")
        if subject is not None and subject[0] >= self.last_pos and pos - subject[0] < 600 and \
                (last is None or subject[0] >= self.last_end):
            return subject[1]
        if last is not None and last.kind == "organization" and not self.last_voice:
            # a body that spoke in its own name ("according to the Ministry of Public Security, he released ...")
            # is no "official": the person who spoke before it is
            person = self._newest(pos, lambda e: e.kind == "person" and e.speaker_count > 0)
            if person is not None and pos - person.pos < 1500:
                return person
            if self._unnamed_introduced_before(noun, pos):
                return None     # "..., a Reagan administration official said." then "In return, America called on
                #                 ..." then "..., said the official": the unnamed one, not America (reut2-003 #534)
        return last

    def _anonymous(self, noun: str, mention_end: int, pos: int) -> bool:
        """Is "the official" one the text says asked not to be named: this mention ("..., said the official, who asked
        not to be named.") or one of that title before it (reut2-003 #534)?"""
        if mention_end >= 0 and ANONYMOUS_AFTER.match(self.body, mention_end):
            return True
        return any(ANONYMOUS_AFTER.match(self.body, m.end()) for m in _word_pattern(noun).finditer(self.body, 0, max(0, pos)))

    def _unnamed_introduced_before(self, noun: str, pos: int) -> bool:
        """Did the text introduce someone unnamed by that title anywhere before pos ("a senior official said")?"""
        return _one_unnamed(noun).search(self.body, 0, max(0, pos)) is not None     # (no copy of the text)

    def _described_before(self, noun: str, before: int) -> Entity | None:
        """"The minister then replied" after "Chris Philp had just repeated ... claims ... The policing minister was
        appearing on BBC Two’s Newsnight": the person, given no title, whom a sentence opening "The (...) minister"
        described right after the sentence he opened (huffingtonpost.co.uk, bbc19)."""
        lo = max(0, before - 3000)
        for m in reversed(list(DESCRIBED_SUBJECT.finditer(self.body, lo, before))):
            if m.group(1).split()[-1].lower() != noun:
                continue
            subject = self._person_subject_before(m.start(), lambda e: e.kind == "person")
            if subject is not None and not subject[1].role and \
                    len(SENTENCE_BREAK.findall(self.body, subject[0], m.start())) == 1:
                return subject[1]
            return None
        return None

    def _not_the_asker(self, ent: Entity | None, noun: str, pos: int) -> Entity | None:
        """"“..., ” the minister replied." right after the presenter's line: not the presenter ("Times Radio presenter
        Chloe Tilley"), whose title asks, but the one who spoke before her (huffingtonpost.co.uk, bbc19)."""
        if ent is None or noun in ASKER_WORDS or not ent.role or fold(ent.role).split()[-1:][0] not in ASKER_WORDS or \
                _FORMER.search(fold(ent.role)):
            return ent     # (an "Ex-chat show host" asks no one: bbc-news/politics/281)
        return self._newest(pos, lambda e: e.kind == "person" and e.speaker_count > 0 and e is not ent and
                            not (e.role and fold(e.role).split()[-1] in ASKER_WORDS)) or ent

    def _unnamed_one_of_title(self, noun: str, pos: int) -> bool:
        """Is "the official" the unnamed one who opened a sentence before, no one named having been called so? (Not a
        spokesperson: "A Chinese defense spokesperson on Thursday urged ..." is named after, "said Tan Kefei,
        spokesperson for ...", seed10.)"""
        if noun in SPOKES:
            # ... but a spokesperson the text opened a sentence with, by the body's name alone ("The Foreign Ministry
            # spokesman also revealed questions raised by diplomats ...", The Nation; seed15): "The spokesman also
            # confirmed ..." is that one, not the minister named since whose office the text never gave
            return bool(DEFINITE_SPOKES_SUBJECT.search(self.body, max(0, pos - UNNAMED_SUBJECT_REACH), pos)) and \
                not any(self._named_by_noun_before(w, pos) for w in SPOKES)
        return self._unnamed_subject_before(noun, pos) and not self._named_by_noun_before(noun, pos)

    def _unnamed_subject_before(self, noun: str, pos: int) -> bool:
        """Does someone unnamed, introduced by that noun, open a sentence shortly before ("An official from the
        unification ministry on Tuesday addressed ...")?"""
        # ... or frames the lead's words after them: "South Korea has expressed regret ..., a presidential official
        # said Monday." (Yonhap; seed15), then "the official said he cannot disclose ..."
        lo = max(0, pos - UNNAMED_SUBJECT_REACH)
        if _unnamed_opening(noun).search(self.body[lo:pos]):
            return True
        # ... or earlier, the text calling that one "the official" since, within reach each time ("..., an administration
        # official said in an interview." ... "said the official, who is ..." ... "The official also rejected ..." ...
        # "The official, who is knowlegeable on budget strategy, also said"; reut2-003 #551)
        back = [m.start() for m in _the_noun(noun).finditer(self.body, lo, pos)]
        return bool(back) and lo > 0 and self._unnamed_subject_before(noun, back[0])

    def _named_by_noun_before(self, noun: str, pos: int) -> bool:
        """Is a person named before pos called by that noun, in a title of theirs ("Unification Ministry official Lee
        Eugene") or the role recorded for them?"""
        return any(e.kind == "person" and e.role and noun in fold(e.role).split() for e in self.entities
                   if e.pos < pos) or \
            any(role and noun in fold(role).split() for start, _, role, _ in self.introductions if start < pos) or \
            any(re.match(rf"[^,]{{0,40}},\s+(?:an?\s+|the\s+)?(?:[\w'’-]+\s+){{0,4}}{re.escape(noun)}\b",
                         self.body[start:start + 120], re.I) for start, _, _, _ in self.introductions if start < pos)

    def _unnamed_since_last(self, noun: str, pos: int) -> bool:
        """Was someone unnamed introduced by that title since the last statement ("A Delta spokesperson",
        "a spokesman")?"""
        if _one_unnamed(noun, re.I).search(self.body[self.last_end:pos]):
            return True     # (a word with dots too: "an unnamed U.S. official"; People's Daily, seed23)
        # ... or one who spoke in the last statement's paragraph and reported it: "Speaking to reporters Friday, a
        # senior top office official said Moon raised questions ... The president reportedly said ... The official
        # also noted that ..." (KBS; issue 8, seed10): the official is that unnamed one, not the president
        para = self.body.rfind("\n", 0, min(self.last_pos, self.last_end)) + 1 if self.last_pos >= 0 else self.last_end
        return para < self.last_end and bool(re.search(
            rf"\b(?:[Aa]n?|[Aa]nother)\s+(?:{_WORD_OF_DESCRIPTION}\s+){{0,3}}{re.escape(noun)}\s+(?:also\s+)?(?:said|says|told)\b",
            self.body[para:self.last_end], re.I))

    def _government_by_markers(self, pos: int) -> Entity | None:
        """'the government said' in a text naming no government: the one whose institutions it names ("the Commons
        education select committee ... but the government said": the UK government; lexicon government_markers)."""
        found = self._governments_marked
        if len(found) != 1:
            return None
        return self._find_exact(found[0]) or self._new(found[0], "organization", pos)

    @cached_property
    def _sentence_openers(self) -> dict[int, int]:
        return sentence_openers(self.body)

    @cached_property
    def _governments_marked(self) -> list[str]:
        """The governments whose institutions the text names: read once per document, not per mention."""
        return [name for name, markers in GOVERNMENT_MARKERS if markers.search(self.body_folded)]

    def _about(self, country: str) -> bool:
        """Does the text name the country (folded), its people, capital or institutions? Read once per country."""
        if country not in self._countries_read:
            self._countries_read[country] = self._names_country(country)
        return self._countries_read[country]

    def _names_country(self, country: str) -> bool:
        words_, codes = _country_patterns(country)
        return bool(words_.search(self.body_folded) or (codes and codes.search(self.body)))

    def _longer_body_before(self, name: str, pos: int) -> Entity | None:
        """'the Embassy', 'the Consulate General' after "the Philippine Embassy in Lebanon", "the Vietnamese
        Consulate General in Nanning": the body named in full before (a short name stands for the last one)."""
        ws = name.split()
        if not ws or len(ws) > 3 or not all(w[:1].isupper() for w in ws) or not any(fold(w) in ORG_WORDS for w in ws):
            return None
        if self.body.find(name, 0, pos) < 0:
            return None     # every match holds the name itself: no pattern to compile (a quarter of a millisecond)
        run = _longer_body_pattern(name)
        found = [(m.start(), re.sub(r"^(?:The|A)\s+", "", m.group())) for m in run.finditer(self.body, 0, pos)]
        found = [(start, full) for start, full in found if len(full.split()) > len(ws)]
        if not found or why_not_a_speaker(found[-1][1], "organization"):
            return None
        start, full = found[-1]
        return self._find_exact(full) or self._new(full, "organization", start)

    def _country_lower_case_body_before(self, noun: str, pos: int) -> Entity | None:
        """The last body named before pos (in the 1,500 characters before it) in lower case after a country's
        possessive and ending in noun ("South Korea's national election commission"): named by its words
        ("National Election Commission"); none after a word that tells no name ("its own", "the new", "top")."""
        found = None
        for m in _country_lower_case_body(noun).finditer(self.body, max(0, pos - 1500), pos):
            if places().get(fold(m.group(1))) == "country" and \
                    not set(m.group(2).split()) & NOT_NAME_MODIFIERS:
                found = m
        if found is None:
            return None
        name = " ".join(w.capitalize() for w in (found.group(2).split() + [noun]))
        return self._find_exact(name) or self._new(name, "organization", found.start(2))

    def _described_body_before(self, noun: str, pos: int) -> Entity | None:
        """The last body named before pos (in the 1,500 characters before it) after a common noun of its kind ("media
        group Reuters", "campaign group X") or, for "the group" and "the campaign", by a campaign's name ("Save the
        Scottish Regiments"); none when the name is a person's."""
        lo = max(0, pos - 1500)
        kinds = DESCRIBED_BODY_KINDS[noun]
        found = [(m.start(2), m.group(2)) for m in DESCRIBED_BODY.finditer(self.body, lo, pos)
                 if m.group(1).lower() in kinds]
        if noun in ("group", "campaign"):
            found += [(m.start(), m.group()) for m in CAMPAIGN_BODY.finditer(self.body, lo, pos)]
        for start, name in sorted(found, reverse=True):
            name = re.sub(r"(?:['’]s?|\s+(?:of|and|&|the|for))+$", "", name.strip())
            first = name.split()[0] if name.split() else ""
            campaign = fold(first) in CAMPAIGN_OPENER_WORDS     # ("Save" is also a given name)
            if not first or (is_given_name(first, any_gender=True) and not campaign) or fold(first) in HONORIFICS or \
                    fold(first) in TITLE_WORDS or places().get(fold(name)) is not None or \
                    why_not_a_speaker(name, "organization"):
                continue
            return self._find_exact(name) or self._new(name, "organization", start)
        return None

    def _named_body_before(self, noun: str, pos: int, lo: int = 0) -> Entity | None:
        """'the mission' -> the last body named with that noun before pos ("the Permanent Mission of Viet Nam to
        the United Nations"): the specific body, not a larger one named nearby ("the United Nations"); from lo on."""
        if noun not in ORG_NOUNS:
            return None
        run = _named_body_pattern(noun)
        found = [(m.start() + at, name) for m in run.finditer(self.body, lo, pos)
                 for at, part in [_one_sentence_part(m.group().strip(), noun)]
                 for name in [_body_name_before_title(part, noun)] if " " in name and
                 not self._names_a_documents_author(m.start() + at, name)]
        if noun == "union":
            # "Jane Doe, president of CUPE Local 79, said ... The union said ...": a union's numbered local is a
            # union, its name no "Union" in it (set Y); the later of the two
            found = sorted(found + [(m.start(), m.group()) for m in NUMBERED_LOCAL.finditer(self.body, lo, pos)] +
                           [(m.start(), m.group(1) or m.group(3)) for m in ACRONYM_LOCAL.finditer(self.body, lo, pos)
                            if m.group(3) or _title_key(m.group(2)) in TITLE_WORDS])
        if not found:
            # news copy's lower case: "Lee Eugene, vice spokesperson at Seoul's unification ministry, told ..."
            # then "The ministry said ...": the unification ministry
            # ... or "The influential Commons home affairs committee was responding ..." then "The committee said ..."
            pattern = _lower_body_pattern(noun) if noun == "ministry" else LOWER_COMMITTEE if noun == "committee" else None
            low = [m for m in pattern.finditer(self.body, lo, pos)] if pattern is not None else []
            if not low:
                return None
            name = low[-1].group(1)
            return self._find_exact(name) or self._new(name, "organization", low[-1].start(1))
        start, name = found[-1]
        name = re.sub(r"^(?:The|the)\s+|\s+(?:of|to|in|for|on|the|and)$", "", name)
        return self._find_exact(name) or self._new(name, "organization", start)

    def _names_a_documents_author(self, start: int, name: str) -> bool:
        """'... according to a new Fast Company report': a name between "a" and a document's head noun is the
        document's author, a magazine here, not the company a later "The company said" refers back to."""
        at = self.body.find(name, start)
        return at >= 0 and AUTHORED_DOCUMENT_BEFORE.search(self.body, max(0, at - 20), at) is not None and \
            AUTHORED_DOCUMENT_AFTER.match(self.body, at + len(name)) is not None

    def _main_police_force(self, pos: int) -> Entity | None:
        """Bare "Police said" when the text names two forces before it: the one it names more often ("Toronto police
        have arrested ...", "Insp. Maher Abdel-Malik of the Toronto Police Service", then "a helicopter overhead from
        York Regional Police ... Police said the pursuit ended at Church and Carlton streets" is Toronto's), by its
        full name where the text gives one; one force named, or two as often, is left to the newest (quotes12)."""
        counts: dict[str, list] = {}
        for m in POLICE_FORCE.finditer(self.body, 0, pos):
            place = re.sub(r"^(?:The|the)\s+", "", m.group(1)).strip()
            if not place or fold(place).split()[0] in NOT_NAMES | DETERMINERS or \
                    m.group(2)[:1] == "p" and fold(place) not in places():
                continue     # "Some police officers", "When police arrived": no force; "Toronto police" is one
            entry = counts.setdefault(fold(place), [0, m.start(1), None])
            entry[0] += 1
            if m.group(2)[:1] == "P":
                entry[2] = entry[2] or f"{place} {m.group(2)}".strip()
        if len(counts) < 2:
            return None
        ranked = sorted(counts.values(), key=lambda v: (-v[0], v[1]))
        if ranked[0][0] == ranked[1][0] or ranked[0][2] is None:
            return None
        name = ranked[0][2]
        ent = self._find_exact(name) or self._new(name, "organization", ranked[0][1])
        ent.kind = "organization"
        return ent

    def _one_place_force(self, pos: int) -> Entity | None:
        """The police force of the one place the text names a force by before pos ("Toronto police"), when only
        one place's is named."""
        forces = {fold(place): place for place in (m.group(1).strip() for m in POLICE_FORCE.finditer(self.body, 0, pos)
                                                   if m.group(2) == "police") if fold(place) in places()}
        if len(forces) != 1:
            return None
        name = f"{next(iter(forces.values()))} police"
        ent = self._find_exact(name) or self._new(name, "organization", self.body.find(name))
        ent.kind = "organization"
        return ent

    def _only_force_named(self) -> Entity | None:
        """The police force the text names by a full name ("Winnipeg Police Service"), when it names one only."""
        names = {LEADING_THE.sub("", m.group(1)).strip() + " " + m.group(2)
                 for m in POLICE_FORCE.finditer(self.body) if m.group(2)[:1] == "P" and " " in m.group(2)}
        if len(names) != 1:
            return None
        name = next(iter(names))
        if fold(name).split()[0] in NOT_NAMES | DETERMINERS:
            return None
        ent = self._find_exact(name) or self._new(name, "organization", self.body.find(name))
        ent.kind = "organization"
        return ent

    def _bare_rcmp_before(self, pos: int) -> Entity | None:
        """The RCMP, named by its initials in the 2,000 characters before pos, as the force bare "police" speaks for."""
        if BARE_RCMP.search(self.body, max(0, pos - 2000), pos) is None:
            return None
        ent = self._find_exact("RCMP") or self._new("RCMP", "organization", pos)
        ent.kind = "organization"
        return ent

    def _detachment_before(self, pos: int) -> Entity | None:
        """'... according to a news release from Nanaimo RCMP. ¶ Police said ...': the last RCMP detachment named by
        its place before pos (within one sentence: "Three New Brunswick RCMP officers" is the New Brunswick RCMP)."""
        found = list(DETACHMENT.finditer(self.body, 0, pos))
        if not found:
            return None
        m = found[-1]
        name = m.group(1).strip() + " RCMP"
        ent = self._find_exact(name) or self._new(name, "organization", m.start(1))
        ent.kind = "organization"     # (a run "Nanaimo RCMP" first met may have been taken for a person's name)
        return ent

    def _body_fitting_before(self, role_head: list[str], pos: int) -> Entity | None:
        """'A spokesperson for the health authority said ...' after "the work that Nova Scotia Health does": the body
        named (in capitals, within the last 2,000 characters) with a word for each modifier of the lower-case noun,
        when no body of the text has spoken or been taken for it yet."""
        modifiers = [w for w in role_head[:-1] if w not in DETERMINERS and w not in places() and
                     not w.endswith(("'s", "’s", "s'", "s’"))]
        if not modifiers or any(w[:5] == h[:5] for w in modifiers for h in NAME_HEADS if len(h) >= 5):
            return None     # "the presidential office", "the president's office": an office of a person, no body named
        people = {fold(name) for _, name, _, _ in self.introductions}
        for m in reversed(list(NAME_RUN.finditer(self.body, max(0, pos - 2000), pos))):
            name = re.sub(r"^(?:The|A|An)\s+", "", m.group(1).strip(" .,’'"))
            names = fold(name).split()
            if len(names) < 2 or fold(name) in people or \
                    any(_title_key(w) in TITLE_WORDS for w in name.split()[:1]) or \
                    not all(any(n[:5] == w[:5] for n in names) for w in modifiers):
                continue
            if why_not_a_speaker(name, "organization"):
                continue
            return self._find_exact(name) or self._new(name, "organization", m.start(1))
        return None

    def _introduced_later(self, head: str, pos: int) -> Entity | None:
        """'..., says foreign minister.' in a standfirst, before the text names anyone with a title (a photo credit
        may name someone): the one person it names later with that title ("Qatar's Foreign Minister Sheikh Mohammed
        bin Abdulrahman Al Thani")."""
        if any(start < pos and irole for start, _, irole, _ in self.introductions):
            return None
        head = _without_place_opening(head)     # "Quebec's labour minister says ..." then "Labour Minister Jean Boulet"
        later = {fold(name): (start, name, irole, gender) for start, name, irole, gender in
                 ((s, n, r or self._apposition_role(s, n), g) for s, n, r, g in self.introductions if s > pos)
                 if irole and f"{_without_place_opening(fold(irole))} ".startswith(f"{head} ")}
        # the same title ("Foreign Minister Sheikh"), not a larger one ("deputy prime minister")
        if len(later) != 1:
            return None
        start, name, irole, gender = next(iter(later.values()))
        return self._find_exact(name) or self._new(name, "person", start, irole, None, gender)

    def _lone_word_speaker_before(self, pos: int, last: Entity) -> Entity | None:
        """'Hang said the Foreign Ministry and Vietnamese representative agencies have ... launched measures ... ¶ The
        Foreign Ministry ... warned Vietnamese citizens not to travel to affected areas. ¶ ..., she said.' (VNA on
        qdnd.vn; seed20): the lone unknown word that spoke before the body was a person's surname (as when it spoke
        last), no body "she" could be; else None."""
        ent = self._newest(pos, lambda e: e is not last and e.speaker_count > 0 and _lone_word_body(e, self.body))
        if ent is None or pos - ent.pos > LONE_SPEAKER_REACH:
            return None
        ent.kind = "person"
        return ent

    def _quoting_subject_before(self, m: Mention) -> Entity | None:
        """'"...," Geng quoted Foreign Minister Wang Yi as saying. ¶ He also said he hoped ...': the one who quoted
        the other, opening the sentence right before the pronoun's (Xinhua in the Global Times; seed20), else None."""
        lo = max(0, m.start - QUOTING_REACH)
        if "quoted" not in self.body[lo:m.start]:
            return None
        stop = SENTENCE_STOP.search(self.body, lo, m.start)
        found = None
        for q in QUOTED_AS_SAYING.finditer(self.body, lo, m.start):
            found = q
        if found is None or SENTENCE_STOP.search(self.body, found.end(), m.start) is None or \
                stop is not None and len(SENTENCE_STOP.findall(self.body, found.end(), m.start)) > 1:
            return None     # only the sentence right before the pronoun's
        surname = fold(found.group(1))
        return self._newest(m.start, lambda e: e.kind == "person" and surname in e.words)     # (Chinese: "Geng Shuang")

    def _fronted_spokesperson_since(self, head: str, since: int, pos: int) -> Entity | None:
        """The person named since with a spokesperson's title before the name ("Spokesperson of the foreign ministry
        Pham Thu Hang made the statement ..."), else None."""
        for start, name, irole, gender in reversed([i for i in self.introductions if since < i[0] < pos]):
            title = SPOKES_TITLE_BEFORE_NAME.search(self.body, max(0, start - 60), start)
            for role in (irole, self._fronted_spokes_role(start), title and title.group(1).lower()):
                if role and _role_matches(fold(role), head):
                    return self._find_exact(name) or self._new(name, "person", start, role, None, gender)
        return None

    def _spokesperson_named_since(self, head: str, since: int, pos: int) -> Entity | None:
        """'..., Foreign Ministry spokesperson said.' then "Mao Ning, a ministry spokeswoman, made the remarks ..." and
        "The spokeswoman said ...": the spokesperson named since the body spoke through one (China Daily via
        asianews.network; vncn18), not the body again."""
        since_named = [i for i in self.introductions if since < i[0] < pos]
        for start, name, irole, gender in reversed(since_named):
            role = irole or self._apposition_role(start, name)
            if role and _role_matches(fold(role), head):
                return self._find_exact(name) or self._new(name, "person", start, role, None, gender)
        if since_named and not since_named[0][2] and self._speaks_next(since, since_named[0][0], since_named[0][1]):
            start, name, _, gender = since_named[0]
            return self._find_exact(name) or self._new(name, "person", start, None, None, gender)
        return None

    def _speaks_next(self, since: int, start: int, name: str) -> bool:
        """Does the name at start open the sentence right after the one at since, as the subject of a reporting verb:
        "Iran’s Foreign Ministry Spokesman says the Monday report by the International Atomic Energy Agency ... ¶
        Saeed Khatibzadeh says the report is identical ..." (ifpnews.com; dates19), the spokesman the lead did not
        name?"""
        stop = SENTENCE_STOP.search(self.body, since, start)
        return stop is not None and not self.body[stop.end():start].strip() and \
            SENTENCE_STOP.search(self.body, stop.end(), start) is None and \
            NEXT_SAYS.match(self.body, start + len(name)) is not None

    def _apposition_role(self, start: int, name: str) -> str | None:
        """'Noh Kyu-duk, foreign ministry spokesman, told ...': the lower-case title set off after a name."""
        at = self.body.find(name, start, start + len(name) + 40)
        m = APPOSITION_ROLE.match(self.body, at + len(name)) if at >= 0 else None
        if m is None and at >= 0:
            m = APPOSITION_TITLE_ROLE.match(self.body, at + len(name))
            return m.group(1) if m and any(w in SPOKES for w in fold(m.group(1)).split()) else None
        return m.group(1) if m and m.group(1).split()[-1] in NAME_HEADS else None

    def _fronted_spokes_role(self, start: int) -> str | None:
        """'Unification Ministry spokesman, Lee Sang-min, said': the spokesperson's title set off before a name."""
        m = FRONTED_SPOKES_ROLE.search(self.body, max(0, start - 20), start)
        return m.group(1).lower() if m else None

    def _apposed_title_holder(self, head: str, pos: int) -> Entity | None:
        """'"...," said Mitch Campsall, mayor of 100 Mile House.' then, paragraphs on, "The mayor said ...": the one
        person who spoke before pos with that one-word title set off after the name (CBC; quotes20), else None."""
        if head not in NAME_HEADS or head in SPOKES:
            return None
        holders = {}
        for m in _apposed_title_pattern(head).finditer(self.body, 0, pos):
            ent = self._find_exact(m.group(1))
            if ent is not None and ent.kind == "person" and ent.speaker_count > 0:
                holders[ent.name] = ent
        return next(iter(holders.values())) if len(holders) == 1 else None

    # ... nor where it is held: "Jody Butz, Regional Fire chief in the Regional Municipality of Wood Buffalo" (the
    # municipality's name; edmonton.citynews.ca, quotes23)
    TITLE_HELD_IN_PLACE = re.compile(r"\w+\s+(?:in|at)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+)+of\s+(?:the\s+)?")

    def _titled_in_text(self, head: str, pos: int, after: int | None = None, role: str = "") -> Entity | None:
        """'The Chairperson' when the text names one person right after that title ("Statement of the
        Chairperson of the African Union Commission, H.E. Mr. Moussa Faki Mahamat"): that person."""
        noun = re.split(r"\s(?:for|of)\s", head)[0].split()[-1:]
        if not noun or noun[0] not in NAME_HEADS:
            return None
        noun = noun[0]
        names, acted_on = {}, {}
        for start, name, irole, gender in self.introductions:
            before = fold(self.body[max(0, start - 90):start]).split()
            raw = self.body[max(0, start - 90):start]
            between = raw[max(0, raw.lower().rfind(noun)):]
            if (re.fullmatch(r"\w+\s+(?:of|for)\s+(?:the\s+)?", between, re.I) or
                    self.TITLE_HELD_IN_PLACE.fullmatch(between)) and \
                    not any(is_given_name(w, any_gender=True) for w in name.split()):
                # "the Mayor of Humber Arm South": the place the title is of, no holder (bayfm.ca; quotes14); not
                # "Deputy Secretary of State Wendy Sherman", a holder after the office's own "of"
                continue
            if re.search(r"\s(?:in|at)\s+$", between) and places().get(fold(name)):
                continue     # ... nor the place the holder serves in: "an official from the Japanese Embassy in Kuala
                #              Lumpur" is no official Kuala Lumpur (Malay Mail printing Bernama; set BU 010)
            titled_run = bool(irole) and (_role_matches(fold(irole), head) or fold(irole) == noun)
            if irole and not titled_run and _other_portfolio(fold(irole).split(), head.split(), noun):
                continue     # "health secretary Victoria Atkins" is no "current foreign secretary" (bbc23)
            # ("Quebec Premier François Legault"; "Mayor Ann Seamans" is "the mayor of Riverview", the title alone)
            # (nor across a line break but for the whole title: "... After Tory MP Defects To Labour" over "Chris
            # Philp hit out at ..." is no "Central Suffolk and North Ipswich MP"; "Philippine President Defends Ban
            # ..." over "Philippine leader Rodrigo Duterte ..." is "the president")
            crosses = "\n" in between and f" {head} " not in f" {' '.join(before)} "
            # (nor a title owning something: "The spokesman’s response comes after Cabinet minister Michael Gove
            # acknowledged ..." is no spokesman Gove; zephyrnet.com, the lead's round 18)
            owning = between[len(noun):len(noun) + 2] in ("’s", "'s")
            # (nor a name in what the title's holder says: "The BBC spokeswoman said Graham Norton's Strictly Dance
            # Fever would be a priority" is no spokeswoman Norton; bbc-news/entertainment/186)
            after_noun = between[len(noun):].lower().split()
            if after_noun and after_noun[0] in CUE_FORMS and "\n" not in between:
                continue     # (not a heading's verb: "Philippine President Defends Ban ..." over "Philippine leader
                #              Rodrigo Duterte ...": tests/test_audit_south13.py)
            if _said_before_name(after_noun, between):
                continue     # ... nor after an adjunct: "A Chinese mainland spokesman on Monday said recent comments by
                #              Xi Jinping ..." (APD News printing Xinhua, set AZ 010) is no spokesman Xi
            if (titled_run or noun in before[-12:] and not re.search(r"[.!?]\W*\s", between) and not crosses and
                    not owning and not _title_held_before_pair(between, noun) and
                    (start < pos or _modifiers_printed(role, noun, raw))) and \
                    parse_np(tokens(name)) is not VAGUE_SOURCE:     # nor a paper ("Guardian Australia")
                # the name right after the title, in the same sentence ("a police spokesman said. Otis Ferry, ..."
                # names someone else)
                names.setdefault(fold(name).split()[-1], (start, name, irole, gender))
                acted_on.setdefault(fold(name).split()[-1], TITLE_HOLDER_ACTS.search(between, len(noun)) is not None)
        # (also one named with the title's noun alone: "Mayor Ann Seamans says a shooting incident at Riverview High
        # was reported", not the school named in her words, is "the mayor of Riverview"; Global News, quotes22)
        holders = {k: v for k, v in names.items() if v[2] and (_role_matches(fold(v[2]), head) or fold(v[2]) == noun)}
        if len(names) > 1 and len(holders) == 1:
            # "Quebec Premier François Legault reads a book with young Sara De Montigny": the one who bears the title,
            # not another named in its sentence (Montreal Gazette, quotes15)
            names = holders
        if len(names) != 1 and not self._first_titled_leads([v for v in names.values() if v[0] < pos]):
            return None
        start, name, irole, gender = min(names.values())
        if irole and any(_FORMER.fullmatch(w) for w in fold(irole).split()) and not _role_matches(fold(irole), head):
            return None     # "the former chancellor Kwasi Kwarteng" holds "the chancellor" no more (bbc20)
        if acted_on[fold(name).split()[-1]]:
            return None     # "The first minister also praised Scottish Water for ...": whom the holder acts on
        if after is not None and after < start and not re.search(r"[.!?]\W*\s", self.body[after:start]) and \
                any(w in CUE_FORMS for w in self.body[after:start].lower().split()):
            return None     # a name inside what the title's holder says: 'The minister also confirmed she received
                            # "spiritual support" from the Catholic movement Opus Dei'
        return self._find_exact(name) or self._new(name, "person", start, irole or head, None, gender)

    def _first_titled_leads(self, named: list) -> bool:
        """Several people named after one title ("the statement of UN Special Rapporteur ... Mary Lawlor, endorsed
        by Special Rapporteur ... Clement Voule"): 'the Special Rapporteur' is the first, whose words the text
        reports, when the others follow her in the same sentence."""
        if len(named) < 2:
            return False
        (first, *_), *others = sorted(named)
        return all("." not in self.body[first:start] for start, *_ in others)

    def speaker(self, ent: Entity) -> Speaker:
        if ent.registry is not None:
            sp = ent.registry.speaker()
            return sp
        if ent.kind == "person" and ent.name not in self._peers:
            self._peers[ent.name] = peer_titled(self.body, ent.name)   # once a name: a scan of the page
        name = self._peers.get(ent.name, ent.name)
        return Speaker(id=slugify(name), name=name, kind=ent.kind or "organization",
                       role=shown_role(ent.role, ent.kind or "organization", ent.name),
                       organization=ent.organization, gender=ent.gender)
