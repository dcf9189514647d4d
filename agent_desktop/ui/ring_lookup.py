"""Who is calling: the ringing number looked up through the Session, on a worker, per call.

Every spelling of the number is asked (`lookup_all_by_phone`), so a switchboard stored two ways
still shows every record. Answers are remembered for a minute (Session.lookups), so a caller
trying again or a switchboard ringing twice costs no request. Answers are keyed by the call's
id, never by what the search box or the contact page shows; an answer that a newer lookup of the
same call overtook is dropped. What an answer means for the call is the call book's
(CallBook.found / lookup_failed); when a failed lookup is asked again is the CallerLookupFlow's.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from agent_desktop.core.errors import TRANSIENT_ERRORS
from agent_desktop.core.models import Contact
from agent_desktop.ui.errors import describe_error
from agent_desktop.ui.session import NotConfigured, Session


class RingLookup(QObject):
    found = Signal(str, list)  # call id, the contacts that have its number (0, 1 or several)
    failed = Signal(str, str, bool)  # call id, what went wrong (for the agent), final (no retry)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._latest: dict[str, int] = {}  # call id -> the newest request's ticket
        self._ticket = 0

    def look_up(self, call_id: str, number: str) -> bool:
        """Ask for the records of `number`; False when it cannot be asked yet (not set up)."""
        if not number.strip():
            self.found.emit(call_id, [])
            return True
        if not self._session.configured:
            return False
        self._ticket += 1
        ticket = self._latest[call_id] = self._ticket
        session = self._session  # a repeat ring within a minute is answered from memory
        task = session.call(lambda _client: session.lookups().lookup_all_by_phone(number),
                            name="ring-lookup")
        task.finished.connect(lambda contacts: self._answered(call_id, ticket, contacts))
        task.failed.connect(lambda error: self._errored(call_id, ticket, error))
        return True

    def pending(self, call_id: str) -> bool:
        return call_id in self._latest

    def forget(self, call_id: str) -> None:
        """The call is over and logged: a late answer for it is not wanted any more."""
        self._latest.pop(call_id, None)

    def _current(self, call_id: str, ticket: int) -> bool:
        if self._latest.get(call_id) != ticket:
            return False  # a newer lookup for the same call, or the call was forgotten
        del self._latest[call_id]
        return True

    def _answered(self, call_id: str, ticket: int, contacts: object) -> None:
        if self._current(call_id, ticket):
            found = [c for c in contacts if isinstance(c, Contact)] if isinstance(
                contacts, list) else []
            self.found.emit(call_id, found)

    def _errored(self, call_id: str, ticket: int, error: object) -> None:
        if self._current(call_id, ticket):
            final = isinstance(error, NotConfigured) or not isinstance(error, TRANSIENT_ERRORS)
            self.failed.emit(call_id, describe_error(error), final)
