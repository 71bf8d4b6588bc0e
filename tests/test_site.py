"""The Datasette site (issue 2, Datasette part; issue 5): metadata, facets, canned queries, feeds and pages,
checked with Datasette's in-process client on a database built from real corpora (tests/site_db.py)."""
import json
import sqlite3
import xml.etree.ElementTree as ET

import pytest
from markupsafe import escape

from site_db import EVIL_OUTLET, build_site_db, make_datasette

ATOM = "{http://www.w3.org/2005/Atom}"

# Statements of seed 000 (Vietnam's Foreign Ministry on the 2016 US human rights report), from the gold file.
BINH_2017 = [
    "The US Department of State’s Human Rights Reports for 2016 still cover some prejudiced remarks and fail to "
    "provide an accurate overview of human rights in Vietnam",
    "Vietnam is always willing to discuss in a frank, open and constructive manner with all countries, including "
    "the US, on issues remaining differences",
]
BINH_2014 = ("Some assessments about Vietnam in the US Department of State’s 2013 Country Reports on Human Rights "
             "Practices are based on inaccurate information and do not reflect the real situation in Vietnam")
HUONG = "both the US and Vietnam have reached a common consensus on a number of human rights issues"


@pytest.fixture(scope="session")
def db_path(tmp_path_factory):
    return build_site_db(tmp_path_factory.mktemp("site"))


@pytest.fixture(scope="session")
def conn(db_path):
    c = sqlite3.connect(db_path)
    c.row_factory = sqlite3.Row
    yield c
    c.close()


@pytest.fixture
async def ds(db_path):
    ds = make_datasette(db_path)
    await ds.invoke_startup()
    return ds


def contains(texts, wanted):
    """Whether a statement's text is the wanted one (extraction may keep a trailing comma)."""
    return any(t.rstrip(",.") == wanted for t in texts)


def statement_id(conn, text):
    row = conn.execute("select id from statements where rtrim(text, ',.') = ? order by article_id",
                       [text]).fetchone()
    assert row is not None, text
    return row["id"]


async def get_json(ds, path):
    r = await ds.client.get(path)
    assert r.status_code == 200, (path, r.text[:500])
    return r.json()


# --------------------------------------------------------------------------------------- issue 2: search

async def test_table_search_finds_binh(ds):
    rows = await get_json(ds, "/statements/statements.json?_search=Le+Hai+Binh&_shape=array&_size=max")
    assert {r["speaker_id"] for r in rows} == {"le-hai-binh"}
    texts = {r["text"] for r in rows}
    assert all(contains(texts, t) for t in BINH_2017) and contains(texts, BINH_2014)
    # Seed 000, seed 001 and its copy written with diacritics: 2017 and 2014 statements.
    assert {r["said_on"] for r in rows} == {"2017-03-13", "2014-02-28"}


@pytest.mark.parametrize("q", ["Lê Hải Bình", "le hai binh", "LÊ HẢI BÌNH"])
async def test_table_search_ignores_case_and_diacritics(ds, q):
    plain = await get_json(ds, "/statements/statements.json?_search=Le+Hai+Binh&_shape=array&_size=max&_col=id")
    other = await get_json(ds, f"/statements/statements.json?_search={q}&_shape=array&_size=max&_col=id")
    assert sorted(r["id"] for r in other) == sorted(r["id"] for r in plain)


@pytest.mark.parametrize("q", ["Doan", "Đoàn", "doan thi huong", "ĐOÀN"])
async def test_search_finds_d_with_stroke(ds, q):
    rows = await get_json(ds, f"/statements/statements.json?_search={q}&_shape=array&_size=max")
    assert {r["speaker_id"] for r in rows} == {"doan-thi-huong"}
    assert {r["speaker_name"] for r in rows} == {"Đoàn Thị Hương"}
    assert contains({r["text"] for r in rows}, HUONG)
    assert len(rows) == 5


async def test_article_search_ignores_diacritics(ds):
    rows = await get_json(ds, "/statements/articles.json?_search=Doan+Thi+Huong&_shape=array&_col=source")
    assert [r["source"].rsplit("/", 1)[-1] for r in rows] == ["001_vi.txt"]


# --------------------------------------------------------------------------------------- issue 2: facets

async def test_statements_table_facets_show_speaker_names(ds):
    data = await get_json(ds, "/statements/statements.json?_search=Le+Hai+Binh&_facet=speaker_id&_facet=kind"
                              "&_facet=date_basis")
    facets = data["facet_results"]
    assert {"speaker_id", "kind", "date_basis"} <= set(facets)
    speaker = facets["speaker_id"]["results"]
    assert [(f["value"], f["count"]) for f in speaker] == [("le-hai-binh", len(data["rows"]))]
    assert speaker[0]["label"] in ("Le Hai Binh", "Lê Hải Bình")
    assert {f["value"] for f in facets["kind"]["results"]} == {"direct", "indirect"}


async def test_view_facets_speaker_topic_year_month_outlet_kind_role(ds, conn):
    data = await get_json(ds, "/statements/statements_browse.json?_search=human+rights&_size=0")
    facets = data["facet_results"]
    assert {"speaker_id", "topics", "year", "month", "outlet", "kind", "role"} <= set(facets)
    years = {f["value"]: f["count"] for f in facets["year"]["results"]}
    assert {"2014", "2017"} <= set(years)
    months = {f["value"] for f in facets["month"]["results"]}
    assert {"2014-02", "2017-03"} <= months
    topics = {f["value"] for f in facets["topics"]["results"]}
    assert "human-rights" in topics
    roles = {f["value"] for f in facets["role"]["results"]}
    assert "spokesperson" in roles
    # Facet counts agree with the tables.
    total_2017 = conn.execute("""select count(*) from statements_fts join statements s on s.rowid = statements_fts.rowid
        left join articles a on a.id = s.article_id where statements_fts match '"human" "rights"'
        and substr(coalesce(s.said_on, a.published), 1, 4) = '2017'""").fetchone()[0]
    assert years["2017"] == total_2017


async def test_unfiltered_facets_come_from_the_count_tables(ds, conn):
    """Without a filter the facets read facet_counts (the ingest's counts), and agree with the rows."""
    data = await get_json(ds, "/statements/statements_browse.json?_size=0")
    facets = data["facet_results"]
    speakers = {f["value"]: (f["label"], f["count"]) for f in facets["speaker_id"]["results"]}
    n = conn.execute("select count(*) from statements where speaker_id = 'tony-blair'").fetchone()[0]
    assert speakers["tony-blair"] == ("Tony Blair", n)
    topics = {f["value"]: f["count"] for f in facets["topics"]["results"]}
    assert topics["human-rights"] == conn.execute(
        "select count(*) from statement_topics where topic_id = 'human-rights'").fetchone()[0]
    assert facets["topics"]["results"][0]["toggle_url"].endswith("topics__arraycontains=" +
                                                                 facets["topics"]["results"][0]["value"])
    assert data.get("facets_timed_out", []) == []


