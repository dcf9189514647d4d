"""The contact pages' place in the window: opening a contact (linked to a live call that has
none, or to the log in review), the Call buttons and "Use for this call", creating a contact
(with the call's number; the call waits for it and is linked once it exists)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QStatusBar, QWidget

from agent_desktop.core.api.models import Contact
from agent_desktop.core.calls.book import Call
from agent_desktop.qt.call_service import CallService
from agent_desktop.ui.app.session import Session
from agent_desktop.ui.calls.controller import CallController
from agent_desktop.ui.contacts.contact_panel import ContactPanel
from agent_desktop.ui.contacts.create_panel import CreatePanel
from agent_desktop.ui.review.review_flow import ReviewFlow
from agent_desktop.ui.review.unsent import UnsentStrip
from agent_desktop.ui.search.search_box import SearchBox


class ContactWindow(Protocol):
    """What the contact pages need of the window: the search, the pages and the stack holding
    them, the calls (a contact is linked to one) and the review (it may take the contact)."""

    @property
    def session(self) -> Session: ...
    @property
    def calls(self) -> CallService: ...
    @property
    def controller(self) -> CallController: ...
    @property
    def reviews(self) -> ReviewFlow: ...
    @property
    def search(self) -> SearchBox: ...
    @property
    def stack(self) -> QStackedWidget: ...
    @property
    def empty(self) -> QWidget: ...
    @property
    def contact_panel(self) -> ContactPanel: ...
    @property
    def create_panel(self) -> CreatePanel: ...
    @property
    def unsent(self) -> UnsentStrip: ...
    def show_contact(self, contact: Contact, *, link_to_call: bool = True) -> None: ...
    def statusBar(self) -> QStatusBar: ...
    def window(self) -> QWidget: ...


class ContactFlow(QObject):
    def __init__(self, window: ContactWindow) -> None:
        super().__init__(window.window())
        w = self.w = window
        controller = window.controller
        w.search.contact_chosen.connect(w.show_contact)
        w.contact_panel.link_to_call.connect(
            lambda c, call_id: c is not None and controller.link_to(call_id, c)
        )
        w.contact_panel.dial_requested.connect(
            lambda number: controller.dialing.dial(number, w.contact_panel.contact)
        )
        w.contact_panel.copied.connect(
            lambda v: w.statusBar().showMessage(self.tr("Copied %1").replace("%1", v), 3000)
        )
        w.create_panel.created.connect(self._created)
        w.create_panel.queued.connect(
            lambda request_id, name, phone: controller.contact_queued(
                request_id, name, phone, w.create_panel.target_call
            )
        )
        w.create_panel.dropped.connect(w.calls.contact_dropped)
        w.create_panel.cancelled.connect(self.back)

    def show(self, contact: Contact, link_to_call: bool) -> None:
        w = self.w
        if link_to_call and w.reviews.take_contact(contact):
            return
        w.contact_panel.show_contact(contact, w.session.region)
        w.stack.setCurrentWidget(w.contact_panel)
        if link_to_call:
            w.controller.link_shown(contact, only_if_unlinked=True)
        w.controller.render()

    def open_contact(self) -> Contact | None:
        """The contact on screen, when the contact page is what the agent looks at."""
        w = self.w
        return w.contact_panel.contact if w.stack.currentWidget() is w.contact_panel else None

    def typed_number(self) -> str:
        from agent_desktop.core.phone import looks_like_phone

        text = self.w.search.text().strip()
        return text if looks_like_phone(text) else ""

    def back(self) -> None:
        w = self.w
        if not w.controller.back_to_call():  # a live call: the middle is its caller's
            page = w.contact_panel if w.contact_panel.contact is not None else w.empty
            w.stack.setCurrentWidget(page)
        w.unsent.current = None
        w.unsent.refresh()
        w.search.edit.setFocus()

    def new(self, phone: str = "") -> None:
        """Ctrl+N: during a call, a contact for that call (its number, linked to it once
        created); else with the number typed in the search box, if it is one."""
        w = self.w
        current = w.calls.book.current()
        if not phone and current is not None and current.live and current.contact is None:
            self.create_for_call(current, focus=True)
            return
        w.stack.setCurrentWidget(w.create_panel)
        w.create_panel.open_with(phone or self.typed_number())

    def create_for_call(self, call: Call, *, focus: bool) -> None:
        """The quick-create form for `call`'s caller: its number, and the call named on it."""
        from agent_desktop.ui.calls.call_texts import display

        w = self.w
        shown = display(call.number, w.calls.book.region)
        w.stack.setCurrentWidget(w.create_panel)
        w.create_panel.open_with(shown, target=(call.id, shown), focus=focus)

    def _created(self, contact: Contact, request_id: str) -> None:
        w = self.w
        w.search.clear_cache()
        w.session.forget_lookups()  # the next ring of its number must find it
        w.calls.contact_created(request_id, contact)
        if w.stack.currentWidget() in (w.create_panel, w.empty):
            self.show(contact, link_to_call=False)
        w.statusBar().showMessage(self.tr("Created %1.").replace("%1", contact.display_name), 5000)
