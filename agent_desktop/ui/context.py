"""Everything the window depends on, passed in (no global singletons), so tests can swap parts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import Any

from agent_desktop.core.clock import Clock, SystemClock
from agent_desktop.qt.tasks import TaskRunner
from agent_desktop.ui.session import ClientFactory, default_client_factory


@dataclass
class AppContext:
    runner: TaskRunner
    clock: Clock = SystemClock()  # noqa: RUF009 - stateless
    # None = create the real store on a worker at start-up (they touch disk / the keyring).
    settings_store: Any = None
    key_store: Any = None
    client_factory: ClientFactory = default_client_factory
    demo: bool = False
    tz: tzinfo | None = None  # the agent's zone for call-log times; None = this computer's
    url_opener: Callable[[Any], object] | None = None  # tel:/mailto: (QDesktopServices by default)
    check: Callable[..., Any] | None = None  # core.diagnostics.run_check by default
    base_url_override: str | None = None  # --base-url
    region_override: str | None = None  # --region
    probe_on_start: bool = True  # one cheap request after start to show the connection state
    log_path: str | None = None
    # The outbox file (core.outbox.Outbox; it opens on first use, on a worker). None = the one in
    # the user data dir; a Path: the file there (the demo, in a temporary folder).
    outbox: Any = None
    # The call store (core.call_store.CallStore). None = one in the outbox's file.
    call_store: Any = None
    # The real window takes the calls on disk and the event spool only once it listens on the
    # socket (a second window hands over and must not take them); tests and the demo at once.
    calls_wait_for_listener: bool = False
    delivery_options: dict = field(default_factory=dict)  # DeliveryWorker keywords (tests)
    outbox_flush_ms: int = 5000  # how often entries held in memory are tried on disk again
