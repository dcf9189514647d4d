"""The desk phone listener, with requests sent exactly as each vendor's phone sends them (the
URLs `agent-desktop phone setup` prints, variables filled in as plain text) from an allowed and a
refused address, and every kind of bad input a port on the network gets."""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import pytest
from desk_phones import (
    TOKEN,
    free_port,
    phone_get,
    phone_post,
    poly_state,
    send_raw,
    status_of,
    vendor_urls,
)
from stubs import wait_for

from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.phones.desk_phone import source as desk_phone
from agent_desktop.core.phones.desk_phone.source import DeskPhoneSource
from agent_desktop.core.phones.registry import SourceConfig
from agent_desktop.core.phones.source import Problem, SourceState, SourceStatus
from agent_desktop.core.settings.settings import Settings

JAMES = "sip:0721234567@pbx.example"


@dataclass
class Listener:
    source: DeskPhoneSource
    port: int
    events: list[CallEvent] = field(default_factory=list[CallEvent])
    statuses: list[SourceStatus] = field(default_factory=list[SourceStatus])

    @property
    def status(self) -> SourceStatus:
        return self.statuses[-1]

    def urls(self, vendor: str) -> dict[str, str]:
        return vendor_urls(vendor, self.port)


@pytest.fixture
def listen() -> Iterator[Callable[..., Listener]]:
    made: list[DeskPhoneSource] = []

    def start(
        allow: tuple[str, ...] = ("127.0.0.1",),
        host: str = "127.0.0.1",
        port: int | None = None,
        token: str | None = TOKEN,
        wait: bool = True,
    ) -> Listener:
        port = port or free_port()
        settings = Settings(desk_phone_listen=f"{host}:{port}", desk_phone_allow=list(allow))
        source = desk_phone.create(SourceConfig(settings, lambda name: token))
        made.append(source)
        listener = Listener(source, port)
        source.start(listener.events.append, listener.statuses.append)
        if wait:
            wait_for(lambda: listener.statuses and listener.status.state is SourceState.LISTENING)
        return listener

    yield start
    for source in made:
        source.stop()


def kinds(events: list[CallEvent]) -> list[tuple[EventKind, str, str]]:
    return [(e.kind, e.number, e.call_id) for e in events]


def test_a_yealink_call_with_an_unencoded_display_name(listen):
    phone = listen()
    urls = phone.urls("yealink")
    values = {
        "$remote": JAMES,
        "$display_remote": "Zoë O'Brien & Co = #1 @desk",
        "$call_id": "1893247@10.0.0.5",
    }
    for key in (
        "action_url.incoming_call",
        "action_url.call_established",
        "action_url.call_terminated",
    ):
        assert phone_get(urls[key], values) == 200
    assert kinds(phone.events) == [
        (EventKind.RING, "0721234567", "1893247@10.0.0.5"),
        (EventKind.ANSWER, "0721234567", "1893247@10.0.0.5"),
        (EventKind.END, "0721234567", "1893247@10.0.0.5"),
    ]
    assert all(e.at is not None for e in phone.events)
    wait_for(lambda: phone.status.last_event_from == "127.0.0.1")
    assert phone.status.refused == 0


def test_yealink_outgoing_missed_cancelled_and_call_waiting(listen):
    phone = listen()
    urls = phone.urls("yealink")
    assert (
        phone_get(
            urls["action_url.outgoing_call"],
            {"$remote": "sip:+27215550199@pbx", "$call_id": "out-1"},
        )
        == 200
    )
    assert (
        phone_get(urls["action_url.missed_call"], {"$remote": "0821234567", "$call_id": "in-2"})
        == 200
    )
    assert (
        phone_get(
            urls["action_url.call_remote_canceled"], {"$remote": "0821234567", "$call_id": "in-2"}
        )
        == 200
    )
    assert (
        phone_get(
            urls["action_url.answer_new_incoming_call"],
            {"$remote": "0831234567", "$call_id": "in-3"},
        )
        == 200
    )
    assert kinds(phone.events) == [
        (EventKind.OUTGOING, "+27215550199", "out-1"),
        (EventKind.END, "0821234567", "in-2"),
        (EventKind.END, "0821234567", "in-2"),
        (EventKind.ANSWER, "0831234567", "in-3"),
    ]


