"""The baresip source against a fake ctrl_tcp that speaks as baresip 1.0.0 does: its call events
become the call model's events, its commands wait for their own answers, and bad input is
refused with a line in the log, never a call, and the source reconnects."""

from __future__ import annotations

import logging
import threading

import pytest
from fake_ctrl_tcp import FakeCtrlTcp, call_event
from stubs import wait_for

from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.outbox.backoff import Backoff
from agent_desktop.core.phones.baresip.netstring import NetstringError, NetstringReader, encode
from agent_desktop.core.phones.baresip.source import (
    BaresipSource,
    create,
    parse_address,
    peer_number,
)
from agent_desktop.core.phones.registry import SourceConfig
from agent_desktop.core.phones.source import (
    CallControl,
    CallGone,
    ControlError,
    Problem,
    SourceState,
    SourceStatus,
)
from agent_desktop.core.settings.settings import Settings, validate_field

FAST = {"backoff": Backoff(base=0.05, cap=0.2)}


@pytest.fixture
def fake():
    server = FakeCtrlTcp()
    yield server
    server.stop()


class Running:
    """A started source and what it said."""

    def __init__(self, address: str, **options: object) -> None:
        self.events: list[CallEvent] = []
        self.statuses: list[SourceStatus] = []
        self.source = BaresipSource(address, loop_options=FAST, **options)  # type: ignore[arg-type]
        self.source.start(self.events.append, self.statuses.append)

    @property
    def state(self) -> SourceState:
        return self.statuses[-1].state

    def kinds(self) -> list[EventKind]:
        return [e.kind for e in self.events]


@pytest.fixture
def running(fake):
    made: list[Running] = []

    def start(**options: object) -> Running:
        made.append(Running(fake.address, **options))
        fake.wait_client()
        wait_for(lambda: made[-1].state is SourceState.CONNECTED)
        return made[-1]

    yield start
    for item in made:
        item.source.stop()


def test_an_answered_inbound_call_as_baresip_reports_it(fake, running):
    phone = running()
    assert phone.statuses[-1].address == fake.address
    call_id = "1-30007@127.0.0.1"
    fake.send(call_event("CALL_INCOMING", call_id, name="James May"))
    fake.send(call_event("CALL_REMOTE_SDP", call_id) | {"class": "other", "param": "offer"})
    fake.send(call_event("CALL_ESTABLISHED", call_id))
    fake.send(call_event("CALL_CLOSED", call_id, param="Connection reset by peer"))
    wait_for(lambda: len(phone.events) == 3)
    assert phone.kinds() == [EventKind.RING, EventKind.ANSWER, EventKind.END]
    assert {e.number for e in phone.events} == {"0721234567"}
    assert {e.call_id for e in phone.events} == {call_id}
    assert phone.events[0].name == "James May"
    assert all(e.at is not None and e.at.tzinfo is not None for e in phone.events)
    assert phone.statuses[-1].last_event_at is not None


def test_an_outgoing_call_and_a_busy_far_end(fake, running):
    phone = running()
    peer = "sip:+27721234567@127.0.0.1"
    fake.send(call_event("CALL_RINGING", "out-1", peer=peer, direction="outgoing"))
    fake.send(
        call_event("CALL_CLOSED", "out-1", peer=peer, direction="outgoing", param="486 Busy Here")
    )
    wait_for(lambda: len(phone.events) == 2)
    assert phone.kinds() == [EventKind.OUTGOING, EventKind.BUSY]
    assert phone.events[0].number == "+27721234567"


@pytest.mark.parametrize(
    ("uri", "number"),
    [
        ("sip:0721234567@127.0.0.1:5091", "0721234567"),
        ("<sips:+27721234567@pbx.example;transport=tls>", "+27721234567"),
        ("sip:0721234567;user=phone@pbx", "0721234567"),
        ("tel:+27721234567", "+27721234567"),
        ("sip:%2B27721234567@pbx", "+27721234567"),
    ],
)
def test_the_number_is_the_user_part_of_the_peer_uri(uri, number):
    assert peer_number(uri) == number


