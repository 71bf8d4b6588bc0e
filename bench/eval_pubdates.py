"""Dates on plain-text page dumps (issue 8): eval/own/docs-c, gold in eval/own/gold-c.jsonl (see SOURCE-c.md).

Each gold line gives the publication date the page prints (or null) and, for one to three statements, a verbatim
fragment of what was said and the day it was said (or null). A predicted statement matches when its text contains
the fragment (or lies inside it). Printed per split:
- published: share of documents whose articles.published (its day) equals the gold one, null included;
- said_on: share of matched statements with a gold date whose said_on is that date (the scorer's date_accuracy);
- dated_null: matched statements the gold leaves undated but the system dated (a guess where the page gives none).

Usage: python bench/eval_pubdates.py [-v] [DB]   (without DB the documents are ingested into a temporary database)
"""
import json
import re
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OWN = ROOT / "eval" / "own"
GOLD = OWN / "gold-c.jsonl"


def _norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("’", "'").replace("“", '"').replace("”", '"')).strip().lower()


def load_gold(path=GOLD):
    return [json.loads(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def score_dates(db_path, gold, split=None) -> dict:
    db = sqlite3.connect(db_path)
    t = dict(docs=0, pub_right=0, dated=0, matched=0, said_right=0, undated=0, dated_null=0, wrong=[])
    for g in gold:
        if split and g["split"] != split:
            continue
        t["docs"] += 1
        row = db.execute("select id, published from articles where source = ?", [g["doc"]]).fetchone()
        published = (row[1] or "")[:10] or None if row else None
        t["pub_right"] += published == g["published"]
        if published != g["published"]:
            t["wrong"].append((g["doc"], "published", g["published"], published))
        said = db.execute("select text, said_on from statements where article_id = ? order by start",
                          [row[0]]).fetchall() if row else []
        for s in g["statements"]:
            frag = _norm(s["quote"])
            hit = next((d for text, d in said if frag in _norm(text) or (len(text) > 20 and _norm(text) in frag)), "-")
            if s["date"]:
                t["dated"] += 1
            if hit == "-":
                continue
            if s["date"]:
                t["matched"] += 1
                t["said_right"] += hit == s["date"]
                if hit != s["date"]:
                    t["wrong"].append((g["doc"], s["quote"][:40], s["date"], hit))
            else:
                t["undated"] += 1
                t["dated_null"] += hit is not None
                if hit is not None:
                    t["wrong"].append((g["doc"], s["quote"][:40], None, hit))
    db.close()
    div = lambda a, b: round(a / b, 3) if b else 0.0
    t["published"] = div(t["pub_right"], t["docs"])
    t["said_on"] = div(t["said_right"], t["matched"])
    return t


def line(name: str, t: dict) -> str:
    return (f"{name:16}published {t['published']:.3f} ({t['pub_right']}/{t['docs']})   said_on {t['said_on']:.3f} "
            f"({t['said_right']}/{t['matched']} matched of {t['dated']} dated)   dated_null {t['dated_null']}/{t['undated']}")


def report(db_path, show_train_errors=False):
    gold = load_gold()
    for split in ("train", "test"):
        t = score_dates(db_path, gold, split)
        print(line(f"C {split}", t))
        if show_train_errors and split == "train":
            for w in t["wrong"]:
                print("   ", w)


def main(argv):
    verbose = "-v" in argv     # list the train errors (never the test ones: the test split is not tuned on)
    args = [a for a in argv[1:] if a != "-v"]
    if args:
        report(args[0], show_train_errors=verbose)
        return
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "c.db")
        subprocess.run([sys.executable, str(ROOT / "ingest.py"), db, str(OWN / "docs-c"), "--quiet"], check=True)
        report(db, show_train_errors=verbose)


if __name__ == "__main__":
    main(sys.argv)
