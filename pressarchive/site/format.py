"""How values are shown: dates in words, paragraphs, highlighted snippets, safe links, the text around a
statement. Jinja filters (registered by the plugin) and helpers; everything from articles is escaped."""
import json
import re
from datetime import date

from markupsafe import Markup, escape

from .search import MARK_END, MARK_START

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
CONTEXT_CHARS = 1500
LONG_STATEMENT = 700     # a statement longer than this is not printed again inside "In context"


def human_date(value, missing="undated"):
    """'2017-03-13' -> '13 March 2017'; '2017-03' -> 'March 2017'; '2017-03-13T10:00:00Z' -> '13 March 2017'."""
    if not value:
        return missing
    m = re.match(r"^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", str(value))
    if not m:
        return str(value)
    y, mo, d = m.groups()
    try:
        if d:
            day = date(int(y), int(mo), int(d))
            return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
        if mo:
            return f"{MONTHS[int(mo) - 1]} {y}"
    except (ValueError, IndexError):
        return str(value)
    return y


def paragraphs(text):
    """The text's paragraphs (blank-line or line separated), empty ones dropped."""
    return [p.strip() for p in re.split(r"\n\s*\n|\n", text or "") if p.strip()]


def highlight(value):
    """Escape a snippet, then turn its markers into <mark> elements."""
    out, open_ = [], False
    for piece in re.split(f"([{MARK_START}{MARK_END}])", value or ""):
        if piece == MARK_START and not open_:
            out.append(Markup("<mark>"))
            open_ = True
        elif piece == MARK_END and open_:
            out.append(Markup("</mark>"))
            open_ = False
        elif piece not in (MARK_START, MARK_END):
            out.append(escape(piece))
    if open_:
        out.append(Markup("</mark>"))
    return Markup("").join(out)


def plain_snippet(value):
    return (value or "").replace(MARK_START, "").replace(MARK_END, "")


def safe_url(url):
    """The URL if it is http(s), else None: a javascript: or data: URL is never made a link."""
    if url and re.match(r"(?i)^https?://[^\s<>\"']+$", url.strip()):
        return url.strip()
    return None


def parse_aliases(value):
    try:
        aliases = json.loads(value or "[]")
    except ValueError:
        return []
    return [str(a) for a in aliases if a] if isinstance(aliases, list) else []


def context_window(body, start, end, chars=CONTEXT_CHARS):
    """The statement and the text around it, cut at paragraph boundaries; a long statement is shortened to its
    first words (it is printed whole above)."""
    body = body or ""
    if start is None or end is None or not (0 <= start <= end <= len(body)):
        return None
    lo = max(0, start - chars)
    if lo > 0:
        cut = body.rfind("\n", lo, start)
        lo = cut + 1 if cut != -1 else lo
    hi = min(len(body), end + chars)
    if hi < len(body):
        cut = body.find("\n", end, hi)
        hi = cut if cut != -1 else hi
    quote = body[start:end]
    shortened = len(quote) > LONG_STATEMENT
    if shortened:
        quote = quote[:240].rsplit(" ", 1)[0] + " … "
    return {"before": body[lo:start], "quote": quote, "after": body[end:hi], "shortened": shortened,
            "clipped_start": lo > 0, "clipped_end": hi < len(body)}