def test_commands_wait_for_their_own_answer_and_select_the_call_first(fake, running):
    phone = running()
    control = phone.source
    assert isinstance(control, CallControl)
    control.answer("1-30007@127.0.0.1")
    control.hang_up("1-30007@127.0.0.1")
    control.dial("072 123 4567")
    sent = [(c["command"], c.get("params")) for c in fake.commands]
    # baresip 1.0.0's accept/hangup act on its current call: callfind makes it this one.
    assert sent == [
        ("callfind", "1-30007@127.0.0.1"),
        ("accept", "1-30007@127.0.0.1"),
        ("callfind", "1-30007@127.0.0.1"),
        ("hangup", "1-30007@127.0.0.1"),
        ("dial", "0721234567"),
    ]
    assert len({c["token"] for c in fake.commands}) == 5


def test_a_refusal_is_a_control_error_in_baresips_words(fake, running):
    phone = running()
    fake.replies["dial"] = (False, "Invalid argument")
    with pytest.raises(ControlError, match="baresip refused “dial”: Invalid argument"):
        phone.source.dial("0721234567")
    # 1.0.0's callfind says "ok" for a call it does not have, and says so in its data; newer
    # versions refuse it. Either way: that call is gone, and no other call is answered.
    for reply in (
        (True, "call not found (id=gone@127.0.0.1)\n"),
        (False, "call not found (id=gone@127.0.0.1)\n"),
    ):
        fake.replies["callfind"] = reply
        with pytest.raises(CallGone, match="no longer has this call"):
            phone.source.answer("gone@127.0.0.1")
        assert [c["command"] for c in fake.commands][-1] == "callfind"
    fake.replies["callfind"] = (False, "Invalid argument")
    with pytest.raises(ControlError, match="refused “callfind”: Invalid argument") as refused:
        phone.source.hang_up("x@1")
    assert not isinstance(refused.value, CallGone)


def test_a_command_without_an_answer_or_without_baresip_fails_in_bounded_time(fake, running):
    phone = running(reply_timeout=0.3)
    fake.mute = True  # a baresip that takes commands and never answers
    with pytest.raises(ControlError, match=r"did not answer “dial” within 0\.3 s"):
        phone.source.dial("0721234567")
    phone.source.stop()
    with pytest.raises(ControlError, match="not connected"):
        phone.source.dial("0721234567")


def test_an_unreachable_baresip_is_down_with_the_address_and_retried():
    phone = Running("127.0.0.1:9")  # discard port: nothing listens
    try:
        wait_for(lambda: sum(s.state is SourceState.DOWN for s in phone.statuses) >= 2)
        down = next(s for s in phone.statuses if s.state is SourceState.DOWN)
        assert down.problem is Problem.UNREACHABLE and down.address == "127.0.0.1:9"
        assert down.retry_in is not None
    finally:
        phone.source.stop()
    assert phone.state is SourceState.OFF


def test_baresip_closing_is_said_and_the_source_comes_back(fake, running):
    phone = running()
    fake.close_client()
    wait_for(
        lambda: any(
            s.state is SourceState.DOWN and s.problem is Problem.CLOSED for s in phone.statuses
        )
    )
    fake.wait_client(2)
    wait_for(lambda: phone.state is SourceState.CONNECTED)
    fake.send(call_event("CALL_INCOMING", "after@127.0.0.1"))
    wait_for(lambda: phone.kinds() == [EventKind.RING])


# --- bad input (issue 15 section 4) ------------------------------------------------------------

BAD_FRAMES = {
    "garbage": b"GET / HTTP/1.1\r\nHost: x\r\n\r\n",
    "a 1 MB netstring": b"1048576:" + b"{" * (1 << 20) + b",",
    "a frame without its comma": b"2:{}X",
    "a length with a sign": b"-5:hello,",
}


@pytest.mark.parametrize("what", list(BAD_FRAMES))
def test_bad_framing_closes_with_a_log_line_and_reconnects(fake, running, caplog, what):
    phone = running()
    with caplog.at_level(logging.WARNING, logger="agent_desktop.core.phones.baresip.source"):
        fake.send_raw(BAD_FRAMES[what])
        wait_for(lambda: any(s.problem is Problem.PROTOCOL for s in phone.statuses))
    assert any("reconnecting" in r.getMessage() for r in caplog.records)
    fake.wait_client(2)
    wait_for(lambda: phone.state is SourceState.CONNECTED)
    fake.send(call_event("CALL_INCOMING", "still-works@127.0.0.1"))
    wait_for(lambda: phone.kinds() == [EventKind.RING])


