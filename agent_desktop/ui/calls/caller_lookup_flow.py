"""Who is calling, and what the answer brings: each open call without a contact is looked up by
its number, and the answer goes to the call book for that call only (one match links it, several
are kept for the picker, none offers to create one). A lookup that failed on the way (offline,
5xx, 429 past its budget) is asked again with a growing pause, at once when the connection is
seen to be back, and once more when its log is about to be sent: a log never goes out without a
contact while a lookup of its number could still find one (CallLogs.send waits for it, and
the answer sends it: CallLogs.send_waiting).

Split from the CallController, which wires the calls to the panels; this is its lookup half. Its
words keep the CallController's translation context, where they are already translated.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QStatusBar, QWidget

from agent_desktop.core.api.models import Contact
from agent_desktop.core.calls.book import Call, CallState, Lookup
from agent_desktop.core.outbox.backoff import Backoff
from agent_desktop.core.settings.choices import OnRing
from agent_desktop.qt.call_service import CallService
from agent_desktop.qt.log_service import LogService
from agent_desktop.ui.app.session import Session
from agent_desktop.ui.calls.attention import CallAlert
from agent_desktop.ui.calls.call_panel import CallPanel
from agent_desktop.ui.calls.call_texts import display
from agent_desktop.ui.calls.ring_lookup import RingLookup
from agent_desktop.ui.window.status import ConnectionState

RETRY = Backoff(base=2.0, cap=30.0)  # a failed ring lookup is asked again after 2, 4 … 30 s


class LookupWindow(Protocol):
    """What the lookup needs of the window: the session it asks, the log book a confirmed log
    goes to, the call bar, and the status bar."""

    @property
    def session(self) -> Session: ...
    @property
    def book(self) -> LogService: ...
    @property
    def call_panel(self) -> CallPanel: ...
    def statusBar(self) -> QStatusBar: ...
    def window(self) -> QWidget: ...


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallController", text)


class CallerLookupFlow(QObject):
    def __init__(
        self,
        window: LookupWindow,
        calls: CallService,
        alert: CallAlert,
        answered: Callable[[Call], None],
    ) -> None:
        super().__init__(window.window())
        self.w = window
        self.calls = calls
        self.alert = alert
        self._answered = answered  # the controller shows what the answer means for the middle
        self.lookup = RingLookup(window.session, self)
        self._failures = 0  # lookups failed in a row: the pause before asking again grows
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.ask_failed)
        self.lookup.found.connect(self._found)
        self.lookup.failed.connect(self._lookup_failed)
        window.session.state_changed.connect(self._connection)
        window.book.lookup_needed.connect(self._before_send)

    def changed(self, call: Call) -> None:
        """Every open call without a contact is looked up once per number, however it began
        (a ring, a dial, an answer that overtook its ring, a call read back from disk)."""
        if call.state in (CallState.QUEUED, CallState.DISCARDED):
            return  # a late answer for it is dropped by the call book
        if (
            call.contact is None
            and call.number
            and call.lookup is not Lookup.ASKING
            and (call.lookup is None or call.lookup_number != call.number)
        ):
            self._ask(call)

    def _ask(self, call: Call) -> None:
        if not self.w.session.configured:
            return  # asked once the settings are there (settings_arrived)
        self.calls.book.asking(call.id, call.number)
        self.lookup.look_up(call.id, call.number)

    def settings_arrived(self) -> None:
        """Settings (or a new key) arrived: every call still waiting for its caller is asked,
        and the logs waiting for the agent's identity go."""
        for call in self.calls.book.open_calls():
            if (
                call.contact is None
                and call.lookup is not Lookup.ASKING
                and (call.caller_unsettled or call.lookup is Lookup.GAVE_UP)
            ):
                self._ask(call)
        self.w.book.send_ready()

    def ask_failed(self) -> None:
        """Ask again for every open call whose lookup failed on the way (and send the logs
        whose caller was settled meanwhile some other way, a contact linked by hand)."""
        for call in self.calls.book.open_calls():
            if call.lookup is Lookup.FAILED and call.contact is None:
                self._ask(call)
        self.w.book.send_ready()

    def _connection(self, state: object, _detail: str) -> None:
        if state in (ConnectionState.CONNECTED, ConnectionState.DEMO):
            self._failures = 0
            self._retry.stop()
            self.ask_failed()  # back online: no need to wait for the pause

    def _before_send(self, call_id: str) -> None:
        """Its log is about to be sent without a contact: one more try, now."""
        call = self.calls.book.get(call_id)
        if call is not None and call.lookup is not Lookup.ASKING:
            self._ask(call)

    def notify(self, call_id: str) -> None:
        """The desktop notification for a ringing call, once, with the caller's name if known."""
        call = self.calls.book.notified(call_id)
        if call is None:
            return  # shown already, or no longer ringing
        who = call.contact.display_name if call.contact is not None else _tr("Unknown caller")
        number = display(call.number, self.calls.book.region)
        self.alert.call(_tr("Incoming call"), f"{who} · {number}")

    def _found(self, call_id: str, number: str, contacts: list[Contact]) -> None:
        self._failures = 0
        self._retry.stop()
        call = self.calls.book.found(call_id, number, contacts)
        if call is None:
            return
        self._answered(call)
        if call.notified or self.alert.effective_mode is OnRing.NOTIFY:
            self.notify(call_id)
        self.w.book.send_waiting(call)  # its log goes now if it waited for that

    def _lookup_failed(self, call_id: str, number: str, message: str, final: bool) -> None:
        call = self.calls.book.lookup_failed(call_id, number, final=final)
        if call is None:
            return
        if final and call is self.calls.book.current():  # else the middle says it retries
            self.w.statusBar().showMessage(
                _tr("Could not look up the caller: %1").replace("%1", message), 15000
            )
        self._answered(call)
        if final:
            self.w.book.send_ready()
            return
        self._failures += 1
        if not self._retry.isActive():
            self._retry.start(int(RETRY.ceiling(self._failures) * 1000))
