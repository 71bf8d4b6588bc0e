"""The data of the site's pages: plain functions over a sqlite3 connection (run with db.execute_fn).

Dates come from the statements_dated view (store.DATED_SQL), lists from the indexed statements_browse table.
Counts read the tables the ingest precomputes (facet_counts, monthly_counts, speaker_topic_counts) when the
database has them, so the home, speaker and topic pages cost index lookups at any size; on a database built
before those tables existed the same figures are counted live.
"""
import time

from ..normalize import fold
from .format import context_window, parse_aliases, safe_url

LIST_SQL = """select b.id, b.date, b.speaker_id, b.speaker, b.kind, b.text, b.article_id, b.headline, b.outlet
from statements_browse b"""


def rows(conn, sql, params=()):
    cur = conn.execute(sql, params)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r)) for r in cur]


def one(conn, sql, params=()):
    found = rows(conn, sql, params)
    return found[0] if found else None


def has_table(conn, name):
    return conn.execute("select 1 from sqlite_master where name = ?", [name]).fetchone() is not None


# ------------------------------------------------------------------------------------------- counts

def facet(conn, name, limit=None, value=None):
    """[{value, label, n}] for a facet (speaker, topic, year, month, outlet, kind, role), most first."""
    cap = f" limit {int(limit)}" if limit else ""
    if has_table(conn, "facet_counts"):
        where, params = "facet = ?", [name]
        if value is not None:
            where, params = where + " and value = ?", params + [value]
        return rows(conn, f"""select value, coalesce(label, value) as label, statements as n from facet_counts
            where {where} and statements > 0 order by statements desc, label{cap}""", params)
    live = {
        "speaker": """select b.speaker_id as value, coalesce(sp.name, b.speaker) as label, count(*) as n
            from statements_browse b left join speakers sp on sp.id = b.speaker_id where b.speaker_id is not null
            {and_value} group by b.speaker_id""",
        "topic": """select t.id as value, t.name as label, count(st.statement_id) as n from topics t
            join statement_topics st on st.topic_id = t.id where 1 {and_value} group by t.id""",
        "outlet": """select outlet as value, outlet as label, count(*) as n from statements_browse
            where outlet is not null and outlet != '' {and_value} group by outlet""",
    }[name]
    column = {"speaker": "b.speaker_id", "topic": "t.id", "outlet": "outlet"}[name]
    and_value = f"and {column} = ?" if value is not None else ""
    return rows(conn, live.format(and_value=and_value) + f" order by n desc, label{cap}",
                [value] if value is not None else [])


def total(conn, what="statements"):
    """The number of statements (or articles, speakers, outlets, topics) in the archive."""
    if has_table(conn, "facet_counts"):
        row = one(conn, "select statements as n from facet_counts where facet = 'total' and value = ?", [what])
        if row:
            return row["n"]
    live = {"statements": "select count(*) from statements", "articles": "select count(*) from articles",
            "speakers": "select count(*) from speakers", "topics": "select count(*) from topics",
            "outlets": "select count(distinct outlet) from articles where outlet is not null and outlet != ''"}
    return conn.execute(live[what]).fetchone()[0]


def most_dated(conn, kind, limit):
    """[{value, label, n}]: the speakers or topics with the most dated statements (a chart over time has nothing
    to draw for the most quoted speakers of undated articles)."""
    if not has_table(conn, "monthly_counts"):
        return facet(conn, kind, limit)
    names = "speakers" if kind == "speaker" else "topics"
    return rows(conn, f"""select m.value, coalesce(n.name, m.value) as label, sum(m.statements) as n
        from monthly_counts m left join {names} n on n.id = m.value where m.facet = ?
        group by m.value order by n desc, label limit ?""", [kind, int(limit)])


def monthly(conn, kind, value=None):
    """[(YYYY-MM, n)] of dated statements: all (kind 'all'), a speaker's or a topic's."""
    if has_table(conn, "monthly_counts"):
        return [(r["month"], r["n"]) for r in rows(conn, """select month, statements as n from monthly_counts
            where facet = ? and value = ? order by month""", [kind, value if kind != "all" else "all"])]
    if kind == "speaker":
        sql, params = """select month, count(*) as n from statements_browse where speaker_id = ? and month
            is not null group by month order by month""", [value]
    elif kind == "topic":
        sql, params = """select b.month, count(*) as n from statement_topics st join statements s on s.id =
            st.statement_id join statements_browse b on b.statement_rowid = s.rowid where st.topic_id = ?
            and b.month is not null group by b.month order by b.month""", [value]
    else:
        sql, params = """select month, count(*) as n from statements_browse where month is not null
            group by month order by month""", []
    return [(r["month"], r["n"]) for r in rows(conn, sql, params)]


# ----------------------------------------------------------------------------------------------- pages

