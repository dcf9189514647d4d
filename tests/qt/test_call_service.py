"""The Qt bridge: the book changes at once on the GUI thread, the disk follows on one worker, and
the store and the spool come back at start."""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime, timedelta, timezone

import pytest
from stubs import FakeClock

from agent_desktop.core.api.models import Contact
from agent_desktop.core.calls.book import CallBook, CallState, LinkSource, MissedCalls
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.calls.store import CallStore
from agent_desktop.qt.call_service import CallService
from agent_desktop.qt.tasks import TaskRunner

T0 = datetime(2026, 3, 2, 8, 0, 0, tzinfo=timezone.utc)
N = "0721234567"


def ev(kind: EventKind, second: float, number: str = N) -> CallEvent:
    return CallEvent(kind, number, "", False, T0 + timedelta(seconds=second))


@pytest.fixture
def path(tmp_path):
    return tmp_path / "outbox.sqlite3"


@pytest.fixture
def make_service(qtbot, path):
    made: list[CallService] = []

    def make(**options) -> CallService:
        book = CallBook(FakeClock(T0), CallStore(path), **options)
        service = CallService(book, TaskRunner())
        made.append(service)
        return service

    yield make
    for service in made:
        service.shutdown()


def _on_disk(path) -> list:
    return CallStore(path).load_open()


def test_start_brings_back_the_store_then_the_spool_in_order(qtbot, path, make_service):
    first = CallBook(FakeClock(T0), CallStore(path))
    first.apply(ev(EventKind.RING, 0))
    first.apply(ev(EventKind.ANSWER, 3))  # ...and the window was killed
    spool = CallStore(path)
    spool.spool(ev(EventKind.END, 63))  # the end came while no window ran
    spool.spool(ev(EventKind.RING, 70, "0831112222"))

    service = make_service()
    ended, ringing = [], []
    service.ended.connect(ended.append)
    service.ringing.connect(ringing.append)
    service.handle(ev(EventKind.BUSY, 75, "0831112222"))  # before start: held, then applied
    with qtbot.waitSignal(service.started, timeout=10000):
        service.start()
    assert [(c.number, c.outcome.value, c.talk_time.seconds) for c in ended] == [
        (N, "Inbound", 60),
        ("0831112222", "Missed", 0),
    ]
    assert ringing == []  # replayed in one batch: a call already over does not pop
    assert service.book.live() == []
    assert CallStore(path).take_spooled() == []  # taken exactly once
    qtbot.waitUntil(lambda: {c.state for c in _on_disk(path)} == {CallState.ENDED}, timeout=10000)


def test_changes_are_on_the_gui_thread_at_once_and_on_disk_soon_after(qtbot, path, make_service):
    service = make_service()
    with qtbot.waitSignal(service.started, timeout=10000):
        service.start()
    threads: set[int] = set()
    service.changed.connect(lambda call: threads.add(threading.get_ident()))
    with qtbot.waitSignal(service.ringing, timeout=1000) as rang:
        service.handle(ev(EventKind.RING, 0))
    call = rang.args[0]
    assert service.book.get(call.id) is call and call.state is CallState.RINGING
    james = Contact(id="C-1", firstname="James", lastname="May")
    service.link(call.id, james, LinkSource.EXACT_MATCH)
    qtbot.waitUntil(lambda: [c.contact for c in _on_disk(path)] == [james], timeout=10000)
    with qtbot.waitSignal(service.ended, timeout=1000):
        service.handle(ev(EventKind.END, 9))
    assert threads == {threading.get_ident()}
    service.mark_queued(call.id)
    qtbot.waitUntil(lambda: _on_disk(path) == [], timeout=10000)


def test_show_replays_what_was_spooled_after_start(qtbot, path, make_service):
    service = make_service(missed_calls=MissedCalls.REVIEW)
    with qtbot.waitSignal(service.started, timeout=10000):
        service.start()
    CallStore(path).spool(ev(EventKind.RING, 0))  # a `call` that found no window a moment ago
    with qtbot.waitSignal(service.ringing, timeout=10000):
        service.handle(CallEvent(EventKind.SHOW))  # ...and the window it started handed over
    assert [c.state for c in service.book.live()] == [CallState.RINGING]


def test_show_asks_for_the_window_before_the_store_is_read_too(qtbot, make_service):
    """The socket hands events to the service directly (qt → qt); a second start of the app
    (SHOW) must still bring the window forward, even while the store is being read."""
    service = make_service(missed_calls=MissedCalls.REVIEW)
    with qtbot.waitSignal(service.show_requested, timeout=1000):
        service.handle(CallEvent(EventKind.SHOW))
    with qtbot.waitSignal(service.started, timeout=10000):
        service.start()
    with qtbot.waitSignal(service.show_requested, timeout=1000):
        service.handle(CallEvent(EventKind.SHOW))
    assert service.book.live() == []  # a SHOW is no call


