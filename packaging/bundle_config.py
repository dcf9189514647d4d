"""What goes into the PyInstaller bundle, as plain data the spec, the Qt hooks and the tests share.

Kept apart from the spec so tests can import the lists without running PyInstaller, and so the
hooks in packaging/hooks/ apply the same Qt plugin and translation rules as the spec.
"""

from __future__ import annotations

import fnmatch
import sys
from importlib.metadata import version as _dist_version
from pathlib import Path

DIST_NAME = "agent-desktop"
APP_NAME = "Agent Desktop"
EXE_NAME = "agent-desktop"
BUNDLE_ID = "io.agentdesktop.app"

# Keyring picks its backend at run time through entry points, so PyInstaller cannot see these
# imports; each OS needs its own. The keyring hook collects keyring.backends.*, but naming them
# here keeps the build honest if that hook ever narrows, and adds what the backends import late.
HIDDEN_IMPORTS_COMMON = [
    "keyring.backends.chainer",
    "keyring.backends.fail",
    "keyring.backends.null",
    "jaraco.classes.properties",
    "jaraco.context",
    "jaraco.functools",
    "truststore",
    "phonenumbers.data",
    "phonenumbers.shortdata",
    "agent_desktop.smoke",
]
HIDDEN_IMPORTS_BY_OS = {
    "linux": [
        "keyring.backends.SecretService",
        "keyring.backends.kwallet",
        "secretstorage",
        "secretstorage.dhcrypto",
        "jeepney",
        "jeepney.io.blocking",
        "truststore._openssl",
    ],
    "win32": [
        "keyring.backends.Windows",
        "win32ctypes.pywin32.win32cred",
        "win32ctypes.pywin32.pywintypes",
        "win32ctypes.core",
        "truststore._windows",
    ],
    "darwin": [
        "keyring.backends.macOS",
        "keyring.backends.macOS.api",
        "truststore._macos",
    ],
}

# Python modules the app never imports at run time. The phonenumbers entries are its geocoder,
# carrier and time-zone tables (about 20 MB of source): the app only parses and formats numbers.
EXCLUDED_MODULES = [
    "tkinter",
    "_tkinter",
    "pydoc",
    "pydoc_data",
    "doctest",
    "pdb",
    "unittest",
    "lib2to3",
    # Never used (no process pools); bundled, its runtime hook would import it at every start.
    "multiprocessing",
    # Build tools that a hook's aliasing can drag in (see tomli below); never used at run time.
    "setuptools",
    "pkg_resources",
    "_distutils_hack",
    "distutils",
    "wheel",
    # requests' optional encoding detector (~3.5 MiB once imported, at every start): the client
    # reads bodies as bytes and parses JSON itself (core/api/responses.py), never response.text.
    "charset_normalizer",
    "phonenumbers.geocoder",
    "phonenumbers.geodata",
    "phonenumbers.carrier",
    "phonenumbers.carrierdata",
    "phonenumbers.timezone",
    "phonenumbers.tzdata",
    # Qt bindings the app does not use (the Qt libraries they wrap may still ship if Qt links them).
    # QtNetwork stays: QLocalServer carries softphone events and keeps one window per user.
    "PySide6.QtDBus",
    "PySide6.QtQml",
    "PySide6.QtQuick",
    "PySide6.QtQuickWidgets",
    "PySide6.QtQuickControls2",
    "PySide6.QtOpenGL",
    "PySide6.QtOpenGLWidgets",
    "PySide6.QtPdf",
    "PySide6.QtPdfWidgets",
    "PySide6.QtMultimedia",
    "PySide6.QtSql",
    "PySide6.QtTest",
    "PySide6.QtUiTools",
    "PySide6.QtDesigner",
    "PySide6.QtHelp",
    "PySide6.QtXml",
    "PySide6.QtConcurrent",
    "PySide6.QtPrintSupport",
    "PySide6.QtSvgWidgets",
]

