"""OutboxService on its own, against the sandbox: the GUI thread's view of the outbox (tasks for
every file access, signals for every change) and of the delivery worker (connect, reconnect with
a fixed key, shut down within a bound)."""

from __future__ import annotations

from datetime import timezone

import pytest
from stubs import call_record, number

from agent_desktop.core.calls.log import PAYLOAD_FIELDS
from agent_desktop.core.outbox.delivery import WorkerState
from agent_desktop.core.outbox.outbox import OutboxAction, OutboxKind, OutboxState
from agent_desktop.qt.outbox_service import ServiceClosed

WAIT = 10000


def _enqueue_call(service, call_id, record):
    """What the window's sender does: the outbox's enqueue on the service's worker."""
    return service.run(lambda box: box.enqueue_call(call_id, record, tz=timezone.utc))


def _answer(qtbot, task):
    with qtbot.waitSignal(task.finished, timeout=WAIT) as blocker:
        pass
    return blocker.args[0]


def test_an_entry_waits_until_a_server_is_configured_then_goes_in_documented_order(
    qtbot, sandbox, make_service
):
    service = make_service()
    with qtbot.waitSignal(service.changed, timeout=WAIT) as heard:
        entry = _answer(qtbot, _enqueue_call(service, "call-1", call_record(1)))
    assert heard.args[0].action == OutboxAction.ENQUEUED and heard.args[0].entry.id == entry.id
    qtbot.waitUntil(lambda: service.summary.waiting_calls == 1, timeout=WAIT)
    assert service.worker is None  # no address, no key: nothing is sent

    _answer(qtbot, service.configure(sandbox.base_url, None, "ZA"))
    assert service.status is not None and service.status.state == WorkerState.NOT_CONNECTED

    with qtbot.waitSignal(
        service.changed, timeout=WAIT, check_params_cb=lambda e: e.action == OutboxAction.SENT
    ):
        service.configure(sandbox.base_url, "test-key", "ZA")
    qtbot.waitUntil(lambda: service.summary.quiet, timeout=WAIT)
    (log,) = sandbox.received_logs()
    assert list(log) == list(PAYLOAD_FIELDS)  # sent in the documented order
    assert log["Number"] == number(1)


def test_entries_refused_for_the_key_are_sent_again_once_the_key_is_fixed(
    qtbot, sandbox, make_service
):
    service = make_service()
    service.configure(sandbox.base_url, "wrong-key", "ZA")
    _answer(qtbot, service.enqueue_contact("req-1", "Thandi", "Mokoena", "0821234567"))
    qtbot.waitUntil(
        lambda: service.status is not None and service.status.state == WorkerState.AUTH_BLOCKED,
        timeout=WAIT,
    )
    held, refused = _answer(qtbot, service.entries((OutboxState.NEEDS_ATTENTION,)))
    assert held == [] and [e.last_error_kind for e in refused] == ["auth"]

    with qtbot.waitSignal(
        service.changed, timeout=WAIT, check_params_cb=lambda e: e.action == OutboxAction.SENT
    ) as sent:
        service.configure(sandbox.base_url, "test-key", "ZA")  # the agent fixed the key
    entry = sent.args[0].entry
    assert entry.kind == OutboxKind.CREATE_CONTACT and entry.result["id"]
    assert sandbox.contact_count() > 0


def test_a_person_can_retry_correct_and_discard_through_the_service(qtbot, sandbox, make_service):
    service = make_service()
    first = _answer(qtbot, _enqueue_call(service, "call-1", call_record(1)))
    second = _answer(qtbot, _enqueue_call(service, "call-2", call_record(2)))
    assert _answer(qtbot, service.retry(first.id)).state == OutboxState.PENDING
    corrected = {**first.payload, "Name": "Corrected Name"}
    assert _answer(qtbot, service.update_payload(first.id, corrected)).payload == corrected
    assert _answer(qtbot, service.discard(second.id)).state == OutboxState.DISCARDED
    with qtbot.waitSignal(service.discard(second.id).failed, timeout=WAIT) as refused:
        pass
    assert "discarded" in str(refused.args[0])

    with qtbot.waitSignal(
        service.changed, timeout=WAIT, check_params_cb=lambda e: e.action == OutboxAction.SENT
    ):
        service.configure(sandbox.base_url, "test-key", "ZA")
    assert [log["Name"] for log in sandbox.received_logs()] == ["Corrected Name"]


def test_after_shutdown_nothing_runs_and_the_file_is_closed(qtbot, make_service):
    service = make_service()
    _answer(qtbot, _enqueue_call(service, "call-1", call_record(1)))
    assert service.shutdown(timeout=5.0)
    assert service.shutdown(timeout=5.0)  # twice is fine
    late = _enqueue_call(service, "call-2", call_record(2))
    assert late.cancelled  # a late click after quit gets no answer, and writes nothing
    with pytest.raises(ServiceClosed, match="closing"):  # what a task still queued would meet
        service._guarded(lambda box: box.counts())


def test_the_heap_is_trimmed_once_a_burst_of_logs_is_all_sent(
    qtbot, sandbox, make_service, monkeypatch
):
    """A replayed day of logs allocates on many threads; once they are all sent the C heap's
    free pages go back to the system (glibc keeps them otherwise). A single log does not."""
    from agent_desktop.qt import outbox_service

    trims: list[int] = []
    monkeypatch.setattr(outbox_service, "trim", lambda: trims.append(1) or True)
    service = make_service()
    _answer(qtbot, _enqueue_call(service, "call-0", call_record(0)))
    service.configure(sandbox.base_url, "test-key", "ZA")
    qtbot.waitUntil(lambda: service.summary.read and service.summary.quiet, timeout=WAIT)
    assert trims == []  # one log is no burst

    # Logs wait: no key. Its delivery thread is stopped when the task answers (a log saved
    # before that could still go with the old key, and the burst would be one short).
    _answer(qtbot, service.configure(sandbox.base_url, None, "ZA"))
    for i in range(1, outbox_service.TRIM_AFTER + 1):
        _answer(qtbot, _enqueue_call(service, f"call-{i}", call_record(i)))
    qtbot.waitUntil(
        lambda: service.summary.waiting_calls == outbox_service.TRIM_AFTER, timeout=WAIT
    )
    assert trims == []
    service.configure(sandbox.base_url, "test-key", "ZA")
    qtbot.waitUntil(lambda: service.summary.quiet and trims == [1], timeout=WAIT * 3)
    assert len(sandbox.received_logs()) == outbox_service.TRIM_AFTER + 1
