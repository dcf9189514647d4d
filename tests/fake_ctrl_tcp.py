"""A fake baresip ctrl_tcp on 127.0.0.1: it accepts one client at a time (as baresip does),
sends what a test tells it (netstrings, or raw bytes), and answers commands with the replies
queued for them (ok with no data unless told otherwise), recording what it was sent."""

from __future__ import annotations

import contextlib
import json
import socket
import threading
import time
from typing import Any

from agent_desktop.core.phones.baresip.netstring import NetstringReader, encode


def call_event(
    kind: str,
    call_id: str = "1-30007@127.0.0.1",
    *,
    peer: str = "sip:0721234567@127.0.0.1:5091",
    direction: str = "incoming",
    param: str = "",
    name: str | None = None,
) -> dict[str, Any]:
    """An event exactly as baresip 1.0.0's event_encode_dict() builds it."""
    event: dict[str, Any] = {
        "event": True,
        "type": kind,
        "class": "call",
        "accountaor": "sip:agent@127.0.0.1",
        "direction": direction,
        "peeruri": peer,
    }
    if name is not None:
        event["peerdisplayname"] = name
    event["id"] = call_id
    event["param"] = param or peer
    return event


class FakeCtrlTcp:
    def __init__(self) -> None:
        self._server = socket.create_server(("127.0.0.1", 0))
        self.port = self._server.getsockname()[1]
        self.address = f"127.0.0.1:{self.port}"
        self.connections = 0
        self.commands: list[dict[str, Any]] = []
        self.replies: dict[str, tuple[bool, str]] = {}  # command -> (ok, data)
        self.mute = False  # take commands and never answer
        self._client: socket.socket | None = None
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    # --- what a test does ---

    def wait_client(self, count: int = 1, timeout: float = 10.0) -> None:
        deadline = time.monotonic() + timeout
        while self.connections < count or self._client is None:
            if time.monotonic() > deadline:
                raise AssertionError(f"no client connection #{count} within {timeout} s")
            time.sleep(0.01)

    def send(self, message: dict[str, Any]) -> None:
        self.send_raw(encode(json.dumps(message).encode("utf-8")))

    def send_raw(self, data: bytes) -> None:
        with self._lock:
            client = self._client
        assert client is not None, "no client connected"
        with contextlib.suppress(OSError):  # the client closed on a bad frame: as expected
            client.sendall(data)

    def close_client(self) -> None:
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(OSError):  # wakes its reader too: the FIN goes out now
                client.shutdown(socket.SHUT_RDWR)
            client.close()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(5)  # first: a connection it accepts meanwhile is closed below
        self._server.close()
        self.close_client()

    # --- the server ---

    def _serve(self) -> None:
        self._server.settimeout(0.1)
        while not self._stop.is_set():
            try:
                client, _ = self._server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            with self._lock:
                old, self._client = self._client, client  # one client: the newest wins
                self.connections += 1
            if old is not None:
                with contextlib.suppress(OSError):
                    old.shutdown(socket.SHUT_RDWR)
                old.close()
            threading.Thread(target=self._read, args=(client,), daemon=True).start()

    def _read(self, client: socket.socket) -> None:
        reader = NetstringReader()
        while True:
            try:
                data = client.recv(65536)
            except OSError:
                return
            if not data:
                return
            for frame in reader.feed(data):
                command = json.loads(frame)
                self.commands.append(command)
                if self.mute:
                    continue
                ok, answer = self.replies.get(command.get("command"), (True, ""))
                reply: dict[str, Any] = {"response": True, "ok": ok, "data": answer}
                if "token" in command:
                    reply["token"] = command["token"]
                try:
                    client.sendall(encode(json.dumps(reply).encode()))
                except OSError:
                    return
