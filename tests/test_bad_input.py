"""Bounded work per file (issue 9): a folder of hostile files next to good ones is ingested by the command line
in a subprocess with exit 0, in bounded time and memory; every bad file is a problem row with a message a
person understands, every good file is ingested. Also: sources of two folders with the same name stay apart,
and readers are never blocked or shown half a batch while an ingest writes."""
import gzip
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# Runs the ingest as its child and prints the child's exit code and peak memory (its own and its workers'):
# RUSAGE_CHILDREN of this small process counts nothing else.
MEASURE = r"""
import resource, subprocess, sys
code = subprocess.run([sys.executable, "ingest.py", *sys.argv[1:]]).returncode
print("exit", code, "maxrss_kb", resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def yaml_alias_bomb() -> str:
    lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for prev, name in zip("abcdefgh", "bcdefghi"):
        lines.append(f"{name}: &{name} [{', '.join(['*' + prev] * 9)}]")
    return "---\n" + "\n".join(lines) + "\ntitle: *i\n---\nThe spokesman said nothing.\n"


def gzip_bomb(path: Path, gigabytes: float = 1.0):
    """About 1 GB of zeros in about 1 MB: the same 10 MB gzip member written again and again (a multi-member
    gzip file is one stream to a reader)."""
    member = gzip.compress(b"\0" * (10 * 1024 * 1024), compresslevel=9)
    with open(path, "wb") as f:
        for _ in range(int(gigabytes * 1024 / 10)):
            f.write(member)


@pytest.fixture(scope="module")
def hostile(corpora, tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile")
    folder = tmp / "inbox"
    folder.mkdir()
    bbc = corpora / "bbc-news" / "politics"
    good = {}
    for name in ("001.txt", "002.txt"):
        shutil.copy(bbc / name, folder / name)
        good[name] = 1
    md = sorted((corpora / "whitehouse-briefing-room" / "statements-releases" / "2024-06").glob("*.md"))[0]
    shutil.copy(md, folder / "release.md")
    good["release.md"] = 1
    (folder / "utf16.txt").write_text((bbc / "003.txt").read_text(encoding="utf-8"), encoding="utf-16")
    good["utf16.txt"] = 1
    (folder / "utf32.txt").write_bytes((bbc / "004.txt").read_text(encoding="utf-8").encode("utf-32"))
    good["utf32.txt"] = 1
    os.mkdir(os.fsencode(folder) + b"/caf\xe9")   # a folder name that is not UTF-8, and a file in it
    shutil.copy(bbc / "005.txt", os.fsencode(folder) + b"/caf\xe9/d\xe9j\xe0.txt")
    good["caf\\xe9/d\\xe9j\\xe0.txt"] = 1
    (folder / "packed.txt.gz").write_bytes(gzip.compress((bbc / "006.txt").read_bytes()))
    good["packed.txt.gz"] = 1
    lines = [json.dumps({"title": f"Item {i}", "maintext": f"The minister said item {i} was ready.",
                         "url": f"https://example.org/{i}", "date_publish": "2020-01-02 10:00:00"}) for i in range(3)]
    (folder / "items.jsonl").write_text("\n".join([lines[0], '{"n": ' + "9" * 5000 + "}", lines[1],
                                                   "[" * 100_000 + "]" * 100_000, lines[2]]) + "\n")
    good["items.jsonl"] = 3
    feed = (corpora / "state-dept-press-releases-rss" / "press-releases-2022-08.rss").read_bytes()
    (folder / "truncated.rss").write_bytes(feed[: len(feed) // 2])
    good["truncated.rss"] = 1

    gzip_bomb(folder / "bomb.txt.gz")
    (folder / "aliases.md").write_text(yaml_alias_bomb())
    os.mkfifo(folder / "fifo.txt")
    os.symlink("loop.txt", folder / "loop.txt")
    os.symlink("/dev/zero", folder / "zero.txt")
    text = " ".join((bbc / "007.txt").read_text(encoding="utf-8").split())
    (folder / "oneline.txt").write_text((text + " ") * (5_000_000 // (len(text) + 1)))   # 5 MB, one line
    bad = {
        "bomb.txt.gz": "decompresses to more than the 50 MB limit",
        "aliases.md": "more than 50 YAML aliases",
        "fifo.txt": "not a regular file: a named pipe (FIFO)",
        "loop.txt": "a loop of symbolic links",
        "zero.txt": "not a regular file: a character device",
        "oneline.txt": "took longer than the 4 s time limit per file",
    }
    return tmp, folder, good, bad


def test_hostile_folder_exit_0_bounded_time_and_memory(hostile):
    tmp, folder, good, bad = hostile
    db_path = tmp / "hostile.db"
    started = time.monotonic()
    proc = subprocess.run([sys.executable, "-c", MEASURE, str(db_path), str(folder), "--timeout", "4", "--jobs", "2"],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    took = time.monotonic() - started
    print(proc.stdout)
    measured = proc.stdout.splitlines()[-1].split()
    exit_code, maxrss_kb = int(measured[1]), int(measured[3])
    print(f"\nhostile folder: exit {exit_code}, {took:.1f} s, peak RSS {maxrss_kb / 1024:.0f} MB")
    assert exit_code == 0, proc.stderr[-3000:]
    assert took < 60
    assert maxrss_kb < 500 * 1024

    conn = sqlite3.connect(db_path)
    sources = {r[0]: r[1:] for r in conn.execute("select source, outcome, articles, message from sources")}
    problems = {}
    for source, message in conn.execute("select source, message from problems"):
        problems.setdefault(source.split("#")[0], []).append(message)
    for name, message in bad.items():
        outcome, articles, row_message = sources[f"inbox/{name}"]
        assert outcome == "failed" and message in row_message, (name, row_message)
        assert any(message in m for m in problems[f"inbox/{name}"]), (name, problems.get(f"inbox/{name}"))
    for name, count in good.items():
        outcome, articles, _ = sources[f"inbox/{name}"]
        assert outcome in ("ok", "partial") and articles >= count, (name, sources[f"inbox/{name}"])
    # A damaged file is ingested as far as it goes, and says what was wrong.
    assert sources["inbox/items.jsonl"][0] == "partial"
    jsonl = sorted(problems["inbox/items.jsonl"])
    assert jsonl == ["line 2: a JSON value Python will not read: Exceeds the limit (4300 digits) for integer "
                     "string conversion: value has 5000 digits", "line 4: JSON nested too deeply to read"]
    assert any("malformed feed" in m for m in problems["inbox/truncated.rss"])
    (encoding,) = conn.execute("select encoding from sources where source = 'inbox/utf16.txt'").fetchone()
    assert encoding == "utf-16"
    headline = conn.execute("select headline from articles where file = 'inbox/utf16.txt'").fetchone()[0]
    assert headline == (folder / "utf16.txt").read_text(encoding="utf-16").splitlines()[0].strip()
    assert set(sources) == {f"inbox/{n}" for n in list(good) + list(bad)}
    conn.close()


def test_same_folder_names_do_not_collide(corpora, tmp_path, run_ingest):
    bbc = corpora / "bbc-news" / "politics"
    for parent, name in (("a", "001.txt"), ("b", "002.txt")):
        (tmp_path / parent / "news").mkdir(parents=True)
        shutil.copy(bbc / name, tmp_path / parent / "news" / "a.txt")
    db, summary = run_ingest(tmp_path / "n.db", [tmp_path / "a" / "news", tmp_path / "b" / "news"])
    assert {r["source"] for r in db["sources"].rows} == {"a/news/a.txt", "b/news/a.txt"}
    assert db["articles"].count == 2 == summary.articles
    # One folder alone keeps its plain name, as the gold sets expect ('bbc-news/politics/021.txt').
    db, _ = run_ingest(tmp_path / "one.db", [tmp_path / "a" / "news"])
    assert [r["source"] for r in db["sources"].rows] == ["news/a.txt"]


def test_readers_during_ingest_never_blocked_nor_see_half_a_batch(corpora, tmp_path):
    db_path = tmp_path / "live.db"
    ingest = subprocess.Popen([sys.executable, "ingest.py", "-q", "--batch", "20", "--jobs", "1", str(db_path),
                               str(corpora / "bbc-news" / "politics")], cwd=ROOT)
    reads, seen = 0, set()
    try:
        while ingest.poll() is None:
            if not db_path.exists():
                time.sleep(0.05)
                continue
            conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5)
            try:
                # Within one read transaction: every file marked as ingested has all its articles, no more.
                conn.execute("begin")
                torn = conn.execute("""select count(*) from sources s where s.outcome in ('ok', 'partial')
                    and s.articles != (select count(*) from articles a where a.file = s.source)""").fetchone()[0]
                articles = conn.execute("select count(*) from articles").fetchone()[0]
                conn.execute("select count(*) from statements_fts where statements_fts match 'minister'").fetchone()
                conn.execute("commit")
            except sqlite3.OperationalError as e:
                if "no such table" in str(e):   # the schema is not there yet
                    continue
                raise
            finally:
                conn.close()
            assert torn == 0
            seen.add(articles)
            reads += 1
            time.sleep(0.02)
    finally:
        ingest.wait(timeout=300)
    assert ingest.returncode == 0
    assert reads >= 10 and len(seen) >= 3   # reads happened while batches were being written
