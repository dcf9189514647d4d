"""Run work off the GUI thread and hand back exactly one answer as a Qt signal.

Every network, disk or keyring call of the window goes through `TaskRunner.run`. The callable runs
on a `QThreadPool`; its result or exception travels back to the GUI thread through a queued
connection, where the `Task` emits exactly one of `finished(result)` or `failed(error)` — unless it
was cancelled first, in which case it emits neither (that is how stale answers are dropped).
"""

from __future__ import annotations

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

    def __init__(self, name: str = "", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.seq = next(_sequence)  # strictly increasing: later tasks have larger numbers
        self.name = name
        self._cancelled = False
        self._done = False
        self._on_settled: Callable[[Task], None] | None = None
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
    def __init__(self, task: Task, fn: Callable[..., Any], args: tuple, kwargs: dict) -> None:
        super().__init__()
        self._task = task
        self._fn = fn
        self._args = args
        self._kwargs = kwargs

    def run(self) -> None:
        task = self._task
        if task.cancelled:  # dropped while queued: skip the work, but still settle
            task._relay.emit(False, _Cancelled())
            return
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # every path must answer, even SystemExit/KeyboardInterrupt
            if not isinstance(exc, Exception):
                log.warning("task %s ended with %r", task.name or task.seq, exc)
            task._relay.emit(False, exc)
        else:
            task._relay.emit(True, result)
        finally:
            self._fn = self._args = self._kwargs = None  # type: ignore[assignment]


class _Cancelled(Exception):
    """Stand-in error for a task cancelled before it started (never emitted)."""


class TaskRunner(QObject):
    """Runs callables on a thread pool. Keeps each Task alive until it has been delivered."""

    def __init__(self, pool: QThreadPool | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool if pool is not None else QThreadPool.globalInstance()
        self._pending: set[Task] = set()

    def run(self, fn: Callable[..., Any], *args: Any, name: str = "", **kwargs: Any) -> Task:
        task = Task(name=name or getattr(fn, "__name__", ""))
        task._on_settled = self._pending.discard
        self._pending.add(task)
        self.pool.start(_Runnable(task, fn, args, kwargs))
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
