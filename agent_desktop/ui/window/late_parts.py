"""What the window builds after its first paint (ui/window/rest.py), declared once.

Two groups, in the order they are built: the parts (services over the outbox file, the card
pages, the strips, the menus' actions), then the flows that tie them together. The window holds
each group once it is complete (MainWindow.parts, MainWindow.flows) and carries every member as
a plain attribute of its own (`window.calls`, `window.controller`): the call controller and the
review take the window and read the parts there, so the parts are on it before the flows are
made. Nothing is built by reading an attribute: before the steps have run, whoever needs the
parts calls MainWindow.finish_building().

Only the type checker imports the parts' modules here: this module is loaded before the first
paint.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from agent_desktop.qt.call_service import CallService
    from agent_desktop.qt.log_sender import LogSender
    from agent_desktop.qt.log_service import LogService
    from agent_desktop.qt.outbox_service import OutboxService
    from agent_desktop.qt.phone_service import PhoneService
    from agent_desktop.ui.app.update_flow import UpdateFlow
    from agent_desktop.ui.calls.caller_choice import CallerChoice
    from agent_desktop.ui.calls.controller import CallController
    from agent_desktop.ui.calls.global_keys_flow import GlobalKeysFlow
    from agent_desktop.ui.contacts.contact_flow import ContactFlow
    from agent_desktop.ui.contacts.contact_panel import ContactPanel
    from agent_desktop.ui.contacts.create_panel import CreatePanel
    from agent_desktop.ui.outbox.outbox_view import OutboxView
    from agent_desktop.ui.phones.phone_flow import PhoneFlow
    from agent_desktop.ui.recent.recent_flow import RecentFlow
    from agent_desktop.ui.recent.recent_page import RecentPage
    from agent_desktop.ui.review.review_flow import ReviewFlow
    from agent_desktop.ui.review.review_page import ReviewPane
    from agent_desktop.ui.review.unsent import UnsentStrip
    from agent_desktop.ui.window.menus import Actions


@dataclass(eq=False)  # compared by identity, as the window is
class LateParts:
    """The services, pages, strips and menu actions."""

    outbox: OutboxService
    calls: CallService
    phones: PhoneService
    outbox_sender: LogSender
    book: LogService
    recent: RecentPage
    empty: RecentPage  # no contact open: the recent calls show
    contact_panel: ContactPanel
    caller_choice: CallerChoice
    create_panel: CreatePanel
    review: ReviewPane
    unsent: UnsentStrip
    outbox_view: OutboxView
    menu_actions: Actions


@dataclass(eq=False)
class LateFlows:
    """What ties the parts together: each flow gets the parts it uses."""

    controller: CallController
    reviews: ReviewFlow
    contacts: ContactFlow
    recents: RecentFlow
    phone_flow: PhoneFlow
    global_keys: GlobalKeysFlow
    updates: UpdateFlow | None  # None in the demo: no installed app to update


def names(group: type[LateParts] | type[LateFlows]) -> tuple[str, ...]:
    """The attribute names a group puts on the window."""
    return tuple(f.name for f in fields(group))
