"""Main-text accuracy on the Zyte article-extraction set: token F1 of articles.body against articleBody.

Ingests ../shared/corpora/zyte-article-extraction/html into a temporary database with the normal pipeline,
then compares each page's stored body with the ground truth (mean over all pages; a page that was not
ingested counts as 0). Prints the figure; the target is >= 0.9."""
import json
import re
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import sqlite_utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pressarchive.pipeline import ingest  # noqa: E402
from pressarchive.resolve import Registry  # noqa: E402
from pressarchive.topics import Taxonomy  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpora" / "zyte-article-extraction"
TARGET = 0.9


def tokens(text: str) -> Counter:
    return Counter(re.findall(r"\w+", (text or "").lower()))


def token_f1(predicted: str, truth: str) -> float:
    p, t = tokens(predicted), tokens(truth)
    if not p and not t:
        return 1.0
    common = sum((p & t).values())
    if not common:
        return 0.0
    precision, recall = common / sum(p.values()), common / sum(t.values())
    return 2 * precision * recall / (precision + recall)


def main() -> int:
    truth = json.loads((CORPUS / "ground-truth.json").read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite_utils.Database(Path(tmp) / "zyte.db")
        started = time.monotonic()
        ingest(db, [str(CORPUS / "html")], Registry.load(ROOT / "data" / "speakers.yml"),
                         Taxonomy.load(ROOT / "data" / "topics.yml"))
        took = time.monotonic() - started
        bodies = {Path(r["file"]).name.split(".")[0]: r["body"] for r in db.query("select file, body from articles")}
        failed = {Path(r["source"]).name.split(".")[0]: r["message"]
                  for r in db.query("select source, message from sources where outcome = 'failed'")}
    scores = {key: token_f1(bodies.get(key, ""), item.get("articleBody", "")) for key, item in truth.items()}
    mean = sum(scores.values()) / len(scores)
    worst = sorted(scores.items(), key=lambda kv: kv[1])[:5]
    print(f"pages: {len(truth)}  ingested: {len(bodies)}  failed: {len(failed)}  ({took:.1f}s)")
    for key, message in failed.items():
        print(f"  failed {key[:12]}: {message}")
    print("worst pages: " + ", ".join(f"{k[:12]} {v:.2f}" for k, v in worst))
    print(f"zyte main-text token F1 (mean over {len(scores)} pages): {mean:.3f}  (target >= {TARGET})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
