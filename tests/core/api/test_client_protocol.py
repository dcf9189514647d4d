"""The client against answers only a scripted server can give: HTML, redirects, oversized and
dripping bodies, hangs, refused connections, untrusted TLS, arbitrary status/body pairs."""

from __future__ import annotations

import json
import socket
import ssl

import pytest
import requests
import truststore
from client_stub import Reply, StubServer, make_self_signed
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from property_budget import examples

from agent_desktop import __version__
from agent_desktop.core.api.client import CREATED_NOT_FOUND, SwitchTransactClient
from agent_desktop.core.api.errors import (
    ApiError,
    AuthError,
    NetworkError,
    ProtocolError,
    RateLimited,
    ServerError,
    ValidationError,
)
from agent_desktop.core.api.http_safety import network_error
from agent_desktop.core.api.responses import RedirectError

KEY = "sk-live-5f2b9c1e7a4d"
JAMES = {
    "id": "2916509f-f188-42d8-ab0e-a27bcb20d70d",
    "firstname": "James",
    "lastname": "May",
    "mobilephone": "+27721234567",
    "entity_type": "Account",
}


def ok_json(data: object, status: int = 200) -> Reply:
    return Reply(status, json.dumps(data).encode())


def assert_no_key(err: BaseException) -> None:
    texts = [str(err), repr(err), *(str(v) for v in vars(err).values())]
    assert all(KEY not in t for t in texts)


def client_for(server: StubServer, **kwargs: float) -> SwitchTransactClient:
    return SwitchTransactClient(server.base_url, KEY, **kwargs)


def test_sends_raw_key_user_agent_and_json_content_type():
    with (
        StubServer(ok_json({"status": True, "contact": JAMES})) as server,
        client_for(server) as client,
    ):
        assert client.lookup_by_phone("072 123 4567").id == JAMES["id"]
        client.log_call({"CallType": "Inbound", "Name": "Zoë"})
    get, post = server.requests
    assert get.method == "GET" and get.path == "/api/1.0/calls/record?phone=%2B27721234567"
    assert get.headers["Authorization"] == KEY
    assert get.headers["User-Agent"].startswith(f"AgentDesktop/{__version__} ")
    assert "Content-Type" not in get.headers
    assert post.path == "/api/1.0/calls/log"
    assert post.headers["Content-Type"] == "application/json"
    assert json.loads(post.body) == {"CallType": "Inbound", "Name": "Zoë"}


def test_html_500_is_a_server_error_and_html_200_a_protocol_error_with_excerpt():
    page = b"<html><head><style>p{}</style></head><body><h1>502  Bad\n\nGateway</h1>" + b"x" * 500
    with (
        StubServer(Reply(500, page, {"Content-Type": "text/html"})) as server,
        client_for(server) as client,
    ):
        with pytest.raises(ServerError) as err:
            client.search("james")
        assert err.value.status == 500
        server.responder = Reply(200, page, {"Content-Type": "text/html"})
        with pytest.raises(ProtocolError) as err:
            client.search("james")
    assert err.value.excerpt.startswith("502 Bad Gateway x")
    assert len(err.value.excerpt) <= 120 and "<" not in err.value.message


@pytest.mark.parametrize("target", ["https://evil.example/api?key=1", "http://127.0.0.1:1/x"])
def test_redirects_are_reported_not_followed(target):
    with (
        StubServer() as other,
        StubServer(
            Reply(302, b"", {"Location": target.replace("127.0.0.1:1", f"127.0.0.1:{other.port}")})
        ) as server,
        client_for(server) as client,
    ):
        with pytest.raises(RedirectError) as err:
            client.lookup_by_email("james@may.com")
        assert other.requests == []  # the key never went anywhere else
    assert "redirected" in err.value.message and "?" not in err.value.message
    assert err.value.location.startswith(target.split("?")[0][:12])
    assert isinstance(err.value, ProtocolError)


