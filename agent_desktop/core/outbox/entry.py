"""The outbox's vocabulary: kinds, states, an entry as read from the file, events, errors."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, cast

from agent_desktop.core.calls.log import CallRecord
from agent_desktop.core.vocabulary import Vocabulary


class OutboxKind(Vocabulary):
    """What an entry sends; each has its spec in `agent_desktop.core.outbox.kinds`."""

    CALL_LOG = "call_log"
    CREATE_CONTACT = "create_contact"


class OutboxState(Vocabulary):
    """Where an entry is in the state machine drawn in `agent_desktop.core.outbox.outbox`."""

    PENDING = "pending"
    SENDING = "sending"
    SENT = "sent"
    NEEDS_ATTENTION = "needs_attention"
    DISCARDED = "discarded"


class OutboxAction(Vocabulary):
    """What just happened to an entry (the `action` of an OutboxEvent)."""

    ENQUEUED = "enqueued"
    CLAIMED = "claimed"
    SENT = "sent"
    RETRY_SCHEDULED = "retry_scheduled"
    NEEDS_ATTENTION = "needs_attention"
    RECOVERED = "recovered"  # returned to pending from a dead sender
    RETRIED = "retried"  # a person: send again now
    UPDATED = "updated"  # a person corrected the payload
    DISCARDED = "discarded"  # a person decided it must not be sent
    HELD_IN_MEMORY = "held_in_memory"  # the disk refused it; no entry yet
    WRITTEN_FROM_MEMORY = "written_from_memory"


class FailureKind(Vocabulary):
    """Why an entry's last attempt failed (its `last_error_kind`)."""

    NETWORK = "network"  # the server could not be reached, or the connection broke
    RATE_LIMITED = "rate_limited"
    SERVER = "server"  # a 5xx
    PROTOCOL = "protocol"  # an answer that is not the API's
    AUTH = "auth"  # the key was refused
    VALIDATION = "validation"  # the server refused the data (422)
    NOT_FOUND = "not_found"
    API = "api"  # any other refusal of the API
    UNEXPECTED = "unexpected"  # a bug in this app while sending
    INTERRUPTED = "interrupted"  # the app stopped while sending it (recovered from a dead sender)


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
    kind: OutboxKind
    call_id: str
    payload: dict[str, Any]
    state: OutboxState
    attempts: int
    uncertain_attempts: int
    next_attempt_at: float
    last_error: str | None
    last_error_kind: FailureKind | None
    claimed_by: str | None
    lease_until: float | None
    result: dict[str, Any] | None
    created_at: float
    updated_at: float
    sent_at: float | None

    @classmethod
    def from_row(cls, row: Sequence[Any]) -> OutboxEntry:
        """An entry from a row of `SELECT {COLUMNS}`."""
        values = list(row)
        values[1] = OutboxKind(values[1])
        values[3] = json.loads(values[3])
        values[4] = OutboxState(values[4])
        values[9] = FailureKind(values[9]) if values[9] is not None else None
        values[12] = json.loads(values[12]) if values[12] is not None else None
        return cls(*values)


@dataclass(frozen=True)
class HeldRecord:
    """An enqueue that could not be written to disk, kept in memory until it can."""

    kind: OutboxKind
    call_id: str
    payload: dict[str, Any]
    record: dict[str, Any] | None
    held_at: float
    reason: str


@dataclass(frozen=True)
class OutboxEvent:
    """A change listeners hear about. `entry` is None for memory-only events."""

    action: OutboxAction
    entry: OutboxEntry | None
    previous_state: OutboxState | None = None


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
    contact: object = (record or {}).get("contact")
    if isinstance(contact, Mapping):
        contact_id = cast("Mapping[str, object]", contact).get("id")
        if contact_id:
            return str(contact_id)
    return None
