"""The outbox's storage and state machine, against a real SQLite file in tmp_path."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import sys
import threading
from contextlib import closing

import pytest
from stubs import DiskThatFills, call_payload, call_record

from agent_desktop.core.outbox import outbox as outbox_module
from agent_desktop.core.outbox import schema as outbox_schema
from agent_desktop.core.outbox.outbox import (
    FailureKind,
    InvalidTransition,
    Outbox,
    OutboxKind,
    OutboxState,
    OutboxUnavailable,
    claimer_id,
    claimer_is_dead,
)


def test_every_public_name_is_importable_from_the_outbox_module():
    names = {name: getattr(outbox_module, name) for name in outbox_module.__all__}
    assert names["Outbox"] is Outbox and names["OutboxUnavailable"] is OutboxUnavailable
    for method in (
        "enqueue",
        "enqueue_call",
        "held",
        "flush_memory",
        "claim_next",
        "mark_sent",
        "mark_retry",
        "mark_needs_attention",
        "recover_stale",
        "retry",
        "update_payload",
        "discard",
        "get",
        "find",
        "entries",
        "counts",
        "last_error",
        "call_record",
        "prune",
        "add_listener",
        "remove_listener",
    ):
        assert callable(getattr(Outbox, method)), method


def test_default_path_is_in_the_user_data_dir(isolated_dirs):
    box = Outbox()
    assert box.path == isolated_dirs["data"] / "agent-desktop" / "outbox.sqlite3"
    assert not box.path.exists()  # nothing is created before first use


def test_file_is_durable_wal_and_versioned(outbox):
    outbox.enqueue(OutboxKind.CALL_LOG, "c1", call_payload(1))
    conn = outbox._connection()
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] == 5000
    assert conn.execute("PRAGMA user_version").fetchone()[0] == outbox_schema.SCHEMA_VERSION


def test_enqueue_call_writes_record_and_entry_together(outbox, clock):
    record = call_record(7)
    entry = outbox.enqueue_call("call-7", record, tz=None)
    assert entry.state == OutboxState.PENDING and entry.kind == OutboxKind.CALL_LOG
    assert entry.call_id == "call-7"
    assert entry.payload == record.to_payload(None)
    assert entry.attempts == 0 and entry.next_attempt_at == clock()
    kept = outbox.call_record("call-7")
    assert kept["number"] == record.number and kept["start"] == record.start.isoformat()
    # A reader on another connection sees both rows: they were committed, not just cached.
    with sqlite3.connect(outbox.path) as other:
        assert other.execute("SELECT count(*) FROM calls").fetchone()[0] == 1
        assert other.execute("SELECT count(*) FROM outbox").fetchone()[0] == 1
    other.close()


def test_enqueue_twice_is_a_no_op_returning_the_first_entry(outbox):
    heard = []
    outbox.add_listener(heard.append)
    first = outbox.enqueue(OutboxKind.CALL_LOG, "c1", call_payload(1))
    # A double click with stale fields:
    again = outbox.enqueue(OutboxKind.CALL_LOG, "c1", call_payload(2))
    assert again.id == first.id and again.payload == call_payload(1)
    assert outbox.counts()[OutboxState.PENDING] == 1
    assert [e.action for e in heard] == ["enqueued"]
    # The same local id may exist once per kind (a call and the contact made during it).
    other = outbox.enqueue(
        OutboxKind.CREATE_CONTACT, "c1", {"firstname": "A", "lastname": "B", "phone": "0821234567"}
    )
    assert other.id != first.id


def test_enqueue_refuses_nonsense_without_writing(outbox):
    with pytest.raises(ValueError):
        outbox.enqueue("fax", "c1", {})
    with pytest.raises(ValueError):
        outbox.enqueue(OutboxKind.CALL_LOG, "", {})
    assert sum(outbox.counts().values()) == 0


def test_claim_is_atomic_and_oldest_first(outbox, tmp_path, clock):
    for i in range(3):
        outbox.enqueue(OutboxKind.CALL_LOG, f"c{i}", call_payload(i))
        clock.advance(1)
    with Outbox(tmp_path / "outbox.sqlite3", clock=clock) as second_app:
        a = outbox.claim_next("worker-a")
        b = second_app.claim_next("worker-b")
    assert (a.call_id, b.call_id) == ("c0", "c1")
    assert a.state == OutboxState.SENDING and a.claimed_by == "worker-a" and a.attempts == 1
    assert a.lease_until == clock() + 300


def test_concurrent_claims_never_hand_out_an_entry_twice(outbox, tmp_path, clock):
    for i in range(60):
        outbox.enqueue(OutboxKind.CALL_LOG, f"c{i}", call_payload(i))
    claimed: list[int] = []
    lock = threading.Lock()

    def drain(name):
        with Outbox(tmp_path / "outbox.sqlite3", clock=clock) as box:
            while (entry := box.claim_next(name)) is not None:
                with lock:
                    claimed.append(entry.id)

    threads = [threading.Thread(target=drain, args=(f"w{n}",)) for n in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(claimed) == sorted(set(claimed)) and len(claimed) == 60


def test_only_due_entries_are_claimed(outbox, clock):
    entry = outbox.enqueue(OutboxKind.CALL_LOG, "c1", call_payload(1))
    claimed = outbox.claim_next("w")
    outbox.mark_retry(
        entry.id,
        "w",
        error_kind="server",
        message="boom",
        next_attempt_at=clock() + 10,
        uncertain=True,
    )
    assert outbox.next_due_in() == pytest.approx(10)
    assert outbox.claim_next("w") is None
    clock.advance(10)
    assert outbox.next_due_in() == 0 and outbox.claim_next("w").id == claimed.id


def test_a_clock_set_back_does_not_strand_entries(outbox, clock):
    entry = outbox.enqueue(OutboxKind.CALL_LOG, "c1", call_payload(1))
    outbox.claim_next("w")
    outbox.mark_retry(
        entry.id,
        "w",
        error_kind="network",
        message="x",
        next_attempt_at=clock() + 5,
        uncertain=True,
    )
    clock.advance(-86_400)  # the wall clock jumped back a day
    assert outbox.next_due_in() == 0
    assert outbox.claim_next("w").id == entry.id


def test_sent_transition_keeps_result_and_clears_claim(outbox, clock):
    entry = outbox.enqueue(
        OutboxKind.CREATE_CONTACT, "r1", {"firstname": "A", "lastname": "B", "phone": "0821234567"}
    )
    outbox.claim_next("w")
    clock.advance(2)
    sent = outbox.mark_sent(entry.id, {"id": "abc", "firstname": "A"})
    assert sent.state == OutboxState.SENT and sent.sent_at == clock() and sent.result["id"] == "abc"
    assert sent.claimed_by is None and sent.last_error is None
    assert outbox.mark_sent(entry.id) is None  # already sent: nothing changes
    with pytest.raises(InvalidTransition, match="already accepted"):
        outbox.retry(entry.id)
    with pytest.raises(InvalidTransition):
        outbox.discard(entry.id)


def test_retry_and_attention_transitions_need_the_claim(outbox, clock):
    entry = outbox.enqueue(OutboxKind.CALL_LOG, "c1", call_payload(1))
    outbox.claim_next("w")
    assert (
        outbox.mark_retry(
            entry.id,
            "intruder",
            error_kind="network",
            message="x",
            next_attempt_at=clock(),
            uncertain=True,
        )
        is None
    )
    back = outbox.mark_retry(
        entry.id,
        "w",
        error_kind="network",
        message="offline",
        next_attempt_at=clock() + 1,
        uncertain=True,
    )
    assert back.state == OutboxState.PENDING and back.uncertain_attempts == 1
    assert back.last_error == "offline" and back.last_error_kind == "network"
    clock.advance(1)
    outbox.claim_next("w")
    bad = outbox.mark_needs_attention(
        entry.id,
        "w",
        error_kind="validation",
        message="Duration must be hh:mm:ss.",
        uncertain=False,
    )
    assert bad.state == OutboxState.NEEDS_ATTENTION and bad.attempts == 2
    assert outbox.claim_next("w") is None  # needs a person now
    assert outbox.last_error().id == entry.id


def test_a_person_can_correct_and_resend(outbox, clock):
    entry = outbox.enqueue(OutboxKind.CALL_LOG, "c1", {"Duration": "bad"})
    outbox.claim_next("w")
    outbox.mark_needs_attention(
        entry.id, "w", error_kind="validation", message="bad", uncertain=False
    )
    clock.advance(60)
    fixed = outbox.update_payload(entry.id, call_payload(1))
    assert fixed.state == OutboxState.PENDING and fixed.payload == call_payload(1)
    assert fixed.next_attempt_at == clock()
    assert outbox.claim_next("w").payload == call_payload(1)
    with pytest.raises(InvalidTransition, match="being sent"):
        outbox.update_payload(entry.id, {})


def test_retry_cuts_a_backoff_short(outbox, clock):
    entry = outbox.enqueue(OutboxKind.CALL_LOG, "c1", call_payload(1))
    outbox.claim_next("w")
    outbox.mark_retry(
        entry.id,
        "w",
        error_kind="server",
        message="x",
        next_attempt_at=clock() + 300,
        uncertain=True,
    )
    assert outbox.retry(entry.id).next_attempt_at == clock()
    assert outbox.claim_next("w") is not None


def test_discard_is_explicit_and_final(outbox):
    waiting = outbox.enqueue(OutboxKind.CALL_LOG, "c1", call_payload(1))
    refused = outbox.enqueue(OutboxKind.CALL_LOG, "c2", call_payload(2))
    outbox.claim_next("w")
    with pytest.raises(InvalidTransition, match="being sent"):
        outbox.discard(waiting.id)
    outbox.mark_needs_attention(
        waiting.id, "w", error_kind="validation", message="no", uncertain=False
    )
    assert outbox.discard(waiting.id).state == OutboxState.DISCARDED
    # A pending one, by a person's choice:
    assert outbox.discard(refused.id).state == OutboxState.DISCARDED
    assert outbox.claim_next("w") is None
    assert outbox.counts() == {
        OutboxState.PENDING: 0,
        OutboxState.SENDING: 0,
        OutboxState.SENT: 0,
        OutboxState.NEEDS_ATTENTION: 0,
        OutboxState.DISCARDED: 2,
    }
    with pytest.raises(InvalidTransition, match="no longer"):
        outbox.discard(999)


@pytest.mark.logs_errors
def test_listeners_hear_every_transition_after_commit(outbox):
    heard = []

    def listener(event):
        # Committed already: a fresh connection sees the new state.
        with sqlite3.connect(outbox.path) as conn:
            state = conn.execute(
                "SELECT state FROM outbox WHERE id = ?", (event.entry.id,)
            ).fetchone()[0]
        conn.close()
        heard.append((event.action, event.previous_state, state))

    outbox.add_listener(listener)
    outbox.add_listener(lambda event: 1 / 0)  # a broken listener harms nobody
    entry = outbox.enqueue(OutboxKind.CALL_LOG, "c1", call_payload(1))
    outbox.claim_next("w")
    outbox.mark_sent(entry.id)
    assert heard == [
        ("enqueued", None, OutboxState.PENDING),
        ("claimed", OutboxState.PENDING, OutboxState.SENDING),
        ("sent", OutboxState.SENDING, OutboxState.SENT),
    ]


def test_entries_lists_and_prune(outbox, clock):
    for i in range(3):
        outbox.enqueue(OutboxKind.CALL_LOG, f"c{i}", call_payload(i))
        clock.advance(1)
    first = outbox.claim_next("w")
    outbox.mark_sent(first.id)
    assert [e.call_id for e in outbox.entries()] == ["c2", "c1", "c0"]
    oldest_first = outbox.entries((OutboxState.PENDING,), newest_first=False)
    assert [e.call_id for e in oldest_first] == ["c1", "c2"]
    assert outbox.find(OutboxKind.CALL_LOG, "c1").state == OutboxState.PENDING
    clock.advance(100)
    assert outbox.prune(older_than=50) == 1
    assert outbox.get(first.id) is None and outbox.counts()[OutboxState.PENDING] == 2


def test_entries_of_a_dead_process_are_recovered(outbox, tmp_path):
    # A real process that has ended: its pid is not running any more.
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    dead = f"{socket.gethostname()}:{int(child.stdout)}:feedbeef0000:00000000"
    entry = outbox.enqueue(OutboxKind.CALL_LOG, "c1", call_payload(1))
    outbox.claim_next(dead)
    alive = outbox.enqueue(OutboxKind.CALL_LOG, "c2", call_payload(2))
    outbox.claim_next(claimer_id())  # this process, alive: left alone until its lease ends
    recovered = outbox.recover_stale()
    assert [e.id for e in recovered] == [entry.id]
    again = outbox.get(entry.id)
    assert again.state == OutboxState.PENDING and again.last_error_kind == FailureKind.INTERRUPTED
    assert again.uncertain_attempts == 1 and again.claimed_by is None
    assert outbox.get(alive.id).state == OutboxState.SENDING


def test_an_expired_lease_is_recovered(outbox, clock):
    entry = outbox.enqueue(OutboxKind.CALL_LOG, "c1", call_payload(1))
    outbox.claim_next("other-host:1:token:0", lease=60)
    assert outbox.recover_stale() == []
    clock.advance(61)
    assert [e.id for e in outbox.recover_stale()] == [entry.id]


def test_claimer_identity():
    mine = claimer_id()
    assert not claimer_is_dead(mine)
    host, pid, _token, worker = mine.split(":")
    # Our own pid with another process token: a previous run that got the same pid.
    assert claimer_is_dead(f"{host}:{pid}:000000000000:{worker}")
    assert not claimer_is_dead("some-other-host:1:abc:def")  # cannot tell: the lease decides
    assert not claimer_is_dead(None)


def test_memory_is_kept_when_the_disk_is_full(tmp_path, clock):
    disk = DiskThatFills(tmp_path / "outbox.sqlite3", clock)
    with disk.outbox as box:
        box.enqueue(OutboxKind.CALL_LOG, "c0", call_payload(0))
        disk.fill()
        heard = []
        box.add_listener(heard.append)
        clock.advance(1)
        big = {**call_payload(1), "Name": "x" * 20_000}
        with pytest.raises(OutboxUnavailable) as info:
            box.enqueue(OutboxKind.CALL_LOG, "c1", big)
        assert "disk holding the outbox is full" in info.value.message
        assert "kept in memory" in info.value.message
        assert isinstance(info.value.__cause__.__cause__, sqlite3.OperationalError)
        assert info.value.held.call_id == "c1"
        assert [h.call_id for h in box.held()] == ["c1"]
        assert box.flush_memory() == 0  # still full
        # The same call saved again while full is not held twice.
        with pytest.raises(OutboxUnavailable):
            box.enqueue(OutboxKind.CALL_LOG, "c1", big)
        assert len(box.held()) == 1
        disk.make_room()
        clock.advance(5)
        assert box.flush_memory() == 1
        assert box.held() == []
        written = box.find(OutboxKind.CALL_LOG, "c1")
        assert written.state == OutboxState.PENDING and written.created_at == clock() - 5
        assert [e.action for e in heard] == [
            "held_in_memory",
            "held_in_memory",
            "written_from_memory",
            "enqueued",
        ]


def test_an_unwritable_data_dir_keeps_the_call_in_memory(tmp_path):
    # As root chmod blocks nothing, so use a path whose parent is a regular file.
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    box = Outbox(blocker / "agent-desktop" / "outbox.sqlite3")
    with pytest.raises(OutboxUnavailable, match="cannot be written"):
        box.open()
    with pytest.raises(OutboxUnavailable) as info:
        box.enqueue_call("call-1", call_record(1))
    assert "kept in memory" in info.value.message and "Traceback" not in info.value.message
    assert [h.call_id for h in box.held()] == ["call-1"]
    assert box.held()[0].record["number"] == call_record(1).number
    blocker.unlink()  # the folder can be made now
    assert box.flush_memory() == 1
    assert box.find(OutboxKind.CALL_LOG, "call-1").payload == call_record(1).to_payload(None)
    assert box.call_record("call-1") is not None
    box.close()


def test_migration_from_an_empty_file_and_refusal_of_a_newer_one(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    with closing(sqlite3.connect(path)) as conn, conn:  # a database at version 0, not 0 bytes
        conn.execute("PRAGMA user_version = 0")
    assert path.stat().st_size > 0  # (an empty file would be replaced as damaged instead)
    with Outbox(path) as box:
        assert box.counts()[OutboxState.PENDING] == 0
    conn = sqlite3.connect(path)
    with conn:
        conn.execute(f"PRAGMA user_version = {outbox_schema.SCHEMA_VERSION + 1}")
    conn.close()
    box = Outbox(path)
    with pytest.raises(OutboxUnavailable, match="newer version"):
        box.open()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == outbox_schema.SCHEMA_VERSION + 1
    conn.close()
