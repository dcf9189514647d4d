"""HTTP plumbing: the threaded server and the request handler in front of `api.py`.

HTTP/1.1 with keep-alive, like the real API, so clients' connection pools get exercised (and a
restarted sandbox leaves them holding dead connections, as a real outage would).
"""

from __future__ import annotations

import contextlib
import json
import socket
import sys
import threading
import traceback
from dataclasses import asdict
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Protocol
from urllib.parse import SplitResult, parse_qs, urlsplit

from . import api
from .account_limit import AccountLimiter, retry_after_seconds
from .faults import (
    ERROR_HTML_BODY,
    ERROR_JSON_BODY,
    INJECTED,
    MALFORMED_BODIES,
    RATE_LIMITED_BODY,
    WRITE_FAILED,
    Decision,
    Fault,
    FaultInjector,
    LostAnswer,
    retry_after_header,
)
from .store import ContactStore

PREFIX = "/api/1.0"
DEBUG_PREFIX = "/_debug/"
MAX_BODY = 1024 * 1024
JSON_TYPE = "application/json; charset=utf-8"


class SandboxState(Protocol):
    """What a request needs of the SandboxServer that serves it."""

    verbose: bool
    token: str
    account_limiter: AccountLimiter | None
    autocomplete_limit: int

    def store(self) -> ContactStore: ...

    def injector(self) -> FaultInjector: ...

    def stopping(self) -> threading.Event: ...

    def note_request(self, path: str) -> None: ...

    def note_lost_answer(self, lost: LostAnswer) -> None: ...

    def lost_answers(self, path: str | None = None) -> list[LostAnswer]: ...


class SandboxHTTPServer(ThreadingHTTPServer):
    """Remembers open connections so stop() can cut idle keep-alive ones at once."""

    daemon_threads = True
    allow_reuse_address = True  # restart on the same port right after stop()

    def __init__(self, address: tuple[str, int], sandbox: SandboxState) -> None:
        self.sandbox = sandbox
        self._open: set[socket.socket] = set()
        self._open_lock = threading.Lock()
        if ":" in address[0]:
            self.address_family = socket.AF_INET6
        super().__init__(address, SandboxHandler)

    def process_request(self, request, client_address):  # runs on the serving thread
        with self._open_lock:
            self._open.add(request)  # pyright: ignore[reportArgumentType] - a TCP server's
        super().process_request(request, client_address)

    def shutdown_request(self, request):
        with self._open_lock:
            self._open.discard(request)
        super().shutdown_request(request)

    def cut_connections(self) -> None:
        with self._open_lock:
            sockets = list(self._open)
        for sock in sockets:
            with contextlib.suppress(OSError):  # already gone
                sock.shutdown(socket.SHUT_RDWR)

    def handle_error(self, request, client_address) -> None:
        # Clients hanging up (and stop() cutting them off) are normal here; real bugs are not.
        if isinstance(sys.exc_info()[1], OSError):
            return
        super().handle_error(request, client_address)


