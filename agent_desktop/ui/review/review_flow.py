"""The review page's place in the window: when it opens, where it goes back to, what the status
bar says about each log, and a contact chosen while a log is in review (it becomes the log's)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QStatusBar, QVBoxLayout, QWidget

from agent_desktop.core.api.models import Contact
from agent_desktop.core.calls.book import Call
from agent_desktop.core.calls.logs import LogEntry, LogState
from agent_desktop.qt.call_service import CallService
from agent_desktop.qt.log_service import LogService
from agent_desktop.qt.outbox_service import OutboxService
from agent_desktop.ui.app.session import Session
from agent_desktop.ui.contacts.create_panel import CreatePanel
from agent_desktop.ui.outbox.outbox_view import OutboxView
from agent_desktop.ui.recent.recent_page import RecentPage
from agent_desktop.ui.review.review_page import ReviewPane
from agent_desktop.ui.review.review_texts import log_title
from agent_desktop.ui.review.undo_bar import UndoBar
from agent_desktop.ui.review.unsent import UnsentStrip


class ReviewWindow(Protocol):
    """What the review needs of the window: the pages it switches between, the log book, the
    calls (Undo restores one), the outbox's delivery state, and the status bar."""

    @property
    def session(self) -> Session: ...
    @property
    def book(self) -> LogService: ...
    @property
    def calls(self) -> CallService: ...
    @property
    def outbox(self) -> OutboxService: ...
    @property
    def outbox_view(self) -> OutboxView: ...
    @property
    def stack(self) -> QStackedWidget: ...
    @property
    def review(self) -> ReviewPane: ...
    @property
    def recent(self) -> RecentPage: ...
    @property
    def create_panel(self) -> CreatePanel: ...
    @property
    def unsent(self) -> UnsentStrip: ...
    def review_call(self, call: Call) -> None: ...
    def back_to_contact(self) -> None: ...
    def back_to_call(self) -> bool: ...
    def centralWidget(self) -> QWidget | None: ...
    def statusBar(self) -> QStatusBar: ...
    def window(self) -> QWidget: ...


