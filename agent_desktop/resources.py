"""Find the files in `resources/` whether the app runs from the source tree or a frozen bundle.

PyInstaller unpacks (one-file) or lays out (one-folder) the bundle's data under
``sys._MEIPASS``; the spec puts `resources/` there under the same name. A wheel carries them
inside the package as `agent_desktop/_resources/` (setup.py's build hook copies the icons and the
`.desktop` entry and compiles the translations). From a source checkout the folder sits beside
the package. Where none is found every lookup returns None and the app runs without its icon
rather than failing.
"""

from __future__ import annotations

import sys
from pathlib import Path

from agent_desktop import APP_ID

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def resources_dir() -> Path | None:
    """The `resources/` folder in use, or None if this installation has none."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates = [Path(bundle) / "resources"]
    else:
        package = Path(__file__).resolve().parent
        candidates = [package / "_resources", package.parent / "resources"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return None


def resource_path(*parts: str) -> Path | None:
    """The path of one resource file, e.g. ``resource_path("icons", "agent-desktop.svg")``."""
    base = resources_dir()
    if base is None:
        return None
    path = base.joinpath(*parts)
    return path if path.is_file() else None


def desktop_entry() -> Path | None:
    """The freedesktop `.desktop` entry (for autostart and menu entries), if this install has it."""
    return resource_path(f"{APP_ID}.desktop")


def icon_files() -> dict[int, Path]:
    """The generated PNG sizes of the app icon that exist here, by pixel size."""
    found = {}
    for size in ICON_SIZES:
        path = resource_path("icons", "hicolor", f"{size}x{size}", "apps", f"{APP_ID}.png")
        if path is not None:
            found[size] = path
    return found


def app_icon():
    """The application icon as a QIcon with every PNG size (empty QIcon if none is found).

    PNGs rather than the SVG: Qt reads PNG without an image-format plugin, so the bundle can
    leave the SVG plugins out. Needs a QGuiApplication, like any QIcon.
    """
    from PySide6.QtGui import QIcon

    icon = QIcon()
    for path in icon_files().values():
        icon.addFile(str(path))
    return icon
