"""Dates, times, durations and numbers as the agent's locale writes them, for display only.

Everything the window shows goes through here and QLocale() (the default locale, which
ui/app/translations.py sets to the interface language's when the system speaks another), so "13:25"
is "1:25 PM" in the US and "1 Dec" is "1. Dez." in German. What is *sent* never does: the API's
formats (dd-mm-yy, hh:mm:ss) are built in core/calls/log.py and stay exactly as documented.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime

SHORT = QLocale.FormatType.ShortFormat
LONG = QLocale.FormatType.LongFormat


def _tr(text: str) -> str:
    return QCoreApplication.translate("LocaleFormat", text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _qtime(moment: datetime) -> QTime:
    return QTime(moment.hour, moment.minute, moment.second)


def number(value: int | float) -> str:
    """1234 -> "1,234" (en), "1.234" (de), "1 234" (fr)."""
    return QLocale().toString(value)


def time_text(moment: datetime) -> str:
    """The time of day, hours and minutes: "13:25", "1:25 PM"."""
    return QLocale().toString(_qtime(moment), SHORT)


def date_text(day: date) -> str:
    """A date written out with its weekday: "Tuesday, 1 December 2026", "Dienstag, 1. Dezember
    2026" — unambiguous where 01-12-26 is not."""
    return QLocale().toString(_qdate(day), LONG)


def short_date_text(day: date) -> str:
    """A short numeric date: "01/12/2026", "01.12.26"."""
    return QLocale().toString(_qdate(day), SHORT)


def moment_text(moment: datetime, now: datetime) -> str:
    """A time stamp in a list: the time alone today, else the short date and the time."""
    if moment.date() == now.date():
        return time_text(moment)
    return (
        _tr("%1 %2").replace("%1", short_date_text(moment.date())).replace("%2", time_text(moment))
    )


def call_time_text(start: datetime, end: datetime | None = None) -> str:
    """When a call was: "Tuesday, 1 December 2026, 13:25–13:26" (the end's date when it differs)."""
    when = date_text(start.date())
    if end is None:
        return _tr("%1, %2").replace("%1", when).replace("%2", time_text(start))
    end_text = time_text(end) if end.date() == start.date() else moment_text(end, start)
    return (
        _tr("%1, %2–%3").replace("%1", when).replace("%2", time_text(start)).replace("%3", end_text)
    )


def duration_text(length: timedelta | float) -> str:
    """A call's length as a stopwatch shows it: "0:45", "3:25", "1:02:03"."""
    seconds = int(length.total_seconds() if isinstance(length, timedelta) else length)
    hours, rest = divmod(max(seconds, 0), 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


def relative_text(moment: datetime, now: datetime) -> str:
    """For a list of recent things: "Just now", "5 min ago", "14:05", "Yesterday 14:05", and an
    older one's short date and time."""
    age = now - moment
    if timedelta(0) <= age < timedelta(minutes=1):
        return _tr("Just now")
    if timedelta(0) <= age < timedelta(hours=1):
        return _tr("%1 min ago").replace("%1", number(int(age.total_seconds() // 60)))
    if moment.date() == now.date():
        return time_text(moment)
    if moment.date() == now.date() - timedelta(days=1):
        return _tr("Yesterday %1").replace("%1", time_text(moment))
    return moment_text(moment, now)
