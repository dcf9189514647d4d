"""The delivery worker's side of the outbox: what is due, claiming, recording outcomes, and
returning the entries of dead senders to the queue. Each step is one SQLite transaction; the
state machine and the at-least-once window are described in `agent_desktop.core.outbox.outbox`."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from agent_desktop.core.outbox.backoff import MAX_DELAY
from agent_desktop.core.outbox.claims import claimer_is_dead
from agent_desktop.core.outbox.entry import (
    DEFAULT_LEASE,
    FailureKind,
    OutboxAction,
    OutboxEntry,
    OutboxEvent,
    OutboxState,
)
from agent_desktop.core.outbox.store import OutboxStore


class WorkerSideMixin(OutboxStore):
    def next_due_in(self, now: float | None = None) -> float | None:
        """Seconds until the oldest pending entry may be sent (0 = now); None when none pends."""
        now = self._clock() if now is None else now
        rows = self._read("SELECT MIN(next_attempt_at) FROM outbox WHERE state = 'pending'")
        due: float | None = rows[0][0]
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
        self._emit([OutboxEvent(OutboxAction.CLAIMED, entry, OutboxState.PENDING)])
        return entry

    def mark_sent(
        self, entry_id: int, result: Mapping[str, Any] | None = None
    ) -> OutboxEntry | None:
        """Record the server's acceptance. Applies even if our claim was lost meanwhile (the
        server has the entry: that is the truth to keep); None if it was discarded."""
        now = self._clock()
        result_json = json.dumps(dict(result), ensure_ascii=False) if result is not None else None
        return self._finish(
            entry_id,
            OutboxAction.SENT,
            "UPDATE outbox SET state = 'sent', sent_at = ?, updated_at = ?, result = ?,"
            " claimed_by = NULL, lease_until = NULL, last_error = NULL, last_error_kind = NULL"
            " WHERE id = ? AND state IN ('sending', 'pending')",
            (now, now, result_json, entry_id),
        )

    def mark_retry(
        self,
        entry_id: int,
        claimer: str,
        *,
        error_kind: FailureKind,
        message: str,
        next_attempt_at: float,
        uncertain: bool,
    ) -> OutboxEntry | None:
        """A transient failure: back to pending, not before `next_attempt_at`."""
        return self._finish(
            entry_id,
            OutboxAction.RETRY_SCHEDULED,
            "UPDATE outbox SET state = 'pending', next_attempt_at = ?, last_error = ?,"
            " last_error_kind = ?, uncertain_attempts = uncertain_attempts + ?, updated_at = ?,"
            " claimed_by = NULL, lease_until = NULL"
            " WHERE id = ? AND state = 'sending' AND claimed_by = ?",
            (
                next_attempt_at,
                message,
                error_kind,
                int(uncertain),
                self._clock(),
                entry_id,
                claimer,
            ),
        )

    def mark_needs_attention(
        self,
        entry_id: int,
        claimer: str,
        *,
        error_kind: FailureKind,
        message: str,
        uncertain: bool,
    ) -> OutboxEntry | None:
        """A permanent failure: a person must correct, resend or discard it."""
        return self._finish(
            entry_id,
            OutboxAction.NEEDS_ATTENTION,
            "UPDATE outbox SET state = 'needs_attention', last_error = ?, last_error_kind = ?,"
            " uncertain_attempts = uncertain_attempts + ?, updated_at = ?, claimed_by = NULL,"
            " lease_until = NULL WHERE id = ? AND state = 'sending' AND claimed_by = ?",
            (message, error_kind, int(uncertain), self._clock(), entry_id, claimer),
        )

    def recover_stale(self) -> list[OutboxEntry]:
        """Return to pending every 'sending' entry whose sender died or whose lease expired (the
        at-least-once window (b)/(c) of `agent_desktop.core.outbox.outbox`). Safe to call any
        time."""
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
                    (
                        now,
                        now,
                        FailureKind.INTERRUPTED,
                        "The app stopped while sending this; it is sent again (the server may "
                        "already have it).",
                        entry_id,
                        claimed_by,
                    ),
                )
                entry = self._fetch(conn, entry_id)
                if entry is not None:
                    recovered.append(entry)
        self._emit([OutboxEvent(OutboxAction.RECOVERED, e, OutboxState.SENDING) for e in recovered])
        return recovered

    def _finish(
        self, entry_id: int, action: OutboxAction, sql: str, params: tuple[object, ...]
    ) -> OutboxEntry | None:
        with self._transaction() as conn:
            before = self._fetch(conn, entry_id)
            if conn.execute(sql, params).rowcount != 1:
                return None
            entry = self._fetch(conn, entry_id)
        self._emit([OutboxEvent(action, entry, before.state if before else None)])
        return entry
