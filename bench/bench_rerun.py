"""First-run and unchanged-re-run times of an ingest over ../shared/corpora, into a temporary database.

The re-run reads and hashes every file but analyses none (all unchanged); the target is a re-run >= 20x faster.
Prints the figures; asserts nothing."""
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

CORPORA = ROOT.parent / "shared" / "corpora"
TARGET = 20


def timed_run(db, registry, taxonomy):
    started = time.monotonic()
    summary = ingest(db, [str(CORPORA)], registry, taxonomy)
    return time.monotonic() - started, summary


def main() -> int:
    registry = Registry.load(ROOT / "data" / "speakers.yml")
    taxonomy = Taxonomy.load(ROOT / "data" / "topics.yml")
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite_utils.Database(Path(tmp) / "rerun.db")
        db.conn.execute("pragma journal_mode = wal")
        first, s1 = timed_run(db, registry, taxonomy)
        print(f"first run: {first:.1f}s  files {s1.files}, articles {s1.articles}, statements {s1.statements}, "
              f"failed {s1.failed}, skipped {s1.skipped}")
        again, s2 = timed_run(db, registry, taxonomy)
        print(f"re-run (nothing changed): {again:.2f}s  files {s2.files}, unchanged {s2.unchanged}, "
              f"re-tried failed {s2.failed}, articles written {s2.articles}")
    print(f"re-run speed-up: {first / again:.1f}x  (target >= {TARGET}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
