"""The delivery worker's decisions, one step at a time (run_once) with a clock that moves only when
told, against the real sandbox over loopback. A scripted sender only where no server can play it."""

from __future__ import annotations

import pytest
from stubs import DiskThatFills, call_payload, number

from agent_desktop.core.api.client import SwitchTransactClient
from agent_desktop.core.api.errors import ServerError
from agent_desktop.core.api.rate_limit import TokenBucket
from agent_desktop.core.outbox.backoff import Backoff
from agent_desktop.core.outbox.delivery import (
    KEEP_DONE_FOR,
    PRUNE_INTERVAL,
    ClientSender,
    DeliveryWorker,
    WorkerState,
)
from agent_desktop.core.outbox.outbox import Outbox, OutboxKind, OutboxState, OutboxUnavailable
from agent_desktop.sandbox import FaultConfig, SandboxServer


def make_worker(outbox, sender, clock, **kwargs):
    kwargs.setdefault("backoff", Backoff(base=1.0, cap=300.0, rng=lambda: 1.0))
    kwargs.setdefault("limiter", TokenBucket(rate=1000, clock=clock))
    return DeliveryWorker(outbox, sender, clock=clock, **kwargs)


def drain(worker, steps=100):
    """Run steps until the worker wants to wait; return that wait."""
    for _ in range(steps):
        wait = worker.run_once()
        if wait is None or wait > 0:
            return wait
    raise AssertionError("the worker never paused")


def numbers_received(sandbox):
    return [log["Number"] for log in sandbox.received_logs()]


def test_sends_oldest_first_and_marks_sent(outbox, client, sandbox, clock):
    for i in range(3):
        outbox.enqueue(OutboxKind.CALL_LOG, f"c{i}", call_payload(i))
        clock.advance(1)
    worker = make_worker(outbox, ClientSender(client), clock)
    assert drain(worker) == 5.0  # idle: polls again after idle_poll
    assert numbers_received(sandbox) == [number(0), number(1), number(2)]
    assert outbox.counts()[OutboxState.SENT] == 3
    assert all(e.attempts == 1 and e.sent_at == clock() for e in outbox.entries())
    assert worker.status.state == WorkerState.IDLE


def test_offline_pauses_the_whole_queue_then_resumes(outbox, clock, tmp_path):
    down = SandboxServer(token="test-key").start()
    port = down.port
    down.stop()  # nothing listens on the port: connection refused
    for i in range(3):
        outbox.enqueue(OutboxKind.CALL_LOG, f"c{i}", call_payload(i))
    statuses = []
    with SwitchTransactClient(
        f"http://127.0.0.1:{port}/api/1.0", "test-key", connect_timeout=1
    ) as client:
        worker = make_worker(outbox, ClientSender(client), clock)
        worker.add_status_listener(statuses.append)
        assert worker.run_once() == 0.0
        first = outbox.find(OutboxKind.CALL_LOG, "c0")
        assert first.state == OutboxState.PENDING and first.last_error_kind == "network"
        assert first.uncertain_attempts == 1
        assert first.next_attempt_at == clock() + 1 + 1  # queue pause + its own backoff
        assert worker.status.state == WorkerState.OFFLINE
        assert "cannot be reached" in worker.status.message
        # Paused: no request at all for the other entries (no hammering).
        assert worker.run_once() == pytest.approx(1.0)
        assert [e.attempts for e in outbox.entries(newest_first=False)] == [1, 0, 0]
        clock.advance(1)
        worker.run_once()  # one probe (the oldest due: c1), fails again, longer pause
        assert worker.run_once() == pytest.approx(2.0)
        assert [e.attempts for e in outbox.entries(newest_first=False)] == [1, 1, 0]
        with SandboxServer(token="test-key", port=port) as back:
            clock.advance(600)
            drain(worker)
            assert sorted(numbers_received(back)) == [number(0), number(1), number(2)]
    assert outbox.counts()[OutboxState.SENT] == 3
    states = [s.state for s in statuses]
    changes = [s for i, s in enumerate(states) if i == 0 or states[i - 1] != s]
    assert changes == [
        WorkerState.SENDING,
        WorkerState.OFFLINE,
        WorkerState.SENDING,
        WorkerState.IDLE,
    ]


