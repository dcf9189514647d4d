"""The Asterisk source against a fake AMI server (tests/fake_ami.py, a real TCP server speaking
the line protocol) replaying documented event sequences (tests/ami_scenarios.py): each scenario
through the real source and the real call book gives exactly these logs."""

from __future__ import annotations

import queue
import threading
from datetime import timedelta, timezone

import ami_scenarios as sc
import pytest
from fake_ami import FakeAmi
from stubs import FakeClock, wait_for

from agent_desktop.core.api.models import AgentIdentity
from agent_desktop.core.calls.book import Call, CallBook, CallState, MissedCalls
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.phones.asterisk.source import SECRET_NAME, AsteriskSource, create
from agent_desktop.core.phones.registry import SourceConfig
from agent_desktop.core.phones.source import (
    CallControl,
    ControlError,
    PhoneSource,
    Problem,
    SourceState,
    SourceStatus,
)
from agent_desktop.core.settings.settings import Settings

AGENT = AgentIdentity("Ada", "Agent", "ada@example.com")
T0 = sc.T0


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
    """A fake PBX, the real source connected to it, and a call book fed on this thread."""

    def __init__(
        self,
        extension: str = "201",
        missed: MissedCalls = MissedCalls.LOG,
        ami: FakeAmi | None = None,
        secret: str | None = None,
        **settings,
    ) -> None:
        self.ami = ami or FakeAmi()
        self.settings = Settings(
            asterisk_address=self.ami.address,
            asterisk_user="agentdesk",
            asterisk_extension=extension,
            **settings,
        )
        given = self.ami.secret if secret is None else secret
        self.source = create(
            SourceConfig(self.settings, lambda name: given if name == SECRET_NAME else None)
        )
        self.events: queue.Queue[CallEvent] = queue.Queue()
        self.statuses: list[SourceStatus] = []
        self.ended: list[Call] = []
        self.book = CallBook(
            FakeClock(T0 + timedelta(hours=1)), missed_calls=missed, listener=self._listen
        )
        self._seen: set[str] = set()

    def _listen(self, call: Call) -> None:
        if call.state in (CallState.ENDED, CallState.DISCARDED) and call.id not in self._seen:
            self._seen.add(call.id)
            self.ended.append(call)

    def start(self) -> Rig:
        self.source.start(self.events.put, self.statuses.append)
        self.ami.wait_logged_in()
        return self

    def play(self, events: list[dict[str, str]]) -> None:
        """Send the events and apply every call event they gave, once the source read them."""
        before = self.source.events_read
        self.ami.send(events)
        wait_for(lambda: self.source.events_read >= before + len(events))
        self.pump()

    def pump(self) -> None:
        while True:
            try:
                self.book.apply(self.events.get_nowait())
            except queue.Empty:
                return

    def logs(self) -> list[tuple[str, ...]]:
        return [summary(c) for c in self.ended if c.state is CallState.ENDED]

    def stop(self) -> None:
        self.source.stop()
        self.ami.close()


@pytest.fixture
def rig():
    made: list[Rig] = []

    def make(**options) -> Rig:
        made.append(Rig(**options).start())
        return made[-1]

    yield make
    for each in made:
        each.stop()


N = sc.CALLER
log = sc.log
SCENARIOS = sc.SCENARIOS


@pytest.mark.parametrize(
    ("events", "extension", "expected"),
    [pytest.param(e, x, want, id=name) for name, e, x, want in SCENARIOS],
)
def test_each_scenario_gives_exactly_its_logs(rig, events, extension, expected):
    r = rig(extension=extension)
    r.play(events)
    assert r.logs() == expected
    assert r.book.live() == []
    assert r.source.events_read == len(events)


def test_missed_calls_mine_logs_nothing_for_the_queue_call_a_colleague_answered(rig):
    r = rig(missed=MissedCalls.MINE)
    r.play(sc.queue_ring_all("202"))
    assert r.logs() == [] and r.book.live() == [] and r.book.in_review() == []
    assert [c.state for c in r.ended] == [CallState.DISCARDED]
    # ... and still logs the one nobody answered, and the one that rang only here (each a
    # PBX of its own: the scenarios share their Linkedids).
    nobody = rig(missed=MissedCalls.MINE)
    nobody.play(sc.queue_nobody_answers())
    assert nobody.logs() == [log("Missed", N, 2, 40, "00:00:00")]
    only_here = rig(missed=MissedCalls.MINE)
    only_here.play(sc.inbound_missed())
    assert only_here.logs() == [log("Missed", N, 0, 20, "00:00:00")]
    assert only_here.book.auto_send(only_here.ended[0])  # logged without review, as "log"


