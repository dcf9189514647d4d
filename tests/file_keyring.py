"""A keyring in a JSON file, for tests that start the app in another process (the in-process
tests use stubs.MemoryKeyring). Chosen with PYTHON_KEYRING_BACKEND=file_keyring.FileKeyring and
the file named by AGENT_DESKTOP_TEST_KEYRING; never picked by keyring's auto-detection."""

from __future__ import annotations

import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError


class FileKeyring(KeyringBackend):
    priority = 0.1  # type: ignore[assignment]

    @property
    def _path(self) -> Path:
        return Path(os.environ["AGENT_DESKTOP_TEST_KEYRING"])

    def _load(self) -> dict[str, str]:
        try:
            return json.loads(self._path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\n{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        items = self._load()
        items[f"{service}\n{username}"] = password
        self._path.write_text(json.dumps(items), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        items = self._load()
        if items.pop(f"{service}\n{username}", None) is None:
            raise PasswordDeleteError("No such password!")
        self._path.write_text(json.dumps(items), encoding="utf-8")
