"""Shared fixtures: the real corpora, the registry and taxonomy, and one full ingest per test session."""
from pathlib import Path

import pytest
import sqlite_utils

from pressarchive.pipeline import ingest
from pressarchive.resolve import Registry
from pressarchive.topics import Taxonomy

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"   # shared/ lies beside the checkout, in CI too


@pytest.fixture(scope="session")
def corpora():
    if not CORPORA.exists():
        pytest.skip(f"real corpora not found at {CORPORA}")
    return CORPORA


@pytest.fixture(scope="session")
def registry():
    return Registry.load(ROOT / "data" / "speakers.yml")


@pytest.fixture(scope="session")
def taxonomy():
    return Taxonomy.load(ROOT / "data" / "topics.yml")


@pytest.fixture
def run_ingest(registry, taxonomy):
    """run_ingest(db_path, [paths], **options) -> (Database, Summary)"""
    def run(db_path, paths, **options):
        db = sqlite_utils.Database(db_path)
        return db, ingest(db, [str(p) for p in paths], registry, taxonomy, **options)
    return run


@pytest.fixture(scope="session")
def same_rows():
    """same_rows(db, expected_db): every table an ingest writes holds the same rows (times of day aside)."""
    ignored = {"sources": ("ingested_at",), "problems": ("at",)}
    tables = ["sources", "articles", "statements", "statement_topics", "speakers", "topics", "problems",
              "statements_browse", "facet_counts", "monthly_counts", "speaker_topic_counts"]

    def rows(db, table):
        cols = [c for c in db[table].columns_dict if c not in ignored.get(table, ())]
        return sorted(tuple(r[c] for c in cols) for r in db[table].rows)

    def check(db, expected):
        for table in tables:
            assert rows(db, table) == rows(expected, table), table
    return check


@pytest.fixture(scope="session")
def full_ingest(corpora, registry, taxonomy, tmp_path_factory):
    """All of the shared corpora ingested once (about two minutes), then re-run unchanged: (db, first, re-run)."""
    db = sqlite_utils.Database(tmp_path_factory.mktemp("full") / "all.db")
    first = ingest(db, [str(corpora)], registry, taxonomy)
    again = ingest(db, [str(corpora)], registry, taxonomy)
    return db, first, again
