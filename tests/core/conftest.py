"""Fixtures of the core tests: an outbox file in tmp_path on the fake clock, a client of the
sandbox (the clock and the servers themselves come from tests/stubs.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from stubs import FakeClock

from agent_desktop.core.api.client import SwitchTransactClient
from agent_desktop.core.outbox.outbox import Outbox
from agent_desktop.sandbox import SandboxServer


@pytest.fixture
def outbox(tmp_path, clock: FakeClock) -> Iterator[Outbox]:
    with Outbox(tmp_path / "outbox.sqlite3", clock=clock) as box:
        yield box


@pytest.fixture
def client(sandbox: SandboxServer) -> Iterator[SwitchTransactClient]:
    with SwitchTransactClient(sandbox.base_url, "test-key", connect_timeout=2, read_timeout=5) as c:
        yield c
