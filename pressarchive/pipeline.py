"""The ingest run: walk the inputs, read each file, analyse its documents, write in batches, report."""
import hashlib
import multiprocessing
import os
from dataclasses import dataclass, field
from pathlib import Path

from . import cluster
from . import read as readers
from .analyse import analyse
from .store import Writer, ensure_tables, now, prune, refresh_browse, refresh_speakers, article_row

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
    written: dict = field(default_factory=dict)   # source of each file written in this run -> its signatures
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


@dataclass
class FileResult:
    """What happened to one file: its sources row and, when it was read, its rows and problems."""
    source: str
    row: dict
    status: str                       # ok / partial / unchanged / skipped / failed
    stage: str | None = None          # for failed: the stage that failed
    message: str | None = None
    articles: list = field(default_factory=list)
    statements: list = field(default_factory=list)
    problems: list = field(default_factory=list)
    signatures: dict | None = None    # for clustering (cluster.signatures), made in the worker


# The analysis context of a worker process (set before the pool forks, or by its initializer).
_CONTEXT: dict = {}


def _init_worker(registry, taxonomy, max_bytes):
    _CONTEXT.update(registry=registry, taxonomy=taxonomy, max_bytes=max_bytes)


def process_file(task) -> FileResult:
    """Read and analyse one file; never raises (a failure is a result)."""
    path, source, root, previous_sha = task
    registry, taxonomy, max_bytes = _CONTEXT["registry"], _CONTEXT["taxonomy"], _CONTEXT["max_bytes"]
    row = {"source": source, "path": str(Path(path).absolute()), "root": root, "ingested_at": now(),
           "sha256": None, "size": None, "format": None, "encoding": None, "articles": 0, "statements": 0}
    reason = readers.skip_reason(Path(path))
    if reason:
        row.update(outcome="skipped", message=reason)
        return FileResult(source, row, "skipped")
    try:
        size = os.path.getsize(path)
        row["size"] = size
        if size > max_bytes:
            raise readers.ReadError(f"file too large: {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit")
        with open(path, "rb") as f:
            data = f.read()
    except (OSError, readers.ReadError) as e:
        return FileResult(source, row, "failed", "read", _message(e))
    row["sha256"] = sha = hashlib.sha256(data).hexdigest()
    if previous_sha == sha:
        return FileResult(source, row, "unchanged")
    articles, statements, problems = [], [], []
    try:
        fmt, docs = readers.read_documents(data, Path(path).name, source)
        row["format"] = fmt
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
        return FileResult(source, row, "failed", "read", str(e))
    except Exception as e:   # a reader crash on malformed input: recorded, the run goes on
        return FileResult(source, row, "failed", "read", f"{type(e).__name__}: {e}")
    if not articles:
        message = "; ".join(p.message for p in problems[:3]) or "no documents found in the file"
        return FileResult(source, row, "failed", "read", message)
    status = "partial" if any(p.stage != "clean" for p in problems) else "ok"
    row.update(outcome=status, message="; ".join(p.message for p in problems[:3]) or None,
               articles=len(articles), statements=len(statements))
    return FileResult(source, row, status, articles=articles, statements=statements, problems=problems,
                      signatures=cluster.signatures(articles, statements))


def ingest(db, paths, registry, taxonomy, prune_missing=False, max_bytes=MAX_FILE_BYTES, progress=None,
           jobs: int = 1) -> Summary:
    """Ingest files and folders into db. With jobs > 1, files are analysed in that many worker processes
    (results come back in file order and are written by this process alone)."""
    # WAL lets Datasette read while an ingest writes; NORMAL sync is safe with WAL and avoids an fsync per batch.
    db.conn.execute("pragma journal_mode = wal")
    db.conn.execute("pragma synchronous = normal")
    ensure_tables(db, taxonomy)
    summary = Summary()
    writer = Writer(db)
    known = {r["source"]: r for r in db.query("select source, sha256, outcome from sources")}
    resolved_roots = [Path(p).resolve() for p in paths]
    tasks = []
    for path, source in readers.walk(paths):
        prev = known.get(source)
        # Failed files are read again every run, so a fixed file is picked up.
        previous_sha = prev["sha256"] if prev and prev["outcome"] in ("ok", "partial") else None
        tasks.append((str(path), source, _root_of(path, resolved_roots), previous_sha))
    _init_worker(registry, taxonomy, max_bytes)
    pool = None
    if jobs > 1 and len(tasks) > 50 and "fork" in multiprocessing.get_all_start_methods():
        pool = multiprocessing.get_context("fork").Pool(jobs)   # workers inherit _CONTEXT
        results = pool.imap(process_file, tasks, chunksize=8)
    else:
        results = map(process_file, tasks)
    try:
        for result in (progress(results, len(tasks)) if progress else results):
            _record(result, known, writer, summary)
    finally:
        if pool is not None:
            pool.close()
            pool.join()
    writer.flush()
    if prune_missing:
        summary.pruned = prune(db, sorted(str(r) for r in resolved_roots), {t[1] for t in tasks})
    if summary.articles or summary.pruned:   # files added or changed (every one has an article), or pruned
        cluster.update(db, summary.written)
        refresh_speakers(db)
        refresh_browse(db)
    summary.speakers = db["speakers"].count
    return summary


def _record(result: FileResult, known, writer, summary):
    summary.files += 1
    if result.status == "skipped":
        summary.skipped += 1
        if known.get(result.source, {}).get("outcome") != "skipped":
            writer.sources.append(result.row)
    elif result.status == "unchanged":
        summary.unchanged += 1
    elif result.status == "failed":
        _fail(writer, summary, result.row, result.source, result.stage, result.message)
    else:
        writer.add_file(result.row, result.articles, result.statements, replace=result.source in known)
        summary.written[result.source] = result.signatures
        for p in result.problems:
            writer.add_problem(p.source, p.stage, p.message)
            summary.problems += 1
            summary.messages.append(f"{p.source}: {p.message}")
        summary.articles += len(result.articles)
        summary.statements += len(result.statements)


def _fail(writer, summary, row, source, stage, message):
    """Record a file that could not be ingested; rows from an earlier good version stay."""
    summary.failed += 1
    summary.problems += 1
    summary.messages.append(f"{source}: {message}")
    row.update(outcome="failed", message=message)
    writer.add_problem(source, stage, message, row)


def _message(e: Exception) -> str:
    if isinstance(e, PermissionError):
        return "cannot read the file: permission denied"
    if isinstance(e, OSError):
        return f"cannot read the file: {e.strerror or e}"
    return str(e)


def _root_of(path, roots) -> str:
    """The ingest argument (resolved) a file was found under."""
    p = Path(path).resolve()
    for a in roots:
        if p == a or a in p.parents:
            return str(a)
    return str(p.parent)
