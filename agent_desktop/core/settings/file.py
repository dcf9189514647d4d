"""Reading and writing one TOML settings file: problems as sentences, atomic replacement."""

from __future__ import annotations

import contextlib
import errno
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from agent_desktop import APP_ID
from agent_desktop.core.settings.paths import ensure_private_file, private_dir
from agent_desktop.core.texts import Text

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib


def line_of(text: str, key: str) -> int | None:
    """The line of a `key = ...` entry (the first, if repeated in tables), for messages."""
    match = re.search(rf"^[ \t]*[\"']?{re.escape(key)}[\"']?[ \t]*=", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else None


def where(path: Path, text: str, key: str) -> str:
    line = line_of(text, key)
    return Text("settings.place_line", path, line) if line else str(path)


def _syntax_problem(path: Path, text: str, exc: Exception) -> str:
    message = str(exc)
    line = getattr(exc, "lineno", None)
    match = re.search(r"\s*\(at (?:line (\d+), column \d+|end of document)\)$", message)
    if match:
        message = message[: match.start()]
        line = line or (int(match.group(1)) if match.group(1) else text.count("\n") + 1)
    place = Text("settings.place_line", path, line) if line else str(path)
    return Text("settings.syntax", place, message)


def read_toml(path: Path) -> tuple[dict[str, Any] | None, str, list[str]]:
    """(table or None when absent/unusable, text, problems)."""
    try:
        text = path.read_bytes().decode("utf-8")
    except FileNotFoundError:
        return None, "", []
    except UnicodeDecodeError:
        return None, "", [Text("settings.not_utf8", path)]
    except OSError as exc:
        return None, "", [Text("settings.unreadable", path, exc.strerror or exc)]
    try:
        return tomllib.loads(text), text, []
    except tomllib.TOMLDecodeError as exc:
        return None, text, [_syntax_problem(path, text, exc)]


def write_atomic(path: Path, data: bytes) -> None:
    """Temp file in the same folder + os.replace: readers see the old or new file, never half.
    The folder is made 0700 and the file is 0600 (mkstemp's mode): it holds the agent's e-mail."""
    private_dir(path.parent)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def describe_os_error(path: Path, exc: OSError) -> str:
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
        reason: str = Text("save.disk_full")
    elif exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        reason = Text("save.read_only")
    else:
        reason = exc.strerror or str(exc)
    return Text("settings.save_failed", path, reason)


def tighten_user_file(path: Path) -> None:
    """A settings file (and our folder holding it) left readable by others is made private.
    Nothing is created; a folder not named after the app is not ours to change."""
    if path.parent.name == APP_ID and path.parent.is_dir():
        private_dir(path.parent)
    ensure_private_file(path, create=False, links=False)  # a linked settings file is the admin's
