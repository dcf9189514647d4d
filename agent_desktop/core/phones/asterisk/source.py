"""The PBX as the phone source: Asterisk's manager interface (AMI), for any phone on the agent's
extension (FreePBX, Issabel, VitalPBX and other Asterisk systems).

One long session reads events (ami_protocol.py) and turns those of the agent's extension into
call events (asterisk_calls.py); each command (dial, hang up) opens a short session of its own,
so a slow Originate never holds the events up.

Reconnects: the call mapper outlives the session, so a call that is still going when the
connection comes back is ended by its own Hangup, heard on the new session. Nothing is said
for the time the connection was down: a call whose end fell in that gap stays live in the window
exactly as after a crash (the call book keeps it, the agent ends it with End call / F9), never
an end invented at the reconnect's time. Asking the PBX which channels are still up
(CoreShowChannels) would need `write=system` or `reporting`, more than a read-only AMI user
should have, and would still not tell when the call ended.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import os
import socket
import ssl
import threading
from dataclasses import dataclass
from datetime import datetime, timezone

from agent_desktop.core.one_line import one_line
from agent_desktop.core.phones.asterisk.ami_protocol import (
    AmiError,
    AmiReader,
    ConnectionClosed,
    Message,
    connect,
    encode_action,
)
from agent_desktop.core.phones.asterisk.calls import EVENT_NAMES, AgentCalls
from agent_desktop.core.phones.loop import SessionEnded, SourceLoop
from agent_desktop.core.phones.registry import SourceConfig
from agent_desktop.core.phones.source import (
    ControlError,
    EventSink,
    PhoneKind,
    Problem,
    SourceState,
    SourceStatus,
    StatusSink,
    refusal_reason,
)
from agent_desktop.core.settings.settings import Settings
from agent_desktop.core.texts import Text, text_of

log = logging.getLogger(__name__)

SECRET_NAME = "asterisk_secret"
# An administrator may hand the secret over in the environment instead of the keyring (a
# shared kiosk login, a managed deployment); it is never written anywhere.
SECRET_ENV = "AGENT_DESKTOP_ASTERISK_SECRET"
POLL_SECONDS = 0.25  # how often a blocked read looks at the stop flag
CONNECT_SECONDS = 5.0
ORIGINATE_TIMEOUT_MS = 30000  # how long the agent's phone rings for a click-to-dial
_DIALLABLE = set("0123456789+*#")


@dataclass(frozen=True)
class AmiTarget:
    host: str
    port: int
    tls: bool
    user: str
    extension: str
    dial_context: str
    dial_priority: int

    @property
    def address(self) -> str:
        return f"{self.host}:{self.port}"


class NotConfigured(ValueError):
    """A setting the source needs is empty; the message names it."""


def target(settings: Settings) -> AmiTarget:
    """The PBX to talk to, from the settings (already validated); NotConfigured when one is
    missing."""
    missing = [
        name
        for name in ("asterisk_address", "asterisk_user", "asterisk_extension")
        if not getattr(settings, name)
    ]
    if missing:
        raise NotConfigured(f"{', '.join(missing)} not set")
    host, _, port = settings.asterisk_address.rpartition(":")
    return AmiTarget(
        host.strip("[]"),
        int(port),
        settings.asterisk_tls,
        settings.asterisk_user,
        settings.asterisk_extension,
        settings.asterisk_dial_context,
        settings.asterisk_dial_priority,
    )


class _Refused(SessionEnded):
    def __init__(self, problem: Problem, detail: str) -> None:
        super().__init__(detail)
        self.problem = problem
        self.detail = detail


class AmiSession:
    """One logged-in connection: send actions, read responses and events."""

    _ids = itertools.count(1)

    def __init__(
        self, where: AmiTarget, secret: str, *, events: bool, timeout: float = CONNECT_SECONDS
    ) -> None:
        try:
            self.sock = connect(where.host, where.port, timeout, where.tls)
        except ssl.SSLError as exc:
            raise _Refused(Problem.PROTOCOL, f"TLS: {exc.reason or exc}") from None
        except OSError as exc:
            raise _Refused(Problem.UNREACHABLE, exc.strerror or str(exc)) from None
        self.reader = AmiReader(self.sock.recv)
        self.pending: list[Message] = []  # events read while waiting for a response
        try:
            self.reader.read_banner()
            reply = self.request(
                "Login",
                {
                    "Username": where.user,
                    "Secret": secret,
                    "Events": "call,agent" if events else "off",
                },
            )
        except (AmiError, OSError) as exc:
            self.close()
            raise _Refused(Problem.PROTOCOL, str(exc)) from None
        if reply.get("Response", "").lower() != "success":
            self.close()
            raise _Refused(Problem.AUTH_FAILED, reply.get("Message", ""))

    def request(self, action: str, fields: dict[str, str]) -> Message:
        """Send an action and wait for its response (events meanwhile are kept in order)."""
        action_id = f"ad-{next(self._ids)}"
        self.sock.sendall(encode_action(action, {"ActionID": action_id, **fields}))
        while True:
            message = self.reader.read_message()
            if "Response" in message and message.get("ActionID", action_id) == action_id:
                return message
            if "Event" in message:
                self.pending.append(message)

    def close(self) -> None:
        with contextlib.suppress(OSError):
            self.sock.sendall(encode_action("Logoff"))
        with contextlib.suppress(OSError):
            self.sock.close()


def event_time(message: Message) -> datetime:
    """The PBX's own time of the event (`Timestamp:` with timestampevents=yes), else now."""
    stamp = message.get("Timestamp", "")
    try:
        return datetime.fromtimestamp(float(stamp), timezone.utc)
    except (ValueError, OverflowError, OSError):
        return datetime.now(timezone.utc)


