"""baresip as the phone: a client of its `ctrl_tcp` module (netstring JSON both ways).

Events in (modules/ctrl_tcp/ctrl_tcp.c and src/event.c of baresip 1.0.0, as Debian ships it):
`{"event":true,"class":"call","type":"CALL_INCOMING","direction":"incoming",
"peeruri":"sip:0721234567@host:port","peerdisplayname":"James May","id":"<SIP Call-ID>",
"param":"…"}`. CALL_INCOMING rings, CALL_RINGING / CALL_PROGRESS (an outgoing call's far end
alerting) is outgoing, CALL_ESTABLISHED answers, CALL_CLOSED ends (busy when its `param` is a
busy or decline answer). Every other type (SDP, RTCP, audio, registration) is not a call event.

Commands out: `{"command":"accept","params":…,"token":"ad-7"}`, answered by
`{"response":true,"ok":…,"data":"…","token":"ad-7"}`. baresip 1.0.0's `accept` and `hangup`
take no call id: they act on its *current* call, so the call is chosen first with `callfind
<id>` (which 1.0.0 answers "ok" even when it has no such call, saying so only in `data`). Newer
baresip takes the id in `accept`/`hangup` too; it is sent, and both agree.

ctrl_tcp serves one client: a second connection (another window, `agent-desktop check`) takes
the connection over, and this one reconnects with backoff.
"""

from __future__ import annotations

import contextlib
import itertools
import json
import logging
import socket
import threading
from collections import OrderedDict
from datetime import datetime, timezone
from urllib.parse import unquote

from agent_desktop.core.calls.events import MAX_NAME_CHARS, BadEvent, CallEvent, EventKind
from agent_desktop.core.json_shapes import is_object
from agent_desktop.core.one_line import one_line
from agent_desktop.core.phones.addresses import split_host_port
from agent_desktop.core.phones.baresip.netstring import NetstringError, NetstringReader, encode
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

DEFAULT_ADDRESS = "127.0.0.1:4444"
REPLY_TIMEOUT = 5.0  # baresip answers a command at once; longer means it is stuck
_POLL = 0.25  # how often a blocked read looks at the stop flag
_CLOSED_REMEMBERED = 200  # ended call ids kept, to drop events that would bring one back
_BUSY_ANSWERS = ("486", "600", "603")  # Busy Here, Busy Everywhere, Decline


class ProtocolError(Exception):
    """The far end does not speak ctrl_tcp (bad framing, an oversized frame)."""


def parse_address(text: str) -> tuple[str, int]:
    """("127.0.0.1", 4444) from "127.0.0.1:4444" (or "[::1]:4444"); ValueError(Text)."""
    return split_host_port(text, example=DEFAULT_ADDRESS)


def peer_number(uri: str) -> str:
    """The user part of a SIP URI: sip:0721234567@127.0.0.1:5091 → 0721234567."""
    text = uri.strip()
    if text.startswith("<") and text.endswith(">"):
        text = text[1:-1]
    scheme, sep, rest = text.partition(":")
    if sep and scheme.lower() in ("sip", "sips", "tel"):
        text = rest
    user = text.split("@", 1)[0] if "@" in text else text
    return unquote(user.split(";", 1)[0]).strip()


