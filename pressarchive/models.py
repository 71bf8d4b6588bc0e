"""The records that flow between pipeline stages.

read -> Document (raw text + whatever metadata the format carries)
clean -> Document with body, headline, published, credit filled in
extract -> Attribution (content span, cue, source mention) per frame
resolve -> Statement (speaker entity, date, topics), Speaker
store -> rows
"""
from dataclasses import dataclass, field

# The answer of a rule in an ordered rule list (NP_RULES, SUBJECT_BEFORE_RULES, FRAME_RULES, ...) that does not
# decide: the next rule does. A marker, since None is itself an answer there (no subject, no frame, nobody).
GO_ON = object()


def decide(rules, *args, otherwise=None):
    """The answer of the first of rules (each called with args) that decides, i.e. returns anything but GO_ON;
    otherwise when none does (GO_ON for a caller whose answer then comes from what the rules left behind)."""
    for rule in rules:
        out = rule(*args)
        if out is not GO_ON:
            return out
    return otherwise


@dataclass
class Document:
    source: str                      # path relative to the ingest argument, '#N' for items of multi-document files
    text: str                        # raw text as read (plain text; readers of markup convert to text)
    format: str = "text"
    url: str | None = None
    outlet: str | None = None
    headline: str | None = None
    published: str | None = None     # ISO 8601 date or date-time
    author: str | None = None
    language: str | None = None
    credit: str | None = None        # agency credit such as "VNA/VOV"
    encoding: str | None = None
    key: str | None = None           # stable identity inside a multi-document file (feed guid, URL)
    body: str = ""                   # cleaned text; all offsets point into it
    # A document that is itself speech: 'transcript' (turns of named speakers) or 'release' (a statement
    # by its issuer); None for news articles.
    genre: str | None = None
    issuer: str | None = None        # "Department Spokesperson Ned Price" for a release
    issuer_line: tuple | None = None  # (start, end) of the line introducing a release; its date is the release's
    turns: list = field(default_factory=list)   # transcripts: Turn records with offsets into body
    occasion_line: tuple | None = None  # transcripts: (start, end) of the lede telling the occasion of the answers
    #                                     ("... faced down pressmen yesterday"); its one day is theirs
    notes: list = field(default_factory=list)   # cleaning notes (e.g. encoding fallback) for problems


@dataclass
class Turn:
    """One speaker turn in a transcript: body[start:end] is what was said."""
    speaker: str | None        # label as written ("MS. JEAN-PIERRE", "A") resolved by the reader if it can
    start: int
    end: int
    question: str | None = None
    role: str | None = None
    organization: str | None = None


@dataclass
class Mention:
    """A reference to a speaker in the text: a name, a pronoun, a title or a body."""
    text: str
    start: int
    end: int
    kind: str                  # 'name', 'pronoun', 'title', 'body', 'surname'
    name: str | None = None    # the name part ("Le Hai Binh")
    role: str | None = None    # the title part ("Foreign Ministry Spokesperson")
    organization: str | None = None
    entity_kind: str | None = None   # 'person' / 'organization' when the mention tells
    gender: str | None = None        # 'm' / 'f' when the mention tells
    plural: bool = False


@dataclass
class Attribution:
    """One statement found in the text, before its speaker is resolved."""
    start: int                 # content span in Document.body
    end: int
    kind: str                  # 'direct' / 'indirect'
    cue: str | None
    mention: Mention | None    # None: a floating quote, speaker carried over from context
    sentence_start: int = 0
    sentence_end: int = 0
    question: str | None = None
    basis: str | None = None   # how the speaker will be known, when decided at extraction (transcript, issuer)
    shared: list = field(default_factory=list)   # further mentions for "X and Y said" (one statement each)


@dataclass
class Speaker:
    id: str
    name: str
    kind: str = "person"
    role: str | None = None
    organization: str | None = None
    gender: str | None = None
    aliases: list = field(default_factory=list)
    country: str | None = None
    registry: bool = False


@dataclass
class Statement:
    id: str
    article_id: str
    speaker: Speaker | None
    text: str
    kind: str
    cue: str | None
    start: int
    end: int
    said_on: str | None = None
    date_basis: str | None = None
    speaker_basis: str | None = None
    speaker_role: str | None = None       # the role as this document gives it
    question: str | None = None
    topics: list = field(default_factory=list)
