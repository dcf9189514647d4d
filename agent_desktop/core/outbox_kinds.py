"""One spec per outbox kind: what it sends, how the server's answer is read, how it is shown.

Delivery follows three steps (prepare → run → process): `prepare` turns the stored payload into
the request body, `run` makes the one API call, `process` keeps what is worth keeping of the
answer. A new kind is a new `OutboxKind` member plus one `KindSpec` in `SPECS`; the worker, the
outbox and the windows look the rest up here. Words are plain English templates ("%1" is the
number); the GUI passes them through its translator.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Protocol

from agent_desktop.core.calllog import PAYLOAD_FIELDS
from agent_desktop.core.errors import NotFound
from agent_desktop.core.models import Contact
from agent_desktop.core.outbox_entry import OutboxKind

Payload = Mapping[str, Any]
Answer = Mapping[str, Any] | None
Translate = Callable[[str], str]


class OutboxApi(Protocol):
    """The part of SwitchTransactClient the outbox sends through."""

    def log_call(self, payload: Mapping[str, str]) -> None: ...

    def create_contact(self, firstname: str, lastname: str, phone: str) -> Contact: ...


def _same(text: str) -> str:
    return text


@dataclass(frozen=True)
class KindSpec:
    kind: OutboxKind
    prepare: Callable[[Payload], dict[str, Any]]  # stored payload → request body
    run: Callable[[OutboxApi, Payload], object]  # the API call; raises core/errors.py errors
    process: Callable[[object], Answer]  # the answer → what the entry keeps as its result
    title: Callable[[Payload, Translate], str]  # one line naming the entry for a person
    one: str  # "1 call log"
    many: str  # "%1 call logs"
    noun: str  # "call log", as in "The call log is kept in memory"

    def deliver(self, api: OutboxApi, payload: Payload) -> Answer:
        return self.process(self.run(api, self.prepare(payload)))

    def count_text(self, n: int, tr: Translate = _same) -> str:
        return tr(self.one) if n == 1 else tr(self.many).replace("%1", str(n))


# --- call_log: POST /calls/log ------------------------------------------------------------------

_FIELD_ORDER = {key: i for i, key in enumerate(PAYLOAD_FIELDS)}


def _call_log_body(payload: Payload) -> dict[str, Any]:
    """The outbox keeps payloads as key-sorted JSON; a call log goes out with its fields in the
    documented order again (JSON does not care, a person reading the server's log does)."""
    return dict(sorted(payload.items(), key=lambda kv: _FIELD_ORDER.get(kv[0], len(_FIELD_ORDER))))


def _call_log_run(api: OutboxApi, body: Payload) -> None:
    api.log_call(body)


def _nothing_kept(_answer: object) -> Answer:
    return None


def _call_log_title(payload: Payload, tr: Translate) -> str:
    name = payload.get("Name") or payload.get("Number") or tr("Unknown caller")
    parts = [str(name)]
    if payload.get("Number") and payload.get("Number") != name:
        parts.append(str(payload["Number"]))
    if payload.get("Duration"):
        parts.append(str(payload["Duration"]))
    return " · ".join(parts)


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


def _contact_title(payload: Payload, tr: Translate) -> str:
    name = " ".join(str(x) for x in (payload.get("firstname"), payload.get("lastname")) if x)
    title = tr("New contact: %1").replace("%1", name or "—")
    return f"{title} · {payload['phone']}" if payload.get("phone") else title


SPECS: dict[OutboxKind, KindSpec] = {
    OutboxKind.CALL_LOG: KindSpec(
        OutboxKind.CALL_LOG, _call_log_body, _call_log_run, _nothing_kept, _call_log_title,
        one="1 call log", many="%1 call logs", noun="call log"),
    OutboxKind.CREATE_CONTACT: KindSpec(
        OutboxKind.CREATE_CONTACT, _contact_body, _contact_run, _contact_answer, _contact_title,
        one="1 new contact", many="%1 new contacts", noun="new contact"),
}


def spec_for(kind: str) -> KindSpec:
    """The spec of `kind`; ValueError for a kind this version does not know."""
    try:
        return SPECS[OutboxKind(kind)]
    except ValueError:
        raise ValueError(f"unknown outbox kind {kind!r}") from None
