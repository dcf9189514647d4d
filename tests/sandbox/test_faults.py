"""Fault injection: each kind on its own at rate 1.0, bursts, runtime changes, /_debug exempt."""

from __future__ import annotations

import json
import socket
import struct
import threading
import time

import pytest
import requests
from stubs import wait_for

from agent_desktop.core.api.client import SwitchTransactClient
from agent_desktop.core.api.errors import NetworkError
from agent_desktop.sandbox import FaultConfig, SandboxServer
from agent_desktop.sandbox.faults import INJECTED, WRITE_FAILED, Fault, FaultInjector, LostAnswer


def statuses(api, n: int, path: str = "/calls/record") -> list[int]:
    return [api.get(path, phone="+27721234567").status_code for _ in range(n)]


def test_error_rate_alternates_html_proxy_pages_and_json(sandbox, api):
    sandbox.faults = FaultConfig(error_rate=1.0)
    first, second = api.get("/calls/record", phone="+27721234567"), api.post("/calls/log", {})
    assert first.status_code == second.status_code == 500
    assert first.headers["Content-Type"] == "text/html"
    assert "<title>500 Internal Server Error</title>" in first.text
    assert second.json() == {"status": False, "error": "API error."}


def test_dropped_connection_gets_no_answer_at_all(sandbox, api, valid_log):
    sandbox.faults = FaultConfig(drop_rate=1.0)
    with pytest.raises(requests.ConnectionError):
        api.get("/calls/record", phone="+27721234567")
    with pytest.raises(requests.ConnectionError):
        api.post("/calls/log", valid_log)
    assert sandbox.received_logs() == []  # a faulty request has no effect on the data
    assert sandbox.request_count("/calls/log") == 1


def test_lost_answer_is_processed_then_the_connection_closes_unanswered(sandbox, api, valid_log):
    sandbox.faults = FaultConfig(lost_answer_rate=1.0)
    with pytest.raises(requests.ConnectionError):
        api.post("/calls/log", valid_log)
    assert sandbox.received_logs() == [valid_log]  # the server kept it; the client cannot know
    assert sandbox.lost_answers() == [LostAnswer("/calls/log", 200, valid_log, INJECTED)]
    assert api.get("/_debug/lost-answers").json() == [
        {"path": "/calls/log", "status": 200, "body": valid_log, "reason": INJECTED}
    ]


def test_lost_answers_through_the_client_are_network_errors(sandbox, valid_log):
    sandbox.faults = FaultConfig(lost_answer_rate=1.0)
    contacts = sandbox.contact_count()
    client = SwitchTransactClient(sandbox.base_url, sandbox.token)
    try:
        with pytest.raises(NetworkError):
            client.log_call(valid_log)
        with pytest.raises(NetworkError):
            client.create_contact("Sipho", "Dube", "0831234567")
    finally:
        client.close()
    assert sandbox.received_logs() == [valid_log]
    assert sandbox.contact_count() == contacts + 1  # created, though the client heard nothing
    assert [(x.path, x.status) for x in sandbox.lost_answers()] == [
        ("/calls/log", 200),
        ("/calls/create", 200),
    ]
    assert [x.body for x in sandbox.lost_answers("/api/1.0/calls/create")] == [
        {"firstname": "Sipho", "lastname": "Dube", "phone": "0831234567"}
    ]


def test_lost_answer_to_a_refused_request_changes_nothing(sandbox, make_api, valid_log):
    sandbox.faults = FaultConfig(lost_answer_rate=1.0)
    with pytest.raises(requests.ConnectionError):
        make_api(sandbox.base_url, "wrong-key").post("/calls/log", valid_log)
    assert sandbox.received_logs() == []
    assert [(x.status, x.reason) for x in sandbox.lost_answers()] == [(401, INJECTED)]


@pytest.mark.skipif(not hasattr(socket, "SO_LINGER"), reason="needs SO_LINGER for a reset")
def test_an_answer_the_client_hung_up_on_is_listed_as_lost(sandbox, valid_log):
    sandbox.faults = FaultConfig(latency=0.2)
    body = json.dumps(valid_log).encode()
    host, port = "127.0.0.1", sandbox.port
    request = (
        f"POST /api/1.0/calls/log HTTP/1.1\r\nHost: {host}:{port}\r\n"
        f"Authorization: {sandbox.token}\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(body)}\r\n\r\n"
    ).encode() + body
    with socket.create_connection((host, port), timeout=5) as sock:
        sock.sendall(request)
        # Until the sandbox holds the request in its latency:
        wait_for(lambda: sandbox.request_count("/calls/log"), timeout=5)
        # Linger 0: close() resets the connection, so the sandbox's write fails at once.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    wait_for(sandbox.lost_answers, timeout=5)
    assert sandbox.received_logs() == [valid_log]
    assert sandbox.lost_answers() == [LostAnswer("/calls/log", 200, valid_log, WRITE_FAILED)]


def test_malformed_answers_are_200_with_json_type_but_no_json(sandbox, api):
    sandbox.faults = FaultConfig(malformed_rate=1.0)
    for _ in range(5):  # every variant once
        r = api.get("/calls/autocomplete", term="may")
        assert r.status_code == 200
        assert r.headers["Content-Type"].startswith("application/json")
        with pytest.raises(json.JSONDecodeError):
            json.loads(r.content)


