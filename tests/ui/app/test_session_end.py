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

from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.calls.store import CallStore
from agent_desktop.core.settings import paths
from agent_desktop.sandbox import SandboxServer

ROOT = Path(__file__).resolve().parents[3]
KEY = "session-end-key"
NUMBER = "+27825550101"

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGTERM is a POSIX signal")


def _window() -> subprocess.Popen[bytes]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "AGENT_DESKTOP_API_KEY": KEY,
        "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
        "PYTHONPATH": str(ROOT),
    }
    return subprocess.Popen(
        [sys.executable, "-m", "agent_desktop"],
        env=env,
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )


def _queued(db: Path) -> list[str]:
    if not db.exists():
        return []
    conn = sqlite3.connect(db)
    try:
        return [
            state for (state,) in conn.execute("SELECT state FROM outbox WHERE kind = 'call_log'")
        ]
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
    sandbox.stop()  # down for the first window: the caller cannot be looked up, the log waits
    settings = paths.settings_file()
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text(
        f'base_url = "{base_url}"\nagent_first_name = "Thandi"\n'
        'agent_last_name = "Nkosi"\nagent_email = "thandi@example.com"\n'
    )
    db = paths.data_dir() / "outbox.sqlite3"
    at = datetime.now(timezone.utc) - timedelta(minutes=5)
    store = CallStore(db)  # a missed call the softphone reported while no window ran
    store.spool(CallEvent(EventKind.RING, NUMBER, "", False, at))
    store.spool(CallEvent(EventKind.END, NUMBER, "", False, at + timedelta(seconds=12)))
    store.close()

    def replayed() -> bool:
        try:
            conn = sqlite3.connect(db)
            try:
                return conn.execute("SELECT count(*) FROM call_spool").fetchone()[0] == 0
            finally:
                conn.close()
        except sqlite3.Error:
            return False

    first = _window()
    try:
        # Replayed and on disk as a call whose log waits for its caller's lookup (a log is
        # never sent without a contact while a lookup could still find one).
        assert _wait(replayed), "the spooled call was never replayed"
        time.sleep(2.0)  # its lookup tried and failed: the server is down
    finally:
        code, err = _terminate(first)
    assert code == 0, err[-2000:]  # closed as Quit does, not ended by the signal
    assert not Path(f"{db}-wal").exists()  # the file was closed (checkpointed), not dropped
    kept = CallStore(db).load_open() + ([] if not _queued(db) else ["queued"])
    assert len(kept) == 1  # the call is on disk: in the call book, or its log in the outbox

    sandbox = SandboxServer(token=KEY, port=port, db_path=tmp_path / "sandbox.sqlite3").start()
    second = _window()
    try:
        sent = _wait(lambda: len(sandbox.received_logs()) >= 1, 60)
        time.sleep(1.5)  # a second copy would be on its way by now
    finally:
        code, err = _terminate(second)
        received = sandbox.received_logs()
        sandbox.stop()
    assert sent, f"the log was never sent: {_queued(db)} {err[-3000:]}"
    assert code == 0, err[-2000:]
    assert [log["Number"] for log in received] == [NUMBER]
    assert _queued(db) == ["sent"]
