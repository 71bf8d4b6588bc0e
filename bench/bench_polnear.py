"""PolNeAR benchmark: the archive's statements scored against PolNeAR's gold attribution relations.

    python bench/bench_polnear.py                 # test split (the default)
    python bench/bench_polnear.py --split dev     # train / dev / test / annotator-training
    python bench/bench_polnear.py --all           # train, dev and test
    python bench/bench_polnear.py --split dev --dump errors.jsonl   # every FN / FP / wrong source, for analysis
    PRESSARCHIVE_EXTRACTION=rules python bench/bench_polnear.py     # rules alone (model: the tagger alone;
                                                                    # both, the default: rules + tagger)

Corpus: ../shared/corpora/polnear (PolNeAR v1.0.0, Newell et al., LREC 2018; see its SOURCE.md). Develop on
train and dev; test is for reporting only.

Pipeline. The split's `text/` folder (article .txt files only) is ingested in-process with
`pressarchive.pipeline.ingest` (two workers) into a temporary database, exactly as `ingest.py` would.

Offsets. Statements carry offsets into `articles.body`, the *cleaned* text: cleaning may drop the headline
line, join lines, collapse runs of spaces, drop caption lines, and so on, while the gold offsets point into the
raw .txt (Python code points). Body offsets are mapped to raw offsets by an alignment of the non-white-space
characters of both texts: each body paragraph, with its white space removed, is looked up in the raw text
(also without white space) from the end of the previous paragraph's match onwards; a paragraph that is not
found verbatim (cleaning changed characters inside it) is aligned character by character with difflib against
the raw text up to the next paragraph found. A statement's start maps to the raw position of its first
non-space character, its end to just after its last. Every mapped span is checked (same non-space characters
in body and raw); the number of statements that fail the check is printed (0 on test and dev, 2 of 7,363 on train).

Gold (read by pressarchive/polnear.py, shared with the model's training). One .ann per article: the
annotator with the lowest id when several annotated it (20 agreement articles). Every `E` relation is one
gold attribution; its content is the union of its Content (and Content2) fragments; `Attribution` trigger
spans, Discuss/Discard markers and notes are ignored.

Matching. Spans are compared in word tokens (runs of \\w characters of the raw text, so quotation marks
and punctuation never count): a prediction matches a gold attribution when the tokens they share are at
least half of the gold's tokens and at least half of the prediction's. Pairs are taken greedily, best
overlap first, each gold and each prediction at most once (PolNeAR is univocal: gold contents never share a
token). A joint statement the archive stores once per speaker ("X and Y said") is one prediction with
several speakers (right when any of them is).

Source. The predicted speaker is statements.speaker_name and the resolved speakers.name. Names are folded
(NFKD, diacritics and case dropped, punctuation and possessive 's removed) and leading titles / determiners
dropped ("Mr.", "Sen.", "President", "the"). The gold side is the Source span's *name*: its first run of
capitalised words that is not titles only and not followed by a role noun ("Edward Alden of the Council
on ..." -> "Edward Alden"; "Clinton spokesman Nick Merrill" -> "Nick Merrill"; "the Clinton campaign" ->
"Clinton"). A Source that is a pronoun has no name of its own and is resolved: a relative pronoun
(who / which / that) to the last capitalised name in the 120 characters before it, a personal pronoun
(he, she, they, it, I, we ...) to the closest preceding gold Source with a name in the article; for he / she,
the closest one not known to be of the other gender (honorifics Mr. / Mrs. / Ms. with the surname in the
article, else a short list of first names). This is an approximation of coreference (the gold has none). A Source
with no capitalised word after its determiner ("the newspaper", "analysts", "a source"), or a sentence-
initial word that the article also uses in lower case ("Officials"), is *unnamed*; a relation with no Source
(Attribution-no-source) too.
- strict: the folded token sequences of the gold name and a predicted name are equal, or one is a suffix of
  the other ("Trump" / "Donald Trump", not "Bill Clinton" / "Hillary Clinton");
- lenient: strict, or the gold name's last word (the surname, the body's head word) is one of a predicted
  name's words, or, for an unnamed definite Source ("the newspaper", "the campaign"), its head noun is.

Figures. Detection P/R/F1 (content spans only), content+source P/R/F1 strict and lenient (a true positive
needs the source right), each over
- ALL gold attributions, and
- NAMED: gold attributions whose Source is a named person or body, directly or through a resolved pronoun
  (the archive only records statements of identifiable speakers: ../shared/eval/GUIDELINES.md rule 1).
  Predictions that match a gold attribution outside the subset are left out of the subset's precision
  (neither right nor wrong); their count is printed as "matched unnamed".
"""
import argparse
import difflib
import functools
import json
import re
import sys
import tempfile
import time
import unicodedata
from collections import defaultdict
from pathlib import Path

