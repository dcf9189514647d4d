"""Colour maths for legibility: mixing, WCAG relative luminance and contrast, and moving a colour
until it reads on a background. No palette here: ui/common/theme.py applies these to the one in
force."""

from __future__ import annotations

from PySide6.QtGui import QColor


def mix(a: QColor, b: QColor, amount: float) -> QColor:
    """`amount` of b over a (0 = a, 1 = b)."""
    return QColor.fromRgbF(
        a.redF() + (b.redF() - a.redF()) * amount,
        a.greenF() + (b.greenF() - a.greenF()) * amount,
        a.blueF() + (b.blueF() - a.blueF()) * amount,
    )


def luminance(color: QColor) -> float:
    """WCAG relative luminance."""

    def channel(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(color.redF())
        + 0.7152 * channel(color.greenF())
        + 0.0722 * channel(color.blueF())
    )


def contrast(a: QColor, b: QColor) -> float:
    """WCAG contrast ratio (1 to 21); text needs 4.5, focus rings and icons 3."""
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


def readable(color: QColor, on: QColor, ratio: float = 4.5) -> QColor:
    """`color`, moved towards black or white (whichever contrasts with `on`) until it reaches
    `ratio` against `on`: the hue stays, the reading does not depend on the palette's luck."""
    target = QColor("#000000") if luminance(on) > 0.18 else QColor("#ffffff")
    step, result = 0.0, QColor(color)
    while contrast(result, on) < ratio and step < 1.0:
        step += 0.05
        result = mix(color, target, step)
    return result
