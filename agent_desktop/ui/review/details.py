"""The review's "Details" disclosure: the call's exact times, its ids and every field of the log as
the API gets it — there for whoever wants them, out of the way of an agent who does not."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout, QFrame, QScrollArea, QToolButton, QVBoxLayout, QWidget

from agent_desktop.core.calls.book import Call
from agent_desktop.core.region import DEFAULT_REGION
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.widgets import ElidedLabel, plain_label, section_label
from agent_desktop.ui.review.review_texts import call_times, payload_rows


class ReviewDetails(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.toggle = QToolButton(self)
        self.toggle.setText(self.tr("Details"))
        self.toggle.setCheckable(True)
        self.toggle.setAutoRaise(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleName(self.tr("Details"))
        self.toggle.setAccessibleDescription(
            self.tr("Shows the call's ids and every field sent to SwitchTransact")
        )
        self.toggle.toggled.connect(self._toggled)

        self.panel = QWidget(self)
        form = QFormLayout(self.panel)
        form.setContentsMargins(theme.GAP_L, 0, 0, 0)
        form.setHorizontalSpacing(theme.GAP_L)
        form.setVerticalSpacing(6)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.times = plain_label("", self.panel)  # "Rang 10:00:00 · answered … · ended …"
        self.times.setWordWrap(True)
        self.times.setAccessibleName(self.tr("Call times"))
        form.addRow(section_label(self.tr("Times"), self.panel), self.times)
        self.call_id = plain_label("", self.panel)
        self.call_id.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.call_id.setAccessibleName(self.tr("Call id"))
        form.addRow(section_label(self.tr("Call id"), self.panel), self.call_id)
        self.values: dict[str, ElidedLabel] = {}
        for caption, _value, fields in payload_rows({}):
            cap = section_label(caption, self.panel)
            cap.setToolTip(self.tr("API field: %1").replace("%1", fields))
            value = ElidedLabel("", self.panel)
            value.setAccessibleName(caption)
            form.addRow(cap, value)
            self.values[caption] = value
            if fields == "Number":  # the same number as the world writes it, under it
                self.e164 = plain_label("", self.panel)
                self.e164.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.e164.setAccessibleName(self.tr("Number in international format (E.164)"))
                form.addRow(section_label(self.tr("E.164"), self.panel), self.e164)
        self.panel.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.toggle, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.panel)
        layout.addStretch(1)  # the disclosure stays under the corrections, not mid-page

    def fill(
        self,
        payload: dict[str, str],
        call: Call | None,
        tz: tzinfo | None,
        region: str = DEFAULT_REGION,
    ) -> None:
        for caption, value, _fields in payload_rows(payload):
            self.values[caption].setText(value or "—")
        self.e164.setText(_e164(payload.get("Number", ""), region) or "—")
        if call is not None:
            self.times.setText(call_times(call, tz))
            ids = (
                call.id
                if not call.softphone_id
                else self.tr("%1 (softphone: %2)")
                .replace("%1", call.id)
                .replace("%2", call.softphone_id)
            )
            self.call_id.setText(ids)

    def _toggled(self, shown: bool) -> None:
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.panel.setVisible(shown)


def _e164(number: str, region: str) -> str:
    """+27721234567 for a number the phone rules understand, else "" (shown as —)."""
    from agent_desktop.core.phone import InvalidNumber, parse_phone

    try:
        return parse_phone(number, region).e164
    except InvalidNumber:
        return ""


def scrolled(widget: QWidget, parent: QWidget) -> QScrollArea:
    """`widget` in a frameless vertical scroll area: on a short screen the details scroll
    instead of squeezing the buttons away."""
    scroll = QScrollArea(parent)
    scroll.setWidget(widget)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.viewport().setAutoFillBackground(False)
    widget.setAutoFillBackground(False)
    return scroll
