"""The own held-out gold sets (eval/own: set A under docs/, set B under docs-b/): every gold line names a document that exists and that the ingest reads
under that source, every quote is verbatim in the document, dates are real calendar days, topics come from the
guideline list, and the train/test split is the fixed every-third-document rule."""
import datetime as dt
import json
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
OWN = ROOT / "eval" / "own"
GUIDELINES = ROOT.parent / "shared" / "eval" / "GUIDELINES.md"
FALLBACK_TOPICS = {"human-rights", "sovereignty", "diplomacy", "trade-economy", "security-defence", "armed-conflict",
                   "health", "environment-climate", "migration-consular", "elections-politics", "justice-crime",
                   "disasters-humanitarian", "technology", "society-culture"}


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


SETS = {"docs": "", "docs-b": "-b", "docs-f": "-f", "docs-h": "-h", "docs-i": "-i", "docs-j": "-j", "docs-m": "-m", "docs-v": "-v", "docs-x": "-x", "docs-y": "-y", "docs-ab": "-ab", "docs-ac": "-ac", "docs-ad": "-ad", "docs-af": "-af", "docs-ag": "-ag", "docs-ah": "-ah", "docs-ai": "-ai", "docs-aj": "-aj", "docs-ak": "-ak", "docs-al": "-al", "docs-an": "-an", "docs-ao": "-ao", "docs-aq": "-aq", "docs-ar": "-ar", "docs-as": "-as", "docs-at": "-at", "docs-au": "-au", "docs-aw": "-aw", "docs-ax": "-ax", "docs-ay": "-ay", "docs-az": "-az", "docs-bb": "-bb", "docs-be": "-be", "docs-bf": "-bf", "docs-bc": "-bc", "docs-bd": "-bd", "docs-bg": "-bg", "docs-bh": "-bh", "docs-bi": "-bi", "docs-bj": "-bj", "docs-bk": "-bk", "docs-bm": "-bm", "docs-bn": "-bn", "docs-bl": "-bl", "docs-bq": "-bq", "docs-br": "-br", "docs-bp": "-bp", "docs-bo": "-bo", "docs-bs": "-bs", "docs-bv": "-bv", "docs-bu": "-bu", "docs-bt": "-bt"}   # folder -> suffix of its gold files (train.jsonl, train-b.jsonl ...)

# Sets whose documents are files of shared/corpora (named by their path there, like the dev sets): suffix -> the
# sample file that fixed, before annotation, which documents are in it and in which split.
CORPUS_SETS = {"-d": "sample-d.tsv", "-e": "sample-e.tsv", "-g": "sample-g.tsv", "-l": "sample-l.tsv", "-w": "sample-w.tsv", "-z": "sample-z.tsv", "-ae": "sample-ae.tsv", "-am": "sample-am.tsv", "-ap": "sample-ap.tsv", "-av": "sample-av.tsv", "-ba": "sample-ba.tsv"}
CORPORA = ROOT.parent / "shared" / "corpora"


def gold_lines(path):
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def load(split, suffixes=SETS.values()):
    return [g for suffix in suffixes for g in gold_lines(OWN / f"{split}{suffix}.jsonl")]


GOLD = {"train": load("train"), "test": load("test")}
ALL = GOLD["train"] + GOLD["test"]


def guideline_topics():
    if not GUIDELINES.exists():
        return FALLBACK_TOPICS
    topics = set(re.findall(r"^\s*-\s*`([a-z-]+)`:", GUIDELINES.read_text(encoding="utf-8"), re.M))
    assert len(topics) == 14, "the guideline topic list changed: update this test"
    return topics


def document_text(doc):
    """The file's text without the front matter (.md) or the headline line (.txt)."""
    text = (OWN / doc).read_text(encoding="utf-8")
    if doc.endswith(".md"):
        m = re.match(r"\A---\n.*?\n---\n", text, re.S)
        assert m, f"{doc}: no front matter"
        return text[m.end():]
    return text.split("\n\n", 1)[1]


