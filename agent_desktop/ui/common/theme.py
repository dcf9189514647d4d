"""Colours, fonts and spacing derived from the system palette, so light and dark both work.

Nothing here hard-codes a foreground/background pair: colours are mixed from the palette in force,
and accent hues (entity badges, state dots) pick their lightness from whether the palette is dark.
A colour worked out once and kept (a tinted label, an icon's pixmap, HTML with a colour in it) is
recomputed after a light/dark switch by a callback registered with `on_change` (the one registry:
ui/common/theme_scheme.py calls `notify_changed` when the palette changes).
"""

from __future__ import annotations

from collections.abc import Callable

import shiboken6
from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QWidget

from agent_desktop.core.api.models import EntityType
from agent_desktop.ui.common.contrast import contrast, luminance, mix, readable

__all__ = ["contrast", "luminance", "mix", "readable"]  # the colour maths, used as theme.mix etc.

# Spacing in device-independent pixels (Qt scales them on high-DPI screens).
GAP = 8
GAP_L = 16
MARGIN = 14

# Hues (0-359) for things that need telling apart at a glance.
_ENTITY_HUES = {
    EntityType.ACCOUNT: 215,  # blue
    EntityType.CONTACT: 150,  # green
    EntityType.LEAD: 32,  # amber
    EntityType.UNKNOWN: -1,  # grey
}
HUE_OK = 140
HUE_WARN = 35
HUE_ERROR = 0
HUE_INFO = 210


# id(owner) -> (owner, {key: callback}); an owner's entry goes when the owner is destroyed.
_listeners: dict[int, tuple[QObject, dict[str, Callable[[], None]]]] = {}
_sheet_listeners: dict[int, tuple[QObject, dict[str, Callable[[], None]]]] = {}


def on_change(
    owner: QObject, callback: Callable[[], None], key: str = "", *, style_sheet: bool = False
) -> None:
    """Run `callback` after every theme change while `owner` lives. Registering again with the
    same owner and key replaces the earlier callback (a label whose icon changes keeps one).
    `style_sheet` callbacks run first: setting a style sheet re-polishes the widgets under it,
    which puts back the palettes they had, so colours set by palette must come after."""
    ident = id(owner)
    table = _sheet_listeners if style_sheet else _listeners
    entry = table.get(ident)
    if entry is None:
        entry = (owner, {})
        table[ident] = entry
        owner.destroyed.connect(lambda *_: table.pop(ident, None))
    entry[1][key] = callback


def notify_changed() -> None:
    """The palette in force changed: every registered colour is worked out again."""
    for table in (_sheet_listeners, _listeners):
        for owner, callbacks in list(table.values()):
            if shiboken6.isValid(owner):
                for callback in list(callbacks.values()):
                    callback()


def listener_count() -> int:
    return sum(
        len(callbacks)
        for table in (_sheet_listeners, _listeners)
        for _owner, callbacks in table.values()
    )


def field_line(pal: QPalette | None = None) -> QColor:
    """The border of a field or button at rest: visible on the window, not loud."""
    pal = pal or palette()
    return mix(pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.WindowText), 0.38)


def focus_ring(pal: QPalette | None = None) -> QColor:
    """The keyboard-focus border: the highlight colour, made to differ 3:1 from what it replaces
    (the resting border) and from the window and field backgrounds round it."""
    pal = pal or palette()
    ring = pal.color(QPalette.ColorRole.Highlight)
    for background in (
        field_line(pal),
        pal.color(QPalette.ColorRole.Window),
        pal.color(QPalette.ColorRole.Base),
    ):
        ring = readable(ring, background, 3.0)
    return ring


def palette() -> QPalette:
    return QApplication.palette()


def is_dark(pal: QPalette | None = None) -> bool:
    pal = pal or palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def secondary_text(pal: QPalette | None = None) -> QColor:
    """Text that should recede (labels, hints): towards the background, still 4.5:1 on it."""
    pal = pal or palette()
    dim = mix(pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window), 0.42)
    return readable_everywhere(dim, pal)


def call_bar_background(hue: int, pal: QPalette | None = None) -> QColor:
    """The call bar's tint while ringing (HUE_WARN) or connected (HUE_OK)."""
    pal = pal or palette()
    return mix(surface(pal), tone(hue, pal)[0], 0.7 if hue == HUE_WARN else 0.6)


