"""The Bria source against a fake Bria (tests/fake_bria.py: a real TLS WebSocket server on
127.0.0.1 speaking the Desktop API as CounterPath's guide documents it): each call through the
real source and the real call book gives exactly its log, with the times the calls changed."""

from __future__ import annotations

import queue
from datetime import timedelta, timezone

import pytest
from fake_bria import FakeBria, FakeCall, client_tls
from stubs import FakeClock, wait_for

from agent_desktop.core.api.models import AgentIdentity
from agent_desktop.core.calls.book import Call, CallBook, CallState
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.phones.bria.source import BriaSource, create
from agent_desktop.core.phones.registry import SourceConfig
from agent_desktop.core.phones.source import (
    CallControl,
    CallGone,
    ControlError,
    PhoneKind,
    PhoneSource,
    Problem,
    SourceState,
    SourceStatus,
)
from agent_desktop.core.settings.settings import Settings

AGENT = AgentIdentity("Ada", "Agent", "ada@example.com")
T0 = FakeClock.START
N = "0721234567"
SIP = f"{N}@pbx.example"  # Bria gives the far party as its SIP user@host
OTHER = "0831112222"
A, B = "ea6c7664001343688013e3680013e368", "1310b86afcb44d6d9a00e93916dffee1"


def at(second: int) -> str:
    return (T0 + timedelta(seconds=second)).strftime("%H:%M:%S")


def log(call_type: str, number: str, start: int, end: int, talk: str) -> tuple[str, ...]:
    return (call_type, number, at(start), at(end), talk)


def summary(call: Call) -> tuple[str, ...]:
    body = call.payload(AGENT, timezone.utc)
    return (
        body["CallType"],
        body["Number"],
        body["CallStartTimeLocal"],
        body["CallEndTimeLocal"],
        body["Duration"],
    )


class Rig:
    """A fake Bria, the real source connected to it, and a call book fed on this thread."""

    def __init__(self, bria: FakeBria | None = None, **options) -> None:
        self.bria = bria or FakeBria()
        self.clock = FakeClock()
        self.source = self.bria.source(clock=self.clock, **options)
        self.events: queue.Queue[CallEvent] = queue.Queue()
        self.statuses: list[SourceStatus] = []
        self.ended: dict[str, Call] = {}
        self.book = CallBook(FakeClock(T0 + timedelta(hours=1)), listener=self._listen)

    def _listen(self, call: Call) -> None:
        if call.state is CallState.ENDED:
            self.ended.setdefault(call.id, call)

    def start(self) -> Rig:
        self.source.start(self.events.put, self.statuses.append)
        self.bria.wait_connected()
        wait_for(lambda: self.statuses[-1].state is SourceState.CONNECTED)
        # CONNECTED is said while the first call list is read; counted once it is applied: from
        # here on, each message counted is one Bria sent after start().
        wait_for(lambda: self.source.messages_read >= 1)
        return self

    def step(self, second: int, *calls: FakeCall) -> None:
        """At T0 + `second`, Bria's calls become `calls`; wait until the source read the event
        and the call list it asked for, then apply what it handed on."""
        self.clock.set(T0 + timedelta(seconds=second))
        before = self.source.messages_read
        self.bria.change(*calls)
        wait_for(lambda: self.source.messages_read >= before + 2)
        self.pump()

    def pump(self) -> None:
        while True:
            try:
                self.book.apply(self.events.get_nowait())
            except queue.Empty:
                return

    def logs(self) -> list[tuple[str, ...]]:
        return [summary(c) for c in self.ended.values()]

    def stop(self) -> None:
        self.source.stop()
        self.bria.close()


@pytest.fixture
def rig():
    made: list[Rig] = []

    def make(**options) -> Rig:
        made.append(Rig(**options).start())
        return made[-1]

    yield make
    for each in made:
        each.stop()


def ring(call_id: str = A, number: str = SIP, name: str = "James May") -> FakeCall:
    return FakeCall(call_id, number, name, "ringing")


def dialling(call_id: str = A, number: str = SIP) -> FakeCall:
    return FakeCall(call_id, number, "", "connecting")


