"""ApiKeyStore logic against small keyring backends passed in, plus a real Secret Service.

The `keyring_service` tests need gnome-keyring on a private D-Bus session; run them with
`tests/keyring_session.sh` (they are skipped otherwise).
"""

import contextlib
import gc
import os

import keyring.errors
import pytest
from keyring.backends import SecretService, chainer, fail, null
from stubs import MemoryKeyring

from agent_desktop.core.logging_setup import redact
from agent_desktop.core.settings.secrets import (
    LOCKED_MESSAGE,
    ApiKeyStore,
    KeyringUnavailable,
    install_hint,
    key_username,
)

URL = "https://app.switchtransact.com/api/1.0"
REAL_SERVICE = os.environ.get("AGENT_DESKTOP_TEST_SECRET_SERVICE") == "1"
# The login keyring's password, as tests/keyring_session.sh created it.
KEYRING_PASSWORD = os.environ.get("AGENT_DESKTOP_TEST_KEYRING_PASSWORD", "pw")


class LockedKeyring(MemoryKeyring):
    def get_password(self, service, username):
        raise keyring.errors.KeyringLocked("Failed to unlock the collection!")

    def set_password(self, service, username, password):
        self.get_password(service, username)

    def delete_password(self, service, username):
        self.get_password(service, username)


class RefusingKeyring(MemoryKeyring):
    def set_password(self, service, username, password):
        raise keyring.errors.PasswordSetError(f"cannot store {password}")


class ForgetfulKeyring(MemoryKeyring):
    def set_password(self, service, username, password):
        pass  # claims success, keeps nothing (like keyring's chainer when no backend accepts)


def test_set_get_replace_delete_in_memory():
    backend = MemoryKeyring()
    store = ApiKeyStore(backend, environ={})
    assert store.get(URL) is None and store.source(URL) is None
    store.set(URL, "  key-one \n")
    assert backend.items == {("agent-desktop", "app.switchtransact.com"): "key-one"}
    assert store.get(URL) == "key-one" and store.source(URL) == "keyring"
    store.set(URL, "key-two")
    assert store.get(URL) == "key-two"
    store.delete(URL)
    assert store.get(URL) is None
    store.delete(URL)  # nothing stored is not an error
    assert backend.items == {}


def test_keys_are_per_host_and_port():
    store = ApiKeyStore(MemoryKeyring(), environ={})
    store.set("http://127.0.0.1:8080/api/1.0", "local")
    store.set("https://crm.example.com/api/1.0", "remote")
    assert store.get("http://127.0.0.1:8080") == "local"
    assert store.get("http://127.0.0.1:9090/api/1.0") is None
    assert store.get("https://CRM.example.com/other") == "remote"


@pytest.mark.parametrize(
    ("url", "user"),
    [
        ("https://app.switchtransact.com/api/1.0", "app.switchtransact.com"),
        ("http://127.0.0.1:8765/api/1.0", "127.0.0.1:8765"),
        ("app.example.com/api", "app.example.com"),
        ("http://[::1]:8080/api", "[::1]:8080"),
    ],
)
def test_key_username(url, user):
    assert key_username(url) == user


@pytest.mark.parametrize("url", ["", "https://", "http://[::1"])
def test_key_username_needs_a_host(url):
    with pytest.raises(ValueError, match="No server address"):
        key_username(url)


def test_environment_variable_overrides_the_keyring():
    backend = MemoryKeyring()
    store = ApiKeyStore(backend, environ={"AGENT_DESKTOP_API_KEY": " from-env "})
    store.set(URL, "from-keyring")
    assert store.get(URL) == "from-env"
    assert store.source(URL) == "environment"
    # the environment works even with no keyring at all
    env = {"AGENT_DESKTOP_API_KEY": "env-only-key"}
    assert ApiKeyStore(fail.Keyring(), environ=env).get(URL) == "env-only-key"


