"""kill -9 of a real window process in the middle of a call the PBX reports: the next window
takes the call back from disk, hears its end from the PBX (a new AMI session), and the call is
logged once, with the PBX's times."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import ami_scenarios as sc
import pytest
from fake_ami import FakeAmi

from agent_desktop.core.phones.asterisk.source import SECRET_ENV
from agent_desktop.core.settings.settings import Settings, SettingsStore

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
FIELDS = ("CallType", "Number", "CallStartTimeLocal", "CallEndTimeLocal", "Duration")


def _wait(condition, timeout: float = 30.0, what: str = "") -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def _call_states(db: Path) -> list[str]:
    """The call store's rows, read-only (the window owns the file)."""
    if not db.exists():
        return []
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return [row[0] for row in conn.execute("SELECT state FROM call_book")]
    except sqlite3.OperationalError:  # not created yet
        return []


def _window(ami: FakeAmi, errors: Path) -> subprocess.Popen[bytes]:
    env = {**os.environ, SECRET_ENV: ami.secret, "AGENT_DESKTOP_API_KEY": "test-key"}
    with errors.open("ab") as err:  # the child keeps its own copy of the descriptor
        return subprocess.Popen(
            [sys.executable, "-m", "agent_desktop"], env=env, stdout=subprocess.DEVNULL, stderr=err
        )


def test_a_window_killed_mid_call_loses_nothing_and_logs_once(sandbox, tmp_path):
    from agent_desktop.core.calls.store import default_path

    ami = FakeAmi()
    SettingsStore().save(
        Settings(
            base_url=sandbox.base_url,
            agent_first_name="Ada",
            agent_last_name="Agent",
            agent_email="ada@example.com",
            auto_send_seconds=1,
            phone="asterisk",
            asterisk_address=ami.address,
            asterisk_user=ami.user,
            asterisk_extension="201",
        )
    )
    db = default_path()
    events = sc.inbound_answered()
    first = second = None
    try:
        first = _window(ami, tmp_path / "first.err")
        ami.wait_logged_in(count=1, timeout=60)
        ami.send(events[:6])  # rings, answered
        _wait(lambda: _call_states(db) == ["connected"], what="the connected call on disk")
        first.send_signal(signal.SIGKILL)
        first.wait(10)

        second = _window(ami, tmp_path / "second.err")
        ami.wait_logged_in(count=2, timeout=60)
        ami.send(events[6:])  # the agent hangs up: heard by the new window's session
        _wait(lambda: sandbox.request_count("/calls/log") >= 1, what="the log at the sandbox")
        second.send_signal(signal.SIGTERM)  # the window quits; nothing more can be sent
        second.wait(20)
    finally:
        for child in (first, second):
            if child is not None and child.poll() is None:
                child.kill()
                child.wait(10)
        ami.close()
    for name in ("first.err", "second.err"):
        said = (tmp_path / name).read_text(errors="replace")
        assert "Traceback" not in said, said
    logs = [tuple(body[f] for f in FIELDS) for body in sandbox.received_logs()]
    assert logs == [sc.log("Inbound", sc.CALLER, 0, 65, "00:01:00")]
    assert sandbox.request_count("/calls/log") == 1
    assert _call_states(db) == []  # nothing left live or in review
