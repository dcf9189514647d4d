"""The account-wide limit: per token, a sliding one-second window over every /calls endpoint,
429 with Retry-After beyond it."""

from __future__ import annotations

import pytest
import requests

from agent_desktop.core.api.client import SwitchTransactClient
from agent_desktop.core.api.errors import RateLimited
from agent_desktop.sandbox import SandboxServer
from agent_desktop.sandbox.account_limit import AccountLimiter, retry_after_seconds
from agent_desktop.sandbox.cli import add_sandbox_arguments


class ManualClock:
    def __init__(self) -> None:
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_window_slides_and_refusals_do_not_count():
    clock = ManualClock()
    limiter = AccountLimiter(3, clock=clock)
    for _ in range(3):
        assert limiter.admit("a") is None
        clock.now += 0.3
    assert limiter.admit("a") == pytest.approx(0.1)  # t=100.9: the first leaves at 101.0
    assert limiter.admit("b") is None  # another account has its own budget
    clock.now += 0.15
    assert limiter.admit("a") is None  # one slot came free...
    assert limiter.admit("a") is not None  # ...and only one: the refusal took none
    assert limiter.refused == 2


def test_bad_limits_are_refused():
    with pytest.raises(ValueError):
        AccountLimiter(0)
    with pytest.raises(ValueError):
        AccountLimiter(5, window=0)


def test_retry_after_is_whole_seconds_and_never_zero():
    assert [retry_after_seconds(w) for w in (0.0, 0.01, 1.0, 1.2)] == [1, 1, 1, 2]


def test_every_endpoint_counts_towards_one_token_budget():
    with SandboxServer(token="k", account_limit=4) as server:
        url = server.base_url
        headers = {"Authorization": "k"}
        with requests.Session() as http:
            answers = [
                http.get(f"{url}/calls/record", params={"phone": "+27721234567"}, headers=headers),
                http.get(f"{url}/calls/autocomplete", params={"term": "jam"}, headers=headers),
                http.post(f"{url}/calls/log", data=b"{}", headers=headers),
                http.get(f"{url}/calls/record", params={"email": "x@y.z"}, headers=headers),
                http.get(f"{url}/calls/autocomplete", params={"term": "may"}, headers=headers),
            ]
            debug = http.get(f"{url}/_debug/logs")  # never limited, never counted
        assert 429 not in [a.status_code for a in answers[:4]]
        assert answers[4].status_code == 429
        assert answers[4].headers["Retry-After"] == "1"
        assert answers[4].json() == {"status": False, "error": "Rate limit reached."}
        assert debug.status_code == 200
        assert server.account_limiter is not None and server.account_limiter.refused == 1


def test_client_sees_rate_limited_with_the_servers_retry_after():
    with SandboxServer(token="k", account_limit=2) as server:
        client = SwitchTransactClient(server.base_url, "k")
        try:
            client.search("jam")
            client.search("may")
            with pytest.raises(RateLimited) as caught:
                client.search("zoe")
        finally:
            client.close()
    assert caught.value.retry_after == 1.0


def test_no_limit_by_default(sandbox):
    """More requests than the real account allows in a second (100), all answered. Ring
    lookups, the cheapest endpoint to serve (a search costs the sandbox ~20 ms), so the 150 are
    close together as a burst is."""
    assert sandbox.account_limiter is None
    client = SwitchTransactClient(sandbox.base_url, "test-key")
    try:
        assert all(client.lookup_by_phone("072 123 4567") for _ in range(150))
    finally:
        client.close()
    assert sandbox.request_count("/calls/record") == 150


def test_command_line_option():
    import argparse

    parser = argparse.ArgumentParser()
    add_sandbox_arguments(parser)
    assert parser.parse_args([]).account_limit is None
    assert parser.parse_args(["--account-limit", "100"]).account_limit == 100
    with pytest.raises(SystemExit):
        parser.parse_args(["--account-limit", "0"])


def test_a_bigger_autocomplete_page_for_oversized_answers():
    bulk = [
        {"id": f"bulk-{i}", "firstname": "Bulk", "lastname": f"Person {i:05d}"} for i in range(60)
    ]
    with SandboxServer(token="k", autocomplete_limit=50) as server:
        server.add_contacts(bulk)
        server.add_contacts(bulk[:5])  # present already: kept once
        assert server.contact_count() >= 60
        client = SwitchTransactClient(server.base_url, "k")
        try:
            assert len(client.search("bulk person")) == 50
        finally:
            client.close()
    with SandboxServer(token="k") as server:  # the API's own page stays 20
        server.add_contacts(bulk)
        client = SwitchTransactClient(server.base_url, "k")
        try:
            assert len(client.search("bulk person")) == 20
        finally:
            client.close()
