"""Build eval/own from the annotators' batch files: documents under docs/, gold in train.jsonl / test.jsonl.

A batch file (batches/NN.txt) holds documents in the order they were annotated:

    ### 004 vn                      global number, folder (source kind)
    url: https://...
    published: 2022-07-06           publication date as the page prints it, or -
    title: Headline as printed
    site: qdnd.vn                   optional
    format: txt                     optional: a .txt file (headline, blank line, body kept as typed), else .md
    ---
    body paragraphs, as the page printed them, blank line between paragraphs
    ---
    @H: Le Thi Thu Hang | person | role or - | organization or - | alias; alias
    H d 2022-07-06 security-defence,diplomacy :: the quote, verbatim

`d` direct, `i` indirect; a date of `-` is null. Every third document (numbers divisible by 3) is test, the
rest train: the split follows the numbers given when the documents were added and never changes.
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TOPICS = {"human-rights", "sovereignty", "diplomacy", "trade-economy", "security-defence", "armed-conflict", "health",
          "environment-climate", "migration-consular", "elections-politics", "justice-crime",
          "disasters-humanitarian", "technology", "society-culture"}


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def parse_batch(text, name):
    docs = []
    for chunk in re.split(r"^### ", text, flags=re.M)[1:]:
        head, rest = chunk.split("\n", 1)
        num, kind = head.split()
        meta_part, body, ann = re.split(r"^---[ \t]*$", rest, maxsplit=2, flags=re.M)
        meta = {}
        for line in meta_part.strip().splitlines():
            k, v = line.split(":", 1)
            meta[k.strip()] = v.strip()
        meta_fmt = re.search(r"^format:\s*(\w+)", meta_part, re.M)
        if meta_fmt and meta_fmt.group(1) == "txt":   # plain text kept byte for byte (hard-wrapped wire copy)
            body = body.strip("\n")
        else:
            body = "\n\n".join(norm(p) for p in re.split(r"\n\s*\n", body.strip()) if p.strip())
        speakers, statements = {}, []
        for line in ann.strip().splitlines():
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            if line.startswith("@"):
                key, spec = line[1:].split(":", 1)
                f = [x.strip() for x in spec.split("|")]
                f += ["-"] * (5 - len(f))
                speakers[key.strip()] = dict(
                    speaker=f[0], aliases=[a.strip() for a in f[4].split(";") if a.strip() and f[4] != "-"],
                    speaker_type={"person": "person", "org": "organization", "organization": "organization"}[f[1]],
                    role=None if f[2] == "-" else f[2], organization=None if f[3] == "-" else f[3])
                continue
            left, quote = line.split("::", 1)
            key, kd, date, topics = left.split()
            topics = topics.split(",")
            where = f"{name} {num}: {line[:60]}"
            assert kd in "di", where
            assert date == "-" or re.fullmatch(r"\d{4}-\d\d-\d\d", date), where
            assert set(topics) <= TOPICS and 1 <= len(topics) <= 2, where
            quote = quote.strip()
            assert norm(quote) in norm(body), f"not verbatim: {where}"
            sp = speakers[key]
            statements.append(dict(speaker=sp["speaker"], aliases=sp["aliases"], speaker_type=sp["speaker_type"],
                                   role=sp["role"], organization=sp["organization"], quote=quote,
                                   kind="direct" if kd == "d" else "indirect",
                                   date=None if date == "-" else date, topics=topics))
        pub = meta.get("published", "-")
        docs.append(dict(num=int(num), kind=kind, url=meta.get("url") or None,
                         published=None if pub == "-" else pub, title=meta["title"], site=meta.get("site"),
                         body=body, statements=statements, format=meta.get("format", "md")))
    return docs


def write(docs):
    train, test = [], []
    for d in sorted(docs, key=lambda d: d["num"]):
        rel = f"docs/{d['kind']}/{d['num']:03d}.{d['format']}"
        front = {"title": d["title"], "source_url": d["url"]}
        if d["published"]:
            front["date"] = d["published"]
        if d["site"]:
            front["site_name"] = d["site"]
        if d["format"] == "txt":   # the plain-text form the ingest reads: headline, blank line, body
            text = d["title"] + "\n\n" + d["body"] + "\n"
        else:
            lines = ["---"] + [f"{k}: {json.dumps(v, ensure_ascii=False)}" for k, v in front.items() if v] + ["---", ""]
            text = "\n".join(lines) + d["body"] + "\n"
        path = HERE / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        gold = dict(doc=rel, url=d["url"], published=d["published"], headline=d["title"], statements=d["statements"])
        (test if d["num"] % 3 == 0 else train).append(gold)
    for name, rows in (("train", train), ("test", test)):
        with open(HERE / f"{name}.jsonl", "w", encoding="utf-8") as f:
            for g in rows:
                f.write(json.dumps(g, ensure_ascii=False) + "\n")
    return train, test


def main():
    docs = []
    for b in sorted((HERE / "batches").glob("*.txt")):
        docs += parse_batch(b.read_text(encoding="utf-8"), b.name)
    nums = [d["num"] for d in docs]
    assert len(nums) == len(set(nums)), "duplicate document numbers"
    train, test = write(docs)
    n = lambda rows: sum(len(g["statements"]) for g in rows)
    print(f"{len(docs)} documents, {n(train) + n(test)} statements; train {len(train)} docs / {n(train)} statements, "
          f"test {len(test)} docs / {n(test)} statements")


if __name__ == "__main__":
    sys.exit(main())
