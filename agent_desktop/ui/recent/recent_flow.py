"""Recent calls in the window: every call the call book ends lands in the list, the outbox's news
refreshes its log states, and missed calls not seen yet are counted on the list's header, in the
window title and in the tray until the agent has seen them (the list shown in the active window
for a moment, or the call opened)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QStackedWidget, QWidget

from agent_desktop.core.api.models import Contact
from agent_desktop.core.calls.book import Call
from agent_desktop.core.calls.recent import LogStatus, RecentCall, RecentCalls
from agent_desktop.core.region import region_or_default
from agent_desktop.core.settings.settings import Settings
from agent_desktop.qt.call_service import CallService
from agent_desktop.qt.log_service import LogService
from agent_desktop.qt.outbox_service import OutboxService
from agent_desktop.qt.recent_service import RecentService
from agent_desktop.ui.app.context import AppContext
from agent_desktop.ui.app.session import Session
from agent_desktop.ui.calls.controller import CallController
from agent_desktop.ui.common.icons import icon
from agent_desktop.ui.recent.recent_page import RecentPage
from agent_desktop.ui.review.review_flow import ReviewFlow
from agent_desktop.ui.search.search_box import SearchBox
from agent_desktop.ui.window.menus import Actions


class RecentWindow(Protocol):
    """What the recent calls need of the window: the calls and the outbox they follow, the page
    and its stack, the review, contact and dial handles an opened row uses, and the menus."""

    @property
    def ctx(self) -> AppContext: ...
    @property
    def session(self) -> Session: ...
    @property
    def calls(self) -> CallService: ...
    @property
    def outbox(self) -> OutboxService: ...
    @property
    def book(self) -> LogService: ...
    @property
    def controller(self) -> CallController: ...
    @property
    def reviews(self) -> ReviewFlow: ...
    @property
    def recent(self) -> RecentPage: ...
    @property
    def stack(self) -> QStackedWidget: ...
    @property
    def menu_actions(self) -> Actions: ...
    def show_contact(self, contact: Contact, *, link_to_call: bool = True) -> None: ...
    def menuBar(self) -> QMenuBar: ...
    def window(self) -> QWidget: ...


SEEN_AFTER_MS = 1500  # the list in the active window this long: its missed calls are seen


class RecentFlow(QObject):
    def __init__(self, window: RecentWindow) -> None:
        super().__init__(window.window())
        self.w = window
        self._top = window.window()  # its title carries the missed count
        store = window.ctx.call_store  # the calls' file (window_parts.call_service made it)
        self.service = RecentService(
            RecentCalls(store.transaction) if store is not None else None, self
        )
        self.page = window.recent
        self._title = self._top.windowTitle()
        self._seen_timer = QTimer(self)
        self._seen_timer.setSingleShot(True)
        self._seen_timer.setInterval(SEEN_AFTER_MS)
        self._seen_timer.timeout.connect(self._seen_now)
        self.service.loaded.connect(self._loaded)
        self.service.prepare = lambda rows: self.page.prepare(rows, window.ctx.clock.now())
        self.service.learn = self.page.learn
        self._minute = QTimer(self)  # "2 min ago" moves on while the list is on screen
        self._minute.setInterval(60_000)
        self._minute.timeout.connect(self._retell)
        self._minute.start()
        window.calls.changed.connect(self._call_changed)
        window.calls.started.connect(lambda: self.service.start(window.ctx.clock.now()))
        window.outbox.changed.connect(lambda _event: self.service.refresh())
        window.stack.currentChanged.connect(lambda _i: self.maybe_seen())
        self.page.open_requested.connect(self.open)
        self.page.call_back_requested.connect(self.call_back)
        window.session.settings_changed.connect(self._settings)
        self.action = self._action()

    def _action(self) -> QAction:
        w = self.w
        action = QAction(icon("clock"), self.tr("&Recent calls"), self._top)
        action.setShortcut(QKeySequence("Ctrl+R"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(self.tr("Recent calls (%1)").replace("%1", keys))
        action.setStatusTip(self.tr("Your calls of the last 30 days; missed ones to return"))
        action.triggered.connect(self.show)
        self._top.addAction(action)
        dial = w.menu_actions.dial
        for menu_action in w.menuBar().actions():
            menu = menu_action.menu()
            if isinstance(menu, QMenu) and dial in menu.actions():
                menu.insertAction(dial, action)
        return action

    def _settings(self, settings: Settings) -> None:
        self.page.region = region_or_default(settings.region)  # numbers written the agent's way
        self._retell()

    # --- showing ------------------------------------------------------------------------------

    def show(self) -> None:
        """Ctrl+R: the list, focused (the contact on screen stays open behind it)."""
        w = self.w
        w.stack.setCurrentWidget(self.page)
        self.page.focus_list()
        self.service.refresh()

    def _loaded(self, rows: list[RecentCall], unseen: int) -> None:
        self.page.show_rows(rows, unseen, self.w.ctx.clock.now())
        w = self.w
        self._top.setWindowTitle(
            self.tr("%1 (%2 missed)").replace("%1", self._title).replace("%2", str(unseen))
            if unseen
            else self._title
        )
        w.controller.alert.set_missed(unseen)
        self.maybe_seen()

    def _retell(self) -> None:
        if self.w.stack.currentWidget() is self.page and self._top.isVisible():
            self.page.show_rows(
                self.service.rows, self.service.unseen_missed, self.w.ctx.clock.now()
            )

    def maybe_seen(self) -> None:
        """Start the seen timer when the list shows in the active window; stop it otherwise."""
        w = self.w
        showing = (
            w.stack.currentWidget() is self.page
            and self._top.isActiveWindow()
            and not self._top.isMinimized()
            and self.service.unseen_missed > 0
        )
        if showing and not self._seen_timer.isActive():
            self._seen_timer.start()
        elif not showing:
            self._seen_timer.stop()

    def _seen_now(self) -> None:
        w = self.w
        if w.stack.currentWidget() is self.page and self._top.isActiveWindow():
            self.service.mark_seen(None)

    # --- the call book and the agent's choices ------------------------------------------------

    def _call_changed(self, call: Call) -> None:
        self.service.record(call)

    def open(self, row: RecentCall) -> None:
        """Enter on a call: its review while its log is unsent, else its contact, else the
        number in the search box (to find or create the caller)."""
        w = self.w
        self.service.mark_seen([row.call.id])
        entry = w.book.entry(row.call.id)
        if row.log is LogStatus.REVIEW and entry is not None:
            w.reviews.review(entry)
        elif row.call.contact is not None:
            w.show_contact(row.call.contact, link_to_call=False)
        elif row.call.number and (search := self._top.findChild(SearchBox)) is not None:
            search.edit.setText(row.call.number)  # find (or create) the caller
            search.edit.setFocus()
            search.search_now()

    def call_back(self, row: RecentCall) -> None:
        self.service.mark_seen([row.call.id])
        self.w.controller.dialing.dial(row.call.number, row.call.contact)

    def shutdown(self) -> None:
        self._minute.stop()
        self.service.shutdown()
