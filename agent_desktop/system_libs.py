"""Before Qt loads on Linux: are the system libraries its GUI and its X11 (xcb) platform need
there? When one is missing Qt ends with an abort ("could not load the Qt platform plugin xcb")
or an import error that names a file, not what to install; this names the packages instead.

Each library is opened by its soname, as the dynamic loader will open it for Qt (a broken or
empty file fails the same way). The xcb ones are checked only when Qt will use xcb: not under
offscreen, wayland or a Wayland session.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Library:
    soname: str
    debian: str  # Debian/Ubuntu package
    fedora: str  # Fedora/RHEL package


# What PySide6's QtGui and the xcb platform plugin link against, beyond glibc and Qt's own copies.
GUI = (
    Library("libEGL.so.1", "libegl1", "libglvnd-egl"),
    Library("libGL.so.1", "libgl1", "libglvnd-glx"),
    Library("libfontconfig.so.1", "libfontconfig1", "fontconfig"),
    Library("libfreetype.so.6", "libfreetype6", "freetype"),
    Library("libxkbcommon.so.0", "libxkbcommon0", "libxkbcommon"),
    Library("libglib-2.0.so.0", "libglib2.0-0", "glib2"),
    Library("libdbus-1.so.3", "libdbus-1-3", "dbus-libs"),
    Library("libX11.so.6", "libx11-6", "libX11"),
)
XCB = (
    Library("libxcb.so.1", "libxcb1", "libxcb"),
    Library("libX11-xcb.so.1", "libx11-xcb1", "libX11-xcb"),
    Library("libxkbcommon-x11.so.0", "libxkbcommon-x11-0", "libxkbcommon-x11"),
    Library("libxcb-cursor.so.0", "libxcb-cursor0", "xcb-util-cursor"),
    Library("libxcb-icccm.so.4", "libxcb-icccm4", "xcb-util-wm"),
    Library("libxcb-image.so.0", "libxcb-image0", "xcb-util-image"),
    Library("libxcb-keysyms.so.1", "libxcb-keysyms1", "xcb-util-keysyms"),
    Library("libxcb-render-util.so.0", "libxcb-render-util0", "xcb-util-renderutil"),
    Library("libxcb-util.so.1", "libxcb-util1", "xcb-util"),
    Library("libxcb-randr.so.0", "libxcb-randr0", "libxcb"),
    Library("libxcb-shape.so.0", "libxcb-shape0", "libxcb"),
    Library("libxcb-xfixes.so.0", "libxcb-xfixes0", "libxcb"),
    Library("libxcb-xkb.so.1", "libxcb-xkb1", "libxcb"),
)


def qt_platform(environ: Mapping[str, str] | None = None) -> str:
    """The platform plugin Qt will pick on Linux: QT_QPA_PLATFORM's first choice, else wayland in
    a Wayland session (Qt 6 prefers it there), else xcb."""
    env = os.environ if environ is None else environ
    chosen = env.get("QT_QPA_PLATFORM", "").strip()
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip().lower()
    if env.get("XDG_SESSION_TYPE") == "wayland" and env.get("WAYLAND_DISPLAY"):
        return "wayland"
    return "xcb"


def _open(soname: str) -> None:
    bundle = getattr(sys, "_MEIPASS", None)  # a frozen build may carry its own copy
    if bundle and (Path(bundle) / soname).is_file():
        ctypes.CDLL(str(Path(bundle) / soname))
        return
    ctypes.CDLL(soname)


def missing(platform_name: str, load: Callable[[str], object] = _open) -> list[Library]:
    """The libraries Qt would fail to load for this platform."""
    wanted = GUI + (XCB if platform_name == "xcb" else ())
    absent = []
    for library in wanted:
        try:
            load(library.soname)
        except OSError:
            absent.append(library)
    return absent


def explain(absent: list[Library]) -> str:
    """What to tell the user: the files, then the install command for each distribution."""
    debian = " ".join(dict.fromkeys(lib.debian for lib in absent))
    fedora = " ".join(dict.fromkeys(lib.fedora for lib in absent))
    files = ", ".join(lib.soname for lib in absent)
    return (
        f"The window cannot start: the system lacks libraries Qt needs ({files}). "
        f"Install them, then start Agent Desktop again:\n"
        f"  Debian/Ubuntu:  sudo apt-get install {debian}\n"
        f"  Fedora/RHEL:    sudo dnf install {fedora}"
    )


def check(
    environ: Mapping[str, str] | None = None, load: Callable[[str], object] = _open
) -> str | None:
    """None when Qt's libraries are all there (or this is not Linux), else the message."""
    if not sys.platform.startswith("linux"):
        return None
    absent = missing(qt_platform(environ), load)
    return explain(absent) if absent else None


def main() -> int:
    """`python -m agent_desktop.system_libs`: ./dev runs it before opening the window."""
    message = check()
    if message:
        print(message, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
