"""A fake Asterisk manager interface for the tests: a real TCP server on 127.0.0.1 (a thread)
speaking AMI's line protocol as main/manager.c does: the banner `Asterisk Call Manager/<ver>`,
actions read as `Key: Value` blocks ended by an empty line, `Response: Success|Error` with the
action's ActionID and a `Message:`, events written as blocks of the same shape.

It plays a PBX whose manager.conf user is the README's: `read=call,agent` (and `write=originate`
when `may_originate`), no `system` right, so `Filter` is refused with "Permission denied" unless
`allow_filter`.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Mapping, Sequence

BANNER = b"Asterisk Call Manager/9.0.0\r\n"


def block(fields: Mapping[str, str]) -> bytes:
    return ("".join(f"{k}: {v}\r\n" for k, v in fields.items()) + "\r\n").encode()


class FakeAmi:
    def __init__(
        self,
        user: str = "agentdesk",
        secret: str = "s3cret-Ami",
        *,
        may_originate: bool = True,
        may_hang_up: bool = False,
        allow_filter: bool = False,
    ) -> None:
        self.user, self.secret = user, secret
        self.may_originate, self.may_hang_up = may_originate, may_hang_up
        self.allow_filter = allow_filter
        self.actions: list[dict[str, str]] = []
        self.logins = 0  # successful logins of event sessions
        self._server = socket.socket()
        self._server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._server.bind(("127.0.0.1", 0))
        self._server.listen(8)
        self.port = self._server.getsockname()[1]
        self.address = f"127.0.0.1:{self.port}"
        self._lock = threading.Lock()
        self._event_conns: list[socket.socket] = []
        self._all: list[socket.socket] = []
        self._closed = False
        threading.Thread(target=self._accept, daemon=True).start()

    # --- the test's side -----------------------------------------------------------------------

    def wait_logged_in(self, count: int = 1, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            with self._lock:
                if self.logins >= count and self._event_conns:
                    return
            time.sleep(0.01)
        raise AssertionError(f"no event session logged in (logins: {self.logins})")

    def send(self, events: Sequence[Mapping[str, str]] | bytes) -> None:
        """Write events (or raw bytes) to the event sessions logged in now."""
        data = events if isinstance(events, bytes) else b"".join(block(e) for e in events)
        with self._lock:
            conns = list(self._event_conns)
        if not conns:
            raise AssertionError("no event session to send to")
        for conn in conns:
            conn.sendall(data)

    def drop(self) -> None:
        """The connection is lost (the PBX restarted, the network went)."""
        with self._lock:
            conns, self._event_conns = list(self._event_conns), []
        for conn in conns:
            _close(conn)

    def actions_named(self, name: str) -> list[dict[str, str]]:
        return [a for a in list(self.actions) if a.get("Action", "").lower() == name.lower()]

    def close(self) -> None:
        with self._lock:  # a connection accepted from now on is closed at once (_accept)
            self._closed = True
        _close(self._server)
        with self._lock:
            conns = list(self._all)
        for conn in conns:
            _close(conn)

    # --- the PBX's side ------------------------------------------------------------------------

    def _accept(self) -> None:
        while not self._closed:
            try:
                conn, _ = self._server.accept()
            except OSError:
                return
            with self._lock:
                if self._closed:
                    _close(conn)
                    return
                self._all.append(conn)
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        buffer = b""
        logged_in = False
        try:
            conn.sendall(BANNER)
            while True:
                while b"\r\n\r\n" not in buffer:
                    chunk = conn.recv(4096)
                    if not chunk:
                        return
                    buffer += chunk
                raw, buffer = buffer.split(b"\r\n\r\n", 1)
                action: dict[str, str] = {}
                for line in raw.decode().split("\r\n"):
                    key, _, value = line.partition(":")
                    action.setdefault(key.strip(), value.strip())
                self.actions.append(action)
                logged_in = self._answer(conn, action, logged_in)
        except OSError:
            return
        finally:
            with self._lock:
                if conn in self._event_conns:
                    self._event_conns.remove(conn)
            _close(conn)

    def _answer(self, conn: socket.socket, action: dict[str, str], logged_in: bool) -> bool:
        name = action.get("Action", "").lower()
        reply = {"ActionID": action.get("ActionID", "")}
        if name == "login":
            if (action.get("Username"), action.get("Secret")) == (self.user, self.secret):
                conn.sendall(
                    block({"Response": "Success", **reply, "Message": "Authentication accepted"})
                )
                if action.get("Events", "on").lower() != "off":
                    with self._lock:
                        self.logins += 1
                        self._event_conns.append(conn)
                return True
            conn.sendall(block({"Response": "Error", **reply, "Message": "Authentication failed"}))
            return False
        if not logged_in:
            conn.sendall(block({"Response": "Error", **reply, "Message": "Permission denied"}))
            return False
        allowed = {
            "filter": self.allow_filter,
            "originate": self.may_originate,
            "hangup": self.may_hang_up,
            "logoff": True,
        }.get(name, False)
        if name == "logoff":
            conn.sendall(
                block({"Response": "Goodbye", **reply, "Message": "Thanks for all the fish."})
            )
            conn.close()
        elif not allowed:
            conn.sendall(block({"Response": "Error", **reply, "Message": "Permission denied"}))
        elif name == "originate":
            conn.sendall(
                block({"Response": "Success", **reply, "Message": "Originate successfully queued"})
            )
        else:
            conn.sendall(block({"Response": "Success", **reply}))
        return True


def _close(sock: socket.socket) -> None:
    with contextlib.suppress(OSError):
        sock.shutdown(socket.SHUT_RDWR)
    with contextlib.suppress(OSError):
        sock.close()
