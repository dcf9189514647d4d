"""The call model, table-driven: every softphone event sequence → the exact log payloads.

Events carry their own time (`at`, as the CLI stamps them), seconds after 08:00:00 UTC; payloads
are rendered in UTC. Logs are listed in the order the calls ended.
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest
from stubs import FakeClock

from agent_desktop.core.api.models import AgentIdentity, CallType, Contact, EntityType
from agent_desktop.core.calls.book import Call, CallBook, CallState, LinkSource, MissedCalls
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.calls.log import PAYLOAD_FIELDS

T0 = datetime(2026, 3, 2, 8, 0, 0, tzinfo=timezone.utc)
AGENT = AgentIdentity("Thandi", "Nkosi", "thandi@example.com")
JAMES = Contact(
    id="C-1",
    firstname="James",
    lastname="May",
    mobilephone="0721234567",
    entity_type=EntityType.CONTACT,
    entity_type_raw="Contact",
)
ANN = Contact(
    id="C-2",
    firstname="Ann",
    lastname="Lee",
    mobilephone="0831112222",
    entity_type=EntityType.LEAD,
    entity_type_raw="Lead",
)

K = EventKind


def ev(
    kind: EventKind, second: float, number: str = "", call_id: str = "", outbound: bool = False
) -> CallEvent:
    return CallEvent(kind, number, call_id, outbound, T0 + timedelta(seconds=second))


def log(
    call_type: str,
    direction: str,
    number: str,
    start: int,
    end: int,
    talk: str,
    contact: Contact | None = None,
) -> dict[str, str]:
    """The exact body expected, fields in the documented order."""
    begin, finish = T0 + timedelta(seconds=start), T0 + timedelta(seconds=end)
    return {
        "CallType": call_type,
        "CallDirection": direction,
        "Number": number,
        "Name": contact.display_name if contact else number,
        "EntityId": contact.id if contact else "",
        "EntityType": contact.entity_type_text or "" if contact else "",
        "AgentFirstName": "Thandi",
        "AgentLastName": "Nkosi",
        "AgentEmail": "thandi@example.com",
        "Duration": talk,
        "DurationTimespan": talk,
        "DateTime": begin.strftime("%d-%m-%y %H:%M:%S"),
        "CallStartTimeLocal": begin.strftime("%H:%M:%S"),
        "CallEndTimeLocal": finish.strftime("%H:%M:%S"),
    }


class Recorder:
    """Collects each call the first time it reaches ENDED, as the window would review it."""

    def __init__(self) -> None:
        self.ended: list[Call] = []
        self.seen: set[str] = set()

    def __call__(self, call: Call) -> None:
        if call.state is CallState.ENDED and call.id not in self.seen:
            self.seen.add(call.id)
            self.ended.append(call)

    def payloads(self) -> list[dict[str, str]]:
        return [c.payload(AGENT, timezone.utc) for c in self.ended]


def run(events: list[CallEvent], **book_options: object) -> tuple[CallBook, Recorder]:
    recorder = Recorder()
    book = CallBook(FakeClock(T0), listener=recorder, **book_options)  # type: ignore[arg-type]
    for event in events:
        book.apply(event)
    return book, recorder


N = "0721234567"
OTHER = "0831112222"

TABLE = [
    (
        "inbound answered",
        [ev(K.RING, 0, N), ev(K.ANSWER, 5, N), ev(K.END, 65, N)],
        [log("Inbound", "Inbound", N, 0, 65, "00:01:00")],
    ),
    (
        "missed via end",
        [ev(K.RING, 0, N), ev(K.END, 20, N)],
        [log("Missed", "Inbound", N, 0, 20, "00:00:00")],
    ),
    (
        "missed via busy (declined, DND)",
        [ev(K.RING, 0, N), ev(K.BUSY, 4, N)],
        [log("Missed", "Inbound", N, 0, 4, "00:00:00")],
    ),
    (
        "missed: busy then MicroSIP's end as well",
        [ev(K.RING, 0, N), ev(K.BUSY, 4, N), ev(K.END, 4.5, N)],
        [log("Missed", "Inbound", N, 0, 4, "00:00:00")],
    ),
    (
        "outbound answered",
        [ev(K.OUTGOING, 0, N), ev(K.ANSWER, 8, N), ev(K.END, 68, N)],
        [log("Outbound", "Outbound", N, 0, 68, "00:01:00")],
    ),
    (
        "outbound not answered",
        [ev(K.OUTGOING, 0, N), ev(K.END, 30, N)],
        [log("Notanswered", "Outbound", N, 0, 30, "00:00:00")],
    ),
    (
        "outbound busy",
        [ev(K.OUTGOING, 0, N), ev(K.BUSY, 6, N)],
        [log("Notanswered", "Outbound", N, 0, 6, "00:00:00")],
    ),
    (
        "answer before ring",
        [ev(K.ANSWER, 5, N), ev(K.RING, 0, N), ev(K.END, 65, N)],
        [log("Inbound", "Inbound", N, 0, 65, "00:01:00")],
    ),
    (
        "duplicate end",
        [ev(K.RING, 0, N), ev(K.ANSWER, 5, N), ev(K.END, 65, N), ev(K.END, 66, N), ev(K.END, 67)],
        [log("Inbound", "Inbound", N, 0, 65, "00:01:00")],
    ),
    (
        "duplicate ring",
        [ev(K.RING, 0, N), ev(K.RING, 1, N), ev(K.ANSWER, 5, N), ev(K.END, 65, N)],
        [log("Inbound", "Inbound", N, 0, 65, "00:01:00")],
    ),
    (
        "MicroSIP: cmdCallAnswer then cmdCallStart",
        [ev(K.RING, 0, N), ev(K.ANSWER, 5, N), ev(K.ANSWER, 6, N), ev(K.END, 65, N)],
        [log("Inbound", "Inbound", N, 0, 65, "00:01:00")],
    ),
    (
        "call waiting: the second caller is declined",
        [
            ev(K.RING, 0, N),
            ev(K.ANSWER, 5, N),
            ev(K.RING, 30, OTHER),
            ev(K.BUSY, 35, OTHER),
            ev(K.END, 65, N),
        ],
        [
            log("Missed", "Inbound", OTHER, 30, 35, "00:00:00"),
            log("Inbound", "Inbound", N, 0, 65, "00:01:00"),
        ],
    ),
    (
        "call waiting from the same switchboard number",
        [
            ev(K.RING, 0, N),
            ev(K.ANSWER, 5, N),
            ev(K.RING, 30, N),
            ev(K.ANSWER, 32, N),
            ev(K.END, 60, N),
            ev(K.END, 90, N),
        ],
        [
            log("Inbound", "Inbound", N, 0, 60, "00:00:55"),
            log("Inbound", "Inbound", N, 30, 90, "00:00:58"),
        ],
    ),
    (
        "softphone call ids keep two calls from one number apart",
        [
            ev(K.RING, 0, N, "a"),
            ev(K.RING, 2, N, "b"),
            ev(K.ANSWER, 5, N, "b"),
            ev(K.BUSY, 6, N, "a"),
            ev(K.END, 60, N, "b"),
        ],
        [
            log("Missed", "Inbound", N, 0, 6, "00:00:00"),
            log("Inbound", "Inbound", N, 2, 60, "00:00:55"),
        ],
    ),
    (
        "a reused call id with another number is a new call",
        [
            ev(K.RING, 0, N, "R2"),
            ev(K.ANSWER, 5, "", "R2"),
            ev(K.END, 65, "", "R2"),
            ev(K.RING, 80, OTHER, "R2"),
            ev(K.ANSWER, 85, "", "R2"),
            ev(K.END, 125, "", "R2"),
        ],
        [
            log("Inbound", "Inbound", N, 0, 65, "00:01:00"),
            log("Inbound", "Inbound", OTHER, 80, 125, "00:00:40"),
        ],
    ),
    (
        "a reused call id with the same number long after is a new call",
        [
            ev(K.RING, 0, N, "R2"),
            ev(K.ANSWER, 5, "", "R2"),
            ev(K.END, 65, "", "R2"),
            ev(K.RING, 3665, N, "R2"),
            ev(K.END, 3690, "", "R2"),
        ],
        [
            log("Inbound", "Inbound", N, 0, 65, "00:01:00"),
            log("Missed", "Inbound", N, 3665, 3690, "00:00:00"),
        ],
    ),
    (
        "a reused call id without a number long after is a new call",
        [
            ev(K.OUTGOING, 0, N, "7"),
            ev(K.END, 30, "", "7"),
            ev(K.ANSWER, 4000, OTHER, "7", outbound=True),
            ev(K.END, 4030, "", "7"),
        ],
        [
            log("Notanswered", "Outbound", N, 0, 30, "00:00:00"),
            log("Outbound", "Outbound", OTHER, 4000, 4030, "00:00:30"),
        ],
    ),
    (
        "late duplicates of a call id just ended are absorbed",
        [
            ev(K.RING, 0, N, "R2"),
            ev(K.ANSWER, 5, N, "R2"),
            ev(K.END, 65, N, "R2"),
            ev(K.RING, 0, N, "R2"),
            ev(K.ANSWER, 5, "", "R2"),
            ev(K.END, 66, "", "R2"),
            ev(K.END, 90, N, "R2"),
        ],
        [log("Inbound", "Inbound", N, 0, 65, "00:01:00")],
    ),
    (
        "a call id still live keeps its call whatever the end says of the number",
        [ev(K.RING, 0, N, "R2"), ev(K.ANSWER, 5, "", "R2"), ev(K.END, 65, "", "R2")],
        [log("Inbound", "Inbound", N, 0, 65, "00:01:00")],
    ),
    (
        "numbers match by E.164 whatever the spelling",
        [
            ev(K.RING, 0, "+27721234567"),
            ev(K.ANSWER, 5, "0721234567"),
            ev(K.END, 65, "072 123 4567"),
        ],
        [log("Inbound", "Inbound", "+27721234567", 0, 65, "00:01:00")],
    ),
    (
        "an end without a number ends the one live call",
        [ev(K.RING, 0, N), ev(K.ANSWER, 5), ev(K.END, 65)],
        [log("Inbound", "Inbound", N, 0, 65, "00:01:00")],
    ),
    (
        "legacy answer --outbound with no ring",
        [ev(K.ANSWER, 0, OTHER, outbound=True), ev(K.END, 30)],
        [log("Outbound", "Outbound", OTHER, 0, 30, "00:00:30")],
    ),
    (
        "click-to-dial, then the softphone's own events",
        [
            ev(K.DIAL, 0, N),
            ev(K.OUTGOING, 1, "+27721234567", "x"),
            ev(K.ANSWER, 10, "", "x"),
            ev(K.END, 70, "", "x"),
        ],
        [log("Outbound", "Outbound", N, 0, 70, "00:01:00")],
    ),
    (
        "events for calls never seen are absorbed",
        [ev(K.END, 5, N), ev(K.BUSY, 6, N), ev(K.END, 7)],
        [],
    ),
    (
        "an end whose clock went back ends at the answer",
        [ev(K.RING, 10, N), ev(K.ANSWER, 15, N), ev(K.END, 12, N)],
        [log("Inbound", "Inbound", N, 10, 15, "00:00:00")],
    ),
]


@pytest.mark.parametrize(
    ("events", "expected"), [pytest.param(e, x, id=name) for name, e, x in TABLE]
)
def test_event_sequences_give_exactly_these_logs(events, expected):
    book, recorder = run(events)
    assert recorder.payloads() == expected
    for payload in recorder.payloads():
        assert tuple(payload) == PAYLOAD_FIELDS
    if expected:  # every logged sequence leaves nothing live
        assert book.live() == []


def test_an_end_for_another_number_does_not_end_the_ringing_call():
    book, recorder = run([ev(K.RING, 0, N), ev(K.END, 5, OTHER)])
    assert recorder.ended == []
    assert [c.state for c in book.live()] == [CallState.RINGING]


def test_call_waiting_never_relinks_or_retimes_the_running_call():
    book, _ = run([ev(K.RING, 0, N), ev(K.ANSWER, 5, N)])
    first = book.live()[0]
    book.link(first.id, JAMES, LinkSource.EXACT_MATCH)
    second = book.apply(ev(K.RING, 30, N))
    assert second is not None and second.id != first.id
    assert second.contact is None and second.link is None  # never inherited
    assert (first.started_at, first.answered_at) == (T0, T0 + timedelta(seconds=5))
    assert first.contact == JAMES and first.link is LinkSource.EXACT_MATCH
    assert book.current() is first  # the call bar keeps the connected call
    assert [c.id for c in book.live()] == [first.id, second.id]


def test_the_link_travels_into_the_log_and_says_how_it_was_made():
    book, recorder = run([ev(K.RING, 0, N)])
    call = book.live()[0]
    book.link(call.id, JAMES, LinkSource.PICKED)
    book.apply(ev(K.ANSWER, 5, N))
    book.apply(ev(K.END, 65, N))
    assert recorder.payloads() == [log("Inbound", "Inbound", N, 0, 65, "00:01:00", JAMES)]
    assert recorder.ended[0].link is LinkSource.PICKED


def test_a_contact_created_during_the_call_links_only_the_calls_awaiting_it():
    book, _ = run([ev(K.RING, 0, N), ev(K.ANSWER, 1, N), ev(K.RING, 10, OTHER)])
    first, second = book.live()
    book.set_awaiting(first.id, ("req-1", "James May"))
    linked = book.contact_created("req-1", JAMES)
    assert linked == [first]
    assert first.contact == JAMES and first.link is LinkSource.CREATED and first.awaiting is None
    assert second.contact is None
    book.set_awaiting(second.id, ("req-2", "Ann Lee"))
    book.contact_dropped("req-2")
    assert second.awaiting is None and second.contact is None


@pytest.mark.parametrize(
    ("setting", "state", "auto"),
    [
        (MissedCalls.LOG, CallState.ENDED, True),
        (MissedCalls.REVIEW, CallState.ENDED, False),
        (MissedCalls.IGNORE, CallState.DISCARDED, False),
        (MissedCalls.MINE, CallState.ENDED, True),  # rang only here: logged like "log"
    ],
)
def test_missed_calls_setting(setting, state, auto):
    book, recorder = run([ev(K.RING, 0, N), ev(K.END, 20, N)], missed_calls=setting)
    call = book.get(next(iter(book._calls)))
    assert call is not None and call.state is state
    assert book.auto_send(call) is auto
    expected = (
        [] if setting is MissedCalls.IGNORE else [log("Missed", "Inbound", N, 0, 20, "00:00:00")]
    )
    assert recorder.payloads() == expected


def elsewhere(
    second: float, number: str = N, call_id: str = "", kind: EventKind = K.END
) -> CallEvent:
    """The PBX's end of a ring a colleague picked up (a queue or ring group)."""
    return CallEvent(
        kind, number, call_id, at=T0 + timedelta(seconds=second), answered_elsewhere=True
    )


