"""After the call: the log as a person reads it — who, when (in the agent's locale), how it went
as one choice, how long — with the agent's corrections made in place (outcome, number, linked
record: on the Call, the payload follows), the ids and raw fields behind "Details", Send
(Ctrl+Return), the auto-send countdown, and where the log stands afterwards: saving, saved (and
waiting for the connection when offline), logged, kept in memory, or refused."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from agent_desktop.core.api.models import Contact
from agent_desktop.core.calls.book import LinkSource
from agent_desktop.core.calls.logs import LogEntry, LogState
from agent_desktop.core.region import DEFAULT_REGION
from agent_desktop.qt.log_service import LogService
from agent_desktop.ui.calls.caller_picker import CallerPicker
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.icons import icon, set_role
from agent_desktop.ui.common.widgets import Banner, Spinner, page_layout, plain_label
from agent_desktop.ui.recent.recent_texts import when_text
from agent_desktop.ui.review.details import ReviewDetails, scrolled
from agent_desktop.ui.review.edits import ReviewEdits
from agent_desktop.ui.review.review_texts import button_text, caller_line, state_message


class ReviewPane(QWidget):
    done = Signal(object)  # LogEntry: sent, saved or discarded; the window goes back
    edit_requested = Signal(object)  # LogEntry refused by SwitchTransact: open the editor
    discarded = Signal(object)  # LogEntry the agent discarded (the window offers Undo)

    def __init__(
        self, book: LogService, tz: tzinfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._book = book
        self._tz = tz
        self.entry: LogEntry | None = None
        self.region = DEFAULT_REGION  # numbers shown in the national form of the agent's region
        self._remaining = 0
        self.offline = False  # the outbox cannot reach SwitchTransact now
        self.stalled = False  # or it cannot send for another reason (key, server, set-up)

        title = QLabel(self.tr("Review call log"), self)
        title.setFont(theme.scaled_font(self.font(), 1.35, bold=True))
        self.subtitle = plain_label("", self)  # the caller's name and record type: server text
        self.subtitle.setFont(theme.scaled_font(self.font(), 1.1, bold=True))
        self.subtitle.setWordWrap(True)
        self.when = plain_label("", self)  # "Tuesday, 1 December 2026, 13:25–13:26"
        self.when.setWordWrap(True)
        self.when.setAccessibleName(self.tr("When"))
        theme.set_secondary(self.when)

        # The agent's corrections, made on the call through the book (ui/review/edits.py).
        self.edits = ReviewEdits(self)
        self.outcome, self.number, self.unlink = (
            self.edits.outcome,
            self.edits.number,
            self.edits.unlink,
        )
        self.duration, self.record = self.edits.duration, self.edits.record
        self.outcome.activated.connect(self._outcome_chosen)
        self.number.editingFinished.connect(self._number_edited)
        self.unlink.clicked.connect(self._unlink)

        # A switchboard call ended without a pick: its candidates, to link one here.
        self.candidates = CallerPicker(self, max_rows=4)
        self.candidates.setAccessibleName(self.tr("Contacts with the call's number"))
        self.candidates.picked.connect(self._picked)
        self.candidates.hide()

        self.details = ReviewDetails(self)
        self.times = self.details.times
        self.values = self.details.values

        self.banner = Banner(self, closable=False)
        self.countdown = QLabel(self)
        self.cancel_auto = QPushButton(self.tr("Cancel auto-send"), self)
        self.cancel_auto.setToolTip(self.tr("Keep the log here until you send it (Esc)"))
        self.cancel_auto.clicked.connect(self.cancel_countdown)
        # Esc stops the countdown wherever focus is in the window, but only while it runs.
        self._esc = QShortcut(
            QKeySequence(Qt.Key.Key_Escape),
            self,
            self.cancel_countdown,
            context=Qt.ShortcutContext.WindowShortcut,
        )
        self._esc.setEnabled(False)
        self._auto_row = QWidget(self)
        auto_row = QHBoxLayout(self._auto_row)
        auto_row.setContentsMargins(0, 0, 0, 0)
        auto_row.addWidget(self.countdown, 1)
        auto_row.addWidget(self.cancel_auto)

        self.spinner = Spinner(self)
        self.spinner.hide()
        self.discard_button = QPushButton(self.tr("Discard"), self)
        self.discard_button.setToolTip(self.tr("Do not log this call"))
        self.discard_button.clicked.connect(self._discard)
        self.send_button = QPushButton(icon("send", on_accent=True), self.tr("Send log"), self)
        set_role(self.send_button, "primary")
        self.send_button.setDefault(True)
        self.send_button.setIconSize(QSize(16, 16))
        self.send_button.setMinimumHeight(34)
        shortcut = QKeySequence("Ctrl+Return").toString(QKeySequence.SequenceFormat.NativeText)
        self.send_button.setToolTip(
            self.tr("Send the log to SwitchTransact (%1)").replace("%1", shortcut)
        )
        self.send_button.clicked.connect(self.send)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.spinner)
        buttons.addWidget(self.send_button)

        layout = page_layout(self, title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.when)
        layout.addSpacing(4)
        layout.addWidget(self.edits)
        layout.addWidget(self.candidates)
        layout.addWidget(scrolled(self.details, self), 1)
        layout.addWidget(self.banner)
        layout.addWidget(self._auto_row)
        layout.addLayout(buttons)

        self._tick = QTimer(self)
        self._tick.setInterval(1000)
        self._tick.timeout.connect(self._count)
        book.changed.connect(self._entry_changed)
        self._auto_row.hide()

    # --- showing ------------------------------------------------------------------------------

    def show_entry(self, entry: LogEntry, auto_send_seconds: int = 0) -> None:
        previous = self.entry
        if previous is not None and previous is not entry and self._tick.isActive():
            self._book.send(previous)  # its countdown was running: the agent wanted it sent
        self.cancel_countdown()
        self.entry = entry
        self._fill(entry.payload)
        self._render_state()
        if auto_send_seconds > 0 and entry.state is LogState.REVIEW:
            self._remaining = auto_send_seconds
            self._tick.start()
            self._render_countdown()

    def _fill(self, payload: dict[str, str]) -> None:
        entry = self.entry
        self.details.fill(payload, entry.call if entry is not None else None, self._tz, self.region)
        self.subtitle.setText(caller_line(payload))
        if entry is None:
            return
        self.when.setText(when_text(entry.call, self._tz))
        self.edits.fill(payload, self.region)
        call = entry.call
        several = (
            entry.state is LogState.REVIEW
            and call.contact is None
            and call.awaiting is None
            and len(call.matches) > 1
        )
        if several and (
            self.candidates.call_id != call.id or self.candidates.contacts() != list(call.matches)
        ):
            self.candidates.set_matches(call.id, list(call.matches), self.region, call.number)
        if several:
            self.edits.record.setText(self.tr("No contact linked — pick the caller below"))
        self.candidates.setVisible(several)

    def _picked(self, call_id: str, contact: object) -> None:
        entry = self.entry
        if entry is not None and entry.call_id == call_id and isinstance(contact, Contact):
            self._book.link(entry, contact, LinkSource.PICKED)

    def _outcome_chosen(self, _index: int) -> None:
        if self.entry is not None:
            self._book.correct(self.entry, outcome=self.outcome.currentData())

    def _number_edited(self) -> None:
        entry = self.entry
        number = self.number.text().strip()
        if (
            entry is not None
            and number
            and number not in (self.edits.shown_number, entry.payload.get("Number"))
        ):
            self._book.correct(entry, number=number)

    def _unlink(self) -> None:
        if self.entry is not None:
            self._book.correct(self.entry, contact=None)

    def _render_state(self) -> None:
        entry = self.entry
        if entry is None:
            return
        state = entry.state
        # Sending: a spinner while SwitchTransact answers; offline, words instead of a spinner
        # that would never stop.
        busy = state is LogState.SAVING or (
            state is LogState.QUEUED and not (self.offline or self.stalled)
        )
        self.spinner.setVisible(busy)
        self.spinner.set_running(busy)
        self.discard_button.setVisible(state is LogState.REVIEW)
        for edit in (self.outcome, self.number, self.unlink):
            edit.setEnabled(state is LogState.REVIEW)
        self.send_button.setEnabled(state is not LogState.SAVING)
        text, glyph = button_text(state)
        self.send_button.setText(text)
        self.send_button.setIcon(icon(glyph, on_accent=True))
        self.send_button.setAccessibleName(text.replace("&&", "&"))
        message = state_message(entry, self.offline, self.stalled)
        if message is None:
            self.banner.hide()
        else:
            self.banner.show_message(*message)

    # --- actions ------------------------------------------------------------------------------

    def send(self) -> None:
        """The main button (Ctrl+Return): send, or what fits the log's state now."""
        entry = self.entry
        if entry is None:
            return
        self.cancel_countdown()
        if entry.state is LogState.REVIEW:
            self._number_edited()  # a number typed but not confirmed yet is part of the review
        if entry.state in (LogState.REVIEW, LogState.FAILED):
            self._book.send(entry)
        elif entry.state is LogState.ATTENTION:
            self.edit_requested.emit(entry)
        elif entry.state is not LogState.SAVING:  # saved: it is the outbox's job now
            self.entry = None
            self.done.emit(entry)

    def _discard(self) -> None:
        entry = self.entry
        if entry is not None and entry.state is LogState.REVIEW:
            self.cancel_countdown()
            self._book.discard(entry)
            self.entry = None
            self.done.emit(entry)
            self.discarded.emit(entry)

    def set_delivery(self, *, offline: bool, stalled: bool) -> None:
        if (offline, stalled) != (self.offline, self.stalled):
            self.offline, self.stalled = offline, stalled
            self._render_state()

    def cancel_countdown(self) -> None:
        self._tick.stop()
        self._esc.setEnabled(False)
        self._auto_row.hide()

    @property
    def counting_down(self) -> bool:
        return self._tick.isActive()

    def _count(self) -> None:
        self._remaining -= 1
        if self._remaining <= 0:
            self.send()
        else:
            self._render_countdown()

    def _render_countdown(self) -> None:
        self.countdown.setText(
            self.tr("Sending automatically in %1 s…").replace("%1", str(self._remaining))
        )
        self._esc.setEnabled(True)
        self._auto_row.show()

    def _entry_changed(self, entry: LogEntry) -> None:
        if entry is self.entry:
            if entry.state is LogState.REVIEW:
                self._fill(entry.payload)  # e.g. linked to a contact created meanwhile
            self._render_state()
            if entry.state in (LogState.SENT, LogState.DISCARDED):
                self.entry = None
                self.done.emit(entry)
