"""The phone source on the GUI thread's side: its events and status arrive here as signals, and
the window's commands to the phone (answer, hang up, dial) go out on a worker.

The source itself (core/phones/) runs on a thread of its own; a signal emitted there is queued
to this object's thread, so the call book is only ever touched on the GUI thread.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from agent_desktop.core.phones.source import (
    CallControl,
    ControlError,
    PhoneKind,
    PhoneSource,
    SourceState,
    SourceStatus,
    describe,
)
from agent_desktop.core.texts import text_of
from agent_desktop.qt.tasks import TaskRunner

log = logging.getLogger(__name__)
Failed = Callable[[object], None]  # the error (ControlError, …), for the one who asked


class PhoneService(QObject):
    call_event = Signal(object)  # CallEvent from the phone: hand it to the CallService
    status_changed = Signal(object)  # SourceStatus
    # The phone refused a command or was not reached, for a banner: core's Text (translated by
    # the window), or this layer's translated str. object, so a Text keeps its code.
    control_failed = Signal(object)
    _event = Signal(object)  # from the source's thread
    _status = Signal(object)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self._source: PhoneSource | None = None
        self.status: SourceStatus = SourceStatus(PhoneKind.COMMAND, SourceState.OFF)
        self._event.connect(self.call_event)
        self._status.connect(self._on_status)

    @property
    def source(self) -> PhoneSource | None:
        return self._source

    @property
    def controls(self) -> bool:
        """Whether the phone takes commands (F9 answers there, End call hangs up there, …)."""
        return isinstance(self._source, CallControl)

    def use(self, source: PhoneSource | None) -> None:
        """Stop the source in use (if any) and start this one (None: the `call` command only)."""
        self.stop()
        self._source = source
        if source is None:
            self._on_status(SourceStatus(PhoneKind.COMMAND, SourceState.OFF))
            return
        source.start(self._event.emit, self._status.emit)

    def stop(self) -> None:
        source, self._source = self._source, None
        if source is not None:
            source.stop()

    def _on_status(self, status: object) -> None:
        if not isinstance(status, SourceStatus):
            return
        if (status.state, status.problem) != (self.status.state, self.status.problem):
            log.info("phone: %s", describe(status))
        self.status = status
        self.status_changed.emit(status)

    # --- commands to the phone, on a worker ------------------------------------------------------

    def answer(self, call_id: str, failed: Failed | None = None) -> bool:
        """Ask the phone to answer; False when this source takes no commands. `failed` (on the
        GUI thread) hears of a refusal too, besides the banner's control_failed."""
        return self._command("answer", call_id, failed)

    def hang_up(self, call_id: str, failed: Failed | None = None) -> bool:
        return self._command("hang_up", call_id, failed)

    def dial(self, number: str, failed: Failed | None = None) -> bool:
        return self._command("dial", number, failed)

    def _command(self, verb: str, argument: str, failed: Failed | None) -> bool:
        source = self._source
        if not isinstance(source, CallControl):
            return False
        task = self._runner.run(getattr(source, verb), argument, name=f"phone-{verb}")
        task.failed.connect(self._failed)
        if failed is not None:
            task.failed.connect(failed)
        return True

    def _failed(self, error: object) -> None:
        if isinstance(error, ControlError):
            self.control_failed.emit(text_of(error))
        else:  # a bug or an OS error in the source: said plainly, logged in full
            log.warning("phone command failed: %r", error)
            self.control_failed.emit(
                self.tr("The phone did not take the command (%1).").replace(
                    "%1", type(error).__name__
                )
            )
