"""The phone sources' seam: the setting's values are the kinds, the registry finds a source by
its module, the status reads as one line, and a source's thread recovers with backoff."""

from __future__ import annotations

import threading
from datetime import datetime, timezone

import pytest
from stubs import wait_for

from agent_desktop.core.outbox.backoff import Backoff
from agent_desktop.core.phones.loop import SourceLoop
from agent_desktop.core.phones.registry import SourceConfig, create_source
from agent_desktop.core.phones.source import (
    PhoneKind,
    Problem,
    SourceState,
    SourceStatus,
    describe,
)
from agent_desktop.core.settings.settings import PHONE_KINDS, Settings, validate_field


def test_the_phone_setting_takes_exactly_the_source_kinds():
    assert tuple(kind.value for kind in PhoneKind) == PHONE_KINDS
    for kind in PhoneKind:
        assert validate_field("phone", kind.value.upper()) == kind.value
    with pytest.raises(ValueError, match="should be"):
        validate_field("phone", "microsip")
    assert Settings().phone == "command"


def test_the_call_command_alone_needs_no_source():
    config = SourceConfig(Settings(), secret=lambda name: None)
    assert create_source(PhoneKind.COMMAND, config) is None


def test_each_source_kind_has_its_module_with_create():
    """A kind without its module is a setting that can never work: every PhoneKind but the
    command names a module of core/phones/ that exposes create()."""
    import importlib

    for kind in PhoneKind:
        if kind is PhoneKind.COMMAND:
            continue
        try:
            module = importlib.import_module(f"agent_desktop.core.phones.{kind.value}")
        except ModuleNotFoundError:
            pytest.xfail(f"{kind.value}: its source module is not written yet")
        assert callable(module.create)


def test_the_status_reads_as_one_line():
    at = datetime(2026, 12, 7, 10, 42, tzinfo=timezone.utc)
    listening = SourceStatus(
        PhoneKind.DESK_PHONE,
        SourceState.LISTENING,
        "192.168.1.20:8765",
        last_event_at=at,
        last_event_from="192.168.1.50",
        refused=3,
        refused_from=("192.168.1.77",),
    )
    assert describe(listening) == (
        "Listening on 192.168.1.20:8765 · last event 10:42 from "
        "192.168.1.50 · requests refused: 3 (from 192.168.1.77)"
    )
    down = SourceStatus(
        PhoneKind.BARESIP,
        SourceState.DOWN,
        "127.0.0.1:4444",
        Problem.UNREACHABLE,
        "Connection refused",
        retry_in=7.6,
    )
    assert describe(down) == (
        "baresip at 127.0.0.1:4444: not reachable (Connection refused); trying again in 8 s"
    )
    assert (
        describe(SourceStatus(PhoneKind.BARESIP, SourceState.CONNECTED, "127.0.0.1:4444"))
        == "Connected to baresip at 127.0.0.1:4444"
    )


class _Sessions:
    """Sessions that fail `fail` times, then one that ends by itself, then one that waits for
    stop: what a phone that is down, comes up and drops, then stays up does."""

    def __init__(self, fail: int) -> None:
        self.fail = fail
        self.runs = 0
        self.up = threading.Event()

    def __call__(self, stop: threading.Event) -> None:
        self.runs += 1
        if self.runs <= self.fail:
            raise ConnectionRefusedError("Connection refused")
        if self.runs == self.fail + 1:
            return  # the far end closed the connection
        self.up.set()
        stop.wait()


def test_a_source_loop_retries_with_backoff_until_stopped():
    sessions = _Sessions(fail=3)
    downs: list[tuple[str, float]] = []
    loop = SourceLoop(
        "test",
        sessions,
        lambda exc, delay: downs.append((type(exc).__name__, delay)),
        backoff=Backoff(base=0.01, cap=0.04, rng=lambda: 1.0),
    )
    loop.start()
    assert sessions.up.wait(5)
    # Each failure is reported with its wait; the ceiling doubles and is capped; a clean end of
    # the connection is reported too (no exception).
    assert downs == [
        ("ConnectionRefusedError", 0.01),
        ("ConnectionRefusedError", 0.02),
        ("ConnectionRefusedError", 0.04),
        ("NoneType", 0.04),
    ]
    loop.stop()
    assert not loop.running
    assert sessions.runs == 5  # nothing ran after stop


def test_a_source_that_was_up_for_long_is_retried_at_once_when_it_drops():
    times = iter([0.0, 100.0, 100.0, 100.0])  # the first session lasted 100 s
    stopped = threading.Event()
    downs: list[float] = []

    def session(stop: threading.Event) -> None:
        if len(downs) >= 1:
            stopped.set()
            stop.wait()

    loop = SourceLoop(
        "test",
        session,
        lambda exc, delay: downs.append(delay),
        backoff=Backoff(base=5.0, cap=60.0, rng=lambda: 1.0),
        healthy_after=30,
        monotonic=lambda: next(times),
    )
    loop.start()
    wait_for(stopped.is_set)
    loop.stop()
    assert downs == [1.0]  # not the 5 s ceiling: it had been healthy


@pytest.mark.logs_errors
def test_a_failing_status_listener_does_not_end_the_source():
    sessions = _Sessions(fail=1)

    def down(exc: BaseException | None, delay: float) -> None:
        raise RuntimeError("listener bug")

    loop = SourceLoop("test", sessions, down, backoff=Backoff(base=0.01, cap=0.01))
    loop.start()
    assert sessions.up.wait(5)
    loop.stop()


def test_check_says_nothing_of_a_phone_when_only_the_command_is_used():
    from agent_desktop.core.phones.check import check_phone

    assert check_phone(SourceConfig(Settings(), secret=lambda name: None)) is None
