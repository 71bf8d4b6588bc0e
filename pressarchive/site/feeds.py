"""Atom feeds (feedgen): the latest statements, a speaker's, a topic's, a search's. Links are absolute (the
site's base_url, else the request's scheme and host); a feed with nothing in it is a valid empty feed."""
from feedgen.feed import FeedGenerator

from .format import plain_snippet

EPOCH = "1970-01-01T00:00:00Z"


def entry_title(row):
    text = row["text"] or ""
    short = text[:120] + ("…" if len(text) > 120 else "")
    return f"{row['speaker'] or 'Unknown speaker'}, {row['said_on'] or row.get('date') or 'undated'}: {short}"


def atom(feed_id, title, self_url, site_url, rows, statement_url):
    """The Atom document (bytes) for these statement rows."""
    fg = FeedGenerator()
    fg.id(feed_id)
    fg.title(title)
    fg.link(href=self_url, rel="self")
    fg.link(href=site_url, rel="alternate")
    fg.author({"name": "Press Statement Archive"})
    fg.generator("Press Statement Archive")
    dates = [r["said_on"] or r.get("date") for r in rows if r["said_on"] or r.get("date")]
    fg.updated(f"{max(dates)[:10]}T00:00:00Z" if dates else EPOCH)
    for row in reversed(rows):   # feedgen prepends: the newest ends up first
        entry = fg.add_entry()
        entry.id(f"tag:press-statement-archive,2024:statement:{row['id']}")
        entry.title(plain_snippet(entry_title(row)))
        day = row["said_on"] or row.get("date")
        entry.updated(f"{day[:10]}T00:00:00Z" if day else EPOCH)
        source = row["headline"] or row["source"] or ""
        outlet = f" ({row['outlet']})" if row["outlet"] else ""
        entry.content(f"{row['text']}\n\nSource: {source}{outlet}", type="text")
        entry.link(href=statement_url(row["id"]), rel="alternate")
        if row["speaker"]:
            entry.author({"name": row["speaker"]})
    return fg.atom_str(pretty=True)
