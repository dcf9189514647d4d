"""The desk phone source: a small HTTP listener for the phone's Action URLs (Yealink and its
copies, Snom, Grandstream, Poly), and the phone's Action URIs for dialling from the window.

This opens a port on the agent's PC, so it trusts nothing a request says until it passed, in
order: the sender's address is in `desk_phone_allow` (loopback only when the list is empty and
we listen on loopback; a list is required beyond it), the address is under its rate, the request
is small (8 KiB), and its token equals the secret in the keyring (constant-time). A refused
request is answered 403 (413, 429) with a fixed body and counted in the status; nothing from a
request is ever echoed back. Bad input from a trusted phone (an unknown event, a number of
10,000 digits) is answered 400/404 and logged in one line; it never makes a call, and no
request can stop the listener.
"""

from __future__ import annotations

import contextlib
import errno
import hmac
import ipaddress
import logging
import os
import socket
import threading
import time
from dataclasses import dataclass, replace
from datetime import datetime, timezone

from agent_desktop.core.calls.events import BadEvent
from agent_desktop.core.phones.desk_phone.request import BadRequest, read_request
from agent_desktop.core.phones.desk_phone.vendors import UnknownEvent, event_of
from agent_desktop.core.phones.loop import SourceLoop
from agent_desktop.core.phones.registry import SourceConfig
from agent_desktop.core.phones.source import (
    EventSink,
    PhoneKind,
    Problem,
    SourceState,
    SourceStatus,
    StatusSink,
)
from agent_desktop.core.settings.settings import Settings, listen_host_port

log = logging.getLogger(__name__)

TOKEN_NAME = "desk_phone_token"
PASSWORD_NAME = "desk_phone_password"
MAX_CONNECTIONS = 16  # served at once; more are closed at once (a phone sends one at a time)
RATE_BURST = 30  # requests an address may send at once...
RATE_PER_SECOND = 10.0  # ...and then per second (a call is 3-5 requests)
READ_TIMEOUT = 2.0  # a request not complete by then is dropped (slowloris)
TOKEN_REREAD_SECONDS = 5.0  # a wrong token re-reads the keyring at most this often
STATUS_EVERY = 0.2  # refusals in a flood are reported at most this often
SERVER_HEADER = "agent-desktop"  # lets `check` tell our own running listener from another program

_REPLIES = {
    200: b"OK",
    400: b"Bad Request",
    403: b"Forbidden",
    404: b"Not Found",
    405: b"Method Not Allowed",
    413: b"Too Large",
    429: b"Too Many Requests",
}


class NotConfigured(Exception):
    """A setting or the token is missing; the message says which (English, for the log/CLI)."""


@dataclass(frozen=True)
class ListenConfig:
    host: str
    port: int
    allow: tuple[ipaddress.IPv4Network | ipaddress.IPv6Network, ...]

    @property
    def address(self) -> str:
        return f"[{self.host}]:{self.port}" if ":" in self.host else f"{self.host}:{self.port}"

    @property
    def loopback_only(self) -> bool:
        return ipaddress.ip_address(self.host).is_loopback

    def allows(self, ip: str) -> bool:
        try:
            addr = ipaddress.ip_address(ip.split("%", 1)[0])
        except ValueError:
            return False
        if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
            addr = addr.ipv4_mapped
        if not self.allow:
            return self.loopback_only and addr.is_loopback
        return any(addr.version == net.version and addr in net for net in self.allow)


def listen_config(settings: Settings) -> ListenConfig:
    """The listener's address and allow list. Raises NotConfigured (ValueError's sentence) when
    they cannot be used, or when it would listen beyond loopback with nobody allowed."""
    try:
        host, port = listen_host_port(settings.desk_phone_listen)
        allow = tuple(
            ipaddress.ip_network(text, strict=False) for text in settings.desk_phone_allow
        )
    except ValueError as exc:
        raise NotConfigured(f"desk_phone_listen or desk_phone_allow {exc}") from None
    config = ListenConfig(host, port, allow)
    if not config.loopback_only and not allow:
        raise NotConfigured(
            "listening beyond this computer needs desk_phone_allow: the phones' "
            "addresses or network"
        )
    return config


