"""Transcripts and releases on real documents from ../shared/corpora (issue 3: documents that are statements)."""
import re
from pathlib import Path

import pytest

from pressarchive import read as readers
from pressarchive.analyse import analyse
from pressarchive.clean import clean
from pressarchive.extract.transcripts import _is_statement, segment, turn_attributions
from pressarchive.resolve import Registry
from pressarchive.topics import Taxonomy

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"
MFA = CORPORA / "china-mfa-presscon-html" / "eng"
WH = CORPORA / "whitehouse-briefing-room"
STATE = CORPORA / "state-dept-press-releases-rss"
DATA = Path(__file__).resolve().parents[1] / "data"

pytestmark = pytest.mark.skipif(not CORPORA.exists(), reason="shared corpora not available")


def read_doc(path: Path, url: str | None = None):
    fmt, docs = readers.read_documents(path.read_bytes(), path.name, path.name)
    for doc in docs:
        if isinstance(doc, readers.DocumentProblem):
            continue
        if url is None or (doc.url or "").rstrip("/") == url.rstrip("/"):
            return doc
    raise LookupError(f"{url} not in {path}")


def segmented(path: Path, url: str | None = None):
    doc = read_doc(path, url)
    clean(doc)
    segment(doc)
    return doc


def paragraphs(body):
    return [p.strip() for p in re.split(r"\n\s*\n", body) if p.strip()]


@pytest.fixture(scope="module")
def registry():
    return Registry.load(DATA / "speakers.yml")


@pytest.fixture(scope="module")
def taxonomy():
    return Taxonomy.load(DATA / "topics.yml")


# -- Q/A transcripts (China MFA, "Q:" / "A:") -----------------------------------------------------------
def test_mfa_qa_transcript_every_answer_is_the_spokespersons():
    doc = segmented(MFA / "t1558711.html")
    assert doc.genre == "transcript"
    paras = paragraphs(doc.body)
    answers = [p for p in paras if p.startswith("A:")]
    first_q = next(i for i, p in enumerate(paras) if p.startswith("Q:"))
    announcements = [p for p in paras[:first_q] if len(p.split()) >= 6]
    assert len(answers) >= 5
    assert {t.speaker for t in doc.turns} == {"Geng Shuang"}     # from the headline
    assert len(doc.turns) == len(answers) + len(announcements)
    for t in doc.turns:
        text = doc.body[t.start:t.end]
        assert text == text.strip() and text
        assert not text.startswith(("Q:", "A:"))                 # labels are not content
        assert not any(text == p[2:].strip() for p in paras if p.startswith("Q:"))
    answered = [t for t in doc.turns if t.question]
    assert len(answered) == len(answers)                          # each answer keeps its question
    assert all(not t.question.startswith("Q:") for t in answered)
    assert all(t.question is None for t in doc.turns[:len(announcements)])


def test_mfa_outlet_and_name_labels():
    """2019-20 pages label turns 'CCTV: ...' and 'Hua Chunying: ...' instead of Q/A."""
    doc = segmented(MFA / "t1787390.html")
    paras = paragraphs(doc.body)
    answers = [p for p in paras if p.startswith("Hua Chunying:")]
    assert doc.genre == "transcript"
    assert len(doc.turns) == len(answers) >= 5
    assert all(t.speaker == "Hua Chunying" and t.question for t in doc.turns)
    assert not any(doc.body[t.start:t.end].startswith("Hua Chunying") for t in doc.turns)
    # Questions from outlets are not statements.
    outlets = [p for p in paras if re.match(r"^(?:CCTV|AFP|Reuters|Bloomberg|Global Times):", p)]
    assert outlets
    spans = {doc.body[t.start:t.end] for t in doc.turns}
    assert not any(p.split(":", 1)[1].strip() in spans for p in outlets)


def test_mfa_statements_through_analyse(registry, taxonomy):
    doc = read_doc(MFA / "t1787390.html")
    aid, statements = analyse(doc, "t1787390.html", registry, taxonomy)
    assert statements
    assert all(st.speaker.name == "Hua Chunying" for st in statements)
    assert all(st.kind == "direct" and st.speaker_basis == "transcript" for st in statements)
    assert all(st.question for st in statements)
    assert {st.said_on for st in statements} == {doc.published[:10]}
    assert all(doc.body[st.start:st.end] == st.text for st in statements)


def test_question_raised_after_the_conference_is_a_question():
    doc = segmented(MFA / "t1790521.html")
    last = doc.turns[-1]
    assert last.question and "following question was raised" in last.question
    assert not any("※" in doc.body[t.start:t.end] for t in doc.turns)


# -- speaker-turn transcripts (White House briefings) -----------------------------------------------------
BRIEFING = next((WH / "press-briefings" / "2024-01").glob("2024-01-03-press-briefing-*kirby*.md"))


