"""executors.run: results in task order; a task that overruns its time or kills its worker is a TaskFailed in
its place, and the tasks after it still run."""
import os
import time

from pressarchive import executors


def work(task):
    if task == 3:
        time.sleep(60)        # overruns the limit
    if task == 5:
        os._exit(3)           # the worker dies (as if killed for lack of memory)
    return task * 10


def test_results_in_order_overrun_and_dead_workers_replaced():
    started = time.monotonic()
    results = list(executors.run(work, range(9), jobs=2, timeout=1.5))
    assert time.monotonic() - started < 30
    assert [r for r in results if not isinstance(r, executors.TaskFailed)] == [0, 10, 20, 40, 60, 70, 80]
    failed = {r.task: r.message for r in results if isinstance(r, executors.TaskFailed)}
    assert "longer than the 1.5 s time limit" in failed[3]
    assert "worker process reading it died (exit code 3)" in failed[5]
    assert [r if not isinstance(r, executors.TaskFailed) else r.task for r in results] == \
        [0, 10, 20, 3, 40, 5, 60, 70, 80]


def test_one_job_without_limit_runs_in_this_process():
    assert list(executors.run(lambda t: os.getpid(), range(3))) == [os.getpid()] * 3
