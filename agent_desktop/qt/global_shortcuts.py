"""Global shortcuts: keys that act while another application has the keyboard (opt-in).

pynput listens on its own thread (X11, Windows, macOS with the accessibility permission); each
press crosses to the GUI thread by a queued signal, so the window acts on it as on its own
shortcut. Before listening, each key is claimed from the system (core/hotkey_grabs.py): one that
another application holds is reported in `state`, and left to it.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

from agent_desktop.core.hotkey_grabs import (
    TAKEN,
    Grabber,
    NoGrabber,
    grabber_for_platform,
    macos_trusted,
)
from agent_desktop.core.hotkeys import KeyCombo, parse_combo

log = logging.getLogger(__name__)

# Why the shortcuts are not listening at all (ShortcutState.unavailable).
WAYLAND = "wayland"  # other applications' keys never reach an X11 listener there
NO_DISPLAY = "no-display"  # no X server to listen on (DISPLAY unset or unreachable)
NOT_TRUSTED = "not-trusted"  # macOS: the accessibility permission is missing
FAILED = "failed"  # pynput could not start; the log says why
_STOP_WAIT = 1.0  # seconds to let pynput's thread finish


@dataclass(frozen=True)
class ShortcutState:
    enabled: bool = False  # the setting
    active: Mapping[str, str] = field(default_factory=dict[str, str])  # action -> keys
    taken: Mapping[str, str] = field(default_factory=dict[str, str])  # held by another app
    unusable: Mapping[str, str] = field(default_factory=dict[str, str])  # not on this keyboard
    unavailable: str = ""  # WAYLAND, NO_DISPLAY, NOT_TRUSTED or FAILED

    @property
    def problem(self) -> bool:
        return self.enabled and bool(self.taken or self.unusable or self.unavailable)


ListenerFactory = Callable[[dict[str, Callable[[], None]]], Any]


def _pynput_listener(hotkeys: dict[str, Callable[[], None]]) -> Any:
    from pynput import keyboard  # needs a display on Linux at import: imported only when on

    return keyboard.GlobalHotKeys(hotkeys)


class GlobalShortcuts(QObject):
    activated = Signal(str)  # the action (core.hotkeys.ANSWER_END, SEND_LOG), on the GUI thread
    state_changed = Signal(object)  # ShortcutState
    _pressed = Signal(str)  # from pynput's thread

    def __init__(self, parent: QObject | None = None, *,
                 listener_factory: ListenerFactory = _pynput_listener,
                 grabber_factory: Callable[[], Grabber] = grabber_for_platform,
                 platform: str = sys.platform) -> None:
        super().__init__(parent)
        self._listener_factory = listener_factory
        self._grabber_factory = grabber_factory
        self._platform = platform
        self._listener: Any = None
        self._grabber: Grabber = NoGrabber()
        self.state = ShortcutState()
        self._pressed.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def apply(self, enabled: bool, keys: Mapping[str, str]) -> ShortcutState:
        """Listen for `keys` ({action: "Ctrl+Shift+F9"}) when `enabled`, else for nothing."""
        self.stop()
        state = self._start(keys) if enabled else ShortcutState()
        self.state = state
        self.state_changed.emit(state)
        return state

    def _start(self, keys: Mapping[str, str]) -> ShortcutState:
        combos: dict[str, KeyCombo] = {}
        for action, text in keys.items():
            try:
                combos[action] = parse_combo(text)
            except ValueError:  # the settings validated it; a stand-in may not have
                log.warning("global shortcut %s: %r is not a key combination", action, text)
        if self._platform.startswith("linux") and (
                os.environ.get("XDG_SESSION_TYPE", "").lower() == "wayland"
                or (os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"))):
            return ShortcutState(True, unavailable=WAYLAND)
        if self._platform.startswith("linux") and not os.environ.get("DISPLAY"):
            return ShortcutState(True, unavailable=NO_DISPLAY)
        if self._platform == "darwin" and not _trusted_on_macos():
            return ShortcutState(True, unavailable=NOT_TRUSTED)
        try:
            grabber = self._grabber_factory()
            problems = grabber.claim(combos)
        except Exception:  # the X server cannot be reached, or refused us
            log.warning("global shortcuts: the display cannot be reached", exc_info=True)
            return ShortcutState(True, unavailable=NO_DISPLAY)
        free = {a: c for a, c in combos.items() if a not in problems}
        taken = {a: combos[a].text for a, why in problems.items() if why == TAKEN}
        unusable = {a: combos[a].text for a, why in problems.items() if why != TAKEN}
        if free:
            try:
                listener = self._listener_factory(
                    {c.pynput: self._emitter(a) for a, c in free.items()})
                listener.start()
            except Exception:
                log.warning("global shortcuts: the listener did not start", exc_info=True)
                grabber.close()
                return ShortcutState(True, taken=taken, unusable=unusable, unavailable=FAILED)
            self._listener = listener
        self._grabber = grabber
        return ShortcutState(True, {a: c.text for a, c in free.items()}, taken, unusable)

    def _emitter(self, action: str) -> Callable[[], None]:
        return lambda: self._pressed.emit(action)  # pynput's thread: queued to ours

    def _deliver(self, action: str) -> None:
        try:
            self._grabber.drain()
        except Exception:
            log.debug("draining the grabbed keys failed", exc_info=True)
        if self._listener is not None:  # a press that was on its way when we stopped: dropped
            self.activated.emit(action)

    def wait_ready(self) -> None:
        """Until the listener listens (tests; the window never waits)."""
        if self._listener is not None:
            self._listener.wait()

    def stop(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            try:
                listener.stop()
                _end_x11_recording(listener)
                # Its thread ends within a round trip; never left talking to a display that is
                # closing (quit, a session ending).
                listener.join(_STOP_WAIT)
            except Exception:
                log.debug("stopping the global shortcuts failed", exc_info=True)
        self._grabber.close()
        self._grabber = NoGrabber()


def _end_x11_recording(listener: Any) -> None:
    """pynput's X11 stop() queues its RECORD "disable" on the recording connection without
    sending it, so the thread lives on until the next key anywhere. Sent from pynput's other
    connection (as its own clean-up does, and as RECORD asks), it ends at once."""
    display, context = getattr(listener, "_display_stop", None), getattr(listener, "_context", None)
    if display is not None and context is not None:
        display.record_disable_context(context)
        display.flush()


def _trusted_on_macos() -> bool:
    """Asks once, plainly: macOS shows its own dialog leading to the Accessibility list."""
    try:
        return macos_trusted(prompt=True)
    except Exception:
        log.warning("the accessibility permission could not be checked", exc_info=True)
        return False
