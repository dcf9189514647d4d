"""The window's services, built from the AppContext (no I/O here: files open on first use)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from agent_desktop.qt.call_service import CallService
from agent_desktop.qt.outbox_service import OutboxService
from agent_desktop.ui.context import AppContext

if TYPE_CHECKING:
    from agent_desktop.core.client import SwitchTransactClient


def outbox_service(ctx: AppContext, parent: QWidget) -> OutboxService:
    from agent_desktop.core.outbox import Outbox

    if ctx.outbox is None:
        ctx.outbox = Outbox()  # no I/O until first use
    return OutboxService(ctx.outbox, ctx.runner, ctx.client_factory,
                         delivery_options=ctx.delivery_options,
                         flush_interval_ms=ctx.outbox_flush_ms, parent=parent)


def call_service(ctx: AppContext, parent: QWidget) -> CallService:
    """The calls live beside the outbox, in its file (their own tables): a log in review and
    its queued entry share one disk, and a restart finds both. The store is kept in the
    context so the window can close it at quit (ctx.call_store)."""
    from agent_desktop.core.call_model import CallBook
    from agent_desktop.core.call_store import CallStore

    if ctx.call_store is None:
        ctx.call_store = CallStore(getattr(ctx.outbox, "path", None))  # opens on first use
    return CallService(CallBook(ctx.clock, ctx.call_store), ctx.runner, parent)


def probe(client: SwitchTransactClient) -> None:
    """One harmless read that tells whether address and key work."""
    from agent_desktop.core.diagnostics import PROBE_EMAIL

    client.lookup_by_email(PROBE_EMAIL)
