"""Markdown with YAML front matter (date, published_time, source_url, title), as scraped from whitehouse.gov.

The body is turned into plain paragraphs: Markdown syntax goes (links keep their text), hard-wrapped lines are
joined, and every speaker turn ("MS. PSAKI:  Good evening", "Q    Thanks, Jen.") and list item starts its own
paragraph, because the transcript stage reads turns paragraph by paragraph.
"""
import datetime as dt
import html as html_entities
import re
from urllib.parse import urlparse

import yaml

# (the cleaner's reading of a date line, a wire dateline and a related-stories heading)
from ..clean import RELATED_HEADINGS, WIRE_DATELINE_FULL, YEARLESS_WIRE_DATELINE, heading_key, parse_dateline
from ..models import Document

FORMAT = "markdown"
EXTENSIONS = (".md", ".markdown", ".mdown")
FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
KNOWN_KEYS = re.compile(rb"^(?:title|date|published_time|source_url)\s*:", re.M)

# A line that opens a new paragraph even without a blank line before it.
SPEAKER_TURN = re.compile(r"^(?:Q(?=[\s:.]|$)|(?:[A-Z][A-Z.'’\-]*\s+){0,5}[A-Z][A-Z.'’\-]*\s*:(?=\s|$))")
LIST_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")
# A bullet character a page printed opens a paragraph of its own, the bullet kept (a transcript's topic line is known
# by it): "  • Al-Jubeir said Iran needs to stop ..." ¶ "  • Tensions between ..." (Arab News copy; seed16)
BULLET_ITEM = re.compile(r"^\s*[•●▪]\s+")
HEADING = re.compile(r"^\s{0,3}#{1,6}\s+|\s+#+\s*$")
RULE = re.compile(r"^\s*(?:[-*_]\s*){3,}$")
TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$")

IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
LINK = re.compile(r"\[((?:[^\[\]]|\\[\[\]])*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
AUTOLINK = re.compile(r"<((?:https?|mailto):[^>\s]+)>")
STRONG = re.compile(r"(\*\*|__)(?=\S)(.+?)\1")
# Unbalanced bold/italic markers left by the HTML-to-Markdown converter, and the "###" that ends a release.
STRAY_STARS = re.compile(r"\*{2,}|(?:(?<=\s)|^)\*(?=\s|$)")
END_MARK = re.compile(r"(?:^|\s)#{3,}\s*$")
EMPHASIS = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]+?)(?<=\S)_(?![\w_])")
CODE = re.compile(r"`([^`]*)`")
BLOCK_TAG = re.compile(r"</?(?:p|div|tr|table|tbody|thead|figure|figcaption|li|ul|ol|br|h[1-6]|blockquote)\b[^>]*>",
                       re.I)
TAG = re.compile(r"</?[A-Za-z][^>]*>")
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|$<>~\"'])")
# A character each rule of plain_inline needs before it can change anything (html.unescape needs "&").
INLINE_SYNTAX = re.compile(r"[\\\[`*_<#&\ue000\u00a0]")


def sniff(name: str, head: bytes) -> bool:
    if name.lower().endswith(EXTENSIONS):
        return True
    # Content: a front matter block naming one of the fields this reader knows.
    m = re.match(rb"\A(?:\xef\xbb\xbf)?---[ \t]*\r?\n(.*?)\r?\n---", head, re.S)
    return bool(m and KNOWN_KEYS.search(m.group(1)))


class TooManyAliases(yaml.YAMLError):
    pass


def front_matter_loader(max_aliases: int):
    """A SafeLoader that refuses more than max_aliases aliases: a few lines of anchors and aliases ("billion
    laughs") otherwise expand into gigabytes once the values are used as text."""
    class BoundedLoader(yaml.SafeLoader):
        aliases = 0

        def compose_node(self, parent, index):
            if self.check_event(yaml.AliasEvent):
                self.aliases += 1
                if self.aliases > max_aliases:
                    raise TooManyAliases(f"more than {max_aliases} YAML aliases (*name) in the front matter "
                                         f"(an alias bomb?): not read")
            return super().compose_node(parent, index)
    return BoundedLoader


# Front matter is a few fields; anything far larger is not front matter a scraper wrote.
MAX_FRONT_MATTER = 64 * 1024


# libyaml's loader: the same constructor as SafeLoader, its parser in C (a tenth of the time). Only for a block that
# can hold no alias ("*") and little flow nesting (libyaml's composer recurses in C, with no Python recursion limit);
# what it refuses is read again by the pure-Python loader, whose message the problem records.
FAST_LOADER = getattr(yaml, "CSafeLoader", None)


