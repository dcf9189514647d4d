"""The process's memory after a burst of work: the start-up's objects kept out of Python's full
garbage collections, and the C heap's free pages given back to the system.

A replay of a day of spooled calls allocates tens of MiB on many threads (lookups, logs, rows)
and frees them again; glibc keeps most of the freed pages (+14 MiB after a 500-call replay)
until `malloc_trim` asks it to return them. Elsewhere (macOS, Windows, musl) there is nothing to
call and `trim` does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc
import logging
import sys
from collections.abc import Callable

log = logging.getLogger(__name__)

_trim: list[Callable[[int], int] | None] = []  # found once: glibc's malloc_trim, or None
_frozen: list[bool] = []  # freeze_startup ran in this process


def _malloc_trim() -> Callable[[int], int] | None:
    if not _trim:
        found: Callable[[int], int] | None = None
        if sys.platform.startswith("linux"):
            try:  # ctypes releases the GIL for the call: a worker runs it, Python goes on
                libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
                found = getattr(libc, "malloc_trim", None)
            except OSError:
                found = None
        _trim.append(found)
    return _trim[0]


def trim() -> bool:
    """Give the heap's free pages back (glibc); False where there is no such call. Takes a few
    milliseconds on a big heap: call it on a worker, once a burst of work is over."""
    malloc_trim = _malloc_trim()
    if malloc_trim is None:
        return False
    try:
        malloc_trim(0)
    except Exception as exc:  # a libc without it, or refusing: the memory is only kept
        log.debug("malloc_trim: %s", exc)
        return False
    return True


def freeze_startup() -> None:
    """The objects made so far (modules, classes, the window's) live as long as the process:
    Python's full collections skip them from now on, so the collections a replay causes walk
    only what it made (a full collection of the whole window took 40-55 ms of the GUI thread).
    Garbage not yet collected when this runs is kept too: only the first call freezes (a
    process that builds windows again, as the tests do, keeps no more)."""
    if not _frozen:
        _frozen.append(True)
        gc.freeze()
