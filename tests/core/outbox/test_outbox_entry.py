"""The outbox's vocabulary is its stored strings, and a call's local record reads safely."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from agent_desktop.core.outbox.entry import (
    FailureKind,
    OutboxAction,
    OutboxKind,
    OutboxState,
    record_contact_id,
    record_text,
)


@pytest.mark.parametrize("member", [*OutboxKind, *OutboxState, *OutboxAction, *FailureKind])
def test_each_word_is_its_stored_string_everywhere(member):
    assert member == member.value and str(member) == member.value
    assert f"{member}" == member.value and f"{member!s}" == member.value
    assert json.dumps(member) == json.dumps(member.value)
    assert type(member)(member.value) is member


def test_states_and_kinds_are_the_files_check_constraints():
    assert [k.value for k in OutboxKind] == ["call_log", "create_contact"]
    assert [s.value for s in OutboxState] == [
        "pending",
        "sending",
        "sent",
        "needs_attention",
        "discarded",
    ]


def test_record_text_and_contact_id_tolerate_what_a_record_may_hold():
    moment = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)
    record = {"start": moment, "number": 27721234567, "contact": {"id": "c-1"}}
    assert record_text(record, "start") == "2026-03-02T08:00:00+00:00"
    assert record_text(record, "number") == "27721234567"
    assert record_text(record, "missing") is None and record_text(None, "start") is None
    assert record_contact_id(record) == "c-1"
    for no_id in (None, {}, {"contact": None}, {"contact": "c-1"}, {"contact": {"id": ""}}):
        assert record_contact_id(no_id) is None
