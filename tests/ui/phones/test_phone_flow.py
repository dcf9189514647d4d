"""A phone source in the window: its events (from its own thread) ring and end calls as the
`call` command's do, its trouble is said in the notice and taken back when it is over, and only
a change of its own settings restarts it."""

from __future__ import annotations

import threading
from dataclasses import replace

import pytest

from agent_desktop.core.calls.book import CallState
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.phones.source import (
    EventSink,
    PhoneKind,
    Problem,
    SourceState,
    SourceStatus,
    StatusSink,
)
from agent_desktop.core.settings.settings import Settings

WAIT = 10000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


class ThreadedSource:
    """A source that, like the real ones, speaks from a thread of its own: what it is told to
    say (`say`) is said on that thread."""

    kind = PhoneKind.BARESIP

    def __init__(self) -> None:
        self.started = 0
        self.stopped = 0
        self._events: EventSink | None = None
        self._status: StatusSink | None = None

    def start(self, events: EventSink, status: StatusSink) -> None:
        self.started += 1
        self._events, self._status = events, status

    def stop(self) -> None:
        self.stopped += 1

    def probe(self, timeout: float) -> SourceStatus:
        return SourceStatus(self.kind, SourceState.CONNECTED, "127.0.0.1:4444")

    def say(self, item: CallEvent | SourceStatus) -> None:
        def run() -> None:
            if isinstance(item, CallEvent):
                assert self._events is not None
                self._events(item)
            else:
                assert self._status is not None
                self._status(item)

        thread = threading.Thread(target=run)
        thread.start()
        thread.join()


@pytest.fixture
def phone_window(make_window, sandbox):
    made: list[ThreadedSource] = []
    seen: list[Settings] = []

    def factory(settings: Settings) -> ThreadedSource | None:
        seen.append(settings)
        if settings.phone == "command":
            return None
        made.append(ThreadedSource())
        return made[-1]

    window = make_window(
        sandbox.base_url, phone="baresip", ctx_overrides={"phone_sources": factory}
    )
    return window, made, seen


def test_a_phone_source_rings_and_ends_calls_like_the_call_command(qtbot, phone_window):
    window, made, _seen = phone_window
    assert len(made) == 1 and made[0].started == 1
    source = made[0]
    source.say(CallEvent(EventKind.RING, "0721234567", call_id="sip-1@pbx"))
    qtbot.waitUntil(
        lambda: any(c.state is CallState.RINGING for c in window.calls.book.live()), timeout=WAIT
    )
    qtbot.waitUntil(lambda: window.contact_panel.contact is not None, timeout=WAIT)
    assert window.contact_panel.contact.display_name == "James May"
    source.say(CallEvent(EventKind.END, "0721234567", call_id="sip-1@pbx"))
    qtbot.waitUntil(lambda: not window.calls.book.live(), timeout=WAIT)


def test_trouble_is_said_and_taken_back_when_the_phone_is_back(qtbot, phone_window):
    window, made, _seen = phone_window
    source = made[0]
    source.say(
        SourceStatus(
            PhoneKind.BARESIP,
            SourceState.DOWN,
            "127.0.0.1:4444",
            Problem.UNREACHABLE,
            "Connection refused",
            retry_in=4,
        )
    )
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=WAIT)
    assert window.notice.text == (
        "baresip at 127.0.0.1:4444: not reachable (Connection refused); trying again in 4 s"
    )
    source.say(SourceStatus(PhoneKind.BARESIP, SourceState.CONNECTED, "127.0.0.1:4444"))
    qtbot.waitUntil(lambda: not window.notice.isVisible(), timeout=WAIT)
    assert window.phones.status.state is SourceState.CONNECTED


def test_another_message_is_not_taken_down_when_the_phone_comes_back(qtbot, phone_window):
    window, made, _seen = phone_window
    source = made[0]
    source.say(SourceStatus(PhoneKind.BARESIP, SourceState.DOWN, "127.0.0.1:4444", Problem.CLOSED))
    qtbot.waitUntil(lambda: window.notice.isVisible(), timeout=WAIT)
    window.notice.show_message("Something else happened.")
    source.say(SourceStatus(PhoneKind.BARESIP, SourceState.CONNECTED, "127.0.0.1:4444"))
    qtbot.waitUntil(lambda: window.phones.status.state is SourceState.CONNECTED, timeout=WAIT)
    assert window.notice.text == "Something else happened."


def test_only_the_sources_own_settings_restart_it(qtbot, phone_window):
    window, made, _seen = phone_window
    flow = window.phone_flow
    current = window.session.settings
    flow.configure(replace(current, theme="dark", search_debounce_ms=120))
    assert len(made) == 1 and made[0].stopped == 0  # the theme does not drop the phone
    flow.configure(replace(current, phone="command"))
    assert made[0].stopped == 1 and window.phones.source is None
    assert window.phones.status.state is SourceState.OFF