def test_briefing_turns_resolve_labels_to_full_names():
    doc = segmented(BRIEFING)
    assert doc.genre == "transcript"
    names = {t.speaker for t in doc.turns}
    assert names == {"Karine Jean-Pierre", "John Kirby"}         # from the title, not "Jean Pierre"/"Kirby"
    kirby = [t for t in doc.turns if t.speaker == "John Kirby"]
    assert kirby[0].role == "NSC Coordinator for Strategic Communications"
    labelled = len(re.findall(r"^MR\. KIRBY:", doc.body, re.M))
    assert 0.7 * labelled < len(kirby) < labelled                 # procedural turns dropped, answers kept


def test_a_label_takes_the_given_name_printed_before_the_surname():
    # The headline's title runs into the name ("Environmental Protection Agency Administrator Michael Regan en Route
    # ...", "Jamaican Prime Minister Andrew Holness Before Their Meeting"), so no piece splits into a title and a
    # name; the first name printed before the label's surname still completes it. A surname that no first name
    # precedes stays as the label gives it.
    gaggle = segmented(WH / "press-briefings" / "2024-10" / ("2024-10-11-press-gaggle-by-senior-deputy-press-secretary-"
                       "emilie-simons-and-environmental-protection-agency-administrator-michael-regan-en-route-milwaukee-wi.md"))
    assert {t.speaker for t in gaggle.turns} == {"Emilie Simons", "Michael Regan"}
    meeting = segmented(STATE / "press-releases-2022-04.rss", "https://www.state.gov/secretary-antony-j-blinken-and-"
                        "jamaican-prime-minister-andrew-holness-before-their-meeting/")
    assert {t.speaker for t in meeting.turns} == {"Antony J. Blinken", "Andrew Holness"}


def test_surname_labels_the_document_never_completes_resolve_by_the_registry(registry, taxonomy):
    # "MR. ZIENTS:", "DR. WALENSKY:": the briefing prints "Jeff" alone, never a full name; the registry's terms do.
    path = WH / "press-briefings" / "2021-11" / ("2021-11-10-press-briefing-by-white-house-covid-19-response-team-and-"
                                               "public-health-officials-67.md")
    assert "Zients" in {t.speaker for t in segmented(path).turns}
    _, statements = analyse(read_doc(path), path.name, registry, taxonomy)
    names = {st.speaker.name for st in statements}
    assert {"Jeff Zients", "Rochelle Walensky", "Anthony Fauci"} <= names
    assert not names & {"Zients", "Walensky", "Fauci"}
    assert "Dr. Walensky?" not in {st.text for st in statements}     # a hand-over, no statement


def test_briefing_questions_and_procedure_are_not_statements():
    doc = segmented(BRIEFING)
    texts = [doc.body[t.start:t.end] for t in doc.turns]
    assert not any(re.match(r"^(?:Q|MS\.|MR\.)\b", x) for x in texts)
    assert not any(re.fullmatch(r"(?:[A-Z][\w.]*, )?[Gg]o ahead(?:, [A-Z][\w.]*)?\.", x) for x in texts)
    assert "Go ahead, Darlene." not in texts and "Afternoon, everybody." not in texts
    assert not any(x.rstrip().endswith("—") and len(x.split()) <= 4 for x in texts)   # cut-off fragments
    assert sum(1 for t in doc.turns if t.question) > 0.9 * (len(doc.turns) - 3)


@pytest.mark.parametrize("text,expected", [
    ("Go ahead, Darlene.", False), ("Anita, go ahead.", False), ("Thanks, Admiral.", False),
    ("Uh-huh.", False), ("I’ve been —", False), ("— to speak to.", False), ("(Laughs.) (Inaudible.)", False),
    ("We’ve got to wrap it up. Go ahead, Marek.", False),
    # a hand-over by honorific (data/: Zients "Dr. Walensky?", Psaki "Mr. Secretary, go ahead.")
    ("Dr. Walensky?", False), ("Mr. Secretary, go ahead.", False), ("Okay, Ms. Lee.", False),
    # ... the moderator handing over (data/: Zients in the COVID-19 response team's briefings)
    ("Well, thank you, Dr. Fauci. Let’s open it up for a few questions.", False),
    ("Why don’t we start, Dr. Fauci, with the variant question, and then we’ll come back to the kids.", False),
    ("Okay, Zeke, let’s start with Dr. Walensky on the data question and the genomic sequencing.", False),
    ("Thank you, Dr. Fauci. The vaccines are safe and effective for children.", True),
    ("Mr. Putin is responsible for this war.", True),
    ("No.", True), ("They would have to.", True),
    ("I don’t have anything for you at this time.\n\nGo ahead, Ed.", True),
])
def test_procedural_turns(text, expected):
    assert _is_statement(text) is expected


