"""The account-wide request limit: SwitchTransact allows 100 requests per second per account,
shared by every agent of a contact centre. Off by default; `--account-limit 100` turns it on.

Sliding one-second window per token (an account is a token here), every /calls/* endpoint
counted together. A refused request is answered 429 with Retry-After (whole seconds, rounded up,
as HTTP has it) and does not count against the window: only requests the API served do.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable


class AccountLimiter:
    def __init__(
        self, limit: int, window: float = 1.0, clock: Callable[[], float] = time.monotonic
    ) -> None:
        if limit < 1:
            raise ValueError("The account limit must be 1 request or more per window.")
        if window <= 0:
            raise ValueError("The window must be longer than 0 seconds.")
        self.limit = limit
        self.window = window
        self._clock = clock
        self._lock = threading.Lock()
        self._served: dict[str, deque[float]] = {}
        self.refused = 0  # 429s answered so far, every token

    def admit(self, token: str) -> float | None:
        """None when the request may go on (it is counted); else the seconds until the window
        has room again."""
        with self._lock:
            now = self._clock()
            served = self._served.setdefault(token, deque())
            while served and served[0] <= now - self.window:
                served.popleft()
            if len(served) < self.limit:
                served.append(now)
                return None
            self.refused += 1
            return max(served[0] + self.window - now, 0.0)


def retry_after_seconds(wait: float) -> int:
    """What the 429 says: at least 1 s, whole seconds (a client must not hammer at once)."""
    return max(1, math.ceil(wait))
