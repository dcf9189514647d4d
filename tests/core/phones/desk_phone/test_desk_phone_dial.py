"""Dialling, answering and hanging up through the desk phone (its Action URI), against a real
HTTP server on 127.0.0.1 playing the phone: it checks the path and the credentials as the
vendor's phone does (Yealink: Digest on current firmware; Snom: Basic)."""

from __future__ import annotations

import base64
import hashlib
import threading
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest

from agent_desktop.core.phones.desk_phone.source import create
from agent_desktop.core.phones.registry import SourceConfig
from agent_desktop.core.phones.source import CallControl, ControlError
from agent_desktop.core.settings.settings import Settings

USER, PASSWORD = "admin", "phone-pass-42"
REALM, NONCE = "yealink", "5f1c0d2e"


def _digest_ok(header: str, method: str, path: str) -> bool:
    """The Digest response as RFC 2617 (qop=auth) defines it, checked against our password."""
    if not header.startswith("Digest "):
        return False
    fields = dict(part.strip().split("=", 1) for part in header[7:].split(","))
    fields = {k: v.strip('"') for k, v in fields.items()}
    ha1 = hashlib.md5(f"{USER}:{REALM}:{PASSWORD}".encode()).hexdigest()
    ha2 = hashlib.md5(f"{method}:{fields.get('uri')}".encode()).hexdigest()
    expected = hashlib.md5(
        f"{ha1}:{fields['nonce']}:{fields['nc']}:{fields['cnonce']}:{fields['qop']}:{ha2}".encode()
    ).hexdigest()
    return (
        fields.get("username") == USER
        and fields.get("uri") == path
        and fields.get("response") == expected
    )


class _Phone(BaseHTTPRequestHandler):
    scheme: ClassVar[str] = "basic"
    seen: ClassVar[list[str]] = []

    def do_GET(self) -> None:
        header = self.headers.get("Authorization", "")
        if self.scheme == "digest":
            ok = _digest_ok(header, "GET", self.path)
            challenge = f'Digest realm="{REALM}", nonce="{NONCE}", qop="auth"'
        else:
            ok = header == "Basic " + base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode()
            challenge = 'Basic realm="snom"'
        if not ok:
            self.send_response(401)
            self.send_header("WWW-Authenticate", challenge)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.seen.append(self.path)
        known = self.path.startswith(("/servlet?key=", "/command.htm?number="))
        self.send_response(200 if known else 404)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def phone_server() -> Iterator[Callable[[str], tuple[str, list[str]]]]:
    servers: list[ThreadingHTTPServer] = []

    def start(scheme: str) -> tuple[str, list[str]]:
        seen: list[str] = []
        handler = type("Phone", (_Phone,), {"scheme": scheme, "seen": seen})
        server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"127.0.0.1:{server.server_address[1]}", seen

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def source(vendor: str, address: str, user: str = USER, password: str | None = PASSWORD):
    settings = Settings(desk_phone_vendor=vendor, desk_phone_address=address, desk_phone_user=user)
    secrets = {"desk_phone_password": password}
    made = create(SourceConfig(settings, lambda name: secrets.get(name)))
    assert isinstance(made, CallControl)
    return made


def test_a_yealink_dials_answers_and_hangs_up_with_digest(phone_server):
    address, seen = phone_server("digest")
    phone = source("yealink", address)
    phone.dial("+27 72 123 4567")
    phone.answer("1893247@10.0.0.5")
    phone.hang_up("1893247@10.0.0.5")
    assert seen == [
        "/servlet?key=number=%2B27721234567",
        "/servlet?key=ASW:1893247@10.0.0.5",
        "/servlet?key=CANCEL:1893247@10.0.0.5",
    ]


def test_a_snom_dials_with_basic(phone_server):
    address, seen = phone_server("basic")
    source("snom", address).dial("072 123 4567")
    assert seen == ["/command.htm?number=0721234567"]


def test_a_wrong_password_is_said_plainly(phone_server):
    address, seen = phone_server("digest")
    with pytest.raises(ControlError, match="refused the request: check the web user"):
        source("yealink", address, password="wrong").dial("0721234567")
    assert seen == []


def test_an_unreachable_phone_is_said_plainly(closed_port_url):
    address = closed_port_url.removeprefix("http://").split("/")[0]
    with pytest.raises(ControlError, match=f"The desk phone at {address} could not be reached"):
        source("yealink", address).dial("0721234567")


def test_what_a_phone_cannot_do_from_the_pc_is_said(phone_server):
    address, seen = phone_server("basic")
    with pytest.raises(ControlError, match="Grandstream phones cannot be told to dial"):
        source("grandstream", address).dial("0721234567")
    with pytest.raises(ControlError, match="Snom phones cannot answer"):
        source("snom", address).answer("abc")
    with pytest.raises(ControlError, match="Poly phones cannot end the call"):
        source("poly", address).hang_up("abc")
    with pytest.raises(ControlError, match="did not say which call"):
        source("yealink", address).answer("")
    with pytest.raises(ControlError, match="Set the desk phone's address"):
        source("yealink", "").dial("0721234567")
    assert seen == []
