"""Saving entries: the agent's click, in one transaction with the call's local record, and the
in-memory holding area used while the file cannot be written (disk full, folder unwritable)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import tzinfo
from typing import Any

from agent_desktop.core.calls.log import CallRecord
from agent_desktop.core.outbox.entry import (
    COLUMNS,
    HeldRecord,
    OutboxAction,
    OutboxEntry,
    OutboxEvent,
    OutboxKind,
    OutboxUnavailable,
    record_contact_id,
    record_from_call,
    record_text,
)
from agent_desktop.core.outbox.kinds import spec_for
from agent_desktop.core.outbox.store import OutboxStore


class EnqueueMixin(OutboxStore):
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
        spec = spec_for(kind)  # ValueError for a kind this version does not know
        kind = spec.kind
        if not call_id:
            raise ValueError("an outbox entry needs a local id")
        # Field order kept (no sort_keys): what the agent reviewed is what is sent, field for field.
        payload_json = json.dumps(dict(payload), ensure_ascii=False)
        record_json = json.dumps(dict(record), ensure_ascii=False) if record is not None else None
        now = self._clock()
        try:
            entry, created = self._insert(kind, call_id, payload_json, record, record_json, now)
        except OutboxUnavailable as err:
            held = self._hold(kind, call_id, json.loads(payload_json), record, err.message, now)
            raise OutboxUnavailable(
                f"{err.message} The {spec.noun} is kept in memory and will be saved as soon as "
                "possible; keep the app open until then.",
                held=held,
            ) from err
        with self._lock:
            self._held.pop((kind, call_id), None)
        if created:
            self._emit([OutboxEvent(OutboxAction.ENQUEUED, entry)])
        return entry

    def enqueue_call(
        self, call_id: str, record: CallRecord, *, tz: tzinfo | None = None
    ) -> OutboxEntry:
        """Enqueue the log of one finished call. `call_id` is the id the app gave the call when
        it started, so clicking "log" twice cannot log it twice."""
        return self.enqueue(
            OutboxKind.CALL_LOG, call_id, record.to_payload(tz), record=record_from_call(record)
        )

    def enqueue_contact(
        self, request_id: str, firstname: str, lastname: str, phone: str
    ) -> OutboxEntry:
        payload = {"firstname": firstname, "lastname": lastname, "phone": phone}
        return self.enqueue(OutboxKind.CREATE_CONTACT, request_id, payload)

    def _insert(
        self,
        kind: OutboxKind,
        call_id: str,
        payload_json: str,
        record: Mapping[str, Any] | None,
        record_json: str | None,
        now: float,
    ) -> tuple[OutboxEntry, bool]:
        with self._transaction() as conn:
            if record_json is not None:
                conn.execute(
                    "INSERT INTO calls (call_id, number, contact_id, started_at, ended_at,"
                    " record, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (call_id) DO NOTHING",
                    (
                        call_id,
                        record_text(record, "number"),
                        record_contact_id(record),
                        record_text(record, "start"),
                        record_text(record, "end"),
                        record_json,
                        now,
                    ),
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
        return OutboxEntry.from_row(row), created

    # --- memory holding (disk full, folder unwritable) ---------------------------------------

    def _hold(
        self,
        kind: OutboxKind,
        call_id: str,
        payload: dict[str, Any],
        record: Mapping[str, Any] | None,
        reason: str,
        now: float,
    ) -> HeldRecord:
        with self._lock:
            held = self._held.get((kind, call_id))
            if held is None:
                held = HeldRecord(
                    kind, call_id, payload, dict(record) if record else None, now, reason
                )
                self._held[(kind, call_id)] = held
        self._emit([OutboxEvent(OutboxAction.HELD_IN_MEMORY, None)])
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
                payload_json = json.dumps(held.payload, ensure_ascii=False)
                record_json = json.dumps(held.record, ensure_ascii=False) if held.record else None
                # created_at = when the agent saved it, so it keeps its place in the queue.
                entry, created = self._insert(
                    held.kind, held.call_id, payload_json, held.record, record_json, held.held_at
                )
            except OutboxUnavailable:
                break
            with self._lock:
                self._held.pop((held.kind, held.call_id), None)
            written += 1
            self._emit([OutboxEvent(OutboxAction.WRITTEN_FROM_MEMORY, entry)])
            if created:
                self._emit([OutboxEvent(OutboxAction.ENQUEUED, entry)])
        return written