def _load_yaml(block: str, max_aliases: int):
    if FAST_LOADER is not None and "*" not in block and block.count("[") + block.count("{") <= 20:
        try:
            return yaml.load(block, Loader=FAST_LOADER)
        except yaml.YAMLError:
            pass
    return yaml.load(block, Loader=front_matter_loader(max_aliases))


def read_front_matter(block: str, max_aliases: int) -> dict:
    from . import ReadError
    if len(block) > MAX_FRONT_MATTER:
        raise ReadError(f"YAML front matter of {len(block) // 1024} KB, over the {MAX_FRONT_MATTER // 1024} KB "
                        "limit: not read")
    try:
        meta = _load_yaml(block, max_aliases) or {}
    except TooManyAliases as e:
        raise ReadError(str(e)) from e
    except yaml.YAMLError as e:
        raise ReadError(f"invalid YAML front matter: {str(e).splitlines()[0]}") from e
    except RecursionError as e:
        raise ReadError("YAML front matter nested too deeply: not read") from e
    if not isinstance(meta, dict):
        raise ReadError("front matter is not a mapping of fields")
    return meta


def read(data: bytes, source: str, limits=None):
    from . import Limits, ReadError
    from .plaintext import decode
    limits = limits or Limits()
    text, encoding = decode(data)
    meta, content = {}, text
    m = FRONT_MATTER.match(text)
    if m:
        meta = read_front_matter(m.group(1), limits.max_yaml_aliases)
        content = text[m.end():]
    body = markdown_to_text(content, plain_inline(_text(meta.get("title")) or ""))
    if not body and not meta.get("title"):
        raise ReadError("no text and no title: nothing to read")
    url = _text(meta.get("source_url") or meta.get("url") or meta.get("canonical_url"))
    title = _text(meta.get("title"))
    doc = Document(source=source, text=content, format=FORMAT, encoding=encoding, body=body,
                   headline=plain_inline(title) if title else None, url=url,
                   published=_date(meta.get("published_time")) or _date(meta.get("date")),
                   author=_text(meta.get("author")), outlet=_text(meta.get("site_name")) or
                   (urlparse(url).hostname if url else None),
                   language=_text(meta.get("language") or meta.get("lang")), key=url)
    if doc.language is None:
        from .html import _language
        doc.language = _language(b"", None, body)
    if encoding != "utf-8":
        doc.notes.append(f"not valid UTF-8: decoded as {encoding}")
    if not body:   # kept for its title, date and URL; the note makes it visible in problems
        doc.notes.append("no text in the body (images only?): article kept with its title")
    yield doc


def _text(value) -> str | None:
    if value is None or isinstance(value, (dict, list)):   # a field is text, never a structure made text
        return None
    value = re.sub(r"\s+", " ", str(value).replace("\u00a0", " ")).strip()
    return value or None


def _date(value) -> str | None:
    """ISO 8601 from what YAML gives: a datetime, a date or a string."""
    if value is None or value == "":
        return None
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    value = str(value).strip()
    try:
        return dt.datetime.fromisoformat(value).isoformat()
    except ValueError:
        from ..clean import parse_dateline
        return parse_dateline(value) or None


def plain_inline(text: str) -> str:
    """Markdown inline syntax and stray HTML out of one paragraph's text."""
    if not INLINE_SYNTAX.search(text):
        return re.sub(r"\s+", " ", text).strip()     # most paragraphs: no rule below would change a character
    # Escaped characters are literal: park them out of the syntax rules' sight, restore them at the end.
    parked = []
    text = ESCAPE.sub(lambda m: parked.append(m.group(1)) or f"\ue000{len(parked) - 1}\ue001", text)
    text = IMAGE.sub(lambda m: m.group(1), text)
    for _ in range(2):   # a link inside a link's text
        text = LINK.sub(lambda m: m.group(1), text)
    text = REF_LINK.sub(lambda m: m.group(1), text)
    text = AUTOLINK.sub(lambda m: m.group(1), text)
    text = CODE.sub(lambda m: m.group(1), text)
    text = STRONG.sub(lambda m: m.group(2), text)
    text = EMPHASIS.sub(lambda m: m.group(1) or m.group(2), text)
    text = STRAY_STARS.sub("", text)
    text = TAG.sub("", text)
    text = re.sub("\ue000(\\d+)\ue001", lambda m: parked[int(m.group(1))], text)
    text = html_entities.unescape(text).replace("\u00a0", " ")
    text = END_MARK.sub("", text)
    return re.sub(r"\s+", " ", text).strip()


