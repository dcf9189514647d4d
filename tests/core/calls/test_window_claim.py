"""The window's claim on its data folder, between real processes: one holder at a time, freed by
the holder's death (kill -9 included), seen by `call` without being taken from the holder."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest

from agent_desktop.core.calls.window_claim import LOCK_NAME, WindowClaim, held_elsewhere

HOLDER = """
import sys, time
from agent_desktop.core.calls.window_claim import WindowClaim
claim = WindowClaim(sys.argv[1])
print("held" if claim.take() else "refused", flush=True)
time.sleep(60)
"""


def _holder(folder) -> subprocess.Popen[str]:
    child = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(folder)], stdout=subprocess.PIPE, text=True
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "held"
    return child


def test_one_window_holds_the_data_folder_until_it_dies(tmp_path):
    folder = tmp_path / "data"
    child = _holder(folder)
    try:
        assert held_elsewhere(folder)
        assert not WindowClaim(folder).take()
        assert held_elsewhere(folder)  # probing and refusing took nothing from the holder
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
        assert child.stdout is not None
        child.stdout.close()
    assert not held_elsewhere(folder)
    mine = WindowClaim(folder)
    assert mine.take() and mine.held
    try:
        second = subprocess.run(
            [sys.executable, "-c", HOLDER.replace("time.sleep(60)", ""), str(folder)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert second.stdout.strip() == "refused"
    finally:
        mine.release()
    assert not mine.held and WindowClaim(folder).take()


def test_no_lock_file_means_no_window(tmp_path):
    assert not held_elsewhere(tmp_path / "never-made")
    assert not (tmp_path / "never-made").exists()  # the probe creates nothing


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes and links")
def test_the_lock_file_is_private_and_never_a_link(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / LOCK_NAME).symlink_to(tmp_path / "elsewhere")
    with pytest.raises(OSError):
        WindowClaim(folder).take()
    assert not (tmp_path / "elsewhere").exists()
    (folder / LOCK_NAME).unlink()
    claim = WindowClaim(folder)
    assert claim.take()
    claim.release()
    assert (folder / LOCK_NAME).stat().st_mode & 0o777 == 0o600
    assert folder.stat().st_mode & 0o777 == 0o700


def test_a_probe_racing_a_start_does_not_turn_the_window_away(tmp_path, monkeypatch):
    """`call` probes with a shared lock for microseconds; a window claiming in that instant
    tries again rather than closing."""
    folder = tmp_path / "data"
    first = WindowClaim(folder)
    assert first.take()  # makes the file
    first.release()
    probe = os.open(folder / LOCK_NAME, os.O_RDWR)
    import fcntl

    fcntl.flock(probe, fcntl.LOCK_SH)
    started = time.monotonic()
    freed = []

    def sleep(seconds: float) -> None:
        if not freed:
            os.close(probe)  # the probe lets go during the first pause
            freed.append(time.monotonic() - started)

    monkeypatch.setattr(time, "sleep", sleep)
    claim = WindowClaim(folder)
    assert claim.take()
    assert freed
    claim.release()
