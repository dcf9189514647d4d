"""Telling the desk phone what to do from the PC ("Action URI"): dial, and where the vendor
documents it, answer and hang up.

Yealink: `http://PHONE/servlet?key=number=NUMBER` dials; `key=ASW:CALLID` answers and
`key=CANCEL:CALLID` ends the call whose id the phone gave in its Action URL ($call_id)
(Administrator's Guide for SIP-T5 Series, "Action URI"). The phone must list the PC in
`features.action_uri_limit_ip` and asks "Allow remote control?" once. Snom:
`http://PHONE/command.htm?number=NUMBER`. Both take the phone's web user and password; newer
firmware asks for Digest, older for Basic: we answer what the phone's 401 asks for.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import quote

from agent_desktop.core.phones.source import ControlError
from agent_desktop.core.texts import Text, text_of

TIMEOUT = 5.0
_NAMES = {"yealink": "Yealink", "snom": "Snom", "grandstream": "Grandstream", "poly": "Poly"}


@dataclass(frozen=True)
class Phone:
    vendor: str
    address: str  # host or host:port of the phone's web server
    user: str
    password: Callable[[], str | None]  # read from the keyring when needed


def dial(phone: Phone, number: str) -> None:
    digits = "".join(ch for ch in number if ch.isdigit() or ch in "+*#")
    if not digits:
        raise ControlError(Text("control.no_number"))
    if phone.vendor == "yealink":
        _send(phone, f"/servlet?key=number={quote(digits, safe='')}")
    elif phone.vendor == "snom":
        _send(phone, f"/command.htm?number={quote(digits, safe='')}")
    else:
        raise ControlError(
            Text("control.vendor_cannot_dial", _NAMES.get(phone.vendor, phone.vendor))
        )


def answer(phone: Phone, call_id: str) -> None:
    _call_key(phone, "ASW", call_id, "answer")


def hang_up(phone: Phone, call_id: str) -> None:
    _call_key(phone, "CANCEL", call_id, "end the call")


def _call_key(phone: Phone, key: str, call_id: str, verb: str) -> None:
    """`verb` is "answer" or "end the call": it picks the sentence (codes control.*.answer and
    control.*.end_call)."""
    which = "answer" if verb == "answer" else "end_call"
    if phone.vendor != "yealink":
        raise ControlError(
            Text(f"control.vendor_cannot.{which}", _NAMES.get(phone.vendor, phone.vendor))
        )
    if not call_id:
        raise ControlError(Text(f"control.no_call_id.{which}"))
    _send(phone, f"/servlet?key={key}:{quote(call_id, safe='@.-_')}")


def _send(phone: Phone, path_and_query: str) -> None:
    import requests
    from requests.auth import HTTPBasicAuth, HTTPDigestAuth

    address = phone.address.strip()
    if not address:
        raise ControlError(Text("control.desk_no_address"))
    from agent_desktop.core.settings.secrets import KeyringUnavailable

    try:
        password = phone.password() or ""
    except KeyringUnavailable as exc:
        raise ControlError(Text("control.desk_password", text_of(exc))) from None
    url = f"http://{address}{path_and_query}"
    try:
        with requests.Session() as session:
            session.trust_env = False  # a PC's proxy must not carry the phone's password
            auth = HTTPBasicAuth(phone.user, password) if phone.user else None
            reply = session.get(url, auth=auth, timeout=TIMEOUT, allow_redirects=False)
            asked = reply.headers.get("WWW-Authenticate", "")
            if reply.status_code == 401 and phone.user and asked.lower().startswith("digest"):
                reply = session.get(
                    url,
                    auth=HTTPDigestAuth(phone.user, password),
                    timeout=TIMEOUT,
                    allow_redirects=False,
                )
    except requests.Timeout:
        raise ControlError(Text("control.desk_timeout", address)) from None
    except requests.RequestException:
        raise ControlError(Text("control.desk_unreachable", address)) from None
    if reply.status_code in (401, 403):
        raise ControlError(Text("control.desk_refused", address))
    if not 200 <= reply.status_code < 300:
        raise ControlError(Text("control.desk_http_error", address, reply.status_code))
