"""The agent's window: composes the search box, the card area, the call bar and the status bar.

A view: the calls live in the CallService (ui/call_controller.py wires them to the panels), logs in
the outbox (ui/outbox_view.py shows it). It shows before any settings, keyring, outbox or network
work: `start()` (queued after the first paint) runs that on workers.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from agent_desktop import APP_NAME
from agent_desktop.core.call_model import Call
from agent_desktop.core.models import AgentIdentity, Contact
from agent_desktop.ui import menus, theme
from agent_desktop.ui.call_controller import CallController
from agent_desktop.ui.call_panel import CallPanel
from agent_desktop.ui.contact_flow import ContactFlow
from agent_desktop.ui.contact_panel import ContactPanel
from agent_desktop.ui.context import AppContext
from agent_desktop.ui.create_panel import CreatePanel
from agent_desktop.ui.errors import ErrorReporter, describe_error
from agent_desktop.ui.logbook import LogBook
from agent_desktop.ui.outbox_view import OutboxView
from agent_desktop.ui.quit_guard import at_risk, may_quit
from agent_desktop.ui.recent_flow import RecentFlow
from agent_desktop.ui.recent_page import RecentPage
from agent_desktop.ui.review import ReviewPane
from agent_desktop.ui.review_flow import ReviewFlow
from agent_desktop.ui.sender import OutboxSender
from agent_desktop.ui.session import Session
from agent_desktop.ui.startup import Startup, load_startup
from agent_desktop.ui.status import ConnectionState, StateIndicator
from agent_desktop.ui.unsent import UnsentStrip
from agent_desktop.ui.widgets import Tone
from agent_desktop.ui.window_header import WindowHeader
from agent_desktop.ui.window_parts import call_service, outbox_service, probe
from agent_desktop.ui.window_settings import open_settings

if TYPE_CHECKING:  # imported when needed: not on the way to the first paint
    from agent_desktop.qt.call_service import UrlOpenFilter
    from agent_desktop.qt.single_instance import InstanceServer
    from agent_desktop.sandbox import SandboxServer
    from agent_desktop.ui.settings_dialog import SettingsDialog

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.startup: Startup | None = None
        self.ask_before_close = True
        self._shut = False
        self._calls_started = False
        self.settings_dialog: SettingsDialog | None = None  # the last one opened
        self.call_events: InstanceServer | None = None  # app.py sets these once it listens
        self.url_filter: UrlOpenFilter | None = None
        self.demo_server: SandboxServer | None = None  # create_demo_window's, stopped by it
        self.setWindowTitle(self.tr("%1 — Demo").replace("%1", APP_NAME) if ctx.demo
                            else APP_NAME)
        self.setMinimumSize(420, 640)
        self.resize(460, 740)

        self.session = Session(ctx.runner, ctx.client_factory, demo=ctx.demo, parent=self)
        self.outbox = outbox_service(ctx, self)
        self.calls = call_service(ctx, self)
        self.outbox_sender = OutboxSender(self.outbox, self)
        self.book = LogBook(self.calls, self.outbox_sender, self._agent, ctx.tz, parent=self)
        self.errors = ErrorReporter(self, ctx.log_path)

        central = QWidget(self)
        central.setObjectName("central")
        self.setCentralWidget(central)
        self.header = header = WindowHeader(self.session, central, lambda: self.open_settings())
        self.search = header.search
        self.connection_banner = header.connection_banner
        self.notice = header.notice

        self.stack = QStackedWidget(central)
        self.recent = RecentPage(ctx.tz, self.stack)
        self.empty = self.recent  # no contact open: the recent calls show
        self.contact_panel = ContactPanel(ctx.url_opener, self.stack)
        self.create_panel = CreatePanel(self.session, self.outbox, self.stack)
        self.review = ReviewPane(self.book, ctx.tz, self.stack)
        for page in (self.empty, self.contact_panel, self.create_panel, self.review):
            self.stack.addWidget(page)
        self.unsent = UnsentStrip(self.book, central)
        self.outbox_view = OutboxView(self, self.outbox)
        self.call_panel = CallPanel(ctx.clock, central)

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

        self.menu_actions = menus.build(self)
        self.controller = CallController(self, self.calls)
        self.reviews = ReviewFlow(self)
        self.contacts = ContactFlow(self)
        self.recents = RecentFlow(self)
        self._wire()
        self.controller.render()
        self.apply_theme()
        self.setTabOrder(self.search.edit, self.contact_panel)
        # The status bar's Outbox button comes after the call bar, not before it.
        self.setTabOrder(self.call_panel.clear_contact, self.outbox_view.button)
        self.search.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self.start)

    # --- start-up -----------------------------------------------------------------------------

    def start(self) -> None:
        """After first paint: load settings and key on a worker; calls come back from disk."""
        self.statusBar().showMessage(self.tr("Loading settings…"))
        self.menu_actions.settings.setEnabled(False)
        self.outbox.start()
        if not self.ctx.calls_wait_for_listener:
            self.start_calls()
        task = self.ctx.runner.run(load_startup, self.ctx, name="startup")
        task.finished.connect(self._started)
        task.failed.connect(self._start_failed)

    def start_calls(self) -> None:
        """Bring the calls on disk back and replay the spool (once). The calls share the
        outbox's file: the outbox opens it first (a file the call store had only just created
        would look empty, i.e. damaged, to the outbox)."""
        if not self._calls_started:
            self._calls_started = True
            from agent_desktop.qt.outbox_summary import read_summary

            opened = self.outbox.run(read_summary, name="outbox-open")
            opened.finished.connect(lambda _s: self.calls.start())
            opened.failed.connect(lambda _e: self.calls.start())  # unreadable: calls still work

    def _started(self, startup: Startup) -> None:
        self.startup = startup
        self.menu_actions.settings.setEnabled(True)
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
            self.session.call(probe, name="probe")

    def _start_failed(self, error: object) -> None:
        self.menu_actions.settings.setEnabled(True)
        self.statusBar().showMessage(describe_error(error))
        log.error("start-up failed: %r", error)

    def _agent(self) -> AgentIdentity:
        settings = self.session.settings
        return settings.agent if settings is not None else AgentIdentity()

    # --- wiring -------------------------------------------------------------------------------

    def _wire(self) -> None:
        s = self.session
        s.state_changed.connect(lambda state, detail: self.header.show_connection(
            state, detail, indicator=self.state_indicator, alert=self.controller.alert,
            status_bar=self.statusBar()))
        s.settings_changed.connect(lambda st: self.search.set_debounce_ms(st.search_debounce_ms))
        s.settings_changed.connect(
            lambda st: self.outbox.configure(st.base_url, s.api_key, s.region))
        self.calls.store_failed.connect(lambda text: self.notice.show_message(text, Tone.WARNING))

    # --- contacts -----------------------------------------------------------------------------

    def show_contact(self, contact: Contact, *, link_to_call: bool = True) -> None:
        """Open a contact. Chosen by the agent during a live call that has no contact yet, it is
        linked to that call (and said so); in review it corrects the log's contact."""
        self.contacts.show(contact, link_to_call)

    def open_contact(self) -> Contact | None:
        return self.contacts.open_contact()

    def typed_number(self) -> str:
        return self.contacts.typed_number()

    def back_to_contact(self) -> None:
        self.contacts.back()

    def new_contact(self, phone: str = "") -> None:
        self.contacts.new(phone)

    # --- calls (the controller decides; these are the menu's and the tests' handles) ----------

    def toggle_call(self) -> None:
        self.controller.toggle()

    def dial_contact(self) -> None:
        if self.stack.currentWidget() is self.recent and self.recent.call_back_selected():
            return  # Ctrl+D on Recent calls returns the selected call
        self.controller.dialing.dial_open_contact()

    def review_call(self, call: Call) -> None:
        self.reviews.review(self.book.add(call))

    def send_log(self) -> None:
        self.reviews.send_log()

    # --- dialogs ------------------------------------------------------------------------------

    def open_settings(self, intro: str = "") -> None:
        dialog = open_settings(self.ctx, self.startup, self.session, self, intro)
        if dialog is not None:
            self.settings_dialog = dialog

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
        elif event.type() == QEvent.Type.ActivationChange and hasattr(self, "recents"):
            self.recents.maybe_seen()  # the agent looks at the window: the list's calls are seen
        super().changeEvent(event)

    def memory_only_count(self) -> int:
        return at_risk(self.outbox, self.calls)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not may_quit(self, self.outbox, self.calls, ask=self.ask_before_close):
            event.ignore()
            return
        notice = self.outbox_view.close_notice()
        if notice:
            log.info("closing: %s", notice)
            self.statusBar().showMessage(notice)
        self.shutdown()
        super().closeEvent(event)

    def shutdown(self) -> None:
        """Drop pending answers, let workers finish (bounded), write the calls, stop delivery,
        close the outbox file and the client. Safe to call twice."""
        if self._shut:
            return
        self._shut = True
        self.errors.uninstall()
        self.book.close()
        self.ctx.runner.shutdown(3000)
        self.calls.shutdown()
        self.recents.shutdown()
        if self.ctx.call_store is not None:
            self.ctx.call_store.close()  # its writes are done: the outbox's close checkpoints
        self.outbox.shutdown(5.0)
        self.session.close()
