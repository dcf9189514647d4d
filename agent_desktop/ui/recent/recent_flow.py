"""Recent calls in the window: every call the call book ends lands in the list, the outbox's news
refreshes its log states, and missed calls not seen yet are counted on the list's header, in the
window title and in the tray until the agent has seen them (the list shown in the active window
for a moment, or the call opened)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QStackedWidget

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
from agent_desktop.ui.contacts.contact_flow import ContactFlow
from agent_desktop.ui.recent.recent_page import RecentPage
from agent_desktop.ui.review.review_flow import ReviewFlow
from agent_desktop.ui.search.search_box import SearchBox

SEEN_AFTER_MS = 1500  # the list in the active window this long: its missed calls are seen


class RecentFlow(QObject):
    def __init__(
        self,
        ctx: AppContext,
        session: Session,
        controller: CallController,
        reviews: ReviewFlow,
        contacts: ContactFlow,
        *,
        page: RecentPage,
        stack: QStackedWidget,
        book: LogService,
        outbox: OutboxService,
        search: SearchBox,
        menu_next_to: QAction,
    ) -> None:
        """The list `page` in `stack`, following the controller's calls and the outbox's news;
        an opened row goes to its review (`reviews`, `book`), its contact (`contacts`) or the
        `search` box. Ctrl+R's action goes in the menu before `menu_next_to`."""
        top = stack.window()  # its title carries the missed count
        super().__init__(top)
        self._top = top
        self._ctx = ctx
        self._controller = controller
        self._reviews = reviews
        self._contacts = contacts
        self._stack = stack
        self._book = book
        self._search = search
        calls: CallService = controller.calls
        store = ctx.call_store  # the calls' file (window_parts.call_service made it)
        self.service = RecentService(
            RecentCalls(store.transaction) if store is not None else None, self
        )
        self.page = page
        self._title = top.windowTitle()
        self._seen_timer = QTimer(self)
        self._seen_timer.setSingleShot(True)
        self._seen_timer.setInterval(SEEN_AFTER_MS)
        self._seen_timer.timeout.connect(self._seen_now)
        self.service.loaded.connect(self._loaded)
        self.service.prepare = lambda rows: self.page.prepare(rows, ctx.clock.now())
        self.service.learn = self.page.learn
        self._minute = QTimer(self)  # "2 min ago" moves on while the list is on screen
        self._minute.setInterval(60_000)
        self._minute.timeout.connect(self._retell)
        self._minute.start()
        calls.changed.connect(self._call_changed)
        calls.started.connect(lambda: self.service.start(ctx.clock.now()))
        outbox.changed.connect(lambda _event: self.service.refresh())
        stack.currentChanged.connect(lambda _i: self.maybe_seen())
        self.page.open_requested.connect(self.open)
        self.page.call_back_requested.connect(self.call_back)
        session.settings_changed.connect(self._settings)
        self.action = self._action(menu_next_to)

    def _action(self, next_to: QAction) -> QAction:
        action = QAction(icon("clock"), self.tr("&Recent calls"), self._top)
        action.setShortcut(QKeySequence("Ctrl+R"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(self.tr("Recent calls (%1)").replace("%1", keys))
        action.setStatusTip(self.tr("Your calls of the last 30 days; missed ones to return"))
        action.triggered.connect(self.show)
        self._top.addAction(action)
        for menu in next_to.associatedObjects():  # the menus it is in (and the window)
            if isinstance(menu, QMenu):
                menu.insertAction(next_to, action)
        return action

    def _settings(self, settings: Settings) -> None:
        self.page.region = region_or_default(settings.region)  # numbers written the agent's way
        self._retell()

    # --- showing ------------------------------------------------------------------------------

    def show(self) -> None:
        """Ctrl+R: the list, focused (the contact on screen stays open behind it)."""
        self._stack.setCurrentWidget(self.page)
        self.page.focus_list()
        self.service.refresh()

    def _loaded(self, rows: list[RecentCall], unseen: int) -> None:
        self.page.show_rows(rows, unseen, self._ctx.clock.now())
        self._top.setWindowTitle(
            self.tr("%1 (%2 missed)").replace("%1", self._title).replace("%2", str(unseen))
            if unseen
            else self._title
        )
        self._controller.alert.set_missed(unseen)
        self.maybe_seen()

    def _retell(self) -> None:
        if self._stack.currentWidget() is self.page and self._top.isVisible():
            self.page.show_rows(
                self.service.rows, self.service.unseen_missed, self._ctx.clock.now()
            )

    def maybe_seen(self) -> None:
        """Start the seen timer when the list shows in the active window; stop it otherwise."""
        showing = (
            self._stack.currentWidget() is self.page
            and self._top.isActiveWindow()
            and not self._top.isMinimized()
            and self.service.unseen_missed > 0
        )
        if showing and not self._seen_timer.isActive():
            self._seen_timer.start()
        elif not showing:
            self._seen_timer.stop()

    def _seen_now(self) -> None:
        if self._stack.currentWidget() is self.page and self._top.isActiveWindow():
            self.service.mark_seen(None)

    # --- the call book and the agent's choices ------------------------------------------------

    def _call_changed(self, call: Call) -> None:
        self.service.record(call)

    def open(self, row: RecentCall) -> None:
        """Enter on a call: its review while its log is unsent, else its contact, else the
        number in the search box (to find or create the caller)."""
        self.service.mark_seen([row.call.id])
        entry = self._book.entry(row.call.id)
        if row.log is LogStatus.REVIEW and entry is not None:
            self._reviews.review(entry)
        elif row.call.contact is not None:
            self._contacts.show(row.call.contact, link_to_call=False)
        elif row.call.number:
            search = self._search
            search.edit.setText(row.call.number)  # find (or create) the caller
            search.edit.setFocus()
            search.search_now()

    def call_back(self, row: RecentCall) -> None:
        self.service.mark_seen([row.call.id])
        self._controller.dialing.dial(row.call.number, row.call.contact)

    def shutdown(self) -> None:
        self._minute.stop()
        self.service.shutdown()