def test_keys_read_or_stored_are_redacted_from_logs():
    store = ApiKeyStore(MemoryKeyring(), environ={})
    store.set(URL, "sk-secret-abc123")
    assert redact("sent sk-secret-abc123") == "sent [redacted]"
    env_store = ApiKeyStore(MemoryKeyring(), environ={"AGENT_DESKTOP_API_KEY": "env-key-77"})
    env_store.get(URL)
    assert redact("env-key-77") == "[redacted]"


def test_empty_key_is_refused():
    with pytest.raises(ValueError, match="empty"):
        ApiKeyStore(MemoryKeyring(), environ={}).set(URL, "   ")


def test_status_of_a_working_backend():
    status = ApiKeyStore(MemoryKeyring(), environ={}).status()
    assert status.usable
    assert status.backend_name in status.message


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring()], ids=["fail", "null"])
def test_no_keyring_is_unusable_with_an_install_hint_and_no_plaintext_fallback(backend, tmp_path):
    store = ApiKeyStore(backend, environ={})
    status = store.status()
    assert not status.usable
    assert status.message.startswith("No system keyring was found.")
    with pytest.raises(KeyringUnavailable, match="No system keyring was found"):
        store.set(URL, "sk-never-on-disk")
    with pytest.raises(KeyringUnavailable):
        store.get(URL)
    assert store.source(URL) is None
    # nothing was written anywhere under the test's home / XDG folders
    for path in tmp_path.rglob("*"):
        if path.is_file():
            assert b"sk-never-on-disk" not in path.read_bytes()


def test_plaintext_backends_are_refused():
    class PlaintextKeyring(MemoryKeyring):
        pass

    store = ApiKeyStore(PlaintextKeyring(), environ={})
    assert not store.status().usable
    with pytest.raises(KeyringUnavailable):
        store.set(URL, "plain-key")


def test_locked_keyring_is_a_plain_message():
    store = ApiKeyStore(LockedKeyring(), environ={})
    for action in (
        lambda: store.get(URL),
        lambda: store.set(URL, "some-key"),
        lambda: store.delete(URL),
    ):
        with pytest.raises(KeyringUnavailable) as info:
            action()
        assert str(info.value) == LOCKED_MESSAGE
        assert info.value.__cause__ is None
    status = store.status()
    assert (status.usable, status.message) == (False, LOCKED_MESSAGE)


def test_backend_errors_never_echo_the_key():
    store = ApiKeyStore(RefusingKeyring(), environ={})
    with pytest.raises(KeyringUnavailable) as info:
        store.set(URL, "sk-very-secret")
    assert "sk-very-secret" not in str(info.value)
    assert "could not store the API key" in str(info.value)


def test_a_keyring_that_forgets_is_reported():
    with pytest.raises(KeyringUnavailable, match="did not keep the key"):
        ApiKeyStore(ForgetfulKeyring(), environ={}).set(URL, "forgotten-key")


@pytest.mark.skipif(REAL_SERVICE, reason="a real Secret Service is running")
def test_detected_backends_without_dbus_are_unusable():
    # conftest disables D-Bus: keyring's own detection finds nothing usable.
    assert not ApiKeyStore(environ={}).status().usable
    assert not ApiKeyStore(chainer.ChainerBackend(), environ={}).status().usable


def test_secret_service_not_running_gives_the_install_hint(monkeypatch, tmp_path):
    # The real backend, pointed at a bus where nothing listens (also inside keyring_session.sh).
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", f"unix:path={tmp_path / 'no-bus'}")
    store = ApiKeyStore(SecretService.Keyring(), environ={})
    with pytest.raises(KeyringUnavailable, match="No system keyring was found"):
        store.get(URL)
    with pytest.raises(KeyringUnavailable, match="No system keyring was found"):
        store.set(URL, "sk-nowhere")
    status = store.status()
    assert not status.usable and "GNOME Keyring or KWallet" in status.message


