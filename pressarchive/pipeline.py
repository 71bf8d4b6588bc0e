"""The ingest run: walk the inputs, read each file, analyse its documents, write in batches, report."""
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from . import cluster, executors, speaker_names
from . import read as readers
from .analyse import analyse
from .store import Writer, article_row, ensure_tables, is_stale, now, prune, refresh_derived, statement_record

MAX_FILE_BYTES = readers.Limits.max_bytes
TIME_LIMIT = 30.0           # seconds one file may take to read and analyse
BATCH_ARTICLES = 200        # articles per write transaction (then clustered while the workers read on)
# A run of more files than this starts its workers from a fork server and replaces each every few hundred files
# (executors.run's `server`), so their memory stays level however long the run; the server's start costs about
# a CPU second (7-10 % of BBC News' 2,225 files), which a shorter run saves by forking its workers from this
# process once (they grow by a few tens of MB over such a run).
LONG_RUN_FILES = 2500
SHOWN_MESSAGES = 50     # problem messages the summary prints (and keeps)


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
    written: dict = field(default_factory=dict)   # source of each file written and not yet clustered -> signatures
    messages: list = field(default_factory=list)  # the first SHOWN_MESSAGES problems (all are in the problems table)

    def problem(self, message: str):
        """Count a problem; its message is kept only while fewer than SHOWN_MESSAGES are (lines() prints no more),
        so the summary does not grow with the input."""
        self.problems += 1
        if len(self.messages) < SHOWN_MESSAGES:
            self.messages.append(message)

    def lines(self):
        yield (f"files: {self.files} ({self.unchanged} unchanged, {self.skipped} skipped, {self.failed} failed"
               + (f", {self.pruned} pruned" if self.pruned else "") + ")")
        yield f"articles: {self.articles}"
        yield f"statements: {self.statements}"
        yield f"speakers: {self.speakers}"
        yield f"problems: {self.problems}"
        for m in self.messages:
            yield f"  problem: {m}"
        if self.problems > len(self.messages):
            yield f"  ... and {self.problems - len(self.messages)} more (see the problems table)"


@dataclass
class FileResult:
    """What happened to one file: its sources row and, when it was read, its rows and problems."""
    source: str
    row: dict
    status: str                       # ok / partial / unchanged / skipped / failed
    stage: str | None = None          # for failed: the stage that failed
    message: str | None = None
    articles: list = field(default_factory=list)
    statements: list = field(default_factory=list)   # store.statement_record()s
    problems: list = field(default_factory=list)
    signatures: dict | None = None    # for clustering (cluster.signatures), made in the worker


# The analysis context of a worker process (set before the pool forks, or by its initializer).
_CONTEXT: dict = {}


def _init_worker(registry, taxonomy, limits):
    _CONTEXT.update(registry=registry, taxonomy=taxonomy, limits=limits)


def _new_row(path, source, root) -> dict:
    return {"source": source, "path": readers.safe_name(os.path.abspath(path)), "root": root,
            "ingested_at": now(), "sha256": None, "size": None, "format": None, "encoding": None, "articles": 0,
            "statements": 0}


