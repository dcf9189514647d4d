"""Ring lookups remembered for a while: a number that rings again (a caller trying twice, a
shared switchboard ringing several agents' phones in a row) costs no request.

Thread-safe. Keyed by the number's canonical form, so "+27 72 123 4567" and "0721234567" are one
entry. Misses are remembered too (an unknown caller ringing back), for the same time; a failed
lookup is never remembered. `forget()` after a contact is created or corrected, or the server
changed: the server knows better than the cache.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol

from agent_desktop.core import phone as phones
from agent_desktop.core.api.models import Contact
from agent_desktop.core.search.cache import TtlCache

DEFAULT_TTL = 120.0  # seconds; a record edited meanwhile shows at the next ring after this
DEFAULT_MAX_ENTRIES = 500  # numbers remembered: a busy day's callers, a few hundred KiB at most


class PhoneLookup(Protocol):
    def lookup_by_phone(self, number: str) -> Contact | None: ...
    def lookup_all_by_phone(self, number: str) -> list[Contact]: ...


class CachedLookups:
    """In front of a client, or of `client_of()` when the client can be replaced (the window's
    Session makes a new one when the settings change)."""

    def __init__(
        self,
        client: PhoneLookup | None = None,
        region: str = phones.DEFAULT_REGION,
        *,
        client_of: Callable[[], PhoneLookup] | None = None,
        ttl: float = DEFAULT_TTL,
        max_entries: int = DEFAULT_MAX_ENTRIES,
        now: Callable[[], float] = time.monotonic,
    ) -> None:
        if client_of is None:
            if client is None:
                raise ValueError("CachedLookups needs a client or client_of")
            fixed = client
            client_of = lambda: fixed  # noqa: E731
        self._client_of = client_of
        self.region = region
        self._first: TtlCache[tuple[Contact | None]] = TtlCache(ttl, max_entries, now)
        self._every: TtlCache[tuple[Contact, ...]] = TtlCache(ttl, max_entries, now)
        self._lock = threading.Lock()
        self._generation = 0  # bumped by forget(): an answer asked before it is not kept
        self.hits = 0
        self.misses = 0

    def lookup_by_phone(self, number: str) -> Contact | None:
        """The first record any spelling finds (one request when its spelling is known)."""
        key = phones.cache_key(number, self.region)
        with self._lock:
            cached = self._first.get(key)
            if cached is not None:
                self.hits += 1
                return cached[0]
            self.misses += 1
            generation = self._generation
        contact = self._client_of().lookup_by_phone(number)  # ApiErrors pass through, uncached
        with self._lock:
            if generation == self._generation:
                self._first.put(key, (contact,))
        return contact

    def lookup_all_by_phone(self, number: str) -> list[Contact]:
        """Every record any spelling finds (a switchboard stored two ways gives both)."""
        key = phones.cache_key(number, self.region)
        with self._lock:
            cached = self._every.get(key)
            if cached is not None:
                self.hits += 1
                return list(cached)
            self.misses += 1
            generation = self._generation
        contacts = self._client_of().lookup_all_by_phone(number)
        with self._lock:
            if generation == self._generation:
                self._every.put(key, tuple(contacts))
                # What every spelling found also answers "the first one", for free.
                self._first.put(key, (contacts[0] if contacts else None,))
        return list(contacts)

    def forget(self) -> None:
        """After a create or an edit, or a change of server: the server knows better."""
        with self._lock:
            self._generation += 1
            self._first.clear()
            self._every.clear()

    def __len__(self) -> int:
        with self._lock:
            return len(self._first) + len(self._every)
