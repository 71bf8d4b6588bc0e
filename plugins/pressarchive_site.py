"""Datasette plugin for the Press Statement Archive site (loaded with --plugins-dir plugins).

The site only reads: it adds no tables and writes nothing. `statements_browse` (the indexed table behind the
facets) is derived data, built by the ingest (pressarchive/store.py, refresh_browse).

- asgi_wrapper: the site is read-only (405 for anything but GET and HEAD).
- prepare_connection: SQL functions `fold(text)` (pressarchive.normalize's, for comparing names) and
  `fts_query(q)` turning what a user typed into a safe FTS5 query (every word quoted, so punctuation never
  raises a syntax error; a word with a letter SQLite cannot fold, such as đ, also matches its folded form).
- extra_template_vars: the data of the home, statement, speaker, topic and article pages.
- render_cell: highlighted snippets and links in the canned queries' result tables.

Everything that comes from articles reaches the templates as plain strings and is escaped by Jinja's
autoescape; the only markup built here (snippets) is assembled from escaped pieces.
"""
import json
import re
from datetime import date

from datasette import hookimpl
from datasette.utils import tilde_encode, urlsafe_components
from markupsafe import Markup, escape

from pressarchive.normalize import HARD_FOLDS, fold
from pressarchive.store import BROWSE

# Snippet markers: private-use characters, which never occur in article text.
MARK_START = "\ue000"
MARK_END = "\ue001"
CONTEXT_CHARS = 1500


def fts_query(q):
    """'Lê Hải Bình' -> '"Lê" AND "Hải" AND "Bình"'; 'Đoàn' -> '("Đoàn" OR "Doàn")'; '' -> '""' (matches
    nothing). FTS5 needs the explicit AND next to a parenthesised group."""
    words = re.findall(r"\w+\*?", q or "")
    parts = []
    for w in words:
        star = "*" if w.endswith("*") else ""
        w = w.rstrip("*")
        if not w:
            continue
        folded = w.translate(HARD_FOLDS)
        if folded != w:
            parts.append(f'("{w}"{star} OR "{folded}"{star})')
        else:
            parts.append(f'"{w}"{star}')
    return " AND ".join(parts) if parts else '""'


@hookimpl
def prepare_connection(conn):
    conn.create_function("fts_query", 1, fts_query, deterministic=True)
    conn.create_function("fold", 1, fold, deterministic=True)


@hookimpl
def asgi_wrapper(datasette):
    """The site is read-only: only GET and HEAD requests reach Datasette."""
    def wrap(app):
        async def read_only(scope, receive, send):
            if scope["type"] == "http" and scope.get("method", "GET") not in ("GET", "HEAD"):
                await send({"type": "http.response.start", "status": 405,
                            "headers": [(b"content-type", b"text/plain; charset=utf-8"), (b"allow", b"GET, HEAD")]})
                await send({"type": "http.response.body", "body": b"This archive is read-only.\n"})
                return
            await app(scope, receive, send)
        return read_only
    return wrap


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["tilde_encode"] = lambda value: tilde_encode(str(value))


# ---------------------------------------------------------------------------------------------- helpers

def safe_url(url):
    """The URL if it is http(s), else None: a javascript: or data: URL is never made a link."""
    if url and re.match(r"(?i)^https?://[^\s<>\"']+$", url.strip()):
        return url.strip()
    return None


def parse_aliases(value):
    try:
        aliases = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(a) for a in aliases if a] if isinstance(aliases, list) else []


def context_window(body, start, end, chars=CONTEXT_CHARS):
    """(before, quote, after, clipped_start, clipped_end): the statement and the text around it, cut at
    paragraph or sentence boundaries."""
    body = body or ""
    if start is None or end is None or not (0 <= start <= end <= len(body)):
        return None
    lo = max(0, start - chars)
    if lo > 0:
        cut = body.rfind("\n", lo, start)
        lo = cut + 1 if cut != -1 else lo
    hi = min(len(body), end + chars)
    if hi < len(body):
        cut = body.find("\n", end, hi)
        hi = cut if cut != -1 else hi
    return {"before": body[lo:start], "quote": body[start:end], "after": body[end:hi],
            "clipped_start": lo > 0, "clipped_end": hi < len(body)}


