"""Delivering call logs, behind one small interface, implemented by the durable outbox.

Every signal names the call by the id it got when it *started*, so a double click, a re-send or a
second window asking again for the same call cannot log it twice.
"""

from __future__ import annotations

from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QObject, Signal

from agent_desktop.core.calllog import CallRecord


class CallLogSender(QObject):
    """Sends call logs. After `send(record, call_id)`: `saved` (safe, delivery pending) or `held`
    (not on disk yet, kept in memory), then `sent` or `failed` (a person must act)."""

    saved = Signal(str)  # call_id
    held = Signal(str, str)  # call_id, message for the agent
    sent = Signal(str)  # call_id
    failed = Signal(str, object)  # call_id, error (its str() is the message)
    requeued = Signal(str)  # call_id: a person corrected or retried it; it waits again
    discarded = Signal(str)  # call_id: a person decided it is not to be sent

    def send(self, record: CallRecord, call_id: str) -> None:
        raise NotImplementedError


class Attention(Exception):
    """SwitchTransact refused an entry for good (e.g. a 422); the message says why."""


class OutboxSender(CallLogSender):
    """Writes the log to the outbox on a worker (the click returns at once); the delivery worker
    sends it. Outbox events for call logs become this interface's signals."""

    def __init__(self, service: Any, tz: tzinfo | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        self._tz = tz
        service.event.connect(self._event)

    def send(self, record: CallRecord, call_id: str) -> None:
        task = self._service.enqueue_call(call_id, record, self._tz)
        task.finished.connect(lambda entry: self._enqueued(call_id, entry))
        task.failed.connect(lambda error: self._not_saved(call_id, error))

    def _enqueued(self, call_id: str, entry: Any) -> None:
        from agent_desktop.core.outbox import NEEDS_ATTENTION, SENT

        # Sending the same call again returns its entry as it is: report that state.
        if entry.state == SENT:
            self.sent.emit(call_id)
        elif entry.state == NEEDS_ATTENTION:
            self.failed.emit(call_id, Attention(entry.last_error or ""))
        else:
            self.saved.emit(call_id)

    def _not_saved(self, call_id: str, error: object) -> None:
        from agent_desktop.core.outbox import OutboxUnavailable

        if isinstance(error, OutboxUnavailable):
            reason = error.held.reason if error.held is not None else error.message
            self.held.emit(call_id, reason)
        else:
            self.failed.emit(call_id, error)

    def _event(self, event: Any) -> None:
        from agent_desktop.core.outbox import CALL_LOG

        entry = event.entry
        if entry is None or entry.kind != CALL_LOG:
            return
        action = event.action
        if action == "sent":
            self.sent.emit(entry.call_id)
        elif action == "needs_attention":
            self.failed.emit(entry.call_id, Attention(entry.last_error or ""))
        elif action in ("enqueued", "written_from_memory"):
            self.saved.emit(entry.call_id)
        elif action in ("updated", "retried"):
            self.requeued.emit(entry.call_id)
        elif action == "discarded":
            self.discarded.emit(entry.call_id)
