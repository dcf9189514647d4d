"""Turn SwitchTransact's answers (status, headers, body bytes) into typed results or ApiErrors.

Kept apart from the HTTP code so every odd answer can be fed in directly (and fuzzed). The API's
documentation is vague, so this is liberal in what it accepts (see shared/API-NOTES.md) and strict
about one thing: whatever comes in, only a result or an `ApiError` subclass comes out.
"""

from __future__ import annotations

import email.utils
import html
import json
import math
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field

from agent_desktop.core.api.errors import (
    AuthError,
    NetworkError,
    ProtocolError,
    RateLimited,
    ServerError,
    ValidationError,
)
from agent_desktop.core.api.models import Contact
from agent_desktop.core.json_shapes import JsonObject, is_list, is_object

EXCERPT_CHARS = 120
MAX_RETRY_AFTER = 3600.0  # a server asking for longer is asked again in an hour, not in 10^308 s
SERVER_TEXT_CHARS = 300
AUTH_FIX = (
    "Check the API key under Settings; an administrator can check its permissions in "
    "SwitchTransact under API / Developers > API Keys."
)
_AUTH_WORDS = re.compile(
    r"authori[sz]|permission|forbidden|access denied|api[ _-]?key|token|credential", re.I
)
_TAG = re.compile(r"<(script|style)\b.*?</\1\s*>|<!--.*?-->|<[^>]*>", re.I | re.S)
_SPACE = re.compile(r"\s+")
_FALSE = (False, 0, "false", "0", "no", "")


class RedirectError(ProtocolError):
    """The server answered with a redirect; the client never follows one (the key stays put)."""

    def __init__(self, message: str, location: str = "") -> None:
        super().__init__(message, excerpt=location)
        self.location = location


@dataclass(frozen=True)
class RawResponse:
    status: int
    body: bytes = b""
    # Keys compared case-insensitively.
    headers: Mapping[str, str] = field(default_factory=dict[str, str])
    host: str = "SwitchTransact"
    secret: str = field(default="", repr=False)  # the API key: scrubbed from server text

    def header(self, name: str) -> str | None:
        for key, value in self.headers.items():
            if str(key).lower() == name.lower():
                return str(value)
        return None


def _scrub(text: str, secret: str) -> str:
    return text.replace(secret, "[hidden]") if secret else text


def excerpt(body: bytes | str, secret: str = "", limit: int = EXCERPT_CHARS) -> str:
    """A short one-line taste of a body: tags stripped, whitespace collapsed, at most `limit`."""
    text = body.decode("utf-8", "replace") if isinstance(body, bytes) else str(body)
    text = _TAG.sub(" ", text[:20000])
    text = _SPACE.sub(" ", html.unescape(text)).strip()
    text = "".join(ch if ch.isprintable() else "?" for ch in _scrub(text, secret))
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def parse_retry_after(value: str | None, now: float | None = None) -> float | None:
    """Retry-After as seconds (a number or an HTTP date), at most MAX_RETRY_AFTER; None when
    absent or unreadable."""
    if value is None or not value.strip():
        return None
    value = value.strip()
    try:
        seconds = float(value)
    except ValueError:
        try:
            when = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when.tzinfo is None:
            return None
        seconds = when.timestamp() - (time.time() if now is None else now)
    if not math.isfinite(seconds):
        return None
    return min(max(0.0, seconds), MAX_RETRY_AFTER)


def wait_in_words(seconds: float) -> str:
    """ "in 30 seconds", "in about 10 minutes", "in about an hour": for a person, not a timer."""
    whole = max(1, math.ceil(seconds))
    if whole < 60:
        return f"in {whole} second{'s' if whole != 1 else ''}"
    minutes = round(whole / 60)
    if minutes <= 1:
        return "in about a minute"
    if minutes < 55:
        return f"in about {minutes} minutes"
    return "in about an hour"


def _json(resp: RawResponse) -> object:
    """The body as JSON, or ProtocolError with a short excerpt."""
    if not resp.body.strip():
        raise ProtocolError(f"{resp.host} sent an empty answer where data was expected.")
    try:
        return json.loads(resp.body)
    except (ValueError, RecursionError):
        taste = excerpt(resp.body, resp.secret)
        raise ProtocolError(
            f"{resp.host} sent something that is not SwitchTransact data: \u201c{taste}\u201d",
            excerpt=taste,
        ) from None


def _server_text(resp: RawResponse) -> str | None:
    """The server's own words (`error` or `message` in a JSON body), if any."""
    try:
        data: object = json.loads(resp.body) if resp.body.strip() else None
    except (ValueError, RecursionError):
        return None
    if is_object(data):
        for key in ("error", "message", "detail", "errors"):
            text = _text(data.get(key))
            if text:
                return text
    return None


def _text(value: object) -> str | None:
    if isinstance(value, str):
        text = value
    elif is_list(value) and value and all(isinstance(v, str) for v in value):
        text = " ".join(str(v) for v in value)
    else:
        return None
    text = _SPACE.sub(" ", text).strip()
    return text[:SERVER_TEXT_CHARS] or None


