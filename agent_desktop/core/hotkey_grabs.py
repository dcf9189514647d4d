"""Claiming global keys from the operating system, to learn whether another application holds
them first: pynput only listens (X11's RECORD, Windows' keyboard hook, macOS's event tap) and sees
a key however it is bound, so it cannot tell. A key already taken is reported, never fought over.

- X11: a passive grab (XGrabKey on the root window, with and without Caps/Num Lock) fails with
  BadAccess when another client holds it. Our grabs are kept while the shortcuts are on, so the
  key reaches us only, not also the application that has the keyboard.
- Windows: RegisterHotKey fails when another program registered the key; it is released at
  once (pynput's hook does the listening).
- macOS: no registry to ask; the event tap needs the accessibility permission (`macos_trusted`).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Mapping
from typing import Any, Protocol

from agent_desktop.core.hotkeys import KeyCombo

log = logging.getLogger(__name__)

# Why a key could not be claimed (Outcome.problem).
TAKEN = "taken"  # another application holds it
NOT_ON_KEYBOARD = "not-on-keyboard"  # the keyboard map has no such key


class Grabber(Protocol):
    def claim(self, combos: Mapping[str, KeyCombo]) -> dict[str, str]:
        """Claim each key; {action: problem} for those that could not be claimed."""
        ...

    def drain(self) -> None: ...

    def close(self) -> None: ...


class NoGrabber:
    """Where the system has nothing to ask: every key is taken as free."""

    def claim(self, combos: Mapping[str, KeyCombo]) -> dict[str, str]:
        return {}

    def drain(self) -> None:
        pass

    def close(self) -> None:
        pass


_LOCK_VARIANTS = (0, 2, 16, 2 | 16)  # as is, Caps Lock (LockMask), Num Lock (Mod2), both


class X11Grabber:
    """Passive grabs on the root window of `display_name` (None: $DISPLAY), held until close()."""

    def __init__(self, display_name: str | None = None) -> None:
        from Xlib import display as xdisplay  # python-xlib: pynput's own dependency on Linux

        self._display: Any = xdisplay.Display(display_name)
        self._root: Any = self._display.screen().root
        self._held: list[tuple[int, int]] = []  # (keycode, modifiers)

    def claim(self, combos: Mapping[str, KeyCombo]) -> dict[str, str]:
        from Xlib import XK, X
        from Xlib import error as xerror

        problems: dict[str, str] = {}
        for action, combo in combos.items():
            keycode = self._display.keysym_to_keycode(XK.string_to_keysym(combo.x11_keysym))
            if not keycode:
                problems[action] = NOT_ON_KEYBOARD
                continue
            grabbed: list[tuple[int, int]] = []
            refused = False
            for variant in _LOCK_VARIANTS:
                catch = xerror.CatchError(xerror.BadAccess)
                mods = combo.x11_mask | variant
                self._root.grab_key(
                    keycode, mods, True, X.GrabModeAsync, X.GrabModeAsync, onerror=catch
                )
                self._display.sync()  # the error, if any, arrives with the round trip
                if catch.get_error() is not None:
                    refused = True
                    break
                grabbed.append((keycode, mods))
            if refused:
                for code, mods in grabbed:  # all or nothing: never a half-held key
                    self._root.ungrab_key(code, mods)
                self._display.sync()
                problems[action] = TAKEN
                log.info("global key %s is held by another X client", combo.text)
            else:
                self._held.extend(grabbed)
        return problems

    def drain(self) -> None:
        """Read the grabbed presses off the connection (pynput saw them): never let them pile
        up. Non-blocking."""
        while self._display.pending_events():
            self._display.next_event()

    def close(self) -> None:
        try:
            for code, mods in self._held:
                self._root.ungrab_key(code, mods)
            self._held.clear()
            self._display.close()
        except Exception:  # the X server went away: the grabs went with it
            log.debug("closing the X11 grabs failed", exc_info=True)


class WindowsGrabber:
    """RegisterHotKey as a question: taken or free; released at once."""

    def claim(self, combos: Mapping[str, KeyCombo]) -> dict[str, str]:
        import ctypes

        user32: Any = getattr(ctypes, "windll").user32  # noqa: B009 (Windows only)
        no_repeat = 0x4000
        problems: dict[str, str] = {}
        for number, (action, combo) in enumerate(combos.items(), start=0xB000):
            if user32.RegisterHotKey(
                None, number, combo.windows_mods | no_repeat, combo.windows_vk
            ):
                user32.UnregisterHotKey(None, number)
            else:
                problems[action] = TAKEN
        return problems

    def drain(self) -> None:
        pass

    def close(self) -> None:
        pass


def grabber_for_platform(display_name: str | None = None) -> Grabber:
    """The claim that fits this system. Raises OSError-like errors when X11 cannot be reached."""
    if sys.platform == "win32":
        return WindowsGrabber()
    if sys.platform == "darwin":
        return NoGrabber()
    return X11Grabber(display_name)


def macos_trusted(prompt: bool) -> bool:
    """Whether macOS lets this process watch the keyboard (System Settings → Privacy & Security
    → Accessibility); with `prompt`, macOS shows its own dialog that leads there."""
    import importlib

    # pyobjc's ApplicationServices: pynput's own dependency on macOS (absent elsewhere)
    services: Any = importlib.import_module("HIServices")
    options = {services.kAXTrustedCheckOptionPrompt: prompt}
    return bool(services.AXIsProcessTrustedWithOptions(options))