def up(call: FakeCall, hold: str = "offHold") -> FakeCall:
    return FakeCall(call.id, call.number, call.name, "connected", hold, 1772438400)


def over(call: FakeCall, state: str = "ended") -> FakeCall:
    return FakeCall(call.id, call.number, call.name, state, call.hold, call.time_initiated)


def test_inbound_answered(rig):
    r = rig()
    r.step(0, ring())
    r.step(5, up(ring()))
    r.step(65)  # the call left Bria's list
    assert r.logs() == [log("Inbound", N, 0, 65, "00:01:00")]
    assert r.book.live() == []


def test_inbound_missed(rig):
    r = rig()
    r.step(0, ring())
    r.step(20)
    assert r.logs() == [log("Missed", N, 0, 20, "00:00:00")]


def test_outbound_answered_and_an_ended_state_before_the_call_leaves(rig):
    r = rig()
    r.step(0, dialling())
    r.step(8, up(dialling()))
    r.step(68, over(up(dialling())))  # Bria shows it ended, then drops it
    r.step(69)
    assert r.logs() == [log("Outbound", N, 0, 68, "00:01:00")]


def test_outbound_not_answered(rig):
    r = rig()
    r.step(0, dialling())
    r.step(30, over(dialling(), "failed"))
    r.step(31)
    assert r.logs() == [log("Notanswered", N, 0, 30, "00:00:00")]


def test_call_waiting_with_hold_gives_one_log_per_call(rig):
    """A is talking; B rings (call waiting); the agent answers B (Bria holds A), ends B,
    resumes A; then a third caller rings while A talks and is not taken."""
    r = rig()
    first, second = ring(A), ring(B, f"{OTHER}@pbx.example", "Thandiwe Nkosi")
    r.step(0, first)
    r.step(5, up(first))
    r.step(30, up(first), second)
    r.step(35, up(first, "localHold"), up(second))
    r.step(60, up(first, "localHold"))
    r.step(62, up(first))
    third = ring("c3", "0211234567@pbx.example", "")
    r.step(70, up(first), third)
    r.step(80, up(first))
    r.step(95)
    assert sorted(r.logs()) == sorted(
        [
            log("Inbound", N, 0, 95, "00:01:30"),
            log("Inbound", OTHER, 30, 60, "00:00:25"),
            log("Missed", "0211234567", 70, 80, "00:00:00"),
        ]
    )


def test_the_ring_carries_number_name_and_bria_call_id(rig):
    r = rig()
    r.clock.set(T0)
    r.bria.change(ring())
    event = r.events.get(timeout=10)
    assert (event.kind, event.number, event.name, event.call_id, event.at) == (
        EventKind.RING,
        N,
        "James May",
        A,
        T0,
    )


def test_a_repeated_call_list_changes_nothing(rig):
    r = rig()
    r.step(0, ring())
    r.step(1, ring())
    r.step(5, up(ring()))
    r.step(6, up(ring(), "remoteHold"))
    r.step(65)
    r.step(66)
    assert r.logs() == [log("Inbound", N, 0, 65, "00:01:00")]


def test_a_call_already_connected_when_the_app_connects_is_left_alone(rig):
    bria = FakeBria()
    bria.calls = [up(ring())]  # the agent was on the phone before the window started
    r = rig(bria=bria)
    r.step(40)
    assert r.logs() == [] and r.book.live() == [] and r.events.empty()


def test_a_call_connected_between_two_looks_is_still_logged(rig):
    """Auto answer, or a pick-up quicker than our status request: first seen connected while
    listening, it is a call of its own (outbound when we had asked Bria to dial that number)."""
    r = rig()
    r.step(0, up(ring()))
    r.step(30)
    r.source.dial("0831112222")
    r.step(40, up(dialling(B, f"{OTHER}@pbx.example")))
    r.step(70)
    assert r.logs() == [
        log("Inbound", N, 0, 30, "00:00:30"),
        log("Outbound", OTHER, 40, 70, "00:00:30"),
    ]


