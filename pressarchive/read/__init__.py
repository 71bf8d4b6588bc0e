"""Read stage: find files, tell their format, turn each into Documents.

Each format is a module here with `FORMAT`, `sniff(name, head) -> bool` and
`read(data: bytes, source: str) -> Iterator[Document]`. Formats are chosen by content as well as by
extension: a module's sniff sees the file name and its first bytes.
"""
import gzip
import os
import zlib
from dataclasses import dataclass
from pathlib import Path

from . import feed, html, jsonl, markdown, plaintext, sgml, warc

# Order matters: the first reader whose sniff accepts a file reads it; plain text is the fallback.
# Content-specific formats come before those that accept by extension alone.
READERS = [warc, sgml, feed, jsonl, markdown, html, plaintext]
# Readers that take gzip-compressed bytes as they are (WARC.gz is gzipped per record).
READS_GZIP = {warc.FORMAT}

# Files that describe a corpus rather than belong to it: recorded as skipped, never read as articles.
DOCUMENTATION = {"readme", "readme.md", "readme.txt", "source.md", "index.md", "license", "license.txt",
                 "licence.txt", "copying", "manifest.csv"}
CONFIG_SUFFIXES = {".yml", ".yaml", ".toml", ".ini", ".cfg", ".py", ".dtd", ".ann", ".tsv", ".csv"}


class ReadError(Exception):
    """A file that cannot be turned into documents: the message says why, for the problems table."""


@dataclass
class DocumentProblem:
    """Yielded by a reader in place of a document it could not read (a broken line, a bad feed item):
    the rest of the file is still ingested."""
    source: str
    stage: str
    message: str


def walk(paths):
    """Yield (path, source) for every file under the given paths, in a stable order.

    `source` is the path relative to the argument it was found under, starting with the argument folder's own
    name ("seeds/000.txt" for the argument ../corpora/seeds), so sources stay meaningful whichever folder was
    named; a file given directly is its name."""
    for arg in paths:
        root = Path(arg)
        if root.is_dir():
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if name.startswith("."):
                        continue
                    path = Path(dirpath) / name
                    yield path, (Path(root.resolve().name) / path.relative_to(root)).as_posix()
        else:
            yield root, root.name


def skip_reason(path: Path) -> str | None:
    """Why a file is not a document (documentation, configuration), or None when it should be read."""
    name = path.name.lower()
    if name in DOCUMENTATION:
        return "documentation of the corpus, not an article"
    suffixes = "".join(path.suffixes[-2:]).lower()
    if path.suffix.lower() in CONFIG_SUFFIXES and not suffixes.endswith((".html", ".htm")):
        return f"{path.suffix} files are data or configuration, not articles"
    return None


def choose_reader(name: str, head: bytes):
    for reader in READERS:
        if reader.sniff(name, head):
            return reader
    return plaintext


def read_documents(data: bytes, name: str, source: str):
    """Documents in one file's bytes; raises ReadError when the file cannot be read as any format."""
    if not data.strip():
        raise ReadError("empty file")
    reader = choose_reader(name, data[:4096])
    if data[:2] == GZIP_MAGIC and reader.FORMAT not in READS_GZIP:
        data = gunzip(data)
        if not data.strip():
            raise ReadError("empty file (after gzip decompression)")
        inner = name[:-3] if name.lower().endswith(".gz") else name
        reader = choose_reader(inner, data[:4096])
    return reader.FORMAT, reader.read(data, source)


GZIP_MAGIC = b"\x1f\x8b"


def gunzip(data: bytes) -> bytes:
    try:
        return gzip.decompress(data)
    except EOFError as e:
        raise ReadError("truncated gzip file: the compressed stream ends early") from e
    except (OSError, zlib.error) as e:
        raise ReadError(f"corrupt gzip file: {e}") from e
