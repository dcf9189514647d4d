"""Run work off the GUI thread and hand back exactly one answer as a Qt signal.

Every network, disk or keyring call of the window goes through `TaskRunner.run`. The callable runs
on a `QThreadPool`; its result or exception travels back to the GUI thread through a queued
connection, where the `Task` emits exactly one of `finished(result)` or `failed(error)` — unless it
was cancelled first, in which case it emits neither (that is how stale answers are dropped).
"""

from __future__ import annotations

import functools
import itertools
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

_sequence = itertools.count(1)


class Task(QObject):
    """The GUI-thread handle of one piece of background work."""

    finished = Signal(object)  # the callable's return value
    failed = Signal(object)  # the exception it raised (any BaseException)
    # Emitted on the worker thread; queued so `_deliver` always runs on this object's thread.
    _relay = Signal(bool, object)

    def __init__(
        self, name: str = "", parent: QObject | None = None,
        on_settled: Callable[[Task], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.seq = next(_sequence)  # strictly increasing: later tasks have larger numbers
        self.name = name
        self._cancelled = False
        self._done = False
        self._on_settled = on_settled
        self._relay.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def cancelled(self) -> bool:
        return self._cancelled

    @property
    def done(self) -> bool:
        return self._done

    def cancel(self) -> None:
        """Drop the answer: neither signal will be emitted. The work itself still runs out."""
        self._cancelled = True

    def report(self, ok: bool, value: object) -> None:
        """Called once on the worker thread with the outcome; delivered on this object's."""
        self._relay.emit(ok, value)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: object) -> None:
        if self._done:  # defensive: a runnable only relays once
            return
        self._done = True
        if self._on_settled is not None:
            self._on_settled(self)
        if self._cancelled:
            return
        if ok:
            self.finished.emit(value)
        else:
            self.failed.emit(value)


class _Runnable(QRunnable):
    def __init__(self, task: Task, work: Callable[[], object]) -> None:
        super().__init__()
        self._task = task
        self._work: Callable[[], object] | None = work

    def run(self) -> None:
        task, work = self._task, self._work
        self._work = None  # the callable and its arguments are not kept past the run
        if task.cancelled or work is None:  # dropped while queued: skip the work, still settle
            task.report(False, _Cancelled())
            return
        try:
            result = work()
        except BaseException as exc:  # every path must answer, even SystemExit/KeyboardInterrupt
            if not isinstance(exc, Exception):
                log.warning("task %s ended with %r", task.name or task.seq, exc)
            task.report(False, exc)
        else:
            task.report(True, result)


class _Cancelled(Exception):
    """Stand-in error for a task cancelled before it started (never emitted)."""


class TaskRunner(QObject):
    """Runs callables on a thread pool. Keeps each Task alive until it has been delivered."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool if pool is not None else QThreadPool.globalInstance()
        self._pending: set[Task] = set()

    def run(self, fn: Callable[..., object], *args: Any, name: str = "", **kwargs: Any) -> Task:
        task = Task(name=name or getattr(fn, "__name__", ""), on_settled=self._pending.discard)
        self._pending.add(task)
        self.pool.start(_Runnable(task, functools.partial(fn, *args, **kwargs)))
        return task

    @property
    def pending(self) -> int:
        return len(self._pending)

    def cancel_all(self) -> None:
        for task in list(self._pending):
            task.cancel()

    def shutdown(self, wait_ms: int = 3000) -> bool:
        """Drop every answer still due and wait (bounded) for running work to end."""
        self.cancel_all()
        return self.pool.waitForDone(wait_ms)
