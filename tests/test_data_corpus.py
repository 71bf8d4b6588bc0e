"""The project's own data/ folder, ingested whole once: what must hold for every statement and speaker.

Issue 8: a transcript answer is said on the day of the briefing, and no speaker's name holds a time zone, a
possessive, a lower-case word that is not a particle, or a place."""
import re
from datetime import date
from pathlib import Path

import pytest
import sqlite_utils

from pressarchive.gazetteer import first_names, given_names, places, surnames
from pressarchive.lexicon import words
from pressarchive.normalize import fold
from pressarchive.pipeline import ingest

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session")
def data_db(registry, taxonomy, tmp_path_factory):
    db = sqlite_utils.Database(tmp_path_factory.mktemp("data") / "data.db")
    ingest(db, [str(ROOT / "data")], registry, taxonomy, jobs=2)
    return db


def test_every_transcript_answer_is_dated_to_its_briefing(data_db):
    rows = list(data_db.query(
        "select s.said_on, substr(a.published, 1, 10) as day, a.headline from statements s "
        "join articles a on a.id = s.article_id where a.genre = 'transcript'"))
    assert len(rows) > 1000
    # the briefing's day: the day of publication, or the day the headline ends with when the page's publication date
    # was read off its links ("... Regular Press Conference on June12, 2018" on a page dated 2018-08-31)
    wrong = [r for r in rows if r["said_on"] != r["day"] and not _headline_names_day(r["headline"], r["said_on"])]
    assert not wrong, wrong[:5]


def _headline_names_day(headline, day):
    if not day:
        return False
    month = date.fromisoformat(day).strftime("%B")
    return bool(re.search(rf"\b{month}\s*0?{int(day[8:])}(?:,\s*{day[:4]})?\s*$", headline or ""))


def _speaker_names(db):
    return [r["name"] for r in db.query(
        "select name from speakers where id in (select distinct speaker_id from statements)")]


def test_no_speaker_name_holds_a_time_zone(data_db):
    zones = {z.upper() for z in words("time_zones")}
    bad = [n for n in _speaker_names(data_db)
           if zones & set(n.split()) or re.search(r"\b(?:Eastern|Pacific|Central|Mountain) Time\b", n)]
    assert not bad, bad


def test_no_speaker_name_is_a_possessive(data_db):
    bad = [n for n in _speaker_names(data_db) if re.search(r"\w['’]s?$", n)]
    assert not bad, bad


def test_no_speaker_name_holds_a_lowercase_word_other_than_a_particle(data_db):
    # particles ("de", "von"), small words of bodies' names, and a body's noun ("the Australian government")
    allowed = words("name_particles") | words("connectors") | words("org_nouns") | words("org_words") | \
        {"and", "of", "the", "for", "on", "in", "at", "to", "by", "with"}
    bad = [n for n in _speaker_names(data_db)
           if any(w[:1].islower() and w.lower() not in allowed and not re.match(r"^[a-z]+[A-Z]", w)
                  for w in n.split())]
    assert not bad, bad


def test_no_speaker_is_a_place(data_db):
    # A country named as a speaker is its government ("North Korea said"; GUIDELINES: governments are speakers).
    gazetteer = places()
    metonyms = words("org_names")      # "Washington said": a capital for its government
    bad = [n for n in _speaker_names(data_db)
           if gazetteer.get(fold(re.sub(r"^The ", "", n))) in ("state", "province", "continent", "demonym")
           or (gazetteer.get(fold(n)) == "city" and len(n.split()) > 1)    # one word may be a surname ("Jackson")
           and fold(n) not in metonyms]
    assert not bad, bad


def test_no_moderator_line_is_a_statement(data_db):
    # "Go ahead.", "Mara.", "Yes, Daphne.", "Good afternoon.": the briefer calling on reporters or greeting.
    from pressarchive.gazetteer import given_names
    names = given_names()
    texts = [r["text"] for r in data_db.query(
        "select s.text from statements s join articles a on a.id = s.article_id "
        "where a.genre = 'transcript' and length(s.text) < 30")]
    calls = [t for t in texts if (ws := re.sub(r"^(?:Yes|Yeah|Okay),?\s+", "", t).rstrip(".").split())
             and len(ws) <= 2 and all(names.get(fold(w)) for w in ws)]
    greetings = [t for t in texts if re.fullmatch(r"(?:Go ahead|Good (?:morning|afternoon|evening)|Please|Thank you)"
                                                  r"[.!]?", t)]
    assert not calls and not greetings, (calls[:10], greetings[:10])


