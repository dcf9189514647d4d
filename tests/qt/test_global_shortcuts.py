"""Global shortcuts for real: pynput listening on a private Xvfb while another X client has the
keyboard, keys sent with xdotool; and a key another client holds first, reported."""

from __future__ import annotations

import pytest
from xserver import focused_window, xdotool_key, xvfb

from agent_desktop.core.hotkeys import ANSWER_END, DEFAULT_KEYS, SEND_LOG
from agent_desktop.qt.global_shortcuts import NO_DISPLAY, WAYLAND, GlobalShortcuts

pytestmark = pytest.mark.xvfb


@pytest.fixture
def display(monkeypatch):
    with xvfb() as name:
        monkeypatch.setenv("DISPLAY", name)
        monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
        monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
        yield name


@pytest.fixture
def shortcuts():
    service = GlobalShortcuts()
    yield service
    service.stop()


def _apply(qtbot, service, enabled, keys=DEFAULT_KEYS):
    """apply() works on a thread of its own: its state arrives by signal."""
    with qtbot.waitSignal(service.state_changed, timeout=10000) as arrived:
        service.apply(enabled, keys)
    assert arrived.args[0] is service.state
    return service.state


def test_keys_pressed_in_another_application_reach_us(qtbot, display, shortcuts):
    other = focused_window(display)
    try:
        state = _apply(qtbot, shortcuts, True)
        assert state.active == DEFAULT_KEYS and not state.problem
        shortcuts.wait_ready()
        with qtbot.waitSignal(shortcuts.activated, timeout=5000) as got:
            xdotool_key(display, "ctrl+shift+F9")
        assert got.args == [ANSWER_END]
        with qtbot.waitSignal(shortcuts.activated, timeout=5000) as got:
            xdotool_key(display, "ctrl+shift+Return")
        assert got.args == [SEND_LOG]
        # The other application kept the keyboard all along.
        assert other.get_input_focus().focus.id != other.screen().root.id
    finally:
        other.close()


def test_plain_keys_and_switched_off_shortcuts_do_nothing(qtbot, display, shortcuts):
    seen: list[str] = []
    shortcuts.activated.connect(seen.append)
    _apply(qtbot, shortcuts, True)
    shortcuts.wait_ready()
    xdotool_key(display, "F9")
    xdotool_key(display, "ctrl+Return")
    qtbot.wait(300)
    assert seen == []
    assert _apply(qtbot, shortcuts, False).active == {}
    xdotool_key(display, "ctrl+shift+F9")
    qtbot.wait(300)
    assert seen == []


def test_a_key_another_application_holds_is_reported_and_left_to_it(qtbot, display, shortcuts):
    from Xlib import XK, X
    from Xlib import display as xdisplay

    holder = xdisplay.Display(display)
    try:
        keycode = holder.keysym_to_keycode(XK.string_to_keysym("F9"))
        holder.screen().root.grab_key(
            keycode, X.ControlMask | X.ShiftMask, True, X.GrabModeAsync, X.GrabModeAsync
        )
        holder.sync()
        state = _apply(qtbot, shortcuts, True)
        assert state.problem
        assert state.taken == {ANSWER_END: "Ctrl+Shift+F9"}
        assert state.active == {SEND_LOG: "Ctrl+Shift+Return"}
        shortcuts.wait_ready()
        seen: list[str] = []
        shortcuts.activated.connect(seen.append)
        xdotool_key(display, "ctrl+shift+F9")  # the holder's key: not ours to act on
        with qtbot.waitSignal(shortcuts.activated, timeout=5000):
            xdotool_key(display, "ctrl+shift+Return")
        assert seen == [SEND_LOG]
    finally:
        holder.close()


def test_freed_keys_are_claimed_again_and_ours_are_released(qtbot, display, shortcuts):
    from Xlib import XK, X
    from Xlib import display as xdisplay
    from Xlib import error as xerror

    _apply(qtbot, shortcuts, True)
    other = xdisplay.Display(display)
    try:
        keycode = other.keysym_to_keycode(XK.string_to_keysym("F9"))
        catch = xerror.CatchError(xerror.BadAccess)
        other.screen().root.grab_key(
            keycode,
            X.ControlMask | X.ShiftMask,
            True,
            X.GrabModeAsync,
            X.GrabModeAsync,
            onerror=catch,
        )
        other.sync()
        assert catch.get_error() is not None  # ours while on
        shortcuts.stop()
        catch = xerror.CatchError(xerror.BadAccess)
        other.screen().root.grab_key(
            keycode,
            X.ControlMask | X.ShiftMask,
            True,
            X.GrabModeAsync,
            X.GrabModeAsync,
            onerror=catch,
        )
        other.sync()
        assert catch.get_error() is None  # given back when off
    finally:
        other.close()


def test_no_display_and_wayland_are_said(qtbot, monkeypatch):
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    service = GlobalShortcuts(platform="linux")
    assert _apply(qtbot, service, True).unavailable == NO_DISPLAY
    monkeypatch.setenv("XDG_SESSION_TYPE", "wayland")
    assert _apply(qtbot, service, True).unavailable == WAYLAND
    assert not _apply(qtbot, service, False).problem


def test_a_later_change_wins_and_the_gui_thread_never_waits(qtbot, display, shortcuts):
    seen = []
    shortcuts.state_changed.connect(seen.append)
    shortcuts.apply(True, DEFAULT_KEYS)
    shortcuts.apply(True, {**DEFAULT_KEYS, "answer_end": "Ctrl+Alt+Shift+F9"})
    assert shortcuts.state.active == {}  # nothing decided on this thread yet
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    qtbot.wait(200)
    assert len(seen) == 1  # the superseded start is never shown
    assert seen[0].active["answer_end"] == "Ctrl+Alt+Shift+F9"
