"""The wiring between the CallService (the calls) and the window's panels (their view).

Events from the softphone, the keyboard (F9, Ctrl+D), the Call buttons and tel: links all end in
the CallService; its signals come back here and each panel is told what to show. The agent's
choices (pick a caller, unlink, create a contact, answer, hang up) go back as CallService calls,
always naming the call they are about: a ring never relinks another call. Who is calling, and
what the lookup's answer brings, is the CallerLookupFlow's part (ui/caller_lookup_flow.py).
"""

from __future__ import annotations

import logging
from typing import Protocol

from PySide6.QtCore import QObject, QTimer

from agent_desktop.core.call_events import CallEvent, EventKind
from agent_desktop.core.call_model import Call, CallState, LinkSource, MissedCalls
from agent_desktop.core.models import Contact
from agent_desktop.core.settings import Settings
from agent_desktop.qt.call_service import CallService
from agent_desktop.qt.outbox_service import OutboxService
from agent_desktop.ui.attention import CallAlert
from agent_desktop.ui.call_texts import display
from agent_desktop.ui.caller_lookup_flow import CallerLookupFlow, LookupWindow
from agent_desktop.ui.contact_panel import ContactPanel
from agent_desktop.ui.dialer import DialFlow, DialWindow
from agent_desktop.ui.menus import Actions

log = logging.getLogger(__name__)
NOTIFY_AFTER_MS = 1500  # a notification waits this long for the caller's name, not longer


class CallWindow(LookupWindow, DialWindow, Protocol):
    """What the calls need of the window: the panels they show on, the menu's Call action, the
    outbox's count for the tray, and the contact and log handles (besides the lookup's and the
    dialler's needs)."""

    @property
    def contact_panel(self) -> ContactPanel: ...
    @property
    def menu_actions(self) -> Actions: ...
    @property
    def outbox(self) -> OutboxService: ...
    def typed_number(self) -> str: ...
    def new_contact(self, phone: str = "") -> None: ...
    def review_call(self, call: Call) -> None: ...


