"""What each desk phone vendor's Action URL request means, as a call event.

Our URL layout carries the vendor and the event in the path and the phone's variables in the
query: `/yealink/incoming?token=T&id=$call_id&remote=$remote&name=$display_remote`. The events
are the vendors' own (one URL per event, set in the phone's configuration; see
desk_phone_setup.py for the lines to paste); Poly posts an XML document instead.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime

from agent_desktop.core.calls.events import BadEvent, CallEvent, EventKind
from agent_desktop.core.phones.desk_phone.request import PhoneRequest


class UnknownEvent(ValueError):
    """A request of ours whose vendor or event we do not know; the message says which."""


@dataclass(frozen=True)
class VendorEvent:
    """One event a vendor's phone sends: the path segment in our URL, its call-model kind, and
    the vendor's name for it (config key or web field)."""

    path: str
    kind: EventKind
    vendor_key: str


# incoming → ring, outgoing → the far end rings, established → answer, terminated → end,
# missed / remote-cancelled → end before an answer (the call model makes it Missed),
# answer_new_incoming_call → the waiting call answered (its own call id).
YEALINK = (
    VendorEvent("incoming", EventKind.RING, "action_url.incoming_call"),
    VendorEvent("outgoing", EventKind.OUTGOING, "action_url.outgoing_call"),
    VendorEvent("established", EventKind.ANSWER, "action_url.call_established"),
    VendorEvent("waiting-answered", EventKind.ANSWER, "action_url.answer_new_incoming_call"),
    VendorEvent("terminated", EventKind.END, "action_url.call_terminated"),
    VendorEvent("cancelled", EventKind.END, "action_url.call_remote_canceled"),
    VendorEvent("missed", EventKind.END, "action_url.missed_call"),
)
SNOM = (
    VendorEvent("incoming", EventKind.RING, "action_incoming_url"),
    VendorEvent("outgoing", EventKind.OUTGOING, "action_outgoing_url"),
    VendorEvent("connected", EventKind.ANSWER, "action_connected_url"),
    VendorEvent("disconnected", EventKind.END, "action_disconnected_url"),
    VendorEvent("missed", EventKind.END, "action_missed_url"),
)
GRANDSTREAM = (  # web UI: Settings → Outbound Notification → Action URL
    VendorEvent("incoming", EventKind.RING, "Incoming Call"),
    VendorEvent("outgoing", EventKind.OUTGOING, "Outgoing Call"),
    VendorEvent("established", EventKind.ANSWER, "Established Call"),
    VendorEvent("terminated", EventKind.END, "Terminated Call"),
    VendorEvent("missed", EventKind.END, "Missed Call"),
)
EVENTS: dict[str, tuple[VendorEvent, ...]] = {
    "yealink": YEALINK,
    "snom": SNOM,
    "grandstream": GRANDSTREAM,
}
# Phones that copy Yealink's Action URLs (same variables, same events).
ALIASES = {"akuvox": "yealink", "htek": "yealink", "fanvil": "yealink", "clearlyip": "yealink"}
# The query each vendor's URLs carry (after the token): its own variable names.
QUERIES = {
    "yealink": "id=$call_id&remote=$remote&name=$display_remote",
    "snom": "id=$call-id&remote=$remote&name=$display_remote",
    "grandstream": "remote=$remote&name=$display_remote",  # no call id: matched by number
}


def event_of(request: PhoneRequest, at: datetime) -> CallEvent | None:
    """The call event this request reports; None for a vendor event that changes no call (a
    Poly call put on hold). Raises UnknownEvent, or BadEvent for a number that is not one."""
    if not request.path:
        raise UnknownEvent("no vendor in the path")
    vendor = ALIASES.get(request.path[0], request.path[0])
    if vendor == "poly":
        return poly_event(request.body, at)
    events = EVENTS.get(vendor)
    if events is None:
        raise UnknownEvent(f"unknown vendor {_shown(request.path[0])}")
    name = request.path[1] if len(request.path) > 1 else ""
    found = next((e for e in events if e.path == name), None)
    if found is None:
        raise UnknownEvent(f"unknown {vendor} event {_shown(name)}")
    number = number_of(request.query.get("remote", ""))
    return CallEvent(found.kind, number, request.query.get("id", ""), at=at)


