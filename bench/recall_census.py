"""Where recall is lost to a rule: for every gold statement of our own TRAIN splits (never a test split) that the
extraction misses, the rule of indirect.REPORTED_RULES that decided "no frame" (NO_FRAME) for a cue of its
sentence; per rule, how many missed gold statements it rejected against all its NO_FRAME decisions.

usage: python bench/recall_census.py [--set SUFFIX ...] [--examples N]

A rule whose rejections are often gold statements is a place to look for a class of misses (an example line shows
the sentence before the cue and the gold words). Documents are analysed in-process from eval/own (and the shared
corpora for the sets that point there); matching is own_errors' (the scorer's word overlap)."""
import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
from own_errors import TRAIN, match  # noqa: E402
from pressarchive.analyse import analyse  # noqa: E402
from pressarchive.extract import indirect  # noqa: E402
from pressarchive.models import Document  # noqa: E402
from pressarchive.read import read_documents  # noqa: E402
from pressarchive.resolve import Registry  # noqa: E402
from pressarchive.topics import Taxonomy  # noqa: E402

OWN = ROOT / "eval" / "own"
CORPORA = ROOT.parent / "shared" / "corpora"
DECISIONS = []   # (rule name, sentence start, sentence end, cue start) of each NO_FRAME of REPORTED_RULES


def traced_first_decision(rules, context):
    """indirect._first_decision, recording which rule of REPORTED_RULES said NO_FRAME."""
    for rule in rules:
        out = rule(context)
        if out is not None:
            if out is indirect.NO_FRAME and rules is indirect.REPORTED_RULES:
                DECISIONS.append((rule.__name__, context.s_start, context.s_end, context.c_start))
            return None if out is indirect.NO_FRAME else out
    return None


def documents(suffixes):
    """(gold line, Document) of every train document of the sets asked (all when none)."""
    for gold_file in TRAIN:
        suffix = gold_file.stem[len("train"):]
        if suffixes and suffix not in suffixes:
            continue
        for line in gold_file.read_text(encoding="utf-8").splitlines():
            gold = json.loads(line) if line.strip() else None
            path = next((p for p in (OWN / gold["doc"], CORPORA / gold["doc"]) if p.exists()), None) if gold else None
            if path is None:
                continue
            _, docs = read_documents(path.read_bytes(), path.name, gold["doc"])
            yield from ((gold, d) for d in docs if isinstance(d, Document))


def census(suffixes, registry, taxonomy):
    """(missed per rule, NO_FRAME decisions per rule, examples per rule)."""
    missed, decided, examples = Counter(), Counter(), defaultdict(list)
    for gold, doc in documents(suffixes):
        DECISIONS.clear()
        _, statements = analyse(doc, gold["doc"], registry, taxonomy)
        decided.update(name for name, *_ in DECISIONS)
        found = {i for i, _ in match(gold["statements"], [{"text": s.text} for s in statements])}
        for i, g in enumerate(gold["statements"]):
            at = doc.body.find(g["quote"][:30]) if i not in found else -1
            rule = next(((name, s0, c0) for name, s0, s1, c0 in DECISIONS if s0 <= at < s1), None)
            if rule:
                missed[rule[0]] += 1
                examples[rule[0]].append(f"{gold['doc']} {g['speaker']}: {doc.body[rule[1]:rule[2]]!r} || "
                                         f"{g['quote'][:60]!r}")
    return missed, decided, examples


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", action="append", default=[], help="a set's file suffix (-bc); repeatable")
    ap.add_argument("--examples", type=int, default=3)
    args = ap.parse_args()
    indirect._first_decision = traced_first_decision   # reported_frame looks it up in the module at each call
    registry = Registry.load(ROOT / "data" / "speakers.yml")
    taxonomy = Taxonomy.load(ROOT / "data" / "topics.yml")
    missed, decided, examples = census(args.set, registry, taxonomy)
    print(f"{'rule':40} {'missed gold':>11} {'NO_FRAME':>9}")
    for name, n in missed.most_common():
        print(f"{name:40} {n:11} {decided[name]:9}")
        for line in examples[name][:args.examples]:
            print("    ", line[:300])
    print(f"{sum(missed.values())} missed train statements rejected by a rule of REPORTED_RULES")


if __name__ == "__main__":
    main()
