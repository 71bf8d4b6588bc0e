"""Draw set R (SOURCE-r.md) at random from shared/corpora; writes the candidate orders, one line a draw.

    python eval/own/sample_r.py            (seed 2029; prints every kind's shuffled candidates, first 40)

Kinds and pools (none in the dev gold nor in any eval/own gold, by path and by URL):
  state   items of state-dept-press-releases-rss (manifest.csv rows), body under 700 words (else drawn again)
  wh      whitehouse-briefing-room documents of 2022, 2024 and 2025 (years set E has one or no document of) outside
          press-briefings/ whose title is no press briefing, body under 700 words (else drawn again)
  mfa     china-mfa-presscon-html/eng transcripts with under 12 answers ("Q:" turns, or the spokesperson's "Name:" turns when more) (else drawn again)
  reuters reuters21578 records continuing articles/README.md's shuffled order (random.Random(20261122)), after its
          first 17; kept only with a statement attributed to a named person or body (read by hand)
"""
import csv
import html
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent.parent / "shared"
C = SHARED / "corpora"
SEED = 2029
NAMES = ("Zhao Lijian", "Geng Shuang", "Hua Chunying", "Lu Kang", "Wang Wenbin")   # answer turns when no "Q:"


def used():
    docs, urls = set(), set()
    for f in list((SHARED / "eval" / "dev").glob("*.jsonl")) + list(HERE.glob("*.jsonl")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if line.strip():
                g = json.loads(line)
                docs.add(g["doc"])
                if g.get("url"):
                    urls.add(g["url"].rstrip("/"))
    return docs, urls


def words(t):
    return len(html.unescape(re.sub(r"<[^>]+>", " ", t)).split())


def state_items(urls):
    """(doc, url, words) of every state-dept feed item whose link no gold names."""
    items = []
    for feed in sorted((C / "state-dept-press-releases-rss").glob("*.rss")):
        text = feed.read_text(encoding="utf-8")
        for it in re.findall(r"<item>(.*?)</item>", text, re.S):
            link = re.search(r"<link>(.*?)</link>", it, re.S).group(1).strip()
            if link.rstrip("/") in urls:
                continue
            items.append((f"state-dept-press-releases-rss/{feed.name}", link, words(it)))
    return items


def mfa_answers(docs):
    """(doc, answers) of every China MFA English transcript no gold names: "Q:" turns, or the spokesperson's "Name:"
    turns when more."""
    mfa = []
    for p in sorted((C / "china-mfa-presscon-html" / "eng").glob("*.html")):
        rel = str(p.relative_to(C))
        if rel in docs:
            continue
        t = html.unescape(re.sub(r"<[^>]+>", " ", p.read_text(encoding="utf-8", errors="replace")))
        answers = max([len(re.findall(r"\bQ\s*:", t))] + [len(re.findall(re.escape(n) + r"\s*:", t)) for n in NAMES])
        mfa.append((rel, answers))
    return mfa


def show(kind, columns, rows, rng):
    """Shuffle rows with rng and print the first 40, one line a draw."""
    rng.shuffle(rows)
    print(f"## {kind} ({columns})")
    for x in rows[:40]:
        print(kind, *x, sep="\t")


def main():
    docs, urls = used()
    rng = random.Random(SEED)
    show("state", "doc, url, words", state_items(urls), rng)
    wh = []
    for p in sorted((C / "whitehouse-briefing-room").rglob("*.md")):
        rel = str(p.relative_to(C))
        if "press-briefings/" in rel or "press-briefing" in p.name or rel in docs:
            continue
        if not re.search(r"/(2022|2024|2025)-\d\d/", rel):
            continue
        wh.append((rel, words(p.read_text(encoding="utf-8"))))
    show("wh", "doc, words", wh, rng)
    show("mfa", "doc, answers", mfa_answers(docs), rng)


if __name__ == "__main__":
    main()
