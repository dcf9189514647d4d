"""The outbox's vocabulary: kinds, states, an entry as read from the file, events, errors."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from agent_desktop.core.calllog import CallRecord

CALL_LOG = "call_log"
CREATE_CONTACT = "create_contact"
KINDS = (CALL_LOG, CREATE_CONTACT)

PENDING = "pending"
SENDING = "sending"
SENT = "sent"
NEEDS_ATTENTION = "needs_attention"
DISCARDED = "discarded"
STATES = (PENDING, SENDING, SENT, NEEDS_ATTENTION, DISCARDED)

INTERRUPTED = "interrupted"  # last_error_kind of an entry recovered from a dead sender
DEFAULT_LEASE = 300.0
FILE_NAME = "outbox.sqlite3"

# Every column of `outbox`, in OutboxEntry field order.
COLUMNS = (
    "id, kind, call_id, payload, state, attempts, uncertain_attempts, next_attempt_at, last_error,"
    " last_error_kind, claimed_by, lease_until, result, created_at, updated_at, sent_at"
)


class OutboxUnavailable(Exception):
    """The outbox file cannot be written. `message` is fit for the agent; `held` is the record kept
    in memory when this came from an enqueue (it is written by `flush_memory()` later)."""

    def __init__(self, message: str, held: HeldRecord | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.held = held


class InvalidTransition(ValueError):
    """An agent action that does not apply to the entry's current state (message is plain text)."""


@dataclass(frozen=True)
class OutboxEntry:
    id: int
    kind: str
    call_id: str
    payload: dict[str, Any]
    state: str
    attempts: int
    uncertain_attempts: int
    next_attempt_at: float
    last_error: str | None
    last_error_kind: str | None
    claimed_by: str | None
    lease_until: float | None
    result: dict[str, Any] | None
    created_at: float
    updated_at: float
    sent_at: float | None

    @classmethod
    def _from_row(cls, row: tuple) -> OutboxEntry:
        values = list(row)
        values[3] = json.loads(values[3])
        values[12] = json.loads(values[12]) if values[12] is not None else None
        return cls(*values)


@dataclass(frozen=True)
class HeldRecord:
    """An enqueue that could not be written to disk, kept in memory until it can."""

    kind: str
    call_id: str
    payload: dict[str, Any]
    record: dict[str, Any] | None
    held_at: float
    reason: str


@dataclass(frozen=True)
class OutboxEvent:
    """A change listeners hear about. `entry` is None for memory-only events."""

    action: str  # enqueued|claimed|sent|retry_scheduled|needs_attention|recovered|retried|updated|
    #              discarded|held_in_memory|written_from_memory
    entry: OutboxEntry | None
    previous_state: str | None = None


Listener = Callable[[OutboxEvent], None]


def record_from_call(record: CallRecord) -> dict[str, Any]:
    """The local record of a call as JSON-safe data (kept in the `calls` table)."""
    contact = record.contact
    return {
        "start": record.start.isoformat(),
        "end": record.end.isoformat(),
        "answered": record.answered_at.isoformat() if record.answered_at else None,
        "call_type": record.call_type.value,
        "direction": record.direction.value,
        "number": record.number,
        "contact": contact.to_api() if contact is not None else None,
        "agent": {
            "first_name": record.agent.first_name,
            "last_name": record.agent.last_name,
            "email": record.agent.email,
        },
    }


def record_text(record: Mapping[str, Any] | None, key: str) -> str | None:
    value = (record or {}).get(key)
    if isinstance(value, datetime):
        return value.isoformat()
    return str(value) if value is not None else None


def record_contact_id(record: Mapping[str, Any] | None) -> str | None:
    contact = (record or {}).get("contact")
    if isinstance(contact, Mapping) and contact.get("id"):
        return str(contact["id"])
    return None
