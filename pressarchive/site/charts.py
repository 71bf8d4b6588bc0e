"""Charts as inline Vega-Lite specs (rendered in the browser by the vendored vega-embed in static/vendor/).

Time runs on a real time axis (months as dates: a gap in the data is a gap on the axis). Counts are binned
by month over up to four years, by quarter up to twelve, else by year, so bars stay visible at 390 px; a
thin tail of early outliers (a few statements years before the rest) is left out and said so in the
caption; a span under a year of months (two of quarters) is widened around the bars. The width follows the
page; a chart of several series keeps the few largest, stacked, with the legend under the plot, so it fits
at 1,280 px and on a phone.
"""
import json

from markupsafe import Markup

SCHEMA = "https://vega.github.io/schema/vega-lite/v5.json"
MAX_SERIES = 6
TAIL = 0.01           # the earliest 1% of statements may be cut when it stretches the axis
UNITS = [(48, "yearmonth", "month", "%b %Y"), (144, "yearquarter", "quarter", "%Y"), (None, "year", "year", "%Y")]
YEAR_TICKS = {"interval": "year", "step": 1}
# The x axis spans at least this many months (centred on the bars), so one month of statements is one bar among
# empty months, not a block as wide as the chart.
MIN_AXIS_MONTHS = {"yearmonth": 12, "yearquarter": 24}
CONFIG = {"view": {"stroke": None}, "axis": {"labelFontSize": 12, "titleFontSize": 12},
          "legend": {"labelFontSize": 13, "symbolSize": 120}}


def valid_months(counts):
    """[(YYYY-MM, n)] with well-formed months and counts above zero, in order."""
    return sorted((m[:7], n) for m, n in counts if m and len(m) >= 7 and m[:4].isdigit() and m[5:7].isdigit()
                  and n)


def span_months(first, last):
    return (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1


def trim_tail(months):
    """(kept months, statements left out): drops the earliest months holding under TAIL of the statements
    when they stretch the axis by more than two years."""
    total = sum(n for _, n in months)
    seen, cut = 0, 0
    for i, (_, n) in enumerate(months):
        if seen + n > total * TAIL:
            cut = i
            break
        seen += n
    if cut and span_months(months[0][0], months[cut][0]) > 24:
        return months[cut:], seen
    return months, 0


def bin_start(month, unit):
    """The first month of the bin a YYYY-MM falls in."""
    if unit == "yearquarter":
        m = int(month[5:7])
        return f"{month[:4]}-{m - (m - 1) % 3:02d}"
    return f"{month[:4]}-01" if unit == "year" else month


def binned(months, unit):
    """[(YYYY-MM, n)] summed per bin (so a spec carries one value per bar, not per month)."""
    out = {}
    for m, n in months:
        key = bin_start(m, unit)
        out[key] = out.get(key, 0) + n
    return sorted(out.items())


def unit_for(months):
    span = span_months(months[0][0], months[-1][0])
    for limit, unit, word, fmt in UNITS:
        if limit is None or span <= limit:
            return unit, word, fmt


def base_spec(title, values, unit, fmt, word, height):
    y_axis = {"tickMinStep": 1, "format": "d"}
    tallest = _tallest_bar(values)
    if tallest <= FEW_STATEMENTS:
        y_axis["values"] = list(range(tallest + 1))     # (ticks at 0.5 printed as "1" twice for a speaker's one)
    x_scale = _padded_domain(values, unit)
    return {
        "$schema": SCHEMA, "description": title, "width": "container", "height": height,
        "data": {"values": values},
        "mark": {"type": "bar", "tooltip": True},
        "encoding": {
            "x": {"field": "month", "type": "temporal", "timeUnit": unit, "title": None, **x_scale,
                  "axis": {"labelOverlap": True, "format": fmt,
                           **({} if unit == "yearmonth" else {"tickCount": YEAR_TICKS})}},
            "y": {"field": "statements", "type": "quantitative", "aggregate": "sum",
                  "title": f"statements per {word}", "axis": y_axis},
        },
        "config": CONFIG,
    }


def _month_index(month: str) -> int:
    return int(month[:4]) * 12 + int(month[5:7]) - 1


def _padded_domain(values, unit) -> dict:
    """{"scale": {"domain": [start, end]}} widening a short span to MIN_AXIS_MONTHS, else {}."""
    wanted = MIN_AXIS_MONTHS.get(unit)
    if not wanted or not values:
        return {}
    first = min(_month_index(v["month"]) for v in values)
    last = max(_month_index(v["month"]) for v in values) + (3 if unit == "yearquarter" else 1)
    if last - first >= wanted:
        return {}
    start = first - (wanted - (last - first)) // 2
    end = start + wanted
    return {"scale": {"domain": [_datetime(start), _datetime(end)]}}


def _datetime(index: int) -> dict:
    """A Vega-Lite DateTime (months count from 1) for a month index."""
    return {"year": index // 12, "month": index % 12 + 1, "date": 1}


# Up to this many statements in the tallest bar, the axis is labelled at every whole number.
FEW_STATEMENTS = 4


def _tallest_bar(values) -> int:
    """The most statements in one bar (a bin's series stacked)."""
    totals = {}
    for v in values:
        totals[v["month"]] = totals.get(v["month"], 0) + v["statements"]
    return max(totals.values(), default=0)


def per_month(counts, title):
    """Bars of statements over time (one series); None when nothing is dated."""
    months, left_out = trim_tail(valid_months(counts))
    if not months:
        return None
    unit, word, fmt = unit_for(months)
    values = [{"month": f"{m}-01", "statements": n} for m, n in binned(months, unit)]
    spec = base_spec(title, values, unit, fmt, word, 180)
    spec["mark"]["color"] = "#3f6fa8"
    spec["usermeta"] = {"unit": word, "left_out": left_out}
    return spec


def per_month_series(series, title, field="series"):
    """Stacked bars over time for several series {label: [(YYYY-MM, n)]}: the MAX_SERIES largest, legend
    below the plot in two columns."""
    ranked = sorted(series.items(), key=lambda kv: -sum(n for _, n in kv[1]))[:MAX_SERIES]
    totals = {}
    for _, counts in ranked:
        for m, n in counts:
            totals[m] = totals.get(m, 0) + n
    merged, left_out = trim_tail(valid_months(totals.items()))
    if not merged:
        return None
    start = merged[0][0]
    unit, word, fmt = unit_for(merged)
    values = [{"month": f"{m}-01", field: label, "statements": n} for label, counts in ranked
              for m, n in binned([(m, n) for m, n in valid_months(counts) if m >= start], unit)]
    spec = base_spec(title, values, unit, fmt, word, 220)
    spec["encoding"]["color"] = {"field": field, "type": "nominal", "title": None, "scale": {"scheme": "tableau10"},
                                 "sort": [label for label, _ in ranked],
                                 "legend": {"orient": "bottom", "columns": 2, "labelLimit": 200}}
    spec["usermeta"] = {"unit": word, "left_out": left_out}
    return spec


def caption(spec, label):
    """'label, per quarter (12 earlier statements not shown)'."""
    meta = spec.get("usermeta", {}) if spec else {}
    text = f"{label}, per {meta.get('unit', 'month')}"
    if meta.get("left_out"):
        n = meta["left_out"]
        text += f" ({n:,} earlier statement{'s' if n != 1 else ''} not shown)"
    return text


def spec_json(spec):
    """The spec as JSON safe inside a <script type="application/json"> element."""
    text = json.dumps(spec, ensure_ascii=False, separators=(",", ":"))
    return Markup(text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026"))
