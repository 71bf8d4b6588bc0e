#!/usr/bin/env python3
"""Build a big archive for the benchmarks: at least N statements (default 1,000,000) from the real corpora.

    python bench/make_big.py DB [--statements N] [--from INGESTED.db] [--corpora DIR]

1. The corpora (../shared/corpora) go once through the real ingest (`ingest.py`), unless --from names a
   database an ingest already built; it is copied, never changed.
2. Its articles, statements, statement_topics and statement clusters are replicated with new ids (stable_id
   of the old id and the copy number; cluster ids offset per copy) and dates shifted back one year per copy,
   until there are N statements; speakers, topics and sources are kept (copies point to the same speakers and
   files). Each copy of a statement is in its own copy of its cluster, so a copy of a canonical statement is
   canonical too and the site lists it. The clusters' match keys (cluster_keys) are not copied: an ingest
   into the big archive clusters new statements against the originals only.
3. The project's own refreshes run: speaker counts, statements_browse and the count tables
   (store.refresh_speakers, store.refresh_browse), and both full-text indexes are rebuilt.

The database is a benchmark artefact: write it under /tmp or another ignored path, never commit it. Prints
the time of each step and the size of the result.
"""
import argparse
import math
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
import sqlite_utils  # noqa: E402

from pressarchive.normalize import stable_id  # noqa: E402
from pressarchive.store import ensure_tables, refresh_browse, refresh_speakers  # noqa: E402

CORPORA = ROOT.parent / "shared" / "corpora"
FTS_TABLES = {"statements": "statements_fts", "articles": "articles_fts"}


def step(label, started):
    print(f"{label}: {time.perf_counter() - started:.1f}s", flush=True)
    return time.perf_counter()


def columns(conn, table):
    return [r[1] for r in conn.execute(f"pragma table_info([{table}])")]


def replicate(conn, copies):
    """Insert `copies` copies of the original articles, statements, clusters and topic links, with new ids and
    dates shifted back `copy` years. The FTS triggers are dropped meanwhile (the indexes are rebuilt after) and put
    back as they were."""
    conn.create_function("copy_id", 2, lambda old, k: stable_id(old, "copy", k), deterministic=True)
    triggers = conn.execute("select name, sql from sqlite_master where type = 'trigger' and tbl_name in "
                            "('statements', 'articles')").fetchall()
    n_articles = conn.execute("select max(rowid) from articles").fetchone()[0]
    n_statements = conn.execute("select max(rowid) from statements").fetchone()[0]
    shifted_article = {
        "id": "copy_id(id, :k)",
        "source": "'copy' || :k || '/' || source",
        "published": "case when published is null then null "
                     "else date(substr(published, 1, 10), '-' || :k || ' years') || substr(published, 11) end",
    }
    shifted_statement = {
        "id": "copy_id(id, :k)",
        "article_id": "copy_id(article_id, :k)",
        "said_on": "date(said_on, '-' || :k || ' years')",
        "cluster_id": "cluster_id + :k * :clusters",
    }
    # Each copy of a statement is its own statement, in its own copy of its cluster: copies left in the
    # original's cluster would not be canonical, and the site (one row per cluster) would list none of them.
    shifted_cluster = {
        "id": "id + :k * :clusters",
        "canonical_id": "copy_id(canonical_id, :k)",
        "first_said": "date(first_said, '-' || :k || ' years')",
        "first_reported": "date(first_reported, '-' || :k || ' years')",
    }
    shifted_member = {
        "member": "member + :k * :members",
        "statement_id": "copy_id(statement_id, :k)",
        "cluster_id": "cluster_id + :k * :clusters",
        "file": "'copy' || :k || '/' || file",
        "day": "date(day, '-' || :k || ' years')",
    }
    n_clusters = conn.execute("select coalesce(max(id), 0) from statement_clusters").fetchone()[0]
    n_members = conn.execute("select coalesce(max(member), 0) from cluster_members").fetchone()[0]
    tables = [("articles", shifted_article, "rowid <= :articles"), ("statements", shifted_statement, "rowid <= :statements"),
              ("statement_clusters", shifted_cluster, "id <= :clusters"),
              ("cluster_members", shifted_member, "member <= :members")]
    plan = [(table, columns(conn, table), shifted, where) for table, shifted, where in tables]
    sizes = {"articles": n_articles, "statements": n_statements, "clusters": n_clusters, "members": n_members}
    with conn:
        for name, _ in triggers:
            conn.execute(f"drop trigger [{name}]")
        for k in range(1, copies + 1):
            for table, cols, shifted, where in plan:
                conn.execute(f"insert into [{table}] ({', '.join(map(quote, cols))}) select "
                             f"{', '.join(shifted.get(c, quote(c)) for c in cols)} from [{table}] where {where}",
                             {"k": k, **sizes})
            conn.execute("insert into statement_topics (statement_id, topic_id) select copy_id(st.statement_id, :k), "
                         "st.topic_id from statement_topics st join statements s on s.id = st.statement_id "
                         "where s.rowid <= :statements", {"k": k, **sizes})
            print(f"  copy {k}/{copies}", flush=True)
        for name, sql in triggers:
            conn.execute(sql)


