"""The suggestions' model and their two-line delegate (name and type; company, phone, exact)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from agent_desktop.core.search.cache import Suggestion
from agent_desktop.ui.common import theme
from agent_desktop.ui.search.highlight import match_runs

SuggestionRole = Qt.ItemDataRole.UserRole + 1
_Index = QModelIndex | QPersistentModelIndex


class SuggestionModel(QAbstractListModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items: list[Suggestion] = []
        self.term = ""  # the search the items answer: its words are painted bold

    def set_items(self, items: list[Suggestion] | tuple[Suggestion, ...]) -> None:
        self.beginResetModel()
        self._items = list(items)
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == SuggestionRole:
            return item
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            parts = [item.contact.display_name]
            if item.contact.company and item.contact.company != item.contact.display_name:
                parts.append(item.contact.company)
            if item.phone_display:
                parts.append(item.phone_display)
            if item.contact.entity_type_text:
                parts.append(item.contact.entity_type_text)
            if item.exact:
                parts.append(self.tr("Exact match"))
            return ", ".join(parts)
        return None

    def item(self, row: int) -> Suggestion | None:
        return self._items[row] if 0 <= row < len(self._items) else None


class SuggestionDelegate(QStyledItemDelegate):
    """Two lines: name and entity badge; company · phone and an "Exact match" tag."""

    PAD_X, PAD_Y, LINE_GAP = 12, 7, 2

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        fm = QFontMetrics(option.font)
        height = 2 * fm.height() + self.LINE_GAP + 2 * self.PAD_Y
        return QSize(200, height)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        item: Suggestion | None = index.data(SuggestionRole)
        if item is None:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = option.palette
        rect = option.rect.adjusted(4, 2, -4, -2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        hovered = bool(option.state & QStyle.StateFlag.State_MouseOver)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pal.color(QPalette.ColorRole.Highlight))
            painter.drawRoundedRect(rect, 6, 6)
        elif hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(theme.hairline(pal))
            painter.drawRoundedRect(rect, 6, 6)
        text_color = pal.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        dim = theme.mix(
            text_color,
            pal.color(QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Base),
            0.35,
        )

        inner = rect.adjusted(self.PAD_X - 4, self.PAD_Y - 2, -(self.PAD_X - 4), -(self.PAD_Y - 2))
        name_font = theme.scaled_font(option.font, 1.0, bold=True)
        small = theme.small_font(option.font)
        fm_name, fm_small = QFontMetrics(name_font), QFontMetrics(option.font)
        line1 = QRect(inner.left(), inner.top(), inner.width(), fm_name.height())
        line2 = QRect(
            inner.left(), line1.bottom() + 1 + self.LINE_GAP, inner.width(), fm_small.height()
        )

        right = line1.right()
        kind = item.contact.entity_type_text
        if kind:
            right = (
                self._chip(
                    painter, small, kind, theme.entity_tone(item.contact.entity_type), line1, right
                )
                - theme.GAP
            )
        right2 = line2.right()
        if item.exact:
            ok_tone = theme.tone(theme.HUE_OK, pal)
            right2 = (
                self._chip(painter, small, self.tr("Exact match"), ok_tone, line2, right2)
                - theme.GAP
            )

        term = getattr(index.model(), "term", "")
        painter.setPen(text_color)
        name = fm_name.elidedText(
            item.contact.display_name, Qt.TextElideMode.ElideRight, right - line1.left()
        )
        name_plain = theme.scaled_font(option.font, 1.0)
        _draw_runs(painter, line1, match_runs(name, term), name_plain, name_font)

        details = [p for p in (item.contact.company, item.phone_display) if p]
        if item.contact.company and item.contact.company == item.contact.display_name:
            details = [p for p in (item.phone_display, item.contact.email) if p]
        elif not details and item.contact.email:
            details = [item.contact.email]
        painter.setPen(dim)
        bold = theme.scaled_font(option.font, 1.0, bold=True)
        line = QFontMetrics(bold).elidedText(
            "  ·  ".join(details) or "—", Qt.TextElideMode.ElideRight, right2 - line2.left()
        )
        _draw_runs(painter, line2, match_runs(line, term), option.font, bold)
        painter.restore()

    @staticmethod
    def _chip(painter: QPainter, font, text: str, colors, line: QRect, right: int) -> int:
        """Draw a rounded label ending at `right`, centred on `line`; return its left edge."""
        bg, fg = colors
        fm = QFontMetrics(font)
        w = fm.horizontalAdvance(text) + 14
        h = fm.height() + 2
        chip = QRect(right - w, line.center().y() - h // 2, w, h)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(bg)
        painter.drawRoundedRect(chip, h / 2, h / 2)
        painter.setPen(fg)
        painter.setFont(font)
        painter.drawText(chip, Qt.AlignmentFlag.AlignCenter, text)
        return chip.left()


def _draw_runs(
    painter: QPainter, line: QRect, runs: list[tuple[str, bool]], plain: QFont, bold: QFont
) -> None:
    """Plain text, left to right, the matched runs bold (drawText: never markup)."""
    x = line.left()
    for text, matched in runs:
        font = bold if matched else plain
        painter.setFont(font)
        width = QFontMetrics(font).horizontalAdvance(text)
        painter.drawText(
            QRect(x, line.top(), max(line.right() - x, 0), line.height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            text,
        )
        x += width
