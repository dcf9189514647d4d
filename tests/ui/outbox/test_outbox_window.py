"""Call logs through the durable outbox, in the window: one log per call, offline and back, a
refused log corrected and resent, discard only after a confirmation, a full disk, a restart."""

from __future__ import annotations

import sqlite3
import time
import uuid
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from stubs import DiskThatFills

from agent_desktop.core.api.models import AgentIdentity, CallDirection, CallType, Contact
from agent_desktop.core.calls.book import CallState
from agent_desktop.core.calls.log import CallRecord
from agent_desktop.core.calls.logs import LogState
from agent_desktop.core.calls.store import CallStore
from agent_desktop.core.outbox.outbox import Outbox, OutboxKind, OutboxState
from agent_desktop.sandbox import FaultConfig, SandboxServer
from agent_desktop.ui.window.quit_guard import at_risk
from agent_desktop.ui.window.status import ConnectionState

# Dialogs on the offscreen platform (no window manager) make Qt say so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

WAIT = 10000  # generous: the suite runs on a loaded 2-core box

JAMES = Contact(
    id="2916509f-f188-42d8-ab0e-a27bcb20d70d",
    firstname="James",
    lastname="May",
    mobilephone="+27721234567",
    entity_type_raw="Account",
)
THANDI = Contact(
    id="7c1e4a52-3b0e-4c39-9a51-5d7c2f6b8e01",
    firstname="Thandiwe",
    lastname="Nkosi",
    mobilephone="0821234567",
)


def _end_a_call(window, clock, *, contact=None, number="", seconds=61):
    if contact is not None:
        window.show_contact(contact)
    window.search.edit.setText(number)  # F9 without a contact times a call with this number
    window.toggle_call()
    call_id = window.calls.book.current().id
    clock.advance(seconds)
    window.toggle_call()
    return call_id


def _outbox_rows(path):
    with sqlite3.connect(path) as conn:
        rows = conn.execute("SELECT kind, call_id, state FROM outbox").fetchall()
    conn.close()
    return rows


def _attention(qtbot, window, sandbox, clock):
    """A call with no number: the sandbox refuses its log with a 422."""
    call_id = _end_a_call(window, clock)
    window.send_log()
    qtbot.waitUntil(lambda: window.outbox.summary.attention == 1, timeout=WAIT)
    return call_id


def test_a_double_click_and_a_resend_log_the_call_once(
    qtbot, sandbox, make_window, clock, tmp_path
):
    window = make_window(sandbox.base_url)
    sandbox.faults = FaultConfig(latency=0.4)  # long enough to see "Saved — sending…"
    call_id = _end_a_call(window, clock, contact=JAMES)
    assert call_id and window.review.entry.call_id == call_id  # the id given at the start
    button = window.review.send_button
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # the double click
    window.send_log()  # and Ctrl+Return on top
    qtbot.waitUntil(lambda: "Saved — sending" in window.review.banner.text, timeout=WAIT)
    assert window.review.spinner.isVisible()
    entry = window.book.entry(call_id)
    record = entry.call.record(window._agent())
    window.outbox_sender.send(call_id, entry.payload, record)  # re-sent: the outbox knows it

    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT)
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage() == "Call with James May logged.", timeout=WAIT
    )
    with qtbot.waitSignal(window.outbox_sender.sent, timeout=WAIT) as blocker:
        window.outbox_sender.send(call_id, entry.payload, record)  # sent already: not again
    assert blocker.args == [call_id]
    assert sandbox.request_count("/calls/log") == 1
    assert _outbox_rows(tmp_path / "outbox.sqlite3") == [
        (OutboxKind.CALL_LOG, call_id, OutboxState.SENT)
    ]
    qtbot.waitUntil(
        lambda: window.outbox.summary.read and window.outbox.summary.quiet, timeout=WAIT
    )
    assert window.outbox_view.button.text() == "Outbox"


