"""The project's own data/ folder, ingested whole once: what must hold for every statement and speaker.

Issue 8: a transcript answer is said on the day of the briefing, and no speaker's name holds a time zone, a
possessive, a lower-case word that is not a particle, or a place."""
import re
from pathlib import Path

import pytest
import sqlite_utils

from pressarchive.gazetteer import places
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
    wrong = [r for r in rows if r["said_on"] != r["day"]]
    assert not wrong, wrong[:5]


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
