"""What the window shows of the outbox at a glance, read in one go on a worker (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass

from agent_desktop.core.outbox.outbox import Outbox, OutboxKind, OutboxState, OutboxUnavailable
from agent_desktop.core.outbox.recovery import OutboxRecovery

# The wording ("3 call logs and 1 new contact waiting") needs the kinds of what waits; past this
# many the rest are counted from counts() and assumed to be call logs (the usual case).
_KIND_SCAN_LIMIT = 1000
ATTENTION = OutboxState.NEEDS_ATTENTION  # a shorter name for this module's sums


@dataclass(frozen=True)
class OutboxSummary:
    waiting_calls: int = 0  # pending or being sent
    waiting_contacts: int = 0
    attention: int = 0  # needs a person: edit & resend, retry or discard
    attention_calls: int = 0  # of which call logs (the rest are new contacts)
    held: int = 0  # not on disk yet (disk full, folder unwritable): kept in memory
    held_calls: int = 0
    held_reason: str = ""
    last_error: str = ""  # the latest failure of an entry that still waits
    storage_error: str = ""  # the file cannot be read or written right now
    read: bool = False  # False until the file was read once
    recovery: OutboxRecovery | None = None  # a damaged file was moved aside: the agent is told

    @property
    def waiting(self) -> int:
        return self.waiting_calls + self.waiting_contacts

    @property
    def unsent(self) -> int:
        """Everything SwitchTransact does not have yet, whatever the reason."""
        return self.waiting + self.attention + self.held

    @property
    def quiet(self) -> bool:
        return not (self.unsent or self.storage_error)


def read_summary(outbox: Outbox) -> OutboxSummary:
    """Runs on a worker: a few quick reads of the file, plus the entries held in memory."""
    held = outbox.held()
    held_calls = sum(1 for h in held if h.kind == OutboxKind.CALL_LOG)
    held_reason = held[-1].reason if held else ""
    try:
        counts = outbox.counts()
        unsent = outbox.entries(
            (OutboxState.PENDING, OutboxState.SENDING, ATTENTION), limit=_KIND_SCAN_LIMIT
        )
        last = outbox.last_error()
    except OutboxUnavailable as err:
        return OutboxSummary(
            held=len(held),
            held_calls=held_calls,
            held_reason=held_reason or err.message,
            storage_error=err.message,
            recovery=outbox.recovery,
        )
    total = counts[OutboxState.PENDING] + counts[OutboxState.SENDING]
    contact_entries = [e for e in unsent if e.kind != OutboxKind.CALL_LOG]
    contacts = sum(1 for e in contact_entries if e.state != ATTENTION)
    refused_contacts = len(contact_entries) - contacts
    return OutboxSummary(
        waiting_calls=total - contacts,
        waiting_contacts=contacts,
        attention=counts[ATTENTION],
        attention_calls=counts[ATTENTION] - refused_contacts,
        held=len(held),
        held_calls=held_calls,
        held_reason=held_reason,
        last_error=(last.last_error or "") if last is not None else "",
        read=True,
        recovery=outbox.recovery,  # set by the first read when the file was damaged
    )