import sqlite_utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from pressarchive.pipeline import ingest  # noqa: E402
from pressarchive.polnear import CORPUS, gold_files, parse_ann  # noqa: E402
from pressarchive.resolve import Registry  # noqa: E402
from pressarchive.topics import Taxonomy  # noqa: E402

SPLITS = ("train", "dev", "test")

PERSONAL = {"he", "she", "they", "it", "i", "we", "you", "him", "her", "them", "us", "me", "his", "its",
            "their", "our", "my", "himself", "herself", "themselves", "itself"}
RELATIVE = {"who", "which", "that", "whom", "whose"}
DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "both", "some", "many", "most", "all",
               "another", "other", "several", "one", "two", "three", "his", "her", "their", "its", "our"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "sen", "senator", "rep", "representative", "gov", "governor",
          "president", "presidentelect", "vice", "secretary", "speaker", "gen", "general", "sir", "lord",
          "judge", "justice", "mayor", "prof", "professor", "rev", "former", "candidate", "nominee", "democrat",
          "republican", "democratic", "chairman", "chairwoman", "chair", "attorney", "minister", "prime",
          "first", "lady", "state", "us", "u.s", "then", "late", "house", "leader", "majority", "minority", "jr",
          "sr", "ii", "iii"}
TOKEN = re.compile(r"\w+")
CAPWORD = re.compile(r"[A-Z][\w'’.\-]*")


# ---------------------------------------------------------------- gold

# parse_ann and gold_files: pressarchive/polnear.py (shared with the model's training).


# ---------------------------------------------------------------- names

def fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s.replace("’", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"'s\b", "", s)
    return s


def name_tokens(name: str) -> list[str]:
    toks = [t.replace(".", "") for t in re.findall(r"[\w.]+", fold(name))]
    toks = [t for t in toks if t]
    while toks and (toks[0] in TITLES or toks[0] in DETERMINERS):
        toks.pop(0)
    return toks


ROLE_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "aide", "aides", "adviser", "advisor", "secretary",
              "manager", "chairman", "chairwoman", "chief", "strategist", "director", "pollster", "official",
              "lawyer", "attorney", "surrogate", "staffer", "supporter", "backer", "running", "mate", "rep",
              "representative", "deputy", "communications", "press", "senior", "campaign", "police", "team", "camp",
              "reporter", "host", "anchor", "correspondent", "analyst", "founder", "executive", "ceo", "editor"}
CONNECTORS = {"of", "on", "for", "de", "the", "and"}
FEMALE = {"hillary", "chelsea", "melania", "ivanka", "kellyanne", "huma", "donna", "jennifer", "elizabeth",
          "nancy", "sarah", "michelle", "jill", "hope", "katrina", "karen", "kate", "megyn", "alicia", "paula",
          "juanita", "kathleen", "jessica", "natasha", "carly", "nikki", "susan", "mary", "barbara", "laura",
          "ann", "anne", "marsha", "kirsten", "amy", "patty", "lisa", "maria", "debbie", "dana", "kelly",
          "jane", "angela", "theresa", "marine", "christine", "janet", "loretta", "samantha", "heather",
          "rebecca", "emily", "linda", "julie", "claire", "tammy", "kamala", "maxine", "betsy", "omarosa"}
