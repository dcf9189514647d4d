"""Started at login (`--autostart`): once built, the window waits in the tray where there is one
(and a click brings it back), minimised where there is none."""

from __future__ import annotations

import pytest

from agent_desktop.core.settings.choices import OnRing
from agent_desktop.ui.app import run as app
from agent_desktop.ui.calls import attention

# The offscreen platform says these about any shown window and a tray icon it cannot place.
pytestmark = pytest.mark.qt_log_ignore(
    "This plugin does not support", "No such signal QPlatformNativeInterface::systemTray"
)


def test_with_a_tray_the_window_waits_there_and_comes_back(make_window, monkeypatch, qtbot):
    monkeypatch.setattr(attention, "tray_available", lambda: True)
    window = make_window()
    assert window.isVisible()
    app.to_background(window)
    alert = window.controller.alert
    assert not window.isVisible() and alert.tray is not None and alert.tray.isVisible()
    alert.set_mode(OnRing.RAISE)  # the settings' on_ring: the tray stays, the window lives there
    assert alert.tray.isVisible()
    alert.tray.activated.emit(alert.tray.ActivationReason.Trigger)
    qtbot.waitUntil(window.isVisible)


def test_without_a_tray_it_is_minimised(make_window, monkeypatch):
    monkeypatch.setattr(attention, "tray_available", lambda: False)
    window = make_window()
    app.to_background(window)
    assert window.isMinimized() and window.controller.alert.tray is None
