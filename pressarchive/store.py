"""Store stage: the SQLite schema and the writes.

Plain functions over a sqlite_utils Database. Rows have content-derived keys, so a re-run rewrites nothing
it does not need to; a changed file's rows are replaced inside one transaction with the new ones.
"""
import json
import re
from contextlib import contextmanager
from datetime import datetime, timezone
from itertools import chain

from .cluster import ensure_cluster_tables
from .normalize import search_folds, stable_id

# Porter stemming over the diacritic-folding tokenizer: "tariff" finds "tariffs", "Doan" finds "Doàn". A database
# built with another tokenizer gets its full-text tables rebuilt by ensure_tables (migrate_fts).
FTS_TOKENIZE = "porter unicode61 remove_diacritics 2"

# The dated-statements rule, defined once: a statement's date is the day it was said, else the day its article
# was published. Store, site and metadata read dates from this view.
DATED = "statements_dated"
DATED_SQL = f"""create view {DATED} as
select s.rowid as statement_rowid, s.id, s.article_id, s.speaker_id,
  coalesce(s.said_on, substr(a.published, 1, 10)) as date
from statements s
left join articles a on a.id = s.article_id"""
# ingest_state: one row ('derived', 'stale') while the derived tables (speaker counts, statements_browse) lag
# behind the rows; see mark_stale.
STATE = "ingest_state"
# Speakers rows the writer keeps between batches (about 1 kB each): a bound, so its memory stays flat however
# many speakers an archive has; the speakers of recent files are the ones met again.
SPEAKER_CACHE = 20_000

# statements_browse: each statement with its date, year, month, speaker, role, outlet and topics, indexed, for
# the site's facets. A table rather than a view: seven facets over a view that joins articles, speakers and
# topics cost 15-50 ms each on 10,000 statements; on an indexed table they cost a few. Derived data, so the
# ingest rebuilds it (refresh_browse) whenever a run changed the rows; the site only reads it.
BROWSE = "statements_browse"
BROWSE_COLUMNS = """statement_rowid integer primary key, id text, date text, date_basis text, year text, month text,
  speaker_id text, speaker text, role text, kind text, cue text, outlet text, topics text, text text,
  article_id text, headline text, cluster_id integer, copies integer, canonical integer"""
BROWSE_SELECT = """select
  s.rowid as statement_rowid,
  s.id,
  d.date,
  s.date_basis,
  substr(d.date, 1, 4) as year,
  substr(d.date, 1, 7) as month,
  s.speaker_id,
  coalesce(sp.name, s.speaker_name) as speaker,
  coalesce(sp.role_normalized, s.speaker_role) as role,
  s.kind,
  s.cue,
  a.outlet,
  (select json_group_array(st.topic_id) from statement_topics st where st.statement_id = s.id) as topics,
  s.text,
  s.article_id,
  a.headline,
  s.cluster_id,
  coalesce(c.reports, 1) as copies,
  coalesce(c.canonical_id = s.id, 1) as canonical
from statements s
join statements_dated d on d.statement_rowid = s.rowid
left join articles a on a.id = s.article_id
left join speakers sp on sp.id = s.speaker_id
left join statement_clusters c on c.id = s.cluster_id"""
INDEXES = [("articles", ["file"]), ("articles", ["published"]), ("statements", ["article_id"]),
           ("statements", ["speaker_id", "said_on"]), ("statements", ["said_on"]), ("statement_topics", ["topic_id"]),
           ("problems", ["source"])]
FTS_COLUMNS = {"statements": ["text", "speaker_name", "search_folds"], "articles": ["headline", "body", "search_folds"]}
# (speaker_id, date) and (outlet, date): the search lists a speaker's or an outlet's statements newest first,
# and counts them within a date range, from the index alone. (speaker_id, month): the per-speaker monthly counts.
# (canonical, date): the search lists one statement per cluster (its fullest copy) by default. (kind, date) and
# (role, date): a filter on half the rows (kind=direct) walks them newest first, testing each against a search,
# instead of sorting every row of the kind (the facets view searching "said" with kind=direct at 1M statements:
# 142 ms -> 5 ms for its page of rows); they serve the GROUP BY of their facet's counts as well.
BROWSE_INDEXES = ["date", "year", "month", "speaker", ("role", "date"), ("kind", "date"), "outlet",
                  ("speaker_id", "date"), ("speaker_id", "month"), ("outlet", "date"), ("canonical", "date")]

