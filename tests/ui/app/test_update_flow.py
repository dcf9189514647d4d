"""What the agent sees of updates (one line), and the install at quit: never with a call on or a
log in review; from source the updater says it is off and why."""

from __future__ import annotations

import json
import sys
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow

from agent_desktop.core.settings.settings import Settings
from agent_desktop.core.texts import Text
from agent_desktop.core.updates.policy import UpdatePolicy
from agent_desktop.core.updates.updates import UpdatePlan, UpdateResult, UpdateState
from agent_desktop.qt.tasks import TaskRunner
from agent_desktop.qt.update_service import UpdateService
from agent_desktop.ui.app.update_flow import UpdateFlow
from agent_desktop.ui.common.widgets import Banner


class _Window(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.notice = Banner(self)
        self.notice.hide()


def _flow(qtbot, plan: UpdatePlan | None = None):
    window = _Window()
    qtbot.addWidget(window)
    window.show()
    service = UpdateService(
        "0.1.0", lambda p, v: UpdateResult(UpdateState.UP_TO_DATE), first_ms=3_600_000
    )
    runner = window.runner = TaskRunner()
    flow = UpdateFlow(window.notice, window.statusBar(), runner, service)
    qtbot.waitUntil(lambda: runner.pending == 0, timeout=5000)  # the start's note, read
    if plan is not None:
        service.configure(plan)
    return window, service, flow


def _staged(tmp_path: Path) -> UpdatePlan:
    install = tmp_path / "apps" / "agent-desktop"
    install.mkdir(parents=True)
    (install / "VERSION").write_text("0.1.0")
    plan = UpdatePlan(
        "http://u", UpdatePolicy.AUTO, install, tmp_path / "root.json", tmp_path / "work"
    )
    (plan.staged_dir / "tree").mkdir(parents=True)
    (plan.staged_dir / "tree" / "VERSION").write_text("0.2.0")
    (plan.staged_dir / "ready.json").write_text(json.dumps({"version": "0.2.0"}))
    return plan


@pytest.mark.skipif(sys.platform == "win32", reason="Windows installs after exit (robocopy)")
def test_a_staged_update_is_one_line_and_installed_at_quit(qtbot, tmp_path):
    plan = _staged(tmp_path)
    window, service, flow = _flow(qtbot, plan)
    service.result.emit(UpdateResult(UpdateState.READY, "0.2.0"))
    assert window.notice.text == (
        "Agent Desktop 0.2.0 is installed when you quit or at the next start."
    )
    assert flow.install_at_quit(busy=False) == "0.2.0"
    assert (plan.install_dir / "VERSION").read_text() == "0.2.0"


def test_a_call_on_or_in_review_leaves_it_for_the_next_start(qtbot, tmp_path):
    plan = _staged(tmp_path)
    _, service, flow = _flow(qtbot, plan)
    service.result.emit(UpdateResult(UpdateState.READY, "0.2.0"))
    assert flow.install_at_quit(busy=True) is None
    assert (plan.install_dir / "VERSION").read_text() == "0.1.0"
    assert (plan.staged_dir / "ready.json").exists()  # the next start installs it


def test_notify_only_tells(qtbot, tmp_path):
    plan = replace(_staged(tmp_path), policy=UpdatePolicy.NOTIFY)
    window, service, flow = _flow(qtbot, plan)
    service.result.emit(UpdateResult(UpdateState.AVAILABLE, "0.2.0"))
    assert window.notice.text == "Agent Desktop 0.2.0 is available."
    assert flow.install_at_quit(busy=False) is None
    assert (plan.install_dir / "VERSION").read_text() == "0.1.0"


def test_a_failure_is_a_status_line_not_a_notice(qtbot, tmp_path):
    window, service, _ = _flow(qtbot, _staged(tmp_path))
    service.result.emit(UpdateResult(UpdateState.FAILED, reason=Text("update.unreachable")))
    assert not window.notice.isVisible()
    assert window.statusBar().currentMessage() == (
        "Update check: the update server cannot be reached; trying again later."
    )


def test_another_flows_notice_is_not_covered(qtbot, tmp_path):
    window, service, _ = _flow(qtbot, _staged(tmp_path))
    window.notice.show_message("The phone is not connected.")
    service.result.emit(UpdateResult(UpdateState.AVAILABLE, "0.2.0"))
    assert window.notice.text == "The phone is not connected."
    assert window.statusBar().currentMessage() == "Agent Desktop 0.2.0 is available."


def test_from_source_the_updater_says_it_is_off_and_why(qtbot):
    window, service, flow = _flow(qtbot)
    settings = Settings(update_url="https://updates.example", update_policy=UpdatePolicy.AUTO)
    flow.configure(settings)  # this test runs from source: never frozen
    assert service.plan is None
    assert window.statusBar().currentMessage() == (
        "Updates are off: this copy runs from source or pip, which update it."
    )


def test_no_update_url_says_nothing(qtbot):
    window, service, flow = _flow(qtbot)
    flow.configure(Settings())
    assert service.plan is None
    assert window.statusBar().currentMessage() == ""


def test_the_start_after_an_install_says_so_once(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    from agent_desktop.core.updates.updates import work_dir

    work_dir().mkdir(parents=True)
    (work_dir() / "installed.json").write_text(json.dumps({"from": "0.1.0", "to": "0.2.0"}))
    window, _, _ = _flow(qtbot)
    qtbot.waitUntil(lambda: window.notice.text == "Updated to Agent Desktop 0.2.0.", timeout=5000)
    assert not (work_dir() / "installed.json").exists()  # told once
