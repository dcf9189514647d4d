"""The suggestion popup under the search box: the list plus a one-line state.

It is a child widget laid over the window, not a separate Qt.Popup window: keyboard focus stays in
the search box (typing goes on while the list is open) and it behaves the same on every platform,
offscreen included.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.core.search.cache import Suggestion
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.icons import icon, show_icon
from agent_desktop.ui.common.widgets import Spinner, plain_label
from agent_desktop.ui.search.suggestions import SuggestionDelegate, SuggestionModel


class SuggestionPopup(QFrame):
    """The list plus a one-line state ("Searching…", "No matches", an error)."""

    activated = Signal(object)  # Suggestion

    MAX_ROWS = 7

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("suggestionPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Base)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.model = SuggestionModel(self)
        self.view = QListView(self)
        self.view.setModel(self.model)
        self.view.setItemDelegate(SuggestionDelegate(self.view))
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys stay in the search box
        self.view.setFrameShape(QFrame.Shape.NoFrame)
        self.view.setMouseTracking(True)
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.clicked.connect(self._clicked)

        self._state_icon = QLabel(self)
        self._spinner = Spinner(self)
        self.state_label = plain_label("", self)  # quotes the search term and server errors
        self.state_label.setWordWrap(True)
        self.state_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        state_row = QHBoxLayout()
        state_row.setContentsMargins(theme.GAP + 4, 6, theme.GAP + 4, 8)
        state_row.setSpacing(theme.GAP)
        state_row.addWidget(self._spinner, 0, Qt.AlignmentFlag.AlignTop)
        state_row.addWidget(self._state_icon, 0, Qt.AlignmentFlag.AlignTop)
        state_row.addWidget(self.state_label, 1)
        self._state_row = QWidget(self)
        self._state_row.setLayout(state_row)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(1, 4, 1, 1)
        layout.setSpacing(0)
        layout.addWidget(self.view)
        layout.addWidget(self._state_row)
        self.hide()

    # --- content ------------------------------------------------------------------------------

    def show_busy(self) -> None:
        """Keep the previous rows (less flicker) and say a search is running."""
        self._set_state(self.tr("Searching…"), busy=True)

    def show_results(self, suggestions, hint: str = "", term: str = "") -> None:
        self.model.term = term  # what matched is painted bold
        self.model.set_items(suggestions)
        if suggestions:
            self.view.setCurrentIndex(self.model.index(0, 0))
            self._set_state(hint)
        else:
            self._set_state(hint or self.tr("No matches."), glyph="info")
        self.view.setVisible(bool(suggestions))
        self._fit()

    def show_message(self, text: str, *, error: bool = False, keep_rows: bool = False) -> None:
        if not keep_rows:
            self.model.set_items([])
            self.view.hide()
        self._set_state(text, glyph="warning" if error else "info", error=error)
        self._fit()

    def _set_state(
        self, text: str, *, busy: bool = False, glyph: str = "", error: bool = False
    ) -> None:
        self._spinner.setVisible(busy)
        self._spinner.set_running(busy)
        self._state_icon.setVisible(bool(glyph))
        if glyph:
            hue = theme.HUE_ERROR if error else None
            show_icon(self._state_icon, icon(glyph, hue), QSize(16, 16))
        self.state_label.setText(text)
        pal = QPalette(self.state_label.palette())
        color = theme.accent(theme.HUE_ERROR) if error else theme.secondary_text()
        pal.setColor(QPalette.ColorRole.WindowText, color)
        self.state_label.setPalette(pal)
        self._state_row.setVisible(bool(text) or busy)
        self._fit()

    @property
    def state_text(self) -> str:
        return self.state_label.text() if self._state_row.isVisible() else ""

    # --- geometry -----------------------------------------------------------------------------

    def place(self, anchor: QRect, max_height: int) -> None:
        """Sit under `anchor` (parent coordinates), as wide as it."""
        self._anchor, self._max_height = anchor, max_height
        self._fit()

    def _fit(self) -> None:
        anchor = getattr(self, "_anchor", None)
        if anchor is None:
            return
        rows = min(self.model.rowCount(), self.MAX_ROWS)
        row_h = self.view.sizeHintForRow(0) if rows else 0
        height = 5
        if self.view.isVisibleTo(self) and rows:
            height += rows * row_h + 2
            self.view.setFixedHeight(rows * row_h + 2)
        if self._state_row.isVisibleTo(self):
            self._state_row.setFixedWidth(anchor.width() - 2)
            height += self._state_row.sizeHint().height()
        height = min(height, self._max_height)
        self.setGeometry(anchor.left(), anchor.bottom() + 4, anchor.width(), height)

    # --- navigation ---------------------------------------------------------------------------

    def move_selection(self, delta: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        row = self.view.currentIndex().row()
        row = max(0, min(count - 1, (row if row >= 0 else -1) + delta))
        self.view.setCurrentIndex(self.model.index(row, 0))

    def current(self) -> Suggestion | None:
        index = self.view.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _clicked(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is not None:
            self.activated.emit(item)
