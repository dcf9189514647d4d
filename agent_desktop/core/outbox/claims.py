"""Who holds an outbox claim, and whether that holder is certainly gone.

A claim id is host:pid:process-token:worker. The process token is random per process lifetime,
so a new process that got a dead one's pid (containers often restart at the same pid) still
sees the old claim as dead. Only the same host can judge a pid; anything uncertain is left to
the lease.
"""

from __future__ import annotations

import os
import socket
import uuid

_PROCESS_TOKEN = uuid.uuid4().hex[:12]


def claimer_id() -> str:
    """A fresh id for one worker of this process."""
    return f"{socket.gethostname()}:{os.getpid()}:{_PROCESS_TOKEN}:{uuid.uuid4().hex[:8]}"


def claimer_is_dead(claimed_by: str | None) -> bool:
    """True only when we can be sure the claiming process is gone (same host, pid not running, or
    our own pid reused). Anything uncertain → False, and the lease decides."""
    parts = (claimed_by or "").split(":")
    if len(parts) != 4 or parts[0] != socket.gethostname() or not parts[1].isdigit():
        return False
    pid = int(parts[1])
    if pid == os.getpid():
        return parts[2] != _PROCESS_TOKEN
    if os.name != "posix":  # os.kill(pid, 0) would *terminate* a process on Windows
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # exists but not ours (EPERM)
        return False
    return False
