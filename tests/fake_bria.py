"""A fake Bria for the tests: a real secure WebSocket server on 127.0.0.1 (websockets' sync
server on a thread) speaking the Desktop API exactly as CounterPath's "Bria Desktop API
Developer Guide" R12 shows it (github.com/CounterPath/DesktopAPI_1.2_Javascript_Sample,
LICENSE.md/Bria_Desktop_API_R12.pdf):

- events, §4 "Call Status Changed": `POST /statusChange`, `User-Agent: Bria 5`,
  `Content-Type: application/xml`, `Content-Length:`, then
  `<?xml version="1.0" encoding="utf-8" ?>` and `<event type="call"></event>`;
- responses, §5.1: `HTTP/1.1 200 OK` with the request's `Transaction-ID`;
- §5.3 "Get Information about Current Calls": `<status type="call">` with one `<call>` per call
  (`id`, `holdStatus`, `recordingStatus`, `recordingFile`, `participants` of `participant` with
  `number`, `displayName`, `state`, `timeInitiated` — 0 until connected), as in the guide's
  example; with no calls, the guide's "the <call> will be empty";
- §5.3 `GET /answer` (`<answerCall><callId>`), `GET /endCall` (`<endCall><callId>`), `GET /call`
  (`<dial type="audio"><number>`), each answered `200 OK`.

Its certificate is for cpclientapi.softphone.com, signed by a test CA (tests/bria_tls/, made
for these tests only); the source is given that CA instead of the OS trust store.

Until `approved` (the user's Allow Access in Bria), requests get no answer.
"""

from __future__ import annotations

import contextlib
import ssl
import threading
from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

from websockets.exceptions import ConnectionClosed
from websockets.sync.server import Server, ServerConnection, serve

from agent_desktop.core.phones.bria.source import BriaSource

TLS = Path(__file__).resolve().parent / "bria_tls"
_DECL = '<?xml version="1.0" encoding="utf-8" ?>\r\n'


def client_tls() -> ssl.SSLContext:
    """What the source verifies the fake with: the test CA, hostnames checked."""
    context = ssl.create_default_context(cafile=str(TLS / "ca.pem"))
    return context


@dataclass(frozen=True)
class FakeCall:
    id: str
    number: str
    name: str
    state: str  # ringing, connecting, connected, failed, ended
    hold: str = "offHold"
    time_initiated: int = 0

    def xml(self) -> str:
        return (
            "<call>\r\n"
            f"   <id>{self.id}</id>\r\n"
            f"   <holdStatus>{self.hold}</holdStatus>\r\n"
            "   <recordingStatus>notRecording</recordingStatus>\r\n"
            "   <recordingFile></recordingFile>\r\n"
            "   <participants>\r\n   <participant>\r\n"
            f"   <number>{escape(self.number)}</number>\r\n"
            f"   <displayName>{escape(self.name)}</displayName>\r\n"
            f"   <state>{self.state}</state>\r\n"
            f"   <timeInitiated> {self.time_initiated}</timeInitiated>\r\n"
            "   </participant>\r\n   </participants>\r\n</call>\r\n"
        )


def message(
    first_line: str, body: str = "", transaction: str | None = None, agent: bool = True
) -> str:
    content = _DECL + body if body else ""
    lines = [first_line]
    if transaction is not None:
        lines.append(f"Transaction-ID: {transaction}")
    if agent:
        lines.append("User-Agent: Bria 5")
    lines += ["Content-Type: application/xml", f"Content-Length: {len(content.encode())}"]
    return "\r\n".join(lines) + "\r\n" + content


