"""The agent's window: composes the search box, the card area, the call bar and the status bar.

It only wires panels together; each panel is its own module. It shows before any settings, keyring
or network work: `start()` (queued after the first paint) runs that on workers.
"""

from __future__ import annotations

import logging

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
from agent_desktop.ui import menus, theme
from agent_desktop.ui.call_panel import CallPanel
from agent_desktop.ui.contact_panel import ContactPanel, EmptyContact
from agent_desktop.ui.context import AppContext
from agent_desktop.ui.create_panel import CreatePanel
from agent_desktop.ui.errors import ErrorReporter, describe_error
from agent_desktop.ui.review import ReviewPane
from agent_desktop.ui.search_box import SearchBox
from agent_desktop.ui.sender import CallLogSender, DirectSender, LogBook, LogEntry, LogState
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
        self.setWindowTitle(self.tr("%1 — Demo").replace("%1", APP_NAME) if ctx.demo
                            else APP_NAME)
        self.setMinimumSize(420, 640)
        self.resize(460, 740)

        self.session = Session(ctx.runner, ctx.client_factory, demo=ctx.demo, parent=self)
        self.sender = sender or DirectSender(self.session, ctx.tz, parent=self)
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
        self.create_panel = CreatePanel(self.session, self.stack)
        self.review = ReviewPane(self.book, self.stack)
        for page in (self.empty, self.contact_panel, self.create_panel, self.review):
            self.stack.addWidget(page)
        self.unsent = UnsentStrip(self.book, central)
        self.call_panel = CallPanel(ctx.clock, self._agent, central)

        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.unsent)
        layout.addWidget(self.call_panel)

        self.state_indicator = StateIndicator(self)
        self.statusBar().addPermanentWidget(self.state_indicator)
        self.statusBar().setSizeGripEnabled(False)

        self.actions = menus.build(self)
        self._wire()
        self.apply_theme()
        self.setTabOrder(self.search.edit, self.contact_panel)
        self.search.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self.start)

    # --- start-up -----------------------------------------------------------------------------

    def start(self) -> None:
        """After first paint: load settings and key on a worker."""
        self.statusBar().showMessage(self.tr("Loading settings…"))
        self.actions.settings.setEnabled(False)
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
        self.search.contact_chosen.connect(self.show_contact)
        self.contact_panel.link_to_call.connect(self._link_to_call)
        self.contact_panel.copied.connect(
            lambda v: self.statusBar().showMessage(self.tr("Copied %1").replace("%1", v), 3000))
        self.create_panel.created.connect(self._contact_created)
        self.create_panel.cancelled.connect(self.back_to_contact)
        self.call_panel.call_started.connect(self._call_started)
        self.call_panel.call_ended.connect(self._call_ended)
        self.call_panel.contact_changed.connect(self._call_contact_changed)
        self.review.done.connect(lambda _e: self.back_to_contact())
        self.unsent.review_requested.connect(self._review_entry)
        self.book.changed.connect(self._log_changed)

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

    def show_contact(self, contact: Contact) -> None:
        self.contact_panel.show_contact(contact, self.session.region)
        self.stack.setCurrentWidget(self.contact_panel)
        if self.call_panel.running and self.call_panel.contact is None:
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

    def _contact_created(self, contact: Contact) -> None:
        self.search.clear_cache()
        self.show_contact(contact)
        self.statusBar().showMessage(
            self.tr("Created %1.").replace("%1", contact.display_name), 5000)

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

    def _call_ended(self, record) -> None:
        self.actions.call.setText(self.tr("&Start call"))
        self._sync_link_button()
        entry = self.book.add(record)
        self._review_entry(entry)
        self.statusBar().showMessage(self.tr("Call ended. Check the log; Ctrl+Return sends it."),
                                     8000)

    def _review_entry(self, entry: LogEntry) -> None:
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
        pending = self.book.unsent()
        if pending:
            self._review_entry(pending[0])

    def _log_changed(self, entry: LogEntry) -> None:
        if entry.state is LogState.SENT:
            self.statusBar().showMessage(
                self.tr("Call log sent: %1").replace("%1", entry.title), 6000)
        elif entry.state is LogState.FAILED:
            self.statusBar().showMessage(
                self.tr("Call log not sent; it is kept for Retry."), 10000)

    # --- dialogs ------------------------------------------------------------------------------

    def open_settings(self, intro: str = "") -> None:
        if self.startup is None:
            return
        from agent_desktop.ui.settings_dialog import SettingsDialog

        loaded = self.startup.loaded
        current = type(loaded)(self.session.settings or loaded.settings, loaded.locked,
                               loaded.problems, loaded.overridden_by_env)
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

    def closeEvent(self, event: QCloseEvent) -> None:
        unsent = self.book.unsent()
        if unsent and self.ask_before_close:
            answer = QMessageBox.question(
                self, self.tr("Call logs not sent"),
                self.tr("%1 call log(s) have not reached SwitchTransact yet and will be lost "
                        "if you quit now. Quit anyway?").replace("%1", str(len(unsent))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No)
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Drop pending answers, let workers finish (bounded), close the client."""
        self.errors.uninstall()
        self.ctx.runner.shutdown(3000)
        self.session.close()


def _probe(client) -> None:
    """One harmless read that tells whether address and key work."""
    from agent_desktop.core.diagnostics import PROBE_EMAIL

    client.lookup_by_email(PROBE_EMAIL)
