"""Ingest speed and memory, end to end into the database, against a bare sqlite-utils load of the same files.

For a folder (default bbc-news/politics) it measures, each configuration in a fresh child process so that peak
memory belongs to that configuration alone:

- baseline: a bare sqlite-utils load of the same files (one row per file: path and text, `insert_all`, then
  `enable_fts` on the text), the floor any ingest that reads every file into SQLite with FTS pays;
- the real ingest (`pipeline.ingest`, as the CLI runs it: worker processes, a per-file time limit, the single
  writer in the main process) with one and with two workers, three runs each.

Printed per configuration: articles per second (wall clock), articles per CPU second (user + system time of the
writer and its workers: on a machine shared with other work this is the figure to compare), the ratio to the
baseline on both, and the peak RSS of the writer (main) process and of the largest worker.

    python bench/bench_ingest.py [FOLDER] [--runs 3] [--jobs 1 2]
    python bench/bench_ingest.py ../shared/corpora --runs 1 --jobs 2     # memory on the whole corpora
"""
import argparse
import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import sqlite_utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news" / "politics"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", nargs="?", default=str(CORPUS))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--child", choices=["baseline", "ingest"], help=argparse.SUPPRESS)
    parser.add_argument("--child-jobs", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(baseline(args.folder) if args.child == "baseline" else ingest_once(args.folder, args.child_jobs)))
        return
    print(f"folder: {args.folder}")
    base = [child(args.folder, "baseline") for _ in range(args.runs)]
    wall, cpu = max(b["rate"] for b in base), max(b["cpu_rate"] for b in base)
    print(f"baseline (bare sqlite-utils load + FTS): {base[0]['articles']} files, best {wall:,.0f} files/s, "
          f"{cpu:,.0f} files/CPU s, peak RSS {base[0]['rss_self_mb']:.0f} MB")
    for jobs in args.jobs:
        runs = [child(args.folder, "ingest", jobs) for _ in range(args.runs)]
        for i, r in enumerate(runs, 1):
            print(f"jobs={jobs} run {i}: {r['articles']} articles, {r['statements']} statements in {r['elapsed']:.2f} s"
                  f" = {r['rate']:.0f} articles/s, {r['cpu_rate']:.0f} articles/CPU s; peak RSS writer "
                  f"{r['rss_self_mb']:.0f} MB, largest worker {r['rss_children_mb']:.0f} MB")
        best, best_cpu = max(r["rate"] for r in runs), max(r["cpu_rate"] for r in runs)
        print(f"jobs={jobs} best: {best:.0f} articles/s (target 1,000 with 2 jobs), {best_cpu:.0f} articles/CPU s; "
              f"baseline is {wall / best:.1f}x faster by wall clock, {cpu / best_cpu:.1f}x by CPU time (target <= 15x); "
              f"peak RSS writer {max(r['rss_self_mb'] for r in runs):.0f} MB, largest worker "
              f"{max(r['rss_children_mb'] for r in runs):.0f} MB (limit 300)")


def child(folder, what, jobs=1) -> dict:
    out = subprocess.run([sys.executable, __file__, folder, "--child", what, "--child-jobs", str(jobs)],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out.strip().splitlines()[-1])


def cpu_seconds() -> float:
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime


def figures(articles, statements, elapsed, cpu) -> dict:
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return {"articles": articles, "statements": statements, "elapsed": elapsed, "rate": articles / elapsed,
            "cpu_rate": articles / max(cpu, 1e-9), "rss_self_mb": own.ru_maxrss / 1024,
            "rss_children_mb": workers.ru_maxrss / 1024}


def baseline(folder) -> dict:
    """Every file of the folder as one row (path, text) with a full-text index: sqlite-utils and nothing else."""
    files = sorted(p for p in Path(folder).rglob("*") if p.is_file())
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite_utils.Database(Path(tmp) / "bare.db")
        started, cpu = time.perf_counter(), cpu_seconds()
        rows = ({"path": str(p.relative_to(folder)), "text": p.read_bytes().decode("utf-8", "replace")} for p in files)
        db["documents"].insert_all(rows, pk="path", batch_size=500)
        db["documents"].enable_fts(["text"], create_triggers=True)
        elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    return figures(len(files), 0, elapsed, cpu)


def ingest_once(folder, jobs, timeout=None) -> dict:
    """One ingest of folder as the CLI runs it; timeout: the per-file limit (None: the CLI's default; 0: none,
    for a machine so busy that a 1,000-article file could overrun it)."""
    from pressarchive.pipeline import TIME_LIMIT, ingest
    from pressarchive.resolve import Registry
    from pressarchive.topics import Taxonomy
    registry = Registry.load(ROOT / "data" / "speakers.yml")
    taxonomy = Taxonomy.load(ROOT / "data" / "topics.yml")
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite_utils.Database(Path(tmp) / "bench.db")
        started, cpu = time.perf_counter(), cpu_seconds()
        summary = ingest(db, [folder], registry, taxonomy, jobs=jobs, fork_server=True,      # as the CLI runs it
                         timeout=TIME_LIMIT if timeout is None else timeout)
        elapsed, cpu = time.perf_counter() - started, cpu_seconds() - cpu
    return figures(summary.articles, summary.statements, elapsed, cpu)


if __name__ == "__main__":
    main()
