"""Where Agent Desktop keeps its files, per OS (via platformdirs).

Nothing is created on import or by the *_dir() functions: callers make a folder only when they
first write into it (with `private_dir`), so merely starting the app (or running `--version`)
leaves no trace on disk.

Customer names and numbers (the outbox, the log) and the agent's e-mail (the settings) are for
this user only: folders 0700, files 0600, made so and tightened when found looser. That is POSIX;
on Windows these folders live in the user's profile (%LOCALAPPDATA%), whose ACL already keeps
other users out, and chmod there would only toggle the read-only flag, so it is skipped.
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

import platformdirs

from agent_desktop import APP_ID


def config_dir() -> Path:
    """Per-user settings (Linux: $XDG_CONFIG_HOME/agent-desktop)."""
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def site_config_dir() -> Path:
    """The first machine-wide folder (Linux: first of $XDG_CONFIG_DIRS, else /etc/xdg)."""
    return site_config_dirs()[0]


def site_config_dirs() -> tuple[Path, ...]:
    """Every machine-wide folder an IT admin may deploy to, most important first: each entry of
    $XDG_CONFIG_DIRS (Ubuntu's GNOME session puts /etc/xdg/xdg-ubuntu before /etc/xdg), and on
    macOS Homebrew's folder beside /Library. Windows has the one (%PROGRAMDATA%)."""
    joined = platformdirs.site_config_dir(APP_ID, appauthor=False, multipath=True)
    # The XDG spec: a relative entry is invalid and ignored (it would read from the cwd).
    found = [Path(entry) for entry in joined.split(os.pathsep) if Path(entry).is_absolute()]
    return tuple(dict.fromkeys(found)) or (Path(joined),)


def data_dir() -> Path:
    """Per-user data such as the call-log outbox (Linux: $XDG_DATA_HOME/agent-desktop)."""
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    """Per-user log files (Linux: $XDG_STATE_HOME/agent-desktop/log)."""
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def settings_file() -> Path:
    return config_dir() / "settings.toml"


def site_settings_file() -> Path:
    return site_config_dir() / "settings.toml"


def site_settings_files() -> tuple[Path, ...]:
    """The site file of every machine-wide folder, most important first."""
    return tuple(folder / "settings.toml" for folder in site_config_dirs())


PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600
NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)  # where the OS has it: never open through a link
_POSIX = os.name == "posix"


def _tighten(path: Path, wanted: int) -> None:
    """Drop any permission beyond `wanted` (never adds any). A file that is not ours, or one
    on a file system without modes, is left alone rather than failing the app."""
    with contextlib.suppress(OSError):
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode):  # never chmod a link's target
            return
        current = stat.S_IMODE(info.st_mode)
        if current & ~wanted:
            os.chmod(path, current & wanted)


def private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) as 0700, or tighten it if it exists looser.
    Raises OSError when it cannot be created."""
    path = Path(path)
    missing: list[Path] = []
    probe = path
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for folder in reversed(missing):
        # mkdir's mode is masked by the umask, which can only remove bits: 0700 or tighter.
        with contextlib.suppress(FileExistsError):
            folder.mkdir(mode=PRIVATE_DIR_MODE)
    if _POSIX:
        _tighten(path, PRIVATE_DIR_MODE)
    return path


def replace_link(path: Path) -> str:
    """A symbolic link where one of our files belongs is removed (never followed: its target
    would get customers' data and our chmod); returns where it pointed, "" when it was none."""
    path = Path(path)
    if not path.is_symlink():
        return ""
    try:
        target = os.readlink(path)
    except OSError:
        target = "?"
    with contextlib.suppress(FileNotFoundError):
        path.unlink()
    return target


def ensure_private_file(path: Path, *, create: bool = True, links: bool = True) -> Path:
    """Create `path` empty as 0600 if absent (when `create`), else tighten it to 0600. A
    symbolic link in its place is replaced by a file of our own (see replace_link); with
    `links=False` it is kept, and left as it is (a settings file an admin links on purpose)."""
    path = Path(path)
    pointed = replace_link(path) if links else ""
    if pointed:
        import logging

        logging.getLogger(__name__).warning(
            "%s was a symbolic link to %s; it was replaced by a file of its own (the link's "
            "target is left as it was).",
            path,
            pointed,
        )
    if create:
        with contextlib.suppress(FileExistsError):
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | NOFOLLOW, PRIVATE_FILE_MODE)
            os.close(fd)
    if _POSIX:
        _tighten(path, PRIVATE_FILE_MODE)
    return path
