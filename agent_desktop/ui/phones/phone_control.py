"""The agent's call actions routed to a phone that takes commands (baresip's ctrl_tcp, …).

F9 / Answer on a ringing call answers it *in the phone*, End call hangs up there, and tel:
links, Ctrl+D and Call back dial through it when no `dial_command` is set. The call itself is
not moved here: the phone's own events (answered, closed) come back through the source and
move it, so the call bar shows what the phone says, not what the app guessed.

Each method returns False when the phone is not the one to ask (it takes no commands, is not
connected, or the call is not one of its calls); the caller then does what it always did.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject

from agent_desktop.core.calls.book import Call, CallState
from agent_desktop.core.phones.source import CallGone, SourceState
from agent_desktop.qt.call_service import CallService
from agent_desktop.qt.phone_service import PhoneService

log = logging.getLogger(__name__)
_MAX_DIALLED = 50  # calls dialled through the phone remembered (to hang up before it named them)


class PhoneControl(QObject):
    def __init__(
        self, calls: CallService, phones: PhoneService, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.calls = calls
        self.phones = phones
        self._dialled: list[str] = []  # our call ids dialled through the phone, newest last

    @property
    def ready(self) -> bool:
        """The phone takes commands and is connected now (else the app times calls itself)."""
        return self.phones.controls and self.phones.status.state is SourceState.CONNECTED

    def answer(self, call: Call) -> bool:
        """Answer a ringing call in the phone; its answer event will connect it here."""
        if not self.ready or call.state is not CallState.RINGING or not call.softphone_id:
            return False
        return self.phones.answer(call.softphone_id, failed=lambda e: self._gone(call.id, e))

    def hang_up(self, call: Call) -> bool:
        """End (or decline) a live call in the phone; its closing event will end it here."""
        if not self.ready or not call.live:
            return False
        if call.softphone_id:
            return self.phones.hang_up(call.softphone_id, failed=lambda e: self._gone(call.id, e))
        if call.id in self._dialled:  # dialled, not named by the phone yet: its current call
            return self.phones.hang_up("")
        return False  # a call the agent started by hand: the phone knows nothing of it

    def dial(self, call_id: str, number: str) -> bool:
        """Dial through the phone for the prepared call `call_id`; a refusal (said in the
        notice by the phone flow) discards that call: never placed, never logged."""
        if not self.phones.controls:  # a phone that is down says so (and the call is dropped)
            return False
        self._dialled = [*self._dialled[-_MAX_DIALLED + 1 :], call_id]
        return self.phones.dial(number, failed=lambda _error: self._not_placed(call_id))

    def _gone(self, call_id: str, error: object) -> None:
        """The phone has no such call: it ended while nobody heard (the phone was restarted or
        away). Settled here as after a crash, from the times the window has."""
        call = self.calls.book.get(call_id)
        if isinstance(error, CallGone) and call is not None and call.live:
            log.info("phone: the call ended unheard; settled here")
            self.calls.hang_up(call_id)

    def _not_placed(self, call_id: str) -> None:
        call = self.calls.book.get(call_id)
        if call is not None and call.state is CallState.DIALLING and not call.softphone_id:
            log.info("phone: the dial was refused; the prepared call is dropped")
            self.calls.hang_up(call_id)
            self.calls.discard(call_id)
