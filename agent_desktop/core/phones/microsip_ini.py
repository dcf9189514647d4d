"""`agent-desktop phone setup microsip`: the MicroSIP lines that hand call events to Agent Desktop,
printed, or written into `microsip.ini` with `--apply`.

What MicroSIP does with the file (from its source, settings.cpp): the installed version keeps it
in `%APPDATA%\\MicroSIP\\microsip.ini`, the portable one beside `microsip.exe`; it creates the file
as UTF-16LE with a BOM and converts an ANSI file to that on start; it reads each value into a
256-character buffer (so a command line longer than 255 characters would be cut); and it writes
the whole file back when it quits, so an edit made while it runs is lost: we refuse then.

Writing keeps every other line as it was (order, comments, other sections, line endings and the
file's encoding) and leaves a backup of the old file beside it.
"""

from __future__ import annotations

import codecs
import contextlib
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

from agent_desktop.core.clock import Clock, SystemClock

SECTION = "Settings"
# MicroSIP key -> the `agent-desktop call` event it runs (the number is appended by MicroSIP).
EVENTS = {
    "cmdOutgoingCall": "outgoing",
    "cmdCallRing": "ring",
    "cmdCallAnswer": "answer",
    "cmdCallStart": "start",
    "cmdCallBusy": "busy",
    "cmdCallEnd": "end",
}
MAX_VALUE = 255  # GetPrivateProfileString into a 256-character buffer
PROCESS = "microsip.exe"


class MicrosipError(Exception):
    """The lines cannot be written; the message says why and what to do."""


def command_lines(exe: str) -> dict[str, str]:
    """The six `key=value` pairs for an Agent Desktop executable (or launcher command)."""
    program = exe if exe.startswith('"') else f'"{exe}"'
    lines = {key: f"{program} call {event}" for key, event in EVENTS.items()}
    too_long = [key for key, value in lines.items() if len(value) > MAX_VALUE]
    if too_long:
        raise MicrosipError(
            f"The path of Agent Desktop is too long for MicroSIP ({MAX_VALUE} "
            f"characters at most per line): {exe}"
        )
    return lines


def default_ini(environ: Mapping[str, str] | None = None) -> Path | None:
    """Where the installed MicroSIP keeps its settings (None where %APPDATA% is unknown)."""
    appdata = (os.environ if environ is None else environ).get("APPDATA", "")
    return Path(appdata) / "MicroSIP" / "microsip.ini" if appdata else None


# --- the file's encoding ------------------------------------------------------------------------


@dataclass(frozen=True)
class IniText:
    text: str
    encoding: str  # a codec name; "utf-16" variants carry their BOM in `bom`
    bom: bytes
    newline: str


def decode(data: bytes, ansi: str = "mbcs" if sys.platform == "win32" else "cp1252") -> IniText:
    """The ini's text: UTF-16 with a BOM (as MicroSIP writes it), UTF-8 with a BOM, or ANSI."""
    for bom, encoding in (
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF8, "utf-8"),
    ):
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding)
            break
    else:
        bom, encoding = b"", ansi
        text = data.decode(ansi, errors="strict")
    newline = "\r\n" if "\r\n" in text or not text else "\n"
    return IniText(text, encoding, bom, newline)


def encode(ini: IniText, text: str) -> bytes:
    """`text` in the file's own encoding; an ANSI file whose new lines it cannot hold (a path with
    letters outside the code page) becomes UTF-16LE with a BOM, which MicroSIP reads natively."""
    try:
        return ini.bom + text.encode(ini.encoding)
    except UnicodeEncodeError:
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le")


# --- the edit -----------------------------------------------------------------------------------

_SECTION = re.compile(r"^\s*\[(?P<name>[^\]]*)\]\s*$")
_KEY = re.compile(r"^\s*(?P<key>[^=;#\s][^=]*?)\s*=")


def _section_of_rows(rows: list[str]) -> list[str | None]:
    """The section name (lower case) each row belongs to; None before the first header."""
    names: list[str | None] = []
    current: str | None = None
    for row in rows:
        header = _SECTION.match(row)
        if header:
            current = header.group("name").strip().lower()
        names.append(current)
    return names


