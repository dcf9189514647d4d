"""The window follows the call (issue 18): what the middle shows and what its controls act on is
always the call in hand, never the last search or the previous contact. Against the sandbox."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from agent_desktop.core.api.models import Contact
from agent_desktop.core.calls.book import CallState, LinkSource
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.sandbox import FaultConfig

JAMES_ID = "2916509f-f188-42d8-ab0e-a27bcb20d70d"
THANDI_ID = "7c1e4a52-3b0e-4c39-9a51-5d7c2f6b8e01"
UNKNOWN = "084 999 1111"
WAIT = 10000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _event(window, kind, number="", **extra):
    window.controller.handle_event(CallEvent(kind, number, **extra))


def _ring(qtbot, window, number):
    """A ring, and its own lookup's answer."""
    rung: list = []
    window.calls.ringing.connect(rung.append)
    with qtbot.waitSignal(
        window.controller.lookup.found,
        timeout=WAIT,
        check_params_cb=lambda call_id, _number, _f: bool(rung) and call_id == rung[0].id,
    ):
        _event(window, EventKind.RING, number)
    window.calls.ringing.disconnect(rung.append)
    return rung[0]


def _james(sandbox) -> Contact:
    from agent_desktop.sandbox.seed_data import FIXED_CONTACTS

    return Contact.from_api(next(c for c in FIXED_CONTACTS if c["id"] == JAMES_ID))


def _open_james(qtbot, sandbox, window):
    window.show_contact(_james(sandbox))
    assert window.stack.currentWidget() is window.contact_panel


# --- item 1: a new ring never leaves the previous contact centre-stage ----------------------


def test_an_unknown_caller_after_an_open_contact_gets_the_form_not_that_contact(
    qtbot, sandbox, make_window
):
    window = make_window(sandbox.base_url)
    _open_james(qtbot, sandbox, window)
    window.search.edit.setText("may")
    call = _ring(qtbot, window, UNKNOWN)
    assert window.stack.currentWidget() is window.create_panel
    assert window.create_panel.phone.text() == UNKNOWN
    assert window.search.text() == ""  # cleared, and restorable
    focused = QApplication.focusWidget()
    assert focused is not window.contact_panel.link_button
    assert focused is not window.create_panel.submit_button
    # Enter wherever the focus landed links nobody to the stranger's call.
    if focused is not None:
        qtbot.keyClick(focused, Qt.Key.Key_Return)
    assert call.contact is None
    window.search.edit.setFocus()
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Escape)
    assert window.search.text() == "may"


def test_a_ring_shows_no_previous_contact_while_its_lookup_runs(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    _open_james(qtbot, sandbox, window)
    sandbox.faults = FaultConfig(latency=0.5)
    _event(window, EventKind.RING, UNKNOWN)
    assert window.stack.currentWidget() is not window.contact_panel
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.create_panel, timeout=WAIT)


def test_a_switchboard_ring_puts_its_picker_in_the_middle(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    _open_james(qtbot, sandbox, window)
    call = _ring(qtbot, window, "021 555 0199")
    middle = window.stack.currentWidget()
    assert middle is window.caller_choice
    assert len(window.caller_choice.picker.contacts()) == 3
    assert QApplication.focusWidget() is not window.caller_choice.picker
    window.caller_choice.picker.setFocus()
    qtbot.keyClick(window.caller_choice.picker, Qt.Key.Key_Return)
    assert call.contact is not None and call.link is LinkSource.PICKED
    assert window.contact_panel.contact == call.contact


# --- item 2: Ctrl+N during a call takes that call's number and links the new contact --------


def test_ctrl_n_during_a_call_uses_its_number_and_links_the_new_contact(
    qtbot, sandbox, make_window
):
    window = make_window(sandbox.base_url)
    window.search.edit.setText("083 555 1234")
    call = _ring(qtbot, window, UNKNOWN)
    _event(window, EventKind.ANSWER, UNKNOWN)
    window.search.edit.setText("083 555 1234")  # typed again during the call
    window.new_contact()  # Ctrl+N
    form = window.create_panel
    assert form.phone.text() == UNKNOWN
    assert UNKNOWN in form.target_label.text()
    form.first.setText("Naledi")
    form.last.setText("Khumalo")
    form._update_button()
    with qtbot.waitSignal(form.created, timeout=WAIT):
        form.submit_button.click()
    qtbot.waitUntil(lambda: call.contact is not None, timeout=WAIT)
    assert call.contact.display_name == "Naledi Khumalo" and call.link is LinkSource.CREATED
    _event(window, EventKind.END, UNKNOWN)
    assert window.review.entry.payload["EntityId"] == call.contact.id


# --- item 3: call waiting never takes over the live call's card -----------------------------


def test_call_waiting_keeps_the_live_calls_card_and_answering_moves_to_it(
    qtbot, sandbox, make_window
):
    window = make_window(sandbox.base_url)
    first = _ring(qtbot, window, "072 123 4567")
    _event(window, EventKind.ANSWER, "072 123 4567")
    assert window.contact_panel.contact.id == JAMES_ID
    second = _ring(qtbot, window, "082 123 4567")  # Thandiwe rings meanwhile
    assert second.contact is not None and second.contact.id == THANDI_ID
    assert window.stack.currentWidget() is window.contact_panel
    assert window.contact_panel.contact.id == JAMES_ID  # the live call's card stays
    panel = window.call_panel
    assert "Thandiwe Nkosi" in panel.waiting_label.text()
    assert panel.waiting_answer.isVisible()
    assert first.contact.id == JAMES_ID
    panel.waiting_answer.click()
    assert second.state is CallState.CONNECTED
    assert window.calls.book.current() is second
    assert window.contact_panel.contact.id == THANDI_ID  # the middle follows the answer
    assert first.contact.id == JAMES_ID


def test_use_for_this_call_names_the_call_it_links(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    call = _ring(qtbot, window, UNKNOWN)
    _event(window, EventKind.ANSWER, UNKNOWN)
    _open_james(qtbot, sandbox, window)  # the agent opens someone during the call...
    call.contact = None  # ...without it being taken as the caller (tested elsewhere)
    window.controller.render()
    button = window.contact_panel.link_button
    assert button.isVisible() and button.text() == f"Link to the call with {UNKNOWN}"
    button.click()
    assert call.contact.id == JAMES_ID


# --- item 4: a ring lookup that failed recovers -------------------------------------------


def test_a_ring_lookup_that_failed_offline_recovers_and_the_missed_call_is_linked(
    qtbot, sandbox, make_window
):
    window = make_window(sandbox.base_url)
    sandbox.faults = FaultConfig(drop_rate=1.0)
    with qtbot.waitSignal(window.controller.lookup.failed, timeout=WAIT * 3):
        _event(window, EventKind.RING, "072 123 4567")
    call = window.calls.book.current()
    _event(window, EventKind.END, "072 123 4567")  # missed, while offline
    assert call.state is CallState.ENDED
    sandbox.faults = FaultConfig()  # the connection is back
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT * 3)
    log = sandbox.received_logs()[0]
    assert (log["CallType"], log["EntityId"]) == ("Missed", JAMES_ID)


def test_an_unmatched_reviewed_call_is_looked_up_once_more_before_it_is_sent(
    qtbot, sandbox, make_window
):
    window = make_window(sandbox.base_url)
    sandbox.faults = FaultConfig(error_rate=1.0)
    with qtbot.waitSignal(window.controller.lookup.failed, timeout=WAIT * 3):
        _event(window, EventKind.RING, "072 123 4567")
    _event(window, EventKind.ANSWER, "072 123 4567")
    _event(window, EventKind.END, "072 123 4567")
    assert window.stack.currentWidget() is window.review
    sandbox.faults = FaultConfig()
    window.review.send_button.click()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT * 3)
    assert sandbox.received_logs()[0]["EntityId"] == JAMES_ID


