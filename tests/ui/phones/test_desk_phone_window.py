"""Desk phones into the real window: the real listener (phone = "desk_phone"), requests sent as
each vendor's phone sends them, from an allowed and a refused address, and the logs counted at
the sandbox: exactly one per call, also when the `call` command reports the same call."""

from __future__ import annotations

from collections.abc import Callable

import keyring
import pytest
from desk_phones import TOKEN, free_port, phone_get, phone_post, poly_state, vendor_urls
from stubs import MemoryKeyring

from agent_desktop.core.calls.book import CallState
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.phones.source import SourceState
from agent_desktop.core.settings.secrets import ApiKeyStore

WAIT = 10000
JAMES = "sip:0721234567@pbx.example"
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")  # a ring raises the window


@pytest.fixture
def clock():
    """The phone stamps its events with the real time, as it does in use: the window's clock
    reads the same hour (a call id names its call for minutes after it ended, not days)."""
    from datetime import datetime, timezone

    from stubs import FakeClock

    return FakeClock(datetime.now(timezone.utc))


@pytest.fixture
def desk_window(make_window, sandbox, monkeypatch, qtbot):
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    ApiKeyStore(backend=backend).set_phone_secret("desk_phone_token", TOKEN)
    port = free_port()
    window = make_window(
        sandbox.base_url,
        phone="desk_phone",
        desk_phone_listen=f"127.0.0.1:{port}",
        desk_phone_allow=["127.0.0.1"],
    )
    qtbot.waitUntil(lambda: window.phones.status.state is SourceState.LISTENING, timeout=WAIT)
    return window, port


def _logs(sandbox) -> int:
    return len(sandbox.received_logs())


def _ringing(window) -> bool:
    return any(c.state is CallState.RINGING for c in window.calls.book.live())


def _send_review(qtbot, window, sandbox, expected: int) -> None:
    """Send the log in review, as the agent does (Ctrl+Return on the review)."""
    from agent_desktop.core.calls.logs import LogState

    def shown() -> bool:
        entry = window.review.entry
        return (
            window.stack.currentWidget() is window.review
            and entry is not None
            and entry.state is LogState.REVIEW
        )

    qtbot.waitUntil(lambda: window.calls.book.in_review() != [], timeout=WAIT)
    if not shown():  # a second log waits in the unsent strip: open it as the agent does
        window.review_call(window.calls.book.in_review()[0])
    qtbot.waitUntil(shown, timeout=WAIT)
    window.review.send_button.click()
    qtbot.waitUntil(lambda: _logs(sandbox) == expected, timeout=WAIT)


def _settled(qtbot, window, sandbox, expected: int) -> None:
    """No call left live or in review, and exactly `expected` logs at the sandbox, still after
    the outbox had time to send a duplicate."""
    qtbot.waitUntil(
        lambda: (
            not window.calls.book.live()
            and not window.calls.book.in_review()
            and _logs(sandbox) >= expected
        ),
        timeout=WAIT,
    )
    qtbot.wait(600)  # the outbox flushes every 200 ms in tests: a second log would be out
    assert _logs(sandbox) == expected


def test_a_yealink_call_pops_the_caller_and_logs_once(qtbot, desk_window, sandbox):
    window, port = desk_window
    urls = vendor_urls("yealink", port)
    values = {"$remote": JAMES, "$display_remote": "James May & Co", "$call_id": "y-1@10.0.0.5"}
    assert phone_get(urls["action_url.incoming_call"], values) == 200
    qtbot.waitUntil(lambda: window.contact_panel.contact is not None, timeout=WAIT)
    assert window.contact_panel.contact.display_name == "James May"
    assert _ringing(window)
    assert phone_get(urls["action_url.call_established"], values) == 200
    qtbot.waitUntil(lambda: window.call_panel.running, timeout=WAIT)
    assert phone_get(urls["action_url.call_terminated"], values) == 200
    assert phone_get(urls["action_url.call_terminated"], values) == 200  # the phone repeats
    _send_review(qtbot, window, sandbox, 1)
    log = sandbox.received_logs()[0]
    assert (log["CallType"], log["Name"], log["Number"]) == ("Inbound", "James May", "0721234567")
    _settled(qtbot, window, sandbox, 1)
    assert window.phones.status.last_event_from == "127.0.0.1"


