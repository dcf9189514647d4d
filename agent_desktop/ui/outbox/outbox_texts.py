"""Words for the outbox: counts, what the strip says in each delivery state, entry titles."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication

from agent_desktop.core.outbox.delivery import WorkerState, WorkerStatus
from agent_desktop.core.outbox.outbox import OutboxKind, OutboxState
from agent_desktop.core.outbox.recovery import OutboxRecovery
from agent_desktop.qt.outbox_summary import OutboxSummary
from agent_desktop.ui.common import locale_format, theme

# Marks a string for lupdate and returns it (Qt's stub types the result as object).
QT_TRANSLATE_NOOP = cast("Callable[[str, str], str]", QtCore.QT_TRANSLATE_NOOP)


def _tr(text: str) -> str:
    return QCoreApplication.translate("Outbox", text)


def _count(n: int, one: str, many: str) -> str:
    return _tr(one) if n == 1 else _tr(many).replace("%1", str(n))


def count_text(calls: int, contacts: int) -> str:
    """ "2 call logs", "1 new contact", "2 call logs and 1 new contact"."""
    parts = []
    if calls or not contacts:
        parts.append(_count(calls, *_WORDS[OutboxKind.CALL_LOG].count))
    if contacts:
        parts.append(_count(contacts, *_WORDS[OutboxKind.CREATE_CONTACT].count))
    return (
        _tr("%1 and %2").replace("%1", parts[0]).replace("%2", parts[1])
        if len(parts) == 2
        else parts[0]
    )


def attention_text(n: int) -> str:
    return _count(
        n,
        QT_TRANSLATE_NOOP("Outbox", "1 needs attention"),
        QT_TRANSLATE_NOOP("Outbox", "%1 need attention"),
    )


def recovery_text(recovery: OutboxRecovery) -> str:
    """The damaged-outbox notice: what happened, where the old file is, what was carried over."""
    if recovery.stranger == "folder":
        what = _tr("There was a folder where the outbox file %1 should be.")
    elif recovery.stranger == "foreign":
        what = _tr("The file %1 held another program's database, not an outbox.")
    elif recovery.was_empty:
        what = _tr(
            "The outbox file %1 was empty (0 bytes), as a crash or a full disk can leave it."
        )
    else:
        what = _tr("The outbox file %1 was damaged.")
    found = [
        text
        for n, text in (
            (
                recovery.entries,
                _count(
                    recovery.entries,
                    QT_TRANSLATE_NOOP("Outbox", "1 outbox entry"),
                    QT_TRANSLATE_NOOP("Outbox", "%1 outbox entries"),
                ),
            ),
            (
                recovery.calls,
                _count(
                    recovery.calls,
                    QT_TRANSLATE_NOOP("Outbox", "1 call in progress or in review"),
                    QT_TRANSLATE_NOOP("Outbox", "%1 calls in progress or in review"),
                ),
            ),
            (
                recovery.events,
                _count(
                    recovery.events,
                    QT_TRANSLATE_NOOP("Outbox", "1 softphone event still to replay"),
                    QT_TRANSLATE_NOOP("Outbox", "%1 softphone events still to replay"),
                ),
            ),
        )
        if n
    ]
    carried = (
        _tr("Carried into the new outbox: %1.").replace("%1", "; ".join(found))
        if found
        else _tr("Nothing could be read from it.")
    )
    parts = (
        what.replace("%1", str(recovery.original)),
        _tr("It was kept as %1 and a new outbox was started.").replace("%1", str(recovery.kept_as)),
        "" if recovery.stranger else carried,  # nothing of ours was in it
        _tr("New call logs are saved and sent as usual."),
    )
    return " ".join(part for part in parts if part)


@dataclass(frozen=True)
class StripView:
    text: str = ""  # empty: nothing worth a strip
    detail: str = ""
    hue: int = theme.HUE_INFO
    busy: bool = False  # only "sending as usual": shown after a moment, not for every send
    retry: bool = False  # offer "Retry now"
    settings: bool = False  # offer "Settings…"


def strip_view(summary: OutboxSummary, status: WorkerStatus | None, configured: bool) -> StripView:
    """What the strip says, most urgent first: memory-only entries, then delivery trouble, then
    plain sending; entries needing attention have their own button next to it."""
    if summary.held:
        what = count_text(summary.held_calls, summary.held - summary.held_calls)
        return StripView(
            _tr("Could not save %1 to disk: %2")
            .replace("%1", what)
            .replace("%2", summary.held_reason),
            _tr(
                "It is kept in memory and will be written as soon as possible; keep Agent Desktop "
                "open until then."
            ),
            theme.HUE_ERROR,
        )
    if summary.storage_error:
        return StripView(
            _tr("The outbox cannot be written: %1").replace("%1", summary.storage_error),
            _tr("New call logs are kept in memory until it can."),
            theme.HUE_ERROR,
        )
    if summary.waiting:
        return _waiting_view(summary, status, configured)
    if summary.attention:
        refused = count_text(summary.attention_calls, summary.attention - summary.attention_calls)
        return StripView(
            _tr("SwitchTransact refused %1.").replace("%1", refused),
            _tr("Correct and resend, or discard: nothing is dropped without you deciding."),
            theme.HUE_ERROR,
        )
    return StripView()


def _waiting_view(
    summary: OutboxSummary, status: WorkerStatus | None, configured: bool
) -> StripView:
    what = count_text(summary.waiting_calls, summary.waiting_contacts)
    later = _tr("You can quit: they will be sent next time Agent Desktop starts.")
    state = status.state if status is not None else None
    if state == WorkerState.OFFLINE:
        return StripView(
            _tr("Offline — %1 waiting, will send when the connection is back.").replace("%1", what),
            later,
            theme.HUE_WARN,
            retry=True,
        )
    if state == WorkerState.RATE_LIMITED:
        resumes = status.paused_until if status is not None else None
        if resumes is not None and resumes - time.time() > 90:  # a long Retry-After: say when
            at = datetime.fromtimestamp(resumes).strftime("%H:%M")
            return StripView(
                _tr("SwitchTransact asked to slow down — %1 waiting; sending resumes at %2.")
                .replace("%1", what)
                .replace("%2", at),
                later,
                theme.HUE_WARN,
            )
        return StripView(
            _tr("SwitchTransact asked to slow down — %1 waiting; sending resumes shortly.").replace(
                "%1", what
            ),
            later,
            theme.HUE_WARN,
        )
    if state == WorkerState.SERVER_TROUBLE:
        return StripView(
            _tr("SwitchTransact has a problem — %1 waiting; retrying automatically.").replace(
                "%1", what
            ),
            summary.last_error or later,
            theme.HUE_WARN,
            retry=True,
        )
    if state == WorkerState.AUTH_BLOCKED:
        return StripView(
            _tr("Sending paused: SwitchTransact refused the API key — %1 waiting.").replace(
                "%1", what
            ),
            _tr("Fix the key in Settings; they are sent then."),
            theme.HUE_ERROR,
            settings=True,
        )
    if status is not None and state == WorkerState.STORAGE_UNAVAILABLE:
        return StripView(status.message, later, theme.HUE_ERROR)
    if state == WorkerState.NOT_CONNECTED or not configured:
        return StripView(
            _tr("%1 waiting — not connected to SwitchTransact.").replace("%1", what),
            (status.message if status is not None and status.message else "")
            or _tr("Set up the server address and API key in Settings."),
            theme.HUE_WARN,
            settings=True,
        )
    return StripView(_tr("Saved — sending %1…").replace("%1", what), "", theme.HUE_INFO, busy=True)


# --- entries ----------------------------------------------------------------------------------


def entry_title(kind: str, payload: Mapping[str, object]) -> str:
    return _WORDS[OutboxKind(kind)].title(payload)


def _call_log_title(payload: Mapping[str, object]) -> str:
    name = payload.get("Name") or payload.get("Number") or _tr("Unknown caller")
    parts = [str(name)]
    if payload.get("Number") and payload.get("Number") != name:
        parts.append(str(payload["Number"]))
    if payload.get("Duration"):
        parts.append(str(payload["Duration"]))
    return " · ".join(parts)


def _contact_title(payload: Mapping[str, object]) -> str:
    name = " ".join(str(x) for x in (payload.get("firstname"), payload.get("lastname")) if x)
    title = _tr("New contact: %1").replace("%1", name or "—")
    return f"{title} · {payload['phone']}" if payload.get("phone") else title


@dataclass(frozen=True)
class KindWords:
    """How one outbox kind is shown (core/outbox/kinds.py has how it is sent)."""

    count: tuple[str, str]  # "1 …", "%1 …": marked here, translated when counted
    title: Callable[[Mapping[str, object]], str]  # one line naming an entry


_WORDS = {
    OutboxKind.CALL_LOG: KindWords(
        (QT_TRANSLATE_NOOP("Outbox", "1 call log"), QT_TRANSLATE_NOOP("Outbox", "%1 call logs")),
        _call_log_title,
    ),
    OutboxKind.CREATE_CONTACT: KindWords(
        (
            QT_TRANSLATE_NOOP("Outbox", "1 new contact"),
            QT_TRANSLATE_NOOP("Outbox", "%1 new contacts"),
        ),
        _contact_title,
    ),
}


def state_text(state: OutboxState | None, has_error: bool = False) -> str:
    """None: held in memory, not in the file yet."""
    if state is None:
        return _tr("Not saved to disk yet")
    if state is OutboxState.PENDING:
        return _tr("Waiting to retry") if has_error else _tr("Waiting")
    return {
        OutboxState.SENDING: _tr("Sending…"),
        OutboxState.SENT: _tr("Sent"),
        OutboxState.NEEDS_ATTENTION: _tr("Needs attention"),
        OutboxState.DISCARDED: _tr("Discarded"),
    }[state]


_HUES = {
    OutboxState.NEEDS_ATTENTION: theme.HUE_ERROR,
    OutboxState.SENT: theme.HUE_OK,
    OutboxState.PENDING: theme.HUE_WARN,
    OutboxState.SENDING: theme.HUE_INFO,
    OutboxState.DISCARDED: -1,
}


def state_hue(state: OutboxState | None) -> int:
    return _HUES[state] if state is not None else theme.HUE_ERROR


def when_text(timestamp: float, now: datetime | None = None) -> str:
    """When an entry was made, in the locale's form: the time today, else date and time."""
    return locale_format.moment_text(datetime.fromtimestamp(timestamp), now or datetime.now())
