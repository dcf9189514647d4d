"""The careful HTTP plumbing under the client: which URLs are allowed, TLS against the OS trust
store, bounded reads, and network failures described in plain words."""

from __future__ import annotations

import contextlib
import socket
import ssl
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import requests
import truststore
import urllib3.exceptions
from requests.__version__ import __version__ as requests_version
from requests.adapters import HTTPAdapter
from urllib3.connectionpool import HTTPSConnectionPool
from urllib3.poolmanager import PoolManager

from agent_desktop import __version__
from agent_desktop.core.api.deadline import POOL_CLASSES
from agent_desktop.core.api.errors import NetworkError, ProtocolError
from agent_desktop.core.api.loopback import is_loopback  # also used from here by the client
from agent_desktop.core.texts import Text

DEFAULT_BASE_URL = "https://app.switchtransact.com/api/1.0"
MAX_BODY_BYTES = 5 * 1024 * 1024
_CHUNK = 64 * 1024
USER_AGENT = f"AgentDesktop/{__version__} (+python-requests/{requests_version})"


def normalise_base_url(url: str | None) -> str:
    """The base URL cleaned up, or ValueError with a sentence saying what to fix.

    Empty means the real service. https is required except on this computer (the sandbox)."""
    text = (url or "").strip() or DEFAULT_BASE_URL
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError:
        raise ValueError(Text("url.invalid", text)) from None
    scheme = parts.scheme.lower()
    host = parts.hostname or ""
    if scheme not in ("http", "https"):
        raise ValueError(Text("url.https"))
    if not host or any(ch.isspace() or not ch.isprintable() for ch in host):
        raise ValueError(Text("url.no_host", text))
    if parts.username is not None or parts.password is not None:
        raise ValueError(Text("url.credentials"))
    if parts.query or parts.fragment:
        raise ValueError(Text("url.query"))
    if scheme == "http" and not is_loopback(host):
        raise ValueError(Text("url.http_remote", host))
    netloc = f"[{host}]" if ":" in host else host
    if port is not None:
        netloc += f":{port}"
    return urlunsplit((scheme, netloc, parts.path.rstrip("/"), "", ""))


class WatchedAdapter(HTTPAdapter):
    """Connections that tell `deadline.Watchdog` their socket, so a request's total budget holds
    even against a server dripping its headers (direct and through an HTTP proxy)."""

    # **pool_kwargs: Any as in HTTPAdapter: urllib3's PoolManager options, passed through.
    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)
        self.poolmanager.pool_classes_by_scheme = dict(POOL_CLASSES)

    def proxy_manager_for(self, proxy: str, **proxy_kwargs: Any) -> PoolManager:
        # A ProxyManager or a SOCKSProxyManager (requests types it Any): both are PoolManagers.
        manager: PoolManager = super().proxy_manager_for(proxy, **proxy_kwargs)
        if hasattr(manager, "pool_classes_by_scheme"):
            manager.pool_classes_by_scheme = dict(POOL_CLASSES)
        return manager


class TruststoreAdapter(WatchedAdapter):
    """Verifies TLS with the operating system's trust store, for this session only (no global
    `truststore.inject_into_ssl()`)."""

    def init_poolmanager(
        self, connections: int, maxsize: int, block: bool = False, **pool_kwargs: Any
    ) -> None:
        pool_kwargs["ssl_context"] = truststore.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        super().init_poolmanager(connections, maxsize, block, **pool_kwargs)

    def cert_verify(
        self, conn: object, url: str, verify: bool | str, cert: str | tuple[str, str] | None
    ) -> None:
        if (
            verify is True
            and url.lower().startswith("https")
            and isinstance(conn, HTTPSConnectionPool)
        ):
            # requests would add certifi's bundle to the context; the OS store is the authority.
            conn.cert_reqs = "CERT_REQUIRED"
            conn.ca_certs = None
            conn.ca_cert_dir = None
            return
        super().cert_verify(conn, url, verify, cert)


def new_session() -> requests.Session:
    session = requests.Session()
    session.mount("https://", TruststoreAdapter())
    session.mount("http://", WatchedAdapter())
    session.headers["User-Agent"] = USER_AGENT
    session.headers["Accept"] = "application/json"
    return session


def _causes(exc: BaseException) -> Iterator[BaseException]:
    """The exception and everything it wraps (requests → urllib3 → socket)."""
    seen: set[int] = set()
    todo = [exc]
    while todo:
        item = todo.pop(0)
        if id(item) in seen:
            continue
        seen.add(id(item))
        yield item
        todo.extend(a for a in getattr(item, "args", ()) if isinstance(a, BaseException))
        for attr in ("reason", "__cause__", "__context__"):
            inner = getattr(item, attr, None)
            if isinstance(inner, BaseException):
                todo.append(inner)


