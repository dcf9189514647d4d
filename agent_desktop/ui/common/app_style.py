"""The application's style sheet: a visible keyboard-focus border on every kind of tab stop.

Set on the QApplication (ui/common/theme_scheme.py), so dialogs and message boxes have it as well as
the window. Each control keeps the same box whether focused or not: the unfocused state has a border
as wide as the focus ring (transparent or a hairline plus padding), so focus never shifts the
layout. Colours come from the palette in force; the window's own sheet (menus.stylesheet) adds the
window's shapes on top.
"""

from __future__ import annotations

from PySide6.QtGui import QPalette

from agent_desktop.ui.common import theme

RING = 2  # px: WCAG 2.4.11 asks for a focus indicator at least 2 px thick


def app_stylesheet(pal: QPalette | None = None) -> str:
    pal = pal or theme.palette()
    ring = theme.css(theme.focus_ring(pal))
    line = theme.css(theme.field_line(pal))
    base = theme.css(pal.color(QPalette.ColorRole.Base))
    text = theme.css(pal.color(QPalette.ColorRole.Text))
    button = theme.css(pal.color(QPalette.ColorRole.Button))
    button_text = theme.css(pal.color(QPalette.ColorRole.ButtonText))
    hover = theme.css(
        theme.mix(
            pal.color(QPalette.ColorRole.Button), pal.color(QPalette.ColorRole.Highlight), 0.12
        )
    )
    pressed = theme.css(
        theme.mix(
            pal.color(QPalette.ColorRole.Button), pal.color(QPalette.ColorRole.WindowText), 0.12
        )
    )
    off = theme.css(
        theme.mix(
            pal.color(QPalette.ColorRole.WindowText), pal.color(QPalette.ColorRole.Window), 0.55
        )
    )
    return f"""
        QLineEdit, QAbstractSpinBox, QComboBox {{
            background: {base}; color: {text}; border: 1px solid {line}; border-radius: 4px;
            padding: 4px 6px; min-height: 18px; }}
        QComboBox {{ padding-right: 20px; }}
        QComboBox::drop-down {{ width: 16px; right: 3px; height: 16px;
            subcontrol-origin: padding; subcontrol-position: center right; }}
        QLineEdit:focus, QAbstractSpinBox:focus, QComboBox:focus {{
            border: {RING}px solid {ring}; padding: 3px 5px; }}
        QComboBox:focus {{ padding-right: 19px; }}
        QAbstractSpinBox {{ padding: 3px 22px 3px 6px; }}
        QAbstractSpinBox:focus {{ padding: 2px 21px 2px 5px; }}
        QAbstractSpinBox QLineEdit, QAbstractSpinBox QLineEdit:focus {{ border: none;
            padding: 0px; background: transparent; }}
        QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{ subcontrol-origin: border;
            width: 16px; right: 3px; }}
        QAbstractSpinBox::up-button {{ subcontrol-position: top right; top: 3px; }}
        QAbstractSpinBox::down-button {{ subcontrol-position: bottom right; bottom: 3px; }}
        QLineEdit:disabled, QAbstractSpinBox:disabled, QComboBox:disabled {{ color: {off}; }}
        QPushButton {{ background: {button}; color: {button_text}; border: 1px solid {line};
            border-radius: 6px; padding: 5px 14px; }}
        QPushButton:hover {{ background: {hover}; }}
        QPushButton:pressed {{ background: {pressed}; }}
        QPushButton:focus {{ border: {RING}px solid {ring}; padding: 4px 13px; }}
        QPushButton:disabled {{ color: {off}; }}
        QToolButton {{ border: {RING}px solid transparent; border-radius: 5px; padding: 2px; }}
        QToolButton:hover {{ background: {hover}; }}
        QToolButton:focus {{ border-color: {ring}; }}
        QCheckBox, QRadioButton {{ border: {RING}px solid transparent; border-radius: 4px;
            padding: 1px 3px; }}
        QCheckBox:focus, QRadioButton:focus {{ border-color: {ring}; }}
        QAbstractItemView {{ border: 1px solid {line}; padding: 1px; }}
        QAbstractItemView:focus {{ border: {RING}px solid {ring}; padding: 0px; }}
        QLabel:focus {{ border: {RING}px solid {ring}; border-radius: 3px; }}
    """
