"""An outbox that cannot be opened says why, in the agent's words: a folder in its place,
another program's database, a stray -journal, a file that cannot be changed (immutable or
read-only). Real files on disk; the immutable case uses chattr where the system allows it."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from agent_desktop.core.outbox.outbox import Outbox, OutboxKind, OutboxUnavailable


def _our_outbox(path: Path) -> None:
    box = Outbox(path)
    box.enqueue(OutboxKind.CALL_LOG, "c0", {"Number": "0721234567"})
    box.close()


def folder(path: Path) -> None:
    path.mkdir()


def foreign(path: Path) -> None:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE calls (caller TEXT)")  # another program's "calls"
    conn.commit()
    conn.close()


def journal_folder(path: Path) -> None:
    _our_outbox(path)
    Path(f"{path}-journal").mkdir()


def wal_folder(path: Path) -> None:
    _our_outbox(path)
    Path(f"{path}-wal").mkdir()


CASES = [
    (journal_folder, ["-journal", "not made by Agent Desktop"]),
    (wal_folder, ["-wal", "is a folder"]),
]


@pytest.mark.logs_errors
@pytest.mark.parametrize(("setup", "words"), CASES, ids=[c[0].__name__ for c in CASES])
def test_the_message_names_the_cause(tmp_path, setup, words):
    path = tmp_path / "outbox.sqlite3"
    setup(path)
    with pytest.raises(OutboxUnavailable) as caught:
        box = Outbox(path)
        try:
            box.enqueue(OutboxKind.CALL_LOG, "c1", {"Number": "0825550101"})
        finally:
            box.close()
    message = caught.value.message
    for word in words:
        assert word in message, message
    assert "damaged" not in message and "cannot be written to" not in message


@pytest.mark.logs_errors
@pytest.mark.parametrize(
    ("setup", "stranger", "words"),
    [
        (folder, "folder", ["There was a folder where the outbox file", "should be"]),
        (foreign, "foreign", ["held another program's database, not an outbox"]),
    ],
    ids=["folder", "foreign"],
)
def test_something_else_in_the_outbox_place_is_set_aside_and_a_fresh_outbox_made(
    tmp_path, setup, stranger, words
):
    """A folder or another program's database where the outbox belongs is moved aside as it
    is (nothing of it changed) and a new outbox takes the logs at once: nothing waits in
    memory for a restart that would not help."""
    path = tmp_path / "outbox.sqlite3"
    setup(path)
    box = Outbox(path)
    try:
        box.enqueue(OutboxKind.CALL_LOG, "c1", {"Number": "0825550101"})
        recovery = box.recovery
        assert recovery is not None and recovery.stranger == stranger
        for word in words:
            assert word in recovery.message, recovery.message
        assert "damaged" not in recovery.message
        assert recovery.kept_as.exists()
        assert recovery.kept_as.name.startswith("outbox.sqlite3.not-an-outbox-")
        assert box.find(OutboxKind.CALL_LOG, "c1") is not None
    finally:
        box.close()
    if stranger == "foreign":  # the other program's table is kept untouched
        conn = sqlite3.connect(recovery.kept_as)
        try:
            assert conn.execute("SELECT name FROM sqlite_master").fetchall() == [("calls",)]
        finally:
            conn.close()
    else:
        assert recovery.kept_as.is_dir()
    reopened = Outbox(path)
    try:
        assert reopened.find(OutboxKind.CALL_LOG, "c1") is not None
    finally:
        reopened.close()


@pytest.mark.logs_errors
@pytest.mark.skipif(shutil.which("chattr") is None, reason="no chattr")
def test_an_immutable_outbox_is_called_unchangeable_not_damaged(tmp_path):
    path = tmp_path / "outbox.sqlite3"
    _our_outbox(path)
    for companion in ("-wal", "-shm"):
        Path(f"{path}{companion}").unlink(missing_ok=True)
    if subprocess.run(["chattr", "+i", str(path)], capture_output=True).returncode != 0:
        pytest.skip("this file system or user cannot mark files immutable")
    try:
        with pytest.raises(OutboxUnavailable) as caught:
            box = Outbox(path)
            try:
                box.enqueue(OutboxKind.CALL_LOG, "c1", {"Number": "0825550101"})
            finally:
                box.close()
    finally:
        subprocess.run(["chattr", "-i", str(path)], check=True)
    message = caught.value.message
    assert "cannot be changed" in message and "immutable" in message, message
    assert "damaged" not in message