async def test_view_facet_filters(ds):
    rows = await get_json(ds, "/statements/statements_browse.json?year=2014&speaker_id=le-hai-binh&_shape=array"
                              "&_size=max")
    assert rows and {r["month"] for r in rows} == {"2014-02"}
    assert contains({r["text"] for r in rows}, BINH_2014)
    rows = await get_json(ds, "/statements/statements_browse.json?topics__arraycontains=human-rights&kind=direct"
                              "&_shape=array&_size=max")
    assert rows and all("human-rights" in json.loads(r["topics"]) and r["kind"] == "direct" for r in rows)


def site_plugin():
    from datasette.plugins import pm
    return pm.get_plugin("pressarchive_site.py")


@pytest.mark.parametrize("dense,most", [(1, 1), (1, 10**9), (10**9, 10**9)])
async def test_view_search_is_datasettes_search_bounded(ds, conn, monkeypatch, dense, most):
    """The facets view's _search (served by the plugin as _words) lists the rows Datasette's own search would, in
    the same order, whether it walks the date index (a common word) or looks the matches up; counted up to a cap."""
    monkeypatch.setattr(site_plugin(), "DENSE", dense)
    monkeypatch.setattr(site_plugin(), "MOST", most)
    rows = await get_json(ds, "/statements/statements_browse.json?_search=human+rights&_shape=array&_size=max")
    expected = [tuple(r) for r in conn.execute("""select date, id from statements_browse where statement_rowid in
        (select rowid from statements_fts where statements_fts match '"human" "rights"') order by date desc""")]
    # Datasette orders by date alone: rows of one day may come in either order.
    assert expected and [r["date"] for r in rows] == [d for d, _ in expected]
    assert sorted(r["id"] for r in rows) == sorted(i for _, i in expected)
    html = (await ds.client.get("/statements/statements_browse?_search=human+rights")).text
    assert f"{len(expected):,} rows" in html and 'value="human rights"' in html
    # The page's form carries the served search as a hidden _words: a new _search replaces it.
    assert 'name="_words" value="human rights"' in html
    rows = await get_json(ds, "/statements/statements_browse.json?_search=Vietnam&_words=human+rights&_shape=array")
    assert rows and all("vietnam" in r["text"].lower() for r in rows)
    monkeypatch.setattr(site_plugin(), "COUNT_CAP", 3)
    html = (await ds.client.get("/statements/statements_browse?_search=human+rights")).text
    assert "3+ rows" in html


@pytest.mark.parametrize("dense,most", [(1, 1), (1, 10**9), (10**9, 10**9)])
async def test_search_facets_sample_the_first_matches_and_keep_the_other_filters(ds, conn, monkeypatch, dense, most):
    """A search alone: its facets count the first SAMPLE matches of the full-text index (no walk of the date index,
    no list of every match); a search with another filter: rows that pass both."""
    from pressarchive.site import facets

    monkeypatch.setattr(site_plugin(), "DENSE", dense)
    monkeypatch.setattr(site_plugin(), "MOST", most)
    monkeypatch.setattr(facets, "SAMPLE", 4)
    matches = {r[0] for r in conn.execute("""select b.kind from statements_browse b where b.statement_rowid in
        (select rowid from statements_fts where statements_fts match '"human" "rights"')""")}
    data = await get_json(ds, "/statements/statements_browse.json?_search=human+rights&_size=0")
    kinds = data["facet_results"]["kind"]
    assert kinds["sampled"] == 4 and sum(f["count"] for f in kinds["results"]) == 4
    assert {f["value"] for f in kinds["results"]} <= matches
    data = await get_json(ds, "/statements/statements_browse.json?_search=human+rights&kind=direct&_size=0")
    assert [f["value"] for f in data["facet_results"]["kind"]["results"]] == ["direct"]
    assert data["facet_results"]["kind"]["results"][0]["count"] <= 4


def test_planner_looks_up_a_searchs_matches_by_rowid_under_a_kind_filter(conn):
    """refresh_browse runs ANALYZE: knowing that `kind` has two values, the planner reads the facets' sample of a
    search with a kind filter by looking up the search's matches by rowid, not by walking the kind index through
    half the archive (at 1M statements 45 ms instead of 110-140)."""
    from pressarchive.site.facets import words_filter

    assert conn.execute("select count(*) from sqlite_stat1 where tbl = 'statements_browse'").fetchone()[0] > 0
    sql = f"select speaker_id from statements_browse where kind = 'direct' and {words_filter(':words')}"
    plan = " ".join(r[3] for r in conn.execute(f"explain query plan {sql}", {"words": "said"}))
    assert "INTEGER PRIMARY KEY" in plan and "idx_statements_browse_kind" not in plan, plan


async def test_view_topic_filter_count_from_the_count_tables(ds, conn):
    """A topic filter alone: Datasette is not asked to count (a json scan of every row); the page shows the
    ingest's count of reports on that topic."""
    n = conn.execute("select count(*) from statement_topics where topic_id = 'human-rights'").fetchone()[0]
    html = (await ds.client.get("/statements/statements_browse?topics__arraycontains=human-rights")).text
    assert f"{n:,} rows" in html
    rows = await get_json(ds, "/statements/statements_browse.json?topics__arraycontains=human-rights&_shape=array"
                              "&_size=max")
    assert len(rows) == n


async def test_filtered_facets_are_counted_in_a_bounded_sample(ds, monkeypatch):
    """With a filter, the facets are counted over at most SAMPLE of the matching rows, and the page says so."""
    from pressarchive.site import facets

    monkeypatch.setattr(facets, "SAMPLE", 5)
    data = await get_json(ds, "/statements/statements_browse.json?kind=direct&_size=0")
    assert data["facet_results"]["kind"]["sampled"] == 5
    assert [(f["value"], f["count"]) for f in data["facet_results"]["kind"]["results"]] == [("direct", 5)]
    assert sum(f["count"] for f in data["facet_results"]["outlet"]["results"]) <= 5
    html = (await ds.client.get("/statements/statements_browse?kind=direct")).text
    assert "Counted in 5 of the matching rows (a sample)" in html
    monkeypatch.setattr(facets, "SAMPLE", 10**6)    # fewer rows than the sample: exact counts, no note
    data = await get_json(ds, "/statements/statements_browse.json?speaker_id=le-hai-binh")
    assert data["facet_results"]["speaker_id"]["sampled"] is None
    assert data["facet_results"]["speaker_id"]["results"][0]["count"] == data["filtered_table_rows_count"]


