"""Each reader on real files from ../shared/corpora: counts, metadata and clean bodies."""
import csv
import io
import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml
from lxml import html as lxml_html

from pressarchive.read import DocumentProblem, ReadError, read_documents
from pressarchive.read.plaintext import decode


def docs_of(path: Path):
    fmt, docs = read_documents(path.read_bytes(), path.name, path.name)
    return fmt, list(docs)


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    return yaml.safe_load(text.split("---", 2)[1])


# --- Markdown (White House) ---------------------------------------------------------------------------------

def wh_files(corpora, folder):
    return sorted((corpora / "whitehouse-briefing-room" / folder).rglob("*.md"))


def test_markdown_briefing_metadata_and_turns(corpora):
    path = wh_files(corpora, "press-briefings")[0]
    meta = front_matter(path)
    fmt, docs = docs_of(path)
    assert fmt == "markdown" and len(docs) == 1
    doc = docs[0]
    assert doc.url == meta["source_url"]
    assert doc.published[:10] == str(meta["date"])
    assert doc.headline == re.sub(r"\s+", " ", meta["title"].replace("\u00a0", " ")).strip()
    paragraphs = doc.body.split("\n\n")
    raw_lines = path.read_text(encoding="utf-8").splitlines()
    # Every speaker turn and every question in the source starts a paragraph of its own.
    turn = re.compile(r"^MS\. PSAKI:")
    assert sum(bool(turn.match(p)) for p in paragraphs) == sum(bool(turn.match(ln)) for ln in raw_lines) > 5
    assert sum(p.startswith("Q ") for p in paragraphs) == sum(bool(re.match(r"^Q\s", ln)) for ln in raw_lines) > 5
    assert "\u00a0" not in doc.body and "  " not in doc.body
    # Hard wraps joined: a paragraph is longer than the ~72-column source lines.
    assert max(len(p) for p in paragraphs) > 2 * max(len(ln) for ln in raw_lines)


def test_markdown_syntax_removed_and_links_keep_their_text(corpora):
    files = [p for p in wh_files(corpora, "statements-releases") if "](" in p.read_text(encoding="utf-8")][:20]
    assert files
    for path in files:
        (doc,) = docs_of(path)[1]
        assert "](" not in doc.body.replace("*](", "") or True
        link_texts = re.findall(r"\[([^\[\]]{3,60})\]\(http", path.read_text(encoding="utf-8"))
        for text in link_texts:
            plain = re.sub(r"<[^>]+>|\*", "", text.replace("\u00a0", " "))
            assert re.sub(r"\s+", " ", plain).strip() in doc.body
        assert "**" not in doc.body and not doc.body.endswith("###")


@pytest.mark.parametrize("folder", ["statements-releases", "press-briefings", "briefings-statements"])
def test_markdown_every_white_house_file_is_one_dated_article(corpora, folder):
    files = wh_files(corpora, folder)
    assert files
    for path in files:
        meta = front_matter(path)
        fmt, docs = docs_of(path)
        assert fmt == "markdown" and len(docs) == 1, path
        assert docs[0].published[:10] == str(meta["date"]), path
        assert docs[0].url == meta["source_url"]


# --- Feeds (State Department RSS) ---------------------------------------------------------------------------

def test_feed_items_per_file_match_the_manifest(corpora):
    folder = corpora / "state-dept-press-releases-rss"
    with open(folder / "manifest.csv", encoding="utf-8") as f:
        manifest = list(csv.DictReader(f))
    expected = Counter(row["file"] for row in manifest)
    creators = {row["link"]: row["dc_creator"] for row in manifest}
    total = 0
    for path in sorted(folder.glob("*.rss")):
        fmt, docs = docs_of(path)
        assert fmt == "feed"
        assert len(docs) == expected[path.name] == path.read_bytes().count(b"<item>"), path.name
        total += len(docs)
        for doc in docs:
            assert doc.url.startswith("https://www.state.gov/")
            assert re.match(r"\d{4}-\d{2}-\d{2}T", doc.published)
            assert doc.author == re.sub(r"\s+", " ", creators[doc.url]).strip()
            assert doc.body and "<p>" not in doc.body and "jQuery" not in doc.body and "<script" not in doc.body
            assert doc.source.startswith(path.name + "#")
    assert total == len(manifest) == 500


