"""The five Calls API endpoints as plain functions: (store, query, body) -> Reply.

No HTTP here; `handler.py` does the wire. Shapes follow the vendor's page
(`../shared/seeds/contact-centre-calls-api.txt`).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

from .store import ContactStore
from .validation import validate_create, validate_log

NOT_AUTHORIZED = {
    "status": False,
    "error": "Not authorized to make this API call. Requesting Read on General.",
}
NOT_FOUND = {"status": False}
AUTOCOMPLETE_LIMIT = 20


@dataclass(frozen=True)
class Reply:
    status: int
    payload: object


Query = dict[str, list[str]]
Endpoint = Callable[[ContactStore, Query, bytes], Reply]


def _refused(message: str, status: int = 422) -> Reply:
    return Reply(status, {"status": False, "error": message})


def _found(contact: dict | None) -> Reply:
    return Reply(200, {"status": True, "contact": contact} if contact else NOT_FOUND)


def record(store: ContactStore, query: Query, body: bytes) -> Reply:
    """GET /calls/record?phone=... or ?email=... (phone wins when both are given)."""
    if "phone" in query:
        phone = query["phone"][0]
        return _found(store.find_by_phone(phone) if phone else None)
    if "email" in query:
        email = query["email"][0].strip()
        return _found(store.find_by_email(email) if email else None)
    return _refused("Give a phone or email query parameter.")


def autocomplete(
    store: ContactStore,
    query: Query,
    body: bytes,
    limit: int = AUTOCOMPLETE_LIMIT,
    *,
    one_field: bool = False,
) -> Reply:
    """GET /calls/autocomplete?term=... -> up to `limit` (20) contacts as `contacts`;
    `one_field`: the term must sit inside one field (see ContactStore.search)."""
    term = query.get("term", [""])[0]
    contacts = store.search(term, limit, one_field=one_field) if term.strip() else []
    return Reply(200, {"status": True, "contacts": contacts} if contacts else NOT_FOUND)


def create(store: ContactStore, query: Query, body: bytes) -> Reply:
    """POST /calls/create: stores a Lead with the phone exactly as sent; echoes the body."""
    data, problem = _json_body(body)
    problem = problem or validate_create(data)
    if problem:
        return _refused(problem)
    data = cast("dict[str, str]", data)  # validated above
    store.add_contact(
        {
            "id": str(uuid.uuid4()),
            "firstname": data["firstname"],
            "lastname": data["lastname"],
            "mobilephone": data["phone"],
            "entity_type": "Lead",
        }
    )
    return Reply(200, data)


def log(store: ContactStore, query: Query, body: bytes) -> Reply:
    """POST /calls/log: keeps the body as received (no id, no de-duplication, like the API)."""
    data, problem = _json_body(body)
    problem = problem or validate_log(data)
    if problem:
        return _refused(problem)
    store.add_log(cast("dict[str, object]", data))  # validated above
    return Reply(200, {"status": True})


def _json_body(body: bytes) -> tuple[object, str | None]:
    try:
        return json.loads(body.decode("utf-8")), None
    except (UnicodeDecodeError, ValueError):
        return None, "The body must be JSON (UTF-8)."


# path below /api/1.0 -> (method, endpoint)
ROUTES: dict[str, tuple[str, Endpoint]] = {
    "/calls/record": ("GET", record),
    "/calls/autocomplete": ("GET", autocomplete),
    "/calls/create": ("POST", create),
    "/calls/log": ("POST", log),
}
