"""Softphone events in the window: a ring pops the caller (or a picker, or 'unknown'), answer and
end time the call, and a ring nobody answers is journaled as Missed."""

from __future__ import annotations

import subprocess
import sys
import uuid

import pytest
from PySide6.QtCore import Qt

from agent_desktop.core.call_events import CallEvent, EventKind
from agent_desktop.core.models import CallDirection
from agent_desktop.qt.single_instance import InstanceServer
from agent_desktop.ui.incoming_call import IncomingCalls

JAMES_ID = "2916509f-f188-42d8-ab0e-a27bcb20d70d"
# Raising the window is what a ring does; the offscreen platform says it cannot.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _ring(qtbot, window, calls, number):
    with qtbot.waitSignal(window.search.outcome_shown, timeout=10000):
        calls.handle(CallEvent(EventKind.RING, number))


def test_a_ring_pops_the_one_contact_the_number_finds(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    calls = IncomingCalls(window)
    _ring(qtbot, window, calls, "072 123 4567")  # stored as +27721234567
    assert window.stack.currentWidget() is window.contact_panel
    assert window.contact_panel.contact.id == JAMES_ID
    assert not window.search.popup.isVisible()
    assert window.call_panel.number.text() == "072 123 4567"
    assert window.call_panel.direction.currentData() is CallDirection.INBOUND
    assert "James May" in window.statusBar().currentMessage()


def test_a_shared_number_leaves_the_picker_open(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    calls = IncomingCalls(window)
    _ring(qtbot, window, calls, "021 555 0199")
    assert window.search.popup.isVisible()
    assert window.contact_panel.contact is None
    assert window.statusBar().currentMessage().startswith("3 contacts share this number")
    # The agent picks the second one with the keyboard.
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Down)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.contact_panel.contact is not None, timeout=5000)
    assert window.contact_panel.contact.businessphone in ("0215550199", "+27 21 555 0199",
                                                          "+27215550199")


def test_an_unknown_caller_is_said_so(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    calls = IncomingCalls(window)
    _ring(qtbot, window, calls, "073 999 8888")
    assert window.contact_panel.contact is None
    assert window.statusBar().currentMessage().startswith("Unknown caller")


def test_ring_answer_end_logs_the_call_against_the_caller(qtbot, sandbox, make_window, clock):
    window = make_window(sandbox.base_url)
    calls = IncomingCalls(window)
    _ring(qtbot, window, calls, "0721234567")
    clock.advance(5)
    calls.handle(CallEvent(EventKind.ANSWER, "0721234567"))
    assert window.call_panel.running and window.call_panel.contact.id == JAMES_ID
    clock.advance(95)
    calls.handle(CallEvent(EventKind.END))
    assert window.stack.currentWidget() is window.review
    window.review.send_button.click()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=10000)
    log = sandbox.received_logs()[0]
    assert (log["CallType"], log["EntityId"], log["Duration"]) == ("Inbound", JAMES_ID,
                                                                  "00:01:35")


def test_a_ring_nobody_answers_is_logged_as_missed(qtbot, sandbox, make_window, clock):
    window = make_window(sandbox.base_url)
    calls = IncomingCalls(window)
    _ring(qtbot, window, calls, "+27 72 123 4567")
    clock.advance(20)
    calls.handle(CallEvent(EventKind.END))
    assert not window.call_panel.running and window.call_panel.number.text() == ""
    assert window.stack.currentWidget() is window.review
    window.review.send_button.click()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=10000)
    log = sandbox.received_logs()[0]
    assert (log["CallType"], log["CallDirection"], log["EntityId"], log["Duration"]) == (
        "Missed", "Inbound", JAMES_ID, "00:00:00")
    assert log["DateTime"] == "01-03-24 10:00:00"  # the ring's time


def test_end_without_a_ring_or_call_does_nothing(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    IncomingCalls(window).handle(CallEvent(EventKind.END))
    assert window.book.unsent() == [] and window.stack.currentWidget() is not window.review


def test_a_ring_from_another_process_reaches_the_window(qtbot, sandbox, make_window):
    """The real path: the softphone's command in another process, the local socket, the pop."""
    window = make_window(sandbox.base_url)
    server = InstanceServer(f"agent-desktop-test-{uuid.uuid4().hex[:12]}", window)
    assert server.listen()
    server.event_received.connect(IncomingCalls(window).handle)
    script = ("import sys\n"
              "from agent_desktop.core.call_events import CallEvent, EventKind\n"
              "from agent_desktop.core.forward import send_event\n"
              "print(send_event(sys.argv[1], CallEvent(EventKind.RING, '0721234567')))\n")
    with subprocess.Popen([sys.executable, "-c", script, server.name],
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as proc:
        try:
            qtbot.waitUntil(lambda: window.contact_panel.contact is not None, timeout=15000)
            qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
        finally:
            server.close()
            if proc.poll() is None:
                proc.kill()
        out, err = proc.communicate()
    assert out.strip() == "ok", err
    assert window.contact_panel.contact.id == JAMES_ID


def test_an_unknown_caller_answered_is_not_logged_against_the_previous_one(
        qtbot, sandbox, make_window, clock):
    window = make_window(sandbox.base_url)
    calls = IncomingCalls(window)
    _ring(qtbot, window, calls, "0721234567")  # James: shown on the contact page
    calls.handle(CallEvent(EventKind.ANSWER, "0721234567"))
    calls.handle(CallEvent(EventKind.END))
    window.review.send_button.click()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=10000)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.contact_panel, timeout=10000)
    assert window.contact_panel.contact.id == JAMES_ID  # still on screen after the first call

    _ring(qtbot, window, calls, "073 999 8888")  # nobody has this number
    calls.handle(CallEvent(EventKind.ANSWER, "073 999 8888"))
    assert window.call_panel.contact is None
    calls.handle(CallEvent(EventKind.END))
    window.review.send_button.click()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 2, timeout=10000)
    log = sandbox.received_logs()[1]
    assert (log["EntityId"], log["Name"], log["Number"]) == ("", "073 999 8888", "073 999 8888")