def is_day(value):
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", value or ""):
        return False
    dt.date.fromisoformat(value)
    return True


def test_size_and_split():
    assert len(ALL) >= 150 and len(GOLD["test"]) >= 50
    docs = [g["doc"] for g in ALL]
    assert len(docs) == len(set(docs)), "a document is in the gold twice"
    for split, rows in GOLD.items():
        for g in rows:
            number = int(re.search(r"/(\d{3})\.\w+$", g["doc"]).group(1))
            assert (number % 3 == 0) == (split == "test"), f"{g['doc']} is in the wrong split"


@pytest.mark.parametrize("gold", ALL, ids=lambda g: g["doc"])
def test_gold_line_matches_its_document(gold):
    topics = guideline_topics()
    assert gold["doc"].split("/")[0] in SETS and (OWN / gold["doc"]).is_file()
    assert gold["published"] is None or is_day(gold["published"])
    body = norm(document_text(gold["doc"]))
    assert gold["statements"], "a gold document without statements"
    for s in gold["statements"]:
        assert s["quote"].strip() and norm(s["quote"]) in body, f"not verbatim: {s['quote'][:60]}"
        assert s["date"] is None or is_day(s["date"]), s["date"]
        assert 1 <= len(s["topics"]) <= 2 and set(s["topics"]) <= topics, s["topics"]
        assert s["kind"] in ("direct", "indirect") and s["speaker_type"] in ("person", "organization")
        assert s["speaker"].strip() and all(a.strip() for a in s.get("aliases") or [])


def test_ingest_names_every_document_as_the_gold_does(tmp_path):
    """The scorer finds articles by source: ingesting eval/own/docs and docs-b must give exactly the gold 'doc' names, and every
    quote must survive reading and cleaning into the stored body."""
    db = tmp_path / "own.db"
    folders = [str(OWN / folder) for folder in SETS if (OWN / folder).is_dir()]
    subprocess.run([sys.executable, str(ROOT / "ingest.py"), str(db), *folders, "--quiet", "--jobs", "1"],
                   check=True, cwd=tmp_path)
    with sqlite3.connect(db) as con:
        bodies = {source: norm(body or "") for source, body in con.execute("select source, body from articles")}
    assert set(bodies) == {g["doc"] for g in ALL}
    lost = [(g["doc"], s["quote"][:50]) for g in ALL for s in g["statements"] if norm(s["quote"]) not in bodies[g["doc"]]]
    assert not lost


CORPUS_GOLD = {split: load(split, CORPUS_SETS) for split in ("train", "test")}


def test_corpus_sets_follow_their_fixed_samples():
    """Sets D, E and G hold only documents of their sample file, each in the split the sample gave it."""
    for suffix, sample in CORPUS_SETS.items():
        fixed = {}
        for line in (OWN / sample).read_text(encoding="utf-8").splitlines():
            _, split, doc = line.split("\t")
            fixed[doc] = split
        for split in ("train", "test"):
            for g in gold_lines(OWN / f"{split}{suffix}.jsonl"):
                assert fixed.get(g["doc"]) == split, f"{g['doc']} is not in {sample} as {split}"


