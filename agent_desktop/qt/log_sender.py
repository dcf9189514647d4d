"""Handing a reviewed call log to the durable outbox, and what the outbox says about it after.

The payload given is the one the agent reviewed, enqueued as it is (built once from the Call).
Every signal names the call by its id, so a double click, a re-send or a restart asking again for
the same call cannot log it twice (the outbox is idempotent on the id).
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject, Signal

from agent_desktop.core.calls.log import CallRecord
from agent_desktop.core.outbox.outbox import (
    OutboxAction,
    OutboxEntry,
    OutboxEvent,
    OutboxKind,
    OutboxState,
    OutboxUnavailable,
)
from agent_desktop.qt.outbox_service import OutboxService


class Attention(Exception):
    """SwitchTransact refused an entry for good (e.g. a 422); the message says why."""


class LogSender(QObject):
    """After `send(call_id, payload, record)`: `saved` (safe on disk, delivery pending) or `held`
    (not on disk yet, kept in memory), then `sent` or `failed` (a person must act)."""

    saved = Signal(str)  # call_id
    held = Signal(str, str)  # call_id, message for the agent
    sent = Signal(str)  # call_id
    failed = Signal(str, object)  # call_id, error (its str() is the message)
    requeued = Signal(str)  # call_id: a person corrected or retried it; it waits again
    discarded = Signal(str)  # call_id: a person decided it is not to be sent

    def __init__(self, service: OutboxService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._service = service
        service.changed.connect(self._event)

    def send(self, call_id: str, payload: Mapping[str, str], record: CallRecord) -> None:
        task = self._service.enqueue_call_log(call_id, payload, record)

        def enqueued(entry: object) -> None:
            self._enqueued(call_id, entry)

        def not_saved(error: object) -> None:
            self._not_saved(call_id, error)

        task.finished.connect(enqueued)
        task.failed.connect(not_saved)

    def _enqueued(self, call_id: str, entry: object) -> None:
        # Sending the same call again returns its entry as it is: report that state.
        if not isinstance(entry, OutboxEntry):
            self.saved.emit(call_id)
        elif entry.state == OutboxState.SENT:
            self.sent.emit(call_id)
        elif entry.state == OutboxState.NEEDS_ATTENTION:
            self.failed.emit(call_id, Attention(entry.last_error or ""))
        else:
            self.saved.emit(call_id)

    def _not_saved(self, call_id: str, error: object) -> None:
        if isinstance(error, OutboxUnavailable):
            reason = error.held.reason if error.held is not None else error.message
            self.held.emit(call_id, reason)
        else:
            self.failed.emit(call_id, error)

    def _event(self, event: OutboxEvent) -> None:
        entry = event.entry
        if entry is None or entry.kind != OutboxKind.CALL_LOG:
            return
        action = event.action
        if action == OutboxAction.SENT:
            self.sent.emit(entry.call_id)
        elif action == OutboxAction.NEEDS_ATTENTION:
            self.failed.emit(entry.call_id, Attention(entry.last_error or ""))
        elif action in (OutboxAction.ENQUEUED, OutboxAction.WRITTEN_FROM_MEMORY):
            self.saved.emit(entry.call_id)
        elif action in (OutboxAction.UPDATED, OutboxAction.RETRIED):
            self.requeued.emit(entry.call_id)
        elif action == OutboxAction.DISCARDED:
            self.discarded.emit(entry.call_id)
