"""The fields an agent may correct in a refused entry, with the format each must have.

The formats are the API's documented ones (the same the app writes); a hint names the problem
before the entry goes back to SwitchTransact, whose own message is shown above the form.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from agent_desktop.core.calls.log import PAYLOAD_FIELDS
from agent_desktop.core.region import DEFAULT_REGION

CALL_TYPES = ("Inbound", "Outbound", "Missed", "Notanswered")
DIRECTIONS = ("Inbound", "Outbound")
_DURATION = re.compile(r"[0-9]{2,}:[0-5][0-9]:[0-5][0-9]")
_CLOCK = re.compile(r"(?:[01][0-9]|2[0-3]):[0-5][0-9]:[0-5][0-9]")


def _tr(text: str) -> str:
    return QCoreApplication.translate("EntryFields", text)


def _duration(value: str) -> str:
    return "" if _DURATION.fullmatch(value) else _tr("Use hh:mm:ss, e.g. 00:03:25.")


def _clock(value: str) -> str:
    return "" if _CLOCK.fullmatch(value) else _tr("Use a time of day as hh:mm:ss, e.g. 14:05:09.")


def _datetime(value: str) -> str:
    try:
        datetime.strptime(value, "%d-%m-%y %H:%M:%S")
    except ValueError:
        return _tr("Use dd-mm-yy hh:mm:ss with a real date, e.g. 01-03-24 14:05:09.")
    return ""


def _required(value: str) -> str:
    return "" if value.strip() else _tr("Required.")


def _email(value: str) -> str:
    return "" if not value.strip() or "@" in value else _tr("An e-mail address, or empty.")


def _anything(_value: str) -> str:
    return ""


@dataclass(frozen=True)
class FieldSpec:
    key: str
    label: str
    check: Callable[[str], str] = _anything  # "" when fine, else a hint
    choices: tuple[str, ...] = ()  # a fixed list (shown as a combo box)
    hint: str = ""  # shown while the value is fine


def call_log_fields() -> list[FieldSpec]:
    specs = {
        "CallType": FieldSpec("CallType", _tr("Call type"), choices=CALL_TYPES),
        "CallDirection": FieldSpec("CallDirection", _tr("Direction"), choices=DIRECTIONS),
        "Number": FieldSpec("Number", _tr("Number"), _required, hint=_tr("The caller's number.")),
        "Name": FieldSpec("Name", _tr("Name"), hint=_tr("Shown in SwitchTransact's call list.")),
        "EntityId": FieldSpec(
            "EntityId", _tr("Entity ID"), hint=_tr("The contact's id; empty for no contact.")
        ),
        "EntityType": FieldSpec(
            "EntityType",
            _tr("Entity type"),
            hint=_tr("Account, Contact or Lead; empty for no contact."),
        ),
        "AgentFirstName": FieldSpec("AgentFirstName", _tr("Agent first name")),
        "AgentLastName": FieldSpec("AgentLastName", _tr("Agent last name")),
        "AgentEmail": FieldSpec("AgentEmail", _tr("Agent email"), _email),
        "Duration": FieldSpec("Duration", _tr("Duration"), _duration, hint="hh:mm:ss"),
        "DurationTimespan": FieldSpec(
            "DurationTimespan", _tr("Duration (timespan)"), _duration, hint="hh:mm:ss"
        ),
        "DateTime": FieldSpec(
            "DateTime", _tr("Date and time"), _datetime, hint="dd-mm-yy hh:mm:ss"
        ),
        "CallStartTimeLocal": FieldSpec(
            "CallStartTimeLocal", _tr("Start (local)"), _clock, hint="hh:mm:ss"
        ),
        "CallEndTimeLocal": FieldSpec(
            "CallEndTimeLocal", _tr("End (local)"), _clock, hint="hh:mm:ss"
        ),
    }
    return [specs[key] for key in PAYLOAD_FIELDS]


def contact_fields(region: str = DEFAULT_REGION) -> list[FieldSpec]:
    def phone(value: str) -> str:
        from agent_desktop.core.phone import InvalidNumber, parse_phone

        if not value.strip():
            return _tr("Required.")
        try:
            parse_phone(value, region)
        except InvalidNumber as exc:
            return exc.message
        return ""

    return [
        FieldSpec("firstname", _tr("First name")),
        FieldSpec("lastname", _tr("Last name")),
        FieldSpec("phone", _tr("Phone"), phone, hint=_tr("National or international form.")),
    ]


def name_problem(payload: dict[str, str]) -> str:
    """A new contact needs a first or a last name."""
    if payload.get("firstname", "").strip() or payload.get("lastname", "").strip():
        return ""
    return _tr("Enter a first or last name.")
