"""ContactRequest on its own (no form, no window): one new contact followed through a real
OutboxService to the sandbox, from "saved" to "created", refused, corrected or discarded."""

from __future__ import annotations

from agent_desktop.core.api.models import Contact
from agent_desktop.core.outbox.outbox import OutboxKind, OutboxState
from agent_desktop.ui.contacts.contact_request import ContactRequest, RequestPhase

WAIT = 10000
GOOD = {"firstname": "Thandi", "lastname": "Mokoena", "phone": "0821234567"}


def _connected(qtbot, service, sandbox):
    with qtbot.waitSignal(
        service.configure(sandbox.base_url, "test-key", "ZA").finished, timeout=WAIT
    ):
        pass


def test_a_new_contact_is_saved_then_created_once(qtbot, sandbox, make_service):
    service = make_service()
    request = ContactRequest(service)
    phases: list[RequestPhase] = []
    request.phase_changed.connect(phases.append)
    with qtbot.waitSignal(request.queued, timeout=WAIT) as queued:
        request.submit(GOOD)
    request_id, name, phone = queued.args
    assert (name, phone) == ("Thandi Mokoena", "0821234567")
    assert request.phase == RequestPhase.WAITING and request.entry_id is not None

    created: list[tuple[Contact, str]] = []
    request.created.connect(lambda contact, rid: created.append((contact, rid)))
    with qtbot.waitSignals([request.created, request.finished], timeout=WAIT):
        _connected(qtbot, service, sandbox)
    ((contact, created_for),) = created
    assert isinstance(contact, Contact) and contact.id and created_for == request_id
    assert (contact.firstname, contact.lastname) == ("Thandi", "Mokoena")
    assert phases == [RequestPhase.SAVING, RequestPhase.WAITING, RequestPhase.IDLE]
    assert request.request_id is None and request.payload is None  # the form starts afresh
    assert sandbox.request_count("/calls/create") == 1


def test_a_refusal_is_corrected_in_the_same_entry(qtbot, sandbox, make_service):
    service = make_service()
    _connected(qtbot, service, sandbox)
    request = ContactRequest(service)
    messages: list[tuple[str, str]] = []
    request.message.connect(lambda text, kind: messages.append((text, kind)))
    request.submit({**GOOD, "phone": " "})
    qtbot.waitUntil(lambda: request.phase == RequestPhase.ATTENTION, timeout=WAIT)
    assert messages[-1][1] == "error" and "phone" in messages[-1][0]
    refused_entry = request.entry_id

    with qtbot.waitSignal(request.created, timeout=WAIT):
        request.submit(GOOD)  # corrected: update_payload of the refused entry, no second one
    held, entries = _entries(qtbot, service)
    assert held == [] and [(e.id, e.kind, e.state) for e in entries] == [
        (refused_entry, OutboxKind.CREATE_CONTACT, OutboxState.SENT)
    ]


def test_discarding_a_refused_request_drops_it(qtbot, sandbox, make_service):
    service = make_service()
    _connected(qtbot, service, sandbox)
    request = ContactRequest(service)
    request.submit({**GOOD, "phone": " "})
    qtbot.waitUntil(lambda: request.phase == RequestPhase.ATTENTION, timeout=WAIT)
    request_id = request.request_id
    dropped: list[str] = []
    request.dropped.connect(dropped.append)
    with qtbot.waitSignals([request.dropped, request.finished], timeout=WAIT):
        request.discard()
    assert dropped == [request_id]
    assert request.phase == RequestPhase.IDLE
    _, entries = _entries(qtbot, service)
    assert [e.state for e in entries] == [OutboxState.DISCARDED]


def test_events_of_other_entries_are_not_its_business(qtbot, sandbox, make_service):
    service = make_service()
    first, second = ContactRequest(service), ContactRequest(service)
    with qtbot.waitSignal(first.queued, timeout=WAIT):
        first.submit(GOOD)
    with qtbot.waitSignal(first.created, timeout=WAIT):
        _connected(qtbot, service, sandbox)
    assert second.phase == RequestPhase.IDLE and second.entry_id is None


def _entries(qtbot, service):
    with qtbot.waitSignal(service.entries().finished, timeout=WAIT) as answer:
        pass
    return answer.args[0]
