"""bench/recall_census.py: tracing reported_frame's rules changes no statement, and its census of set BF's train
documents counts only those documents' missed gold statements."""
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))
import recall_census  # noqa: E402
from pressarchive.analyse import analyse  # noqa: E402
from pressarchive.extract import indirect  # noqa: E402


@pytest.fixture
def traced(monkeypatch):
    monkeypatch.setattr(indirect, "_first_decision", recall_census.traced_first_decision)


def test_tracing_changes_no_statement(registry, taxonomy, monkeypatch):
    gold, doc = next(recall_census.documents(["-bf"]))
    plain = [(s.text, s.speaker.name if s.speaker else None) for s in analyse(doc, gold["doc"], registry, taxonomy)[1]]
    monkeypatch.setattr(indirect, "_first_decision", recall_census.traced_first_decision)
    _, doc = next(recall_census.documents(["-bf"]))
    traced = [(s.text, s.speaker.name if s.speaker else None) for s in analyse(doc, gold["doc"], registry, taxonomy)[1]]
    assert traced == plain and plain


def test_census_counts_the_sets_own_misses(registry, taxonomy, traced):
    missed, decided, examples = recall_census.census(["-bf"], registry, taxonomy)
    golds = [json.loads(line) for line in (ROOT / "eval" / "own" / "train-bf.jsonl").read_text().splitlines()]
    assert sum(decided.values()) > 0
    assert sum(missed.values()) <= sum(len(g["statements"]) for g in golds)
    assert all(line.startswith("docs-bf/") for lines in examples.values() for line in lines)
    assert set(missed) <= {rule.__name__ for rule in indirect.REPORTED_RULES}
