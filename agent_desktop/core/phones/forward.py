"""Hand one event to the running window with the standard library only.

`agent-desktop call …` runs on every softphone event and the softphone waits for it, so this path
imports no Qt and no phonenumbers. The window listens with Qt's QLocalServer: on Unix that is a
Unix socket at the given path, on Windows the named pipe \\\\.\\pipe\\<name>. The exchange is one
event line out, one reply line back ("ok" or "error: <reason>"), returned as a `Reply`.
"""

from __future__ import annotations

import enum
import os
import socket
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass

from agent_desktop.core.calls.events import CallEvent

MAX_REPLY_BYTES = 4096
_PIPE_BUSY_WINERROR = 231  # every instance of the pipe is serving someone: try again shortly


class Delivery(enum.Enum):
    """What became of one event sent to the window."""

    OK = "ok"  # the window took it
    REFUSED = "refused"  # the window answered "error: <reason>" (a bad event, say)
    NO_WINDOW = "no-window"  # nobody listens (or a socket file left by a window that died)
    UNREACHABLE = "unreachable"  # something listens, but connecting failed (permissions)
    # The window took the connection but did not answer (it is quitting, or stuck), so the
    # event may never be handled: the caller spools it.
    NOT_DELIVERED = "not-delivered"


@dataclass(frozen=True)
class Reply:
    delivery: Delivery
    reason: str = ""  # why not, in a sentence ("" for OK and NO_WINDOW)

    def __str__(self) -> str:
        """The reply as the window's line spells it: "ok" or "error: <reason>"."""
        return "ok" if self.delivery is Delivery.OK else f"error: {self.reason}"


def send_event(name: str, event: CallEvent, timeout: float = 2.0) -> Reply:
    """Send `event` to the window listening on `name` and read its one-line reply."""
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


NO_WINDOW = Reply(Delivery.NO_WINDOW)
_NO_ANSWER = Reply(Delivery.NOT_DELIVERED, "the window did not answer")


def _send_over_unix_socket(path: str, line: bytes, timeout: float) -> Reply:
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
                return Reply(Delivery.NOT_DELIVERED, "the window is too busy to take the event")
            time.sleep(0.02)
            continue
        except (TimeoutError, FileNotFoundError, ConnectionRefusedError):
            sock.close()
            return NO_WINDOW  # no window, or a socket file left by one that died
        except OSError as exc:
            sock.close()
            return Reply(Delivery.UNREACHABLE, f"cannot reach the window ({exc.strerror or exc})")
        return _exchange(sock, line)


def _exchange(sock: socket.socket, line: bytes) -> Reply:
    try:
        sock.sendall(line)
        return _read_reply(lambda: sock.recv(MAX_REPLY_BYTES))
    except TimeoutError:
        return _NO_ANSWER
    except OSError:
        return Reply(Delivery.NOT_DELIVERED, "the window closed the connection")
    finally:
        sock.close()


def _read_reply(read: Callable[[], bytes]) -> Reply:
    """The window's one-line answer, read chunk by chunk (b"" at the end) up to a bound."""
    received = b""
    while b"\n" not in received and len(received) < MAX_REPLY_BYTES:
        chunk = read()
        if not chunk:
            break
        received += chunk
    if b"\n" not in received:
        return _NO_ANSWER
    text = received.split(b"\n", 1)[0].decode("utf-8", "replace").strip()
    if text == "ok":
        return Reply(Delivery.OK)
    return Reply(Delivery.REFUSED, text.removeprefix("error:").strip())


def _pipe_path(name: str) -> str:
    return "\\\\.\\pipe\\" + name


def _send_over_pipe(name: str, line: bytes, timeout: float) -> Reply:
    deadline = time.monotonic() + timeout
    while True:
        try:
            pipe = open(_pipe_path(name), "r+b", buffering=0)  # noqa: SIM115 (closed below)
            break
        except FileNotFoundError:
            return NO_WINDOW
        except OSError as exc:
            if getattr(exc, "winerror", None) != _PIPE_BUSY_WINERROR:
                return Reply(Delivery.UNREACHABLE, f"cannot reach the window ({exc})")
            if time.monotonic() > deadline:
                return Reply(Delivery.NOT_DELIVERED, "the window is busy")
            time.sleep(0.02)
    with pipe:
        pipe.write(line)
        return _read_reply(lambda: pipe.read(1))
