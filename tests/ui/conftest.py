"""Fixtures for the window tests: a fake clock, a window factory (each window with its own outbox
file in tmp_path and fast delivery timings), and a tiny stub HTTP server for answers the sandbox
cannot give on purpose (a 422 on create, a proxy's HTML 500)."""

from __future__ import annotations

import json
import threading
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from PySide6.QtCore import QThreadPool

from agent_desktop.core.backoff import Backoff
from agent_desktop.core.outbox import Outbox
from agent_desktop.core.settings import Settings
from agent_desktop.qt.tasks import TaskRunner
from agent_desktop.ui.context import AppContext
from agent_desktop.ui.main_window import MainWindow
from agent_desktop.ui.memory_stores import MemoryKeyStore, MemorySettingsStore


class FakeClock:
    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2024, 3, 1, 10, 0, 0, tzinfo=timezone.utc)

    def now(self) -> datetime:
        return self.current

    def advance(self, seconds: float) -> None:
        self.current += timedelta(seconds=seconds)


@pytest.fixture
def clock():
    return FakeClock()


# The app's own backoff starts at 1 s and grows to 5 min; tests retry within a fraction of that.
FAST_DELIVERY = {"backoff": Backoff(base=0.05, cap=0.4), "idle_poll": 0.5, "storage_retry": 0.2}


@pytest.fixture
def make_window(qtbot, clock, tmp_path):
    """make_window(base_url, key, **settings) -> a shown MainWindow whose start-up has finished.
    Every window gets tmp_path/outbox.sqlite3 unless `outbox=` says otherwise (an Outbox)."""
    made: list[MainWindow] = []

    def make(base_url: str = "", key: str | None = "test-key", *, key_store=None,
             settings_store=None, wait: bool = True, ctx_overrides: dict | None = None,
             outbox: Outbox | None = None, **settings) -> MainWindow:
        opened: list = []
        values = {"agent_first_name": "Ada", "agent_last_name": "Agent",
                  "agent_email": "ada@example.com", "search_debounce_ms": 50, **settings}
        pool = QThreadPool()
        pool.setMaxThreadCount(6)
        options = {
            "runner": TaskRunner(pool),
            "clock": clock,
            "settings_store": settings_store or MemorySettingsStore(
                Settings(base_url=base_url, **values)),
            "key_store": key_store or MemoryKeyStore(
                {base_url: key} if base_url and key else {}),
            "tz": timezone.utc,
            "url_opener": opened.append,
            "probe_on_start": False,
            "outbox": outbox or Outbox(tmp_path / "outbox.sqlite3"),
            "delivery_options": dict(FAST_DELIVERY),
            "outbox_flush_ms": 200,
            **(ctx_overrides or {}),
        }
        ctx = AppContext(**options)
        window = MainWindow(ctx)
        window.ask_before_close = False
        window.opened_urls = opened
        qtbot.addWidget(window)
        made.append(window)
        window.show()
        if wait:
            qtbot.waitUntil(lambda: window.startup is not None and window.controller.ready,
                            timeout=5000)
        return window

    yield make
    for window in made:
        window.shutdown()


class _StubHandler(BaseHTTPRequestHandler):
    routes: ClassVar[dict] = {}

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

    def log_message(self, *args) -> None:  # keep test output quiet
        pass


@pytest.fixture
def stub_server():
    """stub_server({"/api/1.0/calls/create": (422, "application/json", {...})}) -> base URL.
    A route may also be a function (query string, body bytes) -> (status, type, body)."""
    servers = []

    def start(routes: dict) -> str:
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
def closed_port_url():
    """A loopback address where nothing listens (connection refused)."""
    import socket

    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()
    return f"http://127.0.0.1:{port}/api/1.0"


@pytest.fixture
def dial_script(tmp_path):
    """A real tiny softphone for click-to-dial: (dial_command, file it writes its argv to)."""
    import shlex
    import sys

    out = tmp_path / "dialled.txt"
    script = tmp_path / "softphone.py"
    script.write_text("import json, sys\n"
                      f"open({str(out)!r}, 'a').write(json.dumps(sys.argv[1:]) + '\\n')\n")
    command = f"{shlex.quote(sys.executable)} {shlex.quote(str(script))} {{number}} {{e164}}"
    return command, out
