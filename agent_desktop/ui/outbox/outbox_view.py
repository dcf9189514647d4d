"""The outbox's place in the window: the strip, the status-bar button, the list dialog, and what
the delivery worker learns about the connection (it is shown like a search's outcome)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QStatusBar, QWidget

from agent_desktop.core.outbox.delivery import WorkerState, WorkerStatus
from agent_desktop.core.outbox.outbox import OutboxAction, OutboxEvent
from agent_desktop.qt.log_service import LogService
from agent_desktop.qt.outbox_service import OutboxService
from agent_desktop.qt.outbox_summary import OutboxSummary
from agent_desktop.ui.app.session import Session
from agent_desktop.ui.common.widgets import Banner, Tone
from agent_desktop.ui.outbox.outbox_dialog import OutboxDialog
from agent_desktop.ui.outbox.outbox_strip import OutboxButton, OutboxStrip
from agent_desktop.ui.outbox.outbox_texts import count_text, recovery_text
from agent_desktop.ui.window.header import OUTBOX_NOTICE
from agent_desktop.ui.window.status import ConnectionState

_CONNECTION = {
    WorkerState.OFFLINE: ConnectionState.OFFLINE,
    WorkerState.AUTH_BLOCKED: ConnectionState.KEY_PROBLEM,
    WorkerState.SERVER_TROUBLE: ConnectionState.SERVER_PROBLEM,
}


class OutboxView(QObject):
    def __init__(
        self,
        service: OutboxService,
        session: Session,
        book: LogService,
        central: QWidget,
        status_bar: QStatusBar,
        *,
        open_settings: Callable[[], None],
    ) -> None:
        """The strip goes in `central` (the window puts it above the call bar), the button in
        the status bar; the session is the connection this view reports, the log book tells
        the logs still in review."""
        top = central.window()
        super().__init__(top)
        self._top = top
        self._session = session
        self._book = book
        self._status_bar = status_bar
        self.service = service
        self.strip = OutboxStrip(central)
        self.button = OutboxButton(top)
        self.button.clicked.connect(lambda: self.open_dialog())
        self.dialog: OutboxDialog | None = None
        self._greeted = False
        self._recoveries_told: set[str] = set()  # each moved-aside file is told once
        self.recovery_banner = top.findChild(Banner, OUTBOX_NOTICE) or Banner(top)
        self.strip.open_outbox.connect(lambda: self.open_dialog())
        self.strip.retry_now.connect(self.service.retry_now)
        self.strip.open_settings.connect(lambda: open_settings())
        service.summary_changed.connect(self._summary)
        service.status_changed.connect(self._status)
        service.changed.connect(self._event)
        session.settings_changed.connect(lambda _s: self._render())

    # --- showing ------------------------------------------------------------------------------

    def _render(self) -> None:
        summary = self.service.summary
        self.strip.update_view(summary, self.service.status, self._session.configured)
        self.button.set_summary(summary)

    def _summary(self, summary: OutboxSummary) -> None:
        self._render()
        self._tell_recovery(summary)
        if not self._greeted and summary.read:
            self._greeted = True
            book = self._book
            if summary.waiting and not book.unsent() and not book.saved_this_session:
                self._status_bar.showMessage(
                    self.tr("Sending %1 saved before Agent Desktop last closed…").replace(
                        "%1", count_text(summary.waiting_calls, summary.waiting_contacts)
                    ),
                    8000,
                )

    def _tell_recovery(self, summary: OutboxSummary) -> None:
        """A damaged outbox was moved aside: say so at the top of the window, until the agent
        dismisses it (the file named there is theirs to keep, send to support or delete)."""
        recovery = summary.recovery
        if recovery is None or str(recovery.kept_as) in self._recoveries_told:
            return
        self._recoveries_told.add(str(recovery.kept_as))
        self.recovery_banner.show_message(recovery_text(recovery), Tone.WARNING)

    def _status(self, status: WorkerStatus) -> None:
        self._render()
        state = _CONNECTION.get(status.state)
        if state is not None:
            self._session.set_state(state, status.message)

    def _event(self, event: OutboxEvent) -> None:
        if event.action == OutboxAction.SENT:
            self._session.mark_reachable()

    # --- the list -----------------------------------------------------------------------------

    def open_dialog(self, call_id: str | None = None, edit: bool = False) -> OutboxDialog:
        if self.dialog is None:
            self.dialog = OutboxDialog(self.service, lambda: self._session.region, self._top)
            self.dialog.setWindowModality(Qt.WindowModality.NonModal)
        if call_id:
            self.dialog.select_call(call_id, edit)
        else:
            self.dialog.reload()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        return self.dialog

    # --- closing ------------------------------------------------------------------------------

    def close_notice(self) -> str:
        """What to say when the window closes with entries still to send (they are safe)."""
        summary = self.service.summary
        if not summary.waiting and not summary.attention:
            return ""
        if summary.waiting:
            return self.tr("%1 will be sent next time Agent Desktop starts.").replace(
                "%1", count_text(summary.waiting_calls, summary.waiting_contacts)
            )
        return self.tr(
            "%1 in the outbox need your attention; they are kept for next time."
        ).replace("%1", str(summary.attention))
