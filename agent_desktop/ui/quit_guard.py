"""Before the window closes: ask only when quitting would lose something or leave it hanging."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

if TYPE_CHECKING:
    from agent_desktop.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def at_risk(window: MainWindow) -> int:
    """Logs and new contacts the disk refused (held in memory), and live calls (kept on disk,
    but nobody ends a call timed by hand while the app is closed). Calls in review are on disk
    and come back."""
    return window.outbox.summary.held + len(window.calls.book.live())


def may_quit(window: MainWindow) -> bool:
    count = at_risk(window)
    if not count or not window.ask_before_close:
        return True
    live = bool(window.calls.book.live())
    answer = QMessageBox.question(
        window, _tr("Quit during a call?") if live else _tr("Call logs not saved"),
        _tr("A call is in progress. It is kept and comes back when Agent Desktop starts again. "
            "Quit anyway?") if live else
        _tr("%1 call log(s) or contact(s) could not be saved to disk and will be lost if you "
            "quit now. Quit anyway?").replace("%1", str(count)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes
