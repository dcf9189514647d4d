"""Recent calls on a real SQLite file (the outbox's, as in the app): every ended call lands there,
the log's state comes from the outbox, missed calls count until seen, pruning keeps 30 days."""

from __future__ import annotations

import dataclasses
import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from agent_desktop.core.api.models import CallDirection, CallType, Contact
from agent_desktop.core.calls.book import Call, CallState
from agent_desktop.core.calls.recent import LogStatus, RecentCalls
from agent_desktop.core.calls.store import CallStore
from agent_desktop.core.outbox.outbox import Outbox, OutboxKind

T0 = datetime(2026, 12, 1, 13, 25, 0, tzinfo=timezone(timedelta(hours=2)))
JAMES = Contact(id="C-1", firstname="James", lastname="May", mobilephone="0721234567")


def call(
    call_id: str,
    minutes: float = 0,
    *,
    answered: bool = True,
    direction: CallDirection = CallDirection.INBOUND,
    state: CallState = CallState.ENDED,
) -> Call:
    start = T0 + timedelta(minutes=minutes)
    return Call(
        id=call_id,
        softphone_id="",
        direction=direction,
        number="0721234567",
        started_at=start,
        state=state,
        answered_at=start + timedelta(seconds=5) if answered else None,
        ended_at=start + timedelta(seconds=65),
        contact=JAMES,
    )


@pytest.fixture
def files(tmp_path):
    path = tmp_path / "data" / "outbox.sqlite3"
    outbox = Outbox(path)
    outbox.counts()  # the outbox opens the file first, as the window does
    store = CallStore(path)
    yield outbox, store, RecentCalls(store.transaction)
    store.close()
    outbox.close()


def test_ended_and_queued_calls_are_listed_newest_first_with_the_ring_time(files):
    _outbox, _store, recent = files
    recent.record(call("a", 0))
    recent.record(call("b", 5, answered=False))
    recent.record(call("live", 9, state=CallState.RINGING))  # a live call is the call bar's
    rows = recent.recent()
    assert [r.call.id for r in rows] == ["b", "a"]
    assert rows[0].call.started_at == T0 + timedelta(minutes=5)  # the ring time is kept
    assert rows[0].call.outcome is CallType.MISSED and rows[0].missed
    assert rows[1].call.contact == JAMES
    assert [r.log for r in rows] == [LogStatus.REVIEW, LogStatus.REVIEW]


def test_the_log_state_is_read_from_the_outbox(files, tmp_path):
    outbox, _store, recent = files
    states = {
        "waiting": "pending",
        "sending": "sending",
        "sent": "sent",
        "refused": "needs_attention",
        "dropped": "discarded",
    }
    for name in states:
        recent.record(dataclasses.replace(call(name), state=CallState.QUEUED))
        outbox.enqueue(OutboxKind.CALL_LOG, name, {"Number": "0721234567"})
    with sqlite3.connect(tmp_path / "data" / "outbox.sqlite3") as conn:  # as delivery would
        conn.executemany(
            "UPDATE outbox SET state = ? WHERE call_id = ?",
            [(state, name) for name, state in states.items()],
        )
    recent.record(call("in-review"))
    by_id = {r.call.id: r.log for r in recent.recent()}
    assert by_id == {
        "waiting": LogStatus.WAITING,
        "sending": LogStatus.WAITING,
        "sent": LogStatus.SENT,
        "refused": LogStatus.ATTENTION,
        "dropped": LogStatus.DISCARDED,
        "in-review": LogStatus.REVIEW,
    }


def test_discarded_calls_leave_the_list(files):
    _outbox, _store, recent = files
    recent.record(call("a"))
    recent.record(dataclasses.replace(call("a"), state=CallState.DISCARDED))
    assert recent.recent() == []


def test_missed_calls_count_until_seen_and_seen_survives_updates(files):
    _outbox, _store, recent = files
    recent.record(call("m1", 0, answered=False))
    recent.record(call("m2", 1, answered=False))
    recent.record(call("ok", 2))
    assert recent.unseen_missed() == 2
    assert recent.mark_seen(["m1"]) == 1
    recent.record(dataclasses.replace(call("m1", 0, answered=False), state=CallState.QUEUED))
    assert recent.unseen_missed() == 1  # the update kept "seen"
    recent.mark_seen()
    assert recent.unseen_missed() == 0
    assert all(r.seen for r in recent.recent())


def test_an_outcome_corrected_from_missed_no_longer_counts(files):
    _outbox, _store, recent = files
    missed = call("m", answered=False)
    recent.record(missed)
    recent.record(dataclasses.replace(missed, outcome_override=CallType.INBOUND))
    assert recent.unseen_missed() == 0


def test_prune_keeps_thirty_days_and_caps_the_rows(files):
    _outbox, _store, recent = files
    recent.record(call("old", -31 * 24 * 60))
    for i in range(6):
        recent.record(call(f"c{i}", i))
    assert recent.prune(T0 + timedelta(hours=1), rows=4) == 3
    assert [r.call.id for r in recent.recent()] == ["c5", "c4", "c3", "c2"]


def test_the_list_survives_a_restart(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    store = CallStore(path)
    RecentCalls(store.transaction).record(call("a", answered=False))
    store.close()
    again = CallStore(path)
    rows = RecentCalls(again.transaction).recent()
    again.close()
    assert [(r.call.id, r.missed, r.seen, r.log) for r in rows] == [
        ("a", True, False, LogStatus.REVIEW)
    ]