def chart(rows, width=640, height=140):
    """Bars for [(label, count)]: a list of dicts with geometry, for an inline SVG in templates."""
    rows = [(str(label), int(n)) for label, n in rows if label]
    if not rows:
        return None
    top = max(n for _, n in rows) or 1
    slot = width / len(rows)
    bar = max(1.0, slot * 0.8)
    bars = []
    for i, (label, n) in enumerate(rows):
        h = round((height - 20) * n / top, 1)
        bars.append({"label": label, "n": n, "x": round(i * slot, 1), "y": round(height - 20 - h, 1),
                     "w": round(bar, 1), "h": h})
    step = max(1, len(rows) // 8)
    ticks = [b for i, b in enumerate(bars) if i % step == 0]
    return {"bars": bars, "ticks": ticks, "width": width, "height": height, "max": top}


def over_time(rows):
    """Counts per month, or per year when the months span more than four years; gaps filled with zero."""
    months = {m: n for m, n in rows if m and re.match(r"^\d{4}-\d{2}$", m)}
    if not months:
        return None, None
    first, last = min(months), max(months)
    y0, m0 = int(first[:4]), int(first[5:7])
    y1, m1 = int(last[:4]), int(last[5:7])
    span = (y1 - y0) * 12 + (m1 - m0)
    if span > 48:
        years = {}
        for m, n in months.items():
            years[m[:4]] = years.get(m[:4], 0) + n
        return chart([(str(y), years.get(str(y), 0)) for y in range(y0, y1 + 1)]), "year"
    series = []
    y, m = y0, m0
    while (y, m) <= (y1, m1):
        key = f"{y:04d}-{m:02d}"
        series.append((key, months.get(key, 0)))
        m += 1
        if m == 13:
            y, m = y + 1, 1
    return chart(series), "month"


async def rows_of(db, sql, params=None):
    return [dict(r) for r in (await db.execute(sql, params or {})).rows]


STATEMENT_LIST_SQL = """
select s.id, coalesce(s.said_on, substr(a.published, 1, 10)) as date, s.said_on, s.speaker_id,
  coalesce(sp.name, s.speaker_name) as speaker, s.kind, s.text, s.article_id, a.headline, a.outlet
from statements s
left join articles a on a.id = s.article_id
left join speakers sp on sp.id = s.speaker_id
"""


async def statements_db(datasette, database=None):
    """The database holding the archive: the one named, else the first with a statements table."""
    names = [database] if database else [n for n in datasette.databases if not n.startswith("_")]
    for name in names:
        db = datasette.databases.get(name)
        if db is not None and "statements" in await db.table_names():
            return name, db
    return None, None


# ------------------------------------------------------------------------------------------- page data

async def home_data(datasette):
    name, db = await statements_db(datasette)
    if db is None:
        return {}
    counts = (await db.execute("""select
        (select count(*) from articles) as articles,
        (select count(*) from statements) as statements,
        (select count(*) from speakers) as speakers,
        (select count(distinct outlet) from articles where outlet is not null and outlet != '') as outlets,
        (select count(*) from topics) as topics,
        (select min(said_on) from statements where said_on is not null) as first_said,
        (select max(said_on) from statements where said_on is not null) as last_said,
        (select min(substr(published, 1, 10)) from articles where published is not null) as first_published,
        (select max(substr(published, 1, 10)) from articles where published is not null) as last_published
    """)).first()
    latest = await rows_of(db, STATEMENT_LIST_SQL + """
        where s.said_on is not null order by s.said_on desc, s.id limit 10""")
    speakers = await rows_of(db, """select s.speaker_id as id, coalesce(sp.name, s.speaker_name) as name,
        sp.role, count(*) as n
        from statements s left join speakers sp on sp.id = s.speaker_id
        where s.speaker_id is not null group by s.speaker_id order by n desc, name limit 12""")
    topics = await rows_of(db, """select t.id, t.name, count(st.statement_id) as n
        from topics t left join statement_topics st on st.topic_id = t.id
        group by t.id order by n desc, t.name""")
    outlets = await rows_of(db, """select outlet, count(*) as n from articles
        where outlet is not null and outlet != '' group by outlet order by n desc limit 12""")
    return {"archive": {"database": name, "counts": dict(counts), "latest": latest, "speakers": speakers,
                        "topics": topics, "outlets": outlets}}


async def statement_data(db, pk):
    row = (await db.execute("""select s.*, a.headline, a.url, a.outlet, a.published, a.body, a.credit,
        a.author, a.source as article_source, sp.name as canonical_name, sp.role as registered_role,
        sp.organization
        from statements s left join articles a on a.id = s.article_id
        left join speakers sp on sp.id = s.speaker_id where s.id = ?""", [pk])).first()
    if row is None:
        return None
    row = dict(row)
    body = row.pop("body")
    topics = await rows_of(db, """select t.id, t.name from statement_topics st join topics t on t.id = st.topic_id
        where st.statement_id = ? order by t.name""", [pk])
    others = await rows_of(db, STATEMENT_LIST_SQL + """where s.article_id = ? and s.id != ?
        order by s.start limit 50""", [row["article_id"], pk])
    return {"statement": row, "topics": topics, "context": context_window(body, row["start"], row["end"]),
            "url": safe_url(row["url"]), "others": others}


async def speaker_data(db, pk):
    speaker = (await db.execute("select * from speakers where id = ?", [pk])).first()
    if speaker is None:
        return None
    speaker = dict(speaker)
    stats = dict((await db.execute("""select count(*) as n, min(said_on) as first, max(said_on) as last
        from statements where speaker_id = ?""", [pk])).first())
    first = await rows_of(db, STATEMENT_LIST_SQL + """where s.speaker_id = ? and s.said_on is not null
        order by s.said_on, s.id limit 1""", [pk])
    last = await rows_of(db, STATEMENT_LIST_SQL + """where s.speaker_id = ? and s.said_on is not null
        order by s.said_on desc, s.id limit 1""", [pk])
    months = (await db.execute("""select substr(said_on, 1, 7) as m, count(*) from statements
        where speaker_id = ? and said_on is not null group by m""", [pk])).rows
    topics = await rows_of(db, """select t.id, t.name, count(*) as n from statements s
        join statement_topics st on st.statement_id = s.id join topics t on t.id = st.topic_id
        where s.speaker_id = ? group by t.id order by n desc, t.name""", [pk])
    statements = await rows_of(db, STATEMENT_LIST_SQL + """where s.speaker_id = ?
        order by s.said_on is null, s.said_on desc, a.published desc, s.article_id, s.start limit 200""", [pk])
    outlets = await rows_of(db, """select a.outlet, count(*) as n from statements s join articles a
        on a.id = s.article_id where s.speaker_id = ? and a.outlet is not null and a.outlet != ''
        group by a.outlet order by n desc""", [pk])
    chart_data, unit = over_time([(m, n) for m, n in months])
    return {"speaker": speaker, "aliases": parse_aliases(speaker.get("aliases")), "stats": stats,
            "first": first[0] if first else None, "last": last[0] if last else None,
            "chart": chart_data, "chart_unit": unit, "topics": topics, "statements": statements,
            "outlets": outlets}


async def topic_data(db, pk):
    topic = (await db.execute("select * from topics where id = ?", [pk])).first()
    if topic is None:
        return None
    stats = dict((await db.execute("""select count(*) as n, min(s.said_on) as first, max(s.said_on) as last
        from statement_topics st join statements s on s.id = st.statement_id where st.topic_id = ?""",
                                   [pk])).first())
    months = (await db.execute("""select substr(s.said_on, 1, 7) as m, count(*) from statement_topics st
        join statements s on s.id = st.statement_id where st.topic_id = ? and s.said_on is not null
        group by m""", [pk])).rows
    speakers = await rows_of(db, """select s.speaker_id as id, coalesce(sp.name, s.speaker_name) as name,
        count(*) as n from statement_topics st join statements s on s.id = st.statement_id
        left join speakers sp on sp.id = s.speaker_id
        where st.topic_id = ? and s.speaker_id is not null group by s.speaker_id order by n desc, name limit 15""",
                             [pk])
    statements = await rows_of(db, STATEMENT_LIST_SQL + """join statement_topics st on st.statement_id = s.id
        where st.topic_id = ? order by s.said_on is null, s.said_on desc, a.published desc, s.id limit 100""",
                               [pk])
    chart_data, unit = over_time([(m, n) for m, n in months])
    return {"topic": dict(topic), "stats": stats, "chart": chart_data, "chart_unit": unit,
            "speakers": speakers, "statements": statements}


async def article_data(db, pk):
    article = (await db.execute("select * from articles where id = ?", [pk])).first()
    if article is None:
        return None
    article = dict(article)
    statements = await rows_of(db, """select s.id, s.start, s."end", s.kind, s.speaker_id,
        coalesce(sp.name, s.speaker_name) as speaker, s.said_on from statements s
        left join speakers sp on sp.id = s.speaker_id where s.article_id = ? order by s.start""", [pk])
    # The body cut into plain and quoted pieces (overlapping statements are shown once).
    body = article.pop("body") or ""
    pieces, pos = [], 0
    for st in statements:
        start, end = st["start"], st["end"]
        if start is None or end is None or start < pos or end > len(body):
            continue
        if start > pos:
            pieces.append({"text": body[pos:start]})
        pieces.append({"text": body[start:end], "statement": st})
        pos = end
    pieces.append({"text": body[pos:]})
    return {"article": article, "pieces": pieces, "statements": statements, "url": safe_url(article.get("url"))}


PAGE_DATA = {"statements": statement_data, "speakers": speaker_data, "topics": topic_data,
             "articles": article_data}


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    async def inner():
        extra = {"archive_today": date.today().isoformat()}
        name, _ = await statements_db(datasette, database if database else None)
        extra["archive_db"] = name
        if view_name == "index":
            extra.update(await home_data(datasette))
        elif view_name == "row" and table in PAGE_DATA and request is not None and name == database:
            db = datasette.get_database(database)
            pks = urlsafe_components(request.url_vars["pks"])
            if len(pks) == 1:
                data = await PAGE_DATA[table](db, pks[0])
                if data is not None:
                    extra["page"] = data
        return extra

    return inner


# ------------------------------------------------------------------------------------------ cell display

def highlight(value):
    """Escape a snippet, then turn its markers into <mark> elements."""
    out, open_ = [], False
    for piece in re.split(f"([{MARK_START}{MARK_END}])", value):
        if piece == MARK_START and not open_:
            out.append(Markup("<mark>"))
            open_ = True
        elif piece == MARK_END and open_:
            out.append(Markup("</mark>"))
            open_ = False
        elif piece not in (MARK_START, MARK_END):
            out.append(escape(piece))
    if open_:
        out.append(Markup("</mark>"))
    return Markup("").join(out)


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    if not isinstance(value, str) or table not in (None, BROWSE):
        return None
    base = datasette.urls.database(database)
    keys = row.keys() if hasattr(row, "keys") else []
    if table == BROWSE:
        if column == "id":
            return Markup('<a href="{}/statements/{}">{}</a>').format(base, tilde_encode(value), value)
        if column == "headline" and row["article_id"]:
            return Markup('<a href="{}/articles/{}">{}</a>').format(base, tilde_encode(row["article_id"]), value)
        if column == "speaker" and row["speaker_id"]:
            return Markup('<a href="{}/speakers/{}">{}</a>').format(base, tilde_encode(row["speaker_id"]), value)
        return None
    if column == "snippet":
        return highlight(value)
    if column == "statement":
        return Markup('<a href="{}/statements/{}">{}</a>').format(base, tilde_encode(value), value)
    links = {"speaker": ("speaker_id", "speakers"), "topic": ("topic_id", "topics"),
             "article": ("article_id", "articles")}
    if column in links:
        key, target = links[column]
        if key in keys and row[key]:
            return Markup('<a href="{}/{}/{}">{}</a>').format(base, target, tilde_encode(str(row[key])), value)
    return None
