"""The top of the window: the search box, the Settings banner for connection problems the agent
must fix, the notice banner (e.g. the softphone could not dial), and what the connection state
says in the status bar."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QPushButton, QStatusBar, QVBoxLayout, QWidget

from agent_desktop.ui.app.session import Session
from agent_desktop.ui.calls.attention import CallAlert
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.widgets import Banner, Tone
from agent_desktop.ui.search.search_box import SearchBox
from agent_desktop.ui.window.status import ConnectionState, StateIndicator

OUTBOX_NOTICE = "outboxNotice"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WindowHeader(QFrame):
    """The header frame; it owns the search box and the two banners the window shows."""

    def __init__(
        self, session: Session, central: QWidget, open_settings: Callable[[], None]
    ) -> None:
        super().__init__(central)
        self.setObjectName("header")
        self.search = SearchBox(session, central, parent=self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.addWidget(self.search)
        # Problems the agent must fix in Settings stay visible until fixed.
        self.connection_banner = Banner(self)
        fix = QPushButton(_tr("Settings…"), self.connection_banner)
        fix.setToolTip(_tr("Open Settings (Ctrl+,)"))
        fix.clicked.connect(lambda: open_settings())
        self.connection_banner.add_action(fix)
        layout.addWidget(self.connection_banner)
        self.notice = Banner(self)  # where the agent looks, e.g. the softphone could not dial
        layout.addWidget(self.notice)
        # A damaged outbox moved aside: its own banner (the OutboxView's, found by this name), so
        # a later notice does not hide it.
        outbox_notice = Banner(self)
        outbox_notice.setObjectName(OUTBOX_NOTICE)
        layout.addWidget(outbox_notice)

    def show_connection(
        self,
        state: ConnectionState,
        detail: str,
        *,
        indicator: StateIndicator,
        alert: CallAlert,
        status_bar: QStatusBar,
    ) -> None:
        """What the connection state says: the status bar, the tray and the Settings banner."""
        indicator.set_state(state, detail)
        short = {
            ConnectionState.KEY_PROBLEM: _tr("SwitchTransact refused the API key."),
            ConnectionState.OFFLINE: _tr("SwitchTransact cannot be reached."),
            ConnectionState.SERVER_PROBLEM: _tr("SwitchTransact answered with an error."),
            ConnectionState.NOT_CONFIGURED: _tr("Not set up yet."),
        }.get(state)
        alert.set_status(connection=short or indicator.text)
        if short:
            status_bar.showMessage(short, 15000)
        if state in (ConnectionState.KEY_PROBLEM, ConnectionState.NOT_CONFIGURED):
            self.connection_banner.show_message(detail or short or "", Tone.ERROR)
        elif state in (ConnectionState.CONNECTED, ConnectionState.DEMO):
            self.connection_banner.hide()
