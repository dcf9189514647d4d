"""Install the window's translation before the window is built: ours and Qt's own (dialog buttons).

Runs on the GUI thread before the first window exists, on purpose: every string is translated
when its widget is built, so the translators must be in place first. The cost is two small file
reads (our .qm is ~25 KB, Qt's qtbase_<lang>.qm ~220 KB, both memory-mapped by QTranslator): a few
milliseconds, measured in tests/ui/app/test_translations.py.

The .qm files are built from resources/translations/*.ts (packaging/translations.py build) into
the same folder, which the bundle carries as resources/translations/.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from agent_desktop.core.settings import languages
from agent_desktop.resources import resource_path

log = logging.getLogger(__name__)

PREFIX = "agent_desktop_"
_installed: list[QTranslator] = []  # ours, kept alive and removable (tests switch languages)


def qt_translations_dirs() -> list[Path]:
    """Where Qt's qtbase_<lang>.qm may be: Qt's configured folder, then PySide6's own (the bundle
    keeps the latter layout without a qt.conf pointing at it)."""
    import PySide6

    return [
        Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        Path(PySide6.__file__).resolve().parent / "Qt" / "translations",
    ]


def _load(translator: QTranslator, path: Path | None) -> bool:
    return path is not None and path.is_file() and translator.load(str(path))


def _install(app: QCoreApplication, translator: QTranslator) -> None:
    app.installTranslator(translator)
    _installed.append(translator)


def remove_translations(app: QCoreApplication | None = None) -> None:
    """Back to the source language (English) and the system locale's formats."""
    app = app or QCoreApplication.instance()
    while _installed:
        translator = _installed.pop()
        if app is not None:
            app.removeTranslator(translator)
    QLocale.setDefault(QLocale.system())


def install_translations(app: QCoreApplication, setting: str = "") -> str:
    """Install the translation for the `language` setting ("" = the OS's languages) and Qt's
    own for the same language; set the default QLocale that dates and numbers are shown in.
    Returns the language code in use ("en" when no translation applies or one is missing)."""
    remove_translations(app)
    system = QLocale.system()
    code = languages.choose(setting, system.uiLanguages())
    if code == languages.SOURCE_LANGUAGE:
        return code
    ours = QTranslator(app)
    if not _load(ours, resource_path("translations", f"{PREFIX}{code}.qm")):
        log.warning("no translation file for %s; the window stays in English", code)
        return languages.SOURCE_LANGUAGE
    if code != languages.PSEUDO:
        qt = QTranslator(app)
        if any(_load(qt, folder / f"qtbase_{code}.qm") for folder in qt_translations_dirs()):
            _install(app, qt)
        # Formats follow the system's when it speaks this language (its region's conventions),
        # else the language's own: German chosen on an English system shows German dates.
        if system.name().split("_")[0] != code.split("_")[0]:
            QLocale.setDefault(QLocale(code))
    _install(app, ours)  # installed last, so searched first: our af.ts answers for Qt's strings
    log.info("interface language: %s", code)
    return code