def number_of(remote: str) -> str:
    """The number in what a phone calls the remote party: `sip:0721234567@pbx.example`,
    `<sips:+27721234567@pbx;user=phone>`, `tel:0721234567`, or plain digits."""
    text = remote.strip().strip("<>").strip()
    scheme, sep, rest = text.partition(":")
    if sep and scheme.lower() in ("sip", "sips", "tel"):
        text = rest
    text = text.split("@", 1)[0].split(";", 1)[0]
    plain = re.sub(r"[\s\-.()/]", "", text)
    return plain if re.fullmatch(r"\+?[0-9*#]+", plain) else text.strip()


def _shown(text: str) -> str:
    """A name from a request, safe for one log line."""
    return repr(text[:40].encode("ascii", "backslashreplace").decode())


# --- Poly: an XML POST -----------------------------------------------------------------------
# Poly's "Web Application Developer's Guide" (UC Software 5.0.0, 3725-49106-001 Rev A, tables
# 17-24) documents IncomingCallEvent, OutgoingCallEvent and CallStateChangeEvent, posted to
# apps.telNotification.URL; older firmware (SIP 3.1) wraps them in <PolycomIPPhone>. Our setup
# turns on the call state change event only: it carries the call reference and both parties.

_POLY_STATES = {
    "offering": EventKind.RING,
    "setup": EventKind.OUTGOING,
    "ringback": EventKind.OUTGOING,
    "connected": EventKind.ANSWER,
    "disconnected": EventKind.END,
    "free": EventKind.END,
}


def poly_event(body: bytes, at: datetime) -> CallEvent | None:
    if b"<!" in body:  # no DOCTYPE or entities: a phone's event has none
        raise UnknownEvent("the Poly document declares a DOCTYPE or entities")
    try:
        root = ET.fromstring(body)
    except ET.ParseError:
        raise UnknownEvent("the Poly document is not XML") from None
    event = root[0] if root.tag == "PolycomIPPhone" and len(root) else root
    if event.tag == "IncomingCallEvent":
        return CallEvent(EventKind.RING, number_of(_text(event, "CallingPartyNumber")), at=at)
    if event.tag == "OutgoingCallEvent":
        return CallEvent(EventKind.OUTGOING, number_of(_text(event, "CalledPartyNumber")), at=at)
    if event.tag != "CallStateChangeEvent":
        raise UnknownEvent(f"unknown Poly event {_shown(event.tag)}")
    reference = event.get("CallReference", "").strip()
    state = (event.get("CallState") or "").strip().lower()
    info = _call_info(event, reference)
    if not state and info is not None:
        state = (_text(info, "CallState") or "").lower()
    kind = _POLY_STATES.get(state)
    if kind is None:
        return None  # dial tone, hold, held, conference: the call model needs none of them
    outgoing = info is not None and _text(info, "CallType").lower() == "outgoing"
    party = "CalledPartyDirNum" if outgoing else "CallingPartyDirNum"
    number = number_of(_text(info, party) if info is not None else "")
    call_id = f"poly-{reference}" if reference else ""
    return CallEvent(kind, number, call_id, at=at)


def _call_info(event: ET.Element, reference: str) -> ET.Element | None:
    infos = event.findall("./CallLineInfo/CallInfo")
    for info in infos:
        if reference and _text(info, "CallReference") == reference:
            return info
    return infos[0] if infos else None


def _text(element: ET.Element, tag: str) -> str:
    found = element.find(tag)
    return (found.text or "").strip() if found is not None else ""


__all__ = ["ALIASES", "EVENTS", "QUERIES", "BadEvent", "UnknownEvent", "event_of", "number_of"]
