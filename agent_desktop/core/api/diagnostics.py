"""`agent-desktop check`: walk from the base URL to a real API call, one plain-words step at a
time, so an agent (or IT) can see where a connection problem lies."""

from __future__ import annotations

import socket
import ssl
from dataclasses import dataclass
from urllib.parse import urlsplit

import phonenumbers
import requests
import truststore

from agent_desktop.core.api import http_safety
from agent_desktop.core.api.client import SwitchTransactClient
from agent_desktop.core.api.errors import ApiError, AuthError
from agent_desktop.core.api.responses import RedirectError
from agent_desktop.core.phone import region_name
from agent_desktop.core.region import DEFAULT_REGION, region_or_default
from agent_desktop.core.texts import Text, text_of

# The command line's exit codes.
EXIT_OK, EXIT_SETTINGS, EXIT_AUTH, EXIT_NETWORK = 0, 2, 3, 4
# Harmless requests that read nothing real: an address and a term no contact can have.
PROBE_EMAIL = "agent-desktop-check@example.invalid"
PROBE_TERM = "zq-agent-desktop-check"


@dataclass(frozen=True)
class CheckStep:
    name: str  # a Text: the window translates it, the CLI prints it
    ok: bool
    message: str  # a Text, or an API error's own message (then `error` holds that error)
    error: ApiError | None = None


@dataclass(frozen=True)
class CheckReport:
    steps: list[CheckStep]
    ok: bool
    exit_code: int


class _Steps:
    def __init__(self) -> None:
        self.steps: list[CheckStep] = []
        self.exit_code = EXIT_OK

    def ok(self, name: str, message: str) -> None:
        self.steps.append(CheckStep(Text(name), True, message))

    def fail(self, name: str, message: str, code: int, error: ApiError | None = None) -> None:
        self.steps.append(CheckStep(Text(name), False, message, error))
        if self.exit_code == EXIT_OK:  # the first problem decides the exit code
            self.exit_code = code

    def report(self) -> CheckReport:
        return CheckReport(list(self.steps), self.exit_code == EXIT_OK, self.exit_code)


def _check_network(steps: _Steps, url: str, timeout: float) -> bool:
    parts = urlsplit(url)
    host = parts.hostname or ""
    port = parts.port or (443 if parts.scheme == "https" else 80)
    proxy = (
        None
        if http_safety.is_loopback(host)
        else (requests.utils.get_environ_proxies(url).get(parts.scheme))
    )
    if proxy:
        # A direct connection would test the wrong path; the API call below goes via the proxy.
        steps.ok("check.proxy", Text("check.via_proxy", http_safety.redact_url(proxy)))
        return True
    try:
        addresses = sorted({str(info[4][0]) for info in socket.getaddrinfo(host, port)})
    except (OSError, UnicodeError):
        steps.fail("check.name_lookup", Text("check.host_unknown", host), EXIT_NETWORK)
        return False
    if host in addresses:
        steps.ok("check.name_lookup", Text("check.host_is_ip", host))
    else:
        steps.ok("check.name_lookup", Text("check.host_at", host, ", ".join(addresses[:3])))
    try:
        sock = socket.create_connection((host, port), timeout=timeout)
    except OSError as exc:
        error = http_safety.network_error(exc, host, timeout, timeout)
        steps.fail("check.connection", error.message, EXIT_NETWORK, error)
        return False
    with sock:
        steps.ok("check.connection", Text("check.connected", host, port))
        if parts.scheme != "https":
            return True
        try:
            context = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            with context.wrap_socket(sock, server_hostname=host) as tls:
                version = tls.version() or "TLS"
        except (OSError, ValueError) as exc:
            error = http_safety.network_error(exc, host, timeout, timeout)
            steps.fail("check.tls", error.message, EXIT_NETWORK, error)
            return False
    steps.ok("check.tls", Text("check.trusted", host, version))
    return True


def _check_api(steps: _Steps, client: SwitchTransactClient) -> None:
    for name, probe in (
        ("check.api_key", lambda: client.lookup_by_email(PROBE_EMAIL)),
        ("check.search", lambda: client.search(PROBE_TERM)),
    ):
        try:
            probe()
        except AuthError as exc:
            steps.fail(name, exc.message, EXIT_AUTH, exc)
            return
        except RedirectError as exc:
            steps.fail(name, exc.message, EXIT_SETTINGS, exc)
            return
        except ApiError as exc:
            steps.fail(name, exc.message, EXIT_NETWORK, exc)
            return
        steps.ok(name, Text("check.key_ok" if name == "check.api_key" else "check.search_ok"))


def run_check(
    base_url: str,
    api_key: str | None,
    region: str = DEFAULT_REGION,
    *,
    timeout: float = 5.0,
    read_timeout: float = 15.0,
) -> CheckReport:
    steps = _Steps()
    try:
        url = http_safety.normalise_base_url(base_url)
    except ValueError as exc:
        steps.fail("check.base_url", text_of(exc), EXIT_SETTINGS)
        return steps.report()
    steps.ok("check.base_url", Text("check.using_url", url))
    code = (region or "").strip().upper()
    if code in phonenumbers.SUPPORTED_REGIONS:
        steps.ok("check.region", Text("check.region_ok", region_name(code)))
    else:
        steps.fail("check.region", Text("check.region_bad", region), EXIT_SETTINGS)
    reachable = _check_network(steps, url, timeout)
    if not (api_key or "").strip():
        steps.fail("check.api_key", Text("check.no_key"), EXIT_SETTINGS)
        return steps.report()
    if not reachable:
        return steps.report()
    try:
        client = SwitchTransactClient(
            url,
            api_key or "",
            region=region_or_default(code),
            connect_timeout=timeout,
            read_timeout=read_timeout,
        )
    except ValueError as exc:
        steps.fail("check.api_key", text_of(exc), EXIT_SETTINGS)
        return steps.report()
    with client:
        _check_api(steps, client)
    return steps.report()
