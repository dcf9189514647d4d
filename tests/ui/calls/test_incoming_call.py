"""Softphone events in the window, against the sandbox: a ring shows itself in the call bar and
pops its caller (or the picker, or "unknown"), answer and end time the call, a ring nobody answers
is logged as Missed, and a second ring during a call is its own call."""

from __future__ import annotations

import subprocess
import sys
import uuid

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit

from agent_desktop.core.calls.book import CallState, LinkSource
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.settings.choices import OnRing
from agent_desktop.qt.single_instance import InstanceServer

JAMES_ID = "2916509f-f188-42d8-ab0e-a27bcb20d70d"
WAIT = 10000
# Raising the window is what a ring does; the offscreen platform says it cannot.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _event(window, kind, number="", **extra):
    window.controller.handle_event(CallEvent(kind, number, **extra))


def _ring(qtbot, window, number, **extra):
    """A ring, and its own lookup's answer (not another call's)."""
    before = {c.id for c in window.calls.book.live()}
    rung: list = []
    window.calls.ringing.connect(rung.append)
    with qtbot.waitSignal(
        window.controller.lookup.found,
        timeout=WAIT,
        check_params_cb=lambda call_id, _number, _found: bool(rung) and call_id == rung[0].id,
    ):
        _event(window, EventKind.RING, number, **extra)
    window.calls.ringing.disconnect(rung.append)
    assert rung and rung[0].id not in before
    return rung[0]


def _send_review(qtbot, sandbox, window, count):
    window.review.send_button.click()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == count, timeout=WAIT)
    return sandbox.received_logs()[-1]


def test_a_ring_shows_in_the_call_bar_and_pops_the_one_contact_it_finds(
    qtbot, sandbox, make_window
):
    window = make_window(sandbox.base_url)
    panel = window.call_panel
    _event(window, EventKind.RING, "072 123 4567")  # stored as +27721234567
    assert panel.property("state") == "ringing"  # its own colour, before the lookup answers
    assert panel.state_label.text() == "Ringing · 072 123 4567 · Looking up…"
    assert window.search.text() == ""  # the ring no longer types into the search box
    qtbot.waitUntil(lambda: window.contact_panel.contact is not None, timeout=WAIT)
    assert window.stack.currentWidget() is window.contact_panel
    assert window.contact_panel.contact.id == JAMES_ID
    assert panel.state_label.text() == "Ringing · 072 123 4567 · James May"
    call = window.calls.book.current()
    assert call.contact.id == JAMES_ID and call.link is LinkSource.EXACT_MATCH
    assert panel.number.text() == "072 123 4567" and panel.direction.text() == "Inbound"
    assert not panel.picker.isVisible() and not panel.unknown_button.isVisible()
    assert "James May" in window.statusBar().currentMessage()
    assert panel.toggle_button.text() == "Answer"


