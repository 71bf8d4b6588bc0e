"""Real-browser tests of the site (issues 5 and 12): Debian's chromium driven by Playwright against
`datasette serve` over the test corpus plus data/'s folders (as `make serve` ingests them).

Every page type at 1,280 px and on a phone-sized viewport, checked for content, screenshotted to artifacts/,
and checked with axe-core (no serious or critical violation). Run with `make test-browser`.
"""
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tests"))
from site_db import DATA_FOLDERS, build_site_db  # noqa: E402

pytestmark = pytest.mark.browser
ARTIFACTS = ROOT / "artifacts"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--disable-sync", "--no-first-run"]


def chromium_path():
    for candidate in ("/usr/lib/chromium/chromium", shutil.which("chromium")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    # PRESSARCHIVE_BROWSER_DB: reuse a database built by an earlier run (while working on templates).
    reuse = os.environ.get("PRESSARCHIVE_BROWSER_DB")
    db = Path(reuse) if reuse else build_site_db(tmp_path_factory.mktemp("browser"), extra=DATA_FOLDERS)
    port = free_port()
    datasette = Path(sys.executable).parent / "datasette"
    cmd = [str(datasette) if datasette.exists() else "datasette", "serve", str(db),
           "--metadata", "metadata.yml", "--template-dir", "templates", "--plugins-dir", "plugins",
           "--static", "static:static", "--host", "127.0.0.1", "--port", str(port),
           "--setting", "sql_time_limit_ms", "2000", "--setting", "default_page_size", "50"]
    log = open(tmp_path_factory.getbasetemp() / "datasette.log", "wb")
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/", timeout=1)
                break
            except OSError:
                if proc.poll() is not None:
                    raise RuntimeError("datasette exited: " + (tmp_path_factory.getbasetemp() / "datasette.log")
                                       .read_text())
                time.sleep(0.1)
        else:
            raise RuntimeError("datasette did not start")
        yield {"base": base, "db": db}
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
        log.close()


@pytest.fixture(scope="module")
def browser():
    path = chromium_path()
    if path is None:
        pytest.skip("chromium not installed (apt-get install -y chromium)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=path, args=CHROMIUM_ARGS)
        yield b
        b.close()


def new_page(browser, width, height):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": width, "height": height})
    pg = context.new_page()
    pg.dialogs, pg.errors = [], []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    pg.on("pageerror", lambda e: pg.errors.append(str(e)))
    return context, pg


@pytest.fixture
def page(browser):
    context, pg = new_page(browser, 1280, 900)
    yield pg
    context.close()


@pytest.fixture
def phone(browser):
    context, pg = new_page(browser, 390, 844)
    yield pg
    context.close()


@pytest.fixture(scope="module")
def axe():
    from axe_playwright_python.sync_playwright import Axe

    return Axe()


def check_accessible(axe, page, name):
    """No serious or critical axe-core violation on the page as it is now."""
    results = axe.run(page)
    bad = [(v["id"], v["impact"], len(v["nodes"]), v["nodes"][0]["target"]) for v in results.response["violations"]
           if v["impact"] in ("serious", "critical")]
    assert bad == [], (name, bad)


def shot(page, name):
    page.screenshot(path=str(ARTIFACTS / f"{name}.png"), full_page=True)


def sql(server, query, params=()):
    import sqlite3

    conn = sqlite3.connect(server["db"])
    try:
        return conn.execute(query, params).fetchone()
    finally:
        conn.close()


def wait_for_chart(page, selector=".vega-chart svg"):
    page.wait_for_selector(selector, timeout=15000)
    return page.locator(selector).first.bounding_box()


def test_home(server, page, axe):
    page.goto(server["base"] + "/")
    assert page.locator("h1").first.inner_text() == "Press Statement Archive"
    assert page.title() == "Press Statement Archive"
    stats = page.locator("ul.stats").inner_text()
    n = sql(server, "select count(*) from statements")[0]
    assert f"{n:,} statements" in stats.replace("\n", " ")
    assert "rows in" not in page.content()          # no Datasette table counts
    assert page.locator("section.latest ol.statement-list li").count() == 10
    assert page.locator(".site-links a", has_text="Search").count() == 1
    shot(page, "home")
    check_accessible(axe, page, "home")


def test_search_with_every_filter(server, page, axe):
    base = server["base"]
    page.goto(base + "/statements/search")
    assert page.title() == "Search statements · Press Statement Archive"
    assert "newest first" in page.locator(".result-count").inner_text()
    dates = page.locator(".cards .st-date").all_inner_texts()
    assert len(dates) == 50
    check_accessible(axe, page, "search-empty")
    page.fill("#q", "Taiwan")
    page.fill("#speaker", "hua chun")       # type-ahead: folded, lower case, a prefix
    page.wait_for_function("document.querySelectorAll('#speaker-options option').length > 0", timeout=5000)
    options = page.locator("#speaker-options option")
    assert options.first.get_attribute("value") == "Hua Chunying"
    page.fill("#speaker", "Hua Chunying")
    page.select_option("#topic", "sovereignty")
    page.fill("#date_from", "2018-01-01")
    page.fill("#date_to", "2020-12-31")
    page.select_option("#kind", "direct")
    page.click(".search-form button[type=submit]")
    page.wait_for_url("**/statements/search?*")
    cards = page.locator(".cards li.card")
    assert cards.count() > 0
    assert set(page.locator(".cards .st-speaker").all_inner_texts()) == {"Hua Chunying"}
    assert all(m.lower().startswith("taiwan") for m in page.locator(".cards mark").all_inner_texts())
    for text in page.locator(".cards .st-date").all_inner_texts():
        assert text.split()[-1] in {"2018", "2019", "2020"}, text
    shot(page, "search-filters")
    check_accessible(axe, page, "search-filters")
    # An outlet filter, then one that leaves nothing.
    page.goto(base + "/statements/search?q=tariffs&outlet=www.whitehouse.gov")
    assert page.locator(".cards li.card").count() > 0
    assert set(page.locator(".cards .outlet").all_inner_texts()) == {"www.whitehouse.gov"}
    page.goto(base + "/statements/search?q=tariffs&outlet=www.whitehouse.gov&date_to=1990-01-01")
    assert "Nothing found" in page.locator(".cards").inner_text()


def test_search_paging_sorting_and_errors(server, page, axe):
    base = server["base"]
    page.goto(base + "/statements/search?q=said")
    count = page.locator(".result-count strong").inner_text()
    assert int(count.replace(",", "").rstrip("+")) > 200
    page.click("a[rel=next]")
    page.wait_for_url("**page=2**")
    assert "page 2 of" in page.locator(".result-count").inner_text()
    for _ in range(3):
        page.click("a[rel=next]")
    assert "page 5 of" in page.locator(".result-count").inner_text()   # past 200 results
    assert page.locator(".cards li.card").count() == 50
    page.goto(base + "/statements/search?q=tariffs&sort=date")
    iso = [d for d in page.locator(".cards li.card").evaluate_all(
        "cards => cards.map(c => c.querySelector('.st-date').textContent)")]
    assert len(iso) > 1
    page.goto(base + '/statements/search?q=%22human+rights')
    assert "quotation mark is not closed" in page.locator(".query-error").inner_text()
    page.goto(base + "/statements/search?q=NOT+trade")
    assert "NOT" in page.locator(".query-error").inner_text()
    shot(page, "search-error")
    check_accessible(axe, page, "search-error")


@pytest.mark.parametrize("question, path, speakers, word", [
    ("Vietnam's spokesperson on human rights", "/statements/search?q=human+rights&speaker=Le+Hai+Binh",
     {"Le Hai Binh", "Lê Hải Bình"}, ("human", "right")),
    ("the White House on tariffs", "/statements/search?q=tariffs&outlet=www.whitehouse.gov", None, ("tariff",)),
    ("China's MFA on Taiwan", "/statements/search?q=Taiwan&speaker=Geng+Shuang", {"Geng Shuang"}, ("taiwan",)),
])
def test_three_questions_answered_from_the_search_page(server, page, question, path, speakers, word):
    page.goto(server["base"] + path)
    cards = page.locator(".cards li.card")
    assert cards.count() >= 3, question
    if speakers:
        assert set(page.locator(".cards .st-speaker").all_inner_texts()) <= speakers
    marks = [m.lower() for m in page.locator(".cards mark").all_inner_texts()]
    assert marks and all(m.startswith(word) for m in marks), (question, marks[:5])
    # The first answer opens on its statement page, with its source.
    cards.first.locator(".card-text a").click()
    page.wait_for_url("**/statements/statements/*")
    assert page.locator("blockquote.statement-text").inner_text().strip()
    assert page.locator("a.article-link").count() == 1


def test_statement_page(server, page, phone, axe):
    base = server["base"]
    sid, text = sql(server, """select s.id, s.text from statements s join articles a on a.id = s.article_id
        where a.source like 'seeds/000%' and s.speaker_id = 'le-hai-binh' order by s.start limit 1""")
    page.goto(f"{base}/statements/statements/{sid}")
    assert page.title().startswith("Statement by Le Hai Binh, 13 March 2017") or \
        page.title().startswith("Statement by Lê Hải Bình, 13 March 2017")
    assert page.locator("blockquote.statement-text").inner_text().strip() == text.strip()
    assert "13 March 2017" in page.locator("dl.facts").inner_text()
    assert page.locator("nav.crumbs").inner_text().replace("\n", " ").startswith("Home")
    details = page.locator("section.context details")
    assert details.get_attribute("open") is None          # "In context" collapsed
    mark = page.locator("mark#statement")
    assert not mark.is_visible()
    page.click("section.context summary")
    assert mark.is_visible() and mark.inner_text().strip() == text.strip()
    assert mark.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 226, 122)"
    shot(page, "statement")
    check_accessible(axe, page, "statement")
    phone.goto(f"{base}/statements/statements/{sid}")
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, width
    shot(phone, "statement-phone")


def test_long_answer_shown_once(server, page):
    sid, text = sql(server, """select id, text from statements where question is not null
        order by length(text) desc limit 1""")
    page.goto(f"{server['base']}/statements/statements/{sid}")
    paras = page.locator("blockquote.statement-text p")
    assert paras.count() == len([p for p in text.split("\n") if p.strip()])
    html = page.content()
    tail = text.strip()[-80:]
    assert html.count(tail.replace("&", "&amp;").replace("'", "&#39;").replace('"', "&#34;")) <= 1 or \
        page.locator("section.context details").get_attribute("open") is None
    assert page.evaluate("document.body.scrollHeight") < 9000
    shot(page, "statement-long-answer")


def test_speaker_page_and_chart(server, page, phone, axe):
    page.goto(server["base"] + "/statements/speakers/geng-shuang")
    assert page.locator("h1").inner_text() == "Geng Shuang"
    assert page.title() == "Geng Shuang · Press Statement Archive"
    box = wait_for_chart(page)
    assert 400 < box["width"] <= 1280
    # A real time axis: tick labels are years or months with years, in order.
    labels = page.locator(".vega-chart svg .role-axis-label text").evaluate_all("els => els.map(e => e.textContent)")
    assert any("2019" in t for t in labels), labels
    assert page.locator(".statement-list li").count() > 10
    shot(page, "speaker")
    check_accessible(axe, page, "speaker")
    phone.goto(server["base"] + "/statements/speakers/geng-shuang")
    box = wait_for_chart(phone)
    assert box["width"] <= 390
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    shot(phone, "speaker-phone")


def test_topic_article_facets_charts_and_404(server, page, phone, axe):
    base = server["base"]
    page.goto(base + "/statements/topics/sovereignty")
    assert page.locator("h1").inner_text() == "Sovereignty and territory"
    wait_for_chart(page)
    assert page.locator(".statement-list li").count() > 0
    shot(page, "topic")
    check_accessible(axe, page, "topic")

    aid = sql(server, "select article_id from statements group by article_id order by count(*) desc limit 1")[0]
    page.goto(f"{base}/statements/articles/{aid}")
    n = sql(server, "select count(*) from statements where article_id = ?", [aid])[0]
    assert page.locator("mark.statement-highlight").count() == n
    assert "/" not in page.locator("h1").inner_text()[:3]
    shot(page, "article")
    check_accessible(axe, page, "article")

    page.goto(base + "/statements/statements_browse")
    assert page.locator("h1").inner_text().startswith("Browse statements")
    assert "statements_browse" not in page.title()
    assert page.locator(".facet-info").count() >= 5
    shot(page, "facets")

    page.goto(base + "/statements/charts")
    page.wait_for_function("document.querySelectorAll('.vega-chart svg').length === 3", timeout=20000)
    for chart in page.locator(".vega-chart").all():
        box = chart.bounding_box()
        assert box["width"] <= 1280 and box["x"] >= 0
    legend = page.locator("#chart-topics svg .role-legend").bounding_box()
    svg = page.locator("#chart-topics svg").bounding_box()
    assert legend["x"] >= svg["x"] and legend["x"] + legend["width"] <= svg["x"] + svg["width"] + 1
    shot(page, "charts")
    check_accessible(axe, page, "charts")
    phone.goto(base + "/statements/charts")
    phone.wait_for_function("document.querySelectorAll('.vega-chart svg').length === 3", timeout=20000)
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    shot(phone, "charts-phone")

    r = page.goto(base + "/statements/statements/no-such-statement")
    assert r.status == 404
    assert page.locator("h1").inner_text() == "Not found"
    assert page.locator(".site-links a").count() >= 4          # inside the layout, with navigation
    shot(page, "404")
    check_accessible(axe, page, "404")


def test_phone_home_and_search(server, phone, axe):
    phone.goto(server["base"] + "/")
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    shot(phone, "home-phone")
    phone.goto(server["base"] + "/statements/search?q=Taiwan")
    assert phone.locator(".cards li.card").count() > 0
    assert phone.evaluate("document.documentElement.scrollWidth") <= 390
    shot(phone, "search-phone")
    check_accessible(axe, phone, "search-phone")


def test_markup_from_articles_never_runs(server, page):
    import sqlite3

    conn = sqlite3.connect(server["db"])
    aid, sid = conn.execute("""select a.id, s.id from articles a join statements s on s.article_id = a.id
        where a.source like '%evil.txt' order by s.start limit 1""").fetchone()
    conn.close()
    base = server["base"]
    for path in [f"/statements/statements/{sid}", f"/statements/articles/{aid}", "/statements/speakers/jane-doe",
                 "/statements/search?q=never+accept", "/"]:
        page.goto(base + path)
        page.wait_for_load_state("load")
        assert page.dialogs == [], path
        # Datasette's own pages have scripts of their own; none may come from the article.
        assert page.locator("script", has_text="alert").count() == 0, path
        assert page.locator("section.content img").count() == 0, path
        assert page.locator("a[href^='javascript']").count() == 0, path
    page.goto(base + f"/statements/statements/{sid}")
    page.screenshot(path=str(ARTIFACTS / "escaped-statement.png"), full_page=True)
