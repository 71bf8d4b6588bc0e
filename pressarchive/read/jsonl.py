"""JSON and JSON lines from scrapers: news-please (title, maintext, date_publish, url, source_domain) and
trafilatura's JSON output (title, text, date, url, hostname).

A file is one object, a list of objects, or one object per line. A line that is not valid JSON, or an object
without article text, becomes a DocumentProblem with its line number; the other lines are still read."""
import json
import re

from ..models import Document
from .htmltext import html_to_text

FORMAT = "json"
EXTENSIONS = (".json", ".jsonl", ".ndjson", ".jl")
JSON_START = re.compile(rb"\A(?:\xef\xbb\xbf)?\s*(?:\{\s*\"|\[\s*\{)")
TEXT_FIELDS = ("maintext", "text", "raw_text", "content", "body", "articleBody")
TITLE_FIELDS = ("title", "headline")
DATE_FIELDS = ("date_publish", "date", "published", "datePublished", "date_modify", "date_download")
URL_FIELDS = ("url", "source_url", "link")
OUTLET_FIELDS = ("source_domain", "sitename", "hostname", "source")
AUTHOR_FIELDS = ("authors", "author")


def sniff(name: str, head: bytes) -> bool:
    return name.lower().endswith(EXTENSIONS) or bool(JSON_START.match(head))


def read(data: bytes, source: str, limits=None):
    from . import DocumentProblem, ReadError
    from .plaintext import decode
    text, encoding = decode(data)
    stripped = text.strip()
    try:
        whole = json.loads(stripped)
    except (ValueError, RecursionError):   # not one JSON value (or one too deep / too long): read it line by line
        whole = None
    if isinstance(whole, dict):
        if not _first(whole, TEXT_FIELDS) and whole and all(isinstance(v, dict) for v in whole.values()):
            raise ReadError(f"a JSON mapping of {len(whole)} records keyed by id, not articles "
                            "(annotations or metadata?)")
        records = [(None, whole)]
    elif isinstance(whole, list):
        records = [(None, item) for item in whole]
    elif whole is not None:
        raise ReadError("JSON holds neither an object nor a list of objects")
    else:
        records = list(_lines(text))
        if not any(isinstance(r, dict) for _, r in records):
            first = next((r for _, r in records), None)
            raise ReadError("not JSON or JSON lines: " + (first.message if isinstance(first, DocumentProblem)
                                                          else "no JSON objects found"))
    for n, (line_no, record) in enumerate(records, 1):
        item_source = f"{source}#{n}"
        where = f"line {line_no}" if line_no else f"item {n}"
        if isinstance(record, DocumentProblem):
            yield DocumentProblem(item_source, "read", record.message)
            continue
        if not isinstance(record, dict):
            yield DocumentProblem(item_source, "read", f"{where}: a JSON {type(record).__name__}, not an object")
            continue
        doc = to_document(record, item_source, where, encoding)
        yield doc


def _lines(text: str):
    from . import DocumentProblem
    for line_no, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            yield line_no, json.loads(line)
        except json.JSONDecodeError as e:
            yield line_no, DocumentProblem("", "read", f"line {line_no}: invalid JSON: {e.msg}, column {e.colno}")
        except RecursionError:
            yield line_no, DocumentProblem("", "read", f"line {line_no}: JSON nested too deeply to read")
        except ValueError as e:   # Python refuses integers of more than 4,300 digits
            yield line_no, DocumentProblem("", "read", f"line {line_no}: a JSON value Python will not read: "
                                                        f"{str(e).split(';')[0]}")


def _first(record: dict, fields):
    for f in fields:
        value = record.get(f)
        if value not in (None, "", []):
            return value
    return None


def to_document(record: dict, source: str, where: str, encoding: str):
    from . import DocumentProblem
    raw = _first(record, TEXT_FIELDS)
    if not isinstance(raw, str) or not raw.strip():
        return DocumentProblem(source, "read", f"{where}: no article text (expected one of "
                                               f"{', '.join(TEXT_FIELDS[:3])}); keys: {', '.join(list(record)[:8])}")
    body = html_to_text(raw)
    authors = _first(record, AUTHOR_FIELDS)
    if isinstance(authors, list):
        authors = ", ".join(str(a) for a in authors if a)
    url = _first(record, URL_FIELDS)
    published = _first(record, DATE_FIELDS)
    language = _first(record, ("language", "lang"))
    doc = Document(source=source, text=raw, format=FORMAT, body=body, encoding=encoding,
                   headline=_str(_first(record, TITLE_FIELDS)), url=_str(url),
                   published=_iso(published), outlet=_str(_first(record, OUTLET_FIELDS)),
                   author=_str(authors), language=_str(language), key=_str(url) or _str(record.get("id")))
    return doc


def _str(value) -> str | None:
    if value is None:
        return None
    value = re.sub(r"\s+", " ", str(value)).strip()
    return value or None


def _iso(value) -> str | None:
    # news-please writes "2017-03-14 21:29:00"; trafilatura "2017-03-14"
    value = _str(value)
    if value and re.match(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", value):
        return value.replace(" ", "T", 1)
    return value