def test_retry_after_is_honoured(outbox, client, sandbox, clock):
    sandbox.faults = FaultConfig(rate_limit_every=1, rate_limit_burst=1, retry_after=30)
    entry = outbox.enqueue(OutboxKind.CALL_LOG, "c1", call_payload(1))
    worker = make_worker(outbox, ClientSender(client), clock)
    worker.run_once()
    sandbox.faults = FaultConfig()
    after = outbox.get(entry.id)
    assert after.state == OutboxState.PENDING and after.last_error_kind == "rate_limited"
    assert after.next_attempt_at == clock() + 30 and after.uncertain_attempts == 0
    assert worker.status.state == WorkerState.RATE_LIMITED
    requests = sandbox.request_count("/calls/log")
    clock.advance(29.5)
    assert worker.run_once() == pytest.approx(0.5)
    assert sandbox.request_count("/calls/log") == requests  # nothing sent early
    clock.advance(0.5)
    drain(worker)
    assert outbox.get(entry.id).state == OutboxState.SENT and len(sandbox.received_logs()) == 1


def test_a_lost_answer_is_the_one_case_sent_twice(outbox, client, sandbox, clock):
    # The sandbox logs the call and drops the answer: the app cannot tell that from "never
    # arrived", so it sends again. The outbox counts the attempt as uncertain.
    sandbox.faults = FaultConfig(lost_answer_rate=1.0)
    entry = outbox.enqueue(OutboxKind.CALL_LOG, "c1", call_payload(1))
    worker = make_worker(outbox, ClientSender(client), clock)
    assert worker.run_once() == 0.0
    after = outbox.get(entry.id)
    assert after.state == OutboxState.PENDING and after.last_error_kind == "network"
    assert after.uncertain_attempts == 1 and worker.status.state == WorkerState.OFFLINE
    assert numbers_received(sandbox) == [number(1)]  # it did arrive
    sandbox.faults = FaultConfig()
    clock.advance(600)
    drain(worker)
    sent = outbox.get(entry.id)
    assert (sent.state, sent.attempts, sent.uncertain_attempts) == (OutboxState.SENT, 2, 1)
    assert numbers_received(sandbox) == [number(1), number(1)]
    assert [lost.body["Number"] for lost in sandbox.lost_answers()] == [number(1)]


def test_backoff_grows_exponentially_to_its_cap():
    backoff = Backoff(base=1.0, cap=300.0, rng=lambda: 1.0)
    assert [backoff.delay(n) for n in (1, 2, 3, 4, 9, 10, 50)] == [1, 2, 4, 8, 256, 300, 300]
    jittered = Backoff(rng=lambda: 0.25)
    assert jittered.delay(3) == 1.0  # full jitter: a share of the ceiling


def test_validation_error_needs_attention_then_correct_and_resend(outbox, client, sandbox, clock):
    bad = outbox.enqueue(OutboxKind.CALL_LOG, "c1", {**call_payload(1), "Duration": "5 minutes"})
    doomed = outbox.enqueue(OutboxKind.CALL_LOG, "c2", {**call_payload(2), "CallType": "Fax"})
    worker = make_worker(outbox, ClientSender(client), clock)
    drain(worker)
    first = outbox.get(bad.id)
    assert first.state == OutboxState.NEEDS_ATTENTION and first.last_error_kind == "validation"
    assert "Duration" in first.last_error and "hh:mm:ss" in first.last_error
    assert first.uncertain_attempts == 0
    assert outbox.get(doomed.id).state == OutboxState.NEEDS_ATTENTION
    assert sandbox.received_logs() == []
    outbox.update_payload(bad.id, call_payload(1))  # the agent corrected the field
    outbox.discard(doomed.id)  # and decided the other one must not go
    drain(worker)
    assert outbox.get(bad.id).state == OutboxState.SENT
    assert outbox.get(doomed.id).state == OutboxState.DISCARDED
    assert numbers_received(sandbox) == [number(1)]


