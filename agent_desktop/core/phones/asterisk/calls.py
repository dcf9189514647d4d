"""Asterisk's manager events → the call events of one agent's extension.

The PBX reports every call of every extension; this keeps only the calls where one of the
agent's channels (`PJSIP/201-…`, `SIP/201-…`, `IAX2/201-…`, or a `Local/201@…` proxy of a queue
or follow-me) takes part, one call per `Linkedid` (the Uniqueid of the oldest channel of the
call: the same on every leg, across Local channels and transfers of the caller).

The events and their fields, as documented in Asterisk's source (`<managerEvent>` blocks):
- main/manager_channels.c: Newchannel, Hangup (`Cause`), DialBegin and DialEnd (the dialling
  channel's snapshot, the `Dest…` snapshot of the channel dialled, `DialStatus` on DialEnd:
  ANSWER, BUSY, NOANSWER, CANCEL, CONGESTION, CHANUNAVAIL, …).
- main/manager_bridges.c: BridgeEnter (a channel snapshot: a channel joined a bridge).
- apps/app_queue.c: AgentCalled, AgentConnect, AgentRingNoAnswer (caller's snapshot plus the
  member's `Dest…` snapshot, `Queue`, `Interface`), QueueCallerAbandon, QueueCallerLeave.
- Who is who (apps/app_dial.c): the channel dialled gets the dialled number as its caller id and
  the caller's id as its connected line, so on DialBegin the far party is `CallerIDNum` /
  `CallerIDName` when the agent is dialled, and `DestCallerIDNum` / `DestCallerIDName` when the
  agent dials.

What a ring that stopped means (app_queue.c publishes the DialEnd ANSWER of the member who
answered before the CANCEL of the others; the others' channels hang up with Cause 26, "answered
elsewhere"): a ring here that ends after another channel of the same call answered was
answered elsewhere. A queue ring that ends with nobody answering yet is held: the queue may ring
the agent again for the same caller (one call, not a Missed call per round), a colleague may
still answer (then it was answered elsewhere), or the caller leaves (then it was missed here,
timed at the end of the last ring).
"""

from __future__ import annotations

import enum
import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from agent_desktop.core.calls.events import (
    MAX_CALL_ID_CHARS,
    MAX_NAME_CHARS,
    MAX_NUMBER_CHARS,
    CallEvent,
    EventKind,
)

MAX_CALLS = 200  # calls followed at once; the oldest is forgotten beyond (a PBX gone wild)
ANSWERED_ELSEWHERE_CAUSE = "26"  # AST_CAUSE_ANSWERED_ELSEWHERE
BUSY_CAUSE = "17"  # AST_CAUSE_USER_BUSY
_UNKNOWN = ("", "<unknown>")
_PROXY = "Local/"


class _Stage(enum.Enum):
    QUIET = "quiet"  # the agent's channel exists, nothing said yet (off hook, an originate leg)
    RINGING = "ringing"  # inbound, said as RING
    HELD = "held"  # a queue ring that stopped with nobody answering yet (not said yet)
    DIALLING = "dialling"  # outbound, said as OUTGOING
    CONNECTED = "connected"
    OVER = "over"  # its end was said


@dataclass
class _Call:
    linkedid: str
    stage: _Stage = _Stage.QUIET
    number: str = ""
    name: str = ""
    queue: bool = False  # offered by a queue (AgentCalled): a stopped ring is held
    elsewhere: bool = False  # another channel of this call answered while it rang here
    held_at: datetime | None = None
    held_busy: bool = False
    channels: dict[str, str] = field(default_factory=dict[str, str])  # Uniqueid → name


def _clean(text: str, limit: int) -> str:
    """A PBX's text made fit for the call event: printable, not too long."""
    text = "".join(ch for ch in text if ch.isprintable()).strip()
    return "" if text in _UNKNOWN else text[:limit]


_Handler = Callable[[Mapping[str, str], datetime, str, list[CallEvent]], None]


