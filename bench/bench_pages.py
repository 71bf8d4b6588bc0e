#!/usr/bin/env python3
"""Response time of every page type of the site: p50 and p95 per page (targets: p95 < 300 ms, search < 100 ms;
median < 100 ms on the data/ corpus).

    python bench/bench_pages.py [--runs N] [--db EXISTING.db] [--server] [PATH ...]

Without --db, ingests data/ (or the PATHs given) into a temporary database. With --db, serves that database
(for instance the 1M-statement one from bench/make_big.py) under the name `statements`, as `make serve` does:
in-process through Datasette's client by default (the same app, without the network), or with --server as a
`datasette serve` subprocess started by `make serve-only` (the Makefile's flags) and requested over
loopback. Search terms are picked from the full-text index by how many statements contain them: rare,
mid, very common ("said"), the commonest ("the"). Prints figures; exits 1 only when a page errors.
"""
import argparse
import asyncio
import os
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import parse_qsl, quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT))

TARGET_MS = 300
SEARCH_TARGET_MS = 100
MEDIAN_TARGET_MS = 100     # every page's median on the data/ corpus (issue 12)
EXPECTED_STATUS = {"404 page": 404}


def sample_ids(db_path):
    """The most quoted speaker, the busiest topic, a statement in a long article, a transcript answer, the
    article with most statements, and search terms by document frequency (from the FTS index)."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    one = lambda sql: (conn.execute(sql).fetchone() or [None])[0]  # noqa: E731
    ids = {
        "speaker": one("select speaker_id from statements where speaker_id is not null group by speaker_id "
                       "order by count(*) desc limit 1"),
        "topic": one("select topic_id from statement_topics group by topic_id order by count(*) desc limit 1"),
        "statement": one("select s.id from statements s join articles a on a.id = s.article_id "
                         "where a.rowid in (select rowid from articles order by length(body) desc limit 1) limit 1"),
        "question": one("select id from statements where question is not null and question != '' limit 1"),
        "article": one("select article_id from statements group by article_id order by count(*) desc limit 1"),
        "year": one("select substr(said_on, 1, 4) from statements where said_on is not null "
                    "group by 1 order by count(*) desc limit 1"),
    }
    total = one("select count(*) from statements")
    conn.execute("create virtual table temp.vocab using fts5vocab(main, statements_fts, 'row')")

    def term(low, high):
        return one(f"select term from temp.vocab where doc between {low} and {high} and term glob '[a-z]*' "
                   f"and length(term) > 4 order by doc desc limit 1")
    ids["rare"] = term(3, max(5, total // 100_000)) or "zeya"
    ids["mid"] = term(total // 200, total // 50) or "government"
    ids["doc_counts"] = {t: one(f"select doc from temp.vocab where term = '{t}'") for t in
                         (ids["rare"], ids["mid"], "said", "the", "government")}
    conn.close()
    return ids, total


def pages(ids):
    """{name: path}; names starting with 'search' are held to the search target."""
    sp, tp = ids["speaker"], ids["topic"]
    year = ids["year"] or "2019"
    filters = {"speaker": sp, "date_from": f"{year}-01-01", "date_to": f"{year}-12-31"}
    filters2 = {"topic": tp, "kind": "direct"}

    def search(q, **extra):
        return "/statements/search?" + urlencode({"q": q, **extra})
    p = {"home": "/"}
    for label, q in (("rare", ids["rare"]), ("mid", ids["mid"]), ("common 'said'", "said"), ("commonest 'the'", "the"),
                     ("phrase", "United States"), ("empty", "")):
        p[f"search {label}"] = search(q)
        p[f"search {label} +speaker,date"] = search(q, **{k: v for k, v in filters.items() if v})
        p[f"search {label} +topic,kind"] = search(q, **{k: v for k, v in filters2.items() if v})
    p.update({
        "facets view": "/statements/statements_browse",
        "facets view _search said": "/statements/statements_browse?_search=said",
        "facets view _search the": "/statements/statements_browse?_search=the",
        "facets view _search said +kind": "/statements/statements_browse?_search=said&kind=direct",
        "statements table": "/statements/statements",
        "speakers table": "/statements/speakers",
        "canned series": "/statements/series?q=human+rights",
        "canned per_month_by_topic": "/statements/per_month_by_topic",
        "canned per_month_by_speaker": "/statements/per_month_by_speaker",
        "csv statements": "/statements/statements.csv?_size=100",
        "csv search said": "/statements/search.csv?q=said",
        "feed latest": "/statements/latest_feed.atom",
        # The site's own pages (issue 12): search sorted by date and paged past 200, type-ahead, charts, 404.
        "search common 'said' by date": "/statements/search?q=said&sort=date",
        "search common 'said' page 5": "/statements/search?q=said&page=5",
        "search empty page 20": "/statements/search?page=20",
        "search prefix": "/statements/search?q=sanction*",
        "search speaker type-ahead": "/statements/-/speakers.json?q=hua",
        "charts page": "/statements/charts",
        "feed search": "/statements/search_feed.atom?q=" + quote(ids["mid"] or "government"),
        "404 page": "/statements/statements/no-such-statement",
    })
    if ids["statement"]:
        p["statement page"] = f"/statements/statements/{ids['statement']}"
    if ids["question"]:
        p["statement page (answer)"] = f"/statements/statements/{ids['question']}"
    if sp:
        p["speaker page (most quoted)"] = f"/statements/speakers/{quote(sp)}"
        p["feed speaker"] = f"/statements/speaker_feed.atom?speaker={quote(sp)}"
        p["browse by speaker"] = f"/statements/statements_browse?speaker_id={quote(sp)}"
    if tp:
        p["topic page"] = f"/statements/topics/{quote(tp)}"
        p["feed topic"] = f"/statements/topic_feed.atom?topic={quote(tp)}"
        p["browse by topic"] = f"/statements/statements_browse?topics__arraycontains={quote(tp)}"
    if ids["article"]:
        p["article page"] = f"/statements/articles/{ids['article']}"
    return p


def percentile(times, q):
    if len(times) < 2:
        return times[0]
    return statistics.quantiles(times, n=100, method="inclusive")[q - 1]


async def measure(get, paths, runs):
    """[(name, path, p50, p95, status)] with `get(path) -> status` awaited runs times after a warm-up."""
    results = []
    for name, path in paths.items():
        await get(path)   # warm-up: templates compiled, pages of the database in the cache
        times, statuses = [], set()
        for _ in range(runs):
            t = time.perf_counter()
            statuses.add(await get(path))
            times.append((time.perf_counter() - t) * 1000)
        status = max(statuses)
        results.append((name, path, percentile(times, 50), percentile(times, 95), status))
        print_row(*results[-1])
    return results


def print_row(name, path, p50, p95, status):
    target = SEARCH_TARGET_MS if name.startswith("search") else TARGET_MS
    expected = EXPECTED_STATUS.get(name, 200)
    verdict = f"HTTP {status}" if status != expected else ("ok" if p95 <= target else "SLOW")
    print(f"{name:34} {p50:9.1f} {p95:9.1f}  {verdict:8} {LISTED.get(name, ''):>16}  {path}", flush=True)


LISTED = {}   # search page name -> "rows listed / count shown", filled by listed()


def listed(db_path, paths):
    """What each search page lists (its first page's rows and the count it shows), from the site's own search
    function: a fast search that lists nothing measures nothing (the 1M archive of round 38 listed no
    statement for "said": make_big left every copy out of the canonical rows)."""
    from pressarchive.site.search import Filters, QueryError, run_search

    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    for name, path in paths.items():
        if not path.startswith("/statements/search?"):
            continue
        args = dict(parse_qsl(path.split("?", 1)[1]))
        page = int(args.pop("page", 1))
        sort = args.pop("sort", "relevance")
        try:
            result = run_search(conn, Filters(**args), sort, page)
            LISTED[name] = f"{len(result.rows)} of {result.count_label}"
        except QueryError:
            LISTED[name] = "refused"
    conn.close()


async def in_process(db_path, paths, runs):
    from datasette.database import Database
    from site_db import make_datasette

    ds = make_datasette(db_path)   # the app `make serve` runs, with the Makefile's settings
    ds.remove_database(Path(db_path).stem)
    ds.add_database(Database(ds, path=str(db_path), is_mutable=True), name="statements")
    await ds.invoke_startup()

    async def get(path):
        return (await ds.client.get(path)).status_code
    return await measure(get, paths, runs)


async def over_loopback(db_path, paths, runs):
    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with tempfile.TemporaryDirectory() as tmp:
        link = Path(tmp) / "statements.db"   # Datasette names a database after its file
        link.symlink_to(Path(db_path).resolve())
        server = subprocess.Popen(["make", "-s", "serve-only", f"DB={link}", f"PORT={port}"], cwd=ROOT,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        try:
            async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
                for _ in range(300):
                    try:
                        await client.get("/-/versions.json")   # any answer (even 404) means it is up
                        break
                    except httpx.TransportError:
                        await asyncio.sleep(0.1)

                async def get(path):
                    return (await client.get(path)).status_code
                return await measure(get, paths, runs)
        finally:
            os.killpg(server.pid, 15)
            server.wait()


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "data")])
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--db", help="an existing database (any file name; served as `statements`)")
    ap.add_argument("--server", action="store_true", help="a datasette subprocess (make serve-only) over loopback")
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
        ids, total = sample_ids(db_path)
        print(f"{db_path}: {total:,} statements; statements containing each search term: "
              + ", ".join(f"{t!r} {n or 0:,}" for t, n in ids["doc_counts"].items()))
        print(f"{args.runs} runs per page after one warm-up, {'loopback server' if args.server else 'in-process'}; "
              f"targets p95 < {TARGET_MS} ms, search p95 < {SEARCH_TARGET_MS} ms")
        listed(db_path, pages(ids))
        print(f"{'page':34} {'p50 ms':>9} {'p95 ms':>9}  verdict  {'listed':>16}  path")
        run = over_loopback if args.server else in_process
        results = asyncio.run(run(db_path, pages(ids), args.runs))
    failures = sum(r[4] != EXPECTED_STATUS.get(r[0], 200) for r in results)
    slow = sum(r[4] == EXPECTED_STATUS.get(r[0], 200)
               and r[3] > (SEARCH_TARGET_MS if r[0].startswith("search") else TARGET_MS) for r in results)
    print(f"{len(results)} pages: {len(results) - failures - slow} within the p95 target, {slow} slow, "
          f"{failures} errors")
    empty = [name for name, shown in LISTED.items() if shown.startswith("0 of") and "rare" not in name]
    print(f"search pages listing rows: {len(LISTED) - len(empty)} of {len(LISTED)}"
          + (f"; listing none: {', '.join(empty)}" if empty else ""))
    medians = [r[2] for r in results]
    over = [r[0] for r in results if r[2] > MEDIAN_TARGET_MS]
    print(f"medians: median {statistics.median(medians):.1f} ms, slowest {max(medians):.1f} ms; "
          f"{len(over)} over {MEDIAN_TARGET_MS} ms" + (f" ({', '.join(over)})" if over else ""))
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
