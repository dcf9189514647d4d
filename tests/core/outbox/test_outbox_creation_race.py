"""Two processes creating the shared outbox file at once: `agent-desktop call …` spools into it
when no window listens (creating it if need be) while a window opens the Outbox. The window must
never see a half-made (zero-byte) file and move it aside as damaged: the event written into it
would go with it. Real processes, real files in tmp_path."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

from agent_desktop.core.calls.store import CallStore
from agent_desktop.core.outbox.outbox import Outbox
from agent_desktop.core.outbox.schema import open_database

ROUNDS = 40

SPOOLER = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from agent_desktop.core.calls.events import CallEvent, EventKind
    from agent_desktop.core.calls.store import CallStore

    for folder in sys.argv[1:]:
        folder = Path(folder)
        while not folder.exists():  # the other process says "now" by making the folder
            time.sleep(0.0005)
        store = CallStore(folder / "outbox.sqlite3")
        store.spool(CallEvent(EventKind.RING, "+27721234567", folder.name))
        store.close()
""")


def _wait_for(path: Path, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while not path.exists():  # a tight loop: open the file the instant it appears
        assert time.monotonic() < deadline, f"{path} never appeared"


def test_a_window_opening_while_the_call_command_creates_the_file_sees_no_damage(tmp_path):
    folders = [tmp_path / f"round-{i}" for i in range(ROUNDS)]
    spooler = subprocess.Popen(
        [sys.executable, "-c", SPOOLER, *map(str, folders)], cwd=Path(__file__).resolve().parents[3]
    )
    damaged: list[str] = []
    try:
        for folder in folders:
            folder.mkdir()
            path = folder / "outbox.sqlite3"
            _wait_for(path)
            with Outbox(path) as box:
                if box.recovery is not None:
                    damaged.append(box.recovery.message)
    except BaseException:
        spooler.kill()  # it would wait for folders that never come
        raise
    finally:
        returncode = spooler.wait(timeout=60)
    assert damaged == []
    assert returncode == 0  # the command did not fail either
    for folder in folders:  # and every event is in the file the window uses, once
        assert not [p.name for p in folder.iterdir() if ".damaged-" in p.name]
        store = CallStore(folder / "outbox.sqlite3")
        assert [e.call_id for e in store.take_spooled()] == [folder.name]
        store.close()


def test_a_new_file_appears_whole(tmp_path):
    """Whoever creates the file, it is never seen empty: it appears with its header."""
    path = tmp_path / "data" / "outbox.sqlite3"
    open_database(path).close()
    assert path.stat().st_size > 0
    assert path.read_bytes()[:16] == b"SQLite format 3\0"
    assert [p.name for p in path.parent.iterdir()] == ["outbox.sqlite3"]  # no temp file left
