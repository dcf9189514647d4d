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
import threading
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
_START_WAIT = 5.0  # seconds quitting waits for a start under way (pynput's first import)


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
    _started = Signal(int, object)  # (generation, (ShortcutState, _Held)) from the start thread

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        listener_factory: ListenerFactory = _pynput_listener,
        grabber_factory: Callable[[], Grabber] = grabber_for_platform,
        platform: str = sys.platform,
    ) -> None:
        super().__init__(parent)
        self._listener_factory = listener_factory
        self._grabber_factory = grabber_factory
        self._platform = platform
        self._listener: Any = None
        self._grabber: Grabber = NoGrabber()
        self._generation = 0
        self._worker: threading.Thread | None = None
        # Listeners and grabs made by the start threads and not given back yet.
        self._produced: list[_Held] = []
        self._produced_lock = threading.Lock()
        self.state = ShortcutState()
        self._pressed.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        self._started.connect(self._arrived, Qt.ConnectionType.QueuedConnection)

    def apply(self, enabled: bool, keys: Mapping[str, str]) -> None:
        """Listen for `keys` ({action: "Ctrl+Shift+F9"}) when `enabled`, else for nothing.

        The work (pynput's import, the X server's answers) runs on a thread of its own; the new
        `state` arrives by `state_changed`. A later apply() supersedes an earlier one."""
        self._generation += 1
        self._listener, self._grabber = None, NoGrabber()  # presses on their way: dropped
        worker = threading.Thread(
            target=self._work,
            name="global-shortcuts",
            daemon=True,
            args=(self._generation, self._worker, enabled, dict(keys)),
        )
        self._worker = worker
        worker.start()

    def _work(
        self,
        generation: int,
        previous: threading.Thread | None,
        enabled: bool,
        keys: dict[str, str],
    ) -> None:
        if previous is not None:
            previous.join()  # one change at a time, in the order asked
        self._release_all()  # whatever came before is superseded by this change
        if enabled:
            state, held = self._start(keys)
        else:
            state, held = ShortcutState(), _Held(None, NoGrabber())
        with self._produced_lock:
            self._produced.append(held)  # released by the next change, or by stop()
        try:
            self._started.emit(generation, (state, held))
        except RuntimeError:  # the service is gone (quit): give the keys back
            self._release_all()

    def _arrived(self, generation: int, result: tuple[ShortcutState, _Held]) -> None:
        state, held = result
        if generation != self._generation:  # superseded, or stopped meanwhile
            return
        self._listener, self._grabber = held.listener, held.grabber
        self.state = state
        self.state_changed.emit(state)

    def _release_all(self) -> None:
        with self._produced_lock:
            produced, self._produced = self._produced, []
        for held in produced:
            _release(held)

    def _start(self, keys: Mapping[str, str]) -> tuple[ShortcutState, _Held]:
        combos: dict[str, KeyCombo] = {}
        for action, text in keys.items():
            try:
                combo = parse_combo(text)
            except ValueError:  # the settings validated it; a stand-in may not have
                log.warning("global shortcut %s: %r is not a key combination", action, text)
                continue
            if combo in combos.values():  # Settings refuses this; a hand-edited file may not
                log.warning("global shortcut %s: %s is given to another action", action, combo.text)
                continue
            combos[action] = combo
        if self._platform.startswith("linux") and (
            os.environ.get("XDG_SESSION_TYPE", "").lower() == "wayland"
            or (os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY"))
        ):
            return ShortcutState(True, unavailable=WAYLAND), _Held(None, NoGrabber())
        if self._platform.startswith("linux") and not os.environ.get("DISPLAY"):
            return ShortcutState(True, unavailable=NO_DISPLAY), _Held(None, NoGrabber())
        if self._platform == "darwin" and not _trusted_on_macos():
            return ShortcutState(True, unavailable=NOT_TRUSTED), _Held(None, NoGrabber())
        try:
            grabber = self._grabber_factory()
            problems = grabber.claim(combos)
        except Exception:  # the X server cannot be reached, or refused us
            log.warning("global shortcuts: the display cannot be reached", exc_info=True)
            return ShortcutState(True, unavailable=NO_DISPLAY), _Held(None, NoGrabber())
        free = {a: c for a, c in combos.items() if a not in problems}
        taken = {a: combos[a].text for a, why in problems.items() if why == TAKEN}
        unusable = {a: combos[a].text for a, why in problems.items() if why != TAKEN}
        listener: Any = None
        if free:
            try:
                listener = self._listener_factory(
                    {c.pynput: self._emitter(a) for a, c in free.items()}
                )
                listener.start()
            except Exception:
                log.warning("global shortcuts: the listener did not start", exc_info=True)
                grabber.close()
                return (
                    ShortcutState(True, taken=taken, unusable=unusable, unavailable=FAILED),
                    _Held(None, NoGrabber()),
                )
        state = ShortcutState(True, {a: c.text for a, c in free.items()}, taken, unusable)
        return state, _Held(listener, grabber)

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
        """Give every key back now (quitting): whatever is under way is dropped."""
        self._generation += 1
        self._listener, self._grabber = None, NoGrabber()
        worker, self._worker = self._worker, None
        if worker is not None:
            worker.join(_START_WAIT)
        self._release_all()
        self.state = ShortcutState()


@dataclass(frozen=True)
class _Held:
    listener: Any
    grabber: Grabber


def _release(held: _Held) -> None:
    if held.listener is not None:
        try:
            held.listener.stop()
            _end_x11_recording(held.listener)
            # Its thread ends within a round trip; never left talking to a display that is
            # closing (quit, a session ending).
            held.listener.join(_STOP_WAIT)
        except Exception:
            log.debug("stopping the global shortcuts failed", exc_info=True)
    held.grabber.close()


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
