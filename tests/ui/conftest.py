"""Fixtures for the window tests: a window factory, each window with its own outbox file in
tmp_path and fast delivery timings (the clock and the servers come from tests/stubs.py)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from PySide6.QtCore import QThreadPool
from stubs import FakeClock

from agent_desktop.core.outbox.backoff import Backoff
from agent_desktop.core.outbox.outbox import Outbox
from agent_desktop.core.settings.settings import Settings
from agent_desktop.qt.tasks import TaskRunner
from agent_desktop.ui.app.context import AppContext
from agent_desktop.ui.app.memory_stores import MemoryKeyStore, MemorySettingsStore
from agent_desktop.ui.window.main_window import MainWindow


@pytest.fixture
def clock() -> FakeClock:
    """The window tests' calls start at this moment (their expected payloads say so)."""
    return FakeClock(datetime(2024, 3, 1, 10, 0, 0, tzinfo=timezone.utc))


# The app's own backoff starts at 1 s and grows to 5 min; tests retry within a fraction of that.
FAST_DELIVERY = {"backoff": Backoff(base=0.05, cap=0.4), "idle_poll": 0.5, "storage_retry": 0.2}


@pytest.fixture
def make_window(qtbot, clock, tmp_path):
    """make_window(base_url, key, **settings) -> a shown MainWindow whose start-up has finished.
    Every window gets tmp_path/outbox.sqlite3 unless `outbox=` says otherwise (an Outbox)."""
    made: list[MainWindow] = []

    def make(
        base_url: str = "",
        key: str | None = "test-key",
        *,
        key_store=None,
        settings_store=None,
        wait: bool = True,
        ctx_overrides: dict | None = None,
        outbox: Outbox | None = None,
        **settings,
    ) -> MainWindow:
        opened: list = []
        values = {
            "agent_first_name": "Ada",
            "agent_last_name": "Agent",
            "agent_email": "ada@example.com",
            "search_debounce_ms": 50,
            **settings,
        }
        pool = QThreadPool()
        pool.setMaxThreadCount(6)
        options = {
            "runner": TaskRunner(pool),
            "clock": clock,
            "settings_store": settings_store
            or MemorySettingsStore(Settings(base_url=base_url, **values)),
            "key_store": key_store or MemoryKeyStore({base_url: key} if base_url and key else {}),
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
            # The first window of a test process also imports what it builds after its first
            # paint (window_rest, phonenumbers on a worker): measured at 5.9 s on a loaded
            # 2-core machine, so this waits as long as the suite's other waits (it returns as
            # soon as the window is ready).
            qtbot.waitUntil(
                lambda: window.startup is not None and window.controller.ready, timeout=10000
            )
        return window

    yield make
    for window in made:
        window.shutdown()


@pytest.fixture
def dial_script(tmp_path):
    """A real tiny softphone for click-to-dial: (dial_command, file it writes its argv to)."""
    import shlex
    import sys

    from stubs import softphone_script

    script, out = softphone_script(tmp_path)
    command = f"{shlex.quote(sys.executable)} {shlex.quote(str(script))} {{number}} {{e164}}"
    return command, out
