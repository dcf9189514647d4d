"""Recent calls on their worker: writes and reads in the order asked, bursts folded into one
read, the GUI thread never touching the file, a broken file said and survived."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

from agent_desktop.core.api.models import CallDirection
from agent_desktop.core.calls.book import Call, CallState
from agent_desktop.core.calls.recent import RecentCalls
from agent_desktop.core.calls.store import CallStore
from agent_desktop.qt.recent_service import RecentService

T0 = datetime(2026, 12, 1, 13, 25, tzinfo=timezone.utc)


def _call(call_id: str, minutes: int, state: CallState = CallState.ENDED) -> Call:
    start = T0 + timedelta(minutes=minutes)
    return Call(
        id=call_id,
        softphone_id="",
        direction=CallDirection.INBOUND,
        number="0721234567",
        started_at=start,
        state=state,
        ended_at=start + timedelta(seconds=30),
    )


def test_calls_are_written_and_read_on_the_worker_in_order(qtbot, tmp_path):
    store = CallStore(tmp_path / "outbox.sqlite3")
    threads: set[str] = set()

    @contextmanager
    def watched():
        threads.add(threading.current_thread().name)
        with store.transaction() as conn:
            yield conn

    service = RecentService(RecentCalls(watched))
    reads: list = []
    service.loaded.connect(lambda rows, unseen: reads.append(([r.call.id for r in rows], unseen)))
    with qtbot.waitSignal(service.loaded, timeout=5000):
        service.start(T0)
    for i in range(5):  # a burst: one read at the end
        service.record(_call(f"c{i}", i))
    service.record(_call("live", 9, CallState.RINGING))  # not a recent call yet
    qtbot.waitUntil(lambda: reads and reads[-1][0] == ["c4", "c3", "c2", "c1", "c0"], timeout=5000)
    assert len(reads) == 2  # the start, and the burst folded into one
    assert reads[-1][1] == 5  # all missed (never answered), none seen
    service.mark_seen(["c4"])
    qtbot.waitUntil(lambda: reads[-1][1] == 4, timeout=5000)
    assert threading.main_thread().name not in threads
    service.shutdown()
    store.close()


def test_a_broken_file_is_said_and_the_list_keeps_working(qtbot, tmp_path):
    @contextmanager
    def broken():
        raise sqlite3.OperationalError("disk I/O error")
        yield  # pragma: no cover

    service = RecentService(RecentCalls(broken))
    with qtbot.waitSignal(service.failed, timeout=5000) as failed:
        service.record(_call("a", 0))
    assert failed.args == ["OperationalError: disk I/O error"]
    service.shutdown()


def test_a_burst_of_changes_is_one_write_and_seen_keeps_its_place(qtbot, tmp_path):
    """A replayed day changes each call several times within a few turns: the changes made
    before the worker gets to them are one transaction, each call written as it is last. A
    change after 'seen' is still after it: a call that rang since stays unseen."""
    store = CallStore(tmp_path / "outbox.sqlite3")
    writes: list[int] = []
    gate = threading.Event()

    @contextmanager
    def gated():
        gate.wait(5)  # the worker (at start-up's prune) waits until the burst is in
        with store.transaction() as conn:
            yield conn

    class Counted(RecentCalls):
        def record_many(self, calls: list[Call]) -> None:
            writes.append(len(calls))
            super().record_many(calls)

    service = RecentService(Counted(gated))
    reads: list = []
    service.loaded.connect(lambda rows, unseen: reads.append(([r.call.id for r in rows], unseen)))
    service.start(T0)
    for i in range(50):
        service.record(_call(f"c{i}", i))
        service.record(_call(f"c{i}", i, CallState.QUEUED))
    service.mark_seen(None)
    service.record(_call("late", 60))  # rang after the agent saw the list
    gate.set()
    qtbot.waitUntil(lambda: bool(reads) and len(reads[-1][0]) == 51, timeout=5000)
    assert reads[-1][1] == 1  # only the late call is unseen
    assert writes == [50, 1]  # 100 changes of 50 calls in one write; the late call after seen
    queued = RecentCalls(store.transaction).recent()
    assert {r.call.state for r in queued if r.call.id != "late"} == {CallState.QUEUED}
    service.shutdown()
    store.close()