def test_no_question_back_is_a_statement(data_db):
    # "I'm sorry, what was the last part of your question?", "You mean in terms of the payfors?": a briefer's answer made
    # of questions only answers nothing (GUIDELINES: questions are not statements); this check found 40 of them in round 46's build.
    # Sentences split on their end marks, each checked on its own; a tag asking assent ("..., okay?") is a statement.
    texts = [r["text"] for r in data_db.query(
        "select s.text from statements s join articles a on a.id = s.article_id where a.genre = 'transcript'")]
    sentences = [[x.rstrip("\"”’)") for x in re.split(r"(?<=[.!?])[\"”’)]*\s+", " ".join(t.split())) if x.strip()]
                 for t in texts]
    asked = [t for t, ss in zip(texts, sentences)
             if ss and all(x.endswith("?") and not re.search(r",\s*(?:okay|ok|right)\?$", x, re.I) for x in ss)]
    assert len(texts) > 5000 and not asked, asked[:10]


# What the last round still let through on data/ (issue 8, "names that are no one"): each class asserted with
# words of its own, not by asking speaker_names.why_not_a_speaker, the rules under test.
NOUN_ENDING = re.compile(r"(?:ing|tion|sion|ity|ance|ence|ment|ship|ies|ers|ors|ions|ments)$")


def _speakers(db):
    return [(r["name"], r["kind"]) for r in db.query(
        "select name, kind from speakers where id in (select distinct speaker_id from statements)")]


def test_no_speaker_is_a_region_a_people_or_a_pronoun(data_db):
    # "Western Balkans", "Eastern Mediterranean"; "Jews", "Turks", "More Libyans"; "I", "What I"
    names = given_names()
    compass, peoples = words("compass_words"), words("peoples")
    gazetteer = places()
    regions = [n for n, _ in _speakers(data_db) if len(n.split()) == 2 and fold(n.split()[0]) in compass
               and not names.get(fold(n.split()[1])) and fold(n.split()[1]) not in words("org_words")]
    plural = [n for n, _ in _speakers(data_db) if (k := fold(n).split()) and k[-1] in peoples | {
        d for d, kind in gazetteer.items() if kind == "demonym" and d.endswith("s")} and len(k) <= 2]
    pronouns = [n for n, _ in _speakers(data_db) if set(fold(n).split()) & words("pronouns")]
    assert not regions and not plural and not pronouns, (regions, plural, pronouns)


def test_no_speaker_is_a_bare_title_a_subject_list_or_an_outlet(data_db):
    # "Senate Majority Leader", "Minority Whip"; "Population, Refugees, and Migration"; "Ames Tribune"
    titles, bodies = words("title_words") | words("org_words"), words("org_nouns") | words("org_names")
    heads = words("title_words") - words("org_words") - {"house", "affairs", "state"}     # "Senate Majority Leader"
    bare = [n for n, _ in _speakers(data_db) if len(ws := fold(n).split()) > 1 and "of" not in ws and
            not set(ws) & bodies and all(w in titles or NOUN_ENDING.search(w) or w in words("connectors") for w in ws)
            and ws[-1] in heads]
    lists = [n for n, _ in _speakers(data_db) if n.count(",") >= 2 or re.search(r", (?:and|&) ", n)]
    outlets = [n for n, _ in _speakers(data_db) if len(n.split()) > 1 and fold(n).split()[-1] in words("outlet_words")]
    assert not bare and not lists and not outlets, (bare, lists, outlets)


def test_no_title_is_glued_before_a_persons_name(data_db):
    # "York Congressman Adriano Espaillat" (New York ...), "Then-Captain John W. Ripley", "President-elect Biden"
    titles = {"congressman", "congresswoman", "captain", "president", "senator", "secretary", "minister", "elect"}
    glued = [n for n, kind in _speakers(data_db) if kind == "person" and
             any(set(fold(w).split()) & titles for w in n.split()[:-1])]
    assert not glued, glued


def test_no_heading_or_topic_is_a_person(data_db):
    # Fact-sheet headings and topics taken for people: "Money Laundering", "Other Matters", "U.S.-Japan Cooperation"
    names, firsts, family = given_names(), first_names(), surnames()
    headings = [n for n, kind in _speakers(data_db) if kind == "person" and len(ws := fold(n).split()) > 1
                and not any(names.get(w) or w in firsts for w in ws[:-1])
                and any(NOUN_ENDING.search(w) for w in ws) and ws[-1] not in family]
    assert not headings, headings
