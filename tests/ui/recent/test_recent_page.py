"""The Recent calls list is filled again at every change of any call, reusing its rows: after any
sequence of fills each row says exactly what a fresh fill would (its text, glyph, boldness and
tooltip), the selection stays on its call, and the texts follow the clock ("Just now" →
"1 min ago") and the agent's region."""

from __future__ import annotations

import dataclasses
from datetime import datetime, timedelta, timezone

import pytest

from agent_desktop.core.api.models import CallDirection
from agent_desktop.core.calls.book import Call, CallState
from agent_desktop.core.calls.recent import LogStatus, RecentCall
from agent_desktop.ui.recent.recent_page import RecentPage
from agent_desktop.ui.recent.recent_texts import row_text

NOW = datetime(2024, 3, 1, 10, 0, 0, tzinfo=timezone.utc)
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def _row(
    i: int, log: LogStatus = LogStatus.SENT, *, seen: bool = False, answered: bool = False
) -> RecentCall:
    start = NOW - timedelta(minutes=3 * i)
    call = Call(
        id=f"call-{i}",
        softphone_id="",
        direction=CallDirection.INBOUND,
        number=f"072123{i:04d}",
        started_at=start,
        state=CallState.QUEUED,
        answered_at=start if answered else None,
        ended_at=start + timedelta(seconds=40),
    )
    return RecentCall(call, log, seen)


def _as_fresh(page: RecentPage, rows: list[RecentCall], now: datetime) -> None:
    """Every item is what a fresh fill writes for its row."""
    assert page.list.count() == len(rows)
    for index, row in enumerate(rows):
        item = page.list.item(index)
        assert item.text() == row_text(row, now, None, page.region, page.offline)
        assert item.data(256) == row.call.id  # Qt.UserRole
        assert item.font().bold() == (row.missed and not row.seen)
        refused = row.log is LogStatus.ATTENTION
        assert bool(item.toolTip()) == refused
        assert not item.icon().isNull()


def test_rows_refilled_in_place_say_what_a_fresh_fill_says(qtbot):
    page = RecentPage()
    qtbot.addWidget(page)
    rows = [_row(i, LogStatus.REVIEW) for i in range(6)]
    page.show_rows(rows, 6, NOW)
    _as_fresh(page, rows, NOW)

    rows[2] = _row(2, LogStatus.ATTENTION)  # refused: its text and tooltip change
    rows[3] = _row(3, seen=True)  # seen: no longer bold
    rows[4] = _row(4, answered=True)  # corrected to answered: another glyph and words
    page.show_rows(rows, 4, NOW)
    _as_fresh(page, rows, NOW)

    rows = [_row(9, LogStatus.WAITING), *rows[:3]]  # a new call on top, fewer rows
    page.show_rows(rows, 3, NOW)
    _as_fresh(page, rows, NOW)

    later = NOW + timedelta(minutes=1, seconds=5)
    page.show_rows(rows, 3, later)  # the clock moved on: "Just now" is "1 min ago"
    _as_fresh(page, rows, later)
    assert "1 min ago" in page.list.item(1).text()

    page.region = "DE"
    page.set_offline(True)  # the waiting log says it goes once back online
    _as_fresh(page, rows, later)
    assert page.list.item(0).text().endswith("Saved — will send when back online")


def test_the_selection_stays_on_its_call_when_the_rows_move(qtbot):
    page = RecentPage()
    qtbot.addWidget(page)
    page.show()
    rows = [_row(i) for i in range(4)]
    page.show_rows(rows, 0, NOW)
    page.list.setCurrentRow(2)
    moved = [_row(7), *rows]
    page.show_rows(moved, 0, NOW)
    selected = page.selected()
    assert selected is not None and selected.call.id == "call-2"
    assert page.list.currentItem().data(256) == "call-2"
    page.show_rows([dataclasses.replace(moved[0])], 0, NOW)  # its call is gone: the newest
    assert page.list.currentRow() == 0 and page.list.count() == 1


def test_texts_prepared_on_the_worker_are_not_written_again(qtbot, monkeypatch):
    """The service's worker prepares the texts of a new read; the GUI thread then writes none
    anew, and a row whose call changed after the worker read it is written again."""
    from agent_desktop.ui.recent import recent_texts

    page = RecentPage()
    qtbot.addWidget(page)
    rows = [_row(i) for i in range(20)]
    made = page.prepare(rows, NOW)
    assert isinstance(made, dict) and len(made) == 20
    page.learn(made)
    written: list[str] = []
    real = recent_texts.row_text

    def counted(row, *args, **kwargs):
        written.append(row.call.id)
        return real(row, *args, **kwargs)

    monkeypatch.setattr(recent_texts, "row_text", counted)
    page.show_rows(rows, 0, NOW)
    assert written == []
    _as_fresh(page, rows, NOW)
    assert page.prepare(rows, NOW) == {}  # nothing new since
    rows[5] = _row(5, LogStatus.ATTENTION)
    page.show_rows(rows, 0, NOW)
    assert written == ["call-5"]
    _as_fresh(page, rows, NOW)


def test_a_hidden_list_is_filled_a_slice_per_turn_and_at_once_when_shown(qtbot, monkeypatch):
    """A replayed day lands 500 new rows on a list nobody looks at: they are set a slice per
    turn of the event loop, not in one stretch of the GUI thread; showing the page finishes
    the fill before it is seen."""
    from agent_desktop.ui.recent import recent_page

    monkeypatch.setattr(recent_page, "FILL_SLICE_SECONDS", 0.0)  # the smallest slice
    page = RecentPage()
    qtbot.addWidget(page)
    rows = [_row(i) for i in range(3 * recent_page.FILL_SLICE_ROWS + 7)]
    page.show_rows(rows, 0, NOW)
    assert page.list.count() == recent_page.FILL_SLICE_ROWS  # one slice now, the rest later
    qtbot.waitUntil(lambda: page.list.count() == len(rows), timeout=5000)
    _as_fresh(page, rows, NOW)

    newer = [_row(i, LogStatus.REVIEW) for i in range(len(rows))]
    page.show_rows(newer, 0, NOW)
    page.show()  # the rest is set before the first paint
    _as_fresh(page, newer, NOW)
    assert page.list.currentRow() == 0 and page.selected() == newer[0]
