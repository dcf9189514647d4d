"""The demo's sandbox, started on the start-up worker rather than before the first paint.

Importing the sandbox and making its sample contacts costs ~40 ms that the demo window's first
paint need not wait for. The demo's settings store starts the server when the start-up worker
loads the settings (ui/app/startup.py), and hands the key to the key store then.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from typing import TYPE_CHECKING

from agent_desktop.ui.app.memory_stores import MemoryKeyStore, MemorySettingsStore

if TYPE_CHECKING:
    from agent_desktop.core.settings.settings import LoadedSettings, Settings
    from agent_desktop.sandbox import FaultConfig, SandboxServer


class LazyDemoServer:
    """A SandboxServer made on first use (any thread, once); reads go to the server itself."""

    def __init__(self, token: str, faults: FaultConfig | None = None) -> None:
        self._token = token
        self._faults = faults
        self._lock = threading.Lock()
        self._server: SandboxServer | None = None
        self._stopped = False

    def started(self) -> SandboxServer:
        with self._lock:
            if self._server is None:
                from agent_desktop.sandbox import SandboxServer

                self._server = SandboxServer(token=self._token, faults=self._faults)
                if not self._stopped:
                    self._server.start()
            return self._server

    def stop(self) -> None:
        with self._lock:
            self._stopped = True
            if self._server is not None:
                self._server.stop()

    def __getattr__(self, name: str) -> object:  # received_logs(), running, base_url, ...
        return getattr(self.started(), name)


class DemoSettingsStore(MemorySettingsStore):
    """The demo's settings; loading them starts the server and fills in its address and key."""

    def __init__(
        self, settings: Settings, server: LazyDemoServer, keys: MemoryKeyStore, token: str
    ) -> None:
        super().__init__(settings)
        self._server = server
        self._keys = keys
        self._token = token

    def load(self) -> LoadedSettings:
        base_url = self._server.started().base_url
        self._keys.set(base_url, self._token)
        self._settings = replace(self._settings, base_url=base_url)
        return super().load()
