#!/usr/bin/env python3
"""Check gold set B against its documents: every quote a verbatim substring of the ingested body,
dates YYYY-MM-DD, 1-2 topics from the guideline list, 2-8 statements a document, the split rule.

usage: python eval/own/check_b.py [DB]   (DB: an ingest of eval/own/docs-b; built in a temp dir if absent)
"""
import json
import os
import re
import sqlite3
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
TOPICS = {"human-rights", "sovereignty", "diplomacy", "trade-economy", "security-defence", "armed-conflict", "health",
          "environment-climate", "migration-consular", "elections-politics", "justice-crime", "disasters-humanitarian",
          "technology", "society-culture"}


def main():
    db = sys.argv[1] if len(sys.argv) > 1 else None
    if db is None:
        db = os.path.join(tempfile.mkdtemp(), "b.db")
        subprocess.run([sys.executable, "ingest.py", db, "eval/own/docs-b", "--quiet"], cwd=ROOT, check=True)
    bodies = dict(sqlite3.connect(db).execute("select source, body from articles"))
    errors, docs, statements = [], 0, 0
    for split in ("train", "test"):
        for line in open(os.path.join(HERE, f"{split}-b.jsonl"), encoding="utf-8"):
            g = json.loads(line)
            docs += 1
            n = int(re.search(r"(\d+)\.\w+$", g["doc"]).group(1))
            if (n % 3 == 0) != (split == "test"):
                errors.append(f"{g['doc']}: in {split}, against the split rule")
            body = bodies.get(g["doc"])
            if body is None:
                errors.append(f"{g['doc']}: no article with this source")
                continue
            if not 2 <= len(g["statements"]) <= 8:
                errors.append(f"{g['doc']}: {len(g['statements'])} statements")
            for s in g["statements"]:
                statements += 1
                if s["quote"] not in body:
                    errors.append(f"{g['doc']}: quote not in body: {s['quote'][:60]!r}")
                if s["date"] is not None and not re.fullmatch(r"\d{4}-\d\d-\d\d", s["date"]):
                    errors.append(f"{g['doc']}: date {s['date']!r}")
                if not 1 <= len(s["topics"]) <= 2 or set(s["topics"]) - TOPICS:
                    errors.append(f"{g['doc']}: topics {s['topics']}")
                if s["kind"] not in ("direct", "indirect") or s["speaker_type"] not in ("person", "organization"):
                    errors.append(f"{g['doc']}: kind or speaker_type")
    print("\n".join(errors) or "ok", f"({docs} documents, {statements} statements)")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
