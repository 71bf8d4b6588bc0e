"""Reuters-21578 SGML (.sgm): each <REUTERS> element a document.

The files are not XML (control characters written as &#3; and friends, a DOCTYPE naming a DTD), so those
references are removed first and lxml's recovering parser reads the rest. DATE -> published, TITLE ->
headline, BODY -> body cleaned as wire copy (clean_text joins the wrapped lines and takes the "Reuter"
sign-off as the credit); the DATELINE stays out of the body. BRIEF items (a title only) become articles
with an empty body and a note; UNPROC items use their unprocessed text."""
import re

from lxml import etree

from ..clean import clean_text, parse_dateline
from ..models import Document

FORMAT = "sgml"
EXTENSIONS = (".sgm", ".sgml")
CONTROL_REFS = re.compile(rb"&#(?:x0*(?:[01]?[0-9a-fA-F]|7[fF])|0*(?:[0-9]|[12][0-9]|3[01]|127));")
DOCTYPE = re.compile(rb"<!DOCTYPE[^>]*>", re.I)


def sniff(name: str, head: bytes) -> bool:
    return name.lower().endswith(EXTENSIONS) or bool(re.search(rb"<REUTERS[\s>]", head[:1024]))


def read(data: bytes, source: str, limits=None):
    from . import DocumentProblem, ReadError
    cleaned = DOCTYPE.sub(b"", CONTROL_REFS.sub(b"", data))
    parser = etree.XMLParser(recover=True, resolve_entities=False, huge_tree=True, encoding="utf-8")
    try:
        root = etree.fromstring(b"<collection>" + cleaned + b"</collection>", parser)
    except etree.XMLSyntaxError as e:
        raise ReadError(f"not readable as Reuters SGML: {e}") from e
    if root is None or not len(root.findall("REUTERS")):
        raise ReadError("no <REUTERS> documents in the file")
    for n, item in enumerate(root.iterfind("REUTERS"), 1):
        item_source = f"{source}#{n}"
        newid = item.get("NEWID")
        text_el = item.find("TEXT")
        title = _squash(item.findtext("TEXT/TITLE"))
        body_text = item.findtext("TEXT/BODY")
        if body_text is None and text_el is not None and text_el.get("TYPE") == "UNPROC":
            body_text = "".join(text_el.itertext())
        if not title and not (body_text or "").strip():
            yield DocumentProblem(item_source, "read", f"NEWID {newid}: no title and no text")
            continue
        doc = Document(source=item_source, text=body_text or "", format="text", headline=title,
                       published=parse_dateline((item.findtext("DATE") or "").strip()), language="en",
                       outlet="Reuters", key=f"NEWID:{newid}" if newid else None, encoding="utf-8")
        if (body_text or "").strip():
            clean_text(doc)
        else:
            doc.notes.append(f"NEWID {newid}: a brief (title only, no body)")
        doc.format = FORMAT
        yield doc


def _squash(text: str | None) -> str | None:
    return re.sub(r"\s+", " ", text).strip() or None if text else None
