"""Calls that rang and ended while no window ran (spooled by `agent-desktop call`) are logged
when the window starts: their callers are looked up and their logs sent, once each."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.calls.store import CallStore

WAIT = 20000
JAMES_ID = "2916509f-f188-42d8-ab0e-a27bcb20d70d"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.mark.parametrize("settings_late", [False, True], ids=["settings-first", "settings-late"])
def test_spooled_missed_calls_are_looked_up_and_logged_once(
    qtbot, sandbox, make_window, tmp_path, settings_late
):
    """As the real window starts: the spool may be replayed before the settings file and the
    key are read (settings-late), or after."""
    import threading

    from agent_desktop.core.settings.settings import Settings
    from agent_desktop.ui.app.memory_stores import MemorySettingsStore

    gate = threading.Event()
    if not settings_late:
        gate.set()

    class HeldStore(MemorySettingsStore):  # a slow settings file
        def load(self):
            gate.wait(10)
            return super().load()

    settings = HeldStore(
        Settings(
            base_url=sandbox.base_url,
            missed_calls="log",
            agent_first_name="Ada",
            agent_last_name="Agent",
            agent_email="ada@example.com",
        )
    )
    store = CallStore(tmp_path / "outbox.sqlite3")
    at = datetime.now(timezone.utc) - timedelta(hours=1)
    for i, number in enumerate(("0721234567", "0849991111")):
        store.spool(CallEvent(EventKind.RING, number, "", False, at + timedelta(minutes=i)))
        store.spool(
            CallEvent(EventKind.END, number, "", False, at + timedelta(minutes=i, seconds=15))
        )
    store.close()
    window = make_window(sandbox.base_url, settings_store=settings, wait=False)
    window.finish_building()  # the calls exist to be watched before the settings arrive
    qtbot.waitUntil(lambda: len(window.calls.book.in_review()) == 2, timeout=WAIT)
    gate.set()  # the settings arrive after the replay
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 2, timeout=WAIT)
    logs = {log["Number"]: log for log in sandbox.received_logs()}
    assert logs["0721234567"]["EntityId"] == JAMES_ID  # the caller was looked up first
    assert logs["0849991111"]["EntityId"] == ""  # nobody has that number: logged all the same
    assert {log["CallType"] for log in logs.values()} == {"Missed"}
    qtbot.wait(500)
    assert len(sandbox.received_logs()) == 2
    assert window.calls.book.open_calls() == []


def test_a_missed_call_confirmed_before_the_settings_is_never_listed_for_review(
    qtbot, sandbox, make_window, tmp_path
):
    """Auto-sent missed calls replayed before the settings came are confirmed for sending at
    once: the log book lists them as waiting to go, never for the agent's review (the review
    pane stays away, Discard is not offered), and they go once the settings come."""
    import threading

    from agent_desktop.core.calls.logs import LogState
    from agent_desktop.core.settings.settings import Settings
    from agent_desktop.ui.app.memory_stores import MemorySettingsStore

    gate = threading.Event()

    class HeldStore(MemorySettingsStore):
        def load(self):
            gate.wait(10)
            return super().load()

    settings = HeldStore(
        Settings(
            base_url=sandbox.base_url,
            missed_calls="log",
            agent_first_name="Ada",
            agent_last_name="Agent",
            agent_email="ada@example.com",
        )
    )
    store = CallStore(tmp_path / "outbox.sqlite3")
    at = datetime.now(timezone.utc) - timedelta(hours=1)
    store.spool(CallEvent(EventKind.RING, "0721234567", "", False, at))
    store.spool(CallEvent(EventKind.END, "0721234567", "", False, at + timedelta(seconds=15)))
    store.close()
    window = make_window(sandbox.base_url, settings_store=settings, wait=False)
    window.finish_building()  # the calls exist to be watched before the settings arrive
    qtbot.waitUntil(lambda: len(window.book.waiting()) == 1, timeout=WAIT)
    (entry,) = window.book.waiting()
    assert entry.call.confirmed
    assert entry.state is not LogState.REVIEW
    assert window.stack.currentWidget() is not window.review
    gate.set()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT)
    assert sandbox.received_logs()[0]["EntityId"] == JAMES_ID
    qtbot.wait(500)
    assert len(sandbox.received_logs()) == 1
