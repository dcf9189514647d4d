"""One spec per outbox kind: what it sends and how the server's answer is read.

Delivery follows three steps (prepare → run → process): `prepare` turns the stored payload into
the request body, `run` makes the one API call, `process` keeps what is worth keeping of the
answer. A new kind is a new `OutboxKind` member plus one `KindSpec` in `SPECS`; the worker and
the outbox look it up here. How a kind is shown to the agent (its title, its counts) is in the
same kind of table in ui/outbox/outbox_texts.py, where the words are marked for translation.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from agent_desktop.core.api.errors import NotFound
from agent_desktop.core.api.models import Contact
from agent_desktop.core.calls.log import PAYLOAD_FIELDS
from agent_desktop.core.outbox.entry import OutboxKind

Payload = Mapping[str, Any]
Answer = Mapping[str, Any] | None


class OutboxApi(Protocol):
    """The part of SwitchTransactClient the outbox sends through."""

    def log_call(self, payload: Mapping[str, str]) -> None: ...

    def create_contact(self, firstname: str, lastname: str, phone: str) -> Contact: ...


@dataclass(frozen=True)
class KindSpec:
    kind: OutboxKind
    prepare: Callable[[Payload], dict[str, Any]]  # stored payload → request body
    run: Callable[[OutboxApi, Payload], object]  # the API call; raises core/api/errors.py errors
    process: Callable[[object], Answer]  # the answer → what the entry keeps as its result
    noun: str  # in core's own messages: "The call log is kept in memory…"

    def deliver(self, api: OutboxApi, payload: Payload) -> Answer:
        return self.process(self.run(api, self.prepare(payload)))


# --- call_log: POST /calls/log ------------------------------------------------------------------

_FIELD_ORDER = {key: i for i, key in enumerate(PAYLOAD_FIELDS)}


def _call_log_body(payload: Payload) -> dict[str, Any]:
    """A call log goes out with its fields in the documented order. The outbox keeps the order
    it was given, but entries written by earlier versions hold key-sorted JSON (JSON does
    not care, a person reading the server's log does)."""
    return dict(sorted(payload.items(), key=lambda kv: _FIELD_ORDER.get(kv[0], len(_FIELD_ORDER))))


def _call_log_run(api: OutboxApi, body: Payload) -> None:
    api.log_call(body)


def _nothing_kept(_answer: object) -> Answer:
    return None


# --- create_contact: POST /contacts, then the lookup of the new record ----------------------


def _contact_body(payload: Payload) -> dict[str, Any]:
    return dict(payload)


def _contact_run(api: OutboxApi, body: Payload) -> Contact | NotFound:
    try:
        return api.create_contact(body["firstname"], body["lastname"], body["phone"])
    except NotFound as err:
        # The create was accepted; only the follow-up lookup missed. Sending it again would
        # create a second contact, so it counts as delivered, without an id.
        return err


def _contact_answer(answer: object) -> Answer:
    if isinstance(answer, NotFound):
        return {"id": None, "message": answer.message}
    if isinstance(answer, Contact):
        return answer.to_api()
    raise TypeError(f"create_contact answered {type(answer).__name__}")


SPECS: dict[OutboxKind, KindSpec] = {
    OutboxKind.CALL_LOG: KindSpec(
        OutboxKind.CALL_LOG, _call_log_body, _call_log_run, _nothing_kept, noun="call log"
    ),
    OutboxKind.CREATE_CONTACT: KindSpec(
        OutboxKind.CREATE_CONTACT, _contact_body, _contact_run, _contact_answer, noun="new contact"
    ),
}


def spec_for(kind: str) -> KindSpec:
    """The spec of `kind`; ValueError for a kind this version does not know."""
    try:
        return SPECS[OutboxKind(kind)]
    except ValueError:
        raise ValueError(f"unknown outbox kind {kind!r}") from None