def home(conn):
    counts = {what: total(conn, what) for what in ("statements", "articles", "speakers", "outlets")}
    dates = one(conn, """select (select date from statements_browse where date is not null order by date
        limit 1) as first, (select date from statements_browse where date is not null order by date desc limit 1)
        as last""")
    return {"counts": counts, "dates": dates, "outlets": facet(conn, "outlet", 12), "outlet_count": counts["outlets"],
            "latest": rows(conn, LIST_SQL + " where b.date is not null order by b.date desc, b.statement_rowid "
                                            "desc limit 10"),
            "speakers": facet(conn, "speaker", 12), "topics": facet(conn, "topic")}


def statement(conn, pk):
    row = one(conn, """select s.*, d.date, a.headline, a.url, a.outlet, a.published, a.body, a.credit,
        a.author, a.source as article_source, sp.name as canonical_name, sp.role as registered_role,
        sp.organization
        from statements s join statements_dated d on d.statement_rowid = s.rowid
        left join articles a on a.id = s.article_id
        left join speakers sp on sp.id = s.speaker_id where s.id = ?""", [pk])
    if row is None:
        return None
    body = row.pop("body")
    topics = rows(conn, """select t.id, t.name from statement_topics st join topics t on t.id = st.topic_id
        where st.statement_id = ? order by t.name""", [pk])
    others = rows(conn, LIST_SQL + """ join statements s on s.rowid = b.statement_rowid
        where s.article_id = ? and s.id != ? order by s.start limit 13""", [row["article_id"], pk])
    return {"statement": row, "topics": topics, "context": context_window(body, row["start"], row["end"]),
            "url": safe_url(row["url"]), "others": others, "reports": reports(conn, row.get("cluster_id"))}


def reports(conn, cluster_id, limit=50):
    """The statement's cluster (statement_clusters: reports, outlets, first reported) and its reports, first
    reported first; None on a database built before clustering."""
    if cluster_id is None or not has_table(conn, "statement_clusters"):
        return None
    cluster = one(conn, "select * from statement_clusters where id = ?", [cluster_id])
    if cluster is None:
        return None
    cluster["list"] = rows(conn, """select s.id, s.article_id, a.outlet, a.published, a.headline, a.source
        from statements s join articles a on a.id = s.article_id where s.cluster_id = ?
        order by a.published is null, a.published, s.rowid limit ?""", [cluster_id, limit])
    return cluster


def speaker(conn, pk, limit=30):
    sp = one(conn, "select * from speakers where id = ?", [pk])
    if sp is None:
        return None
    first = rows(conn, LIST_SQL + " where b.speaker_id = ? and b.date is not null order by b.date limit 1", [pk])
    last = rows(conn, LIST_SQL + " where b.speaker_id = ? and b.date is not null order by b.date desc limit 1",
                [pk])
    if has_table(conn, "speaker_topic_counts"):
        topics = rows(conn, """select t.id, t.name, c.statements as n from speaker_topic_counts c
            join topics t on t.id = c.topic_id where c.speaker_id = ? and c.statements > 0
            order by n desc, t.name""", [pk])
    else:
        topics = rows(conn, """select t.id, t.name, count(*) as n from statements s
            join statement_topics st on st.statement_id = s.id join topics t on t.id = st.topic_id
            where s.speaker_id = ? group by t.id order by n desc, t.name""", [pk])
    counted = facet(conn, "speaker", value=pk)
    n = counted[0]["n"] if counted else 0
    statements = rows(conn, LIST_SQL + " where b.speaker_id = ? and b.canonical = 1 order by b.date desc, "
                                       f"b.statement_rowid desc limit {int(limit)}", [pk])
    return {"speaker": sp, "aliases": parse_aliases(sp.get("aliases")), "n": n,
            "first": first[0] if first else None, "last": last[0] if last else None,
            "months": monthly(conn, "speaker", pk), "topics": topics, "statements": statements}


def topic(conn, pk, limit=30):
    t = one(conn, "select * from topics where id = ?", [pk])
    if t is None:
        return None
    counted = facet(conn, "topic", value=pk)
    months = monthly(conn, "topic", pk)
    speakers = rows(conn, """select c.speaker_id as id, coalesce(sp.name, c.speaker_id) as name, c.statements as n
        from speaker_topic_counts c left join speakers sp on sp.id = c.speaker_id where c.topic_id = ?
        order by n desc, name limit 15""", [pk]) if has_table(conn, "speaker_topic_counts") else rows(conn, """
        select s.speaker_id as id, coalesce(sp.name, s.speaker_name) as name, count(*) as n
        from statement_topics st join statements s on s.id = st.statement_id
        left join speakers sp on sp.id = s.speaker_id
        where st.topic_id = ? and s.speaker_id is not null group by s.speaker_id order by n desc, name limit 15""",
        [pk])
    n = counted[0]["n"] if counted else 0
    statements = rows(conn, LIST_SQL + " " + topic_newest(topic_reports(conn, pk)), [pk, limit])
    return {"topic": t, "n": n, "months": months, "speakers": speakers,
            "statements": statements, "first": months[0][0] if months else None,
            "last": months[-1][0] if months else None}


SMALL_TOPIC = 20000


def topic_reports(conn, pk) -> int:
    """How many rows a topic's list walks: every report of its statements (the topic facet counts one per
    cluster, which a topic reported many times exceeds by far)."""
    counted = facet(conn, "topic_reports", value=pk) or facet(conn, "topic", value=pk)
    return counted[0]["n"] if counted else 0