def test_a_yealink_missed_call_is_logged_missed_once(qtbot, desk_window, sandbox):
    window, port = desk_window
    urls = vendor_urls("yealink", port)
    values = {"$remote": "0821234567", "$call_id": "y-2"}
    for key in (
        "action_url.incoming_call",
        "action_url.call_remote_canceled",
        "action_url.missed_call",
        "action_url.call_terminated",
    ):
        assert phone_get(urls[key], values) == 200
    qtbot.waitUntil(lambda: _logs(sandbox) == 1, timeout=WAIT)
    assert sandbox.received_logs()[0]["CallType"] == "Missed"
    _settled(qtbot, window, sandbox, 1)


def test_yealink_call_waiting_is_two_calls_and_two_logs(qtbot, desk_window, sandbox):
    window, port = desk_window
    urls = vendor_urls("yealink", port)
    first = {"$remote": JAMES, "$call_id": "w-1"}
    second = {"$remote": "sip:0215550199@pbx.example", "$call_id": "w-2"}
    phone_get(urls["action_url.incoming_call"], first)
    phone_get(urls["action_url.call_established"], first)
    qtbot.waitUntil(lambda: window.call_panel.running, timeout=WAIT)
    assert phone_get(urls["action_url.incoming_call"], second) == 200
    qtbot.waitUntil(lambda: len(window.calls.book.live()) == 2, timeout=WAIT)
    phone_get(urls["action_url.answer_new_incoming_call"], second)
    phone_get(urls["action_url.call_terminated"], first)
    phone_get(urls["action_url.call_terminated"], second)
    qtbot.waitUntil(lambda: not window.calls.book.live(), timeout=WAIT)
    for expected in (1, 2):
        _send_review(qtbot, window, sandbox, expected)
    _settled(qtbot, window, sandbox, 2)
    assert sorted(log["Number"] for log in sandbox.received_logs()) == ["0215550199", "0721234567"]


def test_a_yealink_outgoing_call_not_answered_is_notanswered(qtbot, desk_window, sandbox):
    window, port = desk_window
    urls = vendor_urls("yealink", port)
    values = {"$remote": "sip:0721234567@pbx.example", "$call_id": "o-1"}
    phone_get(urls["action_url.outgoing_call"], values)
    qtbot.waitUntil(lambda: window.calls.book.live() != [], timeout=WAIT)
    phone_get(urls["action_url.call_terminated"], values)
    qtbot.waitUntil(lambda: _logs(sandbox) == 1, timeout=WAIT)
    assert sandbox.received_logs()[0]["CallType"] == "Notanswered"
    _settled(qtbot, window, sandbox, 1)


def test_a_snom_call_logs_once(qtbot, desk_window, sandbox):
    window, port = desk_window
    urls = vendor_urls("snom", port)
    values = {
        "$remote": "sip:0721234567@pbx.example",
        "$display_remote": "Иван",
        "$call-id": "s-1@192.168.1.50",
    }
    for key in ("action_incoming_url", "action_connected_url", "action_disconnected_url"):
        assert phone_get(urls[key], values, agent="snom D785") == 200
    _send_review(qtbot, window, sandbox, 1)
    _settled(qtbot, window, sandbox, 1)


def test_a_grandstream_call_without_call_id_logs_once(qtbot, desk_window, sandbox):
    window, port = desk_window
    urls = vendor_urls("grandstream", port)
    values = {"$remote": "0721234567", "$display_remote": "James May"}
    for key in ("Incoming Call", "Established Call", "Terminated Call"):
        assert phone_get(urls[key], values, agent="Grandstream GXP2170") == 200
    _send_review(qtbot, window, sandbox, 1)
    _settled(qtbot, window, sandbox, 1)


