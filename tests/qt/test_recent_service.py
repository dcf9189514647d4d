"""Recent calls on their worker: writes and reads in the order asked, bursts folded into one
read, the GUI thread never touching the file, a broken file said and survived."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone

from agent_desktop.core.call_model import Call, CallState
from agent_desktop.core.call_store import CallStore
from agent_desktop.core.models import CallDirection
from agent_desktop.core.recent_calls import RecentCalls
from agent_desktop.qt.recent_service import RecentService

T0 = datetime(2026, 12, 1, 13, 25, tzinfo=timezone.utc)


def _call(call_id: str, minutes: int, state: CallState = CallState.ENDED) -> Call:
    start = T0 + timedelta(minutes=minutes)
    return Call(id=call_id, softphone_id="", direction=CallDirection.INBOUND,
                number="0721234567", started_at=start, state=state,
                ended_at=start + timedelta(seconds=30))


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
    qtbot.waitUntil(lambda: reads and reads[-1][0] == ["c4", "c3", "c2", "c1", "c0"],
                    timeout=5000)
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
