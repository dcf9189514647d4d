"""The top of the window: the search box, the Settings banner for connection problems the agent
must fix, the notice banner (e.g. the softphone could not dial), and what the connection state
says in the status bar."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QPushButton, QVBoxLayout, QWidget

from agent_desktop.ui import theme
from agent_desktop.ui.search_box import SearchBox
from agent_desktop.ui.status import ConnectionState
from agent_desktop.ui.widgets import Banner

if TYPE_CHECKING:
    from agent_desktop.ui.main_window import MainWindow


OUTBOX_NOTICE = "outboxNotice"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def build_header(window: MainWindow, central: QWidget) -> QFrame:
    """Sets window.search, window.connection_banner and window.notice; returns the header."""
    header = QFrame(central)
    header.setObjectName("header")
    window.search = SearchBox(window.session, central, parent=header)
    layout = QVBoxLayout(header)
    layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
    layout.addWidget(window.search)
    # Problems the agent must fix in Settings stay visible until fixed.
    window.connection_banner = Banner(header)
    fix = QPushButton(_tr("Settings…"), window.connection_banner)
    fix.setToolTip(_tr("Open Settings (Ctrl+,)"))
    fix.clicked.connect(lambda: window.open_settings())
    window.connection_banner.add_action(fix)
    layout.addWidget(window.connection_banner)
    window.notice = Banner(header)  # where the agent looks, e.g. the softphone could not dial
    layout.addWidget(window.notice)
    # A damaged outbox moved aside: its own banner (the OutboxView's, found by this name), so a
    # later notice does not hide it.
    outbox_notice = Banner(header)
    outbox_notice.setObjectName(OUTBOX_NOTICE)
    layout.addWidget(outbox_notice)
    return header


def show_connection(window: MainWindow, state: ConnectionState, detail: str) -> None:
    window.state_indicator.set_state(state, detail)
    short = {
        ConnectionState.KEY_PROBLEM: _tr("SwitchTransact refused the API key."),
        ConnectionState.OFFLINE: _tr("SwitchTransact cannot be reached."),
        ConnectionState.SERVER_PROBLEM: _tr("SwitchTransact answered with an error."),
        ConnectionState.NOT_CONFIGURED: _tr("Not set up yet."),
    }.get(state)
    window.controller.alert.set_status(connection=short or window.state_indicator.text)
    if short:
        window.statusBar().showMessage(short, 15000)
    if state in (ConnectionState.KEY_PROBLEM, ConnectionState.NOT_CONFIGURED):
        window.connection_banner.show_message(detail or short or "", "error")
    elif state in (ConnectionState.CONNECTED, ConnectionState.DEMO):
        window.connection_banner.hide()
