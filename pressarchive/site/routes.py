"""The site's own pages and endpoints (registered by plugins/pressarchive_site.py, ahead of Datasette's):

- /: the home page (Datasette's own index would count every table's rows first);
- /DB/search, /DB/search.json, /DB/search.csv: the search page and its exports (full text and snippet);
- /DB/-/speakers.json?q=: speaker type-ahead (names and aliases, case and diacritics ignored);
- /DB/latest_feed.atom, /DB/speaker_feed.atom?speaker=, /DB/topic_feed.atom?topic=, /DB/search_feed.atom?q=;
- /DB/charts: statements per month by topic and by speaker.
"""
import csv
import io
from urllib.parse import urlencode

from datasette.utils import sqlite_timelimit
from datasette.utils.asgi import NotFound, Response

from . import charts, feeds, queries
from .format import plain_snippet
from .search import COUNT_CAP, EXPORT_MAX, PAGE_SIZE, SORTS, Filters, QueryError, run_search

FILTERS = ("q", "speaker", "topic", "date_from", "date_to", "outlet", "kind", "every")
EXPORT_COLUMNS = ["id", "date", "speaker", "speaker_id", "role", "kind", "text", "snippet", "outlet", "headline",
                  "article_id", "url"]


async def archive_db(datasette, request):
    name = request.url_vars["database"]
    db = datasette.databases.get(name)
    if db is None or "statements" not in await db.table_names():
        raise NotFound("No such database")
    return name, db


async def run(datasette, db, fn):
    """Run fn(conn) on the read connection, under the site's SQL time limit."""
    ms = datasette.setting("sql_time_limit_ms")

    def call(conn):
        # The site's own queries are bounded by their LIMITs: plain tuples, not the guard plugin's row factory,
        # which counts every value of every row for the public SQL's result budget (a third of a search's CPU).
        factory, conn.row_factory = conn.row_factory, None
        try:
            with sqlite_timelimit(conn, ms):
                return fn(conn)
        finally:
            conn.row_factory = factory
    return await db.execute_fn(call)


def base_url(datasette, request):
    config = datasette.plugin_config("pressarchive-site") or {}
    base = config.get("base_url") or f"{request.scheme}://{request.host}"
    return base.rstrip("/")


# ---------------------------------------------------------------------------------------------- search

def read_filters(request):
    return {k: (request.args.get(k) or "").strip() for k in FILTERS}


async def search_view(request, datasette):
    name, db = await archive_db(datasette, request)
    ext = request.url_vars.get("ext") or ""
    form = read_filters(request)
    sort = request.args.get("sort") if request.args.get("sort") in SORTS else ("relevance" if form["q"] else "date")
    try:
        page = max(1, int(request.args.get("page") or 1))
    except ValueError:
        page = 1
    export = ext in (".json", ".csv")

    def work(conn):
        directory = queries.speaker_directory(conn, name)
        options = queries.search_options(conn) if not export else {}
        speaker_id = queries.resolve_speaker(directory, form["speaker"])
        speaker = next((e for e in directory if e["id"] == speaker_id), None)
        if form["speaker"] and speaker_id is None:
            return {"error": f"No speaker called {form['speaker']!r} in the archive.", "options": options}
        filters = Filters(**{**form, "speaker": speaker_id or ""})
        try:
            result = run_search(conn, filters, sort, page, EXPORT_MAX if export else PAGE_SIZE,
                                speaker_names=speaker["names"] if speaker else None)
        except QueryError as e:
            return {"error": str(e), "options": options, "speaker": speaker}
        chart = None
        if not export and result.months:
            chart = charts.per_month(result.months.items(), "Matching statements")
        return {"result": result, "options": options, "speaker": speaker, "chart": chart}

    data = await run(datasette, db, work)
    if export:
        return export_response(data, ext, datasette, request, name)
    query = {k: v for k, v in form.items() if v}
    context = {
        "database": name, "form": form, "sort": sort, "data": data, "result": data.get("result"),
        "speaker": data.get("speaker"), "options": data["options"], "error": data.get("error"),
        "chart_spec": charts.spec_json(data["chart"]) if data.get("chart") else None,
        "chart_caption": charts.caption(data.get("chart"), "Matching statements"),
        "query_string": urlencode(query), "page_url": lambda p: "?" + urlencode({**query, "sort": sort, "page": p}),
        "sort_url": lambda s: "?" + urlencode({**query, "sort": s}), "count_cap": COUNT_CAP,
        "export_url": lambda fmt: f"{datasette.urls.database(name)}/search.{fmt}?" + urlencode({**query, "sort": sort}),
        "feed_url": f"{datasette.urls.database(name)}/search_feed.atom?" + urlencode(query),
    }
    html = await datasette.render_template(["search.html"], context, request=request, view_name="search")
    return Response.html(html, status=400 if data.get("error") else 200)


