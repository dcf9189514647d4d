"""Where each ended call's log stands in this window: in review, being saved, queued, refused.

A call in review is the CallBook's (and on disk in the call store from its first event); this book
adds what only the window knows: a save in flight, a log the disk refused (kept in memory), what
the outbox said since. The log is built once from the Call when the agent sends it, and that very
payload is what the outbox gets. Nothing leaves unsent except by the agent's Discard.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo

from PySide6.QtCore import QObject, Signal

from agent_desktop.core.api.models import AgentIdentity, CallType, Contact
from agent_desktop.core.calls.book import KEEP, Call, CallState, Keep, LinkSource
from agent_desktop.core.outbox.outbox import OutboxKind
from agent_desktop.qt.call_service import CallService
from agent_desktop.ui.outbox.outbox_texts import entry_title
from agent_desktop.ui.review.sender import Attention, OutboxSender


class LogState(enum.Enum):
    REVIEW = "review"  # ended, waiting for the agent (or the auto-send countdown)
    LOOKUP = "lookup"  # sent by the agent, waiting for its caller's lookup (then sent)
    SAVING = "saving"  # being written to the outbox
    QUEUED = "queued"  # saved on disk; the delivery worker sends it
    HELD = "held"  # the disk refused it: kept in memory, written as soon as possible
    ATTENTION = "attention"  # refused for good (e.g. 422): edit & resend, or discard
    FAILED = "failed"  # an unexpected problem while saving; Retry saves again
    SENT = "sent"
    DISCARDED = "discarded"


WAITING = frozenset(
    {LogState.REVIEW, LogState.LOOKUP, LogState.SAVING, LogState.HELD, LogState.FAILED}
)
_FINAL = frozenset({LogState.SENT, LogState.DISCARDED})


@dataclass(eq=False)
class LogEntry:
    call: Call
    payload: dict[str, str]
    state: LogState = LogState.REVIEW
    error: str = ""

    @property
    def call_id(self) -> str:
        return self.call.id

    @property
    def awaiting(self) -> tuple[str, str] | None:
        return self.call.awaiting

    @property
    def title(self) -> str:
        return entry_title(OutboxKind.CALL_LOG, self.payload)


class LogBook(QObject):
    changed = Signal(object)  # LogEntry whose state or content changed
    lookup_needed = Signal(str)  # call id: its log waits for the caller; ask once more now

    def __init__(
        self,
        calls: CallService,
        sender: OutboxSender,
        agent: Callable[[], AgentIdentity],
        tz: tzinfo | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._calls = calls
        self._sender = sender
        self._agent = agent
        self._tz = tz
        # By call id, in the order the logs came: a day of replayed calls is looked up here at
        # every answer, so a list searched from the front made the replay quadratic.
        self._entries: dict[str, LogEntry] = {}
        # A log handed to the outbox in this session: the outbox's first count may include it,
        # so that count is no longer "saved before Agent Desktop last closed".
        self.saved_this_session = False
        calls.changed.connect(self._call_changed)
        sender.saved.connect(self._saved)
        sender.held.connect(self._held)
        sender.sent.connect(self._sent)
        sender.failed.connect(self._failed)
        sender.requeued.connect(self._requeued)
        sender.discarded.connect(self._discarded)

    def close(self) -> None:
        """The window is shutting down: late answers from the outbox change nothing any more
        (a log saved but not yet marked queued is marked at the next start)."""
        self._calls.changed.disconnect(self._call_changed)
        for signal, slot in (
            (self._sender.saved, self._saved),
            (self._sender.held, self._held),
            (self._sender.sent, self._sent),
            (self._sender.failed, self._failed),
            (self._sender.requeued, self._requeued),
            (self._sender.discarded, self._discarded),
        ):
            signal.disconnect(slot)

    def refresh(self) -> None:
        """The agent's name or zone changed (or the settings just loaded, after calls came back
        from disk): logs not yet built show it. A call already confirmed for sending is never
        listed for review (a missed call auto-sent by a start-up replay before the settings
        came): it waits as LOOKUP, which CallerLookupFlow sends once its caller is known."""
        for entry in list(self._entries.values()):
            if entry.state in (LogState.REVIEW, LogState.LOOKUP):
                self._settle(entry)
                entry.payload = self.payload(entry.call)
                self.changed.emit(entry)

    @staticmethod
    def _settle(entry: LogEntry) -> None:
        """Confirmed for sending: out of review for good."""
        if entry.state is LogState.REVIEW and entry.call.confirmed:
            entry.state = LogState.LOOKUP

    def payload(self, call: Call) -> dict[str, str]:
        return call.payload(self._agent(), self._tz)

    def add(self, call: Call) -> LogEntry:
        """An ended call's log, in review (once per call id); one confirmed for sending waits
        to go (LOOKUP) instead."""
        entry = self.entry(call.id)
        if entry is None:
            entry = LogEntry(call, self.payload(call))
            self._settle(entry)
            self._entries[call.id] = entry
            self.changed.emit(entry)
        return entry

    def send(self, entry: LogEntry) -> bool:
        """Save the log to the outbox; False when it is already on its way (no double log).
        A log without a contact whose number could still be found waits for that lookup
        (LOOKUP) and is sent when it answers (CallerLookupFlow calls this again)."""
        if entry.state not in (
            LogState.REVIEW,
            LogState.LOOKUP,
            LogState.FAILED,
        ) or not self._holds(entry):
            return False
        call = self._calls.book.get(entry.call_id) or entry.call
        if entry.state in (LogState.REVIEW, LogState.LOOKUP):
            self._calls.book.confirm(call.id)
            if call.state is CallState.ENDED and call.caller_unsettled:
                if entry.state is LogState.REVIEW:
                    entry.state = LogState.LOOKUP
                    self.changed.emit(entry)
                    self.lookup_needed.emit(call.id)
                return True
        if entry.state is not LogState.FAILED:  # built once, here: what was reviewed is sent
            entry.call, entry.payload = call, self.payload(call)
        entry.state, entry.error = LogState.SAVING, ""
        self.saved_this_session = True
        self.changed.emit(entry)
        self._sender.send(entry.call_id, entry.payload, call.record(self._agent()))
        return True

    def discard(self, entry: LogEntry) -> None:
        """Only a log that was never handed over may be dropped here (the agent's choice)."""
        if entry.state is LogState.REVIEW and self._holds(entry):
            self._calls.discard(entry.call_id)
            self._drop(entry, LogState.DISCARDED)

    def link(self, entry: LogEntry, contact: Contact, how: LinkSource) -> None:
        """A candidate picked in review (or a contact chosen for it)."""
        if entry.state is LogState.REVIEW:
            self._calls.link(entry.call_id, contact, how)

    def correct(
        self,
        entry: LogEntry,
        *,
        outcome: CallType | None = None,
        number: str | None = None,
        contact: Contact | Keep | None = KEEP,
    ) -> None:
        """The agent's correction in review, made on the call (the payload follows)."""
        if entry.state is LogState.REVIEW:
            self._calls.correct(entry.call_id, outcome=outcome, number=number, contact=contact)

    # --- reading ------------------------------------------------------------------------------

    def entry(self, call_id: str) -> LogEntry | None:
        return self._entries.get(call_id)

    def _holds(self, entry: LogEntry) -> bool:
        return self._entries.get(entry.call_id) is entry

    def unsent(self) -> list[LogEntry]:
        return [e for e in self._entries.values() if e.state not in _FINAL]

    def waiting(self) -> list[LogEntry]:
        """Logs not in the outbox yet (review, saving, held, failed): the unsent strip's rows."""
        return [e for e in self._entries.values() if e.state in WAITING]

    # --- the call book's and the outbox's answers (GUI thread) --------------------------------

    def _call_changed(self, call: Call) -> None:
        entry = self.entry(call.id)
        if entry is None:
            if call.state is CallState.ENDED:  # e.g. back from the store after a restart
                self.add(call)
            return
        entry.call = call
        if call.state is CallState.DISCARDED:
            self._drop(entry, LogState.DISCARDED)
            return
        self._settle(entry)
        if entry.state is LogState.REVIEW and call.state is CallState.ENDED:
            entry.payload = self.payload(call)  # a correction, or a contact created meanwhile
        self.changed.emit(entry)

    def _drop(self, entry: LogEntry, state: LogState) -> None:
        if self._holds(entry):
            del self._entries[entry.call_id]
        entry.state = state
        self.changed.emit(entry)

    def _move(self, call_id: str, allowed: set[LogState], state: LogState, error: str = "") -> None:
        entry = self.entry(call_id)
        if entry is None or entry.state not in allowed:
            return  # an answer arriving late never moves a log backwards
        entry.state, entry.error = state, error
        if state in _FINAL:
            del self._entries[call_id]
        self.changed.emit(entry)

    def _saved(self, call_id: str) -> None:
        entry = self.entry(call_id)
        if entry is not None and entry.state in (LogState.SAVING, LogState.HELD):
            self._calls.mark_queued(call_id)  # in the outbox now: it is the truth from here
        self._move(call_id, {LogState.SAVING, LogState.HELD}, LogState.QUEUED)

    def _held(self, call_id: str, message: str) -> None:
        self._move(call_id, {LogState.SAVING}, LogState.HELD, message)

    def _sent(self, call_id: str) -> None:
        entry = self.entry(call_id)
        if entry is not None and entry.state in (LogState.SAVING, LogState.HELD):
            self._calls.mark_queued(call_id)
        self._move(call_id, set(LogState) - _FINAL - {LogState.REVIEW}, LogState.SENT)

    def _failed(self, call_id: str, error: object) -> None:
        text = str(error) or type(error).__name__
        state = LogState.ATTENTION if isinstance(error, Attention) else LogState.FAILED
        self._move(call_id, {LogState.SAVING, LogState.QUEUED, LogState.HELD}, state, text)

    def _requeued(self, call_id: str) -> None:
        self._move(call_id, {LogState.ATTENTION, LogState.FAILED}, LogState.QUEUED)

    def _discarded(self, call_id: str) -> None:
        self._move(call_id, set(LogState) - _FINAL - {LogState.REVIEW}, LogState.DISCARDED)
