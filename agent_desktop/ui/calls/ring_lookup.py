"""Who is calling: the ringing number looked up through the Session, on a worker, per call.

Every spelling of the number is asked (`lookup_all_by_phone`), so a switchboard stored two ways
still shows every record. Answers are remembered for a minute (Session.lookups), so a caller
trying again or a switchboard ringing twice costs no request. Answers are keyed by the call's
id and the number asked, never by what the search box or the contact page shows. Whether the
call still wants an answer (not queued or discarded, its number not corrected meanwhile) and
what it means for the call is the call book's (CallBook.found / lookup_failed); when a failed
lookup is asked again is the CallerLookupFlow's. Nothing per call is kept here.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from agent_desktop.core.api.errors import TRANSIENT_ERRORS
from agent_desktop.core.api.models import Contact
from agent_desktop.ui.app.session import NotConfigured, Session
from agent_desktop.ui.common.errors import describe_error


class RingLookup(QObject):
    found = Signal(str, str, list)  # call id, number asked, the contacts that have it
    # call id, number asked, what went wrong (for the agent), final (no retry)
    failed = Signal(str, str, str, bool)

    def __init__(self, session: Session, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session

    def look_up(self, call_id: str, number: str) -> bool:
        """Ask for the records of `number`; False when it cannot be asked yet (not set up)."""
        if not number.strip():
            self.found.emit(call_id, number, [])
            return True
        if not self._session.configured:
            return False
        session = self._session  # a repeat ring within a minute is answered from memory
        task = session.call(
            lambda _client: session.lookups().lookup_all_by_phone(number), name="ring-lookup"
        )
        task.finished.connect(lambda contacts: self._answered(call_id, number, contacts))
        task.failed.connect(lambda error: self._errored(call_id, number, error))
        return True

    def _answered(self, call_id: str, number: str, contacts: object) -> None:
        found = (
            [c for c in contacts if isinstance(c, Contact)] if isinstance(contacts, list) else []
        )
        self.found.emit(call_id, number, found)

    def _errored(self, call_id: str, number: str, error: object) -> None:
        final = isinstance(error, NotConfigured) or not isinstance(error, TRANSIENT_ERRORS)
        self.failed.emit(call_id, number, describe_error(error), final)
