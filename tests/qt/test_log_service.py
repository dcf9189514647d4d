"""The call logs on the GUI thread (qt/log_service.py): the call service's changes and the
outbox's answers drive the core machine, its changes come back as signals; the log goes down
through OutboxService.enqueue_call_log (qt/log_sender.py), against a real outbox file and the
sandbox."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from stubs import AGENT, FakeClock

from agent_desktop.core.api.models import Contact
from agent_desktop.core.calls.book import CallBook, CallState
from agent_desktop.core.calls.logs import LogState
from agent_desktop.qt.call_service import CallService
from agent_desktop.qt.log_sender import LogSender
from agent_desktop.qt.log_service import LogService
from agent_desktop.qt.tasks import TaskRunner

T0 = datetime(2026, 3, 2, 8, 0, 0, tzinfo=timezone.utc)
JAMES = Contact(id="C-1", firstname="James", lastname="May", mobilephone="0721234567")
WAIT = 10000


@pytest.fixture
def parts(qtbot, make_service):
    outbox = make_service()
    calls = CallService(CallBook(FakeClock(T0)), TaskRunner())
    sender = LogSender(outbox)
    logs = LogService(calls, sender, lambda: AGENT, timezone.utc)
    yield calls, outbox, sender, logs
    logs.close()
    calls.shutdown()


def _ended(calls: CallService, contact: Contact | None = JAMES):
    call = calls.start_manual("0721234567", contact)
    calls.hang_up(call.id)
    return call


def test_a_reviewed_log_goes_down_once_and_its_answers_come_back_up(qtbot, sandbox, parts):
    calls, outbox, _sender, logs = parts
    states: list[LogState] = []
    logs.changed.connect(lambda entry: states.append(entry.state))
    call = _ended(calls)  # the call service's change lists it for review
    entry = logs.entry(call.id)
    assert entry is not None and entry.state is LogState.REVIEW
    assert logs.send(entry) and not logs.send(entry)  # a double click: one log
    assert logs.saved_this_session
    qtbot.waitUntil(lambda: entry.state is LogState.QUEUED, timeout=WAIT)
    assert calls.book.get(call.id).state is CallState.QUEUED
    outbox.configure(sandbox.base_url, "test-key", "ZA")
    qtbot.waitUntil(lambda: entry.state is LogState.SENT, timeout=WAIT)
    (sent,) = sandbox.received_logs()
    assert sent == entry.payload and sent["Name"] == "James May"
    moves = [s for i, s in enumerate(states) if i == 0 or s is not states[i - 1]]
    # (confirmed by the send, the call's change settles it out of review on the way)
    assert moves == [
        LogState.REVIEW,
        LogState.LOOKUP,
        LogState.SAVING,
        LogState.QUEUED,
        LogState.SENT,
    ]
    assert logs.entry(call.id) is None


def test_send_without_the_caller_asks_for_the_lookup_once(qtbot, parts):
    """The README's promise: Send log on a call whose caller could still be found asks once
    more first ("Sent once SwitchTransact says who called"), and waits for it."""
    calls, _outbox, _sender, logs = parts
    call = _ended(calls, contact=None)
    entry = logs.entry(call.id)
    assert entry is not None
    with qtbot.waitSignal(logs.lookup_needed, timeout=WAIT) as asked:
        assert logs.send(entry)
    assert asked.args == [call.id] and entry.state is LogState.LOOKUP
    with qtbot.assertNotEmitted(logs.lookup_needed):
        assert logs.send(entry)  # Done again while it waits: asked once


def test_after_close_a_late_answer_changes_nothing(qtbot, parts):
    calls, _outbox, sender, logs = parts
    call = _ended(calls)
    entry = logs.entry(call.id)
    assert entry is not None and logs.send(entry)
    logs.close()
    told: list[object] = []
    logs.changed.connect(told.append)
    qtbot.wait(200)  # the outbox's answer to the save arrives meanwhile
    sender.sent.emit(call.id)
    calls.discard(call.id)
    assert entry.state is LogState.SAVING and told == []
    assert calls.book.get(call.id).state is CallState.DISCARDED
