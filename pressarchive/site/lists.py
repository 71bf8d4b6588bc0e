"""The lists of statements that the home, search, speaker, topic and statement pages print: one statement a
line (`statement_list`) or a search result card (`result_cards`).

They are rendered here in Python rather than by a Jinja macro called once a row: Datasette's Jinja runs in async
mode, where a macro call per row cost about half of a search page's CPU time. Every value from the database is
escaped (markupsafe); the HTML is the macros' own.
"""
import re

from datasette.utils import tilde_encode, to_css_class
from jinja2.filters import do_truncate
from markupsafe import Markup, escape

from .format import highlight, human_date

TRUNCATE_LEEWAY = 5   # Jinja's default policy for its truncate filter, which these lists used before


def truncate(text, length):
    return do_truncate(None, text or "", length, leeway=TRUNCATE_LEEWAY)


# Keys made of these characters only are their own tilde encoding (Datasette's safe set): most ids are.
PLAIN_KEY = re.compile(r"[A-Za-z0-9_-]*")


def _link(base, table, key):
    key = str(key)
    return f"{base}/{table}/{key if PLAIN_KEY.fullmatch(key) else tilde_encode(key)}"


# Plain f-strings over escape(): Markup.format goes through string.Formatter and cost as much as the macros did.
def _speaker(row, base) -> str:
    if row.get("speaker_id"):
        return (f'<a class="st-speaker" href="{escape(_link(base, "speakers", row["speaker_id"]))}">'
                f'{escape(row.get("speaker"))}</a>')
    return f'<span class="st-speaker">{escape(row.get("speaker") or "Unknown speaker")}</span>'


def _kind(row) -> str:
    kind = row.get("kind")
    return f'<span class="st-kind kind-{escape(to_css_class(str(kind)))}">{escape(kind)}</span>'


def statement_list(rows, base, show_speaker=True, show_article=True) -> Markup:
    """An <ol> of statements: date, speaker, kind, the text (linked) and the article's headline and outlet."""
    items = []
    for row in rows:
        parts = [f'<span class="st-date">{escape(human_date(row.get("date")))}</span>']
        if show_speaker:
            parts.append(_speaker(row, base))
        parts.append(_kind(row))
        parts.append(f'<a class="st-text" href="{escape(_link(base, "statements", row["id"]))}">'
                     f'{escape(truncate(row.get("text"), 320))}</a>')
        if show_article and (row.get("headline") or row.get("outlet")):
            outlet = f' ({escape(row["outlet"])})' if row.get("outlet") else ""
            parts.append(f'<span class="st-source">{escape(row.get("headline") or "")}{outlet}</span>')
        items.append("  <li>\n    " + "\n    ".join(parts) + "\n  </li>\n")
    return Markup('<ol class="statement-list">\n' + "".join(items) + "</ol>\n")


def result_cards(rows, base) -> Markup:
    """Search results, a <li class="card"> each: date, speaker, role, kind, the highlighted snippet (or the
    text), outlet, headline and how many times the statement was reported."""
    return Markup("".join(_card(row, base) for row in rows))


def _card(row, base) -> str:
    role = f'<span class="st-role">{escape(row["role"])}</span>' if row.get("role") else ""
    meta = (f'<p class="card-meta"><span class="st-date">{escape(human_date(row.get("date")))}</span>\n'
            f'  {_speaker(row, base)}{role}\n  {_kind(row)}</p>')
    shown = highlight(row["snippet"]) if row.get("snippet") else escape(truncate(row.get("text"), 360))
    text = f'<p class="card-text"><a href="{escape(_link(base, "statements", row["id"]))}">{shown}</a></p>'
    outlet = f'<span class="outlet">{escape(row["outlet"])}</span> · ' if row.get("outlet") else ""
    copies = (f' · <span class="copies">reported {int(row["copies"])} times</span>'
              if row.get("copies") and row["copies"] > 1 else "")
    source = (f'<p class="st-source">{outlet}<a href="{escape(_link(base, "articles", row.get("article_id")))}">'
              f'{escape(row.get("headline") or "the article")}</a>{copies}</p>')
    return f'<li class="card">\n  {meta}\n  {text}\n  {source}\n</li>\n'