def merged(text: str, lines: Mapping[str, str], newline: str = "\r\n") -> str:
    """`text` with each key of `lines` set in [Settings]: replaced where it is (its repeats
    dropped: only the first counts), else added after the section's last entry, and the section
    made at the end when there is none. Every other line stays as it was."""
    rows = text.splitlines(keepends=True)
    sections = _section_of_rows(rows)
    wanted = {key.lower(): key for key in lines}
    ours = SECTION.lower()
    done: set[str] = set()
    out: list[str] = []
    last_entry: int | None = None  # index in `out` after the first [Settings]'s last entry
    first_section_over = False
    for row, section in zip(rows, sections, strict=True):
        if _SECTION.match(row) and last_entry is not None:
            first_section_over = True
        match = _KEY.match(row) if section == ours and not _SECTION.match(row) else None
        key = match.group("key").lower() if match else ""
        if key in wanted:
            if key in done:
                continue
            ending = row[len(row.rstrip("\r\n")) :] or newline
            row = f"{wanted[key]}={lines[wanted[key]]}{ending}"
            done.add(key)
        out.append(row)
        if section == ours and row.strip() and not first_section_over:
            last_entry = len(out)
    missing = [f"{wanted[k]}={lines[wanted[k]]}{newline}" for k in wanted if k not in done]
    if not missing:
        return "".join(out)
    if last_entry is None:  # no [Settings] section: make one at the end
        last_entry = len(out)
        missing.insert(0, f"[{SECTION}]{newline}")
    if last_entry and not out[last_entry - 1].endswith(("\n", "\r")):
        out[last_entry - 1] += newline
    return "".join([*out[:last_entry], *missing, *out[last_entry:]])


# --- MicroSIP running? ----------------------------------------------------------------------------


def microsip_running(run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run) -> bool:
    """Whether microsip.exe runs in this Windows session (tasklist, part of every Windows)."""
    if sys.platform != "win32":
        return False
    done = run(
        ["tasklist", "/FI", f"IMAGENAME eq {PROCESS}", "/FO", "CSV", "/NH"],
        capture_output=True,
        text=True,
        timeout=15,
        check=False,
    )
    return f'"{PROCESS}"' in done.stdout.lower()


# --- apply ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Applied:
    ini: Path
    backup: Path
    changed: bool


def apply(
    ini: Path,
    lines: Mapping[str, str],
    *,
    running: Callable[[], bool] = microsip_running,
    clock: Clock | None = None,
) -> Applied:
    """Write `lines` into `ini`, a backup of the old file beside it. Raises MicrosipError."""
    if running():
        raise MicrosipError(
            "MicroSIP is running: it writes its settings back when it quits, "
            "which would undo this. Quit MicroSIP (right-click its tray icon, "
            "Exit) and run this again."
        )
    try:
        data = ini.read_bytes()
    except FileNotFoundError:
        raise MicrosipError(
            f"{ini} does not exist. Start MicroSIP once (it makes the file), "
            "quit it, then run this again; for the portable MicroSIP give the "
            "file beside microsip.exe with --ini."
        ) from None
    except OSError as exc:
        raise MicrosipError(f"{ini} cannot be read: {exc.strerror or exc}.") from None
    try:
        current = decode(data)
    except UnicodeDecodeError:
        raise MicrosipError(f"{ini} is not a text file MicroSIP could have written.") from None
    text = merged(current.text, lines, current.newline)
    if text == current.text:
        return Applied(ini, Path(), False)
    stamp = (clock or SystemClock()).now().astimezone().strftime("%Y%m%d-%H%M%S")
    backup = ini.with_name(f"{ini.name}.{stamp}.bak")
    try:
        shutil.copy2(ini, backup)
        _replace(ini, encode(current, text))
    except OSError as exc:
        raise MicrosipError(f"{ini} could not be written: {exc.strerror or exc}.") from None
    return Applied(ini, backup, True)


def _replace(path: Path, data: bytes) -> None:
    """Atomic: a temporary file beside it, given the old file's permissions, then renamed."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".microsip-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        shutil.copymode(path, tmp)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
