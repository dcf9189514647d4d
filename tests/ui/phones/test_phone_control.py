"""The window's call actions routed to baresip (ui/phones/phone_control.py), against a fake ctrl_tcp
that answers as baresip 1.0.0 does: F9 sends the command and the call moves only on baresip's
event; a refused dial is said and leaves no call; without baresip the window times calls as
before; the `call` command and baresip reporting the same call make one log."""

from __future__ import annotations

import pytest
from fake_ctrl_tcp import FakeCtrlTcp, call_event
from PySide6.QtCore import Qt

from agent_desktop.core.calls.book import CallState
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.phones.source import SourceState

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
WAIT = 10000
CALL_ID = "1-30007@127.0.0.1"


@pytest.fixture
def fake():
    server = FakeCtrlTcp()
    yield server
    server.stop()


@pytest.fixture
def agent(qtbot, make_window, sandbox, fake):
    window = make_window(sandbox.base_url, phone="baresip", baresip_address=fake.address)
    qtbot.waitUntil(lambda: window.phones.status.state is SourceState.CONNECTED, timeout=WAIT)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def _ringing(qtbot, window, fake):
    fake.send(call_event("CALL_INCOMING", CALL_ID))
    qtbot.waitUntil(lambda: window.calls.book.current() is not None, timeout=WAIT)
    return window.calls.book.current()


def test_f9_asks_baresip_and_the_call_connects_only_when_baresip_says_so(qtbot, agent, fake):
    call = _ringing(qtbot, agent, fake)
    assert call.state is CallState.RINGING and call.softphone_id == CALL_ID
    fake.mute = True  # baresip has not answered yet
    qtbot.keyClick(agent.search.edit, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: [c["command"] for c in fake.commands] == ["callfind"], timeout=WAIT)
    qtbot.wait(200)
    assert call.state is CallState.RINGING  # the app guessed nothing
    assert fake.commands[0]["params"] == CALL_ID
    fake.send(call_event("CALL_ESTABLISHED", CALL_ID))
    qtbot.waitUntil(lambda: call.state is CallState.CONNECTED, timeout=WAIT)
    assert agent.call_panel.running


def test_end_call_hangs_up_in_baresip(qtbot, agent, fake):
    call = _ringing(qtbot, agent, fake)
    fake.send(call_event("CALL_ESTABLISHED", CALL_ID))
    qtbot.waitUntil(lambda: call.state is CallState.CONNECTED, timeout=WAIT)
    qtbot.keyClick(agent.search.edit, Qt.Key.Key_F9)
    qtbot.waitUntil(
        lambda: [c["command"] for c in fake.commands] == ["callfind", "hangup"], timeout=WAIT
    )
    assert call.state is CallState.CONNECTED  # until baresip says it closed
    fake.send(call_event("CALL_CLOSED", CALL_ID, param="Connection reset by user"))
    qtbot.waitUntil(lambda: call.state is CallState.ENDED, timeout=WAIT)


def test_a_dial_baresip_refuses_is_said_and_leaves_no_call(qtbot, agent, fake, sandbox):
    fake.replies["dial"] = (False, "Invalid argument")
    agent.controller.handle_event(CallEvent(EventKind.DIAL, "0721234567"))  # a tel: link
    qtbot.waitUntil(lambda: agent.notice.isVisible(), timeout=WAIT)
    assert agent.notice.text == "baresip refused “dial”: Invalid argument."
    assert fake.commands[-1]["command"] == "dial" and fake.commands[-1]["params"] == "0721234567"
    qtbot.waitUntil(lambda: not agent.calls.book.live(), timeout=WAIT)
    qtbot.wait(300)
    assert sandbox.received_logs() == []


def test_a_refusal_is_said_in_the_window_language(qtbot, make_window, sandbox, fake, qapp):
    """The phone's refusal comes from core as a Text; the banner shows it translated, with
    baresip's own words kept as they are."""
    from agent_desktop.ui.app.translations import install_translations, remove_translations

    assert install_translations(qapp, "de") == "de"
    try:
        window = make_window(sandbox.base_url, phone="baresip", baresip_address=fake.address)
        qtbot.waitUntil(lambda: window.phones.status.state is SourceState.CONNECTED, timeout=WAIT)
        fake.replies["dial"] = (False, "Invalid argument")
        window.controller.handle_event(CallEvent(EventKind.DIAL, "0721234567"))
        qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=WAIT)
        assert window.notice.text == "baresip hat „dial“ abgelehnt: Invalid argument."
    finally:
        remove_translations(qapp)


def test_without_baresip_f9_times_the_call_in_the_window(qtbot, agent, fake):
    call = _ringing(qtbot, agent, fake)
    fake.stop()  # baresip closed: the source is down
    qtbot.waitUntil(lambda: agent.phones.status.state is SourceState.DOWN, timeout=WAIT)
    qtbot.keyClick(agent.search.edit, Qt.Key.Key_F9)
    assert call.state is CallState.CONNECTED  # answered here, as without a phone


def test_a_call_the_command_started_is_timed_in_the_window(qtbot, agent, fake):
    agent.controller.handle_event(CallEvent(EventKind.RING, "0831234567"))  # no call id
    qtbot.waitUntil(lambda: agent.calls.book.current() is not None, timeout=WAIT)
    qtbot.keyClick(agent.search.edit, Qt.Key.Key_F9)
    assert agent.calls.book.current().state is CallState.CONNECTED
    assert fake.commands == []  # baresip knows nothing of this call


def test_baresip_and_the_call_command_reporting_one_call_make_one_log(qtbot, agent, fake, sandbox):
    call = _ringing(qtbot, agent, fake)
    agent.controller.handle_event(CallEvent(EventKind.RING, "0721234567"))  # MicroSIP-style
    agent.controller.handle_event(CallEvent(EventKind.END, "0721234567"))
    fake.send(call_event("CALL_CLOSED", CALL_ID, param="Connection reset by peer"))
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT)
    qtbot.wait(500)
    assert len(sandbox.received_logs()) == 1
    assert sandbox.received_logs()[0]["CallType"] == "Missed"
    assert len([c for c in agent.calls.book._calls.values() if c.number]) == 1
    assert call.state is not CallState.RINGING


def test_a_call_baresip_no_longer_has_is_settled_in_the_window(qtbot, agent, fake, sandbox):
    """baresip was restarted mid-call: its CALL_CLOSED never came. End call asks it, hears
    that it has no such call, and ends the call here (logged, once)."""
    call = _ringing(qtbot, agent, fake)
    fake.send(call_event("CALL_ESTABLISHED", CALL_ID))
    qtbot.waitUntil(lambda: call.state is CallState.CONNECTED, timeout=WAIT)
    fake.replies["callfind"] = (True, f"call not found (id={CALL_ID})\n")
    qtbot.keyClick(agent.search.edit, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: call.state is CallState.ENDED, timeout=WAIT)
    assert [c["command"] for c in fake.commands] == ["callfind"]  # nothing else hung up
    assert agent.notice.text.startswith("baresip no longer has this call")