def quote(column):
    return f"[{column}]"


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("db", help="the database to build (replaced if it exists)")
    ap.add_argument("--statements", type=int, default=1_000_000, help="at least this many statements")
    ap.add_argument("--from", dest="source_db", help="a database already built by ingest.py (copied, not changed)")
    ap.add_argument("--corpora", default=str(CORPORA), help="what to ingest when --from is not given")
    ap.add_argument("--jobs", type=int, default=2, help="ingest worker processes")
    args = ap.parse_args()
    target = Path(args.db)
    for suffix in ("", "-wal", "-shm", "-journal"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    t0 = t = time.perf_counter()
    if args.source_db:
        src = sqlite3.connect(args.source_db)   # a consistent copy, even of a database in WAL mode
        dst = sqlite3.connect(target)
        src.backup(dst)
        src.close()
        dst.close()
        t = step(f"copied {args.source_db}", t)
    else:
        subprocess.run([sys.executable, str(ROOT / "ingest.py"), "-q", "--jobs", str(args.jobs), str(target),
                        args.corpora], check=True, cwd=ROOT)
        t = step(f"ingested {args.corpora}", t)

    base_db = sqlite_utils.Database(target)
    ensure_tables(base_db)   # an older database gets today's schema (views, indexes, tokenizer) before it grows
    base_db.close()
    t = step("schema checked", t)

    conn = sqlite3.connect(target, isolation_level=None)
    # A build, not a live archive: no WAL growing by gigabytes, no fsyncs, a big page cache.
    conn.execute("pragma journal_mode = delete")
    conn.execute("pragma synchronous = off")
    conn.execute("pragma cache_size = -1000000")
    conn.execute("pragma temp_store = memory")
    conn.isolation_level = ""   # back to Python's implicit transactions for `with conn:`
    base = conn.execute("select count(*) from statements").fetchone()[0]
    if base == 0:
        sys.exit("the ingested database has no statements")
    copies = max(0, math.ceil(args.statements / base) - 1)
    print(f"{base:,} statements ingested; {copies} copies to reach {args.statements:,}", flush=True)
    replicate(conn, copies)
    t = step("replicated", t)
    for table, fts in FTS_TABLES.items():
        with conn:
            conn.execute(f"insert into [{fts}]([{fts}]) values ('rebuild')")
        t = step(f"rebuilt {fts}", t)
    conn.close()

    db = sqlite_utils.Database(target)
    db.execute("pragma synchronous = off")
    db.execute("pragma cache_size = -1000000")
    db.execute("pragma temp_store = memory")
    refresh_speakers(db)
    t = step("refresh_speakers", t)
    refresh_browse(db)   # statements_browse and the count tables
    t = step("refresh_browse (with counts)", t)
    db.execute("pragma journal_mode = wal")   # as the ingest leaves it (refresh_browse ran ANALYZE)
    counts = {name: db[name].count for name in ("articles", "statements", "statement_topics", "speakers")}
    db.close()
    size = os.path.getsize(target)
    print(", ".join(f"{n:,} {name}" for name, n in counts.items()))
    print(f"{target}: {size / 1e9:.2f} GB, {size / counts['statements']:.0f} bytes per statement; "
          f"total {time.perf_counter() - t0:.0f}s")


if __name__ == "__main__":
    main()