def test_persistent_auth_failure_blocks_sending_until_fixed(outbox, sandbox, clock):
    first = outbox.enqueue(OutboxKind.CALL_LOG, "c1", call_payload(1))
    outbox.enqueue(OutboxKind.CALL_LOG, "c2", call_payload(2))
    with (
        SwitchTransactClient(sandbox.base_url, "wrong-key") as bad_client,
        SwitchTransactClient(sandbox.base_url, "test-key") as good_client,
    ):
        worker = make_worker(outbox, ClientSender(bad_client), clock)
        worker.run_once()  # first 401: maybe a key being rotated, try again later
        assert outbox.get(first.id).state == OutboxState.PENDING
        assert outbox.get(first.id).last_error_kind == "auth"
        clock.advance(10)
        worker.run_once()  # second 401 in a row: it persists
        refused = outbox.get(first.id)
        assert refused.state == OutboxState.NEEDS_ATTENTION
        assert "Not authorized" in refused.last_error
        assert worker.status.state == WorkerState.AUTH_BLOCKED
        requests = sandbox.request_count()
        clock.advance(3600)
        assert worker.run_once() == 5.0 and sandbox.request_count() == requests
        assert outbox.find(OutboxKind.CALL_LOG, "c2").attempts == 0  # not buried in red rows
        worker.set_sender(ClientSender(good_client))  # the agent fixed the key
        outbox.retry(first.id)
        drain(worker)
    assert outbox.counts()[OutboxState.SENT] == 2
    assert numbers_received(sandbox) == [number(1), number(2)]


@pytest.mark.logs_errors
def test_an_unexpected_exception_needs_attention(outbox, clock):
    class Broken:
        def send(self, kind, payload):
            raise KeyError("Number")

    entry = outbox.enqueue(OutboxKind.CALL_LOG, "c1", call_payload(1))
    worker = make_worker(outbox, Broken(), clock)
    worker.run_once()
    after = outbox.get(entry.id)
    assert after.state == OutboxState.NEEDS_ATTENTION and after.last_error_kind == "unexpected"
    assert "KeyError" in after.last_error and after.uncertain_attempts == 1


def test_an_entry_the_server_keeps_refusing_does_not_block_the_rest(outbox, clock):
    # A 500 for one body only is not something the sandbox can play: scripted sender.
    class OneStuck:
        def __init__(self):
            self.sent = []

        def send(self, kind, payload):
            if payload["Number"] == number(0):
                raise ServerError("The server had a problem (HTTP 500).", status=500)
            self.sent.append(payload["Number"])

    sender = OneStuck()
    for i in range(3):
        outbox.enqueue(OutboxKind.CALL_LOG, f"c{i}", call_payload(i))
        clock.advance(1)
    worker = make_worker(outbox, sender, clock)
    for _ in range(10):
        wait = worker.run_once()
        if wait:
            clock.advance(wait)
    assert sender.sent == [number(1), number(2)]
    stuck = outbox.find(OutboxKind.CALL_LOG, "c0")
    assert stuck.state == OutboxState.PENDING and stuck.attempts >= 2
    assert stuck.last_error_kind == "server"
    assert worker.status.state in (WorkerState.SERVER_TROUBLE, WorkerState.IDLE)


def test_client_side_rate_limit(outbox, client, sandbox, clock):
    for i in range(8):
        outbox.enqueue(OutboxKind.CALL_LOG, f"c{i}", call_payload(i))
    worker = make_worker(
        outbox, ClientSender(client), clock, limiter=TokenBucket(rate=5, burst=5, clock=clock)
    )
    assert drain(worker) == pytest.approx(0.2)
    assert len(sandbox.received_logs()) == 5  # a burst of 5, then 5 per second
    clock.advance(0.2)
    assert drain(worker) == pytest.approx(0.2)
    assert len(sandbox.received_logs()) == 6


def test_create_contact_goes_through_the_outbox(outbox, client, sandbox, clock):
    entry = outbox.enqueue_contact("req-1", "Lindiwe", "Dlamini", "0831112222")
    worker = make_worker(outbox, ClientSender(client), clock)
    drain(worker)
    done = outbox.get(entry.id)
    assert done.state == OutboxState.SENT and done.result["id"]
    assert done.result["firstname"] == "Lindiwe"
    assert client.lookup_by_phone("0831112222").id == done.result["id"]


