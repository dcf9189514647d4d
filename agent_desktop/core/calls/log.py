"""A finished call, and the exact body SwitchTransact's POST /calls/log expects.

Times follow 3CX's journaling, whose fields this API copies: the call starts when it first rings
(or is dialled), ends at hang-up, and `Duration` is the talk time, answer to hang-up (00:00:00
when the call was never answered).

Durations come from the difference of aware instants converted to UTC, so a call across a DST
change lasts as long as it really did (Python subtracts datetimes sharing one tzinfo as wall
times). Seconds are whole and rounded down: a call of 59.9 s is "00:00:59". The clock fields are
the agent's local wall time.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo

from agent_desktop.core.api.models import AgentIdentity, CallDirection, CallType, Contact

PAYLOAD_FIELDS = (
    "CallType",
    "CallDirection",
    "Number",
    "Name",
    "EntityId",
    "EntityType",
    "AgentFirstName",
    "AgentLastName",
    "AgentEmail",
    "Duration",
    "DurationTimespan",
    "DateTime",
    "CallStartTimeLocal",
    "CallEndTimeLocal",
)


def _require_aware(name: str, value: object) -> None:
    if not isinstance(value, datetime) or value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be a timezone-aware datetime")


def _utc(value: datetime) -> datetime:
    return value.astimezone(timezone.utc)


def format_duration(seconds: float | timedelta) -> str:
    """hh:mm:ss from whole seconds (rounded down); hours keep counting past 24."""
    if isinstance(seconds, timedelta):
        seconds = seconds.total_seconds()
    if not math.isfinite(seconds) or seconds < 0:
        raise ValueError(f"a duration must be a finite number of seconds >= 0, not {seconds!r}")
    whole = math.floor(seconds)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours:02d}:{minutes:02d}:{secs:02d}"


class _AtStart:
    """Marks a record built without an answer time (answered when it started)."""

    def __repr__(self) -> str:
        return "ANSWERED_AT_START"


ANSWERED_AT_START = _AtStart()


@dataclass(frozen=True)
class CallRecord:
    start: datetime
    end: datetime
    call_type: CallType
    direction: CallDirection
    number: str
    contact: Contact | None
    agent: AgentIdentity
    # When it was answered; None = never answered. Left out (ANSWERED_AT_START), the call is
    # taken as answered when it started, as records made before answer times were kept.
    answered: datetime | _AtStart | None = ANSWERED_AT_START

    def __post_init__(self) -> None:
        _require_aware("start", self.start)
        _require_aware("end", self.end)
        if _utc(self.end) < _utc(self.start):
            raise ValueError("a call cannot end before it starts")
        if isinstance(self.answered, _AtStart):
            object.__setattr__(self, "answered", self.start)
        if isinstance(self.answered, datetime):
            _require_aware("answered", self.answered)
            if not _utc(self.start) <= _utc(self.answered) <= _utc(self.end):
                raise ValueError("a call is answered between its start and its end")

    @property
    def answered_at(self) -> datetime | None:
        return self.answered if isinstance(self.answered, datetime) else None

    @property
    def duration(self) -> timedelta:
        """Talk time: answer to hang-up; zero when never answered."""
        answered = self.answered_at
        if answered is None:
            return timedelta(0)
        return _utc(self.end) - _utc(answered)

    def to_payload(self, tz: tzinfo | None = None) -> dict[str, str]:
        """The call-log body, keys in the documented order. `tz` is the agent's zone (None =
        this computer's local zone)."""
        start = self.start.astimezone(tz)
        end = self.end.astimezone(tz)
        duration = format_duration(self.duration.total_seconds())
        contact = self.contact
        return {
            "CallType": self.call_type.value,
            "CallDirection": self.direction.value,
            "Number": self.number,
            "Name": contact.display_name if contact else self.number,
            "EntityId": contact.id if contact else "",
            "EntityType": (contact.entity_type_text or "") if contact else "",
            "AgentFirstName": self.agent.first_name,
            "AgentLastName": self.agent.last_name,
            "AgentEmail": self.agent.email,
            "Duration": duration,
            "DurationTimespan": duration,
            "DateTime": start.strftime("%d-%m-%y %H:%M:%S"),
            "CallStartTimeLocal": start.strftime("%H:%M:%S"),
            "CallEndTimeLocal": end.strftime("%H:%M:%S"),
        }
