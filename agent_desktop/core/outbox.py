"""The durable outbox: every call log and contact creation is saved here before any network attempt.

States of one entry (a row of the `outbox` table):

                        claim (atomic)           server accepted
    enqueue ──► pending ──────────────► sending ────────────────► sent
                 ▲  ▲                    │ │ │
                 │  └─ transient error ──┘ │ └─ sender died / lease expired: back to pending
                 │     (backoff)           │    (recover_stale(), at the next start)
                 │                         └─ permanent error (422, auth refused twice) ─┐
                 │                                                                       ▼
                 └──────── retry(id) / update_payload(id, payload) ◄──────── needs_attention
    pending, needs_attention ── discard(id): a person decided ──► discarded

One call gives one log because
1. enqueue is idempotent on (kind, call_id): a double click, a second window or a restart that
   enqueues the same call again gets the existing entry back;
2. claiming is atomic: pending→sending happens under SQLite's write lock (BEGIN IMMEDIATE, then
   UPDATE … WHERE state='pending', row count checked), so of two workers — threads, windows or app
   instances sharing the file — exactly one sends an entry. No lock file is needed: the database
   already is the one place every instance agrees on, its locks die with the process (a lock file
   outlives a kill -9), and several instances may safely share the work;
3. 'sending' is committed (fsynced) before the request leaves, 'sent' as soon as the answer is read.

The at-least-once window. The API has no idempotency key, so an entry is sent twice only when the
server accepted a request whose answer never reached this file:
(a) the answer was lost or garbled — connection dropped or timed out after the request was written,
    a 5xx from a proxy after the server had logged it, a 200 whose body is not JSON. "Not received"
    and "received, answer lost" look alike, so the worker retries; `uncertain_attempts` counts them;
(b) the app died (crash, kill -9, power cut) between the server accepting the request and 'sent'
    being committed — one response read plus one fsync. The next start finds the entry in 'sending'
    held by a dead process (or with its lease expired) and sends it again;
(c) a single send outlived its lease (5 minutes; the client's timeouts end a request long before).
A definite refusal (429, 401, 422) is never ambiguous: the server did not log it.
"""

from __future__ import annotations

import json
import logging
import sqlite3
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from agent_desktop.core.backoff import MAX_DELAY
from agent_desktop.core.outbox_claims import claimer_id, claimer_is_dead
from agent_desktop.core.outbox_entry import (
    CALL_LOG,
    COLUMNS,
    CREATE_CONTACT,
    DEFAULT_LEASE,
    DISCARDED,
    FILE_NAME,
    INTERRUPTED,
    KINDS,
    NEEDS_ATTENTION,
    PENDING,
    SENDING,
    SENT,
    STATES,
    HeldRecord,
    InvalidTransition,
    Listener,
    OutboxEntry,
    OutboxEvent,
    OutboxUnavailable,
    record_contact_id,
    record_from_call,
    record_text,
)
from agent_desktop.core.outbox_schema import describe_storage_error, open_database

if TYPE_CHECKING:
    from datetime import tzinfo

    from agent_desktop.core.calllog import CallRecord

log = logging.getLogger(__name__)

__all__ = [
    "CALL_LOG",
    "CREATE_CONTACT",
    "DEFAULT_LEASE",
    "DISCARDED",
    "INTERRUPTED",
    "KINDS",
    "NEEDS_ATTENTION",
    "PENDING",
    "SENDING",
    "SENT",
    "STATES",
    "HeldRecord",
    "InvalidTransition",
    "Listener",
    "Outbox",
    "OutboxEntry",
    "OutboxEvent",
    "OutboxUnavailable",
    "claimer_id",
    "claimer_is_dead",
    "default_path",
    "record_from_call",
]


def default_path() -> Path:
    from agent_desktop.core.paths import data_dir  # late: keeps this module importable alone

    return data_dir() / FILE_NAME


