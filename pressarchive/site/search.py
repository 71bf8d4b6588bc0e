"""Search: what a user typed turned into an FTS5 query, and the bounded search behind the search page, its
exports and its feed.

Query syntax: words (all must match; stemmed, so "tariff" finds "tariffs"), "a phrase", OR between two
terms, NOT before a term to exclude, prefix* ("sanction*"). Any other punctuation is ignored. A query that
cannot be read (an unclosed quotation mark, an OR with nothing on one side, only NOT terms) raises QueryError
with a plain message for the page.

Work is bounded whatever the term (issue 10): ranking happens inside a window of at most RANK_WINDOW matches,
counts stop at COUNT_CAP ("10,000+"), and filters are applied while walking either the full-text index or the
indexed statements_browse table, whichever is smaller (both counts are capped, so choosing costs little).
Everything runs in one call on Datasette's read connection (run with db.execute_fn).
"""
import re
from dataclasses import dataclass, field

from ..normalize import HARD_FOLDS

PAGE_SIZE = 50
RANK_WINDOW = 1000
COUNT_CAP = 10000
EXPORT_MAX = 500            # rows per export request; `page` reaches the next ones (up to the rank window)
KINDS = ("direct", "indirect")
SORTS = ("relevance", "date")
MARK_START, MARK_END = "\ue000", "\ue001"   # snippet markers: private-use characters, never in article text
DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class QueryError(ValueError):
    """A query or filter the site cannot run; the message is shown as it is."""


@dataclass
class Parsed:
    fts: str | None                                  # the FTS5 MATCH expression; None for an empty query
    exact: list[str] = field(default_factory=list)   # words and phrases as typed, to rank exact forms first
    positive: list[str] = field(default_factory=list)  # the FTS5 terms a match must hold (for ranking)


# ------------------------------------------------------------------------------------------ query syntax

TOKEN = re.compile(r'"([^"]*)"|(\S+)')


def fts_term(words, prefix=False):
    """["Đoàn", "Thị"] -> '("Đoàn Thị" OR "Doàn Thị")'; a word SQLite cannot fold also matches its folded copy
    (search_folds). Every word is quoted, so no punctuation reaches FTS5's own syntax."""
    text = " ".join(words)
    star = "*" if prefix else ""
    folded = text.translate(HARD_FOLDS)
    if folded != text:
        return f'("{text}"{star} OR "{folded}"{star})'
    return f'"{text}"{star}'


def parse_query(q):
    """Parse the user's query into an FTS5 expression (see the module docstring)."""
    q = (q or "").strip()
    if not q:
        return Parsed(None)
    if q.count('"') % 2:
        raise QueryError('A quotation mark is not closed: add the missing " or remove it.')
    groups, pending_or, negate = [], False, False      # groups: [negated, [alternative terms]]
    exact = []
    for phrase, bare in TOKEN.findall(q):
        if bare in ("OR", "|"):
            if not groups or pending_or or negate:
                raise QueryError("OR needs a word or phrase on each side, e.g. tariffs OR trade.")
            pending_or = True
            continue
        if bare == "AND":
            continue
        if bare == "NOT" or (bare.startswith("-") and len(bare) > 1 and not phrase):
            negate = True
            if bare == "NOT":
                continue
            bare = bare[1:]
        text = phrase if phrase else bare
        words = re.findall(r"\w+", text)
        if not words:
            continue
        prefix = not phrase and text.endswith("*")
        term = fts_term(words, prefix)
        if not prefix and not negate:
            exact.append(" ".join(words))
        if pending_or:
            groups[-1][1].append(term)
            pending_or = False
        else:
            groups.append([negate, [term]])
        negate = False
    if pending_or:
        raise QueryError("OR needs a word or phrase on each side, e.g. tariffs OR trade.")
    if negate:
        raise QueryError("NOT needs a word or phrase after it, e.g. Taiwan NOT trade.")
    if not groups:
        return Parsed(None)
    def text(alts):
        return alts[0] if len(alts) == 1 else "(" + " OR ".join(alts) + ")"
    positive = [text(alts) for neg, alts in groups if not neg]
    negative = [text(alts) for neg, alts in groups if neg]
    if not positive:
        raise QueryError("NOT excludes words from other results: add a word to search for, e.g. Taiwan NOT trade.")
    expr = " AND ".join(positive)
    if negative:
        expr = f"({expr})" if len(positive) > 1 else expr
        expr += "".join(f" NOT {n}" for n in negative)
    return Parsed(expr, exact, positive)


