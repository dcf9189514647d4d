"""The update check off the GUI thread: its result by signal, one check at a time, and a result
for settings that changed meanwhile dropped (the check runs again for the new ones)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent_desktop.core.texts import Text
from agent_desktop.core.updates.policy import UpdatePolicy
from agent_desktop.core.updates.updates import UpdatePlan, UpdateResult, UpdateState
from agent_desktop.qt.update_service import UpdateService


@pytest.fixture
def new_service() -> Iterator:
    """Services held until their check's thread ended: the last reference to a QObject is then
    dropped on the GUI thread, never on the check's (Qt: timers cannot be stopped from another
    thread)."""
    made: list[UpdateService] = []

    def make(checker) -> UpdateService:
        made.append(UpdateService("0.1.0", checker, first_ms=0))
        return made[-1]

    yield make
    for service in made:
        assert service.wait_idle(10)
    made.clear()


def _plan(url: str) -> UpdatePlan:
    return UpdatePlan(
        url, UpdatePolicy.AUTO, Path("/opt/app"), Path("/etc/root.json"), Path("/tmp/work")
    )


def test_the_result_comes_by_signal_from_another_thread(qtbot, new_service):
    threads: list[str] = []

    def checker(plan: UpdatePlan, version: str) -> UpdateResult:
        threads.append(threading.current_thread().name)
        return UpdateResult(UpdateState.FAILED, reason=Text("update.refused"))

    service = new_service(checker)
    with qtbot.waitSignal(service.result, timeout=5000) as got:
        service.configure(_plan("http://a"))
    assert got.args[0].state is UpdateState.FAILED
    assert threads == ["update-check"]  # never the GUI thread


def test_a_result_for_older_settings_is_dropped_and_the_check_runs_again(qtbot, new_service):
    release = threading.Event()
    asked: list[str] = []

    def checker(plan: UpdatePlan, version: str) -> UpdateResult:
        asked.append(plan.url)
        if plan.url == "http://old":
            release.wait(5)
        return UpdateResult(UpdateState.AVAILABLE, plan.url)

    service = new_service(checker)
    results: list[str] = []
    service.result.connect(lambda r: results.append(r.version))
    service.configure(_plan("http://old"))
    qtbot.waitUntil(lambda: asked == ["http://old"], timeout=5000)
    service.configure(_plan("http://new"))  # the settings changed while the old check runs
    qtbot.wait(50)
    assert asked == ["http://old"]  # one check at a time
    release.set()
    qtbot.waitUntil(lambda: results == ["http://new"], timeout=5000)
    assert asked == ["http://old", "http://new"]


def test_turned_off_nothing_more_is_checked_or_said(qtbot, new_service):
    release = threading.Event()

    def checker(plan: UpdatePlan, version: str) -> UpdateResult:
        release.wait(5)
        return UpdateResult(UpdateState.READY, "0.2.0")

    service = new_service(checker)
    results: list[object] = []
    service.result.connect(results.append)
    service.configure(_plan("http://a"))
    qtbot.wait(50)
    service.configure(None)
    release.set()
    qtbot.wait(300)
    assert results == []
    assert service.plan is None
