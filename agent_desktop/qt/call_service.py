"""The call book on the GUI thread, its disk on one serial worker.

The window changes calls through this service; each change updates the book at once (so what the
agent sees never waits for the disk) and queues the call's snapshot for the call store on a single
worker thread, so writes land in the order they were made and never on the GUI thread. At start
the store's open calls and the spool of events no window took come back the same way.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QFileOpenEvent

from agent_desktop.core.api.models import CallType, Contact
from agent_desktop.core.calls.book import (
    KEEP,
    Call,
    CallBook,
    CallKeeper,
    CallState,
    Keep,
    LinkSource,
)
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.heap import freeze_startup, trim
from agent_desktop.core.texts import Text
from agent_desktop.qt.tasks import TaskRunner, items_of

if TYPE_CHECKING:  # sqlite3 and the store's code load on the worker, after the first paint
    from agent_desktop.core.calls.store import Spooled

log = logging.getLogger(__name__)
SLICE_SECONDS = 0.004  # a replay applies and tells its calls this long, then lets the GUI run
STATES_KEPT = 64  # _states is pruned of forgotten calls when it grows past twice this (or more)


class _QueuedWrites:
    """Stands in for the store inside the book: saves go to the serial worker."""

    def __init__(self, store: CallKeeper, submit: Callable[..., Future[object]]) -> None:
        self.store = store
        self._submit = submit

        self.held: dict[str, Call] | None = None  # during a replay: the newest snapshot per call

    def save(self, call: Call) -> None:
        if self.held is not None:
            self.held[call.id] = call
        else:
            self._submit(self.store.save, call)

    def load_open(self) -> list[Call]:  # only ever called on the worker
        return self.store.load_open()


class CallService(QObject):
    changed = Signal(object)  # Call: any change (state, link, times)
    ringing = Signal(object)  # Call: a new inbound call started ringing (pop it)
    dialling = Signal(object)  # Call: a new outbound call (from tel:/DIAL or OUTGOING)
    dial_requested = Signal(object)  # Call: prepared by a DIAL event (live or spooled): dial it
    ended = Signal(object)  # Call: reached ENDED (show its review, or auto-send)
    show_requested = Signal()  # a SHOW event: the agent started the app again (summon it)
    # A call could not be written to disk: core's Text for the agent (object: it keeps its code,
    # so the window says it in the agent's language).
    store_failed = Signal(object)
    started = Signal()  # the store was read and the spool replayed
    batch_done = Signal()  # a batch of calls was announced (views render once for it)
    _loaded = Signal(object, object)  # (calls, spool rows) read on the worker
    _spool_read = Signal(object)  # spool rows read on the worker (a later replay)
    _committed = Signal()  # a replay's calls are on disk, its rows out of the spool
    _unspooled = Signal(object)  # an event the spool could not take: kept in memory instead
    _nothing_spooled = Signal()  # a poll found the spool empty

    def __init__(self, book: CallBook, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self.runner = runner
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="call-store")
        self._store = book.store
        self._writes: _QueuedWrites | None = None
        if book.store is not None:
            self._writes = _QueuedWrites(book.store, self._run_on_worker)
            book.store = self._writes
        book.listener = self._on_change
        self._states: dict[str, CallState] = {}  # what each call was last told as
        self._states_kept = STATES_KEPT
        self._ready = False
        self._waiting: list[CallEvent] = []  # events before the store was read, not on disk
        self._spooled_early = False  # events before the store was read, put in the spool
        self._replaying = False  # a replay is applied and not yet on disk: no second one now
        self._replay_again = False  # the spool was asked for meanwhile
        # During a replay: the calls it changed (each once, in order), told when it is on disk.
        self._quiet: dict[str, Call] | None = None
        self._rows: deque[Spooled] = deque()  # spooled events still to apply
        self._seqs: list[int] = []  # the rows this replay removes from the spool
        self._made: list[Call] = []  # calls prepared by a spooled DIAL
        self.announcing = False  # the calls of a batch are being told: views wait for batch_done
        self._loaded.connect(self._finish_start)
        self._spool_read.connect(self._replay)
        self._committed.connect(self._replay_committed)
        self._unspooled.connect(self._keep)
        self._nothing_spooled.connect(self._spool_empty)
        self._poll_failed = False  # said once in the log
        self._shut = False  # the worker is stopped: nothing more is queued for it

    # --- start and events ----------------------------------------------------------------------

    def start(self) -> None:
        """After first paint, once this window listens: read the store and the spool (on the
        worker), then bring the calls back and replay the events, in order."""
        store = self._store
        if store is None:
            self._finish_start([], [])
            return

        region = self.book.region

        def read() -> None:
            calls: list[Call] = []
            rows: list[Spooled] = []
            try:
                calls = store.load_open()
                read_spool = getattr(store, "read_spool", None)
                rows = read_spool() if read_spool is not None else []
            except Exception as exc:  # the window still takes new calls, in memory
                log.warning("call store: %s", exc)
                from agent_desktop.core.calls.store import store_problem

                self.store_failed.emit(Text("store.not_read", store_problem(exc)))
            _warm_numbers([call.number for call in calls[:1]], rows, region)
            self._loaded.emit(calls, rows)

        self._run_on_worker(read)

    def replay_spool(self) -> None:
        """Replay whatever was spooled since (a `call` command that found no window a moment
        ago); one replay at a time, since the rows stay in the spool until the calls they made
        are on disk."""
        read_spool = getattr(self._store, "read_spool", None)
        if read_spool is None:
            return
        if self._replaying:
            self._replay_again = True
            return
        self._replaying = True
        region = self.book.region

        def read() -> None:
            rows = read_spool()
            _warm_numbers([], rows, region)
            self._spool_read.emit(rows)

        self._run_on_worker(read)

    def poll_spool(self) -> None:
        """Take what was spooled since the last look, when there is any (a window that cannot
        listen on its socket calls this every second). Quiet when the spool is empty: no batch,
        no redraw; a store that cannot be read is said once in the log."""
        read_spool = getattr(self._store, "read_spool", None)
        if read_spool is None or not self._ready or self._replaying:
            return
        self._replaying = True
        region = self.book.region

        def read() -> None:
            rows: object
            try:
                rows = read_spool()
            except Exception as exc:  # a locked or vanished file: try again next time
                if not self._poll_failed:
                    self._poll_failed = True
                    log.warning("call spool: cannot be read: %s", exc)
                rows = []
            if rows:
                _warm_numbers([], rows, region)
                self._spool_read.emit(rows)
            else:
                self._nothing_spooled.emit()

        self._run_on_worker(read)

    def _spool_empty(self) -> None:
        self._replaying = False
        if self._replay_again:
            self._replay_again = False
            self.replay_spool()

    def handle(self, event: CallEvent) -> None:
        """An event from the local socket (connected here directly: the `call` command's path
        goes down qt → core and comes back up by signals), the smoke test or the spool."""
        if event.kind is EventKind.SHOW:  # another start of the app, maybe after spooling
            self.show_requested.emit()
            if self._ready:
                self.replay_spool()
            return
        if not self._ready:
            self._hold(event)
            return
        self._apply(event)

    def _hold(self, event: CallEvent) -> None:
        """Before the store is read and its spool replayed, an event the socket already
        answered "ok" goes to the spool (durable, on the worker, after any read already queued):
        a crash now must not lose it. It is replayed after the spool read at start; only if the
        disk refuses it is it held here."""
        spool = getattr(self._store, "spool", None)
        if spool is None:
            self._waiting.append(event)
            return
        self._spooled_early = True

        def write() -> None:
            try:
                spool(event)
            except Exception as exc:  # disk full, file locked: keep it in memory instead
                log.warning("call spool: %s", exc)
                self._unspooled.emit(event)

        self._run_on_worker(write)

    def _keep(self, event: CallEvent) -> None:
        if self._ready:
            self._apply(event)
        else:
            self._waiting.append(event)

    def _finish_start(self, calls: object, rows: object) -> None:
        freeze_startup()  # the window is built: what exists now lives as long as it
        self._replaying = True
        self._quiet = self._quiet or {}
        self.book.load(items_of(Call, calls))  # told with the replay's calls, once on disk
        self._replay(rows)

    def _replay(self, rows: object) -> None:
        """Apply spooled events to the book in one batch, then put the calls they made on disk
        and take the rows out of the spool in one transaction; the views hear of the calls once
        that is done (a kill before it replays the same rows again, from the same store). Both
        the applying and the telling go in slices of a few milliseconds, so a day of spooled
        calls never holds the GUI thread."""
        from agent_desktop.core.calls.store import Spooled

        self._quiet = self._quiet if self._quiet is not None else {}
        self._rows = deque(items_of(Spooled, rows))
        self._seqs = [row.seq for row in self._rows]
        self._made = []
        if self._writes is not None and self._rows:
            self._writes.held = {}
        self._apply_some()

    def _apply_some(self) -> None:
        until = time.perf_counter() + SLICE_SECONDS
        while self._rows and time.perf_counter() < until:
            event = self._rows.popleft().event
            if event is not None and event.kind is not EventKind.SHOW:
                call = self.book.apply(event)
                if call is not None and event.kind is EventKind.DIAL:
                    self._made.append(call)  # dialled once on disk
        if self._rows:
            QTimer.singleShot(0, self._apply_some)
            return
        writes, seqs = self._writes, self._seqs
        if writes is None or writes.held is None:
            self._replay_committed()
            return
        held, writes.held = list(writes.held.values()), None
        commit = getattr(writes.store, "commit_replay", None)

        def write() -> None:
            try:
                if commit is not None:
                    commit(held, seqs)
            finally:
                self._committed.emit()

        self._run_on_worker(write)

    def _replay_committed(self) -> None:
        self.announcing = True
        until = time.perf_counter() + SLICE_SECONDS
        try:
            while self._quiet and time.perf_counter() < until:
                call_id = next(iter(self._quiet))
                self._tell(self._quiet.pop(call_id))
        finally:
            self.announcing = False
        if self._quiet:
            QTimer.singleShot(0, self._replay_committed)
            return
        self._quiet = None
        self.batch_done.emit()
        if self._seqs and not self._shut:  # what applying and telling it made is freed by now
            self._seqs = []
            self._run_on_worker(trim)
        made, self._made = self._made, []
        for call in made:
            self.dial_requested.emit(call)  # the softphone must still be asked to dial
        self._replaying = False
        if not self._ready:
            self._ready = True
            waiting, self._waiting = self._waiting, []
            for event in waiting:
                self._apply(event)
            self.started.emit()
        if self._spooled_early or self._replay_again:  # spooled meanwhile: taken now, once
            self._spooled_early = self._replay_again = False
            self.replay_spool()

    def _apply(self, event: CallEvent) -> None:
        call = self.book.apply(event)
        if call is not None and event.kind is EventKind.DIAL:
            self.dial_requested.emit(call)  # the softphone must still be asked to dial

    def shutdown(self) -> None:
        """Let the queued writes finish (they are small), then stop the worker."""
        self._shut = True
        self._worker.shutdown(wait=True)

    # --- the agent's choices: thin wrappers over the book ----------------------------------------

    def start_outbound(
        self, number: str, contact: Contact | None = None, link: LinkSource | None = None
    ) -> Call:
        return self.book.start_outbound(number, contact, link)

    def start_manual(self, number: str = "", contact: Contact | None = None) -> Call:
        return self.book.start_manual(number, contact)

    def hang_up(self, call_id: str) -> Call | None:
        return self.book.hang_up(call_id)

    def answer(self, call_id: str) -> Call | None:
        return self.book.answer(call_id)

    def link(self, call_id: str, contact: Contact | None, source: LinkSource | None) -> Call | None:
        return self.book.link(call_id, contact, source)

    def correct(
        self,
        call_id: str,
        *,
        outcome: CallType | None = None,
        number: str | None = None,
        contact: Contact | Keep | None = KEEP,
    ) -> Call | None:
        return self.book.correct(call_id, outcome=outcome, number=number, contact=contact)

    def discard(self, call_id: str) -> Call | None:
        return self.book.discard(call_id)

    def restore(self, call_id: str) -> Call | None:
        return self.book.restore(call_id)

    def set_awaiting(self, call_id: str, awaiting: tuple[str, str] | None) -> None:
        self.book.set_awaiting(call_id, awaiting)

    def contact_created(self, request_id: str, contact: Contact) -> list[Call]:
        return self.book.contact_created(request_id, contact)

    def contact_dropped(self, request_id: str) -> None:
        self.book.contact_dropped(request_id)

    def mark_queued(self, call_id: str) -> Call | None:
        return self.book.mark_queued(call_id)

    # --- plumbing --------------------------------------------------------------------------------

    def _on_change(self, call: Call) -> None:
        if self._quiet is not None:  # in a replay: told once, when it is on disk
            self._quiet.setdefault(call.id, call)
            return
        self._tell(call)

    def _tell(self, call: Call) -> None:
        before = self._states.get(call.id)
        self._states[call.id] = call.state
        if len(self._states) > 2 * self._states_kept:  # a day of calls: keep those the book
            self._states = {  # still holds; one it forgot never changes again
                k: v for k, v in self._states.items() if self.book.get(k) is not None
            }
            self._states_kept = max(STATES_KEPT, len(self._states))
        if call.state in (CallState.QUEUED, CallState.DISCARDED) and before is call.state:
            return
        self.changed.emit(call)
        if before is None and call.state is CallState.RINGING:
            self.ringing.emit(call)
        elif before is None and call.state is CallState.DIALLING:
            self.dialling.emit(call)
        elif call.state is CallState.ENDED and before is not CallState.ENDED:
            self.ended.emit(call)

    def _run_on_worker(self, fn: Callable[..., object], *args: object) -> Future[object]:
        def guarded() -> object:
            try:
                return fn(*args)
            except Exception as exc:  # disk full, file locked: keep going, tell the agent
                log.warning("call store: %s", exc)
                from agent_desktop.core.calls.store import store_problem  # (off the start path)

                self.store_failed.emit(Text("store.not_saved", store_problem(exc)))
                return None

        return self._worker.submit(guarded)


def _warm_numbers(numbers: list[str], rows: object, region: str) -> None:
    """On the worker, before a replay: matching its events parses their numbers, and the first
    parse imports phonenumbers and reads the region's metadata (~300 ms, which held the GUI
    thread in the replay's first slice). One parse here does it off the GUI thread."""
    from agent_desktop.core.calls.store import Spooled

    spooled = items_of(Spooled, rows)
    first = numbers or [row.event.number for row in spooled[:1] if row.event is not None]
    if first and first[0]:
        try:
            from agent_desktop.core.phone import cache_key

            cache_key(first[0], region)
        except Exception as exc:  # only a head start: the replay parses it again anyway
            log.debug("warming the number rules: %s", exc)


class UrlOpenFilter(QObject):
    """macOS delivers a clicked tel:/callto:/sip: link to the running app as a file-open event,
    not as an argument: install on the QApplication to turn each into a DIAL event."""

    def __init__(self, deliver: Callable[[CallEvent], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._deliver = deliver

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            from agent_desktop.core.phones.dial import dialable

            number = dialable(event.url().toString())
            if number:
                self._deliver(CallEvent(EventKind.DIAL, number))
                return True
        return False
