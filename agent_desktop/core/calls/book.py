"""The call book: every call from its first event to its queued log, and the rules that move it.

The window only shows these calls and sends the agent's choices back; every source of events —
the softphone, the keyboard, a clicked tel: link — drives the same `CallBook`. A call's log is
built from the Call alone (core/calls/call.py), so a contact is never inherited from another call or
from whatever a panel happens to show, and the link says how it was made.
"""

from __future__ import annotations

import copy
import enum
import uuid
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Protocol

from agent_desktop.core.api.models import CallDirection, CallType, Contact
from agent_desktop.core.calls.call import (
    LIVE_STATES,
    Call,
    CallState,
    LinkSource,
    Lookup,
    not_before,
    utc,
)
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.calls.matching import find_call
from agent_desktop.core.clock import Clock
from agent_desktop.core.region import DEFAULT_REGION
from agent_desktop.core.settings.choices import MissedCalls

__all__ = [
    "KEEP",
    "LIVE_STATES",
    "Call",
    "CallBook",
    "CallKeeper",
    "CallState",
    "Keep",
    "LinkSource",
    "Lookup",
    "MissedCalls",
]

RESTORE_WINDOW = timedelta(seconds=10)  # how long a discard can be undone
KEEP_FINISHED = 50  # queued/discarded calls kept in memory to absorb late duplicate events


class CallKeeper(Protocol):
    """Where every change of a call is written and read back at start (the call store, or a
    worker in front of it)."""

    def save(self, call: Call) -> None: ...

    def load_open(self) -> list[Call]: ...


class Keep(enum.Enum):
    """The one sentinel of correct(): None there means "no contact", so "leave it" is this."""

    CONTACT = "keep"


KEEP = Keep.CONTACT


