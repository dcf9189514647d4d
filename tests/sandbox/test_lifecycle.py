"""Start, stop, restart on the same port with the same database, quietness, threads."""

from __future__ import annotations

import socket
import sqlite3
import threading
import time

import pytest

from agent_desktop.sandbox import SandboxServer


def sandbox_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("sandbox-")]


def test_port_zero_reports_the_real_port(sandbox):
    assert sandbox.port > 0
    assert sandbox.base_url == f"http://127.0.0.1:{sandbox.port}/api/1.0"
    with socket.create_connection(("127.0.0.1", sandbox.port), timeout=2):
        pass


def test_restart_on_the_same_port_with_the_same_db_keeps_data(tmp_path, make_api, valid_log):
    db = tmp_path / "sandbox.sqlite3"
    first = SandboxServer(token="k", db_path=db).start()
    try:
        port = first.port
        api = make_api(first.base_url, "k")  # one session, kept across the restart
        api.post(
            "/calls/create", {"firstname": "Kagiso", "lastname": "Molefe", "phone": "0825550111"}
        )
        api.post("/calls/log", valid_log)
        seeded = first.contact_count()
    finally:
        first.stop()

    for _ in range(3):  # a soak test restarts again and again
        with SandboxServer(token="k", port=port, db_path=db) as again:
            assert again.port == port
            found = api.get("/calls/record", phone="0825550111").json()
            assert found["contact"]["lastname"] == "Molefe"
            assert again.received_logs() == [valid_log]
            assert again.contact_count() == seeded  # seeding twice adds nothing


def test_file_database_uses_wal(tmp_path):
    db = tmp_path / "wal.sqlite3"
    with SandboxServer(db_path=db):
        pass
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        conn.close()


def test_in_memory_sandboxes_do_not_share_data(make_api):
    with SandboxServer(token="k") as a, SandboxServer(token="k") as b:
        body = {"firstname": "Only", "lastname": "InA", "phone": "0719990000"}
        make_api(a.base_url, "k").post("/calls/create", body)
        assert make_api(b.base_url, "k").get("/calls/record", phone="0719990000").json() == {
            "status": False
        }


def test_stop_is_prompt_with_idle_keep_alive_connections_and_joins_threads(make_api):
    server = SandboxServer(token="k").start()
    api = make_api(server.base_url, "k")
    api.get("/calls/record", phone="+27721234567")  # leaves a pooled keep-alive connection
    assert sandbox_threads()
    start = time.monotonic()
    server.stop()
    assert time.monotonic() - start < 1
    assert not sandbox_threads()
    server.stop()  # twice is fine
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", server.port), timeout=1).close()


def test_logs_stay_readable_after_stop_and_start_twice_is_refused(make_api, valid_log):
    with SandboxServer(token="k") as server:
        make_api(server.base_url, "k").post("/calls/log", valid_log)
        with pytest.raises(RuntimeError):
            server.start()
    assert server.received_logs() == [valid_log]
    SandboxServer().stop()  # never started: nothing to do


def test_add_contact_needs_a_running_sandbox():
    with pytest.raises(RuntimeError):
        SandboxServer().add_contact(firstname="X")


def test_unseeded_sandbox_is_empty(make_api):
    with SandboxServer(token="k", seed_contacts=False) as server:
        api = make_api(server.base_url, "k")
        assert api.get("/calls/record", phone="+27721234567").json() == {"status": False}
        assert api.get("/calls/autocomplete", term="a").json() == {"status": False}


@pytest.mark.parametrize("verbose", [False, True])
def test_requests_are_logged_only_when_verbose(capfd, make_api, verbose):
    with SandboxServer(token="k", verbose=verbose) as server:
        make_api(server.base_url, "k").get("/calls/record", phone="+27721234567")
        make_api(server.base_url, "k").get("/calls/record", phone="x")
    err = capfd.readouterr().err
    assert ("GET /api/1.0/calls/record" in err) is verbose
    if not verbose:
        assert err == ""


def test_ipv6_loopback(make_api):
    if not socket.has_ipv6:
        pytest.skip("no IPv6 on this machine")
    try:
        server = SandboxServer(host="::1", token="k").start()
    except OSError:
        pytest.skip("IPv6 loopback not configured")
    try:
        assert server.base_url.startswith("http://[::1]:")
        assert make_api(server.base_url, "k").get("/calls/record", phone="+27721234567").ok
    finally:
        server.stop()