def test_a_dropped_socket_mid_call_reconnects_and_logs_once(rig):
    r = rig(loop_options={"healthy_after": 0.0})
    r.step(0, ring())
    r.step(5, up(ring()))
    before = r.source.messages_read
    r.bria.drop()
    wait_for(
        lambda: any(s.state is SourceState.DOWN and s.problem is Problem.CLOSED for s in r.statuses)
    )
    r.bria.wait_connected(count=2)
    wait_for(lambda: r.statuses[-1].state is SourceState.CONNECTED)
    wait_for(lambda: r.source.messages_read > before)  # the call list asked for at reconnect
    r.pump()
    assert [c.state for c in r.book.live()] == [CallState.CONNECTED] and r.ended == {}
    r.step(65)
    assert r.logs() == [log("Inbound", N, 0, 65, "00:01:00")]


def test_a_call_that_ended_while_the_socket_was_down_is_not_given_a_made_up_end(rig):
    """Bria's list after the reconnect no longer has the call: no end is invented (its time is
    unknown); the call waits for the agent as after a crash, and End call settles it because
    Bria says it has no such call."""
    r = rig(loop_options={"healthy_after": 0.0})
    r.step(0, ring())
    r.step(5, up(ring()))
    r.bria.calls = []
    before = r.source.messages_read
    r.bria.drop()
    r.bria.wait_connected(count=2)
    wait_for(lambda: r.source.messages_read > before)  # the call list asked for at reconnect
    r.pump()
    (call,) = r.book.live()
    assert call.state is CallState.CONNECTED and r.logs() == []
    with pytest.raises(CallGone):
        r.source.hang_up(A)
    r.book.hang_up(call.id)
    assert len(r.logs()) == 1


def test_garbage_and_an_oversized_message_are_survived(rig):
    r = rig(loop_options={"healthy_after": 0.0})
    before = r.source.messages_read
    r.bria.post("this is not a Bria message")
    r.bria.post('HTTP/1.1 200 OK\r\nTransaction-ID: 99\r\n\r\n<status type="call"><call>')
    r.bria.post("POST /statusChange\r\n\r\n<event type=")
    r.bria.post(b"\x00\xff\xfe binary")
    r.bria.post(
        'HTTP/1.1 200 OK\r\n\r\n<?xml version="1.0"?><status type="call"><call><id>'
        "x</id><participants><participant><number>\x01</number><state>ringing"
        "</state></participant></participants></call></status>"
    )
    wait_for(lambda: r.source.messages_read >= before + 5)
    assert r.bria.connections == 1
    r.bria.post("X" * (300 * 1024))  # over the limit: the source closes and reconnects
    r.bria.wait_connected(count=2)
    wait_for(lambda: r.statuses[-1].state is SourceState.CONNECTED)
    r.step(0, ring())
    r.step(5, up(ring()))
    r.step(65)
    assert r.logs() == [log("Inbound", N, 0, 65, "00:01:00")]
    assert r.events.empty()


def test_answer_hang_up_and_dial_send_the_documented_requests(rig):
    r = rig()
    r.step(0, ring())
    r.source.answer(A)
    r.source.hang_up(A)
    r.source.dial("072 123 4567")
    assert r.bria.requests_to("answer") == [
        f'<?xml version="1.0" encoding="utf-8" ?>\n<answerCall>\n <callId>{A}</callId>\n'
        "</answerCall>"
    ]
    assert r.bria.requests_to("endCall") == [
        f'<?xml version="1.0" encoding="utf-8" ?>\n<endCall>\n <callId>{A}</callId>\n</endCall>'
    ]
    assert r.bria.requests_to("call") == [
        '<?xml version="1.0" encoding="utf-8" ?>\n<dial type="audio">\n <number>0721234567'
        "</number>\n <suppressMainWindow>true</suppressMainWindow>\n</dial>"
    ]
    with pytest.raises(CallGone):
        r.source.answer("no-such-call")
    with pytest.raises(ControlError, match="not a number"):
        r.source.dial("call me")
    with pytest.raises(ControlError, match="not reported this call yet") as raised:
        r.source.hang_up("")  # a call prepared in the window that Bria has not listed
    assert not isinstance(raised.value, CallGone)  # kept, not settled as gone


