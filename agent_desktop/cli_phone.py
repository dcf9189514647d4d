"""`agent-desktop phone …`: connect the phone that reports calls without hand edits.

`phone setup microsip [--apply]` prints (or writes into microsip.ini) MicroSIP's command lines;
`phone setup yealink|snom|grandstream|poly` prints the lines to paste into a desk phone's
configuration (stdout: only the lines, so `> phone.cfg` keeps just them; where they go and any
warning on stderr), making the secret token on first use (`--new-token` replaces it);
`phone secret [--delete]` stores the PBX's AMI secret in the keyring from standard input.
Each vendor's logic has its own module in agent_desktop/core/phones/.
"""

from __future__ import annotations

import argparse
import shutil
import sys
from pathlib import Path

from agent_desktop.cli_output import say

PHONE_EPILOG = """\
MicroSIP (Windows):
  agent-desktop phone setup microsip            print the lines for microsip.ini
  agent-desktop phone setup microsip --apply    write them into %APPDATA%\\MicroSIP\\microsip.ini
                                                (a backup is kept; MicroSIP must be closed)
  --ini PATH   another microsip.ini (the portable MicroSIP keeps it beside microsip.exe)
  --exe PATH   the Agent Desktop executable the lines run (default: this one)

Desk phones (phone = "desk_phone"):
  agent-desktop phone setup yealink|snom|grandstream|poly [--address A] [--new-token]

The PBX (phone = "asterisk"):
  agent-desktop phone secret [--delete]         the AMI secret, from standard input
"""
DESK_PHONE_VENDORS = ("yealink", "snom", "grandstream", "poly")
VENDORS = ("microsip", *DESK_PHONE_VENDORS)


def add_phone_arguments(
    sub: argparse._SubParsersAction,  # pyright: ignore[reportMissingTypeArgument]
) -> None:
    phone = sub.add_parser(
        "phone",
        help="connect the phone that reports calls (see README)",
        epilog=PHONE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = phone.add_subparsers(dest="phone_action", metavar="ACTION", required=True)
    setup = actions.add_parser(
        "setup",
        help="print (or --apply) a phone's settings",
        epilog=PHONE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    setup.add_argument(
        "vendor", choices=VENDORS, metavar="VENDOR", help="the phone: " + ", ".join(VENDORS)
    )
    setup.add_argument(
        "--apply", action="store_true", help="write the settings instead of printing them"
    )
    setup.add_argument("--ini", metavar="PATH", type=Path, help="the microsip.ini to change")
    setup.add_argument(
        "--exe", metavar="PATH", help="the Agent Desktop executable the softphone runs"
    )
    setup.add_argument(
        "--address",
        default="",
        help="desk phones: this PC's address as the "
        "phone reaches it (default: found from the "
        "network)",
    )
    setup.add_argument(
        "--new-token",
        action="store_true",
        help="desk phones: replace the secret token (the old URLs stop working)",
    )
    secret = actions.add_parser(
        "secret",
        help="store the PBX's AMI secret in the keyring, read from standard input "
        "(a hidden prompt on a terminal); never given on the command line",
    )
    secret.add_argument("--delete", action="store_true", help="remove the stored secret")


def this_executable() -> str:
    """What a softphone should run to reach this installation."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        # The console twin (agent-desktop-cli.exe) runs this command; MicroSIP should run the
        # windowed one beside it, which opens no console window on every call.
        windowed = exe.with_name(exe.name.replace("-cli", ""))
        return str(windowed if windowed.is_file() else exe)
    found = shutil.which("agent-desktop")
    return found or f'"{sys.executable}" -m agent_desktop'


class PhoneSetupError(Exception):
    """Exit 2 with this message."""


def setup_microsip(args: argparse.Namespace) -> int:
    from agent_desktop.core.phones import microsip_ini

    try:
        lines = microsip_ini.command_lines(args.exe or this_executable())
    except microsip_ini.MicrosipError as exc:
        raise PhoneSetupError(str(exc)) from None
    if not args.apply:
        say(f"[{microsip_ini.SECTION}]")
        for key, value in lines.items():
            say(f"{key}={value}")
        return 0
    ini: Path | None = args.ini
    if ini is None:
        if sys.platform != "win32":
            raise PhoneSetupError(
                "MicroSIP runs on Windows; here --apply needs the file: --ini PATH"
            )
        ini = microsip_ini.default_ini()
        if ini is None:
            raise PhoneSetupError(
                "%APPDATA% is not set, so MicroSIP's settings cannot be found; "
                "give the file with --ini PATH"
            )
    try:
        applied = microsip_ini.apply(ini, lines)
    except microsip_ini.MicrosipError as exc:
        raise PhoneSetupError(str(exc)) from None
    if applied.changed:
        say(
            f"MicroSIP will send its calls to Agent Desktop: {ini} is updated (the old file is "
            f"kept as {applied.backup.name})."
        )
    else:
        say(f"{ini} already sends MicroSIP's calls to Agent Desktop; nothing changed.")
    return 0


def run_phone_command(args: argparse.Namespace) -> int:
    """Raises PhoneSetupError (exit 2) for what the agent or IT must change."""
    if args.phone_action == "secret":
        from agent_desktop.core.phones.secret_command import run_secret_command
        from agent_desktop.core.settings.secrets import ApiKeyStore

        say(run_secret_command(ApiKeyStore(), sys.stdin, delete=args.delete))
        return 0
    if args.vendor == "microsip":
        return setup_microsip(args)
    if args.apply or args.ini:
        raise PhoneSetupError(
            "--apply and --ini are for MicroSIP; a desk phone's lines are "
            "pasted into its web page or provisioning file."
        )
    return desk_phone_setup(args.vendor, args.address, args.new_token)


def desk_phone_setup(vendor: str, address: str = "", replace_token: bool = False) -> int:
    from agent_desktop.core.phones.desk_phone import setup
    from agent_desktop.core.settings.effective import command_line, effective_settings
    from agent_desktop.core.settings.secrets import ApiKeyStore
    from agent_desktop.core.settings.settings import SettingsStore, listen_host_port

    loaded, _invalid = effective_settings(SettingsStore(), command_line(None, None))
    settings = loaded.settings
    store = ApiKeyStore()
    token = setup.ensure_token(store.phone_secret, store.set_phone_secret, replace_token)
    _host, port = listen_host_port(settings.desk_phone_listen)
    say(setup.where_to_paste(vendor), sys.stderr)
    for line in setup.setup_lines(vendor, setup.pc_address(settings, address), port, token):
        say(line)
    if replace_token:
        say("A new token was made: URLs with the old one are refused from now on.", sys.stderr)
    warning = setup.loopback_warning(settings)
    if warning and not address:
        say(warning, sys.stderr)
    return 0
