"""Datasette plugin: a server that one request cannot take down (loaded with --plugins-dir plugins).

Datasette's own settings come first (the Makefile's SERVE_FLAGS: max_returned_rows, sql_time_limit_ms,
max_csv_mb, allow_download off, arbitrary SQL off unless `make serve ALLOW_SQL=1`). This plugin adds what
settings cannot express:

- prepare_connection: SQLite limits per connection (no string or blob over MAX_VALUE_BYTES, so
  `select zeroblob(200000000)` fails at once instead of allocating 200 MB; bounded SQL text, expression depth,
  LIKE patterns, compound selects); a process-wide ceiling on SQLite's heap; a budget on the bytes of text and
  blobs one query may hand to Python (a thousand rows of a few MB each would otherwise be copied and rendered);
  `fold()` re-registered with an input cap, because a Python function cannot be interrupted by the time
  limit while it runs (Datasette's progress handler only acts between SQLite steps).
- asgi_wrapper: the introspection pages that show server paths, versions, plugins and settings
  (/-/databases, /-/versions, ...) answer 404; in CSV exports a cell that a spreadsheet would run as a
  formula (starting with = + - @, a tab or a carriage return, and not a plain number) gets a leading `'`.
"""
import codecs
import csv
import io
import re
import sqlite3
import threading

from datasette import hookimpl

from pressarchive.normalize import fold

MAX_VALUE_BYTES = 4_000_000          # longest string or blob SQLite may build or return (article bodies: < 200 kB)
MAX_QUERY_RESULT_BYTES = 40_000_000  # text and blobs one query may return to Python
SQLITE_HEAP_BYTES = 256_000_000      # SQLite's own memory, all connections of the process
FOLD_MAX_CHARS = 10_000              # fold() compares names; longer input is cut
LIMITS = {
    sqlite3.SQLITE_LIMIT_LENGTH: MAX_VALUE_BYTES,
    sqlite3.SQLITE_LIMIT_SQL_LENGTH: 100_000,
    sqlite3.SQLITE_LIMIT_EXPR_DEPTH: 100,
    sqlite3.SQLITE_LIMIT_COMPOUND_SELECT: 50,
    sqlite3.SQLITE_LIMIT_LIKE_PATTERN_LENGTH: 1_000,
    sqlite3.SQLITE_LIMIT_FUNCTION_ARG: 32,
    sqlite3.SQLITE_LIMIT_ATTACHED: 0,
}
HIDDEN = re.compile(r"^/-/(?:versions|databases|plugins|settings|config|threads|metadata|permissions|allow-debug|"
                    r"actor|messages|create-token|auth-token|api)(?:\.json)?/?$")
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
NUMBER = re.compile(r"^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$")


class ResultTooLarge(sqlite3.DatabaseError):
    pass


_budget = threading.local()   # Datasette runs each query on one of its SQL threads, with a new cursor


def budgeted_row(cursor, values):
    """sqlite3.Row, after counting the row's text and blob bytes against the query's budget."""
    if getattr(_budget, "cursor", None) is not cursor:
        _budget.cursor, _budget.used = cursor, 0
    _budget.used += sum(len(v) for v in values if isinstance(v, (str, bytes)))
    if _budget.used > MAX_QUERY_RESULT_BYTES:
        raise ResultTooLarge(f"the result is larger than {MAX_QUERY_RESULT_BYTES // 1_000_000} MB: ask for fewer "
                             "rows or columns")
    return sqlite3.Row(cursor, values)


def capped_fold(text):
    if text is None:
        return None
    return fold(str(text)[:FOLD_MAX_CHARS])


@hookimpl(trylast=True)   # after the site plugin's prepare_connection, so this fold() replaces its own
def prepare_connection(conn):
    for limit, value in LIMITS.items():
        conn.setlimit(limit, value)
    conn.execute(f"pragma hard_heap_limit = {SQLITE_HEAP_BYTES}")
    conn.row_factory = budgeted_row
    conn.create_function("fold", 1, capped_fold, deterministic=True)


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def guard(scope, receive, send):
            if scope["type"] != "http":
                return await app(scope, receive, send)
            if HIDDEN.match(scope.get("path", "")):
                await send({"type": "http.response.start", "status": 404,
                            "headers": [(b"content-type", b"text/plain; charset=utf-8")]})
                await send({"type": "http.response.body", "body": b"Not found\n"})
                return
            if is_csv(scope):
                return await app(scope, receive, CsvEscaper(send))
            await app(scope, receive, send)
        return guard
    return wrap


def is_csv(scope):
    query = scope.get("query_string", b"")
    return scope.get("path", "").endswith(".csv") or b"_format=csv" in query


class CsvEscaper:
    """Wraps an ASGI send: rewrites a CSV response body record by record as it streams (a record may span
    chunks; a quoted cell may span lines)."""

    def __init__(self, send):
        self.send = send
        self.active = False
        self.decoder = codecs.getincrementaldecoder("utf-8")("replace")
        self.pending = ""

    async def __call__(self, message):
        if message["type"] == "http.response.start":
            self.active = message.get("status") == 200
            if self.active:   # the body changes length
                message = dict(message, headers=[(k, v) for k, v in message.get("headers", [])
                                                 if k.lower() != b"content-length"])
            return await self.send(message)
        if message["type"] != "http.response.body" or not self.active:
            return await self.send(message)
        more = message.get("more_body", False)
        self.pending += self.decoder.decode(message.get("body", b""), final=not more)
        end = len(self.pending) if not more else complete_records_end(self.pending)
        done, self.pending = self.pending[:end], self.pending[end:]
        await self.send({"type": "http.response.body", "body": escape_csv(done).encode("utf-8"), "more_body": more})


def complete_records_end(text):
    """The index just after the last line break that is outside quotes (0 if there is none)."""
    end, quoted = 0, False
    for m in re.finditer(r'["\n]', text):
        if m.group() == '"':
            quoted = not quoted
        elif not quoted:
            end = m.end()
    return end


def escape_csv(text):
    if not text or not any(c in text for c in FORMULA_START):
        return text
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for row in csv.reader(io.StringIO(text, newline="")):
        writer.writerow([escape_cell(cell) for cell in row])
    return out.getvalue()


def escape_cell(cell):
    if cell.startswith(FORMULA_START) and not NUMBER.match(cell):
        return "'" + cell
    return cell
