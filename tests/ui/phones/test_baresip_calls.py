"""Calls through a real baresip (the agent's softphone, driven over ctrl_tcp) with SIPp playing
the customer, on loopback: the window pops, answers, hangs up and dials in baresip, the call
bar follows baresip's own events, and the sandbox receives exactly one log per call.

Each test starts its own baresip (tests/baresip_lab.py) and window; they wait for events (the
window's calls, SIPp's exit), never for fixed times."""

from __future__ import annotations

import time
from datetime import datetime, timezone

import pytest
from baresip_lab import MISSING, Baresip, Sipp
from PySide6.QtCore import Qt

from agent_desktop.core.calls.book import Call, CallState
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.phones.source import SourceState

pytestmark = [
    pytest.mark.skipif(bool(MISSING), reason=MISSING),
    pytest.mark.qt_log_ignore("This plugin does not support"),
]
WAIT = 15000  # ms: generous for a busy machine, bounded
JAMES_ID = "2916509f-f188-42d8-ab0e-a27bcb20d70d"


class RealClock:
    """Talk times come from baresip's events as they happen: the window runs on real time."""

    def now(self) -> datetime:
        return datetime.now(timezone.utc)

    def __call__(self) -> float:
        return time.time()


@pytest.fixture
def clock() -> RealClock:
    return RealClock()


@pytest.fixture
def baresip(tmp_path):
    phone = Baresip(tmp_path / "baresip")
    try:
        phone.start()
        yield phone
    finally:
        phone.stop()


@pytest.fixture
def sipp(tmp_path):
    """sipp.caller(...) / sipp.customer(...): SIPp runs, killed at teardown if still running."""
    runs: list[Sipp] = []

    class Runs:
        def caller(
            self, scenario: str, phone: Baresip, number: str, name: str, pause_ms: int = 0
        ) -> Sipp:
            runs.append(Sipp.caller(tmp_path, scenario, phone, number, name, pause_ms))
            return runs[-1]

        def customer(self, scenario: str, phone: Baresip) -> Sipp:
            runs.append(Sipp.customer(tmp_path, scenario, phone))
            return runs[-1]

    yield Runs()
    for run in runs:
        run.stop()


@pytest.fixture
def agent(qtbot, make_window, sandbox, baresip):
    """The window with phone = "baresip" (the real source), connected to this baresip."""
    window = make_window(sandbox.base_url, phone="baresip", baresip_address=baresip.ctrl_address)
    qtbot.waitUntil(lambda: window.phones.status.state is SourceState.CONNECTED, timeout=WAIT)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    return window


def _one_call(window, state: CallState) -> Call:
    """Waited for by the tests: the only call of the book in `state`."""
    calls = [c for c in window.calls.book._calls.values() if c.state is state]
    return calls[0] if len(calls) == 1 else None  # type: ignore[return-value]


def _wait_call(qtbot, window, state: CallState) -> Call:
    qtbot.waitUntil(lambda: _one_call(window, state) is not None, timeout=WAIT)
    return _one_call(window, state)


def _f9(qtbot, window) -> None:
    qtbot.keyClick(window.search.edit, Qt.Key.Key_F9)


def _send_review(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.review, timeout=WAIT)
    qtbot.keyClick(
        window.review.send_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )


def _logs(qtbot, sandbox, count: int) -> list[dict]:
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) >= count, timeout=WAIT)
    qtbot.wait(300)  # a second log for the same call would be on its way by now
    return sandbox.received_logs()


def _seconds(duration: str) -> int:
    hours, minutes, seconds = (int(part) for part in duration.split(":"))
    return hours * 3600 + minutes * 60 + seconds


def test_an_inbound_call_answered_with_f9_and_hung_up_by_the_caller(
    qtbot, agent, baresip, sipp, sandbox
):
    caller = sipp.caller("caller_hangs_up", baresip, "0721234567", "James May", pause_ms=2000)
    ringing = _wait_call(qtbot, agent, CallState.RINGING)
    assert ringing.number == "0721234567" and "@" in ringing.softphone_id  # the SIP Call-ID
    qtbot.waitUntil(lambda: agent.contact_panel.contact is not None, timeout=WAIT)
    assert agent.contact_panel.contact.display_name == "James May"  # popped
    _f9(qtbot, agent)  # answered in baresip: SIPp gets its 200 OK, baresip says ESTABLISHED
    connected = _wait_call(qtbot, agent, CallState.CONNECTED)
    assert agent.call_panel.running
    ended = _wait_call(qtbot, agent, CallState.ENDED)  # the caller's BYE, as baresip reports it
    assert caller.wait() == 0, caller.output()
    talk = (ended.ended_at - connected.answered_at).total_seconds()
    assert 1.0 <= talk <= 3.0  # SIPp talked for 2 s
    _send_review(qtbot, agent)
    logs = _logs(qtbot, sandbox, 1)
    assert len(logs) == 1
    assert (logs[0]["CallType"], logs[0]["Number"], logs[0]["EntityId"]) == (
        "Inbound",
        "0721234567",
        JAMES_ID,
    )
    assert abs(_seconds(logs[0]["Duration"]) - 2) <= 1


