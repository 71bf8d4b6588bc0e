"""Store stage: the SQLite schema and the writes.

Plain functions over a sqlite_utils Database. Rows have content-derived keys, so a re-run rewrites nothing
it does not need to; a changed file's rows are replaced inside one transaction with the new ones.
"""
import json
import re
from datetime import datetime, timezone

from .cluster import ensure_cluster_tables
from .normalize import search_folds, stable_id

FTS_TOKENIZE = "unicode61 remove_diacritics 2"

# statements_browse: each statement with its date, year, month, speaker, role, outlet and topics, indexed, for
# the site's facets. A table rather than a view: seven facets over a view that joins articles, speakers and
# topics cost 15-50 ms each on 10,000 statements; on an indexed table they cost a few. Derived data, so the
# ingest rebuilds it (refresh_browse) whenever a run changed the rows; the site only reads it.
BROWSE = "statements_browse"
BROWSE_COLUMNS = """statement_rowid integer primary key, id text, date text, date_basis text, year text, month text,
  speaker_id text, speaker text, role text, kind text, cue text, outlet text, topics text, text text,
  article_id text, headline text"""
BROWSE_SELECT = """select
  s.rowid as statement_rowid,
  s.id,
  coalesce(s.said_on, substr(a.published, 1, 10)) as date,
  s.date_basis,
  substr(coalesce(s.said_on, a.published), 1, 4) as year,
  substr(coalesce(s.said_on, a.published), 1, 7) as month,
  s.speaker_id,
  coalesce(sp.name, s.speaker_name) as speaker,
  coalesce(sp.role_normalized, s.speaker_role) as role,
  s.kind,
  s.cue,
  a.outlet,
  (select json_group_array(st.topic_id) from statement_topics st where st.statement_id = s.id) as topics,
  s.text,
  s.article_id,
  a.headline
from statements s
left join articles a on a.id = s.article_id
left join speakers sp on sp.id = s.speaker_id"""
BROWSE_INDEXES = ["date", "year", "month", "speaker", "speaker_id", "role", "kind", "outlet"]

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
        db["articles"].create_index(["file"])
        db["articles"].create_index(["published"])
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
        db["statements"].create_index(["article_id"])
        db["statements"].create_index(["speaker_id", "said_on"])
        db["statements"].create_index(["said_on"])
    if "topics" not in db.table_names():
        db["topics"].create({"id": str, "name": str}, pk="id")
    if "statement_topics" not in db.table_names():
        db["statement_topics"].create({"statement_id": str, "topic_id": str}, pk=("statement_id", "topic_id"),
                                      foreign_keys=[("statement_id", "statements", "id"),
                                                    ("topic_id", "topics", "id")])
        db["statement_topics"].create_index(["topic_id"])
    if "problems" not in db.table_names():
        db["problems"].create({"id": str, "source": str, "stage": str, "message": str, "at": str}, pk="id")
        db["problems"].create_index(["source"])
    if "statements_fts" not in db.table_names():
        db["statements"].enable_fts(["text", "speaker_name", "search_folds"], create_triggers=True,
                                    tokenize=FTS_TOKENIZE)
    if "articles_fts" not in db.table_names():
        db["articles"].enable_fts(["headline", "body", "search_folds"], create_triggers=True, tokenize=FTS_TOKENIZE)
    ensure_cluster_tables(db)
    if "_archive_state" in db.table_names():   # left by an earlier site plugin, which built the browse table
        db["_archive_state"].drop()
        refresh_browse(db)
    elif BROWSE not in db.table_names():
        refresh_browse(db)   # empty on a fresh database; filled from the rows of one built before the table existed
    if taxonomy is not None:
        db["topics"].upsert_all([{"id": k, "name": v} for k, v in taxonomy.names.items()], pk="id")


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


