"""The wall clock, injected: every instant that is a date and time (when a call rang or ended,
when a log is due, the stamp in a kept file's name) is read from a Clock, so tests move time
without sleeping. A duration measured while the process runs (a cache's age, a timeout, a rate
window, a reconnect's backoff) is not an instant: it reads `time.monotonic`, which the wall clock
moving (NTP, the agent changing it) cannot disturb."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, timezone-aware."""
        ...


class SystemClock:
    """The real wall clock, in UTC (converted to the agent's zone only for display)."""

    def now(self) -> datetime:
        return datetime.now(timezone.utc)


def epoch_seconds(clock: Clock) -> Callable[[], float]:
    """The clock read as seconds since the epoch: what the outbox stores and compares in SQL."""
    return lambda: clock.now().timestamp()
