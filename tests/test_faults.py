"""Kill -9 and resume: an ingest killed at any SQL statement, then run again, ends with the same database as one
that was never interrupted (issue 9).

The ingest runs in a subprocess through a wrapper that counts every SQL statement sent to SQLite (a trace
callback on each connection, whichever library opens it) and SIGKILLs its own process at the N-th. The kill
points are drawn with a fixed seed from the statements of an uninterrupted run, per part of the write path:
table creation, inside a batch's transaction (between its writes), between the last batch and the refresh,
inside --prune, inside the refresh of the derived tables. Two runs are tested: a first ingest into an empty
database, and an update (changed, added, removed and truncated files, --prune) of that database.
"""
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

WRAPPER = r"""
import os, sqlite3, sys
import sqlite_utils.db
kill_at = int(os.environ.get("KILL_AT") or 0)
trace_path = os.environ.get("TRACE_FILE")
trace_file = open(trace_path, "w") if trace_path else None
count = 0

def trace(sql):
    global count
    count += 1
    if trace_file:
        trace_file.write(f"{count}\t{' '.join(sql.split())[:120]}\n")
    if count == kill_at:
        os.kill(os.getpid(), 9)

def wrap(connect):
    def traced(*args, **kwargs):
        conn = connect(*args, **kwargs)
        conn.set_trace_callback(trace)
        return conn
    return traced

sqlite3.connect = wrap(sqlite3.connect)
if sqlite_utils.db.sqlite3 is not sqlite3:
    sqlite_utils.db.sqlite3.connect = wrap(sqlite_utils.db.sqlite3.connect)
from pressarchive.cli import cli
cli(sys.argv[1:])
"""
OPTIONS = ["--quiet", "--batch", "8", "--jobs", "1", "--timeout", "0", "--prune"]


def run(db, folder, kill_at=0, trace=None):
    env = dict(os.environ, KILL_AT=str(kill_at), TRACE_FILE=str(trace or ""))
    proc = subprocess.run([sys.executable, "-c", WRAPPER, str(db), str(folder), *OPTIONS], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, start_new_session=True)
    return proc


def copy_db(src, dst):
    for suffix in ("", "-wal", "-shm"):
        Path(f"{dst}{suffix}").unlink(missing_ok=True)
    if src is None:
        return
    with sqlite3.connect(src) as a, sqlite3.connect(dst) as b:
        a.backup(b)
    a.close()
    b.close()


# Columns compared row for row; rowids and times are left out (they depend on when rows were written).
TABLES = {
    "sources": "source, sha256, size, format, encoding, outcome, message, articles, statements",
    "articles": "*",
    "statements": "*",
    "speakers": "*",
    "topics": "*",
    "statement_topics": "*",
    "problems": "id, source, stage, message",
    "statements_browse": "id, date, date_basis, year, month, speaker_id, speaker, role, kind, cue, outlet, topics, "
                         "text, article_id, headline",
    "ingest_state": "*",
}


def snapshot(db_path):
    conn = sqlite3.connect(db_path)
    try:
        tables = {t: sorted(conn.execute(f"select {cols} from [{t}]").fetchall(), key=repr)
                  for t, cols in TABLES.items()}
        for fts in ("statements_fts", "articles_fts"):   # the full-text index matches its table exactly
            conn.execute(f"insert into {fts}({fts}) values ('integrity-check')")
        tables["search"] = sorted(r[0] for r in conn.execute(
            "select s.id from statements_fts f join statements s on s.rowid = f.rowid where statements_fts match 'said'"))
        return tables
    finally:
        conn.close()


def statement_kinds(trace_path):
    """Each traced statement's number and what part of the write path it belongs to."""
    kinds, part, in_batch = {}, "schema", False
    for line in Path(trace_path).read_text().splitlines():
        n, sql = line.split("\t", 1)
        n, low = int(n), sql.lower()
        if low.startswith("begin immediate"):
            part = "transaction"
        elif "from sources where root in" in low:
            part = "prune"
        elif low.startswith("update speakers set"):
            part = "refresh"
        if part == "transaction" and ("insert or ignore into [articles]" in low or "into [statements]" in low):
            part = "batch"
        kinds[n] = part
        if low.startswith("commit"):
            if part == "batch":
                kinds["last_batch_commit"] = n
            part = "between"
    return kinds