def exact_patterns(exact):
    return [re.compile(r"\b" + r"\W+".join(map(re.escape, e.split())) + r"\b", re.I) for e in exact]


def exact_score(text, patterns):
    """How many of the query's words and phrases the statement holds as written (not only stemmed)."""
    if not patterns:
        return 0
    return sum(1 for p in patterns if p.search(text or ""))


# --------------------------------------------------------------------------------------------- filters

@dataclass
class Filters:
    q: str = ""
    speaker: str = ""      # a speaker id (resolved from a name by the caller)
    topic: str = ""
    date_from: str = ""
    date_to: str = ""
    outlet: str = ""
    kind: str = ""
    every: str = ""        # "1": every report of a statement; otherwise one per cluster (its fullest copy)

    def validate(self):
        for name in ("date_from", "date_to"):
            value = getattr(self, name)
            if value and not DATE.match(value):
                raise QueryError(f"Dates are written YYYY-MM-DD, e.g. 2017-03-13 (got {value!r}).")
        if self.date_to and len(self.date_to) < 10:      # "2017" or "2017-03" as an end: the whole year / month
            self.date_to += "-99" if len(self.date_to) == 7 else "-99-99"
        if self.kind and self.kind not in KINDS:
            raise QueryError("Kind is direct (quoted words) or indirect (reported speech).")
        return self

    def where(self, alias="b", indexed_only=False):
        """SQL conditions on statements_browse and their parameters; indexed_only: only those an index of
        statements_browse serves (speaker, outlet, dates), to count the filtered rows cheaply. Kind (two
        values) never drives the plan (+kind keeps SQLite off its index)."""
        sql, params = [], {}
        for name, cond in (("speaker", "{a}.speaker_id = :speaker"), ("kind", "+{a}.kind = :kind"),
                           ("outlet", "{a}.outlet = :outlet"), ("date_from", "{a}.date >= :date_from"),
                           ("date_to", "{a}.date <= :date_to"),
                           ("topic", "exists (select 1 from statement_topics st where st.statement_id = {a}.id "
                                     "and st.topic_id = :topic)")):
            value = getattr(self, name)
            if value and not (indexed_only and name in ("kind", "topic")):
                sql.append(cond.format(a=alias))
                params[name] = value
        if not self.every:
            sql.append(f"{alias}.canonical = 1")
        return sql, params

    def any(self):
        return any((self.speaker, self.topic, self.date_from, self.date_to, self.outlet, self.kind))


# ---------------------------------------------------------------------------------------------- search

@dataclass
class Result:
    rows: list
    count: int            # matches counted, at most COUNT_CAP + 1
    capped: bool          # more than COUNT_CAP, or counted within the newest SCAN_CAP matches only
    windowed: bool        # ranking or sorting happened within the newest matches only
    page: int
    pages: int
    months: dict = field(default_factory=dict)    # YYYY-MM -> matches, when every match was walked

    @property
    def count_label(self):
        return f"{min(self.count, COUNT_CAP):,}+" if self.capped else f"{self.count:,}"


def capped_count(conn, sql, params):
    return conn.execute(f"select count(*) from ({sql} limit {COUNT_CAP + 1})", params).fetchone()[0]


def run_search(conn, filters, sort="relevance", page=1, size=PAGE_SIZE, speaker_names=None):
    """One page of results (dicts ready for cards and exports) with a capped count. speaker_names: the name
    and aliases of the speaker filtered on (pushed into the full-text query)."""
    filters.validate()
    parsed = parse_query(filters.q)
    where, params = filters.where()
    page = max(1, page)
    try:
        if parsed.fts is None:
            return _newest(conn, where, params, page, size, filters)
        params["match"] = parsed.fts
        return _matches(conn, parsed, where, params, sort, page, size, speaker_names, filters)
    except Exception as e:  # sqlite3.OperationalError from FTS5 on a query our parser let through
        if "interrupted" in str(e):
            raise QueryError("This search took too long: add a word or a filter (speaker, dates) to narrow it.") from e
        if "fts5" in str(e) or "syntax" in str(e):
            raise QueryError("The query could not be understood; try plain words, \"a phrase\", OR, NOT "
                             "or a prefix*.") from e
        raise


