"""Shared bits of the outbox and delivery tests (owned by the outbox helper)."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone

from agent_desktop.core.calllog import CallRecord
from agent_desktop.core.models import AgentIdentity, CallDirection, CallType

AGENT = AgentIdentity("Ann", "Agent", "ann.agent@example.com")
START = datetime(2026, 3, 2, 8, 0, 0, tzinfo=timezone.utc)


def call_record(i: int) -> CallRecord:
    """A valid call whose Number is unique to `i`, so the sandbox's logs can be counted per call."""
    start = START + timedelta(minutes=i)
    return CallRecord(
        start=start, end=start + timedelta(seconds=30 + i % 60), call_type=CallType.INBOUND,
        direction=CallDirection.INBOUND, number=number(i), contact=None, agent=AGENT,
    )


def number(i: int) -> str:
    return f"+2772{i:07d}"


def call_payload(i: int) -> dict[str, str]:
    return call_record(i).to_payload(timezone.utc)


class FakeTime:
    """A wall clock (epoch seconds) that moves only when told."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> float:
        self.now += seconds
        return self.now


def wait_for(condition: Callable[[], object], timeout: float = 10.0, step: float = 0.01):
    """Poll `condition` until it is truthy; fail the test after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while True:
        value = condition()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"condition not met within {timeout} s")
        time.sleep(step)
