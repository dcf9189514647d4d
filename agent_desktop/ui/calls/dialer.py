"""Click-to-dial from the window: the softphone's dial command (core/phones/dial.py) run on a
worker.

Starting a program, or asking the desktop which one handles tel:, may take a moment, so it never
runs on the GUI thread. What went wrong comes back as a sentence for the window's notice banner.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QStatusBar, QWidget

from agent_desktop.core.api.models import Contact
from agent_desktop.core.calls.book import Call, CallState, LinkSource
from agent_desktop.core.region import DEFAULT_REGION
from agent_desktop.core.settings.choices import OnRing
from agent_desktop.qt.call_service import CallService
from agent_desktop.qt.tasks import TaskRunner
from agent_desktop.ui.app.context import AppContext
from agent_desktop.ui.calls.attention import CallAlert
from agent_desktop.ui.common.widgets import Banner, Tone
from agent_desktop.ui.phones.phone_control import PhoneControl


class DialWindow(Protocol):
    """What dialling needs of the window: its workers, the contact on screen, where to say what
    happened."""

    @property
    def ctx(self) -> AppContext: ...
    @property
    def notice(self) -> Banner: ...
    def open_contact(self) -> Contact | None: ...
    def statusBar(self) -> QStatusBar: ...
    def window(self) -> QWidget: ...


class Dialer(QObject):
    placed = Signal(str)  # what was done, for the status bar
    refused = Signal(str, str)  # call id, what went wrong (for the agent)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.dial_command = ""
        self.region = DEFAULT_REGION
        self.phone: PhoneControl | None = None  # a phone that dials (baresip), when set

    def place(self, call_id: str, number: str) -> None:
        command, region = self.dial_command, self.region
        if not command and self.phone is not None and self.phone.dial(call_id, number):
            return  # the phone's own events run the call from here
        task = self._runner.run(lambda: _place(number, region, command), name="dial")
        task.finished.connect(lambda text: self.placed.emit(str(text)))
        task.failed.connect(lambda error: self.refused.emit(call_id, _message(error)))


class DialFlow(QObject):
    """The Call buttons, Ctrl+D and tel: links: an outbound call linked to the contact, then the
    softphone dials; a dial that fails is said in the window's notice and leaves no log."""

    def __init__(self, window: DialWindow, calls: CallService, alert: CallAlert) -> None:
        super().__init__(window.window())
        self.w, self.calls, self.alert = window, calls, alert
        self.dialer = Dialer(window.ctx.runner, self)
        self._error = ""  # the notice this flow put up, taken down once a dial goes through
        self.dialer.placed.connect(self._placed)
        self.dialer.refused.connect(self._refused)
        calls.dial_requested.connect(self._requested)

    def dial(self, number: str, contact: Contact | None = None) -> None:
        if not number.strip():
            self._say(self.tr("There is no number to dial."), Tone.WARNING)
            return
        from agent_desktop.core.phones.dial import DialError, checked_number  # parses: warm by now

        try:
            checked_number(number, self.dialer.region)
        except DialError as exc:  # not a phone number: no call is prepared for it
            self._say(str(exc), Tone.ERROR)
            return
        call = self.calls.start_outbound(
            number, contact, LinkSource.MANUAL if contact is not None else None
        )
        self.dialer.place(call.id, number)

    def dial_open_contact(self) -> None:
        contact = self.w.open_contact()
        if contact is None or not contact.best_phone:
            self._say(
                self.tr("Open a contact with a phone number to call it (Ctrl+D)."), Tone.WARNING
            )
            return
        self.dial(contact.best_phone, contact)

    def _requested(self, call: Call) -> None:
        """A tel: link (also one clicked while the app was closed, from the spool): the call is
        prepared and its contact looked up; now the softphone dials."""
        self.dialer.place(call.id, call.number)
        if self.alert.effective_mode is OnRing.RAISE:
            self.alert.bring_forward()

    def _say(self, text: str, tone: Tone) -> None:
        self._error = text
        self.w.notice.show_message(text, tone)

    def _placed(self, text: str) -> None:
        """The softphone took the number: what went wrong before is over."""
        self.w.statusBar().showMessage(text, 6000)
        if self._error and self.w.notice.text == self._error:
            self.w.notice.dismiss()
        self._error = ""

    def _refused(self, call_id: str, message: str) -> None:
        self._say(message, Tone.ERROR)
        call = self.calls.book.get(call_id)
        if call is not None and call.state is CallState.DIALLING and call.answered_at is None:
            self.calls.hang_up(call_id)  # never placed: no log for it
            self.calls.discard(call_id)


def _place(number: str, region: str, command: str) -> str:
    from agent_desktop.core.phones.dial import place_call

    return place_call(number, region, command)  # digits only reach the softphone


def _message(error: object) -> str:
    from agent_desktop.core.phones.dial import DialError
    from agent_desktop.ui.common.errors import describe_error

    return str(error) if isinstance(error, DialError) else describe_error(error)