def test_oversized_body_is_refused():
    body = b'{"status": true, "contacts": [' + b" " * (5 * 1024 * 1024) + b"]}"
    with StubServer(Reply(200, body)) as server, client_for(server) as client:
        with pytest.raises(ProtocolError, match="larger than 5 MB"):
            client.search("james")
        server.responder = Reply(200, b'{"status": false}' + b" " * 1000)
        with client_for(server, max_body_bytes=1000) as small, pytest.raises(ProtocolError):
            small.search("james")


def test_slow_drip_ends_at_the_total_deadline():
    with (
        StubServer(Reply(200, b'{"status": false}' * 50, drip=0.05)) as server,
        client_for(server, total_timeout=0.4) as client,
        pytest.raises(NetworkError, match=r"within 0\.4 s"),
    ):
        client.search("james")


def test_a_server_that_never_answers_times_out():
    with (
        StubServer(Reply(hang=True)) as server,
        client_for(server, read_timeout=0.3) as client,
        pytest.raises(NetworkError, match=r"timed out after 0\.3 s"),
    ):
        client.lookup_by_email("a@b.co")


def test_connection_refused():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # bound but not listening: connections are refused
        with (
            SwitchTransactClient(f"http://127.0.0.1:{port}/api/1.0", KEY) as client,
            pytest.raises(NetworkError, match="connection refused"),
        ):
            client.search("x")


def test_name_lookup_failure(monkeypatch):
    def no_dns(*args, **kwargs):
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with (
        SwitchTransactClient("https://crm.example.test/api/1.0", KEY) as client,
        pytest.raises(NetworkError, match=r"Could not find crm\.example\.test"),
    ):
        client.search("x")


def test_untrusted_certificate_is_a_network_error(tmp_path):
    with (
        StubServer(ok_json({"status": False}), tls=make_self_signed(tmp_path)) as server,
        client_for(server) as client,
        pytest.raises(NetworkError) as err,
    ):
        client.search("x")
    assert "Could not connect securely to 127.0.0.1" in err.value.message
    assert server.requests == []


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (Reply(401, b""), AuthError),
        (Reply(403, b"<h1>Forbidden</h1>", {"Content-Type": "text/html"}), AuthError),
        (ok_json({"status": False, "error": "Name is required"}, 422), ValidationError),
        (Reply(429, b"", {"Retry-After": "7"}), RateLimited),
        (Reply(503, b""), ServerError),
        (Reply(200, b"\xff\xfe\x00garbage"), ProtocolError),
    ],
)
def test_every_error_class_over_http(reply, error):
    with StubServer(reply) as server, client_for(server) as client, pytest.raises(error) as err:
        client.create_contact("Sipho", "Dube", "0731112222")
    assert_no_key(err.value)


def test_created_but_not_found_yet_on_a_lagging_server():
    """The create is accepted, but every lookup of the number still answers 'not found'."""

    def reply(seen):
        if seen.path.endswith("/calls/create"):
            return ok_json({"firstname": "Lerato", "lastname": "Mokoena", "phone": "0745556666"})
        return ok_json({"status": False})

    with StubServer(reply) as server, client_for(server) as client, pytest.raises(ApiError) as err:
        client.create_contact("Lerato", "Mokoena", "0745556666")
    assert type(err.value).__name__ == "NotFound"
    assert err.value.message == CREATED_NOT_FOUND
    assert sum(s.path.endswith("/calls/create") for s in server.requests) == 1
    assert sum("/calls/record" in s.path for s in server.requests) >= 2  # every spelling


def test_create_that_cannot_be_resolved_is_not_found_and_not_retried():
    def reply(seen):
        if seen.path.endswith("/calls/create"):
            return ok_json({"firstname": "Sipho", "lastname": "Dube", "phone": "0731112222"})
        return Reply(500, b"oops")

    with StubServer(reply) as server, client_for(server) as client, pytest.raises(ApiError) as err:
        client.create_contact("Sipho", "Dube", "073 111 2222")
    assert type(err.value).__name__ == "NotFound"
    assert err.value.message.startswith("The contact was created but SwitchTransact has not")
    assert json.loads(server.requests[0].body)["phone"] == "0731112222"
    assert sum(s.path.endswith("/calls/create") for s in server.requests) == 1