def test_a_shared_number_shows_the_picker_and_picking_links_that_call(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    panel = window.call_panel
    call = _ring(qtbot, window, "021 555 0199")
    assert panel.picker.isVisible() and len(panel.picker.contacts()) == 3
    assert panel.state_label.text() == "Ringing · 021 555 0199 · 3 matches – pick one"
    assert window.contact_panel.contact is None and call.contact is None
    assert window.statusBar().currentMessage().startswith("3 contacts share this number")
    _event(window, EventKind.ANSWER, "021 555 0199")  # answered before picking
    assert call.state is CallState.CONNECTED and call.contact is None
    panel.picker.setFocus()
    qtbot.keyClick(panel.picker, Qt.Key.Key_Down)
    qtbot.keyClick(panel.picker, Qt.Key.Key_Return)
    chosen = panel.picker.contacts()[1]
    assert call.contact == chosen and call.link is LinkSource.PICKED
    assert window.contact_panel.contact == chosen
    assert window.statusBar().currentMessage() == f"{chosen.display_name} is linked to this call."
    assert not panel.picker.isVisible()
    _event(window, EventKind.END, "021 555 0199")
    log = _send_review(qtbot, sandbox, window, 1)
    assert (log["EntityId"], log["CallType"]) == (chosen.id, "Inbound")


def test_an_unknown_caller_gets_a_create_button_with_the_number(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    panel = window.call_panel
    _ring(qtbot, window, "073 999 8888")
    assert window.contact_panel.contact is None
    assert panel.unknown_button.isVisible()
    assert panel.unknown_button.text() == "Unknown caller – Create contact (Ctrl+N)"
    assert panel.state_label.text() == "Ringing · 073 999 8888 · Unknown caller"
    assert window.statusBar().currentMessage().startswith("Unknown caller")
    panel.unknown_button.click()
    assert window.stack.currentWidget() is window.create_panel
    assert window.create_panel.phone.text() == "073 999 8888"


def test_each_new_ring_resets_the_call_bar_to_that_call(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    panel = window.call_panel
    _ring(qtbot, window, "021 555 0199")  # the picker for the first caller
    _event(window, EventKind.END, "021 555 0199")  # missed (logged without review)
    _event(window, EventKind.RING, "073 999 8888")
    assert not panel.picker.isVisible()  # nothing of the previous ring stays
    assert panel.state_label.text() == "Ringing · 073 999 8888 · Looking up…"


def test_ring_answer_end_logs_the_call_with_its_ring_and_talk_times(
    qtbot, sandbox, make_window, clock
):
    window = make_window(sandbox.base_url)
    _ring(qtbot, window, "0721234567")
    clock.advance(5)
    _event(window, EventKind.ANSWER, "0721234567")
    assert window.call_panel.running and window.call_panel.contact.id == JAMES_ID
    assert window.call_panel.property("state") == "running"
    clock.advance(95)
    _event(window, EventKind.END)
    assert window.stack.currentWidget() is window.review
    log = _send_review(qtbot, sandbox, window, 1)
    assert (log["CallType"], log["EntityId"], log["Duration"]) == ("Inbound", JAMES_ID, "00:01:35")
    assert (log["DateTime"], log["CallStartTimeLocal"], log["CallEndTimeLocal"]) == (
        "01-03-24 10:00:00",
        "10:00:00",
        "10:01:40",
    )  # from the ring, talk time 95 s


def test_a_missed_call_is_logged_without_review_by_default(qtbot, sandbox, make_window, clock):
    window = make_window(sandbox.base_url)
    _ring(qtbot, window, "+27 72 123 4567")
    clock.advance(20)
    _event(window, EventKind.END)
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT)
    assert window.stack.currentWidget() is not window.review
    log = sandbox.received_logs()[0]
    assert (log["CallType"], log["CallDirection"], log["EntityId"], log["Duration"]) == (
        "Missed",
        "Inbound",
        JAMES_ID,
        "00:00:00",
    )
    assert log["DateTime"] == "01-03-24 10:00:00"  # the ring's time
    assert log["CallEndTimeLocal"] == "10:00:20"


def test_a_missed_call_waits_for_its_lookup_before_it_is_sent(qtbot, sandbox, make_window):
    from agent_desktop.sandbox import FaultConfig

    window = make_window(sandbox.base_url)
    sandbox.faults = FaultConfig(latency=0.5)
    _event(window, EventKind.RING, "0721234567")
    _event(window, EventKind.END, "0721234567")  # hung up before the lookup answered
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT)
    assert sandbox.received_logs()[0]["EntityId"] == JAMES_ID


def test_missed_calls_review_keeps_them_and_ignore_drops_them(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url, missed_calls="review")
    _ring(qtbot, window, "0721234567")
    _event(window, EventKind.END)
    assert window.stack.currentWidget() is window.review
    assert window.review.entry.payload["CallType"] == "Missed"
    log = _send_review(qtbot, sandbox, window, 1)
    assert log["CallType"] == "Missed"

    ignoring = make_window(sandbox.base_url, missed_calls="ignore")
    _ring(qtbot, ignoring, "0721234567")
    _event(ignoring, EventKind.END)
    assert ignoring.stack.currentWidget() is not ignoring.review
    assert ignoring.book.unsent() == [] and ignoring.calls.book.in_review() == []


def test_end_without_a_ring_or_call_does_nothing(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    _event(window, EventKind.END)
    assert window.book.unsent() == [] and window.stack.currentWidget() is not window.review


def test_a_ring_from_another_process_reaches_the_window(qtbot, sandbox, make_window):
    """The real path: the softphone's command in another process, the local socket, the pop."""
    window = make_window(sandbox.base_url)
    server = InstanceServer(f"agent-desktop-test-{uuid.uuid4().hex[:12]}", window)
    assert server.listen()
    server.event_received.connect(window.controller.handle_event)
    script = (
        "import sys\n"
        "from agent_desktop.core.calls.events import CallEvent, EventKind\n"
        "from agent_desktop.core.phones.forward import send_event\n"
        "print(send_event(sys.argv[1], CallEvent(EventKind.RING, '0721234567')))\n"
    )
    with subprocess.Popen(
        [sys.executable, "-c", script, server.name],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    ) as proc:
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
    qtbot, sandbox, make_window
):
    window = make_window(sandbox.base_url)
    _ring(qtbot, window, "0721234567")  # James: shown on the contact page
    _event(window, EventKind.ANSWER, "0721234567")
    _event(window, EventKind.END)
    _send_review(qtbot, sandbox, window, 1)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.contact_panel, timeout=WAIT)
    assert window.contact_panel.contact.id == JAMES_ID  # still on screen after the first call

    _ring(qtbot, window, "073 999 8888")  # nobody has this number
    _event(window, EventKind.ANSWER, "073 999 8888")
    assert window.call_panel.contact is None
    _event(window, EventKind.END)
    log = _send_review(qtbot, sandbox, window, 2)
    assert (log["EntityId"], log["Name"], log["Number"]) == ("", "073 999 8888", "073 999 8888")


