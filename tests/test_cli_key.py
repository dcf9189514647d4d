"""`agent-desktop key set|status|clear`: a login script stores the account's key in the user's
keyring, read from standard input and never echoed; a fake keyring in-process, and the real
gnome-keyring (tests/keyring_session.sh) through the real command."""

from __future__ import annotations

import getpass
import io
import os
import subprocess
import sys

import keyring
import pytest
from stubs import MemoryKeyring

from agent_desktop.cli import main
from agent_desktop.cli_key import KeyInputError, read_key

URL = "https://crm.example.com/api/1.0"
REAL_SERVICE = os.environ.get("AGENT_DESKTOP_TEST_SECRET_SERVICE") == "1"


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.fixture
def memory_keyring(monkeypatch):
    backend = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    monkeypatch.delenv("AGENT_DESKTOP_API_KEY", raising=False)
    yield backend
    keyring.set_keyring(previous)


def _run(capsys, monkeypatch, stdin: io.StringIO, *argv: str):
    monkeypatch.setattr(sys, "stdin", stdin)
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_set_status_clear_with_a_piped_key(capsys, monkeypatch, memory_keyring):
    code, out, err = _run(
        capsys, monkeypatch, io.StringIO("sk-live-123\n"), "key", "set", "--base-url", URL
    )
    assert code == 0 and err == ""
    assert out == "The API key for crm.example.com is saved in stubs MemoryKeyring.\n"
    assert memory_keyring.items == {("agent-desktop", "crm.example.com"): "sk-live-123"}
    code, out, _ = _run(capsys, monkeypatch, io.StringIO(""), "key", "status", "--base-url", URL)
    assert (code, out) == (0, "The API key for crm.example.com is stored in stubs MemoryKeyring.\n")
    assert "sk-live" not in out
    code, out, _ = _run(capsys, monkeypatch, io.StringIO(""), "key", "clear", "--base-url", URL)
    assert code == 0 and memory_keyring.items == {}
    code, out, _ = _run(capsys, monkeypatch, io.StringIO(""), "key", "status", "--base-url", URL)
    assert (code, out) == (1, "No API key for crm.example.com is stored in stubs MemoryKeyring.\n")
    # Clearing twice is no error: a login script may run it on every logon.
    assert _run(capsys, monkeypatch, io.StringIO(""), "key", "clear", "--base-url", URL)[0] == 0


def test_the_server_comes_from_the_settings_file(
    capsys, monkeypatch, memory_keyring, isolated_dirs
):
    folder = isolated_dirs["site-config"] / "agent-desktop"
    folder.mkdir()
    (folder / "settings.toml").write_text(
        'base_url = "https://site.example:8443/api"\n', encoding="utf-8"
    )
    code, out, _ = _run(capsys, monkeypatch, io.StringIO("sk-site"), "key", "set")
    assert code == 0 and "site.example:8443" in out
    assert memory_keyring.items == {("agent-desktop", "site.example:8443"): "sk-site"}


@pytest.mark.parametrize(
    ("text", "why"),
    [
        ("", "No API key"),
        ("   \n", "No API key"),
        ("two\nlines", "several lines"),
        ("x" * 5000, "more than an API key"),
    ],
)
def test_bad_input_is_refused_and_nothing_stored(capsys, monkeypatch, memory_keyring, text, why):
    code, out, err = _run(capsys, monkeypatch, io.StringIO(text), "key", "set", "--base-url", URL)
    assert code == 2 and out == "" and why in err and "Traceback" not in err
    assert memory_keyring.items == {}


def test_the_key_is_never_a_command_line_argument(capsys, monkeypatch, memory_keyring):
    code, _, err = _run(capsys, monkeypatch, io.StringIO(""), "key", "set", "sk-on-the-line")
    assert code == 2 and "unrecognized arguments" in err
    assert memory_keyring.items == {}


def test_a_terminal_is_asked_without_echo():
    asked = []
    key = read_key(
        Tty(), ask=lambda prompt: asked.append(prompt) or " sk-typed ", prompt="API key: "
    )
    assert key == "sk-typed" and asked == ["API key: "]


def test_a_terminal_that_would_echo_is_refused():
    def echoing(prompt):
        import warnings

        warnings.warn("Can not control echo on the terminal.", getpass.GetPassWarning, stacklevel=2)
        return "sk-would-show"

    with pytest.raises(KeyInputError, match="cannot hide what is typed"):
        read_key(Tty(), ask=echoing)


def test_without_a_keyring_the_command_says_what_to_install(capsys, monkeypatch):
    monkeypatch.delenv("AGENT_DESKTOP_API_KEY", raising=False)  # conftest: the fail backend
    code, _, err = _run(capsys, monkeypatch, io.StringIO("sk"), "key", "set", "--base-url", URL)
    assert code == 2 and "No system keyring was found" in err and "Traceback" not in err
    code, _, err = _run(capsys, monkeypatch, io.StringIO(""), "key", "status", "--base-url", URL)
    assert code == 2 and "No system keyring was found" in err


def test_status_names_the_environment_variable(capsys, monkeypatch, memory_keyring):
    monkeypatch.setenv("AGENT_DESKTOP_API_KEY", "sk-env")
    code, out, _ = _run(capsys, monkeypatch, io.StringIO(""), "key", "status", "--base-url", URL)
    assert code == 0 and "AGENT_DESKTOP_API_KEY" in out and "sk-env" not in out


@pytest.mark.keyring_service
@pytest.mark.skipif(
    not REAL_SERVICE, reason="needs tests/keyring_session.sh (AGENT_DESKTOP_TEST_SECRET_SERVICE=1)"
)
def test_real_secret_service_through_the_command(tmp_path):
    """The installed command against gnome-keyring, as a login script runs it."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("PYTHON_KEYRING_BACKEND", "AGENT_DESKTOP_API_KEY")
    }
    command = [sys.executable, "-m", "agent_desktop", "key"]

    def key(*args: str, stdin: str = ""):
        return subprocess.run(
            [*command, *args, "--base-url", URL],
            input=stdin,
            env=env,
            capture_output=True,
            text=True,
            timeout=60,
        )

    done = key("set", stdin="sk-real-login\n")
    assert done.returncode == 0, done.stderr
    assert "SecretService" in done.stdout or "Secret" in done.stdout
    status = key("status")
    assert status.returncode == 0 and "sk-real" not in status.stdout
    from agent_desktop.core.settings.secrets import ApiKeyStore

    assert ApiKeyStore(environ={}).get(URL) == "sk-real-login"  # the app reads what was stored
    assert key("clear").returncode == 0
    assert key("status").returncode == 1
    assert ApiKeyStore(environ={}).get(URL) is None