# ------------------------------------------------------------------- search page and exports (2, 5, 12)

async def search(ds, **params):
    """Every row of a search's JSON export, following its pages (500 rows each)."""
    from urllib.parse import urlencode, urlsplit

    data = await get_json(ds, "/statements/search.json?" + urlencode(params))
    assert data["ok"] is True
    rows = data["rows"]
    while data["next_page"]:
        assert len(data["rows"]) == 500
        link = urlsplit(data["next_page"])   # absolute (base_url or the request's host): request its path here
        data = await get_json(ds, f"{link.path}?{link.query}")
        rows += data["rows"]
    return rows


async def test_search_returns_speaker_date_text_article(ds):
    rows = await search(ds, q="Le Hai Binh")
    assert rows
    assert {"id", "date", "speaker", "role", "text", "snippet", "headline", "outlet", "kind", "url"} <= set(rows[0])
    assert {r["speaker_id"] for r in rows} == {"le-hai-binh"}
    assert "The US's 2016 human rights report is lack of objectivity" in {r["headline"] for r in rows}


async def test_search_ranked_exports_full_text_and_snippet(ds):
    rows = await search(ds, q="prejudiced remarks")
    assert rows[0]["text"].rstrip(",.") == BINH_2017[0]          # the whole statement
    assert "prejudiced remarks" in rows[0]["snippet"] and "\ue000" not in rows[0]["snippet"]
    assert rows[0]["date"] == "2017-03-13"
    assert rows[0]["url"].startswith("http://localhost/statements/statements/")
    r = await ds.client.get("/statements/search.csv?q=prejudiced+remarks")
    assert r.status_code == 200 and r.headers["content-type"].startswith("text/csv")
    import csv
    import io
    table = list(csv.DictReader(io.StringIO(r.text)))
    assert table[0]["text"].rstrip(",.") == BINH_2017[0] and table[0]["snippet"]
    assert "\ue000" not in r.text


@pytest.mark.parametrize("q", ["Lê Hải Bình", "LE HAI BINH", "le hai binh"])
async def test_search_ignores_case_and_diacritics(ds, q):
    base = sorted(r["id"] for r in await search(ds, q="Le Hai Binh"))
    assert sorted(r["id"] for r in await search(ds, q=q)) == base


@pytest.mark.parametrize("q", ["Doan", "Đoàn", "đoàn thị hương"])
async def test_search_d_with_stroke(ds, q):
    rows = await search(ds, q=q)
    assert len(rows) == 5 and {r["speaker_id"] for r in rows} == {"doan-thi-huong"}


async def test_search_ranks_without_words_in_half_the_statements(ds, conn):
    """The ingest lists the index's terms held by half the statements or more (facet 'common_term'). Search
    ranks without them (bm25 weighs them ~0 after reading their whole doclist: 24 ms for 'the' at 1M
    statements), nor with a speaker filter's name or NOT terms, and finds the same rows."""
    from pressarchive.site.search import parse_query, rank_expression

    total = conn.execute("select count(*) from statements").fetchone()[0]
    common = dict(conn.execute("select value, statements from facet_counts where facet = 'common_term'").fetchall())
    assert "the" in common and "said" not in common and all(n * 2 >= total for n in common.values())
    assert rank_expression(conn, parse_query("the Vietnam")) == '"Vietnam"'
    assert rank_expression(conn, parse_query('"the report" NOT Vietnam')) == '"the report"'
    assert rank_expression(conn, parse_query("the*")) == '"the"*'
    assert rank_expression(conn, parse_query("the")) is None
    rows = await search(ds, q="the", speaker="Lê Hải Bình")
    found = conn.execute("""select b.statement_rowid from statements_fts f join statements_browse b
        on b.statement_rowid = f.rowid where statements_fts match 'the' and b.speaker_id = 'le-hai-binh'
        and b.canonical = 1 order by b.statement_rowid desc""").fetchall()
    rowid = dict(conn.execute("select id, rowid from statements").fetchall())
    assert [rowid[r["id"]] for r in rows] == [r[0] for r in found]   # every match, newest first
    assert len(rows) > 5


async def test_search_is_stemmed_with_exact_forms_first(ds, conn):
    singular = await search(ds, q="report")
    plural = await search(ds, q="reports")
    assert {r["id"] for r in singular} == {r["id"] for r in plural}      # porter: one stem
    assert len(singular) > conn.execute("select count(*) from statements where text like '% report %'").fetchone()[0] // 2
    first = singular[0]["text"].lower()
    assert " report " in f" {first} " or first.startswith("report ") or " report," in first
    assert any("reports" in r["text"].lower() and " report " not in f" {r['text'].lower()} " for r in singular)


async def test_search_query_syntax(ds):
    phrase = await search(ds, q='"human rights report"')
    words = await search(ds, q="human rights report")
    assert phrase and {r["id"] for r in phrase} < {r["id"] for r in words}
    either = {r["id"] for r in await search(ds, q="Blair OR Howard")}
    blair = {r["id"] for r in await search(ds, q="Blair")}
    howard = {r["id"] for r in await search(ds, q="Howard")}
    assert either == blair | howard and blair - howard and howard - blair
    without = {r["id"] for r in await search(ds, q="Blair NOT Howard")}
    assert without == blair - howard
    prefix = {r["id"] for r in await search(ds, q="prejud*")}
    assert {r["id"] for r in await search(ds, q="prejudiced")} <= prefix


@pytest.mark.parametrize("q, message", [('"unbalanced', "quotation mark"), ("NOT trade", "NOT"),
                                        ("tariffs OR", "OR"), ("OR tariffs", "OR")])
async def test_malformed_query_gets_a_plain_message(ds, q, message):
    r = await ds.client.get("/statements/search", params={"q": q})
    assert r.status_code == 400 and message in r.text and "SQL" not in r.text and "fts5" not in r.text
    r = await ds.client.get("/statements/search.json", params={"q": q})
    assert r.status_code == 400 and message in r.json()["error"]


async def test_search_survives_punctuation(ds):
    for q in ["AND", "human-rights*", "(", "*", "a:b", "^x", "'"]:
        r = await ds.client.get("/statements/search.json", params={"q": q})
        assert r.status_code == 200, (q, r.text[:300])