ROLE_NORMAL = [
    (re.compile(r"\bspokes(?:man|woman|person|people)\b", re.I), "spokesperson"),
    (re.compile(r"\bpress secretary\b", re.I), "press secretary"),
    (re.compile(r"\bprime minister\b", re.I), "prime minister"),
    (re.compile(r"\bforeign minister\b|\bsecretary of state\b|\bforeign secretary\b", re.I), "foreign minister"),
    (re.compile(r"\bminister\b", re.I), "minister"),
    (re.compile(r"\bvice[- ]president\b", re.I), "vice president"),
    (re.compile(r"\bpresident\b", re.I), "president"),
    (re.compile(r"\bchancellor\b", re.I), "chancellor"),
    (re.compile(r"\bsecretary\b", re.I), "secretary"),
    (re.compile(r"\bambassador\b", re.I), "ambassador"),
    (re.compile(r"\bchair(?:man|woman|person)?\b", re.I), "chair"),
    (re.compile(r"\b(?:chief executive|ceo)\b", re.I), "chief executive"),
    (re.compile(r"\bdirector\b", re.I), "director"),
    (re.compile(r"\bleader\b", re.I), "leader"),
    (re.compile(r"\bcommissioner\b", re.I), "commissioner"),
    (re.compile(r"\bcoordinator\b", re.I), "coordinator"),
    (re.compile(r"\bsenator\b", re.I), "senator"),
    (re.compile(r"\bgovernor\b", re.I), "governor"),
    (re.compile(r"\bmp\b", re.I), "member of parliament"),
]


def normalize_role(role: str | None) -> str | None:
    """A facet-friendly role: 'Foreign Ministry Spokesman' -> 'spokesperson'."""
    if not role:
        return None
    for pattern, label in ROLE_NORMAL:
        if pattern.search(role):
            return label
    return role.strip().lower()


def ensure_tables(db, taxonomy=None):
    """Create every table, index and full-text index the archive uses (idempotent)."""
    if "sources" not in db.table_names():
        db["sources"].create({
            "source": str, "path": str, "root": str, "sha256": str, "size": int, "format": str, "encoding": str,
            "ingested_at": str, "outcome": str, "message": str, "articles": int, "statements": int,
        }, pk="source")
    if "articles" not in db.table_names():
        db["articles"].create({
            "id": str, "source": str, "url": str, "outlet": str, "headline": str, "published": str,
            "body": str, "credit": str, "author": str, "language": str, "format": str, "genre": str,
            "file": str, "search_folds": str,
        }, pk="id", foreign_keys=[("file", "sources", "source")])
    if "speakers" not in db.table_names():
        db["speakers"].create({
            "id": str, "name": str, "kind": str, "role": str, "role_normalized": str, "organization": str,
            "country": str, "gender": str, "aliases": str, "in_registry": int, "statements": int,
            "first_said": str, "last_said": str,
        }, pk="id")
    if "statements" not in db.table_names():
        db["statements"].create({
            "id": str, "article_id": str, "speaker_id": str, "speaker_name": str, "speaker_role": str,
            "text": str, "kind": str, "cue": str, "said_on": str, "date_basis": str, "speaker_basis": str,
            "start": int, "end": int, "question": str, "search_folds": str,
        }, pk="id", foreign_keys=[("article_id", "articles", "id"), ("speaker_id", "speakers", "id")])
    if "topics" not in db.table_names():
        db["topics"].create({"id": str, "name": str}, pk="id")
    if "statement_topics" not in db.table_names():
        db["statement_topics"].create({"statement_id": str, "topic_id": str}, pk=("statement_id", "topic_id"),
                                      foreign_keys=[("statement_id", "statements", "id"),
                                                    ("topic_id", "topics", "id")])
    if "problems" not in db.table_names():
        db["problems"].create({"id": str, "source": str, "stage": str, "message": str, "at": str}, pk="id")
    if STATE not in db.table_names():
        db[STATE].create({"key": str, "value": str}, pk="key")
    # Each of these commits on its own: a run killed half-way through leaves some undone, so they are all
    # checked every run (if_not_exists), and an FTS index whose triggers are missing, or built with another
    # tokenizer, is built again.
    for table, columns in INDEXES:
        db[table].create_index(columns, if_not_exists=True)
    migrate_fts(db)
    ensure_cluster_tables(db)
    if DATED not in db.view_names():
        db.execute(DATED_SQL)
    if "_archive_state" in db.table_names():   # left by an earlier site plugin, which built the browse table
        db["_archive_state"].drop()
        refresh_browse(db)
    elif BROWSE not in db.table_names() or "canonical" not in db[BROWSE].columns_dict:
        refresh_browse(db)   # empty on a fresh database; filled from the rows of one built before the table existed
        # (or before clustering)
    elif "facet_counts" not in db.table_names():
        refresh_counts(db)   # a database built before the count tables existed
    if taxonomy is not None:
        db["topics"].upsert_all([{"id": k, "name": v} for k, v in taxonomy.names.items()], pk="id")


