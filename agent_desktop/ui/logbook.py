"""The window's own list of this session's ended calls and where each log stands.

The outbox is the durable truth once a log is saved; the book adds what only the window knows: logs
still waiting for the agent's review, a save in flight, a log kept in memory because the disk
refused it, and which new contact a call is waiting for. Nothing leaves the book unsent except by
the agent's explicit Discard of a log never sent, or a Discard in the outbox.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, replace
from datetime import tzinfo

from PySide6.QtCore import QObject, Signal

from agent_desktop.core.calllog import CallRecord
from agent_desktop.core.outbox import CALL_LOG
from agent_desktop.ui.outbox_texts import entry_title
from agent_desktop.ui.sender import Attention, CallLogSender


class LogState(enum.Enum):
    REVIEW = "review"  # ended, waiting for the agent (or the auto-send countdown)
    SAVING = "saving"  # being written to the outbox (or, direct sender, being sent)
    QUEUED = "queued"  # saved on disk; the delivery worker sends it
    HELD = "held"  # the disk refused it: kept in memory, written as soon as possible
    ATTENTION = "attention"  # refused for good (e.g. 422): edit & resend, or discard
    FAILED = "failed"  # not sent (direct sender) or an unexpected problem; Retry sends again
    SENT = "sent"
    DISCARDED = "discarded"


# Lost if the app quits now: not (yet) in the outbox file.
MEMORY_ONLY = frozenset({LogState.REVIEW, LogState.SAVING, LogState.HELD, LogState.FAILED})
_FINAL = frozenset({LogState.SENT, LogState.DISCARDED})


@dataclass(eq=False)
class LogEntry:
    record: CallRecord
    payload: dict[str, str]
    call_id: str
    state: LogState = LogState.REVIEW
    error: str = ""
    # A contact created for this caller but not at SwitchTransact yet: (request id, name).
    awaiting: tuple[str, str] | None = None

    @property
    def title(self) -> str:
        return entry_title(CALL_LOG, self.payload)


class LogBook(QObject):
    changed = Signal(object)  # LogEntry whose state or content changed

    def __init__(self, sender: CallLogSender, tz: tzinfo | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._sender = sender
        self._tz = tz
        self._entries: list[LogEntry] = []
        sender.saved.connect(self._saved)
        sender.held.connect(self._held)
        sender.sent.connect(self._sent)
        sender.failed.connect(self._failed)
        sender.requeued.connect(self._requeued)
        sender.discarded.connect(self._discarded)

    def add(self, record: CallRecord, call_id: str,
            awaiting: tuple[str, str] | None = None) -> LogEntry:
        entry = LogEntry(record, record.to_payload(self._tz), call_id, awaiting=awaiting)
        self._entries.append(entry)
        self.changed.emit(entry)
        return entry

    def send(self, entry: LogEntry) -> bool:
        """Start saving/sending; False when it is already on its way (no double log)."""
        if entry.state not in (LogState.REVIEW, LogState.FAILED) or entry not in self._entries:
            return False
        entry.state, entry.error = LogState.SAVING, ""
        self.changed.emit(entry)
        self._sender.send(entry.record, entry.call_id)
        return True

    def discard(self, entry: LogEntry) -> None:
        """Only a log that was never handed over may be dropped here (the agent's choice)."""
        if entry.state is LogState.REVIEW and entry in self._entries:
            self._entries.remove(entry)
            entry.state = LogState.DISCARDED
            self.changed.emit(entry)

    def link_contact(self, request_id: str, contact) -> None:
        """A contact this call waited for exists now: logs not sent yet are linked to it."""
        for entry in list(self._entries):
            if entry.awaiting and entry.awaiting[0] == request_id:
                entry.awaiting = None
                if entry.state is LogState.REVIEW and entry.record.contact is None:
                    entry.record = replace(entry.record, contact=contact)
                    entry.payload = entry.record.to_payload(self._tz)
                self.changed.emit(entry)

    def forget_awaiting(self, request_id: str) -> None:
        for entry in self._entries:
            if entry.awaiting and entry.awaiting[0] == request_id:
                entry.awaiting = None
                self.changed.emit(entry)

    # --- reading ------------------------------------------------------------------------------

    def entry(self, call_id: str) -> LogEntry | None:
        return next((e for e in self._entries if e.call_id == call_id), None)

    def unsent(self) -> list[LogEntry]:
        return [e for e in self._entries if e.state not in _FINAL]

    def memory_only(self) -> list[LogEntry]:
        """Logs that would be lost if the app quit now."""
        return [e for e in self._entries if e.state in MEMORY_ONLY]

    # --- the sender's answers (GUI thread) ----------------------------------------------------

    def _move(self, call_id: str, allowed: set[LogState], state: LogState,
              error: str = "") -> None:
        entry = self.entry(call_id)
        if entry is None or entry.state not in allowed:
            return  # an answer arriving late never moves a log backwards
        entry.state, entry.error = state, error
        if state in _FINAL:
            self._entries.remove(entry)
        self.changed.emit(entry)

    def _saved(self, call_id: str) -> None:
        self._move(call_id, {LogState.SAVING, LogState.HELD}, LogState.QUEUED)

    def _held(self, call_id: str, message: str) -> None:
        self._move(call_id, {LogState.SAVING}, LogState.HELD, message)

    def _sent(self, call_id: str) -> None:
        self._move(call_id, set(LogState) - _FINAL, LogState.SENT)

    def _failed(self, call_id: str, error: object) -> None:
        text = str(error) or type(error).__name__
        state = LogState.ATTENTION if isinstance(error, Attention) else LogState.FAILED
        self._move(call_id, {LogState.SAVING, LogState.QUEUED, LogState.HELD}, state, text)

    def _requeued(self, call_id: str) -> None:
        self._move(call_id, {LogState.ATTENTION, LogState.FAILED}, LogState.QUEUED)

    def _discarded(self, call_id: str) -> None:
        self._move(call_id, set(LogState) - _FINAL - {LogState.REVIEW}, LogState.DISCARDED)