class _Rate:
    """A token bucket per address; forgotten addresses cost nothing (the table is bounded)."""

    def __init__(self) -> None:
        self._buckets: dict[str, tuple[float, float]] = {}
        self._lock = threading.Lock()

    def take(self, ip: str, now: float) -> bool:
        with self._lock:
            if len(self._buckets) > 1024:
                self._buckets.clear()
            level, at = self._buckets.get(ip, (RATE_BURST, now))
            level = min(RATE_BURST, level + (now - at) * RATE_PER_SECOND)
            if level < 1:
                self._buckets[ip] = (level, now)
                return False
            self._buckets[ip] = (level - 1, now)
            return True


class DeskPhoneSource:
    kind = PhoneKind.DESK_PHONE

    def __init__(self, config: SourceConfig) -> None:
        self._config = config
        self._settings = config.settings
        self._events: EventSink = lambda event: None
        self._status_sink: StatusSink = lambda status: None
        self._loop: SourceLoop | None = None
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._token = ""
        self._token_read_at = 0.0
        self._rate = _Rate()
        self._active = 0
        self._status = SourceStatus(
            PhoneKind.DESK_PHONE, SourceState.OFF, self._settings.desk_phone_listen
        )
        self._status_sent_at = 0.0
        self._status_dirty = False

    # --- PhoneSource ------------------------------------------------------------------------

    def start(self, events: EventSink, status: StatusSink) -> None:
        if self._loop is not None:
            return
        self._events, self._status_sink = events, status
        try:
            listen = listen_config(self._settings)
        except NotConfigured as exc:  # no retry can fix a setting: say it and stay down
            log.warning("desk phone: %s", exc)
            self._set(
                state=SourceState.DOWN,
                problem=Problem.NOT_CONFIGURED,
                detail=str(exc),
                retry_in=None,
            )
            return
        self._set(state=SourceState.STARTING, address=listen.address)
        self._loop = SourceLoop("desk-phone", lambda stop: self._session(listen, stop), self._down)
        self._loop.start()

    def stop(self) -> None:
        loop, self._loop = self._loop, None
        if loop is not None:
            loop.stopping.set()
            self._close_socket()
            loop.stop(1.0)
        self._close_socket()

    def probe(self, timeout: float) -> SourceStatus:
        """Can it listen? Binds the port once and lets it go; a port held by our own running
        window (it answers with our Server header) counts as listening."""
        base = SourceStatus(
            PhoneKind.DESK_PHONE, SourceState.DOWN, self._settings.desk_phone_listen
        )
        try:
            listen = listen_config(self._settings)
            self._read_token()
        except NotConfigured as exc:
            return replace(base, problem=Problem.NOT_CONFIGURED, detail=str(exc))
        try:
            sock = _bind(listen)
        except OSError as exc:
            if _in_use(exc) and _ours_is_listening(listen, timeout):
                return replace(base, state=SourceState.LISTENING, address=listen.address)
            return replace(base, problem=_problem(exc), detail=_os_words(exc))
        sock.close()
        return replace(base, state=SourceState.LISTENING, address=listen.address)

    # --- CallControl: the phone's Action URIs ------------------------------------------------

    def dial(self, number: str) -> None:
        from agent_desktop.core.phones.desk_phone import dial as desk_phone_dial

        desk_phone_dial.dial(self._phone(), number)

    def answer(self, call_id: str) -> None:
        from agent_desktop.core.phones.desk_phone import dial as desk_phone_dial

        desk_phone_dial.answer(self._phone(), call_id)

    def hang_up(self, call_id: str) -> None:
        from agent_desktop.core.phones.desk_phone import dial as desk_phone_dial

        desk_phone_dial.hang_up(self._phone(), call_id)

    def _phone(self):  # -> desk_phone_dial.Phone, on the worker (the keyring may be slow)
        from agent_desktop.core.phones.desk_phone.dial import Phone

        s = self._settings
        return Phone(
            s.desk_phone_vendor,
            s.desk_phone_address,
            s.desk_phone_user,
            lambda: self._config.secret(PASSWORD_NAME),
        )

    # --- the listener ------------------------------------------------------------------------

    def _session(self, listen: ListenConfig, stop: threading.Event) -> None:
        self._read_token()
        sock = _bind(listen)
        with self._lock:
            self._sock = sock
        if stop.is_set():
            self._close_socket()
            return
        sock.listen(32)
        sock.settimeout(0.25)
        self._set(
            state=SourceState.LISTENING,
            address=listen.address,
            problem=Problem.NONE,
            detail="",
            retry_in=None,
        )
        log.info("desk phone: listening on %s", listen.address)
        try:
            while not stop.is_set():
                try:
                    conn, peer = sock.accept()
                except TimeoutError:
                    self._flush_status()
                    continue
                except OSError:
                    if stop.is_set():
                        return
                    raise
                with self._lock:
                    busy = self._active >= MAX_CONNECTIONS
                    if not busy:
                        self._active += 1
                if busy:
                    conn.close()
                    continue
                threading.Thread(
                    target=self._serve,
                    args=(conn, str(peer[0]), listen),
                    name="desk-phone-request",
                    daemon=True,
                ).start()
        finally:
            self._close_socket()

    def _serve(self, conn: socket.socket, ip: str, listen: ListenConfig) -> None:
        try:
            self._reply(conn, self._handle(conn, ip, listen))
        except OSError as exc:  # the phone went away mid-request: nothing to answer
            log.info("desk phone: a request from %s was not completed (%s)", ip, exc)
        except Exception:  # a bug must cost this request only, never the listener
            log.exception("desk phone: a request from %s failed", ip)
        finally:
            conn.close()
            with self._lock:
                self._active -= 1

    def _handle(self, conn: socket.socket, ip: str, listen: ListenConfig) -> int:
        if not self._rate.take(ip, time.monotonic()):
            return self._refuse(ip, 429, "too many requests")
        try:
            request = read_request(conn, within=READ_TIMEOUT)
        except BadRequest as exc:
            if exc.status == 413:
                return self._refuse(ip, 413, str(exc))
            log.warning("desk phone: a request from %s was refused: %s", ip, exc)
            return exc.status
        if request.path == ("probe",):  # `check` asking whether this is us: nothing to refuse
            return 200
        if not listen.allows(ip):
            return self._refuse(ip, 403, "its address is not in desk_phone_allow")
        if not self._token_matches(request.query.get("token", "")):
            return self._refuse(ip, 403, "wrong or missing token")
        try:
            event = event_of(request, datetime.now(timezone.utc))
        except UnknownEvent as exc:
            log.warning("desk phone: a request from %s was not taken: %s", ip, exc)
            return 404
        except BadEvent as exc:
            log.warning("desk phone: a request from %s was not taken: %s", ip, exc)
            return 400
        # After stop() another source may run already: a request still in flight is dropped.
        if event is not None and self._loop is not None:
            self._events(event)
            self._set(last_event_at=event.at, last_event_from=ip)
        return 200

    def _refuse(self, ip: str, status: int, why: str) -> int:
        log.warning("desk phone: refused a request from %s (%s)", ip, why)
        with self._lock:
            seen = tuple(a for a in self._status.refused_from if a != ip)
            self._status = replace(
                self._status, refused=self._status.refused + 1, refused_from=(*seen, ip)[-5:]
            )
            self._status_dirty = True
        self._flush_status()
        return status

    @staticmethod
    def _reply(conn: socket.socket, status: int) -> None:
        conn.settimeout(READ_TIMEOUT)
        reason = _REPLIES.get(status, b"Error")
        body = reason + b"\n"
        head = (
            b"HTTP/1.1 %d %s\r\nServer: " % (status, reason)
            + SERVER_HEADER.encode()
            + b"\r\nContent-Type: text/plain\r\nContent-Length: %d\r\n"
            b"Connection: close\r\n\r\n" % len(body)
        )
        conn.sendall(head + body)
        with contextlib.suppress(OSError):
            conn.shutdown(socket.SHUT_WR)

    # --- the token ---------------------------------------------------------------------------

    def _read_token(self) -> None:
        from agent_desktop.core.settings.secrets import KeyringUnavailable

        try:
            token = self._config.secret(TOKEN_NAME) or ""
        except KeyringUnavailable as exc:
            raise NotConfigured(f"the desk phone's token cannot be read: {exc}") from None
        if not token:
            raise NotConfigured(
                "no token yet: run `agent-desktop phone setup VENDOR` or open Settings → Phone"
            )
        with self._lock:
            self._token, self._token_read_at = token, time.monotonic()

    def _token_matches(self, given: str) -> bool:
        if _same(given, self._token):
            return True
        # A token replaced meanwhile (`phone setup --new-token`, Settings) is picked up here.
        if time.monotonic() - self._token_read_at < TOKEN_REREAD_SECONDS:
            return False
        try:
            self._read_token()
        except NotConfigured:
            return False
        return _same(given, self._token)

    # --- status ------------------------------------------------------------------------------

    def _set(self, **changes: object) -> None:
        with self._lock:
            self._status = replace(self._status, **changes)  # pyright: ignore[reportArgumentType]
            self._status_dirty = True
        self._flush_status(force=True)

    def _flush_status(self, force: bool = False) -> None:
        with self._lock:
            now = time.monotonic()
            if not self._status_dirty or (not force and now - self._status_sent_at < STATUS_EVERY):
                return
            self._status_dirty = False
            self._status_sent_at = now
            status = self._status
        self._status_sink(status)

    def _down(self, exc: BaseException | None, delay: float) -> None:
        if isinstance(exc, NotConfigured):
            self._set(
                state=SourceState.DOWN,
                problem=Problem.NOT_CONFIGURED,
                detail=str(exc),
                retry_in=delay,
            )
        elif isinstance(exc, OSError):
            log.warning(
                "desk phone: cannot listen on %s (%s); trying again in %.0f s",
                self._status.address,
                exc,
                delay,
            )
            self._set(
                state=SourceState.DOWN, problem=_problem(exc), detail=_os_words(exc), retry_in=delay
            )
        else:
            self._set(
                state=SourceState.DOWN,
                problem=Problem.CLOSED,
                detail=str(exc or ""),
                retry_in=delay,
            )

    def _close_socket(self) -> None:
        with self._lock:
            sock, self._sock = self._sock, None
        if sock is not None:
            sock.close()


