"""Exponential backoff with full jitter, for retrying transient delivery failures.

Full jitter (a uniformly random delay between 0 and the exponential ceiling) spreads the retries
of many clients out in time, so a server coming back after an outage is not hit by every agent's
queue at the same instant. The random source is injectable so tests get exact delays.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

# No delay, whatever its source (backoff or a server's Retry-After), is ever longer than this.
MAX_DELAY = 3600.0


@dataclass(frozen=True)
class Backoff:
    base: float = 1.0  # ceiling after the first failure, seconds
    cap: float = 300.0  # the ceiling never grows past this (5 minutes)
    rng: Callable[[], float] = field(default=random.random, repr=False)  # uniform in [0, 1)

    def __post_init__(self) -> None:
        if self.base <= 0 or self.cap < self.base:
            raise ValueError("backoff needs 0 < base <= cap")

    def ceiling(self, failures: int) -> float:
        """The largest delay after `failures` consecutive failures (1 = the first)."""
        exponent = min(max(failures, 1) - 1, 62)  # 2**62 * base overflows nothing; cap wins anyway
        return min(self.cap, self.base * (2.0**exponent))

    def delay(self, failures: int) -> float:
        """A random delay in [0, ceiling(failures)]."""
        return self.rng() * self.ceiling(failures)


def clamp_retry_after(seconds: float | None) -> float | None:
    """A server's Retry-After, made safe to sleep on: negative → 0, huge → MAX_DELAY."""
    if seconds is None:
        return None
    try:
        value = float(seconds)
    except (TypeError, ValueError):
        return None
    if value != value:  # NaN
        return None
    return min(max(value, 0.0), MAX_DELAY)
