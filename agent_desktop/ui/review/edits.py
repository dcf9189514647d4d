"""The review's corrections, in place: how the call went as ONE choice (Answered, Missed,
Outbound, No answer — the API's CallType, the direction follows from it), the number, the linked
record (unlink it here; search above to link another). The pane wires them to the call."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QToolButton,
    QWidget,
)

from agent_desktop.core.region import DEFAULT_REGION
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.icons import icon
from agent_desktop.ui.common.widgets import plain_label, section_label
from agent_desktop.ui.recent.recent_texts import OUTCOMES, outcome_hint, outcome_text
from agent_desktop.ui.review.review_texts import duration_words, record_text


class ReviewEdits(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.outcome = QComboBox(self)
        for value, _text in OUTCOMES:
            self.outcome.addItem(outcome_text(value), value)
            self.outcome.setItemData(
                self.outcome.count() - 1, outcome_hint(value), Qt.ItemDataRole.ToolTipRole
            )
        self.outcome.setAccessibleName(self.tr("Outcome"))
        self.outcome.setToolTip(self.tr("How the call went; the direction follows from it"))
        self.duration = plain_label("", self)
        self.duration.setAccessibleName(self.tr("Duration"))
        self.number = QLineEdit(self)
        self.number.setAccessibleName(self.tr("Call number"))
        self.number.setToolTip(self.tr("The number logged with the call"))
        self.record = plain_label("", self)  # "James May (Customer)": server text
        self.record.setWordWrap(True)
        self.record.setAccessibleName(self.tr("Linked record"))
        self.record.setToolTip(self.tr("Search above and choose a contact to link another one"))
        self.unlink = QToolButton(self)
        self.unlink.setIcon(icon("close"))
        self.unlink.setAutoRaise(True)
        self.unlink.setToolTip(
            self.tr("Log this call without a contact (search a contact to link another one)")
        )
        self.unlink.setAccessibleName(self.tr("Remove contact from log"))
        self.shown_number = ""  # the number as shown: unchanged, it corrects nothing
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(theme.GAP)
        grid.setVerticalSpacing(theme.GAP)
        grid.addWidget(section_label(self.tr("Outcome"), self), 0, 0)
        outcome_row = QHBoxLayout()
        outcome_row.addWidget(self.outcome)
        outcome_row.addSpacing(theme.GAP)
        outcome_row.addWidget(self.duration, 1)
        grid.addLayout(outcome_row, 0, 1, 1, 2)
        grid.addWidget(section_label(self.tr("Number"), self), 1, 0)
        grid.addWidget(self.number, 1, 1, 1, 2)
        grid.addWidget(section_label(self.tr("Record"), self), 2, 0)
        grid.addWidget(self.record, 2, 1)
        grid.addWidget(self.unlink, 2, 2)
        grid.setColumnStretch(1, 1)

    def fill(self, payload: dict[str, str], region: str = DEFAULT_REGION) -> None:
        """Show the log as it stands (a number being typed is left alone); the number in the
        national form of the agent's region, like everywhere else in the window."""
        from agent_desktop.ui.calls.call_texts import display

        self.duration.setText(self.tr("Duration %1").replace("%1", duration_words(payload)))
        self.record.setText(record_text(payload))
        wanted = next((v for v, _t in OUTCOMES if v.value == payload.get("CallType")), None)
        self.outcome.setCurrentIndex(max(self.outcome.findData(wanted), 0))
        self.shown_number = display(payload.get("Number", ""), region)
        if not self.number.hasFocus():
            self.number.setText(self.shown_number)
        self.unlink.setVisible(bool(payload.get("EntityId")))
