"""The wiring between the CallService (the calls) and the window's panels (their view).

Events from the softphone, the keyboard (F9, Ctrl+D), the Call buttons and tel: links all end in
the CallService; its signals come back here and each panel is told what to show. The agent's
choices (pick a caller, unlink, create a contact, answer, hang up) go back as CallService calls,
always naming the call they are about: a ring never relinks another call. Who is calling, and
what the lookup's answer brings, is the CallerLookupFlow's part (ui/calls/caller_lookup_flow.py).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QApplication, QStackedWidget

from agent_desktop.core.api.models import CallDirection, Contact
from agent_desktop.core.calls.book import Call, CallState, LinkSource, Lookup
from agent_desktop.core.calls.events import CallEvent
from agent_desktop.core.region import region_or_default
from agent_desktop.core.settings.choices import OnRing
from agent_desktop.core.settings.settings import Settings
from agent_desktop.qt.call_service import CallService
from agent_desktop.qt.outbox_service import OutboxService
from agent_desktop.ui.calls.attention import CallAlert
from agent_desktop.ui.calls.call_texts import display, found
from agent_desktop.ui.calls.caller_choice import CallerChoice
from agent_desktop.ui.calls.caller_lookup_flow import CallerLookupFlow, LookupWindow
from agent_desktop.ui.calls.dialer import DialFlow, DialWindow
from agent_desktop.ui.contacts.contact_panel import ContactPanel
from agent_desktop.ui.phones.phone_control import PhoneControl
from agent_desktop.ui.review.review_page import ReviewPane
from agent_desktop.ui.search.search_box import SearchBox
from agent_desktop.ui.window.menus import Actions

log = logging.getLogger(__name__)
NOTIFY_AFTER_MS = 1500  # a notification waits this long for the caller's name, not longer


class CallWindow(LookupWindow, DialWindow, Protocol):
    """What the calls need of the window: the panels they show on, the menu's Call action, the
    outbox's count for the tray, and the contact and log handles (besides the lookup's and the
    dialler's needs)."""

    @property
    def contact_panel(self) -> ContactPanel: ...
    @property
    def caller_choice(self) -> CallerChoice: ...
    @property
    def review(self) -> ReviewPane: ...
    @property
    def search(self) -> SearchBox: ...
    @property
    def stack(self) -> QStackedWidget: ...
    @property
    def menu_actions(self) -> Actions: ...
    @property
    def outbox(self) -> OutboxService: ...
    def typed_number(self) -> str: ...
    def new_contact(self, phone: str = "") -> None: ...
    def show_contact(self, contact: Contact, *, link_to_call: bool = True) -> None: ...
    def create_for_call(self, call: Call, *, focus: bool) -> None: ...
    def review_call(self, call: Call) -> None: ...


