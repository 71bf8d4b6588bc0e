"""Closed word lists for attribution: reporting verbs, titles, organisation words, vague sources.

Users extend behaviour here, not in the patterns: every list is plain data."""
import re

# Reporting verbs and phrases, base form -> (past, 3rd person, -ing). Speech only: belief verbs ("believe",
# "want") and actions ("sign", "order") are not here (GUIDELINES: conventions).
_IRREGULAR = {
    "say": ("said", "says", "saying"), "tell": ("told", "tells", "telling"),
    "write": ("wrote", "writes", "writing"), "forecast": ("forecast", "forecasts", "forecasting"),
    "underline": ("underlined", "underlines", "underlining"), "argue": ("argued", "argues", "arguing"),
    "state": ("stated", "states", "stating"), "note": ("noted", "notes", "noting"),
    "declare": ("declared", "declares", "declaring"), "issue": ("issued", "issues", "issuing"),
    "reply": ("replied", "replies", "replying"), "deny": ("denied", "denies", "denying"),
    "emphasise": ("emphasised", "emphasises", "emphasising"), "emphasize": ("emphasized", "emphasizes", "emphasizing"),
    "criticise": ("criticised", "criticises", "criticising"), "criticize": ("criticized", "criticizes", "criticizing"),
    "describe": ("described", "describes", "describing"), "welcome": ("welcomed", "welcomes", "welcoming"),
    "urge": ("urged", "urges", "urging"), "promise": ("promised", "promises", "promising"),
    "pledge": ("pledged", "pledges", "pledging"), "continue": ("continued", "continues", "continuing"),
    "announce": ("announced", "announces", "announcing"), "reiterate": ("reiterated", "reiterates", "reiterating"),
    "complete": ("completed", "completes", "completing"), "estimate": ("estimated", "estimates", "estimating"),
    "indicate": ("indicated", "indicates", "indicating"), "acknowledge": ("acknowledged", "acknowledges", "acknowledging"),
    "predict": ("predicted", "predicts", "predicting"), "admit": ("admitted", "admits", "admitting"),
    "dismiss": ("dismissed", "dismisses", "dismissing"), "disclose": ("disclosed", "discloses", "disclosing"),
    "reveal": ("revealed", "reveals", "revealing"), "observe": ("observed", "observes", "observing"),
    "concede": ("conceded", "concedes", "conceding"), "propose": ("proposed", "proposes", "proposing"),
    "hope": ("hoped", "hopes", "hoping"), "assure": ("assured", "assures", "assuring"),
    "caution": ("cautioned", "cautions", "cautioning"), "complain": ("complained", "complains", "complaining"),
    "remark": ("remarked", "remarks", "remarking"), "recall": ("recalled", "recalls", "recalling"),
    "point out": ("pointed out", "points out", "pointing out"), "call for": ("called for", "calls for", "calling for"),
    "call on": ("called on", "calls on", "calling on"), "stress": ("stressed", "stresses", "stressing"),
    "express": ("expressed", "expresses", "expressing"), "voice": ("voiced", "voices", "voicing"),
    "accuse": ("accused", "accuses", "accusing"), "advise": ("advised", "advises", "advising"),
    "condemn": ("condemned", "condemns", "condemning"), "praise": ("praised", "praises", "praising"),
    "reject": ("rejected", "rejects", "rejecting"), "ask": ("asked", "asks", "asking"),
    "insist": ("insisted", "insists", "insisting"), "claim": ("claimed", "claims", "claiming"),
    "warn": ("warned", "warns", "warning"), "confirm": ("confirmed", "confirms", "confirming"),
    "explain": ("explained", "explains", "explaining"), "affirm": ("affirmed", "affirms", "affirming"),
    "reaffirm": ("reaffirmed", "reaffirms", "reaffirming"), "add": ("added", "adds", "adding"),
    "underscore": ("underscored", "underscores", "underscoring"), "suggest": ("suggested", "suggests", "suggesting"),
    "maintain": ("maintained", "maintains", "maintaining"), "assert": ("asserted", "asserts", "asserting"),
    "allege": ("alleged", "alleges", "alleging"), "vow": ("vowed", "vows", "vowing"),
    "highlight": ("highlighted", "highlights", "highlighting"), "comment": ("commented", "comments", "commenting"),
    "respond": ("responded", "responds", "responding"), "answer": ("answered", "answers", "answering"),
    "report": ("reported", "reports", "reporting"), "tweet": ("tweeted", "tweets", "tweeting"),
    "contend": ("contended", "contends", "contending"), "agree": ("agreed", "agrees", "agreeing"),
    "expect": ("expected", "expects", "expecting"), "plan": ("planned", "plans", "planning"),
    "quote": ("quoted", "quotes", "quoting"),
    "brief": ("briefed", "briefs", "briefing"), "hail": ("hailed", "hails", "hailing"),
    "outline": ("outlined", "outlines", "outlining"), "set out": ("set out", "sets out", "setting out"), "demand": ("demanded", "demands", "demanding"),
    "repeat": ("repeated", "repeats", "repeating"), "mention": ("mentioned", "mentions", "mentioning"),
    "signal": ("signalled", "signals", "signalling"), "conclude": ("concluded", "concludes", "concluding"),
    "believe": ("believed", "believes", "believing"),
}

