"""HTTP sessions lent to one request at a time, and given back for the next.

A `requests.Session` is not safe to share between two requests running at once, so each request
borrows one. Keying sessions by thread (`threading.local`) looked simpler but leaked: a Qt thread
pool's worker gets a fresh Python thread state for every task, so every request made (and kept)
a new session, with its TLS context and connection pool — ~100 KiB a search, and no keep-alive.
Lending keeps as many sessions as requests ever ran at once, and reuses their connections.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Generator
from contextlib import contextmanager

import requests

MAX_IDLE = 8  # sessions kept between requests; past that (a burst) the extra ones are closed


class SessionPool:
    def __init__(self, make: Callable[[], requests.Session], max_idle: int = MAX_IDLE) -> None:
        self._make = make
        self._max_idle = max_idle
        self._lock = threading.Lock()
        self._idle: list[requests.Session] = []
        self._all: set[requests.Session] = set()

    @contextmanager
    def lease(self) -> Generator[requests.Session, None, None]:
        """A session of this request's own until the block ends."""
        with self._lock:
            session = self._idle.pop() if self._idle else None
        if session is None:
            session = self._make()  # a TLS context: made outside the lock
            with self._lock:
                self._all.add(session)
        try:
            yield session
        finally:
            self._give_back(session)

    def _give_back(self, session: requests.Session) -> None:
        with self._lock:
            keep = session in self._all and len(self._idle) < self._max_idle
            if keep:
                self._idle.append(session)
            else:
                self._all.discard(session)
        if not keep:  # closed meanwhile, or one too many
            session.close()

    @property
    def size(self) -> int:
        """Sessions alive (idle or lent)."""
        with self._lock:
            return len(self._all)

    def close(self) -> None:
        """Close every session; those lent out are closed when given back. Stays usable."""
        with self._lock:
            idle, self._idle = self._idle, []
            self._all.clear()
        for session in idle:
            session.close()