def test_yealinks_copies_use_its_urls(listen):
    phone = listen()
    url = phone.urls("yealink")["action_url.incoming_call"].replace("/yealink/", "/fanvil/")
    assert phone_get(url, {"$remote": JAMES, "$call_id": "f-1"}, agent="Fanvil X4U") == 200
    assert kinds(phone.events) == [(EventKind.RING, "0721234567", "f-1")]


def test_a_latin1_display_name_is_taken(listen):
    phone = listen()
    url = phone.urls("yealink")["action_url.incoming_call"]
    assert (
        phone_get(
            url,
            {"$remote": JAMES, "$display_remote": "Müller Gérard", "$call_id": "l-1"},
            encoding="latin-1",
        )
        == 200
    )
    assert kinds(phone.events) == [(EventKind.RING, "0721234567", "l-1")]


def test_a_snom_call_with_its_hyphenated_call_id(listen):
    phone = listen()
    urls = phone.urls("snom")
    values = {
        "$remote": "sip:0721234567@pbx.example;user=phone",
        "$display_remote": "Иван Петров",
        "$call-id": "3c2e6f@192.168.1.50",
    }
    for key in ("action_incoming_url", "action_connected_url", "action_disconnected_url"):
        assert phone_get(urls[key], values, agent="Mozilla/4.0 (compatible; snom D785)") == 200
    assert kinds(phone.events) == [
        (EventKind.RING, "0721234567", "3c2e6f@192.168.1.50"),
        (EventKind.ANSWER, "0721234567", "3c2e6f@192.168.1.50"),
        (EventKind.END, "0721234567", "3c2e6f@192.168.1.50"),
    ]


def test_a_grandstream_call_has_no_call_id_and_is_matched_by_number(listen):
    phone = listen()
    urls = phone.urls("grandstream")
    values = {"$remote": "0721234567", "$display_remote": "James May"}
    for key in ("Incoming Call", "Missed Call"):
        assert phone_get(urls[key], values, agent="Grandstream GXP2170 1.0.11.3") == 200
    assert kinds(phone.events) == [
        (EventKind.RING, "0721234567", ""),
        (EventKind.END, "0721234567", ""),
    ]


def test_a_poly_call_from_its_call_state_change_events(listen):
    phone = listen()
    url = vendor_poly_url(phone.port)
    for state in ("Offering", "Connected", "CallHold", "Disconnected"):
        body = poly_state(state, "0x1b2c", "0721234567@172.18.186.94", calling_name="James")
        assert phone_post(url, body) == 200
    assert kinds(phone.events) == [
        (EventKind.RING, "0721234567", "poly-0x1b2c"),
        (EventKind.ANSWER, "0721234567", "poly-0x1b2c"),
        (EventKind.END, "0721234567", "poly-0x1b2c"),
    ]


def test_a_poly_outgoing_call_names_the_called_party(listen):
    phone = listen()
    body = poly_state("RingBack", "0x9", "20300", called="0215550199", call_type="Outgoing")
    assert phone_post(vendor_poly_url(phone.port), body) == 200
    assert kinds(phone.events) == [(EventKind.OUTGOING, "0215550199", "poly-0x9")]


def vendor_poly_url(port: int) -> str:
    from agent_desktop.core.phones.desk_phone.setup import setup_lines

    line = setup_lines("poly", "127.0.0.1", port, TOKEN)[0]
    return line.split('URL="', 1)[1].split('"', 1)[0]


# --- refused: another address, a wrong token ----------------------------------------------------


@pytest.mark.parametrize("vendor", ["yealink", "snom", "grandstream"])
def test_a_request_from_an_address_not_allowed_is_refused_and_counted(listen, vendor):
    phone = listen(allow=("127.0.0.1",))
    url = next(iter(phone.urls(vendor).values()))  # the incoming call's URL
    assert phone_get(url, {"$remote": JAMES, "$call_id": "x"}, source="127.0.0.2") == 403
    wait_for(lambda: phone.status.refused == 1)
    assert phone.status.refused_from == ("127.0.0.2",)
    assert phone.events == []
    assert phone_get(url, {"$remote": JAMES, "$call_id": "x"}) == 200  # the allowed one
    assert len(phone.events) == 1