def text_backgrounds(pal: QPalette | None = None) -> list[QColor]:
    """Every background the window puts text on: window, cards, fields, the call bar's tints and
    the warning strips."""
    pal = pal or palette()
    return [
        pal.color(QPalette.ColorRole.Window),
        surface(pal),
        pal.color(QPalette.ColorRole.Base),
        call_bar_background(HUE_WARN, pal),
        call_bar_background(HUE_OK, pal),
        tone(HUE_WARN, pal)[0],
    ]


_readable_cache: dict[tuple[int, int, float], QColor] = {}


def readable_everywhere(color: QColor, pal: QPalette | None = None, ratio: float = 4.6) -> QColor:
    """`color`, darkened (light theme) or lightened (dark) until it reads on every background.
    Remembered per palette (a delegate asks for it on every paint)."""
    pal = pal or palette()
    key = (color.rgba(), pal.cacheKey(), ratio)
    cached = _readable_cache.get(key)
    if cached is None:
        cached = QColor(color)
        for background in text_backgrounds(pal):
            cached = readable(cached, background, ratio)
        if len(_readable_cache) > 512:
            _readable_cache.clear()
        _readable_cache[key] = cached
    return QColor(cached)


def muted(fg: QColor, bg: QColor) -> QColor:
    """A quieter version of `fg` on `bg` (a banner's detail line), still 4.5:1."""
    return readable(mix(fg, bg, 0.25), bg, 4.6)


def hairline(pal: QPalette | None = None) -> QColor:
    pal = pal or palette()
    return mix(pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.WindowText), 0.16)


def surface(pal: QPalette | None = None) -> QColor:
    """A card background slightly apart from the window background."""
    pal = pal or palette()
    return mix(pal.color(QPalette.ColorRole.Window), pal.color(QPalette.ColorRole.Base), 0.7)


def tone(hue: int, pal: QPalette | None = None) -> tuple[QColor, QColor]:
    """(background, foreground) for a tinted chip of `hue`; grey when hue < 0."""
    dark = is_dark(pal)
    sat = 0 if hue < 0 else 160
    h = max(hue, 0)
    if dark:
        bg, fg = QColor.fromHsl(h, sat // 2, 60), QColor.fromHsl(h, sat, 200)
    else:
        bg, fg = QColor.fromHsl(h, sat, 232), QColor.fromHsl(h, min(255, sat + 40), 70)
    return bg, readable(fg, bg, 6.0)  # room for a muted() detail line


def accent(hue: int, pal: QPalette | None = None) -> QColor:
    """A strong colour of `hue` readable on the window background (icons, dots, error text)."""
    strong = QColor.fromHsl(max(hue, 0), 0 if hue < 0 else 170, 170 if is_dark(pal) else 95)
    return readable_everywhere(strong, pal)


def solid(hue: int) -> QColor:
    """A saturated fill that carries white text in light and dark palettes alike."""
    return filled(QColor.fromHsl(max(hue, 0), 150 if hue >= 0 else 0, 92))


def filled(fill: QColor, on: QColor | None = None) -> QColor:
    """`fill` made dark (or light) enough for text of colour `on` (white unless said) to read on
    it at 4.5:1: buttons carrying text."""
    return readable(fill, on or QColor("#ffffff"), 4.6)


def entity_tone(kind: EntityType, pal: QPalette | None = None) -> tuple[QColor, QColor]:
    return tone(_ENTITY_HUES.get(kind, -1), pal)


def css(color: QColor) -> str:
    return color.name(QColor.NameFormat.HexArgb) if color.alpha() < 255 else color.name()


def scaled_font(base: QFont, factor: float, *, bold: bool = False) -> QFont:
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(round(base.pixelSize() * factor))
    if bold:
        font.setWeight(QFont.Weight.DemiBold)
    return font


def timer_font(base: QFont, factor: float = 2.0) -> QFont:
    """Fixed-width digits so the running timer does not jiggle."""
    fixed = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    fixed.setPointSizeF(size * factor)
    fixed.setWeight(QFont.Weight.Medium)
    return fixed


def set_secondary(widget: QWidget) -> None:
    """Dim a label's text via its palette (not a stylesheet), so a theme change still applies."""
    widget.setProperty("secondary", True)
    pal = QPalette(widget.palette())
    dim = secondary_text(palette())
    pal.setColor(QPalette.ColorRole.WindowText, dim)
    pal.setColor(QPalette.ColorRole.Text, dim)
    widget.setPalette(pal)


def small_font(base: QFont) -> QFont:
    return scaled_font(base, 0.88)
