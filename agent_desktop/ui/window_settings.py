"""Opening Settings from the window, and applying what the agent saved."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt

from agent_desktop.ui.status import ConnectionState
from agent_desktop.ui.window_parts import probe

if TYPE_CHECKING:
    from agent_desktop.ui.main_window import MainWindow
    from agent_desktop.ui.settings_dialog import SavedSettings


def open_settings(window: MainWindow, intro: str = "") -> None:
    if window.startup is None:
        return
    from agent_desktop.ui.settings_dialog import SettingsDialog

    loaded = window.startup.loaded
    current = replace(loaded, settings=window.session.settings or loaded.settings)
    dialog = SettingsDialog(
        runner=window.ctx.runner, settings_store=window.startup.settings_store,
        key_store=window.startup.key_store, loaded=current, api_key=window.session.api_key,
        key_source=window.session.key_source, intro=intro, check=window.ctx.check,
        parent=window)
    dialog.saved.connect(lambda saved: settings_saved(window, saved))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.settings_dialog = dialog
    dialog.open()


def settings_saved(window: MainWindow, saved: SavedSettings) -> None:
    session = window.session
    session.configure(saved.settings, saved.api_key, key_source=saved.key_source)
    window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Settings saved."),
                                   4000)
    if session.configured and not window.ctx.demo:
        session.set_state(ConnectionState.CHECKING)
        session.call(probe, name="probe")