def test_a_network_in_the_allow_list_takes_its_addresses(listen):
    phone = listen(allow=("127.0.0.0/30",))
    url = phone.urls("yealink")["action_url.incoming_call"]
    assert phone_get(url, {"$remote": JAMES, "$call_id": "n"}, source="127.0.0.2") == 200
    assert phone_get(url, {"$remote": JAMES, "$call_id": "n"}, source="127.0.0.9") == 403


def test_a_poly_post_from_an_address_not_allowed_is_refused(listen):
    phone = listen(allow=("127.0.0.1",))
    body = poly_state("Offering", "0x1", "0721234567")
    assert phone_post(vendor_poly_url(phone.port), body, source="127.0.0.3") == 403
    assert phone.events == []


def test_a_wrong_or_missing_token_is_refused_and_counted(listen):
    phone = listen()
    url = phone.urls("yealink")["action_url.incoming_call"]
    assert phone_get(url.replace(TOKEN, "guessed"), {"$remote": JAMES}) == 403
    assert phone_get(url.replace(f"token={TOKEN}&", ""), {"$remote": JAMES}) == 403
    assert phone_get(url.replace(TOKEN, TOKEN + "x"), {"$remote": JAMES}) == 403
    wait_for(lambda: phone.status.refused == 3)
    assert phone.events == []


def test_the_reply_is_fixed_and_echoes_nothing(listen):
    phone = listen()
    url = phone.urls("yealink")["action_url.incoming_call"]
    target = url.removeprefix(f"http://127.0.0.1:{phone.port}").replace("$remote", JAMES)
    target = target.replace("$display_remote", "<script>alert(1)</script>")
    for path in (target, target.replace(TOKEN, "nope"), "/<b>x</b>?token=" + TOKEN):
        reply = send_raw(phone.port, f"GET {path} HTTP/1.1\r\n\r\n".encode())
        assert b"script" not in reply and b"<b>" not in reply and TOKEN.encode() not in reply
        assert reply.endswith((b"\r\n\r\nOK\n", b"\r\n\r\nForbidden\n", b"\r\n\r\nNot Found\n"))


def test_a_new_token_in_the_keyring_is_taken_and_the_old_one_refused(listen, monkeypatch):
    monkeypatch.setattr(desk_phone, "TOKEN_REREAD_SECONDS", 0.0)
    tokens = [TOKEN]
    port = free_port()
    settings = Settings(desk_phone_listen=f"127.0.0.1:{port}", desk_phone_allow=["127.0.0.1"])
    source = desk_phone.create(SourceConfig(settings, lambda name: tokens[-1]))
    statuses: list[SourceStatus] = []
    events: list[CallEvent] = []
    source.start(events.append, statuses.append)
    try:
        wait_for(lambda: statuses and statuses[-1].state is SourceState.LISTENING)
        old = vendor_urls("yealink", port)["action_url.incoming_call"]
        tokens.append("a-brand-new-token-9f8e7d6c5b")
        new = vendor_urls("yealink", port, tokens[-1])["action_url.incoming_call"]
        assert phone_get(new, {"$remote": JAMES, "$call_id": "t"}) == 200
        assert phone_get(old, {"$remote": JAMES, "$call_id": "t"}) == 403
        assert len(events) == 1
    finally:
        source.stop()


# --- bad input: absorbed with a log line, never a call, never the end of the listener ---------


