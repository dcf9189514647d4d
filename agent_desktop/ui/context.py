"""Everything the window depends on, passed in (no global singletons), so tests can swap parts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import tzinfo
from typing import Any

from agent_desktop.core.clock import Clock, SystemClock
from agent_desktop.qt.tasks import TaskRunner
from agent_desktop.ui.session import ClientFactory, budgeted_client_factory


@dataclass
class AppContext:
    runner: TaskRunner
    clock: Clock = SystemClock()  # noqa: RUF009 - stateless
    # None = create the real store on a worker at start-up (they touch disk / the keyring).
    settings_store: Any = None
    key_store: Any = None
    # One request budget per context (per window's process): rings before searches before logs.
    client_factory: ClientFactory = field(default_factory=budgeted_client_factory)
    demo: bool = False
    tz: tzinfo | None = None  # the agent's zone for call-log times; None = this computer's
    url_opener: Callable[[Any], object] | None = None  # tel:/mailto: (QDesktopServices by default)
    check: Callable[..., Any] | None = None  # core.diagnostics.run_check by default
    base_url_override: str | None = None  # --base-url
    region_override: str | None = None  # --region
    probe_on_start: bool = True  # one cheap request after start to show the connection state
    log_path: str | None = None
    # The outbox file (core.outbox.Outbox; it opens on first use, on a worker). None = the one in
    # the user data dir. The demo passes one in a temporary folder.
    outbox: Any = None
    delivery_options: dict = field(default_factory=dict)  # DeliveryWorker keywords (tests)
    outbox_flush_ms: int = 5000  # how often entries held in memory are tried on disk again
