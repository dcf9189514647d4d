"""The whole chain with Bria as the phone: the window started with phone = "bria" talks to a fake
Bria (tests/fake_bria.py, a TLS WebSocket server on 127.0.0.1 speaking the documented Desktop
API); it pops, answers and dials through Bria, and the sandbox receives exactly one log a call.
Only the address and the CA the source trusts are the fake's (Bria's are fixed)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from fake_bria import FakeBria, FakeCall
from PySide6.QtCore import Qt

from agent_desktop.core.calls.book import Call, CallState
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.phones.bria import source as bria
from agent_desktop.core.phones.source import Problem, SourceState

WAIT = 15000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
JAMES_ID = "2916509f-f188-42d8-ab0e-a27bcb20d70d"
A = "ea6c7664001343688013e3680013e368"
RING = FakeCall(A, "0721234567@pbx.example", "James May", "ringing")
DIALLING = FakeCall(A, "0721234567", "", "connecting")


def up(call: FakeCall) -> FakeCall:
    return FakeCall(call.id, call.number, call.name, "connected", time_initiated=1772438400)


@pytest.fixture
def fake(monkeypatch, clock):
    server = FakeBria()
    monkeypatch.setattr(bria, "create", lambda config: server.source(clock=clock))
    yield server
    server.close()


@pytest.fixture
def agent(qtbot, make_window, sandbox, fake):
    window = make_window(sandbox.base_url, phone="bria")
    fake.wait_connected()
    qtbot.waitUntil(lambda: window.phones.status.state is SourceState.CONNECTED, timeout=WAIT)
    # CONNECTED is said while the first call list is read, counted once applied (_change counts).
    qtbot.waitUntil(lambda: window.phones.source.messages_read >= 1, timeout=WAIT)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def _change(qtbot, window, fake: FakeBria, *calls: FakeCall) -> None:
    """Bria's calls become `calls`; wait until the source read the event and the list."""
    source = window.phones.source
    before = source.messages_read
    fake.change(*calls)
    qtbot.waitUntil(lambda: source.messages_read >= before + 2, timeout=WAIT)


def _one_call(window, state: CallState) -> Call | None:
    calls = [c for c in window.calls.book._calls.values() if c.state is state]
    return calls[0] if len(calls) == 1 else None


def _wait_call(qtbot, window, state: CallState) -> Call:
    qtbot.waitUntil(lambda: _one_call(window, state) is not None, timeout=WAIT)
    call = _one_call(window, state)
    assert call is not None
    return call


def _send_review_and_logs(qtbot, window, sandbox) -> list[dict]:
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.review, timeout=WAIT)
    qtbot.keyClick(
        window.review.send_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) >= 1, timeout=WAIT)
    qtbot.waitUntil(
        lambda: window.outbox.summary.read and window.outbox.summary.quiet, timeout=WAIT
    )
    return sandbox.received_logs()


def test_an_inbound_call_pops_is_answered_with_f9_in_bria_and_logs_once(
    qtbot, agent, fake, sandbox, clock
):
    _change(qtbot, agent, fake, RING)
    ringing = _wait_call(qtbot, agent, CallState.RINGING)
    assert (ringing.number, ringing.softphone_id) == ("0721234567", A)
    qtbot.waitUntil(lambda: agent.contact_panel.contact is not None, timeout=WAIT)
    assert agent.contact_panel.contact.display_name == "James May"
    qtbot.keyClick(agent.search.edit, Qt.Key.Key_F9)  # Answer: asked of Bria
    qtbot.waitUntil(lambda: len(fake.requests_to("answer")) == 1, timeout=WAIT)
    assert f"<callId>{A}</callId>" in fake.requests_to("answer")[0]
    clock.advance(5)
    _change(qtbot, agent, fake, up(RING))  # Bria answered it
    _wait_call(qtbot, agent, CallState.CONNECTED)
    clock.advance(60)
    _change(qtbot, agent, fake)  # the caller hung up
    _wait_call(qtbot, agent, CallState.ENDED)
    logs = _send_review_and_logs(qtbot, agent, sandbox)
    assert [(b["CallType"], b["Number"], b["EntityId"], b["Duration"]) for b in logs] == [
        ("Inbound", "0721234567", JAMES_ID, "00:01:00")
    ]
    assert sandbox.request_count("/calls/log") == 1


def test_a_tel_link_dials_in_bria_and_the_call_bria_places_is_that_call(
    qtbot, agent, fake, sandbox, clock
):
    agent.controller.handle_event(CallEvent(EventKind.DIAL, "0721234567"))
    qtbot.waitUntil(lambda: len(fake.requests_to("call")) == 1, timeout=WAIT)
    assert "<number>0721234567</number>" in fake.requests_to("call")[0]
    _change(qtbot, agent, fake, DIALLING)
    dialling = _wait_call(qtbot, agent, CallState.DIALLING)
    clock.advance(8)
    _change(qtbot, agent, fake, up(DIALLING))
    connected = _wait_call(qtbot, agent, CallState.CONNECTED)
    assert connected.id == dialling.id and connected.softphone_id == A
    clock.advance(30)
    _change(qtbot, agent, fake)
    _wait_call(qtbot, agent, CallState.ENDED)
    logs = _send_review_and_logs(qtbot, agent, sandbox)
    assert [(b["CallType"], b["Number"], b["EntityId"], b["Duration"]) for b in logs] == [
        ("Outbound", "0721234567", JAMES_ID, "00:00:30")
    ]


def test_a_dropped_bria_socket_mid_call_is_said_and_loses_nothing(
    qtbot, agent, fake, sandbox, clock
):
    _change(qtbot, agent, fake, RING)
    _wait_call(qtbot, agent, CallState.RINGING)
    clock.advance(5)
    _change(qtbot, agent, fake, up(RING))
    _wait_call(qtbot, agent, CallState.CONNECTED)
    fake.drop()
    qtbot.waitUntil(lambda: agent.phones.status.state is SourceState.DOWN, timeout=WAIT)
    assert agent.phones.status.problem is Problem.CLOSED
    qtbot.waitUntil(lambda: agent.notice.isVisible(), timeout=WAIT)
    fake.wait_connected(count=2)
    qtbot.waitUntil(lambda: agent.phones.status.state is SourceState.CONNECTED, timeout=WAIT)
    qtbot.waitUntil(lambda: not agent.notice.isVisible(), timeout=WAIT)
    assert [c.state for c in agent.calls.book.live()] == [CallState.CONNECTED]
    clock.advance(timedelta(seconds=60))
    _change(qtbot, agent, fake)
    _wait_call(qtbot, agent, CallState.ENDED)
    logs = _send_review_and_logs(qtbot, agent, sandbox)
    assert [(b["CallType"], b["Duration"]) for b in logs] == [("Inbound", "00:01:00")]
    assert sandbox.request_count("/calls/log") == 1
