"""A damaged outbox has a way out: the file is moved aside (kept, named in the notice), what SQLite
can still read is carried into a fresh outbox, and delivery goes on. Real files in tmp_path."""

from __future__ import annotations

import os

import pytest
from stubs import FakeClock, call_payload, number

from agent_desktop.core.api.client import SwitchTransactClient
from agent_desktop.core.api.rate_limit import TokenBucket
from agent_desktop.core.outbox.backoff import Backoff
from agent_desktop.core.outbox.delivery import ClientSender, DeliveryWorker
from agent_desktop.core.outbox.outbox import Outbox, OutboxKind, OutboxState

GARBAGE = b"this is not an SQLite file, just junk somebody copied over it\n" * 200


def aside_files(folder):
    return sorted(p.name for p in folder.iterdir() if ".damaged-" in p.name)


def fill(path, count, clock):
    """An outbox with `count` pending call logs, checkpointed into the main file."""
    with Outbox(path, clock=clock) as box:
        for i in range(count):
            box.enqueue(OutboxKind.CALL_LOG, f"c{i}", call_payload(i))
            clock.advance(1)
    # A clean close checkpoints the WAL: everything is in the main file now.
    assert not os.path.exists(f"{path}-wal") or os.path.getsize(f"{path}-wal") == 0


def deliver_all(box, sandbox, clock):
    with SwitchTransactClient(sandbox.base_url, "test-key") as client:
        worker = DeliveryWorker(
            box,
            ClientSender(client),
            clock=clock,
            backoff=Backoff(base=1.0, cap=300.0, rng=lambda: 1.0),
            limiter=TokenBucket(rate=1000, clock=clock),
        )
        for _ in range(500):
            if not box.counts()[OutboxState.PENDING]:
                break
            worker.run_once()
            clock.advance(1)


@pytest.mark.logs_errors  # the damage is logged as an error
def test_a_garbage_header_is_moved_aside_and_a_fresh_outbox_takes_new_logs(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    path.write_bytes(GARBAGE)
    with Outbox(path) as box:
        # Saved on disk, not in memory:
        entry = box.enqueue(OutboxKind.CALL_LOG, "after", call_payload(1))
        assert entry.state == OutboxState.PENDING and box.held() == []
        (aside,) = aside_files(tmp_path)
        assert (tmp_path / aside).read_bytes() == GARBAGE  # kept exactly as it was
        assert box.recovery is not None
        assert str(tmp_path / aside) in box.recovery.message
        assert "nothing could be read from it" in box.recovery.message
    with Outbox(path) as box:  # the fresh file is a sound outbox
        assert [e.call_id for e in box.entries()] == ["after"]
        assert box.recovery is None


@pytest.mark.logs_errors  # the damage is logged as an error
def test_a_truncated_outbox_gives_back_what_sqlite_can_read_and_it_is_delivered(tmp_path, sandbox):
    clock = FakeClock()
    path = tmp_path / "outbox.sqlite3"
    fill(path, 120, clock)  # ~20 pages: the cut leaves whole and torn ones
    size = path.stat().st_size
    with open(path, "r+b") as fh:
        fh.truncate(size * 2 // 3)
    with Outbox(path, clock=clock) as box:
        recovered = box.counts()[OutboxState.PENDING]
        assert 0 < recovered < 120
        notice = box.recovery.message
        assert f"{recovered} entries could be read from it" in notice
        (aside,) = aside_files(tmp_path)
        assert str(tmp_path / aside) in notice
        deliver_all(box, sandbox, clock)
        assert box.counts()[OutboxState.SENT] == recovered
    received = {log["Number"] for log in sandbox.received_logs()}
    assert len(received) == recovered and received <= {number(i) for i in range(120)}


@pytest.mark.logs_errors  # the damage is logged as an error
def test_an_empty_file_whose_journal_holds_entries_gives_them_back(tmp_path):
    clock = FakeClock()
    path = tmp_path / "outbox.sqlite3"
    box = Outbox(path, clock=clock).open()
    for i in range(5):
        box.enqueue(OutboxKind.CALL_LOG, f"c{i}", call_payload(i))
    # As after `kill -9`, the entries are in the -wal; then the main file is cut to nothing.
    wal = (tmp_path / "outbox.sqlite3-wal").read_bytes()
    box.close()
    path.write_bytes(b"")
    (tmp_path / "outbox.sqlite3-wal").write_bytes(wal)
    with Outbox(path, clock=clock) as fresh:
        assert "was empty (0 bytes)" in fresh.recovery.message
        assert "5 entries could be read from it" in fresh.recovery.message
        assert sorted(e.call_id for e in fresh.entries()) == [f"c{i}" for i in range(5)]
    names = aside_files(tmp_path)
    assert len(names) == 2 and names[1] == names[0] + "-wal"  # the journal is kept with it


@pytest.mark.logs_errors  # the damage is logged as an error
def test_a_zero_byte_outbox_is_reported_not_silently_replaced(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    path.write_bytes(b"")
    with Outbox(path) as box:
        box.enqueue(OutboxKind.CALL_LOG, "after", call_payload(1))
        assert box.recovery is not None
        assert "was empty (0 bytes)" in box.recovery.message
        (aside,) = aside_files(tmp_path)
        assert (tmp_path / aside).stat().st_size == 0


def test_a_sound_outbox_is_left_alone(tmp_path):
    clock = FakeClock()
    fill(tmp_path / "outbox.sqlite3", 3, clock)
    with Outbox(tmp_path / "outbox.sqlite3") as box:
        assert box.counts()[OutboxState.PENDING] == 3 and box.recovery is None
    assert aside_files(tmp_path) == []


@pytest.mark.logs_errors  # the damage is logged as an error
@pytest.mark.parametrize("junk", [b"SQLite format 3\0" + b"\xff" * 84, GARBAGE[:10]])
def test_any_damage_at_open_ends_in_a_usable_outbox(tmp_path, junk):
    path = tmp_path / "outbox.sqlite3"
    path.write_bytes(junk)
    with Outbox(path) as box:
        box.enqueue(OutboxKind.CALL_LOG, "after", call_payload(1))
        assert box.recovery is not None
