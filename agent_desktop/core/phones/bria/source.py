"""Bria (Windows and Mac, paid editions) as the phone: a client of its Desktop API.

Bria listens on a secure WebSocket, wss://cpclientapi.softphone.com:9002/counterpath/socketapi/v1,
a public name whose address is 127.0.0.1, with a certificate for that name embedded in Bria. We
connect to 127.0.0.1 ourselves (a DNS answer cannot send us elsewhere) and verify the
certificate for cpclientapi.softphone.com against the OS trust store; nothing is sent unverified.

Bria posts `statusChange` events ("call", …) and we ask `GET /status` "call" for the list of
existing calls (bria_protocol.py). Each list is compared with the one before: a call first seen
ringing rings, one first seen connecting is outgoing, a call turning connected is answered, one
that is failed, ended or gone from the list has ended. A call already connected when first seen
began before we listened: it is not ours to time. After a reconnect, a call that vanished while
we were away is not ended with a made-up time: it stays live in the window, which settles it as
after a crash (End call asks Bria, which no longer has it).

The user allows the app once in Bria (Notification tab → Allow Access, Bria 4.6+); until then
Bria does not answer and the status says so.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import socket
import ssl
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

import truststore
from websockets.exceptions import ConnectionClosed, InvalidHandshake
from websockets.sync.client import ClientConnection, connect

from agent_desktop.core.calls.events import MAX_NAME_CHARS, BadEvent, CallEvent, EventKind
from agent_desktop.core.clock import Clock, SystemClock
from agent_desktop.core.one_line import one_line
from agent_desktop.core.phones.baresip.source import peer_number
from agent_desktop.core.phones.bria import protocol as proto
from agent_desktop.core.phones.loop import SourceLoop
from agent_desktop.core.phones.registry import SourceConfig
from agent_desktop.core.phones.source import (
    CallGone,
    ControlError,
    EventSink,
    PhoneKind,
    Problem,
    SourceState,
    SourceStatus,
    StatusReporter,
    StatusSink,
    refusal_reason,
)
from agent_desktop.core.texts import Text

log = logging.getLogger(__name__)

HOST_NAME = "cpclientapi.softphone.com"  # the name Bria's certificate is for
PORT = 9002
URI = f"wss://{HOST_NAME}:{PORT}/counterpath/socketapi/v1"
LOOPBACK = "127.0.0.1"
REPLY_TIMEOUT = 5.0  # Bria answers a request at once; longer means it has not allowed us
MAX_MESSAGE = 256 * 1024  # a call list is a few KiB; anything bigger is not Bria's
_POLL = 0.25  # how often a blocked read looks at the stop flag
_REMEMBERED = 200  # ended or foreign call ids kept, to drop lists that would bring one back


def default_tls() -> ssl.SSLContext:
    """The OS trust store, hostname checked (Bria's certificate is a public CA's)."""
    return truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)


@dataclass
class _Track:
    inbound: bool
    answered: bool = False


class BriaSource(StatusReporter):
    kind = PhoneKind.BRIA

    def __init__(
        self,
        *,
        host: str = LOOPBACK,
        port: int = PORT,
        tls: Callable[[], ssl.SSLContext] = default_tls,
        reply_timeout: float = REPLY_TIMEOUT,
        connect_timeout: float = 3.0,
        clock: Clock | None = None,
        loop_options: dict[str, object] | None = None,
    ) -> None:
        self.host, self.port = host, port
        self.address = f"{host}:{port}"
        self._tls = tls
        self.reply_timeout = reply_timeout
        self.connect_timeout = connect_timeout
        self._clock = clock or SystemClock()
        self._loop_options = loop_options or {}
        self._loop: SourceLoop | None = None
        self._events: EventSink = lambda _event: None
        self._status: StatusSink = lambda _status: None
        self._conn: ClientConnection | None = None
        self._ids = itertools.count(1)
        self._pending: dict[str, _Waiter] = {}
        self._pending_lock = threading.Lock()
        self._calls: dict[str, _Track] = {}  # the calls we time, by Bria's call id
        self._live: set[str] = set()  # ids in Bria's latest list
        self._forget: OrderedDict[str, None] = OrderedDict()  # ended, or not ours
        self._dials: OrderedDict[str, float] = OrderedDict()  # numbers we asked Bria to dial
        self._approved = False  # this connection got an answer to a request
        self._synced = False  # this connection's first call list was read
        self._last_event_at: datetime | None = None
        self.messages_read = 0  # for the tests: how far the reading thread got

    # --- PhoneSource -----------------------------------------------------------------------------

    def start(self, events: EventSink, status: StatusSink) -> None:
        if self._loop is not None:
            return
        self._events, self._status = events, status
        self._say(SourceState.STARTING)
        self._loop = SourceLoop("bria", self._session, self._down, **self._loop_options)  # pyright: ignore[reportArgumentType]
        self._loop.start()

    def stop(self) -> None:
        loop = self._loop
        if loop is None:
            return
        loop.stopping.set()
        self._close()
        loop.stop(1.5)
        self._say(SourceState.OFF)

    def probe(self, timeout: float) -> SourceStatus:
        """Connect, ask for the phone's status, close: reached, allowed, or why not."""
        try:
            conn = self._connect(timeout)
        except _Down as exc:
            return self._status_of(SourceState.DOWN, exc.problem, exc.detail)
        try:
            with conn:  # websockets ≥ 17 wants its connections used as context managers
                conn.send(proto.status_request("ad-probe", "phone"))
                deadline = time.monotonic() + timeout
                while (left := deadline - time.monotonic()) > 0:
                    try:
                        message = proto.parse(_text(conn.recv(timeout=left)))
                    except proto.BadMessage:
                        continue
                    if message.kind is proto.Kind.RESPONSE and message.transaction == "ad-probe":
                        if message.code == 200:
                            return self._status_of(SourceState.CONNECTED)
                        if message.code != 503:  # Bria, but not making sense of us
                            return self._status_of(
                                SourceState.DOWN,
                                Problem.PROTOCOL,
                                f"{message.code} {message.reason}".strip(),
                            )
                        break
        except (TimeoutError, ConnectionClosed, OSError):
            pass
        return self._status_of(SourceState.DOWN, Problem.NOT_APPROVED)

    # --- CallControl -----------------------------------------------------------------------------

    def answer(self, call_id: str) -> None:
        self._known(call_id)
        self._exchange(lambda t: proto.answer_request(t, call_id), "answer")

    def hang_up(self, call_id: str) -> None:
        self._known(call_id)
        self._exchange(lambda t: proto.end_call_request(t, call_id), "endCall")

    def dial(self, number: str) -> None:
        plain = "".join(ch for ch in number if ch.isdigit() or ch in "+*#")
        if not plain or len(plain) > 64:
            raise ControlError(Text("control.bria_bad_number", one_line(number)[:40]))
        with self._pending_lock:  # before asking: Bria's call list may come before its answer
            self._dials[plain] = time.monotonic()
            while len(self._dials) > 20:
                self._dials.popitem(last=False)
        self._exchange(lambda t: proto.dial_request(t, plain), "call")

    def _dialled(self, number: str) -> bool:
        """Whether we asked Bria to dial `number` in the last minute (a call to it that we
        first see connected is that call)."""
        plain = "".join(ch for ch in peer_number(number) if ch.isdigit() or ch in "+*#")
        with self._pending_lock:
            asked = self._dials.get(plain)
        return asked is not None and time.monotonic() - asked < 60

    def _known(self, call_id: str) -> None:
        if not call_id:  # a call prepared here that Bria has not listed yet
            raise ControlError(Text("control.bria_not_listed"))
        if self._conn is not None and self._synced and call_id not in self._live:
            raise CallGone(Text("control.bria_call_gone"))

    def _exchange(self, build: Callable[[str], str], what: str) -> None:
        transaction = f"ad-{next(self._ids)}"
        waiter = _Waiter()
        with self._pending_lock:
            self._pending[transaction] = waiter
        try:
            conn = self._conn
            if conn is None:
                raise ControlError(Text("control.bria_not_connected", self.address))
            try:
                conn.send(build(transaction))
            except (ConnectionClosed, OSError) as exc:
                raise ControlError(Text("control.bria_unreachable", exc)) from None
            if not waiter.done.wait(self.reply_timeout):
                if not self._approved:
                    raise ControlError(Text("control.bria_not_approved"))
                raise ControlError(Text("control.bria_no_answer", what, f"{self.reply_timeout:g}"))
        finally:
            with self._pending_lock:
                self._pending.pop(transaction, None)
        reply = waiter.reply
        if reply is None:
            raise ControlError(Text("control.bria_lost"))
        if reply.code == 503:
            raise ControlError(Text("control.bria_not_approved"))
        if reply.code != 200:
            said = f"{reply.code} {reply.reason}".strip()
            raise ControlError(Text("control.bria_refused", what, refusal_reason(said)))

    # --- the connection --------------------------------------------------------------------------

    def _connect(self, timeout: float) -> ClientConnection:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=timeout)
        except OSError as exc:
            raise _Down(
                Problem.UNREACHABLE, exc.strerror or str(exc) or type(exc).__name__
            ) from None
        try:
            return connect(
                URI,
                sock=sock,
                ssl=self._tls(),
                server_hostname=HOST_NAME,
                open_timeout=timeout,
                proxy=None,
                compression=None,
                max_size=MAX_MESSAGE,
                ping_interval=None,
                user_agent_header=proto.USER_AGENT,
            )
        except ssl.SSLError as exc:
            sock.close()
            raise _Down(Problem.PROTOCOL, f"TLS: {exc.reason or exc}") from None
        except InvalidHandshake as exc:
            sock.close()
            raise _Down(Problem.PROTOCOL, str(exc)[:200]) from None
        except OSError as exc:  # closed or timed out during the handshake
            sock.close()
            raise _Down(Problem.PROTOCOL, exc.strerror or str(exc) or type(exc).__name__) from None

    def _session(self, stop: threading.Event) -> None:
        conn = self._connect(self.connect_timeout)
        self._conn = conn
        self._approved = self._synced = False
        if stop.is_set():
            self._close()
            return
        log.info("bria: connected to %s", self.address)
        try:
            with conn:
                self._read(conn, stop)
        finally:
            self._close()

    def _read(self, conn: ClientConnection, stop: threading.Event) -> None:
        self._ask_calls()
        asked_at = time.monotonic()
        while not stop.is_set():
            try:
                data = conn.recv(timeout=_POLL)
            except TimeoutError:
                if not self._approved and time.monotonic() - asked_at > self.reply_timeout:
                    self._say(SourceState.DOWN, Problem.NOT_APPROVED)
                    self._ask_calls()  # Bria answers once the user allowed us
                    asked_at = time.monotonic()
                continue
            except ConnectionClosed as exc:
                if stop.is_set():
                    return
                raise _Down(Problem.CLOSED, _closed_detail(exc)) from None
            self._take(_text(data))
            self.messages_read += 1

    def _ask_calls(self) -> None:
        conn = self._conn
        if conn is not None:
            conn.send(proto.status_request(f"ad-{next(self._ids)}"))

    def _close(self) -> None:
        conn, self._conn = self._conn, None
        if conn is not None:
            with contextlib.suppress(Exception):
                conn.close()
        with self._pending_lock:  # nobody will answer them now
            for waiter in self._pending.values():
                waiter.done.set()

    def _down(self, error: BaseException | None, delay: float) -> None:
        if isinstance(error, _Down):
            problem, detail = error.problem, error.detail
        elif error is None:
            problem, detail = Problem.CLOSED, ""
        else:  # a fault of ours: said, and retried like any other
            log.warning("bria: %r", error)
            problem, detail = Problem.PROTOCOL, type(error).__name__
        self._say(SourceState.DOWN, problem, detail, retry_in=delay)

    # --- what Bria says --------------------------------------------------------------------------

    def _take(self, text: str) -> None:
        try:
            message = proto.parse(text)
        except proto.BadMessage as exc:
            log.warning("bria: a message that could not be read was ignored (%s)", exc)
            return
        if message.kind is proto.Kind.EVENT:
            if message.event == "call":
                self._ask_calls()
            return
        if message.kind is not proto.Kind.RESPONSE:
            log.info("bria: a message that is neither a response nor an event was ignored")
            return
        if message.code == 503 and not self._approved:
            self._say(SourceState.DOWN, Problem.NOT_APPROVED)
        elif not self._approved:
            self._approved = True
            self._say(SourceState.CONNECTED)
        with self._pending_lock:
            waiter = self._pending.get(message.transaction)
        if waiter is not None:
            waiter.reply = message
            waiter.done.set()
        if message.code == 200:
            try:
                if proto.status_type(message.body) == "call":
                    self._apply(proto.parse_calls(message.body))
            except proto.BadMessage as exc:
                log.warning("bria: a call list that could not be read was ignored (%s)", exc)

    def _apply(self, calls: list[proto.BriaCall]) -> None:
        """Compare Bria's call list with the one before and hand on what changed."""
        now = self._clock.now()
        first_since_connect = not self._synced
        self._synced = True
        self._live = {call.id for call in calls}
        for call in calls:
            far = call.far
            if far is None or call.id in self._forget:
                continue
            track = self._calls.get(call.id)
            if track is None:
                if far.state == "ringing":
                    track = _Track(inbound=True)
                    self._emit(EventKind.RING, call, far, now)
                elif far.state == "connecting":
                    track = _Track(inbound=False)
                    self._emit(EventKind.OUTGOING, call, far, now)
                elif far.state == "connected" and not first_since_connect:
                    # Began and connected between two of our looks (auto answer, a quick
                    # pick-up): ours, its start the moment we saw it.
                    track = _Track(inbound=not self._dialled(far.number))
                    kind = EventKind.RING if track.inbound else EventKind.OUTGOING
                    self._emit(kind, call, far, now)
                else:  # connected (or over) before we listened: not ours to time
                    log.info(
                        "bria: a call already %s when first seen was left alone", far.state[:20]
                    )
                    self._remember(call.id)
                    continue
                self._calls[call.id] = track
            if far.state == "connected" and not track.answered:
                track.answered = True
                self._emit(EventKind.ANSWER, call, far, now)
            elif far.state in ("failed", "ended"):
                self._end(call.id, far.number, now)
        for call_id in [i for i in self._calls if i not in self._live]:
            if first_since_connect:  # it ended while we were away: the window settles it
                log.info("bria: a call ended while the connection was down")
                del self._calls[call_id]
                self._remember(call_id)
            else:
                self._end(call_id, "", now)

    def _end(self, call_id: str, number: str, now: datetime) -> None:
        del self._calls[call_id]
        self._remember(call_id)
        try:
            event = CallEvent(EventKind.END, peer_number(number), call_id=call_id, at=now)
        except BadEvent:
            event = CallEvent(EventKind.END, "", call_id=call_id, at=now)
        self._deliver(event)

    def _emit(
        self, kind: EventKind, call: proto.BriaCall, far: proto.Participant, now: datetime
    ) -> None:
        try:
            event = CallEvent(
                kind, peer_number(far.number), call_id=call.id, at=now, name=_display_name(far.name)
            )
        except BadEvent as exc:
            log.warning("bria: a %s was refused: %s", kind.value, exc)
            return
        self._deliver(event)

    def _deliver(self, event: CallEvent) -> None:
        self._last_event_at = event.at
        self._events(event)
        self._say(SourceState.CONNECTED)

    def _remember(self, call_id: str) -> None:
        self._forget[call_id] = None
        while len(self._forget) > _REMEMBERED:
            self._forget.popitem(last=False)


class _Waiter:
    def __init__(self) -> None:
        self.done = threading.Event()
        self.reply: proto.Message | None = None


class _Down(Exception):
    def __init__(self, problem: Problem, detail: str) -> None:
        super().__init__(detail or problem.value)
        self.problem = problem
        self.detail = detail


def _text(data: str | bytes) -> str:
    return data if isinstance(data, str) else data.decode("utf-8", "replace")


def _closed_detail(exc: ConnectionClosed) -> str:
    return exc.rcvd.reason if exc.rcvd is not None and exc.rcvd.reason else ""


def _display_name(value: str) -> str:
    name = value.strip().strip('"').strip()
    if len(name) > MAX_NAME_CHARS or not all(ch.isprintable() for ch in name):
        log.warning("bria: a display name that cannot be shown was left out")
        return ""
    return name


def create(config: SourceConfig) -> BriaSource:
    return BriaSource()