def _auth_error(text: str | None, status: int | None, secret: str) -> AuthError:
    if text:
        text = _scrub(text, secret)
        return AuthError(f"SwitchTransact refused the request: \u201c{text}\u201d {AUTH_FIX}", text)
    code = f" (HTTP {status})" if status else ""
    return AuthError(f"SwitchTransact did not accept the API key{code}. {AUTH_FIX}")


def check_status(resp: RawResponse) -> None:
    """Raise the typed error for any status that is not a success."""
    status = resp.status
    if 200 <= status < 300:
        return
    text = _server_text(resp)
    if 300 <= status < 400:
        location = redirect_target(resp.header("Location"))
        where = f" to {location}" if location else ""
        raise RedirectError(
            f"{resp.host} redirected the request{where} instead of answering; "
            "check the base URL under Settings.",
            location,
        )
    if status in (401, 403):
        raise _auth_error(text, status, resp.secret)
    if status == 407:
        raise NetworkError(
            "The network's proxy asks for a login (HTTP 407); ask IT to let "
            "this computer through to SwitchTransact."
        )
    if status == 429:
        retry = parse_retry_after(resp.header("Retry-After"))
        wait = f" Try again {wait_in_words(retry)}." if retry is not None else ""
        raise RateLimited(f"SwitchTransact is busy (too many requests).{wait}", retry)
    if status in (400, 422):
        said = _scrub(text, resp.secret) if text else None
        words = said or f"it refused the data (HTTP {status})"
        raise ValidationError(f"SwitchTransact did not accept this: {words}", said)
    if status >= 500:
        raise ServerError(f"SwitchTransact had a problem (HTTP {status}); try again later.", status)
    raise ServerError(
        f"{resp.host} answered HTTP {status}; check the base URL under Settings.", status
    )


def redirect_target(location: str | None) -> str:
    """Where a redirect pointed, without query or credentials, for the message."""
    if not location:
        return ""
    target = location.strip().split("?", 1)[0].split("#", 1)[0]
    target = re.sub(r"//[^/@]*@", "//", target)  # drop user:password@
    return excerpt(target, limit=EXCERPT_CHARS)


def _object(resp: RawResponse) -> JsonObject:
    check_status(resp)
    data = _json(resp)
    if not is_object(data):
        kind = type(data).__name__ if data is not None else "null"
        raise ProtocolError(
            f"{resp.host} sent an unexpected answer (a JSON {kind}, not an object).",
            excerpt=excerpt(resp.body, resp.secret),
        )
    return data


def _refused(data: Mapping[str, object], resp: RawResponse) -> bool:
    """True when `status` is false; raises the error it carries, if any."""
    status = data.get("status")
    if isinstance(status, str):
        status = status.strip().lower()
    error = _text(data.get("error"))
    # `status: false` is a refusal; so is an `error` with no status at all (create echoes its
    # body without a status, so a bare `error` there can only mean it failed).
    failed = ("status" in data and status in _FALSE) or ("status" not in data and bool(error))
    text = error or (_text(data.get("message")) if failed else None)
    if failed and text:
        if _AUTH_WORDS.search(text):
            raise _auth_error(text, None, resp.secret)
        said = _scrub(text, resp.secret)
        raise ValidationError(f"SwitchTransact did not accept this: {said}", said)
    return failed


def _contacts(value: object, resp: RawResponse) -> list[Contact]:
    """A contact object or a list of them; bad list entries are skipped, a bad lone one is not."""
    if is_object(value):
        try:
            return [Contact.from_api(value)]
        except ValueError:
            raise ProtocolError(f"{resp.host} sent a contact without an id.") from None
    if not is_list(value):
        raise ProtocolError(f"{resp.host} sent contacts in a form this app does not know.")
    found: dict[str, Contact] = {}
    for item in value:
        if is_object(item):
            try:
                contact = Contact.from_api(item)
            except ValueError:
                continue
            found.setdefault(contact.id, contact)
    if value and not found:
        raise ProtocolError(f"{resp.host} sent contacts without ids.")
    return list(found.values())


def _contact_field(data: Mapping[str, object]) -> object:
    for key in ("contacts", "contact"):
        if data.get(key) is not None:
            return data[key]
    return None


def read_contacts(resp: RawResponse) -> list[Contact]:
    """Autocomplete: `contact` object, `contact` list or `contacts` list; not found = []."""
    data = _object(resp)
    if _refused(data, resp):
        return []
    value = _contact_field(data)
    if value is None:
        if "status" in data:
            return []  # `status: true` and nothing else: nothing found
        raise ProtocolError(f"{resp.host} sent an answer without contacts or a status.")
    return _contacts(value, resp)


def read_record(resp: RawResponse) -> Contact | None:
    """Lookup by phone/email: the contact, or None when SwitchTransact has none."""
    contacts = read_contacts(resp)
    return contacts[0] if contacts else None


def read_ack(resp: RawResponse, what: str) -> None:
    """Create/log: success unless `status` is false (with or without a reason)."""
    data = _object(resp)
    if _refused(data, resp):
        raise ValidationError(f"SwitchTransact did not accept the {what} and gave no reason.")


__all__ = [
    "AUTH_FIX",
    "RawResponse",
    "RedirectError",
    "check_status",
    "excerpt",
    "parse_retry_after",
    "read_ack",
    "read_contacts",
    "read_record",
    "redirect_target",
    "wait_in_words",
]