async def test_search_filters_speaker_topic_kind_dates(ds, conn):
    rows = await search(ds, q="human rights", speaker="le-hai-binh")
    assert rows and {r["speaker_id"] for r in rows} == {"le-hai-binh"}
    by_name = await search(ds, q="human rights", speaker="le hai binh")
    assert sorted(r["id"] for r in by_name) == sorted(r["id"] for r in rows)

    rows = await search(ds, q="Vietnam", speaker="le-hai-binh", kind="direct")
    assert rows and {r["kind"] for r in rows} == {"direct"}

    rows = await search(ds, q="Vietnam", speaker="le-hai-binh", date_from="2017-01-01", date_to="2017-12-31")
    assert rows and {r["date"] for r in rows} == {"2017-03-13"}
    rows = await search(ds, q="Vietnam", speaker="le-hai-binh", date_to="2016-12-31")
    assert rows and {r["date"] for r in rows} == {"2014-02-28"}

    rows = await search(ds, q="Vietnam", topic="diplomacy")
    ids = {r["id"] for r in rows}
    assert ids
    tagged = {r[0] for r in conn.execute("select statement_id from statement_topics where topic_id = 'diplomacy'")}
    assert ids <= tagged
    # The speaker filter (pushed into the full-text query) keeps exactly that speaker's matches.
    for q, speaker, sid in [("human rights", "Đoàn Thị Hương", "doan-thi-huong"), ("Iraq", "tony-blair", "tony-blair"),
                            ("Vietnam", "Le Hai Binh", "le-hai-binh")]:
        everyone = {r["id"] for r in await search(ds, q=q) if r["speaker_id"] == sid}
        assert everyone and {r["id"] for r in await search(ds, q=q, speaker=speaker)} == everyone, q
    r = await ds.client.get("/statements/search.json", params={"q": "x", "speaker": "nobody at all"})
    assert r.status_code == 400 and "No speaker" in r.json()["error"]


async def test_search_filter_outlet(ds):
    rows = await search(ds, q="never accept", outlet=EVIL_OUTLET)
    assert [r["speaker_id"] for r in rows] == ["jane-doe"]
    assert await search(ds, q="never accept", outlet="Some Other Outlet") == []


async def test_search_without_query_lists_newest_first_with_paging(ds, conn):
    rows = await search(ds, speaker="le-hai-binh")
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates, reverse=True) and dates[0] == "2017-03-13"
    # One statement per cluster by default (its fullest copy); every report with every=1.
    n = conn.execute("select count(*) from statement_clusters").fetchone()[0]
    every = conn.execute("select count(*) from statements").fetchone()[0]
    assert n < every
    html = (await ds.client.get("/statements/search")).text
    assert f"<strong>{n:,}</strong> statements, newest first" in html
    html = (await ds.client.get("/statements/search?every=1")).text
    assert f"<strong>{every:,}</strong> statements, newest first" in html
    seen = []
    for page in (1, 2, 5):
        html = (await ds.client.get(f"/statements/search?page={page}")).text
        assert html.count('<li class="card">') == 50
        seen.append(html)
    assert seen[0] != seen[1] != seen[2]


async def test_search_count_sort_and_cards(ds, conn):
    r = await ds.client.get("/statements/search", params={"q": "prejudiced remarks"})
    assert r.status_code == 200
    html = r.text
    assert "<mark>prejudiced</mark> <mark>remarks</mark>" in html
    assert 'href="/statements/speakers/le-hai-binh"' in html
    assert "13 March 2017" in html and "2017-03-13" not in html.split('<ol class="cards">')[1]
    assert "<title>“prejudiced remarks” · Search statements · Press Statement Archive</title>" in html
    assert '<select id="topic" name="topic">' in html and 'type="date"' in html
    assert "Run SQL" not in html
    said = conn.execute("""select count(*) from statements_fts f join statements_browse b
        on b.statement_rowid = f.rowid where statements_fts match 'said' and b.canonical = 1""").fetchone()[0]
    html = (await ds.client.get("/statements/search?q=said&sort=date")).text
    assert f"<strong>{said:,}</strong> statements" in html
    every = conn.execute("select count(*) from statements_fts where statements_fts match 'said'").fetchone()[0]
    html = (await ds.client.get("/statements/search?q=said&sort=date&every=1")).text
    assert f"<strong>{every:,}</strong> statements" in html
    rows = await search(ds, q="said", sort="date")
    dates = [r["date"] or "" for r in rows]
    assert dates == sorted(dates, reverse=True)


async def test_speaker_type_ahead(ds):
    for q in ("le hai", "Lê Hải", "LE HAI B", "binh"):
        found = await get_json(ds, "/statements/-/speakers.json?q=" + q)
        assert "le-hai-binh" in [f["id"] for f in found], q
    found = await get_json(ds, "/statements/-/speakers.json?q=doan")
    assert found[0]["name"] == "Đoàn Thị Hương"
    assert await get_json(ds, "/statements/-/speakers.json?q=") == []


# ---------------------------------------------------------------------------------------- series query

async def test_series_year_by_year(ds):
    rows = await get_json(ds, "/statements/series.json?_shape=array&q=human+rights+report*&speaker=le-hai-binh")
    years = [r["year"] for r in rows]
    assert years == sorted(years) and {"2014", "2017"} <= set(years)
    counts = {r["year"]: r["statements_that_year"] for r in rows}
    assert counts["2017"] == years.count("2017") and counts["2014"] == years.count("2014")
    assert rows[0]["year"] == "2014"
    assert contains({r["text"] for r in rows}, BINH_2017[0])


async def test_series_from_year_lists_on_from_that_year_with_the_same_counts(ds):
    base = "/statements/series.json?_shape=array&q=human+rights+report*&speaker=le-hai-binh"
    every = await get_json(ds, base)
    later = await get_json(ds, base + "&from_year=2017")
    assert later and {r["year"] for r in later} == {"2017"}
    assert [r["statement"] for r in later] == [r["statement"] for r in every if r["year"] == "2017"]
    assert {r["statements_that_year"] for r in later} == {r["statements_that_year"] for r in every if r["year"] == "2017"}


async def test_series_by_topic(ds):
    rows = await get_json(ds, "/statements/series.json?_shape=array&q=Vietnam&topic=human-rights")
    assert rows and {r["year"] for r in rows} >= {"2014", "2017"}


# ------------------------------------------------------------------------------------------------- feeds

async def feed(ds, path):
    import feedparser

    r = await ds.client.get(path)
    assert r.status_code == 200, r.text[:500]
    assert r.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(r.content)
    assert parsed.bozo == 0, (path, parsed.get("bozo_exception"))
    assert parsed.version == "atom10"
    return ET.fromstring(r.content), parsed


async def test_latest_feed(ds, conn):
    root, parsed = await feed(ds, "/statements/latest_feed.atom")
    entries = root.findall(f"{ATOM}entry")
    dated = conn.execute("select count(*) from statements where said_on is not null").fetchone()[0]
    assert len(entries) == min(50, dated)
    assert parsed.feed.title == "Press Statement Archive: latest statements"
    latest = conn.execute("select max(said_on) from statements").fetchone()[0]
    assert parsed.entries[0].updated.startswith(latest)
    # Absolute links, to the archive's own statement pages.
    assert all(e.link.startswith("http://localhost/statements/statements/") for e in parsed.entries)
    assert parsed.feed.links[0].href == "http://localhost/statements/latest_feed.atom"


