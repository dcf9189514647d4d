"""The log's life after its call (core/calls/logs.py), without Qt: review, waiting for the
caller, saving, queued, held, refused, failed, sent, discarded. Nothing leaves unsent except by
the agent's Discard; an answer arriving late never moves a log backwards; the payload is built
once, when the agent sends, and that very payload is what the outbox gets."""

from __future__ import annotations

from datetime import timezone

import pytest
from stubs import AGENT, FakeClock

from agent_desktop.core.api.models import AgentIdentity, CallType, Contact
from agent_desktop.core.calls.book import CallBook, CallState, LinkSource, MissedCalls
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.calls.log import CallRecord
from agent_desktop.core.calls.logs import CallLogs, LogEntry, LogState

JAMES = Contact(id="C-1", firstname="James", lastname="May", mobilephone="0721234567")
ANN = Contact(id="C-2", firstname="Ann", lastname="Lee", mobilephone="0831112222")


class Room:
    """A call book and its logs wired as the qt adapter wires them: the book's changes reach the
    logs, the logs' changes and handovers are recorded here."""

    def __init__(self) -> None:
        self.clock = FakeClock()
        self.book = CallBook(self.clock)
        self.agent = AGENT
        self.delivered: list[tuple[str, dict[str, str], CallRecord]] = []
        self.told: list[tuple[str, LogState]] = []
        self.lookups: list[str] = []
        self.logs = CallLogs(
            self.book,
            lambda: self.agent,
            lambda call_id, payload, record: self.delivered.append((call_id, payload, record)),
            timezone.utc,
            listener=lambda entry: self.told.append((entry.call_id, entry.state)),
            lookup_needed=self.lookups.append,
        )
        self.book.listener = self.logs.call_changed

    def ended(self, number: str = "0721234567", contact: Contact | None = JAMES) -> LogEntry:
        """A call the agent took and hung up: its log, in review (added by the book's change)."""
        call = self.book.start_manual(number, contact)
        self.clock.advance(30)
        self.book.hang_up(call.id)
        entry = self.logs.entry(call.id)
        assert entry is not None
        return entry

    def missed(self, number: str = "0721234567") -> LogEntry:
        self.book.apply(CallEvent(EventKind.RING, number))
        self.clock.advance(10)
        call = self.book.apply(CallEvent(EventKind.END, number))
        assert call is not None
        entry = self.logs.entry(call.id)
        assert entry is not None
        return entry

    def queued(self) -> LogEntry:
        entry = self.ended()
        assert self.logs.send(entry)
        self.logs.saved(entry.call_id)
        assert entry.state is LogState.QUEUED
        return entry


def test_an_ended_call_is_in_review_once_with_its_payload_built_from_the_call():
    room = Room()
    entry = room.ended()
    assert entry.state is LogState.REVIEW and entry.error == ""
    assert entry.payload["Name"] == "James May" and entry.payload["AgentFirstName"] == "Ann"
    assert room.logs.add(entry.call) is entry  # once per call id
    assert [state for _id, state in room.told].count(LogState.REVIEW) >= 1
    told = len(room.told)
    room.logs.add(entry.call)
    assert len(room.told) == told  # nothing new to tell
    assert room.logs.waiting() == [entry] and room.logs.unsent() == [entry]


def test_send_confirms_the_call_builds_the_payload_once_and_hands_it_over_once():
    room = Room()
    entry = room.ended()
    room.logs.correct(entry, outcome=CallType.NOT_ANSWERED)  # the agent's correction first
    assert entry.payload["CallType"] == CallType.NOT_ANSWERED.value  # the payload follows
    assert room.logs.send(entry)
    assert entry.state is LogState.SAVING and room.logs.saved_this_session
    call = room.book.get(entry.call_id)
    assert call is not None and call.confirmed
    assert room.logs.send(entry) is False  # the double click: no second log
    ((call_id, payload, record),) = room.delivered
    assert call_id == entry.call_id and payload is entry.payload
    assert payload["CallType"] == CallType.NOT_ANSWERED.value
    assert record.call_type is CallType.NOT_ANSWERED
    room.logs.correct(entry, number="0831112222")  # out of review: no more corrections
    assert call.number == "0721234567" and entry.payload["Number"] == payload["Number"]


