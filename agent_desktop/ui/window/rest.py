"""The window's parts the first paint does not need, built in the event-loop turns after it.

The first paint shows the frame, the search box (focused, taking keys) and the call bar
(ui/window/main_window.py). This module, and everything it imports, is loaded only after that paint:
the services over the outbox file, the card pages, the outbox strip, the menus and the flows that
tie them together. Each step is one turn of the event loop, so keys typed meanwhile are handled
between them. MainWindow.finish_building() runs what is left at once (a test, or an early close).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QMenuBar, QStackedWidget, QStatusBar, QVBoxLayout, QWidget

from agent_desktop.qt.log_sender import LogSender
from agent_desktop.qt.log_service import LogService
from agent_desktop.qt.phone_service import PhoneService
from agent_desktop.ui.app.update_flow import UpdateFlow
from agent_desktop.ui.calls.caller_choice import CallerChoice
from agent_desktop.ui.calls.controller import CallController, CallWindow
from agent_desktop.ui.calls.global_keys_flow import GlobalKeysFlow
from agent_desktop.ui.common import theme, theme_scheme
from agent_desktop.ui.common.core_texts import tr_core
from agent_desktop.ui.common.widgets import Tone
from agent_desktop.ui.contacts.contact_flow import ContactFlow, ContactWindow
from agent_desktop.ui.contacts.contact_panel import ContactPanel
from agent_desktop.ui.contacts.create_panel import CreatePanel
from agent_desktop.ui.outbox.outbox_view import OutboxView, OutboxWindow
from agent_desktop.ui.phones.phone_control import PhoneControl
from agent_desktop.ui.phones.phone_flow import PhoneFlow
from agent_desktop.ui.recent.recent_flow import RecentFlow, RecentWindow
from agent_desktop.ui.recent.recent_page import RecentPage
from agent_desktop.ui.review.review_flow import ReviewFlow, ReviewWindow
from agent_desktop.ui.review.review_page import ReviewPane
from agent_desktop.ui.review.unsent import UnsentStrip
from agent_desktop.ui.window import menus
from agent_desktop.ui.window.parts import call_service, outbox_service

if TYPE_CHECKING:
    from agent_desktop.core.api.models import AgentIdentity
    from agent_desktop.qt.call_service import CallService
    from agent_desktop.qt.outbox_service import OutboxService
    from agent_desktop.ui.app.context import AppContext
    from agent_desktop.ui.app.session import Session
    from agent_desktop.ui.calls.call_panel import CallPanel
    from agent_desktop.ui.common.widgets import Banner
    from agent_desktop.ui.search.search_box import SearchBox
    from agent_desktop.ui.window.header import WindowHeader
    from agent_desktop.ui.window.menus import Actions
    from agent_desktop.ui.window.status import StateIndicator


class RestWindow(
    CallWindow, ContactWindow, ReviewWindow, RecentWindow, menus.MenuWindow, OutboxWindow, Protocol
):
    """The window as the steps see it: what the first paint built, and the parts they add."""

    ctx: AppContext
    session: Session
    header: WindowHeader
    search: SearchBox
    notice: Banner
    stack: QStackedWidget
    call_panel: CallPanel
    state_indicator: StateIndicator
    outbox: OutboxService
    calls: CallService
    phones: PhoneService
    phone_flow: PhoneFlow
    outbox_sender: LogSender
    book: LogService
    recent: RecentPage
    empty: RecentPage
    contact_panel: ContactPanel
    caller_choice: CallerChoice
    create_panel: CreatePanel
    review: ReviewPane
    unsent: UnsentStrip
    outbox_view: OutboxView
    menu_actions: Actions
    controller: CallController
    reviews: ReviewFlow
    contacts: ContactFlow
    recents: RecentFlow
    global_keys: GlobalKeysFlow
    updates: UpdateFlow | None

    def _agent(self) -> AgentIdentity: ...
    def statusBar(self) -> QStatusBar: ...
    def centralWidget(self) -> QWidget | None: ...
    def menuBar(self) -> QMenuBar: ...


def build_style(_w: RestWindow) -> None:
    """The application's style sheet (focus rings, fields) and the light/dark watcher, first:
    set after the parts were built, it re-polished every one of them (~70 ms in one step on
    the GUI thread); set now, only the first paint's few widgets are, and the parts built
    next are styled once, as they are made."""
    theme_scheme.watcher()


def build_services(w: RestWindow) -> None:
    """The outbox and the calls (their file opens later, on a worker) and the log book."""
    window = w.window()  # the QObject parent of what is built here
    w.outbox = outbox_service(w.ctx, window)
    w.calls = call_service(w.ctx, window)
    w.phones = PhoneService(w.ctx.runner, window)
    w.phones.call_event.connect(w.calls.handle)  # the phone's events join the `call` command's
    w.outbox_sender = LogSender(w.outbox, window)
    w.book = LogService(
        w.calls,
        w.outbox_sender,
        w._agent,
        w.ctx.tz,
        ready=lambda: w.session.settings is not None,  # the agent's identity is known
        parent=window,
    )


def build_pages(w: RestWindow) -> None:
    """The card pages under the search box (the review pane, the largest, in its own step)."""
    w.recent = RecentPage(w.ctx.tz, w.stack)
    w.empty = w.recent  # no contact open: the recent calls show
    w.contact_panel = ContactPanel(w.ctx.url_opener, w.stack)
    w.caller_choice = CallerChoice(w.stack)
    w.create_panel = CreatePanel(w.session, w.outbox, w.stack)
    for page in (w.empty, w.contact_panel, w.caller_choice, w.create_panel):
        w.stack.addWidget(page)


def build_review(w: RestWindow) -> None:
    """The review pane, the last page of the stack: alone it held the GUI thread ~40 ms."""
    w.review = ReviewPane(w.book, w.ctx.tz, w.stack)
    w.stack.addWidget(w.review)


def build_strips(w: RestWindow) -> None:
    """The strips above the call bar and the Outbox button."""
    central = w.centralWidget()
    assert central is not None  # main_window.py set it
    w.unsent = UnsentStrip(w.book, central)
    w.outbox_view = OutboxView(w, w.outbox)
    layout = central.layout()
    assert isinstance(layout, QVBoxLayout)
    above_call_bar = layout.indexOf(w.call_panel)
    layout.insertWidget(above_call_bar, w.unsent)
    layout.insertWidget(above_call_bar + 1, w.outbox_view.strip)
    w.statusBar().insertPermanentWidget(0, w.outbox_view.button)


def build_behaviour(w: RestWindow) -> None:
    """Menus and shortcuts (with them the theme watcher and the content width, menus.build), the
    flows between the parts, their wiring; the theme for the new widgets; the tab order now that
    every stop exists."""
    w.menuBar().clear()  # the first paint's titles only (main_window.py)
    w.menu_actions = menus.build(w)
    w.controller = CallController(w, w.calls)
    w.reviews = ReviewFlow(w)
    w.contacts = ContactFlow(w)
    w.recents = RecentFlow(w)
    w.phone_flow = PhoneFlow(w, w.phones, w.ctx.phone_sources, parent=w.window())
    w.global_keys = GlobalKeysFlow(w, w.header, lambda: w.open_settings())
    control = PhoneControl(w.calls, w.phones, w.window())  # F9, End call, dialling: the phone's
    w.controller.phone_control = w.controller.dialing.dialer.phone = control
    s = w.session
    if not s.demo:  # the demo window is no installed app
        w.updates = UpdateFlow(w, w.ctx.runner, parent=w.window())
        s.settings_changed.connect(w.updates.configure)
    if s.settings is not None:  # settings already loaded: the shortcuts follow them now
        w.global_keys.apply(s.settings)
        if w.updates is not None:
            w.updates.configure(s.settings)
    s.state_changed.connect(
        lambda state, detail: w.header.show_connection(
            state,
            detail,
            indicator=w.state_indicator,
            alert=w.controller.alert,
            status_bar=w.statusBar(),
        )
    )
    s.settings_changed.connect(lambda st: w.search.set_debounce_ms(st.search_debounce_ms))
    s.settings_changed.connect(lambda st: w.outbox.configure(st.base_url, s.api_key, s.region))
    s.settings_changed.connect(w.phone_flow.configure)
    w.calls.store_failed.connect(lambda text: w.notice.show_message(tr_core(text), Tone.WARNING))
    w.controller.render()
    refresh_theme(w.window())
    QWidget.setTabOrder(w.search.edit, w.contact_panel)
    # The status bar's Outbox button comes after the call bar, not before it.
    QWidget.setTabOrder(w.call_panel.clear_contact, w.outbox_view.button)


def refresh_theme(w: QWidget) -> None:
    """What the style sheet cannot say: widgets that repaint their own colours."""
    for widget in w.findChildren(QWidget):
        refresh = getattr(widget, "refresh_theme", None)
        if callable(refresh):
            refresh()
        if widget.property("secondary"):
            theme.set_secondary(widget)


def build_search_popup(w: RestWindow) -> None:
    """The suggestions' list, out of the first paint (it shows at the first search)."""
    w.search.prepare_popup()


STEPS: tuple[Callable[[RestWindow], None], ...] = (
    build_style,
    build_services,
    build_pages,
    build_review,
    build_strips,
    build_behaviour,
    build_search_popup,
)
# What the steps set on the window: reading one of them early builds the rest at once.
LATER = frozenset(
    {
        "outbox",
        "calls",
        "phones",
        "phone_flow",
        "outbox_sender",
        "book",
        "recent",
        "empty",
        "contact_panel",
        "caller_choice",
        "create_panel",
        "review",
        "unsent",
        "outbox_view",
        "menu_actions",
        "controller",
        "reviews",
        "contacts",
        "recents",
        "global_keys",
    }
)
