"""A short-lived bar under the card area: "Call log discarded. [Undo]" for a few seconds.

The Undo button is in the tab order and carries a mnemonic (Alt+U); Ctrl+Z works from anywhere
in the window while the bar shows, except in a text field, which keeps its own undo.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton, QWidget

from agent_desktop.ui.common import theme
from agent_desktop.ui.common.widgets import plain_label

UNDO_MS = 8000  # within the call book's RESTORE_WINDOW (10 s)


class UndoBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoBar")
        self.label = plain_label("", self)  # names the call: a name or number from outside
        self.label.setWordWrap(True)
        self.button = QPushButton(self.tr("&Undo"), self)
        self.button.setAccessibleName(self.tr("Undo discard"))
        keys = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.button.setToolTip(self.tr("Bring the call log back (%1)").replace("%1", keys))
        self.button.clicked.connect(self.undo)
        self._shortcut = QShortcut(
            QKeySequence(QKeySequence.StandardKey.Undo),
            self,
            self.undo,
            context=Qt.ShortcutContext.WindowShortcut,
        )
        self._shortcut.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, 6, theme.MARGIN, 6)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.close_bar)
        self._undo: Callable[[], None] | None = None
        self.refresh_theme()
        self.hide()

    def refresh_theme(self) -> None:
        """A tinted strip, so it reads as a passing notice rather than part of the page."""
        bg, fg = theme.tone(theme.HUE_INFO)
        self.setStyleSheet(
            f"QFrame#undoBar {{ background: {theme.css(bg)};"
            f" border-top: 1px solid {theme.css(theme.hairline())}; }}"
        )
        pal = self.label.palette()
        pal.setColor(QPalette.ColorRole.WindowText, fg)
        self.label.setPalette(pal)

    def offer(self, text: str, undo: Callable[[], None], ms: int = UNDO_MS) -> None:
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self._undo = undo
        self._shortcut.setEnabled(True)
        self._timer.start(ms)
        self.show()

    def undo(self) -> None:
        action, self._undo = self._undo, None
        self.close_bar()
        if action is not None:
            action()

    def close_bar(self) -> None:
        self._timer.stop()
        self._shortcut.setEnabled(False)
        self._undo = None
        self.hide()
