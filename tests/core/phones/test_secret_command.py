"""`agent-desktop phone secret`: the AMI secret from standard input (or a hidden prompt) into the
keyring, never from the command line."""

from __future__ import annotations

import io

import keyring
import pytest
from stubs import MemoryKeyring

from agent_desktop.cli import main
from agent_desktop.core.phones.secret_command import SECRET_NAME, run_secret_command
from agent_desktop.core.settings.secrets import ApiKeyStore


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_piped_secret_is_stored_under_the_asterisk_name():
    store = ApiKeyStore(MemoryKeyring(), environ={})
    said = run_secret_command(store, io.StringIO("s3cret-Ami\n"))
    assert said == "The PBX's AMI secret is stored in the system keyring."
    assert store.phone_secret(SECRET_NAME) == "s3cret-Ami"
    run_secret_command(store, io.StringIO(""), delete=True)
    assert store.phone_secret(SECRET_NAME) is None


def test_on_a_terminal_it_is_asked_for_without_echo():
    store = ApiKeyStore(MemoryKeyring(), environ={})
    prompts: list[str] = []

    def ask(prompt: str) -> str:
        prompts.append(prompt)
        return "typed-secret"

    run_secret_command(store, Terminal("ignored\n"), ask=ask)
    assert prompts == ["AMI secret (not shown): "]
    assert store.phone_secret(SECRET_NAME) == "typed-secret"


def test_nothing_on_standard_input_stores_nothing():
    store = ApiKeyStore(MemoryKeyring(), environ={})
    with pytest.raises(ValueError, match="No secret"):
        run_secret_command(store, io.StringIO("\n"))
    assert store.phone_secret(SECRET_NAME) is None


def test_the_command_line_reads_stdin_and_takes_no_secret_as_an_argument(monkeypatch, capsys):
    memory = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(memory)
    try:
        monkeypatch.setattr("sys.stdin", io.StringIO("from-a-login-script\n"))
        assert main(["phone", "secret"]) == 0
        assert "stored in the system keyring" in capsys.readouterr().out
        assert ApiKeyStore(memory, environ={}).phone_secret(SECRET_NAME) == ("from-a-login-script")
        assert main(["phone", "secret", "on-the-command-line"]) == 2
        assert "unrecognized arguments" in capsys.readouterr().err
        monkeypatch.setattr("sys.stdin", io.StringIO(""))
        assert main(["phone", "secret"]) == 2
        assert "No secret was given" in capsys.readouterr().err
    finally:
        keyring.set_keyring(previous)
