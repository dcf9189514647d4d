"""The strip above the call bar listing call logs that are not in the outbox yet — waiting for the
agent's review (also those back from before a restart), being saved, or kept in memory because the
disk refused them — each with Review or Retry. Once saved, a log is the outbox strip's business."""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.core.calls.logs import LogEntry, LogState
from agent_desktop.qt.log_service import LogService
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.icons import icon, show_icon
from agent_desktop.ui.common.widgets import Spinner, plain_label, plain_tooltip, section_label
from agent_desktop.ui.review.review_texts import log_title


class UnsentStrip(QFrame):
    """Logs not in the outbox yet, each with Retry (or Review when never sent)."""

    review_requested = Signal(object)  # LogEntry

    MAX_ROWS = 3

    def __init__(self, book: LogService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("unsentStrip")
        self._book = book
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(theme.MARGIN, 8, theme.MARGIN, 8)
        self._layout.setSpacing(4)
        self._head = QLabel(self)
        self._head.setFont(theme.scaled_font(self.font(), 0.95, bold=True))
        self._rows = QVBoxLayout()
        self._rows.setContentsMargins(0, 0, 0, 0)
        self._rows.setSpacing(4)
        self._more = section_label("", self)
        self._more.hide()
        self._layout.addWidget(self._head)
        self._layout.addLayout(self._rows)
        self._layout.addWidget(self._more)
        self._drawn: tuple[object, ...] = ()  # the rows shown: (entry, state, title, error)
        self.current: LogEntry | None = None  # the one open in the review pane is not listed
        # Rebuilt once per turn of the event loop, however many logs changed in it: replaying
        # a day of spooled calls changes hundreds at once, and each rebuild makes every row anew.
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.setInterval(0)
        self._soon.timeout.connect(self.refresh)
        book.changed.connect(lambda _e: self._soon.start())
        self.hide()

    def refresh(self) -> None:
        self._soon.stop()
        entries = [e for e in self._book.waiting() if e is not self.current]
        # Only what changed is made anew: the rows when the first few logs or their states
        # change, else just the counts (during a replay these change at every turn).
        rows = tuple((id(e), e.state, log_title(e), e.error) for e in entries[: self.MAX_ROWS])
        if rows != self._drawn:
            self._drawn = rows
            while self._rows.count():
                item = self._rows.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.hide()  # gone now, not at the next turn: no row drawn over another
                    widget.deleteLater()
            for entry in entries[: self.MAX_ROWS]:
                self._rows.addWidget(self._row(entry))
        if not entries:
            self.hide()
            return
        self._head.setText(
            self.tr("%1 call logs not sent yet").replace("%1", str(len(entries)))
            if len(entries) != 1
            else self.tr("1 call log not sent yet")
        )
        more = len(entries) - self.MAX_ROWS
        self._more.setText(self.tr("…and %1 more").replace("%1", str(more)) if more > 0 else "")
        self._more.setVisible(more > 0)
        self.show()

    def _row(self, entry: LogEntry) -> QWidget:
        row = QWidget(self)
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        glyph = QLabel(row)
        failed = entry.state is LogState.FAILED
        warn = failed or entry.state is LogState.HELD
        show_icon(
            glyph,
            icon("warning" if warn else "clock", theme.HUE_ERROR if warn else None),
            QSize(16, 16),
        )
        text = plain_label(log_title(entry), row)  # names and numbers: server and softphone text
        waiting = (
            self.tr("Sent once its caller is found")
            if entry.state is LogState.LOOKUP
            else self.tr("Waiting for review")
        )
        text.setToolTip(plain_tooltip(entry.error or waiting))
        text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(glyph)
        layout.addWidget(text, 1)
        if entry.state is LogState.SAVING:
            spinner = Spinner(row)
            spinner.set_running(True)
            layout.addWidget(spinner)
        else:
            button = QPushButton(self.tr("Retry") if failed else self.tr("Review"), row)
            button.setAccessibleName(f"{button.text()} {log_title(entry)}")
            if failed:
                button.clicked.connect(lambda: self._book.send(entry))
            else:
                button.clicked.connect(lambda: self.review_requested.emit(entry))
            layout.addWidget(button)
        return row
