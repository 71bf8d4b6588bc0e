"""Clustering: pair precision/recall on the gold pairs, its share of the ingest time, the counts for the corpus,
the corpus ingested twice, and what a one-file re-ingest touches.

    python bench/bench_clusters.py [--quick] [--jobs N]

1. Gold pairs (eval/cluster_pairs.jsonl): each pair of statements (texts, speakers, days) is judged by the same
   rules the ingest uses (cluster.same_statement, with the canonical check left out: a pair has no cluster);
   pair precision and recall (targets 0.98 / 0.90).
2. The whole of ../shared/corpora ingested into a temporary database without clustering (cluster.signatures and
   cluster.update switched off) and with it: the wall-clock times and the share clustering adds (target <= 20%),
   plus the time of cluster.update alone; the clusters and duplicate articles found in the corpus.
3. The corpus ingested again under a second folder name (a copy made of hard links): every cluster must hold
   exactly twice the copies it held before, each statement with its twin (the statement at the same place
   with the same speaker: a joint statement is one statement per party at one place).
4. One file changed and re-ingested: the clusters touched (the rows of statement_clusters changed) against the
   number of that file's statements, and the time.
--quick skips 2-4 (only the gold pairs); --jobs 1 reads in this process, so the CPU figures are exact (with
worker processes their CPU is counted when they are reaped, which may fall in the next run). Prints figures;
asserts nothing.
"""
import argparse
import json
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

import sqlite_utils

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pressarchive import cluster, pipeline  # noqa: E402
from pressarchive.resolve import Registry  # noqa: E402
from pressarchive.topics import Taxonomy  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
GOLD = ROOT / "eval" / "cluster_pairs.jsonl"


def score_pairs(path=GOLD):
    if not path.exists():
        print(f"no gold pairs at {path}")
        return
    tp = fp = fn = tn = 0
    errors = []
    for line in path.read_text(encoding="utf-8").splitlines():
        pair = json.loads(line)
        a, b = (cluster.statement(None, p["text"], p.get("speaker_id"), p.get("speaker"), p.get("day"),
                                  article=p.get("source"), start=p.get("start"), end=p.get("end"))
                for p in (pair["a"], pair["b"]))
        said = cluster.same_statement(a, b)
        gold = pair["same"]
        tp += said and gold
        fp += said and not gold
        fn += gold and not said
        tn += not said and not gold
        if said != gold:
            errors.append((gold, pair["a"]["text"][:90], pair["b"]["text"][:90]))
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    print(f"gold pairs: {tp + fp + fn + tn} ({tp + fn} same, {fp + tn} different)")
    print(f"pair precision {precision:.3f} (target >= 0.98), recall {recall:.3f} (target >= 0.90); "
          f"tp {tp} fp {fp} fn {fn} tn {tn}")
    for gold, a, b in errors[:20]:
        print(f"  {'missed' if gold else 'wrongly joined'}: {a!r} / {b!r}")


def cpu_seconds():
    """CPU time of this process and its finished children (the worker processes): fairer than the wall clock
    on a machine others share."""
    own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + children.ru_utime + children.ru_stime


class Timed:
    """Wraps cluster.update to time it (wall clock and CPU)."""
    def __init__(self):
        self.seconds, self.cpu, self.original = 0.0, 0.0, cluster.update

    def __call__(self, *args, **kwargs):
        started, cpu = time.monotonic(), cpu_seconds()
        try:
            return self.original(*args, **kwargs)
        finally:
            self.seconds += time.monotonic() - started
            self.cpu += cpu_seconds() - cpu


def run(db_path, paths, registry, taxonomy, jobs, clustering=True):
    saved = cluster.update, cluster.signatures
    timer = Timed()
    if clustering:
        cluster.update = timer
    else:
        cluster.update = lambda *a, **k: None
        cluster.signatures = lambda *a, **k: None
    try:
        db = sqlite_utils.Database(db_path)
        started, cpu = time.monotonic(), cpu_seconds()
        # One job: everything in this process (timeout 0), so its CPU time is the whole cost.
        summary = pipeline.ingest(db, [str(p) for p in paths], registry, taxonomy, jobs=jobs,
                                  **({"timeout": 0} if jobs == 1 else {}))
        run.cpu, run.update_cpu = cpu_seconds() - cpu, timer.cpu
        return db, summary, time.monotonic() - started, timer.seconds
    finally:
        cluster.update, cluster.signatures = saved


def corpus_counts(db, label):
    q = lambda sql: db.execute(sql).fetchone()  # noqa: E731
    n, multi, biggest, in_multi = q("select count(*), sum(reports > 1), max(reports), "
                                    "sum(case when reports > 1 then reports else 0 end) from statement_clusters")
    outlets = q("select count(*) from statement_clusters where outlets > 1")[0]
    dup = q("select count(*) from articles where duplicate_of is not null")[0]
    print(f"{label}: {q('select count(*) from statements')[0]} statements in {n} clusters; {multi} clusters of 2+ "
          f"copies ({in_multi} statements, largest {biggest}), {outlets} across 2+ outlets; "
          f"{dup} duplicate articles")
    folders = {}
    for (source,) in db.execute("select source from articles where duplicate_of is not null"):
        folder = "/".join(source.split("/")[:2])   # the root's name and the corpus folder
        folders[folder] = folders.get(folder, 0) + 1
    for folder, count in sorted(folders.items(), key=lambda kv: -kv[1]):
        print(f"  duplicate articles in {folder}: {count}")


