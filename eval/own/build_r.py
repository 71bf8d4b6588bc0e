"""Build set R (SOURCE-r.md: State Department feed items, White House releases, China MFA transcripts, Reuters wire
copy) from batches-r/*.txt: gold in train-r.jsonl / test-r.jsonl.

    python eval/own/build_r.py DB [LETTERS]   (DB: an ingest of the set's documents; every quote is checked against
                                               the stored articles.body, white space folded; LETTERS, default "r",
                                               names the set: "aa" builds set AA (SOURCE-aa.md) from sample-aa.tsv
                                               and batches-aa/ into train-aa.jsonl / test-aa.jsonl)

sample-r.tsv fixed the documents and their split before annotation. A batch file holds, per document:

    ### 003 state-dept-press-releases-rss/press-releases-2022-07.rss    sample number, doc (path under shared/corpora,
    url: https://www.state.gov/...          or docs-r/... for the Reuters extracts); the feed item's URL, or -
    published: 2022-07-12                   publication day in the document's own time zone, or -
    headline: Secretary Blinken's Travel ...
    ---
    @P: Ned Price | person | Department Spokesperson | U.S. Department of State | Price; Mr. Price
    P d 2022-07-12 diplomacy :: the quote, verbatim

build.py's speaker and statement lines: `d` direct, `i` indirect, a date of `-` is null.
"""
import json
import re
import sqlite3
import sys

from build import HERE, TOPICS, annotation_lines, norm


def parse(chunk):
    head, rest = chunk.split("\n", 1)
    num, doc = head.split()
    meta_part, ann = re.split(r"^---[ \t]*$", rest, maxsplit=1, flags=re.M)
    meta = {}
    for line in meta_part.strip().splitlines():
        k, v = line.split(":", 1)
        meta[k.strip()] = None if v.strip() == "-" else v.strip()
    speakers, statements = {}, []
    for line in annotation_lines(ann, speakers):
        left, quote = line.split(" :: ", 1)
        key, kind, date, topics = left.split()
        topics = topics.split(",")
        assert set(topics) <= TOPICS and 1 <= len(topics) <= 2, f"{num}: bad topics {topics}"
        assert date == "-" or re.fullmatch(r"\d{4}-\d\d-\d\d", date), f"{num}: bad date {date}"
        statements.append(dict(**speakers[key], quote=quote.strip(), kind={"d": "direct", "i": "indirect"}[kind],
                               date=None if date == "-" else date, topics=topics))
    return num, dict(doc=doc, url=meta.get("url"), published=meta.get("published"), headline=meta.get("headline"),
                     statements=statements)


def body_of(con, gold):
    if gold["doc"].endswith(".rss"):     # a feed: its items are told apart by their URL
        row = con.execute("select body from articles where url = ? and source like ?",
                          (gold["url"], gold["doc"] + "%")).fetchone()
    else:
        row = con.execute("select body from articles where source = ?", (gold["doc"],)).fetchone()
    return row and row[0]


def main(db, letters="r"):
    split_of = {}
    for line in (HERE / f"sample-{letters}.tsv").read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            num, split, doc, url = line.split("\t")
            split_of[num] = (split, doc, None if url == "-" else url)
    con = sqlite3.connect(db)
    out, errors = {"train": [], "test": []}, []
    for batch in sorted((HERE / f"batches-{letters}").glob("*.txt")):
        for chunk in re.split(r"^### ", batch.read_text(encoding="utf-8"), flags=re.M)[1:]:
            num, gold = parse(chunk)
            split, doc, url = split_of[num]
            if doc != gold["doc"] or (url and url != gold["url"]):
                errors.append(f"{num}: not the document sample-{letters}.tsv fixed")
            body = body_of(con, gold)
            if body is None:
                errors.append(f"{num}: no article stored for {gold['doc']} {gold['url'] or ''}")
                continue
            for s in gold["statements"]:
                if norm(s["quote"]) not in norm(body):
                    errors.append(f"{num}: not verbatim: {s['quote'][:70]!r}")
            out[split].append((num, gold))
    if errors:
        sys.exit("\n".join(errors))
    for split, golds in out.items():
        path = HERE / f"{split}-{letters}.jsonl"
        path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for _, g in sorted(golds, key=lambda x: x[0])),
                        encoding="utf-8")
        print(f"{path.name}: {len(golds)} documents, {sum(len(g['statements']) for _, g in golds)} statements")


if __name__ == "__main__":
    main(*sys.argv[1:3])
