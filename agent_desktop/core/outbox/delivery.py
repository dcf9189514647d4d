"""The delivery worker: drains the outbox to SwitchTransact on one background thread (no Qt).

Each step: write back any outcome the disk refused earlier, write held-in-memory entries, return
entries of dead senders to pending, then take a rate-limiter token, claim the oldest due entry,
send it and record the outcome.

- Transient errors (network, 5xx, 429, garbage answers) put the entry back to pending and pause
  the *whole queue* (head-of-line backoff): while the server is unreachable the worker sends one
  probe per backoff period, not one request per entry. Backoff is exponential with full jitter
  (base 1 s, cap 5 min); a 429's Retry-After replaces it. Entries go oldest *due* first: an entry
  in its own backoff may be overtaken by younger ones (call logs carry their own time, so the
  server does not care about arrival order; a stuck entry must not hold back a day of logs).
- AuthError: one refusal is retried after a backoff (a key being rotated, a proxy hiccup); the
  second in a row with no success between is "persistent": that entry goes to needs_attention and
  sending stops until a person acts (`retry()`/`update_payload()` of an entry, `resume()`, or a
  new sender after the key was fixed). Marking *every* pending entry on a bad key would bury the
  agent in red rows and send a request per entry with a key we know is refused.
- ValidationError (422) and anything unexpected → needs_attention with the message.
"""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol, TypedDict

from agent_desktop.core.api.errors import (
    TRANSIENT_ERRORS,
    ApiError,
    AuthError,
    NetworkError,
    NotFound,
    ProtocolError,
    RateLimited,
    ServerError,
    ValidationError,
)
from agent_desktop.core.api.rate_limit import TokenBucket
from agent_desktop.core.clock import Clock, SystemClock, epoch_seconds
from agent_desktop.core.outbox.backoff import Backoff, clamp_retry_after
from agent_desktop.core.outbox.entry import FailureKind
from agent_desktop.core.outbox.kinds import OutboxApi, spec_for
from agent_desktop.core.outbox.outbox import (
    DEFAULT_LEASE,
    Outbox,
    OutboxAction,
    OutboxEntry,
    OutboxEvent,
    OutboxUnavailable,
    claimer_id,
)
from agent_desktop.core.vocabulary import Vocabulary

log = logging.getLogger(__name__)


class WorkerState(Vocabulary):
    """What the delivery worker is doing, as the GUI shows it."""

    IDLE = "idle"
    SENDING = "sending"
    OFFLINE = "offline"  # the server cannot be reached
    RATE_LIMITED = "rate_limited"
    SERVER_TROUBLE = "server_trouble"  # the server answered with an error or garbage
    AUTH_BLOCKED = "auth_blocked"
    STORAGE_UNAVAILABLE = "storage_unavailable"
    STOPPED = "stopped"
    NOT_CONNECTED = "not_connected"  # no address or key yet: nothing is sent (set by the GUI)


KEEP_DONE_FOR = 30 * 24 * 3600.0  # sent/discarded entries kept (they make re-enqueues no-ops)
PRUNE_INTERVAL = 6 * 3600.0

# Failures after which we cannot know whether the server logged the request.
_UNCERTAIN = (NetworkError, ServerError, ProtocolError)
_ERROR_KINDS = (  # most specific first
    (NetworkError, FailureKind.NETWORK),
    (RateLimited, FailureKind.RATE_LIMITED),
    (ServerError, FailureKind.SERVER),
    (ProtocolError, FailureKind.PROTOCOL),
    (AuthError, FailureKind.AUTH),
    (ValidationError, FailureKind.VALIDATION),
    (NotFound, FailureKind.NOT_FOUND),
    (ApiError, FailureKind.API),
)


class Sender(Protocol):
    def send(self, kind: str, payload: Mapping[str, Any]) -> Mapping[str, Any] | None:
        """Deliver one entry; return what the server gave back worth keeping (or None).
        Raise the errors of core/api/errors.py."""


class ClientSender:
    """Adapts SwitchTransactClient to Sender: each kind's spec prepares, sends and reads."""

    def __init__(self, client: OutboxApi) -> None:
        self.client = client

    def send(self, kind: str, payload: Mapping[str, Any]) -> Mapping[str, Any] | None:
        return spec_for(kind).deliver(self.client, payload)


class WorkerOptions(TypedDict, total=False):
    """DeliveryWorker's keyword arguments, for callers that pass them through (tests, demo)."""

    limiter: TokenBucket
    backoff: Backoff
    clock: Clock
    lease: float
    idle_poll: float
    storage_retry: float
    recovery_interval: float
    keep_done_for: float
    auth_failures_to_block: int
    name: str


@dataclass(frozen=True)
class WorkerStatus:
    state: WorkerState
    message: str = ""  # a plain sentence for the agent; empty when all is well
    paused_until: float | None = None  # clock time sending resumes, when paused


StatusListener = Callable[[WorkerStatus], None]


