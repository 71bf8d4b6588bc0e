"""Plain text: one article per file (BBC, Reuters dumps, scraped page text)."""
from ..models import Document

FORMAT = "text"
CONTROL_BYTES = bytes(b for b in range(32) if b < 9 or 13 < b)


def sniff(name: str, head: bytes) -> bool:
    return name.lower().endswith(".txt")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a high share of control characters: not text whatever the extension says."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, CONTROL_BYTES))
    return controls > len(head) * 0.05


def decode(data: bytes) -> tuple[str, str]:
    """(text, encoding): UTF-8 (BOM allowed), else cp1252, else Latin-1 (which never fails)."""
    from . import ReadError
    if looks_binary(data):
        raise ReadError("binary content, not text (NUL or control bytes)")
    try:
        return data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def word_list_size(text: str) -> int:
    """Lines in a list of single words (category names, a vocabulary), or 0 when the text is prose."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if len(lines) >= 20 and sum(len(ln.split()) == 1 for ln in lines) >= 0.95 * len(lines):
        return len(lines)
    return 0


def read(data: bytes, source: str, limits=None):
    from . import NotAnArticle
    text, encoding = decode(data)
    words = word_list_size(text)
    if words:
        raise NotAnArticle(f"a list of {words} single words, one per line, not an article")
    doc = Document(source=source, text=text, format=FORMAT, encoding=encoding)
    if encoding != "utf-8":
        doc.notes.append(f"not valid UTF-8: decoded as {encoding}")
    yield doc
