"""Plain http only for this computer, named literally: `localhost` or a loopback address."""

from __future__ import annotations

import pytest

from agent_desktop.core.api.http_safety import normalise_base_url
from agent_desktop.core.api.loopback import is_loopback


@pytest.mark.parametrize(
    "host", ["localhost", "LOCALHOST", "127.0.0.1", "127.8.9.10", "::1", "[::1]"]
)
def test_literal_loopback_hosts(host):
    assert is_loopback(host)


@pytest.mark.parametrize(
    "host",
    [
        "localhost.",
        "127.0.0.1.",
        "localhost.example.com",
        "localhost.localdomain",
        "0.0.0.0",
        "10.0.0.1",
        "::",
        "",
        ".",
    ],
)
def test_anything_a_resolver_could_send_elsewhere_is_not_loopback(host):
    # "localhost." is a fully qualified name: it goes to DNS, which may answer anything.
    assert not is_loopback(host)


def test_plain_http_to_localhost_with_a_trailing_dot_is_refused():
    with pytest.raises(ValueError, match="must use https://"):
        normalise_base_url("http://localhost.:8080/api/1.0")
    assert normalise_base_url("http://localhost:8080/api/1.0") == "http://localhost:8080/api/1.0"