def test_call_waiting_is_its_own_call_and_never_touches_the_running_one(
    qtbot, sandbox, make_window, clock
):
    window = make_window(sandbox.base_url)
    panel = window.call_panel
    _event(window, EventKind.ANSWER, "073 999 8888", outbound=True)  # unknown number
    first = window.calls.book.current()
    assert panel.running and panel.contact is None
    clock.advance(30)
    second = _ring(qtbot, window, "0721234567")  # James rings meanwhile
    assert second.id != first.id and second.contact.id == JAMES_ID
    assert window.calls.book.current() is first  # the bar still shows the running call
    assert panel.contact is None and panel.number.text() == "073 999 8888"
    assert first.answered_at == clock.now().replace(second=0) and first.contact is None
    assert panel.waiting_label.isVisible()
    assert panel.waiting_label.text() == (
        "Also ringing · 072 123 4567 · James May · My Company name"
    )  # its own pop
    clock.advance(10)
    _event(window, EventKind.END, "0721234567")  # James gave up: his own Missed log
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT)
    missed = sandbox.received_logs()[0]
    assert (missed["CallType"], missed["EntityId"], missed["DateTime"]) == (
        "Missed",
        JAMES_ID,
        "01-03-24 10:00:30",
    )
    assert not panel.waiting_label.isVisible() and panel.running
    clock.advance(20)
    _event(window, EventKind.END, "073 999 8888")
    log = _send_review(qtbot, sandbox, window, 2)
    assert (log["CallType"], log["EntityId"], log["Duration"], log["Number"]) == (
        "Outbound",
        "",
        "00:01:00",
        "073 999 8888",
    )


def test_a_waiting_call_answered_shows_its_own_state(qtbot, sandbox, make_window, clock):
    window = make_window(sandbox.base_url)
    panel = window.call_panel
    _ring(qtbot, window, "0721234567")
    _event(window, EventKind.ANSWER, "0721234567")
    first = window.calls.book.current()
    _ring(qtbot, window, "073 999 8888")
    assert panel.waiting_label.text() == "Also ringing · 073 999 8888 · Unknown caller"
    _event(window, EventKind.ANSWER, "073 999 8888")  # the agent takes it, first on hold
    second = window.calls.book.current()
    assert second.id != first.id and second.number == "073 999 8888"
    assert panel.state_label.text() == "Connected · 073 999 8888 · Unknown caller"
    assert panel.waiting_label.text() == (
        "Also connected · 072 123 4567 · James May · My Company name"
    )
    assert first.contact.id == JAMES_ID and second.contact is None


