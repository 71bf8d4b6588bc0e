"""PolNeAR (Newell et al., LREC 2018) gold attributions: brat standoff files read into relations.

Shared by the benchmark (bench/bench_polnear.py) and the training of the learned model (pressarchive/train.py).
The corpus lives in ../shared/corpora/polnear (see its SOURCE.md): <split>/text/<stem>.txt and
<split>/attributions/<stem>_<annotator>.ann, offsets in Python code points into the .txt, end-exclusive.
"""
import re
from dataclasses import dataclass
from pathlib import Path

CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpora" / "polnear"
RECORD = re.compile(r"^[TE#]\d+\t")


@dataclass
class Relation:
    """One gold attribution relation (an E line)."""
    content: list            # [(start, end)] fragments of Content (and Content2)
    source: tuple | None     # (start, end, surface) of the Source span, or None (Attribution-no-source)
    cue: list                # [(start, end)] fragments of the Cue span ([] when missing)
    cue_text: str = ""


def read_relations(path: Path) -> list[Relation]:
    """The relations of one .ann file, in file order; relations without a Content span are dropped."""
    spans, rels, records = {}, [], []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if RECORD.match(line):
            records.append(line)
        elif records:   # a surface text with a newline continues on the next physical line
            records[-1] += "\n" + line
    for rec in records:
        parts = rec.split("\t")
        if rec.startswith("T"):
            kind, _, locs = parts[1].partition(" ")
            frags = [tuple(int(x) for x in loc.split()) for loc in locs.split(";")]
            spans[parts[0]] = (kind, frags, parts[2] if len(parts) > 2 else "")
        elif rec.startswith("E"):
            rels.append(dict(r.split(":") for r in parts[1].split()))
    out = []
    for roles in rels:
        frags = []
        for role in ("Content", "Content2"):
            if role in roles and roles[role] in spans:
                frags += spans[roles[role]][1]
        if not frags:
            continue
        src = None
        if "Source" in roles and roles["Source"] in spans:
            _, sf, stext = spans[roles["Source"]]
            src = (sf[0][0], sf[-1][1], stext)
        cue = spans.get(roles.get("Cue"))
        out.append(Relation(frags, src, list(cue[1]) if cue else [], cue[2] if cue else ""))
    return out


def parse_ann(path: Path):
    """[(content fragments, source (start, end, text) or None, cue text)] from one brat .ann file."""
    return [(r.content, r.source, r.cue_text) for r in read_relations(path)]


def gold_files(split: str, corpus: Path = CORPUS):
    """{article stem: .ann path}, the lowest annotator id for articles annotated several times."""
    chosen = {}
    for ann in sorted((corpus / split / "attributions").glob("*.ann")):
        stem, _, annotator = ann.stem.rpartition("_")
        if stem not in chosen:
            chosen[stem] = ann
    return chosen
