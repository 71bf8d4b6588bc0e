"""Where the writer's memory grows: its RSS after every batch of one ingest, with the batch's first and last file.

The input is the whole of ../shared/corpora (or FOLDER) once or several times under different folder names, as
bench_memory.py lays it out (`--copies 2`: every file twice). The ingest runs in this process (the writer) with
`--jobs` worker processes, as the CLI runs it; one line per batch: RSS and anonymous RSS in MB, the number of
files and the first and last of them. bench_memory.py gives the peaks; this says at which files they are reached.
With `--tracemalloc`, each line also gives the Python heap (tracemalloc: objects and numpy arrays) now and its
peak since the line before, and at the end the allocation sites of the largest heap seen at a checkpoint (each
result received, each write, each clustering step), by size: what the writer holds at its transient peak.
tracemalloc slows the writer several times over. Each line also gives SQLite's own memory (`sqlite3_memory_used`
through ctypes, from the library Python's sqlite3 module is linked to: page caches and prepared statements) and
its high-water mark since the line before.

    python bench/trace_memory.py [FOLDER] [--copies 2] [--jobs 2] [--tracemalloc]
"""
import argparse
import ctypes
import functools
import sys
import tempfile
import tracemalloc
from pathlib import Path

import sqlite_utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from bench_memory import CORPORA, link_tree  # noqa: E402
from pressarchive import cluster, pipeline, store  # noqa: E402
from pressarchive.resolve import Registry  # noqa: E402
from pressarchive.topics import Taxonomy  # noqa: E402


def rss_mb() -> tuple[int, int]:
    """(VmRSS, RssAnon) of this process in MB, from /proc (Linux)."""
    fields = dict(line.split(":", 1) for line in Path("/proc/self/status").read_text().splitlines() if ":" in line)
    return tuple(int(fields[k].split()[0]) // 1024 for k in ("VmRSS", "RssAnon"))


def _sqlite_library():
    """The libsqlite3 that Python's _sqlite3 module uses (already loaded: found by its name), or None."""
    for name in ("libsqlite3.so.0", "libsqlite3.dylib"):
        try:
            lib = ctypes.CDLL(name)
        except OSError:
            continue
        lib.sqlite3_memory_used.restype = lib.sqlite3_memory_highwater.restype = ctypes.c_int64
        lib.sqlite3_memory_highwater.argtypes = [ctypes.c_int]
        return lib
    return None


SQLITE = _sqlite_library()


def sqlite_mb() -> str:
    """SQLite's memory in use now and its high-water mark since the last call (which resets it), in MB."""
    if SQLITE is None:
        return ""
    used, high = SQLITE.sqlite3_memory_used(), SQLITE.sqlite3_memory_highwater(1)
    return f" sqlite {used / 2**20:4.1f} MB peak {high / 2**20:4.1f} MB"


def traced(cluster_batch):
    """pipeline._cluster_batch, printing the RSS and the files of each batch before clustering it."""
    count = [0]

    def run(db, summary):
        count[0] += 1
        files = sorted(summary.written)
        rss, anon = rss_mb()
        heap = ""
        if tracemalloc.is_tracing():
            now, peak = (n // 2**20 for n in tracemalloc.get_traced_memory())
            tracemalloc.reset_peak()
            heap = f" heap {now:>3} MB peak {peak:>3} MB"
        print(f"batch {count[0]:>4} rss {rss:>4} MB anon {anon:>4} MB{sqlite_mb()}{heap}  {len(files):>4} files  "
              f"{files[0] if files else ''} .. {files[-1] if files else ''}", flush=True)
        return cluster_batch(db, summary)
    return run


class HighWater:
    """A tracemalloc snapshot kept whenever the traced heap at a checkpoint is the largest seen so far."""

    def __init__(self):
        self.size, self.snapshot, self.where = 0, None, None

    def check(self, where):
        size = tracemalloc.get_traced_memory()[0]
        if size > self.size + 2**20:
            self.size, self.where = size, where
            self.snapshot = tracemalloc.take_snapshot()

    def around(self, module, name):
        """module.name, checked after each call."""
        fn = getattr(module, name)

        @functools.wraps(fn)
        def run(*args, **kwargs):
            result = fn(*args, **kwargs)
            self.check(name)
            return result
        setattr(module, name, run)

    def progress(self, results, total):
        for result in results:
            self.check("result received")
            yield result

    def report(self, top=25):
        if self.snapshot is None:
            return
        print(f"largest heap at a checkpoint: {self.size / 2**20:.1f} MB after {self.where}; top sites:")
        stats = self.snapshot.filter_traces([tracemalloc.Filter(False, tracemalloc.__file__)]).statistics("lineno")
        for stat in stats[:top]:
            frame = stat.traceback[0]
            print(f"  {stat.size / 2**20:7.1f} MB {stat.count:>9,} blocks  {frame.filename}:{frame.lineno}")


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", default=str(CORPORA))
    ap.add_argument("--copies", type=float, default=2)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--tracemalloc", action="store_true", help="trace the Python heap too (slow)")
    args = ap.parse_args()
    folder = Path(args.folder).resolve()
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    pipeline._cluster_batch = traced(pipeline._cluster_batch)
    registry = Registry.load(ROOT / "data" / "speakers.yml")
    taxonomy = Taxonomy.load(ROOT / "data" / "topics.yml")
    high = HighWater()
    if args.tracemalloc:
        for module, name in ((store.Writer, "flush"), (cluster, "_add_slice"), (cluster, "_stored_members"),
                             (cluster, "_add_articles"), (cluster, "_refresh_clusters")):
            high.around(module, name)
        tracemalloc.start(5)
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "input"
        n = link_tree(files, folder, tree, args.copies)
        print(f"{n:,} files; start: rss {rss_mb()[0]} MB", flush=True)
        summary = pipeline.ingest(sqlite_utils.Database(Path(tmp) / "trace.db"), [str(tree)], registry, taxonomy,
                                  jobs=args.jobs, fork_server=True,
                                  progress=high.progress if args.tracemalloc else None)
        print(f"end: rss {rss_mb()[0]} MB{sqlite_mb()}; {summary.articles:,} articles, {summary.statements:,} statements")
    high.report()


if __name__ == "__main__":
    main()
