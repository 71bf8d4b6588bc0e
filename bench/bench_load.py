#!/usr/bin/env python3
"""Load on the served site: requests per second and latency with 8 and 32 concurrent clients (target with 8
clients: >= 100 req/s, p99 <= 1 s, no errors).

    python bench/bench_load.py [--db EXISTING.db] [--clients 8,32] [--seconds 30] [--workers N] [--exclude home,...]
                               [PATH ...]

Without --db, ingests data/ (or the PATHs) into a temporary database. Serves it with `make serve-only` (the
Makefile's flags: `datasette serve` in WORKERS processes, pressarchive/site/serve.py) on a loopback port and runs a bounded client: httpx with
asyncio, one connection per client, each client requesting a mix of pages (home, search, facets, statement,
speaker, topic and article pages, feeds, CSV) in a seeded random order for the given time. Prints req/s,
p50/p95/p99, the slowest page types and errors per run, and the server's CPU time per request (from /proc),
which does not depend on what else the machine is doing.
"""
import argparse
import asyncio
import os
import random
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from urllib.parse import quote

import httpx

ROOT = Path(__file__).resolve().parent.parent


def page_mix(db_path, seed=1):
    """[(page type, path)]: the weights are the number of entries of each type."""
    conn = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    rnd = random.Random(seed)
    ids = lambda sql: [r[0] for r in conn.execute(sql)]  # noqa: E731
    statements = ids("select id from statements order by random() limit 40")
    speakers = ids("select id from speakers order by statements desc limit 20")
    topics = ids("select id from topics")
    articles = ids("select id from articles where id in (select article_id from statements) order by random() limit 20")
    words = ["minister", "government", "said", "election", "human rights", "tax", "police", "trade", "Blair",
             "economy"]
    conn.close()
    mix = [("home", "/")] * 4
    mix += [("search", f"/statements/search?q={quote(w)}") for w in words]
    mix += [("search filtered", f"/statements/search?q={quote(w)}&speaker={quote(rnd.choice(speakers))}")
            for w in words[:3]]
    mix += [("statement", f"/statements/statements/{i}") for i in statements[:10]]
    mix += [("speaker", f"/statements/speakers/{quote(i)}") for i in speakers[:5]]
    mix += [("topic", f"/statements/topics/{quote(i)}") for i in topics[:3]]
    mix += [("article", f"/statements/articles/{i}") for i in articles[:5]]
    mix += [("facets", "/statements/statements_browse")] * 2
    mix += [("feed", "/statements/latest_feed.atom"), ("csv", "/statements/statements.csv?_size=50")]
    return mix


async def client_loop(client, mix, rnd, deadline, samples, errors):
    while time.perf_counter() < deadline:
        kind, path = rnd.choice(mix)
        t = time.perf_counter()
        try:
            r = await client.get(path)
            ok = r.status_code == 200
            if not ok:
                errors[f"{kind}: HTTP {r.status_code}"] += 1
        except httpx.HTTPError as e:
            ok = False
            errors[f"{kind}: {type(e).__name__}"] += 1
        if ok:
            samples.append((kind, time.perf_counter() - t))


async def run(base, mix, clients, seconds):
    samples, errors = [], defaultdict(int)
    limits = httpx.Limits(max_connections=clients, max_keepalive_connections=clients)
    async with httpx.AsyncClient(base_url=base, timeout=30, limits=limits) as client:
        started = time.perf_counter()
        deadline = started + seconds
        await asyncio.gather(*(client_loop(client, mix, random.Random(i), deadline, samples, errors)
                               for i in range(clients)))
        elapsed = time.perf_counter() - started
    return samples, errors, elapsed