MISSED_N = log("Missed", "Inbound", N, 0, 20, "00:00:00")
# (setting, events, logs): what each missed_calls value makes of calls the PBX says a colleague
# answered, beside calls nobody answered and calls answered here.
ELSEWHERE_TABLE = [
    (
        "mine: a colleague answered",
        MissedCalls.MINE,
        [ev(K.RING, 0, N, "q1"), elsewhere(20, call_id="q1")],
        [],
    ),
    (
        "mine: a colleague answered, said by a busy",
        MissedCalls.MINE,
        [ev(K.RING, 0, N, "q1"), elsewhere(20, call_id="q1", kind=K.BUSY)],
        [],
    ),
    (
        "mine: nobody answered",
        MissedCalls.MINE,
        [ev(K.RING, 0, N, "q1"), ev(K.END, 20, N, "q1")],
        [MISSED_N],
    ),
    (
        "mine: answered here, the flag cannot drop it",
        MissedCalls.MINE,
        [ev(K.RING, 0, N, "q1"), ev(K.ANSWER, 5, N, "q1"), elsewhere(65, call_id="q1")],
        [log("Inbound", "Inbound", N, 0, 65, "00:01:00")],
    ),
    (
        "mine: an outbound call nobody took is still logged",
        MissedCalls.MINE,
        [ev(K.OUTGOING, 0, N, "o1"), ev(K.END, 20, N, "o1")],
        [log("Notanswered", "Outbound", N, 0, 20, "00:00:00")],
    ),
    (
        "log: a colleague answered is still Missed here",
        MissedCalls.LOG,
        [ev(K.RING, 0, N, "q1"), elsewhere(20, call_id="q1")],
        [MISSED_N],
    ),
    (
        "review: a colleague answered is still Missed here",
        MissedCalls.REVIEW,
        [ev(K.RING, 0, N, "q1"), elsewhere(20, call_id="q1")],
        [MISSED_N],
    ),
    (
        "ignore: every missed call is dropped",
        MissedCalls.IGNORE,
        [ev(K.RING, 0, N, "q1"), ev(K.END, 20, N, "q1")],
        [],
    ),
]


