"""The connection state the window shows in its status bar, and how errors map to it."""

from __future__ import annotations

import enum

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from agent_desktop.core.api import errors
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.widgets import plain_label, plain_tooltip


def _tr(text: str) -> str:
    return QCoreApplication.translate("ConnectionState", text)


class ConnectionState(enum.Enum):
    CHECKING = "checking"
    NOT_CONFIGURED = "not-configured"
    CONNECTED = "connected"
    DEMO = "demo"
    OFFLINE = "offline"
    KEY_PROBLEM = "key-problem"
    SERVER_PROBLEM = "server-problem"

    @property
    def label(self) -> str:
        return {
            ConnectionState.CHECKING: _tr("Connecting…"),
            ConnectionState.NOT_CONFIGURED: _tr("Not set up"),
            ConnectionState.CONNECTED: _tr("Connected"),
            ConnectionState.DEMO: _tr("Demo"),
            ConnectionState.OFFLINE: _tr("Offline"),
            ConnectionState.KEY_PROBLEM: _tr("Key problem"),
            ConnectionState.SERVER_PROBLEM: _tr("Server problem"),
        }[self]

    @property
    def hue(self) -> int:
        return {
            ConnectionState.CHECKING: -1,
            ConnectionState.NOT_CONFIGURED: theme.HUE_WARN,
            ConnectionState.CONNECTED: theme.HUE_OK,
            ConnectionState.DEMO: theme.HUE_INFO,
            ConnectionState.OFFLINE: theme.HUE_ERROR,
            ConnectionState.KEY_PROBLEM: theme.HUE_ERROR,
            ConnectionState.SERVER_PROBLEM: theme.HUE_WARN,
        }[self]


def state_for_error(error: BaseException) -> ConnectionState | None:
    """What a failed request says about the connection; None when it says nothing (e.g. 422)."""
    if isinstance(error, errors.AuthError):
        return ConnectionState.KEY_PROBLEM
    if isinstance(error, errors.NetworkError):
        return ConnectionState.OFFLINE
    if isinstance(error, (errors.ServerError, errors.ProtocolError, errors.RateLimited)):
        return ConnectionState.SERVER_PROBLEM
    return None


class _Dot(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hue = -1
        self.setFixedSize(QSize(10, 10))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(theme.accent(self.hue))
        painter.drawEllipse(self.rect().adjusted(1, 1, -1, -1))


class StateIndicator(QWidget):
    """A coloured dot and a word: the connection state, always visible in the status bar."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dot = _Dot(self)
        self._label = plain_label("", self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.GAP, 0, theme.GAP, 0)
        layout.setSpacing(6)
        layout.addWidget(self._dot, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self._label)
        self.state = ConnectionState.CHECKING
        self.set_state(ConnectionState.CHECKING)

    def set_state(self, state: ConnectionState, detail: str = "") -> None:
        self.state = state
        self._dot.hue = state.hue
        self._dot.update()
        self._label.setText(state.label)
        tip = detail or state.label  # the detail can quote the server
        self.setToolTip(plain_tooltip(tip))
        self.setAccessibleName(_tr("Connection: %1").replace("%1", state.label))

    @property
    def text(self) -> str:
        return self._label.text()