class SandboxHandler(BaseHTTPRequestHandler):
    server: SandboxHTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "SwitchTransactSandbox/1.0"
    sys_version = ""
    timeout = 30  # an idle keep-alive connection gives its thread back after this
    disable_nagle_algorithm = True  # else headers then body cost a delayed-ACK round, ~40 ms

    def log_message(self, format: str, *args: object) -> None:
        if self.server.sandbox.verbose:
            super().log_message(format, *args)

    def do_GET(self) -> None:
        self._dispatch("GET")

    def do_POST(self) -> None:
        self._dispatch("POST")

    def do_PUT(self) -> None:
        self._dispatch("PUT")

    def do_DELETE(self) -> None:
        self._dispatch("DELETE")

    def do_PATCH(self) -> None:
        self._dispatch("PATCH")

    def _dispatch(self, method: str) -> None:
        sandbox = self.server.sandbox
        url = urlsplit(self.path)
        body = self._read_body()
        if body is None:
            return
        if not url.path.startswith(PREFIX + "/"):  # a base URL missing /api/1.0 must show
            sandbox.note_request(url.path)
            self._send_json(404, {"status": False, "error": f"No such endpoint: {url.path}"})
            return
        path = url.path[len(PREFIX) :]
        if path.startswith(DEBUG_PREFIX):
            self._debug(method, path)
            return
        sandbox.note_request(path)
        if path.startswith("/calls/") and self._over_account_limit():
            return
        fault = Fault.NONE
        if path.startswith("/calls/"):
            injector = sandbox.injector()  # one config for the whole request, even if replaced
            decision = injector.decide()
            # stop() interrupts a long latency: the request is then dropped, as in an outage.
            if decision.delay and sandbox.stopping().wait(decision.delay):
                self.close_connection = True
                return
            fault = decision.fault
            if fault not in (Fault.NONE, Fault.LOST_ANSWER):
                self._fault(decision, injector.config.retry_after)
                return
        reply, extra = self._reply(method, url, path, body)
        if fault is Fault.LOST_ANSWER:
            # Noted before the socket closes, so a client that sees the error finds it listed.
            sandbox.note_lost_answer(LostAnswer(path, reply.status, _json_or_none(body), INJECTED))
            self.close_connection = True  # processed, but the answer never leaves
            return
        try:
            self._send_json(reply.status, reply.payload, extra=extra)
        except OSError:
            # The request had its effect but its answer is gone: the same at-least-once case.
            if path.startswith("/calls/"):
                sandbox.note_lost_answer(
                    LostAnswer(path, reply.status, _json_or_none(body), WRITE_FAILED)
                )
            self.close_connection = True

    def _over_account_limit(self) -> bool:
        """Answer 429 when the token's account has used its requests of this second."""
        limiter = self.server.sandbox.account_limiter
        if limiter is None:
            return False
        wait = limiter.admit(self.headers.get("Authorization") or "")
        if wait is None:
            return False
        self._send_json(
            429, RATE_LIMITED_BODY, extra={"Retry-After": str(retry_after_seconds(wait))}
        )
        return True

    def _reply(
        self, method: str, url: SplitResult, path: str, body: bytes
    ) -> tuple[api.Reply, dict[str, str] | None]:
        """What the API answers (auth, routing, the endpoint itself); nothing written yet."""
        sandbox = self.server.sandbox
        if path.startswith("/calls/") and self.headers.get("Authorization") != sandbox.token:
            return api.Reply(401, api.NOT_AUTHORIZED), None
        route = api.ROUTES.get(path)
        if route is None:
            return api.Reply(404, {"status": False, "error": f"No such endpoint: {url.path}"}), None
        allowed, endpoint = route
        if method != allowed:
            return (
                api.Reply(405, {"status": False, "error": f"Use {allowed} for {url.path}."}),
                {"Allow": allowed},
            )
        query = parse_qs(url.query, keep_blank_values=True)
        try:
            if endpoint is api.autocomplete:
                reply = api.autocomplete(
                    sandbox.store(),
                    query,
                    body,
                    sandbox.autocomplete_limit,
                    one_field=sandbox.injector().config.one_field_search,
                )
            else:
                reply = endpoint(sandbox.store(), query, body)
        except Exception:  # a sandbox bug: say so on stderr, answer like a broken API would
            traceback.print_exc()
            reply = api.Reply(500, {"status": False, "error": "Sandbox error (see its stderr)."})
        return reply, None

    def _read_body(self) -> bytes | None:
        """The request body; None when the request was refused for its framing."""
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            self.close_connection = True
            self._send_json(411, {"status": False, "error": "Send a Content-Length."})
            return None
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self.close_connection = True
            self._send_json(413, {"status": False, "error": "Body missing a length or too big."})
            return None
        return self.rfile.read(length) if length else b""

    def _debug(self, method: str, path: str) -> None:
        """Test and demo helpers; no token needed, never faulty."""
        sandbox = self.server.sandbox
        if path == "/_debug/logs" and method == "GET":
            self._send_json(200, sandbox.store().logs())
        elif path == "/_debug/lost-answers" and method == "GET":
            self._send_json(200, [asdict(lost) for lost in sandbox.lost_answers()])
        else:
            self._send_json(
                404,
                {
                    "status": False,
                    "error": "Debug endpoints: GET /_debug/logs, GET /_debug/lost-answers",
                },
            )

    def _fault(self, decision: Decision, retry_after: float | None) -> None:
        fault = decision.fault
        if fault is Fault.DROP:
            self.close_connection = True  # no status line, no headers: the socket just closes
        elif fault is Fault.ERROR_HTML:
            self._send(500, ERROR_HTML_BODY, "text/html", extra={"Connection": "close"})
            self.close_connection = True
        elif fault is Fault.ERROR_JSON:
            self._send_json(500, ERROR_JSON_BODY)
        elif fault is Fault.MALFORMED:
            body = MALFORMED_BODIES[decision.variant % len(MALFORMED_BODIES)]
            self._send(200, body, JSON_TYPE)
        elif fault is Fault.RATE_LIMITED:
            extra = {} if retry_after is None else {"Retry-After": retry_after_header(retry_after)}
            self._send_json(429, RATE_LIMITED_BODY, extra=extra)

    def _send_json(self, status: int, payload: object, extra: dict[str, str] | None = None) -> None:
        data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
        self._send(status, data, JSON_TYPE, extra)

    def _send(
        self, status: int, data: bytes, content_type: str, extra: dict[str, str] | None = None
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)


def _json_or_none(body: bytes) -> object:
    try:
        return json.loads(body.decode("utf-8")) if body else None
    except (UnicodeDecodeError, ValueError):
        return None
