"""Who is calling, and what the answer brings: each live call without a contact is looked up once
per number, and the answer is acted on for that call only. One match links it (or corrects the
log of a call that already ended), several ask the agent to pick, none offers to create one; a
notification waits a moment for the caller's name; a missed call logged without review is sent
once its caller is known (and the agent's identity loaded).

Split from the CallController, which wires the calls to the panels; this is its lookup half. Its
words keep the CallController's translation context, where they are already translated.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QStatusBar, QWidget

from agent_desktop.core.call_model import Call, CallState, LinkSource
from agent_desktop.core.models import CallDirection, Contact
from agent_desktop.qt.call_service import CallService
from agent_desktop.ui.attention import CallAlert
from agent_desktop.ui.call_panel import CallPanel
from agent_desktop.ui.call_texts import display
from agent_desktop.ui.logbook import LogBook
from agent_desktop.ui.ring_lookup import RingLookup
from agent_desktop.ui.session import Session


class LookupWindow(Protocol):
    """What the lookup needs of the window: the session it asks, the log book a missed call goes
    to, the picker, opening a contact, and the status bar."""

    @property
    def session(self) -> Session: ...
    @property
    def book(self) -> LogBook: ...
    @property
    def call_panel(self) -> CallPanel: ...
    def show_contact(self, contact: Contact, *, link_to_call: bool = True) -> None: ...
    def statusBar(self) -> QStatusBar: ...
    def window(self) -> QWidget: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallController", text)


class CallerLookupFlow(QObject):
    def __init__(self, window: LookupWindow, calls: CallService, alert: CallAlert,
                 render: Callable[[], None]) -> None:
        super().__init__(window.window())
        self.w = window
        self.calls = calls
        self.alert = alert
        self._render = render
        self.lookup = RingLookup(window.session, self)
        self._notified: set[str] = set()
        self._auto_after_lookup: set[str] = set()  # missed calls sent once their caller is known
        self._looked_up: dict[str, str] = {}  # call id -> the number its lookup was asked for
        self.lookup.found.connect(self._found)
        self.lookup.failed.connect(self._lookup_failed)

    def changed(self, call: Call) -> None:
        """Every live call without a contact is looked up once per number, however it began:
        a ring, a dial, or an answer that overtook its ring."""
        if (call.live and call.contact is None and call.number
                and self._looked_up.get(call.id) != call.number):
            self._looked_up[call.id] = call.number
            self.lookup.look_up(call.id, call.number)
        elif not call.live and call.state is not CallState.ENDED:
            self._looked_up.pop(call.id, None)
            self.lookup.forget(call.id)

    def settings_arrived(self) -> None:
        for call_id in list(self._auto_after_lookup):  # missed calls that waited for settings
            if not self.lookup.pending(call_id):
                self.send_auto(call_id)

    def notify(self, call_id: str) -> None:
        """The desktop notification for a ringing call, once, with the caller's name if known."""
        call = self.calls.book.get(call_id)
        if call is None or call_id in self._notified:
            return
        self._notified.add(call_id)
        who = (call.contact.display_name if call.contact is not None
               else _tr("Unknown caller"))
        number = display(call.number, self.calls.book.region)
        self.alert.call(_tr("Incoming call"), f"{who} · {number}")

    def _found(self, call_id: str, contacts: list[Contact]) -> None:
        call = self.calls.book.get(call_id)
        if call is None:
            return
        rendered = False  # the caller popped: show_contact rendered the call bar already
        if len(contacts) == 1 and call.contact is None and call.awaiting is None:
            contact = contacts[0]
            if call.live:
                self.calls.link(call_id, contact, LinkSource.EXACT_MATCH)
            elif call.state is CallState.ENDED:
                self.calls.correct(call_id, contact=contact)
            if call.live:
                self.w.show_contact(contact, link_to_call=False)
                rendered = True
                text = (_tr("Incoming call: %1") if call.direction is CallDirection.INBOUND
                        else _tr("Calling %1"))
                self.w.statusBar().showMessage(text.replace("%1", contact.display_name), 10000)
        elif len(contacts) > 1 and call.live and call is self.calls.book.current():
            self.w.statusBar().showMessage(
                _tr("%1 contacts share this number: pick one.")
                .replace("%1", str(len(contacts))), 15000)
            self.w.call_panel.picker.setFocus()
        elif not contacts and call.live and call is self.calls.book.current():
            self.w.statusBar().showMessage(
                _tr("Unknown caller. Ctrl+N creates a contact with this number."), 15000)
        if not rendered:
            self._render()
        if call_id in self._notified or self.alert.effective_mode == "notify":
            self.notify(call_id)
        self.send_auto(call_id)

    def _lookup_failed(self, call_id: str, message: str) -> None:
        call = self.calls.book.get(call_id)
        if call is not None and call.live:
            self.w.statusBar().showMessage(
                _tr("Could not look up the caller: %1").replace("%1", message), 15000)
        self.send_auto(call_id)

    # --- missed calls logged without review ---------------------------------------------------

    def auto_send(self, call: Call) -> None:
        """Send the ended call's log without review, once its caller is known."""
        self._auto_after_lookup.add(call.id)
        if not self.lookup.pending(call.id):  # else sent once its caller is known
            self.send_auto(call.id)

    def send_auto(self, call_id: str) -> None:
        if call_id not in self._auto_after_lookup or self.w.session.settings is None:
            return  # not yet: its caller or the agent's identity is still to come
        self._auto_after_lookup.discard(call_id)
        call = self.calls.book.get(call_id)
        if call is not None and call.state is CallState.ENDED:
            entry = self.w.book.add(call)
            self.w.book.send(entry)
            self.w.statusBar().showMessage(
                _tr("Missed call logged: %1").replace("%1", entry.title), 8000)
