"""Executors: run one function over many tasks and give the results back in task order.

The pipeline reads and analyses files here and writes the results in one process, in file order. Every executor
has the same small interface:

    run(fn, tasks, jobs=1, timeout=None, initializer=None, initargs=()) -> iterator of results, in task order

A task that runs longer than `timeout` seconds, or whose worker process dies (killed, out of memory, a crash
in C code), yields a `TaskFailed` in its place instead of a result, and the run goes on with a new worker.
"""
import gc
import multiprocessing
from collections import deque
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from itertools import islice

from pebble import ProcessExpired, ProcessPool

# Tasks handed to the pool ahead of the one being waited for, per worker: enough to keep the workers busy while
# the writer commits and clusters a batch (~0.4 s, 30-60 files; with 8 they stood idle), few enough that
# finished results (a file's rows, tens of kB) cannot pile up in memory.
AHEAD_PER_WORKER = 64
# And at most this weight of tasks (`weigh`: the pipeline gives a file's size) ahead of the one being waited for:
# a result is a few times its file's size, and while the writer clusters a Reuters SGML file (1,000 articles,
# 1.3 MB) the workers finished the next ones, whose results then sat in the writer's memory (tens of MB).
AHEAD_WEIGHT = 4_000_000
# Tasks a worker started from a fork server runs before it is replaced by a fresh one (see _pooled): a new
# worker costs a fork and its initializer (milliseconds), and 250 BBC files grow a worker by a few MB.
RECYCLE_AFTER = 250


@dataclass
class TaskFailed:
    """Yielded in place of a task's result: the task and why it gave none (a sentence for the problems table)."""
    task: object
    message: str


def run(fn, tasks, jobs: int = 1, timeout: float | None = None, initializer=None, initargs=(),
        server: str | None = None, weigh=None):
    """fn(task) for each task, in task order. Without a timeout and with one job, in this process; otherwise in
    `jobs` worker processes (pebble), each task stopped after `timeout` seconds. With `server` (a module that
    loads what the workers need), the workers are forked from a fork server that imported it, and each is
    replaced after RECYCLE_AFTER tasks; without, they are forked from this process once. `weigh(task)` (e.g. a
    file's size) bounds the tasks run ahead of the one awaited to AHEAD_WEIGHT together (one at least)."""
    if jobs <= 1 and not timeout:
        if initializer is not None:
            initializer(*initargs)
        return map(fn, tasks)
    return _pooled(fn, tasks, jobs, timeout, initializer, initargs, server, weigh)


def _pooled(fn, tasks, jobs, timeout, initializer, initargs, server=None, weigh=None):
    methods = multiprocessing.get_all_start_methods()
    recycle = 0
    if server and "forkserver" in methods:
        # A worker's heap only grows (freed memory stays with the process), so each is replaced after a number
        # of files; replacements come from the fork server, a process that loaded `server` once and never runs
        # threads, so none inherits a lock held at the fork (as one forked from this process, whose pool threads
        # run, could: a BBC file then "took longer than 30 s" in CI), nor the writer's grown heap.
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([server])
        recycle = RECYCLE_AFTER
    else:
        # Workers forked once, from this process, at the start. Objects alive now (modules, lexicons, name
        # lists, the model) go to a permanent generation before the fork: the workers' collector then never
        # walks them, nor writes to their pages, which the workers share.
        context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        gc.freeze()
    pool = ProcessPool(max_workers=max(1, jobs), max_tasks=recycle, initializer=initializer, initargs=initargs,
                       context=context)
    pending = _Ahead(tasks, max(1, jobs) * AHEAD_PER_WORKER, weigh)
    window = deque()

    def schedule():
        for task, weight in pending.take(len(window)):
            window.append((task, weight, pool.schedule(fn, args=(task,), timeout=timeout or None)))

    try:
        schedule()
        while window:
            task, weight, future = window.popleft()
            pending.done(weight)
            result = _result(task, future, timeout)
            schedule()
            yield result
    finally:
        pool.stop()   # also when the consumer stopped early: no worker outlives the run
        pool.join()
        if recycle:
            _stop_fork_server()
        else:
            gc.unfreeze()


