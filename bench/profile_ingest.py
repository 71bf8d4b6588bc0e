"""Where ingest time goes: cProfile over one in-process ingest of a folder (default bbc-news/politics) into a
fresh temporary database; prints the top functions by own time and by cumulative time. The profiler times calls by
its default clock: with time.process_time as its timer every call paid a system call, and bbc-news/politics took
29.9 CPU s under the profiler (14.7 of them in the kernel) against 5.4 without it, the small functions' share blown
up; with the default clock it takes 10.8. The total printed is CPU seconds of this process (time.process_time), so
other work on a shared machine does not skew it; run it on a quiet machine for the shares.

    python bench/profile_ingest.py [FOLDER ...] [--top 10] [--db OUT.db] [--stats OUT.prof]
"""
import argparse
import cProfile
import pstats
import sys
import tempfile
import time
from pathlib import Path

import sqlite_utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pressarchive.pipeline import ingest  # noqa: E402
from pressarchive.resolve import Registry  # noqa: E402
from pressarchive.topics import Taxonomy  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "bbc-news" / "politics"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("folders", nargs="*", default=[str(CORPUS)])
    parser.add_argument("--top", type=int, default=10)
    parser.add_argument("--db", help="keep the database here (default: a temporary one)")
    parser.add_argument("--stats", help="also save the profile here (pstats: callers, callees)")
    args = parser.parse_args()
    registry = Registry.load(ROOT / "data" / "speakers.yml")
    taxonomy = Taxonomy.load(ROOT / "data" / "topics.yml")
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite_utils.Database(args.db or Path(tmp) / "profile.db")
        profile = cProfile.Profile()
        started = time.process_time()
        profile.enable()
        summary = ingest(db, args.folders, registry, taxonomy, jobs=1, timeout=None)
        profile.disable()
        elapsed = time.process_time() - started
        print(f"{summary.articles} articles, {summary.statements} statements in {elapsed:.2f} CPU s under the profiler")
        stats = pstats.Stats(profile)
        if args.stats:
            stats.dump_stats(args.stats)
        for key in ("tottime", "cumulative"):
            print(f"\n--- top {args.top} by {key} ---")
            stats.sort_stats(key).print_stats(args.top)


if __name__ == "__main__":
    main()
