"""The status bar: a message too long for the room beside the Outbox button and the connection
(a narrow window, a long language) is shortened with "…" and the whole sentence is its tooltip,
never cut in the middle of a word without a trace."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStatusBar, QWidget

from agent_desktop.ui.common.widgets import plain_tooltip

MARGIN = 12  # the bar's own margins around a message


class StatusBar(QStatusBar):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self._shown = ""  # how _full was drawn
        self.messageChanged.connect(self._cleared)

    def room(self) -> int:
        """The width a message has: up to the first permanent widget."""
        lefts = [
            w.x()
            for w in self.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            if w.isVisible() and w.x() > 0
        ]
        return (min(lefts) if lefts else self.width()) - MARGIN

    def showMessage(self, text: str, timeout: int = 0) -> None:
        self._full = text
        shown = self._shown = self._fitted(text)
        self.setToolTip(plain_tooltip(text) if shown != text else "")
        super().showMessage(shown, timeout)

    def currentMessage(self) -> str:
        """The whole message, as it was given (shortened or not on screen)."""
        shown = super().currentMessage()
        return self._full if shown and shown == self._shown else shown

    def _fitted(self, text: str) -> str:
        room = self.room()
        if room <= 0 or self.fontMetrics().horizontalAdvance(text) <= room:
            return text
        return self.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, room)

    def _cleared(self, text: str) -> None:
        if not text:  # timed out or cleared: the tooltip of the last one goes with it
            self._full = self._shown = ""
            self.setToolTip("")
