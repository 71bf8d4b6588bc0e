"""Do two archives built from the same input hold the same rows? For a change meant to alter no output (speed,
memory): build a database with the code before and one with the code after, from the same files at the same paths,
and compare them.

Compared table by table, every column, rows in key order: sources and problems (their times left out), articles
(with duplicate_of), statements (with cluster_id), statement_topics, speakers, statement_clusters, cluster_members,
cluster_keys, article_signatures, article_keys, statements_browse and the count tables. Prints one line per table
(rows, and the first differing row when they differ); exits 1 when any table differs.

    python bench/compare_dbs.py BEFORE.db AFTER.db
"""
import argparse
import sqlite3
import sys
from itertools import zip_longest

# table -> (columns left out, order by)
TABLES = {
    "sources": ({"ingested_at"}, "source"),
    "problems": ({"at"}, "id"),
    "articles": (set(), "id"),
    "statements": (set(), "id"),
    "statement_topics": (set(), "statement_id, topic_id"),
    "speakers": (set(), "id"),
    "statement_clusters": (set(), "id"),
    "cluster_members": (set(), "member"),
    "cluster_keys": (set(), "key, member"),
    "article_signatures": (set(), "article_id"),
    "article_keys": (set(), "key, article_id"),
    "statements_browse": (set(), "id"),
    "facet_counts": (set(), "facet, value"),
    "monthly_counts": (set(), "facet, value, month"),
    "speaker_topic_counts": (set(), "speaker_id, topic_id"),
}


def rows(conn, table, left_out, order):
    columns = [r[1] for r in conn.execute(f"pragma table_info([{table}])") if r[1] not in left_out]
    return columns, conn.execute(f"select {', '.join(f'[{c}]' for c in columns)} from [{table}] order by {order}")


def compare(before: str, after: str) -> bool:
    a, b = sqlite3.connect(before), sqlite3.connect(after)
    same = True
    for table, (left_out, order) in TABLES.items():
        cols_a, rows_a = rows(a, table, left_out, order)
        cols_b, rows_b = rows(b, table, left_out, order)
        if cols_a != cols_b:
            print(f"{table}: columns differ: {cols_a} / {cols_b}")
            same = False
            continue
        n, first = 0, None
        for ra, rb in zip_longest(rows_a, rows_b):
            n += 1
            if ra != rb and first is None:
                first = (ra, rb)
        if first is None:
            print(f"{table}: {n:,} rows, the same")
        else:
            same = False
            print(f"{table}: differ; first difference:\n  before {str(first[0])[:300]}\n  after  {str(first[1])[:300]}")
    return same


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("before")
    ap.add_argument("after")
    args = ap.parse_args()
    sys.exit(0 if compare(args.before, args.after) else 1)


if __name__ == "__main__":
    main()