class BaresipSource(StatusReporter):
    kind = PhoneKind.BARESIP

    def __init__(
        self,
        address: str = DEFAULT_ADDRESS,
        *,
        reply_timeout: float = REPLY_TIMEOUT,
        connect_timeout: float = 3.0,
        loop_options: dict[str, object] | None = None,
    ) -> None:
        self.host, self.port = parse_address(address)
        self.address = address.strip()
        self.reply_timeout = reply_timeout
        self.connect_timeout = connect_timeout
        self._loop_options = loop_options or {}
        self._loop: SourceLoop | None = None
        self._events: EventSink = lambda _event: None
        self._status: StatusSink = lambda _status: None
        self._sock: socket.socket | None = None
        self._send_lock = threading.Lock()
        self._control = threading.Lock()  # one answer / hang-up at a time (select + act)
        self._pending: dict[str, _Waiter] = {}  # by token
        self._pending_lock = threading.Lock()
        self._tokens = itertools.count(1)
        self._closed_ids: OrderedDict[str, None] = OrderedDict()
        self._last_event_at: datetime | None = None

    # --- PhoneSource -----------------------------------------------------------------------------

    def start(self, events: EventSink, status: StatusSink) -> None:
        if self._loop is not None:
            return
        self._events, self._status = events, status
        self._say(SourceState.STARTING)
        self._loop = SourceLoop("baresip", self._session, self._down, **self._loop_options)  # pyright: ignore[reportArgumentType]
        self._loop.start()

    def stop(self) -> None:
        loop = self._loop
        if loop is None:
            return
        loop.stopping.set()
        self._close_socket()
        loop.stop(1.5)
        self._say(SourceState.OFF)

    def probe(self, timeout: float) -> SourceStatus:
        """Connect once and close. Note ctrl_tcp serves one client: this briefly takes the
        connection from a running window, which reconnects."""
        try:
            with socket.create_connection((self.host, self.port), timeout=timeout):
                pass
        except OSError as exc:
            return self._status_of(SourceState.DOWN, *_problem(exc))
        return self._status_of(SourceState.CONNECTED)

    # --- CallControl -----------------------------------------------------------------------------

    def answer(self, call_id: str) -> None:
        with self._control:  # callfind, then accept: no other command between them
            self._select(call_id)
            self._command("accept", call_id)

    def hang_up(self, call_id: str) -> None:
        with self._control:
            self._select(call_id)
            self._command("hangup", call_id)

    def dial(self, number: str) -> None:
        plain = "".join(ch for ch in number if ch.isdigit() or ch in "+*#")
        if not plain or len(plain) > 64:
            raise ControlError(Text("control.baresip_bad_number", one_line(number)[:40]))
        with self._control:  # a new call becomes 1.0.0's current one: not mid-answer
            self._command("dial", plain)

    def _select(self, call_id: str) -> None:
        """Make `call_id` baresip's current call (1.0.0 answers and hangs up only that one).
        1.0.0 says "ok" with "call not found" in its text; newer versions refuse."""
        if not call_id:
            return  # a call baresip has not named yet (just dialled): its current call
        ok, data = self._exchange("callfind", call_id)
        if "not found" in data.lower():
            raise CallGone(Text("control.baresip_call_gone", data))
        if not ok:
            raise ControlError(Text("control.baresip_refused", "callfind", refusal_reason(data)))

    def _command(self, command: str, params: str = "") -> str:
        """Send one command and wait for its answer; baresip's `data`, or ControlError."""
        ok, data = self._exchange(command, params)
        if not ok:
            raise ControlError(Text("control.baresip_refused", command, refusal_reason(data)))
        return data

    def _exchange(self, command: str, params: str = "") -> tuple[bool, str]:
        """Send one command and wait (bounded) for its answer: (ok, baresip's `data`)."""
        token = f"ad-{next(self._tokens)}"
        message: dict[str, object] = {"command": command, "token": token}
        if params:
            message["params"] = params
        waiter = _Waiter()
        with self._pending_lock:
            self._pending[token] = waiter
        try:
            sock = self._sock
            if sock is None:
                raise ControlError(Text("control.baresip_not_connected", self.address))
            try:
                with self._send_lock:
                    sock.sendall(encode(json.dumps(message).encode("utf-8")))
            except OSError as exc:
                raise ControlError(Text("control.baresip_unreachable", exc)) from None
            if not waiter.done.wait(self.reply_timeout):
                raise ControlError(
                    Text("control.baresip_no_answer", command, f"{self.reply_timeout:g}")
                )
        finally:
            with self._pending_lock:
                self._pending.pop(token, None)
        data = waiter.reply.get("data")
        return waiter.reply.get("ok") is True, data.strip() if isinstance(data, str) else ""

    # --- the connection --------------------------------------------------------------------------

    def _session(self, stop: threading.Event) -> None:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=self.connect_timeout)
        except OSError as exc:
            raise _Down(*_problem(exc)) from None
        sock.settimeout(_POLL)
        self._sock = sock
        if stop.is_set():  # stopped while connecting
            self._close_socket()
            return
        log.info("baresip: connected to %s", self.address)
        self._say(SourceState.CONNECTED)
        reader = NetstringReader()
        try:
            while not stop.is_set():
                try:
                    data = sock.recv(65536)
                except TimeoutError:
                    continue
                except OSError as exc:
                    if stop.is_set():
                        return
                    raise _Down(Problem.CLOSED, str(exc)) from None
                if not data:
                    raise _Down(Problem.CLOSED, "")
                try:
                    frames = reader.feed(data)
                except NetstringError as exc:
                    log.warning("baresip at %s: %s; reconnecting", self.address, exc)
                    raise _Down(Problem.PROTOCOL, str(exc)) from None
                for frame in frames:
                    self._take(frame)
        finally:
            self._close_socket()

    def _close_socket(self) -> None:
        sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        with self._pending_lock:  # nobody will answer them now
            for waiter in self._pending.values():
                if not waiter.done.is_set():
                    waiter.reply = {"ok": False, "data": "the connection to baresip was lost"}
                    waiter.done.set()

    def _down(self, error: BaseException | None, delay: float) -> None:
        if isinstance(error, _Down):
            problem, detail = error.problem, error.detail
        elif error is None:
            problem, detail = Problem.CLOSED, ""
        else:  # a fault of ours: said, and retried like any other
            log.warning("baresip: %r", error)
            problem, detail = Problem.PROTOCOL, type(error).__name__
        self._say(SourceState.DOWN, problem, detail, retry_in=delay)

    # --- what baresip says -----------------------------------------------------------------------

    def _take(self, frame: bytes) -> None:
        try:
            message: object = json.loads(frame.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            log.warning("baresip: a message that is not JSON was ignored (%d bytes)", len(frame))
            return
        if not is_object(message):
            log.warning("baresip: a message that is not a JSON object was ignored")
            return
        if message.get("response") is True:
            self._answered(message)
        elif message.get("event") is True:
            self._event(message)
        # anything else ("message": SIP MESSAGE requests) is not ours

    def _answered(self, reply: dict[str, object]) -> None:
        token = reply.get("token")
        with self._pending_lock:
            waiter = self._pending.get(token) if isinstance(token, str) else None
            if waiter is None:
                log.info("baresip: an answer nobody waits for (token %r)", token)
                return
            waiter.reply = reply
            waiter.done.set()

    def _event(self, message: dict[str, object]) -> None:
        kind_name = message.get("type")
        if message.get("class") != "call" or not isinstance(kind_name, str):
            return  # registration, SDP, RTCP, audio levels: not call events
        kind = _KINDS.get(kind_name)
        if kind is None:
            if kind_name not in _NOT_CALL_EVENTS:
                log.info("baresip: event %s ignored", kind_name[:40])
            return
        call_id, direction = message.get("id"), message.get("direction")
        peer, param = message.get("peeruri"), message.get("param")
        if not isinstance(call_id, str) or not call_id or not isinstance(peer, str):
            log.warning("baresip: %s without a call id or peer was ignored", kind_name)
            return
        if (kind is EventKind.RING and direction != "incoming") or (
            kind is EventKind.OUTGOING and direction != "outgoing"
        ):
            log.warning("baresip: %s for an %s call was ignored", kind_name, str(direction)[:12])
            return
        if call_id in self._closed_ids:
            log.info("baresip: %s after the call ended was ignored", kind_name)
            return
        if kind is EventKind.END:
            self._remember_closed(call_id)
            if isinstance(param, str) and param.strip().startswith(_BUSY_ANSWERS):
                kind = EventKind.BUSY
        number = peer_number(peer)
        now = datetime.now(timezone.utc)
        try:
            event = CallEvent(
                kind,
                number,
                call_id=call_id,
                at=now,
                name=_display_name(message.get("peerdisplayname")),
            )
        except BadEvent as exc:
            log.warning("baresip: %s refused: %s", kind_name, exc)
            return
        self._last_event_at = now
        self._events(event)
        self._say(SourceState.CONNECTED)

    def _remember_closed(self, call_id: str) -> None:
        self._closed_ids[call_id] = None
        while len(self._closed_ids) > _CLOSED_REMEMBERED:
            self._closed_ids.popitem(last=False)


class _Waiter:
    """A command waiting for its answer (set by the reading thread)."""

    def __init__(self) -> None:
        self.done = threading.Event()
        self.reply: dict[str, object] = {}


class _Down(Exception):
    def __init__(self, problem: Problem, detail: str) -> None:
        super().__init__(detail or problem.value)
        self.problem = problem
        self.detail = detail


def _display_name(value: object) -> str:
    """peerdisplayname as baresip gives it; one that could not be shown is left out (with a
    line in the log), never a reason to lose the ring."""
    if not isinstance(value, str):
        return ""
    name = value.strip().strip('"').strip()
    if len(name) > MAX_NAME_CHARS or not all(ch.isprintable() for ch in name):
        log.warning("baresip: a display name that cannot be shown was left out")
        return ""
    return name


def _problem(exc: OSError) -> tuple[Problem, str]:
    if isinstance(exc, socket.gaierror):
        return Problem.ADDRESS_INVALID, exc.strerror or str(exc)
    return Problem.UNREACHABLE, exc.strerror or str(exc) or type(exc).__name__


_KINDS = {
    "CALL_INCOMING": EventKind.RING,
    "CALL_OUTGOING": EventKind.OUTGOING,  # newer baresip: the call was placed
    "CALL_RINGING": EventKind.OUTGOING,  # the far end rings (180)
    "CALL_PROGRESS": EventKind.OUTGOING,  # the far end's early media (183)
    "CALL_ESTABLISHED": EventKind.ANSWER,
    "CALL_CLOSED": EventKind.END,
}
# Call-class events that are no call event (transfer, DTMF, RTP/RTCP, encryption, hold).
_NOT_CALL_EVENTS = frozenset(
    {
        "TRANSFER",
        "TRANSFER_FAILED",
        "CALL_TRANSFER",
        "CALL_TRANSFER_FAILED",
        "CALL_DTMF_START",
        "CALL_DTMF_END",
        "CALL_RTPESTAB",
        "CALL_RTCP",
        "CALL_MENC",
        "CALL_HOLD",
        "CALL_RESUME",
        "CALL_REDIRECT",
        "CALL_ANSWERED",
        "CALL_LOCAL_SDP",
        "CALL_REMOTE_SDP",
        "VU_RX_REPORT",
        "VU_TX_REPORT",
        "AUDIO_ERROR",
    }
)


def create(config: SourceConfig) -> BaresipSource:
    return BaresipSource(config.settings.baresip_address or DEFAULT_ADDRESS)
