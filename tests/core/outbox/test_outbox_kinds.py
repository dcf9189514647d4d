"""One spec per outbox kind: the request body and the answer kept."""

from __future__ import annotations

import pytest
from stubs import call_payload

from agent_desktop.core.api.errors import NotFound
from agent_desktop.core.api.models import Contact
from agent_desktop.core.calls.log import PAYLOAD_FIELDS
from agent_desktop.core.outbox.kinds import SPECS, spec_for
from agent_desktop.core.outbox.outbox import OutboxKind


class RecordingApi:
    """Plays SwitchTransactClient's two sending calls, recording what it was asked."""

    def __init__(self, create_answer: Contact | NotFound) -> None:
        self.logged: list[dict[str, str]] = []
        self.created: list[tuple[str, str, str]] = []
        self._create_answer = create_answer

    def log_call(self, payload):
        self.logged.append(dict(payload))

    def create_contact(self, firstname, lastname, phone):
        self.created.append((firstname, lastname, phone))
        if isinstance(self._create_answer, NotFound):
            raise self._create_answer
        return self._create_answer


CONTACT = Contact(id="c-1", firstname="Thandi", lastname="Mokoena", mobilephone="+27821234567")


def test_every_kind_has_a_spec_and_an_unknown_kind_is_refused():
    assert set(SPECS) == set(OutboxKind)
    assert all(spec.kind is kind for kind, spec in SPECS.items())
    assert spec_for("call_log") is SPECS[OutboxKind.CALL_LOG]
    with pytest.raises(ValueError, match="unknown outbox kind 'fax'"):
        spec_for("fax")


def test_a_call_log_goes_in_the_documented_order_and_keeps_no_answer():
    api = RecordingApi(CONTACT)
    stored = dict(sorted(call_payload(1).items()))  # the outbox keeps it key-sorted
    assert spec_for(OutboxKind.CALL_LOG).deliver(api, stored) is None
    assert list(api.logged[0]) == list(PAYLOAD_FIELDS)


def test_a_created_contact_keeps_its_record():
    api = RecordingApi(CONTACT)
    kept = spec_for(OutboxKind.CREATE_CONTACT).deliver(
        api, {"firstname": "Thandi", "lastname": "Mokoena", "phone": "0821234567"}
    )
    assert api.created == [("Thandi", "Mokoena", "0821234567")]
    assert kept == CONTACT.to_api()


def test_a_create_accepted_but_not_found_again_counts_as_delivered_without_an_id():
    api = RecordingApi(NotFound("Created, but the lookup found nothing."))
    kept = spec_for(OutboxKind.CREATE_CONTACT).deliver(
        api, {"firstname": "A", "lastname": "B", "phone": "0821234567"}
    )
    assert kept == {"id": None, "message": "Created, but the lookup found nothing."}


def test_an_answer_of_the_wrong_type_is_a_bug_not_a_delivery():
    with pytest.raises(TypeError, match="create_contact answered dict"):
        SPECS[OutboxKind.CREATE_CONTACT].process({"id": "x"})