@pytest.mark.parametrize(
    ("setting", "events", "expected"),
    [pytest.param(s, e, x, id=name) for name, s, e, x in ELSEWHERE_TABLE],
)
def test_calls_answered_elsewhere_by_missed_calls_setting(setting, events, expected):
    book, recorder = run(events, missed_calls=setting)
    assert recorder.payloads() == expected
    assert book.live() == []
    if not expected:  # dropped, not left in review or sent
        assert book.in_review() == []
        assert all(c.state is CallState.DISCARDED for c in book._calls.values())


def test_only_an_end_or_busy_can_say_answered_elsewhere():
    from agent_desktop.core.calls.events import BadEvent

    for kind in (K.RING, K.OUTGOING, K.ANSWER, K.DIAL):
        with pytest.raises(BadEvent, match="answered elsewhere"):
            CallEvent(kind, N, answered_elsewhere=True)


@pytest.mark.parametrize("setting", list(MissedCalls))
def test_answered_calls_are_always_reviewed_whatever_missed_calls_says(setting):
    book, recorder = run(
        [ev(K.RING, 0, N), ev(K.ANSWER, 1, N), ev(K.END, 20, N)], missed_calls=setting
    )
    assert recorder.ended[0].state is CallState.ENDED
    assert not book.auto_send(recorder.ended[0])


