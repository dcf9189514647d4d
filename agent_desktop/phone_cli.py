"""`agent-desktop phone …`: setting up the phone that reports calls.

`phone secret [--delete]` stores the PBX's AMI secret in the keyring from standard input.

`phone setup yealink|snom|grandstream|poly` prints the lines to paste into a desk phone's
configuration (stdout: only the lines, so `> phone.cfg` keeps just them; where they go and any
warning on stderr), making the secret token on first use (`--new-token` replaces it).
"""

from __future__ import annotations

import argparse
import sys

from agent_desktop.cli_output import say

EXIT_OK = 0


def run_phone_command(args: argparse.Namespace) -> int:
    if args.phone_command == "setup":
        return desk_phone_setup(args.vendor, args.address, args.new_token)
    if args.phone_command == "secret":
        from agent_desktop.core.phones.secret_command import run_secret_command
        from agent_desktop.core.secrets import ApiKeyStore

        say(run_secret_command(ApiKeyStore(), sys.stdin, delete=args.delete))
        return EXIT_OK
    raise ValueError(f"unknown phone command {args.phone_command!r}")


def desk_phone_setup(vendor: str, address: str = "", replace_token: bool = False) -> int:
    from agent_desktop.core.effective_settings import command_line, effective_settings
    from agent_desktop.core.phones import desk_phone_setup as setup
    from agent_desktop.core.secrets import ApiKeyStore
    from agent_desktop.core.settings import SettingsStore, split_host_port

    loaded, _invalid = effective_settings(SettingsStore(), command_line(None, None))
    settings = loaded.settings
    store = ApiKeyStore()
    token = setup.ensure_token(store.phone_secret, store.set_phone_secret, replace_token)
    _host, port = split_host_port(settings.desk_phone_listen)
    say(setup.where_to_paste(vendor), sys.stderr)
    for line in setup.setup_lines(vendor, setup.pc_address(settings, address), port, token):
        say(line)
    if replace_token:
        say("A new token was made: URLs with the old one are refused from now on.", sys.stderr)
    warning = setup.loopback_warning(settings)
    if warning and not address:
        say(warning, sys.stderr)
    return EXIT_OK
