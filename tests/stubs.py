"""The test doubles every folder shares, loaded by tests/conftest.py as a plugin: one fake clock,
calls to log, one fake keyring, the sandbox and a stub HTTP server for answers the sandbox cannot
give on purpose, and an OutboxService with no window around it.
Import the classes (`from stubs import FakeClock`); the fixtures are there without an import."""

from __future__ import annotations

import json
import socket
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

import keyring.errors
import pytest
from keyring.backend import KeyringBackend
from keyring.compat import properties
from PySide6.QtCore import QThreadPool

from agent_desktop.core.api.client import SwitchTransactClient
from agent_desktop.core.api.models import AgentIdentity, CallDirection, CallType
from agent_desktop.core.calls.log import CallRecord
from agent_desktop.core.outbox.backoff import Backoff
from agent_desktop.core.outbox.delivery import WorkerOptions
from agent_desktop.core.outbox.outbox import Outbox
from agent_desktop.qt.outbox_service import OutboxService
from agent_desktop.qt.tasks import TaskRunner
from agent_desktop.sandbox import SandboxServer

# --- time ---------------------------------------------------------------------------------------


class FakeClock:
    """A clock that moves only when told: `now()` is an aware datetime, as core.clock.Clock (the
    call book, the call bar, the outbox, the delivery worker, the phone sources); calling the
    object gives seconds, for what takes a monotonic `Callable[[], float]` (the rate limiter)."""

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


# --- calls to log ------------------------------------------------------------------------------

AGENT = AgentIdentity("Ann", "Agent", "ann.agent@example.com")
CALLS_START = datetime(2026, 3, 2, 8, 0, 0, tzinfo=timezone.utc)


def call_record(i: int) -> CallRecord:
    """A valid call whose Number is unique to `i`, so the sandbox's logs can be counted per call."""
    start = CALLS_START + timedelta(minutes=i)
    return CallRecord(
        start=start,
        end=start + timedelta(seconds=30 + i % 60),
        call_type=CallType.INBOUND,
        direction=CallDirection.INBOUND,
        number=number(i),
        contact=None,
        agent=AGENT,
    )


def number(i: int) -> str:
    return f"+2772{i:07d}"


def call_payload(i: int) -> dict[str, str]:
    return call_record(i).to_payload(timezone.utc)


# --- a disk that fills up ----------------------------------------------------------------------


class DiskThatFills:
    """An outbox whose file can be made "full": after fill(), every new connection caps the file
    at its size then (SQLite's max_page_count), so the next write that needs room fails as on a
    full disk; make_room() lifts the cap for connections made after it."""

    def __init__(self, path: Path, clock: Callable[[], float] | None = None) -> None:
        self._pages = 0
        options = {"clock": clock} if clock is not None else {}
        self.outbox = Outbox(path, on_connect=self._cap, **options)

    def _cap(self, conn: sqlite3.Connection) -> None:
        if self._pages:
            conn.execute(f"PRAGMA max_page_count = {self._pages}")

    def fill(self) -> None:
        self._pages = self.outbox._read("PRAGMA page_count")[0][0]
        self.outbox.close()  # its next connection gets the cap

    def make_room(self) -> None:
        self._pages = 0


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


# The sandbox's first seeded contact, as the API returns it (the API documentation's example).
JAMES: dict[str, str | None] = {
    "id": "2916509f-f188-42d8-ab0e-a27bcb20d70d",
    "firstname": "James",
    "lastname": "May",
    "customer_number": "3008821",
    "company": "My Company name",
    "businessphone": None,
    "businessphone2": None,
    "mobilephone": "+27721234567",
    "email": "james@may.com",
    "entity_type": "Account",
}


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


# --- the outbox service, without a window -------------------------------------------------------

FAST: WorkerOptions = {
    "backoff": Backoff(base=0.05, cap=0.4),
    "idle_poll": 0.5,
    "storage_retry": 0.2,
}


def real_client(base_url: str, api_key: str, region: str) -> SwitchTransactClient:
    return SwitchTransactClient(base_url, api_key, region=region, connect_timeout=2, read_timeout=5)


@pytest.fixture
def runner(qapp) -> Iterator[TaskRunner]:
    pool = QThreadPool()
    pool.setMaxThreadCount(4)
    runner = TaskRunner(pool)
    yield runner
    runner.shutdown()


@pytest.fixture
def make_service(qapp, runner, tmp_path) -> Iterator[Callable[..., OutboxService]]:
    """make_service(outbox=None) -> a started OutboxService, shut down after the test."""
    made: list[OutboxService] = []

    def make(outbox: Outbox | None = None) -> OutboxService:
        service = OutboxService(
            outbox or Outbox(tmp_path / "outbox.sqlite3"),
            runner,
            real_client,
            delivery_options=FAST,
            flush_interval_ms=100,
        )
        service.start()
        made.append(service)
        return service

    yield make
    for service in made:
        assert service.shutdown(timeout=5.0)


def read_line(conn: socket.socket, chunk: int = 4096) -> bytes:
    """What a client sent on `conn` up to its newline, or until it closed (a test server's read;
    chunk=1 never reads past the line)."""
    data = b""
    while not data.endswith(b"\n"):
        part = conn.recv(chunk)
        if not part:
            break
        data += part
    return data


def softphone_script(folder: Path) -> tuple[Path, Path]:
    """A real tiny softphone for click-to-dial: a Python script, and the file it appends its
    arguments to (one JSON list a line, one line per run)."""
    out = folder / "dialled.txt"
    script = folder / "softphone.py"
    script.write_text(
        f"import json, sys\nopen({str(out)!r}, 'a').write(json.dumps(sys.argv[1:]) + '\\n')\n"
    )
    return script, out


def dialled_runs(qtbot: Any, out: Path, count: int = 1, timeout: int = 10000) -> list[list[str]]:
    """The argument lists softphone_script's softphone ran with, once it ran `count` times
    (waits for whole lines: the file exists a moment before its line is written)."""

    def runs() -> list[str]:
        text = out.read_text(encoding="utf-8") if out.exists() else ""
        return text.splitlines() if text.endswith("\n") else []

    qtbot.waitUntil(lambda: len(runs()) >= count, timeout=timeout)
    return [json.loads(line) for line in runs()]
