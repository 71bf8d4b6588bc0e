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


def speaker_line(spec: str) -> dict:
    """'Le Thi Thu Hang | person | role or - | organization or - | alias; alias' (the part after '@H:') -> the gold
    fields of that speaker; the batch files of sets A, D and G share this line."""
    f = [x.strip() for x in spec.split("|")]
    f += ["-"] * (5 - len(f))
    return dict(speaker=f[0], aliases=[a.strip() for a in f[4].split(";") if a.strip() not in ("", "-")],
                speaker_type={"person": "person", "org": "organization", "organization": "organization"}[f[1]],
                role=None if f[2] in ("", "-") else f[2], organization=None if f[3] in ("", "-") else f[3])


def annotation_lines(ann: str, speakers: dict):
    """The statement lines of a document's annotations, stripped; each '@KEY: speaker' line goes into speakers
    (it comes before the statements that use it); comments and blank lines are skipped."""
    for line in ann.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("@"):
            key, spec = line[1:].split(":", 1)
            speakers[key.strip()] = speaker_line(spec)
        else:
            yield line


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
        for line in annotation_lines(ann, speakers):
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


SOURCE_HEADER = """# eval/own: our own held-out gold set (issue 8, "How" point 1)

{n_docs} English-language documents, {n_stmts} statements, annotated under `../shared/eval/GUIDELINES.md` (the dev gold
format). Sources deliberately unlike the dev sets: news reports of spokespeople from Vietnamese, Chinese, Japanese,
Korean, Indian, Philippine, Indonesian, Thai, Malaysian, Singaporean, Pakistani, Bangladeshi, Nepali, Sri Lankan,
Cambodian, Myanmar, Hong Kong, Taiwanese, Turkish, Russian and Iranian outlets; UN, EU, African Union statements and
briefings; Reuters wire copy (one hard-wrapped `.txt`); transcripts of other governments (China MFA/MOFCOM/MND,
Japan Kantei/MOFA, ROK MOFA/MOU, India MEA, Pakistan MOFA, Viet Nam MOFA); interviews.

## Where the text comes from
Every document is a page of the stored public web-page corpus reached through the `search` tool (corpus "pages"),
found with queries such as "spokesperson Le Thi Thu Hang said", "Wang Wenbin said at a regular press conference",
"MEA spokesperson Arindam Bagchi", "UN spokesperson Stephane Dujarric", "EU spokesperson Peter Stano". The tool
returns the beginning of each page; a document is that text as the page printed it, site navigation, share
buttons, reader comments, advertisements and "related" links dropped, and cut at the last complete paragraph
where the stored text stopped mid-sentence. Typos, glued words ("byVietnamese"), mojibake ("China鈥檚"), photo
captions, bylines, odd quotation marks ('' ... '') and datelines are kept as printed: they are part of the test.
One exception: a stray U+FDFD character inside a word in 069 (in "all levels") was dropped.

## Format and names
- `docs/<kind>/NNN.md`: Markdown with YAML front matter (`title`, `source_url`, `date` when the page gives one,
  `site_name`), body paragraphs separated by blank lines. `docs/wire/096.txt` is plain text (headline, blank
  line, hard-wrapped wire body) to exercise the plain-text reader. `<kind>` is the origin (vn, cn, jp, kr, in, ph,
  id, th, my, sg, pk, bd, np, lk, kh, mm, hk, tw, tr, ru, ir, au = African Union, un, eu, wire, interview).
- The gold `doc` is the article `source` the ingest gives when the folder `eval/own/docs` is named on the command
  line: `docs/vn/001.md` (`python ingest.py DB eval/own/docs`). `bench/eval_dev.py` (`make eval`) ingests it so.
- `date` in the front matter is the publication date the page prints (or its URL path gives); `-` in the batch
  file (null) when the page gives none. Statement dates follow rule 4 of the guidelines and are null when the page
  gives no year (many regional pages print "on March 31" without one).

## Split (fixed once, before any system output was looked at)
Documents are numbered in the order they were annotated; every third one (numbers divisible by 3) is `test.jsonl`,
the rest `train.jsonl`: {n_train} train documents / {s_train} statements, {n_test} test documents / {s_test} statements.
The split never changes when documents are added. Look at test scores only, never at test errors.

## How to edit
The annotations live in `batches/NN.txt` (format in `build.py`'s docstring): document text and compact statement
lines side by side. `python eval/own/build.py` rewrites `docs/`, `train.jsonl`, `test.jsonl` and this file, and
refuses a quote that is not verbatim in the body, a bad date or a topic outside the guideline list;
`tests/test_own_gold.py` checks the same properties against the written files.

## Judgement calls (applied throughout)
- "A spokesperson for X" / "the X spokesperson" left unnamed: attributed to X (an embassy, ministry, government).
  Transcripts whose spokesperson is not named in the page (Pakistan MOFA, ROK Ministry of Unification 2025) are
  attributed to the ministry; Viet Nam MOFA transcripts that name no body or person were left out.
- A release or statement issued "by the Spokesman for UN Secretary-General António Guterres" is Guterres's; one
  signed only by the spokesman (no Secretary-General named) is the spokesman's.
- "the statement said/read/continued" after "X said in a statement" is X speaking, not a document.
- Speech verbs with a content-bearing object count ("urged X to ...", "called X Y", "dismissed X as Y", "expressed
  hope that ..."); belief verbs ("believed", "considers") do not; "condemned the attack" without content does not.
- A transcript answer or an opening announcement is one statement (whole text, paragraphs joined); procedural
  turns ("The floor is open", greetings, "Go ahead") are not statements. Schedule items read out in a briefing are
  one statement per paragraph, like release paragraphs.
- Duplicated text printed twice by the page (a standfirst repeated as the lead, a caption printed twice) is
  annotated once where the two copies are identical, twice where the copies differ (070).

## Documents
| # | file | split | origin (site) | URL |
|---|---|---|---|---|
"""


def write_source(docs, train, test):
    n = lambda rows: sum(len(g["statements"]) for g in rows)
    lines = [SOURCE_HEADER.format(n_docs=len(docs), n_stmts=n(train) + n(test), n_train=len(train), s_train=n(train),
                                  n_test=len(test), s_test=n(test))]
    for d in sorted(docs, key=lambda d: d["num"]):
        rel = f"docs/{d['kind']}/{d['num']:03d}.{d['format']}"
        split = "test" if d["num"] % 3 == 0 else "train"
        site = d["site"] or (d["url"] or "").split("/")[2]
        lines.append(f"| {d['num']:03d} | `{rel}` | {split} | {site} | {d['url']} |\n")
    (HERE / "SOURCE.md").write_text("".join(lines), encoding="utf-8")


def main():
    docs = []
    for b in sorted((HERE / "batches").glob("*.txt")):
        docs += parse_batch(b.read_text(encoding="utf-8"), b.name)
    nums = [d["num"] for d in docs]
    assert len(nums) == len(set(nums)), "duplicate document numbers"
    train, test = write(docs)
    write_source(docs, train, test)
    n = lambda rows: sum(len(g["statements"]) for g in rows)
    print(f"{len(docs)} documents, {n(train) + n(test)} statements; train {len(train)} docs / {n(train)} statements, "
          f"test {len(test)} docs / {n(test)} statements")


if __name__ == "__main__":
    sys.exit(main())