class DeliveryWorker:
    def __init__(
        self,
        outbox: Outbox,
        sender: Sender,
        *,
        limiter: TokenBucket | None = None,
        backoff: Backoff | None = None,
        clock: Clock | None = None,
        lease: float = DEFAULT_LEASE,
        idle_poll: float = 5.0,
        storage_retry: float = 5.0,
        recovery_interval: float = 30.0,
        keep_done_for: float = KEEP_DONE_FOR,
        auth_failures_to_block: int = 2,
        name: str = "outbox-delivery",
    ) -> None:
        self.outbox = outbox
        self.claimer = claimer_id()
        self._sender = sender
        self._limiter = limiter or TokenBucket()
        self._backoff = backoff or Backoff()
        self._clock = epoch_seconds(clock or SystemClock())
        self._lease = lease
        self._idle_poll = idle_poll
        self._storage_retry = storage_retry
        self._recovery_interval = recovery_interval
        self._keep_done_for = keep_done_for
        self._auth_limit = max(1, auth_failures_to_block)
        self._name = name
        self._lock = threading.Lock()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None
        self._paused_until = 0.0
        self._blocked = False
        self._failures = 0
        self._auth_failures = 0
        self._next_recovery = float("-inf")
        self._next_prune = float("-inf")
        self._unrecorded: deque[Callable[[], object]] = deque()  # outcomes the disk refused
        self._status = WorkerStatus(WorkerState.IDLE)
        self._status_listeners: list[StatusListener] = []

    # --- lifecycle ---------------------------------------------------------------------------

    def start(self) -> DeliveryWorker:
        if self._thread is None:
            self.outbox.add_listener(self._on_outbox_event)
            self._thread = threading.Thread(target=self._run, name=self._name, daemon=True)
            self._thread.start()
        return self

    def stop(self, timeout: float | None = 30.0) -> bool:
        """Finish the send in flight (bounded by the client's timeouts), then end the thread.
        Returns False if it did not end within `timeout` (its entry is then recovered at the next
        start, like after a crash)."""
        self._stopping.set()
        self._wake.set()
        self.outbox.remove_listener(self._on_outbox_event)
        if self._thread is not None:
            self._thread.join(timeout)
            if self._thread.is_alive():
                return False
        self._set_status(WorkerStatus(WorkerState.STOPPED))
        return True

    def wake(self) -> None:
        self._wake.set()

    def resume(self) -> None:
        """A person asked to send now: lift the backoff pause and an auth block."""
        with self._lock:
            self._blocked = False
            self._paused_until = 0.0
            self._failures = 0
            self._auth_failures = 0
        self._wake.set()

    def set_sender(self, sender: Sender) -> None:
        """Use a new sender (e.g. a client with the corrected key) and resume."""
        self._sender = sender
        self.resume()

    @property
    def status(self) -> WorkerStatus:
        with self._lock:
            return self._status

    def add_status_listener(self, listener: StatusListener) -> StatusListener:
        with self._lock:
            self._status_listeners.append(listener)
        return listener

    def _set_status(self, status: WorkerStatus) -> None:
        with self._lock:
            if status == self._status:
                return
            self._status = status
            listeners = list(self._status_listeners)
        for listener in listeners:
            try:
                listener(status)
            except Exception:
                log.exception("delivery status listener failed")

    def _on_outbox_event(self, event: OutboxEvent) -> None:
        if event.action in (OutboxAction.RETRIED, OutboxAction.UPDATED):
            self.resume()
        elif event.action in (OutboxAction.ENQUEUED, OutboxAction.WRITTEN_FROM_MEMORY):
            self._wake.set()

    def _run(self) -> None:
        while not self._stopping.is_set():
            self._wake.clear()  # before the step: a wake during the step is not lost
            try:
                delay = self.run_once()
            except OutboxUnavailable as err:
                self._set_status(WorkerStatus(WorkerState.STORAGE_UNAVAILABLE, err.message))
                delay = self._storage_retry
            except Exception:
                log.exception("outbox delivery step failed")
                delay = self._storage_retry
            if delay is None or delay > 0:
                self._wake.wait(self._idle_poll if delay is None else delay)

    # --- one step ----------------------------------------------------------------------------

    def run_once(self) -> float | None:
        """Do one unit of work. Returns the seconds to wait before the next step (0 = go on).
        Tests drive this directly with a fake clock; the thread just loops over it."""
        while self._unrecorded:  # an outcome must be on disk before anything else is claimed
            self._unrecorded[0]()
            self._unrecorded.popleft()
        if self.outbox.held():
            self.outbox.flush_memory()
        now = self._clock()
        with self._lock:
            blocked, paused_until = self._blocked, self._paused_until
        if blocked:
            return self._idle_poll
        if now < paused_until:
            return paused_until - now
        if now >= self._next_recovery:
            self.outbox.recover_stale()
            self._next_recovery = now + self._recovery_interval
        if now >= self._next_prune:  # sent and discarded entries would otherwise pile up forever
            self.outbox.prune(self._keep_done_for)
            self._next_prune = now + PRUNE_INTERVAL
        due_in = self.outbox.next_due_in(now)
        if due_in is None or due_in > 0:
            if due_in is None:
                self._set_status(WorkerStatus(WorkerState.IDLE))
            return self._idle_poll if due_in is None else min(due_in, self._idle_poll)
        wait = self._limiter.try_acquire()
        if wait > 0:
            return wait
        if self._stopping.is_set():
            return None
        entry = self.outbox.claim_next(self.claimer, self._lease)
        if entry is not None:
            self._deliver(entry)
        return 0.0

    def _deliver(self, entry: OutboxEntry) -> None:
        if self.status.state in (WorkerState.IDLE, WorkerState.STORAGE_UNAVAILABLE):
            self._set_status(WorkerStatus(WorkerState.SENDING))
        try:
            result = self._sender.send(entry.kind, entry.payload)
        except Exception as err:
            self._failed(entry, err)
            return
        with self._lock:
            self._failures = 0
            self._auth_failures = 0
        if self._record(lambda: self.outbox.mark_sent(entry.id, result)):
            self._set_status(WorkerStatus(WorkerState.SENDING))

    def _failed(self, entry: OutboxEntry, err: Exception) -> None:
        kind = next((k for cls, k in _ERROR_KINDS if isinstance(err, cls)), FailureKind.UNEXPECTED)
        message = (
            str(err)
            if isinstance(err, ApiError)
            else (
                f"An unexpected problem stopped this from being sent ({type(err).__name__}). "
                "It is kept: retry or discard it."
            )
        )
        if not isinstance(err, ApiError):
            log.error("sending outbox entry %s failed", entry.id, exc_info=err)
        persistent_auth = False
        if isinstance(err, AuthError):
            with self._lock:
                self._auth_failures += 1
                persistent_auth = self._auth_failures >= self._auth_limit
        retryable = isinstance(err, AuthError) and not persistent_auth
        if retryable or isinstance(err, TRANSIENT_ERRORS):
            self._retry_later(entry, err, kind, message)
            return
        uncertain = not isinstance(err, ApiError) or isinstance(err, _UNCERTAIN)
        self._record(
            lambda: self.outbox.mark_needs_attention(
                entry.id, self.claimer, error_kind=kind, message=message, uncertain=uncertain
            )
        )
        if persistent_auth:
            with self._lock:
                self._blocked = True
            self._set_status(
                WorkerStatus(
                    WorkerState.AUTH_BLOCKED,
                    (
                        f"{message} Sending is paused until the API key is fixed; "
                        "then send the entry marked for attention again."
                    ),
                )
            )

    def _retry_later(
        self, entry: OutboxEntry, err: Exception, kind: FailureKind, message: str
    ) -> None:
        now = self._clock()
        with self._lock:
            self._failures += 1
            failures = self._failures
        retry_after = clamp_retry_after(err.retry_after) if isinstance(err, RateLimited) else None
        if retry_after is not None:
            pause = entry_delay = retry_after
        else:
            # The queue waits on the worker's run of failures (one probe per pause while the
            # server is down). The entry waits that long *plus* its own backoff, so an entry the
            # server keeps refusing with a 5xx lets the next ones through instead of blocking
            # them: a success resets the run, the stubborn entry backs off on its own count.
            pause = self._backoff.delay(failures)
            entry_delay = pause + self._backoff.delay(entry.attempts)
        with self._lock:
            self._paused_until = max(self._paused_until, now + pause)
        self._record(
            lambda: self.outbox.mark_retry(
                entry.id,
                self.claimer,
                error_kind=kind,
                message=message,
                next_attempt_at=now + entry_delay,
                uncertain=isinstance(err, _UNCERTAIN),
            )
        )
        if isinstance(err, NetworkError):
            state, text = (
                WorkerState.OFFLINE,
                (
                    "SwitchTransact cannot be reached. Entries wait in the outbox and are sent "
                    "as soon as it answers again."
                ),
            )
        elif isinstance(err, RateLimited):
            state, text = (
                WorkerState.RATE_LIMITED,
                (
                    "SwitchTransact asked the app to slow down; sending resumes "
                    + (f"in about {round(pause / 60)} minutes." if pause > 90 else "shortly.")
                ),
            )
        else:
            state, text = (
                WorkerState.SERVER_TROUBLE,
                (f"SwitchTransact had a problem: {message} Sending is retried automatically."),
            )
        self._set_status(WorkerStatus(state, text, now + pause))

    def _record(self, outcome: Callable[[], object]) -> bool:
        """Write an outcome; if the disk refuses, keep it and write it before the next claim
        (an unrecorded 'sent' would otherwise be sent again when its lease runs out)."""
        try:
            outcome()
        except OutboxUnavailable as err:
            self._unrecorded.append(outcome)
            self._set_status(WorkerStatus(WorkerState.STORAGE_UNAVAILABLE, err.message))
            return False
        return True