def migrate_fts(db):
    """Create the full-text tables, or rebuild them from the rows, with their triggers, when a trigger is missing
    or they were made with another tokenizer than FTS_TOKENIZE (a database from before stemming)."""
    triggers = set(db.triggers_dict)
    for table, columns in FTS_COLUMNS.items():
        fts = f"{table}_fts"
        row = db.execute("select sql from sqlite_master where name = ?", [fts]).fetchone()
        if (row is None or f"tokenize='{FTS_TOKENIZE}'" not in (row[0] or "")
                or not {f"{table}_ai", f"{table}_ad", f"{table}_au"} <= triggers):
            db[table].enable_fts(columns, create_triggers=True, tokenize=FTS_TOKENIZE, replace=True)


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def article_row(doc, article_id: str, file_source: str) -> dict:
    return {"id": article_id, "source": doc.source, "url": doc.url, "outlet": doc.outlet, "headline": doc.headline,
            "published": doc.published, "body": doc.body, "credit": doc.credit, "author": doc.author,
            "language": doc.language, "format": doc.format, "genre": doc.genre, "file": file_source,
            "search_folds": search_folds(doc.headline, doc.body)}


def statement_row(st) -> dict:
    sp = st.speaker
    return {"id": st.id, "article_id": st.article_id, "speaker_id": sp.id if sp else None,
            "speaker_name": sp.name if sp else None, "speaker_role": st.speaker_role, "text": st.text,
            "kind": st.kind, "cue": st.cue, "said_on": st.said_on, "date_basis": st.date_basis,
            "speaker_basis": st.speaker_basis, "start": st.start, "end": st.end, "question": st.question,
            "search_folds": search_folds(st.text, sp.name if sp else None)}


def speaker_fields(sp) -> tuple:
    """A speaker as a plain tuple: cheap to send from a worker, and the key of Writer._merge_speaker's memo."""
    return (sp.id, sp.name, sp.kind, sp.role, sp.organization, sp.country, sp.gender, tuple(sp.aliases),
            bool(sp.registry))


def statement_record(st) -> tuple:
    """(statements row, topic ids, speaker_fields or None): what the writer needs of a Statement, made in the
    worker that found it; plain values unpickle several times faster in the single writer than dataclasses."""
    return statement_row(st), list(st.topics), speaker_fields(st.speaker) if st.speaker is not None else None