HEADER_LINES = 8


def _date_line(line: str) -> bool:
    """Whether a line is nothing but a printed date (with its decoration: time, zone, credit)."""
    return len(line) <= 160 and re.search(r"\d", line) is not None and parse_dateline(line) is not None


def _wire_lead(line: str) -> bool:
    """Whether a line opens with a wire dateline ("SEOUL, March 9 (Yonhap) -- ...", "TOKYO, May 2, 2005 (UPI) --")."""
    return bool(YEARLESS_WIRE_DATELINE.match(line) or WIRE_DATELINE_FULL.match(line))


def lines_are_paragraphs(content: str) -> bool:
    """A page saved as the text a browser or a scraper gave it, one paragraph a line with no blank line between
    ("Foreign ministry slams Hun Manet comments" / "Ministry spokesman Nikorndej Balankura said ..."): its lines are
    not wrapped, so one of them is a long line of prose, no link or markup in it. Hard-wrapped Markdown (White House
    releases at 80 columns, links broken across lines, an image's HTML attributes on one line) has none (seed15)."""
    return any(len(ln) >= 140 and ln.count(" ") >= 18 and not MARKUP_IN_LINE.search(ln) for ln in content.split("\n"))


MARKUP_IN_LINE = re.compile(r"\]\(|[<>=]")


def _opens_line(line: str) -> bool:
    """Does the line open as a paragraph does (a capital, a digit, a quotation mark), or is it one word?"""
    return line[:1].isupper() or line[:1].isdigit() or line[:1] in "\"“‘'" or " " not in line


def _one_a_line(lines: list[str]) -> bool:
    """Are a block's lines paragraphs of their own rather than one hard-wrapped paragraph: one line too long for
    wrapped copy (links aside), none going on from the line before in lower case, no web address (a wrapped
    pointer: "Read the full report here: ¶ <https://...>")?"""
    return len(lines) > 1 and any(len(plain_inline(c)) >= 100 for c in lines) and all(map(_opens_line, lines)) and \
        not any("://" in c for c in lines)


LINK_ITEM_END = re.compile(r"[.!;:,\"”’)]\s*$")
SENTENCE_END = re.compile(r"[.!?\"”’]\s*$")


def _link_list_between_paragraphs(lines: list[str]) -> None:
    """Two or more list items, each a short headline closed by no mark, set between two paragraphs of the story
    that end their sentences and introduced by no colon: links to other stories ("- Expect new details on 2026
    Olympic bid in next 2 weeks, Nenshi says", CBC; quotes17), blanked (a headline "..., X says" would be a
    statement, and X the person a "she said" after it refers to)."""
    k = 0
    while k < len(lines):
        if not LIST_ITEM.match(lines[k]):
            k += 1
            continue
        end = k
        while end < len(lines) and LIST_ITEM.match(lines[end]):
            end += 1
        items = [LIST_ITEM.sub("", ln).strip() for ln in lines[k:end]]
        before = next((ln.strip() for ln in reversed(lines[:k]) if ln.strip()), "")
        after = next((ln.strip() for ln in lines[end:] if ln.strip()), "")
        if len(items) >= 2 and all(0 < len(it.split()) <= 20 and not LINK_ITEM_END.search(it) for it in items) and \
                SENTENCE_END.search(before) and len(before.split()) >= 6 and len(after.split()) >= 6:
            lines[k:end] = [""] * (end - k)
        k = end


def _holds_title(lines: list[str], title: str) -> bool:
    # (a short block only: a header's fields closed by the title line, PM Transcripts' "Location: / Victoria Park, WA /
    # Press Conference - Victoria Park, WA", stay one block as the transcript rules read it)
    return bool(title) and 1 < len(lines) <= 3 and any(len(ln) >= len(title) and plain_inline(ln).strip() == title
                                                  for ln in lines)


def markdown_to_text(content: str, title: str = "") -> str:
    """Paragraphs separated by one blank line: each line read by the steps of LINE_STEPS into blocks (_Blocks)."""
    content = content.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").replace("\ufeff", "")
    content = BLOCK_TAG.sub("\n\n", content)
    if "- " in content:
        lines = content.split("\n")
        _link_list_between_paragraphs(lines)
        content = "\n".join(lines)
    blocks = _Blocks(lines_are_paragraphs(content), title)
    for n, line in enumerate(content.split("\n")):
        ln = _Line(n, line.strip())
        for step in LINE_STEPS:
            if step(blocks, ln):
                break
    blocks.close()
    return "\n\n".join(blocks.paragraphs)