def test_offline_shows_what_waits_then_sends_when_the_server_is_back(qtbot, make_window, clock):
    server = SandboxServer(token="test-key").start()
    port = server.port
    window = make_window(server.base_url)
    server.stop()  # nothing listens now: connection refused
    # Linked to its contact: no lookup to wait for, the log goes to the outbox at once (an
    # unknown number's log waits for its caller's lookup first: test_follow_call.py).
    _end_a_call(window, clock, contact=THANDI)
    window.send_log()
    strip = window.outbox_view.strip
    qtbot.waitUntil(lambda: strip.text.startswith("Offline"), timeout=WAIT)
    assert strip.text == ("Offline — 1 call log waiting, will send when the connection is back.")
    assert "next time Agent Desktop starts" in strip.detail.text()
    assert strip.retry_button.isVisible()
    assert window.outbox_view.button.text() == "Outbox · 1 waiting"
    assert window.state_indicator.state is ConnectionState.OFFLINE
    assert window.outbox_view.close_notice() == (
        "1 call log will be sent next time Agent Desktop starts."
    )

    with SandboxServer(token="test-key", port=port) as back:
        strip.retry_button.click()
        qtbot.waitUntil(lambda: len(back.received_logs()) == 1, timeout=WAIT)
        qtbot.waitUntil(
            lambda: window.outbox.summary.read and window.outbox.summary.waiting == 0, timeout=WAIT
        )
        qtbot.waitUntil(lambda: not strip.isVisible(), timeout=WAIT)
    assert back.received_logs()[0]["Number"] == "0821234567"
    assert window.state_indicator.state is ConnectionState.CONNECTED


def test_a_refused_log_needs_attention_and_edit_and_resend_fixes_it(
    qtbot, sandbox, make_window, clock
):
    window = make_window(sandbox.base_url)
    _attention(qtbot, window, sandbox, clock)
    review = window.review
    qtbot.waitUntil(lambda: review.entry.state is LogState.ATTENTION, timeout=WAIT)
    assert "Number must be a phone number" in review.banner.text
    assert review.send_button.text() == "Edit && resend…"
    strip = window.outbox_view.strip
    qtbot.waitUntil(lambda: strip.attention_button.isVisible(), timeout=WAIT)
    assert strip.attention_button.text() == "1 needs attention"

    review.send()  # Ctrl+Return on a refused log opens its editor
    qtbot.waitUntil(
        lambda: (
            window.outbox_view.dialog is not None and window.outbox_view.dialog.editor is not None
        ),
        timeout=WAIT,
    )
    editor = window.outbox_view.dialog.editor
    qtbot.waitUntil(editor.isVisible, timeout=WAIT)
    assert "Number must be" in editor.banner.text  # what SwitchTransact said
    assert editor.hints["Number"].text() == "Required."
    assert not editor.resend_button.isEnabled()
    editor.editors["Duration"].setText("1:2")
    assert "hh:mm:ss" in editor.hints["Duration"].text()
    editor.editors["Duration"].setText("00:01:01")
    qtbot.keyClicks(editor.editors["Number"], "0821234567")
    assert editor.resend_button.isEnabled()
    qtbot.keyClick(editor.editors["Number"], Qt.Key.Key_Return)  # Enter = Resend

    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT)
    assert sandbox.received_logs()[0]["Number"] == "0821234567"
    qtbot.waitUntil(
        lambda: window.outbox.summary.read and window.outbox.summary.quiet, timeout=WAIT
    )
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.empty, timeout=WAIT)
    assert not strip.isVisible()


