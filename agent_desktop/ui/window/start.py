"""After the first paint: settings and key loaded on a worker, then the session configured, the
calls on disk brought back and the spool replayed, and what was typed meanwhile searched."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QStatusBar, QWidget

from agent_desktop.ui.common.core_texts import tr_core
from agent_desktop.ui.window.parts import probe
from agent_desktop.ui.window.status import ConnectionState

if TYPE_CHECKING:
    from agent_desktop.qt.call_service import CallService
    from agent_desktop.qt.outbox_service import OutboxService
    from agent_desktop.ui.app.context import AppContext
    from agent_desktop.ui.app.session import Session
    from agent_desktop.ui.app.startup import Startup
    from agent_desktop.ui.search.search_box import SearchBox
    from agent_desktop.ui.window.menus import Actions

log = logging.getLogger(__name__)


class StartingWindow(Protocol):
    """What the start needs of the window."""

    ctx: AppContext
    session: Session
    search: SearchBox
    startup: Startup | None

    @property
    def menu_actions(self) -> Actions: ...
    @property
    def outbox(self) -> OutboxService: ...
    @property
    def calls(self) -> CallService: ...
    def statusBar(self) -> QStatusBar: ...
    def window(self) -> QWidget: ...
    def open_settings(self, intro: str = "") -> None: ...


class WindowStart(QObject):
    def __init__(self, window: StartingWindow) -> None:
        super().__init__(window.window())
        self.w = window
        self._calls_started = False

    def start(self) -> None:
        """Load settings and key on a worker; the calls come back from disk."""
        w = self.w
        w.statusBar().showMessage(self.tr("Loading settings…"))
        w.menu_actions.settings.setEnabled(False)
        w.outbox.start()
        if not w.ctx.calls_wait_for_listener:
            self.start_calls()
        from agent_desktop.ui.app.startup import load_startup

        task = w.ctx.runner.run(load_startup, w.ctx, name="startup")
        task.finished.connect(self._started)
        task.failed.connect(self._failed)

    def start_calls(self) -> None:
        """Bring the calls on disk back and replay the spool (once). The calls share the
        outbox's file: the outbox opens it first (a file the call store had only just created
        would look empty, i.e. damaged, to the outbox)."""
        if self._calls_started:
            return
        self._calls_started = True
        from agent_desktop.qt.outbox_summary import read_summary

        calls = self.w.calls
        opened = self.w.outbox.run(read_summary, name="outbox-open")
        opened.finished.connect(lambda _s: calls.start())
        opened.failed.connect(lambda _e: calls.start())  # unreadable: the calls still work

    def _started(self, startup: Startup) -> None:
        w = self.w
        w.startup = startup
        w.menu_actions.settings.setEnabled(True)
        w.statusBar().clearMessage()
        loaded = startup.loaded
        w.session.configure(
            loaded.settings, startup.api_key, locked=loaded.locked, key_source=startup.key_source
        )
        for problem in loaded.problems:
            log.warning("settings: %s", problem)
        if loaded.problems:
            w.statusBar().showMessage(tr_core(loaded.problems[0]), 15000)
        if not w.session.configured:
            intro = tr_core(startup.key_problem) or w.session.missing_text()
            QTimer.singleShot(0, lambda: w.open_settings(intro))
        elif w.ctx.probe_on_start and not w.ctx.demo:
            w.session.set_state(ConnectionState.CHECKING)
            w.session.call(probe, name="probe")
        w.search.release()  # what was typed meanwhile is searched now

    def _failed(self, error: object) -> None:
        from agent_desktop.ui.common.errors import describe_error

        self.w.menu_actions.settings.setEnabled(True)
        self.w.statusBar().showMessage(describe_error(error))
        log.error("start-up failed: %r", error)
        self.w.search.release()  # it says why a search cannot be made
