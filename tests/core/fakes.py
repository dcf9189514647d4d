"""Test doubles shared by core tests (owned by core-cli): a clock that moves only when told."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone


class FakeClock:
    """Implements agent_desktop.core.clock.Clock; time stands still until advance()/set()."""

    def __init__(self, start: datetime | None = None) -> None:
        self._now = start or datetime(2026, 3, 2, 8, 0, 0, tzinfo=timezone.utc)
        if self._now.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float | timedelta) -> datetime:
        step = seconds if isinstance(seconds, timedelta) else timedelta(seconds=seconds)
        self._now = self._now + step
        return self._now

    def set(self, moment: datetime) -> None:
        self._now = moment