def test_discard_asks_first_and_nothing_is_sent(qtbot, sandbox, make_window, clock, tmp_path):
    window = make_window(sandbox.base_url)
    call_id = _attention(qtbot, window, sandbox, clock)
    strip = window.outbox_view.strip
    qtbot.waitUntil(lambda: strip.attention_button.isVisible(), timeout=WAIT)
    strip.attention_button.click()
    dialog = window.outbox_view.dialog
    qtbot.waitUntil(
        lambda: [getattr(e, "call_id", "") for e in dialog.entries] == [call_id], timeout=WAIT
    )
    assert dialog.selected().state == OutboxState.NEEDS_ATTENTION
    assert dialog.table.topLevelItem(0).text(2) == "Needs attention"
    assert "Number must be" in dialog.table.topLevelItem(0).text(3)
    assert dialog.edit_button.isEnabled() and dialog.discard_button.isEnabled()

    dialog.table.setFocus()
    qtbot.keyClick(dialog.table, Qt.Key.Key_Delete)  # the keyboard way to Discard…
    assert dialog.confirm is not None and dialog.confirm.isVisible()
    dialog.confirm.button(QMessageBox.StandardButton.Cancel).click()
    assert dialog.confirm is None
    assert _outbox_rows(tmp_path / "outbox.sqlite3") == [
        (OutboxKind.CALL_LOG, call_id, OutboxState.NEEDS_ATTENTION)
    ]

    dialog.discard_button.click()
    dialog.confirm.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: window.outbox.summary.attention == 0, timeout=WAIT)
    assert _outbox_rows(tmp_path / "outbox.sqlite3") == [
        (OutboxKind.CALL_LOG, call_id, OutboxState.DISCARDED)
    ]
    qtbot.waitUntil(lambda: window.stack.currentWidget() is not window.review, timeout=WAIT)
    qtbot.waitUntil(lambda: dialog.entries == [], timeout=WAIT)
    dialog.show_all.setChecked(True)
    qtbot.waitUntil(lambda: len(dialog.entries) == 1, timeout=WAIT)
    assert dialog.table.topLevelItem(0).text(2) == "Discarded"
    assert not dialog.discard_button.isEnabled()
    assert sandbox.received_logs() == []


def test_a_full_disk_keeps_the_log_in_memory_and_writes_it_when_there_is_room(
    qtbot, sandbox, make_window, clock, tmp_path
):
    path = tmp_path / "full.sqlite3"
    disk = DiskThatFills(path)
    window = make_window(sandbox.base_url, outbox=disk.outbox)
    qtbot.waitUntil(lambda: window.outbox.summary.read, timeout=WAIT)  # the file exists
    disk.fill()  # the "disk" is full from now on

    big = Contact(
        id="c-big", firstname="Very", lastname="Long " + "x" * 20_000, mobilephone="0821234567"
    )
    call_id = _end_a_call(window, clock, contact=big)
    window.send_log()
    qtbot.waitUntil(lambda: window.review.entry.state is LogState.HELD, timeout=WAIT)
    assert window.review.banner.text.startswith(
        "Could not save the call log to disk: The disk holding the outbox is full."
    )
    assert "kept in memory and will be written as soon as possible" in window.review.banner.text
    strip = window.outbox_view.strip
    qtbot.waitUntil(
        lambda: strip.text.startswith("Could not save 1 call log to disk"), timeout=WAIT
    )
    assert "kept in memory" in strip.detail.text()
    assert window.outbox_view.button.text() == "Outbox · 1 waiting"
    assert at_risk(window.outbox, window.calls) == 1  # closing now would ask first

    disk.make_room()  # the periodic retry writes it, then it is sent
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT)
    assert sandbox.received_logs()[0]["Name"].startswith("Very Long xxx")
    qtbot.waitUntil(
        lambda: window.outbox.summary.read and window.outbox.summary.quiet, timeout=WAIT
    )
    assert at_risk(window.outbox, window.calls) == 0
    assert _outbox_rows(path) == [(OutboxKind.CALL_LOG, call_id, OutboxState.SENT)]


def test_an_unwritable_data_folder_is_said_at_start(qtbot, sandbox, make_window, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the data folder should be")
    window = make_window(sandbox.base_url, outbox=Outbox(blocker / "outbox.sqlite3"))
    strip = window.outbox_view.strip
    qtbot.waitUntil(lambda: strip.text.startswith("The outbox cannot be written"), timeout=WAIT)
    assert "cannot be written to" in strip.text and "kept in memory" in strip.detail.text()


def test_entries_left_in_the_file_are_sent_when_the_next_window_starts(
    qtbot, sandbox, make_window, clock, closed_port_url
):
    first = make_window(closed_port_url)
    call_id = _end_a_call(first, clock, contact=JAMES)
    first.send_log()
    qtbot.waitUntil(lambda: first.outbox_view.strip.text.startswith("Offline"), timeout=WAIT)
    assert at_risk(first.outbox, first.calls) == 0  # saved: closing does not ask
    first.close()
    assert first.statusBar().currentMessage() == (
        "1 call log will be sent next time Agent Desktop starts."
    )
    assert sandbox.received_logs() == []

    second = make_window(sandbox.base_url)  # the same file: tmp_path/outbox.sqlite3
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT)
    assert sandbox.received_logs()[0]["EntityId"] == JAMES.id
    qtbot.waitUntil(
        lambda: second.outbox.summary.read and second.outbox.summary.quiet, timeout=WAIT
    )
    assert second.book.entry(call_id) is None  # the new window only saw it in the outbox