class Writer:
    """Collects the rows of many files and writes them in one transaction per batch.

    A file's old rows are deleted in the same transaction that writes its new ones, so a failure can never
    leave a file half-replaced."""

    def __init__(self, db, batch_articles: int = 500):
        self.db = db
        self.batch_articles = batch_articles
        self.speaker_cache: dict[str, dict] = {}
        self.unknown_speakers: set[str] = set()     # ids known to be absent from the database
        self.batches = 0    # transactions written so far
        self._reset()

    def _reset(self):
        self.replace_files, self.sources, self.problems, self.clear_problems = [], [], [], []
        self.articles, self.statements, self.links, self.speakers = [], [], [], {}
        self._last_seen = {}   # speaker id -> the fields last merged into self.speakers

    def add_file(self, source_row: dict, articles: list, statements: list, replace: bool, partial: bool = False):
        """statements: statement_record()s. replace: the file had rows before. partial: it was read only in part,
        so of its old articles only those it brings again are replaced; the others stay (nothing already stored
        is lost)."""
        if replace:
            self.replace_files.append((source_row["source"], {a["id"] for a in articles} if partial else None))
        self.sources.append(source_row)
        self.clear_problems.append(source_row["source"])
        self.articles.extend(articles)
        for row, topics, speaker in statements:
            self.statements.append(row)
            self.links.extend({"statement_id": row["id"], "topic_id": t} for t in topics)
            if speaker is not None:
                self._merge_speaker(speaker)
        if len(self.articles) >= self.batch_articles:
            self.flush()

    def add_problem(self, source: str, stage: str, message: str, source_row: dict | None = None):
        self.problems.append({"id": stable_id(source, stage), "source": source, "stage": stage,
                              "message": message, "at": now()})
        if source_row is not None:
            self.sources.append(source_row)

    def _merge_speaker(self, fields: tuple):
        """fields: speaker_fields(). A file's statements mostly share a few speakers: the same again changes nothing."""
        sid, name, kind, role, organization, country, gender, aliases, registry = fields
        if sid in self.speakers and self._last_seen.get(sid) == fields:
            return
        self._last_seen[sid] = fields
        row = self.speakers.get(sid) or self.speaker_cache.get(sid)
        if row is None and sid not in self.unknown_speakers:
            cursor = self.db.execute("select * from speakers where id = ?", [sid])
            found = cursor.fetchone()
            row = dict(zip([c[0] for c in cursor.description], found)) if found else None
            if row is None:
                self.unknown_speakers.add(sid)
        new = {"id": sid, "name": name, "kind": kind, "role": role, "role_normalized": normalize_role(role),
               "organization": organization, "country": country, "gender": gender,
               "aliases": json.dumps(sorted(set(aliases)), ensure_ascii=False), "in_registry": int(registry)}
        if row is not None:
            # Fill what was missing; a registry entry's fields win over what a document said.
            merged = dict(row)
            for k, v in new.items():
                if k in ("statements", "first_said", "last_said"):
                    continue
                if v not in (None, "", "[]") and (merged.get(k) in (None, "", "[]") or registry):
                    merged[k] = v
            new = merged
        self.speakers[sid] = new

    def flush(self):
        """Write the collected rows in ONE transaction (no inner commits): a crash at any point leaves the
        database as it was before the batch or with the whole batch. The `sources` rows go last, so a file is
        never marked as ingested without its rows. Derived tables are marked stale in the same transaction."""
        if not (self.sources or self.problems):
            return
        with transaction(self.db) as conn:
            changed = bool(self.replace_files or self.articles)
            for source, keep_ids in self.replace_files:
                _delete_file_rows(conn, source, keep_ids)
            for source in self.clear_problems:
                conn.execute("delete from problems where source = ? or source like ?", [source, source + "#%"])
            _upsert(conn, "speakers", list(self.speakers.values()), "id")
            # A file's old articles and statements were deleted above, so these rows are new: plain inserts.
            # "or ignore" keeps the first of two identical keys (and never deletes, so FTS triggers stay right).
            _insert_or_ignore(conn, "articles", self.articles)
            _insert_or_ignore(conn, "statements", self.statements)
            _insert_or_ignore(conn, "statement_topics", self.links)
            _upsert(conn, "problems", self.problems, "id")
            if changed:
                mark_stale(conn)
            _upsert(conn, "sources", self.sources, "source")
        self.batches += 1
        self.unknown_speakers.difference_update(self.speakers)     # written now
        self.speaker_cache.update(self.speakers)
        if len(self.speaker_cache) > SPEAKER_CACHE:
            # Forget both: an id the cache no longer holds is looked up in the database again.
            self.speaker_cache.clear()
            self.unknown_speakers.clear()
        self._reset()