class CallController(QObject):
    def __init__(self, window: CallWindow, calls: CallService) -> None:
        super().__init__(window.window())
        self.w = window
        self.calls = calls
        self.alert = CallAlert(window.window())
        self.callers = CallerLookupFlow(window, calls, self.alert, self.render)
        self.lookup = self.callers.lookup
        self.dialing = DialFlow(window, calls, self.alert)
        self.ready = False  # the calls on disk are back and the spool replayed
        self._render_soon = QTimer(self)
        self._render_soon.setSingleShot(True)
        self._render_soon.setInterval(0)
        self._render_soon.timeout.connect(self.render)
        calls.started.connect(lambda: setattr(self, "ready", True))
        calls.ringing.connect(self._ringing)
        calls.dialling.connect(lambda _call: self.render())
        calls.changed.connect(self._changed)
        calls.ended.connect(self._ended)
        panel = window.call_panel
        panel.toggle_requested.connect(self.toggle)
        panel.picked.connect(self.pick)
        panel.unlink_requested.connect(lambda call_id: calls.link(call_id, None, None))
        panel.create_requested.connect(self._create_for)
        window.session.settings_changed.connect(self._settings)
        window.outbox.summary_changed.connect(self._tray_waiting)

    # --- configuration ------------------------------------------------------------------------

    def _settings(self, settings: Settings) -> None:
        book = self.calls.book
        book.region = settings.region or "ZA"
        self.w.call_panel.region = book.region
        try:
            book.missed_calls = MissedCalls(settings.missed_calls)
        except ValueError:
            book.missed_calls = MissedCalls.LOG
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
        matches = self.lookup.answers.get(current.id) if current is not None else None
        self.w.call_panel.show_calls(current, others[-1] if others else None, matches)
        running = current is not None and current.live
        self.w.menu_actions.call.setText(
            self.tr("&Answered") if current is not None and current.state is CallState.RINGING
            else self.tr("&End call") if running else self.tr("&Start call"))
        self.w.contact_panel.set_call_running(
            running, current.contact if current is not None and running else None)
        self._tray_waiting()

    def _tray_waiting(self, _summary: object = None) -> None:
        """The tray tells how many logs wait: in review here, and in the outbox."""
        summary = self.w.outbox.summary
        self.alert.set_status(waiting=len(self.w.book.waiting()) + summary.waiting_calls)

    def _changed(self, call: Call) -> None:
        self.callers.changed(call)
        if self.calls.announcing or call.state in (CallState.QUEUED, CallState.DISCARDED):
            self._render_soon.start()  # a batch, or a log leaving review: once per loop turn
        else:
            self.render()

    # --- events from outside ------------------------------------------------------------------

    def handle_event(self, event: CallEvent) -> None:
        """From the local socket: the softphone, a tel: link, a second start of the app."""
        if event.kind is EventKind.SHOW:
            self.alert.summon()  # the agent started the app again: they want the window
        self.calls.handle(event)

    # --- a ring -------------------------------------------------------------------------------

    def _ringing(self, call: Call) -> None:
        # The call bar already shows this call: CallService emits `changed` (rendered by
        # _changed) just before `ringing`; a second render here cost a ring ~2 ms.
        shown = display(call.number, self.calls.book.region)
        self.w.statusBar().showMessage(self.tr("Incoming call from %1…").replace("%1", shown))
        if self.alert.effective_mode == "notify":
            QTimer.singleShot(NOTIFY_AFTER_MS, lambda: self.callers.notify(call.id))
        else:
            self.alert.bring_forward()

    # --- the agent's choices ------------------------------------------------------------------

    def pick(self, call_id: str, contact: Contact) -> None:
        """Picked from the ringing call's picker: linked to that call, and said so."""
        call = self.calls.book.get(call_id)
        if call is None:
            return
        if call.live:
            self.calls.link(call_id, contact, LinkSource.PICKED)
        elif call.state is CallState.ENDED:
            self.calls.correct(call_id, contact=contact)
        self.w.show_contact(contact, link_to_call=False)
        self.w.statusBar().showMessage(
            self.tr("%1 is linked to this call.").replace("%1", contact.display_name), 8000)

    def link_shown(self, contact: Contact, *, only_if_unlinked: bool) -> bool:
        """The agent opened (or chose "Use for this call" on) a contact during a live call."""
        current = self.calls.book.current()
        if current is None or not current.live:
            return False
        if only_if_unlinked and (current.contact is not None or current.awaiting is not None):
            return False
        self.calls.link(current.id, contact, LinkSource.MANUAL)
        self.w.statusBar().showMessage(
            self.tr("%1 is linked to this call.").replace("%1", contact.display_name), 8000)
        return True

    def toggle(self) -> None:
        """F9: answer a ringing call, end a live one, else start one (Outbound with a contact
        open: the agent is calling them; else a manual inbound call, as always)."""
        book = self.calls.book
        current = book.current()
        if current is not None and current.state is CallState.RINGING:
            self._answer(current)
            self.w.statusBar().showMessage(self.tr("Call answered."), 3000)
        elif current is not None and current.live:
            self.calls.hang_up(current.id)
        else:
            contact = self.w.open_contact()
            if contact is not None:
                call = self.calls.start_outbound(contact.best_phone or "", contact,
                                                 LinkSource.MANUAL)
                self._answer(call)  # the agent is on it now
            else:
                self.calls.start_manual(self.w.typed_number())
            self.w.statusBar().showMessage(self.tr("Call started."), 3000)

    def _answer(self, call: Call) -> None:
        """Connect `call` as the softphone's answer would. Without a number the event goes to
        the one call still ringing or dialling: a number that does not parse (or a second call
        with the same number) cannot send it elsewhere."""
        waiting = [c for c in self.calls.book.live()
                   if c.state in (CallState.RINGING, CallState.DIALLING)]
        number = "" if len(waiting) == 1 and waiting[0].id == call.id else call.number
        self.calls.handle(CallEvent(EventKind.ANSWER, number, call_id=call.softphone_id))

    def _create_for(self, call_id: str) -> None:
        call = self.calls.book.get(call_id)
        self.w.new_contact(call.number if call is not None else "")

    def contact_queued(self, request_id: str, name: str, phone: str) -> None:
        """A contact for the caller is on its way: the live call without a contact waits for it
        (when its number is the one given), and is linked to it once it exists."""
        from agent_desktop.core.phone import same_number

        current = self.calls.book.current()
        if current is not None and current.live and current.contact is None and (
                not current.number or same_number(current.number, phone, self.calls.book.region)):
            self.calls.set_awaiting(current.id, (request_id, name))

    # --- the end of a call --------------------------------------------------------------------

    def _ended(self, call: Call) -> None:
        if self.calls.announcing:
            self._render_soon.start()
        else:
            self.render()
        if call.state is CallState.DISCARDED:  # missed_calls = "ignore"
            return
        # A missed call is counted by Recent calls (ui/recent_flow.py) until the agent saw it.
        if self.calls.book.auto_send(call):
            self.callers.auto_send(call)
            return
        self.w.review_call(call)
