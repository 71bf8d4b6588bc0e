#!/usr/bin/env python3
"""Hostile SQL against the served site (plugins/pressarchive_guard.py and the Makefile's serve flags): `make serve-only
ALLOW_SQL=1` on a real database, each request that asks for gigabytes or for endless work fired while normal pages are
requested over and over. Prints, per hostile request, its status, the slowest normal page while it ran and the
servers' peak RSS (targets: the first five refused, no normal page waiting over 3 s, peak RSS under 500 MB).
tests/test_guard.py runs the same attack and asserts what does not depend on the machine's speed: the statuses,
every normal page answered, the RSS.

    python bench/bench_hostile.py [--db EXISTING.db]     (default: seeds and bbc-news/politics ingested)
"""
import argparse
import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"

# Each asks for gigabytes or for endless work; the first five must be refused, the others may answer
# (fold() capped, or cut by the time limit).
HOSTILE = [
    "select zeroblob(200000000)",
    "select randomblob(2000000000)",
    "select length(group_concat(a.body)) from articles a, articles b",
    "with recursive c(x) as (select 1 union all select x + 1 from c limit 1000) select printf('%.*c', 3900000, 'x') from c",
    "with recursive c(x) as (select 1 union all select x + 1 from c limit 1000) select randomblob(3900000) from c order by 1",
    "with recursive c(x) as (select 1 union all select x + 1 from c) select sum(length(fold(printf('%.*c', 3000000, 'a')))) from c",
    "with recursive c(x) as (select 1 union all select x + 1 from c) select count(*) from c",
    "select fold(group_concat(body)) from articles",
    "select count(*) from articles a, articles b, articles c where a.body like '%' || b.headline || '%'",
]
NORMAL = ["/", "/statements/search?q=minister", "/statements/statements?_size=20", "/statements/speakers"]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def children(pid):
    path = Path(f"/proc/{pid}/task/{pid}/children")
    return [int(p) for p in path.read_text().split()] if path.exists() else []


def descendants(pid):
    """make -> the server's supervisor -> its worker processes (pressarchive/site/serve.py)."""
    kids = children(pid)
    return kids + [d for k in kids for d in descendants(k)]


def peak_rss_mb(pid):
    """Peak RSS of a live process; 0 for one that has gone (uvicorn's supervisor replaces a worker that misses its
    health check, as one busy with a hostile query on a loaded machine may: the replacement is measured instead)."""
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except FileNotFoundError:
        return 0
    return int(re.search(r"VmHWM:\s+(\d+) kB", status).group(1)) / 1024




async def attack(base, make_pid):
    async with httpx.AsyncClient(base_url=base, timeout=60) as client:
        # The server's start (make, uvicorn, two workers loading Datasette) takes seconds on a quiet machine and
        # over 30 s on a loaded one: wait up to two minutes, then say so instead of failing on the first page.
        deadline = time.monotonic() + 120
        while True:
            try:
                await client.get("/statements.json?sql=select+1")
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server did not answer within 120 s of `make serve-only`"
                await asyncio.sleep(0.2)
        servers = descendants(make_pid)   # every server process: the peak RSS of the largest counts
        for path in NORMAL:
            assert (await client.get(path)).status_code == 200, path
        report = []
        for sql in HOSTILE:
            hostile = asyncio.create_task(client.get("/statements.json", params={"sql": sql}))
            worst = 0.0
            while not hostile.done():
                for path in NORMAL:
                    t = time.perf_counter()
                    r = await client.get(path)
                    worst = max(worst, time.perf_counter() - t)
                    assert r.status_code == 200, (path, sql, r.text[:300])
            r = await hostile
            servers = sorted(set(servers) | set(descendants(make_pid)))
            report.append((sql, r.status_code, worst, max(peak_rss_mb(p) for p in servers)))
        return report


def serve_and_attack(db_path) -> list[tuple]:
    """Serve db_path as `make serve-only ALLOW_SQL=1` does and run the attack: [(sql, status, slowest normal page in
    seconds, peak RSS MB)], one per HOSTILE request, in order. The server is stopped however the attack ends."""
    port = free_port()
    make = subprocess.Popen(["make", "-s", "serve-only", f"DB={db_path}", f"PORT={port}", "ALLOW_SQL=1"], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        return asyncio.run(attack(f"http://127.0.0.1:{port}", make.pid))
    finally:
        os.killpg(make.pid, signal.SIGTERM)
        make.wait(timeout=20)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", help="an existing statements database (default: seeds and bbc-news/politics)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = args.db
        if db_path is None:
            import sqlite_utils
            sys.path.insert(0, str(ROOT))
            from pressarchive.pipeline import ingest
            from pressarchive.resolve import Registry
            from pressarchive.topics import Taxonomy
            db_path = Path(tmp) / "statements.db"
            ingest(sqlite_utils.Database(db_path), [str(CORPORA / "seeds"), str(CORPORA / "bbc-news" / "politics")],
                   Registry.load(ROOT / "data" / "speakers.yml"), Taxonomy.load(ROOT / "data" / "topics.yml"))
        report = serve_and_attack(db_path)
    for i, (sql, status, worst, rss) in enumerate(report):
        refused = "refused" if status != 200 else "answered" + (" (must be refused)" if i < 5 else "")
        print(f"{status} {refused:9} slowest normal page {worst:5.2f} s (target 3), peak RSS {rss:4.0f} MB (limit 500): "
              f"{sql[:90]}")


if __name__ == "__main__":
    main()