MALE = {"donald", "barack", "bill", "mike", "tim", "bernie", "john", "paul", "ted", "marco", "jeb", "chris",
        "ben", "joe", "robert", "james", "michael", "david", "george", "reince", "corey", "jason", "rudy",
        "newt", "steve", "stephen", "eric", "rick", "mitch", "harry", "jim", "tom", "mark", "gary", "lindsey",
        "scott", "sean", "brian", "roger", "jeff", "richard", "william", "charles", "thomas", "daniel", "peter",
        "vladimir", "nigel", "matt", "andrew", "kevin", "jack", "frank", "martin", "larry", "ron", "rand",
        "jared", "eddie", "anthony", "jake", "josh", "nick", "brad", "joel", "evan", "trey", "jerry", "bob"}


def source_name(text: str, start: int, raw: str, lower_words: set) -> str | None:
    """The name in a gold Source span, or None when it has none.

    Runs of capitalised words (joined by of / on / for / the / and when a capitalised word follows); runs made
    of titles only are skipped ("Republican vice-presidential nominee Gov. Mike Pence" -> "Gov. Mike Pence"),
    and so is a run followed by a role noun when a later run exists ("Clinton spokesman Nick Merrill" ->
    "Nick Merrill"); the first run left is the name."""
    words = list(re.finditer(r"[\w'’.\-]+", text))
    runs, cur = [], []
    for k, m in enumerate(words):
        w = m.group()
        if cur and text[words[k - 1].end():m.start()].strip():   # punctuation between words ends a run
            runs.append(cur)
            cur = []
        if CAPWORD.fullmatch(w):
            cur.append(k)
        elif cur and w in CONNECTORS and k + 1 < len(words) and CAPWORD.fullmatch(words[k + 1].group()):
            cur.append(k)
        elif cur:
            runs.append(cur)
            cur = []
    if cur:
        runs.append(cur)
    cands = []
    for run in runs:
        name = " ".join(words[k].group() for k in run)
        if not name_tokens(name):
            continue
        nxt = fold(words[run[-1] + 1].group()) if run[-1] + 1 < len(words) else ""
        role_follows = nxt in ROLE_NOUNS or words[run[-1]].group().endswith(("'s", "’s"))
        cands.append((name, run, role_follows))
    if not cands:
        return None
    pick = next((c for c in cands if not c[2]), cands[0])
    name, run, _ = pick
    # A capitalised sentence-initial common noun ("Officials", "Analysts") is not a name.
    first = words[run[0]]
    before = raw[max(0, start + first.start() - 4):start + first.start()]
    at_sentence_start = not before.strip() or re.search(r"[.!?\"“”]\s*$", before)
    if len(run) == 1 and at_sentence_start and fold(first.group()).strip(".") in lower_words:
        return None
    return name


@functools.lru_cache(maxsize=4)
def honorifics(raw: str) -> dict:
    """{folded surname: f / m} from "Mrs. X", "Ms. X", "Mr. X" in an article."""
    out = {}
    for title, sur in re.findall(r"\b(mrs|ms|miss|mr)\.?\s+(\w+)", fold(raw)):
        out.setdefault(sur, "m" if title == "mr" else "f")
    return out


def gender(name: str, raw: str) -> str | None:
    """f / m from the article's honorifics for the surname, else from a short first-name list, else None."""
    toks = name_tokens(name)
    if not toks:
        return None
    known = honorifics(raw).get(toks[-1])
    if known:
        return known
    if toks[0] in FEMALE:
        return "f"
    if toks[0] in MALE:
        return "m"
    return None


