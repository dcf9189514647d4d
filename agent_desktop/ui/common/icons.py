"""Line icons drawn from small SVG paths in the palette's text colour.

Drawing at paint time (a QIconEngine) keeps them crisp at any device-pixel ratio and lets them
follow a light/dark palette switch, which bitmap or theme icons would not on every desktop.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QLabel

from agent_desktop.ui.common import theme

_PHONE = (
    "M5 3.5h3.5l1.8 4.6-2.3 1.5a11 11 0 0 0 5.4 5.4l1.5-2.3 4.6 1.8V18a2 2 0 0 1-2 2"
    "A15.5 15.5 0 0 1 3 5.5a2 2 0 0 1 2-2z"
)

# 24x24 design grid, stroked, round joins. Bodies only: the <svg> wrapper is added below.
GLYPHS: dict[str, str] = {
    "search": '<circle cx="10.5" cy="10.5" r="6.5"/><path d="M20 20l-4.8-4.8"/>',
    "phone": f'<path d="{_PHONE}"/>',
    "call-start": f'<path d="{_PHONE}"/><path d="M15 4.5h5.5M17.75 2v5"/>',
    "call-in": f'<path d="{_PHONE}"/><path d="M21 3l-6 6M15 4v5h5"/>',
    "call-out": f'<path d="{_PHONE}"/><path d="M15 9l6-6M16 3h5v5"/>',
    "call-missed": f'<path d="{_PHONE}"/><path d="M15 3l6 6M21 3l-6 6"/>',
    "call-end": f'<g transform="rotate(135 12 12)"><path d="{_PHONE}"/></g>',
    "mail": '<rect x="3" y="5" width="18" height="14" rx="2"/><path d="M3.5 7l8.5 6 8.5-6"/>',
    "copy": '<rect x="9" y="9" width="11" height="11" rx="2"/>'
    '<path d="M5.5 15H5a1.5 1.5 0 0 1-1.5-1.5v-8A1.5 1.5 0 0 1 5 4h8.5A1.5 1.5 0 0 1 15 5.5V6"/>',
    "user": '<circle cx="12" cy="8" r="4"/><path d="M4 21v-.5A6.5 6.5 0 0 1 10.5 14h3'
    'A6.5 6.5 0 0 1 20 20.5v.5"/>',
    "user-plus": '<circle cx="9" cy="8" r="4"/><path d="M2 21v-.5A6.5 6.5 0 0 1 8.5 14h1'
    'A6.5 6.5 0 0 1 16 20.5v.5"/><path d="M19 8v6M16 11h6"/>',
    "send": '<path d="M21 3L10.5 13.5"/><path d="M21 3l-6.5 18-4-7.5-7.5-4z"/>',
    "settings": '<path d="M4 21v-7M4 10V3M12 21v-9M12 8V3M20 21v-5M20 12V3'
    'M1.5 14h5M9.5 8h5M17.5 16h5"/>',
    "check": '<path d="M20 6.5L9.5 17 4 11.5"/>',
    "warning": '<path d="M12 3.5L2.5 20h19z"/><path d="M12 10v4.5M12 17.2v.3"/>',
    "info": '<circle cx="12" cy="12" r="9"/><path d="M12 11v6M12 7.6v.3"/>',
    "retry": '<path d="M20.5 12a8.5 8.5 0 1 1-2.5-6L20.5 8.5"/><path d="M20.5 3.5v5h-5"/>',
    "close": '<path d="M18 6L6 18M6 6l12 12"/>',
    "inbox": '<path d="M3 13h5l1.5 3h5l1.5-3h5"/>'
    '<path d="M6 4.5h12l3 8.5v5.5a1.5 1.5 0 0 1-1.5 1.5h-15A1.5 1.5 0 0 1 3 18.5V13z"/>',
    "clock": '<circle cx="12" cy="12" r="9"/><path d="M12 7v5l3.5 2"/>',
    "keyboard": '<rect x="2" y="6" width="20" height="12" rx="2"/>'
    '<path d="M6 10h.01M10 10h.01M14 10h.01M18 10h.01M7 14h10"/>',
    "eye": '<path d="M1.5 12S5.5 5 12 5s10.5 7 10.5 7-4 7-10.5 7S1.5 12 1.5 12z"/>'
    '<circle cx="12" cy="12" r="3"/>',
    "eye-off": '<path d="M1.5 12S5.5 5 12 5s10.5 7 10.5 7-4 7-10.5 7S1.5 12 1.5 12z"/>'
    '<circle cx="12" cy="12" r="3"/><path d="M3 3l18 18"/>',
    "building": '<rect x="4" y="3" width="16" height="18" rx="1.5"/>'
    '<path d="M8 7h2M14 7h2M8 11h2M14 11h2M8 15h2M14 15h2M10 21v-3h4v3"/>',
    "link": '<path d="M10 14a5 5 0 0 0 7 0l3-3a5 5 0 0 0-7-7l-1 1"/>'
    '<path d="M14 10a5 5 0 0 0-7 0l-3 3a5 5 0 0 0 7 7l1-1"/>',
}


def _svg(name: str, color: QColor, stroke: float) -> bytes:
    body = GLYPHS[name]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" '
        f'stroke="{color.name()}" stroke-width="{stroke}" stroke-linecap="round" '
        f'stroke-linejoin="round">{body}</svg>'
    ).encode()


class GlyphEngine(QIconEngine):
    """Paints one glyph; the colour comes from the palette at paint time unless fixed by hue."""

    def __init__(
        self, name: str, hue: int | None = None, stroke: float = 1.8, on_accent: bool = False
    ) -> None:
        super().__init__()
        if name not in GLYPHS:
            raise KeyError(name)
        self._name = name
        self._hue = hue
        self._on_accent = on_accent  # drawn on a coloured button: use the highlighted-text colour
        self._stroke = stroke
        self._renderers: dict[tuple[str, float], QSvgRenderer] = {}

    def _color(self, mode: QIcon.Mode) -> QColor:
        pal = theme.palette()
        if mode == QIcon.Mode.Disabled:
            return theme.mix(
                pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window), 0.6
            )
        if mode == QIcon.Mode.Selected or self._on_accent:
            return pal.color(QPalette.ColorRole.HighlightedText)
        if self._hue is not None:
            return theme.accent(self._hue, pal)
        return pal.color(QPalette.ColorRole.WindowText)

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        color = self._color(mode)
        key = (color.name(), self._stroke)
        renderer = self._renderers.get(key)
        if renderer is None:
            renderer = QSvgRenderer(QByteArray(_svg(self._name, color, self._stroke)))
            self._renderers[key] = renderer
        renderer.render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return self.scaledPixmap(size, mode, state, 1.0)

    def scaledPixmap(
        self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float
    ) -> QPixmap:
        pm = QPixmap(size * scale)
        pm.setDevicePixelRatio(scale)
        pm.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pm)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.paint(painter, QRect(0, 0, size.width(), size.height()), mode, state)
        painter.end()
        return pm

    def clone(self) -> QIconEngine:
        return GlyphEngine(self._name, self._hue, self._stroke, self._on_accent)


def icon(name: str, hue: int | None = None, *, on_accent: bool = False) -> QIcon:
    """A palette-coloured line icon; `hue` tints it (see theme.HUE_*); `on_accent` for icons on
    a filled (primary, start/end call) button."""
    return QIcon(GlyphEngine(name, hue, on_accent=on_accent))


def show_icon(label: QLabel, glyph: QIcon, size: QSize) -> None:
    """Put `glyph` on `label` as a pixmap, painted again in the new colours after a light/dark
    switch (a pixmap keeps the colours it was painted in)."""
    label.setPixmap(glyph.pixmap(size))
    theme.on_change(label, lambda: label.setPixmap(glyph.pixmap(size)), "icon")


def set_role(button, role: str) -> None:
    """Mark a button "primary", "start" or "end" for the window's style sheet."""
    button.setProperty("role", role)
    button.style().unpolish(button)
    button.style().polish(button)