@pytest.mark.parametrize(
    "what,data,expected",
    [
        ("garbage", b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03garbage\r\n\r\n", 400),
        ("no HTTP", b"HELLO\r\n\r\n", 400),
        ("a method", b"DELETE /yealink/incoming HTTP/1.1\r\n\r\n", 405),
        (
            "a 1 MB request",
            b"GET /yealink/incoming?token=" + b"A" * 1_000_000 + b" HTTP/1.1\r\n\r\n",
            413,
        ),
        (
            "a 1 MB body",
            b"POST /poly?token=%s HTTP/1.1\r\nContent-Length: 1000000\r\n\r\n" % TOKEN.encode()
            + b"<" * 1_000_000,
            413,
        ),
    ],
)
def test_bad_requests_are_refused_and_the_listener_goes_on(listen, caplog, what, data, expected):
    caplog.set_level(logging.INFO)
    phone = listen()
    status = status_of(send_raw(phone.port, data))
    assert status in (expected, 0), what  # 0: a 1 MB sender may see the reset first
    assert phone.events == []
    assert "desk phone:" in caplog.text  # one line in the log file says why
    url = phone.urls("yealink")["action_url.incoming_call"]
    assert phone_get(url, {"$remote": JAMES, "$call_id": "after"}) == 200
    assert kinds(phone.events) == [(EventKind.RING, "0721234567", "after")]


def test_an_unknown_event_or_vendor_or_a_huge_number_makes_no_call(listen, caplog):
    phone = listen()
    url = phone.urls("yealink")["action_url.incoming_call"]
    assert phone_get(url.replace("/incoming", "/reboot"), {"$remote": JAMES}) == 404
    assert phone_get(url.replace("/yealink/", "/cisco/"), {"$remote": JAMES}) == 404
    assert phone_get(url, {"$remote": "sip:" + "7" * 10_000 + "@pbx"}) == 413  # over 8 KiB
    assert phone_get(url, {"$remote": "sip:" + "7" * 2_000 + "@pbx"}) == 400  # not a number
    assert phone_get(url, {"$remote": ""}) == 400  # a ring with no number
    assert phone_post(vendor_poly_url(phone.port), b"<PolycomIPPhone><Reboot/>") == 404
    assert (
        phone_post(vendor_poly_url(phone.port), b'<!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>')
        == 404
    )
    assert phone.events == []
    assert caplog.text.count("was not taken") == 6
    assert "7777777777" not in caplog.text  # the log says why, it does not copy the request


def test_a_flood_from_one_address_is_cut_to_its_rate(listen):
    phone = listen()
    url = phone.urls("yealink")["action_url.terminated".replace("terminated", "call_terminated")]
    codes = [phone_get(url, {"$remote": JAMES, "$call_id": f"f{i}"}) for i in range(60)]
    assert 429 in codes and codes[0] == 200
    assert codes.count(200) < 60
    wait_for(lambda: phone.status.refused == codes.count(429))


def test_a_slow_sender_does_not_block_the_others(listen, monkeypatch):
    monkeypatch.setattr(desk_phone, "READ_TIMEOUT", 1.0)
    phone = listen()
    slow = socket.create_connection(("127.0.0.1", phone.port))
    try:
        slow.sendall(b"GET /yealink/inc")  # and never more
        url = phone.urls("yealink")["action_url.incoming_call"]
        assert phone_get(url, {"$remote": JAMES, "$call_id": "s"}) == 200
    finally:
        slow.close()


# --- where it listens --------------------------------------------------------------------------


def test_listening_beyond_loopback_needs_an_allow_list(listen):
    phone = listen(allow=(), host="0.0.0.0", wait=False)
    assert phone.status.state is SourceState.DOWN
    assert phone.status.problem is Problem.NOT_CONFIGURED
    assert "desk_phone_allow" in phone.status.detail
    assert phone.status.retry_in is None
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", phone.port), 0.5):
        pass


def test_on_loopback_with_no_list_only_this_computer_is_taken(listen):
    phone = listen(allow=())
    url = phone.urls("yealink")["action_url.incoming_call"]
    assert phone_get(url, {"$remote": JAMES, "$call_id": "a"}) == 200
    assert phone_get(url, {"$remote": JAMES, "$call_id": "a"}, source="127.0.0.2") == 200
    # 127.0.0.2 is loopback too: this computer. Another machine is never loopback.


def test_a_taken_port_is_said_and_rebound_when_free(listen):
    port = free_port()
    squatter = socket.socket()
    squatter.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    squatter.bind(("127.0.0.1", port))
    squatter.listen(1)
    phone = listen(port=port, wait=False)
    wait_for(lambda: phone.statuses and phone.status.state is SourceState.DOWN)
    assert phone.status.problem is Problem.ADDRESS_IN_USE
    assert phone.status.retry_in is not None
    squatter.close()
    wait_for(lambda: phone.status.state is SourceState.LISTENING, timeout=15)
    url = phone.urls("yealink")["action_url.incoming_call"]
    assert phone_get(url, {"$remote": JAMES, "$call_id": "r"}) == 200


def test_without_a_token_it_says_it_is_not_set_up(listen):
    phone = listen(token=None, wait=False)
    wait_for(lambda: phone.statuses and phone.status.state is SourceState.DOWN)
    assert phone.status.problem is Problem.NOT_CONFIGURED
    assert "phone setup" in phone.status.detail


def test_stop_releases_the_port_at_once(listen):
    phone = listen()
    phone.source.stop()
    phone.source.stop()  # idempotent
    with socket.socket() as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(("127.0.0.1", phone.port))


def test_probe_for_check(listen):
    port = free_port()
    settings = Settings(desk_phone_listen=f"127.0.0.1:{port}")
    free = desk_phone.create(SourceConfig(settings, lambda name: TOKEN)).probe(1.0)
    assert free.state is SourceState.LISTENING and free.address == f"127.0.0.1:{port}"
    listen(port=port)  # our own window holds the port: still fine
    assert (
        desk_phone.create(SourceConfig(settings, lambda n: TOKEN)).probe(1.0).state
        is SourceState.LISTENING
    )
    other = socket.socket()
    other.bind(("127.0.0.1", 0))
    other.listen(1)
    taken = Settings(desk_phone_listen=f"127.0.0.1:{other.getsockname()[1]}")
    try:
        status = desk_phone.create(SourceConfig(taken, lambda n: TOKEN)).probe(0.5)
    finally:
        other.close()
    assert status.problem is Problem.ADDRESS_IN_USE
    no_token = desk_phone.create(SourceConfig(settings, lambda n: None)).probe(1.0)
    assert no_token.problem is Problem.NOT_CONFIGURED


def test_requests_are_served_concurrently_and_events_keep_their_order_per_phone(listen):
    phone = listen()
    url = phone.urls("yealink")["action_url.incoming_call"]
    threads = [
        threading.Thread(
            target=phone_get, args=(url, {"$remote": f"08212345{i:02d}", "$call_id": f"c{i}"})
        )
        for i in range(10)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(e.call_id for e in phone.events) == sorted(f"c{i}" for i in range(10))


def test_the_desk_phone_settings_are_checked():
    from agent_desktop.core.settings.settings import validate_field

    assert validate_field("desk_phone_allow", ["192.168.1.50", "10.0.0.0/8"]) == [
        "192.168.1.50",
        "10.0.0.0/8",
    ]
    assert validate_field("desk_phone_allow", "192.168.1.50, 192.168.1.51") == [
        "192.168.1.50",
        "192.168.1.51",
    ]
    with pytest.raises(ValueError, match="not an address"):
        validate_field("desk_phone_allow", ["phones.example"])
    assert validate_field("desk_phone_listen", "0.0.0.0:8765") == "0.0.0.0:8765"
    assert validate_field("desk_phone_listen", "[::]:8765") == "[::]:8765"
    for bad in ("8765", "pc:8765", "0.0.0.0:99999", "0.0.0.0:"):
        with pytest.raises(ValueError):
            validate_field("desk_phone_listen", bad)
    assert validate_field("desk_phone_vendor", "Snom") == "snom"
    with pytest.raises(ValueError):
        validate_field("desk_phone_address", "http://192.168.1.50/")


def test_a_sender_trickling_bytes_is_cut_off_at_the_deadline(listen, monkeypatch, caplog):
    import time

    caplog.set_level(logging.INFO)
    monkeypatch.setattr(desk_phone, "READ_TIMEOUT", 0.5)
    phone = listen()
    cut = False
    with socket.create_connection(("127.0.0.1", phone.port)) as sock:
        for byte in b"GET /yealink/incoming?token=":  # 2.8 s in all, 0.1 s between bytes
            try:
                sock.sendall(bytes([byte]))
            except OSError:  # the listener closed it: what is wanted
                cut = True
                break
            time.sleep(0.1)
    assert cut
    wait_for(lambda: "took too long" in caplog.text)
    assert phone.events == []