def topic_newest(n, date="b.date", key="b.id", rowid="b.statement_rowid"):
    """The clause listing a topic's statements newest first, bounded either way: a small topic's statements
    are sorted; for a large one the dates are walked from the newest, keeping the topic's (found quickly)."""
    if n <= SMALL_TOPIC:
        return f"""where {rowid} in (select s2.rowid from statement_topics st join statements s2
            on s2.id = st.statement_id where st.topic_id = ?) and {date} is not null order by {date} desc limit ?"""
    return f"""where {date} is not null and exists (select 1 from statement_topics st
        where st.statement_id = {key} and st.topic_id = ?) order by {date} desc limit ?"""


def article(conn, pk):
    a = one(conn, "select * from articles where id = ?", [pk])
    if a is None:
        return None
    statements = rows(conn, """select s.id, s.start, s."end", s.kind, s.speaker_id,
        coalesce(sp.name, s.speaker_name) as speaker, s.said_on from statements s
        left join speakers sp on sp.id = s.speaker_id where s.article_id = ? order by s.start""", [pk])
    body = a.pop("body") or ""
    pieces, pos = [], 0     # the body cut into plain and quoted pieces (overlapping statements shown once)
    for st in statements:
        start, end = st["start"], st["end"]
        if start is None or end is None or start < pos or end > len(body):
            continue
        if start > pos:
            pieces.append({"text": body[pos:start]})
        pieces.append({"text": body[start:end], "statement": st})
        pos = end
    pieces.append({"text": body[pos:]})
    return {"article": a, "pieces": pieces, "statements": statements, "url": safe_url(a.get("url"))}


# ------------------------------------------------------------------------------------- search helpers

def search_options(conn):
    """Topics and outlets for the search form's selects."""
    return {"topics": rows(conn, "select id, name from topics order by name"),
            "outlets": [r["value"] for r in facet(conn, "outlet")]}


_DIRECTORY = {}
DIRECTORY_TTL = 300


def speaker_directory(conn, name=None):
    """Every speaker with the folded forms of its name and aliases, cached for a few minutes per database file
    (two databases served under one name, as in tests, never share an entry)."""
    key = next((row[2] for row in conn.execute("pragma database_list") if row[1] == "main"), None) or name
    cached = _DIRECTORY.get(key)
    if cached and time.monotonic() - cached[0] < DIRECTORY_TTL:
        return cached[1]
    entries = []
    for r in conn.execute("select id, name, role, aliases, statements from speakers order by statements desc"):
        names = [r[1] or r[0]] + parse_aliases(r[3])
        entries.append({"id": r[0], "name": r[1] or r[0], "role": r[2], "n": r[4] or 0, "names": names,
                        "keys": [fold(n) for n in names if n]})
    _DIRECTORY[key] = (time.monotonic(), entries)
    return entries


def suggest_speakers(directory, q, limit=10):
    """Speakers whose name or alias has a word starting with what was typed (case and diacritics ignored),
    most quoted first; ids match too."""
    q = fold(q)
    if not q:
        return []
    starts, inside = [], []
    for e in directory:
        if any(k.startswith(q) or f" {q}" in f" {k}" for k in e["keys"]) or e["id"].startswith(q.replace(" ", "-")):
            starts.append(e)
        elif any(q in k for k in e["keys"]):
            inside.append(e)
        if len(starts) >= limit:
            break
    return [{k: e[k] for k in ("id", "name", "role", "n")} for e in (starts + inside)[:limit]]


def resolve_speaker(directory, value):
    """A speaker id from what the form sent: an id, a name or an alias (folded); None when unknown."""
    if not value:
        return None
    for e in directory:
        if e["id"] == value:
            return e["id"]
    key = fold(value)
    for e in directory:
        if key in e["keys"]:
            return e["id"]
    return None


# ---------------------------------------------------------------------------------------------- feeds

FEED_SQL = """select s.id, s.said_on, d.date, coalesce(sp.name, s.speaker_name) as speaker, s.text,
  a.headline, a.source, a.outlet
from statements s join statements_dated d on d.statement_rowid = s.rowid
join articles a on a.id = s.article_id
left join speakers sp on sp.id = s.speaker_id"""


def feed_rows(conn, kind, value, limit=50):
    """The latest dated statements: all of them, a speaker's or a topic's (empty when none)."""
    if kind == "latest":
        return rows(conn, FEED_SQL + " where s.said_on is not null order by s.said_on desc, s.id limit ?", [limit])
    if kind == "speaker":
        # said_on desc puts undated statements last and walks the (speaker_id, said_on) index
        return rows(conn, FEED_SQL + " where s.speaker_id = ? order by s.said_on desc limit ?", [value, limit])
    if kind == "topic":
        clause = topic_newest(topic_reports(conn, value), date="s.said_on", key="s.id", rowid="s.rowid")
        return rows(conn, FEED_SQL + " " + clause, [value, limit])
    raise ValueError(kind)
