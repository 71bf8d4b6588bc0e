"""make train: rebuild the learned attribution tagger (data/models/attribution.crfsuite) from the corpora.

    python -m pressarchive.train [--out PATH] [--limit N] [--iterations N] [--no-dev]

Training data, in a fixed order (sorted file names):
- PolNeAR train split (../shared/corpora/polnear/train; pressarchive/polnear.py reads it): one annotator per
  article (the lowest id), only relations with a speech cue (a word of lexicon.CUE_FORMS or "according to");
  the other relations (beliefs, intentions, ...) leave their words labelled O;
- our own annotated train splits, eval/own/train.jsonl, train-b, -d, -e, -f, -g (documents under eval/own/ or,
  for D, E and G, files of shared/corpora; text documents only; the cue and source spans are found next to each gold
  quote, see own_documents).
Only sentences with a speech cue are training units, as at tagging time (learned.labelled_units).

Settings are fixed (SETTINGS below): L-BFGS, L1 + L2 regularisation (L1 prunes the features, which keeps the
file small), attribute features seen at least MINFREQ times. CRFsuite's training is single-threaded and
deterministic: the same data and settings give the same file, byte for byte (tests/test_learned.py checks it on
a subset). The PolNeAR dev split is tagged at the end and its token-level scores printed.
"""
import argparse
import hashlib
import json
import time
from pathlib import Path

import pycrfsuite

from .extract import learned
from .extract.lexicon import MODEL_CUE_FORMS as CUE_FORMS     # (the rules' own cues left out)
from .extract.sentences import sentences
from .polnear import CORPUS, Relation, gold_files, read_relations

ROOT = Path(__file__).resolve().parent.parent
OWN = ROOT / "eval" / "own"
# The train splits of our own sets, in this order (a set's test split never): A and B (documents under eval/own),
# D and E (files of shared/corpora, named by their path there), F (under eval/own), G (shared/corpora), H and I
# (under eval/own; the train splits of J, K, L and M teach the rules only: README). Only text documents (.md, .txt) teach: in an HTML
# page the gold quotes are not verbatim, and its cue sentences would all read as O.
OWN_TRAIN = ("train.jsonl", "train-b.jsonl", "train-d.jsonl", "train-e.jsonl", "train-f.jsonl", "train-g.jsonl", "train-h.jsonl",
             "train-i.jsonl")
TEXT_SUFFIXES = (".md", ".txt")
SHARED_CORPORA = CORPUS.parent
SETTINGS = {"c1": 0.5, "c2": 0.01, "max_iterations": 120, "feature.minfreq": 5,
            "feature.possible_transitions": True}
ROLE = {"Cue": "CUE", "Content": "CON", "Source": "SRC"}


def is_speech_cue(cue_text: str) -> bool:
    words = cue_text.lower().split()
    return any(w.strip(".,;:\"'“”") in CUE_FORMS for w in words) or "according to" in cue_text.lower()


def char_roles(text_len: int, relations):
    """[(role, relation number)] per character for the speech relations (PolNeAR is univocal)."""
    roles = [None] * text_len
    for n, rel in enumerate(relations):
        if not is_speech_cue(rel.cue_text):
            continue
        parts = [("CON", rel.content), ("CUE", rel.cue)]
        if rel.source:
            parts.append(("SRC", [rel.source[:2]]))
        for role, frags in parts:
            for s, e in frags:
                for i in range(max(0, s), min(e, text_len)):
                    if roles[i] is None:
                        roles[i] = (role, n)
    return roles


def labelled(text: str, relations):
    """[(token list, labels)] for one document."""
    roles = char_roles(len(text), relations)
    out = []
    for toks in learned.labelled_units(text):
        labels, prev = [], None
        for t, s, e in toks:
            r = roles[s]
            if r is None:
                labels.append("O")
            else:
                labels.append(("I-" if r == prev else "B-") + r[0])
            prev = r
        out.append((toks, labels))
    return out


def polnear_documents(split: str, limit: int | None = None):
    """(name, text, relations) of a PolNeAR split in sorted order."""
    items = sorted(gold_files(split).items())[:limit]
    for stem, ann in items:
        text = (CORPUS / split / "text" / f"{stem}.txt").read_text(encoding="utf-8")
        yield f"polnear/{split}/{stem}", text, read_relations(ann)


