"""The update check off the GUI thread: its result by signal, one check at a time, and a result
for settings that changed meanwhile dropped (the check runs again for the new ones)."""

from __future__ import annotations

import threading
from pathlib import Path

from agent_desktop.core.texts import Text
from agent_desktop.core.updates.policy import UpdatePolicy
from agent_desktop.core.updates.updates import UpdatePlan, UpdateResult, UpdateState
from agent_desktop.qt.update_service import UpdateService


def _plan(url: str) -> UpdatePlan:
    return UpdatePlan(
        url, UpdatePolicy.AUTO, Path("/opt/app"), Path("/etc/root.json"), Path("/tmp/work")
    )


def test_the_result_comes_by_signal_from_another_thread(qtbot):
    threads: list[str] = []

    def checker(plan: UpdatePlan, version: str) -> UpdateResult:
        threads.append(threading.current_thread().name)
        return UpdateResult(UpdateState.FAILED, reason=Text("update.refused"))

    service = UpdateService("0.1.0", checker, first_ms=0)
    with qtbot.waitSignal(service.result, timeout=5000) as got:
        service.configure(_plan("http://a"))
    assert got.args[0].state is UpdateState.FAILED
    assert threads == ["update-check"]  # never the GUI thread


def test_a_result_for_older_settings_is_dropped_and_the_check_runs_again(qtbot):
    release = threading.Event()
    asked: list[str] = []

    def checker(plan: UpdatePlan, version: str) -> UpdateResult:
        asked.append(plan.url)
        if plan.url == "http://old":
            release.wait(5)
        return UpdateResult(UpdateState.AVAILABLE, plan.url)

    service = UpdateService("0.1.0", checker, first_ms=0)
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


def test_turned_off_nothing_more_is_checked_or_said(qtbot):
    release = threading.Event()

    def checker(plan: UpdatePlan, version: str) -> UpdateResult:
        release.wait(5)
        return UpdateResult(UpdateState.READY, "0.2.0")

    service = UpdateService("0.1.0", checker, first_ms=0)
    results: list[object] = []
    service.result.connect(results.append)
    service.configure(_plan("http://a"))
    qtbot.wait(50)
    service.configure(None)
    release.set()
    qtbot.wait(300)
    assert results == []
    assert service.plan is None
