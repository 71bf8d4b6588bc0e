"""Are two ingests' outputs the same, row for row? Compares the statements table (speaker, content, offsets,
said_on, ... every column but the ingest time), the statements' topics, the articles and the speakers of two
databases, and prints per table the row counts and "identical" or the first differing rows. Exit status 1 when any
table differs: run a change's ingest against main's on the same folders before keeping a speedup.

    python bench/compare_dbs.py BASE.db NEW.db
"""
import sqlite3
import sys

IGNORED = {"ingested_at"}      # when the row was written, not what it holds
TABLES = [("statements", "id"), ("statement_topics", "1, 2"), ("articles", "id"), ("speakers", "id")]


def rows(path: str, table: str, order: str):
    conn = sqlite3.connect(path)
    cols = [r[1] for r in conn.execute(f"pragma table_info({table})") if r[1] not in IGNORED]
    if not cols:
        return cols, None
    return cols, conn.execute(f"select {', '.join(cols)} from {table} order by {order}").fetchall()


def compare(base: str, new: str) -> bool:
    same = True
    for table, order in TABLES:
        cols_a, rows_a = rows(base, table, order)
        cols_b, rows_b = rows(new, table, order)
        if rows_a is None and rows_b is None:
            print(f"{table}: in neither")
            continue
        equal = (cols_a, rows_a) == (cols_b, rows_b)
        print(f"{table}: {len(rows_a or [])} / {len(rows_b or [])} rows, {'identical' if equal else 'DIFFERENT'}")
        if not equal:
            same = False
            if cols_a != cols_b:
                print(f"  columns {cols_a} / {cols_b}")
            only_a, only_b = set(rows_a or []) - set(rows_b or []), set(rows_b or []) - set(rows_a or [])
            for sign, only in (("-", only_a), ("+", only_b)):
                for r in sorted(only, key=repr)[:3]:
                    print(f"  {sign}", tuple(v[:60] if isinstance(v, str) else v for v in r[:8]))
    return same


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(0 if compare(*sys.argv[1:3]) else 1)