def test_a_missed_call_does_not_inherit_a_contact_being_created(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url, missed_calls="review")
    _event(window, EventKind.ANSWER, "084 777 1234")
    earlier = window.calls.book.current()
    window.calls.set_awaiting(earlier.id, ("some-earlier-request", "Bob Newman"))
    _event(window, EventKind.END)
    _ring(qtbot, window, "073 999 8888")
    _event(window, EventKind.END, "073 999 8888")
    assert window.stack.currentWidget() is window.review
    assert window.review.entry.awaiting is None
    assert window.book.entry(earlier.id).awaiting == ("some-earlier-request", "Bob Newman")


def test_a_ring_that_starts_the_window_pops_the_caller_once_settings_load(
    qtbot, sandbox, make_window
):
    """On a cold start the ring reaches the window before its settings and key are loaded."""
    import threading

    from agent_desktop.core.settings.settings import Settings
    from agent_desktop.ui.app.memory_stores import MemorySettingsStore

    gate = threading.Event()

    class HeldStore(MemorySettingsStore):  # a slow settings file and keyring
        def load(self):
            gate.wait(10)
            return super().load()

    store = HeldStore(Settings(base_url=sandbox.base_url, search_debounce_ms=50))
    window = make_window(sandbox.base_url, settings_store=store, wait=False)
    window.finish_building()  # the parts now, not after the first paint: the ring comes first
    _event(window, EventKind.RING, "0721234567")
    # Before the store is read the ring goes to the spool; its replay shows it once on disk.
    qtbot.waitUntil(
        lambda: window.call_panel.state_label.text() == "Ringing · 072 123 4567 · Looking up…",
        timeout=WAIT,
    )
    assert window.startup is None
    gate.set()
    qtbot.waitUntil(lambda: window.contact_panel.contact is not None, timeout=WAIT)
    assert window.contact_panel.contact.id == JAMES_ID
    assert window.calls.book.current().contact.id == JAMES_ID


def test_an_answer_that_overtakes_its_ring_still_links_the_caller(
    qtbot, sandbox, make_window, clock
):
    window = make_window(sandbox.base_url)
    with qtbot.waitSignal(window.controller.lookup.found, timeout=WAIT):
        _event(window, EventKind.ANSWER, "0721234567")
    _event(window, EventKind.RING, "0721234567")  # late: absorbed, the same call
    assert len(window.calls.book.live()) == 1
    assert window.call_panel.contact is not None and window.call_panel.contact.id == JAMES_ID
    clock.advance(30)
    _event(window, EventKind.END)
    log = _send_review(qtbot, sandbox, window, 1)
    assert log["EntityId"] == JAMES_ID


def test_a_second_window_hands_over_to_the_first_and_closes(qtbot, sandbox, make_window):
    from agent_desktop.ui.app.run import listen_for_call_events

    first = make_window(sandbox.base_url)
    listen_for_call_events(first, demo=False)
    assert first.call_events.name.endswith("window.sock")
    second = make_window(sandbox.base_url)
    listen_for_call_events(second, demo=False)
    qtbot.waitUntil(lambda: not second.isVisible(), timeout=WAIT)
    assert first.isVisible() and second.call_events is None
    first.call_events.close()


def test_a_log_left_in_review_by_a_ring_stays_in_sight(qtbot, sandbox, make_window, clock):
    window = make_window(sandbox.base_url)
    window.toggle_call()
    clock.advance(10)
    window.toggle_call()
    assert window.stack.currentWidget() is window.review
    _ring(qtbot, window, "0721234567")  # the next call rings before the log was sent
    assert window.stack.currentWidget() is window.contact_panel
    assert window.unsent.isVisible()  # the strip offers the unsent log again


def test_a_call_ending_while_a_contact_is_typed_comes_back_to_the_form(
    qtbot, sandbox, make_window, clock
):
    window = make_window(sandbox.base_url)
    _ring(qtbot, window, "0739990001")  # unknown caller
    _event(window, EventKind.ANSWER, "0739990001")
    window.new_contact()
    window.create_panel.first.setText("Nomvula")
    window.create_panel.last.setText("Dlamini")
    clock.advance(40)
    _event(window, EventKind.END)
    assert window.stack.currentWidget() is window.review
    window.review.send()
    qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.review, timeout=WAIT)
    assert window.stack.currentWidget() is window.create_panel
    panel = window.create_panel
    assert (panel.first.text(), panel.last.text(), panel.phone.text()) == (
        "Nomvula",
        "Dlamini",
        "073 999 0001",
    )  # the call's number, in the national form


