"""The precomputed count tables (store.refresh_counts) agree with GROUP BY over the base tables, after a first
ingest and after files are changed and pruned."""
import shutil

from pressarchive.store import refresh_counts


def expected(db):
    """The counts recomputed from statements, articles and statement_topics, not from statements_browse."""
    q = lambda sql: {tuple(r[:-1]): r[-1] for r in db.execute(sql).fetchall()}  # noqa: E731
    date = "coalesce(s.said_on, a.published)"
    # Speakers and topics count statements once per cluster: its canonical (fullest) copy.
    canonical = "join statement_clusters c on c.canonical_id = s.id"
    return {
        "speaker": q(f"select speaker_id, count(*) from statements s {canonical} where speaker_id is not null "
                     "group by 1"),
        "topic": q(f"select topic_id, count(*) from statement_topics st join statements s on s.id = st.statement_id "
                   f"{canonical} group by 1"),
        "year": q(f"select substr({date}, 1, 4), count(*) from statements s left join articles a on a.id = s.article_id"
                  f" where {date} is not null group by 1"),
        "kind": q("select kind, count(*) from statements group by 1"),
        "outlet": q("select a.outlet, count(*) from statements s join articles a on a.id = s.article_id"
                    " where a.outlet != '' group by 1"),
        "all": q(f"select substr({date}, 1, 7), count(*) from statements s left join articles a on a.id = s.article_id"
                 f" where {date} is not null group by 1"),
        "speaker_topic": q(f"select s.speaker_id, st.topic_id, count(*) from statements s {canonical} join "
                           "statement_topics st on st.statement_id = s.id where s.speaker_id is not null group by 1, 2"),
        "speaker_month": q(f"select s.speaker_id, substr({date}, 1, 7), count(*) from statements s {canonical} left join"
                           f" articles a on a.id = s.article_id where s.speaker_id is not null and {date} is not null "
                           "group by 1, 2"),
    }


def stored(db):
    q = lambda sql, *p: {tuple(r[:-1]): r[-1] for r in db.execute(sql, p).fetchall()}  # noqa: E731
    got = {f: q("select value, statements from facet_counts where facet = ?", f)
           for f in ("speaker", "topic", "year", "kind", "outlet")}
    got["all"] = q("select month, statements from monthly_counts where facet = 'all'")
    got["speaker_topic"] = q("select speaker_id, topic_id, statements from speaker_topic_counts")
    got["speaker_month"] = q("select value, month, statements from monthly_counts where facet = 'speaker'")
    return got


def totals(db):
    return {r[0]: r[1] for r in db.execute("select value, statements from facet_counts where facet = 'total'")}


def check(db):
    want, got = expected(db), stored(db)
    for facet in want:
        assert got[facet] == want[facet], facet
    t = totals(db)
    assert t["statements"] == db["statements"].count > 0
    assert t["articles"] == db["articles"].count
    assert t["speakers"] == db["speakers"].count
    assert t["topics"] == db["topics"].count


def test_counts_follow_ingest_change_and_prune(tmp_path, corpora, run_ingest):
    folder = tmp_path / "politics"
    folder.mkdir()
    files = sorted((corpora / "bbc-news" / "politics").glob("*.txt"))[:40]
    for f in files:
        shutil.copy(f, folder / f.name)
    db, summary = run_ingest(tmp_path / "c.db", [folder])
    assert summary.statements > 50
    check(db)
    before = totals(db)["statements"]
    # One file replaced by another article's text, five removed: the counts follow.
    shutil.copy(files[0], folder / files[1].name)
    for f in files[-5:]:
        (folder / f.name).unlink()
    db, _ = run_ingest(tmp_path / "c.db", [folder], prune_missing=True)
    check(db)
    assert totals(db)["statements"] < before


def test_refresh_counts_alone_rebuilds_the_tables(tmp_path, corpora, run_ingest):
    db, _ = run_ingest(tmp_path / "s.db", [corpora / "seeds"])
    db.execute("delete from facet_counts")
    db.conn.commit()
    refresh_counts(db)
    check(db)
    assert totals(db)["first_said"] is not None
