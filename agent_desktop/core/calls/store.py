"""Every call on disk from its first event, and the spool of events no window was there to take.

Both live in the outbox's file (`outbox.sqlite3`, its own tables), opened the outbox's way: WAL,
synchronous=FULL, so a call the agent saw ringing or in review survives kill -9 and power cuts.
A call leaves this store when its log is queued in the outbox (the outbox is the truth from
there) or discarded. The spool is written by `agent-desktop call …` when no window listens,
before it starts one; the window replays the spooled events and removes them in the transaction
that writes the calls they made, so each is applied exactly once whenever the window is killed.
"""

from __future__ import annotations

import os
import sqlite3
import threading
import time
from collections.abc import Generator
from contextlib import AbstractContextManager, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

from agent_desktop.core.calls.book import Call, CallState
from agent_desktop.core.calls.events import BadEvent, CallEvent
from agent_desktop.core.calls.serial import call_from_json, call_to_json
from agent_desktop.core.calls.tables import CALL_TABLES
from agent_desktop.core.outbox.schema import open_database
from agent_desktop.core.texts import Text

FILE_NAME = "outbox.sqlite3"
_FINISHED = (CallState.QUEUED, CallState.DISCARDED)


def default_path() -> Path:
    from agent_desktop.core.settings import paths

    return paths.data_dir() / FILE_NAME


def _tighten(path: Path) -> None:
    """Customer data: the folder 0700, the file and its WAL/SHM 0600."""
    if os.name == "nt":  # the per-user profile already keeps other users out
        return
    with suppress(OSError):
        os.chmod(path.parent, 0o700)
    for suffix in ("", "-wal", "-shm"):
        with suppress(OSError):
            os.chmod(f"{path}{suffix}", 0o600)


@dataclass(frozen=True)
class Spooled:
    """One row of the spool: its number (to remove it) and its event (None: a line written by
    another version and not understood; nothing to replay, only to remove)."""

    seq: int
    event: CallEvent | None


class CallStore:
    """The call book's disk. Thread-safe: one connection, one lock."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self._lock = threading.Lock()
        self._conn: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            if not self.path.parent.exists():
                self.path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            old_mask = os.umask(0o077)  # the file and its WAL are born private
            try:
                conn = open_database(self.path)
                for statement in CALL_TABLES:
                    conn.execute(statement)
            finally:
                os.umask(old_mask)
            _tighten(self.path)
            self._conn = conn
        return self._conn

    @contextmanager
    def _transaction(self) -> Generator[sqlite3.Connection, None, None]:
        with self._lock:
            conn = self._connection()
            conn.execute("BEGIN IMMEDIATE")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    def transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        """One write transaction on this store's connection (for the recent-calls table)."""
        return self._transaction()

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    # --- calls ---------------------------------------------------------------------------------

    def save(self, call: Call) -> None:
        """Write the call as it is now; a queued or discarded call leaves the store."""
        with self._transaction() as conn:
            _write(conn, call)

    def load_open(self) -> list[Call]:
        """Every call still live or in review, oldest first. An ended call whose log is already
        in the outbox (the app died between queuing it and noting so) is marked queued here:
        never reviewed, never sent twice."""
        with self._transaction() as conn:
            rows = conn.execute(
                "SELECT id, state, body FROM call_book ORDER BY updated_at, rowid"
            ).fetchall()
            calls: list[Call] = []
            for call_id, state, body in rows:
                if (
                    state == CallState.ENDED.value
                    and conn.execute(
                        "SELECT 1 FROM outbox WHERE kind = 'call_log' AND call_id = ?", (call_id,)
                    ).fetchone()
                ):
                    conn.execute("DELETE FROM call_book WHERE id = ?", (call_id,))
                    continue
                try:
                    calls.append(call_from_json(body))
                except ValueError:  # unreadable: keep the row for a person, skip the call
                    continue
        calls.sort(key=lambda c: c.started_at.timestamp())
        return calls

    # --- the event spool -----------------------------------------------------------------------

    def spool(self, event: CallEvent) -> None:
        """Keep an event no window took (durable when this returns)."""
        line = event.encode().decode("utf-8").rstrip("\n")
        with self._transaction() as conn:
            conn.execute(
                "INSERT INTO call_spool (line, spooled_at) VALUES (?, ?)", (line, time.time())
            )

    def read_spool(self) -> list[Spooled]:
        """Every spooled event in order with its number, left in the spool: the replay removes
        them with `commit_replay`, in the transaction that writes the calls they made."""
        with self._transaction() as conn:
            rows = conn.execute("SELECT seq, line FROM call_spool ORDER BY seq").fetchall()
        return [Spooled(seq, _decoded(line)) for seq, line in rows]

    def commit_replay(self, calls: list[Call], seqs: list[int]) -> None:
        """The calls as the replayed events left them, and those events out of the spool, in one
        transaction: a kill at any instant leaves either the spool to replay again, or the calls
        and no spool; never neither, never both."""
        with self._transaction() as conn:
            for call in calls:
                _write(conn, call)
            conn.executemany("DELETE FROM call_spool WHERE seq = ?", [(seq,) for seq in seqs])

    def take_spooled(self) -> list[CallEvent]:
        """Every spooled event in order, removed in the same transaction: each is taken once."""
        with self._transaction() as conn:
            rows = conn.execute("SELECT seq, line FROM call_spool ORDER BY seq").fetchall()
            if rows:
                conn.execute("DELETE FROM call_spool WHERE seq <= ?", (rows[-1][0],))
        events: list[CallEvent] = []
        for _seq, line in rows:
            try:
                events.append(CallEvent.decode(line.encode("utf-8")))
            except BadEvent:
                continue  # written by another version and not understood: nothing to replay
        return events


def _decoded(line: str) -> CallEvent | None:
    try:
        return CallEvent.decode(line.encode("utf-8"))
    except BadEvent:
        return None


def _write(conn: sqlite3.Connection, call: Call) -> None:
    if call.state in _FINISHED:
        conn.execute("DELETE FROM call_book WHERE id = ?", (call.id,))
    else:
        conn.execute(
            "INSERT INTO call_book (id, state, body, updated_at) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (id) DO UPDATE SET state = excluded.state,"
            " body = excluded.body, updated_at = excluded.updated_at",
            (call.id, call.state.value, call_to_json(call), time.time()),
        )


def store_problem(exc: BaseException) -> str:
    """Why the call store could not read or write, in the agent's words: the cause where SQLite
    or the OS names one (a read-only or immutable file, a full disk), else the error itself."""
    said = str(exc).lower()
    errno_ = getattr(exc, "errno", None)
    if "readonly" in said or "read-only" in said or errno_ in (1, 13, 30):  # EPERM EACCES EROFS
        return Text("store.read_only")
    if "disk is full" in said or "disk full" in said or errno_ in (28, 122):  # ENOSPC EDQUOT
        return Text("save.disk_full")
    return f"{type(exc).__name__}: {exc}"
