"""Datasette hooks of the Press Statement Archive site (loaded with --plugins-dir plugins); the site itself
lives in pressarchive/site/ (routes, queries, search, charts, feeds, format).

The site only reads: it adds no tables and writes nothing. Everything from articles reaches the templates as
plain strings and is escaped by Jinja's autoescape; the only markup built in Python (snippets, chart specs)
is assembled from escaped pieces.
"""
import weakref
from datetime import date
from urllib.parse import parse_qsl, urlencode

from datasette import hookimpl
from datasette.utils import tilde_encode, urlsafe_components
from markupsafe import Markup, escape

from pressarchive.normalize import fold
from pressarchive.site import format as fmt
from pressarchive.site import lists
from pressarchive.site import queries
from pressarchive.site.charts import caption, per_month, spec_json
from pressarchive.site.facets import WORDS, CountedFacet, only_words, probing_filter, words_filter
from pressarchive.site.routes import ROUTES, run
from pressarchive.site.search import COUNT_CAP, parse_query   # one cap for the search page and the facets view
from pressarchive.store import BROWSE


def fts_query(q):
    """The FTS5 expression for what a user typed ('""', matching nothing, when it cannot be read)."""
    try:
        return parse_query(q).fts or '""'
    except ValueError:
        return '""'


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
            if scope["type"] == "http":
                scope = bounded_browse(scope)
            await app(scope, receive, send)
        return read_only
    return wrap


