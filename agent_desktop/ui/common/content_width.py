"""A readable column on a wide screen: the window's parts keep their content within CAP px,
centred, so a value and its copy or call button stay side by side instead of a screen apart.

Done by widening a part's layout margins as the part grows (an event filter per part): the part
still fills the window (its background, borders and tints reach the edges), its content does not.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject
from PySide6.QtWidgets import QWidget

CAP = 720  # px of content: a comfortable line of text plus a value column and its buttons


class _Column(QObject):
    def __init__(self, part: QWidget, cap: int) -> None:
        super().__init__(part)
        layout = part.layout()
        self._base = layout.contentsMargins() if layout is not None else QMargins()
        self._cap = cap
        self._extra = -1
        part.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.fit(watched)
        return False

    def fit(self, part: QWidget) -> None:
        layout = part.layout()
        base = self._base
        room = part.width() - base.left() - base.right()
        extra = max(0, (room - self._cap) // 2)
        if layout is not None and extra != self._extra:
            self._extra = extra
            layout.setContentsMargins(
                base.left() + extra, base.top(), base.right() + extra, base.bottom()
            )


def cap(*parts: QWidget, width: int = CAP) -> None:
    """Keep each part's content within `width` px, centred."""
    for part in parts:
        if part.layout() is not None:
            _Column(part, width).fit(part)
