"""How the outbox's entries and counts are worded (ui/outbox/outbox_texts.py), in English."""

from __future__ import annotations

import pytest

from agent_desktop.core.outbox.outbox import OutboxKind, OutboxState
from agent_desktop.ui.common import theme
from agent_desktop.ui.outbox.outbox_texts import count_text, entry_title, state_hue, state_text


@pytest.mark.parametrize(
    "payload, title",
    [
        (
            {"Name": "James May", "Number": "+27721234567", "Duration": "00:01:05"},
            "James May · +27721234567 · 00:01:05",
        ),
        ({"Name": "", "Number": "+27721234567"}, "+27721234567"),
        ({}, "Unknown caller"),
    ],
)
def test_call_log_titles(qapp, payload, title):
    assert entry_title(OutboxKind.CALL_LOG, payload) == title


@pytest.mark.parametrize(
    "payload, title",
    [
        (
            {"firstname": "Thandi", "lastname": "Mokoena", "phone": "082"},
            "New contact: Thandi Mokoena · 082",
        ),
        ({"firstname": "", "lastname": "", "phone": ""}, "New contact: —"),
    ],
)
def test_new_contact_titles(qapp, payload, title):
    assert entry_title("create_contact", payload) == title  # the stored string works too


@pytest.mark.parametrize(
    "calls, contacts, text",
    [
        (0, 0, "0 call logs"),
        (1, 0, "1 call log"),
        (3, 0, "3 call logs"),
        (0, 1, "1 new contact"),
        (2, 3, "2 call logs and 3 new contacts"),
    ],
)
def test_counts(qapp, calls, contacts, text):
    assert count_text(calls, contacts) == text


def test_every_state_has_words_and_a_hue_and_memory_only_entries_too(qapp):
    assert state_text(OutboxState.PENDING) == "Waiting"
    assert state_text(OutboxState.PENDING, has_error=True) == "Waiting to retry"
    assert state_text(None) == "Not saved to disk yet"
    assert all(state_text(state) for state in OutboxState)
    assert state_hue(None) == theme.HUE_ERROR
    assert state_hue(OutboxState.SENT) == theme.HUE_OK


@pytest.mark.parametrize(
    "wait, words",
    [
        (2400, "sending resumes at "),  # an hour-long Retry-After is said with its time
        (20, "sending resumes shortly"),
    ],
)
def test_a_slow_down_says_when_sending_resumes(qapp, wait, words):
    import time

    from agent_desktop.core.outbox.delivery import WorkerState, WorkerStatus
    from agent_desktop.qt.outbox_summary import OutboxSummary
    from agent_desktop.ui.outbox.outbox_texts import strip_view

    resumes = time.time() + wait
    view = strip_view(
        OutboxSummary(waiting_calls=1, read=True),
        WorkerStatus(WorkerState.RATE_LIMITED, "", resumes),
        configured=True,
    )
    assert words in view.text
    if wait > 90:
        assert time.strftime("%H:%M", time.localtime(resumes)) in view.text
