"""Before the window closes: ask only when quitting would lose something or leave it hanging."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from agent_desktop.qt.call_service import CallService
from agent_desktop.qt.outbox_service import OutboxService


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def at_risk(outbox: OutboxService, calls: CallService) -> int:
    """Logs and new contacts the disk refused (held in memory), and live calls (kept on disk,
    but nobody ends a call timed by hand while the app is closed). Calls in review are on disk
    and come back."""
    return outbox.summary.held + len(calls.book.live())


def may_quit(window: QWidget, outbox: OutboxService, calls: CallService, *, ask: bool) -> bool:
    """True when closing loses nothing, the agent is not to be asked, or said Quit anyway."""
    count = at_risk(outbox, calls)
    if not count or not ask:
        return True
    live = bool(calls.book.live())
    answer = QMessageBox.question(
        window,
        _tr("Quit during a call?") if live else _tr("Call logs not saved"),
        _tr(
            "A call is in progress. It is kept and comes back when Agent Desktop starts again. "
            "Quit anyway?"
        )
        if live
        else _tr(
            "%1 call log(s) or contact(s) could not be saved to disk and will be lost if you "
            "quit now. Quit anyway?"
        ).replace("%1", str(count)),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
