"""Ring lookups remembered for a while: a number that rings again (a caller trying twice, a
shared switchboard ringing several agents' phones in a row) costs no request.

Thread-safe. Keyed by the number's canonical form, so "+27 72 123 4567" and "0721234567" are one
entry. Misses are remembered too (an unknown caller ringing back), for the same time; a failed
lookup is never remembered.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Protocol

from agent_desktop.core import phone as phones
from agent_desktop.core.models import Contact
from agent_desktop.core.search_cache import TtlCache

DEFAULT_TTL = 120.0  # seconds; a record edited meanwhile shows at the next ring after this


class PhoneLookup(Protocol):
    def lookup_by_phone(self, number: str) -> Contact | None: ...


class CachedLookups:
    def __init__(self, client: PhoneLookup, region: str = phones.DEFAULT_REGION, *,
                 ttl: float = DEFAULT_TTL, max_entries: int = 500,
                 now: Callable[[], float] = time.monotonic) -> None:
        self._client = client
        self._region = region
        self._cache: TtlCache[tuple[Contact | None]] = TtlCache(ttl, max_entries, now)
        self._lock = threading.Lock()
        self.hits = 0
        self.misses = 0

    def lookup_by_phone(self, number: str) -> Contact | None:
        key = phones.cache_key(number, self._region)
        with self._lock:
            cached = self._cache.get(key)
            if cached is not None:
                self.hits += 1
                return cached[0]
            self.misses += 1
        contact = self._client.lookup_by_phone(number)  # ApiErrors pass through, uncached
        with self._lock:
            self._cache.put(key, (contact,))
        return contact

    def forget(self) -> None:
        """After a create or an edit: the server knows better than the cache."""
        with self._lock:
            self._cache.clear()
