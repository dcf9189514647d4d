"""The OS keyrings Agent Desktop ships for, used for real on their own OS (skipped elsewhere):
Windows Credential Manager and the macOS Keychain. Linux's Secret Service has its own run
(tests/keyring_session.sh). A key is stored, read, reported and deleted under a throwaway URL."""

from __future__ import annotations

import sys
import uuid

import pytest

from agent_desktop.core.settings.secrets import ApiKeyStore


def _round_trip(backend) -> None:
    url = f"https://keyring-test-{uuid.uuid4().hex[:10]}.example/api/1.0"
    store = ApiKeyStore(backend, environ={})
    status = store.status()
    assert status.usable, status.message
    key = f"sk-test-{uuid.uuid4().hex}"
    try:
        store.set(url, key)
        assert store.get(url) == key and store.source(url) == "keyring"
    finally:
        store.delete(url)
    assert store.get(url) is None
    store.delete(url)  # nothing stored is not an error


@pytest.mark.skipif(sys.platform != "win32", reason="Windows Credential Manager")
def test_windows_credential_manager_keeps_the_key():
    from keyring.backends.Windows import WinVaultKeyring

    backend = WinVaultKeyring()
    assert backend.priority > 0  # viable: what keyring picks on Windows
    _round_trip(backend)


@pytest.mark.skipif(sys.platform != "darwin", reason="macOS Keychain")
def test_macos_keychain_keeps_the_key():
    from keyring.backends.macOS import Keyring

    backend = Keyring()
    assert backend.priority > 0
    _round_trip(backend)
