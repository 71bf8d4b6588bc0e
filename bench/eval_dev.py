"""make eval: ingest the documents of the dev gold sets and of our own held-out set into a temporary database and
score each set.

The dev gold documents are copied into a temporary tree that mirrors their place under shared/corpora, so the
articles' sources ('bbc-news/politics/021.txt') match the gold 'doc' paths the scorer looks for. Our own set
(eval/own, see SOURCE.md and SOURCE-b.md) is ingested from eval/own/docs and docs-b in place: its sources start
with 'docs/' or 'docs-b/' and its gold lines name them so. It is scored as own-train and own-test (every third
document, fixed when the documents were added), pooled and per set; the test split is reported, never tuned on.
Set C (eval/own/docs-c, SOURCE-c.md) is scored for dates only, by bench/eval_pubdates.py."""
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
CORPORA = SHARED / "corpora"
EVAL = SHARED / "eval"
OWN = ROOT / "eval" / "own"
KEYS = ["gold", "pred", "match", "precision", "recall", "f1", "attribution", "e2e_f1", "date_accuracy", "topic_accuracy"]


def row(name, res):
    return f"{name:16}" + "".join(f"{res[k]:>{max(len(k) + 2, 8)}}" for k in KEYS)


# Our own sets: (letter, gold-file suffix, folder under eval/own or None when the documents are files of
# shared/corpora, named by their path there like the dev sets). A and B (news reports of spokespeople; briefings,
# releases, wire, interviews) pool into own-train/own-test, the rows compared across sessions; D (BBC politics),
# E (Reuters, White House, China MFA), F (news with quotes from anyone), G (a second sample of BBC politics), H, I,
# J and K (news reports of spokespeople, like the seeds), L (a third sample of BBC politics), M (Canadian news
# quoting anyone, a second sample), N (spokespeople in other Asian outlets), O (Canadian news, a third sample), P
# (spokespeople as the seeds' outlets report them, a fourth sample), Q (Canadian news, a fourth sample), R (State
# Department, White House, MFA, Reuters), S (UN, EU, Indian, Thai, Gulf outlets), T (Canadian news, a fifth sample),
# U (Korean, Vietnamese, Japanese, Chinese, Philippine outlets), V (spokespeople as US, UK and Asian outlets report
# them), W (a fourth sample of BBC politics), X (regular briefings of spokespeople as the news reports them) and Y
# (Canadian news, a sixth sample) are printed on their own.
OWN_SETS = [("A", "", "docs"), ("B", "-b", "docs-b"), ("D", "-d", None), ("E", "-e", None), ("F", "-f", "docs-f"),
            ("G", "-g", None), ("H", "-h", "docs-h"), ("I", "-i", "docs-i"), ("J", "-j", "docs-j"),
            ("K", "-k", "docs-k"), ("L", "-l", None), ("M", "-m", "docs-m"), ("N", "-n", "docs-n"),
            ("O", "-o", "docs-o"), ("P", "-p", "docs-p"), ("Q", "-q", "docs-q"),
            ("R", "-r", "docs-r"), ("S", "-s", "docs-s"), ("T", "-t", "docs-t"), ("U", "-u", "docs-u"),
            ("V", "-v", "docs-v"), ("W", "-w", None), ("X", "-x", "docs-x"), ("Y", "-y", "docs-y"),
            ("Z", "-z", None), ("AA", "-aa", "docs-aa"), ("AB", "-ab", "docs-ab"), ("AC", "-ac", "docs-ac"), ("AD", "-ad", "docs-ad"),
            ("AE", "-ae", None), ("AF", "-af", "docs-af"), ("AG", "-ag", "docs-ag"), ("AH", "-ah", "docs-ah"),
            ("AI", "-ai", "docs-ai"), ("AJ", "-aj", "docs-aj"),
            ("AK", "-ak", "docs-ak"), ("AL", "-al", "docs-al"), ("AM", "-am", None),
            ("AN", "-an", "docs-an"), ("AO", "-ao", "docs-ao"), ("AP", "-ap", None),
            ("AQ", "-aq", "docs-aq"),
            ("AR", "-ar", "docs-ar"),
            ("AS", "-as", "docs-as"),
            ("AT", "-at", "docs-at"),
            ("AU", "-au", "docs-au"),
            ("AV", "-av", None),
            ("AW", "-aw", "docs-aw"),
            ("AX", "-ax", "docs-ax"),
            ("AY", "-ay", "docs-ay"),
            ("AZ", "-az", "docs-az"),
            ("BA", "-ba", None),
            ("BB", "-bb", "docs-bb"),
            ("BC", "-bc", "docs-bc"),
            ("BD", "-bd", "docs-bd"),
            ("BE", "-be", "docs-be"),
            ("BF", "-bf", "docs-bf"),
            ("BG", "-bg", "docs-bg"),
            ("BH", "-bh", "docs-bh"),
            ("BI", "-bi", "docs-bi"),
            ("BJ", "-bj", "docs-bj"),
            ("BK", "-bk", "docs-bk"),
            ("BM", "-bm", "docs-bm"),
            ("BN", "-bn", "docs-bn"),
            ("BL", "-bl", "docs-bl"),
            ("BQ", "-bq", "docs-bq"),
            ("BR", "-br", "docs-br"),
            ("BP", "-bp", "docs-bp"),
            ("BO", "-bo", "docs-bo"),
            ("BS", "-bs", "docs-bs"),
            ("BV", "-bv", "docs-bv"),
            ("BU", "-bu", "docs-bu"),
            ("BT", "-bt", "docs-bt")]
