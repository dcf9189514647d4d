"""Everything the window depends on, passed in (no global singletons), so tests can swap parts."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl

from agent_desktop.core.clock import Clock, SystemClock
from agent_desktop.core.settings.settings import Settings
from agent_desktop.qt.tasks import TaskRunner
from agent_desktop.ui.app.session import ClientFactory, budgeted_client_factory
from agent_desktop.ui.app.stores import KeyStoreLike, SettingsStoreLike

SourceFactory = Callable[[Settings], "PhoneSource | None"]

if TYPE_CHECKING:  # requests and TLS are imported on a worker, not while the window starts
    from agent_desktop.core.api.diagnostics import CheckReport
    from agent_desktop.core.calls.store import CallStore
    from agent_desktop.core.outbox.delivery import WorkerOptions
    from agent_desktop.core.outbox.outbox import Outbox
    from agent_desktop.core.phones.source import PhoneSource

# (base_url, api_key, region) -> the report of core.api.diagnostics.run_check
ConnectionCheck = Callable[[str, "str | None", str], "CheckReport"]


def _no_options() -> WorkerOptions:
    return {}  # the delivery defaults (core.outbox.delivery, with sqlite3, loads after the first
    # paint)


@dataclass
class AppContext:
    runner: TaskRunner
    clock: Clock = SystemClock()  # noqa: RUF009 - stateless
    # None = create the real store on a worker at start-up (they touch disk / the keyring).
    settings_store: SettingsStoreLike | None = None
    key_store: KeyStoreLike | None = None
    # One request budget per context (per window's process): rings before searches before logs.
    client_factory: ClientFactory = field(default_factory=budgeted_client_factory)
    demo: bool = False
    tz: tzinfo | None = None  # the agent's zone for call-log times; None = this computer's
    url_opener: Callable[[QUrl], object] | None = None  # tel:/mailto: (QDesktopServices's)
    check: ConnectionCheck | None = None  # core.api.diagnostics.run_check by default
    base_url_override: str | None = None  # --base-url
    region_override: str | None = None  # --region
    probe_on_start: bool = True  # one cheap request after start to show the connection state
    log_path: str | None = None
    # The outbox file (core.outbox.outbox.Outbox; it opens on first use, on a worker). None = the
    # one in the user data dir; a Path: the file there (the demo, in a temporary folder).
    outbox: Outbox | Path | None = None
    # The call store (core.calls.store.CallStore). None = one in the outbox's file.
    call_store: CallStore | None = None
    # The real window takes the calls on disk and the event spool only once it listens on the
    # socket (a second window hands over and must not take them); tests and the demo at once.
    calls_wait_for_listener: bool = False
    delivery_options: WorkerOptions = field(default_factory=_no_options)  # tests' timings
    outbox_flush_ms: int = 5000  # how often entries held in memory are tried on disk again
    # Settings -> the phone source to run (ui/phones/phone_flow.py); None = the real ones
    # (core/phones/).
    phone_sources: SourceFactory | None = None
