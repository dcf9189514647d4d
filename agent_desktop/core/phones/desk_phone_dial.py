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
        raise ControlError("There is no number to dial.")
    if phone.vendor == "yealink":
        _send(phone, f"/servlet?key=number={quote(digits, safe='')}")
    elif phone.vendor == "snom":
        _send(phone, f"/command.htm?number={quote(digits, safe='')}")
    else:
        raise ControlError(f"{_NAMES.get(phone.vendor, phone.vendor)} phones cannot be told to "
                           "dial from this computer: dial on the phone.")


def answer(phone: Phone, call_id: str) -> None:
    _call_key(phone, "ASW", call_id, "answer")


def hang_up(phone: Phone, call_id: str) -> None:
    _call_key(phone, "CANCEL", call_id, "end the call")


def _call_key(phone: Phone, key: str, call_id: str, verb: str) -> None:
    if phone.vendor != "yealink":
        raise ControlError(f"{_NAMES.get(phone.vendor, phone.vendor)} phones cannot {verb} "
                           "from this computer: use the phone.")
    if not call_id:
        raise ControlError(f"The phone did not say which call this is, so it cannot {verb} "
                           "from this computer: use the phone.")
    _send(phone, f"/servlet?key={key}:{quote(call_id, safe='@.-_')}")


def _send(phone: Phone, path_and_query: str) -> None:
    import requests
    from requests.auth import HTTPBasicAuth, HTTPDigestAuth

    address = phone.address.strip()
    if not address:
        raise ControlError("Set the desk phone's address in Settings → Phone to use it from "
                           "this computer.")
    from agent_desktop.core.secrets import KeyringUnavailable

    try:
        password = phone.password() or ""
    except KeyringUnavailable as exc:
        raise ControlError(f"The desk phone's password cannot be read: {exc}") from None
    url = f"http://{address}{path_and_query}"
    where = f"The desk phone at {address}"
    try:
        with requests.Session() as session:
            session.trust_env = False  # a PC's proxy must not carry the phone's password
            auth = HTTPBasicAuth(phone.user, password) if phone.user else None
            reply = session.get(url, auth=auth, timeout=TIMEOUT, allow_redirects=False)
            asked = reply.headers.get("WWW-Authenticate", "")
            if reply.status_code == 401 and phone.user and asked.lower().startswith("digest"):
                reply = session.get(url, auth=HTTPDigestAuth(phone.user, password),
                                    timeout=TIMEOUT, allow_redirects=False)
    except requests.Timeout:
        raise ControlError(f"{where} did not answer in time. Is it on and on the "
                           "network?") from None
    except requests.RequestException:
        raise ControlError(f"{where} could not be reached. Check its address in Settings → "
                           "Phone, and that it is on.") from None
    if reply.status_code in (401, 403):
        raise ControlError(f"{where} refused the request: check the web user and password in "
                           "Settings → Phone, and that the phone allows this computer to "
                           "control it (Yealink: Action URI Allow IP List).")
    if not 200 <= reply.status_code < 300:
        raise ControlError(f"{where} answered with an error (HTTP {reply.status_code}).")
