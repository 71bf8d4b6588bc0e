"""The archive's web site, served by Datasette through the thin hooks in plugins/pressarchive_site.py.

- routes.py: the search page and its exports, speaker type-ahead, Atom feeds, charts page;
- queries.py: the data of every page (home, statement, speaker, topic, article), counts from the
  precomputed tables when present;
- search.py: query syntax and the bounded full-text search;
- charts.py: Vega-Lite specs; feeds.py: Atom; format.py: dates, paragraphs, snippets, safe links.
"""
