"""The call store on a real SQLite file: calls survive a restart exactly, the event spool gives
each event once, and a log already in the outbox is never reviewed or sent twice."""

from __future__ import annotations

import json
import os
import sqlite3
import stat
import threading
from datetime import datetime, timedelta, timezone

import pytest
from stubs import FakeClock

from agent_desktop.core.api.models import (
    AgentIdentity,
    CallDirection,
    CallType,
    Contact,
    EntityType,
)
from agent_desktop.core.calls.book import Call, CallBook, CallState, LinkSource
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.calls.log import PAYLOAD_FIELDS
from agent_desktop.core.calls.store import CallStore
from agent_desktop.core.outbox.outbox import Outbox, OutboxKind

T0 = datetime(2026, 3, 2, 8, 0, 0, tzinfo=timezone(timedelta(hours=2)))
AGENT = AgentIdentity("Thandi", "Nkosi", "thandi@example.com")
ODD = Contact(
    id="C-9",
    firstname="Zoë",
    lastname="<b>O'Neil</b>",
    mobilephone="0721234567",
    entity_type=EntityType.UNKNOWN,
    entity_type_raw="Partner",
)


def ev(kind: EventKind, second: float, number: str = "0721234567", call_id: str = "") -> CallEvent:
    return CallEvent(kind, number, call_id, False, T0 + timedelta(seconds=second))


@pytest.fixture
def path(tmp_path):
    return tmp_path / "data" / "outbox.sqlite3"


def test_a_call_comes_back_field_for_field(path):
    store = CallStore(path)
    call = Call(
        id="id-1",
        softphone_id="sp-7",
        direction=CallDirection.OUTBOUND,
        number="+27 72 123 4567",
        started_at=T0,
        state=CallState.ENDED,
        answered_at=T0 + timedelta(seconds=3),
        ended_at=T0 + timedelta(seconds=70),
        contact=ODD,
        link=LinkSource.PICKED,
        awaiting=("req", "Zoë"),
        outcome_override=CallType.INBOUND,
    )
    store.save(call)
    store.close()
    (loaded,) = CallStore(path).load_open()
    assert loaded == call
    assert loaded.started_at.utcoffset() == timedelta(hours=2)
    assert loaded.contact is not None and loaded.contact.entity_type_text == "Partner"


def test_queued_and_discarded_calls_leave_the_store(path):
    store = CallStore(path)
    book = CallBook(FakeClock(T0), store)
    first = book.start_manual("0721234567")
    second = book.start_manual("0831112222")
    book.hang_up(first.id)
    book.hang_up(second.id)
    book.mark_queued(first.id)
    book.discard(second.id)
    assert CallStore(path).load_open() == []
    book.restore(second.id)  # undone: back on disk, in review
    assert [c.id for c in CallStore(path).load_open()] == [second.id]


def test_files_are_private(path):
    store = CallStore(path)
    store.spool(ev(EventKind.RING, 0))
    if os.name == "nt":
        pytest.skip("the per-user profile protects the files on Windows")
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    for suffix in ("", "-wal", "-shm"):
        candidate = path.with_name(path.name + suffix)
        if candidate.exists():
            assert stat.S_IMODE(candidate.stat().st_mode) == 0o600, candidate


def test_the_spool_gives_each_event_once_in_order(path):
    events = [ev(EventKind.RING, 0), ev(EventKind.ANSWER, 4), ev(EventKind.END, 60)]
    writer = CallStore(path)  # the `call` command's process
    for event in events:
        writer.spool(event)
    reader = CallStore(path)  # the window's
    assert reader.take_spooled() == events
    assert reader.take_spooled() == []
    assert CallStore(path).take_spooled() == []


def test_concurrent_spoolers_and_takers_lose_and_repeat_nothing(path):
    CallStore(path).spool(ev(EventKind.SHOW, 0, ""))  # create the file first
    CallStore(path).take_spooled()
    taken: list[CallEvent] = []
    lock = threading.Lock()

    def spool(worker: int) -> None:
        store = CallStore(path)
        for i in range(25):
            store.spool(ev(EventKind.RING, i, f"07212{worker:02d}{i:03d}"))

    def take() -> None:
        store = CallStore(path)
        for _ in range(40):
            got = store.take_spooled()
            with lock:
                taken.extend(got)

    threads = [threading.Thread(target=spool, args=(w,)) for w in range(4)]
    threads += [threading.Thread(target=take) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    taken.extend(CallStore(path).take_spooled())
    numbers = [e.number for e in taken]
    assert len(numbers) == 100 and len(set(numbers)) == 100


def test_an_ended_call_already_in_the_outbox_is_not_reviewed_again(path):
    clock = FakeClock(T0)
    book = CallBook(clock, CallStore(path))
    book.apply(ev(EventKind.RING, 0))
    book.apply(ev(EventKind.ANSWER, 2))
    call = book.apply(ev(EventKind.END, 30))
    assert call is not None
    with Outbox(path) as outbox:
        outbox.enqueue(OutboxKind.CALL_LOG, call.id, call.payload(AGENT))
        # ...and the app dies before mark_queued() reaches the disk.
        restarted = CallBook(clock, CallStore(path))
        assert restarted.load() == []
        assert restarted.in_review() == []
        assert len(outbox.entries()) == 1


def test_the_outbox_keeps_the_documented_field_order(path):
    book = CallBook(FakeClock(T0))
    call = book.start_manual("0721234567", ODD)
    book.hang_up(call.id)
    payload = call.payload(AGENT)
    assert tuple(payload) == PAYLOAD_FIELDS
    with Outbox(path) as outbox:
        entry = outbox.enqueue(OutboxKind.CALL_LOG, call.id, payload)
        assert tuple(entry.payload) == PAYLOAD_FIELDS
        assert tuple(outbox.entries()[0].payload) == PAYLOAD_FIELDS
    with sqlite3.connect(path) as conn:
        (raw,) = conn.execute("SELECT payload FROM outbox").fetchone()
    assert tuple(json.loads(raw)) == PAYLOAD_FIELDS
    assert json.loads(raw) == payload


def test_a_store_that_cannot_write_names_the_cause_not_sqlites_words(tmp_path):
    """An immutable or read-only outbox file made SQLite say "attempt to write a readonly
    database", shown as is beside the outbox strip's right banner: the cause is said instead."""
    import sqlite3

    from agent_desktop.core.calls.store import store_problem
    from agent_desktop.core.texts import Text

    path = tmp_path / "outbox.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE t (x)").connection.close()
    readonly = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        with pytest.raises(sqlite3.OperationalError) as refused:
            readonly.execute("INSERT INTO t VALUES (1)")
    finally:
        readonly.close()
    said = store_problem(refused.value)
    assert isinstance(said, Text) and said.code == "store.read_only"
    full = store_problem(sqlite3.OperationalError("database or disk is full"))
    assert isinstance(full, Text) and full.code == "save.disk_full"
    other = store_problem(sqlite3.DatabaseError("file is not a database"))
    assert other == "DatabaseError: file is not a database"
