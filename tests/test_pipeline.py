"""End to end on real plain-text corpora: seeds, BBC News, Reuters-21578 (issue 2)."""
import json
import shutil
import sys
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from pressarchive.cli import cli
from pressarchive.normalize import fold, search_folds

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
sys.path.insert(0, str(SHARED / "eval"))
from score import score  # noqa: E402  the project's scorer, read-only in shared/eval


def run_ingest(db_path, *paths, extra=()):
    result = CliRunner().invoke(cli, [str(db_path), *map(str, paths), *extra])
    assert result.exit_code == 0, result.output + repr(result.exception)
    return result.output


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("seeds") / "seeds.db"
    run_ingest(db_path, CORPORA / "seeds")
    return db_path


@pytest.fixture(scope="module")
def bbc_db(tmp_path_factory):
    db_path = tmp_path_factory.mktemp("bbc") / "bbc.db"
    output = run_ingest(db_path, CORPORA / "bbc-news", CORPORA / "reuters21578" / "articles")
    return db_path, output


def gold_tree(tmp_path, gold_file):
    """Copy a gold set's documents to tmp, mirroring their place under shared/corpora."""
    tops = set()
    for line in (SHARED / "eval" / "dev" / gold_file).read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)["doc"]
        (tmp_path / doc).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(CORPORA / doc, tmp_path / doc)
        tops.add(tmp_path / doc.split("/")[0])
    return sorted(tops)


def test_seed_scores(seeds_db):
    res = score(str(seeds_db), [str(SHARED / "eval" / "dev" / "seeds.jsonl")])
    assert res["docs_found"] == 2
    assert res["e2e_f1"] >= 0.9
    assert res["date_accuracy"] == 1.0


