"""The same news reports as plain-text page dumps: what does the plain-text path lose?

Sets A, B, F, H, I and J are Markdown with the publication date in front matter; the hidden seed-like set, like
../shared/corpora/seeds, is plain text dumped from the page: a line of site navigation, the date as the page
prints it (or none), the headline, the body. This writes each document of the TRAIN splits of those sets (never
a test split) three ways into one temporary tree, ingests it, and scores each with the project's scorer:

- `markdown`: the document as annotated (front matter title, source_url, date);
- `plain text`: the page as a plain-text dump, its header laid out in turn as the real dumps of seeds/ and
  eval/own/docs-c lay it out: a long menu line, the date, the headline (seeds/000); a breadcrumb ("Home >
  News > World"), the headline, the date; the headline, then the date; the headline, then an agency byline
  with the date ("By Yonhap News Posted : August 29, 2017, 10:28"); a section name, the headline, the date.
  The date is printed in one of the forms those pages print; a document without one gets no date line.
- `text + links`: the plain text, closed by a "Related news" list of five other documents' headlines, as many
  pages close (headlines such as "Palace tells Bato: No diversionary tactics" must not become statements).

A gap between the rows is what the plain-text reader (headline, dateline, navigation) costs.

    python bench/eval_plaintext.py
"""
import json
import re
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
OWN = ROOT / "eval" / "own"
EVAL = ROOT.parent / "shared" / "eval"
sys.path.insert(0, str(ROOT / "bench"))
from eval_dev import KEYS, row  # noqa: E402

DATE_FORMATS = [
    lambda d: f"{d:%b} {d.day}, {d:%Y} / 21:29",
    lambda d: f"{d:%Y-%m-%d} 21:13",
    lambda d: f"{d:%B} {d.day}, {d:%Y} 21:11",
    lambda d: f"By Yonhap News Posted : {d:%B} {d.day}, {d:%Y}, 10:28 Updated : {d:%B} {d.day}, {d:%Y}, 10:28",
    lambda d: f"{d:%A}, {d:%B} {d.day}, {d:%Y}",
]
MENU = "HOME NEWS POLITICS BUSINESS WORLD SOCIETY CULTURE SPORTS TRAVEL OPINION VIDEO PHOTO"
LAYOUTS = [   # (lines before the headline, lines after it); {date} is the printed date
    ([MENU, "{date}", ""], [""]),
    (["Home > News > World"], ["{date}", ""]),
    ([], ["", "{date}", ""]),
    ([], ["", "{date}", ""]),
    (["World", ""], ["{date}", ""]),
]
# sets A, B, F, H, I and J: every Markdown set
TRAIN_SPLITS = ("train.jsonl", "train-b.jsonl", "train-f.jsonl", "train-h.jsonl", "train-i.jsonl", "train-j.jsonl")
FRONT_MATTER = re.compile(r"\A---\n(.*?)\n---\n", re.S)


def plain_text(markdown: str, published: str | None, n: int) -> str:
    """The page as a plain-text dump in the nth header layout (Markdown emphasis dropped)."""
    m = FRONT_MATTER.match(markdown)
    meta = yaml.safe_load(m.group(1)) if m else {}
    body = markdown[m.end():] if m else markdown
    body = re.sub(r"(\*\*|__)(.+?)\1", r"\2", body)
    printed = DATE_FORMATS[(n // len(LAYOUTS)) % len(DATE_FORMATS)](date.fromisoformat(published)) if published else None
    before, after = LAYOUTS[n % len(LAYOUTS)]
    lines = [ln.format(date=printed) for ln in before + [meta.get("title") or ""] + after
             if printed or "{date}" not in ln]
    return "\n".join(lines) + "\n" + body.strip() + "\n"


def related_links(gold, n: int) -> str:
    """A "Related news" list closing the page: the headlines of the five documents after the nth."""
    others = [gold[(n + k) % len(gold)].get("headline") or "" for k in range(1, 6)]
    return "\nRelated news\n\n" + "\n\n".join(h for h in others if h) + "\n"


VARIANTS = ("markdown", "plain text", "text + links")


def main():
    gold = [json.loads(line) for name in TRAIN_SPLITS
            for line in (OWN / name).read_text(encoding="utf-8").splitlines() if line]
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "docs"
        golds = {name: [] for name in VARIANTS}
        for n, g in enumerate(gold):
            source = OWN / g["doc"]
            if source.suffix != ".md":
                continue
            text = source.read_text(encoding="utf-8")
            plain = plain_text(text, g["published"], n)
            versions = (("md", g["doc"], text), ("txt", Path(g["doc"]).with_suffix(".txt"), plain),
                        ("links", Path(g["doc"]).with_suffix(".txt"), plain + related_links(gold, n)))
            for name, (folder, rel, content) in zip(VARIANTS, versions):
                path = tree / folder / rel
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_text(content, encoding="utf-8")
                # the ingest names each file by its path under the folder given, starting with that folder's name
                golds[name].append(dict(g, doc=f"docs/{folder}/{rel}"))
        db = str(Path(tmp) / "plain.db")
        subprocess.run([sys.executable, str(ROOT / "ingest.py"), db, str(tree), "--quiet"], check=True)
        sys.path.insert(0, str(EVAL))
        from score import score
        print(f"sets A, B, F, H, I and J, train, {len(golds['markdown'])} documents, three ways")
        print(f"{'set':16}" + "".join(f"{k:>{max(len(k) + 2, 8)}}" for k in KEYS))
        for name, lines in golds.items():
            path = Path(tmp) / f"{VARIANTS.index(name)}.jsonl"
            path.write_text("".join(json.dumps(line) + "\n" for line in lines), encoding="utf-8")
            print(row(name, score(db, [str(path)])))


if __name__ == "__main__":
    main()
