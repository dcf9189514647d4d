"""Small building blocks shared by the panels: spinner, chip, inline banner, copy button, and
the plain-text label and tooltip that untrusted text (server data, softphone numbers) goes in."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtGui import Qt as GuiQt  # the Qt namespace with QtGui's mightBeRichText()
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.core.one_line import inert
from agent_desktop.core.vocabulary import Vocabulary
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.icons import icon, show_icon


class PlainLabel(QLabel):
    """A QLabel for untrusted text (see plain_label): whatever is set is made inert first, so
    a carriage return, tab, escape or bidi override in it shows as a space or a visible mark
    (core/one_line.py); only our own line feeds break a line."""

    def setText(self, text: str, /) -> None:
        super().setText(inert(text))


def plain_label(text: str = "", parent: QWidget | None = None) -> QLabel:
    """A QLabel that shows its text as typed. QLabel's default (AutoText) renders anything
    that looks like HTML, so a contact named "<h1>…<img src=…>" would become a heading and
    an image: every label that can show data is made this way, or set to PlainText."""
    label = PlainLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as typed. Qt renders a tooltip as rich text whenever it
    looks like markup (Qt.mightBeRichText) and has no plain-text switch; such text is escaped
    into rich text that shows the characters themselves, line breaks kept. Controls and bidi
    overrides are made inert (core/one_line.py)."""
    text = inert(text)
    if not text or not GuiQt.mightBeRichText(text):
        return text
    return f'<p style="white-space:pre-wrap">{escape(text, quote=False)}</p>'


def plain_message_box(box: QMessageBox) -> None:
    """Every text of `box` as typed and inert. setTextFormat() covers the main text only; the
    informative and detailed texts get labels of their own, made when first set: call this
    after setting them."""
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(inert(box.text()))
    if box.informativeText():
        box.setInformativeText(inert(box.informativeText()))
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)


class Spinner(QWidget):
    """A small rotating arc: "work is in flight". Animates only while running and visible."""

    def __init__(self, parent: QWidget | None = None, size: int = 16) -> None:
        super().__init__(parent)
        self.setFixedSize(QSize(size, size))
        self._angle = 0
        self._timer = QTimer(self)
        self._timer.setInterval(60)
        self._timer.timeout.connect(self._step)
        self.setAccessibleName(self.tr("Working"))

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def set_running(self, running: bool) -> None:
        if running and not self._timer.isActive():
            self._timer.start()
        elif not running:
            self._timer.stop()
        self.update()

    def _step(self) -> None:
        self._angle = (self._angle + 30) % 360
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if not self.running:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(self.palette().color(QPalette.ColorRole.Highlight), 2)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        r = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        painter.drawArc(r, -self._angle * 16, 270 * 16)


class Chip(QLabel):
    """A rounded tinted label (entity type, "Exact match", state words)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)  # entity types come from the server
        self.setText(text)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFont(theme.small_font(self.font()))
        self._hue = -1
        self.set_hue(-1)

    def set_hue(self, hue: int) -> None:
        self._hue = hue
        bg, fg = theme.tone(hue)
        height = self.fontMetrics().height() + 4
        self.setFixedHeight(height)
        self.setStyleSheet(
            f"QLabel {{ background: {theme.css(bg)}; color: {theme.css(fg)};"
            f" border-radius: {height // 2}px; padding: 0px {height // 2 + 2}px; }}"
        )

    def refresh_theme(self) -> None:
        self.set_hue(self._hue)


class Tone(Vocabulary):
    """What kind of message a banner carries: its colour and icon."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"
    SUCCESS = "success"


_TONE_HUES = {
    Tone.ERROR: theme.HUE_ERROR,
    Tone.WARNING: theme.HUE_WARN,
    Tone.INFO: theme.HUE_INFO,
    Tone.SUCCESS: theme.HUE_OK,
}
_TONE_GLYPHS = {
    Tone.ERROR: "warning",
    Tone.WARNING: "warning",
    Tone.INFO: "info",
    Tone.SUCCESS: "check",
}


