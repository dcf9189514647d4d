"""After the call: the log as it will be sent, Send (Ctrl+Return), auto-send countdown, and where
the log stands afterwards: saving, "Saved — sending…", logged, kept in memory, or refused."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.ui import theme
from agent_desktop.ui.icons import icon, set_role
from agent_desktop.ui.logbook import LogBook, LogEntry, LogState
from agent_desktop.ui.widgets import Banner, ElidedLabel, Spinner, hline, section_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewPane", text)


def _rows(p: dict[str, str]) -> list[tuple[str, str, str]]:
    """(caption, value, API fields) — the payload grouped the way an agent reads it."""
    agent = " ".join(x for x in (p.get("AgentFirstName"), p.get("AgentLastName")) if x)
    linked = bool(p.get("EntityId"))
    return [
        (_tr("Name"), p.get("Name", ""), "Name"),
        (_tr("Number"), p.get("Number", ""), "Number"),
        (_tr("Entity"), p.get("EntityType", "") if linked else _tr("No contact linked"),
         "EntityType"),
        (_tr("Entity ID"), p.get("EntityId", ""), "EntityId"),
        (_tr("Call type"), {"Notanswered": _tr("Not answered")}.get(
            p.get("CallType", ""), p.get("CallType", "")), "CallType"),
        (_tr("Direction"), p.get("CallDirection", ""), "CallDirection"),
        (_tr("Duration"), p.get("Duration", ""), "Duration, DurationTimespan"),
        (_tr("Date and time"), p.get("DateTime", ""), "DateTime"),
        (_tr("Local time"), f"{p.get('CallStartTimeLocal', '')} – {p.get('CallEndTimeLocal', '')}",
         "CallStartTimeLocal, CallEndTimeLocal"),
        (_tr("Agent"), agent or _tr("Not set — add your name in Settings"),
         "AgentFirstName, AgentLastName"),
        (_tr("Agent email"), p.get("AgentEmail", ""), "AgentEmail"),
    ]


class ReviewPane(QWidget):
    done = Signal(object)  # LogEntry: sent, saved or discarded; the window goes back
    edit_requested = Signal(object)  # LogEntry refused by SwitchTransact: open the editor

    def __init__(self, book: LogBook, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._book = book
        self.entry: LogEntry | None = None
        self._remaining = 0

        title = QLabel(self.tr("Review call log"), self)
        title.setFont(theme.scaled_font(self.font(), 1.35, bold=True))
        self.subtitle = QLabel(self)
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)  # the contact's name: server text
        theme.set_secondary(self.subtitle)

        # One row per group of payload fields, created once; `_fill` only sets texts.
        # In a scroll area: on a short screen the fields scroll instead of being squeezed.
        fields_host = QWidget(self)
        self._form = QFormLayout(fields_host)
        self._form.setContentsMargins(0, 0, 0, 0)
        self._form.setHorizontalSpacing(theme.GAP_L)
        self._form.setVerticalSpacing(8)
        self._form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.values: dict[str, QLabel] = {}
        for caption, _value, fields in _rows({}):
            cap = section_label(caption, fields_host)
            cap.setToolTip(self.tr("API field: %1").replace("%1", fields))
            val = ElidedLabel("", fields_host)
            val.setAccessibleName(caption)
            self._form.addRow(cap, val)
            self.values[caption] = val

        self.banner = Banner(self, closable=False)
        self.countdown = QLabel(self)
        self.cancel_auto = QPushButton(self.tr("Cancel auto-send"), self)
        self.cancel_auto.setToolTip(self.tr("Keep the log here until you send it (Esc)"))
        self.cancel_auto.clicked.connect(self.cancel_countdown)
        # Esc stops the countdown wherever focus is in the window, but only while it runs.
        self._esc = QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.cancel_countdown,
                              context=Qt.ShortcutContext.WindowShortcut)
        self._esc.setEnabled(False)
        auto_row = QHBoxLayout()
        auto_row.addWidget(self.countdown, 1)
        auto_row.addWidget(self.cancel_auto)
        self._auto_row = QWidget(self)
        self._auto_row.setLayout(auto_row)
        auto_row.setContentsMargins(0, 0, 0, 0)

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
        self.send_button.setToolTip(self.tr("Send the log to SwitchTransact (%1)")
                                    .replace("%1", shortcut))
        self.send_button.clicked.connect(self.send)
        buttons = QHBoxLayout()
        buttons.addWidget(self.discard_button)
        buttons.addStretch(1)
        buttons.addWidget(self.spinner)
        buttons.addWidget(self.send_button)

        layout = QVBoxLayout(self)
        m = theme.MARGIN + 4
        layout.setContentsMargins(m, m, m, theme.MARGIN)
        layout.setSpacing(theme.GAP + 2)
        layout.addWidget(title)
        layout.addWidget(self.subtitle)
        layout.addWidget(hline(self))
        scroll = QScrollArea(self)
        scroll.setWidget(fields_host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.viewport().setAutoFillBackground(False)
        fields_host.setAutoFillBackground(False)
        layout.addWidget(scroll, 1)
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
        for caption, value, _fields in _rows(payload):
            self.values[caption].setText(value or "—")
        self.subtitle.setText(" · ".join(
            x for x in (payload.get(k) for k in ("Name", "Duration", "DateTime")) if x))

    def _render_state(self) -> None:
        entry = self.entry
        if entry is None:
            return
        state = entry.state
        busy = state in (LogState.SAVING, LogState.QUEUED)
        self.spinner.setVisible(busy)
        self.spinner.set_running(busy)
        self.discard_button.setVisible(state is LogState.REVIEW)
        self.send_button.setEnabled(state is not LogState.SAVING)
        text, glyph = {
            LogState.REVIEW: (self.tr("Send log"), "send"),
            LogState.SAVING: (self.tr("Saving…"), "send"),
            LogState.QUEUED: (self.tr("Done"), "check"),
            LogState.HELD: (self.tr("Done"), "check"),
            LogState.ATTENTION: (self.tr("Edit && resend…"), "retry"),
            LogState.FAILED: (self.tr("Retry"), "retry"),
            LogState.SENT: (self.tr("Done"), "check"),
            LogState.DISCARDED: (self.tr("Done"), "check"),
        }[state]
        self.send_button.setText(text)
        self.send_button.setIcon(icon(glyph, on_accent=True))
        self.send_button.setAccessibleName(text.replace("&&", "&"))
        message = self._message(entry)
        if message is None:
            self.banner.hide()
        else:
            self.banner.show_message(*message)

    def _message(self, entry: LogEntry) -> tuple[str, str] | None:
        state = entry.state
        if state is LogState.REVIEW and entry.awaiting:
            return (self.tr("%1 is still being created in SwitchTransact. Sent now, this log has "
                            "no contact link (the number is kept); wait a moment and it is "
                            "linked to the new contact.").replace("%1", entry.awaiting[1]),
                    "warning")
        if state is LogState.QUEUED:
            return (self.tr("Saved — sending… The log is safe in the outbox; you can carry on."),
                    "info")
        if state is LogState.HELD:
            return (self.tr("Could not save the call log to disk: %1 It is kept in memory and "
                            "will be written as soon as possible.").replace("%1", entry.error),
                    "warning")
        if state is LogState.ATTENTION:
            return (self.tr("Not logged. %1 Correct it and send it again, or discard it in the "
                            "outbox.").replace("%1", entry.error), "error")
        if state is LogState.FAILED:
            return (self.tr("Not sent: %1 The log is kept here; press Retry when ready.")
                    .replace("%1", entry.error), "error")
        if state is LogState.SENT:
            return self.tr("Logged."), "success"
        return None

    # --- actions ------------------------------------------------------------------------------

    def send(self) -> None:
        """The main button (Ctrl+Return): send, or what fits the log's state now."""
        entry = self.entry
        if entry is None:
            return
        self.cancel_countdown()
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
        self.countdown.setText(self.tr("Sending automatically in %1 s…")
                               .replace("%1", str(self._remaining)))
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
