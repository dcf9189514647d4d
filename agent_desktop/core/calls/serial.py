"""A Call as JSON for the call store, and back, exactly: times with their offsets, the contact
with every field the API gave, how it was linked."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime

from agent_desktop.core.api.models import CallDirection, CallType, Contact
from agent_desktop.core.calls.call import Call, CallState, LinkSource
from agent_desktop.core.json_shapes import is_list, is_object

_VERSION = 1


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _parse_time(value: object) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError("a time must be text")
    moment = datetime.fromisoformat(value)
    if moment.tzinfo is None:
        raise ValueError("a stored time lost its offset")
    return moment


def _contact_json(contact: Contact | None) -> dict[str, str | None] | None:
    if contact is None:
        return None
    body = contact.to_api()
    body["entity_type"] = contact.entity_type_raw  # the server's own text, unknown or not
    return body


def _text(body: Mapping[str, object], key: str) -> str:
    value = body.get(key, "")
    if not isinstance(value, str):
        raise ValueError(f"{key} must be text")
    return value


def call_to_json(call: Call) -> str:
    body = {
        "v": _VERSION,
        "id": call.id,
        "softphone_id": call.softphone_id,
        "direction": call.direction.value,
        "number": call.number,
        "started_at": _time(call.started_at),
        "state": call.state.value,
        "answered_at": _time(call.answered_at),
        "ended_at": _time(call.ended_at),
        "contact": _contact_json(call.contact),
        "link": call.link.value if call.link else None,
        "awaiting": list(call.awaiting) if call.awaiting else None,
        "outcome_override": call.outcome_override.value if call.outcome_override else None,
        "discarded_at": _time(call.discarded_at),
    }
    return json.dumps(body, ensure_ascii=False)


def call_from_json(text: str) -> Call:
    """Raises ValueError for anything that is not a call this version wrote."""
    try:
        body: object = json.loads(text)
    except ValueError:
        raise ValueError("not JSON") from None
    if not is_object(body):
        raise ValueError("not a JSON object")
    started = _parse_time(body.get("started_at"))
    if started is None:
        raise ValueError("a call without a start")
    contact = body.get("contact")
    awaiting = body.get("awaiting")
    link, override = body.get("link"), body.get("outcome_override")
    return Call(
        id=_text(body, "id"),
        softphone_id=_text(body, "softphone_id"),
        direction=CallDirection(body.get("direction")),
        number=_text(body, "number"),
        started_at=started,
        state=CallState(body.get("state")),
        answered_at=_parse_time(body.get("answered_at")),
        ended_at=_parse_time(body.get("ended_at")),
        # Kept as the window shows it (stored before contacts were one-lined: made so now).
        contact=Contact.from_api(contact).one_lined() if is_object(contact) else None,
        link=LinkSource(link) if link else None,
        awaiting=(str(awaiting[0]), str(awaiting[1]))
        if is_list(awaiting) and len(awaiting) == 2
        else None,
        outcome_override=CallType(override) if override else None,
        discarded_at=_parse_time(body.get("discarded_at")),
    )
