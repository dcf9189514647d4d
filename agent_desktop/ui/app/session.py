"""What the window is connected to: the settings, the key, and the client built from them.

The client is created lazily on the first worker that needs it (building a requests session and a
TLS context is not GUI-thread work) and replaced when the settings or the key change. Every API call
of the window goes through `Session.call`, which also keeps the connection state up to date.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, Signal

from agent_desktop.core.api.errors import ApiError
from agent_desktop.core.region import region_or_default
from agent_desktop.core.settings.settings import Settings
from agent_desktop.qt.tasks import Task, TaskRunner
from agent_desktop.ui.window.status import ConnectionState, state_for_error

log = logging.getLogger(__name__)
T = TypeVar("T")
RING_LOOKUP_TTL = 60.0  # seconds a ring's answer is reused: a caller trying again, a switchboard

if TYPE_CHECKING:  # imported on a worker at run time: requests and TLS are not GUI-thread work
    from agent_desktop.core.api.client import SwitchTransactClient
    from agent_desktop.core.api.request_budget import RequestBudget
    from agent_desktop.core.search.lookup_cache import CachedLookups


# (base_url, api_key, region) -> client; ValueError for an address it refuses
ClientFactory = Callable[[str, str, str], "SwitchTransactClient"]


def default_client_factory(base_url: str, api_key: str, region: str) -> SwitchTransactClient:
    from agent_desktop.core.api.client import SwitchTransactClient  # requests + TLS: worker only

    return SwitchTransactClient(base_url, api_key, region=region, one_line=True)


def budgeted_client_factory() -> ClientFactory:
    """A factory whose clients (the window's and the outbox's) all pass one RequestBudget:
    the process's gate in front of the account's shared limit (core/api/request_budget.py)."""
    budget: list[RequestBudget] = []  # made with the first client, on a worker
    lock = threading.Lock()

    def make(base_url: str, api_key: str, region: str) -> SwitchTransactClient:
        from agent_desktop.core.api.client import SwitchTransactClient
        from agent_desktop.core.api.request_budget import RequestBudget

        with lock:
            if not budget:
                budget.append(RequestBudget())
        return SwitchTransactClient(
            base_url, api_key, region=region, budget=budget[0], one_line=True
        )  # names drawn on one line in every view

    return make


class NotConfigured(ApiError):
    """The server address or the API key has not been set up yet."""


def _tr(text: str) -> str:
    return QCoreApplication.translate("Session", text)


class Session(QObject):
    settings_changed = Signal(object)  # Settings
    state_changed = Signal(object, str)  # ConnectionState, detail sentence

    def __init__(
        self,
        runner: TaskRunner,
        client_factory: ClientFactory = default_client_factory,
        *,
        demo: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.demo = demo
        self._factory = client_factory
        self._lock = threading.Lock()
        self._client: SwitchTransactClient | None = None
        self._lookups: CachedLookups | None = None  # made on the first worker that needs it
        self.settings: Settings | None = None  # once loaded
        self.locked: frozenset[str] = frozenset()
        self.api_key: str | None = None
        self.key_source: str | None = None  # "keyring" | "environment" | "session" | None
        self.state = ConnectionState.DEMO if demo else ConnectionState.CHECKING

    # --- configuration (GUI thread) ------------------------------------------------------------

    @property
    def configured(self) -> bool:
        return bool(self.settings is not None and self.settings.base_url and self.api_key)

    @property
    def region(self) -> str:
        return region_or_default(self.settings.region if self.settings is not None else "")

    def configure(
        self,
        settings: Settings,
        api_key: str | None,
        *,
        locked: frozenset[str] | None = None,
        key_source: str | None = None,
    ) -> None:
        old = self._take_client()
        self.forget_lookups()
        self.settings = replace(settings)
        self.api_key = api_key or None
        self.key_source = key_source if api_key else None
        if locked is not None:
            self.locked = locked
        if old is not None:
            self.runner.run(old.close, name="close-old-client")
        self.settings_changed.emit(self.settings)
        if not self.configured:
            self.set_state(ConnectionState.NOT_CONFIGURED, self.missing_text())
        elif self.demo:
            self.set_state(ConnectionState.DEMO, _tr("Connected to the built-in demo server."))

    def missing_text(self) -> str:
        if self.settings is None or not self.settings.base_url:
            return _tr("The SwitchTransact server address is not set up yet.")
        if not self.api_key:
            return _tr("The API key is not set up yet.")
        return ""

    def set_state(self, state: ConnectionState, detail: str = "") -> None:
        self.state = state
        self.state_changed.emit(state, detail)

    # --- the client (any thread) --------------------------------------------------------------

    def client(self) -> SwitchTransactClient:
        with self._lock:
            if self._client is None:
                settings, key = self.settings, self.api_key
                if settings is None or not settings.base_url or not key:
                    raise NotConfigured(
                        _tr(
                            "Agent Desktop is not connected yet: open Settings (Ctrl+,) and enter "
                            "the server address and API key."
                        )
                    )
                try:
                    self._client = self._factory(
                        settings.base_url, key, region_or_default(settings.region)
                    )
                except ValueError as exc:  # e.g. plain http:// to a remote host
                    raise NotConfigured(str(exc)) from None
            return self._client

    def lookups(self) -> CachedLookups:
        """Ring lookups remembered for a moment, so a repeat ring costs no request (any thread:
        phonenumbers comes with it, so the first call is a worker's)."""
        with self._lock:
            if self._lookups is None:
                from agent_desktop.core.search.lookup_cache import CachedLookups

                self._lookups = CachedLookups(
                    client_of=self.client, region=self.region, ttl=RING_LOOKUP_TTL, max_entries=200
                )
            return self._lookups

    def forget_lookups(self) -> None:
        """A contact was created, or the server changed: the next ring asks the server."""
        with self._lock:
            lookups, self._lookups = self._lookups, None
        if lookups is not None:
            lookups.forget()  # a lookup in flight must not fill it again

    def _take_client(self) -> SwitchTransactClient | None:
        with self._lock:
            client, self._client = self._client, None
            return client

    def close(self) -> None:
        """Close the client (called at shutdown, after the workers are done)."""
        client = self._take_client()
        if client is not None:
            try:
                client.close()
            except Exception:  # shutdown must go on
                log.exception("closing the client failed")

    # --- calls --------------------------------------------------------------------------------

    def call(self, fn: Callable[[SwitchTransactClient], T], *, name: str = "") -> Task:
        """Run `fn(client)` on a worker; the connection state follows the outcome."""
        task = self.runner.run(lambda: fn(self.client()), name=name)
        task.finished.connect(self._succeeded)
        task.failed.connect(self._failed)
        return task

    def mark_reachable(self) -> None:
        """Another part of the app (the outbox's delivery) just had an answer from the server."""
        self._succeeded(None)

    def _succeeded(self, _result: object) -> None:
        good = ConnectionState.DEMO if self.demo else ConnectionState.CONNECTED
        if self.state is not good:
            self.set_state(good)

    def _failed(self, error: object) -> None:
        if isinstance(error, NotConfigured):
            self.set_state(ConnectionState.NOT_CONFIGURED, str(error))
            return
        state = state_for_error(error) if isinstance(error, BaseException) else None
        if state is not None:
            self.set_state(state, str(error))
