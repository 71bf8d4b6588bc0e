"""Executors: run one function over many tasks and give the results back in task order.

The pipeline reads and analyses files here and writes the results in one process, in file order. Every executor
has the same small interface:

    run(fn, tasks, jobs=1, timeout=None, initializer=None, initargs=()) -> iterator of results, in task order

A task that runs longer than `timeout` seconds, or whose worker process dies (killed, out of memory, a crash
in C code), yields a `TaskFailed` in its place instead of a result, and the run goes on with a new worker.
"""
import multiprocessing
from collections import deque
from concurrent.futures import TimeoutError as FutureTimeout
from dataclasses import dataclass
from itertools import islice

from pebble import ProcessExpired, ProcessPool

# Tasks handed to the pool ahead of the one being waited for, per worker: enough to keep the workers busy,
# few enough that finished results cannot pile up in memory while the writer is slow.
AHEAD_PER_WORKER = 8


@dataclass
class TaskFailed:
    """Yielded in place of a task's result: the task and why it gave none (a sentence for the problems table)."""
    task: object
    message: str


def run(fn, tasks, jobs: int = 1, timeout: float | None = None, initializer=None, initargs=()):
    """fn(task) for each task, in task order. Without a timeout and with one job, in this process; otherwise in
    `jobs` worker processes (pebble), each task stopped after `timeout` seconds."""
    if jobs <= 1 and not timeout:
        if initializer is not None:
            initializer(*initargs)
        return map(fn, tasks)
    return _pooled(fn, tasks, jobs, timeout, initializer, initargs)


def _pooled(fn, tasks, jobs, timeout, initializer, initargs):
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
    pool = ProcessPool(max_workers=max(1, jobs), initializer=initializer, initargs=initargs, context=context)
    pending = iter(tasks)
    window = deque()

    def schedule(n):
        for task in islice(pending, n):
            window.append((task, pool.schedule(fn, args=(task,), timeout=timeout or None)))

    try:
        schedule(max(1, jobs) * AHEAD_PER_WORKER)
        while window:
            task, future = window.popleft()
            result = _result(task, future, timeout)
            schedule(1)
            yield result
    finally:
        pool.stop()   # also when the consumer stopped early: no worker outlives the run
        pool.join()


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
