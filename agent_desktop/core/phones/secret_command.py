"""`agent-desktop phone secret`: the PBX's AMI secret into the keyring, from standard input
(typed at a hidden prompt on a terminal, or piped by a login script), never from the command
line, where every user of the machine could read it in the process list."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from typing import Protocol, TextIO

SECRET_NAME = "asterisk_secret"  # core/phones/asterisk/source.py reads it under this name


class PhoneSecrets(Protocol):
    def set_phone_secret(self, name: str, value: str) -> None: ...

    def delete_phone_secret(self, name: str) -> None: ...


def read_secret(stream: TextIO, ask: Callable[[str], str] = getpass.getpass) -> str:
    """The secret: asked for without echo on a terminal, else the first line of the stream."""
    if stream.isatty():
        value = ask("AMI secret (not shown): ")
    else:
        value = stream.readline(4096).rstrip("\r\n")
    if not value.strip():
        raise ValueError("No secret was given on standard input; nothing was stored.")
    return value


def run_secret_command(
    store: PhoneSecrets,
    stream: TextIO,
    *,
    delete: bool = False,
    ask: Callable[[str], str] = getpass.getpass,
) -> str:
    """Store (or delete) the secret; the sentence to print. Raises ValueError for no secret and
    KeyringUnavailable when the keyring cannot keep it."""
    if delete:
        store.delete_phone_secret(SECRET_NAME)
        return "The PBX's AMI secret was removed from the system keyring."
    store.set_phone_secret(SECRET_NAME, read_secret(stream, ask))
    return "The PBX's AMI secret is stored in the system keyring."
