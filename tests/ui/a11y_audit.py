"""Find every keyboard-reachable control a screen reader could not name.

`unnamed_controls()` walks QApplication.topLevelWidgets() (the main window, dialogs, message
boxes; new windows are picked up without changes here) and every child widget, and reports each
control a keyboard user can reach (focus policy other than NoFocus, visible, enabled) whose
QAccessible interface has no name. Qt derives a name from a button's text or a label's buddy
(QFormLayout rows set the buddy); icon-only buttons and line edits without a buddy need an
accessibleName. Parts that pass their focus on (a spin box's line edit) are checked as the
control they belong to. Scroll areas and viewports that only hold other widgets are containers, not
controls: they are skipped.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QLabel,
    QMenuBar,
    QScrollArea,
    QScrollBar,
    QWidget,
)


def _describe(widget: QWidget) -> str:
    path = []
    current: QWidget | None = widget
    while current is not None:
        path.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return f"{type(widget).__name__} ({' < '.join(path[:4])})"


def _is_control(widget: QWidget) -> bool:
    if widget.focusPolicy() == Qt.FocusPolicy.NoFocus:
        return False
    if not (widget.isVisible() and widget.isEnabled()):
        return False
    if isinstance(widget, QScrollBar):
        return False  # reached by its view, never a tab stop of its own
    if isinstance(widget, QScrollArea):
        return False  # a container: its children are the controls
    if widget.focusProxy() is not None:
        return False  # a spin box's or combo box's own line edit: the box is the control
    parent = widget.parentWidget()
    # A scroll area's viewport is part of its view, not a control of its own.
    return not (isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget)


def _labelled(widget: QWidget) -> bool:
    top = widget.window()
    return bool(widget.accessibleName().strip()) or any(
        label.buddy() is widget and label.text().strip() for label in top.findChildren(QLabel)
    )


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    if interface is None or not interface.isValid():
        return ""
    if isinstance(widget, QComboBox) and not _labelled(widget):
        # On Linux a combo box's Name is its current value (the label is a relation): a value
        # says nothing about what is being chosen, so it needs a name or a label of its own.
        return ""
    return interface.text(QAccessible.Text.Name).strip()


def unnamed_controls(tops: list[QWidget] | None = None) -> list[str]:
    """One line per focusable, visible, enabled control without an accessible name."""
    problems = []
    for top in tops if tops is not None else QApplication.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            if _is_control(widget) and not accessible_name(widget):
                problems.append(_describe(widget))
    return problems


def controls(tops: list[QWidget] | None = None) -> list[QWidget]:
    """Every control the audit would check (so a test can tell it did look at something)."""
    found = []
    for top in tops if tops is not None else QApplication.topLevelWidgets():
        found.extend(w for w in [top, *top.findChildren(QWidget)] if _is_control(w))
    return found


def _mnemonic(text: str) -> str:
    """The letter after a single '&' ('&&' is a literal ampersand), upper-case; else ""."""
    i = 0
    while i < len(text) - 1:
        if text[i] == "&":
            if text[i + 1] != "&":
                return text[i + 1].upper()
            i += 1
        i += 1
    return ""


def mnemonic_clashes(top: QWidget) -> list[str]:
    """Alt+letter keys claimed twice in one window (menu titles, visible buttons, labels with a
    buddy): Qt then cycles between them instead of acting, so the menu does not open."""
    claims: dict[str, list[str]] = {}
    bar = top.findChild(QMenuBar)
    if bar is not None:
        for action in bar.actions():
            if _mnemonic(action.text()):
                claims.setdefault(_mnemonic(action.text()), []).append(f"menu {action.text()!r}")
    for widget in top.findChildren(QWidget):
        if widget.window() is not top or not widget.isVisible():
            continue
        if isinstance(widget, QAbstractButton) or (isinstance(widget, QLabel) and widget.buddy()):
            letter = _mnemonic(widget.text())
            if letter:
                claims.setdefault(letter, []).append(f"{type(widget).__name__} {widget.text()!r}")
    return [
        f"Alt+{letter}: {', '.join(owners)}"
        for letter, owners in sorted(claims.items())
        if len(owners) > 1
    ]
