"""Plain text: one article per file (BBC, Reuters dumps, scraped page text)."""
from ..models import Document

FORMAT = "text"


def sniff(name: str, head: bytes) -> bool:
    return name.lower().endswith(".txt")


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a high share of control characters: not text whatever the extension says."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
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


def read(data: bytes, source: str):
    text, encoding = decode(data)
    doc = Document(source=source, text=text, format=FORMAT, encoding=encoding)
    if encoding != "utf-8":
        doc.notes.append(f"not valid UTF-8: decoded as {encoding}")
    yield doc
