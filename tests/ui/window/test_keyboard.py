"""The keyboard: Alt mnemonics open the menus from any field, every menu action has a shortcut
that its menu and its tooltip show, and every tab stop shows a focus border of at least 2 px."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QImage, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from agent_desktop.core.api.models import Contact, EntityType
from agent_desktop.ui.common import theme

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
WAIT = 10000
JAMES = Contact(
    id="2916509f-f188-42d8-ab0e-a27bcb20d70d",
    firstname="James",
    lastname="May",
    mobilephone="+27721234567",
    entity_type=EntityType.ACCOUNT,
    entity_type_raw="Account",
)


def _menus(window) -> list[QMenu]:
    return [a.menu() for a in window.menuBar().actions() if a.menu() is not None]


def _mnemonic(text: str) -> str:
    return text[text.index("&") + 1].upper()


@pytest.mark.parametrize("field", ["search", "number"])
def test_alt_mnemonics_open_the_menus_from_a_field(qtbot, sandbox, make_window, field):
    window = make_window(sandbox.base_url)  # configured: no Settings dialog in front
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    if field == "search":
        edit = window.search.edit
    else:
        window.new_contact()
        edit = window.create_panel.phone
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus, timeout=2000)
    qtbot.keyClicks(edit, "7")  # one character: no search starts, no suggestions open
    menus = _menus(window)
    assert len(menus) >= 4
    for menu in menus:
        letter = _mnemonic(menu.title())
        qtbot.keyClick(edit, getattr(Qt.Key, f"Key_{letter}"), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(menu.isVisible, timeout=2000)
        menu.hide()
        qtbot.waitUntil(
            lambda m=menu: not m.isVisible() and QApplication.activePopupWidget() is None,
            timeout=2000,
        )
        window.activateWindow()
        edit.setFocus()
        qtbot.waitUntil(lambda: window.isActiveWindow() and edit.hasFocus(), timeout=2000)
    assert edit.text() == "7"  # the mnemonics typed nothing


def test_every_menu_action_has_a_shortcut_shown_in_its_tooltip(sandbox, make_window):
    window = make_window(sandbox.base_url)
    actions: list[QAction] = []
    for menu in _menus(window):
        actions += [a for a in menu.actions() if not a.isSeparator()]
    assert len(actions) >= 10
    for action in actions:
        keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys, f"{action.text()!r} has no shortcut"
        assert f"({keys})" in action.toolTip(), action.toolTip()
        assert action in QWidget.actions(window)  # works with the menu bar closed or hidden


def _border_colours(image: QImage, depth: int) -> list[QColor]:
    """The pixels `depth` px in from the image's edge, four sides interleaved (corners
    skipped)."""
    w, h = image.width(), image.height()
    points = []
    for i in range(8):
        x = 8 + (w - 16) * i // 7
        y = 6 + (h - 12) * i // 7
        points += [(x, depth), (x, h - 1 - depth), (depth, y), (w - 1 - depth, y)]
    return [image.pixelColor(x, y) for x, y in points]


def _changed_ring(before: QImage, after: QImage, width: int) -> float:
    """The smallest change, as a contrast ratio between the unfocused and the focused pixel,
    over each of the `width` outermost rows of the box on each side (the median along a side,
    so a rounded corner does not decide)."""
    worst = 21.0
    for depth in range(width):
        a = _border_colours(before, depth)
        b = _border_colours(after, depth)
        for side in range(4):
            pairs = zip(a[side::4], b[side::4], strict=True)
            ratios = sorted(theme.contrast(x, y) for x, y in pairs)
            worst = min(worst, ratios[len(ratios) // 2])
    return worst


def _grab(widget: QWidget) -> QImage:
    QApplication.processEvents()
    return widget.grab().toImage()


def _check_ring(qtbot, widget: QWidget, away: QWidget, target: QWidget | None = None) -> None:
    """Focus `away`, grab `target` (default: the widget), focus the widget, grab again: a 2-px
    ring round the box changed colour by at least 3:1 on every side (WCAG 2.4.13)."""
    target = target or widget
    away.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(away.hasFocus, timeout=2000)
    before = _grab(target)
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=2000)
    after = _grab(target)
    assert before.size() == after.size(), f"{type(widget).__name__} changed size on focus"
    ratio = _changed_ring(before, after, 2)
    assert ratio >= 3.0, f"{type(widget).__name__}: focus ring contrast {ratio:.2f}"


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_every_kind_of_tab_stop_shows_a_2px_focus_border(qtbot, sandbox, make_window, scheme):
    from agent_desktop.ui.common import theme_scheme

    window = make_window(sandbox.base_url)
    theme_scheme.follow_setting(scheme)
    assert theme.is_dark() == (scheme == "dark")
    try:
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow, timeout=2000)
        window.show_contact(JAMES)
        name = window.contact_panel.name  # a label a keyboard user can select text in
        assert name.focusPolicy() != Qt.FocusPolicy.NoFocus
        _check_ring(qtbot, name, window.search.edit)
        copy = window.contact_panel.rows["mobilephone"].copy  # QToolButton
        _check_ring(qtbot, copy, window.search.edit)
        window.new_contact()
        panel = window.create_panel
        _check_ring(qtbot, panel.first, panel.last)  # QLineEdit
        _check_ring(qtbot, panel.cancel_button, panel.first)  # QPushButton
        panel.first.setText("Ada")
        panel.phone.setText("0721234567")
        _check_ring(qtbot, panel.submit_button, panel.first)  # the primary (filled) button
        _check_ring(qtbot, window.search.edit, panel.first, window.search)  # the search box
        window.back_to_contact()

        window.open_settings()
        dialog = window.settings_dialog
        qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
        dialog.activateWindow()
        _check_ring(qtbot, dialog.region, dialog.base_url)  # QComboBox
        _check_ring(qtbot, dialog.debounce, dialog.base_url)  # QSpinBox
        _check_ring(qtbot, dialog.connection_test.button, dialog.base_url)
        dialog.reject()

        window.outbox_view.open_dialog()
        outbox = window.outbox_view.dialog
        qtbot.waitUntil(outbox.isVisible, timeout=WAIT)
        outbox.activateWindow()
        _check_ring(qtbot, outbox.show_all, outbox.table)  # QCheckBox
        _check_ring(qtbot, outbox.table, outbox.show_all)  # a tree view
        outbox.close()
    finally:
        theme_scheme.follow_setting("system")