class ReviewFlow(QObject):
    def __init__(self, window: ReviewWindow) -> None:
        super().__init__(window.window())
        self.w = window
        self._page_before: QWidget | None = None  # where a review returns to
        window.review.done.connect(lambda _e: self._done())
        window.review.edit_requested.connect(
            lambda e: window.outbox_view.open_dialog(e.call_id, edit=True)
        )
        window.unsent.review_requested.connect(self.review)
        window.stack.currentChanged.connect(self._page_changed)
        window.book.changed.connect(self._log_changed)
        central = window.centralWidget()
        self.undo_bar = UndoBar(central)
        layout = central.layout() if central is not None else None
        if isinstance(layout, QVBoxLayout):  # under the card area, above the call bar
            layout.insertWidget(layout.indexOf(window.stack) + 1, self.undo_bar)
        window.review.discarded.connect(self._discarded)
        window.session.settings_changed.connect(
            lambda _s: setattr(window.review, "region", window.session.region)
        )
        window.outbox.status_changed.connect(self._delivery)

    def _delivery(self, status: object) -> None:
        from agent_desktop.core.outbox.delivery import WorkerState

        state = getattr(status, "state", None)
        offline = state == WorkerState.OFFLINE
        stalled = not offline and state not in (
            None,
            WorkerState.IDLE,
            WorkerState.SENDING,
            WorkerState.STOPPED,
        )
        self.w.review.set_delivery(offline=offline, stalled=stalled)
        self.w.recent.set_offline(offline)

    def _discarded(self, entry: LogEntry) -> None:
        """Discard offers Undo for a few seconds (the call book keeps the call that long)."""
        self.w.statusBar().clearMessage()  # "Call ended." is over
        self.undo_bar.offer(
            self.tr("Call log discarded: %1").replace("%1", log_title(entry)),
            lambda: self._restore(entry.call_id),
        )

    def _restore(self, call_id: str) -> None:
        call = self.w.calls.restore(call_id)
        if call is None:
            self.w.statusBar().showMessage(
                self.tr("Too late to undo: the log was discarded."), 6000
            )
            return
        self.w.review_call(call)

    def review_in_turn(self, entry: LogEntry) -> None:
        """A call ended: its review opens now, or after the one the agent has open is sent or
        discarded (calls that end close together are reviewed one by one, none lost)."""
        w = self.w
        shown = w.review.entry
        if (
            w.stack.currentWidget() is w.review
            and shown is not None
            and shown is not entry
            and shown.state is LogState.REVIEW
        ):
            w.unsent.refresh()  # listed there meanwhile
            return
        self.review(entry)

    def review(self, entry: LogEntry) -> None:
        w = self.w
        if w.stack.currentWidget() is not w.review:
            self._page_before = w.stack.currentWidget()
        auto = w.session.settings.auto_send_seconds if w.session.settings else 0
        w.review.show_entry(entry, auto if entry.state is LogState.REVIEW else 0)
        w.unsent.current = entry
        w.unsent.refresh()
        w.stack.setCurrentWidget(w.review)
        w.review.send_button.setFocus()
        if entry.state is LogState.REVIEW:
            # Short: the status bar cuts longer text, and the Send button's tooltip has the key.
            w.statusBar().showMessage(self.tr("Call ended."), 8000)

    def send_log(self) -> None:
        w = self.w
        if w.stack.currentWidget() is w.review and w.review.entry is not None:
            w.review.send()
            return
        pending = w.book.waiting()
        if pending:
            self.review(pending[0])

    def take_contact(self, contact: Contact) -> bool:
        """A contact chosen from the search while a log is in review corrects that log."""
        w = self.w
        entry = w.review.entry
        if (
            w.stack.currentWidget() is not w.review
            or entry is None
            or entry.state is not LogState.REVIEW
        ):
            return False
        w.book.correct(entry, contact=contact)
        w.statusBar().showMessage(
            self.tr("This log is now linked to %1.").replace("%1", contact.display_name), 6000
        )
        return True

    def _done(self) -> None:
        # The next log waiting for review opens in turn; when none is left, a call that ended
        # while the agent was typing a new contact comes back to that form.
        w = self.w
        waiting = [e for e in w.book.waiting() if e.state is LogState.REVIEW]
        if waiting:
            self.review(waiting[0])
            return
        page, self._page_before = self._page_before, None
        if w.back_to_call():  # a call rang meanwhile: the middle is its caller's
            return
        if page is w.create_panel:
            w.stack.setCurrentWidget(w.create_panel)
            w.create_panel.first.setFocus()
        else:
            w.back_to_contact()

    def _page_changed(self, _index: int) -> None:
        # A log left in review (a ring or a search opened a contact) must stay in sight: the
        # unsent strip lists it again once the review page is no longer showing it.
        w = self.w
        if w.stack.currentWidget() is not w.review and w.unsent.current is not None:
            w.unsent.current = None
            w.unsent.refresh()

    def _log_changed(self, entry: LogEntry) -> None:
        # Short: the status bar shares its width with the Outbox button and the connection.
        missed = entry.payload.get("CallType") == "Missed"
        message = {
            LogState.QUEUED: (self.tr("Call log saved."), 4000),
            LogState.SENT: (
                (
                    self.tr("Missed call from %1 logged.")
                    if missed
                    else self.tr("Call with %1 logged.")
                ),
                6000,
            ),
            LogState.HELD: (self.tr("Not saved to disk yet."), 10000),
            LogState.ATTENTION: (self.tr("Call log refused."), 10000),
            LogState.FAILED: (self.tr("Call log not sent; kept for Retry."), 10000),
        }.get(entry.state)
        if message is not None:
            from agent_desktop.ui.calls.call_texts import display

            payload = entry.payload
            who = (
                payload.get("Name", "")
                if payload.get("EntityId")
                else display(payload.get("Number", ""), self.w.session.region)
            )
            self.w.statusBar().showMessage(message[0].replace("%1", who), message[1])