class CallController(QObject):
    def __init__(self, window: CallWindow, calls: CallService) -> None:
        super().__init__(window.window())
        self.w = window
        self.calls = calls
        self.alert = CallAlert(window.window())
        self.callers = CallerLookupFlow(window, calls, self.alert, self._caller_known)
        self.lookup = self.callers.lookup
        self.dialing = DialFlow(window, calls, self.alert)
        self.ready = False  # the calls on disk are back and the spool replayed
        self.phone_control: PhoneControl | None = None  # set once the phone service exists
        self._render_soon = QTimer(self)
        self._render_soon.setSingleShot(True)
        self._render_soon.setInterval(0)
        self._render_soon.timeout.connect(self.render)
        calls.started.connect(lambda: setattr(self, "ready", True))
        calls.ringing.connect(self._ringing)
        calls.show_requested.connect(self.alert.summon)  # started again: they want the window
        calls.dialling.connect(lambda _call: self.render())
        calls.changed.connect(self._changed)
        calls.ended.connect(self._ended)
        panel = window.call_panel
        panel.toggle_requested.connect(self.toggle)
        panel.picked.connect(self.pick)
        panel.unlink_requested.connect(lambda call_id: calls.link(call_id, None, None))
        panel.create_requested.connect(self._create_for)
        panel.answer_requested.connect(self.answer)
        window.caller_choice.picked.connect(self.pick)
        self._ring_message = ("", "")  # (call id, "Incoming call: …"): cleared when it ends
        window.session.settings_changed.connect(self._settings)
        window.outbox.summary_changed.connect(self._tray_waiting)

    # --- configuration ------------------------------------------------------------------------

    def _settings(self, settings: Settings) -> None:
        book = self.calls.book
        book.region = region_or_default(settings.region)
        self.w.call_panel.region = book.region
        book.missed_calls = settings.missed_calls
        self.alert.set_mode(settings.on_ring)
        self.dialing.dialer.dial_command = settings.dial_command
        self.dialing.dialer.region = book.region
        self.w.book.refresh()  # the agent's identity is part of every log
        self.callers.settings_arrived()

    # --- what the call bar shows --------------------------------------------------------------

    def render(self) -> None:
        self._render_soon.stop()
        book = self.calls.book
        current = book.current()
        others = [c for c in book.live() if current is None or c.id != current.id]
        matches = found(current) if current is not None else None
        self.w.call_panel.show_calls(current, others[-1] if others else None, matches)
        running = current is not None and current.live
        self.w.menu_actions.call.setText(
            self.tr("&Answer")
            if current is not None and current.state is CallState.RINGING
            else self.tr("&End call")
            if running
            else self.tr("&Start call")
        )
        if current is not None and running:
            self.w.contact_panel.set_target_call(
                current.id, display(current.number, book.region), current.contact
            )
        else:
            self.w.contact_panel.set_target_call("", "", None)
        if self.w.stack.currentWidget() is self.w.caller_choice:
            shown = book.get(self.w.caller_choice.call_id)
            if shown is not None and shown.live:
                self.w.caller_choice.show_call(shown, book.region)
        self._tray_waiting()

    def _tray_waiting(self, _summary: object = None) -> None:
        """The tray tells how many logs wait: in review here, and in the outbox."""
        summary = self.w.outbox.summary
        self.alert.set_status(waiting=len(self.w.book.waiting()) + summary.waiting_calls)

    def _changed(self, call: Call) -> None:
        ringing_for, text = self._ring_message
        if ringing_for == call.id and not call.live:  # "Incoming call: …" is over
            if self.w.statusBar().currentMessage() == text:
                self.w.statusBar().clearMessage()
            self._ring_message = ("", "")
        self.callers.changed(call)
        if self.calls.announcing or not self._on_bar(call):
            self._render_soon.start()  # a batch, or a call the bar does not show: once per turn
        else:
            self.render()

    def _on_bar(self, call: Call) -> bool:
        """Does the call bar show `call` (or must it start to)? Only a live call, or the one it
        showed: the changes of the calls in review (a day of them replayed at start, each looked
        up and sent) only move the counts, which wait for the next turn of the event loop."""
        panel = self.w.call_panel
        return call.live or any(
            shown is not None and shown.id == call.id for shown in (panel.call, panel.other)
        )

    # --- events from outside ------------------------------------------------------------------

    def handle_event(self, event: CallEvent) -> None:
        """An event as the local socket brings it (the socket hands them to CallService itself;
        this is for the window's own callers): SHOW summons the window through CallService."""
        self.calls.handle(event)

    # --- a ring -------------------------------------------------------------------------------

    def _ringing(self, call: Call) -> None:
        # The call bar already shows this call: CallService emits `changed` (rendered by
        # _changed) just before `ringing`; a second render here cost a ring ~2 ms.
        shown = display(call.number, self.calls.book.region)
        self._say_ringing(call, self.tr("Incoming call from %1…").replace("%1", shown))
        if [c.id for c in self.calls.book.live()] == [call.id]:  # no other live call:
            # the middle follows it; the last search is not the caller (Esc brings it back).
            self.w.search.set_aside()
            self._follow(call)
            middle = self.w.stack.currentWidget()
            focused = QApplication.focusWidget()
            if focused is not None and middle is not None and middle.isAncestorOf(focused):
                self.w.search.edit.setFocus()  # nothing that links or sends keeps the keys
        if self.alert.effective_mode is OnRing.NOTIFY:
            QTimer.singleShot(NOTIFY_AFTER_MS, lambda: self.callers.notify(call.id))
        else:
            self.alert.bring_forward()

    def _say_ringing(self, call: Call, text: str) -> None:
        self._ring_message = (call.id, text)
        self.w.statusBar().showMessage(text, 15000)

    # --- the middle: a view of the call in hand --------------------------------------------

    def _follow(self, call: Call, *, focus: bool = False) -> None:
        """Show what is known of `call`'s caller in the middle: their card, the choice among
        several, the form to create them, or that they are still being looked up."""
        if call.contact is not None:
            self.w.show_contact(call.contact, link_to_call=False)
        elif call.awaiting is not None:
            self.w.create_for_call(call, focus=focus)  # the form it waits for
        elif call.lookup is Lookup.FOUND and not call.matches:
            self.w.create_for_call(call, focus=focus)
        else:
            self.w.caller_choice.show_call(call, self.calls.book.region)
            self.w.stack.setCurrentWidget(self.w.caller_choice)

    def back_to_call(self) -> bool:
        """Leaving a page (a review done, a form cancelled) during a live call: back to what is
        known of its caller, its card or the choice among several; False if there is none."""
        call = self.calls.book.current()
        if call is None or not call.live:
            return False
        if call.contact is not None:
            self.w.show_contact(call.contact, link_to_call=False)
            return True
        if len(call.matches) > 1 or call.lookup in (Lookup.ASKING, Lookup.FAILED):
            self._follow(call)
            return True
        return False

    def _caller_known(self, call: Call) -> None:
        """The lookup answered (or failed) for `call`: the middle follows it only when it is
        the call in hand; a waiting call's line shows its caller; a review refreshes itself."""
        book = self.calls.book
        if call.live and call is book.current() and self._following(call):
            self._follow(call)
            name = call.contact.display_name if call.contact is not None else ""
            if name:
                text = (
                    self.tr("Incoming call: %1")
                    if call.direction is CallDirection.INBOUND
                    else self.tr("Calling %1")
                )
                self._say_ringing(call, text.replace("%1", name))
            elif len(call.matches) > 1:
                self._say_ringing(
                    call,
                    self.tr("%1 contacts share this number: pick one.").replace(
                        "%1", str(len(call.matches))
                    ),
                )
            elif call.lookup is Lookup.FOUND:
                # Short: the form in the middle already has the number (the status bar cuts).
                self._say_ringing(call, self.tr("Unknown caller"))
        if self._on_bar(call):
            self.render()
        else:
            self._render_soon.start()

    def _following(self, call: Call) -> bool:
        """Is the middle still about `call` (not a page the agent opened since)?"""
        middle = self.w.stack.currentWidget()
        if middle is self.w.caller_choice:
            return self.w.caller_choice.call_id == call.id
        return middle is not self.w.review

    # --- the agent's choices ------------------------------------------------------------------

    def pick(self, call_id: str, contact: Contact) -> None:
        """Picked from the ringing call's picker: linked to that call, and said so."""
        call = self.calls.book.get(call_id)
        if call is None:
            return
        if call.live or call.state is CallState.ENDED:
            self.calls.link(call_id, contact, LinkSource.PICKED)
        self.w.show_contact(contact, link_to_call=False)
        self.w.statusBar().showMessage(
            self.tr("%1 is linked to this call.").replace("%1", contact.display_name), 8000
        )

    def link_to(self, call_id: str, contact: Contact) -> bool:
        """ "Link to the call with …": this contact on that call (named by the button)."""
        call = self.calls.book.get(call_id)
        if call is None or not call.live:
            return False
        self.calls.link(call.id, contact, LinkSource.MANUAL)
        self.w.statusBar().showMessage(
            self.tr("%1 is linked to this call.").replace("%1", contact.display_name), 8000
        )
        return True

    def link_shown(self, contact: Contact, *, only_if_unlinked: bool) -> bool:
        """The agent opened a contact during a live call that has no contact yet."""
        current = self.calls.book.current()
        if current is None or not current.live:
            return False
        if only_if_unlinked and (current.contact is not None or current.awaiting is not None):
            return False
        self.calls.link(current.id, contact, LinkSource.MANUAL)
        self.w.statusBar().showMessage(
            self.tr("%1 is linked to this call.").replace("%1", contact.display_name), 8000
        )
        return True

    def toggle(self) -> None:
        """F9: answer a ringing call, end a live one, else start one (Outbound with a contact
        open: the agent is calling them; else a manual inbound call, as always)."""
        book = self.calls.book
        current = book.current()
        if current is not None and current.state is CallState.RINGING:
            self.answer(current.id)
        elif current is not None and current.live:
            if not self._phone_does(lambda control: control.hang_up(current)):
                self.calls.hang_up(current.id)
        else:
            contact = self.w.open_contact()
            if contact is not None:
                call = self.calls.start_outbound(
                    contact.best_phone or "", contact, LinkSource.MANUAL
                )
                self.calls.answer(call.id)  # the agent is on it now
            else:
                self.calls.start_manual(self.w.typed_number())
            self.w.statusBar().showMessage(self.tr("Call started."), 3000)

    def _phone_does(self, action: Callable[[PhoneControl], bool]) -> bool:
        """A phone that takes commands answers / hangs up its own calls
        (ui/phones/phone_control.py)."""
        return self.phone_control is not None and action(self.phone_control)

    def answer(self, call_id: str) -> None:
        """F9 on a ringing call, or the waiting call's Answer: a command on that call (no
        event is forged). A phone that takes commands is asked to answer, and the call moves
        when the phone says it did; otherwise the call book answers it. The answered call
        becomes the call in hand and the middle follows."""
        ringing = self.calls.book.get(call_id)
        if ringing is not None and self._phone_does(lambda control: control.answer(ringing)):
            return  # answered when the phone says so
        call = self.calls.answer(call_id)
        if call is None:
            return
        self.w.statusBar().showMessage(self.tr("Call answered."), 3000)
        if self.calls.book.current() is call:
            self._follow(call)

    def _create_for(self, call_id: str) -> None:
        call = self.calls.book.get(call_id)
        if call is not None:
            self.w.create_for_call(call, focus=True)

    def contact_queued(self, request_id: str, name: str, phone: str, call_id: str = "") -> None:
        """A contact for the caller is on its way: the call the form was opened for waits for
        it (else the live call without a contact, when its number is the one given), and is
        linked to it once it exists."""
        from agent_desktop.core.phone import same_number

        target = self.calls.book.get(call_id) if call_id else None
        if (
            target is not None
            and target.contact is None
            and target.state
            in (CallState.RINGING, CallState.DIALLING, CallState.CONNECTED, CallState.ENDED)
        ):
            self.calls.set_awaiting(target.id, (request_id, name))
            return
        current = self.calls.book.current()
        if (
            current is not None
            and current.live
            and current.contact is None
            and (not current.number or same_number(current.number, phone, self.calls.book.region))
        ):
            self.calls.set_awaiting(current.id, (request_id, name))

    # --- the end of a call --------------------------------------------------------------------

    def _ended(self, call: Call) -> None:
        if self.calls.announcing:
            self._render_soon.start()
        else:
            self.render()
        if call.state is CallState.DISCARDED:  # missed_calls = ignore
            return
        # A missed call is counted by Recent calls (ui/recent/recent_flow.py) until the agent saw
        # it.
        if self.w.book.ended(call) is None:
            return  # sent without review (core/calls/logs.py decides, from missed_calls)
        self.w.review_call(call)