def kill_points(kinds, wanted, rng):
    points = []
    for part, k in wanted.items():
        candidates = [n for n, p in kinds.items() if p == part and isinstance(n, int)]
        if part == "between":   # just after the last batch committed, before prune and refresh
            candidates = [kinds["last_batch_commit"] + 1]
        assert candidates, f"no statements of part {part!r}"
        points += [(part, n) for n in sorted(rng.sample(candidates, min(k, len(candidates))))]
    return points


@pytest.fixture(scope="module")
def folders(corpora, tmp_path_factory):
    """Version 1: 60 BBC politics articles, 6 White House releases, a 3-item State Department feed. Version 2:
    5 removed, 4 changed, 4 added, the feed cut after its first item."""
    tmp = tmp_path_factory.mktemp("faults")
    bbc = sorted((corpora / "bbc-news" / "politics").glob("*.txt"))
    wh = sorted((corpora / "whitehouse-briefing-room" / "statements-releases" / "2024-06").glob("*.md"))[:6]
    feed = corpora / "state-dept-press-releases-rss" / "press-releases-2022-08.rss"
    v1 = tmp / "v1" / "news"
    v1.mkdir(parents=True)
    for f in bbc[:60] + wh:
        shutil.copy(f, v1 / f.name)
    shutil.copy(feed, v1 / feed.name)
    v2 = tmp / "v2"
    shutil.copytree(v1, v2 / "news")
    for f in bbc[:5]:
        (v2 / "news" / f.name).unlink()
    for f in bbc[10:14]:
        text = (v2 / "news" / f.name).read_text(encoding="utf-8", errors="replace")
        (v2 / "news" / f.name).write_text(text + '\n"We will not give up," said Tony Blair on Monday.\n')
    for f in bbc[60:64]:
        shutil.copy(f, v2 / "news" / f.name)
    data = feed.read_bytes()
    cut = data.index(b"</item>") + len(b"</item>")
    (v2 / "news" / feed.name).write_bytes(data[:cut])
    return tmp, v1, v2 / "news"


def test_kill_and_resume_equals_uninterrupted(folders):
    tmp, v1, v2 = folders
    work = tmp / "work"
    work.mkdir()
    # The folder ingested is always work/news (sources keep their roots): version 1, then version 2.
    news = work / "news"
    rng = random.Random(9)
    tested = []

    def scenario(start_db, version, wanted):
        if news.exists():
            shutil.rmtree(news)
        shutil.copytree(version, news)
        ref = work / f"ref-{version.parent.name}.db"
        copy_db(start_db, ref)
        trace = work / "trace.txt"
        proc = run(ref, news, trace=trace)
        assert proc.returncode == 0, proc.stderr
        expected = snapshot(ref)
        for part, n in kill_points(statement_kinds(trace), wanted, rng):
            db = work / "killed.db"
            copy_db(start_db, db)
            killed = run(db, news, kill_at=n)
            assert killed.returncode == -signal.SIGKILL, (part, n, killed.returncode, killed.stderr[-2000:])
            resumed = run(db, news)
            assert resumed.returncode == 0, (part, n, resumed.stderr[-2000:])
            got = snapshot(db)
            for table in expected:
                assert got[table] == expected[table], f"kill at statement {n} ({part}): {table} differs"
            tested.append((version.parent.name, part, n))
        return ref, expected

    ref1, first = scenario(None, v1, {"schema": 1, "batch": 3, "between": 1, "refresh": 1})
    assert len(first["articles"]) == 60 + 6 + 3 and first["statements_browse"] and not first["ingest_state"]
    ref2, second = scenario(ref1, v2, {"batch": 2, "prune": 2, "refresh": 2})
    # The update did what it should: removed files gone, changed ones replaced, the cut feed kept its two
    # missing items (and says so).
    conn = sqlite3.connect(ref2)
    assert conn.execute("select count(*) from sources").fetchone()[0] == 60 + 6 + 1 - 5 + 4
    feed = "news/press-releases-2022-08.rss"
    assert conn.execute("select outcome from sources where source = ?", [feed]).fetchone()[0] == "partial"
    assert conn.execute("select count(*) from articles where file = ?", [feed]).fetchone()[0] == 3
    assert any("kept" in m for (m,) in conn.execute("select message from problems where source = ?", [feed]))
    blair = conn.execute("select count(*) from statements where text = 'We will not give up,' or "
                         "text = 'We will not give up'").fetchone()[0]
    conn.close()
    assert blair == 4
    assert len(tested) >= 10
    print(f"\n{len(tested)} kill points tested: {tested}")
