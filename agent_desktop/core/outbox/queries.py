"""Reading the outbox (what the window lists and counts) and pruning what is done with."""

from __future__ import annotations

import json
from typing import Any

from agent_desktop.core.outbox.entry import COLUMNS, OutboxEntry, OutboxState
from agent_desktop.core.outbox.store import OutboxStore


class QueriesMixin(OutboxStore):
    def get(self, entry_id: int) -> OutboxEntry | None:
        rows = self._read(f"SELECT {COLUMNS} FROM outbox WHERE id = ?", (entry_id,))
        return OutboxEntry.from_row(rows[0]) if rows else None

    def find(self, kind: str, call_id: str) -> OutboxEntry | None:
        rows = self._read(
            f"SELECT {COLUMNS} FROM outbox WHERE kind = ? AND call_id = ?", (kind, call_id)
        )
        return OutboxEntry.from_row(rows[0]) if rows else None

    def entries(
        self,
        states: tuple[OutboxState, ...] | None = None,
        *,
        limit: int = 200,
        newest_first: bool = True,
    ) -> list[OutboxEntry]:
        where = f" WHERE state IN ({','.join('?' * len(states))})" if states else ""
        order = "DESC" if newest_first else "ASC"
        rows = self._read(
            f"SELECT {COLUMNS} FROM outbox{where} ORDER BY created_at {order}, id {order} LIMIT ?",
            (*(states or ()), limit),
        )
        return [OutboxEntry.from_row(r) for r in rows]

    def counts(self) -> dict[OutboxState, int]:
        """Entries per state, every state present (0 when none)."""
        counts = dict.fromkeys(OutboxState, 0)
        for state, n in self._read("SELECT state, COUNT(*) FROM outbox GROUP BY state"):
            counts[OutboxState(state)] = n
        return counts

    def last_error(self) -> OutboxEntry | None:
        """The most recently failed entry that is still waiting (pending or needs attention)."""
        rows = self._read(
            f"SELECT {COLUMNS} FROM outbox WHERE last_error IS NOT NULL"
            " AND state IN ('pending', 'needs_attention') ORDER BY updated_at DESC, id DESC"
            " LIMIT 1"
        )
        return OutboxEntry.from_row(rows[0]) if rows else None

    def call_record(self, call_id: str) -> dict[str, Any] | None:
        rows = self._read("SELECT record FROM calls WHERE call_id = ?", (call_id,))
        return json.loads(rows[0][0]) if rows else None

    def prune(self, older_than: float) -> int:
        """Delete sent and discarded entries last changed more than `older_than` seconds ago,
        and the local call records no entry refers to any more. Returns the entries deleted.

        Keep `older_than` long (the worker uses 30 days): an entry's row is what makes a second
        enqueue of the same call a no-op, so it must outlive any chance of one."""
        cutoff = self._clock() - older_than
        with self._transaction() as conn:
            cursor = conn.execute(
                "DELETE FROM outbox WHERE state IN ('sent', 'discarded') AND updated_at < ?",
                (cutoff,),
            )
            conn.execute(
                "DELETE FROM calls WHERE created_at < ? "
                "AND call_id NOT IN (SELECT call_id FROM outbox)",
                (cutoff,),
            )
            return cursor.rowcount
