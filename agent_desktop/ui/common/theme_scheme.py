"""Light or dark: following the OS while the app runs, or the `theme` setting's choice.

One ThemeWatcher per application. It listens for the OS switching (QStyleHints.colorSchemeChanged)
and for any palette change, then restyles everything: the application's style sheet (focus rings,
ui/common/app_style.py) and every colour registered with theme.on_change. The window's own style
sheet and its panels follow its ApplicationPaletteChange event (MainWindow.apply_theme).

A forced scheme asks Qt first (QStyleHints.setColorScheme, Qt 6.8+, honoured where the platform
can); where the palette does not follow (no platform theme, or older Qt), a palette of our own.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from agent_desktop.core.settings.choices import Theme
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.app_style import app_stylesheet

log = logging.getLogger(__name__)


_ROLE = QPalette.ColorRole
# Each role's colour in the dark scheme, then in the light one.
_COLOURS = {
    _ROLE.Window: ("#202124", "#efefef"),
    _ROLE.WindowText: ("#e8eaed", "#1f1f1f"),
    _ROLE.Base: ("#17181a", "#ffffff"),
    _ROLE.AlternateBase: ("#26282b", "#f5f5f5"),
    _ROLE.Text: ("#e8eaed", "#1f1f1f"),
    _ROLE.Button: ("#2d2f33", "#efefef"),
    _ROLE.ButtonText: ("#e8eaed", "#1f1f1f"),
    _ROLE.Highlight: ("#2d64b8", "#2f6fc4"),
    _ROLE.HighlightedText: ("#ffffff", "#ffffff"),
    _ROLE.Link: ("#8ab4f8", "#1a57b0"),
    _ROLE.LinkVisited: ("#c58af9", "#6b2fb0"),
    _ROLE.PlaceholderText: ("#9aa0a6", "#6b6b6b"),
    _ROLE.ToolTipBase: ("#2d2f33", "#ffffdc"),
    _ROLE.ToolTipText: ("#e8eaed", "#1f1f1f"),
    _ROLE.Mid: ("#3c4043", "#b8b8b8"),
    _ROLE.Dark: ("#111214", "#9f9f9f"),
    _ROLE.Light: ("#4a4d52", "#ffffff"),
    _ROLE.Midlight: ("#3a3d41", "#e3e3e3"),
    _ROLE.Shadow: ("#000000", "#767676"),
    _ROLE.BrightText: ("#ffffff", "#ffffff"),
}


def scheme_palette(scheme: Theme) -> QPalette:
    """Our own palette for a forced light or dark (disabled text dimmed as Qt would)."""
    pal = QPalette()
    for role, (dark, light) in _COLOURS.items():
        pal.setColor(role, QColor(dark if scheme is Theme.DARK else light))
    dim = theme.mix(pal.color(_ROLE.WindowText), pal.color(_ROLE.Window), 0.5)
    for role in (_ROLE.WindowText, _ROLE.Text, _ROLE.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, dim)
    return pal


class ThemeWatcher(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        self.scheme = Theme.SYSTEM
        self._busy = False
        self._sheet = ""
        app.paletteChanged.connect(self._palette_changed)
        app.styleHints().colorSchemeChanged.connect(self._os_changed)
        self.restyle()

    def set_scheme(self, scheme: Theme) -> None:
        if scheme is not self.scheme:
            self.scheme = scheme
            self._apply()

    def _os_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self.scheme is Theme.SYSTEM:
            self._apply()

    def _palette_changed(self, _palette: QPalette) -> None:
        if not self._busy:
            self.restyle()

    def _apply(self) -> None:
        self._busy = True
        try:
            hints = self._app.styleHints()
            wanted = {
                Theme.LIGHT: Qt.ColorScheme.Light,
                Theme.DARK: Qt.ColorScheme.Dark,
                Theme.SYSTEM: Qt.ColorScheme.Unknown,
            }[self.scheme]
            if hasattr(hints, "setColorScheme"):  # Qt 6.8+
                hints.setColorScheme(wanted)
            self._app.setPalette(QPalette())  # the platform's own, in its current scheme
            reported = hints.colorScheme() if self.scheme is Theme.SYSTEM else wanted
            if reported is not Qt.ColorScheme.Unknown and theme.is_dark() != (
                reported is Qt.ColorScheme.Dark
            ):
                # The platform did not (or could not) follow: our palette for that scheme.
                self._app.setPalette(
                    scheme_palette(Theme.DARK if reported is Qt.ColorScheme.Dark else Theme.LIGHT)
                )
        finally:
            self._busy = False
        self.restyle()

    def restyle(self) -> None:
        sheet = app_stylesheet()
        if sheet != self._sheet:
            self._sheet = sheet
            self._app.setStyleSheet(sheet)
        theme.notify_changed()
        log.debug("theme: %s, dark=%s", self.scheme.value, theme.is_dark())


_watchers: list[ThemeWatcher] = []


def watcher() -> ThemeWatcher:
    """The application's watcher, made on first use (needs the QApplication)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("the theme needs a QApplication")
    if not _watchers or _watchers[0].parent() is not app:
        _watchers[:] = [ThemeWatcher(app)]
    return _watchers[0]


def follow_setting(value: Theme) -> None:
    """Apply the `theme` setting (a word such as "dark" is taken as its member)."""
    watcher().set_scheme(Theme(value))


def _tr(text: str) -> str:
    return QCoreApplication.translate("Theme", text)


def theme_choice(current: Theme, parent: QWidget) -> QComboBox:
    """The `theme` setting's control for the Settings dialog (its value: currentData())."""
    combo = QComboBox(parent)
    combo.addItem(_tr("Follow the system"), Theme.SYSTEM.value)
    combo.addItem(_tr("Light"), Theme.LIGHT.value)
    combo.addItem(_tr("Dark"), Theme.DARK.value)
    combo.setCurrentIndex(max(0, combo.findData(current.value)))
    combo.setAccessibleName(_tr("Light or dark"))
    return combo