def test_a_poll_is_quiet_on_an_empty_spool_and_replays_what_came(qtbot, path, make_service):
    """A window that cannot listen polls every second: nothing to redraw while the spool is
    empty; what `call` spooled meanwhile is replayed once, however often it polls."""
    service = make_service(missed_calls=MissedCalls.REVIEW)
    service.poll_spool()  # before the start: nothing (the start replays the spool itself)
    with qtbot.waitSignal(service.started, timeout=10000):
        service.start()
    batches: list[bool] = []
    service.batch_done.connect(lambda: batches.append(True))
    for _ in range(3):
        service.poll_spool()
    qtbot.wait(300)
    assert batches == []
    CallStore(path).spool(ev(EventKind.RING, 0))
    with qtbot.waitSignal(service.ringing, timeout=10000):
        for _ in range(3):
            service.poll_spool()  # one replay at a time: the later polls wait their turn
    qtbot.waitUntil(lambda: batches == [True], timeout=10000)
    service.poll_spool()
    qtbot.wait(300)
    assert batches == [True]
    assert [c.state for c in service.book.live()] == [CallState.RINGING]
    assert CallStore(path).read_spool() == []


def test_a_store_that_cannot_be_written_is_reported_and_the_call_stays(qtbot, tmp_path):
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("")
    book = CallBook(FakeClock(T0), CallStore(blocked / "outbox.sqlite3"))
    service = CallService(book, TaskRunner())
    try:
        failures: list[str] = []
        service.store_failed.connect(failures.append)
        with qtbot.waitSignal(service.started, timeout=10000):
            service.start()
        assert "could not be saved on disk" in failures[0]
        assert failures[0].code == "store.not_read"  # a Text: the window says it translated
        with qtbot.waitSignal(service.store_failed, timeout=10000):
            service.handle(ev(EventKind.RING, 0))  # each write that fails says so...
        assert [c.state for c in service.book.live()] == [CallState.RINGING]  # ...kept in memory
    finally:
        service.shutdown()


def test_a_link_opened_on_macos_becomes_a_dial_event(qapp):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QFileOpenEvent

    from agent_desktop.qt.call_service import UrlOpenFilter

    got: list[CallEvent] = []
    url_filter = UrlOpenFilter(got.append)
    assert url_filter.eventFilter(qapp, QFileOpenEvent(QUrl("tel:+27721234567")))
    assert not url_filter.eventFilter(qapp, QFileOpenEvent(QUrl("file:///tmp/x.txt")))
    assert [(e.kind, e.number) for e in got] == [(EventKind.DIAL, "+27721234567")]


def test_an_event_taken_before_the_store_is_read_survives_a_crash(qtbot, path, make_service):
    """The socket answers "ok" at once; until the store is read the event goes to the spool on
    disk, not only to memory: a window killed in that moment loses nothing."""
    first = make_service()
    first.handle(ev(EventKind.RING, 0))  # the window listens, but has not read the store yet

    def spooled() -> int:
        with sqlite3.connect(path) as conn:
            try:
                return conn.execute("SELECT count(*) FROM call_spool").fetchone()[0]
            except sqlite3.OperationalError:  # the file exists a moment before its tables
                return 0

    qtbot.waitUntil(lambda: path.exists() and spooled() == 1, timeout=10000)
    # ...kill -9 here: the next window finds the ring and is ringing with it.
    second = make_service()
    with qtbot.waitSignal(second.ringing, timeout=10000) as rang:
        second.start()
    assert rang.args[0].number == N and rang.args[0].started_at == T0
    assert [c.state for c in second.book.live()] == [CallState.RINGING]


def test_events_before_the_store_is_read_are_replayed_once(qtbot, path, make_service):
    service = make_service()
    service.start()  # the read is queued on the worker...
    service.handle(ev(EventKind.RING, 0))  # ...and these come before its answer is applied
    service.handle(ev(EventKind.END, 5))
    ended = []
    service.ended.connect(ended.append)
    qtbot.waitUntil(lambda: len(ended) == 1, timeout=10000)
    assert ended[0].outcome.value == "Missed" and service.book.live() == []
    assert CallStore(path).take_spooled() == []  # each taken exactly once


def test_a_day_of_calls_leaves_no_state_behind_for_calls_the_book_forgot(qtbot, make_service):
    """What each call was last told as is kept for the calls the book still holds (a late
    event of a queued call is absorbed quietly), not for every call since start."""
    service = make_service()
    with qtbot.waitSignal(service.started, timeout=10000):
        service.start()
    told: list[str] = []
    service.changed.connect(lambda call: told.append(call.id))
    for i in range(400):
        number = f"0831{i:06d}"
        service.handle(ev(EventKind.RING, 60 * i, number))
        service.handle(ev(EventKind.END, 60 * i + 20, number))
        for call in service.book.in_review():  # its log went to the outbox
            service.mark_queued(call.id)
    assert len(service.book.in_review()) == 0
    assert len(service._states) <= 2 * 64 + 1  # not 400
    last = told[-1]
    count = len(told)
    service.mark_queued(last)  # queued already: nothing to tell again
    assert len(told) == count
