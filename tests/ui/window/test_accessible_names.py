"""Every control a keyboard user can reach has a name a screen reader reads out, and no Alt+letter
is claimed twice, in every state of the window and in every dialog it opens (the walk is
tests/ui/a11y_audit.py)."""

from __future__ import annotations

import pytest
from a11y_audit import controls, mnemonic_clashes, unnamed_controls
from PySide6.QtWidgets import QApplication, QMessageBox

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
    email="james@may.com",
    entity_type=EntityType.ACCOUNT,
    entity_type_raw="Account",
)


def _audit(where: str, seen: dict[str, int]) -> list[str]:
    QApplication.processEvents()
    seen[where] = len(controls())
    clashes = [
        c
        for top in QApplication.topLevelWidgets()
        if top.isVisible()
        for c in mnemonic_clashes(top)
    ]
    return [f"{where}: {problem}" for problem in unnamed_controls() + clashes]


def test_every_focusable_control_has_an_accessible_name(qtbot, sandbox, make_window, clock):
    window = make_window(sandbox.base_url)
    seen: dict[str, int] = {}
    problems = _audit("empty", seen)

    window.show_contact(JAMES)
    problems += _audit("contact open", seen)

    window.controller.handle_event(CallEvent(EventKind.RING, "0721234567"))
    qtbot.waitUntil(lambda: window.call_panel.property("state") == "ringing", timeout=WAIT)
    problems += _audit("ringing", seen)

    window.controller.handle_event(CallEvent(EventKind.ANSWER, "0721234567"))
    qtbot.waitUntil(lambda: window.call_panel.running, timeout=WAIT)
    problems += _audit("call running", seen)

    clock.advance(61)
    window.controller.handle_event(CallEvent(EventKind.END, "0721234567"))
    qtbot.waitUntil(lambda: window.stack.currentWidget() is window.review, timeout=WAIT)
    problems += _audit("review", seen)

    window.new_contact("0821234567")
    problems += _audit("new contact", seen)
    window.back_to_contact()

    window.open_settings()
    dialog = window.settings_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT)
    problems += _audit("settings", seen)
    dialog.reject()

    # A log SwitchTransact refuses: the outbox list and its editor.
    window.stack.setCurrentWidget(window.empty)
    window.search.edit.setText("")
    window.toggle_call()
    clock.advance(30)
    window.toggle_call()
    window.send_log()
    qtbot.waitUntil(lambda: window.outbox.summary.attention == 1, timeout=WAIT)
    problems += _audit("refused log", seen)
    window.outbox_view.open_dialog()
    outbox = window.outbox_view.dialog
    qtbot.waitUntil(lambda: outbox.isVisible() and len(outbox.entries) >= 1, timeout=WAIT)
    problems += _audit("outbox", seen)
    outbox.edit_button.click()
    qtbot.waitUntil(lambda: outbox.editor is not None and outbox.editor.isVisible(), timeout=WAIT)
    problems += _audit("entry editor", seen)
    outbox.editor.reject()

    outbox.discard_button.click()  # the confirmation box the app shows
    qtbot.waitUntil(lambda: outbox.confirm is not None and outbox.confirm.isVisible(), timeout=WAIT)
    problems += _audit("discard confirmation", seen)
    outbox.confirm.button(QMessageBox.StandardButton.Cancel).click()
    outbox.close()

    window.errors.report(RuntimeError("boom"), "RuntimeError: boom")
    qtbot.waitUntil(
        lambda: window.errors._box is not None and window.errors._box.isVisible(), timeout=WAIT
    )
    problems += _audit("error message", seen)
    window.errors._box.close()

    window.menu_actions.shortcuts.trigger()
    problems += _audit("keyboard shortcuts", seen)

    assert all(count >= 3 for count in seen.values()), seen  # the walk did find the controls
    assert problems == []