class AgentCalls:
    """Feeds on every manager event, returns the call events of the agent's extension.
    Thread-safe (the session thread feeds it; call control reads the agent's channels)."""

    def __init__(self, extension: str) -> None:
        ext = re.escape(extension)
        self._device = re.compile(rf"^(?:PJSIP|SIP|IAX2|DAHDI)/{ext}-[^/\s]+$")
        self._proxy = re.compile(rf"^Local/{ext}@")
        self._calls: OrderedDict[str, _Call] = OrderedDict()
        self._lock = threading.Lock()
        self._handlers: dict[str, _Handler] = {
            "Newchannel": self._newchannel,
            "DialBegin": self._dial_begin,
            "DialEnd": self._dial_end,
            "BridgeEnter": self._bridge_enter,
            "Hangup": self._hangup,
            "AgentCalled": self._agent_called,
            "AgentConnect": self._agent_connect,
            "AgentRingNoAnswer": self._agent_ring_no_answer,
            "QueueCallerAbandon": self._caller_left,
            "QueueCallerLeave": self._caller_left,
        }

    # --- whose channel -------------------------------------------------------------------------

    def is_agents(self, channel: str) -> bool:
        return bool(self._device.match(channel) or self._proxy.match(channel))

    def _is_device(self, channel: str) -> bool:
        return bool(self._device.match(channel))

    # --- reading -------------------------------------------------------------------------------

    def device_channels(self, call_id: str) -> list[str]:
        """The agent's phone channels in this call (for Hangup)."""
        with self._lock:
            call = self._calls.get(call_id)
            if call is None:
                return []
            return [name for name in call.channels.values() if self._is_device(name)]

    # --- feeding -------------------------------------------------------------------------------

    def feed(self, event: Mapping[str, str], at: datetime) -> list[CallEvent]:
        name = event.get("Event", "")
        handler = self._handlers.get(name)
        linkedid = event.get("Linkedid", "")
        if handler is None or not linkedid or len(linkedid) > MAX_CALL_ID_CHARS:
            return []
        with self._lock:
            out: list[CallEvent] = []
            handler(event, at, linkedid, out)
            return out

    def _call(self, linkedid: str, create: bool) -> _Call | None:
        call = self._calls.get(linkedid)
        if call is None and create:
            call = self._calls[linkedid] = _Call(linkedid)
            while len(self._calls) > MAX_CALLS:
                self._calls.popitem(last=False)
        return call

    def _say(
        self,
        out: list[CallEvent],
        call: _Call,
        kind: EventKind,
        at: datetime,
        elsewhere: bool = False,
    ) -> None:
        number = call.number or (
            "anonymous" if kind in (EventKind.RING, EventKind.OUTGOING) else ""
        )
        out.append(
            CallEvent(
                kind, number, call.linkedid, at=at, name=call.name, answered_elsewhere=elsewhere
            )
        )

    def _end(
        self,
        out: list[CallEvent],
        call: _Call,
        at: datetime,
        *,
        busy: bool = False,
        elsewhere: bool = False,
    ) -> None:
        """The agent's part of this call is over: its end, said once."""
        if call.stage in (_Stage.QUIET, _Stage.OVER):
            call.stage = _Stage.OVER
            return
        if call.stage is _Stage.HELD:
            at, busy = call.held_at or at, call.held_busy
        unanswered = call.stage is not _Stage.CONNECTED
        kind = EventKind.BUSY if busy and unanswered else EventKind.END
        self._say(out, call, kind, at, elsewhere and unanswered)
        call.stage = _Stage.OVER

    def _ring_stopped(
        self, out: list[CallEvent], call: _Call, at: datetime, busy: bool, elsewhere: bool = False
    ) -> None:
        """A ring at the agent ended unanswered."""
        if call.stage is not _Stage.RINGING:
            return
        if elsewhere or call.elsewhere:
            self._end(out, call, at, elsewhere=True)
        elif call.queue:
            call.stage, call.held_at, call.held_busy = _Stage.HELD, at, busy
        else:
            self._end(out, call, at, busy=busy)

    # --- the events ----------------------------------------------------------------------------

    def _newchannel(
        self, event: Mapping[str, str], at: datetime, linkedid: str, out: list[CallEvent]
    ) -> None:
        channel = event.get("Channel", "")
        if self.is_agents(channel):
            call = self._call(linkedid, create=True)
            assert call is not None
            call.channels[event.get("Uniqueid", channel)] = channel

    def _dial_begin(
        self, event: Mapping[str, str], at: datetime, linkedid: str, out: list[CallEvent]
    ) -> None:
        caller, dest = event.get("Channel", ""), event.get("DestChannel", "")
        if self.is_agents(dest):
            call = self._call(linkedid, create=True)
            assert call is not None
            call.channels[event.get("DestUniqueid", dest)] = dest
            if not caller:
                return  # an Originate ringing the agent's own phone first (click-to-dial)
            if caller.startswith(_PROXY) and self.is_agents(caller):
                return  # a Local proxy of the agent dialling the phone: the same ring
            if call.stage in (_Stage.QUIET, _Stage.HELD):
                if call.stage is _Stage.QUIET:
                    call.number = _clean(event.get("CallerIDNum", ""), MAX_NUMBER_CHARS)
                    call.name = _clean(event.get("CallerIDName", ""), MAX_NAME_CHARS)
                    self._say(out, call, EventKind.RING, at)
                call.stage = _Stage.RINGING  # a queue ringing the agent again: the same call
            return
        if self._is_device(caller):
            call = self._call(linkedid, create=True)
            assert call is not None
            call.channels[event.get("Uniqueid", caller)] = caller
            if call.stage is _Stage.QUIET:
                call.number = _clean(event.get("DestCallerIDNum", ""), MAX_NUMBER_CHARS) or _clean(
                    event.get("DestExten", ""), MAX_NUMBER_CHARS
                )
                call.name = _clean(event.get("DestCallerIDName", ""), MAX_NAME_CHARS)
                if call.name == call.number:
                    call.name = ""
                call.stage = _Stage.DIALLING
                self._say(out, call, EventKind.OUTGOING, at)

    def _dial_end(
        self, event: Mapping[str, str], at: datetime, linkedid: str, out: list[CallEvent]
    ) -> None:
        caller, dest = event.get("Channel", ""), event.get("DestChannel", "")
        status = event.get("DialStatus", "").upper()
        call = self._call(linkedid, create=False)
        if call is None:
            if status == "ANSWER" and caller and self.is_agents(dest):
                # A call that began before this process listened (the window restarted, the
                # first connection came mid-call): its answer is heard as it is; the call book
                # matches it by Linkedid to the call it kept on disk.
                call = self._call(linkedid, create=True)
                assert call is not None
                call.channels[event.get("DestUniqueid", dest)] = dest
                call.number = _clean(event.get("CallerIDNum", ""), MAX_NUMBER_CHARS)
                call.name = _clean(event.get("CallerIDName", ""), MAX_NAME_CHARS)
                call.stage = _Stage.CONNECTED
                self._say(out, call, EventKind.ANSWER, at)
            return
        if self.is_agents(dest) and caller:
            if status == "ANSWER":
                self._answered(out, call, at)
            else:
                self._ring_stopped(out, call, at, busy=status == "BUSY")
        elif self._is_device(caller) and call.stage is _Stage.DIALLING:
            if status == "ANSWER":
                self._answered(out, call, at)
            elif status == "BUSY":
                self._end(out, call, at, busy=True)
            # Otherwise the dialplan may try another route: the agent's hang-up ends it.
        elif status == "ANSWER" and not self.is_agents(dest):
            self._answered_elsewhere(out, call, at)

    def _answered(self, out: list[CallEvent], call: _Call, at: datetime) -> None:
        if call.stage in (_Stage.RINGING, _Stage.DIALLING, _Stage.HELD):
            call.stage = _Stage.CONNECTED
            self._say(out, call, EventKind.ANSWER, at)

    def _answered_elsewhere(self, out: list[CallEvent], call: _Call, at: datetime) -> None:
        if call.stage is _Stage.RINGING:
            call.elsewhere = True  # the CANCEL of the agent's ring follows
        elif call.stage is _Stage.HELD:
            self._end(out, call, at, elsewhere=True)

    def _bridge_enter(
        self, event: Mapping[str, str], at: datetime, linkedid: str, out: list[CallEvent]
    ) -> None:
        call = self._call(linkedid, create=False)
        if (
            call is not None
            and self.is_agents(event.get("Channel", ""))
            and call.stage in (_Stage.RINGING, _Stage.DIALLING)
        ):
            self._answered(out, call, at)

    def _hangup(
        self, event: Mapping[str, str], at: datetime, linkedid: str, out: list[CallEvent]
    ) -> None:
        call = self._call(linkedid, create=False)
        channel = event.get("Channel", "")
        uniqueid = event.get("Uniqueid", channel)
        if call is None:
            if self._is_device(channel):
                # The agent's phone left a call that began before this process listened: its
                # end, for the call book to match by Linkedid (a call it never had is ignored).
                number = _clean(event.get("ConnectedLineNum", ""), MAX_NUMBER_CHARS)
                out.append(CallEvent(EventKind.END, number, linkedid, at=at))
            return
        if uniqueid == linkedid and call.stage is _Stage.HELD:
            self._end(out, call, at)  # the caller gave up while the queue held the ring
        if not self.is_agents(channel):
            return
        call.channels.pop(uniqueid, None)
        cause = event.get("Cause", "")
        if call.stage is _Stage.RINGING:
            self._ring_stopped(
                out, call, at, busy=cause == BUSY_CAUSE, elsewhere=cause == ANSWERED_ELSEWHERE_CAUSE
            )
        elif call.stage in (_Stage.CONNECTED, _Stage.DIALLING) and not any(
            self._is_device(name) for name in call.channels.values()
        ):
            self._end(out, call, at)  # the agent's phone left the call (hung up, transferred)
        if not call.channels and call.stage in (_Stage.OVER, _Stage.QUIET):
            del self._calls[linkedid]

    def _agent_called(
        self, event: Mapping[str, str], at: datetime, linkedid: str, out: list[CallEvent]
    ) -> None:
        if self.is_agents(event.get("DestChannel", "")):
            call = self._call(linkedid, create=True)
            assert call is not None
            call.queue = True
            if call.stage is _Stage.HELD:
                call.stage = _Stage.RINGING

    def _agent_connect(
        self, event: Mapping[str, str], at: datetime, linkedid: str, out: list[CallEvent]
    ) -> None:
        call = self._call(linkedid, create=False)
        if call is None:
            return
        if self.is_agents(event.get("DestChannel", "")):
            self._answered(out, call, at)
        else:
            self._answered_elsewhere(out, call, at)

    def _agent_ring_no_answer(
        self, event: Mapping[str, str], at: datetime, linkedid: str, out: list[CallEvent]
    ) -> None:
        call = self._call(linkedid, create=False)
        if call is not None and self.is_agents(event.get("DestChannel", "")):
            self._ring_stopped(out, call, at, busy=False)

    def _caller_left(
        self, event: Mapping[str, str], at: datetime, linkedid: str, out: list[CallEvent]
    ) -> None:
        call = self._call(linkedid, create=False)
        if call is not None and call.stage is _Stage.HELD:
            self._end(out, call, at)


# The events read (also the session's Filter: everything else is dropped at the PBX if it lets
# the user set a filter, and here anyway).
EVENT_NAMES = (
    "Newchannel",
    "DialBegin",
    "DialEnd",
    "BridgeEnter",
    "Hangup",
    "AgentCalled",
    "AgentConnect",
    "AgentRingNoAnswer",
    "QueueCallerAbandon",
    "QueueCallerLeave",
)