def descendants(pid):
    """pid's child processes and theirs (make -> the server's supervisor -> its workers), from /proc."""
    try:
        kids = [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
    except OSError:
        return []
    return kids + [d for k in kids for d in descendants(k)]


def server_cpu_seconds(make_pid):
    """User + system CPU time of the server's processes (make's descendants) so far, from /proc; None elsewhere."""
    total, found = 0.0, False
    for pid in descendants(make_pid):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        found = True
    return total if found else None


def report(clients, samples, errors, elapsed, cpu=None):
    times = sorted(t for _, t in samples)
    n = len(times) + sum(errors.values())
    if not times:
        print(f"{clients} clients: no successful request; errors {dict(errors)}")
        return
    q = statistics.quantiles(times, n=100, method="inclusive") if len(times) > 1 else [times[0]] * 99
    print(f"{clients:3} clients: {n / elapsed:7.1f} req/s  p50 {q[49] * 1000:7.1f} ms  p95 {q[94] * 1000:7.1f} ms  "
          f"p99 {q[98] * 1000:7.1f} ms  errors {sum(errors.values())} ({n} requests in {elapsed:.1f}s)")
    if cpu:
        # On a shared machine req/s depends on the other load; the server's CPU per request does not.
        print(f"     server CPU {cpu / n * 1000:.1f} ms per request (all its processes): at most {n / cpu:.0f} req/s "
              f"per free core")
    by_kind = defaultdict(list)
    for kind, t in samples:
        by_kind[kind].append(t)
    slowest = sorted(by_kind.items(), key=lambda kv: -statistics.median(kv[1]))[:5]
    print("     median by page type, slowest first: "
          + ", ".join(f"{k} {statistics.median(v) * 1000:.0f} ms" for k, v in slowest))
    for what, count in sorted(errors.items()):
        print(f"     error {what}: {count}")


async def cpu_per_page(base, mix, make_pid, repeat=10):
    """The server's CPU time per request of each page type, requested one at a time."""
    by_kind = defaultdict(list)
    for kind, path in mix:
        by_kind[kind].append(path)
    print("     server CPU per request, one at a time:")
    async with httpx.AsyncClient(base_url=base, timeout=30) as client:
        for kind, paths in by_kind.items():
            for path in paths:
                await client.get(path)   # warm-up
            before = server_cpu_seconds(make_pid)
            for _ in range(repeat):
                for path in paths:
                    await client.get(path)
            cpu = server_cpu_seconds(make_pid) - before
            print(f"       {kind:16} {cpu / (repeat * len(paths)) * 1000:6.1f} ms")


async def wait_up(base, server):
    async with httpx.AsyncClient(base_url=base, timeout=5) as client:
        for _ in range(600):
            if server.poll() is not None:
                sys.exit("the server exited")
            try:
                await client.get("/")
                return
            except httpx.TransportError:
                await asyncio.sleep(0.1)
    sys.exit("the server did not start")


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("paths", nargs="*", default=[str(ROOT / "data")])
    ap.add_argument("--db", help="an existing database instead of ingesting")
    ap.add_argument("--clients", default="8,32", help="comma-separated numbers of concurrent clients")
    ap.add_argument("--seconds", type=float, default=30)
    ap.add_argument("--workers", type=int, help="server processes (default: the Makefile's WORKERS)")
    ap.add_argument("--cpu-per-page", action="store_true", help="also print the server's CPU time per page type")
    ap.add_argument("--exclude", default="", help="comma-separated page types left out of the mix (e.g. home), "
                                                  "to see what the others sustain")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        db_path = Path(tmp) / "statements.db"   # Datasette names a database after its file
        if args.db:
            db_path.symlink_to(Path(args.db).resolve())
        else:
            subprocess.run([sys.executable, str(ROOT / "ingest.py"), "-q", str(db_path), *args.paths], check=True,
                           cwd=ROOT)
        excluded = {t.strip() for t in args.exclude.split(",") if t.strip()}
        mix = [(kind, path) for kind, path in page_mix(db_path) if kind not in excluded]
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        workers = [f"WORKERS={args.workers}"] if args.workers else []
        server = subprocess.Popen(["make", "-s", "serve-only", f"DB={db_path}", f"PORT={port}", *workers], cwd=ROOT,
                                  stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
        base = f"http://127.0.0.1:{port}"
        try:
            asyncio.run(wait_up(base, server))
            counts = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True).execute(
                "select count(*) from statements").fetchone()[0]
            print(f"{args.db or ' '.join(args.paths)}: {counts:,} statements; {len(mix)} pages in the mix; "
                  f"{args.seconds:.0f}s per run; make serve-only {' '.join(workers)} on {base}")
            if args.cpu_per_page and server_cpu_seconds(server.pid) is not None:
                asyncio.run(cpu_per_page(base, mix, server.pid))
            for clients in (int(c) for c in args.clients.split(",")):
                before, client_cpu = server_cpu_seconds(server.pid), time.process_time()
                samples, errors, elapsed = asyncio.run(run(base, mix, clients, args.seconds))
                after, client_cpu = server_cpu_seconds(server.pid), time.process_time() - client_cpu
                report(clients, samples, errors, elapsed, after - before if before is not None and after else None)
                n = len(samples) + sum(errors.values())
                print(f"     client CPU {client_cpu / max(n, 1) * 1000:.1f} ms per request (this process: the load "
                      f"generator shares the machine's cores with the server)")
        finally:
            os.killpg(server.pid, signal.SIGTERM)
            server.wait()


if __name__ == "__main__":
    main()
