"""The Recent calls page: what the card area shows when no contact is open (and on Ctrl+R).

A list of the agent's calls, newest first: outcome icon, who, when, how long, where the log
stands. Missed calls not seen yet are counted on the header and listed in bold; for them "Call
back" is the first action. Enter opens the call (its contact, or its review while unsent), Ctrl+D
or the Call back button dials the number again.
"""

from __future__ import annotations

import time
from datetime import datetime, tzinfo

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QIcon, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.core.calls.recent import LogStatus, RecentCall
from agent_desktop.core.region import DEFAULT_REGION
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.icons import icon, set_role
from agent_desktop.ui.common.widgets import Chip
from agent_desktop.ui.recent.recent_texts import RowTexts, missed_badge, outcome_icon

_ROW = Qt.ItemDataRole.UserRole
FILL_SLICE_SECONDS = 0.006  # rows set per turn of the event loop while the list is hidden
FILL_SLICE_ROWS = 50  # at least this many per turn (a short list is filled in one go)


class _CallList(QListWidget):
    """Enter opens the selected call (QListWidget would only start an edit)."""

    opened = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.opened.emit()
            return
        super().keyPressEvent(event)


class RecentPage(QWidget):
    open_requested = Signal(object)  # RecentCall: its contact, or its review while unsent
    call_back_requested = Signal(object)  # RecentCall

    def __init__(self, tz: tzinfo | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self.region = DEFAULT_REGION
        self.offline = False  # waiting logs say they go when the connection is back
        self._unseen = 0
        self._icons: dict[tuple[str, int | None], QIcon] = {}  # outcome glyph -> its icon
        self._texts = RowTexts()
        self._shown: list[tuple[str, str, str, bool, str]] = []  # what each item shows
        self._now: datetime | None = None  # "now" of the last fill (the app's clock)
        self.rows: list[RecentCall] = []
        # A fill under way (rows, their texts, the call to keep selected), how far it got.
        self._filling: tuple[list[RecentCall], list[str], str | None] | None = None
        self._filled = 0
        self._current: QListWidgetItem | None = None
        self._fill_later = QTimer(self)
        self._fill_later.setSingleShot(True)
        self._fill_later.setInterval(0)
        self._fill_later.timeout.connect(lambda: self._fill_some(FILL_SLICE_SECONDS))
        title = QLabel(self.tr("Recent calls"), self)
        title.setFont(theme.scaled_font(self.font(), 1.2, bold=True))
        self.badge = Chip("", self)
        self.badge.set_hue(theme.HUE_ERROR)
        self.badge.setAccessibleName(self.tr("Missed calls not seen yet"))
        self.badge.hide()
        head = QHBoxLayout()
        head.addWidget(title)
        head.addWidget(self.badge)
        head.addStretch(1)

        self.list = _CallList(self)
        self.list.setAccessibleName(self.tr("Recent calls"))
        self.list.setAccessibleDescription(
            self.tr("Enter opens the call, Ctrl+D calls the number back")
        )
        self.list.setIconSize(QSize(20, 20))
        self.list.setSpacing(2)
        self.list.setStyleSheet("QListWidget::item { padding: 5px 2px; }")
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.opened.connect(self._open)
        self.list.itemDoubleClicked.connect(lambda _item: self._open())
        self.list.currentRowChanged.connect(lambda _row: self._render_actions())

        self.empty = QLabel(
            self.tr(
                "No recent calls. The calls you take and make are listed here.\n"
                "Type a name, company, phone number or email above to find a contact; "
                "Ctrl+N creates one, F9 starts a call."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.set_secondary(self.empty)

        self.call_back = QPushButton(icon("call-start", on_accent=True), self.tr("Call back"), self)
        set_role(self.call_back, "primary")
        self.call_back.setToolTip(self.tr("Call this number again (Ctrl+D)"))
        self.call_back.setAccessibleName(self.tr("Call back"))
        self.call_back.clicked.connect(self._call_back)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.open_button.setToolTip(self.tr("Open the contact, or the log's review (Enter)"))
        self.open_button.setAccessibleName(self.tr("Open call"))
        self.open_button.clicked.connect(self._open)
        self.action_row = QWidget(self)
        actions = QHBoxLayout(self.action_row)
        actions.setContentsMargins(0, 0, 0, 0)
        actions.addWidget(self.call_back)  # first: a missed call is one to return
        actions.addWidget(self.open_button)
        actions.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.GAP)
        layout.addLayout(head)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addWidget(self.action_row)
        self.show_rows([], 0)

    # --- showing ------------------------------------------------------------------------------

    def show_rows(
        self, rows: list[RecentCall], unseen_missed: int, now: datetime | None = None
    ) -> None:
        """Fill the list (the selection stays on the same call when it is still there). A list
        not on screen is filled a few milliseconds' worth of rows per turn of the event loop
        (the first fill after a replayed day sets 500 new rows: 50-140 ms of the GUI thread in
        one go), and at once when it is shown."""
        selected = self.selected()
        keep = selected.call.id if selected is not None else None
        now = self._now = now or datetime.now().astimezone()
        if not self.isVisible():
            keep = None  # shown again later: the newest call first (a missed one to return)
        self.rows, self._unseen = rows, unseen_missed
        texts = self._texts.texts(rows, now, self._tz, self.region, self.offline)
        self._filling = (rows, texts, keep)
        self._filled = 0
        self._current = None
        self._fill_some(None if self.isVisible() else FILL_SLICE_SECONDS)

    def _fill_some(self, budget: float | None) -> None:
        """Set the rows of the fill under way from where it stopped; `budget` None: all."""
        self._fill_later.stop()
        if self._filling is None:
            return
        rows, texts, keep = self._filling
        # The rows already there are reused and only what differs is set: the list is filled
        # again at every change of any call, up to 500 rows each time.
        refused = self.tr("SwitchTransact refused this log; open the Outbox")
        listed, shown = self.list, self._shown
        until = time.perf_counter() + budget if budget is not None else None
        while self._filled < len(rows):
            index, row, text = self._filled, rows[self._filled], texts[self._filled]
            self._filled += 1
            look = (
                text,
                outcome_icon(row.call.outcome)[0],
                row.call.id,
                row.missed and not row.seen,
                refused if row.log is LogStatus.ATTENTION else "",
            )
            if index == len(shown):
                listed.addItem(QListWidgetItem())
                shown.append(("", "", "", False, ""))
            if shown[index] != look:
                self._fill(listed.item(index), row, look)
                shown[index] = look
            if row.call.id == keep:
                self._current = listed.item(index)
            if (
                until is not None
                and self._filled % FILL_SLICE_ROWS == 0
                and time.perf_counter() >= until
            ):
                break
        if self._filled < len(rows):
            self._fill_later.start()
            return
        self._filling = None
        while listed.count() > len(rows):
            listed.takeItem(listed.count() - 1)
        del shown[len(rows) :]
        current, self._current = self._current, None
        if current is not None:
            listed.setCurrentItem(current)
        elif rows:
            listed.setCurrentRow(0)
        self.list.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.action_row.setVisible(bool(rows))
        self.badge.setText(missed_badge(self._unseen))
        self.badge.setVisible(self._unseen > 0)
        self._render_actions()

    def showEvent(self, event: QShowEvent) -> None:
        self._fill_some(None)  # a fill still under way is finished before it is seen
        super().showEvent(event)

    def prepare(self, rows: list[RecentCall], now: datetime) -> object:
        """On the worker that read `rows`: the texts the next fill would write anew."""
        return self._texts.prepare(rows, now, self._tz, self.region, self.offline)

    def learn(self, made: object) -> None:
        """What `prepare` made (GUI thread), before the rows are shown."""
        if isinstance(made, dict):
            self._texts.learn(made)  # pyright: ignore[reportUnknownArgumentType]

    def _fill(
        self, item: QListWidgetItem | None, row: RecentCall, look: tuple[str, str, str, bool, str]
    ) -> None:
        if item is None:
            return
        text, _glyph, call_id, bold, tip = look
        if item.text() != text:
            item.setText(text)
        glyph = outcome_icon(row.call.outcome)
        # One icon per outcome, shared by its rows (up to 500): not an engine per row.
        shared = self._icons.get(glyph)
        if shared is None:
            shared = self._icons[glyph] = icon(*glyph)
        item.setIcon(shared)
        item.setData(_ROW, call_id)
        if item.font().bold() != bold:
            font = item.font()
            font.setBold(bold)
            item.setFont(font)
        item.setToolTip(tip)

    def set_offline(self, offline: bool) -> None:
        if offline != self.offline:
            self.offline = offline
            self.show_rows(self.rows, self._unseen, self._now)

    def selected(self) -> RecentCall | None:
        row = self.list.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def _render_actions(self) -> None:
        row = self.selected()
        self.call_back.setEnabled(row is not None and bool(row.call.number))
        self.open_button.setEnabled(row is not None)
        self.open_button.setText(
            self.tr("Review")
            if row is not None and row.log is LogStatus.REVIEW
            else self.tr("Open")
        )

    def focus_list(self) -> None:
        (self.list if self.rows else self.call_back).setFocus(Qt.FocusReason.ShortcutFocusReason)

    # --- actions ------------------------------------------------------------------------------

    def _open(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_requested.emit(row)

    def _call_back(self) -> None:
        row = self.selected()
        if row is not None and row.call.number:
            self.call_back_requested.emit(row)

    def call_back_selected(self) -> bool:
        """Ctrl+D while this page shows: True when there was a call to return."""
        row = self.selected()
        if row is None or not row.call.number:
            return False
        self.call_back_requested.emit(row)
        return True
