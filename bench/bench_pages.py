#!/usr/bin/env python3
"""Response times of each page of the site (issues 5, 10 and 12), on the data/ corpus or an existing DB.

    python bench/bench_pages.py [--runs N] [--db EXISTING.db] [PATH ...]

Ingests data/ (or the PATHs given) into a temporary statements.db, or opens --db (the 1M-statement DB of
bench/make_big.py), then requests every page through Datasette's in-process client (the same app
`make serve` runs, without the network) and prints the median, the 95th percentile and a verdict per page:
targets are a median under 100 ms on data/, and on a big DB a p95 under 300 ms (search pages under 100 ms).
Search is measured for a rare, a mid and a very common term, with and without filters. Prints figures only;
it fails (exit 1) only when a page errors.
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

MEDIAN_TARGET_MS = 100
P95_TARGET_MS = 300
SEARCH_P95_TARGET_MS = 100


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
        "outlet": one("select outlet from statements_browse where outlet is not null group by outlet "
                      "order by count(*) desc limit 1"),
    }
    conn.close()
    return ids


def pages(ids):
    sp, topic, outlet = (quote(ids[k] or "") for k in ("speaker", "topic", "outlet"))
    p = {"home": "/", "database": "/statements"}
    # Search: a rare, a mid and a very common term, alone and with filters; newest first; deep pages; exports.
    for label, term in (("rare", "prejudiced"), ("mid", "human+rights"), ("common", "said"),
                        ("phrase", "%22United+States%22"), ("prefix", "sanction*")):
        p[f"search {label}"] = f"/statements/search?q={term}"
    p["search common +speaker"] = f"/statements/search?q=said&speaker={sp}"
    p["search common +topic"] = f"/statements/search?q=said&topic={topic}"
    p["search common +dates"] = "/statements/search?q=government&date_from=2020-01-01&date_to=2021-12-31"
    p["search mid +all filters"] = (f"/statements/search?q=human+rights&speaker={sp}&topic={topic}&kind=direct"
                                    "&date_from=2000-01-01&date_to=2030-12-31")
    p["search common by date"] = "/statements/search?q=said&sort=date"
    p["search common page 5"] = "/statements/search?q=said&page=5"
    p["search (empty)"] = "/statements/search"
    p["search (empty) +outlet"] = f"/statements/search?outlet={outlet}"
    p["search (empty) page 20"] = "/statements/search?page=20"
    p["search.csv common"] = "/statements/search.csv?q=said"
    p["speaker type-ahead"] = "/statements/-/speakers.json?q=hua"
    p.update({
        "series": "/statements/series?q=human+rights",
        "statements table": "/statements/statements",
        "facets view": "/statements/statements_browse",
        "speakers table": "/statements/speakers",
        "charts": "/statements/charts",
        "feed latest": "/statements/latest_feed.atom",
        "statements.csv": "/statements/statements.csv?_size=100",
        "404": "/statements/statements/no-such-statement",
    })
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


def p95(times):
    ordered = sorted(times)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


async def bench(db_path, runs, big):
    ds = make_datasette(db_path)
    await ds.invoke_startup()
    ids = sample_ids(db_path)
    failures, medians, summary = 0, [], {"median_fail": 0, "p95_fail": 0}
    print(f"{'page':26} {'median ms':>10} {'p95 ms':>8}  verdict")
    for name, path in pages(ids).items():
        times, status = [], None
        await ds.client.get(path)  # warm up (first statement of a page compiles templates)
        for _ in range(runs):
            t = time.perf_counter()
            r = await ds.client.get(path)
            times.append((time.perf_counter() - t) * 1000)
            status = r.status_code
        med, high = statistics.median(times), p95(times)
        medians.append(med)
        expected = 404 if name == "404" else 200
        limit = SEARCH_P95_TARGET_MS if name.startswith("search") and "csv" not in name else P95_TARGET_MS
        slow = (high > limit) if big else (med > MEDIAN_TARGET_MS)
        summary["p95_fail" if big else "median_fail"] += slow
        verdict = ("SLOW" if slow else "ok") if status == expected else f"HTTP {status}"
        failures += status != expected
        print(f"{name:26} {med:10.1f} {high:8.1f}  {verdict}   {path}")
    target = (f"p95 <= {P95_TARGET_MS} ms (search <= {SEARCH_P95_TARGET_MS} ms)" if big
              else f"median <= {MEDIAN_TARGET_MS} ms")
    slow = summary["p95_fail" if big else "median_fail"]
    print(f"{len(medians)} pages; median of medians {statistics.median(medians):.1f} ms, slowest median "
          f"{max(medians):.1f} ms; {slow} page(s) over target ({target})")
    return failures


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "data")])
    ap.add_argument("--runs", type=int, default=20)
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
        big = counts["statements"] >= 500_000
        print(", ".join(f"{n:,} {t}" for t, n in counts.items()) + f"; {args.runs} runs per page")
        failures = asyncio.run(bench(db_path, args.runs, big))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
