"""A person's actions on an entry: send again now, correct and resend, or discard. Nothing leaves
the queue without one of these; each refuses plainly when the entry's state does not allow it."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from typing import Any

from agent_desktop.core.outbox.entry import (
    InvalidTransition,
    OutboxAction,
    OutboxEntry,
    OutboxEvent,
    OutboxState,
)
from agent_desktop.core.outbox.store import OutboxStore

_STATE_REFUSALS = {
    OutboxState.PENDING: "This entry is waiting to be sent.",
    OutboxState.SENDING: "This entry is being sent right now; try again in a moment.",
    OutboxState.SENT: "This entry was already accepted by SwitchTransact.",
    OutboxState.NEEDS_ATTENTION: "This entry needs attention first.",
    OutboxState.DISCARDED: "This entry was discarded.",
}
# A person may act on an entry that waits or needs attention, never on one in flight or done.
_ACTIONABLE = (OutboxState.NEEDS_ATTENTION, OutboxState.PENDING)
_WHERE_ACTIONABLE = " WHERE id = ? AND state IN ('needs_attention', 'pending')"


class AgentActionsMixin(OutboxStore):
    def retry(self, entry_id: int) -> OutboxEntry:
        """Send again now: needs_attention → pending, or a pending entry's backoff cut short."""
        return self._agent_action(
            entry_id,
            OutboxAction.RETRIED,
            "UPDATE outbox SET state = 'pending', next_attempt_at = ?, updated_at = ?"
            + _WHERE_ACTIONABLE,
            lambda now: (now, now, entry_id),
        )

    def update_payload(self, entry_id: int, payload: Mapping[str, Any]) -> OutboxEntry:
        """Replace the fields to send (the agent corrected them) and queue the entry again."""
        payload_json = json.dumps(dict(payload), ensure_ascii=False)  # order kept
        return self._agent_action(
            entry_id,
            OutboxAction.UPDATED,
            "UPDATE outbox SET state = 'pending', payload = ?, next_attempt_at = ?, updated_at = ?"
            + _WHERE_ACTIONABLE,
            lambda now: (payload_json, now, now, entry_id),
        )

    def discard(self, entry_id: int) -> OutboxEntry:
        """A person decided this entry must not be sent. It stays listed as discarded."""
        return self._agent_action(
            entry_id,
            OutboxAction.DISCARDED,
            "UPDATE outbox SET state = 'discarded', updated_at = ?" + _WHERE_ACTIONABLE,
            lambda now: (now, entry_id),
        )

    def _agent_action(
        self,
        entry_id: int,
        action: OutboxAction,
        sql: str,
        params: Callable[[float], tuple[object, ...]],
    ) -> OutboxEntry:
        now = self._clock()
        with self._transaction() as conn:
            before = self._fetch(conn, entry_id)
            if before is None:
                raise InvalidTransition("This entry is no longer in the outbox.")
            if before.state not in _ACTIONABLE or conn.execute(sql, params(now)).rowcount != 1:
                raise InvalidTransition(_STATE_REFUSALS[before.state])
            entry = self._fetch(conn, entry_id)
        if entry is None:  # cannot happen inside the transaction; never report a ghost
            raise InvalidTransition("This entry is no longer in the outbox.")
        self._emit([OutboxEvent(action, entry, before.state)])
        return entry
