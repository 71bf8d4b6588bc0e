"""HTML fragments (feed item content, JSON fields holding markup) to plain paragraphs.

lxml parses; lxml_html_clean drops scripts, styles and comments; every block element ends a paragraph."""
import re

import lxml.html
from lxml.etree import ParserError
from lxml_html_clean import Cleaner

BLOCKS = {"p", "div", "section", "article", "blockquote", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
          "tr", "table", "figure", "figcaption", "pre", "dd", "dt", "header", "footer"}
CLEANER = Cleaner(scripts=True, javascript=True, style=True, comments=True, forms=True, embedded=True,
                  frames=True, meta=True, page_structure=False, links=False, safe_attrs_only=False)
MARKUP = re.compile(r"<\s*/?\s*[A-Za-z][^>]*>")


def looks_like_html(text: str) -> bool:
    return bool(MARKUP.search(text))


def html_to_text(fragment: str) -> str:
    """Paragraphs separated by one blank line; plain text passes through with its blank lines kept."""
    if not fragment or not fragment.strip():
        return ""
    if not looks_like_html(fragment):
        return _paragraphs(fragment)
    try:
        root = lxml.html.fromstring(f"<div>{fragment}</div>")
        root = CLEANER.clean_html(root)
    except (ParserError, ValueError):
        return _paragraphs(fragment)
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag == "br":
            el.tail = "\n" + (el.tail or "")
        elif el.tag in BLOCKS:
            el.tail = "\n\n" + (el.tail or "")
            el.text = "\n\n" + (el.text or "")
    return _paragraphs(root.text_content())


def _paragraphs(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\u00a0", " ").replace("\ufeff", "")
    paragraphs = (re.sub(r"\s+", " ", p).strip() for p in re.split(r"\n\s*\n", text))
    return "\n\n".join(p for p in paragraphs if p)
