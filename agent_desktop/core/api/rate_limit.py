"""A client-side token bucket so the whole app stays far below the account's request limit.

SwitchTransact allows 100 requests/second per *account*, shared by every agent of a contact centre.
One app sending a backlog after an outage must not eat that budget: the delivery worker takes a
token before each request. Share one bucket between every worker of a process.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

DEFAULT_RATE = 5.0  # requests per second per app: 20x under the account limit


class TokenBucket:
    def __init__(
        self,
        rate: float = DEFAULT_RATE,
        burst: float | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if rate <= 0:
            raise ValueError("rate must be positive")
        self.rate = float(rate)
        self.burst = float(burst if burst is not None else max(1.0, rate))
        if self.burst < 1:
            raise ValueError("burst must allow at least one request")
        self._clock = clock
        self._tokens = self.burst
        self._stamp = clock()
        self._lock = threading.Lock()

    def try_acquire(self, tokens: float = 1.0) -> float:
        """Take `tokens` if available and return 0.0; otherwise take nothing and return the
        seconds to wait before they will be."""
        with self._lock:
            now = self._clock()
            elapsed = max(0.0, now - self._stamp)  # a clock going backwards adds nothing
            self._tokens = min(self.burst, self._tokens + elapsed * self.rate)
            self._stamp = now
            if self._tokens >= tokens:
                self._tokens -= tokens
                return 0.0
            return (tokens - self._tokens) / self.rate
