"""One budget per exchange and per lookup: a server that drips its answer, or keeps saying
"busy", cannot hold a search or a phone lookup past the client's total limit."""

from __future__ import annotations

import socket
import socketserver
import threading
import time
from collections.abc import Callable, Iterator

import pytest

from agent_desktop.core.api.client import SwitchTransactClient
from agent_desktop.core.api.errors import NetworkError, RateLimited
from agent_desktop.sandbox import FaultConfig

BUDGET = 1.5
MARGIN = 0.8  # thread start-up and a loaded CI machine


class _DripHandler(socketserver.BaseRequestHandler):
    """Reads one request, then sends the answer one byte every `drip` seconds (status line and
    headers included), over keep-alive until the client hangs up."""

    def handle(self) -> None:
        server: _DripServer = self.server  # type: ignore[assignment]
        sock: socket.socket = self.request
        buffered = b""
        while not server.stopping.is_set():
            while b"\r\n\r\n" not in buffered:
                data = sock.recv(4096)
                if not data:
                    return
                buffered += data
            _, buffered = buffered.split(b"\r\n\r\n", 1)
            server.requests += 1
            try:
                for byte in server.answer:
                    if server.stopping.wait(server.drip):
                        return
                    sock.sendall(bytes([byte]))
            except OSError:
                return


class _DripServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True

    def __init__(self, answer: bytes, drip: float) -> None:
        super().__init__(("127.0.0.1", 0), _DripHandler)
        self.answer = answer
        self.drip = drip
        self.requests = 0
        self.stopping = threading.Event()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/api/1.0"


def _answer(body: bytes) -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        b"Content-Length: %d\r\n\r\n" % len(body)
    ) + body


@pytest.fixture
def drip_server() -> Iterator[callable]:
    servers: list[_DripServer] = []

    def start(answer: bytes, drip: float) -> _DripServer:
        server = _DripServer(answer, drip)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stopping.set()
        server.shutdown()
        server.server_close()


def _assert_cut_at_budget(base_url: str, request: Callable[[SwitchTransactClient], object]) -> None:
    """The request fails with the budget's message, and not much later than the budget."""
    with SwitchTransactClient(base_url, "k", total_timeout=BUDGET) as client:
        started = time.monotonic()
        with pytest.raises(NetworkError) as err:
            request(client)
        took = time.monotonic() - started
    assert took < BUDGET + MARGIN, f"held {took:.1f} s with a {BUDGET} s budget"
    assert "did not finish answering within 1.5 s" in err.value.message


def test_headers_dripped_byte_by_byte_cannot_beat_the_total_limit(drip_server):
    # ~80 bytes at 0.1 s each: every byte comes well within the read timeout, the whole answer
    # takes ~8 s, far over the 1.5 s budget.
    server = drip_server(_answer(b'{"status": true}'), drip=0.1)
    _assert_cut_at_budget(server.base_url, lambda client: client.search("may"))


def test_all_spellings_of_one_lookup_share_one_budget(drip_server):
    # Each answer ("not found") takes ~1 s: under the budget alone, but a ZA mobile number has
    # five spellings, so one budget per spelling would take ~5 s.
    answer = _answer(b'{"status": false}')
    server = drip_server(answer, drip=1.0 / len(answer))
    _assert_cut_at_budget(server.base_url, lambda client: client.lookup_by_phone("072 123 4567"))
    assert server.requests == 2  # the first spelling answered, the second ran out of time


def test_a_busy_answer_mid_lookup_is_waited_out(sandbox):
    # Every third request is answered 429 (Retry-After 0.2 s): an unknown number's four
    # spellings meet one; the lookup waits and finishes with "not found", not "busy".
    sandbox.faults = FaultConfig(rate_limit_every=3, rate_limit_burst=1, retry_after=0.2)
    with SwitchTransactClient(sandbox.base_url, "test-key", total_timeout=5.0) as client:
        assert client.lookup_by_phone("073 999 8888") is None
        assert client.lookup_all_by_phone("073 999 8888") == []
    # 4 + 4 spellings answered, and a 429 after every second of them
    assert sandbox.request_count("/calls/record") >= 10


def test_a_busy_answer_longer_than_the_budget_fails_at_once_as_rate_limited(sandbox):
    sandbox.faults = FaultConfig(rate_limit_every=1, rate_limit_burst=50, retry_after=60.0)
    with SwitchTransactClient(sandbox.base_url, "test-key", total_timeout=BUDGET) as client:
        started = time.monotonic()
        with pytest.raises(RateLimited) as err:
            client.lookup_by_phone("073 999 8888")
        assert time.monotonic() - started < 1.0
    assert err.value.retry_after == 60.0


def test_busy_answers_that_outlast_the_budget_end_as_rate_limited(sandbox):
    sandbox.faults = FaultConfig(rate_limit_every=1, rate_limit_burst=500, retry_after=0.3)
    with SwitchTransactClient(sandbox.base_url, "test-key", total_timeout=BUDGET) as client:
        started = time.monotonic()
        with pytest.raises(RateLimited):
            client.lookup_by_phone("073 999 8888")
        took = time.monotonic() - started
    assert took < BUDGET + MARGIN