def test_saved_queues_the_call_in_the_book_then_sent_ends_the_log():
    room = Room()
    entry = room.ended()
    room.logs.send(entry)
    room.logs.saved(entry.call_id)
    assert entry.state is LogState.QUEUED
    call = room.book.get(entry.call_id)
    assert call is not None and call.state is CallState.QUEUED  # the outbox is the truth now
    assert room.logs.waiting() == [] and room.logs.unsent() == [entry]
    room.logs.sent(entry.call_id)
    assert entry.state is LogState.SENT and room.logs.entry(entry.call_id) is None
    assert room.logs.unsent() == []
    assert (entry.call_id, LogState.SENT) == room.told[-1]


def test_sent_straight_from_saving_also_queues_the_call_in_the_book():
    room = Room()
    entry = room.ended()
    room.logs.send(entry)
    room.logs.sent(entry.call_id)  # sending the same call again: the outbox says it is sent
    call = room.book.get(entry.call_id)
    assert entry.state is LogState.SENT and call is not None and call.state is CallState.QUEUED


def test_an_answer_arriving_late_never_moves_a_log_backwards():
    room = Room()
    entry = room.queued()
    room.logs.held(entry.call_id, "disk full")  # a late answer of the save
    assert entry.state is LogState.QUEUED and entry.error == ""
    room.logs.requeued(entry.call_id)  # only a refused or failed log is requeued
    assert entry.state is LogState.QUEUED
    room.logs.sent(entry.call_id)
    told = len(room.told)
    for late in (
        lambda: room.logs.saved(entry.call_id),
        lambda: room.logs.failed(entry.call_id, "boom"),
        lambda: room.logs.refused(entry.call_id, "422"),
        lambda: room.logs.requeued(entry.call_id),
        lambda: room.logs.discarded(entry.call_id),
    ):
        late()
        assert entry.state is LogState.SENT
    assert len(room.told) == told


def test_the_outbox_never_moves_a_log_still_in_review():
    """Nothing leaves unsent except by the agent's Discard: no outbox answer ends a log the
    agent has not sent."""
    room = Room()
    entry = room.ended()
    for answer in (room.logs.saved, room.logs.sent, room.logs.discarded, room.logs.requeued):
        answer(entry.call_id)
        assert entry.state is LogState.REVIEW
    room.logs.failed(entry.call_id, "boom")
    room.logs.refused(entry.call_id, "422")
    room.logs.held(entry.call_id, "disk full")
    assert entry.state is LogState.REVIEW and room.logs.entry(entry.call_id) is entry
    assert room.delivered == []


def test_a_log_the_disk_refused_is_held_then_queued_once_written():
    room = Room()
    entry = room.ended()
    room.logs.send(entry)
    room.logs.held(entry.call_id, "The disk is full.")
    assert (entry.state, entry.error) == (LogState.HELD, "The disk is full.")
    assert room.logs.waiting() == [entry]  # not in the outbox file yet: the strip lists it
    room.logs.saved(entry.call_id)  # written from memory
    call = room.book.get(entry.call_id)
    assert entry.state is LogState.QUEUED and entry.error == ""
    assert call is not None and call.state is CallState.QUEUED


def test_a_failed_save_is_retried_with_the_payload_that_was_reviewed():
    room = Room()
    entry = room.ended()
    room.logs.send(entry)
    room.logs.failed(entry.call_id, "database is locked")
    assert (entry.state, entry.error) == (LogState.FAILED, "database is locked")
    sent_first = entry.payload
    room.agent = AgentIdentity("Zed", "Other", "zed@example.com")
    assert room.logs.send(entry)  # Retry
    assert entry.state is LogState.SAVING and entry.error == ""
    assert [payload for _id, payload, _record in room.delivered] == [sent_first, sent_first]
    assert sent_first["AgentFirstName"] == "Ann"  # not rebuilt: what was reviewed is sent


def test_refused_for_good_waits_for_edit_and_resend_then_is_queued_again():
    room = Room()
    entry = room.queued()
    room.logs.refused(entry.call_id, "Number is required")
    assert (entry.state, entry.error) == (LogState.ATTENTION, "Number is required")
    assert room.logs.send(entry) is False  # it is the outbox's now: edit & resend there
    room.logs.requeued(entry.call_id)
    assert (entry.state, entry.error) == (LogState.QUEUED, "")
    room.logs.discarded(entry.call_id)  # a person discarded it in the outbox
    assert entry.state is LogState.DISCARDED and room.logs.entry(entry.call_id) is None


