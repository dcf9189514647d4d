"""Install a staged update (core/updates/updates.py): at quit, or at the next start before the
window.

On Linux and macOS the installed folder is swapped for the staged one by two renames (a running
program keeps the files it opened, so quitting or starting over is safe); the old folder goes
once the new one is in place, and a failed rename puts it back. Windows cannot rename the folder
of a running .exe: there tufup's install step (a robocopy script that waits for this process to
end) moves the files in after the app has quit.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import shutil
import sys
from pathlib import Path

from agent_desktop.core.json_shapes import is_table
from agent_desktop.core.updates.updates import INSTALLED_FILE, READY_FILE, staged_version

log = logging.getLogger(__name__)


def install_staged(staged: Path, install_dir: Path, current_version: str) -> str | None:
    """Put the staged release in place of `install_dir`; its version, or None when nothing
    complete is staged. Raises OSError when the folder could not be replaced (it is then as
    it was); the staged release stays for the next try."""
    version = staged_version(staged)
    if version is None:
        return None
    tree = staged / "tree"
    if sys.platform == "win32":
        (staged / READY_FILE).unlink(missing_ok=True)
        _install_on_windows(tree, install_dir)  # its script moves the tree after we quit
    else:
        _swap(tree, install_dir)
        (staged / READY_FILE).unlink(missing_ok=True)
        shutil.rmtree(staged, ignore_errors=True)
    with contextlib.suppress(OSError):  # only for the one line the window says next time
        (staged.parent / INSTALLED_FILE).write_text(
            json.dumps({"from": current_version, "to": version}), encoding="utf-8"
        )
    log.info("update %s installed in %s (was %s)", version, install_dir, current_version)
    return version


def _swap(tree: Path, install_dir: Path) -> None:
    incoming = install_dir.with_name(install_dir.name + ".update")
    previous = install_dir.with_name(install_dir.name + ".previous")
    for leftover in (incoming, previous):  # from an interrupted earlier attempt
        if leftover.exists():
            shutil.rmtree(leftover)
    try:
        os.rename(tree, incoming)
    except OSError:  # another file system: copy it beside the installed folder first
        shutil.copytree(tree, incoming, symlinks=True)
    os.rename(install_dir, previous)
    try:
        os.rename(incoming, install_dir)
    except OSError:
        os.rename(previous, install_dir)
        with contextlib.suppress(OSError):  # staged again for the next try
            os.rename(incoming, tree)
        raise
    shutil.rmtree(previous, ignore_errors=True)


def _install_on_windows(tree: Path, install_dir: Path) -> None:  # pragma: no cover - Windows
    import subprocess

    from tufup.utils.platform_specific import (  # pyright: ignore[reportMissingTypeStubs]
        install_update,  # pyright: ignore[reportUnknownVariableType]
    )

    # A script that moves the files in once this process has ended, then deletes itself; it
    # ends the process (sys.exit), which here is quitting anyway.
    with contextlib.suppress(SystemExit):
        install_update(
            src_dir=tree,
            dst_dir=install_dir,
            purge_dst_dir=True,
            log_file_name="update.log",
            process_creation_flags=getattr(subprocess, "CREATE_NO_WINDOW", 0),
        )


def take_installed_note(work: Path) -> tuple[str, str] | None:
    """(from, to) of the update the last start installed, once; None when there was none."""
    note = work / INSTALLED_FILE
    try:
        data: object = json.loads(note.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    note.unlink(missing_ok=True)
    if not is_table(data):
        return None
    before, after = data.get("from", ""), data.get("to")
    return (str(before), after) if isinstance(after, str) else None