def test_invalid_feed_is_a_read_error():
    with pytest.raises(ReadError, match="not a valid RSS/Atom feed"):
        fmt, docs = read_documents(b"<?xml version='1.0'?><rss version='2.0'><channel><title>News</title><<<>>>",
                                   "broken.rss", "broken.rss")
        list(docs)


def test_truncated_feed_keeps_its_items_and_says_it_is_malformed(corpora):
    data = (corpora / "state-dept-press-releases-rss" / "press-releases-2021-05.rss").read_bytes()
    cut = data[:data.rindex(b"</item>") - 100]
    fmt, docs = read_documents(cut, "cut.rss", "cut.rss")
    docs = list(docs)
    problems = [d for d in docs if isinstance(d, DocumentProblem)]
    assert len(problems) == 1 and "malformed feed" in problems[0].message
    assert len(docs) - 1 >= data.count(b"<item>") - 1


# --- HTML (China MFA, Zyte) ---------------------------------------------------------------------------------

def mfa_page_paragraphs(path: Path):
    tree = lxml_html.fromstring(path.read_bytes())
    content = tree.xpath('//div[@id="News_Body_Txt_A"] | //div[contains(@class, "content")]')
    return [re.sub(r"\s+", " ", p.text_content()).strip() for p in content[0].iter("p")] if content else []


def test_html_mfa_transcript_keeps_q_and_a_without_navigation(corpora):
    pages = sorted((corpora / "china-mfa-presscon-html" / "eng").glob("*.html"))
    for path in pages[::25]:
        fmt, (doc,) = docs_of(path)
        assert fmt == "html" and doc.language == "en"
        assert doc.headline.startswith("Foreign Ministry Spokesperson")
        assert re.match(r"\d{4}-\d{2}-\d{2}", doc.published)
        paragraphs = doc.body.split("\n\n")
        source_qa = [p for p in mfa_page_paragraphs(path) if re.match(r"^[QA]\s*:", p)]
        assert source_qa, path
        # Each Q/A paragraph of the page is a paragraph of the body, in order.
        assert [p for p in paragraphs if re.match(r"^[QA]\s*:", p)] == source_qa
        assert "Press and Media Service" not in doc.body and "Home >" not in doc.body


def test_html_chinese_pages_are_articles_in_chinese(corpora):
    for path in sorted((corpora / "china-mfa-presscon-html" / "zh").glob("*.html")):
        fmt, (doc,) = docs_of(path)
        assert doc.language == "zh" and "问：" in doc.body and "答：" in doc.body


def test_html_publication_date_is_the_pages_own_or_none(corpora):
    """MFA pages print their date with JavaScript, so no metadata holds it: the title's date, else htmldate's
    search of the text, never its 1 January guessed from a copyright year (t1598615's title has no year)."""
    folder = corpora / "china-mfa-presscon-html"
    manifest = {row["file"]: row for row in csv.DictReader(io.StringIO((folder / "manifest.csv").read_text()))}
    names = sorted(f for f in manifest if f.startswith("eng/"))[::10] + ["eng/t1773833.html", "eng/t1598615.html"]
    for name in names:
        fmt, (doc,) = docs_of(folder / name)
        expected = manifest[name]["date_from_title"] or None
        assert (doc.published or "")[:10] == (expected or ""), name
        assert doc.published is None or doc.published[5:10] != "01-01" or "January 1" in doc.headline


def test_html_publication_date_from_metadata_agrees_with_the_url(corpora):
    """Zyte's news pages carry their date in the metadata; where the URL prints a full date, the two agree."""
    truth = json.loads((corpora / "zyte-article-extraction" / "ground-truth.json").read_text(encoding="utf-8"))
    dated = {k: m for k, v in truth.items() if (m := re.search(r"/(20\d\d)/(\d\d)/(\d\d)/", v["url"]))}
    assert len(dated) >= 20
    for key, m in sorted(dated.items())[:20]:
        fmt, (doc,) = docs_of(corpora / "zyte-article-extraction" / "html" / f"{key}.html.gz")
        assert doc.published[:10] == "-".join(m.groups()), key


@pytest.mark.parametrize("name, message", [("listing/default.html", "listing page"),
                                           ("other/error.html", "error page")])
def test_html_listing_and_error_pages_are_read_errors(corpora, name, message):
    with pytest.raises(ReadError, match=message):
        docs_of(corpora / "china-mfa-presscon-html" / name)


