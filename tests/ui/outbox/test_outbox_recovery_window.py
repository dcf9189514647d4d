"""A damaged outbox moved aside is told where the agent looks: a banner at the top of the window,
plain text, naming the kept file and what was carried over, until the agent dismisses it."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from agent_desktop.core.api.models import CallDirection
from agent_desktop.core.calls.book import Call, CallState
from agent_desktop.core.calls.store import CallStore
from agent_desktop.core.outbox.outbox import Outbox
from agent_desktop.ui.common.widgets import Tone

# Dialogs on the offscreen platform (no window manager) make Qt say so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")

WAIT = 10000
GARBAGE = b"<b>not</b> an SQLite file, junk copied over it\n" * 200


def kept_file(folder) -> str:
    (name,) = [p.name for p in folder.iterdir() if ".damaged-" in p.name and "-wal" not in p.name]
    return str(folder / name)


@pytest.mark.logs_errors  # the damage is logged as an error
def test_a_damaged_outbox_is_told_in_the_window_until_dismissed(
    qtbot, make_window, sandbox, tmp_path, clock
):
    (tmp_path / "outbox.sqlite3").write_bytes(GARBAGE)
    window = make_window(sandbox.base_url)
    banner = window.outbox_view.recovery_banner
    assert banner.parentWidget().objectName() == "header"  # at the top, under the search box
    qtbot.waitUntil(lambda: "was damaged" in banner.text, timeout=WAIT)
    text = banner.text
    assert kept_file(tmp_path) in text
    assert "Nothing could be read from it." in text
    assert banner.label.textFormat() == Qt.TextFormat.PlainText
    # Other news does not take its place: a call is logged and sent, the notice stays.
    window.notice.show_message("The softphone could not dial.", Tone.ERROR)
    window.search.edit.setText("0821234567")
    window.toggle_call()
    clock.advance(30)
    window.toggle_call()
    window.send_log()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT)
    qtbot.waitUntil(
        lambda: window.outbox.summary.read and window.outbox.summary.quiet, timeout=WAIT
    )
    assert banner.text == text
    banner.dismiss()
    with qtbot.waitSignal(window.outbox.summary_changed, timeout=WAIT):
        window.outbox.refresh()
    assert banner.text == "" and not banner.isVisible()


@pytest.mark.logs_errors  # the damage is logged as an error
def test_a_zero_byte_outbox_is_reported_in_the_window(qtbot, make_window, tmp_path):
    (tmp_path / "outbox.sqlite3").write_bytes(b"")
    window = make_window()
    banner = window.outbox_view.recovery_banner
    qtbot.waitUntil(lambda: "was empty (0 bytes)" in banner.text, timeout=WAIT)
    assert kept_file(tmp_path) in banner.text


@pytest.mark.logs_errors  # the damage is logged as an error
def test_calls_in_review_carried_over_are_counted_and_come_back(qtbot, make_window, tmp_path):
    """kill -9 with a call in review, then the file cut to nothing: its journal gives it back."""
    path = tmp_path / "outbox.sqlite3"
    Outbox(path).open().close()
    store = CallStore(path)
    start = datetime(2026, 3, 2, 8, 0, 0, tzinfo=timezone.utc)
    store.save(
        Call(
            id="call-1",
            softphone_id="",
            direction=CallDirection.INBOUND,
            number="+27721234567",
            started_at=start,
            state=CallState.ENDED,
            answered_at=start + timedelta(seconds=3),
            ended_at=start + timedelta(seconds=60),
        )
    )
    wal = (tmp_path / "outbox.sqlite3-wal").read_bytes()
    store.close()
    path.write_bytes(b"")
    (tmp_path / "outbox.sqlite3-wal").write_bytes(wal)
    window = make_window()
    banner = window.outbox_view.recovery_banner
    qtbot.waitUntil(lambda: "1 call in progress or in review" in banner.text, timeout=WAIT)
    qtbot.waitUntil(lambda: window.book.entry("call-1") is not None, timeout=WAIT)
