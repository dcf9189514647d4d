"""The process-wide request gate: ring before search before delivery, a 429 holds every thread
off with jitter, no wait longer than a request's kind allows, and the client's one hook."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass, field

import pytest

from agent_desktop.core.api.client import SwitchTransactClient
from agent_desktop.core.api.errors import RateLimited
from agent_desktop.core.api.request_budget import Priority, RequestBudget
from agent_desktop.core.search.lookup_cache import CachedLookups
from agent_desktop.sandbox import SandboxServer


@dataclass
class FakeAnswer:
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)

    def header(self, name: str) -> str | None:
        return self.headers.get(name)


def test_kind_comes_from_the_endpoint_unless_the_thread_prefers_one():
    budget = RequestBudget()
    assert budget.priority_for("/calls/record") is Priority.RING
    assert budget.priority_for("/calls/autocomplete") is Priority.SEARCH
    assert budget.priority_for("/calls/log") is Priority.DELIVERY
    assert budget.priority_for("/calls/create") is Priority.DELIVERY
    with budget.prefer(Priority.RING):
        assert budget.priority_for("/calls/autocomplete") is Priority.RING
    assert budget.priority_for("/calls/autocomplete") is Priority.SEARCH


def test_when_requests_queue_the_ring_goes_first_then_search_then_delivery():
    budget = RequestBudget(max_in_flight=1)
    order: list[str] = []
    release = threading.Event()
    first_in = threading.Event()

    def blocker() -> FakeAnswer:
        first_in.set()
        release.wait(5)
        return FakeAnswer()

    def run(path: str, name: str) -> None:
        budget.send(path, lambda: order.append(name) or FakeAnswer())

    holder = threading.Thread(target=budget.send, args=("/calls/log", blocker))
    holder.start()
    assert first_in.wait(5)
    threads = []
    for path, name in [
        ("/calls/log", "log"),
        ("/calls/autocomplete", "search"),
        ("/calls/record", "ring"),
    ]:
        thread = threading.Thread(target=run, args=(path, name))
        thread.start()
        threads.append(thread)
        deadline = time.monotonic() + 5  # each one queued before the next starts
        while len(budget._waiting) < len(threads) and time.monotonic() < deadline:
            time.sleep(0.001)
    release.set()
    for thread in [holder, *threads]:
        thread.join(5)
    assert order == ["ring", "search", "log"]


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_a_429_pauses_every_kind_with_jitter_and_deliveries_much_longer():
    clock = Clock()
    budget = RequestBudget(clock=clock, rng=lambda: 0.5)
    answer = budget.send("/calls/record", lambda: FakeAnswer(429, {"Retry-After": "1"}))
    assert answer.status == 429 and budget.rate_limited == 1
    assert budget.paused_for(Priority.RING) == pytest.approx(1.125)  # 1 s + 25% x 0.5 jitter
    assert budget.paused_for(Priority.SEARCH) == pytest.approx(1.125)
    assert budget.paused_for(Priority.DELIVERY) == pytest.approx(1 * 3 * 1.5 + 5)
    clock.now += 1.125
    assert budget.paused_for(Priority.RING) == 0.0
    assert budget.send("/calls/record", FakeAnswer).status == 200


def test_without_retry_after_the_pause_grows_with_refusals_in_a_row():
    clock = Clock()
    budget = RequestBudget(clock=clock, rng=lambda: 0.0)
    pauses = []
    for _ in range(3):
        budget.note_rate_limited(None)
        pauses.append(budget.paused_for(Priority.SEARCH))
    assert pauses == [pytest.approx(1.0), pytest.approx(2.0), pytest.approx(4.0)]


def test_a_pause_longer_than_the_kind_may_wait_fails_at_once():
    budget = RequestBudget(max_wait={Priority.RING: 0.5})
    budget.note_rate_limited(30.0)
    started = time.monotonic()
    with pytest.raises(RateLimited) as caught:
        budget.send("/calls/record", FakeAnswer)
    assert time.monotonic() - started < 0.5
    assert caught.value.retry_after and caught.value.retry_after > 29


def test_other_threads_wait_out_the_pause_then_go():
    budget = RequestBudget(rng=lambda: 0.0)
    started = time.monotonic()  # before the pause begins: every wait is at least 0.2 s from here
    budget.note_rate_limited(0.2)
    done: list[float] = []
    threads = [
        threading.Thread(
            target=lambda: (
                budget.send("/calls/record", FakeAnswer),
                done.append(time.monotonic() - started),
            )
        )
        for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(5)
    assert len(done) == 3 and min(done) >= 0.19


def test_an_error_in_the_request_frees_its_slot():
    budget = RequestBudget(max_in_flight=1)

    def broken() -> FakeAnswer:
        raise OSError("boom")

    with pytest.raises(OSError):
        budget.send("/calls/log", broken)
    assert budget.send("/calls/log", FakeAnswer).status == 200


def test_client_hook_sends_through_the_budget_and_learns_from_a_429():
    budget = RequestBudget(rng=lambda: 0.0)
    with SandboxServer(token="k", account_limit=1) as server:
        client = SwitchTransactClient(server.base_url, "k", budget=budget)
        try:
            assert client.search("jam")
            with pytest.raises(RateLimited):
                client.search("may")
            assert budget.rate_limited == 1
            started = time.monotonic()
            paused = budget.paused_for(Priority.SEARCH)  # Retry-After 1 s, less what has passed
            assert paused > 0.3
            assert client.search("zoe") is not None  # waits the pause out, then succeeds
            assert time.monotonic() - started >= paused
        finally:
            client.close()


def test_repeat_lookups_hit_the_cache_in_any_spelling(sandbox):
    client = SwitchTransactClient(sandbox.base_url, "test-key")
    lookups = CachedLookups(client, "ZA")
    try:
        first = lookups.lookup_by_phone("072 123 4567")
        before = sandbox.request_count("/calls/record")
        again = lookups.lookup_by_phone("+27721234567")
        after_repeat = sandbox.request_count("/calls/record")
        unknown = lookups.lookup_by_phone("0829999999")
        unknown_again = lookups.lookup_by_phone("082 999 9999")
    finally:
        client.close()
    assert first is not None and again == first
    assert unknown is None and unknown_again is None
    assert (lookups.hits, lookups.misses) == (2, 2)
    assert after_repeat == before  # the repeat in another spelling asked nothing
    lookups.forget()


def test_deliveries_back_off_twice_as_long_per_429_until_one_goes_through():
    clock = Clock()
    budget = RequestBudget(clock=clock, rng=lambda: 0.0)
    pauses = []
    for _ in range(3):
        budget.note_rate_limited(1.0)
        pauses.append(budget.paused_for(Priority.DELIVERY))
    assert pauses == [pytest.approx(3 + 5), pytest.approx(6 + 5), pytest.approx(12 + 5)]
    assert budget.paused_for(Priority.RING) == pytest.approx(1.0)  # rings: Retry-After only
    for _ in range(10):
        budget.note_rate_limited(1.0)
    assert budget.paused_for(Priority.DELIVERY) <= 60.0
    clock.now += 61
    budget.send("/calls/record", FakeAnswer)
    budget.send("/calls/log", FakeAnswer)  # a delivery went through: the streak starts afresh
    budget.note_rate_limited(1.0)
    assert budget.paused_for(Priority.DELIVERY) == pytest.approx(3 + 5)


def test_every_spelling_lookups_are_remembered_and_forgotten(sandbox):
    client = SwitchTransactClient(sandbox.base_url, "test-key")
    lookups = CachedLookups(client_of=lambda: client, region="ZA", max_entries=3)
    try:
        first = lookups.lookup_all_by_phone("021 555 0199")  # a switchboard: several records
        asked = sandbox.request_count("/calls/record")
        again = lookups.lookup_all_by_phone("+27215550199")
        one = lookups.lookup_by_phone("0215550199")  # answered by what every spelling found
        assert sandbox.request_count("/calls/record") == asked
        assert len(first) > 1 and again == first and one == first[0]
        for number in ("0821110001", "0821110002", "0821110003", "0821110004"):
            lookups.lookup_all_by_phone(number)
        assert len(lookups) <= 6  # bounded: 3 per kind
        lookups.forget()
        lookups.lookup_all_by_phone("021 555 0199")
        assert sandbox.request_count("/calls/record") > asked + 4
    finally:
        client.close()