# --- item 5: the smaller ones --------------------------------------------------------------


def test_the_ringing_button_is_an_action(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    _ring(qtbot, window, "072 123 4567")
    assert window.call_panel.toggle_button.text() == "Answer"


def test_a_switchboard_call_ended_without_a_pick_offers_its_candidates_in_review(
    qtbot, sandbox, make_window
):
    window = make_window(sandbox.base_url)
    call = _ring(qtbot, window, "021 555 0199")
    _event(window, EventKind.ANSWER, "021 555 0199")
    _event(window, EventKind.END, "021 555 0199")
    review = window.review
    assert window.stack.currentWidget() is review
    assert review.candidates.isVisible() and len(review.candidates.contacts()) == 3
    chosen = review.candidates.contacts()[2]
    review.candidates.picked.emit(review.candidates.call_id, chosen)
    assert call.contact == chosen
    assert review.entry.payload["EntityId"] == chosen.id


def test_exact_match_only_where_the_number_that_rang_matched(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    _ring(qtbot, window, "021 555 0199")
    picker = window.caller_choice.picker
    rows = [picker.model_.item(r) for r in range(picker.model_.rowCount())]
    assert {r.phone_display for r in rows} == {"021 555 0199"}  # the number that rang
    assert all(r.exact for r in rows)


def test_reviews_after_call_waiting_open_in_turn(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    _ring(qtbot, window, "072 123 4567")
    _event(window, EventKind.ANSWER, "072 123 4567")
    _ring(qtbot, window, "082 123 4567")
    window.call_panel.waiting_answer.click()
    _event(window, EventKind.END, "082 123 4567")
    _event(window, EventKind.END, "072 123 4567")
    assert window.stack.currentWidget() is window.review
    first = window.review.entry
    window.send_log()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT)
    qtbot.waitUntil(
        lambda: window.review.entry is not None and window.review.entry is not first, timeout=WAIT
    )
    assert window.stack.currentWidget() is window.review
    window.send_log()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 2, timeout=WAIT)


def test_a_missed_call_status_says_what_happened(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    _ring(qtbot, window, "072 123 4567")
    _event(window, EventKind.END, "072 123 4567")
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Missed call from James May logged.",
        timeout=WAIT,
    )


def test_the_incoming_call_banner_goes_when_the_call_ends(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url, missed_calls="ignore")
    _ring(qtbot, window, "072 123 4567")
    assert "James May" in window.statusBar().currentMessage()
    _event(window, EventKind.END, "072 123 4567")
    assert "Incoming call" not in window.statusBar().currentMessage()


def test_numbers_show_in_one_national_format(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    _ring(qtbot, window, "0721234567")
    assert window.call_panel.number.text() == "072 123 4567"
    _event(window, EventKind.ANSWER, "+27721234567")
    _event(window, EventKind.END)
    assert window.review.number.text() == "072 123 4567"


def test_ctrl_z_brings_back_the_search_a_ring_cleared(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    window.search.edit.setFocus()
    qtbot.keyClicks(window.search.edit, "thandi")
    _ring(qtbot, window, UNKNOWN)
    assert window.search.text() == ""
    window.search.edit.setFocus()
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.search.text() == "thandi"
