"""The outbox's connection to its file: opening, transactions, storage errors and listeners.

Every other part of `Outbox` (enqueue, the worker's side, a person's actions, queries) is a mixin
over this base, so they all share one connection, one process lock and one list of listeners.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Callable, Generator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, TypeVar

from agent_desktop.core.clock import Clock, SystemClock, epoch_seconds
from agent_desktop.core.outbox.entry import (
    COLUMNS,
    FILE_NAME,
    HeldRecord,
    Listener,
    OutboxEntry,
    OutboxEvent,
    OutboxUnavailable,
)
from agent_desktop.core.outbox.recovery import (
    OutboxDamaged,
    OutboxRecovery,
    is_damage,
    is_empty_file,
    recover,
    set_aside,
    stranger_in_place,
)
from agent_desktop.core.outbox.schema import describe_storage_error, open_database

# The outbox's own logger name, so log filters and tests keep seeing
# "agent_desktop.core.outbox.outbox".
log = logging.getLogger("agent_desktop.core.outbox.outbox")

_Store = TypeVar("_Store", bound="OutboxStore")


def default_path() -> Path:
    from agent_desktop.core.settings.paths import data_dir  # late: keeps this module importable
    # alone

    return data_dir() / FILE_NAME


class OutboxStore:
    """The file and the process lock; thread-safe. See `agent_desktop.core.outbox.outbox.Outbox`."""

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        clock: Clock | None = None,
        busy_timeout: float = 5.0,
        on_connect: Callable[[sqlite3.Connection], None] | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.clock = clock or SystemClock()
        self._clock = epoch_seconds(self.clock)
        self._busy_timeout = busy_timeout
        self._on_connect = on_connect
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []
        self._held: dict[tuple[str, str], HeldRecord] = {}
        # Set when a damaged file was moved aside at open: its `message` is for the agent.
        self.recovery: OutboxRecovery | None = None

    # --- connection -------------------------------------------------------------------------

    def open(self: _Store) -> _Store:
        """Open the file now (it is otherwise opened on first use). Raises OutboxUnavailable."""
        with self._lock:
            self._connection()
        return self

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self: _Store) -> _Store:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            try:
                if is_empty_file(self.path):
                    raise OutboxDamaged("the file is empty")  # SQLite would start afresh
                self._conn = self._open()
            except Exception as err:
                stranger = stranger_in_place(err, self.path)
                if stranger:
                    self._conn = self._set_aside(err, stranger)
                elif not is_damage(err):
                    raise OutboxUnavailable(describe_storage_error(err, self.path)) from err
                else:
                    self._conn = self._recover(err)
        return self._conn

    def _open(self) -> sqlite3.Connection:
        return open_database(
            self.path, busy_timeout=self._busy_timeout, on_connect=self._on_connect
        )

    def _set_aside(self, err: Exception, stranger: str) -> sqlite3.Connection:
        """A folder or another program's database where the outbox belongs: moved aside as
        it is, a fresh outbox made; the agent is told what stood there and where it went."""
        log.error("outbox path %s holds %s (%s); setting it aside", self.path, stranger, err)
        try:
            conn, self.recovery = set_aside(self.path, stranger, self._open, self.clock)
        except Exception as failed:
            log.exception("setting aside what stands in the outbox's place failed")
            raise OutboxUnavailable(describe_storage_error(err, self.path)) from failed
        return conn

    def _recover(self, damage: Exception) -> sqlite3.Connection:
        """Move the damaged file aside and start afresh with what it still holds (see
        outbox_recovery). If even that fails, the outbox stays unavailable, saying why."""
        log.error("outbox file %s is damaged (%s); recovering", self.path, damage)
        try:
            conn, self.recovery = recover(self.path, self._open, self.clock)
        except Exception as err:
            log.exception("recovering the damaged outbox failed")
            raise OutboxUnavailable(describe_storage_error(damage, self.path)) from err
        return conn

    @contextmanager
    def _transaction(self, write: bool = True) -> Generator[sqlite3.Connection, None, None]:
        """BEGIN IMMEDIATE … COMMIT under the process lock. A storage failure closes the
        connection (it is reopened next time: the disk may have room again) and becomes
        OutboxUnavailable; programming errors (constraints, SQL) pass through unchanged."""
        with self._lock:
            conn = self._connection()
            try:
                # IMMEDIATE takes the write lock up front: a claim's SELECT and UPDATE are one step.
                conn.execute("BEGIN IMMEDIATE" if write else "BEGIN")
                yield conn
                conn.execute("COMMIT")
            except BaseException as err:
                if conn.in_transaction:
                    with suppress(sqlite3.Error):
                        conn.execute("ROLLBACK")
                storage = isinstance(err, (sqlite3.OperationalError, OSError)) or (
                    type(err) is sqlite3.DatabaseError
                )
                if not storage:
                    raise
                self.close()
                raise OutboxUnavailable(describe_storage_error(err, self.path)) from err

    def _read(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        with self._transaction(write=False) as conn:
            return conn.execute(sql, params).fetchall()

    @staticmethod
    def _fetch(conn: sqlite3.Connection, entry_id: int) -> OutboxEntry | None:
        row = conn.execute(f"SELECT {COLUMNS} FROM outbox WHERE id = ?", (entry_id,)).fetchone()
        return OutboxEntry.from_row(row) if row else None

    # --- listeners ----------------------------------------------------------------------------

    def add_listener(self, listener: Listener) -> Listener:
        with self._lock:
            self._listeners.append(listener)
        return listener

    def remove_listener(self, listener: Listener) -> None:
        with self._lock, suppress(ValueError):
            self._listeners.remove(listener)

    def _emit(self, events: list[OutboxEvent]) -> None:
        with self._lock:
            listeners = list(self._listeners)
        for event in events:
            for listener in listeners:
                try:
                    listener(event)
                except Exception:
                    log.exception("outbox listener failed on %s", event.action)
