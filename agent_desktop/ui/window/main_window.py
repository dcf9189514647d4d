"""The agent's window: composes the search box, the card area, the call bar and the status bar.

A view: the calls live in the CallService (ui/calls/controller.py wires them to the panels), logs in
the outbox (ui/outbox/outbox_view.py shows it). Its first paint shows only the frame, the search box
(focused, taking keys) and the call bar; the rest is built after that paint (ui/window/rest.py),
then `start()` loads settings and key, outbox and calls on workers.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from agent_desktop import APP_NAME
from agent_desktop.ui.app.context import AppContext
from agent_desktop.ui.app.session import Session
from agent_desktop.ui.calls.call_panel import CallPanel
from agent_desktop.ui.common.errors import ErrorReporter
from agent_desktop.ui.window import menus
from agent_desktop.ui.window.header import WindowHeader
from agent_desktop.ui.window.late_parts import LateFlows, LateParts, names
from agent_desktop.ui.window.parts import after_first_paint
from agent_desktop.ui.window.start import WindowStart
from agent_desktop.ui.window.status import StateIndicator
from agent_desktop.ui.window.status_bar import StatusBar

if TYPE_CHECKING:
    from collections.abc import Iterator

    from agent_desktop.core.api.models import AgentIdentity, Contact
    from agent_desktop.core.calls.book import Call
    from agent_desktop.core.calls.window_claim import WindowClaim
    from agent_desktop.qt.call_service import UrlOpenFilter
    from agent_desktop.qt.single_instance import InstanceServer
    from agent_desktop.ui.app.demo_server import LazyDemoServer
    from agent_desktop.ui.app.spool_poll import SpoolPoll
    from agent_desktop.ui.app.startup import Startup
    from agent_desktop.ui.settings.settings_dialog import SettingsDialog

    class _Late(LateParts, LateFlows):
        """The type checker's view of what the window carries once built (MainWindow.take)."""

else:
    _Late = object  # at run time the parts are plain attributes, set by take()

log = logging.getLogger(__name__)