class AsteriskSource:
    kind = PhoneKind.ASTERISK

    def __init__(self, config: SourceConfig) -> None:
        self._config = config
        self._target: AmiTarget | None = None
        self._unusable = ""
        try:
            self._target = target(config.settings)
        except ValueError as exc:
            self._unusable = text_of(exc)
        self._calls = AgentCalls(config.settings.asterisk_extension or "\0")
        self._loop: SourceLoop | None = None
        self._session: AmiSession | None = None
        self._lock = threading.Lock()
        self._events: EventSink | None = None
        self._status: StatusSink | None = None
        self._last_event_at: datetime | None = None
        self.events_read = 0  # manager events taken since start (for `check` and the tests)

    @property
    def address(self) -> str:
        return self._target.address if self._target else self._config.settings.asterisk_address

    # --- PhoneSource ---------------------------------------------------------------------------

    def start(self, events: EventSink, status: StatusSink) -> None:
        if self._loop is not None:
            return
        self._events, self._status = events, status
        if self._target is None:
            status(self._down_status(Problem.NOT_CONFIGURED, self._unusable, None))
            return
        status(SourceStatus(self.kind, SourceState.STARTING, self.address))
        self._loop = SourceLoop("asterisk", self._run, self._down)
        self._loop.start()

    def stop(self) -> None:
        loop = self._loop
        if loop is None:
            return
        loop.stopping.set()
        with self._lock:
            session = self._session
        if session is not None:
            with contextlib.suppress(OSError):
                session.sock.shutdown(socket.SHUT_RDWR)
        loop.stop(1.0)

    def probe(self, timeout: float) -> SourceStatus:
        if self._target is None:
            return self._down_status(Problem.NOT_CONFIGURED, self._unusable, None)
        try:
            session = self._open(events=False, timeout=timeout)
        except _Refused as exc:
            return self._down_status(exc.problem, exc.detail, None)
        session.close()
        return SourceStatus(self.kind, SourceState.CONNECTED, self.address)

    # --- the event session ---------------------------------------------------------------------

    def _secret(self) -> str:
        from agent_desktop.core.logging_setup import register_secret

        secret = os.environ.get(SECRET_ENV) or self._config.secret(SECRET_NAME)
        if not secret:
            raise _Refused(Problem.NOT_CONFIGURED, "no AMI secret stored")
        register_secret(secret)  # redacted from the log file and crash reports
        return secret

    def _open(self, *, events: bool, timeout: float = CONNECT_SECONDS) -> AmiSession:
        assert self._target is not None
        try:
            secret = self._secret()
        except _Refused:
            raise
        except Exception as exc:  # the keyring cannot be read: said, retried
            raise _Refused(Problem.NOT_CONFIGURED, str(exc)) from None
        return AmiSession(self._target, secret, events=events, timeout=timeout)

    def _run(self, stop: threading.Event) -> None:
        session = self._open(events=True)
        with self._lock:
            self._session = session
        try:
            self._narrow(session)
            self._say_status(
                SourceStatus(
                    self.kind,
                    SourceState.CONNECTED,
                    self.address,
                    last_event_at=self._last_event_at,
                )
            )
            session.sock.settimeout(POLL_SECONDS)
            for message in session.pending:
                self._take(message)
            session.pending.clear()
            while not stop.is_set():
                try:
                    message = session.reader.read_message()
                except TimeoutError:
                    continue
                self._take(message)
        except (ConnectionClosed, OSError) as exc:
            if stop.is_set():
                return
            raise _Refused(
                Problem.CLOSED, str(exc) if not isinstance(exc, ConnectionClosed) else ""
            ) from None
        finally:
            with self._lock:
                self._session = None
            session.close()

    def _narrow(self, session: AmiSession) -> None:
        """Ask the PBX to send only the events read here (the Filter action needs
        `write=system`, which a least-privilege user lacks: then it answers Error and the
        narrowing is ours alone). The agent's own calls are picked out here either way: a
        colleague's answer of the same queue call is needed to know it was answered
        elsewhere."""
        reply = session.request(
            "Filter", {"Operation": "Add", "Filter": "Event: (" + "|".join(EVENT_NAMES) + ")"}
        )
        if reply.get("Response", "").lower() != "success":
            log.info("asterisk: the PBX keeps its events unfiltered (%s)", reply.get("Message", ""))

    def _take(self, message: Message) -> None:
        if "Event" not in message:
            return
        try:
            self._hand_over(message)
        finally:  # counted once its call events are handed over: a waiter then has them all
            self.events_read += 1

    def _hand_over(self, message: Message) -> None:
        for event in self._calls.feed(message, event_time(message)):
            self._last_event_at = event.at
            if self._events is not None:
                self._events(event)
            self._say_status(
                SourceStatus(
                    self.kind,
                    SourceState.CONNECTED,
                    self.address,
                    last_event_at=self._last_event_at,
                )
            )

    def _down(self, exc: BaseException | None, delay: float) -> None:
        if isinstance(exc, _Refused):
            status = self._down_status(exc.problem, exc.detail, delay)
        elif exc is None:
            status = self._down_status(Problem.CLOSED, "", delay)
        else:
            status = self._down_status(Problem.PROTOCOL, str(exc), delay)
        self._say_status(status)

    def _down_status(self, problem: Problem, detail: str, delay: float | None) -> SourceStatus:
        return SourceStatus(
            self.kind,
            SourceState.DOWN,
            self.address,
            problem,
            detail,
            retry_in=delay,
            last_event_at=self._last_event_at,
        )

    def _say_status(self, status: SourceStatus) -> None:
        if self._status is not None:
            self._status(status)

    # --- CallControl ---------------------------------------------------------------------------

    def answer(self, call_id: str) -> None:
        raise ControlError(Text("control.pbx_cannot_answer"))

    def hang_up(self, call_id: str) -> None:
        channels = self._calls.device_channels(call_id)
        if not channels:
            raise ControlError(Text("control.pbx_call_gone"))
        for channel in channels:
            self._command(
                "Hangup", {"Channel": channel}, Text("control.doing.hang_up"), "write=call"
            )

    def dial(self, number: str) -> None:
        digits = "".join(ch for ch in number if ch in _DIALLABLE)
        if not digits:
            raise ControlError(Text("control.pbx_bad_number", one_line(number)[:40]))
        if self._target is None:
            raise ControlError(Text("control.asterisk_not_set_up", self._unusable))
        where = self._target
        # The agent's own phone rings first; when picked up, the PBX dials the number from
        # the dial context, as if dialled on the phone (outbound routes, caller id, recording).
        self._command(
            "Originate",
            {
                "Channel": f"PJSIP/{where.extension}",
                "Context": where.dial_context,
                "Exten": digits,
                "Priority": str(where.dial_priority),
                "CallerID": f"{digits} <{digits}>",
                "Timeout": str(ORIGINATE_TIMEOUT_MS),
                "Async": "true",
            },
            Text("control.doing.dial"),
            "write=originate",
        )

    def _command(self, action: str, fields: dict[str, str], doing: Text, right: str) -> None:
        if self._target is None:
            raise ControlError(Text("control.asterisk_not_set_up", self._unusable))
        try:
            session = self._open(events=False)
        except _Refused as exc:
            raise ControlError(_control_refusal(exc, self.address)) from None
        try:
            reply = session.request(action, fields)
        except (AmiError, OSError) as exc:
            raise ControlError(Text("control.pbx_stopped", self.address, exc)) from None
        finally:
            session.close()
        if reply.get("Response", "").lower() != "success":
            said = reply.get("Message", "")
            if "permission denied" in said.lower():
                raise ControlError(Text("control.pbx_not_allowed", doing, right))
            raise ControlError(Text("control.pbx_refused", doing, refusal_reason(said)))


def _control_refusal(exc: _Refused, address: str) -> Text:
    if exc.problem is Problem.AUTH_FAILED:
        return Text("control.pbx_login_refused", address)
    if exc.problem is Problem.NOT_CONFIGURED:
        return Text("control.asterisk_not_set_up", exc.detail)
    return Text("control.pbx_unreachable", address, exc.detail)


def create(config: SourceConfig) -> AsteriskSource:
    return AsteriskSource(config)