# --- attention without theft ------------------------------------------------------------------


def _another_app_has_the_keyboard(qtbot):
    other = QLineEdit()
    qtbot.addWidget(other)
    other.show()
    other.activateWindow()
    other.setFocus()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is other, timeout=2000)
    return other


def test_a_ring_raises_the_window_without_taking_the_keyboard(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    window.showMinimized()
    other = _another_app_has_the_keyboard(qtbot)
    _ring(qtbot, window, "0721234567")
    assert not window.isMinimized() and window.isVisible()  # brought forward...
    assert QApplication.activeWindow() is other and other.hasFocus()  # ...focus stays there


def test_notify_without_a_tray_falls_back_to_raise(qtbot, sandbox, make_window):
    from PySide6.QtWidgets import QSystemTrayIcon

    window = make_window(sandbox.base_url, on_ring="notify")
    alert = window.controller.alert
    assert alert.mode == "notify"
    if QSystemTrayIcon.isSystemTrayAvailable():
        pytest.skip("this desktop has a tray")
    assert alert.effective_mode == "raise" and alert.tray is None
    window.showMinimized()
    other = _another_app_has_the_keyboard(qtbot)
    _ring(qtbot, window, "0721234567")
    assert not window.isMinimized()
    assert QApplication.activeWindow() is other


@pytest.mark.qt_log_ignore("QObject::connect: No such signal QPlatformNativeInterface")
def test_notify_with_a_tray_shows_the_caller_and_keeps_the_window_where_it_is(
    qtbot, sandbox, make_window, clock
):
    window = make_window(sandbox.base_url, on_ring="notify")
    alert = window.controller.alert
    alert._tray_check = lambda: True  # a desktop with a tray
    alert.set_mode(OnRing.NOTIFY)
    shown: list[tuple[str, str]] = []
    alert.tray.messageClicked.connect(lambda: None)
    original = alert.tray.showMessage
    alert.tray.showMessage = lambda title, body, *rest: (
        shown.append((title, body)),
        original(title, body, *rest),
    )
    window.showMinimized()
    _ring(qtbot, window, "0721234567")
    qtbot.waitUntil(lambda: bool(shown), timeout=WAIT)
    assert shown[0] == ("Incoming call", "James May · 072 123 4567")
    assert window.isMinimized()  # not raised: the notification is the cue
    _event(window, EventKind.END)  # counted by Recent calls, on its worker
    qtbot.waitUntil(lambda: "1 missed call(s)" in alert.tray.toolTip(), timeout=WAIT)


def test_a_late_lookup_answer_only_ever_touches_its_own_call(qtbot, sandbox, make_window):
    from agent_desktop.sandbox import FaultConfig

    window = make_window(sandbox.base_url)
    panel = window.call_panel
    sandbox.faults = FaultConfig(latency=0.4)
    answers: list[str] = []
    window.controller.lookup.found.connect(lambda call_id, _number, _found: answers.append(call_id))
    _event(window, EventKind.RING, "021 555 0199")  # a switchboard: three records
    first = window.calls.book.current()
    _event(window, EventKind.END, "021 555 0199")  # gone before its lookup answered
    _event(window, EventKind.RING, "073 999 8888")  # the next caller, unknown
    second = window.calls.book.current()
    qtbot.waitUntil(lambda: set(answers) == {first.id, second.id}, timeout=WAIT)
    assert panel.call is second and second.contact is None
    assert not panel.picker.isVisible()  # the first call's three matches are not offered here
    assert panel.unknown_button.isVisible()
    assert panel.state_label.text() == "Ringing · 073 999 8888 · Unknown caller"
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT)
    missed = sandbox.received_logs()[0]  # the first call's own Missed log, unlinked
    assert (missed["Number"], missed["EntityId"], missed["CallType"]) == (
        "021 555 0199",
        "",
        "Missed",
    )