class Outbox:
    """The outbox file plus the state machine above. Thread-safe; share one per process.

    Listeners are called after the change is committed, on the thread that made it (the GUI's
    own thread for enqueue/retry/discard, the delivery thread for the rest); exceptions they raise
    are logged and ignored.
    """

    def __init__(
        self,
        path: str | Path | None = None,
        *,
        clock: Callable[[], float] = time.time,
        busy_timeout: float = 5.0,
        on_connect: Callable[[sqlite3.Connection], None] | None = None,
    ) -> None:
        self.path = Path(path) if path is not None else default_path()
        self._clock = clock
        self._busy_timeout = busy_timeout
        self._on_connect = on_connect
        self._conn: sqlite3.Connection | None = None
        self._lock = threading.RLock()
        self._listeners: list[Listener] = []
        self._held: dict[tuple[str, str], HeldRecord] = {}

    # --- connection -------------------------------------------------------------------------

    def open(self) -> Outbox:
        """Open the file now (it is otherwise opened on first use). Raises OutboxUnavailable."""
        with self._lock:
            self._connection()
        return self

    def close(self) -> None:
        with self._lock:
            if self._conn is not None:
                self._conn.close()
                self._conn = None

    def __enter__(self) -> Outbox:
        return self.open()

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _connection(self) -> sqlite3.Connection:
        if self._conn is None:
            try:
                self._conn = open_database(
                    self.path, busy_timeout=self._busy_timeout, on_connect=self._on_connect
                )
            except Exception as err:
                raise OutboxUnavailable(describe_storage_error(err, self.path)) from err
        return self._conn

    @contextmanager
    def _transaction(self, write: bool = True) -> Iterator[sqlite3.Connection]:
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

    def _read(self, sql: str, params: tuple = ()) -> list[tuple]:
        with self._transaction(write=False) as conn:
            return conn.execute(sql, params).fetchall()

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

    # --- enqueue ------------------------------------------------------------------------------

    def enqueue(
        self,
        kind: str,
        call_id: str,
        payload: Mapping[str, Any],
        *,
        record: Mapping[str, Any] | None = None,
    ) -> OutboxEntry:
        """Save an entry (and the call's local record) in one transaction and return at once.
        Enqueuing the same (kind, call_id) again returns the existing entry unchanged.
        Raises OutboxUnavailable when the file cannot be written; the entry is then held in
        memory (see `held()` / `flush_memory()`)."""
        if kind not in KINDS:
            raise ValueError(f"unknown outbox kind {kind!r}")
        if not call_id:
            raise ValueError("an outbox entry needs a local id")
        payload_json = json.dumps(dict(payload), ensure_ascii=False, sort_keys=True)
        record_json = json.dumps(dict(record), ensure_ascii=False) if record is not None else None
        now = self._clock()
        try:
            entry, created = self._insert(kind, call_id, payload_json, record, record_json, now)
        except OutboxUnavailable as err:
            held = self._hold(kind, call_id, json.loads(payload_json), record, err.message, now)
            what = "call log" if kind == CALL_LOG else "new contact"
            raise OutboxUnavailable(
                f"{err.message} The {what} is kept in memory and will be saved as soon as "
                "possible; keep the app open until then.",
                held=held,
            ) from err
        with self._lock:
            self._held.pop((kind, call_id), None)
        if created:
            self._emit([OutboxEvent("enqueued", entry)])
        return entry

    def enqueue_call(
        self, call_id: str, record: CallRecord, *, tz: tzinfo | None = None
    ) -> OutboxEntry:
        """Enqueue the log of one finished call. `call_id` is the id the app gave the call when
        it started, so clicking "log" twice cannot log it twice."""
        return self.enqueue(
            CALL_LOG, call_id, record.to_payload(tz), record=record_from_call(record)
        )

    def enqueue_contact(
        self, request_id: str, firstname: str, lastname: str, phone: str
    ) -> OutboxEntry:
        payload = {"firstname": firstname, "lastname": lastname, "phone": phone}
        return self.enqueue(CREATE_CONTACT, request_id, payload)

    def _insert(self, kind, call_id, payload_json, record, record_json, now):
        with self._transaction() as conn:
            if record_json is not None:
                conn.execute(
                    "INSERT INTO calls (call_id, number, contact_id, started_at, ended_at,"
                    " record, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (call_id) DO NOTHING",
                    (call_id, record_text(record, "number"), record_contact_id(record),
                     record_text(record, "start"), record_text(record, "end"), record_json, now),
                )
            cursor = conn.execute(
                "INSERT INTO outbox (kind, call_id, payload, state, next_attempt_at, created_at,"
                " updated_at) VALUES (?, ?, ?, 'pending', ?, ?, ?)"
                " ON CONFLICT (kind, call_id) DO NOTHING",
                (kind, call_id, payload_json, now, now, now),
            )
            created = cursor.rowcount == 1
            row = conn.execute(
                f"SELECT {COLUMNS} FROM outbox WHERE kind = ? AND call_id = ?", (kind, call_id)
            ).fetchone()
        return OutboxEntry._from_row(row), created

    # --- memory holding (disk full, folder unwritable) ---------------------------------------

    def _hold(self, kind, call_id, payload, record, reason, now) -> HeldRecord:
        with self._lock:
            held = self._held.get((kind, call_id))
            if held is None:
                held = HeldRecord(kind, call_id, payload, dict(record) if record else None,
                                  now, reason)
                self._held[(kind, call_id)] = held
        self._emit([OutboxEvent("held_in_memory", None)])
        return held

    def held(self) -> list[HeldRecord]:
        """Entries kept in memory because the file could not be written, oldest first."""
        with self._lock:
            return sorted(self._held.values(), key=lambda h: h.held_at)

    def flush_memory(self) -> int:
        """Try to write every held entry; returns how many were written. Never raises."""
        written = 0
        for held in self.held():
            try:
                payload_json = json.dumps(held.payload, ensure_ascii=False, sort_keys=True)
                record_json = json.dumps(held.record, ensure_ascii=False) if held.record else None
                # created_at = when the agent saved it, so it keeps its place in the queue.
                entry, created = self._insert(held.kind, held.call_id, payload_json,
                                              held.record, record_json, held.held_at)
            except OutboxUnavailable:
                break
            with self._lock:
                self._held.pop((held.kind, held.call_id), None)
            written += 1
            self._emit([OutboxEvent("written_from_memory", entry)])
            if created:
                self._emit([OutboxEvent("enqueued", entry)])
        return written

    # --- the worker's side --------------------------------------------------------------------

    def next_due_in(self, now: float | None = None) -> float | None:
        """Seconds until the oldest pending entry may be sent (0 = now); None when none pends."""
        now = self._clock() if now is None else now
        (due,) = self._read("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'pending'")[0]
        if due is None:
            return None
        if due > now + MAX_DELAY:  # the wall clock went backwards: do not wait for hours
            return 0.0
        return max(0.0, due - now)

    def claim_next(self, claimer: str, lease: float = DEFAULT_LEASE) -> OutboxEntry | None:
        """Atomically move the oldest due pending entry to 'sending' for `claimer`."""
        now = self._clock()
        with self._transaction() as conn:
            row = conn.execute(
                "SELECT id FROM outbox WHERE state = 'pending'"
                " AND (next_attempt_at <= ? OR next_attempt_at > ?)"
                " ORDER BY created_at, id LIMIT 1",
                (now, now + MAX_DELAY),
            ).fetchone()
            if row is None:
                return None
            cursor = conn.execute(
                "UPDATE outbox SET state = 'sending', claimed_by = ?, lease_until = ?,"
                " attempts = attempts + 1, updated_at = ? WHERE id = ? AND state = 'pending'",
                (claimer, now + lease, now, row[0]),
            )
            if cursor.rowcount != 1:  # cannot happen under the write lock; never send on doubt
                return None
            entry = self._fetch(conn, row[0])
        self._emit([OutboxEvent("claimed", entry, PENDING)])
        return entry

    def mark_sent(
        self, entry_id: int, result: Mapping[str, Any] | None = None
    ) -> OutboxEntry | None:
        """Record the server's acceptance. Applies even if our claim was lost meanwhile (the
        server has the entry: that is the truth to keep); None if it was discarded."""
        now = self._clock()
        result_json = json.dumps(dict(result), ensure_ascii=False) if result is not None else None
        return self._finish(
            entry_id, "sent",
            "UPDATE outbox SET state = 'sent', sent_at = ?, updated_at = ?, result = ?,"
            " claimed_by = NULL, lease_until = NULL, last_error = NULL, last_error_kind = NULL"
            " WHERE id = ? AND state IN ('sending', 'pending')",
            (now, now, result_json, entry_id),
        )

    def mark_retry(
        self, entry_id: int, claimer: str, *, error_kind: str, message: str,
        next_attempt_at: float, uncertain: bool,
    ) -> OutboxEntry | None:
        """A transient failure: back to pending, not before `next_attempt_at`."""
        return self._finish(
            entry_id, "retry_scheduled",
            "UPDATE outbox SET state = 'pending', next_attempt_at = ?, last_error = ?,"
            " last_error_kind = ?, uncertain_attempts = uncertain_attempts + ?, updated_at = ?,"
            " claimed_by = NULL, lease_until = NULL"
            " WHERE id = ? AND state = 'sending' AND claimed_by = ?",
            (next_attempt_at, message, error_kind, int(uncertain), self._clock(), entry_id,
             claimer),
        )

    def mark_needs_attention(
        self, entry_id: int, claimer: str, *, error_kind: str, message: str, uncertain: bool
    ) -> OutboxEntry | None:
        """A permanent failure: a person must correct, resend or discard it."""
        return self._finish(
            entry_id, "needs_attention",
            "UPDATE outbox SET state = 'needs_attention', last_error = ?, last_error_kind = ?,"
            " uncertain_attempts = uncertain_attempts + ?, updated_at = ?, claimed_by = NULL,"
            " lease_until = NULL WHERE id = ? AND state = 'sending' AND claimed_by = ?",
            (message, error_kind, int(uncertain), self._clock(), entry_id, claimer),
        )

    def recover_stale(self) -> list[OutboxEntry]:
        """Return to pending every 'sending' entry whose sender died or whose lease expired (the
        at-least-once window (b)/(c) in the module docstring). Safe to call any time."""
        now = self._clock()
        recovered: list[OutboxEntry] = []
        with self._transaction() as conn:
            rows = conn.execute(
                "SELECT id, claimed_by, lease_until FROM outbox WHERE state = 'sending'"
            ).fetchall()
            for entry_id, claimed_by, lease_until in rows:
                expired = lease_until is None or not (now < lease_until <= now + MAX_DELAY * 2)
                if not (expired or claimer_is_dead(claimed_by)):
                    continue
                conn.execute(
                    "UPDATE outbox SET state = 'pending', claimed_by = NULL, lease_until = NULL,"
                    " next_attempt_at = ?, updated_at = ?, last_error_kind = ?, last_error = ?,"
                    " uncertain_attempts = uncertain_attempts + 1"
                    " WHERE id = ? AND state = 'sending' AND claimed_by IS ?",
                    (now, now, INTERRUPTED,
                     "The app stopped while sending this; it is sent again (the server may "
                     "already have it).", entry_id, claimed_by),
                )
                recovered.append(self._fetch(conn, entry_id))
        self._emit([OutboxEvent("recovered", e, SENDING) for e in recovered])
        return recovered

    def _finish(self, entry_id: int, action: str, sql: str, params: tuple) -> OutboxEntry | None:
        with self._transaction() as conn:
            before = self._fetch(conn, entry_id)
            if conn.execute(sql, params).rowcount != 1:
                return None
            entry = self._fetch(conn, entry_id)
        self._emit([OutboxEvent(action, entry, before.state if before else None)])
        return entry

    # --- a person's actions ------------------------------------------------------------------

    def retry(self, entry_id: int) -> OutboxEntry:
        """Send again now: needs_attention → pending, or a pending entry's backoff cut short."""
        return self._agent_action(
            entry_id, "retried", (NEEDS_ATTENTION, PENDING),
            "UPDATE outbox SET state = 'pending', next_attempt_at = ?, updated_at = ?"
            " WHERE id = ? AND state IN ('needs_attention', 'pending')",
            lambda now: (now, now, entry_id),
        )

    def update_payload(self, entry_id: int, payload: Mapping[str, Any]) -> OutboxEntry:
        """Replace the fields to send (the agent corrected them) and queue the entry again."""
        payload_json = json.dumps(dict(payload), ensure_ascii=False, sort_keys=True)
        return self._agent_action(
            entry_id, "updated", (NEEDS_ATTENTION, PENDING),
            "UPDATE outbox SET state = 'pending', payload = ?, next_attempt_at = ?,"
            " updated_at = ? WHERE id = ? AND state IN ('needs_attention', 'pending')",
            lambda now: (payload_json, now, now, entry_id),
        )

    def discard(self, entry_id: int) -> OutboxEntry:
        """A person decided this entry must not be sent. It stays listed as discarded."""
        return self._agent_action(
            entry_id, "discarded", (NEEDS_ATTENTION, PENDING),
            "UPDATE outbox SET state = 'discarded', updated_at = ?"
            " WHERE id = ? AND state IN ('needs_attention', 'pending')",
            lambda now: (now, entry_id),
        )

    def _agent_action(self, entry_id, action, allowed, sql, params) -> OutboxEntry:
        now = self._clock()
        with self._transaction() as conn:
            before = self._fetch(conn, entry_id)
            if before is None:
                raise InvalidTransition("This entry is no longer in the outbox.")
            if before.state not in allowed or conn.execute(sql, params(now)).rowcount != 1:
                raise InvalidTransition(_STATE_REFUSALS[before.state])
            entry = self._fetch(conn, entry_id)
        self._emit([OutboxEvent(action, entry, before.state)])
        return entry

    # --- reading -----------------------------------------------------------------------------

    def get(self, entry_id: int) -> OutboxEntry | None:
        rows = self._read(f"SELECT {COLUMNS} FROM outbox WHERE id = ?", (entry_id,))
        return OutboxEntry._from_row(rows[0]) if rows else None

    def find(self, kind: str, call_id: str) -> OutboxEntry | None:
        rows = self._read(
            f"SELECT {COLUMNS} FROM outbox WHERE kind = ? AND call_id = ?", (kind, call_id)
        )
        return OutboxEntry._from_row(rows[0]) if rows else None

    def entries(
        self, states: tuple[str, ...] | None = None, *, limit: int = 200, newest_first=True
    ) -> list[OutboxEntry]:
        where = f" WHERE state IN ({','.join('?' * len(states))})" if states else ""
        order = "DESC" if newest_first else "ASC"
        rows = self._read(
            f"SELECT {COLUMNS} FROM outbox{where} ORDER BY created_at {order}, id {order}"
            " LIMIT ?",
            (*(states or ()), limit),
        )
        return [OutboxEntry._from_row(r) for r in rows]

    def counts(self) -> dict[str, int]:
        """Entries per state, every state present (0 when none)."""
        counts = dict.fromkeys(STATES, 0)
        counts.update(self._read("SELECT state, COUNT(*) FROM outbox GROUP BY state"))
        return counts

    def last_error(self) -> OutboxEntry | None:
        """The most recently failed entry that is still waiting (pending or needs attention)."""
        rows = self._read(
            f"SELECT {COLUMNS} FROM outbox WHERE last_error IS NOT NULL"
            " AND state IN ('pending', 'needs_attention') ORDER BY updated_at DESC, id DESC"
            " LIMIT 1"
        )
        return OutboxEntry._from_row(rows[0]) if rows else None

    def call_record(self, call_id: str) -> dict[str, Any] | None:
        rows = self._read("SELECT record FROM calls WHERE call_id = ?", (call_id,))
        return json.loads(rows[0][0]) if rows else None

    def prune(self, older_than: float) -> int:
        """Delete sent and discarded entries last changed more than `older_than` seconds ago."""
        with self._transaction() as conn:
            cursor = conn.execute(
                "DELETE FROM outbox WHERE state IN ('sent', 'discarded') AND updated_at < ?",
                (self._clock() - older_than,),
            )
            return cursor.rowcount

    @staticmethod
    def _fetch(conn: sqlite3.Connection, entry_id: int) -> OutboxEntry | None:
        row = conn.execute(f"SELECT {COLUMNS} FROM outbox WHERE id = ?", (entry_id,)).fetchone()
        return OutboxEntry._from_row(row) if row else None


_STATE_REFUSALS = {
    PENDING: "This entry is waiting to be sent.",
    SENDING: "This entry is being sent right now; try again in a moment.",
    SENT: "This entry was already accepted by SwitchTransact.",
    NEEDS_ATTENTION: "This entry needs attention first.",
    DISCARDED: "This entry was discarded.",
}