def test_review_corrections_change_the_log_and_only_while_in_review():
    book, _ = run([ev(K.RING, 0, N), ev(K.ANSWER, 5, N)])
    call = book.live()[0]
    assert book.correct(call.id, outcome=CallType.MISSED) is None  # still live
    book.apply(ev(K.END, 65, N))
    book.correct(call.id, outcome=CallType.OUTBOUND, number=OTHER, contact=ANN)
    assert call.payload(AGENT, timezone.utc) == log(
        "Outbound", "Outbound", OTHER, 0, 65, "00:01:00", ANN
    )
    assert call.link is LinkSource.MANUAL
    book.correct(call.id, contact=None)
    assert call.contact is None and call.link is None
    assert book.mark_queued(call.id) is call and call.state is CallState.QUEUED
    assert book.correct(call.id, number=N) is None  # queued: the outbox owns it now
    assert book.mark_queued(call.id) is None


def test_a_missed_call_corrected_to_inbound_counts_the_whole_call():
    book, recorder = run([ev(K.RING, 0, N), ev(K.END, 30, N)], missed_calls=MissedCalls.REVIEW)
    book.correct(recorder.ended[0].id, outcome=CallType.INBOUND)
    assert recorder.payloads() == [log("Inbound", "Inbound", N, 0, 30, "00:00:30")]


