"""`agent-desktop phone setup VENDOR [--apply]`: connect a softphone to Agent Desktop without hand
edits. Each vendor has its own module (agent_desktop/core/phones/); MicroSIP writes its ini."""

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
"""
VENDORS = ("microsip",)


def add_phone_arguments(sub: argparse._SubParsersAction  # pyright: ignore[reportMissingTypeArgument]
                        ) -> None:
    phone = sub.add_parser("phone", help="connect a softphone to Agent Desktop",
                           epilog=PHONE_EPILOG,
                           formatter_class=argparse.RawDescriptionHelpFormatter)
    actions = phone.add_subparsers(dest="phone_action", metavar="ACTION", required=True)
    setup = actions.add_parser("setup", help="print (or --apply) a softphone's settings",
                               epilog=PHONE_EPILOG,
                               formatter_class=argparse.RawDescriptionHelpFormatter)
    setup.add_argument("vendor", choices=VENDORS, metavar="VENDOR",
                       help="the softphone: " + ", ".join(VENDORS))
    setup.add_argument("--apply", action="store_true",
                       help="write the settings instead of printing them")
    setup.add_argument("--ini", metavar="PATH", type=Path, help="the microsip.ini to change")
    setup.add_argument("--exe", metavar="PATH",
                       help="the Agent Desktop executable the softphone runs")


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
            raise PhoneSetupError("MicroSIP runs on Windows; here --apply needs the file: "
                                  "--ini PATH")
        ini = microsip_ini.default_ini()
        if ini is None:
            raise PhoneSetupError("%APPDATA% is not set, so MicroSIP's settings cannot be found; "
                                  "give the file with --ini PATH")
    try:
        applied = microsip_ini.apply(ini, lines)
    except microsip_ini.MicrosipError as exc:
        raise PhoneSetupError(str(exc)) from None
    if applied.changed:
        say(f"MicroSIP will send its calls to Agent Desktop: {ini} is updated (the old file is "
            f"kept as {applied.backup.name}).")
    else:
        say(f"{ini} already sends MicroSIP's calls to Agent Desktop; nothing changed.")
    return 0
