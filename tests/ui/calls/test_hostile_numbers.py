"""Numbers as people and softphones really write them: a region before a national number, a
SIP name-addr caller id, digits of another script. Each finds the right contact in the real
window, and what reaches SwitchTransact is plain ASCII."""

from __future__ import annotations

import pytest

from agent_desktop.core.calls.events import CallEvent, EventKind

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

WAIT = 10000
JAMES_ID = "2916509f-f188-42d8-ab0e-a27bcb20d70d"
ARABIC_INDIC = "\u0660\u0667\u0662\u0661\u0662\u0663\u0664\u0665\u0666\u0667"  # 0721234567


def test_a_region_before_a_national_number_finds_the_contact(qtbot, sandbox, make_window):
    olivia = sandbox.add_contact(firstname="Olivia", lastname="Brown", mobilephone="+447700900123")
    window = make_window(sandbox.base_url)
    window.search.edit.setFocus()
    with qtbot.waitSignal(window.search.outcome_shown, timeout=WAIT) as shown:
        qtbot.keyClicks(window.search.edit, "GB 07700 900123")
    first = shown.args[0].suggestions[0]
    assert first.exact and first.contact.id == olivia["id"]


def _ring_and_log(qtbot, sandbox, window, clock, number):
    with qtbot.waitSignal(window.controller.lookup.found, timeout=WAIT):
        window.controller.handle_event(CallEvent(EventKind.RING, number))
    call = window.calls.book.current()
    clock.advance(3)
    window.controller.handle_event(CallEvent(EventKind.ANSWER, number))
    clock.advance(10)
    window.controller.handle_event(CallEvent(EventKind.END, number))
    window.review.send()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT)
    return call, sandbox.received_logs()[0]


@pytest.mark.parametrize("caller_id", ['"James" <sip:0721234567@pbx>', ARABIC_INDIC])
def test_a_caller_id_pops_the_contact_and_logs_ascii_digits(
    qtbot, sandbox, make_window, clock, caller_id
):
    window = make_window(sandbox.base_url)
    call, log = _ring_and_log(qtbot, sandbox, window, clock, caller_id)
    assert call.number == "0721234567"
    assert call.contact is not None and call.contact.id == JAMES_ID
    assert (log["EntityId"], log["Number"]) == (JAMES_ID, "0721234567")
    assert all(value.isascii() for value in log.values() if isinstance(value, str))