async def test_speaker_feed(ds):
    root, parsed = await feed(ds, "/statements/speaker_feed.atom?speaker=le-hai-binh")
    assert parsed.entries
    assert {e.author for e in parsed.entries} <= {"Le Hai Binh", "Lê Hải Bình"}
    assert BINH_2017[1] in " ".join(e.content[0].value for e in parsed.entries)


async def test_topic_feed(ds, conn):
    root, parsed = await feed(ds, "/statements/topic_feed.atom?topic=human-rights")
    ids = {e.id.rsplit(":", 1)[1] for e in parsed.entries}
    assert ids
    tagged = {r[0] for r in conn.execute("select statement_id from statement_topics where topic_id = 'human-rights'")}
    assert ids <= tagged


async def test_search_feed(ds):
    root, parsed = await feed(ds, "/statements/search_feed.atom?q=prejudiced+remarks")
    assert parsed.entries and "prejudiced remarks" in parsed.entries[0].content[0].value


@pytest.mark.parametrize("path", [
    "/statements/speaker_feed.atom?speaker=hua-chunying",   # a registry speaker with no statement here
    "/statements/speaker_feed.atom?speaker=nobody", "/statements/speaker_feed.atom",
    "/statements/topic_feed.atom?topic=nope", "/statements/topic_feed.atom",
    "/statements/search_feed.atom?q=zzzzqqq", "/statements/search_feed.atom?q=%22unclosed"])
async def test_feeds_with_nothing_in_them_are_empty_and_valid(ds, path):
    root, parsed = await feed(ds, path)
    assert parsed.entries == [] and root.find(f"{ATOM}updated") is not None


async def test_feed_links_use_base_url_setting(db_path):
    ds = make_datasette(db_path, plugin_config={"base_url": "https://archive.example.org"})
    await ds.invoke_startup()
    root, parsed = await feed(ds, "/statements/latest_feed.atom")
    assert parsed.entries[0].link.startswith("https://archive.example.org/statements/statements/")


# ------------------------------------------------------------------------------------------------ charts

async def test_chart_queries_and_pages(ds, conn):
    rows = await get_json(ds, "/statements/per_month_by_topic.json?_shape=array&topic=human-rights")
    by_month = {r["month"]: r["statements"] for r in rows}
    assert by_month["2017-03"] >= 6 and by_month["2014-02"] >= 4
    rows = await get_json(ds, "/statements/per_month_by_speaker.json?_shape=array")
    assert {"month", "speaker", "statements"} <= set(rows[0])
    rows = await get_json(ds, "/statements/per_month_by_speaker.json?_shape=array&speaker=Lê+Hải+Bình")
    assert {r["speaker_id"] for r in rows} == {"le-hai-binh"} and {"2014-02", "2017-03"} <= {r["month"] for r in rows}
    r = await ds.client.get("/statements/charts")
    assert r.status_code == 200
    specs = [json.loads(x.split(">", 1)[1].split("</script>")[0])
             for x in r.text.split('<script type="application/json"')[1:]]
    assert len(specs) == 3
    for spec in specs:
        assert spec["encoding"]["x"]["type"] == "temporal" and spec["width"] == "container"
    assert specs[1]["encoding"]["color"]["legend"]["orient"] == "bottom"
    assert len({v["topic"] for v in specs[1]["data"]["values"]}) <= 6


def test_a_chart_of_few_statements_is_labelled_at_whole_numbers():
    # A speaker with one statement: the axis had ticks at 0, 0.5 and 1, printed "0", "1", "1"; now 0 and 1 only.
    # A tall chart keeps Vega-Lite's own ticks.
    from pressarchive.site import charts
    few = charts.per_month([("2021-10", 1)], "One statement")
    assert few["encoding"]["y"]["axis"]["values"] == [0, 1]
    many = charts.per_month([("2021-10", 40), ("2021-11", 3)], "Many")
    assert "values" not in many["encoding"]["y"]["axis"] and many["encoding"]["y"]["axis"]["tickMinStep"] == 1


def test_a_short_span_is_drawn_among_empty_months():
    # One month of statements drew one bar as wide as the chart (a one-point time domain); the axis now spans a
    # year around it, and two years of quarters. A span already that long keeps Vega-Lite's own domain.
    from pressarchive.site import charts
    one = charts.per_month([("2021-10", 26)], "One month")
    assert one["encoding"]["x"]["scale"]["domain"] == [{"year": 2021, "month": 5, "date": 1},
                                                       {"year": 2022, "month": 5, "date": 1}]
    year_end = charts.per_month([("2021-12", 3)], "December")
    assert year_end["encoding"]["x"]["scale"]["domain"][1] == {"year": 2022, "month": 7, "date": 1}
    quarters = charts.per_month([("2015-01", 2), ("2021-11", 5)], "Quarters")
    assert quarters["usermeta"]["unit"] == "quarter" and "scale" not in quarters["encoding"]["x"]
    long = charts.per_month([("2021-01", 2), ("2022-03", 5)], "Months")
    assert "scale" not in long["encoding"]["x"]


# ------------------------------------------------------------------------------------------------- pages

async def test_home_page(ds, conn):
    r = await ds.client.get("/")
    assert r.status_code == 200
    html = r.text
    for table in ("articles", "statements", "speakers"):
        n = conn.execute(f"select count(*) from {table}").fetchone()[0]
        assert f"<strong>{n:,}</strong> {table}" in html
    assert "<strong>1</strong> outlets" in html  # only the escaping test's article names an outlet
    assert 'action="/statements/search"' in html and 'name="q"' in html
    first, last = conn.execute("select min(date), max(date) from statements_browse").fetchone()
    from pressarchive.site.format import human_date
    assert f"Statements from {human_date(first)} to {human_date(last)}" in html
    assert 'href="/statements/speakers/tony-blair">Tony Blair</a>' in html  # the most quoted speaker
    assert 'href="/statements/topics/elections-politics">Elections and politics</a>' in html
    assert "Latest statements" in html and "/static/archive.css" in html
    assert "rows in" not in html and "<h2>Databases</h2>" not in html      # no Datasette table counts
    assert "https://github.com/brian14708/wh-briefings" in html and 'href="https://github.com/"' not in html


async def test_statement_page_without_a_cue_says_why(ds, conn):
    # words with no verb of saying (a release's own words, a quotation standing alone) show why, not an empty field
    row = conn.execute("select id, speaker_basis from statements where cue is null limit 1").fetchone()
    assert row is not None
    html = (await ds.client.get(f"/statements/statements/{row['id']}")).text
    why = "the issuer&#39;s own words" if row["speaker_basis"] == "issuer" else "the words stand with no verb of saying"
    assert f'<dt>Cue</dt><dd><span class="muted">none: {why}</span></dd>' in html


