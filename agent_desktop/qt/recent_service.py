"""Recent calls on one serial worker: each ended call written, the list read back, by signal.

The writes and reads go through one worker thread in the order they were asked, so a read always
sees the writes before it, and the GUI thread never touches the file. Bursts of changes (an outbox
delivering ten logs) are folded into one read.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal

from agent_desktop.core.calls.book import Call, CallState
from agent_desktop.core.calls.recent import KEEP_ROWS, RecentCall, RecentCalls

log = logging.getLogger(__name__)
FOLD_MS = 150  # changes within this long are one read

_KEPT = (CallState.ENDED, CallState.QUEUED, CallState.DISCARDED)


class RecentService(QObject):
    loaded = Signal(object, int)  # list[RecentCall] newest first, unseen missed calls
    failed = Signal(str)  # a sentence for the log; the list keeps what it showed
    _read = Signal(object, int, int, object)  # rows, unseen, sequence number, prepared

    def __init__(self, recent: RecentCalls | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._recent = recent
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="recent-calls")
        self._asked = 0  # reads asked for; an older answer than the newest shown is dropped
        self._shown = 0
        self._closed = False
        self._fold = QTimer(self)
        self._fold.setSingleShot(True)
        self._fold.setInterval(FOLD_MS)
        self._fold.timeout.connect(self._read_now)
        self._read.connect(self._arrived)
        self.rows: list[RecentCall] = []
        # What the view makes of the rows, made on the worker after each read (`prepare`) and
        # handed to the view on the GUI thread (`learn`) before `loaded`: a day of new calls
        # is not written out on the GUI thread.
        self.prepare: Callable[[list[RecentCall]], object] | None = None
        self.learn: Callable[[object], None] | None = None
        self._lock = threading.Lock()
        self._batch: dict[str, Call] | None = None  # changes queued for the worker, by call
        self.unseen_missed = 0

    def start(self, now: datetime | None = None) -> None:
        """At start, after the outbox opened the file: drop what is older than 30 days, read."""
        recent = self._recent
        if recent is not None:
            self._submit(recent.prune, now)
        self._read_now()

    def record(self, call: Call) -> None:
        """A call changed: ended, corrected, queued, discarded (or restored). The changes made
        before the worker gets to them are written in one transaction, each call as it is
        then (a replayed day of calls changes each several times within a few turns)."""
        recent = self._recent
        if recent is None or call.state not in _KEPT:
            return
        with self._lock:
            batch = self._batch
            if batch is None:
                batch = self._batch = {}
                self._submit(self._write, batch)
            batch[call.id] = call
        self.refresh()

    def _write(self, batch: dict[str, Call]) -> None:
        """On the worker: the batch is closed (later changes start another) and written."""
        with self._lock:
            if self._batch is batch:
                self._batch = None
            calls = list(batch.values())
        if self._recent is not None and calls:
            self._recent.record_many(calls)

    def _close_batch(self) -> None:
        """What is asked next (seen, a read) comes after the changes recorded so far."""
        with self._lock:
            self._batch = None

    def mark_seen(self, call_ids: list[str] | None = None) -> None:
        recent = self._recent
        if recent is not None:
            self._close_batch()
            self._submit(recent.mark_seen, call_ids)
            self.refresh()

    def refresh(self) -> None:
        if not self._closed:
            self._fold.start()

    def shutdown(self) -> None:
        self._closed = True
        self._fold.stop()
        self._worker.shutdown(wait=True)

    # --- plumbing -------------------------------------------------------------------------------

    def _read_now(self) -> None:
        recent = self._recent
        if recent is None or self._closed:
            self.loaded.emit([], 0)
            return
        self._asked += 1
        seq = self._asked
        self._close_batch()

        prepare = self.prepare

        def read() -> None:
            rows = recent.recent(KEEP_ROWS)
            unseen = recent.unseen_missed()
            made: object = None
            if prepare is not None:
                try:
                    made = prepare(rows)
                except Exception as exc:  # the GUI thread writes them, as before
                    log.warning("recent calls: %s", exc)
            self._read.emit(rows, unseen, seq, made)

        self._submit(read)

    def _arrived(self, rows: list[RecentCall], unseen: int, seq: int, made: object) -> None:
        if seq < self._shown or self._closed:
            return  # a newer list is already on screen
        if self.learn is not None and made is not None:
            self.learn(made)
        self._shown = seq
        self.rows = rows
        self.unseen_missed = unseen
        self.loaded.emit(self.rows, unseen)

    def _submit(self, fn: Callable[..., object], *args: object) -> None:
        def guarded() -> None:
            try:
                fn(*args)
            except Exception as exc:  # disk full, file locked: the list is a convenience
                log.warning("recent calls: %s", exc)
                self.failed.emit(f"{type(exc).__name__}: {exc}")

        if not self._closed:
            self._worker.submit(guarded)