@pytest.mark.skipif(not any(CORPUS_GOLD.values()), reason="sets D, E and G have no gold lines yet")
def test_corpus_set_quotes_survive_the_ingest(tmp_path):
    """Every quote of sets D, E and G is verbatim in the body the ingest stores for its corpus document."""
    topics = guideline_topics()
    golds = CORPUS_GOLD["train"] + CORPUS_GOLD["test"]
    tree = tmp_path / "corpora"
    for g in golds:
        target = tree / g["doc"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((CORPORA / g["doc"]).read_bytes())
    db = tmp_path / "corpus-sets.db"
    subprocess.run([sys.executable, str(ROOT / "ingest.py"), str(db), *map(str, tree.iterdir()), "--quiet",
                    "--jobs", "1"], check=True, cwd=tmp_path)
    with sqlite3.connect(db) as con:
        bodies = {source: norm(body or "") for source, body in con.execute("select source, body from articles")}
    for g in golds:
        assert g["doc"] in bodies, f"{g['doc']}: no article of that source"
        for s in g["statements"]:
            assert norm(s["quote"]) in bodies[g["doc"]], f"{g['doc']}: not verbatim: {s['quote'][:60]}"
            assert s["date"] is None or is_day(s["date"]), s["date"]
            assert 1 <= len(s["topics"]) <= 2 and set(s["topics"]) <= topics, s["topics"]
            assert s["kind"] in ("direct", "indirect") and s["speaker_type"] in ("person", "organization")


# Sets that mix shared/corpora documents (feeds matched by their item URL) with a folder of their own under eval/own,
# fixed by a 4-column sample file (num, split, doc, url): suffix -> (sample file, own folder).
MIXED_SETS = {"-aa": ("sample-aa.tsv", "docs-aa")}


def mixed_fixed(sample):
    fixed = {}
    for line in (OWN / sample).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            num, split, doc, url = line.split("\t")
            fixed[(doc, None if url == "-" else url)] = (int(num), split)
    return fixed


@pytest.mark.parametrize("suffix", sorted(MIXED_SETS))
def test_mixed_sets_follow_their_fixed_samples(suffix):
    """Set AA holds exactly the documents of its sample file, each in the split it was given (every third number test)."""
    sample, _ = MIXED_SETS[suffix]
    fixed = mixed_fixed(sample)
    seen = set()
    for split in ("train", "test"):
        for g in gold_lines(OWN / f"{split}{suffix}.jsonl"):
            key = (g["doc"], g["url"] if g["doc"].endswith(".rss") else None)
            assert key in fixed and fixed[key][1] == split, f"{key} is not in {sample} as {split}"
            assert (fixed[key][0] % 3 == 0) == (split == "test")
            seen.add(key)
    assert seen == set(fixed), "a document of the sample has no gold line"


@pytest.mark.parametrize("suffix", sorted(MIXED_SETS))
def test_mixed_set_quotes_survive_the_ingest(suffix, tmp_path):
    """Every quote of set AA is verbatim in the body the ingest stores for its document (a feed item found by URL)."""
    topics = guideline_topics()
    _, folder = MIXED_SETS[suffix]
    golds = gold_lines(OWN / f"train{suffix}.jsonl") + gold_lines(OWN / f"test{suffix}.jsonl")
    tree = tmp_path / "corpora"
    for g in golds:
        if g["doc"].startswith(folder + "/"):
            continue
        target = tree / g["doc"]
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes((CORPORA / g["doc"]).read_bytes())
    db = tmp_path / "mixed.db"
    subprocess.run([sys.executable, str(ROOT / "ingest.py"), str(db), *map(str, tree.iterdir()), str(OWN / folder),
                    "--quiet", "--jobs", "1"], check=True, cwd=tmp_path)
    with sqlite3.connect(db) as con:
        rows = list(con.execute("select source, url, body from articles"))
    for g in golds:
        if g["doc"].endswith(".rss"):
            found = [b for s, u, b in rows if s.startswith(g["doc"] + "#") and u == g["url"]]
        else:
            found = [b for s, u, b in rows if s == g["doc"]]
        assert found, f"{g['doc']} {g['url']}: no article"
        body = norm(found[0] or "")
        assert g["published"] is None or is_day(g["published"])
        for s in g["statements"]:
            assert norm(s["quote"]) in body, f"{g['doc']}: not verbatim: {s['quote'][:60]}"
            assert s["date"] is None or is_day(s["date"]), s["date"]
            assert 1 <= len(s["topics"]) <= 2 and set(s["topics"]) <= topics, s["topics"]
            assert s["kind"] in ("direct", "indirect") and s["speaker_type"] in ("person", "organization")
