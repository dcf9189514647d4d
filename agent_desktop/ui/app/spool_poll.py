"""A window that cannot listen on its socket still gets the softphone's events: `agent-desktop
call …` then spools them on disk, and this takes them from there about once a second. The window
says once, in its notice, that the events arrive late and why. A window that listens looks every
few seconds, quietly, for events `call` had to spool because the socket was too busy."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QTimer

from agent_desktop.core.texts import fill
from agent_desktop.ui.common.widgets import Tone

if TYPE_CHECKING:
    from agent_desktop.qt.call_service import CallService
    from agent_desktop.ui.common.widgets import Banner

POLL_MS = 1000
# A window that listens looks too, seldom: an event its socket could not take in time (the window
# busy, many commands at once) was spooled by `call`, and would otherwise wait for a restart.
BACKSTOP_MS = 5000


class PollingWindow(Protocol):
    @property
    def calls(self) -> CallService: ...
    @property
    def notice(self) -> Banner: ...


class SpoolPoll(QObject):
    def __init__(self, window: PollingWindow, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.w = window
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(window.calls.poll_spool)

    def start(self, reason: str) -> None:
        """Poll from now on; `reason` (translated) says why the window cannot listen."""
        self.w.notice.show_message(self.message(reason), Tone.WARNING)
        self.timer.start()

    def start_quietly(self) -> None:
        """The window listens: look now and then, say nothing."""
        self.timer.setInterval(BACKSTOP_MS)
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def message(self, reason: str) -> str:
        return fill(
            self.tr(
                "Softphone events reach this window about a second late: it "
                "cannot listen for them (%1). They are read from disk instead."
            ),
            (reason,),
        )

    def folder_reason(self, folder: str) -> str:
        return fill(
            self.tr("%1 is not a private folder of yours; remove it, or set XDG_RUNTIME_DIR"),
            (folder,),
        )

    def socket_reason(self, address: str, error: str) -> str:
        return fill(self.tr("its socket %1 cannot be opened: %2"), (address, error))
