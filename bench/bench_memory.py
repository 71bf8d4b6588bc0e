"""Peak memory of an ingest as its input grows: is it flat?

The input is the files of a folder (default the whole of ../shared/corpora): a random quarter, a random half
(seeded: the same mix of corpora and formats at every size), all of them, and all of them twice (a second copy
under another folder name, so every file is new). Each size is ingested into a fresh database by a fresh child process, as the CLI runs it (`--jobs`
worker processes and the single writer), and the peak RSS of the writer and of the largest worker is printed
with the size. Files are hard-linked into a temporary tree (copied where links cannot be made).

    python bench/bench_memory.py [FOLDER] [--jobs 2] [--fractions 0.25,0.5,1,2] [--timeout 0]

--timeout 0 lifts the per-file time limit (on a machine so busy that a Reuters SGML file overruns 30 s; the
articles column then shows every size complete).
"""
import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
from bench_ingest import ingest_once  # noqa: E402  (the same measured ingest, in this child process)

CORPORA = ROOT.parent / "shared" / "corpora"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("folder", nargs="?", default=str(CORPORA))
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--fractions", default="0.25,0.5,1,2")
    ap.add_argument("--timeout", type=float, help="seconds per file (default: the CLI's; 0: no limit)")
    ap.add_argument("--child", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        print(json.dumps(ingest_once(args.child, args.jobs, args.timeout)))
        return
    folder = Path(args.folder).resolve()
    files = sorted(p for p in folder.rglob("*") if p.is_file())
    print(f"{folder}: {len(files):,} files; --jobs {args.jobs}")
    print(f"{'input':>8} {'files':>8} {'articles':>9} {'statements':>11} {'seconds':>8} {'writer MB':>10} "
          f"{'worker MB':>10}")
    for fraction in (float(f) for f in args.fractions.split(",")):
        with tempfile.TemporaryDirectory() as tmp:
            tree = Path(tmp) / "input"
            n = link_tree(files, folder, tree, fraction)
            timeout = [] if args.timeout is None else ["--timeout", str(args.timeout)]
            out = subprocess.run([sys.executable, __file__, "--child", str(tree), "--jobs", str(args.jobs)] + timeout,
                                 check=True, capture_output=True, text=True).stdout
            r = json.loads(out.strip().splitlines()[-1])
        print(f"{fraction:>7g}x {n:>8,} {r['articles']:>9,} {r['statements']:>11,} {r['elapsed']:>8.1f} "
              f"{r['rss_self_mb']:>10.0f} {r['rss_children_mb']:>10.0f}")


def link_tree(files, folder, tree, fraction) -> int:
    """`fraction` of the files under tree: every file once per whole copy, and for the rest a seeded random
    sample (not a prefix: each size then has the same mix of corpora and formats, and only its size differs)."""
    copies, rest = int(fraction), fraction - int(fraction)
    sample = sorted(random.Random(1).sample(files, int(len(files) * rest)))
    chosen = [(c, f) for c in range(copies) for f in files] + [(copies, f) for f in sample]
    for copy, f in chosen:
        target = tree / f"copy{copy}" / f.relative_to(folder)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            os.link(f, target)
        except OSError:
            shutil.copy2(f, target)
    return len(chosen)


if __name__ == "__main__":
    main()
