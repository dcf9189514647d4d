"""The agent's commands on a call, by id (CallBook.answer, found, lookup_failed, confirm), and
when a call's caller is still to be found (Call.caller_unsettled): no forged softphone events,
no per-call state outside the book."""

from __future__ import annotations

from datetime import datetime, timezone

from stubs import FakeClock

from agent_desktop.core.api.models import Contact
from agent_desktop.core.calls.book import CallBook, CallState, LinkSource, Lookup
from agent_desktop.core.calls.events import CallEvent, EventKind

T0 = datetime(2026, 3, 2, 8, 0, 0, tzinfo=timezone.utc)
JAMES = Contact(id="C-1", firstname="James", lastname="May", mobilephone="0721234567")
ANN = Contact(id="C-2", firstname="Ann", lastname="Lee", mobilephone="0721234567")


def _ringing(book: CallBook, number: str = "0721234567"):
    call = book.apply(CallEvent(EventKind.RING, number))
    assert call is not None
    return call


def test_answer_connects_that_call_now_and_the_softphones_answer_is_absorbed():
    clock = FakeClock(T0)
    book = CallBook(clock)
    first = _ringing(book)
    second = _ringing(book, "0831112222")
    clock.advance(4)
    assert book.answer(first.id) is first
    assert first.state is CallState.CONNECTED and first.answered_at == clock.now()
    assert second.state is CallState.RINGING  # the other call is untouched
    assert book.apply(CallEvent(EventKind.ANSWER, "0721234567")) is None
    assert book.answer(first.id) is None  # answered already


def test_one_match_links_the_call_several_are_kept_none_settles_it():
    book = CallBook(FakeClock(T0))
    one, several, none = (_ringing(book, n) for n in ("0721234567", "0215550199", "0849991111"))
    for call in (one, several, none):
        book.asking(call.id, call.number)
        assert call.lookup is Lookup.ASKING and call.caller_unsettled
    book.found(one.id, one.number, [JAMES])
    book.found(several.id, several.number, [JAMES, ANN])
    book.found(none.id, none.number, [])
    assert (one.contact, one.link) == (JAMES, LinkSource.EXACT_MATCH)
    assert several.contact is None and several.matches == (JAMES, ANN)
    assert not any(c.caller_unsettled for c in (one, several, none))


def test_a_failed_lookup_leaves_the_caller_unsettled_until_it_answers_or_gives_up():
    book = CallBook(FakeClock(T0))
    call = _ringing(book)
    book.lookup_failed(call.id, call.number, final=False)
    assert call.lookup is Lookup.FAILED and call.caller_unsettled
    book.hang_up(call.id)
    assert call.state is CallState.ENDED
    book.found(call.id, call.number, [JAMES])  # the retry, after the call ended: its log gets
    # the contact
    assert call.contact == JAMES and not call.caller_unsettled
    other = _ringing(book, "0831112222")
    # No key, refused: cannot succeed by waiting.
    book.lookup_failed(other.id, other.number, final=True)
    assert not other.caller_unsettled


def test_an_answer_for_a_number_corrected_meanwhile_is_dropped_and_the_new_one_asked():
    book = CallBook(FakeClock(T0))
    told = []
    book.listener = told.append
    call = _ringing(book, "0721234567")
    book.asking(call.id, call.number)
    book.hang_up(call.id)
    book.correct(call.id, number="0831112222")  # the agent fixes the number in review
    told.clear()
    assert book.found(call.id, "0721234567", [JAMES]) is None
    assert call.contact is None and call.lookup is None  # unasked again: the flow asks anew
    assert told == [call]
    assert book.lookup_failed(call.id, "0721234567", final=True) is None  # stale too
    book.asking(call.id, call.number)
    assert book.found(call.id, "0831112222", [ANN]) is call and call.contact == ANN


def test_an_answer_for_a_queued_or_discarded_call_is_not_wanted():
    book = CallBook(FakeClock(T0))
    queued, dropped = _ringing(book), _ringing(book, "0831112222")
    for call in (queued, dropped):
        book.asking(call.id, call.number)
        book.hang_up(call.id)
    book.mark_queued(queued.id)
    book.discard(dropped.id)
    assert book.found(queued.id, queued.number, [JAMES]) is None and queued.contact is None
    assert book.lookup_failed(dropped.id, dropped.number, final=False) is None
    assert dropped.lookup is Lookup.ASKING


def test_a_ringing_call_is_notified_once_and_not_once_it_is_over():
    book = CallBook(FakeClock(T0))
    call = _ringing(book)
    assert book.notified(call.id) is call and call.notified
    assert book.notified(call.id) is None  # shown already
    other = _ringing(book, "0831112222")
    book.hang_up(other.id)
    assert book.notified(other.id) is None and not other.notified
    assert book.notified("no-such-call") is None


def test_confirm_only_an_ended_call():
    book = CallBook(FakeClock(T0))
    call = _ringing(book)
    assert book.confirm(call.id) is None and not call.confirmed
    book.hang_up(call.id)
    assert book.confirm(call.id) is call and call.confirmed


def test_a_call_without_a_number_has_no_caller_to_wait_for():
    book = CallBook(FakeClock(T0))
    call = book.start_manual("")
    assert not call.caller_unsettled
