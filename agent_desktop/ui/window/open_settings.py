"""Opening Settings from the window, and applying what the agent saved."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMainWindow

from agent_desktop.ui.app.context import AppContext
from agent_desktop.ui.app.session import Session
from agent_desktop.ui.app.startup import Startup
from agent_desktop.ui.window.parts import probe
from agent_desktop.ui.window.status import ConnectionState

if TYPE_CHECKING:  # imported when first opened: the dialog is not needed for the first paint
    from agent_desktop.ui.settings.settings_dialog import SavedSettings, SettingsDialog


def open_settings(
    ctx: AppContext, startup: Startup | None, session: Session, window: QMainWindow, intro: str = ""
) -> SettingsDialog | None:
    """The Settings dialog, opened (None before the settings are loaded); the window keeps it."""
    if startup is None:
        return None
    from agent_desktop.ui.settings.settings_dialog import SettingsDialog

    loaded = startup.loaded
    current = replace(loaded, settings=session.settings or loaded.settings)
    keys = getattr(window, "global_keys", None)  # what the global shortcuts met, if built
    dialog = SettingsDialog(
        runner=ctx.runner,
        settings_store=startup.settings_store,
        key_store=startup.key_store,
        loaded=current,
        api_key=session.api_key,
        key_source=session.key_source,
        intro=intro,
        check=ctx.check,
        phones=getattr(window, "phones", None),
        shortcut_state=keys.state if keys is not None else None,
        parent=window,
    )
    dialog.saved.connect(lambda saved: settings_saved(ctx, session, window, saved))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog


def settings_saved(
    ctx: AppContext, session: Session, window: QMainWindow, saved: SavedSettings
) -> None:
    session.configure(saved.settings, saved.api_key, key_source=saved.key_source)
    window.statusBar().showMessage(
        QCoreApplication.translate("MainWindow", "Settings saved."), 4000
    )
    if session.configured and not ctx.demo:
        session.set_state(ConnectionState.CHECKING)
        session.call(probe, name="probe")
