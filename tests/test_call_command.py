"""`agent-desktop call ring` with no window running: it starts one, and the ring reaches it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not Path("/proc/self/environ").exists(), reason="finds the started window through /proc (Linux)"
)


def _pids_with(marker: str) -> list[int]:
    pids = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and int(entry.name) != os.getpid():
            try:
                if marker.encode() in (entry / "environ").read_bytes():
                    pids.append(int(entry.name))
            except OSError:  # gone meanwhile, or not ours to read
                pass
    return pids


def _stop_windows(marker: str) -> None:
    """End the windows this test started (asked first, killed after 10 s)."""
    for pid in _pids_with(marker):
        os.kill(pid, signal.SIGTERM)
    deadline = time.monotonic() + 10
    while _pids_with(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    for pid in _pids_with(marker):
        os.kill(pid, signal.SIGKILL)


def test_a_ring_starts_the_window_and_pops_the_caller(sandbox, monkeypatch):
    marker = f"ad-test-{uuid.uuid4().hex[:10]}"
    monkeypatch.setenv("USER", marker)  # how the started window is found in /proc
    monkeypatch.setenv("LOGNAME", marker)
    monkeypatch.setenv("AGENT_DESKTOP_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("AGENT_DESKTOP_API_KEY", "test-key")
    try:
        started = time.monotonic()
        done = subprocess.run(
            [sys.executable, "-m", "agent_desktop", "call", "ring", "0721234567"],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert done.returncode == 0, done.stderr
        assert time.monotonic() - started < 30  # the command returns; the window stays
        assert _pids_with(marker), "no window process was started"
        # The started window looked the caller up at the sandbox: the event reached it.
        deadline = time.monotonic() + 20
        while sandbox.request_count("/calls/record") == 0 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert sandbox.request_count("/calls/record") >= 1
        # A second command reaches the running window instead of starting another.
        again = subprocess.run(
            [sys.executable, "-m", "agent_desktop", "call", "end"],
            capture_output=True,
            text=True,
            timeout=30,
        )
        assert again.returncode == 0, again.stderr
        assert len(_pids_with(marker)) == 1
    finally:
        _stop_windows(marker)


def test_two_events_at_a_cold_start_leave_one_window_and_reach_it(sandbox, monkeypatch):
    """MicroSIP runs ring and answer back to back while no window runs: both commands spool and
    start a window; one window stays, and it replays both events (the ring's lookup is seen)."""
    marker = f"ad-test-{uuid.uuid4().hex[:10]}"
    monkeypatch.setenv("USER", marker)
    monkeypatch.setenv("LOGNAME", marker)
    monkeypatch.setenv("AGENT_DESKTOP_BASE_URL", sandbox.base_url)
    monkeypatch.setenv("AGENT_DESKTOP_API_KEY", "test-key")
    from agent_desktop.core.calls.store import CallStore

    try:
        commands = [
            subprocess.Popen(
                [sys.executable, "-m", "agent_desktop", "call", event, "0721234567"],
                stderr=subprocess.PIPE,
                text=True,
            )
            for event in ("ring", "answer")
        ]
        for command in commands:
            _, err = command.communicate(timeout=60)
            assert command.returncode == 0, err
        deadline = time.monotonic() + 30
        while sandbox.request_count("/calls/record") == 0 and time.monotonic() < deadline:
            time.sleep(0.1)
        assert sandbox.request_count("/calls/record") >= 1  # the spooled ring reached a window
        while len(_pids_with(marker)) > 1 and time.monotonic() < deadline:
            time.sleep(0.1)  # the second window hands over and closes
        assert len(_pids_with(marker)) == 1
        assert CallStore().take_spooled() == []  # every spooled event was taken
    finally:
        _stop_windows(marker)