@contextmanager
def transaction(db):
    """One explicit transaction: all of it commits or none of it. Nothing inside may commit on its own, so no
    sqlite-utils insert_all/upsert_all/create in here (they wrap each chunk in `with conn:`)."""
    conn = db.conn
    if conn.in_transaction:   # an implicit transaction left open by a plain execute: end it first
        conn.commit()
    conn.execute("begin immediate")
    try:
        yield conn
    except BaseException:
        conn.execute("rollback")
        raise
    conn.execute("commit")


def _columns(rows):
    return list(dict.fromkeys(chain.from_iterable(rows)))     # every row's keys, in order, iterated in C


def _values(rows, cols):
    """Each row's values of cols (None where a row lacks one), made by C loops (a batch is thousands of rows)."""
    return [tuple(map(r.get, cols)) for r in rows]


def _insert_or_ignore(conn, table, rows):
    if not rows:
        return
    cols = _columns(rows)
    conn.executemany(f"insert or ignore into [{table}] ({', '.join(f'[{c}]' for c in cols)}) "
                     f"values ({', '.join('?' * len(cols))})", _values(rows, cols))


def _upsert(conn, table, rows, pk):
    """Insert, or update the given columns of the row with that key (never a delete: triggers stay right)."""
    if not rows:
        return
    cols = _columns(rows)
    updates = ", ".join(f"[{c}] = excluded.[{c}]" for c in cols if c != pk)
    conn.executemany(f"insert into [{table}] ({', '.join(f'[{c}]' for c in cols)}) "
                     f"values ({', '.join('?' * len(cols))}) on conflict([{pk}]) do update set {updates}",
                     _values(rows, cols))


def _delete_file_rows(conn, source, only_ids=None):
    """Delete a file's articles with their statements and topic links. With only_ids (a changed file read only in
    part), just the articles the new version brings again are deleted: the documents it lacks keep their rows."""
    if only_ids is None:
        where, args = "file = ?", [source]
    else:
        if not only_ids:
            return
        where, args = "file = ? and id in (select value from json_each(?))", [source, json.dumps(sorted(only_ids))]
    conn.execute(f"delete from statement_topics where statement_id in (select s.id from statements s "
                 f"where s.article_id in (select id from articles where {where}))", args)
    conn.execute(f"delete from statements where article_id in (select id from articles where {where})", args)
    conn.execute(f"delete from articles where {where}", args)



def mark_stale(conn):
    """Derived tables (speaker counts, statements_browse) no longer match the rows: set inside the transaction
    that changed the rows, cleared inside the one that rebuilds them, so a crash between the two is repaired by
    the next run."""
    conn.execute(f"insert into {STATE} (key, value) values ('derived', 'stale') "
                 "on conflict(key) do update set value = excluded.value")


def is_stale(db) -> bool:
    return bool(db.execute(f"select 1 from {STATE} where key = 'derived' and value = 'stale'").fetchone())


def prune(db, roots: list[str], seen: set[str]) -> int:
    """Delete the rows of files under these roots that were not seen in this run, in one transaction."""
    with transaction(db) as conn:
        gone = [r[0] for r in conn.execute(
            f"select source from sources where root in ({','.join('?' * len(roots))}) order by source", roots)
            if r[0] not in seen]
        for source in gone:
            _delete_file_rows(conn, source)
            conn.execute("delete from problems where source = ? or source like ?", [source, source + "#%"])
            conn.execute("delete from sources where source = ?", [source])
        if gone:
            mark_stale(conn)
    return len(gone)


def refresh_derived(db):
    """Speaker counts and statements_browse rebuilt, and the stale mark cleared, in one transaction of their
    own: readers (the site) see the old tables until it commits."""
    with transaction(db) as conn:
        _refresh_speakers(conn)
        _refresh_browse(conn)
        conn.execute(f"delete from {STATE} where key = 'derived'")


