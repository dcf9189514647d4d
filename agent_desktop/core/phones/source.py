"""The seam every phone source fits: events out, a status the window and `check` can say, and
optional call control (answer, hang up, dial) for phones that take commands.

A source runs on a thread of its own (sockets block); it hands each event to `events` and each
change of its state to `status` from that thread. The qt layer (qt/phone_service.py) carries
both to the GUI thread. Nothing here imports Qt, and no sentence is built here: the status is
data, which the window translates and the CLI words in English (describe()).
"""

from __future__ import annotations

import enum
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol, runtime_checkable

from agent_desktop.core.calls.events import CallEvent
from agent_desktop.core.one_line import one_line
from agent_desktop.core.texts import Text


class PhoneKind(enum.Enum):
    """The `phone` setting: which source feeds the window besides the `call` command."""

    COMMAND = "command"  # only `agent-desktop call …` (MicroSIP and other per-event commands)
    DESK_PHONE = "desk_phone"  # Action URLs of Yealink, Snom, Grandstream, Poly phones
    BARESIP = "baresip"  # baresip's ctrl_tcp module
    ASTERISK = "asterisk"  # the PBX's manager interface (AMI)
    BRIA = "bria"  # Bria's Desktop API (a local WebSocket)


class SourceState(enum.Enum):
    OFF = "off"  # not started, or stopped on purpose
    STARTING = "starting"  # connecting / binding for the first time
    CONNECTED = "connected"  # a client source talks to its phone or PBX
    LISTENING = "listening"  # a server source waits for its phone's requests
    DOWN = "down"  # lost or refused; retrying after `retry_in` seconds


class Problem(enum.Enum):
    """Why a source is DOWN, as a code the window translates."""

    NONE = ""
    UNREACHABLE = "unreachable"  # nothing answers at the address (connection refused, timeout)
    CLOSED = "closed"  # the far end closed the connection
    ADDRESS_IN_USE = "address_in_use"  # the port to listen on is taken
    ADDRESS_INVALID = "address_invalid"  # the configured address cannot be used
    AUTH_FAILED = "auth_failed"  # login refused (wrong user or secret)
    NOT_CONFIGURED = "not_configured"  # a needed setting or secret is missing
    PROTOCOL = "protocol"  # the far end does not speak the expected protocol
    NOT_APPROVED = "not_approved"  # the phone waits for its user to allow this app


@dataclass(frozen=True)
class SourceStatus:
    kind: PhoneKind
    state: SourceState
    address: str = ""  # what it talks to ("127.0.0.1:4444") or listens on ("0.0.0.0:8765")
    problem: Problem = Problem.NONE
    detail: str = ""  # the OS's or the far end's own words for the problem (shown as is)
    retry_in: float | None = None  # seconds until the next attempt, when DOWN
    last_event_at: datetime | None = None
    last_event_from: str = ""  # the phone's address, for listening sources
    refused: int = 0  # requests refused (wrong token, address not allowed, too big, too many)
    refused_from: tuple[str, ...] = field(default=())  # the addresses refused, most recent last


EventSink = Callable[[CallEvent], None]
StatusSink = Callable[[SourceStatus], None]


class StatusReporter:
    """How a source that holds a connection says its status: its kind, what it talks to and its
    last event, with the state of the moment. Mixed into those sources (baresip, Bria), which
    set these attributes."""

    kind: PhoneKind
    address: str
    _last_event_at: datetime | None
    _status: StatusSink

    def _status_of(
        self,
        state: SourceState,
        problem: Problem = Problem.NONE,
        detail: str = "",
        retry_in: float | None = None,
    ) -> SourceStatus:
        return SourceStatus(
            self.kind,
            state,
            self.address,
            problem,
            detail,
            retry_in,
            last_event_at=self._last_event_at,
        )

    def _say(
        self,
        state: SourceState,
        problem: Problem = Problem.NONE,
        detail: str = "",
        retry_in: float | None = None,
    ) -> None:
        try:
            self._status(self._status_of(state, problem, detail, retry_in))
        except Exception:  # a listener's fault must not end the source
            logging.getLogger(__name__).exception("%s: status listener failed", self.kind.value)


class ControlError(Exception):
    """The phone refused a command or could not be reached; the message, a Text, says which
    (the CLI prints its English; the window's banner shows it in the agent's language)."""


def refusal_reason(said: str) -> str:
    """The far end's own words for a refusal, on one line, or "no reason given"."""
    return one_line(said)[:200] if said.strip() else Text("control.no_reason")


class CallGone(ControlError):
    """The phone has no such call (any more): it ended unheard, e.g. while the phone was away.
    The window settles that call itself."""


@runtime_checkable
class PhoneSource(Protocol):
    kind: PhoneKind

    def start(self, events: EventSink, status: StatusSink) -> None:
        """Begin on a thread of its own and return at once. Reconnects or rebinds with backoff
        until stop(); never raises for the phone's faults (they become a DOWN status)."""
        ...

    def stop(self) -> None:
        """End the thread (bounded wait, about a second) and release the socket. Idempotent."""
        ...

    def probe(self, timeout: float) -> SourceStatus:
        """One short check without taking events (for `agent-desktop check`): can it connect,
        log in, bind? Blocks up to `timeout` seconds."""
        ...


@runtime_checkable
class CallControl(Protocol):
    """Implemented by sources whose phone takes commands. Each call blocks until the phone
    answered (run it on a worker) and raises ControlError when it refused or was not reached.
    `call_id` is the phone's own call id (CallEvent.call_id of that call's events)."""

    def answer(self, call_id: str) -> None: ...

    def hang_up(self, call_id: str) -> None: ...

    def dial(self, number: str) -> None: ...


def describe(status: SourceStatus) -> str:
    """The status in English, for the CLI (`agent-desktop check`) and the log file."""
    name = _NAMES[status.kind]
    if status.state is SourceState.OFF:
        text = f"{name}: off"
    elif status.state is SourceState.STARTING:
        text = f"{name}: connecting to {status.address}"
    elif status.state is SourceState.CONNECTED:
        text = f"Connected to {name} at {status.address}"
    elif status.state is SourceState.LISTENING:
        text = f"Listening on {status.address}"
    else:
        text = f"{name} at {status.address}: {_PROBLEMS[status.problem]}"
        if status.detail:
            text += f" ({status.detail})"
        if status.retry_in is not None:
            text += f"; trying again in {round(status.retry_in)} s"
    if status.last_event_at is not None:
        text += f" · last event {status.last_event_at:%H:%M}"
        if status.last_event_from:
            text += f" from {status.last_event_from}"
    if status.refused:
        text += f" · requests refused: {status.refused}"
        if status.refused_from:
            text += f" (from {', '.join(status.refused_from[-3:])})"
    return text


_NAMES = {
    PhoneKind.COMMAND: "the call command",
    PhoneKind.DESK_PHONE: "the desk phone",
    PhoneKind.BARESIP: "baresip",
    PhoneKind.ASTERISK: "Asterisk",
    PhoneKind.BRIA: "Bria",
}
_PROBLEMS = {
    Problem.NONE: "not connected",
    Problem.UNREACHABLE: "not reachable",
    Problem.CLOSED: "the connection was closed",
    Problem.ADDRESS_IN_USE: "the port is in use by another program",
    Problem.ADDRESS_INVALID: "the address cannot be used",
    Problem.AUTH_FAILED: "the login was refused",
    Problem.NOT_CONFIGURED: "not set up",
    Problem.PROTOCOL: "it does not answer as expected",
    Problem.NOT_APPROVED: "waiting to be allowed in Bria (Notification tab, Allow Access)",
}
