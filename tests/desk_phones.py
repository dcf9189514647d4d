"""Playing a desk phone in tests: its Action URL filled in as the phone fills it (variables as
plain text, not URL-encoded) and sent over a raw socket from a chosen source address, and Poly's
documents as its developer's guide shows them.

The URLs come from desk_phone_setup.setup_lines, the lines `agent-desktop phone setup` prints
(the README's recipes): what is tested is what an admin pastes.
"""

from __future__ import annotations

import socket

from agent_desktop.core.phones.desk_phone.setup import setup_lines

TOKEN = "test-token-Qx7pW2vLr9KmZ3nB"

# What the phone substitutes: longest names first ($display_remote before $remote).
VARIABLES = ("$display_remote", "$call_id", "$call-id", "$remote")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def vendor_urls(vendor: str, port: int, token: str = TOKEN) -> dict[str, str]:
    """{vendor's key or field: URL} from the setup lines, for `vendor` on 127.0.0.1:port."""
    urls: dict[str, str] = {}
    for line in setup_lines(vendor, "127.0.0.1", port, token):
        key, sep, url = line.partition(" = " if vendor == "yealink" else ": ")
        if sep and url.startswith("http://"):
            urls[key] = url
    return urls


def fill(url: str, values: dict[str, str]) -> str:
    for name in VARIABLES:
        url = url.replace(name, values.get(name, ""))
    return url


def send_raw(port: int, data: bytes, source: str = "127.0.0.1", timeout: float = 5.0) -> bytes:
    """Send `data` from `source` (127.0.0.2 plays another machine) and read the whole reply."""
    with socket.socket() as sock:
        sock.settimeout(timeout)
        sock.bind((source, 0))
        sock.connect(("127.0.0.1", port))
        try:
            sock.sendall(data)
            reply = b""
            while chunk := sock.recv(4096):
                reply += chunk
        except (ConnectionResetError, BrokenPipeError):
            return reply if "reply" in locals() else b""
    return reply


def phone_get(
    url: str,
    values: dict[str, str],
    *,
    source: str = "127.0.0.1",
    encoding: str = "utf-8",
    agent: str = "Yealink SIP-T46U 108.86.0.45",
) -> int:
    """GET the filled-in URL as the phone does; the HTTP status (0: no answer)."""
    filled = fill(url, values)
    rest = filled.removeprefix("http://")
    host, _, target = rest.partition("/")
    port = int(host.rsplit(":", 1)[1])
    request = (
        f"GET /{target} HTTP/1.1\r\nHost: {host}\r\nUser-Agent: {agent}\r\n"
        "Connection: close\r\n\r\n"
    ).encode(encoding)
    return status_of(send_raw(port, request, source))


def phone_post(url: str, body: bytes, *, source: str = "127.0.0.1") -> int:
    rest = url.removeprefix("http://")
    host, _, target = rest.partition("/")
    port = int(host.rsplit(":", 1)[1])
    request = (
        f"POST /{target} HTTP/1.1\r\nHost: {host}\r\nContent-Type: application/x-"
        f"com-polycom-spipx\r\nContent-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    return status_of(send_raw(port, request, source))


def status_of(reply: bytes) -> int:
    parts = reply.split(b" ", 2)
    return int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else 0


# Poly's CallStateChangeEvent as the "Web Application Developer's Guide for Polycom Phones, UC
# Software 5.0.0" (3725-49106-001 Rev A, table 24) lays it out, wrapped in <PolycomIPPhone> as
# the SIP 3.1 Developer's Guide shows its events; values as in its examples.
def poly_state(
    state: str,
    reference: str,
    calling: str,
    called: str = "20300",
    call_type: str = "Incoming",
    calling_name: str = "",
) -> bytes:
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<PolycomIPPhone>
<CallStateChangeEvent CallReference="{reference}" CallState="{state}">
<PhoneIP>172.24.132.135</PhoneIP>
<MACAddress>0004f214b89e</MACAddress>
<LineNumber>1</LineNumber>
<TimeStamp>2008-07-11T13:19:53-08:00</TimeStamp>
<CallLineInfo>
<LineKeyNum>1</LineKeyNum>
<LineDirNum>20300</LineDirNum>
<LineState>Active</LineState>
<CallInfo>
<CallState>{state}</CallState>
<CallType>{call_type}</CallType>
<UIAppearanceIndex>1*</UIAppearanceIndex>
<CalledPartyName>20300</CalledPartyName>
<CalledPartyDirNum>{called}</CalledPartyDirNum>
<CallingPartyName>{calling_name}</CallingPartyName>
<CallingPartyDirNum>{calling}</CallingPartyDirNum>
<CallReference>{reference}</CallReference>
<CallDuration>0</CallDuration>
</CallInfo>
</CallLineInfo>
</CallStateChangeEvent>
</PolycomIPPhone>""".encode()
