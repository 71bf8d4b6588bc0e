"""make eval: ingest the documents of the dev gold sets into a temporary database and score each set.

The gold documents are copied into a temporary tree that mirrors their place under shared/corpora, so the
articles' sources ('bbc-news/politics/021.txt') match the gold 'doc' paths the scorer looks for."""
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
EVAL = SHARED / "eval"


def main(argv):
    sets = sorted((EVAL / "dev").glob("*.jsonl"))
    keep = argv[1] if len(argv) > 1 else None
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "corpora"
        for gold in sets:
            for line in gold.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    doc = json.loads(line)["doc"]
                    target = tree / doc
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.copy2(CORPORA / doc, target)
        db = keep or str(Path(tmp) / "dev.db")
        for suffix in ("", "-wal", "-shm"):
            Path(db + suffix).unlink(missing_ok=True)     # a fresh build: the ingest skips unchanged files
        tops = sorted(str(p) for p in tree.iterdir())
        subprocess.run([sys.executable, str(ROOT / "ingest.py"), db, *tops, "--quiet"], check=True)
        sys.path.insert(0, str(EVAL))
        from score import score
        keys = ["gold", "pred", "match", "f1", "attribution", "e2e_f1", "date_accuracy", "topic_accuracy"]
        print(f"{'set':16}" + "".join(f"{k:>15}" for k in keys))
        for gold in sets:
            res = score(db, [str(gold)])
            print(f"{gold.stem:16}" + "".join(f"{res[k]:>15}" for k in keys))
        res = score(db, [str(g) for g in sets])
        print(f"{'ALL':16}" + "".join(f"{res[k]:>15}" for k in keys))


if __name__ == "__main__":
    main(sys.argv)
