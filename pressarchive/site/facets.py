"""A Datasette facet type reading the counts the ingest precomputed (facet_counts), for statements_browse.

In metadata.yml, `- counted: speaker_id` (or topics, year, month, outlet, kind, role). Without a filter or a
search the values and counts come from facet_counts by primary key (at 1M statements a GROUP BY per facet
takes seconds); with one, every facet is counted in Python over one bounded read of the filtered rows (at most
SAMPLE of them, in the order the index gives): exact when fewer rows match, else counts within that sample, and
the facet's heading says so ("in 2,000 of the matching rows"). The links filter like Datasette's:
`speaker_id=<id>`, `topics__arraycontains=<id>`.
"""
import json
from collections import Counter
from functools import lru_cache

from datasette.facets import Facet
from datasette.database import QueryInterrupted
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

# column of statements_browse -> the facet's name in facet_counts
# The view lists every report, so its speaker and topic facets read the counts of reports (not of clusters).
COUNTED = {"speaker_id": "speaker_reports", "topics": "topic_reports", "year": "year", "month": "month", "outlet": "outlet",
           "kind": "kind", "role": "role"}


SAMPLE = 2000   # filtered rows read at most per page, for all facets together
# (a proportion within ±2.2 points at 95%; at 1M statements the page's time is mostly this read and its count:
# 'said' 190 ms median with 5,000 rows, 121 with 2,000, browse by topic 180 -> 100)
# The facets view's search (`_words`, see plugins/pressarchive_site.py) as a where-clause: `+statement_rowid in (...)`
# for a common word, so that the page walks the date index. The sample has no order: it is read from the matches
# themselves (at 1M statements, 'said': 37 ms instead of 82), and when the search is the only filter, from the first
# SAMPLE + 1 of them ('the', 722,000 matches: 31 ms instead of 506).
WORDS = "_words"


def words_filter(match: str, walk_by_date: bool = False, limit: int | None = None) -> str:
    """The where-clause of a search for `match` (":words", or "escape_fts(:words)")."""
    bounded = f" limit {limit}" if limit else ""
    return (f"{'+' if walk_by_date else ''}statement_rowid in (select rowid from statements_fts "
            f"where statements_fts match {match}{bounded})")


def probing_filter(match: str) -> str:
    """The where-clause of a search matching most rows ('the'), with no other filter: each row down the date order
    looked up in the index (2 ms at 1M statements), not a list of every match built first (370 ms)."""
    return (f"exists (select 1 from statements_fts where statements_fts.rowid = statement_rowid "
            f"and statements_fts match {match})")


def only_words(request) -> bool:
    """The request's one filter is the facets view's search."""
    return bool(request.args.get(WORDS, "").strip()) and \
        not any(not k.startswith("_") or "__" in k for k in request.args)
SAMPLED = [*COUNTED, "speaker"]   # the columns of the sample, in this order


@lru_cache(maxsize=4096)
def topic_ids(topics_json):
    """The topic ids of a row's topics column (a JSON list; rows share a few hundred distinct lists)."""
    return tuple(json.loads(topics_json or "[]"))


def count_values(rows, column):
    """Counter of a facet column's values over the sampled rows (topics: each topic of each row)."""
    i = SAMPLED.index(column)   # by position: a lookup by name costs more than the count
    if column == "topics":
        return Counter(topic for row in rows for topic in topic_ids(row[i]))
    counts = Counter(row[i] for row in rows)
    counts.pop(None, None)
    counts.pop("", None)
    return counts


class CountedFacet(Facet):
    type = "counted"
    sample = None   # (rows, more): the filtered rows read, and whether more matched
    has_counts = None   # whether the database has facet_counts: asked once for all the page's facets

    async def suggest(self):
        return []

    def unfiltered(self):
        return " where " not in self.sql.lower() and not self.params and "_search" not in self.request.args

    async def rows(self, column, limit):
        db = self.ds.get_database(self.database)
        if self.has_counts is None:
            self.has_counts = "facet_counts" in await db.table_names()
        if self.unfiltered() and self.has_counts:
            result = await db.execute("""select value, label, statements as count from facet_counts
                where facet = ? and statements > 0 order by statements desc, label limit ?""",
                                      [COUNTED[column], limit])
            return [dict(r) for r in result.rows]
        rows, _ = await self.sampled()
        counts = count_values(rows, column)
        labels = {}
        if column == "speaker_id":
            speaker_id, speaker = SAMPLED.index("speaker_id"), SAMPLED.index("speaker")
            for row in rows:
                labels.setdefault(row[speaker_id], row[speaker])
        if column == "topics" and counts:
            names = await db.execute(f"select id, name from topics where id in ({', '.join('?' * len(counts))})",
                                     list(counts))
            labels = dict(names.rows)
        top = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))[:limit]
        return [{"value": v, "label": labels.get(v, v), "count": n} for v, n in top]

    async def sampled(self):
        """The filtered rows' facet columns, at most SAMPLE of them (one query for every facet of the page)."""
        if self.sample is None:
            columns = ", ".join(escape_sqlite(c) for c in SAMPLED)
            sql = self.sql
            for match in (":words", "escape_fts(:words)"):
                sample = words_filter(match, limit=SAMPLE + 1 if only_words(self.request) else None)
                for clause in (words_filter(match, walk_by_date=True), words_filter(match), probing_filter(match)):
                    sql = sql.replace(clause, sample)
            sql = f"select {columns} from ({sql}) limit {SAMPLE + 1}"
            result = await self.ds.execute(self.database, sql, self.params, truncate=False,
                                           custom_time_limit=self.ds.setting("facet_time_limit_ms"))
            rows = result.rows   # read by position (count_values), no dict per row
            self.sample = (rows[:SAMPLE], len(rows) > SAMPLE)
        return self.sample

    async def sample_read(self) -> bool:
        """Read the sample once for all facets, a second time if the first read ran out of time (the first request
        after the server starts reads from a cold cache: its first facet timed out, the next ones did not)."""
        for _ in range(2):
            try:
                await self.sampled()
                return True
            except QueryInterrupted:
                continue
        return False

    async def facet_results(self):
        results, timed_out = [], []
        size = self.get_facet_size()
        pairs = self.get_querystring_pairs()
        configs = [(c["config"].get("column") or c["config"]["simple"], c["source"]) for c in self.get_configs()]
        configs = [(column, source) for column, source in configs if column in COUNTED]
        # Every toggle is a path of this site: joined to the origin once, not by a urljoin per value (~150 a page).
        origin = self.ds.absolute_url(self.request, "/")[:-1]
        if configs and not self.unfiltered() and not await self.sample_read():
            return results, [column for column, _ in configs]
        for column, source in configs:
            try:
                found = await self.rows(column, size + 1)
            except QueryInterrupted:
                timed_out.append(column)
                continue
            arg = "topics__arraycontains" if column == "topics" else column
            values = []
            for row in found[:size]:
                value = str(row["value"])
                selected = (arg, value) in pairs
                toggle = (path_with_removed_args if selected else path_with_added_args)(self.request, {arg: value})
                values.append({"value": row["value"], "label": row["label"] or value, "count": row["count"],
                               "toggle_url": origin + self.ds.urls.path(toggle),
                               "selected": selected})
            sampled = not self.unfiltered() and self.sample is not None and self.sample[1]
            results.append({"name": column, "type": self.type, "sampled": SAMPLE if sampled else None, "hideable": source != "metadata",
                            "toggle_url": self.ds.urls.path(path_with_removed_args(self.request,
                                                                                   {"_facet_counted": column})),
                            "results": values, "truncated": len(found) > size})
        return results, timed_out
