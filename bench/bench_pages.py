#!/usr/bin/env python3
"""Median response time of each page of the site (issue 5: each under 300 ms), on the data/ corpus.

    python bench/bench_pages.py [--runs N] [--db EXISTING.db] [PATH ...]

Ingests data/ (or the PATHs given) into a temporary statements.db, then requests every page through
Datasette's in-process client (the same app `make serve` runs, without the network) and prints the median,
the slowest run and a verdict per page. Prints figures only; it fails (exit 1) only when a page errors.
"""
import argparse
import asyncio
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from site_db import make_datasette  # noqa: E402

TARGET_MS = 300


def sample_ids(db_path):
    conn = sqlite3.connect(db_path)
    one = lambda sql: (conn.execute(sql).fetchone() or [None])[0]  # noqa: E731
    ids = {
        # The most quoted speaker, the busiest topic, a statement of each and a long article.
        "speaker": one("select speaker_id from statements where speaker_id is not null group by speaker_id "
                       "order by count(*) desc limit 1"),
        "topic": one("select topic_id from statement_topics group by topic_id order by count(*) desc limit 1"),
        "statement": one("select s.id from statements s join articles a on a.id = s.article_id "
                         "order by length(a.body) desc limit 1"),
        "question": one("select id from statements where question is not null and question != '' limit 1"),
        "article": one("select article_id from statements group by article_id order by count(*) desc limit 1"),
        "word": one("select speaker_name from statements where speaker_name is not null group by speaker_name "
                    "order by count(*) desc limit 1"),
    }
    conn.close()
    return ids


def pages(ids):
    word = quote(ids["word"] or "minister")
    p = {
        "home": "/",
        "database": "/statements",
        "search (empty)": "/statements/search",
        "search q": f"/statements/search?q={word}",
        "search q+filters": "/statements/search?q=human+rights&kind=direct&date_from=2000-01-01&date_to=2030-12-31",
        "series": "/statements/series?q=human+rights",
        "statements table": "/statements/statements",
        "statements _search": f"/statements/statements?_search={word}",
        "facets view": "/statements/statements_browse",
        "facets view _search": f"/statements/statements_browse?_search={word}",
        "speakers table": "/statements/speakers",
        "chart by topic": "/statements/per_month_by_topic",
        "chart by speaker": "/statements/per_month_by_speaker",
        "feed latest": "/statements/latest_feed.atom",
        "statements.csv": "/statements/statements.csv?_size=100",
    }
    if ids["statement"]:
        p["statement page"] = f"/statements/statements/{ids['statement']}"
    if ids["question"]:
        p["statement page (answer)"] = f"/statements/statements/{ids['question']}"
    if ids["speaker"]:
        p["speaker page"] = f"/statements/speakers/{ids['speaker']}"
        p["feed speaker"] = f"/statements/speaker_feed.atom?speaker={ids['speaker']}"
    if ids["topic"]:
        p["topic page"] = f"/statements/topics/{ids['topic']}"
        p["feed topic"] = f"/statements/topic_feed.atom?topic={ids['topic']}"
    if ids["article"]:
        p["article page"] = f"/statements/articles/{ids['article']}"
    return p


async def bench(db_path, runs):
    ds = make_datasette(db_path)
    await ds.invoke_startup()
    ids = sample_ids(db_path)
    failures = 0
    print(f"{'page':26} {'median ms':>10} {'max ms':>8}  status")
    for name, path in pages(ids).items():
        times, status = [], None
        await ds.client.get(path)  # warm up (first statement of a page compiles templates)
        for _ in range(runs):
            t = time.perf_counter()
            r = await ds.client.get(path)
            times.append((time.perf_counter() - t) * 1000)
            status = r.status_code
        med = statistics.median(times)
        verdict = "ok" if status == 200 and med < TARGET_MS else ("SLOW" if status == 200 else f"HTTP {status}")
        failures += status != 200
        print(f"{name:26} {med:10.1f} {max(times):8.1f}  {verdict}   {path}")
    return failures


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "data")])
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--db", help="an existing database (named statements.db) instead of ingesting")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.db:
            db_path = Path(args.db)
        else:
            db_path = Path(tmp) / "statements.db"
            t = time.perf_counter()
            subprocess.run([sys.executable, str(ROOT / "ingest.py"), "-q", str(db_path), *args.paths], check=True,
                           cwd=ROOT)
            print(f"ingested {' '.join(args.paths)} in {time.perf_counter() - t:.1f}s")
        conn = sqlite3.connect(db_path)
        counts = {t: conn.execute(f"select count(*) from {t}").fetchone()[0]
                  for t in ("articles", "statements", "speakers")}
        conn.close()
        print(", ".join(f"{n:,} {t}" for t, n in counts.items()) + f"; median of {args.runs} runs, target < "
              f"{TARGET_MS} ms")
        failures = asyncio.run(bench(db_path, args.runs))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