def test_a_caller_who_hangs_up_while_it_rings_is_missed_with_its_ring_time(
    qtbot, agent, baresip, sipp, sandbox
):
    caller = sipp.caller("caller_gives_up", baresip, "0721234567", "James May", pause_ms=1500)
    _wait_call(qtbot, agent, CallState.RINGING)
    logs = _logs(qtbot, sandbox, 1)  # missed_calls = "log": sent without review
    assert caller.wait() == 0, caller.output()
    assert len(logs) == 1
    assert (logs[0]["CallType"], logs[0]["Duration"], logs[0]["EntityId"]) == (
        "Missed",
        "00:00:00",
        JAMES_ID,
    )
    missed = next(c for c in agent.calls.book._calls.values() if c.softphone_id)
    rang = (missed.ended_at - missed.started_at).total_seconds()
    assert 0.5 <= rang <= 3.0  # SIPp let it ring 1.5 s


def test_an_agent_who_declines_a_ringing_call(qtbot, agent, baresip, sipp, sandbox):
    """End call on a ringing call (the phone's hang-up) declines it in baresip: the caller hears
    486 (baresip 1.0.0: "486 Rejected"), and the call is logged as the README says of a
    declined call: Missed."""
    caller = sipp.caller("caller_declined", baresip, "0839991111", "Unknown Caller")
    ringing = _wait_call(qtbot, agent, CallState.RINGING)
    assert agent.controller.phone_control.hang_up(ringing)
    assert caller.wait() == 0, caller.output()  # SIPp got its 486
    logs = _logs(qtbot, sandbox, 1)
    assert len(logs) == 1
    assert (logs[0]["CallType"], logs[0]["Number"]) == ("Missed", "0839991111")


def test_an_outbound_call_from_a_tel_link_that_the_customer_answers(
    qtbot, agent, baresip, sipp, sandbox
):
    customer = sipp.customer("customer_answers", baresip)
    agent.controller.handle_event(CallEvent(EventKind.DIAL, "0721234567"))  # tel:0721234567
    dialling = _wait_call(qtbot, agent, CallState.DIALLING)
    connected = _wait_call(qtbot, agent, CallState.CONNECTED)  # SIPp answered in baresip
    assert connected.id == dialling.id and connected.softphone_id
    _f9(qtbot, agent)  # End call: baresip hangs up (SIPp gets its BYE)
    _wait_call(qtbot, agent, CallState.ENDED)
    assert customer.wait() == 0, customer.output()
    _send_review(qtbot, agent)
    logs = _logs(qtbot, sandbox, 1)
    assert len(logs) == 1
    assert (logs[0]["CallType"], logs[0]["Number"], logs[0]["EntityId"]) == (
        "Outbound",
        "0721234567",
        JAMES_ID,
    )


def test_an_outbound_call_nobody_answers_is_not_answered(qtbot, agent, baresip, sipp, sandbox):
    customer = sipp.customer("customer_never_answers", baresip)
    agent.controller.handle_event(CallEvent(EventKind.DIAL, "0721234567"))
    qtbot.waitUntil(
        lambda: (c := _one_call(agent, CallState.DIALLING)) is not None and bool(c.softphone_id),
        timeout=WAIT,
    )  # baresip: CALL_RINGING
    _f9(qtbot, agent)  # the agent gives up: baresip cancels
    assert customer.wait() == 0, customer.output()
    logs = _logs(qtbot, sandbox, 1)
    assert len(logs) == 1
    assert (logs[0]["CallType"], logs[0]["Duration"]) == ("Notanswered", "00:00:00")


def test_a_second_caller_during_a_call_gets_its_own_log(qtbot, agent, baresip, sipp, sandbox):
    first = sipp.caller("caller_hangs_up", baresip, "0721234567", "James May", pause_ms=5000)
    _wait_call(qtbot, agent, CallState.RINGING)
    _f9(qtbot, agent)
    _wait_call(qtbot, agent, CallState.CONNECTED)
    second = sipp.caller("caller_gives_up", baresip, "0839991111", "Second Caller", pause_ms=1000)
    waiting = _wait_call(qtbot, agent, CallState.RINGING)  # call waiting, its own line
    assert waiting.number == "0839991111"
    assert agent.calls.book.current().number == "0721234567"  # the live call keeps the bar
    assert second.wait() == 0, second.output()
    assert first.wait() == 0, first.output()
    _send_review(qtbot, agent)
    logs = _logs(qtbot, sandbox, 2)
    assert len(logs) == 2
    assert sorted((log["CallType"], log["Number"]) for log in logs) == [
        ("Inbound", "0721234567"),
        ("Missed", "0839991111"),
    ]
