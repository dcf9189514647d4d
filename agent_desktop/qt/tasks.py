"""Run work off the GUI thread and hand back exactly one answer as a Qt signal.

Every network, disk or keyring call of the window goes through `TaskRunner.run`. The callable runs
on a `QThreadPool`; its result or exception travels back to the GUI thread through a queued
connection, where the `Task` emits exactly one of `finished(result)` or `failed(error)` — unless it
was cancelled first, in which case it emits neither (that is how stale answers are dropped).
Answers are told in the order they came, a slice of a few ms per turn of the event loop, so a burst
of them never holds the window.
"""

from __future__ import annotations

import functools
import itertools
import logging
import time
from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal, Slot

from agent_desktop.core.json_shapes import is_list

log = logging.getLogger(__name__)

_sequence = itertools.count(1)
ANSWER_SLICE_SECONDS = 0.004  # answers told per turn of the event loop, at most about this long
_T = TypeVar("_T")


def items_of(kind: type[_T], value: object) -> list[_T]:
    """The `kind` items of a list that came through a Signal(object), which keeps no type:
    for a slot that receives a task's list result."""
    return [item for item in value if isinstance(item, kind)] if is_list(value) else []


class Task(QObject):
    """The GUI-thread handle of one piece of background work."""

    finished = Signal(object)  # the callable's return value
    failed = Signal(object)  # the exception it raised (any BaseException)
    # Emitted on the worker thread; queued so `_deliver` always runs on this object's thread.
    _relay = Signal(bool, object)

    def __init__(
        self,
        name: str = "",
        parent: QObject | None = None,
        on_settled: Callable[[Task], None] | None = None,
        queue: Callable[[Task, bool, object], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.seq = next(_sequence)  # strictly increasing: later tasks have larger numbers
        self.name = name
        self._cancelled = False
        self._done = False
        self._on_settled = on_settled
        self._queue = queue  # the runner's: answers are told a few milliseconds' worth at a time
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
        if self._queue is not None:
            queue, self._queue = self._queue, None
            queue(self, ok, value)
            return
        self.settle(ok, value)

    def settle(self, ok: bool, value: object) -> None:
        """Tell the outcome (GUI thread), once."""
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
        # Answers that came back, told in order a slice at a time: Qt hands over every answer
        # that arrived meanwhile in one go, and hundreds (a day of replayed calls, each log
        # saved) told at once would freeze the window.
        self._answers: deque[tuple[Task, bool, object]] = deque()
        self._tell_timer = QTimer(self)
        self._tell_timer.setSingleShot(True)
        self._tell_timer.setInterval(0)
        self._tell_timer.timeout.connect(self._tell_some)

    def _answered(self, task: Task, ok: bool, value: object) -> None:
        self._answers.append((task, ok, value))
        if not self._tell_timer.isActive():
            self._tell_timer.start()

    def _tell_some(self) -> None:
        until = time.perf_counter() + ANSWER_SLICE_SECONDS
        while self._answers:
            task, ok, value = self._answers.popleft()
            task.settle(ok, value)
            if time.perf_counter() >= until:
                break
        if self._answers:
            self._tell_timer.start()

    def run(self, fn: Callable[..., object], *args: Any, name: str = "", **kwargs: Any) -> Task:
        task = Task(
            name=name or getattr(fn, "__name__", ""),
            on_settled=self._pending.discard,
            queue=self._answered,
        )
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