def test_a_grandstream_missed_call_logs_once(qtbot, desk_window, sandbox):
    window, port = desk_window
    urls = vendor_urls("grandstream", port)
    values = {"$remote": "0721234567"}
    for key in ("Incoming Call", "Missed Call", "Terminated Call"):
        assert phone_get(urls[key], values, agent="Grandstream GXP2170") == 200
    qtbot.waitUntil(lambda: _logs(sandbox) == 1, timeout=WAIT)
    assert sandbox.received_logs()[0]["CallType"] == "Missed"
    _settled(qtbot, window, sandbox, 1)


def test_a_poly_call_logs_once(qtbot, desk_window, sandbox):
    window, port = desk_window
    url = f"http://127.0.0.1:{port}/poly?token={TOKEN}"
    for state in ("Offering", "Connected", "Disconnected", "Free"):
        assert phone_post(url, poly_state(state, "0x44", "0721234567@172.18.186.94")) == 200
    _send_review(qtbot, window, sandbox, 1)
    _settled(qtbot, window, sandbox, 1)


def test_requests_refused_make_no_call_and_are_counted(qtbot, desk_window, sandbox):
    window, port = desk_window
    urls = vendor_urls("yealink", port)
    values = {"$remote": JAMES, "$call_id": "r-1"}
    assert phone_get(urls["action_url.incoming_call"], values, source="127.0.0.2") == 403
    wrong = vendor_urls("yealink", port, token="not-the-token")
    assert phone_get(wrong["action_url.incoming_call"], values) == 403
    qtbot.waitUntil(lambda: window.phones.status.refused == 2, timeout=WAIT)
    assert "127.0.0.2" in window.phones.status.refused_from
    qtbot.wait(300)
    assert window.calls.book.live() == [] and sandbox.request_count("/calls/record") == 0
    assert _logs(sandbox) == 0


def test_the_call_command_and_the_desk_phone_reporting_one_call_log_it_once(
    qtbot, desk_window, sandbox
):
    """A softphone's command (no call id) and the desk phone (with its id) both report it."""
    window, port = desk_window
    urls = vendor_urls("yealink", port)
    values = {"$remote": JAMES, "$call_id": "both-1"}
    command: Callable[[EventKind], None] = lambda kind: window.calls.handle(  # noqa: E731
        CallEvent(kind, "0721234567")
    )
    command(EventKind.RING)
    phone_get(urls["action_url.incoming_call"], values)
    qtbot.waitUntil(lambda: window.phones.status.last_event_at is not None, timeout=WAIT)
    assert len(window.calls.book.live()) == 1
    phone_get(urls["action_url.call_established"], values)
    command(EventKind.ANSWER)
    qtbot.waitUntil(lambda: window.call_panel.running, timeout=WAIT)
    command(EventKind.END)
    phone_get(urls["action_url.call_terminated"], values)
    _send_review(qtbot, window, sandbox, 1)
    _settled(qtbot, window, sandbox, 1)
    assert len(window.calls.book.live()) == 0


def test_bad_requests_leave_the_window_and_listener_untouched(qtbot, desk_window, sandbox):
    from desk_phones import send_raw

    window, port = desk_window
    urls = vendor_urls("yealink", port)
    send_raw(port, b"\x00\xff garbage\r\n\r\n")
    send_raw(port, b"GET /yealink/incoming?token=" + b"A" * 1_000_000 + b" HTTP/1.1\r\n\r\n")
    phone_get(urls["action_url.incoming_call"].replace("incoming", "explode"), {})
    phone_get(urls["action_url.incoming_call"], {"$remote": "1" * 5000, "$call_id": "h"})
    phone_get(urls["action_url.call_terminated"], {"$remote": "0799999999", "$call_id": "z"})
    qtbot.wait(300)
    assert window.calls.book.live() == [] and _logs(sandbox) == 0
    assert window.phones.status.state is SourceState.LISTENING
    assert phone_get(urls["action_url.incoming_call"], {"$remote": JAMES, "$call_id": "ok"}) == 200
    qtbot.waitUntil(lambda: _ringing(window), timeout=WAIT)