class FakeBria:
    def __init__(
        self, *, approved: bool = True, cert: str = "cpclientapi.softphone.com", refuse: int = 0
    ) -> None:
        self.approved = approved
        self.refuse = refuse  # answer requests other than status with this code (400, 503)
        self.calls: list[FakeCall] = []
        self.requests: list[tuple[str, str]] = []  # (first line, body) of every request
        self.connections = 0
        self._lock = threading.Lock()
        self._conn: ServerConnection | None = None
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(TLS / f"{cert}.pem", TLS / f"{cert}.key")
        # No keepalive pings from the fake (the source sends none either): a ping left unanswered
        # logs "keepalive ping failed" at ERROR from this server's thread 20-40 s later, into
        # whichever test runs then (seen once: a probe test failed on it).
        self._server: Server = serve(
            self._handle, "127.0.0.1", 0, ssl=context, compression=None, ping_interval=None
        )
        self.port: int = self._server.socket.getsockname()[1]
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()

    def source(self, **options) -> BriaSource:
        """The real source, pointed at this fake (its address and test CA). The handshake
        gets longer than Bria's 3 s: TLS on a machine the tests share can take that."""
        options.setdefault("connect_timeout", 10.0)
        return BriaSource(port=self.port, tls=client_tls, **options)

    # --- playing Bria ---------------------------------------------------------------------------

    def change(self, *calls: FakeCall) -> None:
        """Bria's calls are now `calls`: post the statusChange "call" event."""
        with self._lock:
            self.calls = list(calls)
        self.post(message("POST /statusChange", '<event type="call"></event>'))

    def post(self, text: str | bytes) -> None:
        conn = self._conn
        assert conn is not None, "no client connected"
        conn.send(text)

    def drop(self) -> None:
        """Close the client's connection (Bria quit or its API restarted)."""
        conn = self._conn
        if conn is not None:
            conn.close()

    def wait_connected(self, count: int = 1, timeout: float = 30.0) -> None:
        import time

        deadline = time.monotonic() + timeout
        while self.connections < count or self._conn is None:
            assert time.monotonic() < deadline, f"no client connection #{count}"
            time.sleep(0.01)

    def requests_to(self, path: str) -> list[str]:
        return [body for first, body in self.requests if first == f"GET /{path}"]

    def close(self) -> None:
        self.drop()
        self._server.shutdown()
        self._thread.join(2)

    stop = close  # as the screenshot script stops what it started

    # --- the server side ------------------------------------------------------------------------

    def _handle(self, conn: ServerConnection) -> None:
        self._conn = conn
        self.connections += 1
        with contextlib.suppress(ConnectionClosed):
            for data in conn:
                self._request(conn, data if isinstance(data, str) else data.decode())

    def _request(self, conn: ServerConnection, text: str) -> None:
        head, _, body = text.replace("\r\n", "\n").partition("\n\n")
        lines = head.split("\n")
        first = lines[0].strip()
        transaction = next(
            (
                line.split(":", 1)[1].strip()
                for line in lines[1:]
                if line.lower().startswith("transaction-id:")
            ),
            "",
        )
        self.requests.append((first, body))
        if not self.approved:
            return
        if first == "GET /status" and "<type>call</type>" in body:
            with self._lock:
                calls = "".join(c.xml() for c in self.calls) or "<call></call>\r\n"
            conn.send(
                message(
                    "HTTP/1.1 200 OK",
                    f'<status type="call">\r\n{calls}</status>',
                    transaction,
                    agent=False,
                )
            )
        elif first == "GET /status" and "<type>phone</type>" in body:
            conn.send(
                message(
                    "HTTP/1.1 200 OK",
                    '<status type="phone">\r\n<state>ready</state>'
                    "\r\n<call>allow</call>\r\n<accountStatus>connected"
                    "</accountStatus>\r\n<accountFailureCode>0</accountFailureCode>"
                    "\r\n<maxLines>6</maxLines>\r\n</status>",
                    transaction,
                    agent=False,
                )
            )
        elif self.refuse:
            reason = {400: "Bad Request", 503: "Service Unavailable"}[self.refuse]
            conn.send(message(f"HTTP/1.1 {self.refuse} {reason}", "", transaction, agent=False))
        else:
            conn.send(message("HTTP/1.1 200 OK", "", transaction, agent=False))