def refresh_speakers(db):
    """Per-speaker counts and first/last dates; speakers left without statements are removed."""
    with transaction(db) as conn:
        _refresh_speakers(conn)


def _refresh_speakers(conn):
    conn.execute("""
        update speakers set
          statements = (select count(*) from statements s where s.speaker_id = speakers.id),
          first_said = (select min(d.date) from statements_dated d where d.speaker_id = speakers.id),
          last_said = (select max(d.date) from statements_dated d where d.speaker_id = speakers.id)
    """)
    conn.execute("delete from speakers where statements = 0")


def refresh_browse(db):
    """(Re)build statements_browse from statements, articles, speakers and statement_topics, and the count
    tables from it (refresh_counts), in one transaction: readers (the site) see the old tables until it
    commits."""
    with transaction(db) as conn:
        _refresh_browse(conn)


def _refresh_browse(conn):
    conn.execute("drop view if exists statements_view")   # an earlier site plugin made a view
    conn.execute(f"drop table if exists {BROWSE}")
    conn.execute(f"create table {BROWSE} ({BROWSE_COLUMNS})")
    conn.execute(f"insert into {BROWSE} {BROWSE_SELECT}")
    for cols in BROWSE_INDEXES:
        cols = [cols] if isinstance(cols, str) else list(cols)
        conn.execute(f"create index idx_{BROWSE}_{'_'.join(cols)} on {BROWSE}({', '.join(cols)})")
    _fill_counts(conn)
    # Statistics for the query planner (sqlite_stat1): without them it takes `kind = ?` (two values) for a
    # selective filter and walks that index through half the archive where looking up the search's matches by
    # rowid is cheaper (the facets view searching 'said' with a kind at 1M statements: 110-140 ms -> 45 ms for
    # its sample). 4 s at 1M statements.
    conn.execute("analyze")