class _Ahead:
    """The tasks not yet handed out, as (task, weight): given out while fewer than `most` are out and the weights
    (`weigh(task)`) out sum to at most AHEAD_WEIGHT; always one when none is out. done(weight) when one is back."""

    _NONE = object()

    def __init__(self, tasks, most, weigh=None):
        self.tasks, self.most, self.weigh = iter(tasks), most, weigh
        self.weight, self.next = 0, None

    def take(self, out: int):
        while out < self.most:
            if self.next is None:
                task = next(self.tasks, self._NONE)
                if task is self._NONE:
                    return
                self.next = (task, self.weigh(task) if self.weigh else 0)
            if out and self.weight + self.next[1] > AHEAD_WEIGHT:
                return
            (task, weight), self.next = self.next, None
            self.weight += weight
            out += 1
            yield task, weight

    def done(self, weight: int):
        self.weight -= weight


def _stop_fork_server():
    """The fork server holds what `server` loaded (~150 MB): it stops with the run, as the workers do, and its
    workers' time and memory are then counted in this process's children (getrusage). Python has no public
    call for this one (its own tests use it); the next run starts a new server."""
    from multiprocessing import forkserver
    stop = getattr(forkserver._forkserver, "_stop", None)
    if stop is not None:
        stop()


def _result(task, future, timeout):
    try:
        return future.result()
    except FutureTimeout:
        return TaskFailed(task, f"took longer than the {timeout:g} s time limit per file: stopped")
    except ProcessExpired as e:
        code = f" (exit code {e.exitcode})" if e.exitcode is not None else ""
        return TaskFailed(task, f"the worker process reading it died{code}, e.g. killed for lack of memory")
    except Exception as e:   # the result could not be sent back (e.g. not picklable): that task only
        return TaskFailed(task, f"the worker could not return its result: {type(e).__name__}: {e}")


# ------------------------------------------------------------------------------------------------ Dask

_DASK_CONTEXT: dict = {}   # in each Dask worker: the run whose initializer last ran there


def run_dask(fn, tasks, cluster, jobs: int = 1, initializer=None, initargs=()):
    """fn(task) for each task on a Dask distributed cluster, results yielded in task order.

    `cluster` is a scheduler address ("tcp://host:8786": the workers must see the same files at the same
    paths), "local" (a LocalCluster of `jobs` single-threaded worker processes started for this run) or a
    distributed.Client. initargs are scattered to every worker once and `initializer(*initargs)` runs on a
    worker before its first task of the run. At most AHEAD_PER_WORKER tasks per worker thread are in flight;
    futures are collected with as_completed and handed on in task order, so the writer streams results as
    they come while memory stays bounded. A task whose worker raised or died yields a TaskFailed. Dask cannot
    stop a running task, so the per-file time limit is not applied here."""
    import uuid

    from distributed import Client, LocalCluster, as_completed

    own_cluster = own_client = None
    if isinstance(cluster, Client):
        client = cluster
    else:
        if cluster == "local":
            own_cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                       dashboard_address=None)
            cluster = own_cluster
        client = own_client = Client(cluster)
    run_id = uuid.uuid4().hex
    context = client.scatter(list(initargs), broadcast=True) if initargs else []
    window = max(1, sum(client.nthreads().values())) * AHEAD_PER_WORKER
    pending = enumerate(tasks)
    in_flight: dict = {}     # future key -> (index, task, future)
    finished: dict = {}      # index -> result, until every earlier one has been yielded
    futures = as_completed(loop=client.loop)

    def submit(n):
        for index, task in islice(pending, n):
            future = client.submit(_dask_call, fn, initializer, run_id, task, *context, pure=False)
            in_flight[future.key] = (index, task, future)
            futures.add(future)

    next_index = 0
    try:
        submit(window)
        for future in futures:
            index, task, _ = in_flight.pop(future.key)
            try:
                finished[index] = future.result()
            except Exception as e:   # the task raised, or its worker died (KilledWorker)
                finished[index] = TaskFailed(task, f"the Dask worker failed on it: {type(e).__name__}: {e}")
            future.release()
            while next_index in finished:
                yield finished.pop(next_index)
                next_index += 1
                submit(1)
    finally:
        if in_flight:   # the consumer stopped early
            client.cancel([future for _, _, future in in_flight.values()])
        if own_client is not None:
            own_client.close()
        if own_cluster is not None:
            own_cluster.close()


def _dask_call(fn, initializer, run_id, task, *initargs):
    if initializer is not None and _DASK_CONTEXT.get("run") != run_id:
        initializer(*initargs)
        _DASK_CONTEXT["run"] = run_id
    return fn(task)