def test_discard_can_be_undone_for_a_few_seconds_only():
    clock = FakeClock(T0)
    book = CallBook(clock)
    call = book.start_manual(N)
    clock.advance(30)
    book.hang_up(call.id)
    assert book.discard(call.id) is call and call.state is CallState.DISCARDED
    clock.advance(3)
    assert book.restore(call.id) is call and call.state is CallState.ENDED
    book.discard(call.id)
    clock.advance(11)
    assert book.restore(call.id) is None and call.state is CallState.DISCARDED


def test_keyboard_calls_f9_and_call_button():
    clock = FakeClock(T0)
    book = CallBook(clock)
    manual = book.start_manual()
    assert manual.state is CallState.CONNECTED and manual.outcome is CallType.INBOUND
    clock.advance(40)
    book.hang_up(manual.id)
    assert manual.talk_time == timedelta(seconds=40)
    dialled = book.start_outbound(N, JAMES)
    assert dialled.state is CallState.DIALLING and dialled.link is LinkSource.MANUAL
    clock.advance(5)
    book.hang_up(dialled.id)
    assert dialled.payload(AGENT, timezone.utc) == log(
        "Notanswered", "Outbound", N, 40, 45, "00:00:00", JAMES
    )
    assert book.hang_up(dialled.id) is None  # already over


