"""Ingest speed, end to end into the database: articles per second on bbc-news/politics (target >= 200/s).

Runs the ingest in-process on a fresh temporary database (interpreter start and imports excluded, as they
are paid once per run, not per article), three times with one process and three times with two worker
processes (the CLI's default uses every core), and prints each rate and the best."""
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
    registry = Registry.load(ROOT / "data" / "speakers.yml")
    taxonomy = Taxonomy.load(ROOT / "data" / "topics.yml")
    for jobs in (1, 2):
        measure(registry, taxonomy, jobs)


def measure(registry, taxonomy, jobs):
    rates = []
    for run in range(3):
        with tempfile.TemporaryDirectory() as tmp:
            db = sqlite_utils.Database(Path(tmp) / "bench.db")
            started = time.perf_counter()
            summary = ingest(db, [str(CORPUS)], registry, taxonomy, jobs=jobs)
            elapsed = time.perf_counter() - started
            rates.append(summary.articles / elapsed)
            print(f"jobs={jobs} run {run + 1}: {summary.articles} articles, {summary.statements} statements in {elapsed:.2f}s"
                  f" = {rates[-1]:.0f} articles/s")
    print(f"jobs={jobs} best: {max(rates):.0f} articles/s (target 200)")


if __name__ == "__main__":
    main()