def test_a_log_waiting_for_review_is_on_disk_and_closing_does_not_ask(
    qtbot, sandbox, make_window, clock
):
    window = make_window(sandbox.base_url)
    call_id = _end_a_call(window, clock, contact=JAMES)
    assert at_risk(window.outbox, window.calls) == 0  # in review, and in the call store on disk
    window.calls.shutdown()  # every write of the call done
    reopened = CallStore(window.ctx.outbox.path).load_open()
    assert [(c.id, c.state) for c in reopened] == [(call_id, CallState.ENDED)]


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_call_in_progress_is_asked_about_before_quitting(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    window.search.edit.setText("0721234567")
    window.toggle_call()
    assert at_risk(window.outbox, window.calls) == 1
    window.ask_before_close = True
    asked: list = []

    def answer_no() -> None:  # the real modal question, answered as the agent would
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(20, answer_no)
            return
        asked.append(box.text())
        box.button(QMessageBox.StandardButton.No).click()

    QTimer.singleShot(0, answer_no)
    window.close()
    assert window.isVisible() and window.call_panel.running
    assert asked and asked[0].startswith("A call is in progress")
    window.ask_before_close = False


def test_clearing_the_key_during_a_slow_send_does_not_hold_up_saving(
    qtbot, sandbox, make_window, clock
):
    """Stopping the delivery worker waits for its send in flight; saving the next call log
    must not wait with it."""

    def record():
        return CallRecord(
            clock.now(),
            clock.now() + timedelta(seconds=5),
            CallType.INBOUND,
            CallDirection.INBOUND,
            "0721234567",
            None,
            AgentIdentity("A", "B", ""),
        )

    window = make_window(sandbox.base_url)
    service = window.outbox

    def enqueue():  # what the window's sender does, on the service's worker
        return service.run(lambda box: box.enqueue_call(str(uuid.uuid4()), record()))

    qtbot.waitUntil(lambda: service.worker is not None, timeout=WAIT)
    sandbox.faults = FaultConfig(latency=6.0)
    with qtbot.waitSignal(enqueue().finished, timeout=WAIT):
        pass
    qtbot.waitUntil(lambda: sandbox.request_count("/calls/log") == 1, timeout=WAIT)  # in flight
    service.configure(sandbox.base_url, None, "ZA")  # the agent cleared the key in Settings
    # The reconfiguration has let go of the worker; stopping it (the slow part) is under way.
    qtbot.waitUntil(lambda: service.worker is None, timeout=WAIT)
    started = time.monotonic()
    with qtbot.waitSignal(enqueue().finished, timeout=WAIT):
        pass
    assert time.monotonic() - started < 3.0  # not the ~6 s the send in flight still needs
    # The first send still sleeps in the server's latency, and the retired worker waits for it;
    # an outage ends it now, so closing the window does not wait those seconds either.
    sandbox.stop()
    assert service.shutdown(timeout=5.0)  # the delivery worker stopped within the bound


def test_the_greeting_counts_only_logs_from_before_this_start(qtbot, sandbox, make_window):
    """The outbox's first count can come after the agent already sent a log (a slow first read):
    that count is not "saved before Agent Desktop last closed" (CI saw the status bar say so
    about the call just logged)."""
    from agent_desktop.qt.outbox_summary import OutboxSummary

    window = make_window(sandbox.base_url)
    view = window.outbox_view
    qtbot.waitUntil(lambda: view.service.summary.read, timeout=10000)
    old = OutboxSummary(waiting_calls=2, read=True)

    view._greeted = False  # the first count, as a start with two logs from last time reads it
    view._summary(old)
    assert "saved before Agent Desktop last closed" in window.statusBar().currentMessage()

    window.statusBar().clearMessage()
    view._greeted = False
    window.book.saved_this_session = True  # the agent's own log is among the two
    view._summary(old)
    assert window.statusBar().currentMessage() == ""
