"""WARC and WARC.gz web archives (warcio): each HTML response record an article, its url the record's
WARC-Target-URI. Main text and metadata come from the HTML reader's extraction."""
from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
import io
import zlib

from .html import extract

FORMAT = "warc"
EXTENSIONS = (".warc", ".warc.gz", ".arc", ".arc.gz")


def sniff(name: str, head: bytes) -> bool:
    return name.lower().endswith(EXTENSIONS) or head.startswith(b"WARC/")


def read(data: bytes, source: str, limits=None):
    from . import DocumentProblem, Limits, ReadError
    limits = limits or Limits()
    n = 0
    other = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if record.rec_type != "response" or record.http_headers is None:
                continue
            content_type = (record.http_headers.get_header("Content-Type") or "").lower()
            uri = record.rec_headers.get_header("WARC-Target-URI")
            if "html" not in content_type:
                other += 1
                continue
            n += 1
            item_source = f"{source}#{n}"
            status = record.http_headers.get_statuscode()
            if status and not status.startswith("2"):
                yield DocumentProblem(item_source, "read", f"{uri}: HTTP status {status}, not a page")
                continue
            content = record.content_stream().read(limits.max_unpacked + 1)
            if len(content) > limits.max_unpacked:
                yield DocumentProblem(item_source, "read", f"{uri}: the page is over the "
                                                           f"{limits.max_unpacked / 1e6:.0f} MB limit: not read")
                continue
            try:
                doc = extract(content, item_source, url=uri)
            except ReadError as e:
                yield DocumentProblem(item_source, "read", f"{uri}: {e}")
                continue
            doc.format = FORMAT
            doc.url = uri
            doc.key = uri
            yield doc
    except (ArchiveLoadFailed, EOFError, zlib.error, OSError, ValueError) as e:
        # A truncated archive: what was read before the damage is kept.
        if n == 0:
            raise ReadError(f"not a readable WARC archive: {e}") from e
        yield DocumentProblem(f"{source}#{n + 1}", "read", f"archive damaged after record {n}: {e}")
    if n == 0:
        raise ReadError(f"no HTML responses in the WARC archive ({other} other responses)")
