"""Settings and key stores that live in memory only: the demo, and "this session only" keys.

They have the same methods the window uses on core.settings.settings.SettingsStore and
core.settings.secrets.ApiKeyStore, and never touch the disk or the keyring.
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from agent_desktop.core.settings.settings import LoadedSettings, Settings

if TYPE_CHECKING:  # keyring is imported on a worker, not while the window starts
    from agent_desktop.core.settings.secrets import KeyringStatus

from PySide6.QtCore import QCoreApplication


class MemorySettingsStore:
    def __init__(self, settings: Settings, locked: frozenset[str] = frozenset()) -> None:
        self._settings = replace(settings)
        self._locked = locked

    def load(self) -> LoadedSettings:
        return LoadedSettings(replace(self._settings), self._locked, [], frozenset())

    def save(self, settings: Settings) -> None:
        self._settings = replace(settings)


class MemoryKeyStore:
    """Keys by base URL, in this process only."""

    def __init__(self, keys: dict[str, str] | None = None, name: str = "memory") -> None:
        self._keys = dict(keys or {})
        self._name = name
        self._phone: dict[str, str] = {}

    def status(self) -> KeyringStatus:
        from agent_desktop.core.settings.secrets import KeyringStatus  # see above

        return KeyringStatus(
            True,
            self._name,
            QCoreApplication.translate("MemoryKeyStore", "API keys are kept in %1.").replace(
                "%1", self._name
            ),
        )

    def get(self, base_url: str) -> str | None:
        return self._keys.get(base_url.rstrip("/"))

    def source(self, base_url: str) -> str | None:
        return "keyring" if self.get(base_url) else None

    def set(self, base_url: str, api_key: str) -> None:
        self._keys[base_url.rstrip("/")] = api_key

    def delete(self, base_url: str) -> None:
        self._keys.pop(base_url.rstrip("/"), None)

    # The phone's secrets (desk phone token and password): in this process only, like the keys.

    def phone_secret(self, name: str) -> str | None:
        return self._phone.get(name)

    def set_phone_secret(self, name: str, value: str) -> None:
        self._phone[name] = value