def test_a_keyboard_call_survives_the_wall_clock_going_back():
    clock = FakeClock(T0)
    book = CallBook(clock)
    call = book.start_manual()
    clock.advance(-120)  # NTP correction mid-call: the call ends at its answer, not before it
    book.hang_up(call.id)
    assert call.ended_at == call.answered_at and call.talk_time == timedelta(0)
    assert call.payload(AGENT, timezone.utc)["Duration"] == "00:00:00"


def test_a_keyboard_call_across_dst_lasts_its_real_length():
    try:
        london = ZoneInfo("Europe/London")
    except ZoneInfoNotFoundError:  # Windows without the tzdata package
        pytest.skip("no time-zone data for Europe/London")
    clock = FakeClock(datetime(2026, 3, 29, 0, 59, tzinfo=london))
    book = CallBook(clock)
    call = book.start_manual()
    clock.set(datetime(2026, 3, 29, 2, 1, tzinfo=london))  # 01:00 GMT jumped to 02:00 BST
    book.hang_up(call.id)
    assert call.talk_time == timedelta(minutes=2)


def test_current_prefers_the_newest_connected_call():
    book, _ = run([ev(K.RING, 0, N)])
    ringing = book.live()[0]
    assert book.current() is ringing
    book.apply(ev(K.ANSWER, 1, N))
    book.apply(ev(K.RING, 2, OTHER))
    assert book.current() is ringing
    assert [c.state for c in book.live()] == [CallState.CONNECTED, CallState.RINGING]


def test_every_change_is_saved_as_a_snapshot():
    saved: list[Call] = []

    class Saver:
        def save(self, call: Call) -> None:
            saved.append(call)

        def load_open(self) -> list[Call]:
            return []

    book = CallBook(FakeClock(T0), Saver())
    book.apply(ev(K.RING, 0, N))
    book.apply(ev(K.ANSWER, 5, N))
    book.apply(ev(K.END, 9, N))
    assert [c.state for c in saved] == [CallState.RINGING, CallState.CONNECTED, CallState.ENDED]
    assert saved[0] is not saved[1]  # snapshots, not the live object
    assert book.apply(ev(K.END, 10, N)) is None
    assert len(saved) == 3  # an absorbed duplicate writes nothing


# --- durability: the call store and the event spool ---------------------------------------------

