"""At the window's minimum width (420 px), in each of the six languages, no label, button or
status message of a call's life is cut off: a label that shortens itself must carry the whole
text as its tooltip, and the status bar (which cuts without a tooltip) must fit every message
beside the Outbox button and the connection."""

from __future__ import annotations

import pytest
from layout_audit import layout_problems
from PySide6.QtWidgets import QLabel

from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.ui.app.translations import install_translations, remove_translations
from agent_desktop.ui.common.widgets import ElidedLabel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
WAIT = 10000
LANGUAGES = ("en", "de", "fr", "es", "pt_BR", "af")


def _event(window, kind, number):
    window.controller.handle_event(CallEvent(kind, number))


def _states(qtbot, window, clock):
    """A call's life, as the agent sees it; yields each state's name."""
    book = window.calls.book
    _event(window, EventKind.RING, "084 999 1111")  # unknown: the form in the middle
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.create_panel, timeout=WAIT)
    yield "unknown caller ringing"
    _event(window, EventKind.ANSWER, "084 999 1111")
    window.new_contact()
    yield "Ctrl+N during the call"
    _event(window, EventKind.RING, "021 555 0199")  # call waiting, a switchboard
    qtbot.waitUntil(
        lambda: (
            window.call_panel.waiting_label.isVisible()
            and "3" in window.call_panel.waiting_label.text()
        ),
        timeout=WAIT,
    )
    yield "call waiting"
    _event(window, EventKind.END, "084 999 1111")
    _event(window, EventKind.END, "021 555 0199")
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.review, timeout=WAIT)
    yield "review"
    window.send_log()
    qtbot.waitUntil(lambda: book.in_review() == [], timeout=WAIT)
    clock.advance(120)  # a new call, not a late event of the last one
    _event(window, EventKind.RING, "021 555 0199")  # the picker in the middle
    qtbot.waitUntil(
        lambda: (
            window.stack.currentWidget() is window.caller_choice
            and window.caller_choice.picker.isVisible()
        ),
        timeout=WAIT,
    )
    yield "switchboard ringing"
    _event(window, EventKind.END, "021 555 0199")
    clock.advance(120)
    _event(window, EventKind.RING, "072 123 4567")  # James: his card
    qtbot.waitUntil(
        lambda: book.current() is not None and book.current().contact is not None, timeout=WAIT
    )
    yield "known caller ringing"
    _event(window, EventKind.END, "072 123 4567")  # missed: logged without review
    qtbot.waitUntil(
        lambda: window.outbox.summary.waiting == 0 and not book.in_review(), timeout=WAIT
    )
    yield "missed call logged"


def _elided_without_tooltip(window) -> list[str]:
    found = []
    for label in window.findChildren(ElidedLabel):
        if not label.isVisible() or not label.text():
            continue
        shown = QLabel.text(label)
        if shown != label.text() and label.toolTip() == "":
            found.append(f"{label.accessibleName() or 'label'} {label.text()!r} cut, no tooltip")
    return found


def _status_room(window) -> int:
    """The width the status bar has for a message: up to its first permanent widget."""
    bar = window.statusBar()
    lefts = [w.x() for w in (window.outbox_view.button, window.state_indicator) if w.isVisible()]
    return (min(lefts) if lefts else bar.width()) - 12  # the bar's own margins


@pytest.mark.parametrize("language", LANGUAGES)
def test_at_420_px_nothing_is_cut_off_in_any_language(
    language, qapp, qtbot, sandbox, make_window, clock
):
    assert install_translations(qapp, language) == language
    try:
        window = make_window(sandbox.base_url)
        window.resize(420, 700)  # the minimum width, from the first message on
        qtbot.wait(50)
        bar = window.statusBar()
        # (the whole message, as drawn, its tooltip, the room it had when shown)
        shown: list[tuple[str, str, str, int]] = []
        bar.messageChanged.connect(
            lambda m: (
                m and shown.append((bar.currentMessage(), m, bar.toolTip(), _status_room(window)))
            )
        )
        problems: list[str] = []
        for state in _states(qtbot, window, clock):
            window.resize(420, 700)
            qtbot.wait(50)  # new rows (the unsent strip's) are laid out a turn later
            assert window.width() == 420
            problems += [f"{state}: {p}" for p in layout_problems(window)]
            problems += [f"{state}: {p}" for p in _elided_without_tooltip(window)]
        metrics = bar.fontMetrics()
        for whole, drawn, tip, room in dict.fromkeys(shown):
            if metrics.horizontalAdvance(drawn) > room:
                problems.append(f"status bar: {drawn!r} cut at {room} px")
            elif drawn != whole and whole not in tip:
                problems.append(f"status bar: {whole!r} shortened without a tooltip")
        assert shown, "the states showed no status message to measure"
        assert problems == [], "\n".join(problems)
    finally:
        remove_translations(qapp)