def test_a_refused_request_is_said_in_words(rig):
    r = rig(bria=FakeBria(refuse=400))
    r.step(0, ring())
    with pytest.raises(ControlError, match="refused “answer”: 400 Bad Request"):
        r.source.answer(A)
    unavailable = rig(bria=FakeBria(refuse=503))
    unavailable.step(0, ring())
    with pytest.raises(ControlError, match="Allow Access"):
        unavailable.source.hang_up(A)


def test_until_the_user_allows_the_app_the_status_says_so_then_calls_come():
    bria = FakeBria(approved=False)
    r = Rig(bria=bria, reply_timeout=0.3)
    r.source.start(r.events.put, r.statuses.append)
    try:
        bria.wait_connected()
        wait_for(lambda: r.statuses[-1].problem is Problem.NOT_APPROVED)
        assert r.statuses[-1].state is SourceState.DOWN
        with pytest.raises(ControlError, match="Allow Access"):
            r.source.dial("0721234567")
        bria.approved = True  # the agent clicked Allow Access; the source asks again
        wait_for(lambda: r.statuses[-1].state is SourceState.CONNECTED)
        assert bria.connections == 1  # it waited on the same connection, no reconnecting
        r.step(0, ring())
        r.step(20)
        assert r.logs() == [log("Missed", N, 0, 20, "00:00:00")]
    finally:
        r.stop()


def test_a_certificate_for_another_name_is_refused_and_nothing_is_sent():
    bria = FakeBria(cert="elsewhere.example")
    source = bria.source()
    try:
        status = source.probe(8)
        assert (status.state, status.problem) == (SourceState.DOWN, Problem.PROTOCOL)
        assert status.detail.startswith("TLS: ") and "CERTIFICATE_VERIFY_FAILED" in status.detail
        assert bria.requests == []
    finally:
        bria.close()


def test_the_os_trust_store_is_what_verifies_bria_by_default():
    bria = FakeBria()
    try:
        status = BriaSource(port=bria.port).probe(8)  # the test CA is in no trust store
        assert status.problem is Problem.PROTOCOL and status.detail.startswith("TLS: ")
        assert bria.requests == []
    finally:
        bria.close()


def test_probe_says_what_an_answer_other_than_ok_or_unavailable_is():
    class Puzzled(FakeBria):
        def _request(self, conn, text):
            first, _, _ = text.partition("\r\n")
            self.requests.append((first, ""))
            conn.send(
                "HTTP/1.1 400 Bad Request\r\nTransaction-ID: ad-probe\r\n"
                "Content-Type: application/xml\r\nContent-Length: 0\r\n"
            )

    bria = Puzzled()
    try:
        status = bria.source().probe(8)
        assert (status.state, status.problem, status.detail) == (
            SourceState.DOWN,
            Problem.PROTOCOL,
            "400 Bad Request",
        )
    finally:
        bria.close()


def test_probe_says_connected_not_allowed_or_unreachable():
    for approved, state, problem in (
        (True, SourceState.CONNECTED, Problem.NONE),
        (False, SourceState.DOWN, Problem.NOT_APPROVED),
    ):
        bria = FakeBria(approved=approved)
        source = bria.source()
        connect = source._connect  # the TLS handshake gets 8 s on this shared machine...
        source._connect = lambda timeout, connect=connect: connect(8.0)
        try:
            status = source.probe(8 if approved else 1.5)  # ...not allowed: the wait runs out
            assert (status.state, status.problem) == (state, problem)
            assert bria.requests_to("status") == [
                '<?xml version="1.0" encoding="utf-8" ?>\n<status>\n <type>phone</type>\n</status>'
            ]
        finally:
            bria.close()
    bria = FakeBria()
    port = bria.port
    bria.close()
    status = BriaSource(port=port, tls=client_tls).probe(8)
    assert (status.state, status.problem) == (SourceState.DOWN, Problem.UNREACHABLE)


def test_stop_is_bounded_and_idempotent(rig):
    r = rig()
    r.source.stop()
    r.source.stop()
    assert r.statuses[-1].state is SourceState.OFF


def test_it_is_a_source_with_call_control_made_from_the_settings():
    source = create(SourceConfig(Settings(phone="bria"), lambda name: None))
    assert isinstance(source, PhoneSource) and isinstance(source, CallControl)
    assert source.kind is PhoneKind.BRIA
    assert source.address == "127.0.0.1:9002"
