"""Datasette hooks of the Press Statement Archive site (loaded with --plugins-dir plugins); the site itself
lives in pressarchive/site/ (routes, queries, search, charts, feeds, format).

The site only reads: it adds no tables and writes nothing. Everything from articles reaches the templates as
plain strings and is escaped by Jinja's autoescape; the only markup built in Python (snippets, chart specs)
is assembled from escaped pieces.
"""
from datetime import date

from datasette import hookimpl
from datasette.utils import tilde_encode, urlsafe_components

from pressarchive.normalize import fold
from pressarchive.site import format as fmt
from pressarchive.site import queries
from pressarchive.site.charts import caption, per_month, spec_json
from pressarchive.site.facets import CountedFacet
from pressarchive.site.routes import ROUTES, run
from pressarchive.site.search import parse_query
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
            await app(scope, receive, send)
        return read_only
    return wrap


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


SHORT_TEXT = 280
PAGE_DATA = {"statements": queries.statement, "speakers": queries.speaker, "topics": queries.topic,
             "articles": queries.article}
CHARTS = {"speakers": "Statements by {}", "topics": "Statements on {}"}


async def statements_db(datasette, database=None):
    """The database holding the archive: the one named, else the first with a statements table."""
    names = [database] if database else [n for n in datasette.databases if not n.startswith("_")]
    for name in names:
        db = datasette.databases.get(name)
        if db is not None and "statements" in await db.table_names():
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


@hookimpl
def render_cell(row, value, column, table, database, datasette):
    """Links in the facets table and the canned queries' results."""
    from markupsafe import Markup

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
        if column == "text" and len(value) > SHORT_TEXT:   # a transcript answer would make a row pages tall
            return Markup('{}… <a href="{}/statements/{}">more</a>').format(
                value[:SHORT_TEXT].rsplit(" ", 1)[0], base, tilde_encode(row["id"]))
        if column == "date":
            return fmt.human_date(value)
        return None
    if column == "statement":
        return Markup('<a href="{}/statements/{}">{}</a>').format(base, tilde_encode(value), value)
    links = {"speaker": ("speaker_id", "speakers"), "topic": ("topic_id", "topics"),
             "article": ("article_id", "articles")}
    if column in links:
        key, target = links[column]
        if key in keys and row[key]:
            return Markup('<a href="{}/{}/{}">{}</a>').format(base, target, tilde_encode(str(row[key])), value)
    return None
