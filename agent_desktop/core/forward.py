"""Hand one event to the running window with the standard library only.

`agent-desktop call …` runs on every softphone event and the softphone waits for it, so this path
imports no Qt and no phonenumbers. The window listens with Qt's QLocalServer: on Unix that is a
Unix socket at the given path, on Windows the named pipe \\\\.\\pipe\\<name>. The exchange is one
event line out, one reply line back ("ok" or "error: <reason>").
"""

from __future__ import annotations

import os
import socket
import tempfile
import time
from collections.abc import Callable

from agent_desktop.core.call_events import CallEvent

MAX_REPLY_BYTES = 4096
_PIPE_BUSY_WINERROR = 231  # every instance of the pipe is serving someone: try again shortly


def send_event(name: str, event: CallEvent, timeout: float = 2.0) -> str | None:
    """The window's reply line; None when no window listens on `name`."""
    if os.name == "nt":
        return _send_over_pipe(name, event.encode(), timeout)
    return _send_over_unix_socket(socket_path(name), event.encode(), timeout)


def socket_path(name: str) -> str:
    """Where Qt's QLocalServer puts `name` on Unix: the path itself, or in the temp folder."""
    return name if os.path.isabs(name) else os.path.join(tempfile.gettempdir(), name)


def is_running(name: str, timeout: float = 0.5) -> bool:
    """Does a window listen on `name`? (Connects and leaves without a word.)"""
    if os.name == "nt":
        return os.path.exists(_pipe_path(name))
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    sock.settimeout(timeout)
    try:
        sock.connect(socket_path(name))
    except OSError:
        return False
    finally:
        sock.close()
    return True


def _send_over_unix_socket(path: str, line: bytes, timeout: float) -> str | None:
    deadline = time.monotonic() + timeout
    while True:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(timeout)
        try:
            sock.connect(path)
        except BlockingIOError:
            # The window's listen backlog is full (many commands at once, the window busy): it
            # lives. Try again shortly; past the timeout the caller spools the event.
            sock.close()
            if time.monotonic() >= deadline:
                return NotDelivered("error: the window is too busy to take the event")
            time.sleep(0.02)
            continue
        except (TimeoutError, FileNotFoundError, ConnectionRefusedError):
            sock.close()
            return None  # no window, or a socket file left by one that died
        except OSError as exc:
            sock.close()
            return f"error: cannot reach the window ({exc.strerror or exc})"
        return _exchange(sock, line)


def _exchange(sock: socket.socket, line: bytes) -> str:
    try:
        sock.sendall(line)
        return _read_reply(lambda: sock.recv(MAX_REPLY_BYTES))
    except TimeoutError:
        return NotDelivered("error: the window did not answer")
    except OSError:
        return NotDelivered("error: the window closed the connection")
    finally:
        sock.close()


class NotDelivered(str):
    """A reply made here, not by the window: it took the connection but did not answer (it is
    quitting, or stuck), so the event may never be handled. The caller spools it instead."""


def _read_reply(read: Callable[[], bytes]) -> str:
    """The window's one-line answer, read chunk by chunk (b"" at the end) up to a bound."""
    received = b""
    while b"\n" not in received and len(received) < MAX_REPLY_BYTES:
        chunk = read()
        if not chunk:
            break
        received += chunk
    if b"\n" not in received:
        return NotDelivered("error: the window did not answer")
    return received.split(b"\n", 1)[0].decode("utf-8", "replace").strip()


def _pipe_path(name: str) -> str:
    return "\\\\.\\pipe\\" + name


def _send_over_pipe(name: str, line: bytes, timeout: float) -> str | None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            pipe = open(_pipe_path(name), "r+b", buffering=0)  # noqa: SIM115 (closed below)
            break
        except FileNotFoundError:
            return None
        except OSError as exc:
            if getattr(exc, "winerror", None) != _PIPE_BUSY_WINERROR:
                return f"error: cannot reach the window ({exc})"
            if time.monotonic() > deadline:
                return NotDelivered("error: the window is busy")
            time.sleep(0.02)
    with pipe:
        pipe.write(line)
        return _read_reply(lambda: pipe.read(1))
