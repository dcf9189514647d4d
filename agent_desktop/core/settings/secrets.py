"""The API key: in the OS keyring (or an environment variable), never in a file.

Like Vorta's keyring wrapper, the store knows whether it reached a real OS keyring and says so in
plain words. Unlike many apps, it never falls back to a plaintext file: without a keyring the key
can only come from AGENT_DESKTOP_API_KEY.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol, TypeVar, cast
from urllib.parse import urlsplit

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from keyring.backends import chainer, fail, null

from agent_desktop.core.logging_setup import register_secret
from agent_desktop.core.texts import Text


class KeyringUnavailable(Exception):
    """The keyring cannot be used; `str(err)` says why and what to install or do (`text` is the
    same sentence as a Text, for the window to translate)."""

    def __init__(self, text: str) -> None:
        super().__init__(text)
        self.text = text


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend_name: str
    message: str  # a Text from here


def install_hint(platform: str | None = None) -> Text:
    """What to do when there is no system keyring, for the OS at hand."""
    platform = platform or sys.platform
    if platform.startswith("linux") or "bsd" in platform:
        where = "keyring.where.linux"
    elif platform == "darwin":
        where = "keyring.where.macos"
    elif platform.startswith("win"):
        where = "keyring.where.windows"
    else:
        where = "keyring.where.other"
    return Text("keyring.missing", Text(where))


# Raised (by name, so nothing Linux-only is imported) when no Secret Service answers on D-Bus.
_SERVICE_MISSING = {"SecretServiceNotAvailableException"}

LOCKED_MESSAGE = Text("keyring.locked")


def _is_plaintext(backend: KeyringBackend) -> bool:
    # keyrings.alt offers file backends; a key in a plain (or merely obscured) file is not safe.
    module = type(backend).__module__
    return module.startswith("keyrings.alt") or "plaintext" in type(backend).__name__.lower()


def _name(backend: KeyringBackend) -> str:
    return str(getattr(backend, "name", None) or type(backend).__name__)


def key_username(base_url: str) -> str:
    """The keyring user for a server: its host, with the port when there is one."""
    text = (base_url or "").strip()
    if "://" not in text:
        text = "https://" + text
    try:
        parts = urlsplit(text)
        host, port = parts.hostname, parts.port
    except ValueError:
        host = port = None
    if not host:
        raise ValueError(Text("key.no_server"))
    if ":" in host:  # IPv6 literal
        host = f"[{host}]"
    return f"{host}:{port}" if port else host


T = TypeVar("T")


class _Passwords(Protocol):
    """The calls made on a keyring backend (keyring's own classes leave them unannotated)."""

    def get_password(self, service: str, username: str) -> str | None: ...

    def set_password(self, service: str, username: str, password: str) -> None: ...

    def delete_password(self, service: str, username: str) -> None: ...


class ApiKeyStore:
    SERVICE = "agent-desktop"
    ENV_VAR = "AGENT_DESKTOP_API_KEY"

    def __init__(
        self, backend: KeyringBackend | None = None, environ: Mapping[str, str] | None = None
    ) -> None:
        self._backend = backend  # resolved lazily: probing D-Bus costs time nobody may need
        self._environ = os.environ if environ is None else environ

    @property
    def backend(self) -> KeyringBackend:
        if self._backend is None:
            self._backend = keyring.get_keyring()
        return self._backend

    def _effective(self) -> KeyringBackend | None:
        """The backend that will really hold the key, or None when there is no safe one."""
        backend = self.backend
        if isinstance(backend, chainer.ChainerBackend):
            chained = [b for b in backend.backends if not _is_plaintext(b)]
            return chained[0] if chained else None
        if isinstance(backend, (fail.Keyring, null.Keyring)) or _is_plaintext(backend):
            return None
        return backend

    def status(self) -> KeyringStatus:
        """Whether keys can be kept, with a sentence for the settings dialog. Reads the keyring
        once to be sure it answers (a locked one may ask the OS to unlock it)."""
        effective = self._effective()
        if effective is None:
            return KeyringStatus(False, _name(self.backend), install_hint())
        try:
            self._call(lambda b: b.get_password(self.SERVICE, "status-probe"), "read")
        except KeyringUnavailable as exc:
            return KeyringStatus(False, _name(effective), exc.text)
        return KeyringStatus(True, _name(effective), Text("keyring.kept_in", _name(effective)))

    def _require(self) -> KeyringBackend:
        effective = self._effective()
        if effective is None:
            raise KeyringUnavailable(install_hint())
        return effective

    def _env_key(self) -> str | None:
        value = self._environ.get(self.ENV_VAR, "").strip()
        return value or None

    def get(self, base_url: str) -> str | None:
        """The key for this server: the environment variable first, then the keyring.
        Raises KeyringUnavailable when the keyring is missing, locked or failing, and
        ValueError when `base_url` names no server."""
        key = self._env_key()
        if key is None:
            user = key_username(base_url)
            key = self._call(lambda b: b.get_password(self.SERVICE, user), "read")
        if key:
            register_secret(key)
        return key or None

    def source(self, base_url: str) -> str | None:
        """ "environment", "keyring" or None (also None when the keyring cannot be read)."""
        if self._env_key():
            return "environment"
        try:
            user = key_username(base_url)
            found = self._call(lambda b: b.get_password(self.SERVICE, user), "read")
        except (KeyringUnavailable, ValueError):
            return None
        return "keyring" if found else None

    def set(self, base_url: str, api_key: str) -> None:
        """Store (or replace) the key for this server. Raises KeyringUnavailable."""
        api_key = (api_key or "").strip()
        if not api_key:
            raise ValueError(Text("key.empty"))
        register_secret(api_key)
        user = key_username(base_url)
        self._call(lambda b: b.set_password(self.SERVICE, user, api_key), "store", api_key)
        # Some backends (and keyring's chainer) report success without storing; check.
        if self._call(lambda b: b.get_password(self.SERVICE, user), "read") != api_key:
            raise KeyringUnavailable(Text("keyring.not_kept", install_hint()))

    def delete(self, base_url: str) -> None:
        """Forget the key for this server; nothing stored is not an error."""
        user = key_username(base_url)
        if self._call(lambda b: b.get_password(self.SERVICE, user), "read") is None:
            return
        self._call(lambda b: b.delete_password(self.SERVICE, user), "delete")

    # --- the phone's secrets (desk phone token and web password, the PBX's AMI secret) -------

    @staticmethod
    def _phone_user(name: str) -> str:
        if not name or not name.isidentifier():
            raise ValueError(f"Not a phone secret's name: {name!r}")
        return f"phone:{name}"

    def phone_secret(self, name: str) -> str | None:
        """A phone secret by name, or None. Raises KeyringUnavailable."""
        user = self._phone_user(name)
        value = self._call(lambda b: b.get_password(self.SERVICE, user), "read")
        if value:
            register_secret(value)
        return value or None

    def set_phone_secret(self, name: str, value: str) -> None:
        """Store (or replace) a phone secret, checked as the API key is. Raises
        KeyringUnavailable, ValueError for an empty value."""
        value = (value or "").strip()
        if not value:
            raise ValueError("The secret is empty.")
        register_secret(value)
        user = self._phone_user(name)
        self._call(lambda b: b.set_password(self.SERVICE, user, value), "store", value)
        if self._call(lambda b: b.get_password(self.SERVICE, user), "read") != value:
            raise KeyringUnavailable(Text("keyring.not_kept", install_hint()))

    def delete_phone_secret(self, name: str) -> None:
        user = self._phone_user(name)
        if self._call(lambda b: b.get_password(self.SERVICE, user), "read") is None:
            return
        self._call(lambda b: b.delete_password(self.SERVICE, user), "delete")

    def _call(self, action: Callable[[_Passwords], T], verb: str, secret: str | None = None) -> T:
        backend = self._require()
        try:
            return action(cast(_Passwords, backend))
        except keyring.errors.KeyringLocked:
            error = KeyringUnavailable(LOCKED_MESSAGE)
        except keyring.errors.NoKeyringError:
            error = KeyringUnavailable(install_hint())
        except Exception as exc:  # backends raise D-Bus, OS and their own errors; all end here
            if type(exc).__name__ in _SERVICE_MISSING or isinstance(
                exc,
                (ConnectionError, FileNotFoundError),  # a bus address nobody listens on
            ):
                error = KeyringUnavailable(install_hint())
            else:
                reason = str(exc) or type(exc).__name__
                if secret:
                    reason = reason.replace(secret, "[redacted]")
                error = KeyringUnavailable(Text(f"keyring.{verb}_failed", _name(backend), reason))
        # Raised outside the except block on purpose: no __context__, so the backend's frames
        # (whose locals may hold the key, or an open D-Bus connection) are released now.
        raise error