def test_only_a_log_in_review_is_discarded_and_its_call_with_it():
    room = Room()
    saving = room.ended()
    room.logs.send(saving)
    room.logs.discard(saving)  # handed over: not dropped here
    assert saving.state is LogState.SAVING and room.logs.entry(saving.call_id) is saving
    entry = room.ended("0831112222", ANN)
    room.logs.discard(entry)
    call = room.book.get(entry.call_id)
    assert entry.state is LogState.DISCARDED and room.logs.entry(entry.call_id) is None
    assert call is not None and call.state is CallState.DISCARDED
    assert (entry.call_id, LogState.DISCARDED) in room.told
    assert [call_id for call_id, _p, _r in room.delivered] == [saving.call_id]


def test_a_discard_undone_in_the_book_brings_the_log_back_to_review():
    room = Room()
    entry = room.ended()
    room.logs.discard(entry)
    room.book.restore(entry.call_id)
    back = room.logs.entry(entry.call_id)
    assert back is not None and back is not entry and back.state is LogState.REVIEW


def test_a_log_without_its_caller_waits_for_the_lookup_then_goes():
    room = Room()
    entry = room.ended(contact=None)  # no contact, and its number was never looked up
    assert room.logs.send(entry)
    assert entry.state is LogState.LOOKUP and room.lookups == [entry.call_id]
    assert room.delivered == []
    assert room.logs.send(entry)  # asked again while it waits: still waiting, asked once
    assert room.lookups == [entry.call_id] and room.delivered == []
    assert room.logs.waiting() == [entry]
    room.book.found(entry.call_id, entry.call.number, [JAMES])  # the lookup answers
    assert entry.state is LogState.LOOKUP  # out of review for good, until it is sent
    assert room.logs.send(entry)
    assert entry.state is LogState.SAVING
    ((_id, payload, _record),) = room.delivered
    assert payload["Name"] == "James May" and payload["EntityId"] == "C-1"


def test_link_and_correct_change_the_call_only_while_in_review():
    room = Room()
    entry = room.ended(contact=None)
    room.book.found(entry.call_id, entry.call.number, [JAMES, ANN])  # a switchboard
    room.logs.link(entry, ANN, LinkSource.PICKED)
    assert (entry.call.contact, entry.call.link) == (ANN, LinkSource.PICKED)
    assert entry.payload["Name"] == "Ann Lee"  # the payload follows the call in review
    room.logs.correct(entry, contact=None)
    assert entry.call.contact is None and entry.payload["EntityId"] == ""
    room.logs.correct(entry, contact=JAMES)
    room.logs.send(entry)
    room.logs.link(entry, ANN, LinkSource.PICKED)  # saving: the link is not changed any more
    room.logs.correct(entry, outcome=CallType.MISSED)
    assert entry.call.contact == JAMES and entry.payload["Name"] == "James May"


def test_a_call_confirmed_for_sending_is_never_listed_for_review():
    """A missed call auto-sent (confirmed) before the settings came: back from disk, it waits
    to go (LOOKUP), never in review."""
    room = Room()
    room.book.listener = None  # the call ends before the logs hear of it
    room.book.apply(CallEvent(EventKind.RING, "0721234567"))
    call = room.book.apply(CallEvent(EventKind.END, "0721234567"))
    assert call is not None and room.book.confirm(call.id) is call
    entry = room.logs.add(call)
    assert entry.state is LogState.LOOKUP and entry in room.logs.waiting()
    room.book.listener = room.logs.call_changed
    in_review = room.missed("0831112222")
    room.book.confirm(in_review.call_id)  # confirmed meanwhile: settled at the next change
    room.logs.refresh()
    assert in_review.state is LogState.LOOKUP


def test_refresh_rebuilds_the_logs_not_yet_sent_with_the_agents_new_name():
    room = Room()
    review = room.ended()
    saving = room.ended("0831112222", ANN)
    room.logs.send(saving)
    room.agent = AgentIdentity("Zed", "Other", "zed@example.com")
    room.logs.refresh()
    assert review.payload["AgentFirstName"] == "Zed"
    assert saving.payload["AgentFirstName"] == "Ann"  # what was sent stays as it was sent


def test_the_book_discarding_a_call_drops_its_log():
    """missed_calls = ignore, or a discard made on the call itself: the log goes with it."""
    room = Room()
    entry = room.ended()
    room.book.discard(entry.call_id)
    assert entry.state is LogState.DISCARDED and room.logs.entry(entry.call_id) is None


