"""A Datasette facet type reading the counts the ingest precomputed (facet_counts), for statements_browse.

In metadata.yml, `- counted: speaker_id` (or topics, year, month, outlet, kind, role). Without a filter or a
search the values and counts come from facet_counts by primary key (at 1M statements a GROUP BY per facet
takes seconds); with one, they are counted over the filtered rows as Datasette's own facets do, within the
facet time limit. The links filter like Datasette's: `speaker_id=<id>`, `topics__arraycontains=<id>`.
"""
from datasette.facets import Facet
from datasette.database import QueryInterrupted
from datasette.utils import escape_sqlite, path_with_added_args, path_with_removed_args

# column of statements_browse -> the facet's name in facet_counts
# The view lists every report, so its speaker and topic facets read the counts of reports (not of clusters).
COUNTED = {"speaker_id": "speaker_reports", "topics": "topic_reports", "year": "year", "month": "month", "outlet": "outlet",
           "kind": "kind", "role": "role"}


class CountedFacet(Facet):
    type = "counted"

    async def suggest(self):
        return []

    def unfiltered(self):
        return " where " not in self.sql.lower() and not self.params and "_search" not in self.request.args

    async def rows(self, column, limit):
        db = self.ds.get_database(self.database)
        if self.unfiltered() and "facet_counts" in await db.table_names():
            result = await db.execute("""select value, label, statements as count from facet_counts
                where facet = ? and statements > 0 order by statements desc, label limit ?""",
                                      [COUNTED[column], limit])
            return [dict(r) for r in result.rows]
        if column == "topics":
            sql = f"""select j.value as value, t.name as label, count(*) as count from ({self.sql}) b,
                json_each(b.topics) j left join topics t on t.id = j.value group by j.value
                order by count desc, value limit {limit}"""
        elif column == "speaker_id":
            sql = f"""select speaker_id as value, max(speaker) as label, count(*) as count from ({self.sql})
                where speaker_id is not null group by speaker_id order by count desc, value limit {limit}"""
        else:
            col = escape_sqlite(column)
            sql = f"""select {col} as value, {col} as label, count(*) as count from ({self.sql})
                where {col} is not null and {col} != '' group by {col} order by count desc, value limit {limit}"""
        result = await self.ds.execute(self.database, sql, self.params, truncate=False,
                                       custom_time_limit=self.ds.setting("facet_time_limit_ms"))
        return [dict(r) for r in result.rows]

    async def facet_results(self):
        results, timed_out = [], []
        size = self.get_facet_size()
        pairs = self.get_querystring_pairs()
        for source_and_config in self.get_configs():
            config, source = source_and_config["config"], source_and_config["source"]
            column = config.get("column") or config["simple"]
            if column not in COUNTED:
                continue
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
                               "toggle_url": self.ds.absolute_url(self.request, self.ds.urls.path(toggle)),
                               "selected": selected})
            results.append({"name": column, "type": self.type, "hideable": source != "metadata",
                            "toggle_url": self.ds.urls.path(path_with_removed_args(self.request,
                                                                                   {"_facet_counted": column})),
                            "results": values, "truncated": len(found) > size})
        return results, timed_out
