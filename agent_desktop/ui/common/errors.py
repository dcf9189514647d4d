"""Turning errors into sentences, and catching the unexpected ones so the window keeps working.

An exception escaping a slot would otherwise reach Python's default hook (a traceback on a console
nobody sees) or abort the app. `ErrorReporter` logs it — the log redacts the key — and shows a
non-modal message; the agent carries on.
"""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from agent_desktop.core.api.errors import ApiError
from agent_desktop.ui.common.error_texts import plain_error
from agent_desktop.ui.common.widgets import plain_message_box

log = logging.getLogger("agent_desktop.ui")


def describe_error(error: object) -> str:
    """A sentence for the agent, in plain words with the next step (ui/common/error_texts.py); the
    technical message is `error_details`. Anything but an API error is a bug (logged)."""
    if isinstance(error, ApiError):
        return plain_error(error).text
    if isinstance(error, Exception):
        log.error("unexpected error", exc_info=(type(error), error, error.__traceback__))
    return _unexpected_text()


def error_details(error: object) -> str:
    """The technical message behind `describe_error`, for a Details expander or a tooltip."""
    return plain_error(error).details if isinstance(error, ApiError) else ""


def _unexpected_text() -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(
        "Errors",
        "Something unexpected went wrong. The details are in the log file; please try again.",
    )


class ErrorReporter(QObject):
    """Installs a sys.excepthook that logs and shows a non-modal message box (one at a time)."""

    reported = Signal(str)  # the message shown (tests listen)

    def __init__(self, parent_window: QWidget | None = None, log_path: str | None = None) -> None:
        super().__init__(parent_window)
        self._window = parent_window
        self.log_path = log_path
        self._box: QMessageBox | None = None
        self._previous = None
        self._count = 0

    def install(self) -> None:
        self._previous = sys.excepthook
        sys.excepthook = self._hook

    def uninstall(self) -> None:
        if self._previous is not None and sys.excepthook == self._hook:
            sys.excepthook = self._previous
        self._previous = None

    def _hook(
        self, kind: type[BaseException], value: BaseException, tb: TracebackType | None
    ) -> None:
        if issubclass(kind, KeyboardInterrupt):
            (self._previous or sys.__excepthook__)(kind, value, tb)
            return
        log.error("unexpected error in the window", exc_info=(kind, value, tb))
        self.report(value, "".join(traceback.format_exception_only(kind, value)).strip())

    def report(self, error: BaseException, summary: str = "") -> None:
        """Show a calm, non-modal message. Safe to call from the GUI thread only."""
        self._count += 1
        text = self.tr("Something unexpected went wrong, but you can keep working.")
        from agent_desktop.core.one_line import one_line  # the summary may quote the server

        details = self.tr("What happened: %1").replace(
            "%1", one_line(summary or type(error).__name__)
        )
        if self.log_path:
            details += "\n" + self.tr("Full details are in %1").replace("%1", self.log_path)
        # Deferred: the hook may run in the middle of a paint or a key event.
        QTimer.singleShot(0, lambda: self._show(text, details))

    def _show(self, text: str, details: str) -> None:
        if self._box is None:
            box = QMessageBox(self._window)
            box.setIcon(QMessageBox.Icon.Warning)
            box.setWindowTitle(self.tr("Unexpected problem"))
            box.setStandardButtons(QMessageBox.StandardButton.Close)
            box.setWindowModality(Qt.WindowModality.NonModal)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
            self._box = box
        self._box.setText(text)
        self._box.setInformativeText(details)
        plain_message_box(self._box)  # the summary can quote the server or a softphone
        self._box.show()
        self._box.raise_()
        self.reported.emit(text)

    @property
    def count(self) -> int:
        return self._count
