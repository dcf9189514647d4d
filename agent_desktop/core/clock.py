"""Time, injected: the call book and the call bar read a Clock, so tests move time without
sleeping."""

from __future__ import annotations

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