@pytest.mark.parametrize("state", [LogState.SENT, LogState.DISCARDED])
def test_a_finished_log_is_not_sent_again(state: LogState):
    room = Room()
    entry = room.queued()
    if state is LogState.SENT:
        room.logs.sent(entry.call_id)
    else:
        room.logs.discarded(entry.call_id)
    assert entry.state is state
    assert room.logs.send(entry) is False and len(room.delivered) == 1


# --- a missed call logged without review (missed_calls = log / mine): decided here, not in ui --


def _missed_call(book: CallBook, number: str = "0721234567"):
    book.apply(CallEvent(EventKind.RING, number))
    call = book.apply(CallEvent(EventKind.END, number))
    assert call is not None and call.state is CallState.ENDED
    return call


def test_a_missed_call_the_settings_log_unseen_is_sent_without_review():
    room = Room()
    room.book.listener = None  # ended() is what the window calls when the call ends
    call = _missed_call(room.book)
    room.book.found(call.id, call.number, [JAMES])  # its caller is known
    assert room.logs.ended(call) is None  # not listed for review
    entry = room.logs.entry(call.id)
    assert call.confirmed and entry is not None and entry.state is LogState.SAVING
    ((call_id, payload, _record),) = room.delivered
    assert call_id == call.id and payload["CallType"] == CallType.MISSED.value


def test_a_missed_call_waits_for_its_caller_then_goes_when_the_lookup_answers():
    room = Room()
    room.book.listener = None
    call = _missed_call(room.book)
    assert room.logs.ended(call) is None
    entry = room.logs.entry(call.id)
    assert entry is not None and entry.state is LogState.LOOKUP and room.delivered == []
    assert room.logs.to_send() == [call.id]
    room.book.found(call.id, call.number, [])  # nobody has that number: settled
    assert room.logs.send_waiting(call)
    assert entry.state is LogState.SAVING and len(room.delivered) == 1
    assert room.logs.send_waiting(call) is False  # on its way: not again


@pytest.mark.parametrize("setting", [MissedCalls.REVIEW, MissedCalls.LOG])
def test_an_answered_call_and_a_missed_call_kept_for_review_are_reviewed(setting):
    room = Room()
    room.book.listener = None
    room.book.missed_calls = setting
    answered = room.book.start_manual("0721234567", JAMES)
    room.book.hang_up(answered.id)
    entry = room.logs.ended(answered)
    assert entry is not None and entry.state is LogState.REVIEW and not answered.confirmed
    missed = _missed_call(room.book, "0831112222")
    reviewed = room.logs.ended(missed)
    assert (reviewed is not None) is (setting is MissedCalls.REVIEW)
    assert room.delivered == []


def test_a_call_the_settings_drop_has_no_log():
    room = Room()
    room.book.listener = None
    room.book.missed_calls = MissedCalls.IGNORE
    room.book.apply(CallEvent(EventKind.RING, "0721234567"))
    call = room.book.apply(CallEvent(EventKind.END, "0721234567"))
    assert call is not None and call.state is CallState.DISCARDED
    assert room.logs.ended(call) is None and room.logs.entry(call.id) is None


def test_before_the_agents_identity_is_known_a_missed_call_waits_confirmed():
    """Calls replayed at start, before the settings came: nothing is sent with an empty agent;
    once they are there, the missed call goes (and one the agent confirmed too)."""
    room = Room()
    known = False
    room.logs = CallLogs(
        room.book,
        lambda: room.agent,
        lambda call_id, payload, record: room.delivered.append((call_id, payload, record)),
        timezone.utc,
        ready=lambda: known,
    )
    room.book.listener = None
    missed = _missed_call(room.book)
    room.book.found(missed.id, missed.number, [JAMES])
    assert room.logs.ended(missed) is None and missed.confirmed
    assert room.logs.entry(missed.id) is None and room.delivered == []
    assert room.logs.to_send() == [] and room.logs.send_waiting(missed) is False
    known = True
    assert room.logs.to_send() == [missed.id]
    for call_id in room.logs.to_send():
        call = room.book.get(call_id)
        assert call is not None and room.logs.send_waiting(call)
    assert [call_id for call_id, _p, _r in room.delivered] == [missed.id]
    assert room.logs.send_waiting(missed) is False  # on its way: not twice
    room.logs.saved(missed.id)
    assert room.logs.to_send() == []
