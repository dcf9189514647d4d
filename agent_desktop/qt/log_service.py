"""The call logs (core/calls/logs.py) on the GUI thread: the call service's changes and the
outbox's answers drive them, their changes come back up as signals the widgets show.

The rules live in the core machine; this adapter only connects it: the call book's changes
(CallService.changed), the logs handed to the outbox and its answers (LogSender).
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from datetime import tzinfo

from PySide6.QtCore import QObject, QTimer, Signal

from agent_desktop.core.api.models import AgentIdentity, CallType, Contact
from agent_desktop.core.calls.book import KEEP, Call, Keep, LinkSource
from agent_desktop.core.calls.logs import CallLogs, LogEntry
from agent_desktop.qt.call_service import CallService
from agent_desktop.qt.log_sender import Attention, LogSender

SEND_SLICE_SECONDS = 0.004  # waiting logs handed over per turn of the event loop, about


class LogService(QObject):
    changed = Signal(object)  # LogEntry whose state or content changed
    lookup_needed = Signal(str)  # call id: its log waits for the caller; ask once more now

    def __init__(
        self,
        calls: CallService,
        sender: LogSender,
        agent: Callable[[], AgentIdentity],
        tz: tzinfo | None = None,
        *,
        ready: Callable[[], bool] = lambda: True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._calls = calls
        self._sender = sender
        self._closed = False
        self.logs = CallLogs(
            calls.book,
            agent,
            sender.send,
            tz,
            ready=ready,
            listener=self.changed.emit,
            lookup_needed=self.lookup_needed.emit,
        )
        self._to_send: deque[str] = deque()  # call ids whose logs may go (see send_ready)
        self._send_later = QTimer(self)
        self._send_later.setSingleShot(True)
        self._send_later.setInterval(0)
        self._send_later.timeout.connect(self._send_some)
        calls.changed.connect(self._call_changed)
        sender.saved.connect(self._saved)
        sender.held.connect(self._held)
        sender.sent.connect(self._sent)
        sender.failed.connect(self._failed)
        sender.requeued.connect(self._requeued)
        sender.discarded.connect(self._discarded)

    def close(self) -> None:
        """The window is shutting down: late answers from the outbox change nothing any more
        (a log saved but not yet marked queued is marked at the next start). Once."""
        if self._closed:
            return
        self._closed = True
        self._send_later.stop()
        self._to_send.clear()
        self._calls.changed.disconnect(self._call_changed)
        for signal, slot in (
            (self._sender.saved, self._saved),
            (self._sender.held, self._held),
            (self._sender.sent, self._sent),
            (self._sender.failed, self._failed),
            (self._sender.requeued, self._requeued),
            (self._sender.discarded, self._discarded),
        ):
            signal.disconnect(slot)

    # --- the agent's commands and what the widgets read: the core machine's -------------------

    @property
    def saved_this_session(self) -> bool:
        return self.logs.saved_this_session

    @saved_this_session.setter
    def saved_this_session(self, value: bool) -> None:
        self.logs.saved_this_session = value

    def refresh(self) -> None:
        self.logs.refresh()

    def payload(self, call: Call) -> dict[str, str]:
        return self.logs.payload(call)

    def ended(self, call: Call) -> LogEntry | None:
        return self.logs.ended(call)

    def send_waiting(self, call: Call) -> bool:
        return self.logs.send_waiting(call)

    def send_ready(self) -> None:
        """Logs that waited for their caller (or for the settings) go now (CallLogs.to_send). A
        few milliseconds' worth per turn of the event loop: the settings arriving after a day
        of replayed calls find hundreds, and each starts its save and maybe a lookup."""
        self._to_send.extend(self.logs.to_send())
        self._send_some()

    def _send_some(self) -> None:
        until = time.perf_counter() + SEND_SLICE_SECONDS
        while self._to_send:
            call = self._calls.book.get(self._to_send.popleft())
            if call is not None:
                self.logs.send_waiting(call)
            if time.perf_counter() >= until:
                break
        if self._to_send:
            self._send_later.start()

    def add(self, call: Call) -> LogEntry:
        return self.logs.add(call)

    def send(self, entry: LogEntry) -> bool:
        return self.logs.send(entry)

    def discard(self, entry: LogEntry) -> None:
        self.logs.discard(entry)

    def link(self, entry: LogEntry, contact: Contact, how: LinkSource) -> None:
        self.logs.link(entry, contact, how)

    def correct(
        self,
        entry: LogEntry,
        *,
        outcome: CallType | None = None,
        number: str | None = None,
        contact: Contact | Keep | None = KEEP,
    ) -> None:
        self.logs.correct(entry, outcome=outcome, number=number, contact=contact)

    def entry(self, call_id: str) -> LogEntry | None:
        return self.logs.entry(call_id)

    def unsent(self) -> list[LogEntry]:
        return self.logs.unsent()

    def waiting(self) -> list[LogEntry]:
        return self.logs.waiting()

    # --- the call book's and the outbox's answers (GUI thread) --------------------------------

    def _call_changed(self, call: Call) -> None:
        self.logs.call_changed(call)

    def _saved(self, call_id: str) -> None:
        self.logs.saved(call_id)

    def _held(self, call_id: str, message: str) -> None:
        self.logs.held(call_id, message)

    def _sent(self, call_id: str) -> None:
        self.logs.sent(call_id)

    def _failed(self, call_id: str, error: object) -> None:
        text = str(error) or type(error).__name__
        if isinstance(error, Attention):
            self.logs.refused(call_id, text)
        else:
            self.logs.failed(call_id, text)

    def _requeued(self, call_id: str) -> None:
        self.logs.requeued(call_id)

    def _discarded(self, call_id: str) -> None:
        self.logs.discarded(call_id)