class CallBook:
    """Every call from first event to queued log. Pure logic + a store; one per window."""

    def __init__(
        self,
        clock: Clock,
        store: CallKeeper | None = None,
        *,
        region: str = DEFAULT_REGION,
        missed_calls: MissedCalls = MissedCalls.LOG,
        listener: Callable[[Call], None] | None = None,
    ) -> None:
        self.clock = clock
        self.store = store
        self.region = region
        self.missed_calls = missed_calls
        self.listener = listener
        self._calls: dict[str, Call] = {}  # insertion order = start order

    # --- sources -------------------------------------------------------------------------------

    def apply(self, event: CallEvent) -> Call | None:
        """A softphone event. The call it started or moved; None when absorbed (a duplicate, an
        event for a call already over) or refused (nothing to match)."""
        at = event.at or self.clock.now()
        kind = event.kind
        if kind is EventKind.SHOW:
            return None
        found = find_call(list(self._calls.values()), event, at, self.region)
        if kind is EventKind.DIAL:  # a link clicked twice prepares one call
            if found is not None:  # still dialling: pop it again; already further: absorbed
                return found if found.state is CallState.DIALLING else None
            return self.start_outbound(event.number, started_at=at)
        if kind in (EventKind.RING, EventKind.OUTGOING):
            return self._begin(event, at, found)
        if kind is EventKind.ANSWER:
            return self._answer(event, at, found)
        return self._finish(found, at, event.call_id, event.answered_elsewhere)  # BUSY, END

    def _begin(self, event: CallEvent, at: datetime, found: Call | None) -> Call | None:
        outbound = event.kind is EventKind.OUTGOING
        if found is not None:
            adopted = self._adopt_details(found, event, at)
            if outbound and found.state is CallState.DIALLING and adopted:
                return found  # the softphone confirms a call we prepared (tel: / Call button)
            return None  # a duplicate, or a late ring of a call already answered
        call = Call(
            id=str(uuid.uuid4()),
            softphone_id=event.call_id,
            direction=CallDirection.OUTBOUND if outbound else CallDirection.INBOUND,
            number=event.number,
            started_at=at,
            state=CallState.DIALLING if outbound else CallState.RINGING,
        )
        return self._add(call)

    def _adopt_details(self, call: Call, event: CallEvent, at: datetime) -> bool:
        """A repeated start of a known call: fill in what it lacked and move its start earlier
        when the event is older (an answer that arrived before its ring). True if changed."""
        changed = False
        if event.call_id and not call.softphone_id:
            call.softphone_id, changed = event.call_id, True
        if event.number and not call.number:
            call.number, changed = event.number, True
        if utc(at) < utc(call.started_at):
            call.started_at, changed = at, True
        if changed:
            self._changed(call)
        return changed

    def _answer(self, event: CallEvent, at: datetime, found: Call | None) -> Call | None:
        if found is None:  # an answer with no ring seen (or a legacy `answer --outbound`)
            direction = CallDirection.OUTBOUND if event.outbound else CallDirection.INBOUND
            call = Call(
                id=str(uuid.uuid4()),
                softphone_id=event.call_id,
                direction=direction,
                number=event.number,
                started_at=at,
                state=CallState.CONNECTED,
                answered_at=at,
            )
            return self._add(call)
        if found.state not in (CallState.RINGING, CallState.DIALLING):
            return None  # answered twice (MicroSIP's cmdCallAnswer + cmdCallStart), or over
        if event.call_id and not found.softphone_id:
            found.softphone_id = event.call_id
        if event.number and not found.number:
            found.number = event.number
        found.answered_at = not_before(at, found.started_at)
        found.state = CallState.CONNECTED
        self._changed(found)
        return found

    def _finish(
        self,
        call: Call | None,
        at: datetime,
        softphone_id: str = "",
        answered_elsewhere: bool = False,
    ) -> Call | None:
        if call is None or not call.live:
            return None  # a second end, or an end for a call we never saw
        if softphone_id and not call.softphone_id:
            call.softphone_id = softphone_id
        call.ended_at = not_before(at, call.answered_at or call.started_at)
        call.state = CallState.ENDED
        if call.unanswered and (
            self.missed_calls is MissedCalls.IGNORE
            or (answered_elsewhere and self.missed_calls is MissedCalls.MINE)
        ):
            call.state = CallState.DISCARDED
            call.discarded_at = self.clock.now()
        self._changed(call)
        return call

    def start_outbound(
        self,
        number: str,
        contact: Contact | None = None,
        link: LinkSource | None = None,
        *,
        started_at: datetime | None = None,
    ) -> Call:
        """The Call button, Ctrl+D, F9 with a contact open, a tel: link: a DIALLING call that the
        softphone's own outgoing/answer/end events then run."""
        if contact is not None and link is None:
            link = LinkSource.MANUAL
        call = Call(
            id=str(uuid.uuid4()),
            softphone_id="",
            direction=CallDirection.OUTBOUND,
            number=number.strip(),
            started_at=started_at or self.clock.now(),
            state=CallState.DIALLING,
            contact=contact,
            link=link if contact is not None else None,
        )
        return self._add(call)

    def start_manual(self, number: str = "", contact: Contact | None = None) -> Call:
        """F9 with no contact open: an inbound call the agent is already on, timed from now."""
        now = self.clock.now()
        call = Call(
            id=str(uuid.uuid4()),
            softphone_id="",
            direction=CallDirection.INBOUND,
            number=number.strip(),
            started_at=now,
            state=CallState.CONNECTED,
            answered_at=now,
            contact=contact,
            link=LinkSource.MANUAL if contact is not None else None,
        )
        return self._add(call)

    def hang_up(self, call_id: str) -> Call | None:
        """F9 / the End button."""
        return self._finish(self._calls.get(call_id), self.clock.now())

    def answer(self, call_id: str) -> Call | None:
        """F9 / the Answer button: the agent took this ringing (or dialling) call now. The
        softphone's own answer event for it, if one follows, is absorbed."""
        call = self._calls.get(call_id)
        if call is None or call.state not in (CallState.RINGING, CallState.DIALLING):
            return None
        call.answered_at = not_before(self.clock.now(), call.started_at)
        call.state = CallState.CONNECTED
        self._changed(call)
        return call

    # --- who is calling ------------------------------------------------------------------------

    def asking(self, call_id: str, number: str) -> None:
        """A lookup of the call's number is on its way."""
        call = self._calls.get(call_id)
        if call is not None:
            call.lookup, call.lookup_number = Lookup.ASKING, number
            self._notify(call)

    def found(self, call_id: str, number: str, contacts: list[Contact]) -> Call | None:
        """The lookup of `number` answered. One record links a call that has no contact
        (EXACT_MATCH), live or in review; several are kept for the picker, in the call and in
        its review. None: the answer is not wanted (see _answer_for)."""
        call = self._answer_for(call_id, number)
        if call is None:
            return None
        call.lookup, call.matches = Lookup.FOUND, tuple(contacts)
        if (
            len(contacts) == 1
            and call.contact is None
            and call.awaiting is None
            and call.state not in (CallState.QUEUED, CallState.DISCARDED)
        ):
            call.contact, call.link = contacts[0], LinkSource.EXACT_MATCH
            self._changed(call)
        else:
            self._notify(call)
        return call

    def lookup_failed(self, call_id: str, number: str, *, final: bool) -> Call | None:
        """The lookup of `number` could not answer: FAILED is asked again; `final` (no key,
        refused) not."""
        call = self._answer_for(call_id, number)
        if call is None:
            return None
        call.lookup = Lookup.GAVE_UP if final else Lookup.FAILED
        self._notify(call)
        return call

    def _answer_for(self, call_id: str, number: str) -> Call | None:
        """The call a lookup answer of `number` is for, or None when it is not wanted: the
        call is gone, queued or discarded, or its number was corrected while the lookup ran
        (then it is told so, unasked, and the corrected number is asked)."""
        call = self._calls.get(call_id)
        if call is None or call.state in (CallState.QUEUED, CallState.DISCARDED):
            return None
        if number != call.number:
            if call.lookup is Lookup.ASKING and call.lookup_number == number:
                call.lookup = None
                self._notify(call)
            return None
        return call

    def notified(self, call_id: str) -> Call | None:
        """The desktop notification of this ringing call is shown now: the call, once; None
        when it was shown already or the call is not live any more."""
        call = self._calls.get(call_id)
        if call is None or call.notified or not call.live:
            return None
        call.notified = True
        return call

    def confirm(self, call_id: str) -> Call | None:
        """The agent sent the log (or it is sent without review): it goes once its caller is
        settled (Call.caller_unsettled)."""
        call = self._calls.get(call_id)
        if call is None or call.state is not CallState.ENDED:
            return None
        if not call.confirmed:  # asked again at every answer while it waits: told once
            call.confirmed = True
            self._notify(call)
        return call

    # --- the agent's choices -------------------------------------------------------------------

    def link(self, call_id: str, contact: Contact | None, source: LinkSource | None) -> Call | None:
        call = self._calls.get(call_id)
        if call is None or call.state in (CallState.QUEUED, CallState.DISCARDED):
            return None
        call.contact = contact
        call.link = source if contact is not None else None
        call.awaiting = None
        self._changed(call)
        return call

    def set_awaiting(self, call_id: str, awaiting: tuple[str, str] | None) -> None:
        call = self._calls.get(call_id)
        if call is not None and call.state not in (CallState.QUEUED, CallState.DISCARDED):
            call.awaiting = awaiting
            self._changed(call)

    def contact_created(self, request_id: str, contact: Contact) -> list[Call]:
        """The contact created during these calls now exists: link them to it (CREATED)."""
        linked: list[Call] = []
        for call in list(self._calls.values()):
            if (
                call.awaiting
                and call.awaiting[0] == request_id
                and call.state not in (CallState.QUEUED, CallState.DISCARDED)
            ):
                self.link(call.id, contact, LinkSource.CREATED)
                linked.append(call)
        return linked

    def contact_dropped(self, request_id: str) -> None:
        for call in list(self._calls.values()):
            if call.awaiting and call.awaiting[0] == request_id:
                self.set_awaiting(call.id, None)

    def correct(
        self,
        call_id: str,
        *,
        outcome: CallType | None = None,
        number: str | None = None,
        contact: Contact | Keep | None = KEEP,
    ) -> Call | None:
        """The agent's corrections in review (only while ENDED)."""
        call = self._calls.get(call_id)
        if call is None or call.state is not CallState.ENDED:
            return None
        if outcome is not None:
            call.outcome_override = None if outcome is call.outcome else outcome
        if number is not None:
            call.number = number.strip()
        if not isinstance(contact, Keep):
            chosen = contact
            if chosen != call.contact:
                call.contact = chosen
                call.link = LinkSource.MANUAL if chosen is not None else None
                call.awaiting = None
        self._changed(call)
        return call

    def mark_queued(self, call_id: str) -> Call | None:
        call = self._calls.get(call_id)
        if call is None or call.state is not CallState.ENDED:
            return None
        call.state = CallState.QUEUED
        self._changed(call)
        return call

    def discard(self, call_id: str) -> Call | None:
        call = self._calls.get(call_id)
        if call is None or call.state is not CallState.ENDED:
            return None
        call.state, call.discarded_at = CallState.DISCARDED, self.clock.now()
        self._changed(call)
        return call

    def restore(self, call_id: str) -> Call | None:
        """Undo a discard made less than RESTORE_WINDOW ago."""
        call = self._calls.get(call_id)
        if call is None or call.state is not CallState.DISCARDED or call.discarded_at is None:
            return None
        if utc(self.clock.now()) - utc(call.discarded_at) > RESTORE_WINDOW:
            return None
        call.state, call.discarded_at = CallState.ENDED, None
        self._changed(call)
        return call

    # --- reading -------------------------------------------------------------------------------

    def get(self, call_id: str) -> Call | None:
        return self._calls.get(call_id)

    def live(self) -> list[Call]:
        return [c for c in self._calls.values() if c.live]

    def current(self) -> Call | None:
        """What the call bar shows: the newest connected call, else the newest live one."""
        live = self.live()
        connected = [c for c in live if c.state is CallState.CONNECTED]
        if connected:
            return connected[-1]
        return live[-1] if live else None

    def open_calls(self) -> list[Call]:
        """Live calls and calls in review: those whose caller may still matter."""
        return [c for c in self._calls.values() if c.live or c.state is CallState.ENDED]

    def in_review(self) -> list[Call]:
        return [c for c in self._calls.values() if c.state is CallState.ENDED]

    def auto_send(self, call: Call) -> bool:
        """Is this ended call sent without review (missed_calls = "log" or "mine")?"""
        return (
            call.state is CallState.ENDED
            and call.unanswered
            and call.outcome_override is None
            and self.missed_calls in (MissedCalls.LOG, MissedCalls.MINE)
        )

    def load(self, found: list[Call] | None = None) -> list[Call]:
        """At start: the calls the store holds (or `found`, read on a worker) come back exactly
        as they were: live ones wait for their end event, ended ones for review."""
        if found is None:
            found = self.store.load_open() if self.store is not None else []
        added: list[Call] = []
        for call in found:
            if call.id not in self._calls:
                self._calls[call.id] = call
                added.append(call)
        for call in added:
            self._notify(call)
        return added

    # --- bookkeeping ---------------------------------------------------------------------------

    def _add(self, call: Call) -> Call:
        self._calls[call.id] = call
        self._changed(call)
        return call

    def _changed(self, call: Call) -> None:
        if self.store is not None:
            self.store.save(copy.copy(call))  # a snapshot: a worker may write it later
        self._notify(call)
        if call.state in (CallState.QUEUED, CallState.DISCARDED):  # only then can there be more
            self._forget_old()

    def _notify(self, call: Call) -> None:
        if self.listener is not None:
            self.listener(call)

    def _forget_old(self) -> None:
        finished = [
            c.id for c in self._calls.values() if c.state in (CallState.QUEUED, CallState.DISCARDED)
        ]
        for call_id in finished[:-KEEP_FINISHED]:
            del self._calls[call_id]