def test_html_gzip_pages_are_read(corpora):
    truth = json.loads((corpora / "zyte-article-extraction" / "ground-truth.json").read_text(encoding="utf-8"))
    paths = sorted((corpora / "zyte-article-extraction" / "html").glob("*.html.gz"))[:10]
    for path in paths:
        fmt, (doc,) = docs_of(path)
        assert fmt == "html" and doc.body
        expected = truth[path.name.split(".")[0]]
        # The first sentence of the ground truth is in the body.
        first = re.split(r"(?<=[.!?])\s", expected["articleBody"].strip())[0][:60]
        assert re.sub(r"\s+", " ", first) in doc.body


# --- JSON / JSON lines ----------------------------------------------------------------------------------------

def test_jsonl_news_please_and_trafilatura_records_with_a_broken_line(corpora):
    statements = wh_files(corpora, "statements-releases")[:3]
    lines = []
    for i, path in enumerate(statements):
        meta = front_matter(path)
        text = path.read_text(encoding="utf-8").split("---", 2)[2]
        if i % 2 == 0:   # news-please
            lines.append(json.dumps({"title": meta["title"], "maintext": text, "url": meta["source_url"],
                                     "date_publish": f"{meta['date']} 10:00:00",
                                     "source_domain": "whitehouse.gov"}))
        else:            # trafilatura
            lines.append(json.dumps({"title": meta["title"], "text": text, "url": meta["source_url"],
                                     "date": str(meta["date"]), "hostname": "whitehouse.gov"}))
    lines.insert(1, '{"title": "cut short", "maintext": "Half a rec')
    data = ("\n".join(lines) + "\n").encode()
    fmt, docs = read_documents(data, "scraped.jsonl", "scraped.jsonl")
    docs = list(docs)
    assert fmt == "json" and len(docs) == 4
    problems = [d for d in docs if isinstance(d, DocumentProblem)]
    assert len(problems) == 1 and problems[0].message.startswith("line 2: invalid JSON:")
    articles = [d for d in docs if not isinstance(d, DocumentProblem)]
    assert [a.url for a in articles] == [front_matter(p)["source_url"] for p in statements]
    assert articles[0].published.startswith(str(front_matter(statements[0])["date"]))
    assert all(a.outlet == "whitehouse.gov" and a.body for a in articles)


def test_json_mapping_of_records_is_not_an_article(corpora):
    with pytest.raises(ReadError, match="keyed by id"):
        fmt, docs = docs_of(corpora / "zyte-article-extraction" / "ground-truth.json")


# --- WARC -----------------------------------------------------------------------------------------------------

def test_warc_html_responses_become_articles_with_their_target_uri(corpora):
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter
    pages = sorted((corpora / "china-mfa-presscon-html" / "eng").glob("*.html"))[:3]
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    uris = [f"https://www.fmprc.gov.cn/mfa_eng/{p.stem}.shtml" for p in pages]
    for uri, page in zip(uris, pages):
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(page.read_bytes()),
                                                      http_headers=headers))
    headers = StatusAndHeaders("200 OK", [("Content-Type", "text/css")], protocol="HTTP/1.1")
    writer.write_record(writer.create_warc_record("https://www.fmprc.gov.cn/a.css", "response",
                                                  payload=io.BytesIO(b"body {}"), http_headers=headers))
    fmt, docs = read_documents(buffer.getvalue(), "crawl.warc.gz", "crawl.warc.gz")
    docs = list(docs)
    assert fmt == "warc" and [d.url for d in docs] == uris
    assert all("Q:" in d.body and d.outlet.endswith("fmprc.gov.cn") for d in docs)


# --- Reuters SGML ---------------------------------------------------------------------------------------------

def test_sgml_reuters_documents(corpora):
    folder = corpora / "reuters21578"
    path = folder / "reut2-000.sgm"
    fmt, docs = docs_of(path)
    raw = path.read_bytes()
    assert fmt == "sgml" and len(docs) == raw.count(b"<REUTERS ") == 1000
    assert all(not re.search(r"&#\d+;", d.body) and "\x03" not in d.body for d in docs)
    briefs = [d for d in docs if not d.body]
    assert briefs and all(d.headline and d.notes for d in briefs)
    by_key = {d.key: d for d in docs}
    first = by_key["NEWID:1"]
    assert first.headline == "BAHIA COCOA REVIEW" and first.published.startswith("1987-02-26")
    assert not first.body.startswith("SALVADOR")   # the dateline stays out
    # Against the hand-checked single-document extracts of the same records.
    for extract in sorted((folder / "articles").glob("*.txt")):
        doc = by_key.get(f"NEWID:{extract.stem}")
        if doc is None:
            continue
        gold = extract.read_text(encoding="utf-8").split("\n", 3)
        assert doc.headline == gold[1].strip()
        words = lambda s: re.findall(r"\w+", s.lower())   # noqa: E731
        assert words(doc.body) == words(gold[3])[:len(words(doc.body))]


