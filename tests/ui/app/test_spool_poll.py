"""A window that cannot listen on its socket still gets the softphone's events: `agent-desktop
call` (a real process) spools them and the window takes them from disk every second, having said
once in its notice why they come late. Two such windows never replay one spool."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from datetime import datetime, timedelta, timezone

import pytest

from agent_desktop.core.calls.events import CallEvent, EventKind, current_instance_name
from agent_desktop.core.calls.store import CallStore, default_path
from agent_desktop.core.outbox.outbox import Outbox

WAIT = 20000
JAMES_ID = "2916509f-f188-42d8-ab0e-a27bcb20d70d"
pytestmark = [
    pytest.mark.qt_log_ignore("This plugin does not support"),
    pytest.mark.skipif(os.name == "nt", reason="the window listens on a named pipe"),
]


@pytest.fixture
def squatted(monkeypatch, tmp_path):
    """XDG_RUNTIME_DIR unset and the fallback folder open to everyone: no socket folder, here
    and in the `call` processes (TMPDIR names the same temp folder)."""
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    monkeypatch.setenv("TMPDIR", str(temp))
    folder = temp / f"agent-desktop-{os.getuid()}"
    folder.mkdir()
    folder.chmod(0o777)
    return folder


def _window(qtbot, make_window, sandbox, **settings):
    """A window started as the real one is: its calls wait for the claim, its outbox is where
    `call` spools (the data folder); built, as when app.py listens."""
    window = make_window(
        sandbox.base_url,
        wait=False,
        outbox=Outbox(default_path()),
        ctx_overrides={"calls_wait_for_listener": True},
        **settings,
    )
    qtbot.waitUntil(lambda: window.flows is not None, timeout=WAIT)  # every part built
    assert window.ctx.call_store is not None
    return window


def _call(*argv: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "agent_desktop", "call", *argv],
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_without_a_socket_folder_the_window_takes_events_from_disk(
    qtbot, sandbox, make_window, squatted
):
    from agent_desktop.ui.app.run import listen_for_call_events

    window = _window(qtbot, make_window, sandbox)
    listen_for_call_events(window, demo=False)
    qtbot.waitUntil(lambda: window.controller.ready, timeout=WAIT)
    assert window.isVisible() and window.call_events is None
    notice = window.notice.text
    assert window.notice.isVisible()
    assert "about a second late" in notice and str(squatted) in notice
    done = _call("ring", "0721234567")
    assert done.returncode == 0, done.stderr
    assert done.stderr.count("\n") == 1 and "could not be reached live" in done.stderr
    qtbot.waitUntil(
        lambda: (
            window.calls.book.current() is not None and window.contact_panel.contact is not None
        ),
        timeout=WAIT,
    )
    assert window.contact_panel.contact.id == JAMES_ID
    assert CallStore().read_spool() == []  # taken, once
    assert window.notice.text == notice  # said once, not again per event


def test_a_window_that_cannot_open_its_socket_polls_the_spool(qtbot, sandbox, make_window):
    from agent_desktop.ui.app.run import listen_for_call_events

    os.mkdir(current_instance_name())  # a folder where the socket belongs: listen fails
    window = _window(qtbot, make_window, sandbox)
    listen_for_call_events(window, demo=False)
    qtbot.waitUntil(lambda: window.controller.ready, timeout=WAIT)
    assert window.isVisible() and window.spool_poll is not None
    assert "cannot be opened" in window.notice.text
    done = _call("ring", "0721234567")
    assert done.returncode == 0, done.stderr
    assert "it is not listening" in done.stderr
    qtbot.waitUntil(lambda: window.contact_panel.contact is not None, timeout=WAIT)
    assert window.contact_panel.contact.id == JAMES_ID


def test_two_windows_that_cannot_listen_never_replay_one_spool(
    qtbot, sandbox, make_window, squatted, monkeypatch
):
    from agent_desktop.ui.app import spool_poll
    from agent_desktop.ui.app.run import listen_for_call_events

    monkeypatch.setattr(spool_poll, "POLL_MS", 200)  # more polls in the time the test waits

    store = CallStore()
    at = datetime.now(timezone.utc) - timedelta(hours=1)
    for i in range(5):
        number = f"08499911{i:02d}"
        store.spool(CallEvent(EventKind.RING, number, "", False, at + timedelta(minutes=i)))
        store.spool(
            CallEvent(EventKind.END, number, "", False, at + timedelta(minutes=i, seconds=15))
        )
    store.close()
    first = _window(qtbot, make_window, sandbox, missed_calls="log")
    second = _window(qtbot, make_window, sandbox, missed_calls="log")
    listen_for_call_events(first, demo=False)
    listen_for_call_events(second, demo=False)
    qtbot.waitUntil(lambda: not second.isVisible(), timeout=WAIT)  # handed over, closed
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 5, timeout=WAIT)
    qtbot.wait(600)  # a poll or two more
    assert len(sandbox.received_logs()) == 5
    assert sorted(log["Number"] for log in sandbox.received_logs()) == [
        f"08499911{i:02d}" for i in range(5)
    ]
    assert second.calls.book.open_calls() == [] and not second.controller.ready
    assert first.isVisible()


def test_a_listening_window_takes_what_call_had_to_spool_quietly(
    qtbot, sandbox, make_window, monkeypatch
):
    """Its socket was too busy for a `call` (the command spooled the event: not delivered): the
    listening window finds it within a few seconds without being told, and says nothing."""
    from agent_desktop.ui.app import spool_poll
    from agent_desktop.ui.app.run import listen_for_call_events

    monkeypatch.setattr(spool_poll, "BACKSTOP_MS", 300)  # its look now and then, sooner than 5 s

    window = _window(qtbot, make_window, sandbox)
    listen_for_call_events(window, demo=False)
    qtbot.waitUntil(lambda: window.controller.ready, timeout=WAIT)
    assert window.call_events is not None and not window.notice.isVisible()
    store = CallStore()
    store.spool(CallEvent(EventKind.RING, "0721234567", "", False, datetime.now(timezone.utc)))
    store.close()
    qtbot.waitUntil(lambda: window.contact_panel.contact is not None, timeout=WAIT)
    assert window.contact_panel.contact.id == JAMES_ID
    assert not window.notice.isVisible()
    window.call_events.close()