def test_a_ring_during_a_call_does_not_relink_the_running_call(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    calls = IncomingCalls(window)
    calls.handle(CallEvent(EventKind.ANSWER, "073 999 8888", outbound=True))  # unknown number
    assert window.call_panel.running and window.call_panel.contact is None
    _ring(qtbot, window, calls, "0721234567")  # James rings meanwhile: shown, not linked
    assert window.contact_panel.contact.id == JAMES_ID
    assert window.call_panel.contact is None
    assert window.call_panel.number.text() == "073 999 8888"


def test_a_missed_call_does_not_inherit_a_contact_being_created(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    calls = IncomingCalls(window)
    window.call_panel.ended_awaiting = ("some-earlier-request", "Bob Newman")  # left by a call
    _ring(qtbot, window, calls, "073 999 8888")
    calls.handle(CallEvent(EventKind.END))
    assert window.stack.currentWidget() is window.review
    assert window.book.unsent()[-1].awaiting is None


def test_a_ring_that_starts_the_window_pops_the_caller_once_settings_load(
        qtbot, sandbox, make_window):
    """On a cold start the ring reaches the window before its settings and key are loaded."""
    import threading

    from agent_desktop.core.settings import Settings
    from agent_desktop.ui.memory_stores import MemorySettingsStore

    gate = threading.Event()

    class HeldStore(MemorySettingsStore):  # a slow settings file and keyring
        def load(self):
            gate.wait(10)
            return super().load()

    store = HeldStore(Settings(base_url=sandbox.base_url, search_debounce_ms=50))
    window = make_window(sandbox.base_url, settings_store=store, wait=False)
    calls = IncomingCalls(window)
    calls.handle(CallEvent(EventKind.RING, "0721234567"))
    assert window.startup is None and window.search.text() == "0721234567"
    gate.set()
    qtbot.waitUntil(lambda: window.contact_panel.contact is not None, timeout=10000)
    assert window.contact_panel.contact.id == JAMES_ID


def test_an_answer_that_overtakes_its_ring_still_links_the_caller(qtbot, sandbox, make_window,
                                                                  clock):
    window = make_window(sandbox.base_url)
    calls = IncomingCalls(window)
    calls.handle(CallEvent(EventKind.ANSWER, "0721234567"))
    _ring(qtbot, window, calls, "0721234567")
    assert window.call_panel.contact is not None and window.call_panel.contact.id == JAMES_ID
    clock.advance(30)
    calls.handle(CallEvent(EventKind.END))
    window.review.send_button.click()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=10000)
    assert sandbox.received_logs()[0]["EntityId"] == JAMES_ID


def test_a_second_window_hands_over_to_the_first_and_closes(qtbot, sandbox, make_window):
    from agent_desktop.ui.app import listen_for_call_events

    first = make_window(sandbox.base_url)
    listen_for_call_events(first, demo=False)
    assert first.call_events.name.endswith("window.sock")
    second = make_window(sandbox.base_url)
    listen_for_call_events(second, demo=False)
    qtbot.waitUntil(lambda: not second.isVisible(), timeout=10000)
    assert first.isVisible() and not hasattr(second, "call_events")
    first.call_events.close()


def test_a_log_left_in_review_by_a_ring_stays_in_sight(qtbot, sandbox, make_window, clock):
    window = make_window(sandbox.base_url)
    calls = IncomingCalls(window)
    window.toggle_call()
    clock.advance(10)
    window.toggle_call()
    assert window.stack.currentWidget() is window.review
    _ring(qtbot, window, calls, "0721234567")  # the next call rings before the log was sent
    assert window.stack.currentWidget() is window.contact_panel
    assert window.unsent.isVisible()  # the strip offers the unsent log again


def test_a_call_ending_while_a_contact_is_typed_comes_back_to_the_form(qtbot, sandbox,
                                                                       make_window, clock):
    window = make_window(sandbox.base_url)
    calls = IncomingCalls(window)
    _ring(qtbot, window, calls, "0739990001")  # unknown caller
    calls.handle(CallEvent(EventKind.ANSWER, "0739990001"))
    window.new_contact()
    window.create_panel.first.setText("Nomvula")
    window.create_panel.last.setText("Dlamini")
    clock.advance(40)
    calls.handle(CallEvent(EventKind.END))
    assert window.stack.currentWidget() is window.review
    window.review.send()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.review, timeout=10000)
    assert window.stack.currentWidget() is window.create_panel
    panel = window.create_panel
    assert (panel.first.text(), panel.last.text(), panel.phone.text()) == (
        "Nomvula", "Dlamini", "0739990001")