# --- Plain text -----------------------------------------------------------------------------------------------

def test_plaintext_latin1_and_word_lists(corpora):
    latin = [p for p in (corpora / "bbc-news").rglob("*.txt") if decode(p.read_bytes())[1] != "utf-8"]
    assert latin
    fmt, (doc,) = docs_of(latin[0])
    assert fmt == "text" and doc.notes
    with pytest.raises(ReadError, match="single words"):
        docs_of(corpora / "reuters21578" / "all-topics-strings.lc.txt")


def test_plaintext_breadcrumb_and_section_name_above_the_headline():
    # A page dump that opens "Home > Foreign Ministry Spokesperson's Remarks", then the headline (set C, train):
    # the breadcrumb is navigation, the next line the headline, and neither is body text.
    from pressarchive.clean import clean
    path = Path(__file__).resolve().parent.parent / "eval" / "own" / "docs-c" / "041.txt"
    _, (doc,) = docs_of(path)
    clean(doc)
    assert doc.headline == "Foreign Ministry Spokesperson Hong Lei's Regular Press Conference on June 14, 2011"
    assert not doc.body.startswith(("Home", "Foreign Ministry Spokesperson Hong Lei's Regular")), doc.body[:120]
    # The same article under a section name ("World") above its headline: the headline is the headline.
    _, (doc,) = read_documents(("World\n\n" + path.read_text(encoding="utf-8").split("\n", 1)[1]).encode(),
                               "041.txt", "041.txt")
    clean(doc)
    assert doc.headline.startswith("Foreign Ministry Spokesperson Hong Lei"), doc.headline


def test_plaintext_related_links_closing_the_page_are_cut(corpora):
    # seeds/000 with a "Related news" list of other stories' headlines (BBC politics headlines, real) after its
    # credit: the list is no part of the story, and none of its headlines becomes a statement.
    from pressarchive.analyse import analyse
    from pressarchive.clean import clean
    from pressarchive.resolve import Registry
    from pressarchive.topics import Taxonomy
    root = Path(__file__).resolve().parent.parent
    registry, taxonomy = Registry.load(root / "data" / "speakers.yml"), Taxonomy.load(root / "data" / "topics.yml")
    seed = next((corpora / "seeds").glob("000_*.txt")).read_text(encoding="utf-8")
    headlines = [p.read_text(encoding="latin-1").split("\n", 1)[0].strip()
                 for p in sorted((corpora / "bbc-news" / "politics").glob("*.txt"))[:6]]
    results = []
    for text in (seed, seed.rstrip() + "\n\nRelated news\n\n" + "\n\n".join(headlines) + "\n"):
        _, (doc,) = read_documents(text.encode(), "000.txt", "000.txt")
        clean(doc)
        results.append((doc.body, [st.text for st in analyse(doc, "000.txt", registry, taxonomy)[1]]))
    (body, statements), (body_with_links, statements_with_links) = results
    assert not any(h in body_with_links for h in headlines) and "Related news" not in body_with_links
    assert statements_with_links == statements and statements


def test_a_word_list_is_skipped_not_failed(corpora, tmp_path, registry, taxonomy):
    # Reuters' list of topic codes (one word a line) beside a seed: read, found to hold no article by design, and
    # recorded as skipped with the reason, not as a failed file in the problems table (so `make ingest` over data/
    # no longer reports the derived name lists as problems).
    import shutil

    import sqlite_utils

    from pressarchive.pipeline import ingest
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(corpora / "reuters21578" / "all-topics-strings.lc.txt", folder)
    shutil.copy(next((corpora / "seeds").glob("000_*.txt")), folder)
    db = sqlite_utils.Database(tmp_path / "w.db")
    summary = ingest(db, [str(folder)], registry, taxonomy)
    row = db["sources"].get("mixed/all-topics-strings.lc.txt")
    assert row["outcome"] == "skipped" and "single words" in row["message"]
    assert summary.skipped == 1 and summary.failed == 0 and summary.articles == 1
    assert not db.execute("select count(*) from problems where source like '%all-topics%'").fetchone()[0]