def test_seed_cleaning(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    a0 = next(db["articles"].rows_where("source like ?", ["%000_b936ad9e30ec9187.txt"]))
    assert a0["published"] == "2017-03-14T21:29"
    assert a0["headline"] == "The US's 2016 human rights report is lack of objectivity"
    assert "WORDS ON THE STREET" not in a0["body"]           # site navigation
    assert "Vietnamese Foreign Ministry Spokesman Le Hai Binh\n" not in a0["body"] + "\n"  # caption printed twice
    assert a0["body"].startswith("The US Department of State")
    a1 = next(db["articles"].rows_where("source like ?", ["%001_764cb29e222343e7.txt"]))
    assert a1["credit"] == "VNA/VOV"
    assert "{keywords}" not in a1["body"] and "Photo: VNA" not in a1["body"] and "VNA/VOV" not in a1["body"]
    assert a1["published"] is None


def test_seed_speakers_and_dates(seeds_db):
    db = sqlite_utils.Database(seeds_db)
    rows = list(db.query("""select a.source, s.speaker_name, s.said_on, s.date_basis, sp.kind, sp.role
                            from statements s join articles a on a.id = s.article_id
                            join speakers sp on sp.id = s.speaker_id"""))
    names = {r["speaker_name"] for r in rows}
    assert not any(fold(n) in {"reports", "keywords"} for n in names)
    seed1 = {r["speaker_name"] for r in rows if r["source"].endswith("001_764cb29e222343e7.txt")}
    assert len(seed1) == 2 and any("Zeya" in n for n in seed1) and any(fold(n) == "le hai binh" for n in seed1)
    zeya = [r for r in rows if "Zeya" in r["speaker_name"]]
    assert zeya and all(r["said_on"] is None for r in zeya)   # nothing in the text dates her interview
    assert any(r["role"] and r["role"].startswith("Acting Assistant Secretary") for r in zeya)
    binh0 = [r for r in rows if r["source"].endswith("000_b936ad9e30ec9187.txt")]
    # "Binh made the statement on Monday", published Tuesday 2017-03-14
    assert binh0 and {r["said_on"] for r in binh0} == {"2017-03-13"}
    binh1 = [r for r in rows if r["source"].endswith("001_764cb29e222343e7.txt") and "Zeya" not in r["speaker_name"]]
    assert {r["said_on"] for r in binh1} == {"2014-02-28"}   # "on February 28", year from "February 2014"


def test_search_folds_diacritics(seeds_db):
    assert fold("Lê Hải Bình") == "le hai binh" and fold("Đoàn Khắc Việt") == "doan khac viet"
    assert search_folds("Ông Đoàn nói") == "doan"
    db = sqlite_utils.Database(seeds_db)
    hits = list(db["statements"].search("Le Hai Binh"))
    assert hits and all(fold(h["speaker_name"]) == "le hai binh" for h in hits)


def test_every_offset_matches_over_bbc(bbc_db):
    db = sqlite_utils.Database(bbc_db[0])
    checked = 0
    for row in db.query("select s.text, s.start, s.end, a.body from statements s join articles a on a.id = s.article_id"):
        assert row["body"][row["start"]:row["end"]] == row["text"]
        checked += 1
    assert checked > 5000


def test_bbc_and_reuters_ingest_and_rerun_changes_nothing(bbc_db):
    db_path, output = bbc_db
    db = sqlite_utils.Database(db_path)
    assert db["articles"].count == 2225 + 16   # every BBC article; the Reuters folder's 16 articles
    problems = list(db["problems"].rows)
    assert [p["source"] for p in problems] == ["bbc-news/sport/199.txt"]   # the Latin-1 file, recorded
    assert "cp1252" in problems[0]["message"]
    before = {t: sorted(r["id"] for r in db[t].rows) for t in ("articles", "statements", "speakers")}
    output = run_ingest(db_path, CORPORA / "bbc-news", CORPORA / "reuters21578" / "articles")
    assert "2241 unchanged" in output
    after = {t: sorted(r["id"] for r in db[t].rows) for t in ("articles", "statements", "speakers")}
    assert before == after


def test_reuters_datelines(bbc_db):
    db = sqlite_utils.Database(bbc_db[0])
    row = next(db["articles"].rows_where("source = ?", ["articles/2631.txt"]))
    assert row["published"] == "1987-03-06T10:55"
    assert row["headline"] == "SOUTH AFRICA OPTIMISTIC ABOUT DEBT TALKS"
    assert row["credit"] == "Reuter" and "Reuter" not in row["body"][-20:]
    assert "\n" not in row["body"].split("\n\n")[0]   # hard-wrapped wire lines joined into paragraphs


@pytest.mark.parametrize("gold", ["bbc-politics.jsonl", "reuters.jsonl"])
def test_plain_text_dev_sets(tmp_path, gold):
    db_path = tmp_path / "dev.db"
    run_ingest(db_path, *gold_tree(tmp_path / "corpora", gold))
    res = score(str(db_path), [str(SHARED / "eval" / "dev" / gold)])
    assert res["docs_found"] == res["docs"]
    assert res["e2e_f1"] >= 0.7, res


def test_vague_sources_are_not_statements(bbc_db):
    db = sqlite_utils.Database(bbc_db[0])
    names = {fold(r["name"]) for r in db["speakers"].rows}
    for vague in ("analysts", "critics", "sources", "reports", "experts", "officials"):
        assert vague not in names


def test_workers_from_a_fork_server_write_the_same_rows(tmp_path, corpora, registry, taxonomy, same_rows, monkeypatch):
    # A long run starts its workers from a fork server and replaces them every RECYCLE_AFTER files (here 20, over
    # 120 files); the rows are those of a run in this process.
    import sqlite_utils

    from pressarchive import executors, pipeline
    folder = tmp_path / "politics"
    folder.mkdir()
    for f in sorted((corpora / "bbc-news" / "politics").glob("*.txt"))[:120]:
        (folder / f.name).write_bytes(f.read_bytes())
    paths = [str(corpora / "seeds"), str(folder)]
    local = sqlite_utils.Database(tmp_path / "local.db")
    local_summary = pipeline.ingest(local, paths, registry, taxonomy, jobs=1, timeout=None)
    monkeypatch.setattr(pipeline, "LONG_RUN_FILES", 0)
    monkeypatch.setattr(executors, "RECYCLE_AFTER", 20)
    served = sqlite_utils.Database(tmp_path / "served.db")
    served_summary = pipeline.ingest(served, paths, registry, taxonomy, jobs=2)
    assert served_summary.statements == local_summary.statements > 500
    same_rows(served, local)
