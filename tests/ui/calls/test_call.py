"""The call: timer from an injected clock, review, send through the outbox, auto-send, server
trouble retried on its own."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from agent_desktop.core.api.models import CallType, Contact, EntityType
from agent_desktop.core.calls.book import LinkSource
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.calls.log import PAYLOAD_FIELDS
from agent_desktop.core.calls.logs import LogState
from agent_desktop.sandbox import FaultConfig

JAMES = Contact(
    id="2916509f-f188-42d8-ab0e-a27bcb20d70d",
    firstname="James",
    lastname="May",
    customer_number="3008821",
    company="My Company name",
    mobilephone="+27721234567",
    email="james@may.com",
    entity_type=EntityType.ACCOUNT,
    entity_type_raw="Account",
)


def _activate(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def test_call_review_and_send_reach_the_sandbox_in_the_documented_format(
    qtbot, sandbox, make_window, clock
):
    window = make_window(sandbox.base_url)
    _activate(qtbot, window)
    window.show_contact(JAMES)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_F9)  # a contact open: the agent calls them
    panel = window.call_panel
    assert panel.running and panel.contact == JAMES
    assert panel.number.text() == "072 123 4567"  # one national format in the window
    assert panel.direction.text() == "Outbound"
    assert panel.state_label.text() == "Connected · 072 123 4567 · James May"
    clock.advance(3 * 3600 + 65)
    panel.refresh()
    assert panel.time_label.text() == "03:01:05"

    qtbot.keyClick(window.search.edit, Qt.Key.Key_F9)
    assert not panel.running
    assert panel.time_label.text() == "00:00:00"
    assert window.stack.currentWidget() is window.review
    assert window.review.values["Duration"].text() == "03:01:05"
    assert window.review.values["Name"].text() == "James May"
    assert window.review.times.text() == "Dialled 10:00:00 · answered 10:00:00 · ended 13:01:05"

    qtbot.keyClick(
        window.review.send_button, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier
    )
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=5000)
    log = sandbox.received_logs()[0]
    assert list(log) == list(PAYLOAD_FIELDS)
    assert log == {
        "CallType": "Outbound",
        "CallDirection": "Outbound",
        "Number": "+27721234567",
        "Name": "James May",
        "EntityId": JAMES.id,
        "EntityType": "Account",
        "AgentFirstName": "Ada",
        "AgentLastName": "Agent",
        "AgentEmail": "ada@example.com",
        "Duration": "03:01:05",
        "DurationTimespan": "03:01:05",
        "DateTime": "01-03-24 10:00:00",
        "CallStartTimeLocal": "10:00:00",
        "CallEndTimeLocal": "13:01:05",
    }
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.contact_panel, timeout=10000)
    assert window.statusBar().currentMessage() == "Call with James May logged."
    assert window.book.saved_this_session  # the outbox's first count no longer greets with it
    assert window.book.unsent() == []
    assert window.calls.book.in_review() == [] and window.calls.book.live() == []


@pytest.mark.qt_log_ignore("This plugin does not support")  # a ring raises the window
def test_review_corrections_are_what_is_sent(qtbot, sandbox, make_window, clock):
    """Number, contact and type corrected in review: the exact payload at the sandbox."""
    window = make_window(sandbox.base_url)
    window.controller.handle_event(CallEvent(EventKind.RING, "073 999 8888"))  # unknown
    clock.advance(4)
    window.controller.handle_event(CallEvent(EventKind.ANSWER, "073 999 8888"))
    clock.advance(50)
    window.controller.handle_event(CallEvent(EventKind.END, "073 999 8888"))
    review = window.review
    assert window.stack.currentWidget() is review
    assert review.times.text() == "Rang 10:00:00 · answered 10:00:04 · ended 10:00:54"
    review.number.setText("072 123 4567")  # the caller gave their real number
    review.number.editingFinished.emit()
    window.show_contact(JAMES)  # chosen from the search while the log is in review
    assert window.stack.currentWidget() is review
    review.outcome.setCurrentIndex(review.outcome.findData(CallType.OUTBOUND))
    review.outcome.activated.emit(review.outcome.currentIndex())
    shown = dict(review.entry.payload)
    assert (shown["Number"], shown["EntityId"], shown["CallType"], shown["CallDirection"]) == (
        "072 123 4567",
        JAMES.id,
        "Outbound",
        "Outbound",
    )
    review.send()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=5000)
    log = sandbox.received_logs()[0]
    assert log == shown  # what was reviewed is what is sent, field for field
    assert list(log) == list(PAYLOAD_FIELDS)
    assert (log["Duration"], log["DateTime"], log["CallEndTimeLocal"]) == (
        "00:00:50",
        "01-03-24 10:00:00",
        "10:00:54",
    )


def test_contact_picked_during_the_call_becomes_the_calls_contact(
    qtbot, sandbox, make_window, clock
):
    window = make_window(sandbox.base_url)
    window.search.edit.setText("0215550199")
    window.toggle_call()  # no contact open: a call the agent is on, with the typed number
    assert window.call_panel.contact is None
    window.show_contact(JAMES)
    assert window.call_panel.contact == JAMES
    assert "James May is linked to this call" in window.statusBar().currentMessage()
    other = Contact(id="other", firstname="Other")
    window.show_contact(other)
    assert window.call_panel.contact == JAMES  # not silently replaced...
    assert window.contact_panel.link_button.isVisibleTo(window)
    window.contact_panel.link_button.click()  # ...but the agent can choose
    assert window.call_panel.contact == other
    assert window.calls.book.current().link is LinkSource.MANUAL
    clock.advance(5)
    window.toggle_call()
    assert window.review.entry.payload["EntityId"] == "other"
    assert window.review.entry.payload["Number"] == "0215550199"


def test_review_type_correction_moves_the_direction_with_it(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    window.show_contact(JAMES)
    window.toggle_call()
    window.toggle_call()
    review = window.review
    assert review.entry.payload["CallDirection"] == "Outbound"
    review.outcome.setCurrentIndex(review.outcome.findData(CallType.MISSED))
    review.outcome.activated.emit(review.outcome.currentIndex())
    assert (review.entry.payload["CallType"], review.entry.payload["CallDirection"]) == (
        "Missed",
        "Inbound",
    )
    assert review.outcome.currentData() is CallType.MISSED


def test_auto_send_counts_down_and_sends(qtbot, sandbox, make_window, clock):
    window = make_window(sandbox.base_url, auto_send_seconds=1)
    window.show_contact(JAMES)
    window.toggle_call()
    clock.advance(42)
    window.toggle_call()
    assert window.review.counting_down
    assert "automatically" in window.review.countdown.text()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=5000)
    assert sandbox.received_logs()[0]["Duration"] == "00:00:42"


def test_auto_send_can_be_cancelled(qtbot, sandbox, make_window, clock):
    window = make_window(sandbox.base_url, auto_send_seconds=5)
    window.show_contact(JAMES)
    window.toggle_call()
    window.toggle_call()
    assert window.review.counting_down
    window.review.cancel_auto.click()
    assert not window.review.counting_down
    assert window.review.entry.state is LogState.REVIEW


def test_escape_cancels_auto_send_wherever_focus_is(qtbot, sandbox, make_window, clock):
    window = make_window(sandbox.base_url, auto_send_seconds=5)
    _activate(qtbot, window)
    window.show_contact(JAMES)
    window.toggle_call()
    window.toggle_call()
    assert window.review.counting_down
    window.review.send_button.setFocus()
    qtbot.keyClick(window.review.send_button, Qt.Key.Key_Escape)
    assert not window.review.counting_down
    assert window.review.entry.state is LogState.REVIEW


def test_server_errors_are_retried_on_their_own_and_shown_in_the_strip(
    qtbot, sandbox, make_window, clock
):
    window = make_window(sandbox.base_url)
    window.show_contact(JAMES)
    window.toggle_call()
    clock.advance(10)
    window.toggle_call()
    sandbox.faults = FaultConfig(error_rate=1.0, seed=1)
    window.send_log()
    strip = window.outbox_view.strip
    qtbot.waitUntil(lambda: "has a problem" in strip.text, timeout=10000)
    assert "1 call log waiting" in strip.text
    assert window.review.entry.state is LogState.QUEUED  # saved: nothing more to do for it
    # Not an endless spinner: it says the log waits for SwitchTransact (the strip says why).
    assert window.review.banner.text.startswith("Saved — it is sent as soon as SwitchTransact")
    assert not window.review.spinner.isVisible()
    window.review.send()  # "Done": back to the contact while the outbox keeps trying
    assert window.stack.currentWidget() is window.contact_panel
    sandbox.faults = FaultConfig()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=10000)
    qtbot.waitUntil(lambda: not strip.isVisible(), timeout=10000)
    assert window.book.unsent() == []
    assert window.outbox.summary.waiting == 0


def test_discard_drops_a_log_that_was_never_sent(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    window.toggle_call()
    window.toggle_call()
    window.review.discard_button.click()
    assert window.book.unsent() == []
    assert window.stack.currentWidget() is window.empty


def test_create_then_call_then_send_logs_against_the_new_contact(
    qtbot, sandbox, make_window, clock
):
    window = make_window(sandbox.base_url)
    window.search.edit.setText("084 777 1234")
    window.new_contact()
    panel = window.create_panel
    panel.first.setText("Naledi")
    panel.last.setText("Khumalo")
    with qtbot.waitSignal(panel.created, timeout=5000) as blocker:
        panel.submit()
    created = blocker.args[0]
    window.toggle_call()
    assert window.call_panel.contact == created
    clock.advance(95)
    window.toggle_call()
    window.send_log()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=5000)
    log = sandbox.received_logs()[0]
    assert (log["Name"], log["EntityId"], log["EntityType"]) == (
        "Naledi Khumalo",
        created.id,
        "Lead",
    )
    assert log["Duration"] == "00:01:35"


def test_escape_leaves_the_create_form(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    window.new_contact()
    qtbot.keyClick(window.create_panel.first, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.empty


def test_tab_goes_from_the_call_bar_to_the_outbox_button(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    _activate(qtbot, window)
    window.show_contact(JAMES)
    window.toggle_call()  # a call linked to James: its "remove contact" button is shown
    window.call_panel.toggle_button.setFocus()
    order = []
    for _ in range(3):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    panel = window.call_panel
    assert order[:2] == [panel.clear_contact, window.outbox_view.button]


HOSTILE = "<h1><font color=red>CALL 0800 FRAUD NOW</font></h1><a href=x>verify</a>"


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_call_bar_review_and_strip_show_hostile_names_as_plain_text(
    qtbot, sandbox, make_window, clock
):
    from PySide6.QtWidgets import QLabel

    evil = Contact(id="evil", firstname=HOSTILE, mobilephone="0721234567")
    window = make_window(sandbox.base_url)
    window.show_contact(evil)
    window.toggle_call()
    window.controller.handle_event(CallEvent(EventKind.RING, "<b>0825550000</b>"))

    def showing_markup() -> list[str]:
        places = (window.call_panel, window.review, window.unsent, window.notice)
        return [
            label.objectName() or label.accessibleName() or label.text()[:30]
            for place in places
            for label in place.findChildren(QLabel)
            if "<" in label.text() and label.textFormat() != Qt.TextFormat.PlainText
        ]

    assert HOSTILE in window.call_panel.contact_label.text()
    assert showing_markup() == []
    window.toggle_call()  # the review of the call with the hostile contact
    assert HOSTILE in window.review.values["Name"].text()
    assert HOSTILE in window.review.subtitle.text()
    assert showing_markup() == []
    window.back_to_contact()  # the log waits in the strip
    assert window.unsent.isVisible()
    assert showing_markup() == []
