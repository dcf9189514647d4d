"""One call, from its first event to its log: what the call book keeps and the log is built from.

Plain data plus the rules read off it (outcome, talk time, the log); the rules that move a call
between states are the call book's (call_model.py).
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone, tzinfo

from agent_desktop.core.api.models import AgentIdentity, CallDirection, CallType, Contact
from agent_desktop.core.calls.log import CallRecord


class CallState(enum.Enum):
    RINGING = "ringing"  # inbound, not answered
    DIALLING = "dialling"  # outbound, far end not answered (also: prepared by click-to-dial)
    CONNECTED = "connected"
    ENDED = "ended"  # in review: the log exists only here (and on disk in the call store)
    QUEUED = "queued"  # the log was handed to the outbox (the outbox is the truth from here)
    DISCARDED = "discarded"  # the agent discarded it, or missed_calls="ignore" dropped it


LIVE_STATES = frozenset({CallState.RINGING, CallState.DIALLING, CallState.CONNECTED})


class LinkSource(enum.Enum):
    EXACT_MATCH = "exact"  # the number found exactly one record
    PICKED = "picked"  # the agent chose from the picker during/after the call
    CREATED = "created"  # a contact created during the call
    MANUAL = "manual"  # the agent linked it by hand (search, F9 with a contact open, ...)


class Lookup(enum.Enum):
    """Where finding the caller's record by the number stands (kept in memory only: a call
    read back from disk is looked up again)."""

    ASKING = "asking"  # a request is on its way
    FAILED = "failed"  # offline, 5xx, 429 past its budget: asked again when it may succeed
    GAVE_UP = "gave-up"  # cannot succeed without a person (no key, refused): not asked again
    FOUND = "found"  # answered: `matches` holds what it found (maybe nothing)


def utc(moment: datetime) -> datetime:
    return moment.astimezone(timezone.utc)


def not_before(moment: datetime, floor: datetime) -> datetime:
    """`moment`, or `floor` when a late or clock-skewed event would put it earlier."""
    return floor if utc(moment) < utc(floor) else moment


@dataclass
class Call:
    id: str  # ours, uuid4: the outbox key, one call one log
    softphone_id: str  # "" when none was given
    direction: CallDirection
    number: str  # as received / dialled
    started_at: datetime  # first ring or dial (aware)
    state: CallState
    answered_at: datetime | None = None
    ended_at: datetime | None = None
    contact: Contact | None = None
    link: LinkSource | None = None
    awaiting: tuple[str, str] | None = None  # (request id, name) of a contact being created
    outcome_override: CallType | None = None  # the agent's correction in review
    discarded_at: datetime | None = None  # for undo within RESTORE_WINDOW
    # Who the number belongs to, as the ring lookup found it (in memory only, see Lookup).
    lookup: Lookup | None = None
    lookup_number: str = ""  # the number last asked for (a corrected number is asked again)
    matches: tuple[Contact, ...] = ()
    notified: bool = False  # its ring's desktop notification was shown (in memory only)
    confirmed: bool = False  # the agent (or auto-send) said "send": sent once the caller is known

    @property
    def live(self) -> bool:
        return self.state in LIVE_STATES

    @property
    def caller_unsettled(self) -> bool:
        """No contact, and a lookup of its number could still find one: its log must wait."""
        return (
            self.contact is None
            and self.awaiting is None
            and bool(self.number.strip())
            and self.lookup not in (Lookup.FOUND, Lookup.GAVE_UP)
        )

    @property
    def answered(self) -> bool:
        return self.answered_at is not None

    @property
    def outcome(self) -> CallType:
        if self.outcome_override is not None:
            return self.outcome_override
        if self.direction is CallDirection.INBOUND:
            return CallType.INBOUND if self.answered else CallType.MISSED
        return CallType.OUTBOUND if self.answered else CallType.NOT_ANSWERED

    @property
    def unanswered(self) -> bool:
        """Missed or Not answered: the calls the missed_calls setting is about."""
        return self.outcome in (CallType.MISSED, CallType.NOT_ANSWERED)

    @property
    def talk_time(self) -> timedelta:
        if self.answered_at is None or self.ended_at is None:
            return timedelta(0)
        return max(utc(self.ended_at) - utc(self.answered_at), timedelta(0))

    def record(self, agent: AgentIdentity) -> CallRecord:
        """The log of this ended call. Raises ValueError while it is still live."""
        if self.ended_at is None:
            raise ValueError("a call has a log only once it has ended")
        outcome = self.outcome
        if self.outcome_override is None:
            direction = self.direction
        else:  # the agent's correction decides the direction too
            direction = (
                CallDirection.INBOUND
                if outcome in (CallType.INBOUND, CallType.MISSED)
                else CallDirection.OUTBOUND
            )
        answered = self.answered_at if outcome in (CallType.INBOUND, CallType.OUTBOUND) else None
        if answered is None and outcome in (CallType.INBOUND, CallType.OUTBOUND):
            answered = self.started_at  # corrected to answered: count the whole call
        return CallRecord(
            start=self.started_at,
            end=self.ended_at,
            call_type=outcome,
            direction=direction,
            number=self.number,
            contact=self.contact,
            agent=agent,
            answered=answered,
        )

    def payload(self, agent: AgentIdentity, tz: tzinfo | None = None) -> dict[str, str]:
        """The call-log body, keys in the documented order (what is reviewed is what is sent)."""
        return self.record(agent).to_payload(tz)