class Writer:
    """Collects the rows of many files and writes them in one transaction per batch.

    A file's old rows are deleted in the same transaction that writes its new ones, so a failure can never
    leave a file half-replaced."""

    def __init__(self, db, batch_articles: int = 500):
        self.db = db
        self.batch_articles = batch_articles
        self.speaker_cache: dict[str, dict] = {}
        self.unknown_speakers: set[str] = set()     # ids known to be absent from the database
        self._reset()

    def _reset(self):
        self.replace_files, self.sources, self.problems, self.clear_problems = [], [], [], []
        self.articles, self.statements, self.links, self.speakers = [], [], [], {}

    def add_file(self, source_row: dict, articles: list, statements: list, replace: bool):
        if replace:
            self.replace_files.append(source_row["source"])
        self.sources.append(source_row)
        self.clear_problems.append(source_row["source"])
        self.articles.extend(articles)
        for st in statements:
            self.statements.append(statement_row(st))
            self.links.extend({"statement_id": st.id, "topic_id": t} for t in st.topics)
            if st.speaker is not None:
                self._merge_speaker(st.speaker)
        if len(self.articles) >= self.batch_articles:
            self.flush()

    def add_problem(self, source: str, stage: str, message: str, source_row: dict | None = None):
        self.problems.append({"id": stable_id(source, stage), "source": source, "stage": stage,
                              "message": message, "at": now()})
        if source_row is not None:
            self.sources.append(source_row)

    def _merge_speaker(self, sp):
        row = self.speakers.get(sp.id) or self.speaker_cache.get(sp.id)
        if row is None and sp.id not in self.unknown_speakers:
            cursor = self.db.execute("select * from speakers where id = ?", [sp.id])
            found = cursor.fetchone()
            row = dict(zip([c[0] for c in cursor.description], found)) if found else None
            if row is None:
                self.unknown_speakers.add(sp.id)
        new = {"id": sp.id, "name": sp.name, "kind": sp.kind, "role": sp.role,
               "role_normalized": normalize_role(sp.role), "organization": sp.organization, "country": sp.country,
               "gender": sp.gender, "aliases": json.dumps(sorted(set(sp.aliases)), ensure_ascii=False),
               "in_registry": int(sp.registry)}
        if row is not None:
            # Fill what was missing; a registry entry's fields win over what a document said.
            merged = dict(row)
            for k, v in new.items():
                if k in ("statements", "first_said", "last_said"):
                    continue
                if v not in (None, "", "[]") and (merged.get(k) in (None, "", "[]") or sp.registry):
                    merged[k] = v
            new = merged
        self.speakers[sp.id] = new

    def flush(self):
        if not (self.sources or self.problems):
            return
        db = self.db
        with db.conn:
            for source in self.replace_files:
                ids = [r["id"] for r in db.query("select id from articles where file = ?", [source])]
                for i in range(0, len(ids), 500):
                    chunk = ids[i:i + 500]
                    marks = ",".join("?" * len(chunk))
                    db.execute(f"delete from statement_topics where statement_id in "
                               f"(select id from statements where article_id in ({marks}))", chunk)
                    db.execute(f"delete from statements where article_id in ({marks})", chunk)
                    db.execute(f"delete from articles where id in ({marks})", chunk)
            for source in self.clear_problems:
                db.execute("delete from problems where source = ? or source like ?", [source, source + "#%"])
            if self.sources:
                db["sources"].upsert_all(self.sources, pk="source")
            if self.speakers:
                db["speakers"].upsert_all(list(self.speakers.values()), pk="id")
            # A file's old articles and statements were deleted above, so these rows are new: plain inserts
            # (upsert costs an INSERT and an UPDATE per row). "or ignore" keeps the first of two identical keys.
            if self.articles:
                db["articles"].insert_all(self.articles, pk="id", ignore=True, batch_size=200)
            if self.statements:
                db["statements"].insert_all(self.statements, pk="id", ignore=True, batch_size=200)
            if self.links:
                db["statement_topics"].insert_all(self.links, pk=("statement_id", "topic_id"), ignore=True,
                                                  batch_size=400)
            if self.problems:
                db["problems"].upsert_all(self.problems, pk="id")
        self.speaker_cache.update(self.speakers)
        if len(self.speaker_cache) > 200_000:
            self.speaker_cache.clear()
        self._reset()


def prune(db, roots: list[str], seen: set[str]) -> int:
    """Delete the rows of files under these roots that were not seen in this run."""
    gone = [r["source"] for r in db.query(
        f"select source from sources where root in ({','.join('?' * len(roots))})", roots) if r["source"] not in seen]
    with db.conn:
        for source in gone:
            db.execute("delete from statement_topics where statement_id in (select s.id from statements s "
                       "join articles a on a.id = s.article_id where a.file = ?)", [source])
            db.execute("delete from statements where article_id in (select id from articles where file = ?)", [source])
            db.execute("delete from articles where file = ?", [source])
            db.execute("delete from problems where source = ? or source like ?", [source, source + "#%"])
            db.execute("delete from sources where source = ?", [source])
    return len(gone)


def refresh_speakers(db):
    """Per-speaker counts and first/last dates; speakers left without statements are removed."""
    with db.conn:
        db.execute("""
            update speakers set
              statements = (select count(*) from statements s where s.speaker_id = speakers.id),
              first_said = (select min(coalesce(s.said_on, substr(a.published, 1, 10))) from statements s
                            join articles a on a.id = s.article_id where s.speaker_id = speakers.id),
              last_said = (select max(coalesce(s.said_on, substr(a.published, 1, 10))) from statements s
                           join articles a on a.id = s.article_id where s.speaker_id = speakers.id)
        """)
        db.execute("delete from speakers where statements = 0")


def refresh_browse(db):
    """(Re)build statements_browse from statements, articles, speakers and statement_topics, in one
    transaction: readers (the site) see the old table until it commits."""
    with db.conn:
        if not db.conn.in_transaction:
            db.execute("begin")   # Python's sqlite3 opens no transaction before DDL: drop, create and fill as one
        db.execute("drop view if exists statements_view")   # an earlier site plugin made a view
        db.execute(f"drop table if exists {BROWSE}")
        db.execute(f"create table {BROWSE} ({BROWSE_COLUMNS})")
        db.execute(f"insert into {BROWSE} {BROWSE_SELECT}")
        for col in BROWSE_INDEXES:
            db.execute(f"create index idx_{BROWSE}_{col} on {BROWSE}({col})")