class Banner(QFrame):
    """An inline message with an icon (error, warning, success) and optional action and close."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None, *, closable: bool = True) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self._icon = QLabel(self)
        self.label = plain_label("", self)  # messages quote the server's own words
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._close = QToolButton(self)
        self._close.setIcon(icon("close"))
        self._close.setAutoRaise(True)
        self._close.setToolTip(self.tr("Dismiss"))
        self._close.setAccessibleName(self.tr("Dismiss message"))
        self._close.clicked.connect(self.dismiss)
        self._close.setVisible(closable)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(10, 8, 6, 8)
        self._layout.setSpacing(theme.GAP)
        self._layout.addWidget(self._icon, 0, Qt.AlignmentFlag.AlignTop)
        self._layout.addWidget(self.label, 1)
        self._layout.addWidget(self._close, 0, Qt.AlignmentFlag.AlignTop)
        self._hue = theme.HUE_INFO
        self.hide()

    def add_action(self, button: QWidget) -> None:
        self._layout.insertWidget(self._layout.count() - 1, button, 0, Qt.AlignmentFlag.AlignTop)

    def show_message(self, text: str, tone: Tone = Tone.ERROR) -> None:
        self._hue = _TONE_HUES[tone]
        show_icon(self._icon, icon(_TONE_GLYPHS[tone], self._hue), QSize(18, 18))
        self.label.setText(text)
        self.setAccessibleDescription(text)
        self.refresh_theme()
        self.show()

    def dismiss(self) -> None:
        self.hide()
        self.closed.emit()

    @property
    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def refresh_theme(self) -> None:
        bg, _fg = theme.tone(self._hue)
        border = theme.mix(bg, theme.accent(self._hue), 0.35)
        self.setStyleSheet(
            f"QFrame#banner {{ background: {theme.css(bg)}; border: 1px solid {theme.css(border)};"
            " border-radius: 6px; }"
        )
        pal = QPalette(self.label.palette())
        pal.setColor(QPalette.ColorRole.WindowText, theme.tone(self._hue)[1])
        self.label.setPalette(pal)


class CopyButton(QToolButton):
    """Copies a value to the clipboard and confirms with a tick for a moment."""

    copied = Signal(str)

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.value = ""
        self.setIcon(icon("copy"))
        self.setAutoRaise(True)
        self.setIconSize(QSize(16, 16))
        self.setToolTip(self.tr("Copy %1").replace("%1", what))
        self.setAccessibleName(self.tr("Copy %1").replace("%1", what))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clicked.connect(self._copy)
        self._reset = QTimer(self)
        self._reset.setSingleShot(True)
        self._reset.setInterval(1200)
        self._reset.timeout.connect(lambda: self.setIcon(icon("copy")))

    def _copy(self) -> None:
        if not self.value:
            return
        QGuiApplication.clipboard().setText(self.value)
        self.setIcon(icon("check", theme.HUE_OK))
        self._reset.start()
        self.copied.emit(self.value)


class ElidedLabel(QLabel):
    """One line that shortens with "…" instead of widening the window; the full text is the
    tooltip and the accessible description."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._full = ""
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(plain_tooltip(text))
        self.setAccessibleDescription(text)
        self._elide()

    def text(self) -> str:
        return self._full

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        width = self.contentsRect().width()
        shown = (
            self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight, width)
            if width > 0
            else self._full
        )
        QLabel.setText(self, shown)


def section_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A small, dimmed caption above or beside a value."""
    label = plain_label(text, parent)
    label.setFont(theme.small_font(label.font()))
    theme.set_secondary(label)
    return label


def page_layout(page: QWidget, title: QWidget) -> QVBoxLayout:
    """The column of a card page (create a contact, review a log): a little more room than the
    window's margin, except at the bottom above the call bar; the page's title first."""
    layout = QVBoxLayout(page)
    m = theme.MARGIN + 4
    layout.setContentsMargins(m, m, m, theme.MARGIN)
    layout.setSpacing(theme.GAP + 2)
    layout.addWidget(title)
    return layout


def hline(parent: QWidget | None = None) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Plain)

    def colour() -> None:
        pal = QPalette(line.palette())
        pal.setColor(QPalette.ColorRole.WindowText, theme.hairline())
        line.setPalette(pal)

    colour()
    theme.on_change(line, colour)
    return line


def with_note(field: QWidget, note: QLabel, parent: QWidget) -> QWidget:
    """`field` with a small line of text under it (a hint, a reason it is locked)."""
    box = QWidget(parent)
    lay = QVBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    lay.setSpacing(2)
    lay.addWidget(field)
    lay.addWidget(note)
    return box
