"""HTML pages (saved pages, scraper caches; .gz is decompressed before this reader sees the bytes).

trafilatura finds the main text and the metadata (title, canonical URL, site name); the body is its plain
text with one blank line between paragraphs. Pages without an article (a soft-404, a list of links) are a
ReadError with a message saying so, never an empty article.

The publication date comes from htmldate, precise first: the page's metadata, markup and URL (extensive search
off, the original date rather than an update). Only a page without one (China MFA pages print the date with
JavaScript) gets a full date its title prints ("... Regular Press Conference on April 27, 2020"), else
htmldate's extensive search of the text, and then not its guess from a bare year (a copyright line gives
"1 January"): a wrong publication date dates every statement of the page wrongly.
"""
import copy
import re
from datetime import date
from urllib.parse import urlparse

import trafilatura
from htmldate import find_date

from ..dates import DATE_PHRASE, MONTH, _month
from ..models import Document

FORMAT = "html"
EXTENSIONS = (".html", ".htm", ".shtml", ".xhtml")
HTML_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>]|head[\s>])",
                        re.I | re.S)
CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
LATIN = re.compile(r"[A-Za-z]")
ENGLISH_WORDS = {"the", "and", "of", "to", "in", "is", "that", "for", "on", "with", "we", "it", "a"}
# Soft-404 pages answer HTTP 200 with a "not found" message inside the site's frame.
NOT_FOUND = re.compile(r"page (?:you requested |you are looking for )?(?:cannot|could not|can't) be found"
                       r"|page not found|404 not found|没有找到您要的网页|页面不存在", re.I)


def sniff(name: str, head: bytes) -> bool:
    return name.lower().endswith(EXTENSIONS) or bool(HTML_START.match(head[:2048]))


def extract(data: bytes | str, source: str, url: str | None = None) -> Document:
    """One page's article as a Document with its body set (shared with the WARC reader)."""
    from . import ReadError
    try:
        result = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False,
                                             include_tables=False, deduplicate=False,
                                             date_extraction_params=_date_params(extensive=False))
    except (ValueError, TypeError) as e:   # lxml refuses some inputs (e.g. encoding declarations in str)
        raise ReadError(f"not parseable as HTML: {e}") from e
    if result is None or result.body is None:
        raise ReadError("no main text found in the HTML page")
    paragraphs, items, item_chars = _paragraphs(result.body)
    if not paragraphs:
        raise ReadError("no main text found in the HTML page")
    body = "\n\n".join(paragraphs)
    title = (result.title or "").strip() or None
    if NOT_FOUND.search(body) and len(body) < 1500:
        raise ReadError(f"an error page ('page not found'), not an article (title: {title!r})")
    if items >= 10 and len(body) - item_chars < 500:
        raise ReadError(f"a listing page ({items} links), not an article (title: {title!r})")
    if len(body) < 200 and not any(len(p) >= 80 for p in paragraphs):
        raise ReadError(f"no article text: only short lines such as navigation (title: {title!r})")
    page_url = url or result.url
    host = urlparse(page_url).hostname if page_url else None
    doc = Document(source=source, text=body, format=FORMAT, body=body, headline=title, url=page_url,
                   published=result.date or _date_in_title(title) or _date_from_text(data, page_url), author=result.author or None,
                   outlet=result.sitename or result.hostname or host,
                   language=_language(data, result.language, body), key=page_url)
    return doc


def _date_params(extensive: bool) -> dict:
    return {"extensive_search": extensive, "original_date": True, "max_date": date.today().isoformat()}


def _date_in_title(title: str | None) -> str | None:
    """The one full date (day, month and year) a title prints, else None."""
    found = set()
    for m in DATE_PHRASE.finditer(title or ""):
        year = m.group("y1") or m.group("y2")
        if year and (m.group("md") or m.group("dm")):
            month = _month(re.search(MONTH, m.group("md") or m.group("dm"), re.I).group())
            try:
                found.add(date(int(year), month, int(m.group("d1") or m.group("d2"))).isoformat())
            except (TypeError, ValueError):
                continue
    return found.pop() if len(found) == 1 else None


def _date_from_text(data, url: str | None) -> str | None:
    """htmldate's extensive search, for a page whose metadata holds no date; None for a 1 January that the
    page never prints (htmldate's guess from a copyright line or a bare year)."""
    try:
        found = find_date(data, url=url, **_date_params(extensive=True))
    except (ValueError, TypeError):
        return None
    if found and found[5:10] == "01-01" and not _prints_new_year(data, found[:4]):
        return None
    return found or None


def _prints_new_year(data, year: str) -> bool:
    text = data.decode("utf-8", "replace") if isinstance(data, bytes) else data
    return re.search(rf"(?:January|Jan\.?)\s+1(?:st)?,?\s+{year}|\b1(?:st)?\s+(?:January|Jan\.?),?\s+{year}"
                     rf"|{year}[-/.]0?1[-/.]0?1\b|\b0?1[-/.]0?1[-/.]{year}", text, re.I) is not None


# Elements of trafilatura's output tree (and of the HTML it falls back to) that end a paragraph.
BLOCKS = {"p", "head", "item", "quote", "row", "list", "table", "code", "div", "li", "ul", "ol", "tr", "h1", "h2",
          "h3", "h4", "h5", "h6", "blockquote", "pre", "section", "article", "figure"}


def _paragraphs(body_element):
    """(paragraphs, list items, characters in list items) from trafilatura's output tree: blocks and line breaks
    end a paragraph; the source's own line wrapping inside a paragraph is just white space."""
    tree = copy.deepcopy(body_element)
    items = item_chars = 0
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in ("item", "li"):
            items += 1
            item_chars += len(re.sub(r"\s+", " ", "".join(el.itertext())).strip())
        if el.tag in ("lb", "br") or el.tag in BLOCKS:
            el.tail = "\n\n" + (el.tail or "")
            if el.tag in BLOCKS:
                el.text = "\n\n" + (el.text or "")
    text = "".join(tree.itertext())
    paragraphs = (re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text))
    return [p for p in paragraphs if p], items, item_chars


def _language(data, detected: str | None, body: str) -> str | None:
    """trafilatura's guess (needs an optional package), else <html lang>, else the script and common words."""
    if detected:
        return detected
    lang = _declared_language(data)
    if lang:
        return lang
    sample = body[:5000]
    cjk, latin = len(CJK.findall(sample)), len(LATIN.findall(sample))
    if cjk and cjk >= latin:
        return "zh"
    words = re.findall(r"[a-z]+", sample.lower())
    if words and sum(w in ENGLISH_WORDS for w in words) / len(words) > 0.12:
        return "en"
    return None


def _declared_language(data) -> str | None:
    head = data[:20000] if isinstance(data, (bytes, str)) else b""
    m = re.search(rb"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z]{2,3})" if isinstance(head, bytes)
                  else r"<html[^>]*\slang\s*=\s*[\"']?([A-Za-z]{2,3})", head, re.I)
    if m:
        lang = m.group(1)
        return (lang.decode() if isinstance(lang, bytes) else lang).lower()
    return None


def read(data: bytes, source: str, limits=None):
    yield extract(data, source)
