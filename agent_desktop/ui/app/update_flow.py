"""Updates as the agent meets them: one line in the window, the install at quit.

The settings decide (core/updates.make_plan): off says why once in the status bar when an
update_url is set (from source or pip, no trusted root, a read-only install); "notify" tells
in the notice that a release is published; "auto" lets it download and says it is installed at
quit or at the next start. Quitting with a live call or a call log still in review leaves the
update for the next start (core/updates/install.py runs it before the window). A failed check is
a log line and a status-bar line; the next check is the retry.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStatusBar

from agent_desktop import __version__
from agent_desktop.core.settings.settings import Settings
from agent_desktop.core.texts import Text
from agent_desktop.core.updates.install import install_staged, take_installed_note
from agent_desktop.core.updates.policy import UpdatePolicy
from agent_desktop.core.updates.updates import (
    UpdatePlan,
    UpdateResult,
    UpdateState,
    make_plan,
    work_dir,
)
from agent_desktop.qt.tasks import TaskRunner
from agent_desktop.qt.update_service import UpdateService
from agent_desktop.ui.common.core_texts import tr_core
from agent_desktop.ui.common.widgets import Banner, Tone

log = logging.getLogger(__name__)
STATUS_MS = 20_000
_QUIET_OFF = ("update.off_policy", "update.off_no_url")  # nothing asked for: nothing to say


class UpdateFlow(QObject):
    def __init__(
        self,
        notice: Banner,
        status_bar: QStatusBar,
        runner: TaskRunner,
        service: UpdateService | None = None,
        parent: QObject | None = None,
    ) -> None:
        """Its lines go in the window's `notice` (unless another flow's message is there) and
        its status bar."""
        super().__init__(parent)
        self._notice = notice
        self._status_bar = status_bar
        self.service = service or UpdateService(__version__, parent=self)
        self.service.result.connect(self._result)
        self.ready: str | None = None  # a staged version, installed at quit
        self._off_said: str | None = None
        self._said = ""
        task = runner.run(take_installed_note, work_dir(), name="update-note")
        task.finished.connect(self._installed)

    def configure(self, settings: Settings) -> None:
        plan = make_plan(settings.update_url, settings.update_policy)
        if isinstance(plan, UpdatePlan):
            self._off_said = None
            self.service.configure(plan)
            return
        self.service.configure(None)
        self.ready = None
        if plan.code not in _QUIET_OFF and plan != self._off_said:
            log.info("%s", plan)
            self._off_said = plan
            self._status_bar.showMessage(tr_core(plan), STATUS_MS)

    def _result(self, result: object) -> None:
        if not isinstance(result, UpdateResult):
            return
        log.info(
            "update check: %s %s%s",
            result.state.value,
            result.version,
            f" ({result.reason})" if result.reason else "",
        )
        if result.state is UpdateState.READY:
            self.ready = result.version
            self._say(Text("update.ready", result.version))
        elif result.state is UpdateState.AVAILABLE:
            self._say(Text("update.available", result.version))
        elif result.state is UpdateState.FAILED and result.reason is not None:
            self._status_bar.showMessage(tr_core(result.reason), STATUS_MS)

    def _installed(self, note: object) -> None:
        if isinstance(note, tuple) and len(note) == 2:  # pyright: ignore[reportUnknownArgumentType]
            log.info("updated from %s to %s", *note)  # pyright: ignore[reportUnknownArgumentType]
            self._say(Text("update.installed", str(note[1])))  # pyright: ignore[reportUnknownArgumentType]

    def _say(self, text: Text) -> None:
        line = tr_core(text)
        if self._notice.text in ("", self._said):  # never over another flow's message
            self._notice.show_message(line, Tone.INFO)
            self._said = line
        else:
            self._status_bar.showMessage(line, STATUS_MS)

    def install_at_quit(self, busy: bool) -> str | None:
        """After the window settled at quit: the staged release in place, unless a call is
        live or a log is in review (`busy`; then the next start installs it). Never raises."""
        plan = self.service.plan
        self.service.configure(None)  # no check may stage anything from here on
        if self.ready is None or plan is None or plan.policy is not UpdatePolicy.AUTO:
            return None
        if busy:
            log.info("update %s waits for the next start: a call is on or in review", self.ready)
            return None
        try:
            return install_staged(plan.staged_dir, plan.install_dir, __version__)
        except OSError as exc:
            log.warning("update %s could not be installed at quit: %s", self.ready, exc)
            return None
