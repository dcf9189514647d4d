"""The contact pages' place in the window: opening a contact (linked to a live call that has
none, or to the log in review), the Call buttons and "Use for this call", creating a contact
(with the call's number; the call waits for it and is linked once it exists)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from agent_desktop.core.models import Contact

if TYPE_CHECKING:
    from agent_desktop.ui.main_window import MainWindow


class ContactFlow(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        w = self.w = window
        controller = window.controller
        w.search.contact_chosen.connect(w.show_contact)
        w.contact_panel.link_to_call.connect(
            lambda c: c is not None and controller.link_shown(c, only_if_unlinked=False))
        w.contact_panel.dial_requested.connect(
            lambda number: controller.dialing.dial(number, w.contact_panel.contact))
        w.contact_panel.copied.connect(
            lambda v: w.statusBar().showMessage(self.tr("Copied %1").replace("%1", v), 3000))
        w.create_panel.created.connect(self._created)
        w.create_panel.queued.connect(controller.contact_queued)
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
        page = w.contact_panel if w.contact_panel.contact is not None else w.empty
        w.stack.setCurrentWidget(page)
        w.unsent.current = None
        w.unsent.refresh()
        w.search.edit.setFocus()

    def new(self, phone: str = "") -> None:
        w = self.w
        current = w.calls.book.current()
        phone = phone or self.typed_number() or (
            current.number if current is not None and current.live else "")
        w.stack.setCurrentWidget(w.create_panel)
        w.create_panel.open_with(phone)

    def _created(self, contact: Contact, request_id: str) -> None:
        w = self.w
        w.search.clear_cache()
        w.session.forget_lookups()  # the next ring of its number must find it
        w.calls.contact_created(request_id, contact)
        if w.stack.currentWidget() in (w.create_panel, w.empty):
            self.show(contact, link_to_call=False)
        w.statusBar().showMessage(self.tr("Created %1.").replace("%1", contact.display_name), 5000)
