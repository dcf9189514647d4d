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

The class is assembled from one module per job: outbox_store (the file, transactions,
listeners), outbox_enqueue (saving, and holding in memory while the disk refuses), outbox_worker
(claims and outcomes), outbox_actions (a person's retry/correct/discard), outbox_queries
(listing, counts, pruning); outbox_entry holds the vocabulary and outbox_schema the file format.
Import everything from here.
"""

from __future__ import annotations

from agent_desktop.core.outbox.actions import AgentActionsMixin
from agent_desktop.core.outbox.claims import claimer_id, claimer_is_dead
from agent_desktop.core.outbox.enqueue import EnqueueMixin
from agent_desktop.core.outbox.entry import (
    DEFAULT_LEASE,
    FILE_NAME,
    FailureKind,
    HeldRecord,
    InvalidTransition,
    Listener,
    OutboxAction,
    OutboxEntry,
    OutboxEvent,
    OutboxKind,
    OutboxState,
    OutboxUnavailable,
    record_from_call,
)
from agent_desktop.core.outbox.queries import QueriesMixin
from agent_desktop.core.outbox.store import default_path
from agent_desktop.core.outbox.worker import WorkerSideMixin

__all__ = [
    "DEFAULT_LEASE",
    "FILE_NAME",
    "FailureKind",
    "HeldRecord",
    "InvalidTransition",
    "Listener",
    "Outbox",
    "OutboxAction",
    "OutboxEntry",
    "OutboxEvent",
    "OutboxKind",
    "OutboxState",
    "OutboxUnavailable",
    "claimer_id",
    "claimer_is_dead",
    "default_path",
    "record_from_call",
]


class Outbox(QueriesMixin, AgentActionsMixin, WorkerSideMixin, EnqueueMixin):
    """The outbox file plus the state machine above. Thread-safe; share one per process.

    Outbox(path=None, *, clock=SystemClock(), busy_timeout=5.0, on_connect=None); path None = the
    user data dir. Listeners are called after the change is committed, on the thread that made
    it (the GUI's own thread for enqueue/retry/discard, the delivery thread for the rest);
    exceptions they raise are logged and ignored.
    """