def network_error(
    exc: BaseException, host: str, connect_timeout: float, read_timeout: float
) -> NetworkError:
    """A requests/urllib3/socket failure as a NetworkError an agent can act on."""
    chain = list(_causes(exc))
    text = " ".join(str(e) for e in chain).lower()

    def has(*types: type[BaseException]) -> bool:
        return any(isinstance(e, types) for e in chain)

    if has(
        ssl.SSLCertVerificationError,
        requests.exceptions.SSLError,
        urllib3.exceptions.SSLError,
        ssl.SSLError,
    ):
        if "expired" in text:
            detail = "its certificate has expired"
        elif "hostname" in text or "doesn't match" in text or "not valid for" in text:
            detail = "its certificate is for a different name"
        elif "verify" in text or "certificate" in text:
            detail = "its certificate could not be verified"
        else:
            detail = "the secure (TLS) connection failed"
        return NetworkError(
            f"Could not connect securely to {host}: {detail}. If your network inspects HTTPS "
            "traffic, ask IT to add its certificate to this computer's trust store."
        )
    # urllib3's NewConnectionError (refused, unreachable, DNS) subclasses ConnectTimeoutError.
    connect_timed_out = has(requests.exceptions.ConnectTimeout) or any(
        isinstance(e, urllib3.exceptions.ConnectTimeoutError)
        and not isinstance(e, urllib3.exceptions.NewConnectionError)
        for e in chain
    )
    if connect_timed_out:
        return NetworkError(f"Could not reach {host}: timed out after {connect_timeout:g} s.")
    if has(
        requests.exceptions.ReadTimeout,
        urllib3.exceptions.ReadTimeoutError,
        socket.timeout,
        TimeoutError,
    ):
        return NetworkError(f"{host} did not answer: timed out after {read_timeout:g} s.")
    if has(urllib3.exceptions.NameResolutionError, socket.gaierror) or "resolve" in text:
        return NetworkError(
            f"Could not find {host} (name lookup failed). Check the base URL and the internet "
            "connection."
        )
    if has(ConnectionRefusedError) or "refused" in text:
        return NetworkError(f"Could not reach {host}: connection refused.")
    if "unreachable" in text:
        return NetworkError(f"Could not reach {host}: the network is unreachable.")
    if has(requests.exceptions.ProxyError, urllib3.exceptions.ProxyError):
        return NetworkError(f"Could not reach {host} through the proxy; check the proxy settings.")
    if has(
        requests.exceptions.ChunkedEncodingError,
        requests.exceptions.ContentDecodingError,
        urllib3.exceptions.ProtocolError,
        urllib3.exceptions.DecodeError,
        ConnectionResetError,
        ConnectionAbortedError,
    ):
        return NetworkError(f"The connection to {host} broke off before the answer was complete.")
    if has(
        requests.exceptions.InvalidURL,
        requests.exceptions.InvalidSchema,
        requests.exceptions.MissingSchema,
        urllib3.exceptions.LocationValueError,
    ):
        return NetworkError(f"Could not reach {host}: the address is not usable.")
    return NetworkError(f"Could not reach {host}: the network connection failed.")


def answer_too_slow(host: str, budget: float) -> NetworkError:
    return NetworkError(
        f"{host} did not finish answering within {budget:g} s; the request was stopped."
    )


def _limit_socket_wait(raw: object, seconds: float) -> None:
    """Shrink the socket timeout so a read cannot wait past the request's deadline."""
    conn = getattr(raw, "_connection", None) or getattr(raw, "connection", None)
    sock = getattr(conn, "sock", None)
    if sock is not None:
        with contextlib.suppress(OSError):
            sock.settimeout(max(0.01, seconds))


def read_body(
    resp: requests.Response,
    *,
    host: str,
    deadline: float,
    read_timeout: float,
    total_timeout: float,
    cap: int = MAX_BODY_BYTES,
) -> bytes:
    """Read a streamed body: at most `cap` bytes, finished before `deadline` (monotonic).

    A body over the cap is a ProtocolError; one that drips past the deadline a NetworkError.
    Other read failures propagate for `network_error` to describe."""
    raw = resp.raw
    chunks: list[bytes] = []
    size = 0
    too_slow = answer_too_slow(host, total_timeout)
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise too_slow
        wait = min(read_timeout, remaining)
        _limit_socket_wait(raw, wait)
        try:
            # read1 returns whatever has arrived, so a slow drip is noticed chunk by chunk.
            chunk = raw.read1(min(_CHUNK, cap + 1 - size), decode_content=True) or b""
        except (urllib3.exceptions.ReadTimeoutError, TimeoutError):
            if wait < read_timeout:  # the wait was cut short by the deadline, not the server
                raise too_slow from None
            raise
        if not chunk:
            break
        chunks.append(chunk)
        size += len(chunk)
        if size > cap:
            raise ProtocolError(
                f"{host} sent an answer larger than {cap // (1024 * 1024)} MB; it was not read."
            )
    return b"".join(chunks)


def redact_url(url: str) -> str:
    """A URL fit to show: without user name, password, query or fragment."""
    try:
        parts = urlsplit(url.strip())
        netloc = parts.hostname or ""
        if ":" in netloc:
            netloc = f"[{netloc}]"
        if parts.port is not None:
            netloc += f":{parts.port}"
    except ValueError:
        return "(an unreadable address)"
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))
