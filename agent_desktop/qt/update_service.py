"""The update check and download off the GUI thread; the newest check's result by signal.

One check at a time, on a daemon thread of its own (a download may take minutes and must never
hold up quitting; a half-staged release is never installed, see core/updates/updates.py). A result
of a check started before the settings changed is dropped, and the check runs again for the new
ones.
"""

from __future__ import annotations

import contextlib
import logging
import threading
import weakref
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal

from agent_desktop.core.updates.updates import UpdatePlan, UpdateResult, check

log = logging.getLogger(__name__)
FIRST_CHECK_MS = 5_000  # after the window is up: never in the way of the first paint
CHECK_EVERY_MS = 4 * 3600 * 1000  # a release IT publishes reaches every desktop within hours

Checker = Callable[[UpdatePlan, str], UpdateResult]


class UpdateService(QObject):
    result = Signal(object)  # UpdateResult of the check for the plan in force
    _done = Signal(int, object)  # generation, UpdateResult (from the check's thread)

    def __init__(
        self,
        current_version: str,
        checker: Checker = check,
        first_ms: int = FIRST_CHECK_MS,
        every_ms: int = CHECK_EVERY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._version = current_version
        self._checker = checker
        self._plan: UpdatePlan | None = None
        self._generation = 0
        self._running = False
        self._again = False
        self._thread: threading.Thread | None = None
        self._first_ms = first_ms
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check_now)
        self._every_ms = every_ms
        self._done.connect(self._arrived)

    @property
    def plan(self) -> UpdatePlan | None:
        return self._plan

    def configure(self, plan: UpdatePlan | None) -> None:
        """Check for `plan` soon (None: no more checks); a check under way is dropped."""
        if plan == self._plan:
            return
        self._plan = plan
        self._generation += 1
        self._timer.stop()
        if plan is not None:
            self._timer.start(self._first_ms)

    def check_now(self) -> None:
        plan = self._plan
        if plan is None:
            return
        if self._running:  # one at a time: this one follows the check under way
            self._again = True
            return
        self._running = True
        self._thread = threading.Thread(
            target=UpdateService._run_check,
            args=(weakref.ref(self), self._checker, plan, self._version, self._generation),
            daemon=True,
            name="update-check",
        )
        self._thread.start()

    @staticmethod
    def _run_check(
        service_ref: weakref.ref[UpdateService],
        checker: Checker,
        plan: UpdatePlan,
        version: str,
        generation: int,
    ) -> None:
        """The check's thread. It holds the service only by a weak reference, and only while it
        hands the result over: a QObject (its timer) must not be destroyed on this thread."""
        result = checker(plan, version)  # never raises (core/updates/updates.py)
        service = service_ref()
        if service is None:  # the service was deleted meanwhile (quit)
            return
        with contextlib.suppress(RuntimeError):  # its C++ half was deleted meanwhile
            service._done.emit(generation, result)
        del service

    def wait_idle(self, timeout: float) -> bool:
        """Wait for the check's thread to end (tests: so the GUI thread drops the service)."""
        thread = self._thread
        if thread is not None:
            thread.join(timeout)
        return thread is None or not thread.is_alive()

    def _arrived(self, generation: int, result: object) -> None:
        self._running = False
        stale = generation != self._generation
        if stale:
            log.info("an update check for older settings came back; dropped")
        elif isinstance(result, UpdateResult):
            self.result.emit(result)
        if self._plan is not None and (stale or self._again):
            self._again = False
            self.check_now()
        elif self._plan is not None:
            self._timer.start(self._every_ms)
