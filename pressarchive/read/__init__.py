"""Read stage: find files, tell their format, turn each into Documents.

Each format is a module here with `FORMAT`, `sniff(name, head) -> bool` and
`read(data: bytes, source: str) -> Iterator[Document]`. Formats are chosen by content as well as by
extension: a module's sniff sees the file name and its first bytes.
"""
import errno
import gzip
import io
import os
import stat
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
CONFIG_SUFFIXES = {".yml", ".yaml", ".toml", ".ini", ".cfg", ".py", ".dtd", ".ann", ".tsv", ".csv", ".crfsuite"}


@dataclass(frozen=True)
class Limits:
    """Bounds on the work one file may cause (each a command-line option; see the README)."""
    max_bytes: int = 20 * 1024 * 1024        # a file's size on disk
    max_unpacked: int = 50_000_000           # a gzip file's decompressed size, a WARC record's content
    max_yaml_aliases: int = 50               # YAML aliases (*name) in a Markdown file's front matter


class ReadError(Exception):
    """A file that cannot be turned into documents: the message says why, for the problems table."""


class NotAnArticle(ReadError):
    """A file read and found to hold no article by design (a word list): skipped, as documentation is, not failed."""


@dataclass
class DocumentProblem:
    """Yielded by a reader in place of a document it could not read (a broken line, a bad feed item):
    the rest of the file is still ingested."""
    source: str
    stage: str
    message: str


def safe_name(name: str) -> str:
    """A file name as text that can always be stored and printed: bytes that are not UTF-8 (kept by Python as
    lone surrogates) are written as \\xNN escapes."""
    return os.fsencode(name).decode("utf-8", "backslashreplace")


def walk(paths):
    """Yield (path, source, root) for every file under the given paths, in a stable order.

    `source` is the path relative to the argument it was found under, starting with the argument folder's own
    name ("seeds/000.txt" for the argument ../corpora/seeds), so sources stay meaningful whichever folder was
    named; a file given directly is its name. When two arguments have the same name (/a/news and /b/news), each
    is named by its path below their common folder instead (a/news/..., b/news/...), so sources never collide.
    `root` is the argument's real path (what --prune compares)."""
    args = list({os.path.realpath(p): p for p in reversed(paths)}.items())[::-1]   # each place once
    roots = [root for root, _ in args]
    # A folder is named by its real name (so "." is the folder's own name); a file by the name it was given.
    names = [os.path.basename(root) if os.path.isdir(root) else os.path.basename(os.path.abspath(arg))
             for root, arg in args]
    for (root, arg), label in zip(args, _labels(roots, names)):
        if os.path.isdir(root):
            for dirpath, dirnames, filenames in os.walk(root):
                dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
                for name in sorted(filenames):
                    if name.startswith("."):
                        continue
                    path = os.path.join(dirpath, name)
                    yield path, safe_name(label + "/" + Path(os.path.relpath(path, root)).as_posix()), safe_name(root)
        else:
            yield str(arg), safe_name(label), safe_name(root)


def _labels(roots, names):
    """The name each argument's sources start with: its own name, or its path below the common folder of the
    arguments that share that name."""
    names = [n or r for n, r in zip(names, roots)]
    labels = list(names)
    for name in set(names):
        same = [i for i, n in enumerate(names) if n == name]
        if len(same) < 2:
            continue
        base = os.path.commonpath([roots[i] for i in same])
        if any(roots[i] == base for i in same):   # one inside the other: name both from the folder above
            base = os.path.dirname(base)
        for i in same:
            labels[i] = Path(os.path.relpath(roots[i], base)).as_posix()
    return labels


FILE_KINDS = [(stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"),
              (stat.S_ISCHR, "a character device (such as /dev/zero)"), (stat.S_ISBLK, "a block device"),
              (stat.S_ISSOCK, "a socket")]


def read_file(path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most max_bytes; ReadError (with a message for people) otherwise.
    Never blocks on a FIFO and never reads a device: the file is checked after it is opened, without waiting."""
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            raise ReadError(f"file too large: {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
        fd = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_NOCTTY", 0))
    except OSError as e:
        raise ReadError(os_message(e)) from e
    with os.fdopen(fd, "rb") as f:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            kind = next((k for test, k in FILE_KINDS if test(mode)), "not a regular file")
            raise ReadError(f"not a regular file: {kind}; only regular files are read")
        try:
            data = f.read(max_bytes + 1)
        except OSError as e:
            raise ReadError(os_message(e)) from e
    if len(data) > max_bytes:
        raise ReadError(f"file too large: it grew past the {max_bytes / 1e6:.0f} MB limit while being read")
    return data


def os_message(e: OSError) -> str:
    if isinstance(e, PermissionError):
        return "cannot read the file: permission denied"
    if e.errno == errno.ELOOP:
        return "cannot read the file: a loop of symbolic links (a link that points back to itself)"
    if isinstance(e, FileNotFoundError):
        return "cannot read the file: No such file or directory (a symbolic link to nothing?)"
    return f"cannot read the file: {e.strerror or e}"


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


def read_documents(data: bytes, name: str, source: str, limits: Limits = Limits()):
    """(format, documents) for one file's bytes; raises ReadError when the file cannot be read as any format."""
    if not data.strip():
        raise ReadError("empty file")
    reader = choose_reader(name, data[:4096])
    if data[:2] == GZIP_MAGIC and reader.FORMAT not in READS_GZIP:
        data = gunzip(data, limits.max_unpacked)
        if not data.strip():
            raise ReadError("empty file (after gzip decompression)")
        name = name[:-3] if name.lower().endswith(".gz") else name
        reader = choose_reader(name, data[:4096])
    data, encoding = from_wide_unicode(data)
    if encoding:
        reader = choose_reader(name, data[:4096])
    docs = reader.read(data, source, limits=limits)
    return reader.FORMAT, (_with_encoding(docs, encoding) if encoding else docs)


GZIP_MAGIC = b"\x1f\x8b"


def gunzip(data: bytes, max_unpacked: int) -> bytes:
    """Decompressed bytes, read as a stream and stopped past max_unpacked (a small gzip bomb cannot take memory)."""
    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as f:
            out = f.read(max_unpacked + 1)
    except EOFError as e:
        raise ReadError("truncated gzip file: the compressed stream ends early") from e
    except (OSError, zlib.error) as e:
        raise ReadError(f"corrupt gzip file: {e}") from e
    if len(out) > max_unpacked:
        raise ReadError(f"decompresses to more than the {max_unpacked / 1e6:.0f} MB limit (a gzip bomb?): "
                        f"not read")
    return out


# Byte order marks of UTF-32 before UTF-16: the UTF-32 LE mark starts with the UTF-16 LE one.
WIDE_BOMS = [(b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"), (b"\xff\xfe", "utf-16"),
             (b"\xfe\xff", "utf-16")]


def from_wide_unicode(data: bytes) -> tuple[bytes, str | None]:
    """UTF-16 and UTF-32 text (told by its byte order mark) re-encoded as UTF-8 for the readers, with the
    encoding it had; other bytes as they are."""
    for bom, encoding in WIDE_BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding).encode("utf-8"), encoding
            except UnicodeDecodeError as e:
                raise ReadError(f"starts with a {encoding.upper()} byte order mark but is not valid "
                                f"{encoding.upper()}: {e.reason} at byte {e.start}") from e
    return data, None


def _with_encoding(docs, encoding):
    for doc in docs:
        if not isinstance(doc, DocumentProblem):
            doc.encoding = encoding
        yield doc
