"""The outbox at a glance: a strip above the call bar while anything waits or went wrong, and a
permanent "Outbox" button in the status bar that opens the list."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.core.outbox.delivery import WorkerStatus
from agent_desktop.qt.outbox_summary import OutboxSummary
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.icons import icon, show_icon
from agent_desktop.ui.common.widgets import Spinner, plain_label
from agent_desktop.ui.outbox.outbox_texts import StripView, attention_text, strip_view


class OutboxStrip(QFrame):
    open_outbox = Signal()
    retry_now = Signal()
    open_settings = Signal()

    BUSY_DELAY_MS = 1200  # a send that takes less than this never shows the strip

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outboxStrip")
        self.setAccessibleName(self.tr("Outbox status"))
        self.view = StripView()
        self._attention = 0
        self._drawn: tuple[StripView, int] | None = None  # what the widgets show now
        self._hue = theme.HUE_INFO
        self._glyph = QLabel(self)
        self.spinner = Spinner(self)
        self.label = plain_label("", self)  # may quote a server's or the disk's error
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.detail = plain_label("", self)
        self.detail.setWordWrap(True)
        self.detail.setFont(theme.small_font(self.font()))
        self.retry_button = QPushButton(icon("retry"), self.tr("Retry now"), self)
        self.retry_button.setToolTip(self.tr("Try to send the waiting entries now"))
        self.retry_button.clicked.connect(self.retry_now)
        self.settings_button = QPushButton(self.tr("Settings…"), self)
        self.settings_button.setToolTip(self.tr("Open Settings (Ctrl+,)"))
        self.settings_button.clicked.connect(self.open_settings)
        self.attention_button = QPushButton(icon("warning", theme.HUE_ERROR), "", self)
        self.attention_button.setToolTip(self.tr("Open the outbox to correct, resend or discard"))
        self.attention_button.clicked.connect(self.open_outbox)

        texts = QVBoxLayout()
        texts.setSpacing(1)
        texts.addWidget(self.label)
        texts.addWidget(self.detail)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        # No "Outbox…" here: the status bar's Outbox button is right below it.
        for button in (self.retry_button, self.settings_button, self.attention_button):
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, 8, theme.MARGIN, 8)
        layout.setSpacing(theme.GAP)
        layout.addWidget(self._glyph, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.spinner, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(texts, 1)
        layout.addLayout(buttons)

        self._delay = QTimer(self)  # the plain "sending" view waits a moment before showing
        self._delay.setSingleShot(True)
        self._delay.setInterval(self.BUSY_DELAY_MS)
        self._delay.timeout.connect(self._show_now)
        self.hide()

    def update_view(
        self, summary: OutboxSummary, status: WorkerStatus | None, configured: bool
    ) -> None:
        view = strip_view(summary, status, configured)
        self.view = view
        self._attention = summary.attention
        if self._drawn != (view, summary.attention):  # every log saved and sent tells the
            self._render(view)  # outbox's news; the strip changes far less often than that
        if not view.text and not summary.attention:
            self._delay.stop()
            self.hide()
        elif view.busy and not summary.attention and not self.isVisible():
            if not self._delay.isActive():
                self._delay.start()
        else:
            self._delay.stop()
            self.show()

    def _show_now(self) -> None:
        if self.view.text or self._attention:
            self.show()

    def _render(self, view: StripView) -> None:
        self._hue = view.hue
        self.label.setText(view.text)
        self.label.setAccessibleName(view.text)
        self.detail.setText(view.detail)
        self.detail.setVisible(bool(view.detail))
        self.spinner.setVisible(view.busy)
        self.spinner.set_running(view.busy)
        self._glyph.setVisible(not view.busy)
        glyph = "warning" if view.hue in (theme.HUE_ERROR, theme.HUE_WARN) else "clock"
        show_icon(self._glyph, icon(glyph, view.hue), QSize(18, 18))
        self.retry_button.setVisible(view.retry)
        self.settings_button.setVisible(view.settings)
        attention = attention_text(self._attention)
        self.attention_button.setText(attention)
        self.attention_button.setAccessibleName(attention + " — " + self.tr("open the outbox"))
        self.attention_button.setVisible(self._attention > 0)
        self.setAccessibleDescription(" ".join(x for x in (view.text, view.detail) if x))
        self.refresh_theme()
        self._drawn = (view, self._attention)

    @property
    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def refresh_theme(self) -> None:
        self._drawn = None  # a new theme: the glyph is drawn anew at the next news
        bg, fg = theme.tone(self._hue)
        line = theme.mix(bg, theme.accent(self._hue), 0.35)
        self.setStyleSheet(
            f"QFrame#outboxStrip {{ background: {theme.css(bg)};"
            f" border-top: 1px solid {theme.css(line)}; }}"
        )
        for label, colour in ((self.label, fg), (self.detail, theme.muted(fg, bg))):
            pal = QPalette(label.palette())
            pal.setColor(QPalette.ColorRole.WindowText, colour)
            label.setPalette(pal)


class OutboxButton(QToolButton):
    """Always in the status bar: "Outbox", with what waits and what needs attention."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIconSize(QSize(14, 14))
        self.set_summary(OutboxSummary())

    def set_summary(self, summary: OutboxSummary) -> None:
        parts = []
        if summary.waiting or summary.held:
            parts.append(self.tr("%1 waiting").replace("%1", str(summary.waiting + summary.held)))
        if summary.attention:
            parts.append(attention_text(summary.attention))
        self.setText(self.tr("Outbox") + (" · " + " · ".join(parts) if parts else ""))
        alarm = summary.attention or summary.held or summary.storage_error
        self.setIcon(icon("warning", theme.HUE_ERROR) if alarm else icon("inbox"))
        detail = " · ".join(parts) or self.tr("everything sent")
        self.setAccessibleName(self.tr("Outbox: %1").replace("%1", detail))
        self.setToolTip(self.tr("Outbox: %1 (Ctrl+Shift+O)").replace("%1", detail))
