"""Softphone events in the window: a ring pops the caller, answer starts timing, end reviews.

Each event does what the agent would otherwise do by hand, through the same widgets: the number
goes into the search box (exact lookups of every spelling plus autocomplete), one exact hit opens
the contact at once, several leave the picker open, none offers Ctrl+N with the number filled in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication

from agent_desktop.core.call_events import CallEvent, EventKind
from agent_desktop.core.models import CallDirection, Contact
from agent_desktop.core.search_cache import SearchOutcome, normalise_term


@dataclass
class _Ring:
    number: str
    at: datetime
    contact: Contact | None = None  # the caller, once the lookup found exactly one


class IncomingCalls(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self._ringing_term: str | None = None  # the ring whose search answer we wait for
        self._ring_during_call = False  # call waiting: its caller is not the running call's
        self._unanswered: _Ring | None = None  # rang, not answered yet
        self._deferred_lookup: str | None = None  # a ring that came before the settings
        window.search.outcome_shown.connect(self._outcome)
        window.session.settings_changed.connect(self._settings_arrived)

    def handle(self, event: CallEvent) -> None:
        self._bring_to_front()
        if event.kind is EventKind.RING:
            self._ring(event.number)
        elif event.kind is EventKind.ANSWER:
            self._answer(event)
        elif event.kind is EventKind.END:
            self._end()

    def _bring_to_front(self) -> None:
        w = self.window
        if w.isMinimized():
            w.setWindowState(w.windowState() & ~Qt.WindowState.WindowMinimized)
        w.show()
        w.raise_()
        w.activateWindow()
        dialog = QApplication.activeModalWidget()  # e.g. Settings: it must stay on top
        if dialog is not None:
            dialog.raise_()
            dialog.activateWindow()

    def _ring(self, number: str) -> None:
        from agent_desktop.core.phone import same_number

        w = self.window
        panel = w.call_panel
        # Events from a softphone can overtake each other while the window starts: an "answer"
        # that came first already runs this very call, which is not call waiting.
        answered_first = (panel.running and panel.contact is None
                          and same_number(panel.number.text(), number, w.session.region))
        if not panel.running:  # a ring during a call (call waiting) must not rewrite that call
            panel.number.setText(number)
            self._set_direction(CallDirection.INBOUND)
            self._unanswered = _Ring(number, self.window.ctx.clock.now())
        self._ring_during_call = panel.running and not answered_first
        w.search.edit.setText(number)
        w.statusBar().showMessage(self.tr("Incoming call from %1…").replace("%1", number))
        if w.session.configured:
            self._look_up(number)
        else:  # the ring started the window: settings and key are still loading (or missing)
            self._deferred_lookup = number

    def _look_up(self, number: str) -> None:
        self._ringing_term = normalise_term(number)
        if self.window.search.text() != number:
            self.window.search.edit.setText(number)
        self.window.search.search_now()

    def _settings_arrived(self, _settings) -> None:
        number, self._deferred_lookup = self._deferred_lookup, None
        if number is not None:
            if self.window.session.configured:
                self._look_up(number)
            else:  # still not set up: look it up once the agent has saved Settings
                self._deferred_lookup = number

    def _answer(self, event: CallEvent) -> None:
        w = self.window
        panel = w.call_panel
        if panel.running:
            return
        ring, self._unanswered = self._unanswered, None
        self._set_direction(CallDirection.OUTBOUND if event.outbound else CallDirection.INBOUND)
        # Only a contact known to have this number is the call's: the page may still show the
        # previous caller. Unknown or not yet picked stays unlinked (the agent can link it).
        number = event.number or (ring.number if ring else "")
        shown = w.contact_panel.contact
        contact = ring.contact if ring and ring.contact else (
            shown if number and self._is_callers(shown, number) else None)
        if contact is not None:
            panel.set_contact(contact)
        panel.start_call(event.number)

    def _end(self) -> None:
        panel = self.window.call_panel
        ring, self._unanswered = self._unanswered, None
        if panel.running:
            panel.end_call()
        elif ring is not None:  # it rang and nobody answered: journal it as Missed
            shown = self.window.contact_panel.contact
            contact = ring.contact or (shown if self._is_callers(shown, ring.number) else None)
            panel.log_missed(ring.number, ring.at, contact)
            if panel.number.text().strip() == ring.number:  # the bar is free for the next call
                panel.number.clear()

    def _is_callers(self, contact: Contact | None, number: str) -> bool:
        """The agent picked this contact from the ring's picker (it has the ringing number)."""
        if contact is None:
            return False
        from agent_desktop.core.phone import same_number

        region = self.window.session.region
        return any(same_number(n, number, region) for _, n in contact.phones)

    def _set_direction(self, direction: CallDirection) -> None:
        combo = self.window.call_panel.direction
        combo.setCurrentIndex(max(combo.findData(direction), 0))

    def _outcome(self, outcome: SearchOutcome) -> None:
        if self._ringing_term is None or outcome.term != self._ringing_term:
            return
        self._ringing_term = None
        w = self.window
        exact = [s.contact for s in outcome.suggestions if s.exact]
        if len(exact) == 1:
            if self._unanswered is not None:
                self._unanswered.contact = exact[0]
            w.search.popup.hide()
            # A ring while on another call must not relink that call to the new caller.
            w.show_contact(exact[0], link_to_call=not self._ring_during_call)
            w.statusBar().showMessage(
                self.tr("Incoming call: %1").replace("%1", exact[0].display_name), 10000)
        elif len(exact) > 1:  # the picker stays open, exact hits first
            w.statusBar().showMessage(
                self.tr("%1 contacts share this number: pick one.")
                .replace("%1", str(len(exact))), 15000)
            w.search.edit.setFocus()
        elif outcome.error is None:
            w.statusBar().showMessage(
                self.tr("Unknown caller. Ctrl+N creates a contact with this number."), 15000)
