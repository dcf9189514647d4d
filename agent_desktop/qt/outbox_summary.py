"""What the window shows of the outbox at a glance, read in one go on a worker (no Qt here)."""

from __future__ import annotations

from dataclasses import dataclass

from agent_desktop.core.outbox import Outbox, OutboxKind, OutboxState, OutboxUnavailable

CALL_LOG = OutboxKind.CALL_LOG
PENDING, SENDING, ATTENTION = OutboxState.PENDING, OutboxState.SENDING, OutboxState.NEEDS_ATTENTION

# The wording ("3 call logs and 1 new contact waiting") needs the kinds of what waits; past this
# many the rest are counted from counts() and assumed to be call logs (the usual case).
_KIND_SCAN_LIMIT = 1000


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
    held_calls = sum(1 for h in held if h.kind == CALL_LOG)
    held_reason = held[-1].reason if held else ""
    try:
        counts = outbox.counts()
        unsent = outbox.entries((PENDING, SENDING, ATTENTION), limit=_KIND_SCAN_LIMIT)
        last = outbox.last_error()
    except OutboxUnavailable as err:
        return OutboxSummary(held=len(held), held_calls=held_calls,
                             held_reason=held_reason or err.message, storage_error=err.message)
    total = counts[PENDING] + counts[SENDING]
    contacts = sum(1 for e in unsent if e.kind != CALL_LOG and e.state != ATTENTION)
    refused_contacts = sum(1 for e in unsent if e.kind != CALL_LOG and e.state == ATTENTION)
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
    )
