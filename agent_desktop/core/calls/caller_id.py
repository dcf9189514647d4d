"""A softphone's caller id reduced to the number in it, in ASCII digits.

Softphones and PBXs hand over what their SIP stack holds: a bare number, a `sip:`/`tel:` URI, or
a SIP name-addr (`"James" <sip:0721234567@pbx>;tag=1`); some write digits in the user's script
(Arabic-Indic ٠٧٢١…, Persian, full-width). Everything after this module sees the number only, and
only 0-9: the lookup, the call book and the call log's `Number`.

Light on purpose (no phonenumbers): the `call` command imports it on its way to the socket.
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote

SCHEMES = ("tel", "callto", "sip", "sips")
DIALABLE = re.compile(r"^\+?[0-9*#]+$")
VISUAL_SEPARATORS = " -.()/\u00a0"
# `"Display name" <uri>` or `Display name <uri>` or `<uri>`, parameters after it ignored.
_NAME_ADDR = re.compile(r'^\s*(?:"(?:[^"\\]|\\.)*"|[^<>"]*?)\s*<([^<>]+)>(?:\s*;.*)?\s*$')


def ascii_digits(text: str) -> str:
    """`text` with every Unicode decimal digit as its ASCII digit (٠٧٢ -> 072)."""
    if text.isascii():
        return text
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() else ch for ch in text)


def parse_dial_uri(text: str) -> str | None:
    """The number in tel:+27 72…, callto://0721…, sip:0721234567@pbx; None when `text` is not
    such a link or holds no number."""
    text = text.strip()
    scheme, sep, rest = text.partition(":")
    if not sep or scheme.lower() not in SCHEMES:
        return None
    rest = ascii_digits(unquote(rest)).lstrip("/")
    if scheme.lower() in ("sip", "sips"):
        rest = rest.split("@", 1)[0]
    rest = rest.split(";", 1)[0].split("?", 1)[0]  # tel: parameters, URI queries
    number = "".join(ch for ch in rest if ch not in VISUAL_SEPARATORS)
    return number if number and DIALABLE.match(number) else None


def caller_number(text: str) -> str:
    """The number a caller id names, digits in ASCII; a text that is no URI or name-addr with a
    number in it is kept as given (stripped), digits in ASCII."""
    text = text.strip()
    match = _NAME_ADDR.match(text)
    inside = parse_dial_uri(match.group(1) if match else text)
    return inside if inside is not None else ascii_digits(text)
