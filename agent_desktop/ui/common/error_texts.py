"""Errors in plain words, with the next step: the window picks the sentence per error class (the
core's messages stay English and technical — they are the details, shown on demand).

"SwitchTransact said: …" is reserved for the server's own words (the text of its JSON answer);
a connection that failed never puts words in its mouth.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from agent_desktop.core.api.errors import (
    ApiError,
    AuthError,
    NetworkError,
    NotFound,
    ProtocolError,
    RateLimited,
    ServerError,
    ValidationError,
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Errors", text)


@dataclass(frozen=True)
class PlainError:
    text: str  # the sentence for the agent, with the next step
    details: str = ""  # the technical message, for "Details" or a tooltip


def _kind_text(kind: str) -> str:
    """The sentence for each kind of failure (the outbox stores the kind with a failed entry);
    "" for a kind without one."""
    return {
        "network": _tr(
            "SwitchTransact can't be reached. Your logs are saved and will be sent when it is back."
        ),
        "server": _tr(
            "SwitchTransact has a problem right now. Your logs are saved and will be "
            "sent when it is working again."
        ),
        "rate_limited": _tr(
            "SwitchTransact is busy. Wait a moment and try again; your logs are "
            "saved and will be sent."
        ),
        "protocol": _tr(
            "The server address does not answer like SwitchTransact. Check the address in Settings."
        ),
        "auth": _tr("SwitchTransact did not accept the API key. Check the key in Settings."),
        "validation": _tr("SwitchTransact did not accept this. Correct it and send it again."),
        "not_found": _tr("SwitchTransact could not find this record. Search for it again."),
    }.get(kind, "")


_CLASSES = (
    (NetworkError, "network"),
    (RateLimited, "rate_limited"),
    (ServerError, "server"),
    (ProtocolError, "protocol"),
    (AuthError, "auth"),
    (ValidationError, "validation"),
    (NotFound, "not_found"),
)


_NO_WORDS = re.compile(r"it refused the data \(HTTP \d+\)")  # core's text when it gave none


def server_said(words: str) -> str:
    return _tr("SwitchTransact said: “%1”").replace("%1", words)


def plain_error(error: ApiError) -> PlainError:
    """The agent's sentence for an API error, its own message as the details."""
    details = str(error)
    said = getattr(error, "server_text", None)
    if isinstance(error, (ValidationError, AuthError)) and said:
        next_step = (
            _tr(
                "Check the API key in Settings; an administrator can check its "
                "permissions in SwitchTransact under API / Developers > API Keys."
            )
            if isinstance(error, AuthError)
            else _tr("Correct it and send it again.")
        )
        return PlainError(f"{server_said(said)} {next_step}", details)
    kind = next((k for cls, k in _CLASSES if isinstance(error, cls)), None)
    if kind is None:  # another ApiError: its message is already a sentence for the agent
        return PlainError(details or type(error).__name__)
    return PlainError(_kind_text(kind), details)


def plain_kind(kind: str | None, message: str) -> PlainError:
    """A stored failure (an outbox entry's last error and its kind) in plain words. Only a
    refusal (validation, auth) carries the server's words, quoted as such."""
    if kind in ("validation", "auth") and message:
        prefix = "SwitchTransact did not accept this: "
        words = message[len(prefix) :] if message.startswith(prefix) else ""
        if words and not _NO_WORDS.fullmatch(words):  # the server's own words follow
            return PlainError(server_said(words), message)
        return PlainError(message, "")
    text = _kind_text(kind or "")
    return PlainError(text, message) if text else PlainError(message, "")
