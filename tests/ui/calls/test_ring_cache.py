"""A repeat ring costs no request; a contact created for the number is found at the next ring."""

from __future__ import annotations

import pytest

from agent_desktop.core.calls.events import CallEvent, EventKind

WAIT = 10000
JAMES_ID = "2916509f-f188-42d8-ab0e-a27bcb20d70d"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _ring_and_end(qtbot, window, clock, number):
    rung: list = []
    window.calls.ringing.connect(rung.append)
    with qtbot.waitSignal(
        window.controller.lookup.found,
        timeout=WAIT,
        check_params_cb=lambda call_id, _number, _f: bool(rung) and call_id == rung[0].id,
    ) as blocker:
        window.controller.handle_event(CallEvent(EventKind.RING, number))
    window.calls.ringing.disconnect(rung.append)
    window.controller.handle_event(CallEvent(EventKind.END, number))
    clock.advance(30)  # the next ring is a call of its own, not a late event of this one
    return blocker.args[2]


def test_a_repeat_ring_in_another_spelling_asks_the_server_nothing(
    qtbot, sandbox, make_window, clock
):
    window = make_window(sandbox.base_url)
    first = _ring_and_end(qtbot, window, clock, "072 123 4567")
    asked = sandbox.request_count("/calls/record")
    again = _ring_and_end(qtbot, window, clock, "+27721234567")
    assert [c.id for c in first] == [c.id for c in again] == [JAMES_ID]
    assert asked >= 1 and sandbox.request_count("/calls/record") == asked


def test_a_contact_created_for_an_unknown_number_is_found_at_its_next_ring(
    qtbot, sandbox, make_window, clock
):
    window = make_window(sandbox.base_url)
    assert _ring_and_end(qtbot, window, clock, "083 555 9876") == []
    assert _ring_and_end(qtbot, window, clock, "083 555 9876") == []  # remembered: no request
    asked = sandbox.request_count("/calls/record")
    window.search.edit.setText("083 555 9876")
    window.menu_actions.new_contact.trigger()
    panel = window.create_panel
    qtbot.keyClicks(panel.first, "Lerato")
    qtbot.keyClicks(panel.last, "Dlamini")
    with qtbot.waitSignal(panel.created, timeout=WAIT):
        panel.submit()
    found = _ring_and_end(qtbot, window, clock, "083 555 9876")
    assert [c.firstname for c in found] == ["Lerato"]
    assert sandbox.request_count("/calls/record") > asked
