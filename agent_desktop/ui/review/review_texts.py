"""What the review shows, as text: the payload's rows, the call's times, the outcome choices, the
main button and the banner for each state of the log."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication

from agent_desktop.core.api.models import CallDirection
from agent_desktop.core.calls.book import Call
from agent_desktop.core.calls.logs import LogEntry, LogState
from agent_desktop.core.outbox.outbox import OutboxKind
from agent_desktop.ui.common.widgets import Tone
from agent_desktop.ui.outbox.outbox_texts import entry_title


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReviewPane", text)


def payload_rows(p: dict[str, str]) -> list[tuple[str, str, str]]:
    """(caption, value, API fields) — the payload grouped the way an agent reads it."""
    agent = " ".join(x for x in (p.get("AgentFirstName"), p.get("AgentLastName")) if x)
    linked = bool(p.get("EntityId"))
    return [
        (_tr("Name"), p.get("Name", ""), "Name"),
        (_tr("Number"), p.get("Number", ""), "Number"),
        (
            _tr("Entity"),
            p.get("EntityType", "") if linked else _tr("No contact linked"),
            "EntityType",
        ),
        (_tr("Entity ID"), p.get("EntityId", ""), "EntityId"),
        (
            _tr("Call type"),
            {"Notanswered": _tr("Not answered")}.get(p.get("CallType", ""), p.get("CallType", "")),
            "CallType",
        ),
        (_tr("Direction"), p.get("CallDirection", ""), "CallDirection"),
        (_tr("Duration"), p.get("Duration", ""), "Duration, DurationTimespan"),
        (_tr("Date and time"), p.get("DateTime", ""), "DateTime"),
        (
            _tr("Local time"),
            f"{p.get('CallStartTimeLocal', '')} – {p.get('CallEndTimeLocal', '')}",
            "CallStartTimeLocal, CallEndTimeLocal",
        ),
        (
            _tr("Agent"),
            agent or _tr("Not set — add your name in Settings"),
            "AgentFirstName, AgentLastName",
        ),
        (_tr("Agent email"), p.get("AgentEmail", ""), "AgentEmail"),
    ]


def call_times(call: Call, tz: tzinfo | None) -> str:
    """ "Rang 10:00:00 · answered 10:00:05 · ended 10:01:40" (the ring time kept when missed)."""
    first = _tr("Rang %1") if call.direction is CallDirection.INBOUND else _tr("Dialled %1")
    parts = [first.replace("%1", call.started_at.astimezone(tz).strftime("%H:%M:%S"))]
    if call.answered_at is not None:
        parts.append(
            _tr("answered %1").replace("%1", call.answered_at.astimezone(tz).strftime("%H:%M:%S"))
        )
    else:
        parts.append(_tr("not answered"))
    if call.ended_at is not None:
        parts.append(
            _tr("ended %1").replace("%1", call.ended_at.astimezone(tz).strftime("%H:%M:%S"))
        )
    return " · ".join(parts)


def caller_line(p: dict[str, str]) -> str:
    """ "James May · Customer": who the call was with and what kind of record it is."""
    name = p.get("Name") or p.get("Number") or _tr("Unknown caller")
    kind = p.get("EntityType", "") if p.get("EntityId") else ""
    return _tr("%1 · %2").replace("%1", name).replace("%2", kind) if kind else name


def duration_words(p: dict[str, str]) -> str:
    """The talk time as a stopwatch shows it ("0:45"), from the log's hh:mm:ss."""
    from agent_desktop.ui.common.locale_format import duration_text

    try:
        hours, minutes, seconds = (int(x) for x in p.get("DurationTimespan", "").split(":"))
    except ValueError:
        return p.get("Duration", "") or "—"
    return duration_text(hours * 3600 + minutes * 60 + seconds)


def record_text(p: dict[str, str]) -> str:
    """The linked record as the agent knows it, or that there is none."""
    if not p.get("EntityId"):
        return _tr("No contact linked — search above to link one")
    name = p.get("Name") or p.get("EntityId", "")
    kind = p.get("EntityType", "")
    return _tr("%1 (%2)").replace("%1", name).replace("%2", kind) if kind else name


def button_text(state: LogState) -> tuple[str, str]:
    """The main button's text and icon for the log's state."""
    return {
        LogState.REVIEW: (_tr("Send log"), "send"),
        LogState.LOOKUP: (_tr("Done"), "check"),
        LogState.SAVING: (_tr("Saving…"), "send"),
        LogState.QUEUED: (_tr("Done"), "check"),
        LogState.HELD: (_tr("Done"), "check"),
        LogState.ATTENTION: (_tr("Edit && resend…"), "retry"),
        LogState.FAILED: (_tr("Retry"), "retry"),
        LogState.SENT: (_tr("Done"), "check"),
        LogState.DISCARDED: (_tr("Done"), "check"),
    }[state]


def state_message(
    entry: LogEntry, offline: bool = False, stalled: bool = False
) -> tuple[str, Tone] | None:
    """What the banner says about the log now (None: nothing). Saved while SwitchTransact
    cannot be reached, it says so — never an endless "sending"."""
    state = entry.state
    if state is LogState.REVIEW and entry.awaiting:
        return (
            _tr(
                "%1 is still being created in SwitchTransact. Sent now, this log has "
                "no contact link (the number is kept); wait a moment and it is "
                "linked to the new contact."
            ).replace("%1", entry.awaiting[1]),
            Tone.WARNING,
        )
    if state is LogState.LOOKUP:
        return (
            _tr(
                "Sent once SwitchTransact says who called: the number is being looked up "
                "again. The log is kept here; you can carry on."
            ),
            Tone.INFO,
        )
    if state is LogState.QUEUED and offline:
        return (
            _tr(
                "Saved — will send when back online. The log is safe in the outbox; you "
                "can carry on."
            ),
            Tone.INFO,
        )
    if state is LogState.QUEUED and stalled:
        return (
            _tr(
                "Saved — it is sent as soon as SwitchTransact takes it; the bar below says "
                "what it waits for. The log is safe in the outbox."
            ),
            Tone.INFO,
        )
    if state is LogState.QUEUED:
        return (_tr("Saved — sending… The log is safe in the outbox; you can carry on."), Tone.INFO)
    if state is LogState.HELD:
        return (
            _tr(
                "Could not save the call log to disk: %1 It is kept in memory and "
                "will be written as soon as possible."
            ).replace("%1", entry.error),
            Tone.WARNING,
        )
    if state is LogState.ATTENTION:
        return (
            _tr(
                "Not logged. %1 Correct it and send it again, or discard it in the outbox."
            ).replace("%1", entry.error),
            Tone.ERROR,
        )
    if state is LogState.FAILED:
        return (
            _tr("Not sent: %1 The log is kept here; press Retry when ready.").replace(
                "%1", entry.error
            ),
            Tone.ERROR,
        )
    if state is LogState.SENT:
        return _tr("Logged ✓"), Tone.SUCCESS
    return None


def log_title(entry: LogEntry) -> str:
    """How a call log is named in the strips and messages (as the outbox names it)."""
    return entry_title(OutboxKind.CALL_LOG, entry.payload)