def process_file(task) -> FileResult:
    """Read and analyse one file; never raises (a failure is a result)."""
    path, source, root, previous_sha = task
    registry, taxonomy, limits = _CONTEXT["registry"], _CONTEXT["taxonomy"], _CONTEXT["limits"]
    row = _new_row(path, source, root)
    reason = readers.skip_reason(Path(path))
    if reason:
        row.update(outcome="skipped", message=reason)
        return FileResult(source, row, "skipped")
    try:
        data = readers.read_file(path, limits.max_bytes)
    except readers.ReadError as e:
        return FileResult(source, row, "failed", "read", str(e))
    row["size"] = len(data)
    row["sha256"] = sha = hashlib.sha256(data).hexdigest()
    if previous_sha == sha:
        return FileResult(source, row, "unchanged")
    articles, statements, problems = [], [], []
    try:
        fmt, docs = readers.read_documents(data, Path(path).name, source, limits)
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
    except readers.NotAnArticle as e:     # a word list: no article by design, like documentation
        row.update(outcome="skipped", message=str(e))
        return FileResult(source, row, "skipped")
    except readers.ReadError as e:
        return FileResult(source, row, "failed", "read", str(e))
    except MemoryError:
        return FileResult(source, row, "failed", "read", "ran out of memory reading the file")
    except RecursionError:
        return FileResult(source, row, "failed", "read", "nested too deeply to read")
    except Exception as e:   # a reader crash on malformed input: recorded, the run goes on
        return FileResult(source, row, "failed", "read", f"{type(e).__name__}: {e}")
    if not articles:
        message = "; ".join(p.message for p in problems[:3]) or "no documents found in the file"
        return FileResult(source, row, "failed", "read", message)
    status = "partial" if any(p.stage != "clean" for p in problems) else "ok"
    row.update(outcome=status, message="; ".join(p.message for p in problems[:3]) or None,
               articles=len(articles), statements=len(statements))
    return FileResult(source, row, status, articles=articles, statements=[statement_record(st) for st in statements],
                      problems=problems, signatures=cluster.signatures(articles, statements))


def ingest(db, paths, registry, taxonomy, prune_missing=False, max_bytes=MAX_FILE_BYTES, progress=None,
           jobs: int = 1, timeout: float | None = TIME_LIMIT, limits: readers.Limits | None = None,
           batch_articles: int = BATCH_ARTICLES, dask=None, fork_server: bool = False) -> Summary:
    """Ingest files and folders into db. Files are read and analysed by executors.run (in `jobs` worker
    processes, each file stopped after `timeout` seconds; timeout None or 0 and one job: in this process);
    results come back in file order and are written by this process alone, one transaction per batch.
    With `dask` (a scheduler address, "local" or a distributed.Client) files are read and analysed on a Dask
    cluster instead (executors.run_dask), the writing staying here. With `fork_server` (the CLI's choice), a run of
    more than LONG_RUN_FILES files starts its workers from a fork server; a script that asks for it must guard its
    main module (`if __name__ == "__main__":`), which every worker imports, as multiprocessing requires."""
    limits = limits or readers.Limits(max_bytes=max_bytes)
    # WAL lets Datasette read while an ingest writes; NORMAL sync is safe with WAL and avoids an fsync per batch.
    db.conn.execute("pragma journal_mode = wal")
    db.conn.execute("pragma synchronous = normal")
    ensure_tables(db, taxonomy)
    catch_up(db)   # an earlier run stopped before its refresh: clusters and counts are right now, not at our end
    summary = Summary()
    writer = Writer(db, batch_articles)
    # The files are walked twice: counted first, then made into tasks as the workers need them, each looking up
    # its file's row of an earlier run; a list of every task and a dict of every stored file's row grew with the
    # input (5 MB of the writer's heap for two copies of the corpora, 12,000 files).
    known = _Stored(db)
    count = sum(1 for _ in readers.walk(paths))
    roots, seen = set(), (set() if prune_missing else None)
    tasks = _tasks(paths, known, roots, seen)
    _init_worker(registry, taxonomy, limits)
    server = "pressarchive.forkserver" if fork_server and count > LONG_RUN_FILES else None
    if server is None:
        speaker_names.preload()     # before the workers fork: they share the name lists instead of each loading them
    if dask is not None:
        outcomes = executors.run_dask(process_file, tasks, dask, jobs=jobs, initializer=_init_worker,
                                      initargs=(registry, taxonomy, limits))
    else:
        outcomes = executors.run(process_file, tasks, jobs=jobs, timeout=timeout, initializer=_init_worker,
                                 initargs=(registry, taxonomy, limits), server=server, weigh=_file_size)
    results = (_timed_out(r) if isinstance(r, executors.TaskFailed) else r for r in outcomes)
    try:
        for result in (progress(results, count) if progress else results):
            batches = writer.batches
            _record(result, known, writer, summary)
            if writer.batches != batches:
                _cluster_batch(db, summary)
    finally:
        close = getattr(outcomes, "close", None)
        if close:
            close()   # stops the worker processes when the writer stopped early
    writer.flush()
    if prune_missing:
        summary.pruned = prune(db, sorted(roots | {readers.safe_name(os.path.realpath(p)) for p in paths}), seen)
    # Derived tables are rebuilt when this run changed rows, or when an earlier run was stopped before it could
    # (clusters too: statements an interrupted run left unclustered are found by cluster.update itself).
    catch_up(db, summary.written)
    summary.speakers = db["speakers"].count
    return summary


