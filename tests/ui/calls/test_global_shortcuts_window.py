"""Global shortcuts in the window, for real: a private Xvfb, another X client with the keyboard,
keys pressed with xdotool; the call is answered and ended, its log reaches the sandbox."""

from __future__ import annotations

from dataclasses import replace

import pytest
from xserver import focused_window, xdotool_key, xvfb

from agent_desktop.core.calls.book import CallState
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.hotkeys import DEFAULT_KEYS

pytestmark = [
    pytest.mark.xvfb,
    pytest.mark.qt_log_ignore("This plugin does not support"),
]  # a ring raises

JAMES_ID = "2916509f-f188-42d8-ab0e-a27bcb20d70d"


@pytest.fixture
def display(monkeypatch):
    with xvfb() as name:
        monkeypatch.setenv("DISPLAY", name)
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
        yield name


def _listening(qtbot, window):
    qtbot.waitUntil(lambda: dict(window.global_keys.state.active) == DEFAULT_KEYS, timeout=5000)
    window.global_keys.service.wait_ready()


def test_a_call_answered_ended_and_logged_from_another_application(
    qtbot, sandbox, make_window, display, clock
):
    window = make_window(sandbox.base_url, global_shortcuts=True)
    _listening(qtbot, window)
    assert not window.global_keys.banner.isVisible()
    other = focused_window(display)  # the agent types in another application
    try:
        window.controller.handle_event(CallEvent(EventKind.RING, "0721234567"))
        call = window.calls.book.current()
        assert call is not None and call.state is CallState.RINGING
        xdotool_key(display, "ctrl+shift+F9")
        qtbot.waitUntil(
            lambda: window.calls.book.current().state is CallState.CONNECTED, timeout=5000
        )
        clock.advance(42)
        xdotool_key(display, "ctrl+shift+F9")
        qtbot.waitUntil(lambda: window.stack.currentWidget() is window.review, timeout=5000)
        assert window.calls.book.live() == []
        xdotool_key(display, "ctrl+shift+Return")
        qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=10000)
        log = sandbox.received_logs()[0]
        assert (log["CallType"], log["EntityId"], log["Duration"]) == (
            "Inbound",
            JAMES_ID,
            "00:00:42",
        )
        assert other.get_input_focus().focus.id != other.screen().root.id  # never took it
    finally:
        other.close()


def test_without_a_call_the_answer_key_starts_nothing(qtbot, sandbox, make_window, display):
    window = make_window(sandbox.base_url, global_shortcuts=True)
    _listening(qtbot, window)
    xdotool_key(display, "ctrl+shift+F9")
    qtbot.waitUntil(
        lambda: "No call to answer or end" in window.statusBar().currentMessage(), timeout=5000
    )
    assert window.calls.book.live() == []


def test_off_by_default(qtbot, sandbox, make_window, display):
    window = make_window(sandbox.base_url)
    assert window.global_keys.state.active == {}
    window.controller.handle_event(CallEvent(EventKind.RING, "0721234567"))
    xdotool_key(display, "ctrl+shift+F9")
    qtbot.wait(500)
    assert window.calls.book.current().state is CallState.RINGING


def test_a_key_held_by_another_application_is_reported_until_other_keys_are_chosen(
    qtbot, sandbox, make_window, display
):
    from Xlib import XK, X
    from Xlib import display as xdisplay

    holder = xdisplay.Display(display)
    try:
        keycode = holder.keysym_to_keycode(XK.string_to_keysym("F9"))
        holder.screen().root.grab_key(
            keycode, X.ControlMask | X.ShiftMask, True, X.GrabModeAsync, X.GrabModeAsync
        )
        holder.sync()
        window = make_window(sandbox.base_url, global_shortcuts=True)
        banner = window.global_keys.banner
        qtbot.waitUntil(banner.isVisible, timeout=5000)
        assert "Ctrl+Shift+F9 is used by another application" in banner.text
        assert "Ctrl+Shift+Return sends the call log from any application" in banner.text
        settings = replace(window.session.settings, global_answer_keys="Ctrl+Alt+Shift+F9")
        window.session.configure(settings, window.session.api_key)
        qtbot.waitUntil(lambda: not banner.isVisible(), timeout=5000)
        assert window.global_keys.state.active["answer_end"] == "Ctrl+Alt+Shift+F9"
    finally:
        holder.close()


def test_the_shortcuts_list_names_the_global_keys_only_when_on(
    qtbot, sandbox, make_window, display
):
    from PySide6.QtWidgets import QDialog, QTableWidget

    def rows(window):
        window.menu_actions.shortcuts.trigger()
        dialog = next(
            d
            for d in window.findChildren(QDialog)
            if d.isVisible() and d.windowTitle() == "Keyboard shortcuts"
        )
        table = dialog.findChild(QTableWidget)
        found = [
            (table.item(r, 0).text(), table.item(r, 1).text()) for r in range(table.rowCount())
        ]
        dialog.close()
        return found

    off = make_window(sandbox.base_url)
    assert not any("From any application" in what for _, what in rows(off))
    on = make_window(
        sandbox.base_url, global_shortcuts=True, global_answer_keys="Ctrl+Alt+Shift+F9"
    )
    listed = rows(on)
    assert ("Ctrl+Alt+Shift+F9", "From any application: answer or end the call") in listed
    assert ("Ctrl+Shift+Return", "From any application: send the call log") in listed
