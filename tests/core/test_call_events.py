"""The softphone event line: round trips and refusals."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent_desktop.core.call_events import BadEvent, CallEvent, EventKind, instance_name


@pytest.mark.parametrize("event", [
    CallEvent(EventKind.RING, "+27 72 123 4567"),
    CallEvent(EventKind.ANSWER, "0721234567", outbound=True),
    CallEvent(EventKind.END),
    CallEvent(EventKind.SHOW),
    CallEvent(EventKind.RING, "Zoë's line 021"),
])
def test_round_trip(event):
    assert CallEvent.decode(event.encode()) == event


@pytest.mark.parametrize(("line", "message"), [
    (b"not json", "not JSON"),
    (b"[1, 2]", "not a JSON object"),
    (b'{"event": "explode"}', "Unknown event"),
    (b'{"event": "ring"}', "needs the caller's number"),
    (b'{"event": "ring", "number": 721234567}', "must be text"),
    (b'{"event": "ring", "number": "' + b"1" * 80 + b'"}', "too long"),
    (b"\xff\xfe", "not JSON"),
    (b"{" + b" " * 5000 + b"}", "too long"),
])
def test_bad_lines_are_refused_with_a_reason(line, message):
    with pytest.raises(BadEvent, match=message):
        CallEvent.decode(line)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_raise_bad_event(line):
    try:
        event = CallEvent.decode(line)
    except BadEvent:
        return
    assert isinstance(event.kind, EventKind)


def test_instance_names_are_per_user_and_separate_for_the_demo():
    assert instance_name("thandi") == "agent-desktop-thandi"
    assert instance_name("thandi", demo=True) == "agent-desktop-demo-thandi"
    assert instance_name("DOMAIN\\j.may") == "agent-desktop-DOMAIN_j_may"
    assert instance_name("") == "agent-desktop-user"
