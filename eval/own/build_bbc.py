"""Build set D or G (BBC politics, SOURCE-d.md, SOURCE-g.md) from the annotators' batch files: gold in
train-X.jsonl / test-X.jsonl.

    python eval/own/build_bbc.py d      (or g)

The documents are files of shared/corpora, named by their path there; sample-X.tsv fixed which ones and their
split before annotation. A batch file (batches-X/*.txt) holds, per document:

    ### 004 bbc-news/politics/006.txt       sample number, the document's path under shared/corpora
    @P: John Prescott | person | Deputy Prime Minister | - | alias; alias
    P i trade-economy,elections-politics :: the quote, verbatim

`d` direct, `i` indirect. A document with no statement has no lines after its header. bbc-news files carry no
publication date, so `published` and every statement `date` are null; the headline is the file's first line.
"""
import json
import re
import sys
from pathlib import Path

from build import TOPICS, annotation_lines, norm     # set A's builder, beside this file: the same line formats

HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent.parent.parent / "shared" / "corpora"


def parse_document(chunk):
    head, _, ann = chunk.partition("\n")
    num, doc = head.split()
    text = (CORPORA / doc).read_text(encoding="utf-8")
    body = norm(text)
    speakers, statements = {}, []
    for line in annotation_lines(ann, speakers):
        left, quote = line.split(" :: ", 1)
        key, kind, topics = left.split()
        topics = topics.split(",")
        if norm(quote) not in body:
            sys.exit(f"{doc}: not verbatim: {quote[:70]}")
        if not set(topics) <= TOPICS or not 1 <= len(topics) <= 2:
            sys.exit(f"{doc}: bad topics {topics}")
        statements.append(dict(**speakers[key], quote=quote, kind={"d": "direct", "i": "indirect"}[kind],
                               date=None, topics=topics))
    headline = text.split("\n", 1)[0].strip()
    return num, dict(doc=doc, url=None, published=None, headline=headline, statements=statements)


def main(letter: str):
    if letter not in ("d", "g", "l", "w", "z", "ae", "am", "ap", "av", "ba"):
        sys.exit("usage: python eval/own/build_bbc.py d|g|l|w|z|ae|am|ap|av|ba")
    split_of = {}
    for line in (HERE / f"sample-{letter}.tsv").read_text(encoding="utf-8").splitlines():
        num, split, doc = line.split("\t")
        split_of[doc] = (num, split)
    out = {"train": [], "test": []}
    for batch in sorted((HERE / f"batches-{letter}").glob("*.txt")):
        for chunk in re.split(r"^### ", batch.read_text(encoding="utf-8"), flags=re.M)[1:]:
            num, gold = parse_document(chunk)
            if split_of.get(gold["doc"], (None,))[0] != num:
                sys.exit(f"{gold['doc']} is not number {num} of sample-{letter}.tsv")
            out[split_of[gold["doc"]][1]].append(gold)
    for split, golds in out.items():
        path = HERE / f"{split}-{letter}.jsonl"
        path.write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in golds), encoding="utf-8")
        print(f"{path.name}: {len(golds)} documents, {sum(len(g['statements']) for g in golds)} statements")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
