"""`agent-desktop key set|status|clear`: the account's API key in this user's OS keyring, for a
login script (no Settings dialog on 200 desktops).

The key is read from standard input, never from the command line (where `ps` and the shell's
history would show it): piped, as a script gives it (`printf '%s' "$KEY" | agent-desktop key
set`), or typed at a terminal without echo (getpass). Nothing here prints the key.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import warnings
from collections.abc import Callable
from typing import TextIO

KEY_EPILOG = """\
For a login script (the key never appears on the command line):
  printf '%s' "$API_KEY" | agent-desktop key set [--base-url URL]
  agent-desktop key status      exit 0 when a key is set, 1 when none
  agent-desktop key clear
The key is stored for the server of --base-url, else of the settings (base_url), in the keyring
of the user running the command.
"""
MAX_KEY_LENGTH = 4096  # an API key is ~40 characters; more is a file piped by mistake


class KeyInputError(Exception):
    """The key could not be read; the message says why."""


def add_key_arguments(sub: argparse._SubParsersAction, server: argparse.ArgumentParser) -> None:  # pyright: ignore[reportMissingTypeArgument]
    key = sub.add_parser(
        "key",
        help="store, check or forget the API key in the OS keyring",
        epilog=KEY_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = key.add_subparsers(dest="key_action", metavar="ACTION", required=True)
    actions.add_parser(
        "set",
        parents=[server],
        help="store the key read from standard input (or typed, without echo)",
    )
    actions.add_parser(
        "status", parents=[server], help="say where the key comes from; exit 1 when there is none"
    )
    actions.add_parser("clear", parents=[server], help="remove the stored key")


def read_key(
    stdin: TextIO | None = None,
    ask: Callable[[str], str] = getpass.getpass,
    prompt: str = "API key: ",
) -> str:
    """The key from stdin: typed without echo at a terminal, else the piped text (one line)."""
    stdin = stdin or sys.stdin
    if stdin is None:
        raise KeyInputError("There is no standard input to read the API key from.")
    if stdin.isatty():
        with warnings.catch_warnings():
            # getpass falls back to an echoing prompt (with this warning) where it cannot turn
            # echo off: the key would be shown on screen, so refuse instead.
            warnings.simplefilter("error", getpass.GetPassWarning)
            try:
                text = ask(prompt)
            except getpass.GetPassWarning:
                raise KeyInputError(
                    "This terminal cannot hide what is typed; pipe the key in "
                    "instead: printf '%s' \"$KEY\" | agent-desktop key set"
                ) from None
            except EOFError:
                text = ""
    else:
        text = stdin.read(MAX_KEY_LENGTH + 1)
        if len(text) > MAX_KEY_LENGTH:
            raise KeyInputError("Standard input holds more than an API key; pipe the key only.")
    key = text.strip()
    if not key:
        raise KeyInputError("No API key was given on standard input.")
    if any(ch.isspace() for ch in key):
        raise KeyInputError(
            "The API key read from standard input has spaces or several lines; pipe the key alone."
        )
    return key
