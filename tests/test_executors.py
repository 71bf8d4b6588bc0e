"""executors.run: results in task order; a task that overruns its time or kills its worker is a TaskFailed in
its place, and the tasks after it still run."""
import multiprocessing.forkserver
import os
import time

import pytest

from pressarchive import executors


def work(task):
    if task == 3:
        time.sleep(60)        # overruns the limit
    if task == 5:
        os._exit(3)           # the worker dies (as if killed for lack of memory)
    return task * 10


@pytest.mark.parametrize("server", [None, "json"], ids=["forked-once", "fork-server"])
def test_results_in_order_overrun_and_dead_workers_replaced(server):
    # (a limit well over a fork's time on a loaded machine: at 1.5 s, with the load at 15, the dying worker's task
    # overran it before the worker got to die; the sleeping task, cut at the limit, shows the limit works)
    results = list(executors.run(work, range(9), jobs=2, timeout=8, server=server))
    assert [r for r in results if not isinstance(r, executors.TaskFailed)] == [0, 10, 20, 40, 60, 70, 80]
    failed = {r.task: r.message for r in results if isinstance(r, executors.TaskFailed)}
    assert "longer than the 8 s time limit" in failed[3]
    assert "worker process reading it died (exit code 3)" in failed[5]
    assert [r if not isinstance(r, executors.TaskFailed) else r.task for r in results] == \
        [0, 10, 20, 3, 40, 5, 60, 70, 80]


def test_one_job_without_limit_runs_in_this_process():
    assert list(executors.run(lambda t: os.getpid(), range(3))) == [os.getpid()] * 3


def test_workers_from_a_fork_server_are_replaced_every_so_many_tasks(monkeypatch):
    # A long run's workers come from a fork server and each is replaced after RECYCLE_AFTER tasks, so no worker's
    # memory grows with the run; the server stops with the run.
    monkeypatch.setattr(executors, "RECYCLE_AFTER", 5)
    pids = list(executors.run(worker_pid, range(40), jobs=2, timeout=10, server="json"))
    assert len(pids) == 40 and os.getpid() not in pids
    assert len(set(pids)) >= 40 // 5
    assert multiprocessing.forkserver._forkserver._forkserver_pid is None


def worker_pid(task):
    return os.getpid()


def test_tasks_run_ahead_are_bounded_by_their_weight():
    # Heavy tasks (a Reuters SGML file's result is megabytes) are handed out only while the ones out weigh
    # AHEAD_WEIGHT at most together, so finished results cannot pile up in the writer; light ones by number.
    pulled = []

    def tasks(n):
        for t in range(n):
            pulled.append(t)
            yield t

    heavy = executors.AHEAD_WEIGHT * 2 // 5     # two fit, a third does not
    for got, expected in zip(executors.run(double, tasks(12), jobs=2, timeout=10, weigh=lambda t: heavy),
                             range(0, 24, 2)):
        assert got == expected
        # out: at most two after this one, plus the one looked at and left for later
        assert len(pulled) <= expected // 2 + 4
    pulled.clear()
    results = executors.run(double, tasks(300), jobs=2, timeout=10, weigh=lambda t: 1)
    assert next(results) == 0 and len(pulled) == 2 * executors.AHEAD_PER_WORKER + 1   # and the next one
    assert list(results) == list(range(2, 600, 2))


def double(task):
    return task * 2
