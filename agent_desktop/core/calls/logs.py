"""Where each ended call's log stands: in review, being saved, queued, refused, sent.

A call in review is the CallBook's (and on disk in the call store from its first event); this
machine adds what the book does not hold: a save in flight, a log the disk refused (kept in
memory), what the outbox said since. The log is built once from the Call when the agent sends it,
and that very payload is what the outbox gets. Nothing leaves unsent except by the agent's
Discard, and an answer arriving late never moves a log backwards.

Plain method calls drive it (the agent's commands, the book's changes, the outbox's answers);
every change is told to `listener`, as the CallBook tells its own. The qt layer
(qt/log_service.py) wires it to the call service and the outbox.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import tzinfo

from agent_desktop.core.api.models import AgentIdentity, CallType, Contact
from agent_desktop.core.calls.book import KEEP, Call, CallBook, CallState, Keep, LinkSource
from agent_desktop.core.calls.log import CallRecord


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
FINAL = frozenset({LogState.SENT, LogState.DISCARDED})
_HANDED_OVER = frozenset(LogState) - FINAL - {LogState.REVIEW}  # an outbox answer may end these


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


# (call id, the payload reviewed, the call's local record): saves the log to the outbox; the
# answer comes back as saved/held/sent/failed/refused.
Deliver = Callable[[str, dict[str, str], CallRecord], None]


class CallLogs:
    """Every ended call's log in this window, from review to sent (or discarded)."""

    def __init__(
        self,
        book: CallBook,
        agent: Callable[[], AgentIdentity],
        deliver: Deliver,
        tz: tzinfo | None = None,
        *,
        ready: Callable[[], bool] = lambda: True,
        listener: Callable[[LogEntry], None] | None = None,
        lookup_needed: Callable[[str], None] | None = None,
    ) -> None:
        self.book = book
        self._agent = agent
        self._deliver = deliver
        self._tz = tz
        # The agent's identity is known (the settings are loaded): a log sent without the
        # agent's review waits for it, confirmed, and goes with send_waiting.
        self._ready = ready
        self.listener = listener  # told every entry whose state or content changed
        self.lookup_needed = lookup_needed  # call id: its log waits for the caller; ask now
        # By call id, in the order the logs came: a day of replayed calls is looked up here at
        # every answer, so a list searched from the front made the replay quadratic.
        self._entries: dict[str, LogEntry] = {}
        # A log handed to the outbox in this session: the outbox's first count may include it,
        # so that count is no longer "saved before Agent Desktop last closed".
        self.saved_this_session = False

    def refresh(self) -> None:
        """The agent's name or zone changed (or the settings just loaded, after calls came back
        from disk): logs not yet built show it. A call already confirmed for sending is never
        listed for review (a missed call auto-sent by a start-up replay before the settings
        came): it waits as LOOKUP, and send_waiting sends it once its caller is known."""
        for entry in list(self._entries.values()):
            if entry.state in (LogState.REVIEW, LogState.LOOKUP):
                self._settle(entry)
                entry.payload = self.payload(entry.call)
                self._tell(entry)

    @staticmethod
    def _settle(entry: LogEntry) -> None:
        """Confirmed for sending: out of review for good."""
        if entry.state is LogState.REVIEW and entry.call.confirmed:
            entry.state = LogState.LOOKUP

    def payload(self, call: Call) -> dict[str, str]:
        return call.payload(self._agent(), self._tz)

    # --- the agent's commands -------------------------------------------------------------------

    def ended(self, call: Call) -> LogEntry | None:
        """A call reached ENDED: its log, listed for the agent's review; None when it is not
        reviewed — dropped (missed_calls = ignore) or a missed call the settings log unseen
        (CallBook.auto_send): that one is confirmed now and sent once the agent's identity is
        there and its caller is known."""
        if call.state is not CallState.ENDED:
            return None
        if self.book.auto_send(call):
            self.book.confirm(call.id)
            if self._ready():
                self.send(self.add(call))
            return None
        return self.add(call)

    def send_waiting(self, call: Call) -> bool:
        """Its caller is known now (or the agent's identity came): its log goes if it waited for
        that — confirmed for sending (LOOKUP), or a missed call sent without review that was
        never listed. Only this call's: a day of replayed calls answers one by one, and looking
        through every waiting log at each answer made the replay quadratic."""
        if not self._ready():
            return False
        entry = self.entry(call.id)
        if entry is not None and entry.state is LogState.LOOKUP:
            return self.send(entry)
        if entry is None and call.state is CallState.ENDED and self.book.auto_send(call):
            return self.send(self.add(call))
        return False

    def to_send(self) -> list[str]:
        """The calls whose logs may go now (each for send_waiting): those confirmed and waiting
        for a lookup (a call confirmed before the settings came waits so too), then the missed
        calls sent without review. None before the agent's identity is known."""
        if not self._ready():
            return []
        waiting = [e.call_id for e in self._entries.values() if e.state is LogState.LOOKUP]
        unseen = [c.id for c in self.book.in_review() if self.book.auto_send(c)]
        return list(dict.fromkeys(waiting + unseen))  # each once

    def add(self, call: Call) -> LogEntry:
        """An ended call's log, in review (once per call id); one confirmed for sending waits
        to go (LOOKUP) instead."""
        entry = self.entry(call.id)
        if entry is None:
            entry = LogEntry(call, self.payload(call))
            self._settle(entry)
            self._entries[call.id] = entry
            self._tell(entry)
        return entry

    def send(self, entry: LogEntry) -> bool:
        """Save the log to the outbox; False when it is already on its way (no double log).
        A log without a contact whose number could still be found waits for that lookup
        (LOOKUP, `lookup_needed` told) and is sent when it answers (send is called again)."""
        if entry.state not in (
            LogState.REVIEW,
            LogState.LOOKUP,
            LogState.FAILED,
        ) or not self._holds(entry):
            return False
        call = self.book.get(entry.call_id) or entry.call
        if entry.state in (LogState.REVIEW, LogState.LOOKUP):
            first = entry.state is LogState.REVIEW  # (the confirm's change may settle it now)
            self.book.confirm(call.id)
            if call.state is CallState.ENDED and call.caller_unsettled:
                if entry.state is LogState.REVIEW:
                    entry.state = LogState.LOOKUP
                    self._tell(entry)
                if first and self.lookup_needed is not None:
                    self.lookup_needed(call.id)
                return True
        if entry.state is not LogState.FAILED:  # built once, here: what was reviewed is sent
            entry.call, entry.payload = call, self.payload(call)
        entry.state, entry.error = LogState.SAVING, ""
        self.saved_this_session = True
        self._tell(entry)
        self._deliver(entry.call_id, entry.payload, call.record(self._agent()))
        return True

    def discard(self, entry: LogEntry) -> None:
        """Only a log that was never handed over may be dropped here (the agent's choice)."""
        if entry.state is LogState.REVIEW and self._holds(entry):
            self.book.discard(entry.call_id)
            self._drop(entry, LogState.DISCARDED)

    def link(self, entry: LogEntry, contact: Contact, how: LinkSource) -> None:
        """A candidate picked in review (or a contact chosen for it)."""
        if entry.state is LogState.REVIEW:
            self.book.link(entry.call_id, contact, how)

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
            self.book.correct(entry.call_id, outcome=outcome, number=number, contact=contact)

    # --- reading --------------------------------------------------------------------------------

    def entry(self, call_id: str) -> LogEntry | None:
        return self._entries.get(call_id)

    def _holds(self, entry: LogEntry) -> bool:
        return self._entries.get(entry.call_id) is entry

    def unsent(self) -> list[LogEntry]:
        return [e for e in self._entries.values() if e.state not in FINAL]

    def waiting(self) -> list[LogEntry]:
        """Logs not in the outbox yet (review, saving, held, failed): the unsent strip's rows."""
        return [e for e in self._entries.values() if e.state in WAITING]

    # --- the call book's changes ----------------------------------------------------------------

    def call_changed(self, call: Call) -> None:
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
        self._tell(entry)

    # --- the outbox's answers -------------------------------------------------------------------

    def saved(self, call_id: str) -> None:
        """Safe on disk in the outbox; its delivery is pending."""
        self._queued_in_book(call_id)
        self._move(call_id, {LogState.SAVING, LogState.HELD}, LogState.QUEUED)

    def held(self, call_id: str, message: str) -> None:
        """The disk refused it: the outbox keeps it in memory and writes it as soon as it can."""
        self._move(call_id, {LogState.SAVING}, LogState.HELD, message)

    def sent(self, call_id: str) -> None:
        self._queued_in_book(call_id)
        self._move(call_id, _HANDED_OVER, LogState.SENT)

    def failed(self, call_id: str, message: str) -> None:
        """An unexpected problem while saving: Retry saves it again."""
        self._move(
            call_id, {LogState.SAVING, LogState.QUEUED, LogState.HELD}, LogState.FAILED, message
        )

    def refused(self, call_id: str, message: str) -> None:
        """SwitchTransact refused it for good (e.g. a 422): edit & resend, or discard."""
        self._move(
            call_id, {LogState.SAVING, LogState.QUEUED, LogState.HELD}, LogState.ATTENTION, message
        )

    def requeued(self, call_id: str) -> None:
        """A person corrected or retried it in the outbox: it waits to be sent again."""
        self._move(call_id, {LogState.ATTENTION, LogState.FAILED}, LogState.QUEUED)

    def discarded(self, call_id: str) -> None:
        """A person discarded it in the outbox."""
        self._move(call_id, _HANDED_OVER, LogState.DISCARDED)

    # --- bookkeeping ----------------------------------------------------------------------------

    def _queued_in_book(self, call_id: str) -> None:
        entry = self.entry(call_id)
        if entry is not None and entry.state in (LogState.SAVING, LogState.HELD):
            self.book.mark_queued(call_id)  # in the outbox now: it is the truth from here

    def _drop(self, entry: LogEntry, state: LogState) -> None:
        if self._holds(entry):
            del self._entries[entry.call_id]
        entry.state = state
        self._tell(entry)

    def _move(
        self,
        call_id: str,
        allowed: set[LogState] | frozenset[LogState],
        state: LogState,
        error: str = "",
    ) -> None:
        entry = self.entry(call_id)
        if entry is None or entry.state not in allowed:
            return  # an answer arriving late never moves a log backwards
        entry.state, entry.error = state, error
        if state in FINAL:
            del self._entries[call_id]
        self._tell(entry)

    def _tell(self, entry: LogEntry) -> None:
        if self.listener is not None:
            self.listener(entry)