class MainWindow(QMainWindow, _Late):
    built = Signal()  # every part exists and start() has begun (after the first paint)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.startup: Startup | None = None
        self.ask_before_close = True
        self._shut = False
        self._steps: Iterator[str] | None = None  # ui/window/rest.py's build, once begun
        self.parts: LateParts | None = None  # None until the steps after the first paint built
        self.flows: LateFlows | None = None  # them (ui/window/late_parts.py)
        self._start_queued = False
        self.settings_dialog: SettingsDialog | None = None  # the last one opened
        self.call_events: InstanceServer | None = None  # app.py sets these once it listens
        self.url_filter: UrlOpenFilter | None = None
        self.data_claim: WindowClaim | None = None  # this window's claim on the calls' folder
        self.spool_poll: SpoolPoll | None = None  # set when the window cannot listen
        self.demo_server: LazyDemoServer | None = None  # create_demo_window's, stopped by it
        self.setWindowTitle(self.tr("%1 — Demo").replace("%1", APP_NAME) if ctx.demo else APP_NAME)
        self.setMinimumSize(420, 640)
        self.resize(460, 740)

        # What the first paint shows: the frame, the search box (it takes keys at once; what is
        # typed before the settings are loaded is searched then) and the call bar.
        self.session = Session(ctx.runner, ctx.client_factory, demo=ctx.demo, parent=self)
        self.errors = ErrorReporter(self, ctx.log_path)
        self._starter = WindowStart(self)
        central = QWidget(self)
        central.setObjectName("central")
        self.setCentralWidget(central)
        self.header = header = WindowHeader(self.session, central, lambda: self.open_settings())
        self.search = header.search
        self.connection_banner = header.connection_banner
        self.notice = header.notice
        self.search.hold()
        self.stack = QStackedWidget(central)
        self.call_panel = CallPanel(ctx.clock, central)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.call_panel)
        # The menu bar keeps its place from the first paint (its menus come with the rest,
        # ui/window/rest.py replaces these titles): nothing below it moves.
        bar = self.menuBar()
        bar.addMenu(QCoreApplication.translate("Menus", "&File"))
        bar.addMenu(QCoreApplication.translate("Menus", "&Contact"))
        bar.addMenu(QCoreApplication.translate("Menus", "C&all"))
        bar.addMenu(QCoreApplication.translate("Menus", "&Help"))
        self.state_indicator = StateIndicator(self)
        self.setStatusBar(StatusBar(self))  # a message too long is shortened, whole in its tooltip
        self.statusBar().addPermanentWidget(self.state_indicator)
        self.statusBar().setSizeGripEnabled(False)
        self.setStyleSheet(menus.stylesheet())
        self.search.edit.setFocus(Qt.FocusReason.OtherFocusReason)
        after_first_paint(self, self._build_next)

    def _build_next(self) -> None:
        """One step of the rest per event-loop turn; then start()."""
        if self._shut:
            return
        if self._step() is not None:
            QTimer.singleShot(0, self._build_next)
        elif not self._start_queued:
            self._start_queued = True
            self.start()
            self.built.emit()

    def finish_building(self) -> None:
        """Build whatever is not built yet, now: for whoever needs the parts before the steps
        after the first paint have run (a test, an early close). start() still follows the
        first paint."""
        while self._step() is not None:
            pass

    def _step(self) -> str | None:
        """Run the next build step and name it; None when every part was built already."""
        if self._steps is None:
            from agent_desktop.ui.window.rest import build

            self._steps = build(self)
        return next(self._steps, None)

    def take(self, group: LateParts | LateFlows) -> None:
        """A group the steps built: held, and each member carried as the window's own
        attribute (`window.calls`), where the flows that take the window read it."""
        for name in names(type(group)):
            setattr(self, name, getattr(group, name))
        if isinstance(group, LateParts):
            self.parts = group
        else:
            self.flows = group

    # --- start-up -----------------------------------------------------------------------------

    def start(self) -> None:
        """After first paint: settings and key on a worker, then the calls (ui/window/start.py)."""
        self._starter.start()

    def start_calls(self) -> None:
        """The calls on disk and the spool (app.py: once the window listens; else at start)."""
        self._starter.start_calls()

    def _agent(self) -> AgentIdentity:
        from agent_desktop.core.api.models import AgentIdentity

        settings = self.session.settings
        return settings.agent if settings is not None else AgentIdentity()

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

    def back_to_call(self) -> bool:
        return self.controller.back_to_call()

    def new_contact(self, phone: str = "") -> None:
        self.contacts.new(phone)

    def create_for_call(self, call: Call, *, focus: bool) -> None:
        self.contacts.create_for_call(call, focus=focus)

    # --- calls (the controller decides; these are the menu's and the tests' handles) ----------

    def toggle_call(self) -> None:
        self.controller.toggle()

    def dial_contact(self) -> None:
        if self.stack.currentWidget() is self.recent and self.recent.call_back_selected():
            return  # Ctrl+D on Recent calls returns the selected call
        self.controller.dialing.dial_open_contact()

    def review_call(self, call: Call) -> None:
        self.reviews.review_in_turn(self.book.add(call))

    def send_log(self) -> None:
        self.reviews.send_log()

    # --- dialogs ------------------------------------------------------------------------------

    def open_settings(self, intro: str = "") -> None:
        from agent_desktop.ui.window.open_settings import open_settings

        dialog = open_settings(self.ctx, self.startup, self.session, self, intro)
        if dialog is not None:
            self.settings_dialog = dialog

    # --- theme and shutdown -------------------------------------------------------------------

    def apply_theme(self) -> None:
        from agent_desktop.ui.window.rest import refresh_theme

        self.setStyleSheet(menus.stylesheet())
        refresh_theme(self)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.ApplicationPaletteChange:
            self.apply_theme()
        elif event.type() == QEvent.Type.ActivationChange and self.flows is not None:
            self.recents.maybe_seen()  # the agent looks at the window: the list's calls are seen
        super().changeEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        from agent_desktop.ui.window.quit_guard import may_quit

        self.finish_building()  # closed before the steps ran: the parts it settles exist
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
        self.finish_building()  # what is shut down below exists, however early this comes
        self._shut = True
        self.errors.uninstall()
        self.global_keys.stop()  # the keys go back to the other applications
        self.book.close()
        if self.spool_poll is not None:
            self.spool_poll.stop()
        self.phone_flow.shutdown()  # no phone event after this: the calls are being written
        self.ctx.runner.shutdown(3000)
        self.calls.shutdown()
        self.recents.shutdown()
        if self.ctx.call_store is not None:
            self.ctx.call_store.close()  # its writes are done: the outbox's close checkpoints
        self.outbox.shutdown(5.0)
        self.session.close()
        if self.data_claim is not None:  # everything is on disk: the next window may replay
            self.data_claim.release()
