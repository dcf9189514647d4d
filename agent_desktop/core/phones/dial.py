"""Click-to-dial: the number in a tel:/callto:/sip: link, and asking the softphone to dial it.

With `dial_command` set (e.g. `"C:\\Program Files\\MicroSIP\\microsip.exe" {number}`) the command
runs, without a shell, split the way the OS splits command lines. Without it the tel: URI goes to
the OS's handler, unless that handler is us (which would only pop our own window again). With
neither, a DialError says what to set, in words for the agent.
"""

from __future__ import annotations

import os
import shlex
import subprocess
import sys
import threading
from collections.abc import Callable, Sequence

from agent_desktop.core.calls.caller_id import (
    DIALABLE,
    SCHEMES,
    VISUAL_SEPARATORS,
    caller_number,
    parse_dial_uri,
)

__all__ = [
    "SCHEMES",
    "DialError",
    "bare_number",
    "checked_number",
    "dial_argv",
    "dialable",
    "parse_dial_uri",
    "place_call",
    "we_handle_tel",
]

OUR_DESKTOP_FILE = "agent-desktop.desktop"


class DialError(Exception):
    """The call could not be handed to a softphone; `str(err)` is a sentence for the agent."""


def bare_number(text: str) -> str:
    """A softphone's number as given, or the number inside it when it passes a SIP/tel URI or
    a SIP name-addr (`"James" <sip:0721234567@pbx>`); digits in ASCII."""
    return caller_number(text)


def dialable(text: str) -> str:
    """The number to dial from a link or a typed number; "" when there is none."""
    number = bare_number(text)
    plain = "".join(ch for ch in number if ch not in VISUAL_SEPARATORS)
    return number if plain and DIALABLE.match(plain) else ""


def checked_number(text: str, region: str) -> tuple[str, str]:
    """(number, e164) as digits (a leading + for E.164) for a number typed, clicked, stored in
    the CRM or sent by a softphone; DialError, naming it, when it is not a phone number: only
    digits ever reach the dial command or the OS's tel: handler."""
    from agent_desktop.core.phone import InvalidNumber, dialling_forms  # phonenumbers: ~80 ms

    try:
        return dialling_forms(bare_number(text), region)
    except InvalidNumber as exc:
        if not text.strip():
            raise DialError(exc.message) from None
        raise DialError(f"\u201c{_shown(text)}\u201d was not dialled. {exc.message}") from None


def _shown(text: str, limit: int = 48) -> str:
    """The refused number on one line, controls made visible, cut short: it goes in a banner."""
    from agent_desktop.core.one_line import one_line

    line = one_line(text.strip())
    return line if len(line) <= limit else line[: limit - 1] + "\u2026"


def dial_argv(dial_command: str, number: str, e164: str) -> list[str]:
    """The softphone command for one number: {number} and {e164} (digits, see checked_number)
    filled in per argument after splitting, so a number can never add arguments. Raises
    DialError."""
    if "{number}" not in dial_command and "{e164}" not in dial_command:
        raise DialError(
            "The dial command in Settings needs {number} or {e164} where the number goes."
        )
    try:
        parts = shlex.split(dial_command, posix=os.name != "nt")
    except ValueError as exc:
        raise DialError(f"The dial command in Settings cannot be read ({exc}).") from None
    if os.name == "nt":  # shlex keeps the quotes on Windows; the OS would not
        parts = [p[1:-1] if len(p) >= 2 and p[0] == p[-1] == '"' else p for p in parts]
    if not parts:
        raise DialError("The dial command in Settings is empty.")
    return [p.replace("{number}", number).replace("{e164}", e164 or number) for p in parts]


def we_handle_tel(run: Callable[..., subprocess.CompletedProcess[str]] = subprocess.run) -> bool:
    """Are we the OS's handler for tel: links? (Then handing a link to the OS reaches only us.)"""
    if sys.platform.startswith("linux"):
        try:
            done = run(
                ["xdg-mime", "query", "default", "x-scheme-handler/tel"],
                capture_output=True,
                text=True,
                timeout=5,
            )
        except (OSError, subprocess.SubprocessError):
            return False
        return done.stdout.strip() == OUR_DESKTOP_FILE
    if sys.platform == "win32":
        try:
            import winreg

            # HKEY_CLASSES_ROOT: HKCU\Software\Classes over HKLM's, as Windows resolves it.
            with winreg.OpenKey(winreg.HKEY_CLASSES_ROOT, r"tel\shell\open\command") as key:
                command = str(winreg.QueryValueEx(key, "")[0])
        except OSError:
            return False
        return "agent-desktop" in command.lower().replace(" ", "-")
    return False


def _open_uri(uri: str) -> None:
    """Hand `uri` to the OS's handler; OSError when there is none."""
    if sys.platform == "win32":
        os.startfile(uri)
        return
    opener = "open" if sys.platform == "darwin" else "xdg-open"
    try:
        done = subprocess.run(
            [opener, uri], stdin=subprocess.DEVNULL, capture_output=True, timeout=15
        )
    except subprocess.TimeoutExpired:
        return  # the handler is up and busy: it has the link
    if done.returncode != 0:
        raise OSError(f"{opener} found no program for {uri.partition(':')[0]}: links")


def _spawn(argv: Sequence[str]) -> None:
    """Start the softphone's command and reap it in the background whenever it exits (it may
    hand the number to a running softphone and quit, or stay up as the softphone itself)."""
    process = subprocess.Popen(
        list(argv),
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        close_fds=True,
    )
    threading.Thread(target=process.wait, name="dial-command", daemon=True).start()


def place_call(
    raw: str,
    region: str,
    dial_command: str = "",
    *,
    handled_by_us: Callable[[], bool] = we_handle_tel,
    spawn: Callable[[Sequence[str]], object] | None = None,
    open_uri: Callable[[str], None] = _open_uri,
) -> str:
    """Ask the softphone to dial `raw` (checked_number: digits only, or DialError); returns
    what was done, for the status line. Raises DialError.

    Runs on a worker: starting a program or asking xdg-mime may take a moment."""
    from agent_desktop.core.phone import display_number

    number, e164 = checked_number(raw, region)
    said = display_number(e164, region)
    if dial_command.strip():
        argv = dial_argv(dial_command, number, e164)
        try:
            (spawn or _spawn)(argv)
        except OSError as exc:
            reason = exc.strerror or exc
            raise DialError(
                f"The softphone could not be started ({argv[0]}: {reason}). "
                "Check the dial command in Settings."
            ) from None
        return f"Asked the softphone to dial {said}."
    if handled_by_us():
        raise DialError(
            "No softphone is set up to dial: set the dial command in Settings "
            '(for MicroSIP: "C:\\Program Files\\MicroSIP\\microsip.exe" {number}), '
            "or dial the number on the phone."
        )
    uri = "tel:" + e164
    try:
        open_uri(uri)
    except OSError as exc:
        raise DialError(
            f"No program on this computer dials phone links ({exc.strerror or exc}): "
            "set the dial command in Settings."
        ) from None
    return f"Asked the phone app to dial {said}."