async def test_statement_page(ds, conn):
    sid = statement_id(conn, BINH_2017[0])
    r = await ds.client.get(f"/statements/statements/{sid}")
    assert r.status_code == 200
    html = r.text
    assert 'class="speaker-link" href="/statements/speakers/le-hai-binh"' in html
    assert "13 March 2017 <span class=\"muted\">(dated by: occasion)</span>" in html
    assert 'href="/statements/topics/human-rights">Human rights</a>' in html
    assert "<dt>Cue</dt><dd>according to</dd>" in html
    assert "<dt>Kind</dt><dd>indirect</dd>" in html
    assert ("<title>Statement by Le Hai Binh, 13 March 2017 · Press Statement Archive</title>" in html
            or "<title>Statement by Lê Hải Bình, 13 March 2017 · Press Statement Archive</title>" in html)
    assert '<nav class="crumbs" aria-label="Breadcrumbs">' in html
    # The statement highlighted in the article's own text (collapsed), with what comes before and after it.
    assert "<details>\n    <summary><h2>In context</h2></summary>" in html
    assert (f'<mark id="statement" class="statement-highlight">{BINH_2017[0]}</mark>, according to Foreign '
            "Ministry Spokesman Le Hai Binh.") in html.replace("&#39;", "'")
    assert "The US&#39;s 2016 human rights report is lack of objectivity" in html
    assert "Other statements in this article" in html


async def test_a_statement_of_a_year_gone_by_says_no_day_was_given(ds, conn):
    # A statement whose sentence opens "In 1998, ..." (date_basis period) has no day: the page says so instead of
    # showing a date.
    row = conn.execute("select id from statements where date_basis = 'period' and said_on is null").fetchone()
    assert row is not None, "the test corpus (BBC politics) holds one such statement"
    html = (await ds.client.get(f"/statements/statements/{row['id']}")).text
    assert "<dt>Date</dt>\n  <dd>no day given <span class=\"muted\">(said in a month or year before the report" in html


async def test_long_answer_once_with_paragraphs(ds, conn):
    row = conn.execute("""select id, text from statements where question is not null and text like '%' || char(10) || '%'
        order by length(text) desc limit 1""").fetchone()
    if row is None:
        pytest.skip("no multi-paragraph answer in the test corpus")
    html = (await ds.client.get(f"/statements/statements/{row['id']}")).text
    paras = [p for p in row["text"].split("\n") if p.strip()]
    assert html.count("<p>") >= len(paras)
    tail = str(escape(row["text"].strip()[-60:]))
    assert html.count(tail) == 1 or len(row["text"]) <= 700


async def test_statement_page_offsets_match_text(ds, conn):
    for row in conn.execute("""select s.id, s.text, a.body, s.start, s."end" from statements s
            join articles a on a.id = s.article_id where a.source like 'seeds/%'"""):
        assert row["body"][row["start"]:row["end"]] == row["text"]
        r = await ds.client.get(f"/statements/statements/{row['id']}")
        assert r.status_code == 200


async def test_speaker_page(ds, conn):
    r = await ds.client.get("/statements/speakers/le-hai-binh")
    assert r.status_code == 200
    html = r.text
    assert "<h1>Le Hai Binh</h1>" in html or "<h1>Lê Hải Bình</h1>" in html
    assert "Foreign Ministry Spokesman" in html or "Foreign Ministry Spokesperson" in html
    # Statements counted once per cluster (a statement reported twice counts once).
    n = conn.execute("""select count(*) from statements s join statement_clusters c on c.canonical_id = s.id
        where s.speaker_id = 'le-hai-binh'""").fetchone()[0]
    assert f"<dt>Statements</dt><dd>{n}</dd>" in html
    assert '">28 February 2014</a>: ' in html and '">13 March 2017</a>: ' in html  # first and last statement
    spec = json.loads(html.split('id="speaker-chart-spec">')[1].split("</script>")[0])
    assert spec["encoding"]["x"]["type"] == "temporal"
    assert {v["month"] for v in spec["data"]["values"]} >= {"2014-02-01", "2017-03-01"}
    assert "Human rights</a>" in html
    # Newest first.
    listed = html.split("Statements, newest first")[1]
    assert listed.index(BINH_2017[1][:60]) < listed.index(BINH_2014[:60])
    assert 'href="/statements/speaker_feed.atom?speaker=le-hai-binh"' in html
    assert "<title>Le Hai Binh · Press Statement Archive</title>" in html or "<title>Lê Hải Bình · " in html


async def test_speaker_page_aliases_and_undated(ds, conn):
    row = conn.execute("select id, name from speakers where aliases != '[]' order by statements desc").fetchone()
    if row is not None:
        r = await ds.client.get(f"/statements/speakers/{row['id']}")
        assert 'class="aliases"' in r.text
    r = await ds.client.get("/statements/speakers/michael-howard")
    assert r.status_code == 200 and "<h1>Michael Howard</h1>" in r.text


async def test_speaker_page_without_a_role_shows_no_empty_role(ds, conn):
    # A speaker the text gave no title (a body, or a person named without one) has no "Role" row with nothing in it
    row = conn.execute("select id from speakers where coalesce(role, '') = '' and coalesce(role_normalized, '') = '' "
                       "order by statements desc, id").fetchone()
    r = await ds.client.get(f"/statements/speakers/{row['id']}")
    assert r.status_code == 200 and "<dt>Role</dt>" not in r.text
    r = await ds.client.get("/statements/speakers/le-hai-binh")
    assert "<dt>Role</dt><dd>" in r.text     # one with a title keeps it


async def test_topic_page(ds, conn):
    r = await ds.client.get("/statements/topics/human-rights")
    assert r.status_code == 200
    html = r.text
    n = conn.execute("""select count(*) from statement_topics st join statement_clusters c
        on c.canonical_id = st.statement_id where st.topic_id = 'human-rights'""").fetchone()[0]
    every = conn.execute("select count(*) from statement_topics where topic_id = 'human-rights'").fetchone()[0]
    assert n < every   # BBC politics carries duplicate files
    assert "<h1>Human rights</h1>" in html and f"<p>{n} statements" in html
    assert 'href="/statements/speakers/le-hai-binh"' in html
    assert 'href="/statements/topic_feed.atom?topic=human-rights"' in html
    assert 'id="topic-chart-spec"' in html


def test_a_topics_list_is_planned_by_its_reports_not_its_statements(conn):
    # The list walks every report of the topic: at 1M rows a topic of 17,016 statements had 410,458 reports, and
    # sorting them all (the plan for a small topic) took a second.
    from pressarchive.site import queries
    every = conn.execute("select count(*) from statement_topics where topic_id = 'human-rights'").fetchone()[0]
    assert queries.topic_reports(conn, "human-rights") == every
    assert queries.facet(conn, "topic", value="human-rights")[0]["n"] < every


