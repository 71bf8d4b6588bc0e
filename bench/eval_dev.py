"""make eval: ingest the documents of the dev gold sets and of our own held-out set into a temporary database and
score each set.

The dev gold documents are copied into a temporary tree that mirrors their place under shared/corpora, so the
articles' sources ('bbc-news/politics/021.txt') match the gold 'doc' paths the scorer looks for. Our own set
(eval/own, see SOURCE.md and SOURCE-b.md) is ingested from eval/own/docs and docs-b in place: its sources start
with 'docs/' or 'docs-b/' and its gold lines name them so. It is scored as own-train and own-test (every third
document, fixed when the documents were added), pooled and per set; the test split is reported, never tuned on.
Set C (eval/own/docs-c, SOURCE-c.md) is scored for dates only, by bench/eval_pubdates.py."""
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
OWN = ROOT / "eval" / "own"
KEYS = ["gold", "pred", "match", "precision", "recall", "f1", "attribution", "e2e_f1", "date_accuracy", "topic_accuracy"]


def row(name, res):
    return f"{name:16}" + "".join(f"{res[k]:>{max(len(k) + 2, 8)}}" for k in KEYS)


def main(argv):
    sets = sorted((EVAL / "dev").glob("*.jsonl"))
    # Set A (docs/: news reports of spokespeople) and set B (docs-b/: other governments' briefings, wire copy,
    # interviews), each split the same way; the own-train and own-test rows pool both.
    own_sets = [("own-train", [OWN / "train.jsonl", OWN / "train-b.jsonl"]),
                ("own-test", [OWN / "test.jsonl", OWN / "test-b.jsonl"]),
                ("  A train", [OWN / "train.jsonl"]), ("  A test", [OWN / "test.jsonl"]),
                ("  B train", [OWN / "train-b.jsonl"]), ("  B test", [OWN / "test-b.jsonl"])]
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
        tops = sorted(str(p) for p in tree.iterdir()) + [str(OWN / "docs"), str(OWN / "docs-b"), str(OWN / "docs-c")]
        subprocess.run([sys.executable, str(ROOT / "ingest.py"), db, *tops, "--quiet"], check=True)
        sys.path.insert(0, str(EVAL))
        from score import score
        print(f"{'set':16}" + "".join(f"{k:>{max(len(k) + 2, 8)}}" for k in KEYS))
        for gold in sets:
            print(row(gold.stem, score(db, [str(gold)])))
        print(row("ALL", score(db, [str(g) for g in sets])))
        for name, gold in own_sets:
            print(row(name, score(db, [str(g) for g in gold])))
        # Set C (docs-c/: plain-text page dumps, dates only): publication and statement dates per split.
        from eval_pubdates import report
        report(db)


if __name__ == "__main__":
    main(sys.argv)