# Qt plugins by bundle-relative path under PySide6/Qt/plugins/ (glob, "/" separators). Anything
# not matched by KEEP is left out; DROP then removes exceptions inside kept folders.
QT_PLUGINS_KEEP = [
    "platforms/*",
    "platformthemes/*",
    "platforminputcontexts/*",
    "styles/*",
    "wayland-shell-integration/*",
    "wayland-decoration-client/*",
    "wayland-graphics-integration-client/*",
]
QT_PLUGINS_DROP = [
    # Embedded / remote-display platforms; keep xcb, wayland, offscreen, windows, cocoa.
    "platforms/*eglfs*",
    "platforms/*minimal*",
    "platforms/*linuxfb*",
    "platforms/*vnc*",
    "platforms/*vkkhrdisplay*",
    "platforms/*direct2d*",
    # The GTK3 theme drags in GTK, GDK, cairo and pango from the build machine (about 25 MB);
    # Qt's built-in GNOME/KDE themes and the portal theme still follow the desktop's palette.
    "platformthemes/*gtk3*",
    # On-screen keyboard needs QtQuick.
    "platforminputcontexts/*virtualkeyboard*",
    # Compositor-side buffer integrations: the app is a Wayland client only.
    "wayland-graphics-integration-client/*-server*",
]
# Qt's own translations (standard dialog buttons, ...) for the languages the app ships that Qt
# translates (Afrikaans has none: our af .ts carries those strings). See core/settings/languages.py.
QT_TRANSLATIONS_KEEP: list[str] = [
    "qtbase_de.qm",
    "qtbase_fr.qm",
    "qtbase_es.qm",
    "qtbase_pt_BR.qm",
]

# The app's own translations, as core.settings.languages.TRANSLATED lists them (a test keeps them
# equal).
APP_LANGUAGES = ("de", "fr", "es", "pt_BR", "af")

_QT_PREFIX = "PySide6/Qt/"


def os_key(platform: str = sys.platform) -> str:
    return "linux" if platform.startswith("linux") else platform


def phone_source_modules() -> list[str]:
    """Every module of core/phones/: the registry imports a source by its setting's name, which
    PyInstaller's import scan cannot see."""
    import pkgutil

    folder = Path(__file__).resolve().parent.parent / "agent_desktop" / "core" / "phones"
    return sorted(
        f"agent_desktop.core.phones.{module.name}" for module in pkgutil.iter_modules([str(folder)])
    )


def hidden_imports(platform: str = sys.platform) -> list[str]:
    return [
        *HIDDEN_IMPORTS_COMMON,
        *HIDDEN_IMPORTS_BY_OS.get(os_key(platform), []),
        *phone_source_modules(),
    ]


def keep_qt_file(dest: str) -> bool:
    """Whether a Qt plugin or translation with this bundle-relative destination is bundled."""
    dest = dest.replace("\\", "/")
    if dest.startswith(_QT_PREFIX + "plugins/"):
        rel = dest[len(_QT_PREFIX + "plugins/") :]
        if not any(fnmatch.fnmatch(rel, pat) for pat in QT_PLUGINS_KEEP):
            return False
        return not any(fnmatch.fnmatch(rel, pat) for pat in QT_PLUGINS_DROP)
    if dest.startswith(_QT_PREFIX + "translations/"):
        name = dest.rsplit("/", 1)[-1]
        return any(fnmatch.fnmatch(name, pat) for pat in QT_TRANSLATIONS_KEEP)
    return True


def lean_qt(hiddenimports, binaries, datas):
    """Filter what PyInstaller's Qt hook helper collected (used by packaging/hooks/)."""

    def keep(entry) -> bool:
        src, dest_dir = entry
        return keep_qt_file(f"{dest_dir}/{src.replace(chr(92), '/').rsplit('/', 1)[-1]}")

    hiddenimports = [name for name in hiddenimports if name not in EXCLUDED_MODULES]
    return hiddenimports, [b for b in binaries if keep(b)], [d for d in datas if keep(d)]


def app_translations(root: Path) -> list[Path]:
    """The .qm files the bundle ships (built by packaging/translations.py build)."""
    files = [
        root / "resources" / "translations" / f"agent_desktop_{code}.qm" for code in APP_LANGUAGES
    ]
    missing = [f.name for f in files if not f.is_file()]
    if missing:
        raise SystemExit(
            f"translations are not built ({', '.join(missing)}): run "
            "python packaging/translations.py build"
        )
    return files


def app_version() -> str:
    """The version, from the installed package metadata: the one place it is set."""
    return _dist_version(DIST_NAME)