# Precomputed counts, so the home page, the facets and the speaker and topic pages cost an index lookup
# instead of a GROUP BY over every statement (at 1M statements those take seconds). Derived from
# statements_browse by refresh_counts, in the transaction that rebuilds it.
#   facet_counts: one row per value of each facet. facet 'total' has the rows value 'statements', 'articles',
#     'speakers', 'outlets', 'topics' (statements = the count; for 'statements' label = 'first/last' date);
#     'first_said', 'last_said', 'first_published', 'last_published' (label = the date, statements = the
#     number of statements on that day). Facets 'speaker' (value = speaker id, label = name), 'topic'
#     (value = topic id, label = name) count statements (one per cluster); 'speaker_reports' and 'topic_reports'
#     count every report (the rows the facets view lists); 'year', 'month', 'outlet', 'kind', 'role' (label =
#     value) count reports too.
#   monthly_counts: statements per month (YYYY-MM) for facet 'all' (value 'all'), per 'speaker' (id) and
#     per 'topic' (id).
#   speaker_topic_counts: statements per speaker and topic.
COUNT_TABLES = {
    "facet_counts": "facet text, value text, label text, statements integer, primary key (facet, value)",
    "monthly_counts": "facet text, value text, month text, statements integer, primary key (facet, value, month)",
    "speaker_topic_counts": "speaker_id text, topic_id text, statements integer, primary key (speaker_id, topic_id)",
}
FACET_COLUMNS = {"year": "year", "month": "month", "outlet": "outlet", "kind": "kind", "role": "role"}
# Each facet's rows in one GROUP BY over an indexed column of statements_browse (a covering index scan).
COUNT_INSERTS = [
    f"""insert into facet_counts select '{facet}', {col}, {col}, count(*) from {BROWSE}
        where {col} is not null and {col} != '' group by {col}""" for facet, col in FACET_COLUMNS.items()
] + [
    # Speakers and topics count statements, not reports: one per cluster (its fullest copy, canonical = 1).
    # The names come from speakers (a lookup per speaker, not per statement).
    f"""insert into facet_counts select 'speaker', b.speaker_id, coalesce(sp.name, b.speaker_id), b.n from
        (select speaker_id, count(*) as n from {BROWSE} where speaker_id is not null and canonical = 1
         group by speaker_id) b
        left join speakers sp on sp.id = b.speaker_id""",
    f"""insert into facet_counts select 'topic', tp.id, tp.name, count(*) from {BROWSE} b not indexed,
        json_each(b.topics) t join topics tp on tp.id = t.value where b.canonical = 1 group by tp.id""",
    # The facets view lists reports (rows of statements_browse), so its speaker and topic facets count every copy.
    f"""insert into facet_counts select 'speaker_reports', b.speaker_id, coalesce(sp.name, b.speaker_id), b.n from
        (select speaker_id, count(*) as n from {BROWSE} where speaker_id is not null group by speaker_id) b
        left join speakers sp on sp.id = b.speaker_id""",
    """insert into facet_counts select 'topic_reports', t.id, t.name, count(*) from topics t
        join statement_topics st on st.topic_id = t.id group by t.id""",
    f"""insert into facet_counts select 'total', 'statements', min(date) || '/' || max(date), count(*)
        from {BROWSE}""",
    """insert into facet_counts select 'total', 'articles', null, count(*) from articles""",
    """insert into facet_counts select 'total', 'speakers', null, count(*) from speakers""",
    """insert into facet_counts select 'total', 'topics', null, count(*) from topics""",
    """insert into facet_counts select 'total', 'outlets', null, count(distinct outlet) from articles
        where outlet is not null and outlet != ''""",
    """insert into facet_counts select 'total', 'first_said', d, (select count(*) from statements
        where said_on = d) from (select min(said_on) as d from statements) where d is not null""",
    """insert into facet_counts select 'total', 'last_said', d, (select count(*) from statements
        where said_on = d) from (select max(said_on) as d from statements) where d is not null""",
    """insert into facet_counts select 'total', 'first_published', min(substr(published, 1, 10)), null
        from articles where published is not null having count(*) > 0""",
    """insert into facet_counts select 'total', 'last_published', max(substr(published, 1, 10)), null
        from articles where published is not null having count(*) > 0""",
    f"""insert into monthly_counts select 'all', 'all', month, count(*) from {BROWSE}
        where month is not null group by month""",
    f"""insert into monthly_counts select 'speaker', speaker_id, month, count(*) from {BROWSE}
        where speaker_id is not null and month is not null and canonical = 1 group by speaker_id, month""",
    # One pass over the table ("not indexed": walking the speaker index would cost a row lookup per statement).
    f"""insert into monthly_counts select 'topic', t.value, b.month, count(*) from {BROWSE} b not indexed,
        json_each(b.topics) t where b.month is not null and b.canonical = 1 group by t.value, b.month""",
    f"""insert into speaker_topic_counts select b.speaker_id, t.value, count(*) from {BROWSE} b not indexed,
        json_each(b.topics) t where b.speaker_id is not null and b.canonical = 1 group by b.speaker_id, t.value""",
]


def ensure_count_tables(conn):
    for name, columns in COUNT_TABLES.items():
        conn.execute(f"create table if not exists {name} ({columns})")


def refresh_counts(db):
    """Rebuild facet_counts, monthly_counts and speaker_topic_counts from statements_browse (and the topics,
    articles and speakers tables for the totals) in one transaction. refresh_browse does the same in its own."""
    with transaction(db) as conn:
        _fill_counts(conn)


def _fill_counts(conn):
    ensure_count_tables(conn)
    for name in COUNT_TABLES:
        conn.execute(f"delete from {name}")
    for sql in COUNT_INSERTS:
        conn.execute(sql)
    _fill_common_terms(conn)


def _fill_common_terms(conn):
    """facet 'common_term': the full-text index's terms found in half the statements or more (value = the term,
    statements = how many hold it). Search ranks without them (site/search.py rank_expression). 2 s at 1M."""
    conn.execute("create virtual table temp.statements_vocab using fts5vocab(main, statements_fts, 'row')")
    conn.execute("""insert into facet_counts select 'common_term', term, term, doc from temp.statements_vocab
        where doc * 2 >= (select count(*) from statements)""")
    conn.execute("drop table temp.statements_vocab")
