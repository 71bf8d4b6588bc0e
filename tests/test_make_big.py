"""bench/make_big.py: the big benchmark archive is the real ingest's rows replicated, and the site sees every copy
as it sees the originals (one canonical row per cluster), so the 1M figures measure real result lists."""
import subprocess
import sys
from pathlib import Path

import sqlite_utils

from pressarchive.site.search import Filters, run_search

ROOT = Path(__file__).resolve().parent.parent


def test_copies_are_canonical_and_found_by_search(corpora, run_ingest, tmp_path):
    small, _ = run_ingest(tmp_path / "small.db", [corpora / "seeds"])
    base = small["statements"].count
    base_canonical = small.execute("select count(*) from statements_browse where canonical = 1").fetchone()[0]
    word = small.execute("select text from statements_browse where canonical = 1 order by length(text) desc "
                         "limit 1").fetchone()[0].split()[0].strip('"“,.').lower()
    found_small = run_search(small.conn, Filters(q=word)).count
    small.close()
    big_path = tmp_path / "big.db"
    subprocess.run([sys.executable, str(ROOT / "bench" / "make_big.py"), str(big_path), "--from",
                    str(tmp_path / "small.db"), "--statements", str(3 * base)], check=True, cwd=ROOT,
                   capture_output=True)
    big = sqlite_utils.Database(big_path)
    assert big["statements"].count == 3 * base
    # must: every copy of a canonical statement is canonical; must not: copies hidden in the originals' clusters
    assert big.execute("select count(*) from statements_browse where canonical = 1").fetchone()[0] \
        == 3 * base_canonical
    assert big.execute("select count(*) from statements s left join statement_clusters c on c.id = s.cluster_id "
                       "where s.cluster_id is not null and c.id is null").fetchone()[0] == 0
    assert found_small > 0
    assert run_search(big.conn, Filters(q=word)).count == 3 * found_small
