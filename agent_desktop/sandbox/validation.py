"""Checks the sandbox applies to create and call-log bodies, stricter than the real API probably
is, so a client that sends a wrong format finds out here and not in production."""

from __future__ import annotations

import re
from datetime import datetime

CALL_TYPES = ("Inbound", "Outbound", "Missed", "Notanswered")
CALL_DIRECTIONS = ("Inbound", "Outbound")
LOG_FIELDS = (
    "CallType",
    "CallDirection",
    "Number",
    "Name",
    "EntityId",
    "EntityType",
    "AgentFirstName",
    "AgentLastName",
    "AgentEmail",
    "Duration",
    "DurationTimespan",
    "DateTime",
    "CallStartTimeLocal",
    "CallEndTimeLocal",
)
CREATE_FIELDS = ("firstname", "lastname", "phone")

# [0-9], not \d: \d would accept Arabic-Indic and other digits.
_DURATION = re.compile(r"[0-9]{2,}:[0-5][0-9]:[0-5][0-9]")  # hours keep counting past 24
_CLOCK = re.compile(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]")
_DATETIME = re.compile(r"[0-9]{2}-[0-9]{2}-[0-9]{2} [0-9]{2}:[0-9]{2}:[0-9]{2}")


def validate_create(body: object) -> str | None:
    """None when the create body is acceptable, else a message naming the field."""
    if not isinstance(body, dict):
        return "The body must be a JSON object with firstname, lastname and phone."
    problems = [
        f"{name} is required and must be text."
        for name in CREATE_FIELDS
        if not isinstance(body.get(name), str)
    ]
    if not problems and not body["phone"].strip():
        problems.append("phone must not be empty.")
    return " ".join(problems) or None


def validate_log(body: object) -> str | None:
    """None when the call-log body is acceptable, else every problem, each naming its field."""
    if not isinstance(body, dict):
        return "The body must be a JSON object with the call-log fields."
    missing = [name for name in LOG_FIELDS if name not in body]
    plural = "s" if len(missing) > 1 else ""
    problems = [f"Missing field{plural}: {', '.join(missing)}."] if missing else []
    problems += [
        f"{name} must be text."
        for name in LOG_FIELDS
        if name in body and not isinstance(body[name], str)
    ]
    if problems:
        return " ".join(problems)
    checks = (
        ("CallType", body["CallType"] in CALL_TYPES, f"one of {', '.join(CALL_TYPES)}"),
        (
            "CallDirection",
            body["CallDirection"] in CALL_DIRECTIONS,
            f"one of {', '.join(CALL_DIRECTIONS)}",
        ),
        ("Number", bool(body["Number"].strip()), "a phone number, not empty"),
        (
            "AgentEmail",
            not body["AgentEmail"] or "@" in body["AgentEmail"],
            "an e-mail address or empty",
        ),
        ("Duration", _DURATION.fullmatch(body["Duration"]), "hh:mm:ss"),
        ("DurationTimespan", _DURATION.fullmatch(body["DurationTimespan"]), "hh:mm:ss"),
        ("DateTime", _valid_datetime(body["DateTime"]), "dd-mm-yy hh:mm:ss, a real date"),
        ("CallStartTimeLocal", _CLOCK.fullmatch(body["CallStartTimeLocal"]), "hh:mm:ss"),
        ("CallEndTimeLocal", _CLOCK.fullmatch(body["CallEndTimeLocal"]), "hh:mm:ss"),
    )
    problems = [
        f"{name} must be {expected} (got {_excerpt(body[name])})."
        for name, ok, expected in checks
        if not ok
    ]
    return " ".join(problems) or None


def _excerpt(value: str) -> str:
    return repr(value if len(value) <= 40 else value[:40] + "…")


def _valid_datetime(text: str) -> bool:
    if not _DATETIME.fullmatch(text):
        return False
    try:
        datetime.strptime(text, "%d-%m-%y %H:%M:%S")
    except ValueError:  # 31-02-24, 25:00:00 ...
        return False
    return True
