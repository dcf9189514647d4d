"""Calls to log in the outbox and delivery tests (the clock and servers are in tests/stubs.py)."""

from __future__ import annotations

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
