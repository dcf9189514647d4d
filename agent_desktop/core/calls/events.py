"""Events a softphone hands us: the phone rings, we dial, the call connects, is declined, ends.

Softphones (MicroSIP, Bria, ...) can run a command on these moments, e.g.
`agent-desktop call ring %number%`. That command forwards the event to the running window as one
line of JSON (or spools it on disk when no window listens); this module is that line's format,
with no Qt and no phonenumbers, so the forwarding command stays light.
"""

from __future__ import annotations

import enum
import json
import os
import stat
import tempfile
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from agent_desktop.core.calls.caller_id import caller_number
from agent_desktop.core.json_shapes import is_object

MAX_LINE_BYTES = 4096  # an event is tiny; anything bigger is not one of ours
MAX_NUMBER_CHARS = 64
MAX_CALL_ID_CHARS = 128
MAX_NAME_CHARS = 128


class EventKind(enum.Enum):
    SHOW = "show"  # second start of the app: bring the window forward
    RING = "ring"  # an inbound call rings at the agent
    OUTGOING = "outgoing"  # the agent dialled; the far end rings
    ANSWER = "answer"  # connected, either direction (CLI alias: "start")
    BUSY = "busy"  # declined / busy / rejected / DND
    END = "end"  # hung up (every other ending, missed calls included)
    DIAL = "dial"  # click-to-dial request (tel:/callto:/sip: URI): pop + prepare outbound


NEEDS_NUMBER = {
    EventKind.RING: "A ring needs the caller's number.",
    EventKind.OUTGOING: "An outgoing call needs the number dialled.",
    EventKind.DIAL: "Dialling needs a number.",
}


class BadEvent(ValueError):
    """A line that is not a valid event; the message says why."""


def _printable(text: str) -> bool:
    return all(ch.isprintable() for ch in text)


@dataclass(frozen=True)
class CallEvent:
    kind: EventKind
    number: str = ""
    call_id: str = ""  # the softphone's call id when it gives one, else ""
    outbound: bool = False  # legacy `answer --outbound`: we placed the call
    at: datetime | None = None  # aware; when the event happened (the CLI stamps it)
    name: str = ""  # the far party's display name, when the source knows it
    # On an END (or BUSY): the call stopped ringing here because a colleague answered it (a
    # queue or ring group offered it to several phones; only a PBX source knows this).
    answered_elsewhere: bool = False

    def __post_init__(self) -> None:
        # A SIP name-addr or URI becomes the number in it; any script's digits ASCII ones.
        object.__setattr__(self, "number", caller_number(self.number))
        if self.kind in NEEDS_NUMBER and not self.number.strip():
            raise BadEvent(NEEDS_NUMBER[self.kind])
        if len(self.number) > MAX_NUMBER_CHARS:
            raise BadEvent("That number is too long to be a phone number.")
        if not _printable(self.number):
            raise BadEvent("The number holds control characters.")
        if len(self.call_id) > MAX_CALL_ID_CHARS or not _printable(self.call_id):
            raise BadEvent("The call id is too long or holds control characters.")
        if len(self.name) > MAX_NAME_CHARS or not _printable(self.name):
            raise BadEvent("The name is too long or holds control characters.")
        if self.answered_elsewhere and self.kind not in (EventKind.END, EventKind.BUSY):
            raise BadEvent("Only an end can say the call was answered elsewhere.")
        if self.at is not None and (self.at.tzinfo is None or self.at.utcoffset() is None):
            raise BadEvent("The event time needs a time zone.")

    def encode(self) -> bytes:
        body: dict[str, object] = {"event": self.kind.value, "number": self.number}
        if self.call_id:
            body["call_id"] = self.call_id
        if self.outbound:
            body["outbound"] = True
        if self.at is not None:
            body["at"] = self.at.isoformat()
        if self.name:
            body["name"] = self.name
        if self.answered_elsewhere:
            body["answered_elsewhere"] = True
        return json.dumps(body, ensure_ascii=False).encode("utf-8") + b"\n"

    @classmethod
    def decode(cls, line: bytes) -> CallEvent:
        if len(line) > MAX_LINE_BYTES:
            raise BadEvent("The event is too long.")
        try:
            body: object = json.loads(line.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise BadEvent("The event is not JSON.") from None
        if not is_object(body):
            raise BadEvent("The event is not a JSON object.")
        try:
            kind = EventKind(body.get("event"))
        except ValueError:
            raise BadEvent(f"Unknown event {body.get('event')!r}.") from None
        number = body.get("number") or ""
        call_id = body.get("call_id") or ""
        name = body.get("name") or ""
        if not isinstance(number, str) or not isinstance(call_id, str) or not isinstance(name, str):
            raise BadEvent("The number, call id and name must be text.")
        return cls(
            kind,
            number.strip(),
            call_id.strip(),
            bool(body.get("outbound", False)),
            _decode_time(body.get("at")),
            name.strip(),
            body.get("answered_elsewhere") is True,
        )


def _decode_time(value: object) -> datetime | None:
    if value is None:
        return None
    if not isinstance(value, str):
        raise BadEvent("The event time must be text.")
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        raise BadEvent("The event time is not an ISO 8601 time.") from None


MAX_CLOCK_SKEW = timedelta(days=1)


def check_event_time(event: CallEvent, now: datetime) -> None:
    """BadEvent for an event dated more than a day from `now`: a wrong clock or a forged time
    would start a call in another year and pin it to the top of Recent calls. Checked where
    events arrive from outside (the window's socket), not on the spool's replay, whose events
    may wait for days while the window is closed."""
    if event.at is not None and abs(event.at - now) > MAX_CLOCK_SKEW:
        shown = event.at.astimezone(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
        raise BadEvent(
            f"The event time {shown} is more than a day from this computer's clock; "
            "check the softphone's (or this computer's) date and time."
        )


class InstanceUnavailable(OSError):
    """No private place for the window's socket; the message says why, `folder` which."""

    folder = ""


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
    candidates: list[Path] = []
    if os.environ.get("XDG_RUNTIME_DIR"):
        candidates.append(Path(os.environ["XDG_RUNTIME_DIR"]) / "agent-desktop")
    candidates.append(Path(tempfile.gettempdir()) / f"agent-desktop-{os.getuid()}")
    for folder in candidates:
        try:
            folder.mkdir(mode=0o700, exist_ok=True)
            info = folder.lstat()
        except OSError:
            continue
        if stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid() and not info.st_mode & 0o077:
            return folder
    problem = InstanceUnavailable(
        f"No private folder for the window's socket: {candidates[-1]} belongs to someone else, "
        "is open to other users or is not a folder. Remove it, or set XDG_RUNTIME_DIR."
    )
    problem.folder = str(candidates[-1])
    raise problem


def instance_name(user: str, demo: bool = False) -> str:
    """The local-socket name of one user's running window (the demo has its own)."""
    safe = "".join(ch if ch.isalnum() else "_" for ch in user) or "user"
    return f"agent-desktop-{'demo-' if demo else ''}{safe}"
