"""What the window needs of a settings store and a key store (the real ones live in
core/settings/settings.py and core/settings/secrets.py; ui/app/memory_stores.py has in-memory ones
for the demo and tests)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from agent_desktop.core.settings.settings import LoadedSettings, Settings

if TYPE_CHECKING:  # keyring is imported on a worker, not while the window starts
    from agent_desktop.core.settings.secrets import KeyringStatus


class SettingsStoreLike(Protocol):
    def load(self) -> LoadedSettings: ...

    def save(self, settings: Settings) -> None: ...


class KeyStoreLike(Protocol):
    def status(self) -> KeyringStatus: ...

    def get(self, base_url: str) -> str | None: ...

    def source(self, base_url: str) -> str | None: ...

    def set(self, base_url: str, api_key: str) -> None: ...

    def delete(self, base_url: str) -> None: ...