class _Stored:
    """The sources rows of earlier runs, looked up one file at a time (before the file is written in this run)."""

    def __init__(self, db):
        self.db = db

    def get(self, source) -> dict | None:
        row = self.db.execute("select sha256, outcome from sources where source = ?", [source]).fetchone()
        return {"sha256": row[0], "outcome": row[1]} if row else None


def _tasks(paths, known: _Stored, roots: set, seen: set | None):
    """The task of each file (path, source, root, sha256 of the version stored); their roots and (seen, for
    --prune) their sources are collected as they are made."""
    for path, source, root in readers.walk(paths):
        prev = known.get(source)
        # Failed files are read again every run, so a fixed file is picked up.
        previous_sha = prev["sha256"] if prev and prev["outcome"] in ("ok", "partial") else None
        roots.add(root)
        if seen is not None:
            seen.add(source)
        yield path, source, root, previous_sha


def _cluster_batch(db, summary):
    """Cluster the files of the batch just written, while the workers read the next ones: done at the end of
    the run instead, it kept one core idle. Their signatures are then let go (summary.written keeps only
    those of files not yet clustered), so the writer's memory does not grow with the run."""
    cluster.update(db, summary.written, whole=False)   # the end of the run checks the whole archive
    summary.written = {}


def catch_up(db, written=()):
    """When the derived data is marked stale: clusters for the files written (and any statement left unclustered),
    then speaker counts, statements_browse and the count tables."""
    if is_stale(db):
        cluster.update(db, written)
        refresh_derived(db)


def _file_size(task) -> int:
    """A task's weight for executors.run: its file's size (0 when it cannot be known; reading it will say why)."""
    try:
        return os.stat(task[0]).st_size
    except OSError:
        return 0


def _timed_out(failed: executors.TaskFailed) -> FileResult:
    path, source, root, _ = failed.task
    row = _new_row(path, source, root)
    return FileResult(source, row, "failed", "limit", failed.message)


def _record(result: FileResult, known: _Stored, writer, summary):
    summary.files += 1
    if result.status == "skipped":
        summary.skipped += 1
        if (known.get(result.source) or {}).get("outcome") != "skipped":
            writer.sources.append(result.row)
    elif result.status == "unchanged":
        summary.unchanged += 1
    elif result.status == "failed":
        _fail(writer, summary, result.row, result.source, result.stage, result.message)
    else:
        stored = known.get(result.source) is not None
        partial = result.status == "partial" and stored
        writer.add_file(result.row, result.articles, result.statements, replace=stored, partial=partial)
        summary.written[result.source] = result.signatures
        for p in result.problems:
            writer.add_problem(p.source, p.stage, p.message)
            summary.problem(f"{p.source}: {p.message}")
        if partial:
            _keep_note(writer, summary, result)
        summary.articles += len(result.articles)
        summary.statements += len(result.statements)


def _keep_note(writer, summary, result):
    """A changed file read only in part keeps the old articles its new version lacks: say how many."""
    new_ids = [a["id"] for a in result.articles]
    kept = writer.db.execute("select count(*) from articles where file = ? and id not in "
                             "(select value from json_each(?))", [result.source, json.dumps(new_ids)]).fetchone()[0]
    if kept:
        message = (f"read only in part: the {kept} articles of the earlier version that this one lacks are kept "
                   "until the file is read in full")
        writer.add_problem(result.source, "keep", message)
        summary.problem(f"{result.source}: {message}")


def _fail(writer, summary, row, source, stage, message):
    """Record a file that could not be ingested; rows from an earlier good version stay."""
    summary.failed += 1
    summary.problem(f"{source}: {message}")
    row.update(outcome="failed", message=message)
    writer.add_problem(source, stage, message, row)