def test_the_ring_carries_the_caller_and_the_call_id_from_linkedid(rig):
    r = rig()
    r.ami.send(sc.inbound_answered()[:3])
    ring = r.events.get(timeout=10)
    assert (ring.kind, ring.number, ring.name, ring.call_id, ring.at) == (
        EventKind.RING,
        N,
        sc.CALLER_NAME,
        sc.L1,
        T0,
    )


def test_garbage_and_a_megabyte_line_are_skipped_and_the_session_goes_on(rig):
    r = rig()
    junk = (
        b"this is not a header\r\n\r\n"
        b"Event: DialBegin\r\nLinkedid: " + b"9" * (1 << 20) + b"\r\n\r\n"
        b"\x00\xff\xfe: \r\n\r\n"
        b"Event: Hangup\r\n" + b"X-Filler: y\r\n" * 300 + b"\r\n"
    )
    r.ami.send(junk)
    r.play(sc.inbound_answered())
    assert r.logs() == [log("Inbound", N, 0, 65, "00:01:00")]
    assert r.ami.logins == 1  # the same session took it all
    assert r.source.events_read == len(sc.inbound_answered())


def test_the_filter_is_asked_for_and_its_refusal_changes_nothing(rig):
    refused = rig()
    assert refused.ami.actions_named("Filter")[0]["Filter"].startswith("Event: (Newchannel|")
    allowed = rig(ami=FakeAmi(allow_filter=True))
    for r in (refused, allowed):
        r.play(sc.someone_elses_call() + sc.inbound_missed())
        assert r.logs() == [log("Missed", N, 0, 20, "00:00:00")]


def test_a_dropped_connection_mid_call_reconnects_and_the_end_heard_after_logs_once(rig):
    r = rig()
    events = sc.inbound_answered()
    r.play(events[:6])  # ringing, answered
    (call,) = r.book.live()
    assert call.state is CallState.CONNECTED
    r.ami.drop()
    wait_for(
        lambda: any(s.state is SourceState.DOWN and s.problem is Problem.CLOSED for s in r.statuses)
    )
    r.ami.wait_logged_in(count=2)  # back, with backoff
    wait_for(lambda: r.statuses[-1].state is SourceState.CONNECTED)
    r.pump()
    assert r.book.live() == [call] and r.ended == []  # nothing invented on the way
    r.play(events[6:])
    assert r.logs() == [log("Inbound", N, 0, 65, "00:01:00")]
    r.play(events[6:])  # the PBX repeating itself changes nothing
    assert len(r.logs()) == 1


def test_a_call_whose_end_fell_in_the_gap_stays_live_as_after_a_crash(rig):
    """The Hangup was sent while nobody listened: no end is made up at the reconnect; the call
    waits for the agent (End call / F9), exactly as a live call after a crash."""
    r = rig()
    r.play(sc.inbound_answered()[:6])
    r.ami.drop()
    r.ami.wait_logged_in(count=2)
    r.play(sc.inbound_missed()[:1])  # life goes on at the PBX, the old call's end unheard
    assert [c.state for c in r.book.live()] == [CallState.CONNECTED]
    assert r.logs() == []
    (call,) = r.book.live()
    r.book.hang_up(call.id)  # the agent ends it
    assert len(r.logs()) == 1


def test_a_wrong_secret_is_said_as_a_refused_login_and_retried(rig):
    r = Rig(secret="wrong")
    try:
        r.source.start(r.events.put, r.statuses.append)
        wait_for(lambda: any(s.state is SourceState.DOWN for s in r.statuses))
        down = next(s for s in r.statuses if s.state is SourceState.DOWN)
        assert (down.problem, down.detail) == (Problem.AUTH_FAILED, "Authentication failed")
        assert down.retry_in is not None
        assert r.source.probe(2).problem is Problem.AUTH_FAILED
    finally:
        r.stop()


def test_missing_settings_or_secret_are_said_not_configured():
    source = create(SourceConfig(Settings(), lambda name: None))
    assert source.probe(1).problem is Problem.NOT_CONFIGURED
    seen: list[SourceStatus] = []
    source.start(lambda e: None, seen.append)
    assert seen[-1].problem is Problem.NOT_CONFIGURED
    assert "asterisk_address" in seen[-1].detail
    source.stop()
    ami = FakeAmi()
    try:
        nosecret = create(
            SourceConfig(
                Settings(
                    asterisk_address=ami.address,
                    asterisk_user="agentdesk",
                    asterisk_extension="201",
                ),
                lambda name: None,
            )
        )
        assert nosecret.probe(2).problem is Problem.NOT_CONFIGURED
    finally:
        ami.close()


