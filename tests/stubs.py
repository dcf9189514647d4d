"""The test doubles every folder shares, loaded by tests/conftest.py as a plugin: one fake clock,
one fake keyring, the sandbox and a stub HTTP server for answers the sandbox cannot give on purpose.
Import the classes (`from stubs import FakeClock`); the fixtures are there without an import."""

from __future__ import annotations

import json
import socket
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.compat import properties

from agent_desktop.sandbox import SandboxServer

# --- time ---------------------------------------------------------------------------------------


class FakeClock:
    """A clock that moves only when told, for both kinds of clock the code takes:
    `now()` is an aware datetime (core.clock.Clock: call timers, the window), and calling the
    object gives epoch seconds (the outbox, the delivery worker, the rate limiter)."""

    START = datetime(2026, 3, 2, 8, 0, 0, tzinfo=timezone.utc)

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or self.START
        if self._now.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")

    def now(self) -> datetime:
        return self._now

    def __call__(self) -> float:
        return self._now.timestamp()

    def advance(self, seconds: float | timedelta) -> datetime:
        step = seconds if isinstance(seconds, timedelta) else timedelta(seconds=seconds)
        self._now = self._now + step
        return self._now

    def set(self, moment: datetime) -> None:
        """Jump to `moment` (a naive one too, to test code that must refuse it)."""
        self._now = moment


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def wait_for(condition: Callable[[], Any], timeout: float = 10.0, step: float = 0.01) -> Any:
    """For code without Qt signals (plain threads): poll `condition` until it is truthy and
    return it; fail after `timeout` seconds. Qt tests use qtbot.waitUntil/waitSignal instead."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(step)


# --- the keyring --------------------------------------------------------------------------------


class MemoryKeyring(KeyringBackend):
    """A keyring in a dict, for tests that pass it in. Never picked by keyring's auto-detection."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("test backend: only used when passed in explicitly")

    def __init__(self) -> None:
        super().__init__()
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("No such password!")


# --- servers on 127.0.0.1 -----------------------------------------------------------------------


@pytest.fixture
def sandbox() -> Iterator[SandboxServer]:
    """A fresh SwitchTransact sandbox on 127.0.0.1, port 0, with the seeded contacts."""
    with SandboxServer(token="test-key") as server:
        yield server


Route = tuple[int, str, Any] | Callable[[str, bytes], tuple[int, str, Any]]


class _StubHandler(BaseHTTPRequestHandler):
    routes: ClassVar[dict[str, Route]] = {}

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        sent = self.rfile.read(length) if length else b""
        path, _, query = self.path.partition("?")
        route = self.routes.get(path, (404, "text/plain", "not here"))
        # A route is a fixed answer, or a function of (query, body) giving one.
        status, content_type, body = route(query, sent) if callable(route) else route
        data = body.encode() if isinstance(body, str) else json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    do_GET = do_POST = _answer

    def log_message(self, *args: object) -> None:  # keep test output quiet
        pass


@pytest.fixture
def stub_server() -> Iterator[Callable[[dict[str, Route]], str]]:
    """stub_server({"/api/1.0/calls/create": (422, "application/json", {...})}) -> base URL.
    A route may also be a function (query string, body bytes) -> (status, type, body)."""
    servers: list[tuple[ThreadingHTTPServer, threading.Thread]] = []

    def start(routes: dict[str, Route]) -> str:
        handler = type("Handler", (_StubHandler,), {"routes": routes})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        server.daemon_threads = True
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        servers.append((server, thread))
        return f"http://127.0.0.1:{server.server_address[1]}/api/1.0"

    yield start
    for server, thread in servers:
        server.shutdown()
        server.server_close()
        thread.join(5)


@pytest.fixture
def closed_port_url() -> str:
    """A loopback address where nothing listens (connection refused)."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}/api/1.0"
