"""The agent's window: composes the search box, the card area, the call bar and the status bar.

It only wires panels together; each panel is its own module. It shows before any settings, keyring,
outbox or network work: `start()` (queued after the first paint) runs that on workers.
Call logs and new contacts go through the durable outbox (ui/outbox_view.py shows it).
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QFrame,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agent_desktop import APP_NAME
from agent_desktop.core.models import Contact
from agent_desktop.qt.outbox_service import OutboxService
from agent_desktop.ui import menus, theme
from agent_desktop.ui.call_panel import CallPanel
from agent_desktop.ui.contact_panel import ContactPanel, EmptyContact
from agent_desktop.ui.context import AppContext
from agent_desktop.ui.create_panel import CreatePanel
from agent_desktop.ui.errors import ErrorReporter, describe_error
from agent_desktop.ui.logbook import LogBook, LogEntry, LogState
from agent_desktop.ui.outbox_view import OutboxView
from agent_desktop.ui.review import ReviewPane
from agent_desktop.ui.search_box import SearchBox
from agent_desktop.ui.sender import CallLogSender, OutboxSender
from agent_desktop.ui.session import Session
from agent_desktop.ui.startup import Startup, load_startup
from agent_desktop.ui.status import ConnectionState, StateIndicator
from agent_desktop.ui.unsent import UnsentStrip
from agent_desktop.ui.widgets import Banner

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, sender: CallLogSender | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.startup: Startup | None = None
        self.ask_before_close = True
        self._page_before_review: QWidget | None = None  # where a review returns to
        self._shut = False
        self.setWindowTitle(self.tr("%1 — Demo").replace("%1", APP_NAME) if ctx.demo
                            else APP_NAME)
        self.setMinimumSize(420, 640)
        self.resize(460, 740)

        self.session = Session(ctx.runner, ctx.client_factory, demo=ctx.demo, parent=self)
        self.outbox = _outbox_service(ctx, self)
        self.sender = sender or OutboxSender(self.outbox, ctx.tz, parent=self)
        self.book = LogBook(self.sender, ctx.tz, parent=self)
        self.errors = ErrorReporter(self, ctx.log_path)

        central = QWidget(self)
        central.setObjectName("central")
        self.setCentralWidget(central)
        header = QFrame(central)
        header.setObjectName("header")
        self.search = SearchBox(self.session, central, parent=header)
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        header_layout.addWidget(self.search)
        # Problems the agent must fix in Settings stay visible until fixed.
        self.connection_banner = Banner(header)
        fix = QPushButton(self.tr("Settings…"), self.connection_banner)
        fix.setToolTip(self.tr("Open Settings (Ctrl+,)"))
        fix.clicked.connect(lambda: self.open_settings())
        self.connection_banner.add_action(fix)
        header_layout.addWidget(self.connection_banner)

        self.stack = QStackedWidget(central)
        self.empty = EmptyContact(self.stack)
        self.contact_panel = ContactPanel(ctx.url_opener, self.stack)
        self.create_panel = CreatePanel(self.session, self.outbox, self.stack)
        self.review = ReviewPane(self.book, self.stack)
        for page in (self.empty, self.contact_panel, self.create_panel, self.review):
            self.stack.addWidget(page)
        self.unsent = UnsentStrip(self.book, central)
        self.outbox_view = OutboxView(self, self.outbox)
        self.call_panel = CallPanel(ctx.clock, self._agent, central)

        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.unsent)
        layout.addWidget(self.outbox_view.strip)
        layout.addWidget(self.call_panel)

        self.state_indicator = StateIndicator(self)
        self.statusBar().addPermanentWidget(self.outbox_view.button)
        self.statusBar().addPermanentWidget(self.state_indicator)
        self.statusBar().setSizeGripEnabled(False)

        self.actions = menus.build(self)
        self._wire()
        self.apply_theme()
        self.setTabOrder(self.search.edit, self.contact_panel)
        # The status bar's Outbox button comes after the call bar, not before it.
        self.setTabOrder(self.call_panel.clear_contact, self.outbox_view.button)
        self.search.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self.start)

    # --- start-up -----------------------------------------------------------------------------

    def start(self) -> None:
        """After first paint: load settings and key on a worker."""
        self.statusBar().showMessage(self.tr("Loading settings…"))
        self.actions.settings.setEnabled(False)
        self.outbox.start()
        task = self.ctx.runner.run(load_startup, self.ctx, name="startup")
        task.finished.connect(self._started)
        task.failed.connect(self._start_failed)

    def _started(self, startup: Startup) -> None:
        self.startup = startup
        self.actions.settings.setEnabled(True)
        self.statusBar().clearMessage()
        loaded = startup.loaded
        self.session.configure(loaded.settings, startup.api_key, locked=loaded.locked,
                               key_source=startup.key_source)
        for problem in loaded.problems:
            log.warning("settings: %s", problem)
        if loaded.problems:
            self.statusBar().showMessage(loaded.problems[0], 15000)
        if not self.session.configured:
            intro = startup.key_problem or self.session.missing_text()
            QTimer.singleShot(0, lambda: self.open_settings(intro))
        elif self.ctx.probe_on_start and not self.ctx.demo:
            self.session.set_state(ConnectionState.CHECKING)
            self.session.call(_probe, name="probe")

    def _start_failed(self, error: object) -> None:
        self.actions.settings.setEnabled(True)
        self.statusBar().showMessage(describe_error(error))
        log.error("start-up failed: %r", error)

    def _agent(self):
        from agent_desktop.core.models import AgentIdentity

        settings = self.session.settings
        return settings.agent if settings is not None else AgentIdentity()

    # --- wiring -------------------------------------------------------------------------------

    def _wire(self) -> None:
        s = self.session
        s.state_changed.connect(self._state_changed)
        s.settings_changed.connect(lambda st: self.search.set_debounce_ms(st.search_debounce_ms))
        s.settings_changed.connect(
            lambda st: self.outbox.configure(st.base_url, s.api_key, s.region))
        self.search.contact_chosen.connect(self.show_contact)
        self.contact_panel.link_to_call.connect(self._link_to_call)
        self.contact_panel.copied.connect(
            lambda v: self.statusBar().showMessage(self.tr("Copied %1").replace("%1", v), 3000))
        self.create_panel.created.connect(self._contact_created)
        self.create_panel.queued.connect(self._contact_queued)
        self.create_panel.dropped.connect(self._contact_dropped)
        self.create_panel.cancelled.connect(self.back_to_contact)
        self.call_panel.call_started.connect(self._call_started)
        self.call_panel.call_ended.connect(self._call_ended)
        self.call_panel.contact_changed.connect(self._call_contact_changed)
        self.review.done.connect(lambda _e: self._review_done())
        self.review.edit_requested.connect(
            lambda e: self.outbox_view.open_dialog(e.call_id, edit=True))
        self.unsent.review_requested.connect(self._review_entry)
        self.stack.currentChanged.connect(self._page_changed)
        self.book.changed.connect(self._log_changed)

    def _page_changed(self, _index: int) -> None:
        # A log left in review (a ring or a search opened a contact) must stay in sight: the
        # unsent strip lists it again once the review page is no longer showing it.
        if self.stack.currentWidget() is not self.review and self.unsent.current is not None:
            self.unsent.current = None
            self.unsent.refresh()

    def _state_changed(self, state: ConnectionState, detail: str) -> None:
        self.state_indicator.set_state(state, detail)
        short = {
            ConnectionState.KEY_PROBLEM: self.tr("SwitchTransact refused the API key."),
            ConnectionState.OFFLINE: self.tr("SwitchTransact cannot be reached."),
            ConnectionState.SERVER_PROBLEM: self.tr("SwitchTransact answered with an error."),
            ConnectionState.NOT_CONFIGURED: self.tr("Not set up yet."),
        }.get(state)
        if short:
            self.statusBar().showMessage(short, 15000)
        if state in (ConnectionState.KEY_PROBLEM, ConnectionState.NOT_CONFIGURED):
            self.connection_banner.show_message(detail or short or "", "error")
        elif state in (ConnectionState.CONNECTED, ConnectionState.DEMO):
            self.connection_banner.hide()

    # --- contacts -----------------------------------------------------------------------------

    def show_contact(self, contact: Contact, *, link_to_call: bool = True) -> None:
        self.contact_panel.show_contact(contact, self.session.region)
        self.stack.setCurrentWidget(self.contact_panel)
        if link_to_call and self.call_panel.running and self.call_panel.contact is None:
            self.call_panel.set_contact(contact)  # picked during the call: it is the call's
        self._sync_link_button()

    def back_to_contact(self) -> None:
        page = self.contact_panel if self.contact_panel.contact is not None else self.empty
        self.stack.setCurrentWidget(page)
        self.unsent.current = None
        self.unsent.refresh()
        self.search.edit.setFocus()

    def new_contact(self) -> None:
        from agent_desktop.core.phone import looks_like_phone

        text = self.search.text().strip()
        phone = text if looks_like_phone(text) else ""
        if not phone and self.call_panel.running:
            phone = self.call_panel.number.text().strip()
        self.stack.setCurrentWidget(self.create_panel)
        self.create_panel.open_with(phone)

    def _contact_created(self, contact: Contact, request_id: str) -> None:
        self.search.clear_cache()
        self.book.link_contact(request_id, contact)
        awaiting = self.call_panel.awaiting
        if self.call_panel.running and awaiting and awaiting[0] == request_id:
            self.call_panel.set_contact(contact)
        if self.stack.currentWidget() in (self.create_panel, self.empty):
            self.show_contact(contact)
        self.statusBar().showMessage(
            self.tr("Created %1.").replace("%1", contact.display_name), 5000)

    def _contact_queued(self, request_id: str, name: str, phone: str) -> None:
        """A contact for the caller is on its way: the running call waits for it (shown), and
        its log is linked to it if it exists before the log is sent."""
        from agent_desktop.core.phone import same_number

        panel = self.call_panel
        number = panel.number.text().strip()
        if panel.running and panel.contact is None and (
                not number or same_number(number, phone, self.session.region)):
            panel.set_awaiting((request_id, name))

    def _contact_dropped(self, request_id: str) -> None:
        if self.call_panel.awaiting and self.call_panel.awaiting[0] == request_id:
            self.call_panel.set_awaiting(None)
        self.book.forget_awaiting(request_id)

    def _link_to_call(self, contact: Contact | None) -> None:
        if contact is not None and self.call_panel.running:
            self.call_panel.set_contact(contact)

    def _call_contact_changed(self, _contact) -> None:
        self._sync_link_button()

    def _sync_link_button(self) -> None:
        self.contact_panel.set_call_running(self.call_panel.running, self.call_panel.contact)

    # --- calls --------------------------------------------------------------------------------

    def toggle_call(self) -> None:
        if self.call_panel.running:
            self.call_panel.end_call()
            return
        if self.stack.currentWidget() is self.contact_panel and self.contact_panel.contact:
            self.call_panel.set_contact(self.contact_panel.contact)
        from agent_desktop.core.phone import looks_like_phone

        text = self.search.text().strip()
        if looks_like_phone(text) and self.call_panel.contact is None:
            self.call_panel.prefill_number(text)
        self.call_panel.start_call()

    def _call_started(self) -> None:
        self.actions.call.setText(self.tr("&End call"))
        self._sync_link_button()
        self.statusBar().showMessage(self.tr("Call started."), 3000)

    def _call_ended(self, record, call_id: str) -> None:
        self.actions.call.setText(self.tr("&Start call"))
        self._sync_link_button()
        entry = self.book.add(record, call_id, self.call_panel.ended_awaiting)
        self._review_entry(entry)
        self.statusBar().showMessage(self.tr("Call ended. Check the log; Ctrl+Return sends it."),
                                     8000)

    def _review_done(self) -> None:
        # A call that ended while the agent was typing a new contact comes back to that form.
        page, self._page_before_review = self._page_before_review, None
        if page is self.create_panel:
            self.stack.setCurrentWidget(self.create_panel)
            self.create_panel.first.setFocus()
        else:
            self.back_to_contact()

    def _review_entry(self, entry: LogEntry) -> None:
        if self.stack.currentWidget() is not self.review:
            self._page_before_review = self.stack.currentWidget()
        auto = self.session.settings.auto_send_seconds if self.session.settings else 0
        self.review.show_entry(entry, auto if entry.state is LogState.REVIEW else 0)
        self.unsent.current = entry
        self.unsent.refresh()
        self.stack.setCurrentWidget(self.review)
        self.review.send_button.setFocus()

    def send_log(self) -> None:
        if self.stack.currentWidget() is self.review and self.review.entry is not None:
            self.review.send()
            return
        pending = self.book.memory_only()
        if pending:
            self._review_entry(pending[0])

    def _log_changed(self, entry: LogEntry) -> None:
        # Short: the status bar shares its width with the Outbox button and the connection.
        message = {
            LogState.QUEUED: (self.tr("Call log saved."), 4000),
            LogState.SENT: (self.tr("Logged: %1"), 6000),
            LogState.HELD: (self.tr("Not saved to disk yet."), 10000),
            LogState.ATTENTION: (self.tr("Call log refused."), 10000),
            LogState.FAILED: (self.tr("Call log not sent; kept for Retry."), 10000),
        }.get(entry.state)
        if message is not None:
            self.statusBar().showMessage(message[0].replace("%1", entry.title), message[1])

    # --- dialogs ------------------------------------------------------------------------------

    def open_settings(self, intro: str = "") -> None:
        if self.startup is None:
            return
        from agent_desktop.ui.settings_dialog import SettingsDialog

        loaded = self.startup.loaded
        current = replace(loaded, settings=self.session.settings or loaded.settings)
        dialog = SettingsDialog(
            runner=self.ctx.runner, settings_store=self.startup.settings_store,
            key_store=self.startup.key_store, loaded=current, api_key=self.session.api_key,
            key_source=self.session.key_source, intro=intro, check=self.ctx.check, parent=self)
        dialog.saved.connect(self._settings_saved)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.settings_dialog = dialog
        dialog.open()

    def _settings_saved(self, saved) -> None:
        self.session.configure(saved.settings, saved.api_key, key_source=saved.key_source)
        self.statusBar().showMessage(self.tr("Settings saved."), 4000)
        if self.session.configured and not self.ctx.demo:
            self.session.set_state(ConnectionState.CHECKING)
            self.session.call(_probe, name="probe")

    # --- theme and shutdown -------------------------------------------------------------------

    def apply_theme(self) -> None:
        self.setStyleSheet(menus.stylesheet())
        for widget in self.findChildren(QWidget):
            refresh = getattr(widget, "refresh_theme", None)
            if callable(refresh):
                refresh()
            if widget.property("secondary"):
                theme.set_secondary(widget)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.apply_theme()
        super().changeEvent(event)

    def memory_only_count(self) -> int:
        """Call logs and new contacts that exist only in this process: lost if it quits now.
        A call still running counts: its log does not exist anywhere yet."""
        not_saved = [e for e in self.book.memory_only() if e.state is not LogState.HELD]
        return len(not_saved) + self.outbox.summary.held + int(self.call_panel.running)

    def closeEvent(self, event: QCloseEvent) -> None:
        # Saved entries are durable: they are sent at the next start, so closing never waits
        # for them. Only what is not on disk (not reviewed, or refused by a full disk) is asked.
        unsaved = self.memory_only_count()
        if unsaved and self.ask_before_close:
            answer = QMessageBox.question(
                self, self.tr("Call logs not saved"),
                (self.tr("A call is in progress: quitting ends it without a log. ")
                 if self.call_panel.running else "")
                + self.tr("%1 call log(s) are only in memory — a call in progress, not reviewed "
                          "yet, or not saved to disk — and will be lost if you quit now. "
                          "Quit anyway?").replace("%1", str(unsaved)),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        notice = self.outbox_view.close_notice()
        if notice:
            log.info("closing: %s", notice)
            self.statusBar().showMessage(notice)
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Drop pending answers, let workers finish (bounded), stop delivery, close the outbox
        file and the client. Safe to call twice."""
        if self._shut:
            return
        self._shut = True
        self.errors.uninstall()
        self.ctx.runner.shutdown(3000)
        self.outbox.shutdown(5.0)
        self.session.close()


def _outbox_service(ctx: AppContext, parent: QWidget) -> OutboxService:
    from agent_desktop.core.outbox import Outbox

    outbox = ctx.outbox if ctx.outbox is not None else Outbox()  # no I/O until first use
    return OutboxService(outbox, ctx.runner, ctx.client_factory,
                         delivery_options=ctx.delivery_options,
                         flush_interval_ms=ctx.outbox_flush_ms, parent=parent)


def _probe(client) -> None:
    """One harmless read that tells whether address and key work."""
    from agent_desktop.core.diagnostics import PROBE_EMAIL

    client.lookup_by_email(PROBE_EMAIL)