# Real turns of State Department and White House briefings (data/ and ../shared/corpora), each a whole turn.
@pytest.mark.parametrize("text", [
    "I’m sorry. I didn’t hear.", "NATO or G7? I didn’t hear you.", "I didn’t catch the first part of your question.",
    "That we – I’m sorry. Repeat the last part of that question.", "Can you repeat? I didn’t hear the first part.",
    "We’re going to keep going. Weijia.", "Okay. We do need to – yes. Yes, please.",
    "Thank you all for joining this morning’s press briefing. That concludes the contents of the briefing. The embargo "
    "is now lifted. Have a wonderful rest of your day.",
    "Good afternoon, and thank you all for joining today’s press briefing. I don’t have any elements at the top, but "
    "I’ll give it a few extra minutes to have some more reporters filter in the queue before I start taking your "
    "questions.",
    "Thank you so much.\n\n2:33 P.M. EDT",
])
def test_asking_for_the_question_again_restarts_and_closings_are_not_statements(text):
    assert _is_statement(text) is False


@pytest.mark.parametrize("text", [
    "I’m sorry, I didn’t hear you, but we condemn the attack on the embassy in the strongest terms.",
    "These – Matt, these are terrorist attacks. We have labeled them as such.",
    "It is – you are not incorrect, but yes, it is a standard that we hew to.",
])
def test_answers_with_an_apology_or_a_restart_are_statements(text):
    assert _is_statement(text) is True


def test_a_closing_paragraph_is_cut_from_the_last_answer():
    doc = segmented(STATE / "press-releases-2021-07.rss",
                    "https://www.state.gov/briefings/department-press-briefing-july-7-2021/")
    texts = [doc.body[t.start:t.end] for t in doc.turns]
    doha = [x for x in texts if "talks are ongoing in Doha" in x]
    assert doha and all(x.rstrip().endswith("talks are ongoing in Doha.") for x in doha)   # not "... Go ahead, Will."


def test_unnamed_speakers_are_not_attributed():
    path = next(p for p in sorted((WH / "press-briefings").rglob("*.md"))
                if re.search(r"^SENIOR ADMINISTRATION OFFICIAL:", p.read_text(encoding="utf-8"), re.M))
    doc = segmented(path)
    for t in doc.turns:
        start = doc.body.rfind("\n\n", 0, t.start) + 2
        assert not doc.body[start:t.start].startswith("SENIOR ADMINISTRATION OFFICIAL")
        assert t.speaker and "OFFICIAL" not in t.speaker.upper()


# -- releases ---------------------------------------------------------------------------------------------
def test_white_house_statement_release():
    path = WH / "statements-releases" / "2021-08" / "2021-08-26-statement-by-press-secretary-jen-psaki-on-eviction-moratorium-3.md"
    doc = segmented(path)
    assert doc.genre == "release"
    assert doc.issuer == "Press Secretary Jen Psaki"
    paras = [p for p in paragraphs(doc.body) if p != "###"]      # an end mark is no statement
    assert len(paras) >= 3
    assert [doc.body[t.start:t.end] for t in doc.turns] == paras
    assert all(t.speaker == "Jen Psaki" and t.question is None for t in doc.turns)
    atts = turn_attributions(doc)
    assert sum(1 for a in atts if a.basis == "issuer") == len(doc.turns)


def test_state_department_release_from_feed_author():
    doc = segmented(STATE / "press-releases-2021-06.rss", "https://www.state.gov/armenias-parliamentary-elections/")
    assert doc.genre == "release" and "Ned Price" in doc.issuer
    texts = [doc.body[t.start:t.end] for t in doc.turns]
    assert "Ned Price, Department Spokesperson" not in texts     # the issuer line is not a statement
    assert len(texts) == len(paragraphs(doc.body)) - 1
    # pubDate is 00:13 UTC on the 22nd: said on the 21st in Washington.
    assert doc.published.startswith("2021-06-21")


def test_state_department_teleconference_names_from_author():
    doc = segmented(STATE / "press-releases-2022-07.rss",
                    "https://www.state.gov/briefing-on-the-secretarys-upcoming-travel-to-indonesia-and-thailand/")
    assert doc.genre == "transcript"
    assert {t.speaker for t in doc.turns} == {"Ned Price", "Daniel J. Kritenbrink", "Ramin Toloui"}
    texts = [doc.body[t.start:t.end] for t in doc.turns]
    assert not any(re.match(r"(?:Great\. )?Let’s start with the line of", x) for x in texts)


def test_fact_sheet_is_not_a_release():
    path = next((WH / "statements-releases").rglob("*fact-sheet*.md"))
    doc = segmented(path)
    assert doc.genre is None and not doc.turns