POOLED = ("A", "B")


def gold_file(suffix, split):
    return OWN / f"{split}{suffix}.jsonl"


def gold_docs(path):
    if not path.exists():
        return []
    return [json.loads(line)["doc"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def own_rows():
    """(row name, gold files) for every own set that has gold lines."""
    rows = [(f"own-{split}", [gold_file(sfx, split) for letter, sfx, _ in OWN_SETS if letter in POOLED])
            for split in ("train", "test")]
    for letter, sfx, _ in OWN_SETS:
        for split in ("train", "test"):
            if gold_docs(gold_file(sfx, split)):
                rows.append((f"  {letter} {split}", [gold_file(sfx, split)]))
    return rows


OWN_FOLDERS = {folder for _, _, folder in OWN_SETS if folder}


def copy_corpus_docs(golds, tree):
    """Copy the shared/corpora documents the gold files name into tree, at the same relative place (a set's own
    folder, ingested as it is, is skipped: set R mixes both)."""
    for gold in golds:
        for doc in gold_docs(gold):
            if doc.split("/", 1)[0] in OWN_FOLDERS:
                continue
            target = tree / doc
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(CORPORA / doc, target)


def main(argv):
    sets = sorted((EVAL / "dev").glob("*.jsonl"))
    corpus_golds = sets + [gold_file(sfx, split) for _, sfx, _ in OWN_SETS for split in ("train", "test")]
    folders = [str(OWN / folder) for _, _, folder in OWN_SETS if folder and (OWN / folder).is_dir()]
    keep = argv[1] if len(argv) > 1 else None
    with tempfile.TemporaryDirectory() as tmp:
        tree = Path(tmp) / "corpora"
        copy_corpus_docs(corpus_golds, tree)
        db = keep or str(Path(tmp) / "dev.db")
        for suffix in ("", "-wal", "-shm"):
            Path(db + suffix).unlink(missing_ok=True)     # a fresh build: the ingest skips unchanged files
        tops = sorted(str(p) for p in tree.iterdir()) + folders + [str(OWN / "docs-c")]
        # (no time limit per file: a score must not depend on the machine's load, under which a long feed file
        # passed the 30-second limit and its statements went missing from the rows)
        subprocess.run([sys.executable, str(ROOT / "ingest.py"), db, *tops, "--quiet", "--timeout", "0"], check=True)
        sys.path.insert(0, str(EVAL))
        from score import score
        print(f"{'set':16}" + "".join(f"{k:>{max(len(k) + 2, 8)}}" for k in KEYS))
        for gold in sets:
            print(row(gold.stem, score(db, [str(gold)])))
        print(row("ALL", score(db, [str(g) for g in sets])))
        for name, gold in own_rows():
            print(row(name, score(db, [str(g) for g in gold])))
        # Set C (docs-c/: plain-text page dumps, dates only): publication and statement dates per split.
        from eval_pubdates import report
        report(db)


if __name__ == "__main__":
    main(sys.argv)