@pytest.mark.parametrize(
    ("platform", "words"),
    [
        ("linux", "GNOME Keyring or KWallet"),
        ("darwin", "Keychain"),
        ("win32", "Credential Manager"),
        ("sunos5", "keyring service"),
    ],
)
def test_install_hint_per_os(platform, words):
    hint = install_hint(platform)
    assert words in hint and "AGENT_DESKTOP_API_KEY" in hint


# --- a real Secret Service (gnome-keyring on a private D-Bus session) -------------------------

real_service = pytest.mark.skipif(
    not REAL_SERVICE, reason="needs tests/keyring_session.sh (AGENT_DESKTOP_TEST_SECRET_SERVICE=1)"
)


@pytest.fixture
def secret_service():
    backend = SecretService.Keyring()
    assert backend.priority > 0  # the daemon answers
    yield backend
    for url in (URL, "http://127.0.0.1:8765/api/1.0"):
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            backend.delete_password(ApiKeyStore.SERVICE, key_username(url))


@pytest.mark.keyring_service
@real_service
def test_real_secret_service_store_read_replace_delete(secret_service):
    store = ApiKeyStore(secret_service, environ={})
    status = store.status()
    assert status.usable, status.message
    assert "SecretService" in status.backend_name
    store.set(URL, "sk-real-1")
    store.set("http://127.0.0.1:8765/api/1.0", "sk-local")
    assert store.get(URL) == "sk-real-1"
    assert store.source(URL) == "keyring"
    # a fresh backend object (as a new app start would have) reads the same item
    assert ApiKeyStore(SecretService.Keyring(), environ={}).get(URL) == "sk-real-1"
    store.set(URL, "sk-real-2")
    assert store.get(URL) == "sk-real-2"
    assert store.get("http://127.0.0.1:8765/api/1.0") == "sk-local"
    store.delete(URL)
    assert store.get(URL) is None
    store.delete(URL)
    assert store.get("http://127.0.0.1:8765/api/1.0") == "sk-local"


@pytest.mark.keyring_service
@real_service
def test_real_default_backend_is_the_secret_service():
    status = ApiKeyStore(environ={}).status()
    assert status.usable, status.message


@pytest.mark.keyring_service
@real_service
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_real_locked_collection(secret_service):
    import secretstorage

    store = ApiKeyStore(secret_service, environ={})
    store.set(URL, "sk-locked")
    with secretstorage.dbus_init() as connection:
        collection = secretstorage.get_default_collection(connection)
        collection.lock()
        assert collection.is_locked()
    try:
        # No prompter can show on a headless session, so unlocking fails: a plain message.
        with pytest.raises(KeyringUnavailable) as info:
            store.get(URL)
        assert str(info.value) == LOCKED_MESSAGE
        with pytest.raises(KeyringUnavailable, match="locked"):
            store.set(URL, "sk-other")
        status = store.status()
        assert (status.usable, status.message) == (False, LOCKED_MESSAGE)
    finally:
        with secretstorage.dbus_init() as connection:
            _unlock_with_password(connection, KEYRING_PASSWORD.encode())
            assert not secretstorage.get_default_collection(connection).is_locked()
        gc.collect()  # keyring leaves a D-Bus connection open when unlocking fails
    assert store.get(URL) == "sk-locked"


def _unlock_with_password(connection, password: bytes) -> None:
    """Unlock the default collection without a prompt, through gnome-keyring's internal
    interface (the one its PAM module uses)."""
    from secretstorage.util import DBusAddressWrapper, format_secret, open_session

    path = "/org/freedesktop/secrets"
    service = DBusAddressWrapper(path, "org.freedesktop.Secret.Service", connection)
    (collection_path,) = service.call("ReadAlias", "s", "default")
    internal = DBusAddressWrapper(
        path, "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface", connection
    )
    secret = format_secret(open_session(connection), password, "text/plain")
    internal.call("UnlockWithMasterPassword", "o(oayays)", collection_path, secret)