def create(config: SourceConfig) -> DeskPhoneSource:
    """No I/O here (the GUI thread calls it): the token is read when the listener starts."""
    return DeskPhoneSource(config)


def _same(given: str, token: str) -> bool:
    return bool(token) and hmac.compare_digest(given.encode("utf-8"), token.encode("utf-8"))


def _bind(listen: ListenConfig) -> socket.socket:
    family = socket.AF_INET6 if ":" in listen.host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    try:
        if os.name == "nt":  # Windows' SO_REUSEADDR would let another program steal the port
            sock.setsockopt(socket.SOL_SOCKET, getattr(socket, "SO_EXCLUSIVEADDRUSE", -5), 1)
        else:  # rebinding after a restart must not wait for TIME_WAIT
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((listen.host, listen.port))
    except OSError:
        sock.close()
        raise
    return sock


def _in_use(exc: OSError) -> bool:
    return exc.errno in (errno.EADDRINUSE, 10048)


def _problem(exc: OSError) -> Problem:
    return Problem.ADDRESS_IN_USE if _in_use(exc) else Problem.ADDRESS_INVALID


def _os_words(exc: OSError) -> str:
    return exc.strerror or type(exc).__name__


def _ours_is_listening(listen: ListenConfig, timeout: float) -> bool:
    host = "127.0.0.1" if listen.host in ("0.0.0.0", "::") else listen.host
    try:
        with socket.create_connection((host, listen.port), timeout=timeout) as sock:
            sock.sendall(b"GET /probe HTTP/1.1\r\nHost: x\r\n\r\n")
            reply = sock.recv(512)
    except OSError:
        return False
    return b"Server: " + SERVER_HEADER.encode() in reply
