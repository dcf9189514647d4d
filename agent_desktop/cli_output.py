"""How the command line prints: contacts for people, JSON for scripts, any console.

Server text is untrusted: a name can carry terminal escapes (colours, a new window title, a
cleared screen), CR/LF that forge a line, backspaces that hide text, or a bidi override that
reverses the rest of the line. Human output shows such characters as visible ASCII escapes
(`\\x1b`, `\\r`, `\\u202e`) rather than Unicode control pictures (␛): ASCII survives every
console code page (Windows' cp437 has no ␛), keeps one record on one line, and reads like
Python's repr, so an agent can quote it in a report. JSON stays exact: it escapes the same
characters its own way, and a parser gets back the server's text unchanged.

stdout can also go away: a reader that stops early (`| head -1`) or a full disk. Writes raise
OutputLost, which the command's main() turns into a quiet exit or one line, never a traceback.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:  # the window's start goes through this module: no models before its paint
    from agent_desktop.core.api.models import Contact

# C0 and C1 controls and DEL (0x9B alone is a CSI to some terminals), line and paragraph
# separators, and the bidi marks, embeddings, overrides and isolates.
_BIDI = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_UNSAFE = re.compile(f"[\x00-\x1f\x7f-\x9f\u2028\u2029{_BIDI}]")
# json.dumps escapes C0 itself; the newlines left in its output are its own indentation.
_UNSAFE_IN_JSON = re.compile(f"[\x7f-\x9f\u2028\u2029{_BIDI}]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


class OutputLost(Exception):
    """stdout refused our text: the reader went away (a closed pipe) or the disk is full."""

    def __init__(self, error: OSError) -> None:
        super().__init__(str(error))
        self.error = error

    @property
    def reader_gone(self) -> bool:
        return isinstance(self.error, BrokenPipeError)

    @property
    def reason(self) -> str:
        return self.error.strerror or str(self.error)


def printable(text: str) -> str:
    """`text` with every character that acts on a terminal shown as a visible escape."""
    return _UNSAFE.sub(_escape, text)


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    return _NAMED.get(char) or (f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")


def display_number(raw: str, region: str) -> str:
    # Imported on use: phonenumbers' data is not worth loading for `--version` or `--help`.
    from agent_desktop.core.phone import display_number as display

    return display(raw, region)


def say(text: str, file: TextIO | None = None) -> None:
    """One line for a person: control characters escaped; survives a console unable to show
    ✓ or ë (Windows code pages). Raises OutputLost when stdout cannot take it."""
    _write(printable(text) + "\n", file)


def _write(text: str, file: TextIO | None) -> None:
    file = file or sys.stdout
    if file is None:  # a windowed build has no console streams at all: as print() does
        return
    try:
        try:
            file.write(text)
        except UnicodeEncodeError:
            encoding = getattr(file, "encoding", None) or "ascii"
            file.write(text.encode(encoding, "replace").decode(encoding))
    except OSError as exc:
        if file is sys.stdout:
            raise OutputLost(exc) from exc
        # stderr gone as well: nobody is left to tell.


class Parser(argparse.ArgumentParser):
    """argparse swallows an OSError while printing help, usage or the version (and exits 0
    with nothing shown); this one lets a full disk or closed pipe be reported like any output.
    Its subcommands' parsers are of the same class."""

    def _print_message(self, message: str, file: TextIO | None = None) -> None:
        if message:
            _write(message, file or sys.stderr)


def finish_output() -> None:
    """Flush stdout now, so a failure is ours to report and not the interpreter's at exit."""
    try:
        if sys.stdout is not None:
            sys.stdout.flush()
    except OSError as exc:
        raise OutputLost(exc) from exc


def discard_output() -> None:
    """Point stdout at the null device: what is still buffered then goes nowhere quietly
    instead of failing again (with a traceback) when the interpreter flushes at exit."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # not a real file (tests' capture)
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, fd)
    finally:
        os.close(devnull)


def contact_block(contact: Contact, region: str) -> list[str]:
    """The name, then one aligned `Label: value` row per known field."""
    labels = {"mobilephone": "Mobile", "businessphone": "Business", "businessphone2": "Business 2"}
    company = contact.company if contact.company != contact.display_name else None
    rows = [
        ("Company", company),
        ("Type", contact.entity_type_text),
        ("Customer no.", contact.customer_number),
    ]
    rows += [(labels[name], display_number(number, region)) for name, number in contact.phones]
    rows += [("E-mail", contact.email), ("Id", contact.id)]
    return [contact.display_name] + [f"  {name + ':':<13} {value}" for name, value in rows if value]


def contact_line(contact: Contact, region: str) -> str:
    """One line per search result: name · company · type · phone · e-mail."""
    parts = [contact.display_name]
    if contact.company and contact.company != contact.display_name:
        parts.append(contact.company)
    if contact.entity_type_text:
        parts.append(contact.entity_type_text)
    if contact.best_phone:
        parts.append(display_number(contact.best_phone, region))
    if contact.email and contact.email != contact.display_name:
        parts.append(contact.email)
    return " · ".join(parts)


def print_json(value: object) -> None:
    """JSON for scripts: exact, and inert on a terminal (C1 and bidi controls as \\uXXXX)."""
    text = json.dumps(value, ensure_ascii=False, indent=2)
    _write(_UNSAFE_IN_JSON.sub(lambda m: f"\\u{ord(m.group()):04x}", text) + "\n", None)
