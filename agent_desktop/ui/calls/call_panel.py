"""The call bar: shows the CallService's current call (and a waiting one) and sends the agent's
choices back. It holds no call state of its own: `show_calls` is given the Call objects.

Ringing has its own colour and headline ("Ringing · 072 123 4567 · James May"), with the picker
when several records share the number, or an "Unknown caller – Create contact" button.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.core.api.models import CallDirection, Contact
from agent_desktop.core.calls.book import Call, CallState
from agent_desktop.core.calls.log import format_duration
from agent_desktop.core.clock import Clock
from agent_desktop.core.region import DEFAULT_REGION
from agent_desktop.ui.calls.call_texts import display, headline, waiting_line
from agent_desktop.ui.calls.caller_picker import CallerPicker
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.icons import icon, set_role, show_icon
from agent_desktop.ui.common.widgets import ElidedLabel, plain_label, section_label


class CallPanel(QFrame):
    toggle_requested = Signal()  # F9 / the main button: the controller decides what it means
    unlink_requested = Signal(str)  # call id: log it without a contact
    picked = Signal(str, object)  # call id, Contact chosen in the picker
    create_requested = Signal(str)  # call id: unknown caller, create a contact
    answer_requested = Signal(str)  # call id: the waiting call's own Answer button

    TICK_MS = 250  # the label changes once a second; ticking faster keeps it on the second

    def __init__(self, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callPanel")
        self._clock = clock
        self.call: Call | None = None
        self.other: Call | None = None
        self.region = DEFAULT_REGION
        self.matches: list[Contact] | None = None  # None = the lookup has not answered yet
        self._idle_drawn = False  # the last render showed no call at all

        self.time_label = QLabel("00:00:00", self)
        self.time_label.setFont(theme.timer_font(self.font(), 1.9))
        self.time_label.setAccessibleName(self.tr("Call duration"))
        self.state_label = ElidedLabel(self.tr("No call"), self)
        self.state_label.setFont(theme.scaled_font(self.font(), 1.0, bold=True))
        self.state_label.setAccessibleName(self.tr("Call state"))

        self.toggle_button = QPushButton(self)
        self.toggle_button.setMinimumHeight(36)
        self.toggle_button.setIconSize(QSize(18, 18))
        self.toggle_button.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        self.toggle_button.clicked.connect(self.toggle_requested)

        self.picker = CallerPicker(self)
        self.picker.picked.connect(self.picked)
        self.unknown_button = QPushButton(
            icon("user-plus"), self.tr("Unknown caller – Create contact (Ctrl+N)"), self
        )
        self.unknown_button.setToolTip(self.tr("Create a contact with the caller's number"))
        self.unknown_button.clicked.connect(
            lambda: self.call is not None and self.create_requested.emit(self.call.id)
        )

        self.direction = plain_label("", self)
        self.direction.setAccessibleName(self.tr("Call direction"))
        self.number = plain_label("", self)
        self.number.setAccessibleName(self.tr("Call number"))
        self.number.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.contact_label = ElidedLabel("", self)
        self.contact_label.setAccessibleName(self.tr("Contact of the call"))
        self.clear_contact = QToolButton(self)
        self.clear_contact.setIcon(icon("close"))
        self.clear_contact.setAutoRaise(True)
        self.clear_contact.setToolTip(self.tr("Log this call without a contact"))
        self.clear_contact.setAccessibleName(self.tr("Remove contact from call"))
        self.clear_contact.clicked.connect(
            lambda: self.call is not None and self.unlink_requested.emit(self.call.id)
        )
        policy = self.clear_contact.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        self.clear_contact.setSizePolicy(policy)

        self.waiting_label = ElidedLabel("", self)  # call waiting: the other live call
        self.waiting_label.setAccessibleName(self.tr("Other call"))
        self.waiting_label.setFont(theme.small_font(self.font()))
        self.waiting_answer = QPushButton(icon("call-start"), self.tr("Answer"), self)
        self.waiting_answer.setToolTip(
            self.tr("Answer the waiting call: it becomes the call in hand")
        )
        self.waiting_answer.clicked.connect(
            lambda: self.other is not None and self.answer_requested.emit(self.other.id)
        )
        self.waiting_answer.hide()

        top = QHBoxLayout()
        top.setSpacing(theme.GAP)
        top.addWidget(self.time_label, 1)
        top.addWidget(self.toggle_button, 0, Qt.AlignmentFlag.AlignVCenter)

        grid = QGridLayout()
        grid.setHorizontalSpacing(theme.GAP)
        grid.setVerticalSpacing(2)
        self._captions = (
            section_label(self.tr("Direction"), self),
            section_label(self.tr("Number"), self),
        )
        grid.addWidget(self._captions[0], 0, 0)
        grid.addWidget(self._captions[1], 0, 1)
        grid.addWidget(self.direction, 1, 0)
        grid.addWidget(self.number, 1, 1)
        grid.setColumnStretch(1, 1)
        contact_row = QHBoxLayout()
        contact_row.setSpacing(6)
        self._contact_icon = QLabel(self)
        show_icon(self._contact_icon, icon("user"), QSize(16, 16))
        contact_row.addWidget(self._contact_icon)
        contact_row.addWidget(self.contact_label, 1)
        contact_row.addWidget(self.clear_contact)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, 10, theme.MARGIN, 10)
        layout.setSpacing(theme.GAP)
        layout.addLayout(top)
        layout.addWidget(self.state_label)  # the whole width: "Ringing · number · who"
        layout.addWidget(self.picker)
        layout.addWidget(self.unknown_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(grid)
        layout.addLayout(contact_row)
        waiting_row = QHBoxLayout()
        waiting_row.setSpacing(theme.GAP)
        waiting_row.addWidget(self.waiting_label, 1)
        waiting_row.addWidget(self.waiting_answer)
        layout.addLayout(waiting_row)

        self._ticker = QTimer(self)
        self._ticker.setInterval(self.TICK_MS)
        self._ticker.timeout.connect(self.refresh)
        self.show_calls(None, None)

    # --- what the window reads ----------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.call is not None and self.call.live

    @property
    def contact(self) -> Contact | None:
        return self.call.contact if self.call is not None else None

    # --- showing ------------------------------------------------------------------------------

    def show_calls(
        self, call: Call | None, other: Call | None, matches: list[Contact] | None = None
    ) -> None:
        """Show `call` (the current one), `other` (call waiting) and, for a ringing call not
        linked yet, what its lookup found (None while it runs)."""
        if call is None or self.call is None or call.id != self.call.id:
            self.picker.call_id = ""  # a new call: nothing of the previous one stays
        if self._idle_drawn and call is None and other is None and matches is None:
            return  # no call before, none now: the calls in review change the bar not at all
        self.call, self.other, self.matches = call, other, matches
        self._render()

    def _render(self) -> None:
        call = self.call
        live = call is not None and call.live
        if live:
            self._ticker.start()
        else:
            self._ticker.stop()
        state = (
            "idle"
            if call is None or not call.live
            else ("ringing" if call.state in (CallState.RINGING, CallState.DIALLING) else "running")
        )
        self.setProperty("state", state)
        self.setProperty("running", state == "running")
        self.style().unpolish(self)
        self.style().polish(self)
        self.state_label.setText(headline(call, self.region, self.matches))
        self._render_button(call)
        self._render_details(call)
        self._render_ring(call)
        self._render_waiting()
        self._colour(state)
        self.refresh()
        self._idle_drawn = call is None and self.other is None and self.matches is None

    def _render_button(self, call: Call | None) -> None:
        button = self.toggle_button
        if call is not None and call.state is CallState.RINGING:
            button.setText(self.tr("Answer"))
            button.setIcon(icon("call-start", on_accent=True))
            set_role(button, "start")
            button.setToolTip(self.tr("Answer the call and start timing it (F9)"))
        elif call is not None and call.live:
            button.setText(self.tr("End call"))
            button.setIcon(icon("call-end", on_accent=True))
            set_role(button, "end")
            button.setToolTip(self.tr("End the call and review its log (F9)"))
        else:
            button.setText(self.tr("Start call"))
            button.setIcon(icon("call-start", on_accent=True))
            set_role(button, "start")
            button.setToolTip(self.tr("Start timing a call (F9)"))
        button.setAccessibleName(button.text())

    def _render_details(self, call: Call | None) -> None:
        live = call if call is not None and call.live else None  # what the details show
        self.direction.setText(
            ""
            if live is None
            else self.tr("Inbound")
            if live.direction is CallDirection.INBOUND
            else self.tr("Outbound")
        )
        self.number.setText(display(live.number, self.region) if live is not None else "")
        for widget in (*self._captions, self.direction, self.number):
            widget.setVisible(live is not None)  # no empty captions while idle
        contact = live.contact if live is not None else None
        if contact is not None:
            self.contact_label.setText(contact.display_name)
            self.contact_label.setPalette(self.palette())
            self.contact_label.setProperty("secondary", False)  # a theme change keeps it plain
        elif live is not None and live.awaiting is not None:
            self.contact_label.setText(
                self.tr("%1 — being created…").replace("%1", live.awaiting[1])
            )
            theme.set_secondary(self.contact_label)
        else:
            self.contact_label.setText(self.tr("No contact linked"))
            theme.set_secondary(self.contact_label)
        self.clear_contact.setVisible(contact is not None)

    def _render_ring(self, call: Call | None) -> None:
        # Ringing or connected, the caller not known yet: the picker or the create button.
        unlinked = call is not None and call.live and call.contact is None and call.awaiting is None
        matches = self.matches
        several = unlinked and matches is not None and len(matches) > 1
        if (
            several
            and call is not None
            and matches is not None
            and (self.picker.call_id != call.id or self.picker.contacts() != matches)
        ):
            self.picker.set_matches(call.id, list(matches), self.region, call.number)
        self.picker.setVisible(several)
        self.unknown_button.setVisible(unlinked and self.matches == [])

    def _render_waiting(self) -> None:
        other = self.other
        if other is None or not other.live:
            self.waiting_label.hide()
            self.waiting_answer.hide()
            return
        self.waiting_label.setText(waiting_line(other, self.region))
        self.waiting_label.setToolTip(self.waiting_label.text())
        self.waiting_label.show()
        self.waiting_answer.setVisible(other.state is CallState.RINGING)

    def _colour(self, state: str) -> None:
        hue = {"ringing": theme.HUE_WARN, "running": theme.HUE_OK}.get(state)
        colour = theme.accent(hue) if hue is not None else theme.secondary_text()
        for label in (self.time_label, self.state_label):
            pal = QPalette(label.palette())
            pal.setColor(QPalette.ColorRole.WindowText, colour)
            label.setPalette(pal)
        pal = QPalette(self.waiting_label.palette())
        pal.setColor(QPalette.ColorRole.WindowText, theme.accent(theme.HUE_WARN))
        self.waiting_label.setPalette(pal)

    def refresh(self) -> None:
        """The clock: talk time once connected, else time since the first ring or dial."""
        call = self.call
        if call is None or not call.live:
            self.time_label.setText(format_duration(0))
            return
        since: datetime = call.answered_at or call.started_at
        seconds = max((self._clock.now() - since).total_seconds(), 0)
        self.time_label.setText(format_duration(seconds))

    def refresh_theme(self) -> None:
        self._render()
