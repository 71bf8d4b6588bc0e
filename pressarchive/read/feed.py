"""RSS and Atom feeds (feedparser): each item an article.

Item HTML (content:encoded, else the summary) is reduced to paragraphs; dc:creator / author becomes the author;
the guid (else the link) is the item's key, so article ids survive items being reordered between snapshots."""
import re
import time

import feedparser

from ..models import Document
from .htmltext import html_to_text

FORMAT = "feed"
EXTENSIONS = (".rss", ".atom", ".rdf")
FEED_ROOT = re.compile(rb"<(?:rss[\s>]|feed[\s>][^>]*?|rdf:RDF[\s>])", re.I)


def sniff(name: str, head: bytes) -> bool:
    if name.lower().endswith(EXTENSIONS):
        return True
    # .xml and extension-less files: the root element tells (after the XML declaration and comments).
    return bool(FEED_ROOT.search(head[:2048])) and not re.search(rb"<html[\s>]", head[:2048], re.I)


def read(data: bytes, source: str, limits=None):
    from . import DocumentProblem, ReadError
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    if not parsed.entries:
        if parsed.get("bozo"):
            raise ReadError(f"not a valid RSS/Atom feed: {parsed.get('bozo_exception')}")
        raise ReadError("a feed without items")
    if parsed.get("bozo"):   # a damaged feed whose items could still be read: say so, keep them
        yield DocumentProblem(f"{source}#0", "read", f"malformed feed ({parsed.get('bozo_exception')}); "
                                                     f"{len(parsed.entries)} items read")
    channel = parsed.feed
    outlet = _clean_title(channel.get("title"))
    language = (channel.get("language") or "").split("-")[0].lower() or None
    for n, entry in enumerate(parsed.entries, 1):
        item_source = f"{source}#{n}"
        content = ""
        if entry.get("content"):
            content = max((c.get("value") or "" for c in entry.content), key=len)
        summary = entry.get("summary") or ""
        body = html_to_text(content) or html_to_text(summary)
        title = html_to_text(entry.get("title") or "") or None
        link = entry.get("link")
        if not body and not title:
            yield DocumentProblem(item_source, "read", "feed item without title or text")
            continue
        doc = Document(source=item_source, text=body, format=FORMAT, body=body or "", headline=title, url=link,
                       outlet=outlet, author=_author(entry), language=language,
                       published=_date(entry), encoding=parsed.get("encoding"),
                       key=entry.get("id") or link or None)
        if not body:
            doc.notes.append("feed item without text: article kept with its title")
        yield doc


def _clean_title(title: str | None) -> str | None:
    # "Press Releases – United States Department of State": the site is after the dash
    if not title:
        return None
    parts = re.split(r"\s+[–—|-]\s+", title.strip())
    return parts[-1] if len(parts) > 1 else title.strip()


def _author(entry) -> str | None:
    author = entry.get("author") or entry.get("dc_creator")
    if not author and entry.get("authors"):
        author = ", ".join(a.get("name", "") for a in entry.authors if a.get("name"))
    return re.sub(r"\s+", " ", author).strip() or None if author else None


def _date(entry) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if parsed:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", parsed)   # feedparser normalises to UTC
    return entry.get("published") or entry.get("updated") or None