def test_bad_messages_are_absorbed_with_a_log_line_and_never_a_call(fake, running, caplog):
    phone = running()
    long_number = "sip:" + "1" * 10_000 + "@127.0.0.1"
    with caplog.at_level(logging.INFO, logger="agent_desktop.core.phones.baresip.source"):
        for raw in (b"not json", b"[1, 2]", b'"text"', b"\xff\xfe"):
            fake.send_raw(encode(raw))
        fake.send(call_event("CALL_SOMETHING_NEW", "x@1"))  # an unknown event
        fake.send(call_event("CALL_INCOMING", "long@1", peer=long_number))  # 10,000 digits
        fake.send(call_event("CALL_INCOMING", "ctl@1", peer="sip:072\x1b[2J@1"))
        fake.send(call_event("CALL_INCOMING", "") | {"id": None})
        fake.send(call_event("CALL_INCOMING", "dir@1", direction="outgoing"))
        fake.send({"response": True, "ok": True, "token": "nobody-asked"})
        # out of order: the end of a call never seen, then events after a call's end
        fake.send(call_event("CALL_CLOSED", "never-seen@1"))
        fake.send(call_event("CALL_ESTABLISHED", "never-seen@1"))
        fake.send(call_event("CALL_INCOMING", "never-seen@1"))
        fake.send(call_event("CALL_INCOMING", "marker@1", name="\u202eevil\x07"))
        wait_for(lambda: EventKind.RING in phone.kinds())
    # Only the closing of an unknown call reaches the call model (which absorbs it: it matches
    # no call), and the marker's ring; nothing else became an event.
    assert [(e.kind, e.call_id) for e in phone.events] == [
        (EventKind.END, "never-seen@1"),
        (EventKind.RING, "marker@1"),
    ]
    assert phone.events[1].name == ""  # a name that cannot be shown is left out, not the ring
    said = " ".join(r.getMessage() for r in caplog.records)
    for words in (
        "not JSON",
        "not a JSON object",
        "CALL_SOMETHING_NEW",
        "too long",
        "control characters",
        "without a call id",
        "for an outgoing call",
        "nobody waits",
        "after the call ended",
        "display name",
    ):
        assert words in said
    assert phone.state is SourceState.CONNECTED and fake.connections == 1


def test_the_netstring_reader_takes_frames_split_anywhere():
    reader = NetstringReader()
    stream = encode(b'{"a":1}') + encode(b"") + encode("é".encode())
    frames = [f for i in range(len(stream)) for f in reader.feed(stream[i : i + 1])]
    assert frames == [b'{"a":1}', b"", "é".encode()]
    with pytest.raises(NetstringError, match="over the 65536 cap"):
        NetstringReader().feed(b"65537:")
    with pytest.raises(NetstringError, match="not a netstring length"):
        NetstringReader().feed(b"007:abcdefg,")


def test_the_address_setting_and_create_do_no_io():
    assert Settings().baresip_address == "127.0.0.1:4444"
    assert validate_field("baresip_address", " [::1]:4444 ") == "[::1]:4444"
    for bad in ("127.0.0.1", "host:0", "host:99999", ":4444", "host:port"):
        with pytest.raises(ValueError, match="a host and a port"):
            validate_field("baresip_address", bad)
    assert parse_address("[::1]:4444") == ("::1", 4444)
    source = create(SourceConfig(Settings(baresip_address="127.0.0.1:9"), lambda name: None))
    assert (source.host, source.port) == ("127.0.0.1", 9) and source._loop is None
    source.stop()  # never started: nothing to do


def test_stop_is_bounded_and_idempotent(fake, running):
    phone = running()
    stopper = threading.Thread(target=phone.source.stop)
    stopper.start()
    stopper.join(3)
    assert not stopper.is_alive()
    phone.source.stop()
    assert phone.state is SourceState.OFF


def test_probe_connects_once_for_agent_desktop_check(fake):
    from agent_desktop.core.phones.check import check_phone

    source = BaresipSource(fake.address)
    status = source.probe(2.0)
    assert (status.state, status.address) == (SourceState.CONNECTED, fake.address)
    fake.wait_client()
    ok, line = check_phone(
        SourceConfig(Settings(phone="baresip", baresip_address=fake.address), lambda name: None)
    )
    assert (ok, line) == (True, f"Connected to baresip at {fake.address}")
    down = BaresipSource("127.0.0.1:9").probe(2.0)
    assert (down.state, down.problem) == (SourceState.DOWN, Problem.UNREACHABLE)
