"""The whole chain with the PBX as the source: a fake AMI server (tests/fake_ami.py) replays
each documented scenario (tests/ami_scenarios.py) to a window started with phone = "asterisk"
and the README's settings; the logs are counted where they land, at the sandbox."""

from __future__ import annotations

import ami_scenarios as sc
import pytest
from fake_ami import FakeAmi

from agent_desktop.core.calls.book import CallState
from agent_desktop.core.phones.asterisk.source import SECRET_ENV
from agent_desktop.core.phones.source import Problem, SourceState

WAIT = 15000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")
JAMES_ID = "2916509f-f188-42d8-ab0e-a27bcb20d70d"  # the sandbox's James May, 072 123 4567
FIELDS = ("CallType", "Number", "CallStartTimeLocal", "CallEndTimeLocal", "Duration")


@pytest.fixture
def ami(monkeypatch):
    server = FakeAmi()
    monkeypatch.setenv(SECRET_ENV, server.secret)
    yield server
    server.close()


def asterisk_window(qtbot, make_window, sandbox, ami, extension="201", **settings):
    window = make_window(
        sandbox.base_url,
        phone="asterisk",
        asterisk_address=ami.address,
        asterisk_user=ami.user,
        asterisk_extension=extension,
        **settings,
    )
    ami.wait_logged_in()
    qtbot.waitUntil(lambda: window.phones.status.state is SourceState.CONNECTED, timeout=WAIT)
    return window


def play(qtbot, window, ami, events) -> None:
    source = window.phones.source
    before = source.events_read
    ami.send(events)
    qtbot.waitUntil(lambda: source.events_read >= before + len(events), timeout=WAIT)
    qtbot.wait(50)  # the events' signals queued to the GUI thread


def send_reviews(qtbot, window) -> None:
    """The agent sends every answered call's review (missed ones go without review: they are
    in the book as ended only until the outbox took them)."""
    from agent_desktop.core.calls.logs import LogState

    def reviewing() -> bool:
        return any(e.state is LogState.REVIEW for e in window.book.waiting())

    while True:
        qtbot.waitUntil(lambda: reviewing() or not window.calls.book.in_review(), timeout=WAIT)
        if not reviewing():
            return
        window.send_log()  # Ctrl+Return: sends the review shown, else opens the next one
        qtbot.wait(20)


def logged(sandbox) -> list[tuple[str, ...]]:
    return [tuple(body[f] for f in FIELDS) for body in sandbox.received_logs()]


def settle(qtbot, window, sandbox, count: int) -> None:
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) >= count, timeout=WAIT)
    qtbot.waitUntil(
        lambda: window.outbox.summary.read and window.outbox.summary.quiet, timeout=WAIT
    )


@pytest.mark.parametrize(
    ("events", "extension", "expected"),
    [pytest.param(e, x, want, id=name) for name, e, x, want in sc.SCENARIOS],
)
def test_each_scenario_logs_exactly_once_at_the_sandbox(
    qtbot, sandbox, make_window, ami, events, extension, expected
):
    window = asterisk_window(qtbot, make_window, sandbox, ami, extension)
    play(qtbot, window, ami, events)
    send_reviews(qtbot, window)
    settle(qtbot, window, sandbox, len(expected))
    assert sorted(logged(sandbox)) == sorted(expected)
    assert sandbox.request_count("/calls/log") == len(expected)
    assert window.calls.book.live() == []
    # ... each with its contact: the caller's record for his number, none for a number that
    # is nobody's (an extension, the second caller).
    for body in sandbox.received_logs():
        want = (sc.CALLER_NAME, JAMES_ID) if body["Number"] == sc.CALLER else (body["Number"], "")
        assert (body["Name"], body["EntityId"]) == want, body["Number"]


def test_the_ring_pops_the_caller_from_the_pbx(qtbot, sandbox, make_window, ami):
    window = asterisk_window(qtbot, make_window, sandbox, ami)
    play(qtbot, window, ami, sc.inbound_answered()[:3])
    qtbot.waitUntil(lambda: window.contact_panel.contact is not None, timeout=WAIT)
    assert window.calls.book.current().softphone_id == sc.L1
    assert window.call_panel.state_label.text().startswith("Ringing · 072 123 4567")


def test_mine_logs_nothing_for_the_queue_call_a_colleague_answered(
    qtbot, sandbox, make_window, ami
):
    window = asterisk_window(qtbot, make_window, sandbox, ami, missed_calls="mine")
    play(qtbot, window, ami, sc.queue_ring_all("202"))
    qtbot.waitUntil(lambda: window.calls.book.live() == [], timeout=WAIT)
    qtbot.waitUntil(
        lambda: window.outbox.summary.read and window.outbox.summary.quiet, timeout=WAIT
    )
    assert sandbox.request_count("/calls/log") == 0
    assert window.calls.book.in_review() == [] and window.book.unsent() == []


def test_a_dropped_pbx_connection_mid_call_is_said_and_loses_nothing(
    qtbot, sandbox, make_window, ami
):
    window = asterisk_window(qtbot, make_window, sandbox, ami)
    events = sc.inbound_answered()
    play(qtbot, window, ami, events[:6])
    qtbot.waitUntil(
        lambda: (
            window.calls.book.current() is not None
            and window.calls.book.current().state is CallState.CONNECTED
        ),
        timeout=WAIT,
    )
    ami.drop()
    qtbot.waitUntil(lambda: window.phones.status.state is SourceState.DOWN, timeout=WAIT)
    assert window.phones.status.problem is Problem.CLOSED
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=WAIT)
    ami.wait_logged_in(count=2)
    qtbot.waitUntil(lambda: window.phones.status.state is SourceState.CONNECTED, timeout=WAIT)
    qtbot.waitUntil(lambda: not window.notice.isVisible(), timeout=WAIT)
    assert [c.state for c in window.calls.book.live()] == [CallState.CONNECTED]
    play(qtbot, window, ami, events[6:])
    send_reviews(qtbot, window)
    settle(qtbot, window, sandbox, 1)
    assert logged(sandbox) == [sc.log("Inbound", sc.CALLER, 0, 65, "00:01:00")]
    assert sandbox.request_count("/calls/log") == 1
