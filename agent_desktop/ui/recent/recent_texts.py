"""Words for calls as a person reads them: the outcome (direction implied), who it was, when,
how long, and where its log stands — shared by the Recent calls list and the review."""

from __future__ import annotations

from datetime import date, datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication

from agent_desktop.core.api.models import CallType
from agent_desktop.core.calls.book import Call
from agent_desktop.core.calls.recent import LogStatus, RecentCall
from agent_desktop.ui.calls.call_texts import display
from agent_desktop.ui.common import locale_format, theme


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallWords", text)


# The one control for how the call went: each choice is the API's CallType, and the direction
# follows from it (core/calls/call.py), so an agent never sets Direction and Type apart.
OUTCOMES: tuple[tuple[CallType, str], ...] = (
    (CallType.INBOUND, "Answered"),
    (CallType.MISSED, "Missed"),
    (CallType.OUTBOUND, "Outbound"),
    (CallType.NOT_ANSWERED, "No answer"),
)


def _outcome(outcome: CallType) -> tuple[str, str]:
    """The outcome's word in the list, and the sentence that explains it."""
    return {
        CallType.INBOUND: (_tr("Answered"), _tr("They called, you answered")),
        CallType.MISSED: (_tr("Missed"), _tr("They called, nobody answered")),
        CallType.OUTBOUND: (_tr("Outbound"), _tr("You called, they answered")),
        CallType.NOT_ANSWERED: (_tr("No answer"), _tr("You called, they did not answer")),
    }[outcome]


def outcome_text(outcome: CallType) -> str:
    return _outcome(outcome)[0]


def outcome_hint(outcome: CallType) -> str:
    return _outcome(outcome)[1]


_OUTCOME_ICONS: dict[CallType, tuple[str, int | None]] = {
    CallType.INBOUND: ("call-in", None),
    CallType.MISSED: ("call-missed", theme.HUE_ERROR),
    CallType.OUTBOUND: ("call-out", None),
    CallType.NOT_ANSWERED: ("call-out", theme.HUE_WARN),
}


def outcome_icon(outcome: CallType) -> tuple[str, int | None]:
    """The glyph and its hue for a call's outcome (missed ones stand out in red)."""
    return _OUTCOME_ICONS[outcome]


def who(call: Call, region: str) -> str:
    """The caller's name, else the number as the agent writes it, else "Unknown caller"."""
    if call.contact is not None and call.contact.display_name:
        return call.contact.display_name
    return display(call.number, region) if call.number else _tr("Unknown caller")


def log_text(status: LogStatus, offline: bool = False) -> str:
    if status is LogStatus.WAITING and offline:
        return _tr("Saved — will send when back online")
    return {
        LogStatus.REVIEW: _tr("Not sent — review"),
        LogStatus.WAITING: _tr("Saved — waiting to send"),
        LogStatus.SENT: _tr("Logged ✓"),
        LogStatus.ATTENTION: _tr("Needs attention"),
        LogStatus.DISCARDED: _tr("Not logged"),
    }[status]


def row_text(
    row: RecentCall, now: datetime, tz: tzinfo | None, region: str, offline: bool = False
) -> str:
    """Two lines: who, then "Missed · 2 min ago · 0:00 · Logged ✓"."""
    call = row.call
    started = call.started_at.astimezone(tz)
    details = (
        _tr("%1 · %2 · %3 · %4")
        .replace("%1", outcome_text(call.outcome))
        .replace("%2", locale_format.relative_text(started, now.astimezone(tz)))
        .replace("%3", locale_format.duration_text(call.talk_time))
        .replace("%4", log_text(row.log, offline))
    )
    return f"{who(call, region)}\n{details}"


class RowTexts:
    """`row_text` remembered per call until something it reads changes: the list is filled
    again at every change of any call (a day of calls replayed at start changes hundreds), and
    writing 500 rows anew each time held the window for a third of a second."""

    def __init__(self) -> None:
        self._memo: dict[str, tuple[tuple[object, ...], str]] = {}

    def texts(
        self,
        rows: list[RecentCall],
        now: datetime,
        tz: tzinfo | None,
        region: str,
        offline: bool = False,
    ) -> list[str]:
        """The rows' texts, in order; the calls no longer listed are forgotten."""
        today = now.astimezone(tz).date()
        memo: dict[str, tuple[tuple[object, ...], str]] = {}
        texts: list[str] = []
        for row in rows:
            key = _key(row, now, today, tz, region, offline)
            known = self._memo.get(row.call.id)
            text = (
                known[1]
                if known is not None and known[0] == key
                else row_text(row, now, tz, region, offline)
            )
            memo[row.call.id] = (key, text)
            texts.append(text)
        self._memo = memo
        return texts

    def prepare(
        self,
        rows: list[RecentCall],
        now: datetime,
        tz: tzinfo | None,
        region: str,
        offline: bool = False,
    ) -> dict[str, tuple[tuple[object, ...], str]]:
        """On a worker: the texts `texts` would have to write anew, for `learn` (the GUI
        thread then only writes what changed since, a day of new calls included)."""
        today = now.astimezone(tz).date()
        memo = self._memo  # replaced whole on the GUI thread, never changed in place
        made: dict[str, tuple[tuple[object, ...], str]] = {}
        for row in rows:
            key = _key(row, now, today, tz, region, offline)
            known = memo.get(row.call.id)
            if known is None or known[0] != key:
                made[row.call.id] = (key, row_text(row, now, tz, region, offline))
        return made

    def learn(self, made: dict[str, tuple[tuple[object, ...], str]]) -> None:
        """What `prepare` made, on the GUI thread."""
        if made:
            self._memo = {**self._memo, **made}


def _key(
    row: RecentCall, now: datetime, today: date, tz: tzinfo | None, region: str, offline: bool
) -> tuple[object, ...]:
    """All that row_text reads. relative_text: "Just now" / "N min ago" within the hour; after
    that the moment's own time and date against today's date."""
    call = row.call
    age = now - call.started_at
    minutes = int(age.total_seconds() // 60) if timedelta(0) <= age < _HOUR else -1
    return (
        minutes,
        today,
        tz,
        region,
        offline,
        row.log,
        call.number,
        call.contact.display_name if call.contact is not None else None,
        call.outcome,
        call.talk_time,
        call.started_at,
    )


_HOUR = timedelta(hours=1)


def when_text(call: Call, tz: tzinfo | None) -> str:
    """ "Tuesday, 1 December 2026, 13:25–13:26" in the agent's locale: ring (or dial) to hang-up."""
    start = call.started_at.astimezone(tz)
    end = call.ended_at.astimezone(tz) if call.ended_at is not None else None
    return locale_format.call_time_text(start, end)


def missed_badge(count: int) -> str:
    return (
        _tr("1 missed")
        if count == 1
        else _tr("%1 missed").replace("%1", locale_format.number(count))
    )
