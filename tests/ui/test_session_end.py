"""SIGTERM (a logout) closes the real window as Quit does: the calls written, the outbox settled
and closed, exit status 0; the log it held goes out exactly once at the next start."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from agent_desktop.core import paths
from agent_desktop.core.call_events import CallEvent, EventKind
from agent_desktop.core.call_store import CallStore
from agent_desktop.sandbox import SandboxServer

ROOT = Path(__file__).resolve().parents[2]
KEY = "session-end-key"
NUMBER = "+27825550101"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is a POSIX signal")


def _window() -> subprocess.Popen[bytes]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "AGENT_DESKTOP_API_KEY": KEY,
           "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "agent_desktop"], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def _queued(db: Path) -> list[str]:
    if not db.exists():
        return []
    conn = sqlite3.connect(db)
    try:
        return [state for (state,) in conn.execute(
            "SELECT state FROM outbox WHERE kind = 'call_log'")]
    except sqlite3.Error:
        return []
    finally:
        conn.close()


def _wait(condition, timeout: float = 60) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.1)
    return False


def _terminate(window: subprocess.Popen[bytes]) -> tuple[int, str]:
    window.send_signal(signal.SIGTERM)
    try:
        _out, err = window.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        window.kill()
        _out, err = window.communicate()
    return window.returncode, err.decode("utf-8", "replace")


@pytest.mark.timeout(480)  # two real windows start on a busy machine
def test_sigterm_settles_like_quit_and_the_log_goes_out_once(tmp_path):
    sandbox = SandboxServer(token=KEY, db_path=tmp_path / "sandbox.sqlite3").start()
    port, base_url = sandbox.port, sandbox.base_url
    sandbox.stop()  # down for the first window: its log waits in the outbox
    settings = paths.settings_file()
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(f'base_url = "{base_url}"\nagent_first_name = "Thandi"\n'
                        'agent_last_name = "Nkosi"\nagent_email = "thandi@example.com"\n')
    db = paths.data_dir() / "outbox.sqlite3"
    at = datetime.now(timezone.utc) - timedelta(minutes=5)
    store = CallStore(db)  # a missed call the softphone reported while no window ran
    store.spool(CallEvent(EventKind.RING, NUMBER, "", False, at))
    store.spool(CallEvent(EventKind.END, NUMBER, "", False, at + timedelta(seconds=12)))
    store.close()

    first = _window()
    try:
        assert _wait(lambda: _queued(db) == ["pending"]), "the missed call was never queued"
    finally:
        code, err = _terminate(first)
    assert code == 0, err[-2000:]  # closed as Quit does, not ended by the signal
    assert not Path(f"{db}-wal").exists()  # the outbox was closed (checkpointed), not dropped
    assert _queued(db) == ["pending"]
    assert CallStore(db).load_open() == []  # nothing left in review or ringing

    # The first window tried (refused: the server was down) and set the next try; no sooner.
    conn = sqlite3.connect(db)
    next_try = conn.execute("SELECT MAX(next_attempt_at) FROM outbox").fetchone()[0]
    conn.close()
    sandbox = SandboxServer(token=KEY, port=port, db_path=tmp_path / "sandbox.sqlite3").start()
    second = _window()
    try:
        sent = _wait(lambda: len(sandbox.received_logs()) >= 1,
                     max(0.0, next_try - time.time()) + 60)
        time.sleep(1.5)  # a second copy would be on its way by now
    finally:
        code, err = _terminate(second)
        received = sandbox.received_logs()
        sandbox.stop()
    assert sent, f"the log was never sent: {_queued(db)} {err[-3000:]}"
    assert code == 0, err[-2000:]
    assert [log["Number"] for log in received] == [NUMBER]
    assert _queued(db) == ["sent"]