async def test_article_page_highlights_every_statement(ds, conn):
    aid = conn.execute("select id from articles where source like 'seeds/000%'").fetchone()[0]
    r = await ds.client.get(f"/statements/articles/{aid}")
    assert r.status_code == 200
    n = conn.execute("select count(*) from statements where article_id = ?", [aid]).fetchone()[0]
    assert r.text.count('class="statement-highlight"') == n


async def test_other_pages(ds):
    for path in ["/statements", "/statements/statements", "/statements/statements_browse", "/statements/speakers",
                 "/statements/articles", "/statements/topics", "/statements/search", "/statements/series",
                 "/statements/per_month_by_topic", "/statements/per_month_by_speaker",
                 "/statements/statements.csv?_size=10", "/statements/search.csv?q=Vietnam",
                 "/statements/statement_topics", "/statements/sources"]:
        r = await ds.client.get(path)
        assert r.status_code == 200, path


async def test_404_inside_the_layout(ds):
    for path in ["/statements/statements/no-such-id", "/no-such-page", "/statements/speakers/nobody"]:
        r = await ds.client.get(path)
        assert r.status_code == 404
        assert "<h1>Not found</h1>" in r.text and 'class="site-links"' in r.text and 'action="/statements/search"' in r.text


async def test_titles_and_breadcrumbs_are_human(ds):
    for path, title in [("/statements/statements_browse", "Browse statements with facets"),
                        ("/statements/series?q=human+rights", "Series - a subject year by year"),
                        ("/statements/per_month_by_topic", "Statements per month by topic"),
                        ("/statements/speakers", "Speakers")]:
        html = (await ds.client.get(path)).text
        head = html.split("</title>")[0]
        assert title in head and "select" not in head.lower(), (path, head[-200:])
        assert "Home</a>" in html and ">statements</a>" not in html.split("</nav>")[0]


@pytest.mark.parametrize("page", ["/", "/statements/search?q=human+rights", "statement", "/statements/speakers/le-hai-binh"])
async def test_every_link_answers_200(ds, conn, page):
    """Every link on the home, search, statement and speaker pages (the site's own, not external ones)."""
    import re
    from html import unescape
    from urllib.parse import urldefrag

    if page == "statement":
        page = "/statements/statements/" + statement_id(conn, BINH_2017[0])
    html = (await ds.client.get(page)).text
    links = {urldefrag(unescape(h))[0] for h in re.findall(r'href="([^"]+)"', html)}
    internal = sorted(h for h in links if h.startswith("/") and not h.startswith("//"))
    assert len(internal) > 10
    bad = []
    for href in internal:
        r = await ds.client.get(href)
        if r.status_code != 200:
            bad.append((href, r.status_code))
    assert bad == []


# ------------------------------------------------------------------------------------------------ safety

async def test_article_markup_is_inert_on_every_page(ds, conn):
    aid = conn.execute("select id from articles where source like '%evil.txt'").fetchone()[0]
    sids = [r[0] for r in conn.execute("select id from statements where article_id = ?", [aid])]
    assert len(sids) == 2
    paths = [f"/statements/articles/{aid}", "/statements/speakers/jane-doe", "/",
             "/statements/search?q=never+accept", "/statements/search?q=ministry+publish",
             "/statements/series?q=never+accept", "/statements/statements_browse?speaker_id=jane-doe",
             "/statements/statements?speaker_id=jane-doe", f"/statements/articles?id={aid}"]
    paths += [f"/statements/statements/{s}" for s in sids]
    for path in paths:
        r = await ds.client.get(path)
        assert r.status_code == 200, path
        html = r.text
        for bad in ("<script>alert", "<img src=x", 'href="javascript:', "<a href=\"javascript",
                    "onerror=alert(1)>"):
            assert bad not in html, (path, bad)
    # The statement page shows the markup as text, the question too, and does not link the javascript: URL.
    direct = conn.execute("select id from statements where article_id = ? and kind = 'direct'", [aid]).fetchone()[0]
    html = (await ds.client.get(f"/statements/statements/{direct}")).text
    text = conn.execute("select text from statements where id = ?", [direct]).fetchone()[0]
    assert "<" in text or ">" in text  # the stored statement still holds markup (cleaning may strip some)
    assert str(escape(text)) in html
    assert "Evil Times &lt;script&gt;alert(8)&lt;/script&gt;" in html
    assert "&lt;script&gt;alert(6)&lt;/script&gt; What is your response to the report?" in html
    assert '<span class="muted unsafe-url">javascript:alert(7)</span>' in html
    assert 'class="original-url"' not in html
    # Feeds carry the statements as escaped text, with links only to the archive's own pages.
    for path in ["/statements/latest_feed.atom", "/statements/speaker_feed.atom?speaker=jane-doe"]:
        r = await ds.client.get(path)
        assert "<script" not in r.text and "<img" not in r.text
        root = ET.fromstring(r.content)
        entries = [e for e in root.findall(f"{ATOM}entry")
                   if e.findtext(f"{ATOM}author/{ATOM}name") == "Jane Doe"]
        assert len(entries) == 2
        for e in entries:
            assert e.find(f"{ATOM}content").get("type") == "text"
            assert e.find(f"{ATOM}link").get("href").startswith("http://localhost/statements/statements/")


async def test_site_is_read_only(ds, conn):
    before = conn.execute("select count(*) from statements").fetchone()[0]
    r = await ds.client.get("/statements.json", params={"sql": "delete from statements"})
    assert r.status_code == 400
    r = await ds.client.post("/statements/search", data={"q": "x"})
    assert r.status_code == 405
    assert conn.execute("select count(*) from statements").fetchone()[0] == before
    assert ds.setting("sql_time_limit_ms") == 2000


def every_page(conn):
    """A path of each kind of page the site serves, with ids from the test database."""
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    sid = one("select id from statements where question is not null order by id")
    aid = one("select article_id from statements group by article_id order by count(*) desc, article_id")
    return ["/", "/statements", "/statements/statements", "/statements/statements/" + sid,
            "/statements/statements?_search=Le+Hai+Binh", "/statements/statements_browse",
            "/statements/statements_browse?_search=human+rights", "/statements/statements_browse?year=2017",
            "/statements/statements_browse.json?_size=0", "/statements/speakers", "/statements/speakers/le-hai-binh",
            "/statements/topics", "/statements/topics/human-rights", "/statements/articles",
            "/statements/articles/" + aid, "/statements/statement_topics", "/statements/sources",
            "/statements/problems", "/statements/search", "/statements/search?q=Lê+Hải+Bình&kind=indirect",
            "/statements/search?q=Doan&speaker=Đoàn+Thị+Hương", "/statements/series?q=human+rights",
            "/statements/per_month_by_topic", "/statements/per_month_by_speaker", "/statements/latest_feed.atom",
            "/statements/speaker_feed.atom?speaker=le-hai-binh", "/statements/topic_feed.atom?topic=human-rights",
            "/statements/statements.csv?_size=10", "/statements/search.csv?q=Vietnam"]