@pytest.mark.logs_errors
def test_an_outcome_the_disk_refused_is_written_before_anything_else(
    tmp_path, clock, client, sandbox
):
    disk = DiskThatFills(tmp_path / "outbox.sqlite3", clock)

    class FillsTheDisk:
        """Delivers for real, then the disk fills up before the answer is recorded."""

        def __init__(self):
            self.calls = 0

        def send(self, kind, payload):
            self.calls += 1
            result = ClientSender(client).send(kind, payload)
            disk.fill()
            return {**result, "note": "x" * 50_000}  # too big to fit any more

    with disk.outbox as box:
        entry = box.enqueue_contact("req-1", "Sipho", "Ndlovu", "0844445555")
        box.enqueue(OutboxKind.CALL_LOG, "c1", call_payload(1))
        sender = FillsTheDisk()
        worker = make_worker(box, sender, clock)
        assert worker.run_once() == 0.0
        assert worker.status.state == "storage_unavailable"
        assert "full" in worker.status.message
        with pytest.raises(OutboxUnavailable):
            worker.run_once()  # still full: nothing else is claimed meanwhile
        assert sender.calls == 1
        disk.make_room()
        worker.run_once()
        done = box.get(entry.id)
        assert done.state == OutboxState.SENT and done.attempts == 1 and done.result["note"]
    assert sandbox.request_count("/calls/create") == 1  # never created twice


def test_entries_held_in_memory_are_written_then_sent(tmp_path, clock, client, sandbox):
    blocker = tmp_path / "data"
    blocker.write_text("not a folder")
    box = Outbox(blocker / "outbox.sqlite3", clock=clock)  # the app starts all the same
    try:
        with pytest.raises(OutboxUnavailable):
            box.enqueue(OutboxKind.CALL_LOG, "c1", call_payload(1))
        worker = make_worker(box, ClientSender(client), clock)
        with pytest.raises(OutboxUnavailable):
            worker.run_once()  # the thread shows this as "storage_unavailable" and waits
        assert sandbox.received_logs() == []  # never sent before it is on disk
        blocker.unlink()
        drain(worker)
        assert box.held() == [] and box.find(OutboxKind.CALL_LOG, "c1").state == OutboxState.SENT
    finally:
        box.close()
    assert numbers_received(sandbox) == [number(1)]


def test_a_created_contact_that_cannot_be_looked_up_is_not_created_again(
    outbox, client, sandbox, clock
):
    # Request 1 (the create) goes through; the lookups of its id (one per spelling of the
    # number, four here) all get a 429 asking for longer than the lookup's budget.
    sandbox.faults = FaultConfig(rate_limit_every=2, rate_limit_burst=4, retry_after=60.0)
    entry = outbox.enqueue_contact("req-1", "Pieter", "Botha", "0835556666")
    worker = make_worker(outbox, ClientSender(client), clock)
    drain(worker)
    done = outbox.get(entry.id)
    assert done.state == OutboxState.SENT and done.result["id"] is None
    assert "created" in done.result["message"]
    assert sandbox.request_count("/calls/create") == 1


def test_sent_entries_and_their_calls_are_pruned_after_the_retention(
    outbox, client, sandbox, clock
):
    outbox.enqueue(OutboxKind.CALL_LOG, "old", call_payload(0), record={"n": 0})
    worker = make_worker(outbox, ClientSender(client), clock)
    drain(worker)
    assert outbox.counts()[OutboxState.SENT] == 1 and outbox.call_record("old") is not None
    clock.advance(KEEP_DONE_FOR - PRUNE_INTERVAL)  # kept: re-enqueueing it is still a no-op
    outbox.enqueue(OutboxKind.CALL_LOG, "new", call_payload(1), record={"n": 1})
    drain(worker)
    assert outbox.enqueue(OutboxKind.CALL_LOG, "old", call_payload(0)).state == OutboxState.SENT
    clock.advance(2 * PRUNE_INTERVAL)  # "old" is past the retention now, "new" is not
    drain(worker)
    assert outbox.find(OutboxKind.CALL_LOG, "old") is None and outbox.call_record("old") is None
    assert outbox.find(OutboxKind.CALL_LOG, "new").state == OutboxState.SENT
    assert outbox.call_record("new") is not None
    assert numbers_received(sandbox) == [number(0), number(1)]
