"""The site tests' database: real corpora ingested once per session (see tests/test_site*.py).

- seeds and bbc-news/politics, as they are;
- a copy of seed 001 with the names written with their diacritics ("Lê Hải Bình", "Đoàn Thị Hương" for
  Uzra Zeya), so that search with and without diacritics can be checked on real text;
- one invented article, for the escaping test only: markup and a javascript: URL in its headline, body,
  url, outlet and in the question of one of its statements.
"""
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import sqlite_utils
import yaml

from pressarchive.store import refresh_browse

ROOT = Path(__file__).resolve().parent.parent
CORPORA = ROOT.parent / "shared" / "corpora"

EVIL_ARTICLE = """<script>alert("headline")</script> Minister <img src=x onerror=alert(1)> answers

"<img src=x onerror=alert(2)> We will never accept <script>alert(3)</script> this," said Foreign Minister Jane Doe on March 3, 2017. See javascript:alert(4) for details.

Doe added that the ministry would publish <a href="javascript:alert(5)">the full text</a> on Monday.
"""
EVIL_URL = "javascript:alert(7)"
EVIL_OUTLET = "Evil Times <script>alert(8)</script>"
EVIL_QUESTION = "<script>alert(6)</script> What is your response to the report?"


DATA = ROOT / "data"
DATA_FOLDERS = [DATA / "whitehouse-briefing-room", DATA / "state-dept-press-releases-rss", DATA / "china-mfa-presscon-html"]


def build_site_db(tmp: Path, extra=()) -> Path:
    """extra: more folders to ingest (the browser tests add data/'s, as `make serve` would)."""
    vi = tmp / "corpus-vi"
    vi.mkdir()
    seed = (CORPORA / "seeds" / "001_764cb29e222343e7.txt").read_text(encoding="utf-8")
    seed = seed.replace("Le Hai Binh", "Lê Hải Bình").replace("Uzra Zeya", "Đoàn Thị Hương")
    seed = re.sub(r"\bZeya\b", "Hương", seed)
    (vi / "001_vi.txt").write_text(seed, encoding="utf-8")
    evil = tmp / "corpus-evil"
    evil.mkdir()
    (evil / "evil.txt").write_text(EVIL_ARTICLE, encoding="utf-8")

    db_path = tmp / "statements.db"
    subprocess.run([sys.executable, str(ROOT / "ingest.py"), "-q", str(db_path), str(CORPORA / "seeds"),
                    str(CORPORA / "bbc-news" / "politics"), str(vi), str(evil), *map(str, extra)], check=True,
                   cwd=ROOT)
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute("update articles set url = ?, outlet = ? where source like '%evil.txt'", [EVIL_URL, EVIL_OUTLET])
        conn.execute("""update statements set question = ? where article_id =
            (select id from articles where source like '%evil.txt') and kind = 'direct'""", [EVIL_QUESTION])
    conn.close()
    # The ingest built statements_browse; these edits were made behind its back, so rebuild it as an ingest would.
    db = sqlite_utils.Database(db_path)
    refresh_browse(db)
    db.close()
    return db_path


def make_datasette(db_path, immutable=False, plugin_config=None):
    """The site as `make serve` runs it; immutable=True opens the database read-only (immutable=1);
    plugin_config: settings of the site's plugin (base_url)."""
    from datasette.app import Datasette

    metadata = yaml.safe_load((ROOT / "metadata.yml").read_text(encoding="utf-8"))
    if plugin_config:
        metadata.setdefault("plugins", {})["pressarchive-site"] = plugin_config
    return Datasette(
        [] if immutable else [str(db_path)],
        immutables=[str(db_path)] if immutable else None,
        metadata=metadata,
        template_dir=str(ROOT / "templates"),
        plugins_dir=str(ROOT / "plugins"),
        static_mounts=[("static", str(ROOT / "static"))],
        settings={"sql_time_limit_ms": 2000, "default_page_size": 50, "suggest_facets": False},
    )