# The facets view (statements_browse) at 1M statements: Datasette counts the filtered rows with a count(*) over
# them, which takes seconds when they are many and the filter has no index (a topic: json of every row) or half a
# second for a full-text search of a common word ("said": 50,000 rows looked up one by one, then sorted by date).
# So those requests are rewritten before Datasette sees them: `_nocount=1` (the page shows a count kept by the
# ingest, or one capped at COUNT_CAP, see precount), and `_search` becomes `_words`, the same search served by
# words_filter below, which walks the date index for a common word instead of sorting all its matches.
def bounded_browse(scope):
    path = scope.get("path", "")
    if path.rsplit("/", 1)[-1].split(".")[0] != BROWSE:
        return scope
    args = parse_qsl(scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    keys = {k for k, _ in args}
    if "_search" in keys:   # a new search (the page's form also carries the last one as a hidden _words)
        args = [(WORDS if k == "_search" else k, v) for k, v in args if k != WORDS]
    if ("_search" in keys or WORDS in keys or "topics__arraycontains" in keys) and "_nocount" not in keys:
        args.append(("_nocount", "1"))
    else:
        return scope
    return dict(scope, query_string=urlencode(args).encode("latin-1"))


DENSE = 1000   # matches from which a search walks the date index (the first page is found within ~50,000 rows)
MOST = 100_000   # matches from which a search alone probes the index row by row down the date order instead


async def matches(db, match, search, cap) -> int:
    """How many rows the search matches, counted up to cap."""
    found = await db.execute(f"""select count(*) from (select rowid from statements_fts
        where statements_fts match {match} limit {cap})""", {"words": search})
    return found.rows[0][0]


@hookimpl
def filters_from_request(request, database, table, datasette):
    """`_words` (the facets view's `_search`, see bounded_browse): the same FTS5 match as Datasette's search. For a
    term with at least DENSE matches, the rowid term is written `+statement_rowid`, so SQLite walks the index of
    the page's order (date) testing each row against the matches, instead of fetching and sorting them all."""
    from datasette.filters import FilterArguments

    search = request.args.get(WORDS, "").strip()
    if table != BROWSE or not search:
        return None

    async def inner():
        db = datasette.get_database(database)
        raw = request.args.get("_searchmode") == "raw"
        match = ":words" if raw else "escape_fts(:words)"
        found = await matches(db, match, search, DENSE)
        if found >= DENSE and only_words(request) and await matches(db, match, search, MOST) >= MOST:
            clause = probing_filter(match)
        else:
            clause = words_filter(match, walk_by_date=found >= DENSE)
        return FilterArguments(
            [clause],
            {"words": search}, [f'search matches "{search}"'], {"supports_search": True, "search": search})
    return inner


async def precount(db, request):
    """(count, capped) for the facets view when its only filter is one topic (from facet_counts) or a search (the
    full-text index's matches, up to COUNT_CAP + 1); None with any other filter, whose count is not shown."""
    filters = [(k, v) for k in request.args for v in request.args.getlist(k) if not k.startswith("_") or "__" in k]
    words = request.args.get(WORDS, "").strip()
    if len(filters) == 1 and filters[0][0] == "topics__arraycontains" and not words:
        result = await db.execute("select statements from facet_counts where facet = 'topic_reports' and value = ?",
                                  [filters[0][1]])
        return (result.rows[0][0] if result.rows else 0), False
    if not filters and words:
        match = ":words" if request.args.get("_searchmode") == "raw" else "escape_fts(:words)"
        result = await db.execute(f"""select count(*) from (select rowid from statements_fts
            where statements_fts match {match} limit {COUNT_CAP + 1})""", {"words": words})
        n = result.rows[0][0]
        return min(n, COUNT_CAP), n > COUNT_CAP
    return None


@hookimpl
def register_routes():
    return ROUTES


@hookimpl
def register_facet_classes():
    return [CountedFacet]


@hookimpl
def prepare_jinja2_environment(env):
    env.filters["tilde_encode"] = lambda value: tilde_encode(str(value))
    env.filters["human_date"] = fmt.human_date
    env.filters["paragraphs"] = fmt.paragraphs
    env.filters["highlight"] = fmt.highlight
    env.filters["thousands"] = lambda n: f"{n:,}" if isinstance(n, int) else n
    env.globals["render_statement_list"] = lists.statement_list
    env.globals["render_result_cards"] = lists.result_cards


SHORT_TEXT = 280
PAGE_DATA = {"statements": queries.statement, "speakers": queries.speaker, "topics": queries.topic,
             "articles": queries.article}
CHARTS = {"speakers": "Statements by {}", "topics": "Statements on {}"}


_ARCHIVE_DBS = weakref.WeakSet()   # Datasette Database objects known to hold the archive


async def statements_db(datasette, database=None):
    """The database holding the archive: the one named, else the first with a statements table. Every page
    asks; a database found to hold the archive is remembered (a statements table is never dropped), so the
    schema is read once rather than on every request."""
    names = [database] if database else [n for n in datasette.databases if not n.startswith("_")]
    for name in names:
        db = datasette.databases.get(name)
        if db is None:
            continue
        if db not in _ARCHIVE_DBS and "statements" in await db.table_names():
            _ARCHIVE_DBS.add(db)
        if db in _ARCHIVE_DBS:
            return name, db
    return None, None


async def row_page(datasette, db, table, pk):
    data = await run(datasette, db, lambda conn: PAGE_DATA[table](conn, pk))
    if data is not None and table in CHARTS:
        label = data["speaker"]["name"] if table == "speakers" else data["topic"]["name"]
        spec = per_month(data["months"], CHARTS[table].format(label))
        data["chart_spec"] = spec_json(spec) if spec else None
        data["chart_caption"] = caption(spec, CHARTS[table].format(label))
    return data


@hookimpl
def extra_template_vars(template, database, table, view_name, request, datasette):
    async def inner():
        extra = {"archive_today": date.today().isoformat()}
        name, db = await statements_db(datasette, database if database else None)
        extra["archive_db"] = name
        if db is None:
            return extra
        if view_name == "table" and table == BROWSE and request is not None and name == database \
                and request.args.get("_nocount") and "facet_counts" in await db.table_names():
            extra["precount"] = await precount(db, request)
        if view_name == "row" and table in PAGE_DATA and request is not None and name == database:
            pks = urlsafe_components(request.url_vars["pks"])
            if len(pks) == 1:
                data = await row_page(datasette, db, table, pks[0])
                if data is not None:
                    extra["page"] = data
        return extra

    return inner


@hookimpl
def handle_exception(datasette, request, exception):
    """A 404 page inside the site's layout (Datasette renders its errors without the plugin's variables)."""
    from datasette.utils.asgi import NotFound, Response

    if not isinstance(exception, NotFound) or request is None or request.path.endswith(".json"):
        return None

    async def inner():
        name, _ = await statements_db(datasette)
        html = await datasette.render_template(["error.html"], {"status": 404, "error": str(exception),
                                                               "title": None, "archive_db": name},
                                               request=request)
        return Response.html(html, status=404)
    return inner


CANNED_LINKS = {"speaker": ("speaker_id", "speakers"), "topic": ("topic_id", "topics"),
                "article": ("article_id", "articles")}
LINKED = {False: {"id", "headline", "speaker", "text", "date"}, True: {"statement", "speaker", "topic", "article"}}


def link(base, target, key, text):
    """<a href="{base}/{target}/{key}">{text}</a>, escaped (built by hand: render_cell runs for every cell)."""
    return Markup(f'<a href="{escape(base)}/{target}/{escape(tilde_encode(str(key)))}">{escape(text)}</a>')


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Links in the facets table and the canned queries' results."""
    # Called for every cell (11,000 on a 1,000-row canned query): columns without a link return at once, and the
    # database's URL is built only for a link.
    if not isinstance(value, str) or table not in (None, BROWSE) or column not in LINKED[table is None]:
        return None
    base = str(datasette.urls.database(database))
    if table == BROWSE:
        if column == "id":
            return link(base, "statements", value, value)
        if column == "headline" and row["article_id"]:
            return link(base, "articles", row["article_id"], value)
        if column == "speaker" and row["speaker_id"]:
            return link(base, "speakers", row["speaker_id"], value)
        if column == "text" and len(value) > SHORT_TEXT:   # a transcript answer would make a row pages tall
            return Markup('{}… <a href="{}/statements/{}">more</a>').format(
                value[:SHORT_TEXT].rsplit(" ", 1)[0], base, tilde_encode(row["id"]))
        if column == "date":
            return fmt.human_date(value)
        return None
    if column == "statement":
        return link(base, "statements", value, value)
    key, target = CANNED_LINKS[column]
    keys = row.keys() if hasattr(row, "keys") else []
    if key in keys and row[key]:
        return link(base, target, row[key], value)
    return None