# Verbs that frame speech. "report", "quote", "believe", "hope", "plan", "expect" and "agree" are left out:
# in news copy they mostly mark the journalist's voice, beliefs or actions.
SPEECH_VERBS = [
    "say", "tell", "add", "affirm", "reaffirm", "stress", "emphasise", "emphasize", "note", "declare",
    "underscore", "underline", "welcome", "urge", "state", "announce", "explain", "insist", "argue", "claim",
    "warn", "accuse", "deny", "confirm", "reiterate", "highlight", "point out", "remark", "comment",
    "reply", "answer", "suggest", "predict", "admit", "acknowledge", "maintain", "contend", "assert",
    "allege", "promise", "pledge", "vow", "call for", "call on", "criticise", "criticize", "condemn",
    "praise", "dismiss", "reject", "write", "tweet", "concede", "complain", "recall", "observe",
    "disclose", "reveal", "indicate", "estimate", "forecast", "propose", "assure", "caution", "express",
    "voice", "advise", "respond", "demand", "repeat", "hail", "outline", "set out",
]

# Forms that are far more often nouns than verbs in news copy ("the states", "the state of").
NOT_CUES = {"state", "states", "stating"}
CUE_FORMS = {}          # inflected form -> base
for _base in SPEECH_VERBS:
    for _form in (_base,) + _IRREGULAR.get(_base, (_base + "ed", _base + "s", _base + "ing")):
        if _form not in NOT_CUES:
            CUE_FORMS.setdefault(_form, _base)
# Verbs whose past tense is their base form: "Mr Brown forecast", "he set out".
SAME_PAST = {b for b, forms in _IRREGULAR.items() if forms[0] == b.strip()}
CUE_PAST_PRESENT = {f for f, b in CUE_FORMS.items() if not f.endswith("ing") and (f != b or b in SAME_PAST)} | \
    {"say", "tell"}

# Verbs after which the content is the clause that follows, so "X said the US ..." reports speech; for the
# rest a noun-phrase object carries content too ("welcomed Vietnam's decision").
CLAUSE_ONLY = {"say", "tell", "add", "state", "explain", "insist", "argue", "claim", "warn", "confirm",
               "suggest", "predict", "admit", "acknowledge", "maintain", "contend", "assert", "allege",
               "write", "tweet", "concede", "complain", "recall", "observe", "disclose", "reveal",
               "indicate", "estimate", "forecast", "assure", "caution", "respond", "reply", "answer", "note",
               "declare", "remark", "comment", "point out"}
# Verbs whose object is the addressee, not the content: "told reporters (that) ...", "assured them ...".
ADDRESSEE_VERBS = {"tell", "assure", "warn", "advise", "remind", "urge", "caution", "ask"}
# Verbs that keep their object in the content ("urged ...", "called for ...", "accused X of ...").
OBJECT_IN_CONTENT = {"urge", "call for", "call on", "accuse", "welcome", "praise", "criticise", "criticize",
                     "condemn", "reject", "dismiss", "deny", "propose", "demand", "reaffirm", "affirm",
                     "stress", "emphasise", "emphasize", "underscore", "underline", "highlight",
                     "reiterate", "express", "voice", "promise", "pledge", "vow", "announce", "repeat"}

ACCORDING_TO = re.compile(r"\b[Aa]ccording to\s+")