def test_nothing_listening_is_unreachable():
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    source = create(
        SourceConfig(
            Settings(
                asterisk_address=f"127.0.0.1:{port}", asterisk_user="u", asterisk_extension="201"
            ),
            lambda name: "x",
        )
    )
    status = source.probe(2)
    assert (status.state, status.problem) == (SourceState.DOWN, Problem.UNREACHABLE)


def test_something_else_on_the_port_is_a_protocol_problem():
    import socket

    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(1)

    def speak_http() -> None:
        conn, _ = server.accept()
        conn.sendall(b"HTTP/1.1 400 Bad Request\r\n\r\n")
        conn.close()

    threading.Thread(target=speak_http, daemon=True).start()
    try:
        source = create(
            SourceConfig(
                Settings(
                    asterisk_address=f"127.0.0.1:{server.getsockname()[1]}",
                    asterisk_user="u",
                    asterisk_extension="201",
                ),
                lambda name: "x",
            )
        )
        assert source.probe(3).problem is Problem.PROTOCOL
    finally:
        server.close()


def test_stop_is_bounded_and_idempotent(rig):
    import time

    r = rig()
    began = time.monotonic()
    r.source.stop()
    r.source.stop()
    assert time.monotonic() - began < 2


# --- call control ------------------------------------------------------------------------------


def test_it_is_a_source_with_call_control():
    source = create(SourceConfig(Settings(), lambda name: None))
    assert isinstance(source, PhoneSource) and isinstance(source, CallControl)
    assert isinstance(source, AsteriskSource)


def test_dial_originates_from_the_agents_phone_into_the_dial_context(rig):
    r = rig(asterisk_dial_context="from-internal-custom", asterisk_dial_priority=2)
    r.source.dial("+27 72 123-4567")
    (originate,) = r.ami.actions_named("Originate")
    assert {k: originate[k] for k in ("Channel", "Context", "Exten", "Priority")} == {
        "Channel": "PJSIP/201",
        "Context": "from-internal-custom",
        "Exten": "+27721234567",
        "Priority": "2",
    }
    assert "Secret" not in originate


def test_dial_without_the_originate_right_says_why(rig):
    r = rig(ami=FakeAmi(may_originate=False))
    with pytest.raises(ControlError, match="needs write=originate"):
        r.source.dial("0721234567")


def test_hang_up_ends_the_agents_channel_or_says_why(rig):
    r = rig(ami=FakeAmi(may_hang_up=True))
    r.play(sc.inbound_answered()[:6])
    r.source.hang_up(sc.L1)
    assert [a["Channel"] for a in r.ami.actions_named("Hangup")] == [sc.AGENT.name]
    refused = rig()
    refused.play(sc.inbound_answered()[:6])
    with pytest.raises(ControlError, match="needs write=call"):
        refused.source.hang_up(sc.L1)
    with pytest.raises(ControlError, match="not on your extension"):
        refused.source.hang_up("no-such-call")


def test_answer_is_refused_plainly():
    source = create(SourceConfig(Settings(), lambda name: None))
    with pytest.raises(ControlError, match="answer the call on the phone"):
        source.answer("x")


def test_a_call_that_began_before_the_source_listened_is_ended_by_its_linkedid(rig):
    """The window restarted mid-call: the call book has the call back from disk (live, with
    the Linkedid as its id); a new source, which never saw its start, hears the answer and the
    hang-up and the book matches them to that call: one log, with its own times."""
    events = sc.inbound_answered()
    first = rig()
    first.play(events[:3])  # ringing when the window died
    first.source.stop()
    second = Rig(ami=first.ami)
    second.book = first.book  # what the call store gives the next window
    second.source.start(second.events.put, second.statuses.append)
    first.ami.wait_logged_in(count=2)
    try:
        second.play(events[3:])
        assert [summary(c) for c in first.ended] == [log("Inbound", N, 0, 65, "00:01:00")]
        assert first.book.live() == []
    finally:
        second.source.stop()


def test_an_end_for_a_call_the_book_never_had_is_ignored(rig):
    r = rig()
    r.play(sc.inbound_answered()[6:])  # only the hang-up of a call from before
    assert r.logs() == [] and r.book.live() == []