def clusters_by_statement(db) -> dict:
    """(source, start, end, speaker id, speaker name) -> (cluster id, reports) of every statement. The speaker
    is part of the key: a joint statement ("The United States and Russia agreed ...") is one statement per
    party at the same place, so the place alone would pair a statement with another party's twin."""
    rows = db.execute("""select a.source, s.start, s."end", s.speaker_id, s.speaker_name, s.cluster_id, c.reports
        from statements s join articles a on a.id = s.article_id join statement_clusters c on c.id = s.cluster_id""")
    found = {tuple(r[:5]): (r[5], r[6]) for r in rows}
    total = db.execute("select count(*) from statements").fetchone()[0]
    if len(found) != total:
        print(f"  {total - len(found)} statements share their place and speaker with another: not checked")
    return found


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--jobs", type=int, default=min(os.cpu_count() or 1, 8))
    args = parser.parse_args()
    score_pairs()
    if args.quick:
        return 0
    registry = Registry.load(ROOT / "data" / "speakers.yml")
    taxonomy = Taxonomy.load(ROOT / "data" / "topics.yml")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        # Two folder names over the same files: hard links cost no space.
        first, second = tmp / "corpora", tmp / "corpora-again"
        shutil.copytree(CORPORA, first, copy_function=os.link)
        shutil.copytree(CORPORA, second, copy_function=os.link)

        _, s0, plain, _ = run(tmp / "plain.db", [first], registry, taxonomy, args.jobs, clustering=False)
        plain_cpu = run.cpu
        db, s1, clustered, update_s = run(tmp / "clustered.db", [first], registry, taxonomy, args.jobs)
        print(f"ingest of the corpus ({s1.files} files, {s1.articles} articles, {s1.statements} statements, "
              f"--jobs {args.jobs}): wall clock {plain:.1f}s without clustering, {clustered:.1f}s with it "
              f"(+{(clustered - plain) / plain:.0%}); CPU {plain_cpu:.1f}s without, {run.cpu:.1f}s with "
              f"(+{(run.cpu - plain_cpu) / plain_cpu:.0%}, target <= 20%); cluster.update alone {update_s:.1f}s "
              f"wall, {run.update_cpu:.1f}s CPU (the signatures are made in the workers)")
        corpus_counts(db, "corpus once")
        once = clusters_by_statement(db)
        db.conn.close()

        db2, _, again, update2 = run(tmp / "clustered.db", [second], registry, taxonomy, args.jobs)
        corpus_counts(db2, "corpus twice (second folder name)")
        twice = clusters_by_statement(db2)
        doubled = paired = 0
        odd = []
        for (source, start, end, *speaker), (_, reports) in once.items():
            mine = twice.get((source, start, end, *speaker))
            twin = twice.get(("corpora-again" + source[len("corpora"):], start, end, *speaker))
            if twin and mine and twin[0] == mine[0]:
                paired += 1
            else:
                odd.append(f"not with its twin: {source} [{start}:{end}] {speaker}")
            if mine and mine[1] == 2 * reports:
                doubled += 1
            else:
                odd.append(f"not doubled: {source} [{start}:{end}] {speaker} {reports} -> {mine and mine[1]}")
        shared = len(once) - len({key[:3] for key in once})
        print(f"second ingest under another name: {again:.1f}s (cluster.update {update2:.1f}s); of {len(once)} "
              f"statements, {paired} share a cluster with their twin, {doubled} have a cluster of exactly twice "
              f"the copies it had (twins matched by place and speaker: {shared} statements share their place "
              f"with another party's, as in a joint statement)")
        for line in odd[:10]:
            print("  " + line)

        # One file changed: append a paragraph to one BBC politics article (a new file, not a link).
        target = sorted((first / "bbc-news" / "politics").glob("*.txt"))[10]
        text = target.read_text(encoding="latin-1")
        target.unlink()
        target.write_text(text + '\n\n"We will look at this again next week," a spokesman said.\n',
                          encoding="latin-1")
        before = {r[0]: r[1:] for r in db2.execute("select * from statement_clusters")}
        n_file = db2.execute("""select count(*) from statements s join articles a on a.id = s.article_id
                                where a.file = ?""", [f"corpora/bbc-news/politics/{target.name}"]).fetchone()[0]
        _, s3, one, update3 = run(tmp / "clustered.db", [first], registry, taxonomy, args.jobs)
        after = {r[0]: r[1:] for r in db2.execute("select * from statement_clusters")}
        changed = sum(1 for k in set(before) | set(after) if before.get(k) != after.get(k))
        print(f"one-file re-ingest ({s3.articles} article written, {n_file} statements in the file before): "
              f"{one:.1f}s, cluster.update {update3 * 1000:.0f} ms; clusters changed {changed} of {len(after)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
