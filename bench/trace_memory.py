"""Where the writer's memory grows: its RSS after every batch of one ingest, with the batch's first and last file.

The input is the whole of ../shared/corpora (or FOLDER) once or several times under different folder names, as
bench_memory.py lays it out (`--copies 2`: every file twice). The ingest runs in this process (the writer) with
`--jobs` worker processes, as the CLI runs it; one line per batch: RSS and anonymous RSS in MB, the number of
files and the first and last of them. bench_memory.py gives the peaks; this says at which files they are reached.

    python bench/trace_memory.py [FOLDER] [--copies 2] [--jobs 2]
"""
import argparse
import sys
import tempfile
from pathlib import Path

import sqlite_utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from bench_memory import CORPORA, link_tree  # noqa: E402
from pressarchive import pipeline  # noqa: E402
from pressarchive.resolve import Registry  # noqa: E402
from pressarchive.topics import Taxonomy  # noqa: E402


def rss_mb() -> tuple[int, int]:
    """(VmRSS, RssAnon) of this process in MB, from /proc (Linux)."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return tuple(int(fields[k].split()[0]) // 1024 for k in ("VmRSS", "RssAnon"))


def traced(cluster_batch):
    """pipeline._cluster_batch, printing the RSS and the files of each batch before clustering it."""
    count = [0]

    def run(db, summary):
        count[0] += 1
        files = sorted(summary.written)
        rss, anon = rss_mb()
        print(f"batch {count[0]:>4} rss {rss:>4} MB anon {anon:>4} MB  {len(files):>4} files  "
              f"{files[0] if files else ''} .. {files[-1] if files else ''}", flush=True)
        return cluster_batch(db, summary)
    return run


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", default=str(CORPORA))
    ap.add_argument("--copies", type=float, default=2)
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args()
    folder = Path(args.folder).resolve()
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    pipeline._cluster_batch = traced(pipeline._cluster_batch)
    registry = Registry.load(ROOT / "data" / "speakers.yml")
    taxonomy = Taxonomy.load(ROOT / "data" / "topics.yml")
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "input"
        n = link_tree(files, folder, tree, args.copies)
        print(f"{n:,} files; start: rss {rss_mb()[0]} MB", flush=True)
        summary = pipeline.ingest(sqlite_utils.Database(Path(tmp) / "trace.db"), [str(tree)], registry, taxonomy,
                                  jobs=args.jobs, fork_server=True)
        print(f"end: rss {rss_mb()[0]} MB; {summary.articles:,} articles, {summary.statements:,} statements")


if __name__ == "__main__":
    main()