def resolve_gold(rels, raw: str):
    """Per relation: (gold name or None, source class: named / pronoun / unnamed / none, head noun)."""
    lower_words = {w for w in TOKEN.findall(raw) if w.islower()}
    named_sources = []   # (start, name) of Source spans with a name, in text order
    first = []
    for frags, src, cue in rels:
        if src is None:
            first.append((None, "none", None))
            continue
        s, e, text = src
        low = fold(text).strip()
        if low in PERSONAL or low in RELATIVE:
            first.append((None, "pronoun", None))
            continue
        name = source_name(text, s, raw, lower_words)
        if name:
            named_sources.append((s, name))
            first.append((name, "named", None))
        else:
            toks = TOKEN.findall(fold(text))
            head = toks[-1] if toks and toks[0] in ("the", "this", "that") and len(toks) <= 4 else None
            first.append((None, "unnamed", head))
    named_sources.sort()
    out = []
    for (frags, src, cue), (name, cls, head) in zip(rels, first):
        if cls == "pronoun":
            s, e, text = src
            if fold(text).strip() in RELATIVE:
                before = raw[max(0, s - 120):s]
                caps = [m for m in re.finditer(r"(?:[A-Z][\w'’.\-]*\s+)*[A-Z][\w'’.\-]*", before)
                        if name_tokens(m.group())]
                name = caps[-1].group() if caps else None
            else:
                want = {"he": "m", "him": "m", "his": "m", "himself": "m",
                        "she": "f", "her": "f", "herself": "f"}.get(fold(text).strip())
                prev = [n for (ps, n) in named_sources if ps < s]
                if want:   # he / she: the closest preceding name not known to be of the other gender
                    fit = [n for n in prev if gender(n, raw) in (want, None)]
                    prev = fit or prev
                name = prev[-1] if prev else None
            cls = "pronoun" if name else "unnamed"
        out.append((name, cls, head))
    return out


def source_right(gold_name, head, pred_names):
    """(strict, lenient) for one matched pair."""
    strict = lenient = False
    g = name_tokens(gold_name) if gold_name else []
    for p in pred_names:
        pt = name_tokens(p or "")
        if not pt:
            continue
        if g:
            n = min(len(g), len(pt))
            if g[-n:] == pt[-n:] and (len(g) == n or len(pt) == n):
                strict = True
            if g[-1] in pt:
                lenient = True
        elif head and head in pt:
            lenient = True
    return strict, strict or lenient


# ---------------------------------------------------------------- alignment

def squash(text: str):
    """(text without white space, original index of each kept character)."""
    idx = [i for i, c in enumerate(text) if not c.isspace()]
    return "".join(text[i] for i in idx), idx


def align(body: str, raw: str):
    """{body index of a non-space char: raw index}."""
    sb, ib = squash(body)
    sr, ir = squash(raw)
    mapping = {}
    # Body paragraphs in squashed coordinates.
    paras, pos = [], 0
    for para in re.split(r"\n\s*\n", body):
        sp, _ = squash(para)
        if sp:
            paras.append((pos, sp))
            pos += len(sp)
    cursor = 0
    pending = []   # paragraphs not found verbatim, aligned once the next one is found
    def fuzzy(items, lo, hi):
        for p0, sp in items:
            sm = difflib.SequenceMatcher(None, sp, sr[lo:hi], autojunk=False)
            for a, b, size in sm.get_matching_blocks():
                for k in range(size):
                    mapping[ib[p0 + a + k]] = ir[lo + b + k]
            blocks = [blk for blk in sm.get_matching_blocks() if blk.size]
            if blocks:
                lo = lo + blocks[-1].b + blocks[-1].size
    for p0, sp in paras:
        at = sr.find(sp, cursor)
        if at < 0:
            pending.append((p0, sp))
            continue
        if pending:
            fuzzy(pending, cursor, at)
            pending = []
        for k in range(len(sp)):
            mapping[ib[p0 + k]] = ir[at + k]
        cursor = at + len(sp)
    if pending:
        fuzzy(pending, cursor, len(sr))
    return mapping


def to_raw(mapping, body: str, start: int, end: int):
    s = next((mapping[i] for i in range(start, end) if i in mapping), None)
    e = next((mapping[i] + 1 for i in range(end - 1, start - 1, -1) if i in mapping), None)
    if s is None or e is None or e <= s:
        return None
    return s, e


# ---------------------------------------------------------------- scoring