# Words that make up titles and roles: "Foreign Ministry Spokesperson", "Acting Assistant Secretary".
TITLE_WORDS = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "baroness", "baron", "prof", "professor",
    "president", "vice", "prime", "minister", "ministers", "secretary", "spokesperson", "spokesman",
    "spokeswoman", "spokespeople", "chancellor", "director", "director-general", "chairman", "chairwoman",
    "chair", "chief", "commissioner", "ambassador", "senator", "sen", "governor", "gov", "mayor", "leader",
    "deputy", "acting", "assistant", "general", "press", "executive", "officer", "head", "mp", "mep", "msp",
    "councillor", "judge", "justice", "attorney", "adviser", "advisor", "coordinator", "representative",
    "rep", "admiral", "captain", "capt", "colonel", "col", "lt", "lieutenant", "sergeant", "king", "queen",
    "prince", "princess", "pope", "shadow", "editor", "correspondent", "analyst", "economist", "founder",
    "treasurer", "manager", "chef", "coach", "boss", "envoy", "counsellor", "counselor", "consul", "premier",
    "state", "foreign", "home", "defence", "defense", "interior", "finance", "trade", "health", "education",
    "justice", "culture", "environment", "energy", "transport", "labour", "labor", "work", "pensions",
    "international", "development", "affairs", "economic", "political", "national", "security", "senior",
    "undersecretary", "under", "principal", "special", "first", "lifelong", "learning", "former", "then",
    "new", "outgoing", "incoming", "interim", "regional", "federal", "white", "house", "bishop",
    "archbishop", "rev", "reverend", "father", "imam", "rabbi", "sheikh", "general-secretary", "comptroller",
    "auditor", "inspector", "superintendent", "constable", "marshal", "solicitor", "barrister", "lawyer",
    "doctor", "nurse", "surgeon", "scientist", "researcher", "expert", "strategist", "official",
    "department", "ministry", "strategic", "communications", "nsc", "cabinet", "office", "policy",
    "board", "committee", "council", "opposition", "party", "vietnamese", "chinese", "american", "british",
    "russian", "french", "german", "japanese", "indian", "israeli", "iranian", "us", "u.s.", "uk", "eu",
    "un", "european", "union", "democratic", "republican", "conservative", "liberal", "democrat", "tory",
    "labour's", "economics", "operating", "financial", "technology", "commerce", "agriculture", "fisheries",
    "industry", "of", "for", "and", "the", "to", "on", "in", "at",
}
PERSON_TITLES_M = {"mr", "sir", "lord", "baron", "king", "prince", "spokesman", "chairman", "father", "mister"}
PERSON_TITLES_F = {"mrs", "ms", "miss", "dame", "lady", "baroness", "queen", "princess", "spokeswoman",
                   "chairwoman", "madam"}