def _newest(conn, where, params, page, size, filters=None):
    cond = (" where " + " and ".join(where)) if where else ""
    base = f"select b.statement_rowid from statements_browse b{cond}"
    indexed, indexed_params = filters.where(indexed_only=True) if filters else ([], {})
    scan_limited = False
    if len(indexed) == len(where):
        count = capped_count(conn, base, params)        # served by an index alone
    else:
        # Topic or kind: counted among the newest NEWEST_SCAN statements the indexed filters leave.
        icond = (" where " + " and ".join(indexed)) if indexed else ""
        newest = conn.execute(f"""select count(*), sum(hit) from (select {" and ".join(where)} as hit
            from statements_browse b{icond} order by b.date desc, b.statement_rowid desc limit {NEWEST_SCAN})""",
                              params).fetchone()
        count, scan_limited = newest[1] or 0, newest[0] >= NEWEST_SCAN
    offset = (page - 1) * size
    if offset > COUNT_CAP:
        raise QueryError(f"Results are listed up to the {COUNT_CAP:,}th; narrow the search with a filter.")
    ids = [r[0] for r in conn.execute(f"{base} order by b.date desc, b.statement_rowid desc limit :size "
                                      f"offset :offset", {**params, "size": size, "offset": offset})]
    rows = fetch_rows(conn, ids)
    pages = -(-min(count, COUNT_CAP) // size) or 1
    return Result(rows, min(count, COUNT_CAP), count > COUNT_CAP or scan_limited, False, page, pages)


SCAN_CAP = 2000       # full-text matches walked at most, newest first, by one search
NEWEST_SCAN = 5000    # statements walked at most to count a list without words filtered by topic or kind
EXACT_TOP = 300       # the best-ranked matches re-ordered with exact forms first


def _matches(conn, parsed, where, params, sort, page, size, speaker_names=None, filters=None):
    """Matches walked in the full-text index, newest row first (CROSS JOIN keeps that order), each checked in
    the indexed statements_browse row it points to, no further back than the SCAN_CAP-th newest match.
    (Checking filtered rows one by one in the index instead is no cheaper: FTS5 re-opens a common term's
    whole doclist for each row, tens of ms for "the".)"""
    cond = "".join(" and " + w for w in where)
    names = [fts_term(w) for w in (re.findall(r"\w+", n) for n in speaker_names or []) if w]
    if names:
        # The speaker filter pushed into the full-text query: the speaker_name column (the speaker's name as
        # resolved) narrows the index's own walk; the exact speaker_id is still checked in `where`.
        params["match"] = f"({params['match']}) AND speaker_name : ({' OR '.join(dict.fromkeys(names))})"
    match = params["match"]
    bound = ""
    if filters is not None and (filters.date_from or filters.date_to):
        # A date range: only the rows holding those dates (their rowids, from the date index) are walked.
        indexed, indexed_params = filters.where(indexed_only=True)
        lo, hi = conn.execute("select min(b.statement_rowid), max(b.statement_rowid) from statements_browse b "
                              "where " + " and ".join(indexed), indexed_params).fetchone()
        if lo is None:
            return Result([], 0, False, False, page, 1)
        bound, params["lo"], params["hi"] = " and statements_fts.rowid between :lo and :hi", lo, hi
    floor = conn.execute(f"select rowid from statements_fts where statements_fts match :match{bound} "
                         f"order by rowid desc limit 1 offset {SCAN_CAP - 1}",
                         {k: v for k, v in params.items() if k in ("match", "lo", "hi")}).fetchone()
    scan_limited = floor is not None
    if scan_limited:
        bound += " and statements_fts.rowid >= :floor"
        params["floor"] = floor[0]
    # One cheap pass (rowid and date of every hit in the bounded walk) gives the count and the order by date;
    # bm25 is then computed for the newest RANK_WINDOW hits only, and texts read for the best EXACT_TOP.
    hits = conn.execute(f"""select statements_fts.rowid, b.date from statements_fts
        cross join statements_browse b on b.statement_rowid = statements_fts.rowid
        where statements_fts match :match{bound}{cond} order by statements_fts.rowid desc""", params).fetchall()
    count = len(hits) if (where or not scan_limited) else COUNT_CAP + 1
    window = hits[:RANK_WINDOW]
    if sort == "date":
        window.sort(key=lambda r: (r[1] or "", r[0]), reverse=True)
        ordered = [r[0] for r in window]
    else:
        ordered = ranked(conn, rank_expression(conn, parsed), [r[0] for r in window], parsed.exact)
    offset = (page - 1) * size
    ids = ordered[offset:offset + size]
    rows = fetch_rows(conn, ids)
    add_snippets(conn, rows, match)
    pages = -(-len(window) // size) or 1
    capped = count > COUNT_CAP or scan_limited
    months = {}
    if not capped:
        for _, day in hits:
            if day and len(day) >= 7:
                months[day[:7]] = months.get(day[:7], 0) + 1
    return Result(rows, min(count, COUNT_CAP), capped, len(hits) > RANK_WINDOW or scan_limited, page, pages,
                  months)


def in_list(ids):
    return ",".join(str(int(i)) for i in ids)


def rank_expression(conn, parsed):
    """What bm25 ranks by: the query's terms that a match must hold, less those in half the statements or more
    ('the', 'to'), which FTS5 weighs ~0 (idf clamped) after reading their whole doclist (24 ms for 'the' at 1M
    statements). A speaker filter's name and NOT terms are left out too: every match holds the one and none the
    other. None when no term is left: the window keeps its order (newest first)."""
    common = {t for (t,) in conn.execute("select value from facet_counts where facet = 'common_term'")}
    kept = [t for t in parsed.positive if t.strip('"').lower() not in common]   # a bare word is '"word"'
    return " AND ".join(kept) or None


def ranked(conn, match, ids, exact):
    """ids by bm25 for `match` (None: as they are); among the best EXACT_TOP, statements holding the words as
    typed (not only their stem) first. bm25 is evaluated only for these ids, in one walk of the index over their
    rowid range."""
    if not ids:
        return []
    ranks = {} if match is None else dict(conn.execute(
        f"""select rowid, case when rowid in ({in_list(ids)}) then rank end
        from statements_fts where statements_fts match ? and rowid between ? and ?""",
        [match, min(ids), max(ids)]).fetchall())
    order = sorted(ids, key=lambda i: (ranks.get(i) if ranks.get(i) is not None else 0.0, -i))
    top = order[:EXACT_TOP]
    texts = dict(conn.execute(f"select statement_rowid, text from statements_browse where statement_rowid in "
                              f"({in_list(top)})").fetchall())
    patterns = exact_patterns(exact)
    top.sort(key=lambda i: -exact_score(texts.get(i), patterns))    # stable: bm25 order kept within
    return top + order[EXACT_TOP:]


ROW_SQL = """select b.statement_rowid as rowid, b.id, b.date, b.speaker_id, b.speaker, s.speaker_role as role,
  b.kind, b.text, b.outlet, b.article_id, b.headline, b.topics, b.copies
from statements_browse b join statements s on s.rowid = b.statement_rowid
where b.statement_rowid in ({marks})"""


def fetch_rows(conn, ids):
    if not ids:
        return []
    cur = conn.execute(ROW_SQL.format(marks=",".join("?" * len(ids))), ids)
    cols = [c[0] for c in cur.description]
    by_id = {r[0]: dict(zip(cols, r)) for r in cur}
    return [by_id[i] for i in ids if i in by_id]


def add_snippets(conn, rows, match):
    """Each row's snippet, from one walk of the index over the rows' rowid range (snippet() evaluated for the
    wanted rows only): one query per row would re-open a common term's doclist each time."""
    wanted = [r["rowid"] for r in rows]
    if not wanted:
        return
    marks = ",".join(str(int(i)) for i in wanted)
    found = dict(conn.execute(f"""select rowid, case when rowid in ({marks}) then
            snippet(statements_fts, 0, '{MARK_START}', '{MARK_END}', '…', 48) end
        from statements_fts where statements_fts match ? and rowid between ? and ?""",
                              [match, min(wanted), max(wanted)]).fetchall())
    for row in rows:
        row["snippet"] = found.get(row["rowid"]) or None
