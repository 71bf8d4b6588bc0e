"""List the extraction errors on our own TRAIN split (never the test split): gold statements missed, predicted
statements not in gold, wrong speakers and wrong dates, per document, with a count per kind at the end.

usage: python bench/own_errors.py DB [--kind missed|extra|speaker|date] [--doc SUBSTRING]

DB is a database built by `python bench/eval_dev.py DB` (it ingests eval/own/docs and docs-b). Matching is the
scorer's (shared/eval/score.py): words overlapping by half or more both ways, best pairs first."""
import argparse
import json
import sqlite3
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT.parent / "shared" / "eval"))
from score import find_articles, name_key, overlap, words  # noqa: E402

TRAIN = sorted((ROOT / "eval" / "own").glob("train*.jsonl"))   # every own set's train split, never a test split


def load(db):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    con.row_factory = sqlite3.Row
    arts = [dict(r) for r in con.execute("select id, source, url from articles")]
    stmts = {}
    for r in con.execute("select s.*, k.name as speaker_full from statements s left join speakers k "
                         "on k.id = s.speaker_id"):
        stmts.setdefault(r["article_id"], []).append(dict(r))
    return arts, stmts


def match(golds, preds):
    pairs = []
    for i, g in enumerate(golds):
        gw = words(g["quote"])
        for j, p in enumerate(preds):
            r, q = overlap(gw, words(p["text"] or ""))
            if r >= 0.5 and q >= 0.5:
                pairs.append((r + q, i, j))
    used_g, used_p, out = set(), set(), []
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_g and j not in used_p:
            used_g.add(i), used_p.add(j), out.append((i, j))
    return out


def short(text, n=160):
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[:n] + "…"


def main(argv):
    parser = argparse.ArgumentParser(description="List the extraction errors on our own TRAIN split.")
    parser.add_argument("db", help="a database built by `python bench/eval_dev.py DB`")
    parser.add_argument("--kind", choices=["missed", "extra", "speaker", "date"], help="only errors of this kind")
    parser.add_argument("--doc", help="only documents whose source contains this")
    args = parser.parse_args(argv[1:])
    if not Path(args.db).is_file():
        parser.error(f"no database at {args.db}")
    kind, only = args.kind, args.doc
    arts, stmts = load(args.db)
    counts = Counter()
    for gold_file in TRAIN:
        for line in gold_file.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            g = json.loads(line)
            if only and only not in g["doc"]:
                continue
            preds = [s for a in find_articles(arts, g) for s in stmts.get(a["id"], [])]
            golds = g["statements"]
            pairs = match(golds, preds)
            lines = []
            for i, j in pairs:
                gs, ps = golds[i], preds[j]
                ok = {name_key(gs["speaker"])} | {name_key(a) for a in gs.get("aliases") or []}
                if not (ps["speaker_full"] and name_key(ps["speaker_full"]) in ok):
                    counts["speaker"] += 1
                    lines.append(("speaker", f"  SPEAKER gold={gs['speaker']!r} pred={ps['speaker_full']!r} "
                                             f"({ps['speaker_basis']}) cue={ps['cue']!r}: {short(ps['text'], 90)}"))
                if gs.get("date") and (ps["said_on"] or "")[:10] != gs["date"]:
                    counts["date"] += 1
                    lines.append(("date", f"  DATE gold={gs['date']} pred={ps['said_on']} ({ps['date_basis']}) "
                                          f"{gs['speaker']}: {short(ps['text'], 90)}"))
            for i in sorted(set(range(len(golds))) - {i for i, _ in pairs}):
                counts["missed"] += 1
                lines.append(("missed", f"  MISSED [{golds[i]['kind']}] {golds[i]['speaker']}: "
                                        f"{short(golds[i]['quote'])}"))
            for j in sorted(set(range(len(preds))) - {j for _, j in pairs}):
                counts["extra"] += 1
                ps = preds[j]
                lines.append(("extra", f"  EXTRA [{ps['kind']}] {ps['speaker_full']} cue={ps['cue']!r}: "
                                       f"{short(ps['text'])}"))
            lines = [text for k, text in lines if kind in (None, k)]
            if lines:
                print(f"{g['doc']}  gold={len(golds)} pred={len(preds)} match={len(pairs)}")
                print("\n".join(lines))
    print(dict(counts))


if __name__ == "__main__":
    main(sys.argv)