async def test_site_makes_no_writes(db_path, tmp_path, monkeypatch):
    """Requesting every page changes nothing in the database file: no write from Datasette or the plugin."""
    import hashlib
    import shutil

    from datasette.database import Database

    copy = tmp_path / "statements.db"
    shutil.copy(db_path, copy)
    wal = copy.with_name(copy.name + "-wal")

    def digest():   # the file and its write-ahead log, where a write would land first
        return hashlib.sha256(copy.read_bytes() + (wal.read_bytes() if wal.exists() else b"")).hexdigest()

    watcher = sqlite3.connect(copy)
    watcher.row_factory = sqlite3.Row
    version, before = watcher.execute("pragma data_version").fetchone()[0], digest()
    writes = []
    real_write_fn = Database.execute_write_fn

    async def spy(self, fn, block=True):
        if not self.name.startswith("_"):   # Datasette keeps its own catalogue in the in-memory _internal
            writes.append(self.name)
        return await real_write_fn(self, fn, block=block)

    monkeypatch.setattr(Database, "execute_write_fn", spy)
    ds = make_datasette(copy)
    await ds.invoke_startup()
    for path in every_page(watcher):
        r = await ds.client.get(path)
        assert r.status_code == 200, path
    assert writes == []
    assert watcher.execute("pragma data_version").fetchone()[0] == version   # no other connection committed
    assert digest() == before
    watcher.close()


async def test_site_works_on_a_read_only_database(db_path, conn):
    """Served immutable (opened with immutable=1, as `datasette -i`), every page still works, facets too."""
    ds = make_datasette(db_path, immutable=True)
    await ds.invoke_startup()
    assert not ds.databases["statements"].is_mutable
    for path in every_page(conn):
        r = await ds.client.get(path)
        assert r.status_code == 200, path
    data = await get_json(ds, "/statements/statements_browse.json?_size=0")
    assert data["filtered_table_rows_count"] == conn.execute("select count(*) from statements").fetchone()[0]
    assert {"speaker_id", "topics", "year", "month", "outlet", "kind", "role"} <= set(data["facet_results"])


async def test_ingest_builds_the_browse_table(db_path, conn, tmp_path):
    """statements_browse comes from the ingest: one row per statement with its outlet (edits made after the
    ingest included, see site_db), the site's plugin adds no table, and a later ingest rebuilds it."""
    import shutil
    import subprocess
    import sys

    from site_db import CORPORA, ROOT

    n = conn.execute("select count(*) from statements").fetchone()[0]
    assert conn.execute("select count(*) from statements_browse").fetchone()[0] == n
    assert conn.execute("select count(*) from statements_browse where outlet = ?", [EVIL_OUTLET]).fetchone()[0] == 2
    tables = {r[0] for r in conn.execute("select name from sqlite_master where type = 'table'")}
    assert "_archive_state" not in tables
    indexes = {r[0] for r in conn.execute("select name from sqlite_master where type = 'index' "
                                          "and tbl_name = 'statements_browse'")}
    assert {"idx_statements_browse_year", "idx_statements_browse_speaker", "idx_statements_browse_outlet"} <= indexes
    # A site running while an ingest adds files sees the rebuilt table (WAL: it reads while the ingest writes).
    copy = tmp_path / "statements.db"
    shutil.copy(db_path, copy)
    ds = make_datasette(copy)
    await ds.invoke_startup()
    before = (await get_json(ds, "/statements/statements_browse.json?_size=0"))["filtered_table_rows_count"]
    assert before == n
    subprocess.run([sys.executable, str(ROOT / "ingest.py"), "-q", str(copy), str(CORPORA / "bbc-news" / "tech")],
                   check=True, cwd=ROOT)
    n = sqlite3.connect(copy).execute("select count(*) from statements").fetchone()[0]
    assert n > before
    after = (await get_json(ds, "/statements/statements_browse.json?_size=0"))["filtered_table_rows_count"]
    assert after == n


async def test_statement_page_lists_its_reports(ds, conn):
    """A statement carried by two copies of a BBC article: 'reported 2 times, first on ...' (the BBC files name no
    outlet; 'by N outlets' when they do) and
    a link to the other report; a statement reported once says so."""
    row = conn.execute("""select s.id, c.reports, c.outlets, c.cluster_id from statements s
        join (select id as cluster_id, reports, outlets from statement_clusters where reports = 2) c
        on c.cluster_id = s.cluster_id order by s.id limit 1""").fetchone()
    other = conn.execute("select id from statements where cluster_id = ? and id != ?",
                         [row["cluster_id"], row["id"]]).fetchone()["id"]
    html = (await ds.client.get(f"/statements/statements/{row['id']}")).text
    by = f" by {row['outlets']} outlet" if row["outlets"] else ""     # files with no outlet name none
    assert f"reported 2 times{by}" in html and "by 0 outlets" not in html
    assert f'href="/statements/statements/{other}"' in html and "<strong>this report</strong>" in html
    single = conn.execute("""select s.id from statements s join statement_clusters c on c.id = s.cluster_id
        where c.reports = 1 order by s.id limit 1""").fetchone()["id"]
    html = (await ds.client.get(f"/statements/statements/{single}")).text
    assert '<dd class="reports">only here</dd>' in html


# ------------------------------------------------------------------------------------ facets' sample, read once
async def test_the_facets_sample_is_read_again_once_when_the_first_read_ran_out_of_time(monkeypatch):
    # the first request after the server starts reads from a cold cache: its first facet had timed out ("These facets
    # timed out: speaker_id") while the next ones, reading the same sample warm, did not
    from datasette.database import QueryInterrupted
    from pressarchive.site.facets import CountedFacet

    facet = CountedFacet.__new__(CountedFacet)
    calls = []

    async def cold_then_warm():
        calls.append(1)
        if len(calls) == 1:
            raise QueryInterrupted(None, "select ...", {})
        return [], False

    monkeypatch.setattr(facet, "sampled", cold_then_warm)
    assert await facet.sample_read() is True and len(calls) == 2

    async def always_slow():
        calls.append(1)
        raise QueryInterrupted(None, "select ...", {})

    monkeypatch.setattr(facet, "sampled", always_slow)
    calls.clear()
    assert await facet.sample_read() is False and len(calls) == 2
