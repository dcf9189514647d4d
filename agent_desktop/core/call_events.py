"""Events a softphone hands us: the phone rings, the call is answered, the call ends.

Softphones (MicroSIP, Zoiper, 3CX, Bria...) can run a command on these moments, e.g.
`agent-desktop call ring %number%`. That command forwards the event to the running window as one
line of JSON; this module is that line's format, with no Qt so it is testable on its own.
"""

from __future__ import annotations

import enum
import json
import os
import stat
import tempfile
from dataclasses import dataclass
from pathlib import Path

MAX_LINE_BYTES = 4096  # an event is tiny; anything bigger is not one of ours


class EventKind(enum.Enum):
    SHOW = "show"  # bring the window to the front (a second start of the app)
    RING = "ring"  # an inbound call is ringing: pop the caller's record
    ANSWER = "answer"  # the call was answered (or an outbound call connected): start timing
    END = "end"  # the call ended: stop timing and review the log


class BadEvent(ValueError):
    """A line that is not a valid event; the message says why."""


@dataclass(frozen=True)
class CallEvent:
    kind: EventKind
    number: str = ""
    outbound: bool = False  # direction of an ANSWER (rings are always inbound)

    def __post_init__(self) -> None:
        if self.kind is EventKind.RING and not self.number.strip():
            raise BadEvent("A ring needs the caller's number.")
        if len(self.number) > 64:
            raise BadEvent("That number is too long to be a phone number.")

    def encode(self) -> bytes:
        body = {"event": self.kind.value, "number": self.number, "outbound": self.outbound}
        return json.dumps(body, ensure_ascii=False).encode("utf-8") + b"\n"

    @classmethod
    def decode(cls, line: bytes) -> CallEvent:
        if len(line) > MAX_LINE_BYTES:
            raise BadEvent("The event is too long.")
        try:
            body = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise BadEvent("The event is not JSON.") from None
        if not isinstance(body, dict):
            raise BadEvent("The event is not a JSON object.")
        try:
            kind = EventKind(body.get("event"))
        except ValueError:
            raise BadEvent(f"Unknown event {body.get('event')!r}.") from None
        number = body.get("number") or ""
        if not isinstance(number, str):
            raise BadEvent("The number must be text.")
        return cls(kind, number.strip(), bool(body.get("outbound", False)))


class InstanceUnavailable(OSError):
    """No private place for the window's socket; the message says why."""


def current_instance_name(demo: bool = False) -> str:
    """Where this user's window listens. On Unix a socket in a folder only this user can enter,
    so another user of a shared machine can neither squat the name nor hear caller numbers; on
    Windows a named pipe, which Qt restricts to this user."""
    if os.name == "nt":
        import getpass

        try:
            user = getpass.getuser()
        except Exception:  # no user name in the environment: still one window per session
            user = ""
        return instance_name(user, demo)
    return str(private_runtime_dir() / ("demo.sock" if demo else "window.sock"))


def private_runtime_dir() -> Path:
    """$XDG_RUNTIME_DIR/agent-desktop, else agent-desktop-<uid> in the temp folder: made 0700,
    and refused when it is a link, someone else's, or open to others."""
    candidates = []
    if os.environ.get("XDG_RUNTIME_DIR"):
        candidates.append(Path(os.environ["XDG_RUNTIME_DIR"]) / "agent-desktop")
    candidates.append(Path(tempfile.gettempdir()) / f"agent-desktop-{os.getuid()}")
    for folder in candidates:
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            info = folder.lstat()
        except OSError:
            continue
        if (stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
                and not info.st_mode & 0o077):
            return folder
    raise InstanceUnavailable(
        f"No private folder for the window's socket: {candidates[-1]} belongs to someone else or "
        "is open to other users. Remove it, or set XDG_RUNTIME_DIR.")


def instance_name(user: str, demo: bool = False) -> str:
    """The local-socket name of one user's running window (the demo has its own)."""
    safe = "".join(ch if ch.isalnum() else "_" for ch in user) or "user"
    return f"agent-desktop-{'demo-' if demo else ''}{safe}"
