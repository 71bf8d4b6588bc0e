"""Real-browser test of the site (issue 5): Debian's chromium driven by Playwright against `datasette serve`.

Run with `make test-browser` (pytest -m browser -p no:asyncio tests/browser). Screenshots go to artifacts/.
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
from site_db import build_site_db  # noqa: E402

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
    db = build_site_db(tmp_path_factory.mktemp("browser"))
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


@pytest.fixture
def page(browser):
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    pg = context.new_page()
    pg.dialogs = []
    pg.on("dialog", lambda d: (pg.dialogs.append(d.message), d.dismiss()))
    yield pg
    context.close()


def test_home_search_statement_highlight(server, page):
    base = server["base"]
    page.goto(base + "/")
    assert page.locator("h1").first.inner_text() == "Press Statement Archive"
    assert page.locator("ul.stats li").count() >= 4
    assert page.locator("section.latest ol.statement-list li").count() > 0
    page.screenshot(path=str(ARTIFACTS / "home.png"), full_page=True)

    page.fill("#home-q", "Le Hai Binh")
    page.click("form.archive-search button[type=submit]")
    page.wait_for_url("**/statements/search?*")
    rows = page.locator("table.rows-and-columns tbody tr")
    assert rows.count() > 0
    speakers = {t.strip() for t in page.locator("table.rows-and-columns td.col-speaker").all_inner_texts()}
    assert speakers <= {"Le Hai Binh", "Lê Hải Bình"} and speakers
    page.screenshot(path=str(ARTIFACTS / "search.png"), full_page=True)

    # Open the statement of the first result.
    first = page.locator("table.rows-and-columns td.col-statement a").first
    statement_id = first.inner_text().strip()
    first.click()
    page.wait_for_url(f"**/statements/statements/{statement_id}")
    quote = page.locator("blockquote.statement-text").inner_text().strip()
    mark = page.locator("mark#statement")
    assert mark.is_visible()
    assert mark.inner_text().strip() == quote
    assert mark.evaluate("e => getComputedStyle(e).backgroundColor") == "rgb(255, 226, 122)"
    # The highlight sits inside the article's text, with text around it.
    context = page.locator("section.context .article-body").inner_text()
    assert len(context) > len(quote) and quote in context
    assert page.locator("a.speaker-link").inner_text().strip() in ("Le Hai Binh", "Lê Hải Bình")
    mark.scroll_into_view_if_needed()
    page.screenshot(path=str(ARTIFACTS / "statement.png"), full_page=True)

    page.click("a.speaker-link")
    page.wait_for_url("**/statements/speakers/le-hai-binh")
    assert page.locator("figure.chart svg rect").count() > 0
    page.screenshot(path=str(ARTIFACTS / "speaker.png"), full_page=True)
    assert page.dialogs == []


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
