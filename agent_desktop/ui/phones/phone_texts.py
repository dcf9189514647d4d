"""The phone source's status in the agent's language (core/phones/source.py keeps it as data)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agent_desktop.core.phones.source import PhoneKind, Problem, SourceState, SourceStatus
from agent_desktop.ui.common.core_texts import tr_core


def _tr(text: str) -> str:
    return QCoreApplication.translate("PhoneTexts", text)


def source_name(kind: PhoneKind | str) -> str:
    value = kind.value if isinstance(kind, PhoneKind) else kind
    names = {
        "command": _tr("The call command"),
        "desk_phone": _tr("The desk phone"),
        "baresip": "baresip",  # product names
        "asterisk": "Asterisk",
        "bria": "Bria",
    }
    return names.get(value, value)


def problem_text(problem: Problem) -> str:
    texts = {
        Problem.NONE: _tr("not connected"),
        Problem.UNREACHABLE: _tr("not reachable"),
        Problem.CLOSED: _tr("the connection was closed"),
        Problem.ADDRESS_IN_USE: _tr("the port is in use by another program"),
        Problem.ADDRESS_INVALID: _tr("the address cannot be used"),
        Problem.AUTH_FAILED: _tr("the login was refused"),
        Problem.NOT_CONFIGURED: _tr("not set up"),
        Problem.PROTOCOL: _tr("it does not answer as expected"),
        Problem.NOT_APPROVED: _tr("waiting to be allowed in Bria (Notification tab, Allow Access)"),
    }
    return texts[problem]


def status_text(status: SourceStatus) -> str:
    """One line: "Connected to baresip at 127.0.0.1:4444", "Listening on 0.0.0.0:8765 · last
    event 10:42 from 192.168.1.50", "baresip at 127.0.0.1:4444: not reachable; trying again in
    8 s" …"""
    name = source_name(status.kind)
    if status.state is SourceState.OFF:
        text = _tr("%1: off").replace("%1", name)
    elif status.state is SourceState.STARTING:
        text = _tr("%1: connecting to %2").replace("%1", name).replace("%2", status.address)
    elif status.state is SourceState.CONNECTED:
        text = _tr("Connected to %1 at %2").replace("%1", name).replace("%2", status.address)
    elif status.state is SourceState.LISTENING:
        text = _tr("Listening on %1").replace("%1", status.address)
    else:
        text = (
            _tr("%1 at %2: %3")
            .replace("%1", name)
            .replace("%2", status.address)
            .replace("%3", problem_text(status.problem))
        )
        if status.detail:
            text += f" ({tr_core(status.detail)})"
        if status.retry_in is not None:
            text += _tr("; trying again in %1 s").replace("%1", str(round(status.retry_in)))
    if status.last_event_at is not None:
        at = status.last_event_at.astimezone().strftime("%H:%M")
        if status.last_event_from:
            text += (
                _tr(" · last event %1 from %2")
                .replace("%1", at)
                .replace("%2", status.last_event_from)
            )
        else:
            text += _tr(" · last event %1").replace("%1", at)
    if status.refused:
        text += _tr(" · requests refused: %1").replace("%1", str(status.refused))
        if status.refused_from:
            text += _tr(" (from %1)").replace("%1", ", ".join(status.refused_from[-3:]))
    return text


def cannot_start(kind: str, reason: str) -> str:
    return _tr("%1 could not be started: %2").replace("%1", source_name(kind)).replace("%2", reason)
