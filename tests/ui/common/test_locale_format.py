"""Dates, times and numbers in the window follow the locale; the API's formats do not move."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import QLocale

from agent_desktop.core.api.models import AgentIdentity
from agent_desktop.core.calls.log import CallDirection, CallRecord, CallType
from agent_desktop.ui.app.translations import install_translations, remove_translations
from agent_desktop.ui.common import locale_format as lf
from agent_desktop.ui.outbox.outbox_texts import when_text

START = datetime(2026, 12, 1, 13, 25, 7)
END = datetime(2026, 12, 1, 13, 26, 12)


@pytest.fixture
def locale(qapp):
    """locale("de_DE"): the default QLocale for this test; the system's again afterwards."""
    yield lambda name: QLocale.setDefault(QLocale(name))
    QLocale.setDefault(QLocale.system())


@pytest.mark.parametrize(
    ("name", "day", "time", "thousands"),
    [
        ("en_GB", "Tuesday, 1 December 2026", "13:25", "1,234,567"),
        ("en_US", "Tuesday, December 1, 2026", "1:25\u202fPM", "1,234,567"),
        ("de_DE", "Dienstag, 1. Dezember 2026", "13:25", "1.234.567"),
        ("pt_BR", "terça-feira, 1 de dezembro de 2026", "13:25", "1.234.567"),
        ("af_ZA", "Dinsdag 01 Desember 2026", "13:25", "1\u00a0234\u00a0567"),
    ],
)
def test_dates_times_and_numbers_follow_the_locale(locale, name, day, time, thousands):
    locale(name)
    assert lf.date_text(START.date()) == day
    assert lf.time_text(START).replace(" ", "\u202f") == time
    assert lf.number(1234567) == thousands


def test_a_call_reads_as_one_range(locale):
    locale("en_GB")
    assert lf.call_time_text(START, END) == "Tuesday, 1 December 2026, 13:25–13:26"
    assert lf.call_time_text(START) == "Tuesday, 1 December 2026, 13:25"
    overnight = lf.call_time_text(START.replace(hour=23, minute=59), END + timedelta(days=1))
    assert overnight == "Tuesday, 1 December 2026, 23:59–02/12/2026 13:26"


def test_a_list_shows_the_time_today_and_the_date_before(locale):
    locale("de_DE")
    now = START + timedelta(hours=2)
    assert lf.moment_text(START, now) == "13:25"
    assert lf.moment_text(START - timedelta(days=3), now) == "28.11.26 13:25"
    assert when_text(START.timestamp(), now) == "13:25"  # the outbox's Time column


@pytest.mark.parametrize(
    ("age", "expected"),
    [
        (timedelta(seconds=20), "Just now"),
        (timedelta(minutes=5, seconds=40), "5 min ago"),
        (timedelta(hours=3), "10:25"),
        (timedelta(days=1), "Yesterday 13:25"),
        (timedelta(days=4), "27/11/2026 13:25"),
    ],
)
def test_relative_times_for_recent_calls(locale, age, expected):
    locale("en_GB")
    assert lf.relative_text(START - age, START) == expected


def test_relative_times_in_german(locale, qapp):
    locale("de_DE")
    install_translations(qapp, "de")
    try:
        assert lf.relative_text(START - timedelta(minutes=5), START) == "vor 5 Min."
        assert lf.relative_text(START - timedelta(days=1), START) == "Gestern 13:25"
        assert lf.relative_text(START, START) == "Gerade eben"
    finally:
        remove_translations(qapp)


@pytest.mark.parametrize(
    ("seconds", "text"), [(0, "0:00"), (45, "0:45"), (205, "3:25"), (3723, "1:02:03"), (-5, "0:00")]
)
def test_durations_read_like_a_stopwatch(seconds, text):
    assert lf.duration_text(seconds) == text
    assert lf.duration_text(timedelta(seconds=seconds)) == text


def test_the_call_log_payload_keeps_the_documented_formats_in_a_german_window(qapp):
    install_translations(qapp, "de")
    try:
        record = CallRecord(
            start=datetime(2026, 12, 1, 13, 25, 7, tzinfo=timezone.utc),
            end=datetime(2026, 12, 1, 13, 26, 12, tzinfo=timezone.utc),
            call_type=CallType.INBOUND,
            direction=CallDirection.INBOUND,
            number="0721234567",
            contact=None,
            agent=AgentIdentity("Ada", "Agent", "ada@example.com"),
        )
        payload = record.to_payload(timezone.utc)
    finally:
        remove_translations(qapp)
    assert payload["DateTime"] == "01-12-26 13:25:07"
    assert payload["CallStartTimeLocal"] == "13:25:07"
    assert payload["CallEndTimeLocal"] == "13:26:12"
    assert payload["Duration"] == payload["DurationTimespan"] == "00:01:05"
    assert date(2026, 12, 1).strftime("%d-%m-%y") == "01-12-26"
