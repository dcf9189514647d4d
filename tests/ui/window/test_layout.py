"""At 420 px wide nothing is cut off or piled up, in every state of the window; at wide sizes
values stay next to their buttons (the content column is capped and centred)."""

from __future__ import annotations

import pytest
from layout_audit import layout_problems
from PySide6.QtWidgets import QApplication, QWidget

from agent_desktop.core.api.models import Contact, EntityType
from agent_desktop.core.calls.events import CallEvent, EventKind

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
WAIT = 10000
JAMES = Contact(
    id="2916509f-f188-42d8-ab0e-a27bcb20d70d",
    firstname="James",
    lastname="May",
    customer_number="3008821",
    company="My Company name",
    mobilephone="+27721234567",
    businessphone="+27215550100",
    email="james.may@a-rather-long-company-domain.example",
    entity_type=EntityType.ACCOUNT,
    entity_type_raw="Account",
)


def _states(qtbot, window, clock):
    """Drive the window through its states; yields each state's name."""
    yield "empty"
    window.show_contact(JAMES)
    yield "contact open"
    window.controller.handle_event(CallEvent(EventKind.RING, "0721234567"))
    qtbot.waitUntil(lambda: window.call_panel.property("state") == "ringing", timeout=WAIT)
    yield "ringing"
    window.controller.handle_event(CallEvent(EventKind.ANSWER, "0721234567"))
    qtbot.waitUntil(lambda: window.call_panel.running, timeout=WAIT)
    yield "call running"
    clock.advance(61)
    window.controller.handle_event(CallEvent(EventKind.END, "0721234567"))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.review, timeout=WAIT)
    yield "review"
    window.new_contact("0821234567")
    yield "new contact"


def test_at_420_px_nothing_is_cut_off_or_overlaps(qtbot, sandbox, make_window, clock):
    window = make_window(sandbox.base_url)
    problems = []
    for state in _states(qtbot, window, clock):
        window.resize(420, 700)
        QApplication.processEvents()
        assert window.width() == 420
        problems += [f"{state}: {p}" for p in layout_problems(window)]
    assert problems == []


def _column(window):
    """The horizontal extent of what the card area shows (labels, values, buttons)."""
    page = window.stack.currentWidget()
    shown = [w for w in page.findChildren(QWidget) if w.isVisible() and w.width() > 0]
    lefts = [w.mapTo(window, w.rect().topLeft()).x() for w in shown]
    rights = [w.mapTo(window, w.rect().topRight()).x() for w in shown]
    return min(lefts), max(rights)


def test_at_1280_px_values_stay_next_to_their_buttons(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    window.show_contact(JAMES)
    window.resize(1280, 800)
    QApplication.processEvents()
    left, right = _column(window)
    assert right - left <= 760  # a column a person reads, not the width of the screen
    assert abs((left + right) / 2 - window.width() / 2) < 40  # centred
    row = window.contact_panel.rows["mobilephone"]
    gap = (
        row.copy.mapTo(window, row.copy.rect().topLeft()).x()
        - row.value.mapTo(window, row.value.rect().topLeft()).x()
    )
    assert gap <= 600  # was 1200 across a full-width window
    assert layout_problems(window) == []


def test_the_audit_finds_cut_text_and_overlaps(qtbot):
    from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton

    box = QWidget()
    qtbot.addWidget(box)
    layout = QHBoxLayout(box)
    label = QLabel("a label whose text is far too long for the box it sits in", box)
    label.setMinimumWidth(1)
    layout.addWidget(label)
    layout.addWidget(QPushButton("Button", box))
    box.show()
    box.resize(200, 40)
    label.setGeometry(0, 0, 120, 20)
    layout.itemAt(1).widget().setGeometry(100, 0, 80, 20)  # on top of the label's end
    problems = layout_problems(box)
    assert any("its text needs" in p for p in problems)
    assert any("overlap" in p for p in problems)
