"""Bria's Desktop API messages: HTTP-like text with an XML body, one per WebSocket message.

As CounterPath publishes it ("Bria Desktop API Developer Guide", R12 for Bria 5, shipped in
github.com/CounterPath/DesktopAPI_1.2_Javascript_Sample as LICENSE.md/Bria_Desktop_API_R12.pdf,
and that repository's bria_api_js_sample.js):

- a request: `GET /status` (or /answer, /endCall, /call), then `User-Agent:`, `Transaction-ID:`,
  `Content-Type: application/xml`, `Content-Length:` lines, an empty line and the XML body;
- a response: `HTTP/1.1 200 OK` (400 Bad Request, 503 Service Unavailable) with the request's
  Transaction-ID and an XML body for status requests;
- an event: `POST /statusChange` with `<event type="call"/>` (also phone, callHistory,
  missedCall, …); the client then asks `GET /status` with `<status><type>call</type></status>`;
- the answer to that: `<status type="call">` with one `<call>` per existing call: `<id>`,
  `<holdStatus>`, `<participants>` of `<participant>` with `<number>`, `<displayName>`,
  `<state>` (ringing, connecting, connected, failed, ended) and `<timeInitiated>`.

Nothing here touches a socket; bria.py does.
"""

from __future__ import annotations

import enum
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from xml.sax.saxutils import escape

USER_AGENT = "Agent Desktop"
_DECLARATION = '<?xml version="1.0" encoding="utf-8" ?>\r\n'


class Kind(enum.Enum):
    RESPONSE = "response"  # HTTP/1.1 <code> …
    EVENT = "event"  # POST /statusChange
    OTHER = "other"  # anything else: ignored


@dataclass(frozen=True)
class Message:
    kind: Kind
    code: int = 0  # a response's status code
    reason: str = ""  # its reason phrase ("Service Unavailable")
    transaction: str = ""
    event: str = ""  # a statusChange's type ("call")
    body: str = ""


@dataclass(frozen=True)
class Participant:
    number: str
    name: str
    state: str  # ringing, connecting, connected, failed, ended


@dataclass(frozen=True)
class BriaCall:
    id: str
    hold: str  # offHold, localHold, remoteHold
    participants: tuple[Participant, ...]

    @property
    def far(self) -> Participant | None:
        """The other party (the first, for a conference Bria's own UI made)."""
        return self.participants[0] if self.participants else None


class BadMessage(ValueError):
    """A body that is not the XML the guide shows."""


def request(path: str, transaction: str, body: str = "") -> str:
    """`GET /<path>` with the headers every request carries, and `body` (XML, without the
    declaration) when given."""
    content = _DECLARATION + body if body else ""
    head = (
        f"GET /{path}\r\nUser-Agent: {USER_AGENT}\r\nTransaction-ID: {transaction}\r\n"
        f"Content-Type: application/xml\r\nContent-Length: {len(content.encode('utf-8'))}"
    )
    return f"{head}\r\n\r\n{content}" if content else head


def status_request(transaction: str, status_type: str = "call") -> str:
    return request(
        "status", transaction, f"<status>\r\n <type>{escape(status_type)}</type>\r\n</status>"
    )


def answer_request(transaction: str, call_id: str) -> str:
    return request(
        "answer",
        transaction,
        f"<answerCall>\r\n <callId>{escape(call_id)}</callId>\r\n</answerCall>",
    )


def end_call_request(transaction: str, call_id: str) -> str:
    return request(
        "endCall", transaction, f"<endCall>\r\n <callId>{escape(call_id)}</callId>\r\n</endCall>"
    )


def dial_request(transaction: str, number: str) -> str:
    """An audio call to `number`, Bria's main window left where it is."""
    return request(
        "call",
        transaction,
        f'<dial type="audio">\r\n <number>{escape(number)}</number>\r\n'
        " <suppressMainWindow>true</suppressMainWindow>\r\n</dial>",
    )


def parse(text: str) -> Message:
    """One message from Bria. Headers end at the first empty line or at the first line that
    starts the XML (the guide's examples have both)."""
    lines = text.replace("\r\n", "\n").split("\n")
    first = lines[0].strip()
    headers: dict[str, str] = {}
    index = 1
    while index < len(lines):
        line = lines[index]
        if not line.strip() or line.lstrip().startswith("<"):
            break
        name, sep, value = line.partition(":")
        if sep:
            headers[name.strip().lower()] = value.strip()
        index += 1
    body = "\n".join(lines[index:]).strip()
    transaction = headers.get("transaction-id", "")
    if first.startswith("HTTP/"):
        parts = first.split(None, 2)
        if len(parts) >= 2 and parts[1].isdigit():
            return Message(
                Kind.RESPONSE,
                int(parts[1]),
                parts[2] if len(parts) > 2 else "",
                transaction,
                body=body,
            )
        return Message(Kind.OTHER, body=body)
    method, _, path = first.partition(" ")
    if method == "POST" and path.strip().startswith("/statusChange"):
        event = ""
        if body:
            root = _xml(body)
            if root.tag == "event":
                event = (root.get("type") or "").strip()
        return Message(Kind.EVENT, transaction=transaction, event=event, body=body)
    return Message(Kind.OTHER, body=body)


def status_type(body: str) -> str:
    """The type of a status response (`<status type="call">` → "call"); "" if not one."""
    if not body:
        return ""
    root = _xml(body)
    return (root.get("type") or "").strip() if root.tag == "status" else ""


def parse_calls(body: str) -> list[BriaCall]:
    """The calls of a `<status type="call">` body ("the <call> will be empty" when none)."""
    root = _xml(body)
    if root.tag != "status" or root.get("type") != "call":
        raise BadMessage("not a call status")
    calls: list[BriaCall] = []
    for call in root.iter("call"):
        call_id = _text(call, "id")
        if not call_id:
            continue  # the empty <call/> of "no calls", or one Bria did not name
        people = call.find("participants")
        participants = tuple(
            Participant(_text(p, "number"), _text(p, "displayName"), _text(p, "state"))
            for p in (people.iter("participant") if people is not None else ())
        )
        calls.append(BriaCall(call_id, _text(call, "holdStatus"), participants))
    return calls


def _xml(body: str) -> ET.Element:
    try:
        return ET.fromstring(body.encode("utf-8"))
    except ET.ParseError as exc:
        raise BadMessage(f"not XML ({exc})") from None


def _text(element: ET.Element, tag: str) -> str:
    found = element.find(tag)
    return (found.text or "").strip() if found is not None else ""
