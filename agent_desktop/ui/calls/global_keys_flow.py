"""The global shortcuts in the window: switched on and off by the settings, each press acting
through the window's own actions (F9's, Ctrl+Return's), and what stops them said in a banner.

Answer/end acts on the call in hand only: from another application a press must never start a
call nobody meant. The banner names the key another application holds (or why none can work)
and goes away once the cause is gone.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QPushButton, QStatusBar, QVBoxLayout, QWidget

from agent_desktop.core.calls.book import CallState
from agent_desktop.core.hotkeys import ANSWER_END, SEND_LOG
from agent_desktop.qt.global_shortcuts import (
    NO_DISPLAY,
    NOT_TRUSTED,
    WAYLAND,
    GlobalShortcuts,
    ShortcutState,
)
from agent_desktop.ui.common.widgets import Banner, Tone

if TYPE_CHECKING:
    from agent_desktop.core.settings.settings import Settings
    from agent_desktop.qt.call_service import CallService
    from agent_desktop.ui.app.session import Session
    from agent_desktop.ui.window.menus import Actions


def _tr(text: str) -> str:
    return QCoreApplication.translate("GlobalKeys", text)


def describe(state: ShortcutState) -> str:
    """One plain paragraph: what works, what another application holds, what to do."""
    if not state.enabled:
        return _tr("Off: F9 and Ctrl+Return work while Agent Desktop has the keyboard.")
    if state.unavailable == WAYLAND:
        return _tr(
            "Global shortcuts cannot work in a Wayland session: other applications' keys "
            "never reach Agent Desktop. Use an X11 session, or F9 and Ctrl+Return in the "
            "window."
        )
    if state.unavailable == NO_DISPLAY:
        return _tr("Global shortcuts are off: no X11 display was found.")
    if state.unavailable == NOT_TRUSTED:
        return _tr(
            "Global shortcuts need the Accessibility permission: in System Settings → "
            "Privacy & Security → Accessibility, turn on Agent Desktop, then start it "
            "again."
        )
    if state.unavailable:
        return _tr("Global shortcuts could not start; the log file says why.")
    works = {
        ANSWER_END: _tr("%1 answers or ends the call from any application."),
        SEND_LOG: _tr("%1 sends the call log from any application."),
    }
    held = {
        ANSWER_END: _tr(
            "%1 is used by another application, so it cannot answer or end "
            "calls here; choose other keys in Settings."
        ),
        SEND_LOG: _tr(
            "%1 is used by another application, so it cannot send call logs "
            "here; choose other keys in Settings."
        ),
    }
    parts = [works[action].replace("%1", keys) for action, keys in state.active.items()]
    parts += [held[action].replace("%1", keys) for action, keys in state.taken.items()]
    parts += [
        _tr("%1 is not on this keyboard; choose other keys in Settings.").replace("%1", keys)
        for keys in state.unusable.values()
    ]
    return " ".join(parts)


def permission_help() -> str:
    """Where the OS wants the permission granted, for the Settings page ("" where none)."""
    if sys.platform == "darwin":
        return _tr(
            "macOS asks for the Accessibility permission the first time: System Settings "
            "→ Privacy & Security → Accessibility, turn on Agent Desktop."
        )
    if sys.platform.startswith("linux"):
        return _tr(
            "Works in X11 sessions; Wayland sessions do not pass other applications' keys on."
        )
    return ""


class GlobalKeysFlow(QObject):
    def __init__(
        self,
        session: Session,
        actions: Actions,
        calls: CallService,
        status_bar: QStatusBar,
        header: QWidget,
        open_settings: Callable[[], None],
        service: GlobalShortcuts | None = None,
    ) -> None:
        """A press triggers the window's `actions` (F9's acts on the call in hand of `calls`);
        the banner goes in `header`, its button opens Settings."""
        super().__init__(header)
        self._actions = actions
        self._calls = calls
        self._status_bar = status_bar
        self.service = service or GlobalShortcuts(self)
        self.banner = Banner(header)
        fix = QPushButton(_tr("Settings…"), self.banner)
        fix.clicked.connect(lambda: open_settings())
        self.banner.add_action(fix)
        layout = header.layout()
        if isinstance(layout, QVBoxLayout):
            layout.addWidget(self.banner)
        self._applied: tuple[bool, str, str] | None = None
        self.service.activated.connect(self._pressed)
        self.service.state_changed.connect(self._show)
        session.settings_changed.connect(self.apply)

    @property
    def state(self) -> ShortcutState:
        return self.service.state

    def apply(self, settings: Settings) -> None:
        wanted = (settings.global_shortcuts, settings.global_answer_keys, settings.global_send_keys)
        if wanted == self._applied:
            return  # the keys are held already: never let go of them for nothing
        self._applied = wanted
        self.service.apply(wanted[0], {ANSWER_END: wanted[1], SEND_LOG: wanted[2]})

    def _show(self, state: ShortcutState) -> None:
        if state.problem:
            self.banner.show_message(describe(state), Tone.WARNING)
        else:
            self.banner.hide()

    def _pressed(self, action: str) -> None:
        """The window's own actions, as if F9 or Ctrl+Return had been pressed in it."""
        if action == SEND_LOG:
            self._actions.send_log.trigger()
            return
        current = self._calls.book.current()
        if current is not None and (current.state is CallState.RINGING or current.live):
            self._actions.call.trigger()
        else:
            self._status_bar.showMessage(_tr("No call to answer or end."), 4000)

    def stop(self) -> None:
        self.service.stop()
