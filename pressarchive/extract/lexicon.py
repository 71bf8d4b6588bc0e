"""The word lists extraction uses, read from data/lexicon/*.yml by pressarchive/lexicon.py (defined there once).

Users extend behaviour in those files, not in the patterns."""
import re

from .. import lexicon as _lex

# Reporting verbs: base form -> (past, 3rd person, -ing), inflections derived from data/lexicon/verbs.yml.
_SPEECH = _lex.verb_forms("speech_verbs")
_IRREGULAR = {**_lex.verb_forms("other_verbs"), **_SPEECH}
SPEECH_VERBS = list(_SPEECH)
NOT_CUES = _lex.words("not_cues")
CUE_FORMS = {}          # inflected form -> base
for _base, _forms in _SPEECH.items():
    for _form in (_base,) + _forms:
        if _form not in NOT_CUES:
            CUE_FORMS.setdefault(_form, _base)
# ... and verbs that frame speech only before "that" ('He snapped back that ...'): the form with its "that" is the cue
# (layout.find_cues reads it as a phrasal verb).
_QUOTE_FRAME = _lex.verb_forms("quote_frame_verbs")
for _base in _lex.ordered("that_clause_cues"):
    _head, _, _tail = _base.partition(" ")     # "snap back": the forms of "snap" (quote_frame_verbs), then "back"
    _forms = _QUOTE_FRAME.get(_base) or tuple(f"{f} {_tail}".strip() for f in _QUOTE_FRAME.get(_head, _lex.inflect(_head)))
    for _form in _forms:
        if _form not in CUE_FORMS and f"{_form} that" not in NOT_CUES:
            CUE_FORMS.setdefault(f"{_form} that", f"{_base} that")
# ... and "reporting that" after a form of "be" (layout.find_cues checks the "be"): "is reporting that".
PROGRESSIVE_THAT_CUES = set()
for _base in _lex.ordered("progressive_that_cues"):
    _form = f"{_lex.inflect(_base)[2]} that"
    if _form not in CUE_FORMS:
        CUE_FORMS[_form] = f"{_base} that"
        PROGRESSIVE_THAT_CUES.add(f"{_base} that")
    # ... and its past after "he" or "she" (layout.find_cues checks the pronoun): 'He also reported that 2 People's
    # Liberation Army Navy vessels of China were monitored ...' (tribune.net.ph; set P): a person's report, no outlet's
    CUE_FORMS.setdefault(f"{_lex.inflect(_base)[0]} that", f"{_base} that")
# The cues the learned model is trained on and tags around: the one-word forms of the verbs of speech but the rules' own.
_RULES_ONLY = set(_lex.words("rules_only_verbs"))
_RULES_ONLY_FORMS = set(_lex.words("rules_only_forms"))
MODEL_CUE_FORMS = {f: b for f, b in CUE_FORMS.items()
                   if b not in _RULES_ONLY and f not in _RULES_ONLY_FORMS and " " not in f}
# Verbs whose past tense is their base form: "Mr Brown forecast", "he set out".
SAME_PAST = {b for b, forms in _IRREGULAR.items() if forms[0] == b.strip()}
CUE_PAST_PRESENT = {f for f, b in CUE_FORMS.items() if not f.endswith("ing") and (f != b or b in SAME_PAST)} | \
    {"say", "tell"}

# Verbs that frame speech only beside a quotation ('," he continued.', 'He went on: "'): past and third person.
QUOTE_FRAME_FORMS = {f: b for b, forms in _lex.verb_forms("quote_frame_verbs").items() for f in forms[:2]}
QUOTE_FRAME_CUE = re.compile(r"\b(%s)\b" % "|".join(sorted(QUOTE_FRAME_FORMS, key=len, reverse=True)))
# ... and their participles, only after a comma and before the colon of a quotation: '..., joking: "'.
QUOTE_FRAME_PARTICIPLES = {forms[2] for forms in _lex.verb_forms("quote_frame_verbs").values() if len(forms) > 2}
QUOTE_FRAME_PARTICIPLE = re.compile(r"\b(%s)(?=\s*:\s*$)" % "|".join(sorted(QUOTE_FRAME_PARTICIPLES, key=len,
                                                                             reverse=True)))

CLAUSE_ONLY = set(_lex.words("clause_only")) | {b for b in CUE_FORMS.values() if b.endswith(" that")}
ADDRESSEE_VERBS = set(_lex.words("addressee_verbs"))
OBJECT_IN_CONTENT = set(_lex.words("object_in_content"))
PLURAL_SUBJECT_VERBS = set(_lex.words("plural_subject_verbs"))
VERBS_WITH_OF = set(_lex.words("verbs_with_of"))
BETWEEN = set(_lex.words("between"))

ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+")

TITLE_WORDS = set(_lex.words("title_words"))
PERSON_TITLES_M = set(_lex.words("person_titles_m"))
PERSON_TITLES_F = set(_lex.words("person_titles_f"))
HONORIFICS = set(_lex.words("honorifics"))
WEEKDAYS = frozenset(_lex.words("weekdays"))     # lower case, like every words() list
# The weekdays as a regex alternation, capitalised as printed ("Monday|Tuesday|...|Sunday"), for the patterns that
# name a day of speaking.
WEEKDAY_NAMES = "|".join(w.capitalize() for w in _lex.ordered("weekdays"))
PARTS_OF_DAY = frozenset(_lex.words("parts_of_day"))
MONTHS = frozenset(_lex.words("months"))
# The months as a regex alternation, capitalised as printed ("January|...|December").
MONTH_NAMES = "|".join(w.capitalize() for w in _lex.ordered("months"))


