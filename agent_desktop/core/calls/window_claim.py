"""One window per user's data: a lock file beside the call store, not beside the socket.

The window that holds it brings the calls on disk back and replays the spool; a second window
does neither. It does not depend on the socket's folder, so two windows that both cannot listen
(no private runtime folder) still never replay the same spool. The lock dies with its process,
kill -9 included: a crashed window never blocks the next one.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

LOCK_NAME = "window.lock"
_TRIES = 5  # a `call` command probing the lock holds it for microseconds: try again briefly
_PAUSE = 0.02


class WindowClaim:
    def __init__(self, folder: Path) -> None:
        self.path = Path(folder) / LOCK_NAME
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def take(self) -> bool:
        """Claim the data folder for this window. False when another live window has it.
        Raises OSError when no lock file can be made there (the folder unwritable)."""
        if self._fd is not None:
            return True
        fd = _open(self.path)
        for attempt in range(_TRIES):
            if _lock(fd, exclusive=True):
                self._fd = fd
                return True
            if attempt + 1 < _TRIES:
                time.sleep(_PAUSE)
        os.close(fd)
        return False

    def release(self) -> None:
        if self._fd is not None:
            os.close(self._fd)  # closing drops the lock
            self._fd = None


def held_elsewhere(folder: Path) -> bool:
    """Whether a live window holds the claim on this data folder (for `call`, which then need
    not start one). A folder with no lock file, or one that cannot be opened, says no."""
    try:
        fd = _open(Path(folder) / LOCK_NAME, create=False)
    except OSError:
        return False
    try:
        return not _lock(fd, exclusive=False)
    finally:
        os.close(fd)  # drops the shared lock at once if it was taken


def _open(path: Path, create: bool = True) -> int:
    from agent_desktop.core.settings.paths import NOFOLLOW, private_dir

    if create:
        private_dir(path.parent)
        flags = os.O_RDWR | os.O_CREAT | NOFOLLOW
    else:
        flags = os.O_RDWR | NOFOLLOW
    return os.open(path, flags, 0o600)


def _lock(fd: int, *, exclusive: bool) -> bool:
    if os.name == "nt":
        import msvcrt

        try:  # Windows has no shared mode here: a probe takes the byte and gives it back
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        if not exclusive:
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return True
    import fcntl

    try:
        fcntl.flock(fd, (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
    except OSError:
        return False
    return True
