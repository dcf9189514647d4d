"""The window's services, built from the AppContext (no I/O here: files open on first use), and
the hook that runs work after the window's first paint."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

from agent_desktop.ui.app.context import AppContext

if TYPE_CHECKING:
    from agent_desktop.core.api.client import SwitchTransactClient
    from agent_desktop.qt.call_service import CallService
    from agent_desktop.qt.outbox_service import OutboxService


def outbox_service(ctx: AppContext, parent: QWidget) -> OutboxService:
    from agent_desktop.core.outbox.outbox import Outbox
    from agent_desktop.qt.outbox_service import OutboxService

    if ctx.outbox is None or isinstance(ctx.outbox, Path):  # a Path: the demo's file
        ctx.outbox = Outbox(ctx.outbox)  # no I/O until first use
    return OutboxService(
        ctx.outbox,
        ctx.runner,
        ctx.client_factory,
        delivery_options=ctx.delivery_options,
        flush_interval_ms=ctx.outbox_flush_ms,
        parent=parent,
    )


def call_service(ctx: AppContext, parent: QWidget) -> CallService:
    """The calls live beside the outbox, in its file (their own tables): a log in review and
    its queued entry share one disk, and a restart finds both. The store is kept in the
    context so the window can close it at quit (ctx.call_store)."""
    from agent_desktop.core.calls.book import CallBook
    from agent_desktop.core.calls.store import CallStore
    from agent_desktop.qt.call_service import CallService

    if ctx.call_store is None:
        ctx.call_store = CallStore(getattr(ctx.outbox, "path", None))  # opens on first use
    return CallService(CallBook(ctx.clock, ctx.call_store), ctx.runner, parent)


def probe(client: SwitchTransactClient) -> None:
    """One harmless read that tells whether address and key work."""
    from agent_desktop.core.api.diagnostics import PROBE_EMAIL

    client.lookup_by_email(PROBE_EMAIL)


class _FirstPaint(QObject):
    """Watches the paints of one window (its own events only); at the first, queues the
    callback (once). A filter on the window, not on the application: an application-wide
    Python filter is called for every event of every object, and cost the first paint
    ~50 ms between the window's map and its pixels (benchmarks/startup.py)."""

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._callback: Callable[[], None] | None = callback

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._callback is not None and event.type() == QEvent.Type.Paint:
            callback, self._callback = self._callback, None
            self._window.removeEventFilter(self)
            QTimer.singleShot(0, callback)  # after this paint is on screen
        return False


def after_first_paint(window: QWidget, callback: Callable[[], None]) -> None:
    """Run callback in the event-loop turn after the window's first paint (a top-level
    window is painted before its children, in the same pass that puts them on screen)."""
    window.installEventFilter(_FirstPaint(window, callback))