STATUSES = st.sampled_from(
    [200, 201, 204, 301, 302, 400, 401, 403, 404, 409, 418, 422, 429, 500, 502, 503, 504]
) | st.integers(200, 599)
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(["status", "error", "contact", "contacts", "id", "firstname", "x"]),
            inner,
            max_size=5,
        )
    ),
    max_leaves=12,
)
BODIES = st.binary(max_size=200) | JSON.map(lambda v: json.dumps(v).encode())


@pytest.fixture(scope="module")
def fuzz_server():
    with StubServer() as server:
        yield server


@settings(
    max_examples=examples(40),
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    status=STATUSES,
    body=BODIES,
    retry=st.none() | st.text(max_size=12),
    method=st.sampled_from(["lookup_by_phone", "lookup_by_email", "search", "create", "log"]),
)
def test_only_typed_results_or_api_errors_over_http(fuzz_server, status, body, retry, method):
    headers = {"Content-Type": "application/json"}
    if retry is not None and retry.isprintable() and retry.isascii():
        headers["Retry-After"] = retry
    fuzz_server.responder = Reply(status, body, headers)
    # A short total budget: a fuzzed 429 with a Retry-After is waited out only within it.
    with client_for(fuzz_server, read_timeout=2, total_timeout=2) as client:
        calls = {
            "lookup_by_phone": lambda: client.lookup_by_phone("0721234567"),
            "lookup_by_email": lambda: client.lookup_by_email("James@May.com"),
            "search": lambda: client.search("jam"),
            "create": lambda: client.create_contact("A", "B", "0721234567"),
            "log": lambda: client.log_call({"CallType": "Inbound"}),
        }
        try:
            calls[method]()
        except ApiError as err:
            assert err.message
            assert_no_key(err)


def test_tls_uses_the_os_trust_store_for_this_session_only():
    with SwitchTransactClient("", KEY) as client, client._sessions.lease() as session:
        adapter = session.get_adapter("https://app.switchtransact.com/api/1.0")
        context = adapter.poolmanager.connection_pool_kw["ssl_context"]
    assert isinstance(context, truststore.SSLContext)
    assert ssl.SSLContext is not truststore.SSLContext  # nothing injected globally


def test_environment_proxy_is_not_used_for_this_computer(monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("ALL_PROXY", "http://127.0.0.1:9")
    with (
        StubServer(ok_json({"status": True, "contact": JAMES})) as server,
        client_for(server) as client,
    ):
        assert client.lookup_by_email("james@may.com").id == JAMES["id"]
        assert client.lookup_by_email("james@may.com").id == JAMES["id"]


@pytest.mark.logs_errors
def test_unexpected_failures_still_leave_as_api_errors(monkeypatch):
    import agent_desktop.core.api.client as client_module

    def broken(resp):
        raise KeyError("bug")

    monkeypatch.setattr(client_module, "read_contacts", broken)
    with (
        StubServer() as server,
        client_for(server) as client,
        pytest.raises(ProtocolError, match=r"Unexpected problem .*KeyError"),
    ):
        client.search("x")


@pytest.mark.parametrize(
    ("exc", "words"),
    [
        (ssl.SSLCertVerificationError("certificate has expired"), "certificate has expired"),
        (
            ssl.SSLCertVerificationError("Hostname mismatch, certificate is not valid for 'x'"),
            "certificate is for a different name",
        ),
        (OSError(101, "Network is unreachable"), "network is unreachable"),
        (ConnectionResetError(104, "Connection reset by peer"), "broke off"),
        (requests.exceptions.ConnectTimeout("x"), "timed out after 5 s"),
        (requests.exceptions.ReadTimeout("x"), "timed out after 15 s"),
        (requests.exceptions.InvalidURL("x"), "address is not usable"),
        (RuntimeError("?"), "network connection failed"),
    ],
)
def test_network_failures_in_plain_words(exc, words):
    error = network_error(requests.exceptions.ConnectionError(exc), "crm.example", 5, 15)
    if isinstance(exc, requests.RequestException):
        error = network_error(exc, "crm.example", 5, 15)
    assert words in error.message and "crm.example" in error.message
