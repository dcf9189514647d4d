"""Recent calls in the window, against the sandbox: a missed call is counted on the list's header,
in the title and the tray until seen; Enter opens the contact, Ctrl+D calls back through a real
dial script, an unsent log opens its review; the review's one outcome control decides the exact
payload; Discard can be undone from the keyboard; a log waiting offline says so."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from stubs import dialled_runs

from agent_desktop.core.api.models import CallType
from agent_desktop.core.calls.book import CallState
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.calls.log import PAYLOAD_FIELDS
from agent_desktop.core.calls.recent import LogStatus

WAIT = 10000
JAMES_ID = "2916509f-f188-42d8-ab0e-a27bcb20d70d"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _event(window, kind, number="0721234567"):
    window.controller.handle_event(CallEvent(kind, number))


def _ring(qtbot, window, number="0721234567"):
    with qtbot.waitSignal(window.controller.lookup.found, timeout=WAIT):
        _event(window, EventKind.RING, number)


def _active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def _rows(window):
    return window.recents.service.rows


def _missed_call(qtbot, window, clock):
    """James rings and gives up: a Missed call, logged without review (missed_calls = log)."""
    _ring(qtbot, window)
    clock.advance(20)
    _event(window, EventKind.END)
    qtbot.waitUntil(lambda: any(r.log is LogStatus.SENT for r in _rows(window)), timeout=WAIT)


def _ctrl(qtbot, window, key):
    target = window.focusWidget() or window
    qtbot.keyClick(target, key, Qt.KeyboardModifier.ControlModifier)


def test_a_missed_call_is_counted_until_the_agent_has_seen_the_list(
    qtbot, sandbox, make_window, clock
):
    window = make_window(sandbox.base_url)
    alert = window.controller.alert  # its tooltip() is the tray icon's (test_incoming_call)
    window.recents._seen_timer.setInterval(50)
    window.show_contact(_james(window))  # the agent is busy with a contact
    rang = clock.now()
    _missed_call(qtbot, window, clock)
    qtbot.waitUntil(lambda: window.recents.service.unseen_missed == 1, timeout=WAIT)
    assert window.windowTitle() == "Agent Desktop (1 missed)"
    assert window.recent.badge.text() == "1 missed" and not window.recent.badge.isHidden()
    assert "1 missed call(s)" in alert.tooltip()
    row = _rows(window)[0]
    assert (row.call.outcome, row.missed, row.seen) == (CallType.MISSED, True, False)
    assert (row.call.started_at, row.call.ended_at) == (rang, clock.now())  # the ring time
    text = window.recent.list.item(0).text()
    assert text.startswith("James May\nMissed · ") and text.endswith("· 0:00 · Logged ✓")
    assert window.recent.list.item(0).font().bold()  # not seen yet: it stands out

    _active(qtbot, window)
    _ctrl(qtbot, window, Qt.Key.Key_R)  # the list, in the active window: seen
    assert window.stack.currentWidget() is window.recent
    qtbot.waitUntil(lambda: window.recents.service.unseen_missed == 0, timeout=WAIT)
    assert window.windowTitle() == "Agent Desktop"
    assert window.recent.badge.isHidden()
    assert "missed" not in alert.tooltip()
    assert window.recent.call_back.text() == "Call back"  # the first action


def _james(window):
    from agent_desktop.core.api.models import Contact, EntityType

    return Contact(
        id=JAMES_ID,
        firstname="James",
        lastname="May",
        mobilephone="+27721234567",
        entity_type=EntityType.ACCOUNT,
        entity_type_raw="Account",
    )


def test_enter_opens_the_contact_and_ctrl_d_calls_back_through_the_dial_script(
    qtbot, sandbox, make_window, clock, dial_script
):
    command, dialled = dial_script
    window = make_window(sandbox.base_url, dial_command=command)
    _missed_call(qtbot, window, clock)
    _active(qtbot, window)
    _ctrl(qtbot, window, Qt.Key.Key_R)
    assert window.recent.list.hasFocus()
    qtbot.keyClick(window.recent.list, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.contact_panel
    assert window.contact_panel.contact.id == JAMES_ID

    _ctrl(qtbot, window, Qt.Key.Key_R)
    _ctrl(qtbot, window, Qt.Key.Key_D)  # call back the selected (missed) call
    assert dialled_runs(qtbot, dialled, timeout=WAIT) == [["0721234567", "+27721234567"]]
    call = window.calls.book.current()
    assert (call.state, call.number, call.contact.id) == (
        CallState.DIALLING,
        "0721234567",
        JAMES_ID,
    )


def test_an_unsent_log_opens_its_review_and_the_outcome_control_sets_the_payload(
    qtbot, sandbox, make_window, clock
):
    window = make_window(sandbox.base_url, missed_calls="review")
    _ring(qtbot, window)
    clock.advance(5)
    _event(window, EventKind.END)  # unanswered: Missed, kept for review
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.review, timeout=WAIT)
    window.back_to_contact()
    qtbot.waitUntil(lambda: bool(_rows(window)), timeout=WAIT)
    assert _rows(window)[0].log is LogStatus.REVIEW
    assert "Not sent — review" in window.recent.list.item(0).text()
    assert window.recent.open_button.text() == "Review"
    window.recents.show()
    qtbot.keyClick(window.recent.list, Qt.Key.Key_Return)
    review = window.review
    assert window.stack.currentWidget() is review
    assert [review.outcome.itemText(i) for i in range(review.outcome.count())] == [
        "Answered",
        "Missed",
        "Outbound",
        "No answer",
    ]
    assert review.outcome.currentText() == "Missed"
    assert review.subtitle.text() == "James May · Account"
    assert review.when.text() == "Friday, 1 March 2024, 10:00–10:00"
    assert not review.details.panel.isVisibleTo(window)  # ids and raw fields on demand
    review.details.toggle.click()
    assert review.details.panel.isVisibleTo(window)
    assert review.values["Entity ID"].text() == JAMES_ID
    assert review.values["Number"].text() == "0721234567"  # as sent
    assert review.details.e164.text() == "+27721234567"  # and as the world writes it

    review.outcome.setCurrentIndex(review.outcome.findText("Answered"))  # they did talk
    review.outcome.activated.emit(review.outcome.currentIndex())
    assert review.duration.text() == "Duration 0:05"
    review.send()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT)
    log = sandbox.received_logs()[0]
    assert list(log) == list(PAYLOAD_FIELDS)
    assert {
        k: log[k]
        for k in (
            "CallType",
            "CallDirection",
            "Duration",
            "DurationTimespan",
            "EntityId",
            "DateTime",
            "CallStartTimeLocal",
            "CallEndTimeLocal",
        )
    } == {
        "CallType": "Inbound",
        "CallDirection": "Inbound",
        "Duration": "00:00:05",
        "DurationTimespan": "00:00:05",
        "EntityId": JAMES_ID,
        "DateTime": "01-03-24 10:00:00",
        "CallStartTimeLocal": "10:00:00",
        "CallEndTimeLocal": "10:00:05",
    }
    qtbot.waitUntil(
        lambda: bool(_rows(window)) and _rows(window)[0].log is LogStatus.SENT, timeout=WAIT
    )
    assert "Logged ✓" in window.recent.list.item(0).text()  # stays on the call


def test_discard_offers_undo_from_the_keyboard(qtbot, sandbox, make_window, clock):
    window = make_window(sandbox.base_url)
    _active(qtbot, window)
    _ring(qtbot, window)
    _event(window, EventKind.ANSWER)
    clock.advance(42)
    _event(window, EventKind.END)
    qtbot.waitUntil(lambda: window.review.entry is not None, timeout=WAIT)
    call_id = window.review.entry.call_id
    window.review.discard_button.click()
    bar = window.reviews.undo_bar
    assert bar.isVisibleTo(window) and bar.label.text().startswith("Call log discarded: James May")
    assert bar.button.accessibleName() == "Undo discard"
    qtbot.keyClick(window.focusWidget(), Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.review, timeout=WAIT)
    assert not bar.isVisibleTo(window)
    assert window.review.entry.call_id == call_id
    window.review.send()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT)
    assert sandbox.received_logs()[0]["Duration"] == "00:00:42"


def test_a_log_waiting_offline_says_so_without_a_spinner(
    qtbot, make_window, closed_port_url, clock
):
    window = make_window(closed_port_url)
    # F9 with no number: nobody to look up, so its log goes to the outbox at once (a number's
    # log would wait for its caller's lookup first: test_follow_call.py).
    window.toggle_call()
    clock.advance(10)
    window.toggle_call()
    qtbot.waitUntil(lambda: window.review.entry is not None, timeout=WAIT)
    window.review.send()
    qtbot.waitUntil(
        lambda: window.review.banner.text.startswith("Saved — will send when back online."),
        timeout=WAIT,
    )
    assert not window.review.spinner.isVisible()
    window.review.send()  # "Done"
    qtbot.waitUntil(
        lambda: bool(_rows(window)) and _rows(window)[0].log is LogStatus.WAITING, timeout=WAIT
    )
    qtbot.waitUntil(lambda: window.recent.list.count() == 1, timeout=WAIT)
    assert window.recent.list.item(0).text().endswith("· Saved — will send when back online")


def test_recent_calls_and_an_unseen_missed_call_come_back_after_a_restart(
    qtbot, sandbox, make_window, clock
):
    first = make_window(sandbox.base_url)
    _missed_call(qtbot, first, clock)  # logged ✓, not seen
    first.shutdown()
    second = make_window(sandbox.base_url)  # the same tmp_path/outbox.sqlite3
    qtbot.waitUntil(lambda: len(_rows(second)) == 1, timeout=WAIT)
    row = _rows(second)[0]
    assert (row.missed, row.seen, row.log) == (True, False, LogStatus.SENT)
    assert second.windowTitle() == "Agent Desktop (1 missed)"
    assert second.stack.currentWidget() is second.recent  # no contact open: the list shows


def test_an_unknown_callers_number_goes_to_the_search(qtbot, sandbox, make_window, clock):
    window = make_window(sandbox.base_url)
    _event(window, EventKind.RING, "0829990000")  # nobody has this number
    clock.advance(3)
    _event(window, EventKind.END, "0829990000")
    qtbot.waitUntil(lambda: bool(_rows(window)), timeout=WAIT)
    window.recents.show()
    qtbot.keyClick(window.recent.list, Qt.Key.Key_Return)
    assert window.search.edit.text() == "0829990000"  # find or create the caller from here
    assert window.search.edit.hasFocus()
