"""kill -9 at any instant of the start-up replay of spooled events loses no call and logs none
twice: a real process (tests/qt/replay_child.py: the real CallService, call store and outbox on
one SQLite file) is killed mid-replay, then started again until its replay completes."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.calls.store import CallStore

CHILD = Path(__file__).with_name("replay_child.py")
REPO = Path(__file__).resolve().parents[2]
CALLS = 30
T0 = datetime.now(timezone.utc) - timedelta(hours=1)


def _spool_missed_calls(db: Path) -> list[str]:
    """30 missed calls (ring, end) spooled while no window ran, as `agent-desktop call` does."""
    store = CallStore(db)
    numbers = [f"+2782{i:07d}" for i in range(CALLS)]
    for i, number in enumerate(numbers):
        at = T0 + timedelta(minutes=i)
        store.spool(CallEvent(EventKind.RING, number, "", False, at))
        store.spool(CallEvent(EventKind.END, number, "", False, at + timedelta(seconds=20)))
    store.close()
    return numbers


def _child(db: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.Popen(
        [sys.executable, str(CHILD), str(db)], stdout=subprocess.PIPE, text=True, env=env, cwd=REPO
    )


def _kill_at(child: subprocess.Popen[str], after_line: str, delay: float) -> None:
    """SIGKILL `delay` s after the child printed `after_line` (or when it is done, whichever
    comes first: the instant then fell after the replay)."""
    assert child.stdout is not None
    for line in child.stdout:
        if line.strip() == after_line or line.startswith("done"):
            break
    time.sleep(delay)
    child.send_signal(signal.SIGKILL)
    child.wait()
    child.stdout.close()


def _run_to_the_end(db: Path) -> None:
    child = _child(db)
    out, _ = child.communicate(timeout=60)
    assert child.returncode == 0 and "done" in out, out


def _logged_numbers(db: Path) -> Counter[str]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT payload FROM outbox WHERE kind = 'call_log'").fetchall()
    return Counter(json.loads(payload)["Number"] for (payload,) in rows)


def _left(db: Path, table: str) -> int:
    with sqlite3.connect(db) as conn:
        return conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]


# Instants: some time after the start (the read, the batch, the commit), and after the k-th log
# was queued (between the logs, between a log and its "queued" note).
INSTANTS = [
    ("start", 0.0),
    ("start", 0.15),
    ("start", 0.4),
    ("sent 1", 0.0),
    ("sent 10", 0.0),
    ("sent 29", 0.0),
]


@pytest.mark.parametrize(("after", "delay"), INSTANTS)
def test_a_kill_during_the_replay_loses_nothing_and_logs_nothing_twice(tmp_path, after, delay):
    db = tmp_path / "outbox.sqlite3"
    numbers = _spool_missed_calls(db)
    _kill_at(_child(db), after, delay)
    _run_to_the_end(db)
    assert _logged_numbers(db) == Counter(numbers)  # every call, each exactly once
    assert _left(db, "call_spool") == 0 and _left(db, "call_book") == 0
