"""`check`: each step in plain words, and the exit code of the first problem."""

from __future__ import annotations

import socket

import pytest
from client_stub import Reply, StubServer, make_self_signed

from agent_desktop.core.api.diagnostics import run_check


def names(report):
    return [(step.name, step.ok) for step in report.steps]


def test_all_good_against_the_sandbox(sandbox):
    report = run_check(sandbox.base_url, "test-key")
    assert report.ok and report.exit_code == 0
    assert names(report) == [
        ("Base URL", True),
        ("Region", True),
        ("Name lookup", True),
        ("Connection", True),
        ("API key", True),
        ("Search", True),
    ]
    assert report.steps[0].message == f"Using {sandbox.base_url}."
    assert "South Africa" in report.steps[1].message


def test_wrong_key_is_exit_3_with_the_servers_words(sandbox):
    report = run_check(sandbox.base_url, "wrong-key")
    assert not report.ok and report.exit_code == 3
    assert report.steps[-1].name == "API key" and not report.steps[-1].ok
    assert "Requesting Read on General" in report.steps[-1].message
    assert "wrong-key" not in "".join(s.message for s in report.steps)


@pytest.mark.parametrize("key", [None, "", "  "])
def test_missing_key_is_a_settings_problem(sandbox, key):
    report = run_check(sandbox.base_url, key)
    assert report.exit_code == 2 and report.steps[-1].name == "API key"
    assert "No API key is set" in report.steps[-1].message
    assert sandbox.request_count() == 0


@pytest.mark.parametrize(
    "url", ["ftp://x.example", "http://crm.example.com/api/1.0", "https://x.example/?q=1"]
)
def test_bad_base_url_stops_at_the_first_step(url):
    report = run_check(url, "k")
    assert report.exit_code == 2 and names(report) == [("Base URL", False)]


def test_unknown_region_is_a_settings_problem(sandbox):
    report = run_check(sandbox.base_url, "test-key", region="XX")
    assert report.exit_code == 2 and ("Region", False) in names(report)
    assert names(report)[-1] == ("Search", True)  # the other steps still ran


def test_nothing_listening_is_a_network_problem():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{sock.getsockname()[1]}/api/1.0"
        report = run_check(url, "k")
    assert report.exit_code == 4 and names(report)[-1] == ("Connection", False)
    assert "connection refused" in report.steps[-1].message


def test_unknown_host(monkeypatch):
    def no_dns(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    report = run_check("https://crm.example.test/api/1.0", "k")
    assert report.exit_code == 4 and names(report)[-1] == ("Name lookup", False)
    assert "Could not find crm.example.test" in report.steps[-1].message


def test_untrusted_certificate(tmp_path):
    with StubServer(tls=make_self_signed(tmp_path)) as server:
        report = run_check(server.base_url, "k")
    assert report.exit_code == 4 and names(report)[-1] == ("Secure connection", False)
    assert "Could not connect securely to 127.0.0.1" in report.steps[-1].message


def test_redirect_is_a_settings_problem():
    with StubServer(Reply(301, b"", {"Location": "https://elsewhere.example/login"})) as server:
        report = run_check(server.base_url, "k")
    assert report.exit_code == 2 and names(report)[-1] == ("API key", False)
    assert "elsewhere.example/login" in report.steps[-1].message
    assert "check the base URL" in report.steps[-1].message


def test_html_error_page_is_a_server_problem():
    with StubServer(Reply(502, b"<html><h1>Bad Gateway</h1></html>")) as server:
        report = run_check(server.base_url, "k")
    assert report.exit_code == 4 and names(report)[-1] == ("API key", False)


def test_search_permission_missing():
    def reply(seen):
        if "/calls/autocomplete" in seen.path:
            return Reply(
                200,
                b'{"status": false, "error": "Not authorized to make this API '
                b'call. Requesting Read on Search."}',
            )
        return Reply(200, b'{"status": false}')

    with StubServer(reply) as server:
        report = run_check(server.base_url, "k")
    assert report.exit_code == 3 and names(report)[-2:] == [("API key", True), ("Search", False)]