def own_documents():
    """(name, text, relations) from our own annotated train splits (OWN_TRAIN). Its gold gives the speaker and the quote, not the spans of cue and source, so they are found
    here: the content is the quote's place in the text; the cue is the closest reporting verb of its sentence
    outside the quote; the source is the closest mention of the speaker (a word of the name or an alias, or
    a personal pronoun) in that sentence outside the quote and the cue. A quote with no cue in its sentence
    (a floating quote) is no relation."""
    lines = []
    for name in OWN_TRAIN:
        if (OWN / name).exists():
            lines += (OWN / name).read_text(encoding="utf-8").splitlines()
    for line in lines:
        if not line.strip():
            continue
        gold = json.loads(line)
        path = OWN / gold["doc"] if (OWN / gold["doc"]).exists() else SHARED_CORPORA / gold["doc"]
        if not path.exists() or path.suffix not in TEXT_SUFFIXES:
            continue
        text = path.read_text(encoding="utf-8")
        if text.startswith("---\n"):   # YAML front matter: blanked out, offsets unchanged
            end = text.find("\n---\n", 4)
            if end > 0:
                text = " " * (end + 5) + text[end + 5:]
        sents = sentences(text)
        rels = [r for r in (_own_relation(text, sents, st) for st in gold["statements"]) if r]
        yield f"own/{gold['doc']}", text, rels


PERSONAL = {"he", "she", "they", "it", "we", "i"}


def _own_relation(text, sents, st):
    quote = (st.get("quote") or "").strip()
    at = text.find(quote) if quote else -1
    if at < 0:
        return None
    s, e = at, at + len(quote)
    sent = next(((a, b) for a, b in sents if a <= s < b), None)
    if sent is None:
        return None
    lo, hi = sent[0], max(sent[1], e)
    toks = learned.tokenize(text, lo, hi)
    outside = [t for t in toks if not s <= t[1] < e]
    cues = [t for t in outside if t[0].lower() in CUE_FORMS]
    if not cues:
        return None
    cue = min(cues, key=lambda t: max(0, s - t[2], t[1] - e))
    names = {w.lower() for n in [st.get("speaker") or ""] + list(st.get("aliases") or []) for w in n.split()
             if w[:1].isupper() and len(w) > 1}
    cands = [t for t in outside if t != cue and (t[0].lower() in names or t[0].lower() in PERSONAL)]
    source = None
    if cands:
        k = toks.index(min(cands, key=lambda t: abs(t[1] - cue[1])))
        i = j = k
        if toks[k][0].lower() not in PERSONAL:   # the run of capitalised words around a name word
            while i > 0 and toks[i - 1][0][:1].isupper() and not s <= toks[i - 1][1] < e:
                i -= 1
            while j + 1 < len(toks) and toks[j + 1][0][:1].isupper() and not s <= toks[j + 1][1] < e:
                j += 1
        source = (toks[i][1], toks[j][2], text[toks[i][1]:toks[j][2]])
    return Relation([(s, e)], source, [(cue[1], cue[2])], cue[0])


def train(out: Path, limit: int | None = None, settings: dict | None = None, verbose: bool = True):
    started = time.perf_counter()
    trainer = pycrfsuite.Trainer(verbose=False)
    trainer.set_params(dict(SETTINGS, **(settings or {})))
    units = tokens = 0
    sources = [polnear_documents("train", limit)] + ([own_documents()] if limit is None else [])
    for docs in sources:
        for name, text, rels in docs:
            for toks, labels in labelled(text, rels):
                trainer.append(learned.features(toks), labels)
                units += 1
                tokens += len(toks)
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    elapsed = time.perf_counter() - started
    if verbose:
        sha = hashlib.sha256(out.read_bytes()).hexdigest()
        print(f"trained on {units} units, {tokens} tokens in {elapsed:.0f}s; {out} "
              f"{out.stat().st_size / 1e6:.2f} MB sha256 {sha}")
        last = trainer.logparser.last_iteration
        if last:
            print(f"iterations: {last.get('num')}, active features: {last.get('active_features')}")
    return out


def score_dev(model: Path, split: str = "dev"):
    """Token-level precision / recall / F1 per role on a PolNeAR split (speech relations only)."""
    tagger = pycrfsuite.Tagger()
    tagger.open(str(model))
    counts = {r: [0, 0, 0] for r in ("CUE", "CON", "SRC")}   # tp, pred, gold
    for name, text, rels in polnear_documents(split):
        for toks, gold in labelled(text, rels):
            pred = tagger.tag(learned.features(toks))
            for g, p in zip(gold, pred):
                g, p = g[2:] if g != "O" else None, p[2:] if p != "O" else None
                if p:
                    counts[p][1] += 1
                if g:
                    counts[g][2] += 1
                if g and g == p:
                    counts[g][0] += 1
    for role, (tp, npred, ngold) in counts.items():
        prec, rec = tp / npred if npred else 0, tp / ngold if ngold else 0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0
        print(f"PolNeAR {split} tokens {role}: P {prec:.3f} R {rec:.3f} F1 {f1:.3f} (gold {ngold})")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=learned.MODEL_PATH)
    ap.add_argument("--limit", type=int, help="only the first N PolNeAR train articles (a quick check)")
    ap.add_argument("--iterations", type=int, help="override max_iterations")
    ap.add_argument("--no-dev", action="store_true", help="skip the dev-split scores")
    args = ap.parse_args(argv)
    settings = {"max_iterations": args.iterations} if args.iterations else None
    model = train(args.out, args.limit, settings)
    if not args.no_dev:
        score_dev(model)


if __name__ == "__main__":
    main()
