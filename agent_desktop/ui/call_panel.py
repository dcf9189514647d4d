"""The call bar: a live hh:mm:ss timer, start/end (F9), direction, type, number and contact."""

from __future__ import annotations

import uuid
from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from agent_desktop.core.calllog import CallRecord, CallTimer, format_duration
from agent_desktop.core.clock import Clock
from agent_desktop.core.models import AgentIdentity, CallDirection, CallType, Contact
from agent_desktop.ui import theme
from agent_desktop.ui.icons import icon, set_role
from agent_desktop.ui.widgets import ElidedLabel, section_label


class CallPanel(QFrame):
    call_started = Signal()
    call_ended = Signal(object, str)  # CallRecord, the call's local id (given at its start)
    contact_changed = Signal(object)  # Contact | None: the call's contact

    TICK_MS = 250  # the label changes once a second; ticking faster keeps it on the second

    def __init__(
        self,
        clock: Clock,
        agent: Callable[[], AgentIdentity],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("callPanel")
        self._clock = clock
        self._timer = CallTimer(clock)
        self._agent = agent
        self.contact: Contact | None = None
        self.call_id = ""  # a new uuid per call, given when it starts: one call, one log
        self.awaiting: tuple[str, str] | None = None  # (request id, name) of a contact on its way
        self.ended_awaiting: tuple[str, str] | None = None  # the same, for the call just ended

        self.time_label = QLabel("00:00:00", self)
        self.time_label.setFont(theme.timer_font(self.font(), 1.9))
        self.time_label.setAccessibleName(self.tr("Call duration"))
        self.state_label = QLabel(self.tr("No call"), self)
        self.state_label.setFont(theme.small_font(self.font()))

        self.toggle_button = QPushButton(self)
        self.toggle_button.setMinimumHeight(36)
        self.toggle_button.setIconSize(QSize(18, 18))
        self.toggle_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.toggle_button.clicked.connect(self.toggle)

        self.direction = QComboBox(self)
        self.direction.addItem(self.tr("Inbound"), CallDirection.INBOUND)
        self.direction.addItem(self.tr("Outbound"), CallDirection.OUTBOUND)
        self.direction.setAccessibleName(self.tr("Call direction"))
        self.direction.setToolTip(self.tr("Who placed the call"))
        self.call_type = QComboBox(self)
        for text, value in ((self.tr("Inbound"), CallType.INBOUND),
                            (self.tr("Outbound"), CallType.OUTBOUND),
                            (self.tr("Missed"), CallType.MISSED),
                            (self.tr("Not answered"), CallType.NOT_ANSWERED)):
            self.call_type.addItem(text, value)
        self.call_type.setAccessibleName(self.tr("Call type"))
        self.call_type.setToolTip(self.tr("How the call went (Missed and Not answered included)"))
        self.direction.currentIndexChanged.connect(self._direction_changed)

        self.number = QLineEdit(self)
        self.number.setPlaceholderText(self.tr("Caller's number"))
        self.number.setAccessibleName(self.tr("Call number"))
        self.number.setToolTip(self.tr("The number logged with the call"))
        self.contact_label = ElidedLabel("", self)
        self.clear_contact = QToolButton(self)
        self.clear_contact.setIcon(icon("close"))
        self.clear_contact.setAutoRaise(True)
        self.clear_contact.setToolTip(self.tr("Log this call without a contact"))
        self.clear_contact.setAccessibleName(self.tr("Remove contact from call"))
        self.clear_contact.clicked.connect(lambda: self.set_contact(None))
        policy = self.clear_contact.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.clear_contact.setSizePolicy(policy)

        top = QHBoxLayout()
        top.setSpacing(theme.GAP)
        clock_box = QGridLayout()
        clock_box.setVerticalSpacing(0)
        clock_box.addWidget(self.time_label, 0, 0)
        clock_box.addWidget(self.state_label, 1, 0)
        top.addLayout(clock_box)
        top.addStretch(1)
        top.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignVCenter)

        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.GAP)
        grid.setVerticalSpacing(6)
        grid.addWidget(section_label(self.tr("Direction"), self), 0, 0)
        grid.addWidget(section_label(self.tr("Type"), self), 0, 1)
        grid.addWidget(section_label(self.tr("Number"), self), 0, 2)
        grid.addWidget(self.direction, 1, 0)
        grid.addWidget(self.call_type, 1, 1)
        grid.addWidget(self.number, 1, 2)
        grid.setColumnStretch(2, 1)
        contact_row = QHBoxLayout()
        contact_row.setSpacing(6)
        self._contact_icon = QLabel(self)
        self._contact_icon.setPixmap(icon("user").pixmap(QSize(16, 16)))
        contact_row.addWidget(self._contact_icon)
        contact_row.addWidget(self.contact_label, 1)
        contact_row.addWidget(self.clear_contact)

        layout = QGridLayout(self)
        layout.setContentsMargins(theme.MARGIN, 10, theme.MARGIN, 10)
        layout.setVerticalSpacing(theme.GAP)
        layout.addLayout(top, 0, 0)
        layout.addLayout(grid, 1, 0)
        layout.addLayout(contact_row, 2, 0)

        self._ticker = QTimer(self)
        self._ticker.setInterval(self.TICK_MS)
        self._ticker.timeout.connect(self.refresh)
        self._update_controls()
        self.set_contact(None)

    # --- state --------------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._timer.running

    def toggle(self) -> None:
        if self.running:
            self.end_call()
        else:
            self.start_call()

    def start_call(self, number: str = "") -> None:
        if self.running:
            return
        if number:
            self.number.setText(number)
        elif not self.number.text().strip() and self.contact and self.contact.best_phone:
            self.number.setText(self.contact.best_phone)
        self._timer = CallTimer(self._clock)  # a fresh timer per call
        self.call_id = str(uuid.uuid4())
        self._timer.start()
        self._ticker.start()
        self._update_controls()
        self.refresh()
        self.call_started.emit()

    def end_call(self) -> CallRecord | None:
        if not self.running:
            return None
        start, end = self._timer.stop()
        self._ticker.stop()
        number = self.number.text().strip() or (self.contact.best_phone if self.contact else "")
        record = CallRecord(
            start=start, end=end,
            call_type=self.call_type.currentData(), direction=self.direction.currentData(),
            number=number or "", contact=self.contact, agent=self._agent(),
        )
        call_id, self.call_id = self.call_id, ""
        self.ended_awaiting = self.awaiting if self.contact is None else None
        self._timer = CallTimer(self._clock)  # the bar is ready for the next call at 00:00:00
        self.refresh()
        self._update_controls()
        self.number.clear()
        self.set_contact(None)
        self.direction.setCurrentIndex(0)
        self.call_type.setCurrentIndex(0)
        self.call_ended.emit(record, call_id)
        return record

    def log_missed(self, number: str, rang_at, contact: Contact | None) -> CallRecord:
        """A ring that ended unanswered: a zero-length Missed inbound call at the ring's time,
        reviewed and sent like any other call (its own call id: one ring, one log)."""
        record = CallRecord(
            start=rang_at, end=rang_at, call_type=CallType.MISSED,
            direction=CallDirection.INBOUND, number=number, contact=contact, agent=self._agent(),
        )
        self.ended_awaiting = None  # a contact being created belongs to an earlier call, not this
        self.call_ended.emit(record, str(uuid.uuid4()))
        return record

    def set_contact(self, contact: Contact | None) -> None:
        self.contact = contact
        self.awaiting = None
        if contact is None:
            self.contact_label.setText(self.tr("No contact linked"))
            theme.set_secondary(self.contact_label)
        else:
            self.contact_label.setText(contact.display_name)
            self.contact_label.setPalette(self.palette())
            if self.running and not self.number.text().strip() and contact.best_phone:
                self.number.setText(contact.best_phone)
        self.clear_contact.setVisible(contact is not None)
        self.contact_changed.emit(contact)

    def set_awaiting(self, awaiting: tuple[str, str] | None) -> None:
        """A contact for this caller is being created: say so until it exists (or not)."""
        if self.contact is not None:
            return
        self.awaiting = awaiting
        if awaiting is None:
            self.set_contact(None)
            return
        self.contact_label.setText(self.tr("%1 — being created…").replace("%1", awaiting[1]))
        theme.set_secondary(self.contact_label)

    def prefill_number(self, number: str) -> None:
        """Set the number for the next (or running) call unless the agent already typed one."""
        if number and not self.number.text().strip():
            self.number.setText(number)

    # --- display ------------------------------------------------------------------------------

    def refresh(self) -> None:
        self.time_label.setText(format_duration(self._timer.elapsed()))

    def _direction_changed(self) -> None:
        # The type follows the direction unless the agent chose Missed / Not answered.
        if self.call_type.currentData() in (CallType.INBOUND, CallType.OUTBOUND):
            wanted = (CallType.INBOUND if self.direction.currentData() is CallDirection.INBOUND
                      else CallType.OUTBOUND)
            self.call_type.setCurrentIndex(self.call_type.findData(wanted))

    def _update_controls(self) -> None:
        running = self.running
        if running:
            self.toggle_button.setText(self.tr("End call"))
            self.toggle_button.setIcon(icon("call-end", on_accent=True))
            set_role(self.toggle_button, "end")
            self.toggle_button.setToolTip(self.tr("End the call and review its log (F9)"))
            self.state_label.setText(self.tr("Call in progress"))
        else:
            self.toggle_button.setText(self.tr("Start call"))
            self.toggle_button.setIcon(icon("call-start", on_accent=True))
            set_role(self.toggle_button, "start")
            self.toggle_button.setToolTip(self.tr("Start timing a call (F9)"))
            self.state_label.setText(self.tr("No call · F9 starts"))
        self.toggle_button.setAccessibleName(self.toggle_button.text())
        self.setProperty("running", running)
        self.style().unpolish(self)
        self.style().polish(self)
        pal = QPalette(self.time_label.palette())
        pal.setColor(QPalette.ColorRole.WindowText,
                     theme.accent(theme.HUE_OK) if running else theme.secondary_text())
        self.time_label.setPalette(pal)
        state_pal = QPalette(self.state_label.palette())
        state_pal.setColor(QPalette.ColorRole.WindowText,
                           theme.accent(theme.HUE_OK) if running else theme.secondary_text())
        self.state_label.setPalette(state_pal)
