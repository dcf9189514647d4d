"""The background-work helper: one answer per task, on the GUI thread, stale ones dropped."""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import QCoreApplication, QThread


def _settle(runner):
    """Every runnable has ended (so posted any answer it would post) and every posted answer
    was delivered: what the tests see now is all there will ever be."""
    assert runner.pool.waitForDone(5000)
    QCoreApplication.sendPostedEvents()
    QCoreApplication.processEvents()


def _record(task):
    seen: list[tuple[str, object, bool]] = []
    gui = QThread.currentThread()
    task.finished.connect(lambda v: seen.append(("finished", v, QThread.currentThread() is gui)))
    task.failed.connect(lambda e: seen.append(("failed", e, QThread.currentThread() is gui)))
    return seen


def test_success_emits_finished_once_on_gui_thread(qtbot, runner):
    worker_threads = []

    def work(a, b):
        worker_threads.append(threading.current_thread())
        return a + b

    task = runner.run(work, 2, 3)
    seen = _record(task)
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [5]
    _settle(runner)  # a (wrong) second emission would have arrived by now
    assert seen == [("finished", 5, True)]
    assert worker_threads and worker_threads[0] is not threading.main_thread()
    assert runner.pending == 0


@pytest.mark.parametrize("exc", [ValueError("boom"), KeyboardInterrupt(), SystemExit(3)])
def test_exception_emits_failed_once(qtbot, runner, exc):
    def work():
        raise exc

    task = runner.run(work)
    seen = _record(task)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        pass
    assert blocker.args[0] is exc
    _settle(runner)
    assert [kind for kind, _, _ in seen] == ["failed"]
    assert seen[0][2] is True


def test_none_result_is_still_finished(qtbot, runner):
    task = runner.run(lambda: None)
    with qtbot.waitSignal(task.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == [None]


def test_cancelled_task_emits_nothing(qtbot, runner):
    gate = threading.Event()
    task = runner.run(gate.wait, 5)
    seen = _record(task)
    task.cancel()
    gate.set()
    qtbot.waitUntil(lambda: task.done, timeout=5000)
    _settle(runner)
    assert seen == []
    assert runner.pending == 0


def test_many_tasks_each_answer_once(qtbot, runner):
    results: list[int] = []
    tasks = [runner.run(lambda i=i: i * i) for i in range(30)]
    for t in tasks:
        t.finished.connect(results.append)
    qtbot.waitUntil(lambda: len(results) == 30, timeout=5000)
    _settle(runner)
    assert sorted(results) == [i * i for i in range(30)]
