"""The window's parts the first paint does not need, built in the event-loop turns after it.

The first paint shows the frame, the search box (focused, taking keys) and the call bar
(ui/window/main_window.py). This module is loaded only after that paint, and builds the rest: the
services over the outbox file, the card pages, the outbox strip, the menus and the flows that tie
them together (what they are is declared once, in ui/window/late_parts.py; their modules are
imported a slice per turn first, ui/window/late_imports.py). `build` is one generator: each
`yield` ends a step, one turn of the event loop, so keys typed meanwhile are handled between
them. MainWindow.finish_building() runs what is left at once (a test, or an early close).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Protocol

from PySide6.QtWidgets import QFrame, QMenuBar, QStackedWidget, QStatusBar, QVBoxLayout, QWidget

from agent_desktop.ui.common import theme, theme_scheme
from agent_desktop.ui.common.core_texts import tr_core
from agent_desktop.ui.common.widgets import Tone
from agent_desktop.ui.window import menus
from agent_desktop.ui.window.late_imports import import_in_slices
from agent_desktop.ui.window.late_parts import LateFlows, LateParts
from agent_desktop.ui.window.parts import call_service, outbox_service

if TYPE_CHECKING:
    from agent_desktop.core.api.models import AgentIdentity
    from agent_desktop.ui.app.context import AppContext
    from agent_desktop.ui.app.session import Session
    from agent_desktop.ui.calls.call_panel import CallPanel
    from agent_desktop.ui.calls.controller import CallWindow
    from agent_desktop.ui.common.widgets import Banner
    from agent_desktop.ui.review.review_flow import ReviewWindow
    from agent_desktop.ui.search.search_box import SearchBox
    from agent_desktop.ui.window.header import WindowHeader
    from agent_desktop.ui.window.status import StateIndicator

    class RestWindow(CallWindow, ReviewWindow, menus.MenuCommands, Protocol):
        """The window as the steps see it: what the first paint built, the commands the menus
        drive, and what the call controller and the review read of it (they take the
        window)."""

        ctx: AppContext
        session: Session
        header: WindowHeader
        search: SearchBox
        notice: Banner
        stack: QStackedWidget
        call_panel: CallPanel
        state_indicator: StateIndicator

        def take(self, group: LateParts | LateFlows) -> None: ...
        def _agent(self) -> AgentIdentity: ...
        def statusBar(self) -> QStatusBar: ...
        def centralWidget(self) -> QWidget | None: ...
        def menuBar(self) -> QMenuBar: ...
        def window(self) -> QWidget: ...


def build(w: RestWindow) -> Iterator[str]:
    """The steps after the first paint, in order; each yields its name once done."""
    # The application's style sheet (focus rings, fields) and the light/dark watcher, first: set
    # after the parts were built, it re-polished every one of them (~70 ms in one step on the
    # GUI thread); set now, only the first paint's few widgets are, and the parts built next
    # are styled once, as they are made.
    theme_scheme.watcher()
    yield "style"

    # The parts' modules, a slice per turn (ui/window/late_imports.py); below, only their names
    # are looked up.
    for last in import_in_slices():
        yield f"import …{last.rsplit('.', 1)[-1]}"
    from agent_desktop.qt.log_sender import LogSender
    from agent_desktop.qt.log_service import LogService
    from agent_desktop.qt.phone_service import PhoneService
    from agent_desktop.ui.app.update_flow import UpdateFlow
    from agent_desktop.ui.calls.caller_choice import CallerChoice
    from agent_desktop.ui.calls.controller import CallController
    from agent_desktop.ui.calls.global_keys_flow import GlobalKeysFlow
    from agent_desktop.ui.common import content_width
    from agent_desktop.ui.contacts.contact_flow import ContactFlow
    from agent_desktop.ui.contacts.contact_panel import ContactPanel
    from agent_desktop.ui.contacts.create_panel import CreatePanel
    from agent_desktop.ui.outbox.outbox_view import OutboxView
    from agent_desktop.ui.phones.phone_control import PhoneControl
    from agent_desktop.ui.phones.phone_flow import PhoneFlow
    from agent_desktop.ui.recent.recent_flow import RecentFlow
    from agent_desktop.ui.recent.recent_page import RecentPage
    from agent_desktop.ui.review.review_flow import ReviewFlow
    from agent_desktop.ui.review.review_page import ReviewPane
    from agent_desktop.ui.review.unsent import UnsentStrip

    # The outbox and the calls (their file opens later, on a worker) and the log book.
    window = w.window()  # the QObject parent of what is built here
    outbox = outbox_service(w.ctx, window)
    calls = call_service(w.ctx, window)
    phones = PhoneService(w.ctx.runner, window)
    phones.call_event.connect(calls.handle)  # the phone's events join the `call` command's
    outbox_sender = LogSender(outbox, window)
    book = LogService(
        calls,
        outbox_sender,
        w._agent,
        w.ctx.tz,
        ready=lambda: w.session.settings is not None,  # the agent's identity is known
        parent=window,
    )
    yield "services"

    # The card pages under the search box (the review pane, the largest, in its own step).
    stack = w.stack
    recent = RecentPage(w.ctx.tz, stack)
    stack.addWidget(recent)
    yield "recent page"
    contact_panel = ContactPanel(w.ctx.url_opener, stack)
    stack.addWidget(contact_panel)
    caller_choice = CallerChoice(stack)
    stack.addWidget(caller_choice)
    yield "contact pages"
    create_panel = CreatePanel(w.session, outbox, stack)
    stack.addWidget(create_panel)
    yield "create page"

    review = ReviewPane(book, w.ctx.tz, stack)  # alone it held the GUI thread ~40 ms
    stack.addWidget(review)
    yield "review"

    # The strips above the call bar and the Outbox button.
    central = w.centralWidget()
    assert central is not None  # main_window.py set it
    unsent = UnsentStrip(book, central)
    outbox_view = OutboxView(
        outbox, w.session, book, central, w.statusBar(), open_settings=lambda: w.open_settings()
    )
    layout = central.layout()
    assert isinstance(layout, QVBoxLayout)
    above_call_bar = layout.indexOf(w.call_panel)
    layout.insertWidget(above_call_bar, unsent)
    layout.insertWidget(above_call_bar + 1, outbox_view.strip)
    w.statusBar().insertPermanentWidget(0, outbox_view.button)
    yield "strips"

    # Menus and shortcuts (with them the theme watcher), the content width, the flows between
    # the parts and their wiring; the theme for the new widgets; the tab order now that every
    # stop exists.
    w.menuBar().clear()  # the first paint's titles only (main_window.py)
    actions = menus.build(w, w.session, w.search, outbox_view)
    # On a wide screen each part keeps a readable, centred column (values next to buttons).
    capped = [
        window.findChild(QFrame, "header"),
        *(stack.widget(i) for i in range(stack.count())),
        unsent,
        outbox_view.strip,
        w.call_panel,
    ]
    content_width.cap(*(part for part in capped if part is not None))
    w.take(
        LateParts(
            outbox=outbox,
            calls=calls,
            phones=phones,
            outbox_sender=outbox_sender,
            book=book,
            recent=recent,
            empty=recent,  # no contact open: the recent calls show
            contact_panel=contact_panel,
            caller_choice=caller_choice,
            create_panel=create_panel,
            review=review,
            unsent=unsent,
            outbox_view=outbox_view,
            menu_actions=actions,
        )
    )
    controller = CallController(w, calls)  # these two read the parts on the window
    reviews = ReviewFlow(w)
    contacts = ContactFlow(
        w.session,
        w.search,
        controller,
        reviews,
        unsent,
        w.statusBar(),
        stack=stack,
        empty=recent,
        contact_panel=contact_panel,
        create_panel=create_panel,
    )
    recents = RecentFlow(
        w.ctx,
        w.session,
        controller,
        reviews,
        contacts,
        page=recent,
        stack=stack,
        book=book,
        outbox=outbox,
        search=w.search,
        menu_next_to=actions.dial,
    )
    phone_flow = PhoneFlow(w, phones, w.ctx.phone_sources, parent=window)
    global_keys = GlobalKeysFlow(
        w.session, actions, calls, w.statusBar(), w.header, lambda: w.open_settings()
    )
    control = PhoneControl(calls, phones, window)  # F9, End call, dialling: the phone's
    controller.phone_control = controller.dialing.dialer.phone = control
    s = w.session
    updates = None
    if not s.demo:  # the demo window is no installed app
        updates = UpdateFlow(w.notice, w.statusBar(), w.ctx.runner, parent=window)
        s.settings_changed.connect(updates.configure)
    w.take(
        LateFlows(
            controller=controller,
            reviews=reviews,
            contacts=contacts,
            recents=recents,
            phone_flow=phone_flow,
            global_keys=global_keys,
            updates=updates,
        )
    )
    if s.settings is not None:  # settings already loaded: the shortcuts follow them now
        global_keys.apply(s.settings)
        if updates is not None:
            updates.configure(s.settings)
    s.state_changed.connect(
        lambda state, detail: w.header.show_connection(
            state,
            detail,
            indicator=w.state_indicator,
            alert=controller.alert,
            status_bar=w.statusBar(),
        )
    )
    s.settings_changed.connect(lambda st: w.search.set_debounce_ms(st.search_debounce_ms))
    s.settings_changed.connect(lambda st: outbox.configure(st.base_url, s.api_key, s.region))
    s.settings_changed.connect(phone_flow.configure)
    calls.store_failed.connect(lambda text: w.notice.show_message(tr_core(text), Tone.WARNING))
    controller.render()
    refresh_theme(window)
    QWidget.setTabOrder(w.search.edit, contact_panel)
    # The status bar's Outbox button comes after the call bar, not before it.
    QWidget.setTabOrder(w.call_panel.clear_contact, outbox_view.button)
    yield "behaviour"

    w.search.prepare_popup()  # the suggestions' list, out of the first paint (shown at a search)
    yield "search popup"


def refresh_theme(w: QWidget) -> None:
    """What the style sheet cannot say: widgets that repaint their own colours."""
    for widget in w.findChildren(QWidget):
        refresh = getattr(widget, "refresh_theme", None)
        if callable(refresh):
            refresh()
        if widget.property("secondary"):
            theme.set_secondary(widget)