CRASH_SEQUENCES = {
    "inbound": [ev(K.RING, 0, N), ev(K.ANSWER, 5, N), ev(K.END, 65, N)],
    "outbound": [ev(K.OUTGOING, 0, N), ev(K.ANSWER, 8, N), ev(K.END, 68, N)],
    "missed": [ev(K.RING, 0, N), ev(K.BUSY, 4, N)],
}


@pytest.mark.parametrize("name", list(CRASH_SEQUENCES))
@pytest.mark.parametrize("crash_after", [1, 2, 3])
def test_a_crash_in_any_state_resumes_exactly_where_the_call_was(tmp_path, name, crash_after):
    from agent_desktop.core.calls.store import CallStore

    events = CRASH_SEQUENCES[name]
    _, uninterrupted = run(events, missed_calls=MissedCalls.REVIEW)
    path = tmp_path / "outbox.sqlite3"
    before = CallBook(FakeClock(T0), CallStore(path), missed_calls=MissedCalls.REVIEW)
    for event in events[:crash_after]:
        before.apply(event)
    snapshot = [dict(vars(c)) for c in before._calls.values()]
    # kill -9: nothing more is written; a new process opens the file.
    recorder = Recorder()
    after = CallBook(
        FakeClock(T0 + timedelta(hours=1)),
        CallStore(path),
        listener=recorder,
        missed_calls=MissedCalls.REVIEW,
    )
    loaded = after.load()
    assert [dict(vars(c)) for c in loaded] == snapshot
    for event in events[crash_after:]:
        after.apply(event)
    assert recorder.payloads() == uninterrupted.payloads()
    assert len(recorder.payloads()) == 1


def test_a_call_that_rang_and_ended_while_no_window_ran_is_logged_once(tmp_path):
    from agent_desktop.core.calls.store import CallStore

    spool = CallStore(tmp_path / "outbox.sqlite3")  # what `agent-desktop call …` wrote
    for event in (
        ev(K.RING, 0, N),
        ev(K.END, 25, N),
        ev(K.RING, 40, OTHER),
        ev(K.ANSWER, 44, OTHER),
        ev(K.END, 104, OTHER),
    ):
        spool.spool(event)
    # The window starts an hour later: the times are the events', not the replay's.
    recorder = Recorder()
    book = CallBook(
        FakeClock(T0 + timedelta(hours=1)),
        CallStore(tmp_path / "outbox.sqlite3"),
        listener=recorder,
    )
    book.load()
    for event in book.store.take_spooled():  # type: ignore[union-attr]
        book.apply(event)
    for event in book.store.take_spooled():  # type: ignore[union-attr]  # replayed once only
        book.apply(event)
    assert recorder.payloads() == [
        log("Missed", "Inbound", N, 0, 25, "00:00:00"),
        log("Inbound", "Inbound", OTHER, 40, 104, "00:01:00"),
    ]
    assert book.live() == []


def test_an_end_after_a_restart_ends_the_call_that_rang_before_it(tmp_path):
    from agent_desktop.core.calls.store import CallStore

    path = tmp_path / "outbox.sqlite3"
    first = CallBook(FakeClock(T0), CallStore(path))
    first.apply(ev(K.RING, 0, N))
    first.apply(ev(K.ANSWER, 5, N))
    recorder = Recorder()
    second = CallBook(FakeClock(T0), CallStore(path), listener=recorder)
    second.load()
    assert second.apply(ev(K.RING, 70, OTHER)) is not None  # a new call, not the old one
    second.apply(ev(K.END, 65, N))
    assert recorder.payloads() == [log("Inbound", "Inbound", N, 0, 65, "00:01:00")]


def test_a_link_clicked_twice_prepares_one_call():
    book, _ = run([ev(K.DIAL, 0, N), ev(K.DIAL, 1, "+27721234567")])
    assert len(book.live()) == 1
    book.apply(ev(K.OUTGOING, 2, N))
    book.apply(ev(K.END, 20, N))
    assert book.live() == []
    book.apply(ev(K.DIAL, 30, N))  # later: a new call
    assert len(book.live()) == 1 and book.live()[0].started_at == T0 + timedelta(seconds=30)
