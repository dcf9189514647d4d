"""The call bar's words: "Ringing · 072 123 4567 · James May", and the waiting call's line."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agent_desktop.core.api.models import Contact
from agent_desktop.core.calls.book import Call, CallState, Lookup


def _tr(text: str) -> str:
    return QCoreApplication.translate("CallPanel", text)


def display(number: str, region: str) -> str:
    from agent_desktop.core.phone import display_number

    return display_number(number, region) if number else ""


def found(call: Call) -> list[Contact] | None:
    """What the call's lookup found; None while it has not answered."""
    return list(call.matches) if call.lookup is Lookup.FOUND else None


def headline(call: Call | None, region: str, matches: list[Contact] | None) -> str:
    """The current call's state, number and who (or what its lookup found so far)."""
    if call is None or not call.live:
        return _tr("No call · F9 starts")
    word = {
        CallState.RINGING: _tr("Ringing"),
        CallState.DIALLING: _tr("Dialling"),
        CallState.CONNECTED: _tr("Connected"),
    }[call.state]
    return " · ".join(p for p in (word, display(call.number, region), who(call, matches)) if p)


def who(call: Call, matches: list[Contact] | None) -> str:
    if call.contact is not None:
        return call.contact.display_name
    if call.awaiting is not None:
        return _tr("%1 (being created)").replace("%1", call.awaiting[1])
    if matches is None and call.lookup is Lookup.FAILED:
        return _tr("Not found yet – trying again")
    if matches is None:
        return _tr("Looking up…")
    if not matches:
        return _tr("Unknown caller")
    return _tr("%1 matches – pick one").replace("%1", str(len(matches)))


def waiting_line(other: Call, region: str) -> str:
    """Call waiting: the other live call, with its own state."""
    word = {
        CallState.RINGING: _tr("Also ringing"),
        CallState.DIALLING: _tr("Also dialling"),
        CallState.CONNECTED: _tr("Also connected"),
    }[other.state]
    contact = other.contact
    name = (
        contact.display_name
        if contact is not None
        else (
            _tr("%1 matches").replace("%1", str(len(other.matches)))
            if len(other.matches) > 1
            else _tr("Unknown caller")
            if other.lookup is Lookup.FOUND
            else ""
        )
    )
    company = (
        contact.company
        if contact is not None and contact.company and contact.company != contact.display_name
        else ""
    )
    return " · ".join(p for p in (word, display(other.number, region), name, company) if p)
