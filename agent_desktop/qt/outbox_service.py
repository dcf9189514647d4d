"""The process's outbox and its delivery worker, as the GUI thread sees them: tasks and signals.

Threading, in one place:
- Every outbox call (an fsync per write) runs on the TaskRunner, never on the GUI thread; the
  answer comes back as the Task's finished/failed signal.
- The outbox calls its listeners on whichever thread made a change (a runner thread, the delivery
  thread); the worker calls its status listeners on its own thread. The listeners below only emit
  signals of this QObject, which lives on the GUI thread, so Qt queues them and the slots run on
  the GUI thread, in the order the changes happened.
- The delivery worker is a plain Python thread (core/outbox/delivery.py). It is created when the
window
  first knows a server address and key, and gets a new sender when they change.
- `shutdown()` (at quit) stops the worker (bounded), then closes the file. `_life` makes sure no
  task touches the outbox after that, so nothing reopens it.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Mapping
from contextlib import suppress
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from agent_desktop.core.calls.log import CallRecord
from agent_desktop.core.heap import trim
from agent_desktop.core.outbox.delivery import (
    ClientSender,
    DeliveryWorker,
    WorkerOptions,
    WorkerState,
    WorkerStatus,
)
from agent_desktop.core.outbox.kinds import OutboxApi
from agent_desktop.core.outbox.outbox import (
    FailureKind,
    HeldRecord,
    InvalidTransition,
    Outbox,
    OutboxEntry,
    OutboxEvent,
    OutboxKind,
    OutboxState,
    record_from_call,
)
from agent_desktop.core.region import region_or_default
from agent_desktop.qt.outbox_summary import OutboxSummary, read_summary
from agent_desktop.qt.tasks import Task, TaskRunner

log = logging.getLogger(__name__)


class ServiceClosed(Exception):
    """The app is shutting down; the outbox is closed."""


class DeliveryClient(OutboxApi, Protocol):
    """What the delivery worker sends through (SwitchTransactClient), and closing it."""

    def close(self) -> None: ...


TRIM_AFTER = 20  # logs waiting at once: when that many are all sent, the heap is trimmed
TELL_SLICE_SECONDS = 0.004  # outbox events told per turn of the event loop, at most this long

# (base_url, api_key, region) -> client; may raise ValueError for an address it refuses.
DeliveryClientFactory = Callable[[str, str, str], DeliveryClient]


class OutboxService(QObject):
    # Public signals are emitted on the GUI thread only, so any slot (a lambda too) is safe.
    changed = Signal(object)  # OutboxEvent
    status_changed = Signal(object)  # WorkerStatus
    summary_changed = Signal(object)  # OutboxSummary
    # Emitted on other threads; connected to bound methods of this object, hence queued.
    _event_relay = Signal(object)
    _status_relay = Signal(object)

    def __init__(
        self,
        outbox: Outbox,
        runner: TaskRunner,
        client_factory: DeliveryClientFactory,
        *,
        delivery_options: WorkerOptions | None = None,
        flush_interval_ms: int = 5000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.outbox = outbox
        self._runner = runner
        self._factory = client_factory
        self._options: WorkerOptions = delivery_options or {}
        self.summary = OutboxSummary()
        self.status: WorkerStatus | None = None  # None: not connected yet
        self._life = threading.Lock()
        self._closed = False
        self._shut = False
        self._worker: DeliveryWorker | None = None
        self._client: DeliveryClient | None = None
        self._connection: tuple[str, str] | None = None
        self._retired: list[DeliveryClient] = []
        self._stopping: list[DeliveryWorker] = []  # workers retired, still finishing a send
        self._config_seq = 0
        self._refreshing = False
        self._refresh_again = False
        self._most_waiting = 0  # since the outbox was last empty (a burst: a replayed day)
        self._refresh_timer = QTimer(self)  # coalesces a burst of events into one read
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(60)
        self._refresh_timer.timeout.connect(self._refresh_now)
        self._heard_events: deque[OutboxEvent] = deque()  # heard, not told yet
        self._tell_timer = QTimer(self)
        self._tell_timer.setSingleShot(True)
        self._tell_timer.setInterval(0)
        self._tell_timer.timeout.connect(self._tell_some)
        self._flush_timer = QTimer(self)  # disk full / folder unwritable: try again regularly
        self._flush_timer.setInterval(flush_interval_ms)
        self._flush_timer.timeout.connect(self._retry_storage)
        self._event_relay.connect(self._event_heard)
        self._status_relay.connect(self._status_heard)
        outbox.add_listener(self._heard)

    # --- listeners (any thread) ---------------------------------------------------------------

    def _heard(self, event: OutboxEvent) -> None:
        if not self._closed:
            self._event_relay.emit(event)

    def _worker_status(self, status: WorkerStatus) -> None:
        if not self._closed:
            self._status_relay.emit(status)

    def _event_heard(self, event: OutboxEvent) -> None:
        """Events arrive in bursts (hundreds of logs replayed at start, each saved then sent) and
        Qt hands a burst over in one go: they are told in slices of a few milliseconds, so the
        window keeps painting and taking keys meanwhile."""
        self._heard_events.append(event)
        if not self._tell_timer.isActive():
            self._tell_timer.start()

    def _tell_some(self) -> None:
        until = time.perf_counter() + TELL_SLICE_SECONDS
        while self._heard_events and time.perf_counter() < until:
            event = self._heard_events.popleft()
            self.refresh()
            self.changed.emit(event)
        if self._heard_events:
            self._tell_timer.start()

    def _status_heard(self, status: WorkerStatus) -> None:
        self.status = status
        self.status_changed.emit(status)

    @property
    def worker(self) -> DeliveryWorker | None:
        return self._worker

    # --- start-up and connection --------------------------------------------------------------

    def start(self) -> None:
        """After the first paint: the first read opens (and if need be creates) the file."""
        self._flush_timer.start()
        self.refresh()

    def configure(self, base_url: str, api_key: str | None, region: str) -> Task:
        """Point delivery at a server (settings saved, key fixed). Builds the client on a
        worker; the first time it also starts the delivery thread."""
        self._config_seq += 1
        seq = self._config_seq
        return self._start(
            lambda: self._use_connection(base_url, api_key, region, seq), name="outbox-connection"
        )

    def _use_connection(self, base_url: str, api_key: str | None, region: str, seq: int) -> None:
        client, problem = None, ""
        if base_url and api_key:
            try:
                client = self._factory(base_url, api_key, region_or_default(region))
            except ValueError as exc:  # e.g. plain http:// to a remote host
                problem = str(exc)
        stopping: DeliveryWorker | None = None
        with self._life:
            if self._closed or seq != self._config_seq:  # shut down, or settings changed again
                if client is not None:
                    client.close()
                return
            old, self._client = self._client, client
            connection = (base_url, api_key or "")
            changed = self._connection not in (None, connection)
            self._connection = connection
            if client is None:  # no server to send to: stop until there is one
                stopping, self._worker = self._worker, None
                if stopping is not None:
                    self._stopping.append(stopping)
                self._worker_status(WorkerStatus(WorkerState.NOT_CONNECTED, problem))
            elif self._worker is None:
                sender = ClientSender(client)
                worker = DeliveryWorker(self.outbox, sender, **self._options)
                worker.add_status_listener(lambda status, w=worker: self._status_of(w, status))
                self._worker = worker
                worker.start()
                self._worker_status(worker.status)
            else:
                self._worker.set_sender(ClientSender(client))
            if old is not None:
                old.close()  # a send in flight on it may still finish; closed again at the end
                self._retired.append(old)
            if client is not None and changed:
                self._retry_refused_key()
        if stopping is not None:
            # Joining its thread waits for a send in flight (up to the client's timeouts): never
            # under the lock, or saving the next call log would wait for it too.
            stopping.stop()
            with self._life:
                if stopping in self._stopping:
                    self._stopping.remove(stopping)

    def _status_of(self, worker: DeliveryWorker, status: WorkerStatus) -> None:
        """Only the current worker speaks for the outbox; a retired one's last word is dropped."""
        if worker is self._worker:
            self._worker_status(status)

    def _retry_refused_key(self) -> None:
        """The key or address changed: entries the old key got refused are sent again (the
        person who fixed the key decided that)."""
        for entry in self.outbox.entries((OutboxState.NEEDS_ATTENTION,), limit=1000):
            if entry.last_error_kind == FailureKind.AUTH:
                with suppress(InvalidTransition):  # sent or changed meanwhile: fine
                    self.outbox.retry(entry.id)

    # --- outbox calls (each on a worker) ------------------------------------------------------

    def run(self, fn: Callable[[Outbox], object], name: str = "") -> Task:
        """Run `fn(outbox)` on a worker. After shutdown nothing runs and the task never
        answers (like any task the runner dropped at quit)."""
        return self._start(lambda: self._guarded(fn), name=name or "outbox")

    def _start(self, work: Callable[[], object], name: str) -> Task:
        task = self._runner.run(work, name=name)
        if self._shut:
            task.cancel()  # a timer or a late click after quit: widgets may be gone already
        return task

    def _guarded(self, fn: Callable[[Outbox], object]) -> object:
        with self._life:
            if self._closed:
                raise ServiceClosed(
                    QCoreApplication.translate("OutboxService", "Agent Desktop is closing.")
                )
            return fn(self.outbox)

    def enqueue_contact(self, request_id: str, first: str, last: str, phone: str) -> Task:
        return self.run(
            lambda box: box.enqueue_contact(request_id, first, last, phone), name="enqueue-contact"
        )

    def enqueue_call_log(
        self, call_id: str, payload: Mapping[str, str], record: CallRecord
    ) -> Task:
        """A reviewed call's log, its payload as it is (built once from the Call) with the
        call's local record, in one transaction. Idempotent on the call id: sending the same
        call again answers with its entry as it stands."""
        body, local = dict(payload), record_from_call(record)
        return self.run(
            lambda box: box.enqueue(OutboxKind.CALL_LOG, call_id, body, record=local),
            name="enqueue-call",
        )

    def retry(self, entry_id: int) -> Task:
        return self.run(lambda box: box.retry(entry_id), name="outbox-retry")

    def update_payload(self, entry_id: int, payload: Mapping[str, object]) -> Task:
        return self.run(lambda box: box.update_payload(entry_id, payload), name="outbox-update")

    def discard(self, entry_id: int) -> Task:
        return self.run(lambda box: box.discard(entry_id), name="outbox-discard")

    def entries(self, states: tuple[OutboxState, ...] | None = None, limit: int = 200) -> Task:
        """Answers (held in memory, entries in the file)."""

        def read(box: Outbox) -> tuple[list[HeldRecord], list[OutboxEntry]]:
            return box.held(), box.entries(states, limit=limit)

        return self.run(read, name="outbox-entries")

    def retry_now(self) -> Task:
        """ "Retry now": cut short the backoff of entries that failed, and lift the pause."""

        def work(box: Outbox) -> None:
            for entry in box.entries((OutboxState.PENDING,), limit=1000):
                if entry.last_error:
                    with suppress(InvalidTransition):  # sent or claimed meanwhile: fine
                        box.retry(entry.id)
            if self._worker is not None:
                self._worker.resume()

        return self.run(work, name="outbox-retry-now")

    # --- the summary ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the summary again soon (many events in a burst give one read)."""
        if not self._shut and not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def _refresh_now(self) -> None:
        if self._refreshing:
            self._refresh_again = True
            return
        self._refreshing = True
        task = self.run(read_summary, name="outbox-summary")
        task.finished.connect(self._summary_read)
        task.failed.connect(self._summary_failed)

    def _summary_read(self, summary: OutboxSummary) -> None:
        self._refreshing = False
        self.summary = summary
        self.summary_changed.emit(summary)
        self._most_waiting = max(self._most_waiting, summary.waiting)
        if not summary.waiting:  # a burst of sends is over: the memory it used goes back
            if self._most_waiting >= TRIM_AFTER:
                self._runner.run(trim, name="heap-trim")
            self._most_waiting = 0
        if self._refresh_again:
            self._refresh_again = False
            self.refresh()

    def _summary_failed(self, error: object) -> None:
        self._refreshing = False
        if not isinstance(error, ServiceClosed):
            log.error("reading the outbox summary failed: %r", error)

    def _retry_storage(self) -> None:
        if self.summary.held or self.summary.storage_error:
            task = self.run(lambda box: box.flush_memory(), name="outbox-flush")
            task.finished.connect(self._flushed)

    def _flushed(self, _written: object) -> None:
        self.refresh()

    # --- shutdown -----------------------------------------------------------------------------

    def shutdown(self, timeout: float = 5.0) -> bool:
        """Stop the worker (its send in flight may finish), then close the file. Bounded; an
        entry caught mid-send is recovered at the next start. Returns False if it timed out."""
        if self._shut:
            return True
        self._shut = True
        self._refresh_timer.stop()
        self._flush_timer.stop()
        self.outbox.remove_listener(self._heard)
        locked = self._life.acquire(timeout=timeout)
        try:
            self._closed = True
            workers = [w for w in (self._worker, *self._stopping) if w is not None]
            stopped = all([w.stop(timeout) for w in workers])
            if stopped:
                self.outbox.close()
            else:
                log.warning("the delivery worker did not stop in %s s", timeout)
            for client in (self._client, *self._retired):
                if client is not None:
                    client.close()
        finally:
            if locked:
                self._life.release()
        return stopped
