"""Which call a softphone event is about: its id, else its number, else the one live call.

Kept apart from the call book so the rules read in one place. A wrong match logs a call against
the wrong customer, so every rule prefers "no match" (a new call, or an event absorbed) to a guess.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from agent_desktop.core.api.models import CallDirection
from agent_desktop.core.calls.call import Call, CallState, utc
from agent_desktop.core.calls.events import CallEvent, EventKind

_RINGING_OR_DIALLING = (CallState.RINGING, CallState.DIALLING)


def _moved_on_at(call: Call) -> datetime | None:
    """When the call left its first state (answered, else ended); None while it still rings."""
    return call.answered_at or call.ended_at


def _happened_before_moving_on(call: Call, at: datetime) -> bool:
    moved = _moved_on_at(call)
    return moved is not None and utc(at) <= utc(moved)


# How long after a call ended its softphone id still names it. Late duplicates (a retried
# command, a spooled copy) carry the time they happened, seconds after the end at most; softphones
# and PBXs that count call ids from 1 again after a restart reuse an id minutes later at the
# earliest. Five minutes absorbs the first and keeps a reused id from swallowing a new call.
ID_OUTLIVES_CALL = timedelta(minutes=5)


def find_call(calls: Sequence[Call], event: CallEvent, at: datetime, region: str) -> Call | None:
    """The call `event` belongs to, or None when it starts a new one (or matches nothing)."""
    if event.call_id:
        named = _named_by_id(calls, event, at, region)
        if named is not None:
            return named
    # Calls the softphone gave another id are not this event's.
    candidates = [c for c in calls if not (event.call_id and c.softphone_id)]
    if event.kind in (EventKind.RING, EventKind.OUTGOING, EventKind.DIAL):
        return _same_start(candidates, event, at, region)
    return _ongoing(candidates, event, at, region)


def _named_by_id(calls: Sequence[Call], event: CallEvent, at: datetime, region: str) -> Call | None:
    """The call the softphone's id names: a live one (the newest, should an id be reused while
    an older call still hangs), else one that ended moments ago with the same number. A known id
    with another number, or long after, names a new call (ids are reused)."""
    same_id = [c for c in calls if c.softphone_id == event.call_id]
    for call in reversed(same_id):
        if call.live and (
            not event.number
            or not call.number
            or same_number(call.number, event.number, region)
            or event.kind not in (EventKind.RING, EventKind.OUTGOING)
        ):
            return call
    for call in reversed(same_id):
        if call.live:
            continue
        over = call.ended_at or call.discarded_at
        if over is not None and utc(at) > utc(over) + ID_OUTLIVES_CALL:
            continue
        if not event.number or not call.number or same_number(call.number, event.number, region):
            return call
    return None


def _same_start(calls: Sequence[Call], event: CallEvent, at: datetime, region: str) -> Call | None:
    """A ring (or outgoing) for a call already known: a duplicate, the softphone confirming a call
    we prepared, or a ring arriving after its own answer. A ring that happened after a known call
    was answered is a new call (call waiting), however alike the numbers."""
    direction = CallDirection.INBOUND if event.kind is EventKind.RING else CallDirection.OUTBOUND
    for call in calls:  # the cheap tests first: a day's calls are searched at every ring
        if call.direction is not direction or not (
            call.state in _RINGING_OR_DIALLING or _happened_before_moving_on(call, at)
        ):
            continue
        if same_number(call.number, event.number, region):
            return call
    return None


def _ongoing(calls: Sequence[Call], event: CallEvent, at: datetime, region: str) -> Call | None:
    """The call an answer, busy or end is about."""
    live = [c for c in calls if c.live]
    if event.kind is EventKind.END:  # hanging up: the call in progress first
        preferred = [c for c in live if c.state is CallState.CONNECTED]
    else:  # answering or declining: a call still ringing first
        preferred = [c for c in live if c.state in _RINGING_OR_DIALLING]
    others = [c for c in live if c not in preferred]
    if event.number:
        for call in preferred + others:
            if same_number(call.number, event.number, region):
                return call
        # An event from before a known call ended (a late duplicate) is absorbed by that call.
        for call in calls:
            if (
                not call.live
                and call.ended_at is not None
                and utc(at) <= utc(call.ended_at)
                and same_number(call.number, event.number, region)
            ):
                return call
        unnumbered = [c for c in live if not c.number]
        return unnumbered[0] if len(unnumbered) == 1 else None
    if len(live) == 1:
        return live[0]
    return preferred[0] if len(preferred) == 1 else None


def same_number(a: str, b: str, region: str) -> bool:
    """core.phone's, imported on first use: importing the window must not load phonenumbers."""
    from agent_desktop.core.phone import same_number as same

    return same(a, b, region)
