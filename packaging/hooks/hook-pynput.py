"""pynput picks its backend at run time (importlib), so PyInstaller's analysis does not see it:
name this OS's backend modules. Listed, not collected: collecting would import pynput, which on
Linux needs a display at import."""

import sys

if sys.platform == "win32":
    _BACKEND, _EXTRA = "win32", ["pynput._util.win32_vks"]
elif sys.platform == "darwin":
    _BACKEND, _EXTRA = "darwin", ["pynput._util.darwin_vks", "HIServices"]
else:
    _BACKEND, _EXTRA = "xorg", ["pynput._util.xorg_keysyms", "Xlib.ext.record", "Xlib.ext.xtest"]

hiddenimports = [
    f"pynput.keyboard._{_BACKEND}",
    f"pynput.mouse._{_BACKEND}",
    f"pynput._util.{_BACKEND}",
    *_EXTRA,
]
