"""A damaged outbox file also holds the calls in progress or in review and the spooled softphone
events (core/calls/store.py keeps them in their own tables of the same file): moving the file
aside must carry their readable rows into the fresh file too. Real files in tmp_path."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from stubs import FakeClock, call_payload

from agent_desktop.core.api.models import CallDirection
from agent_desktop.core.calls.book import Call, CallState
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.calls.store import CallStore
from agent_desktop.core.outbox.outbox import Outbox, OutboxKind, OutboxState

T0 = datetime(2026, 3, 2, 8, 0, 0, tzinfo=timezone(timedelta(hours=2)))
GARBAGE = b"this is not an SQLite file, just junk somebody copied over it\n" * 200


def in_review(i: int) -> Call:
    return Call(
        id=f"call-{i}",
        softphone_id="",
        direction=CallDirection.INBOUND,
        number=f"+2772123456{i}",
        started_at=T0 + timedelta(minutes=i),
        state=CallState.ENDED,
        answered_at=T0 + timedelta(minutes=i, seconds=3),
        ended_at=T0 + timedelta(minutes=i, seconds=60),
    )


def spooled(i: int) -> CallEvent:
    return CallEvent(EventKind.RING, f"+2783555000{i}", f"sp-{i}", False, T0 + timedelta(seconds=i))


def write_calls(path, calls: int = 2, events: int = 3) -> tuple[list[Call], list[CallEvent]]:
    store = CallStore(path)
    kept_calls = [in_review(i) for i in range(calls)]
    kept_events = [spooled(i) for i in range(events)]
    for call in kept_calls:
        store.save(call)
    for event in kept_events:
        store.spool(event)
    store.close()
    return kept_calls, kept_events


@pytest.mark.logs_errors  # the damage is logged as an error
def test_calls_in_review_and_spooled_events_survive_a_truncated_file(tmp_path):
    clock = FakeClock()
    path = tmp_path / "outbox.sqlite3"
    Outbox(path, clock=clock).open().close()
    calls, events = write_calls(path)  # their pages come first, the queue's after them
    with Outbox(path, clock=clock) as box:
        for i in range(300):
            box.enqueue(OutboxKind.CALL_LOG, f"c{i}", call_payload(i))
    with open(path, "r+b") as fh:
        fh.truncate(path.stat().st_size * 2 // 3)
    with Outbox(path, clock=clock) as box:
        assert box.recovery is not None
        assert 0 < box.counts()[OutboxState.PENDING] < 300
        assert (box.recovery.calls, box.recovery.events) == (2, 3)
        assert "2 calls in progress or in review" in box.recovery.message
        assert "3 softphone events" in box.recovery.message
    store = CallStore(path)
    assert store.load_open() == calls
    assert [e.encode() for e in store.take_spooled()] == [e.encode() for e in events]
    store.close()


@pytest.mark.logs_errors  # the damage is logged as an error
def test_calls_only_in_the_journal_of_an_emptied_file_come_back(tmp_path):
    """kill -9 with calls in review: their rows are in the -wal; then the file is cut to 0."""
    path = tmp_path / "outbox.sqlite3"
    Outbox(path).open().close()
    store = CallStore(path)
    calls = [in_review(i) for i in range(3)]
    for call in calls:
        store.save(call)
    store.spool(spooled(0))
    wal = (tmp_path / "outbox.sqlite3-wal").read_bytes()
    store.close()
    path.write_bytes(b"")
    (tmp_path / "outbox.sqlite3-wal").write_bytes(wal)
    with Outbox(path) as box:
        assert box.recovery is not None and box.recovery.was_empty
        assert (box.recovery.entries, box.recovery.calls, box.recovery.events) == (0, 3, 1)
        assert "nothing could be read" not in box.recovery.message
    store = CallStore(path)
    assert store.load_open() == calls
    assert [e.number for e in store.take_spooled()] == [spooled(0).number]
    store.close()


@pytest.mark.logs_errors  # the damage is logged as an error
def test_a_garbage_header_still_leaves_a_file_the_call_store_can_use(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    path.write_bytes(GARBAGE)
    with Outbox(path) as box:
        assert box.recovery is not None
        assert (box.recovery.calls, box.recovery.events) == (0, 0)
    calls, _events = write_calls(path, calls=1, events=1)
    store = CallStore(path)
    assert store.load_open() == calls
    assert len(store.take_spooled()) == 1
    store.close()


@pytest.mark.logs_errors  # the damage is logged as an error
def test_a_damaged_file_from_before_the_call_tables_is_recovered_as_before(tmp_path):
    clock = FakeClock()
    path = tmp_path / "outbox.sqlite3"
    with Outbox(path, clock=clock) as box:  # no call tables in this file at all
        for i in range(200):
            box.enqueue(OutboxKind.CALL_LOG, f"c{i}", call_payload(i))
    with open(path, "r+b") as fh:
        fh.truncate(path.stat().st_size * 2 // 3)
    with Outbox(path, clock=clock) as box:
        assert box.recovery is not None and box.recovery.entries > 0
        assert (box.recovery.calls, box.recovery.events) == (0, 0)