def test_rate_limit_bursts_with_retry_after(sandbox, api):
    sandbox.faults = FaultConfig(rate_limit_every=3, rate_limit_burst=2, retry_after=2.0)
    rs = [api.get("/calls/record", phone="+27721234567") for _ in range(8)]
    assert [r.status_code for r in rs] == [200, 200, 429, 429, 200, 200, 429, 429]
    limited = rs[2]
    assert limited.headers["Retry-After"] == "2"
    assert limited.json()["status"] is False and limited.json()["error"]


def test_rate_limit_without_retry_after_and_with_fractions(sandbox, api):
    sandbox.faults = FaultConfig(rate_limit_every=1, rate_limit_burst=1, retry_after=None)
    r = api.get("/calls/record", phone="+27721234567")
    assert r.status_code == 429 and "Retry-After" not in r.headers
    sandbox.faults = FaultConfig(rate_limit_every=1, retry_after=0.25)
    assert api.get("/calls/record", phone="x").headers["Retry-After"] == "0.25"


def test_latency_delays_calls_but_not_debug(sandbox, api):
    sandbox.faults = FaultConfig(latency=0.3)
    start = time.monotonic()
    assert api.get("/calls/record", phone="+27721234567").status_code == 200
    assert time.monotonic() - start >= 0.3
    start = time.monotonic()
    assert api.get("/_debug/logs").status_code == 200
    assert time.monotonic() - start < 0.3


def test_faults_never_touch_debug_endpoint(sandbox, api):
    sandbox.faults = FaultConfig(error_rate=1.0, rate_limit_every=1)
    assert api.get("/_debug/logs").json() == []


def test_faults_come_before_auth_and_can_be_switched_off(sandbox, make_api):
    stranger = make_api(sandbox.base_url, "wrong-key")
    sandbox.faults = FaultConfig(error_rate=1.0)
    assert stranger.get("/calls/record", phone="1").status_code == 500  # the proxy answers
    sandbox.faults = FaultConfig()
    assert stranger.get("/calls/record", phone="1").status_code == 401


def test_faults_given_at_construction_apply_from_the_first_request(make_api):
    with SandboxServer(token="k", faults=FaultConfig(error_rate=1.0), seed_contacts=False) as s:
        assert statuses(make_api(s.base_url, "k"), 2) == [500, 500]


def test_stop_interrupts_requests_waiting_in_latency(make_api):
    outcome: list[object] = []
    with SandboxServer(token="k", faults=FaultConfig(latency=30)) as server:
        client = make_api(server.base_url, "k")

        def call():
            try:
                outcome.append(client.get("/calls/record", phone="1"))
            except requests.RequestException as err:
                outcome.append(err)

        caller = threading.Thread(target=call)
        caller.start()
        # Until the request is inside the server, sleeping in latency:
        wait_for(server.request_count, timeout=5)
        start = time.monotonic()
        server.stop()
        caller.join(5)
        assert time.monotonic() - start < 2
    assert isinstance(outcome[0], requests.ConnectionError)


def test_injector_shares_are_roughly_right_and_reproducible():
    config = FaultConfig(error_rate=0.2, drop_rate=0.1, malformed_rate=0.1, jitter=0.5, seed=7)
    injectors = [FaultInjector(config), FaultInjector(config)]
    runs = [[injector.decide() for _ in range(2000)] for injector in injectors]
    assert runs[0] == runs[1]
    kinds = [d.fault for d in runs[0]]
    share = {k: kinds.count(k) / len(kinds) for k in Fault}
    assert 0.07 < share[Fault.DROP] < 0.13
    assert 0.17 < share[Fault.ERROR_HTML] + share[Fault.ERROR_JSON] < 0.23
    assert abs(share[Fault.ERROR_HTML] - share[Fault.ERROR_JSON]) < 0.01
    assert 0.07 < share[Fault.MALFORMED] < 0.13
    assert all(0 <= d.delay <= 0.5 for d in runs[0])


def test_lost_answers_take_only_requests_that_would_have_succeeded():
    plain = FaultConfig(error_rate=0.2, drop_rate=0.1, seed=3)
    lossy = FaultConfig(error_rate=0.2, drop_rate=0.1, lost_answer_rate=0.1, seed=3)
    before, after = (
        [injector.decide() for _ in range(2000)]
        for injector in (FaultInjector(plain), FaultInjector(lossy))
    )
    changed = [(b.fault, a.fault) for b, a in zip(before, after, strict=True) if a != b]
    assert set(changed) == {(Fault.NONE, Fault.LOST_ANSWER)}  # a seed replays as it did
    assert 0.07 < len(changed) / len(after) < 0.13
    assert FaultConfig(lost_answer_rate=0.1).active


@pytest.mark.parametrize(
    "bad",
    [
        {"latency": -1},
        {"jitter": -0.1},
        {"error_rate": 1.5},
        {"drop_rate": -0.1},
        {"malformed_rate": 2},
        {"rate_limit_every": -1},
        {"rate_limit_burst": 0},
        {"retry_after": -1},
        {"lost_answer_rate": 1.1},
    ],
)
def test_fault_config_rejects_nonsense(bad):
    with pytest.raises(ValueError, match=next(iter(bad))):
        FaultConfig(**bad)
