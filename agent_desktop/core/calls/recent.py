"""The agent's recent calls: every ended call of the last 30 days, kept in the call store's file.

The call book forgets a call once its log is queued (the outbox is the truth from there); this
table keeps a copy of each ended call for the Recent calls list — the caller, the ring time, the
outcome, whether the agent has seen it (missed calls stand out until then) — and reads the log's
state from the outbox in the same query, so "Logged ✓" and "waiting" are never a second copy that
could drift. Pruned at start: older than KEEP_DAYS, and never more than KEEP_ROWS rows.
"""

from __future__ import annotations

import enum
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import datetime, timedelta

from agent_desktop.core.api.models import CallDirection, CallType
from agent_desktop.core.calls.call import Call, CallState
from agent_desktop.core.calls.serial import call_from_json, call_to_json

KEEP_DAYS = 30
KEEP_ROWS = 500

_TABLE = """
    CREATE TABLE IF NOT EXISTS recent_calls (
        id          TEXT PRIMARY KEY,   -- our call id (the outbox's call_id once queued)
        started_at  REAL NOT NULL,      -- first ring or dial, epoch seconds (the ring time)
        outcome     TEXT NOT NULL,      -- CallType value, the agent's correction included
        seen        INTEGER NOT NULL DEFAULT 0,
        body        TEXT NOT NULL       -- the whole Call, JSON (call_serial)
    )
"""
_INDEX = "CREATE INDEX IF NOT EXISTS recent_calls_started ON recent_calls (started_at)"


class LogStatus(enum.Enum):
    """Where the call's log stands, as the Recent calls list shows it."""

    REVIEW = "review"  # not sent yet: waiting for the agent's review
    WAITING = "waiting"  # in the outbox, not delivered yet (offline, retrying, sending)
    SENT = "sent"  # SwitchTransact has it
    ATTENTION = "attention"  # refused: a person must correct or discard it
    DISCARDED = "discarded"  # discarded in the outbox: not logged


_OUTBOX_STATES = {
    "pending": LogStatus.WAITING,
    "sending": LogStatus.WAITING,
    "sent": LogStatus.SENT,
    "needs_attention": LogStatus.ATTENTION,
    "discarded": LogStatus.DISCARDED,
}


@dataclass(frozen=True)
class RecentCall:
    call: Call
    log: LogStatus
    seen: bool

    @property
    def missed(self) -> bool:
        """An inbound call nobody answered: the ones to return."""
        return self.call.direction is CallDirection.INBOUND and self.call.outcome is CallType.MISSED


Transaction = Callable[[], AbstractContextManager[sqlite3.Connection]]


class RecentCalls:
    """Reads and writes the table through the call store's connection (`CallStore.transaction`).
    Blocking: call it on a worker."""

    def __init__(self, transaction: Transaction) -> None:
        self._transaction = transaction
        self._ready = False

    def _begin(self) -> AbstractContextManager[sqlite3.Connection]:
        return self._transaction()

    def _ensure(self, conn: sqlite3.Connection) -> None:
        if not self._ready:
            conn.execute(_TABLE)
            conn.execute(_INDEX)
            self._ready = True

    def record(self, call: Call) -> None:
        """Keep an ended (or queued) call as it is now; a discarded one leaves the list. Whether
        the agent has seen it is kept across updates."""
        self.record_many([call])

    def record_many(self, calls: list[Call]) -> None:
        """`record` for each, in one transaction (a replayed day of calls changes hundreds)."""
        with self._begin() as conn:
            self._ensure(conn)
            for call in calls:
                if call.state is CallState.DISCARDED:
                    conn.execute("DELETE FROM recent_calls WHERE id = ?", (call.id,))
                elif call.state in (CallState.ENDED, CallState.QUEUED):  # a live call is the
                    conn.execute(  # call bar's; it lands here when it ends
                        "INSERT INTO recent_calls (id, started_at, outcome, body)"
                        " VALUES (?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET"
                        " started_at = excluded.started_at, outcome = excluded.outcome,"
                        " body = excluded.body",
                        (
                            call.id,
                            call.started_at.timestamp(),
                            call.outcome.value,
                            call_to_json(call),
                        ),
                    )

    def mark_seen(self, call_ids: list[str] | None = None) -> int:
        """The agent saw these calls (None: every call). Returns how many changed."""
        with self._begin() as conn:
            self._ensure(conn)
            if call_ids is None:
                cur = conn.execute("UPDATE recent_calls SET seen = 1 WHERE seen = 0")
            else:
                cur = conn.executemany(
                    "UPDATE recent_calls SET seen = 1 WHERE id = ?", [(i,) for i in call_ids]
                )
            return cur.rowcount

    def recent(self, limit: int = KEEP_ROWS) -> list[RecentCall]:
        """Newest first, each with its log's state read from the outbox in the same query."""
        with self._begin() as conn:
            self._ensure(conn)
            rows = conn.execute(
                f"SELECT r.body, r.seen, {_outbox_state(conn)} FROM recent_calls r"
                f" {_outbox_join(conn)} ORDER BY r.started_at DESC, r.rowid DESC LIMIT ?",
                (limit,),
            ).fetchall()
        return list(_rows(rows))

    def unseen_missed(self) -> int:
        with self._begin() as conn:
            self._ensure(conn)
            (count,) = conn.execute(
                "SELECT COUNT(*) FROM recent_calls WHERE seen = 0 AND outcome = ?",
                (CallType.MISSED.value,),
            ).fetchone()
        return int(count)

    def prune(
        self, now: datetime | None = None, *, days: int = KEEP_DAYS, rows: int = KEEP_ROWS
    ) -> int:
        """Drop calls older than `days` and all but the newest `rows`. Returns how many."""
        cutoff = (now.timestamp() if now is not None else time.time()) - timedelta(
            days=days
        ).total_seconds()
        with self._begin() as conn:
            self._ensure(conn)
            old = conn.execute("DELETE FROM recent_calls WHERE started_at < ?", (cutoff,))
            extra = conn.execute(
                "DELETE FROM recent_calls WHERE id NOT IN (SELECT id FROM recent_calls"
                " ORDER BY started_at DESC, rowid DESC LIMIT ?)",
                (rows,),
            )
            return old.rowcount + extra.rowcount


def _has_outbox(conn: sqlite3.Connection) -> bool:
    return (
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'outbox'"
        ).fetchone()
        is not None
    )


def _outbox_state(conn: sqlite3.Connection) -> str:
    return "o.state" if _has_outbox(conn) else "NULL"


def _outbox_join(conn: sqlite3.Connection) -> str:
    # The outbox's own file may not hold its table yet (a store opened alone in a test).
    if not _has_outbox(conn):
        return ""
    return "LEFT JOIN outbox o ON o.kind = 'call_log' AND o.call_id = r.id"


def _rows(rows: list[tuple[str, int, str | None]]) -> Iterator[RecentCall]:
    for body, seen, outbox_state in rows:
        try:
            call = call_from_json(body)
        except ValueError:  # written by another version and not understood: not listed
            continue
        if outbox_state is not None:
            log = _OUTBOX_STATES.get(outbox_state, LogStatus.WAITING)
        elif call.state is CallState.ENDED:
            log = LogStatus.REVIEW  # no log in the outbox yet: it waits for the agent
        else:
            log = LogStatus.WAITING  # queued, the outbox row not visible yet (held in memory)
        yield RecentCall(call, log, bool(seen))
