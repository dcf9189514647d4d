"""Click-to-dial from the window (a real tiny script plays the softphone's dial command), and a
call in review that survives the window going away: the next window (same SQLite file) shows it
exactly as it was, and it is sent once."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from stubs import dialled_runs

from agent_desktop.core.api.models import Contact, EntityType
from agent_desktop.core.calls.book import CallState, LinkSource
from agent_desktop.core.calls.events import CallEvent, EventKind

WAIT = 10000
JAMES = Contact(
    id="2916509f-f188-42d8-ab0e-a27bcb20d70d",
    firstname="James",
    lastname="May",
    mobilephone="+27721234567",
    businessphone="021 555 0100",
    entity_type=EntityType.ACCOUNT,
    entity_type_raw="Account",
)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _dialled(qtbot, path, count=1):
    return dialled_runs(qtbot, path, count, timeout=WAIT)


def test_the_call_button_dials_and_prepares_an_outbound_call_linked_to_the_contact(
    qtbot, sandbox, make_window, dial_script, clock
):
    command, dialled = dial_script
    window = make_window(sandbox.base_url, dial_command=command)
    window.show_contact(JAMES)
    button = window.contact_panel.dial_buttons["businessphone"]
    assert button.isVisibleTo(window)
    assert not window.contact_panel.dial_buttons["businessphone2"].isVisibleTo(window)
    button.click()
    assert _dialled(qtbot, dialled) == [["0215550100", "+27215550100"]]
    call = window.calls.book.current()
    assert (call.state, call.contact, call.link, call.number) == (
        CallState.DIALLING,
        JAMES,
        LinkSource.MANUAL,
        "021 555 0100",
    )
    assert window.call_panel.state_label.text() == "Dialling · 021 555 0100 · James May"
    # The softphone's own events then run the call.
    clock.advance(8)
    window.controller.handle_event(CallEvent(EventKind.ANSWER, "0215550100"))
    clock.advance(30)
    window.controller.handle_event(CallEvent(EventKind.END, "0215550100"))
    window.review.send()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT)
    log = sandbox.received_logs()[0]
    assert (
        log["CallType"],
        log["CallDirection"],
        log["EntityId"],
        log["Duration"],
        log["DateTime"],
    ) == ("Outbound", "Outbound", JAMES.id, "00:00:30", "01-03-24 10:00:00")
    assert window.opened_urls == []  # nothing went to the OS


def test_ctrl_d_dials_the_open_contact(qtbot, sandbox, make_window, dial_script):
    command, dialled = dial_script
    window = make_window(sandbox.base_url, dial_command=command)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.show_contact(JAMES)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert _dialled(qtbot, dialled) == [["+27721234567", "+27721234567"]]
    assert window.calls.book.current().contact == JAMES


def test_a_dial_command_that_cannot_run_is_said_in_the_window(
    qtbot, sandbox, make_window, tmp_path
):
    window = make_window(
        sandbox.base_url, dial_command=f"{tmp_path / 'no-such-softphone'} {{number}}"
    )
    window.show_contact(JAMES)
    window.dial_contact()
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=WAIT)
    assert window.notice.text.startswith("The softphone could not be started")
    assert "dial command in Settings" in window.notice.text
    # The call was never placed: nothing is live and nothing waits for review.
    qtbot.waitUntil(lambda: window.calls.book.live() == [], timeout=WAIT)
    assert window.book.unsent() == [] and window.calls.book.in_review() == []


def test_a_dial_error_goes_away_once_a_dial_goes_through(
    qtbot, sandbox, make_window, tmp_path, dial_script
):
    command, out = dial_script
    window = make_window(
        sandbox.base_url, dial_command=f"{tmp_path / 'no-such-softphone'} {{number}}"
    )
    window.show_contact(JAMES)
    window.dial_contact()
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=WAIT)
    assert window.notice.text.startswith("The softphone could not be started")
    session = window.session
    session.configure(
        replace(session.settings, dial_command=command),
        session.api_key,
        key_source=session.key_source,
    )  # the agent fixed it in Settings
    window.dial_contact()
    assert len(_dialled(qtbot, out)) == 1
    qtbot.waitUntil(lambda: not window.notice.isVisible(), timeout=WAIT)


def test_another_message_stays_when_a_dial_goes_through(qtbot, sandbox, make_window, dial_script):
    command, out = dial_script
    window = make_window(sandbox.base_url, dial_command=command)
    window.notice.show_message("Something else happened.")
    window.show_contact(JAMES)
    window.dial_contact()
    assert len(_dialled(qtbot, out)) == 1
    qtbot.wait(200)
    assert window.notice.text == "Something else happened."


def test_f9_answers_a_ringing_call_and_ends_it(qtbot, sandbox, make_window, clock):
    window = make_window(sandbox.base_url)
    window.controller.handle_event(CallEvent(EventKind.RING, "073 999 8888"))
    call = window.calls.book.current()
    clock.advance(3)
    window.toggle_call()  # F9 while it rings: answered
    assert call.state is CallState.CONNECTED and call.answered_at == clock.now()
    clock.advance(12)
    window.toggle_call()
    assert call.state is CallState.ENDED
    assert window.review.entry.payload["Duration"] == "00:00:12"


def test_a_call_in_review_comes_back_after_a_restart_and_is_sent_once(
    qtbot, sandbox, make_window, clock
):
    first = make_window(sandbox.base_url)
    with qtbot.waitSignal(first.controller.lookup.found, timeout=WAIT):
        first.controller.handle_event(CallEvent(EventKind.RING, "0721234567"))
    clock.advance(2)
    first.controller.handle_event(CallEvent(EventKind.ANSWER, "0721234567"))
    clock.advance(3)
    first.controller.handle_event(CallEvent(EventKind.END, "0721234567"))
    review = first.review
    assert review.values["Duration"].text() == "00:00:03"
    shown = dict(review.entry.payload)
    call_id = review.entry.call_id
    first.shutdown()  # the window goes away with the log unsent (as after a crash: nothing
    first.hide()  # more is written at quit than during the call)

    second = make_window(sandbox.base_url)  # the same tmp_path/outbox.sqlite3
    qtbot.waitUntil(lambda: second.book.entry(call_id) is not None, timeout=WAIT)
    entry = second.book.entry(call_id)
    assert entry.payload == shown  # exactly as before: contact, times, duration
    assert second.stack.currentWidget() is second.review
    assert second.review.entry is entry
    assert second.review.times.text() == "Rang 10:00:00 · answered 10:00:02 · ended 10:00:05"
    second.review.send()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT)
    assert sandbox.received_logs()[0] == shown
    qtbot.waitUntil(lambda: second.calls.book.get(call_id).state is CallState.QUEUED, timeout=WAIT)
    second.shutdown()
    second.hide()

    third = make_window(sandbox.base_url)  # and once more: nothing comes back, nothing resent
    qtbot.waitUntil(lambda: third.outbox.summary.read and third.outbox.summary.quiet, timeout=WAIT)
    assert third.book.unsent() == [] and third.calls.book.in_review() == []
    assert sandbox.request_count("/calls/log") == 1


def test_a_tel_link_pops_the_contact_and_dials(qtbot, sandbox, make_window, dial_script):
    command, dialled = dial_script
    window = make_window(sandbox.base_url, dial_command=command)
    window.controller.handle_event(CallEvent(EventKind.DIAL, "+27721234567"))
    assert _dialled(qtbot, dialled) == [["+27721234567", "+27721234567"]]
    qtbot.waitUntil(lambda: window.contact_panel.contact is not None, timeout=WAIT)
    call = window.calls.book.current()
    assert call.state is CallState.DIALLING and call.contact.id == JAMES.id
    assert call.link is LinkSource.EXACT_MATCH
    assert window.contact_panel.contact.id == JAMES.id


def test_a_tel_link_clicked_while_the_app_was_closed_is_dialled_once_it_starts(
    qtbot, sandbox, make_window, dial_script, tmp_path
):
    """The `agent-desktop tel:…` command spools the DIAL when no window listens; the window
    that starts replays it: the contact pops and the softphone dials, once."""
    from agent_desktop.core.calls.store import CallStore

    store = CallStore(tmp_path / "outbox.sqlite3")  # the file the window will use
    store.spool(CallEvent(EventKind.DIAL, "072 123 4567"))
    store.close()
    command, dialled = dial_script
    window = make_window(sandbox.base_url, dial_command=command)
    assert _dialled(qtbot, dialled) == [["0721234567", "+27721234567"]]
    qtbot.waitUntil(lambda: window.contact_panel.contact is not None, timeout=WAIT)
    assert window.calls.book.current().contact.id == JAMES.id
    again = CallStore(tmp_path / "outbox.sqlite3")
    assert again.take_spooled() == []  # taken once: a later SHOW has nothing to replay
    again.close()
    assert len(dialled.read_text().splitlines()) == 1


def test_a_crm_number_that_is_not_a_phone_number_never_reaches_the_dial_command(
    qtbot, sandbox, make_window, dial_script
):
    command, dialled = dial_script
    sandbox.add_contact(
        firstname="Mallory", lastname="Options", mobilephone="--upload-file=/etc/passwd 0721999888"
    )
    window = make_window(sandbox.base_url, dial_command=command)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    with qtbot.waitSignal(window.search.outcome_shown, timeout=WAIT):
        qtbot.keyClicks(window.search.edit, "Mallory")
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Down)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.contact_panel.contact is not None, timeout=WAIT)
    qtbot.keyClick(window.search.edit, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=WAIT)
    assert "was not dialled" in window.notice.text and "not a phone number" in window.notice.text
    assert window.calls.book.live() == [] and window.calls.book.in_review() == []
    # The same text in a dial event straight on the socket (no `agent-desktop tel:` check).
    window.notice.hide()
    hostile = CallEvent(EventKind.DIAL, "--upload-file=/etc/passwd 0721999888")
    window.controller.handle_event(hostile)
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=WAIT)
    assert "was not dialled" in window.notice.text
    qtbot.waitUntil(lambda: window.calls.book.live() == [], timeout=WAIT)
    # A number that is one is still dialled, as digits, after the refusals; the first run is it.
    window.show_contact(JAMES)
    window.dial_contact()
    assert _dialled(qtbot, dialled) == [["+27721234567", "+27721234567"]]


def test_every_number_reaches_the_dial_command_as_digits(qtbot, sandbox, make_window, dial_script):
    command, dialled = dial_script
    window = make_window(sandbox.base_url, dial_command=command)
    window.controller.dialing.dial("(021) 555-0100")  # typed or stored with separators
    window.controller.handle_event(CallEvent(EventKind.DIAL, "tel:+44-20-7946-0958"))
    assert sorted(_dialled(qtbot, dialled, 2)) == [
        ["+442079460958", "+442079460958"],
        ["0215550100", "+27215550100"],
    ]
