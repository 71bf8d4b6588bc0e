"""Charts as inline Vega-Lite specs (rendered in the browser by the vendored vega-embed in static/vendor/).

Time runs on a real time axis (months as dates: a gap in the data is a gap on the axis), bars need no
zero-filled months so a spec stays small, the width follows the page, and a chart of several series keeps the
few largest, stacked, with the legend under the plot, so it fits at 1,280 px and on a phone.
"""
import json

from markupsafe import Markup

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
MAX_SERIES = 6


def valid_months(counts):
    """[(YYYY-MM, n)] with well-formed months and counts above zero, in order."""
    return sorted((m[:7], n) for m, n in counts if m and len(m) >= 7 and m[:4].isdigit() and m[5:7].isdigit()
                  and n)


def per_month(counts, title):
    """A bar chart of statements per month (one series)."""
    values = [{"month": f"{m}-01", "statements": n} for m, n in valid_months(counts)]
    if not values:
        return None
    return {
        "$schema": SCHEMA, "description": title, "width": "container", "height": 180,
        "data": {"values": values},
        "mark": {"type": "bar", "color": "#3f6fa8", "tooltip": True},
        "encoding": {
            "x": {"field": "month", "type": "temporal", "timeUnit": "yearmonth", "title": None,
                  "axis": {"labelOverlap": True, "format": "%b %Y" if len(values) <= 24 else "%Y"}},
            "y": {"field": "statements", "type": "quantitative", "title": "statements",
                  "axis": {"tickMinStep": 1}},
        },
        "config": {"view": {"stroke": None}},
    }


def per_month_series(series, title, field="series"):
    """Stacked bars of statements per month for several series {label: [(YYYY-MM, n)]}: the MAX_SERIES
    largest, legend below the plot in columns."""
    ranked = sorted(series.items(), key=lambda kv: -sum(n for _, n in kv[1]))[:MAX_SERIES]
    values = []
    for label, counts in ranked:
        values += [{"month": f"{m}-01", field: label, "statements": n} for m, n in valid_months(counts)]
    if not values:
        return None
    return {
        "$schema": SCHEMA, "description": title, "width": "container", "height": 220,
        "data": {"values": values},
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "x": {"field": "month", "type": "temporal", "timeUnit": "yearmonth", "title": None,
                  "axis": {"labelOverlap": True, "format": "%Y"}},
            "y": {"field": "statements", "type": "quantitative", "title": "statements per month"},
            "color": {"field": field, "type": "nominal", "title": None,
                      "scale": {"scheme": "tableau10"},
                      "legend": {"orient": "bottom", "columns": 2, "labelLimit": 260}},
        },
        "config": {"view": {"stroke": None}},
    }


def spec_json(spec):
    """The spec as JSON safe inside a <script type="application/json"> element."""
    text = json.dumps(spec, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
