"""Find what a narrow window cuts off or piles up.

`layout_problems(window)` walks the visible widgets of a window and reports:
- a label (not word-wrapped) or a button narrower than the width its text needs (its sizeHint):
  Qt clips such text without an ellipsis, so the end of it is lost;
- any widget squeezed below its minimumSizeHint;
- a widget reaching outside its parent (cut off at the parent's edge);
- two visible siblings managed by the same layout whose rectangles overlap.
Inside scroll areas only the viewport's own edge is exempt (scrolling is how the rest is seen).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QLabel,
    QMenuBar,
    QScrollBar,
    QSizeGrip,
    QStackedWidget,
    QWidget,
)


def _name(widget: QWidget) -> str:
    text = ""
    if isinstance(widget, (QLabel, QAbstractButton)):
        text = f" {widget.text()[:30]!r}"
    where = widget.objectName() or type(widget.parentWidget()).__name__
    return f"{type(widget).__name__}{text} ({where})"


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _in_layout(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    layout = parent.layout() if parent is not None else None
    return layout is not None and _nested_index(layout, widget)


def _nested_index(layout, widget: QWidget) -> bool:
    for i in range(layout.count()):
        item = layout.itemAt(i)
        if item.widget() is widget:
            return True
        if item.layout() is not None and _nested_index(item.layout(), widget):
            return True
    return False


def layout_problems(window: QWidget) -> list[str]:
    problems: list[str] = []
    widgets = [w for w in window.findChildren(QWidget) if w.isVisible() and not w.isWindow()]
    for w in widgets:
        if isinstance(w, (QScrollBar, QSizeGrip, QMenuBar)) or w.width() == 0:
            continue
        scrolled = _in_scroll_area(w)
        plain_label = isinstance(w, QLabel) and not w.wordWrap() and w.pixmap().isNull()
        has_text = isinstance(w, (QLabel, QAbstractButton)) and bool(w.text())
        texty = has_text and (plain_label or isinstance(w, QAbstractButton))
        needs = w.sizeHint().width() if texty else 0
        if needs and w.width() < needs:
            problems.append(f"{_name(w)} is {w.width()} px wide, its text needs {needs}")
        elif w.width() < w.minimumSizeHint().width() and not isinstance(w, QStackedWidget):
            problems.append(
                f"{_name(w)} squeezed to {w.width()} px, "
                f"below its minimum {w.minimumSizeHint().width()}"
            )
        parent = w.parentWidget()
        if (
            parent is not None
            and not scrolled
            and _in_layout(w)
            and w.geometry().right() > parent.rect().right() + 1
        ):
            problems.append(
                f"{_name(w)} reaches {w.geometry().right() - parent.rect().right()}"
                " px past its parent's edge"
            )
    for parent in {w.parentWidget() for w in widgets}:
        if parent is None or isinstance(parent, QStackedWidget):
            continue
        siblings = [w for w in widgets if w.parentWidget() is parent and _in_layout(w)]
        for i, a in enumerate(siblings):
            for b in siblings[i + 1 :]:
                overlap = a.geometry().intersected(b.geometry())
                if overlap.width() > 1 and overlap.height() > 1:
                    problems.append(
                        f"{_name(a)} and {_name(b)} overlap by "
                        f"{overlap.width()}x{overlap.height()} px"
                    )
    return problems