def title_gender(word: str) -> str | None:
    """'m' for a title that tells a man ('Mr', 'Lord'), 'f' for a woman ('Mrs', 'Baroness'), else None."""
    word = word.lower().rstrip(".")
    return "m" if word in PERSON_TITLES_M else "f" if word in PERSON_TITLES_F else None
HONORIFIC_TITLES = set(_lex.words("honorific_titles"))
ADVERBIAL_PREPOSITIONS = set(_lex.words("adverbial_prepositions"))
SPOKES_WORDS = set(_lex.words("spokes_words"))
# One spokesperson in a rule's pattern, the three forms as one alternation (defined once for the regexes of extract/ and
# resolve.py; the plurals are in SPOKES_WORDS).
ONE_SPOKESPERSON = r"spokes(?:man|woman|person)"
# A roundup's citation of words quoted, and their day: "[Tweet, 3/1/22]", "[Statement, 8/29/23]", "[Tweet, Statement,
# 8/29/23]", a typed slip "[Tweet, 5/12,23]" (White House "What they are saying" releases).
CITATION = re.compile(r"\[(?:[^\[\]\n]{1,40}?,[ \t]*)?(\d{1,2})/(\d{1,2})[/.,](\d{4}|\d{2})\]")
# Where the words were said, set off after them before the day closing their sentence: ", in Seoul " of "..., in Seoul
# on Wednesday." (spans.PLACE_DAY_TAIL cuts it from the words, dates.PLACE_BEFORE_DAY dates the saying by that day).
SAID_IN_PLACE = r",\s+in\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)\s+"
# The head nouns of roles, for resolving "the spokesperson", "the minister" to a named entity.
ROLE_HEADS = {
    "spokesperson": {"spokesperson", "spokesman", "spokeswoman"}, "spokesman": {"spokesperson", "spokesman"},
    "spokeswoman": {"spokesperson", "spokeswoman"},
}

ORG_WORDS = set(_lex.words("org_words"))
ORG_NAMES = set(_lex.words("org_names"))
NAME_POSSESSIVES = frozenset(_lex.words("name_possessives"))     # "People’s" in "People’s Liberation Army"
ORG_NOUNS = set(_lex.words("org_nouns"))
CAMPAIGN_OPENERS = frozenset(_lex.words("campaign_openers"))     # "Stop Stansted Expansion"

VAGUE = set(_lex.words("vague"))
PRONOUNS = {w: (v["gender"], v["plural"]) for w, v in _lex.mapping("pronouns").items()}
NAME_PARTICLES = set(_lex.words("name_particles"))
NAME_SUFFIXES = frozenset(_lex.words("name_suffixes"))     # "Jr", "III"

# The object after "add" that is a score or a prize ("adding the conversion", "added tries to the All Blacks' tally",
# "added the 5,000m crown", "added his seventh for the Islanders"): up to three words before a scored noun, which a
# preposition, a conjunction or punctuation follows (not a verb: "added the goal was to cut costs" says something).
SCORE_ADDED = re.compile(
    r"\s*(?:(?:both|also|then|later)\s+)?(?:(?:(?:the|a|an|another|his|her|their|its|two|three|four|five|six|seven|"
    r"eight|nine|ten|\d[\d,.]*\w*)\s+)?(?:(?!(?:that|which|who|he|she|it|they|we|i|you|is|are|was|were|has|have|had|"
    r"will|would|could|should|can|may|might|must|do|does|did)\b)[\w.,’'-]+\s+){0,2}?(?:%s)"
    r"|(?:his|her|their|its)\s+(?:%s|\d+(?:st|nd|rd|th)))(?=\s*$|\s*[,.;:!?)]|\s+(?:to|for|in|and|as|from|before|after|"
    r"with|on|at|of|when|while|against)\b)"
    % ("|".join(re.escape(w) for w in sorted(_lex.words("scored_objects"), key=len, reverse=True)),
       "|".join(_lex.mapping("ordinal_days"))), re.I)

# A post on a social platform: "posted on X", "posted a message on Facebook", "posted to social media" ("posted" alone is
# no speech: 'posted record profits'); the colon frame of direct.py and the occasions of dates.py.
POSTED_ON_PLATFORM = (r"\bposted\s+(?:(?:a|an)\s+(?:message|statement|video|note)\s+)?(?:on|to)\s+(?:social\s+media|%s)\b"
                      % "|".join(re.escape(p) for p in _lex.ordered("platforms")))
# ... and its participle closing a clause before a colon: "Ms Ryan was quick to support the Labour MP, posting on
# Twitter: “", "with former frontbencher Siobhain McDonagh writing: "" (bbc20).
POSTING_COLON = re.compile(r"\b(?:posting|tweeting|writing)(?:\s+(?:on|to)\s+(?:social\s+media|%s))?\s*:\s*$"
                           % "|".join(re.escape(p) for p in _lex.ordered("platforms")))