HONORIFICS = {"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "mister", "madam"}

# The head nouns of roles, for resolving "the spokesperson", "the minister" to a named entity.
ROLE_HEADS = {
    "spokesperson": {"spokesperson", "spokesman", "spokeswoman"}, "spokesman": {"spokesperson", "spokesman"},
    "spokeswoman": {"spokesperson", "spokeswoman"},
}

# Words that mark an organisation name: "Royal Resources Inc", "the Foreign Ministry", "Electoral Commission".
ORG_WORDS = {
    "inc", "inc.", "corp", "corp.", "corporation", "co", "co.", "ltd", "ltd.", "plc", "llc", "ag", "sa", "nv",
    "group", "holdings", "company", "companies", "bank", "party", "ministry", "department", "commission",
    "council", "office", "agency", "association", "union", "federation", "institute", "university",
    "committee", "government", "court", "police", "service", "services", "board", "authority",
    "organisation", "organization", "forum", "confederation", "foundation", "society", "trust", "fund",
    "centre", "center", "administration", "parliament", "congress", "senate", "assembly", "army", "navy",
    "force", "forces", "embassy", "consulate", "exchange", "industries", "systems", "motors", "airlines",
    "partners", "network", "news", "times", "post", "press", "radio", "television", "tv", "channel",
    "club", "league", "church", "school", "college", "hospital", "nations", "commons", "lords", "cabinet",
    "treasury", "statistics", "bureau", "division", "unit", "team", "campaign", "coalition", "alliance",
    "movement", "front", "revenue", "securities", "capital", "investments", "resources", "financial",
    "electric", "petroleum", "oil", "energy", "communications", "international", "enterprises",
    "universities", "institutes", "commissions", "ministries", "departments", "industries",
}
# Bodies named without an organisation word ("the Pentagon", "Downing Street", "the Kremlin").
ORG_NAMES = {"pentagon", "kremlin", "downing street", "white house", "whitehall", "elysee", "élysée",
             "number 10", "no 10", "state department", "foreign office", "home office", "treasury",
             "beijing", "washington", "moscow", "london", "tokyo", "seoul", "hanoi", "brussels", "tehran",
             "pyongyang", "ofsted", "nato", "opec", "who", "imf", "un", "eu", "fbi", "cia", "nhs", "bbc"}

# Common nouns for bodies, resolved to the newest organisation in the document: "the company said".
ORG_NOUNS = {"company", "firm", "group", "bank", "ministry", "department", "government", "agency", "party",
             "commission", "council", "committee", "board", "union", "organisation", "organization",
             "administration", "embassy", "office", "court", "police", "authority", "authorities", "corporation",
             "utility", "airline", "club", "insurer", "lender", "maker", "retailer", "producer", "unit",
             "subsidiary", "division", "companies", "firms", "groups", "banks", "parties", "governments"}

# Subjects that never make a statement: vague or unnamed sources, documents, and the journalist's voice.
VAGUE = {"analysts", "analyst", "sources", "source", "critics", "officials", "official", "experts", "expert",
         "observers", "reports", "report", "diplomats", "diplomat", "people", "some", "many", "others",
         "residents", "witnesses", "witness", "insiders", "industry", "traders", "dealers", "economists",
         "economist", "commentators", "campaigners", "activists", "protesters", "critic", "someone", "one",
         "studies", "study", "survey", "figures", "statement", "statements", "document", "documents",
         "research", "data", "poll", "polls", "newspaper", "paper", "reporters", "reporter", "journalists",
         "aides", "aide", "insider", "bankers", "investors", "members", "voters", "users", "fans", "observers",
         "teachers", "parents", "doctors", "scientists", "researchers", "everyone", "nobody", "all", "both",
         "opponents", "supporters", "defenders", "advocates", "groups", "rumours", "media", "press", "letter",
         "article", "this", "that", "which", "who", "what", "it's", "there", "here", "website", "site",
         "bill", "law", "rule", "rules", "agreement", "deal", "plan", "proposal", "proposals", "budget",
         "forecasts", "estimates", "accounts", "results", "prospectus", "filing", "release", "announcement",
         "memo", "guidance", "book", "film", "song", "show", "programme", "program", "story", "headline",
         "surveys", "reviews", "review", "inquiry", "investigation", "audit", "ruling", "verdict", "judgment",
         "judgement", "decision", "findings", "paper's", "evidence", "experience", "history", "polling",
         "fears", "concerns", "hopes", "claims", "warnings", "speculation", "suggestions", "talk",
         # unnamed groups: "MPs said", "Police said", "Ministers say" name nobody (guidelines, rule 1)
         "mps", "ministers", "peers", "lawmakers", "legislators", "senators", "councillors", "prosecutors",
         "investigators", "police", "officers", "detectives", "organisers", "organizers", "authorities",
         "campaigners", "unions", "employers", "workers", "staff", "employees", "executives", "managers",
         "players", "coaches", "judges", "lawyers", "analysts'", "these", "those", "they'", "some",
         "observers", "commentators", "forecasters", "economists", "bosses", "leaders", "delegates",
         "spokespeople", "spokesmen", "spokeswomen", "representatives", "negotiators", "residents",
         "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
         "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
         "elsewhere", "meanwhile", "here", "now", "today", "yesterday", "tomorrow"}

PRONOUNS = {"he": ("m", False), "she": ("f", False), "they": (None, True), "it": (None, False),
            "i": (None, False), "we": (None, True)}

# Particles inside personal names: "Barend du Plessis", "Ursula von der Leyen".
NAME_PARTICLES = {"du", "de", "da", "di", "van", "von", "der", "den", "la", "le", "bin", "bint", "ibn", "al",
                  "el", "dos", "das", "del", "ter", "mac", "st"}

# Adverbs and auxiliaries that may stand between a subject and its reporting verb.
BETWEEN = {"also", "has", "have", "had", "was", "were", "is", "are", "will", "would", "could", "might",
           "earlier", "later", "previously", "recently", "further", "again", "then", "repeatedly", "once",
           "separately", "subsequently", "yesterday", "today", "tonight", "had", "has", "already", "now",
           "firmly", "strongly", "publicly", "privately", "quickly", "flatly", "angrily", "simply", "just",
           "reportedly", "openly", "clearly", "last", "week", "month", "year", "on", "monday", "tuesday",
           "wednesday", "thursday", "friday", "saturday", "sunday", "this", "morning", "afternoon", "evening",
           "night", "too", "however", "meanwhile", "personally", "herself", "himself", "itself", "themselves",
           "not", "never", "did", "does", "do", "be", "been", "being", "may", "must", "should", "shall",
           "jointly", "separately", "together", "formally", "officially", "initially", "originally"}
