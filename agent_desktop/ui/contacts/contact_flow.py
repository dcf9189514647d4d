"""The contact pages' place in the window: opening a contact (linked to a live call that has
none, or to the log in review), the Call buttons and "Use for this call", creating a contact
(with the call's number; the call waits for it and is linked once it exists)."""

from __future__ import annotations

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


class ContactFlow(QObject):
    def __init__(
        self,
        session: Session,
        search: SearchBox,
        controller: CallController,
        reviews: ReviewFlow,
        unsent: UnsentStrip,
        status_bar: QStatusBar,
        *,
        stack: QStackedWidget,
        empty: QWidget,
        contact_panel: ContactPanel,
        create_panel: CreatePanel,
    ) -> None:
        """The contact pages (`contact_panel`, `create_panel`, `empty` when no contact is open)
        in `stack`; a contact is linked to the controller's call or taken by the review."""
        super().__init__(stack.window())
        self.session = session
        self.search = search
        self.controller = controller
        self.calls: CallService = controller.calls  # the same service the controller follows
        calls = self.calls
        self.reviews = reviews
        self.unsent = unsent
        self.status_bar = status_bar
        self.stack = stack
        self.empty = empty
        self.contact_panel = panel = contact_panel
        self.create_panel = create = create_panel
        search.contact_chosen.connect(lambda contact: self.show(contact, link_to_call=True))
        panel.link_to_call.connect(
            lambda c, call_id: c is not None and controller.link_to(call_id, c)
        )
        panel.dial_requested.connect(lambda number: controller.dialing.dial(number, panel.contact))
        panel.copied.connect(
            lambda v: status_bar.showMessage(self.tr("Copied %1").replace("%1", v), 3000)
        )
        create.created.connect(self._created)
        create.queued.connect(
            lambda request_id, name, phone: controller.contact_queued(
                request_id, name, phone, create.target_call
            )
        )
        create.dropped.connect(calls.contact_dropped)
        create.cancelled.connect(self.back)

    def show(self, contact: Contact, link_to_call: bool) -> None:
        if link_to_call and self.reviews.take_contact(contact):
            return
        self.contact_panel.show_contact(contact, self.session.region)
        self.stack.setCurrentWidget(self.contact_panel)
        if link_to_call:
            self.controller.link_shown(contact, only_if_unlinked=True)
        self.controller.render()

    def open_contact(self) -> Contact | None:
        """The contact on screen, when the contact page is what the agent looks at."""
        panel = self.contact_panel
        return panel.contact if self.stack.currentWidget() is panel else None

    def typed_number(self) -> str:
        from agent_desktop.core.phone import looks_like_phone

        text = self.search.text().strip()
        return text if looks_like_phone(text) else ""

    def back(self) -> None:
        if not self.controller.back_to_call():  # a live call: the middle is its caller's
            page = self.contact_panel if self.contact_panel.contact is not None else self.empty
            self.stack.setCurrentWidget(page)
        self.unsent.current = None
        self.unsent.refresh()
        self.search.edit.setFocus()

    def new(self, phone: str = "") -> None:
        """Ctrl+N: during a call, a contact for that call (its number, linked to it once
        created); else with the number typed in the search box, if it is one."""
        current = self.calls.book.current()
        if not phone and current is not None and current.live and current.contact is None:
            self.create_for_call(current, focus=True)
            return
        self.stack.setCurrentWidget(self.create_panel)
        self.create_panel.open_with(phone or self.typed_number())

    def create_for_call(self, call: Call, *, focus: bool) -> None:
        """The quick-create form for `call`'s caller: its number, and the call named on it."""
        from agent_desktop.ui.calls.call_texts import display

        shown = display(call.number, self.calls.book.region)
        self.stack.setCurrentWidget(self.create_panel)
        self.create_panel.open_with(shown, target=(call.id, shown), focus=focus)

    def _created(self, contact: Contact, request_id: str) -> None:
        self.search.clear_cache()
        self.session.forget_lookups()  # the next ring of its number must find it
        self.calls.contact_created(request_id, contact)
        if self.stack.currentWidget() in (self.create_panel, self.empty):
            self.show(contact, link_to_call=False)
        created = self.tr("Created %1.").replace("%1", contact.display_name)
        self.status_bar.showMessage(created, 5000)
