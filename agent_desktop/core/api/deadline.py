"""One time budget for a whole exchange, connect to last byte, and for every request of a lookup.

Socket timeouts bound each wait, not the sum: a server that drips its status line one byte every
half second never trips a 15 s read timeout. So each request runs under a watchdog: when its
`Deadline` passes, the connection's socket is shut down, the blocked read returns at once, and
the client reports the request as too slow. The connection classes below tell the watchdog which
socket the request on this thread uses.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Generator, Iterable, Mapping
from typing import IO, Any, Protocol

from urllib3.connection import HTTPConnection, HTTPSConnection
from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

_current = threading.local()  # the Watchdog of the request running on this thread


class Deadline:
    """A point in time (monotonic) and the budget it was made from, for messages."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def remaining(self) -> float:
        return self.at - time.monotonic()

    def expired(self) -> bool:
        return self.remaining() <= 0


class _HasSocket(Protocol):
    sock: socket.socket | None


class Watchdog:
    """Shuts the request's socket down when the deadline passes; `fired` says it did."""

    def __init__(self, deadline: Deadline) -> None:
        self._deadline = deadline
        self._lock = threading.Lock()
        self._conn: _HasSocket | None = None
        self.fired = False
        self._timer = threading.Timer(max(0.0, deadline.remaining()), self._fire)
        self._timer.daemon = True

    def attach(self, conn: _HasSocket) -> None:
        with self._lock:
            self._conn = conn
            fired = self.fired
        if fired:
            _shut(conn)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            conn = self._conn
        if conn is not None:
            _shut(conn)

    @contextlib.contextmanager
    def running(self) -> Generator[Watchdog, None, None]:
        _current.watchdog = self
        self._timer.start()
        try:
            yield self
        finally:
            self._timer.cancel()
            _current.watchdog = None


def _shut(conn: _HasSocket) -> None:
    sock = getattr(conn, "sock", None)
    if sock is None:
        return
    with contextlib.suppress(OSError):
        # socket.socket's own shutdown: an SSLSocket's would drop its TLS state under the reader.
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _attach_current(conn: _HasSocket) -> None:
    watchdog: Watchdog | None = getattr(_current, "watchdog", None)
    if watchdog is not None:
        watchdog.attach(conn)


# urllib3's request body (its _TYPE_BODY, which is private).
_Body = bytes | IO[Any] | Iterable[bytes | str] | str


class _WatchedHTTPConnection(HTTPConnection):
    def connect(self) -> None:
        _attach_current(self)  # before: a TLS handshake on `self.sock` is watched too
        super().connect()

    def request(
        self,
        method: str,
        url: str,
        body: _Body | None = None,
        headers: Mapping[str, str] | None = None,
        *,
        chunked: bool = False,
        preload_content: bool = True,
        decode_content: bool = True,
        enforce_content_length: bool = True,
    ) -> None:
        _attach_current(self)  # a kept-alive connection is not connected again
        super().request(
            method,
            url,
            body,
            headers,
            chunked=chunked,
            preload_content=preload_content,
            decode_content=decode_content,
            enforce_content_length=enforce_content_length,
        )


class _WatchedHTTPSConnection(_WatchedHTTPConnection, HTTPSConnection):
    """The same watch over TLS: HTTPSConnection's connect and request come next in the MRO."""


# urllib3 declares ConnectionCls as its Base*Connection protocols, which its own HTTPConnection does
# not satisfy either (Final class attributes against mutable protocol ones): the stub is wrong.
class WatchedHTTPPool(HTTPConnectionPool):
    ConnectionCls = _WatchedHTTPConnection  # pyright: ignore[reportAssignmentType]


class WatchedHTTPSPool(HTTPSConnectionPool):
    ConnectionCls = _WatchedHTTPSConnection  # pyright: ignore[reportAssignmentType]


POOL_CLASSES = {"http": WatchedHTTPPool, "https": WatchedHTTPSPool}