class _Line:
    """One line under reading: its number, its text as the steps have stripped it, whether it was a list item."""
    __slots__ = ("n", "text", "item")

    def __init__(self, n: int, text: str):
        self.n, self.text, self.item = n, text, False


class _Blocks:
    """The paragraphs read so far and the lines of the block being read."""

    def __init__(self, one_line_each: bool, title: str):
        self.paragraphs, self.current = [], []
        self.one_line_each, self.title = one_line_each, title

    def close(self):
        """The block read so far as paragraphs (a block holding the page's title line, one a line: "Download" / "China
        calls for a 'rational, objective' relationship with Biden-led America" / "CGTN" is a button, the title and a
        credit, not a sentence opening with the button's word; CGTN, seed19)."""
        current = self.current
        if not current:
            return
        # a page's lines, one paragraph each, unless three or more short ones make a header block ("Hillary Rodham
        # Clinton" / "Secretary of State" / "Treaty Room" / "April 30, 2010"), one paragraph as plain text reads it;
        # not a caption and a headline ("... Le Thi Thu Hang. Photo: Reuters" / "Vietnam renews demand ..."), nor a
        # "Related Stories" heading above other stories' headlines (the cleaner cuts those) (seed15); and any block
        # whose lines are not hard-wrapped (daily8.com's copies of Postmedia stories, whose quotations run on from
        # paragraph to paragraph; quotes15)
        per_line = self.one_line_each and (len(current) < 3 or any(
            len(ln) >= 100 or heading_key(ln) in RELATED_HEADINGS for ln in current)) \
            or _one_a_line(current) or _holds_title(current, self.title)
        for group in ([[ln] for ln in current] if per_line else [current]):
            text = plain_inline(" ".join(group))
            if text.strip("#* "):   # "###" marks the end of a release
                self.paragraphs.append(text)
        current.clear()

    def alone(self, text: str):
        """A line that is a paragraph of its own."""
        self.close()
        self.current.append(text)
        self.close()


# -- LINE_STEPS: True when the step has read the line, else the next step reads it -----------------------------------
def _blank_or_rule(b: _Blocks, ln: _Line) -> bool:
    if not ln.text or RULE.match(ln.text) or TABLE_RULE.match(ln.text):
        b.close()
        return True
    return False


def _wire_lead_opens_block(b: _Blocks, ln: _Line) -> bool:
    if ln.n < HEADER_LINES and _wire_lead(ln.text):
        b.close()     # a wire lead right under its headline ("... masks / SEOUL, March 9 (Yonhap) -- South Korea ...")
    return False


def _date_line_alone(b: _Blocks, ln: _Line) -> bool:
    if ln.n < HEADER_LINES and _date_line(ln.text):
        # a page's date line printed between its headline and lead with no blank line ("China opposes malicious hype
        # ... / Reuters | Beijing | Updated: 27-07-2023 12:44 IST | Created: ... / China will release ...",
        # devdiscourse.com; dates15): a paragraph of its own, as the cleaner reads a header
        b.alone(ln.text)
        return True
    return False


def _block_quote_marks(b: _Blocks, ln: _Line) -> bool:
    ln.text = re.sub(r"^(?:>\s?)+", "", ln.text)   # block quotes
    return False


def _heading(b: _Blocks, ln: _Line) -> bool:
    if HEADING.match(ln.text):
        b.alone(HEADING.sub("", ln.text))
        return True
    return False


def _list_item_or_turn(b: _Blocks, ln: _Line) -> bool:
    ln.item = LIST_ITEM.match(ln.text) is not None
    if ln.item:
        b.close()
        ln.text = LIST_ITEM.sub("", ln.text)
    elif SPEAKER_TURN.match(ln.text) or BULLET_ITEM.match(ln.text):
        b.close()
    return False


def _table_row(b: _Blocks, ln: _Line) -> bool:
    if ln.text.startswith("|") and ln.text.endswith("|"):   # a table row: one paragraph per row
        b.alone(" ".join(c.strip() for c in ln.text.strip("|").split("|") if c.strip()))
        return True
    return False


def _line_of_block(b: _Blocks, ln: _Line) -> bool:
    b.current.append(ln.text)
    if ln.item and b.one_line_each:
        b.close()     # a page's list item is its line: the site's footer after the last is none of it
    return True


LINE_STEPS = (_blank_or_rule, _wire_lead_opens_block, _date_line_alone, _block_quote_marks, _heading, _list_item_or_turn,
              _table_row, _line_of_block)
