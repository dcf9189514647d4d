"""The settings dialog's "Test connection": the core's diagnosis on a worker, shown as steps."""

from __future__ import annotations

from collections.abc import Callable
from html import escape as _escape_html
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from agent_desktop.core.one_line import inert
from agent_desktop.qt.tasks import TaskRunner
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.core_texts import tr_core
from agent_desktop.ui.common.errors import describe_error, error_details
from agent_desktop.ui.common.widgets import Spinner

if TYPE_CHECKING:  # requests and TLS are imported on the worker that runs the check
    from agent_desktop.core.api.diagnostics import CheckReport

# (base_url, api_key, region) of what the form holds right now, saved or not.
FormValues = Callable[[], tuple[str, str | None, str]]


def escape(text: str) -> str:
    """HTML-escaped and inert: the steps quote the server (core/one_line.py)."""
    return _escape_html(inert(text))


class ConnectionTest(QWidget):
    def __init__(
        self, runner: TaskRunner, values: FormValues, check=None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._values = values
        self._check = check
        self.button = QPushButton(self.tr("Test connection"), self)
        self.button.setToolTip(self.tr("Check the address, TLS, key and permissions"))
        self.button.clicked.connect(self.run)
        self.spinner = Spinner(self)
        self.spinner.hide()
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result.setAccessibleName(self.tr("Connection test result"))
        self.result.hide()
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.button)
        row.addWidget(self.spinner)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.result)

    def run(self) -> None:
        check = self._check
        if check is None:
            from agent_desktop.core.api.diagnostics import run_check as check
        base_url, api_key, region = self._values()
        self.button.setEnabled(False)
        self.spinner.show()
        self.spinner.set_running(True)
        self.result.hide()
        theme.on_change(self, lambda: None, "result")  # no result shown: nothing to recolour
        task = self._runner.run(check, base_url, api_key, region, name="check")
        task.finished.connect(self._done)
        task.failed.connect(lambda e: self._done(None, e))

    def _done(self, report: CheckReport | None, error: object = None) -> None:
        theme.on_change(self, lambda: self._done(report, error), "result")  # ✓/✗ colours
        self.button.setEnabled(True)
        self.spinner.hide()
        self.spinner.set_running(False)
        if report is None:
            details = error_details(error)  # the technical words, under the plain ones
            html = f"<p><b>{escape(describe_error(error))}</b></p>" + (
                f"<p>{escape(details)}</p>" if details else ""
            )
        else:
            ok = theme.css(theme.accent(theme.HUE_OK))
            bad = theme.css(theme.accent(theme.HUE_ERROR))
            lines = [
                f'<span style="color:{ok if st.ok else bad}">{"✓" if st.ok else "✗"}</span> '
                f"<b>{escape(tr_core(st.name))}</b> — "
                f"{escape(describe_error(st.error) if st.error else tr_core(st.message))}"
                for st in report.steps
            ]
            verdict = (
                self.tr("Everything works.")
                if report.ok
                else self.tr("The connection does not work yet; see the first ✗.")
            )
            html = f"<p><b>{escape(verdict)}</b></p>" + "<br>".join(lines)
        self.result.setText(html)
        self.result.show()
