"""Find every widget that would render untrusted data as markup.

`audit(hostile)` walks all of QApplication.topLevelWidgets() (windows, dialogs, message boxes,
popups, hidden ones too: a hidden page may have been on screen) and every child widget, and
reports each place where text carrying the hostile data would be interpreted by Qt as rich text:

- a QLabel whose text holds a hostile tag while its format is not PlainText (AutoText decides
  by the text itself, so data can switch it to rich text);
- rich text (a label in RichText, or Auto with Qt.mightBeRichText) that, rendered as Qt
  renders it (QTextDocument), has an image, a link or a heading that came from the data;
- a tooltip (a widget's, or an item's in any item view) that Qt would render as rich text
  with the data's markup in it: Qt shows a tooltip as rich text when mightBeRichText says so;
- data not on one line: any label, button, status message, window title, tooltip or item text
  holding the data with a control character (CR, tab, ESC, NEL, U+2028, a bidi override…), or
  with a line that starts with what followed a line break in the data (`forged_lines`).

Push buttons, line edits, combo boxes, window titles, the status bar and item text painted by
a delegate with drawText() always show plain text; they count only as places the data was seen.
New windows and dialogs are picked up without changes here.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import Qt as GuiQt  # the Qt namespace with its QtGui functions
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QLabel,
    QStatusBar,
    QWidget,
)


@dataclass(frozen=True)
class Hostile:
    """What only the hostile data carries: `marker` is visible text in every hostile value,
    `tags` raw markup, `hrefs` and `images` the targets of its links and images."""

    marker: str
    tags: tuple[str, ...]
    hrefs: tuple[str, ...]
    images: tuple[str, ...]
    # Text that follows a line break inside a hostile value: drawn at the start of a line, it
    # is a forged line ("FAKE: ok" under the heading).
    forged_lines: tuple[str, ...] = ()


@dataclass
class Findings:
    problems: list[str] = field(default_factory=list)
    seen: list[str] = field(default_factory=list)  # where the data was, safely shown or not


def audit(hostile: Hostile) -> Findings:
    findings = Findings()
    for top in QApplication.topLevelWidgets():
        for widget in [top, *top.findChildren(QWidget)]:
            _check_widget(widget, hostile, findings)
    return findings


def describe(widget: QWidget) -> str:
    names = []
    current: QWidget | None = widget
    while current is not None:
        names.append(current.objectName() or type(current).__name__)
        current = current.parentWidget()
    return "/".join(reversed(names))


# What must never reach the screen from data: C0 controls but the line feed our own two-line
# texts use (checked below for forged lines), DEL and C1, line and paragraph separators, and the
# bidi embeddings, overrides and isolates that reverse what follows them.
_UNSAFE = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


def _check_one_line(where: str, text: str, hostile: Hostile, findings: Findings) -> None:
    """Data shows on one line with nothing acting in it: no control characters, and no line
    that starts with what followed a break inside a hostile value."""
    if not text or (
        hostile.marker not in text and not any(forged in text for forged in hostile.forged_lines)
    ):
        return
    unsafe = sorted({f"U+{ord(ch):04X}" for ch in _UNSAFE.findall(text)})
    if unsafe:
        findings.problems.append(f"{where}: control characters {unsafe}: {text!r}")
    forged = [
        line
        for line in text.split("\n")
        if line.strip().startswith(hostile.forged_lines) and hostile.forged_lines
    ]
    if forged:
        findings.problems.append(f"{where}: a line of its own for {forged}: {text!r}")


def _check_widget(widget: QWidget, hostile: Hostile, findings: Findings) -> None:
    where = describe(widget)
    if isinstance(widget, QLabel):
        _check_text(
            f"{where} text", widget.text(), widget.textFormat(), hostile, findings, label=True
        )
        _check_one_line(f"{where} text", widget.text(), hostile, findings)
    elif isinstance(widget, QAbstractButton) and hostile.marker in widget.text():
        findings.seen.append(f"{where} button text")  # buttons never render markup
        _check_one_line(f"{where} button text", widget.text(), hostile, findings)
    elif isinstance(widget, QStatusBar) and hostile.marker in widget.currentMessage():
        findings.seen.append(f"{where} message")  # painted with drawText(): plain
        _check_one_line(f"{where} message", widget.currentMessage(), hostile, findings)
    if widget.isWindow():
        _check_one_line(f"{where} window title", widget.windowTitle(), hostile, findings)
    _check_text(f"{where} tooltip", widget.toolTip(), Qt.TextFormat.AutoText, hostile, findings)
    _check_one_line(
        f"{where} tooltip",
        _visible(widget.toolTip()) if GuiQt.mightBeRichText(widget.toolTip()) else widget.toolTip(),
        hostile,
        findings,
    )
    # A header view shares its table's model: walking it again would only repeat the table.
    if (
        isinstance(widget, QAbstractItemView)
        and not isinstance(widget, QHeaderView)
        and widget.model() is not None
    ):
        for index in _indexes(widget.model(), QModelIndex()):
            item = f"{where} item ({index.row()},{index.column()})"
            tip = index.data(Qt.ItemDataRole.ToolTipRole)
            if isinstance(tip, str):
                _check_text(f"{item} tooltip", tip, Qt.TextFormat.AutoText, hostile, findings)
                _check_one_line(
                    f"{item} tooltip",
                    _visible(tip) if GuiQt.mightBeRichText(tip) else tip,
                    hostile,
                    findings,
                )
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
                shown = index.data(role)
                if isinstance(shown, str):
                    _check_one_line(item, shown, hostile, findings)
            shown = index.data(Qt.ItemDataRole.DisplayRole)
            if isinstance(shown, str) and hostile.marker in shown:
                findings.seen.append(item)


def _indexes(model: QAbstractItemModel, parent: QModelIndex) -> Iterator[QModelIndex]:
    try:
        columns = model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount() private: one column
        columns = 1
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            yield index
            if column == 0 and model.rowCount(index):  # a tree: its children too
                yield from _indexes(model, index)


def _check_text(
    where: str,
    text: str,
    fmt: Qt.TextFormat,
    hostile: Hostile,
    findings: Findings,
    *,
    label: bool = False,
) -> None:
    if not text:
        return
    rich = fmt in (Qt.TextFormat.RichText, Qt.TextFormat.MarkdownText) or (
        fmt == Qt.TextFormat.AutoText and GuiQt.mightBeRichText(text)
    )
    raw_tags = [tag for tag in hostile.tags if tag in text]
    if raw_tags and fmt != Qt.TextFormat.PlainText and (rich or label):
        # A tooltip that is not rich shows its text as typed; a label in AutoText is one
        # change of data away from rich text, so it counts even when it happens to be plain.
        findings.problems.append(f"{where}: {fmt.name} with data markup {raw_tags}: {text!r}")
        findings.seen.append(where)
        return
    if rich:
        rendered = _rendered_problems(text, hostile)
        if rendered:
            findings.problems.append(f"{where}: renders {rendered}: {text!r}")
            findings.seen.append(where)
            return
    visible = _visible(text) if rich else text
    if hostile.marker in visible or hostile.marker in text:
        findings.seen.append(where)


def _visible(html: str) -> str:
    doc = QTextDocument()
    doc.setHtml(html)
    return doc.toPlainText()


def _rendered_problems(html: str, hostile: Hostile) -> list[str]:
    doc = QTextDocument()
    doc.setHtml(html)
    problems = []
    block = doc.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() > 0:
            problems.append(f"a heading {block.text()!r}")
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            fmt = fragment.charFormat()
            if fmt.isImageFormat():
                name = fmt.toImageFormat().name()
                if any(image in name for image in hostile.images):
                    problems.append(f"an image {name!r}")
            if fmt.isAnchor() and any(href in fmt.anchorHref() for href in hostile.hrefs):
                problems.append(f"a link to {fmt.anchorHref()!r}")
            it += 1
        block = block.next()
    return problems
