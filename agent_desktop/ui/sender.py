"""Delivering call logs, behind a small interface the durable outbox can replace later.

`LogBook` keeps every ended call until SwitchTransact has it: reviewed, sending, failed (with the
reason) or sent. Nothing leaves the book unsent except by the agent's explicit "Discard" of a log
that was never sent.
"""

from __future__ import annotations

import enum
import itertools
from dataclasses import dataclass, field
from datetime import tzinfo

from PySide6.QtCore import QObject, Signal

from agent_desktop.core.calllog import CallRecord
from agent_desktop.ui.session import Session


class CallLogSender(QObject):
    """Sends call logs: exactly one of `sent(record)` / `failed(record, error)` per send."""

    sent = Signal(object)
    failed = Signal(object, object)

    def send(self, record: CallRecord) -> None:
        raise NotImplementedError


class DirectSender(CallLogSender):
    """POSTs the log straight away on a worker (no durable queue yet)."""

    def __init__(self, session: Session, tz: tzinfo | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._tz = tz

    def send(self, record: CallRecord) -> None:
        payload = record.to_payload(self._tz)
        task = self._session.call(lambda c: c.log_call(payload), name="log-call")
        task.finished.connect(lambda _r: self.sent.emit(record))
        task.failed.connect(lambda e: self.failed.emit(record, e))


class LogState(enum.Enum):
    REVIEW = "review"  # ended, waiting for the agent (or the auto-send countdown)
    SENDING = "sending"
    FAILED = "failed"
    SENT = "sent"
    DISCARDED = "discarded"  # the agent chose not to log this call (never after a failure)


_ids = itertools.count(1)


@dataclass(eq=False)
class LogEntry:
    record: CallRecord
    payload: dict[str, str]
    state: LogState = LogState.REVIEW
    error: str = ""
    id: int = field(default_factory=lambda: next(_ids))

    @property
    def title(self) -> str:
        return f"{self.payload.get('Name') or '—'} · {self.payload.get('Duration', '')}"


class LogBook(QObject):
    changed = Signal(object)  # LogEntry whose state changed

    def __init__(self, sender: CallLogSender, tz: tzinfo | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sender = sender
        self._tz = tz
        self._entries: list[LogEntry] = []
        sender.sent.connect(self._sent)
        sender.failed.connect(self._failed)

    def add(self, record: CallRecord) -> LogEntry:
        entry = LogEntry(record, record.to_payload(self._tz))
        self._entries.append(entry)
        self.changed.emit(entry)
        return entry

    def send(self, entry: LogEntry) -> bool:
        """Start sending; False when it is already on its way or delivered (no double log)."""
        if entry.state in (LogState.SENDING, LogState.SENT, LogState.DISCARDED) or (
            entry not in self._entries
        ):
            return False
        entry.state, entry.error = LogState.SENDING, ""
        self.changed.emit(entry)
        self._sender.send(entry.record)
        return True

    def discard(self, entry: LogEntry) -> None:
        """Only a log that never failed to send may be dropped (the agent's explicit choice)."""
        if entry.state is LogState.REVIEW and entry in self._entries:
            self._entries.remove(entry)
            entry.state = LogState.DISCARDED
            self.changed.emit(entry)

    def unsent(self) -> list[LogEntry]:
        return [e for e in self._entries if e.state not in (LogState.SENT, LogState.DISCARDED)]

    def failed(self) -> list[LogEntry]:
        return [e for e in self._entries if e.state is LogState.FAILED]

    def _find(self, record: CallRecord) -> LogEntry | None:
        return next((e for e in self._entries if e.record is record), None)

    def _sent(self, record: CallRecord) -> None:
        entry = self._find(record)
        if entry is not None:
            entry.state, entry.error = LogState.SENT, ""
            self._entries.remove(entry)
            self.changed.emit(entry)

    def _failed(self, record: CallRecord, error: object) -> None:
        entry = self._find(record)
        if entry is not None:
            entry.state = LogState.FAILED
            entry.error = str(error) or type(error).__name__
            self.changed.emit(entry)