def export_response(data, ext, datasette, request, name):
    if data.get("error"):
        return Response.json({"ok": False, "error": data["error"]}, status=400)
    base = base_url(datasette, request) + datasette.urls.database(name)
    out = []
    for r in data["result"].rows:
        out.append({"id": r["id"], "date": r["date"], "speaker": r["speaker"], "speaker_id": r["speaker_id"],
                    "role": r["role"], "kind": r["kind"], "text": r["text"],
                    "snippet": plain_snippet(r.get("snippet")) if r.get("snippet") else None,
                    "outlet": r["outlet"], "headline": r["headline"], "article_id": r["article_id"],
                    "url": f"{base}/statements/{r['id']}"})
    if ext == ".json":
        res = data["result"]
        next_page = None
        if res.page < res.pages:
            query = {k: request.args.get(k) for k in request.args.keys() if k != "page"}
            next_page = f"{base}/search.json?" + urlencode({**query, "page": res.page + 1})
        return Response.json({"ok": True, "count": res.count, "count_capped": res.capped, "page": res.page,
                              "pages": res.pages, "next_page": next_page, "rows": out}, default=str)
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=EXPORT_COLUMNS)
    writer.writeheader()
    writer.writerows(out)
    return Response(buf.getvalue(), content_type="text/csv; charset=utf-8",
                    headers={"content-disposition": 'attachment; filename="search.csv"'})


async def speakers_json(request, datasette):
    name, db = await archive_db(datasette, request)
    q = request.args.get("q") or ""

    def work(conn):
        return queries.suggest_speakers(queries.speaker_directory(conn, name), q)
    return Response.json(await run(datasette, db, work))


# ----------------------------------------------------------------------------------------------- feeds

FEED_TITLES = {"latest": "Press Statement Archive: latest statements",
               "speaker": "Press Statement Archive: statements by {}",
               "topic": "Press Statement Archive: statements on {}",
               "search": "Press Statement Archive: statements matching {}"}


async def feed_view(request, datasette):
    name, db = await archive_db(datasette, request)
    kind = request.url_vars["feed"]
    value = (request.args.get({"latest": "", "speaker": "speaker", "topic": "topic", "search": "q"}[kind]) or ""
             ) if kind != "latest" else ""
    base = base_url(datasette, request)
    dbpath = datasette.urls.database(name)

    def work(conn):
        if kind == "search":
            try:
                result = run_search(conn, Filters(**read_filters(request)), "date", 1, 50)
            except QueryError:
                return [], value
            found = result.rows
            for r in found:
                r["said_on"], r["source"] = r["date"], None
            return found, repr(value) if value else "everything"
        if kind != "latest" and not value:
            return [], "nothing"
        label = value
        if kind == "speaker":
            row = queries.one(conn, "select name from speakers where id = ?", [value])
            label = row["name"] if row else value
        elif kind == "topic":
            row = queries.one(conn, "select name from topics where id = ?", [value])
            label = row["name"] if row else value
        return queries.feed_rows(conn, kind, value), label

    found, label = await run(datasette, db, work)
    self_url = base + request.full_path
    site_url = base + (f"{dbpath}/speakers/{value}" if kind == "speaker" and value else
                       f"{dbpath}/topics/{value}" if kind == "topic" and value else
                       f"{dbpath}/search?" + urlencode({"q": value}) if kind == "search" else "/")
    body = feeds.atom(self_url, FEED_TITLES[kind].format(label), self_url, site_url, found,
                      lambda sid: f"{base}{dbpath}/statements/{sid}")
    return Response(body, content_type="application/atom+xml; charset=utf-8")


# ---------------------------------------------------------------------------------------------- charts

async def charts_view(request, datasette):
    name, db = await archive_db(datasette, request)

    def work(conn):
        topics = queries.facet(conn, "topic", charts.MAX_SERIES)
        speakers = queries.most_dated(conn, "speaker", charts.MAX_SERIES)
        by_topic = {t["label"]: queries.monthly(conn, "topic", t["value"]) for t in topics}
        by_speaker = {s["label"]: queries.monthly(conn, "speaker", s["value"]) for s in speakers}
        return {"all": charts.per_month(queries.monthly(conn, "all", ""), "All statements"),
                "topics": charts.per_month_series(by_topic, "Statements on the largest topics", "topic"),
                "speakers": charts.per_month_series(by_speaker, "Statements by the speakers quoted most often on a known day",
                                                    "speaker"),
                "topic_list": topics, "speaker_list": speakers}

    data = await run(datasette, db, work)
    specs = {k: charts.spec_json(data[k]) if data[k] else None for k in ("all", "topics", "speakers")}
    captions = {k: charts.caption(data[k], data[k]["description"] if data[k] else "") for k in specs}
    html = await datasette.render_template(["charts.html"], {"database": name, "specs": specs, "data": data,
                                                             "captions": captions},
                                           request=request, view_name="charts")
    return Response.html(html)


async def home_view(request, datasette):
    for name, db in datasette.databases.items():
        if not name.startswith("_") and "statements" in await db.table_names():
            break
    else:
        raise NotFound("No archive database")
    data = await run(datasette, db, queries.home)
    data["database"] = name
    html = await datasette.render_template(["index.html"], {"archive": data, "metadata": datasette.metadata()},
                                           request=request, view_name="home")
    return Response.html(html)


ROUTES = [
    (r"^/$", home_view),
    (r"^/(?P<database>[^/]+)/search(?P<ext>\.json|\.csv)?$", search_view),
    (r"^/(?P<database>[^/]+)/-/speakers\.json$", speakers_json),
    (r"^/(?P<database>[^/]+)/(?P<feed>latest|speaker|topic|search)_feed\.atom$", feed_view),
    (r"^/(?P<database>[^/]+)/charts$", charts_view),
]

