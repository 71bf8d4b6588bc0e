"""The ingest run: walk the inputs, read each file, analyse its documents, write in batches, report."""
import hashlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from . import read as readers
from .analyse import analyse, article_id
from .store import Writer, ensure_tables, now, prune, refresh_speakers, article_row

MAX_FILE_BYTES = 20 * 1024 * 1024


@dataclass
class Summary:
    files: int = 0
    unchanged: int = 0
    skipped: int = 0
    failed: int = 0
    articles: int = 0
    statements: int = 0
    problems: int = 0
    pruned: int = 0
    speakers: int = 0
    messages: list = field(default_factory=list)

    def lines(self):
        yield (f"files: {self.files} ({self.unchanged} unchanged, {self.skipped} skipped, {self.failed} failed"
               + (f", {self.pruned} pruned" if self.pruned else "") + ")")
        yield f"articles: {self.articles}"
        yield f"statements: {self.statements}"
        yield f"speakers: {self.speakers}"
        yield f"problems: {self.problems}"
        for m in self.messages[:50]:
            yield f"  problem: {m}"
        if len(self.messages) > 50:
            yield f"  ... and {len(self.messages) - 50} more (see the problems table)"


def ingest(db, paths, registry, taxonomy, prune_missing=False, max_bytes=MAX_FILE_BYTES, progress=None) -> Summary:
    # WAL lets Datasette read while an ingest writes; NORMAL sync is safe with WAL and avoids an fsync per batch.
    db.conn.execute("pragma journal_mode = wal")
    db.conn.execute("pragma synchronous = normal")
    ensure_tables(db, taxonomy)
    summary = Summary()
    writer = Writer(db)
    known = {r["source"]: r for r in db.query("select source, sha256, outcome from sources")}
    seen = set()
    files = list(readers.walk(paths))
    roots = {str(Path(p).resolve()) for p in paths}
    for path, source in (progress(files) if progress else files):
        summary.files += 1
        seen.add(source)
        root = _root_of(path, paths)
        row = {"source": source, "path": str(Path(path).resolve()), "root": root, "ingested_at": now(),
               "sha256": None, "size": None, "format": None, "encoding": None, "articles": 0, "statements": 0}
        reason = readers.skip_reason(Path(path))
        if reason:
            summary.skipped += 1
            if known.get(source, {}).get("outcome") != "skipped":
                row.update(outcome="skipped", message=reason)
                writer.sources.append(row)
            continue
        try:
            size = os.path.getsize(path)
            row["size"] = size
            if size > max_bytes:
                raise readers.ReadError(f"file too large: {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
            with open(path, "rb") as f:
                data = f.read()
        except (OSError, readers.ReadError) as e:
            _fail(writer, summary, row, source, "read", _message(e))
            continue
        sha = hashlib.sha256(data).hexdigest()
        row["sha256"] = sha
        prev = known.get(source)
        if prev and prev["sha256"] == sha and prev["outcome"] in ("ok", "partial"):
            summary.unchanged += 1
            continue
        try:
            fmt, docs = readers.read_documents(data, Path(path).name, source)
            row["format"] = fmt
            articles, statements, problems = [], [], []
            for doc in docs:
                if isinstance(doc, readers.DocumentProblem):
                    problems.append(doc)
                    continue
                try:
                    aid, sts = analyse(doc, source, registry, taxonomy)
                except Exception as e:   # one bad document must not stop the file or the run
                    problems.append(readers.DocumentProblem(doc.source, "extract", f"{type(e).__name__}: {e}"))
                    continue
                row["encoding"] = row["encoding"] or doc.encoding
                for note in doc.notes:
                    problems.append(readers.DocumentProblem(doc.source, "clean", note))
                articles.append(article_row(doc, aid, source))
                statements.extend(sts)
        except readers.ReadError as e:
            _fail(writer, summary, row, source, "read", str(e))
            continue
        except Exception as e:   # a reader crash on malformed input: recorded, the run goes on
            _fail(writer, summary, row, source, "read", f"{type(e).__name__}: {e}")
            continue
        if not articles:
            _fail(writer, summary, row, source, "read",
                  "; ".join(p.message for p in problems[:3]) or "no documents found in the file")
            continue
        row.update(outcome="partial" if any(p.stage != "clean" for p in problems) else "ok",
                   message="; ".join(p.message for p in problems[:3]) or None,
                   articles=len(articles), statements=len(statements))
        writer.add_file(row, articles, statements, replace=source in known)
        for p in problems:
            writer.add_problem(p.source, p.stage, p.message)
            summary.problems += 1
            summary.messages.append(f"{p.source}: {p.message}")
        summary.articles += len(articles)
        summary.statements += len(statements)
    writer.flush()
    if prune_missing:
        summary.pruned = prune(db, sorted(roots), seen)
    refresh_speakers(db)
    summary.speakers = db["speakers"].count
    return summary


def _fail(writer, summary, row, source, stage, message):
    """Record a file that could not be ingested; rows from an earlier good version stay."""
    summary.failed += 1
    summary.problems += 1
    summary.messages.append(f"{source}: {message}")
    row.update(outcome="failed", message=message)
    writer.add_problem(source, stage, message, row)


def _message(e: Exception) -> str:
    if isinstance(e, PermissionError):
        return f"cannot read the file: permission denied"
    if isinstance(e, OSError):
        return f"cannot read the file: {e.strerror or e}"
    return str(e)


def _root_of(path, paths) -> str:
    p = Path(path).resolve()
    for arg in paths:
        a = Path(arg).resolve()
        if p == a or a in p.parents:
            return str(a)
    return str(p.parent)