def token_ids(raw: str):
    """(token starts, token ends) of the raw text's word tokens."""
    toks = [(m.start(), m.end()) for m in TOKEN.finditer(raw)]
    return toks


def span_tokens(toks, frags):
    out = set()
    for s, e in frags:
        for k, (ts, te) in enumerate(toks):
            if ts >= e:
                break
            if te > s and ts < e and (min(te, e) - max(ts, s)) * 2 >= (te - ts):
                out.add(k)
    return out


def match(golds, preds):
    """Greedy one-to-one matching on token overlap >= 0.5 both ways: {gold index: pred index}."""
    pairs = []
    for gi, g in enumerate(golds):
        for pi, p in enumerate(preds):
            inter = len(g["tokens"] & p["tokens"])
            if inter and inter * 2 >= len(g["tokens"]) and inter * 2 >= len(p["tokens"]):
                pairs.append((min(inter / len(g["tokens"]), inter / len(p["tokens"])), gi, pi))
    pairs.sort(reverse=True)
    used_g, used_p, out = set(), set(), {}
    for _, gi, pi in pairs:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            out[gi] = pi
    return out


def prf(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def run_split(split: str, registry, taxonomy, jobs: int = 2, dump=None):
    text_dir = CORPUS / split / "text"
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        db = sqlite_utils.Database(Path(tmp) / "polnear.db")
        summary = ingest(db, [str(text_dir)], registry, taxonomy, jobs=jobs)
        ingest_s = time.perf_counter() - started
        articles = {Path(r["source"]).stem: r for r in db.query("select id, source, body from articles")}
        preds_by_article = defaultdict(dict)
        for r in db.query("select s.article_id, s.start, s.[end], s.text, s.kind, s.cue, s.speaker_name,"
                          " s.speaker_basis, sp.name as resolved from statements s"
                          " left join speakers sp on sp.id = s.speaker_id"):
            key = (r["start"], r["end"])
            d = preds_by_article[r["article_id"]].setdefault(key, dict(r, names=set()))
            d["names"].update(n for n in (r["speaker_name"], r["resolved"]) if n)
        db.conn.close()

    c = defaultdict(int)
    unaligned = 0
    for stem, ann in sorted(gold_files(split).items()):
        raw = (text_dir / f"{stem}.txt").read_text(encoding="utf-8")
        toks = token_ids(raw)
        rels = parse_ann(ann)
        info = resolve_gold(rels, raw)
        golds = []
        for (frags, src, cue), (name, cls, head) in zip(rels, info):
            golds.append(dict(frags=frags, src=src, cue=cue, name=name, cls=cls, head=head,
                              tokens=span_tokens(toks, frags)))
        golds = [g for g in golds if g["tokens"]]
        art = articles.get(stem)
        preds = []
        if art is not None:
            mapping = align(art["body"], raw)
            for (s, e), p in sorted(preds_by_article[art["id"]].items()):
                span = to_raw(mapping, art["body"], s, e)
                if span is None or squash(raw[span[0]:span[1]])[0] != squash(art["body"][s:e])[0]:
                    unaligned += 1
                    if span is None:
                        continue
                p = dict(p, raw=span, tokens=span_tokens(toks, [span]))
                if p["tokens"]:
                    preds.append(p)
        m = match(golds, preds)
        matched_preds = {pi: gi for gi, pi in m.items()}
        c["gold"] += len(golds)
        c["pred"] += len(preds)
        c["gold_named"] += sum(g["cls"] in ("named", "pronoun") for g in golds)
        for gi, pi in m.items():
            g, p = golds[gi], preds[pi]
            strict, lenient = source_right(g["name"], g["head"], p["names"])
            named = g["cls"] in ("named", "pronoun")
            c["tp"] += 1
            c["tp_strict"] += strict
            c["tp_lenient"] += lenient
            if named:
                c["tp_named"] += 1
                c["tp_named_strict"] += strict
                c["tp_named_lenient"] += lenient
            else:
                c["matched_unnamed"] += 1
            if dump is not None and not lenient:
                dump.append(dict(split=split, article=stem, type="wrong_source", gold=_gold_view(g, raw),
                                 pred=_pred_view(p, raw)))
        if dump is not None:
            for gi, g in enumerate(golds):
                if gi not in m:
                    near = [_pred_view(p, raw) for p in preds if p["tokens"] & g["tokens"]]
                    dump.append(dict(split=split, article=stem, type="fn", gold=_gold_view(g, raw), overlapping=near))
            for pi, p in enumerate(preds):
                if pi not in matched_preds:
                    near = [_gold_view(g, raw) for g in golds if p["tokens"] & g["tokens"]]
                    dump.append(dict(split=split, article=stem, type="fp", pred=_pred_view(p, raw), overlapping=near))
    c["pred_named"] = c["pred"] - c["matched_unnamed"]
    c["unaligned"] = unaligned
    c["articles"] = summary.articles
    c["seconds"] = time.perf_counter() - started
    c["ingest_seconds"] = ingest_s
    return c


def _gold_view(g, raw):
    s0, e0 = g["frags"][0][0], g["frags"][-1][1]
    line_s = raw.rfind("\n", 0, s0) + 1
    line_e = raw.find("\n", e0)
    return dict(content=" … ".join(raw[s:e] for s, e in g["frags"]), source=g["src"][2] if g["src"] else None,
                name=g["name"], cls=g["cls"], cue=g["cue"], start=s0,
                paragraph=raw[line_s:line_e if line_e >= 0 else len(raw)][:1500])


def _pred_view(p, raw):
    s, e = p["raw"]
    return dict(content=raw[s:e], names=sorted(p["names"]), kind=p["kind"], cue=p["cue"],
                basis=p["speaker_basis"], start=s)


def report(split, c):
    print(f"== PolNeAR {split}: {c['articles']} articles, {c['gold']} gold attributions "
          f"({c['gold_named']} with a named source), {c['pred']} predicted statements "
          f"[{c['seconds']:.1f}s, ingest {c['ingest_seconds']:.1f}s; unaligned predictions: {c['unaligned']}]")
    rows = [
        ("ALL   detection", c["tp"], c["pred"], c["gold"]),
        ("ALL   content+source strict", c["tp_strict"], c["pred"], c["gold"]),
        ("ALL   content+source lenient", c["tp_lenient"], c["pred"], c["gold"]),
        ("NAMED detection", c["tp_named"], c["pred_named"], c["gold_named"]),
        ("NAMED content+source strict", c["tp_named_strict"], c["pred_named"], c["gold_named"]),
        ("NAMED content+source lenient", c["tp_named_lenient"], c["pred_named"], c["gold_named"]),
    ]
    print(f"  {'':30}{'tp':>6}{'pred':>6}{'gold':>6}{'P':>8}{'R':>8}{'F1':>8}")
    for label, tp, npred, ngold in rows:
        p, r, f = prf(tp, npred, ngold)
        print(f"  {label:30}{tp:>6}{npred:>6}{ngold:>6}{p:>8.3f}{r:>8.3f}{f:>8.3f}")
    print(f"  matched unnamed (predictions matching a gold attribution with a vague / no source): "
          f"{c['matched_unnamed']}")


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--split", default="test", choices=SPLITS + ("annotator-training",))
    ap.add_argument("--all", action="store_true", help="train, dev and test")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--dump", help="write every false negative, false positive and wrong source (JSON lines);"
                                   " for error analysis on train / dev only, never tune on test")
    args = ap.parse_args(argv)
    registry = Registry.load(ROOT / "data" / "speakers.yml")
    taxonomy = Taxonomy.load(ROOT / "data" / "topics.yml")
    dump = [] if args.dump else None
    splits = ("test", "dev", "train") if args.all else (args.split,)
    for split in splits:
        report(split, run_split(split, registry, taxonomy, args.jobs, dump))
    if args.dump:
        with open(args.dump, "w", encoding="utf-8") as f:
            for d in dump:
                f.write(json.dumps(d, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
