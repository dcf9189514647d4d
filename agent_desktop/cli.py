"""The `agent-desktop` command: the window by default, plus lookup, search, check and sandbox.

Every failure ends as one plain line on stderr and an exit status a script can test; a traceback
is shown only with AGENT_DESKTOP_DEBUG=1.
"""

from __future__ import annotations

import argparse
import errno
import os
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, NoReturn

from agent_desktop import __version__
from agent_desktop.cli_output import (
    OutputLost,
    Parser,
    contact_block,
    contact_line,
    discard_output,
    finish_output,
    print_json,
    say,
)

if TYPE_CHECKING:  # imported where used: the window's start (no command) needs none of it
    from agent_desktop.core.calls.events import CallEvent, EventKind

if TYPE_CHECKING:
    from agent_desktop.core.phones.forward import Reply

EXIT_OK, EXIT_NOT_FOUND, EXIT_USAGE, EXIT_AUTH, EXIT_NETWORK = 0, 1, 2, 3, 4
EXIT_INTERNAL, EXIT_INTERRUPTED = 70, 130
# What a shell shows for coreutils or git killed by SIGPIPE (128 + 13); exiting with it, rather
# than dying of the signal, works on Windows too, where there is no SIGPIPE.
EXIT_OUTPUT_CLOSED = 141
_FULL = {errno.ENOSPC, errno.EFBIG, getattr(errno, "EDQUOT", errno.ENOSPC)}  # no room for output

EPILOG = """\
exit status:
  0  found / all checks passed
  1  not found
  2  usage or settings error (bad option, no key, no keyring, invalid address), or the
     output cannot be written ("agent-desktop: cannot write the output: No space left on
     device"): a local problem that running the command again will not cure
  3  authentication or permission refused by SwitchTransact
  4  network, server or protocol error
  70  internal error (a bug: please report it)
  130 interrupted (Ctrl+C)
  141 the reader closed the output early (e.g. `| head -1`); nothing is printed, as with
      coreutils and git, which a shell shows as 141 (128 + SIGPIPE)

The API key comes from AGENT_DESKTOP_API_KEY or, when unset, from the system keyring (saved by
the app's settings). AGENT_DESKTOP_BASE_URL and AGENT_DESKTOP_REGION override the settings file;
--base-url and --region override both.
"""


CALL_EPILOG = """\
Softphones run a command on each call event; the number may come last (MicroSIP appends it):
  agent-desktop call ring     NUMBER   [--call-id ID]   an inbound call rings (pops the caller)
  agent-desktop call outgoing NUMBER   [--call-id ID]   the agent dialled; the far end rings
  agent-desktop call answer   [NUMBER] [--call-id ID]   connected, either direction (alias: start)
  agent-desktop call busy     [NUMBER] [--call-id ID]   declined, busy, rejected
  agent-desktop call end      [NUMBER] [--call-id ID]   hung up (opens the log for review)
With no window running the event is saved on disk, the window is started and replays it, and the
command returns at once. A call nobody answered is logged as Missed (see missed_calls).
"""
# The event names a softphone may use, and the kind (EventKind's member) each one is.
CALL_EVENT_NAMES = {
    "ring": "RING",
    "outgoing": "OUTGOING",
    "answer": "ANSWER",
    "start": "ANSWER",
    "busy": "BUSY",
    "end": "END",
    "dial": "DIAL",
}
LAUNCH_WAIT_SECONDS = 20.0  # a cold start of the window on a slow laptop


class _Failure(Exception):
    """Stop with `code`, printing `message` on stderr."""

    def __init__(self, code: int, message: str) -> None:
        super().__init__(message)
        self.code = code


def _server_options() -> Parser:
    # SUPPRESS: an option given after the subcommand overrides, an absent one leaves the global.
    # A Parser like the subcommands' (add_subparsers types their parents so).
    parent = Parser(add_help=False)
    parent.add_argument(
        "--base-url",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="SwitchTransact API address, e.g. https://app.switchtransact.com/api/1.0",
    )
    parent.add_argument(
        "--region",
        metavar="CC",
        default=argparse.SUPPRESS,
        help="default country for phone numbers (two letters, e.g. ZA)",
    )
    return parent


# `phone setup VENDOR`: desk phones (core/phones/desk_phone/setup.py).


def build_parser(argv: Sequence[str] | None = None) -> argparse.ArgumentParser:
    """The whole parser; given the command line, the sandbox's options are added only when it
    names the sandbox (they import its server, ~40 ms of every window's start otherwise)."""
    # Parents share their Action objects, so the top level gets its own copy of the options.
    server = _server_options()
    parser = Parser(
        prog="agent-desktop",
        description="Agent Desktop: caller lookup, search and call journaling for SwitchTransact. "
        "Without a command, opens the window.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
        parents=[_server_options()],
    )
    parser.add_argument("--version", action="version", version=f"agent-desktop {__version__}")
    parser.add_argument(
        "--demo",
        action="store_true",
        help="open the window on a built-in demo server with sample contacts",
    )
    parser.add_argument(
        "--autostart",
        action="store_true",
        help="started at login: open minimised to the tray (where there is one), "
        "or not at all when the autostart setting is off",
    )
    parser.add_argument(
        "--smoke-test",
        action="store_true",
        help="check that this installation works (window, icon, phone rules, "
        "keyring, a demo lookup) and exit; prints one line",
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    page = {"epilog": EPILOG, "formatter_class": argparse.RawDescriptionHelpFormatter}
    lookup = sub.add_parser(
        "lookup", parents=[server], **page, help="find the contact for a number or e-mail"
    )
    lookup.add_argument("query", metavar="PHONE_OR_EMAIL")
    lookup.add_argument("--json", action="store_true", help="print the contact as JSON")

    search = sub.add_parser(
        "search", parents=[server], **page, help="search by name, company, e-mail or cell number"
    )
    search.add_argument("term", metavar="TERM")
    search.add_argument("--json", action="store_true", help="print the contacts as a JSON list")

    sub.add_parser(
        "check",
        parents=[server],
        **page,
        help="diagnose the address, TLS, the key and its permissions",
    )

    call = sub.add_parser(
        "call",
        help="tell the window about a call (for softphones)",
        epilog=CALL_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_call_arguments(call)

    from agent_desktop.cli_key import add_key_arguments
    from agent_desktop.cli_phone import add_phone_arguments

    add_key_arguments(sub, server)
    add_phone_arguments(sub)

    sandbox = sub.add_parser("sandbox", help="run a local SwitchTransact stand-in to try things")
    if argv is not None and "sandbox" not in argv:
        return parser
    try:
        from agent_desktop.sandbox.cli import add_sandbox_arguments
    except ModuleNotFoundError as exc:
        if not (exc.name or "").startswith("agent_desktop"):
            raise
        sandbox.set_defaults(sandbox_missing=True)
    else:
        add_sandbox_arguments(sandbox)
    return parser


def _add_call_arguments(call: argparse.ArgumentParser) -> None:
    call.add_argument(
        "event",
        metavar="EVENT",
        help="ring, outgoing, answer (or start), busy, end; dial: click-to-dial",
    )
    call.add_argument("number", nargs="?", default="", help="the other party's number")
    call.add_argument(
        "--call-id",
        default="",
        metavar="ID",
        help="the softphone's id for the call, when it has one",
    )
    call.add_argument("--outbound", action="store_true", help="with answer: we placed the call")
    call.add_argument(
        "--to-demo",
        action="store_true",
        help="send to a window started with --demo (to try it out)",
    )


# --- the connection: settings, key, client ----------------------------------------------------


def _server(args: argparse.Namespace) -> tuple[str, str]:
    """(base_url, region) by the one precedence rule (core.settings.effective): options >
    environment > settings files > defaults, and an administrator's lock over all of them."""
    from agent_desktop.core.api.client import SwitchTransactClient
    from agent_desktop.core.phone import DEFAULT_REGION
    from agent_desktop.core.settings.effective import command_line, effective_settings
    from agent_desktop.core.settings.settings import SettingsStore

    loaded, invalid = effective_settings(SettingsStore(), command_line(args.base_url, args.region))
    if invalid:
        raise _Failure(EXIT_USAGE, invalid[0])
    for problem in loaded.problems:
        say(f"Note: {problem}", sys.stderr)
    for ignored in loaded.ignored:
        say(f"Note: {ignored.sentence()}", sys.stderr)
    settings = loaded.settings
    return (
        settings.base_url or SwitchTransactClient.DEFAULT_BASE_URL,
        settings.region or DEFAULT_REGION,
    )


def _api_key(base_url: str) -> str | None:
    """AGENT_DESKTOP_API_KEY, else the keyring. Raises KeyringUnavailable."""
    from agent_desktop.core.settings.secrets import ApiKeyStore

    return ApiKeyStore().get(base_url)


def _client(args: argparse.Namespace):
    from agent_desktop.core.api.client import SwitchTransactClient

    base_url, region = _server(args)
    key = _api_key(base_url)
    if key is None:
        raise _Failure(
            EXIT_USAGE,
            "No API key is set for this server. Enter it in Agent Desktop's "
            "settings, or set AGENT_DESKTOP_API_KEY.",
        )
    return SwitchTransactClient(base_url, key, region=region), region


# --- commands ---------------------------------------------------------------------------------


def cmd_lookup(args: argparse.Namespace) -> int:
    from agent_desktop.core.phone import looks_like_email, looks_like_phone

    query = args.query.strip()
    is_email = looks_like_email(query)
    if not is_email and not looks_like_phone(query):
        raise _Failure(
            EXIT_USAGE,
            f"{query!r} is neither a phone number nor an e-mail address; "
            f"to find by name use: agent-desktop search {query!r}",
        )
    client, region = _client(args)
    try:
        contact = client.lookup_by_email(query) if is_email else client.lookup_by_phone(query)
    finally:
        client.close()
    if args.json:
        print_json(contact.to_api() if contact else None)
    elif contact:
        for line in contact_block(contact, region):
            say(line)
    if contact is None:
        raise _Failure(EXIT_NOT_FOUND, f"No contact found for {query}.")
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    from agent_desktop.core.search.cache import search_worker

    client, region = _client(args)
    try:  # the window's search: a part of a number, every word of a name (search_terms)
        contacts = [s.contact for s in search_worker(client, args.term, region)]
    finally:
        client.close()
    if args.json:
        print_json([c.to_api() for c in contacts])
    else:
        for contact in contacts:
            say(contact_line(contact, region))
    if not contacts:
        raise _Failure(EXIT_NOT_FOUND, f"No contacts match {args.term!r}.")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from agent_desktop.core.api.diagnostics import run_check
    from agent_desktop.core.settings.secrets import KeyringUnavailable

    base_url, region = _server(args)
    try:
        key = _api_key(base_url)
    except KeyringUnavailable as exc:
        # The keyring failing is itself a finding; carry on so the server checks still run.
        say(f"✗ keyring: {exc}")
        key = None
    report = run_check(base_url, key, region)
    for step in report.steps:
        say(f"{'✓' if step.ok else '✗'} {step.name}: {step.message}")
    phone_ok = _check_phone()
    return report.exit_code if report.exit_code or phone_ok else EXIT_NETWORK


def _check_phone() -> bool:
    """The phone source of the settings, probed once: a line like the window's status."""
    from agent_desktop.core.phones.check import check_phone
    from agent_desktop.core.phones.registry import SourceConfig
    from agent_desktop.core.settings.effective import command_line, effective_settings
    from agent_desktop.core.settings.secrets import ApiKeyStore
    from agent_desktop.core.settings.settings import SettingsStore

    loaded, _invalid = effective_settings(SettingsStore(), command_line(None, None))
    store = ApiKeyStore()
    found = check_phone(SourceConfig(loaded.settings, store.phone_secret))
    if found is None:
        return True
    ok, sentence = found
    say(f"{'✓' if ok else '✗'} phone: {sentence}")
    return ok


def cmd_key(args: argparse.Namespace) -> int:
    """`key set|status|clear` for the server of the settings (or --base-url)."""
    from agent_desktop.cli_key import KeyInputError, read_key
    from agent_desktop.core.settings.secrets import ApiKeyStore, KeyringUnavailable, key_username

    base_url, _region = _server(args)
    host = key_username(base_url)
    store = ApiKeyStore()
    if args.key_action == "set":
        try:
            key = read_key(prompt=f"API key for {host} (not shown): ")
        except KeyInputError as exc:
            raise _Failure(EXIT_USAGE, str(exc)) from None
        store.set(base_url, key)
        say(f"The API key for {host} is saved in {store.status().backend_name}.")
        if os.environ.get(store.ENV_VAR, "").strip():
            say(f"Note: {store.ENV_VAR} is set and is used instead while it is.", sys.stderr)
        return EXIT_OK
    if args.key_action == "clear":
        store.delete(base_url)
        say(f"No API key for {host} is stored in the keyring now.")
        return EXIT_OK
    source = store.source(base_url)
    if source == "environment":
        say(f"The API key for {host} comes from the {store.ENV_VAR} environment variable.")
        return EXIT_OK
    status = store.status()
    if not status.usable:
        raise KeyringUnavailable(status.message)
    if source == "keyring":
        say(f"The API key for {host} is stored in {status.backend_name}.")
        return EXIT_OK
    say(f"No API key for {host} is stored in {status.backend_name}.")
    return EXIT_NOT_FOUND


def cmd_phone(args: argparse.Namespace) -> int:
    """`phone setup VENDOR` and `phone secret`: they live in cli_phone.py."""
    from agent_desktop import cli_phone

    try:
        return cli_phone.run_phone_command(args)
    except cli_phone.PhoneSetupError as exc:
        raise _Failure(EXIT_USAGE, str(exc)) from None


def cmd_sandbox(args: argparse.Namespace) -> int:
    if getattr(args, "sandbox_missing", False):
        raise _Failure(EXIT_USAGE, "The sandbox server is not part of this build.")
    from agent_desktop.sandbox.cli import run_sandbox_command

    return run_sandbox_command(args)


def _instance(demo: bool) -> str:
    from agent_desktop.core.calls.events import InstanceUnavailable, current_instance_name

    try:
        return current_instance_name(demo)
    except InstanceUnavailable as exc:
        raise _Failure(EXIT_USAGE, str(exc)) from None


def _launch_window() -> None:
    """Start the window as its own process, detached from this short-lived command."""
    import subprocess

    command = (
        [sys.executable]
        if getattr(sys, "frozen", False)
        else [sys.executable, "-m", "agent_desktop"]
    )
    options: dict = {
        "stdin": subprocess.DEVNULL,
        "stdout": subprocess.DEVNULL,
        "stderr": subprocess.DEVNULL,
        "close_fds": True,
    }
    if sys.platform == "win32":
        options["creationflags"] = subprocess.DETACHED_PROCESS | subprocess.CREATE_NEW_PROCESS_GROUP
    else:
        options["start_new_session"] = True
    subprocess.Popen(command, **options)


def _call_event(
    kind: EventKind, number: str, call_id: str = "", outbound: bool = False
) -> CallEvent:
    """The event, stamped now (a replayed event keeps its own time). Exit 2 when malformed."""
    from datetime import datetime, timezone

    from agent_desktop.core.calls.events import BadEvent, CallEvent
    from agent_desktop.core.phones.dial import bare_number

    try:
        return CallEvent(
            kind, bare_number(number), call_id.strip(), outbound, datetime.now(timezone.utc)
        )
    except BadEvent as exc:
        raise _Failure(EXIT_USAGE, str(exc)) from None


def _deliver(event: CallEvent, to_demo: bool = False) -> int:
    """To the running window; else durably into the spool, then start the window (which replays
    it) and return at once: the softphone waits for this command."""
    from agent_desktop.core.calls.events import InstanceUnavailable, current_instance_name
    from agent_desktop.core.phones.forward import Delivery, send_event

    try:
        name = current_instance_name(to_demo)
    except InstanceUnavailable as exc:
        if to_demo:
            raise _Failure(EXIT_USAGE, str(exc)) from None
        return _spool_without_socket(event, str(exc))
    reply = send_event(name, event)
    # A window that took the connection but did not answer (quitting, stuck) may never handle
    # the event: keep it on disk too. Should it have handled it after all, the replay is a
    # duplicate event, which the call book absorbs.
    if reply.delivery is Delivery.NO_WINDOW and not to_demo and _window_polls():
        return _spool_without_socket(event, "it is not listening")
    if reply.delivery in (Delivery.NO_WINDOW, Delivery.NOT_DELIVERED) and not to_demo:
        if _spool(event):
            _launch_window()
            return EXIT_OK
        reply = _launch_and_send(name, event)  # no disk to spool on: wait for the window
    if reply.delivery is Delivery.NO_WINDOW:
        where = "the demo window (agent-desktop --demo)" if to_demo else "Agent Desktop"
        raise _Failure(EXIT_USAGE, f"Could not reach {where}; is it running?")
    if reply.delivery is not Delivery.OK:
        raise _Failure(EXIT_USAGE, reply.reason)
    return EXIT_OK


def _spool(event: CallEvent) -> bool:
    problem = _spool_on_disk(event)
    if problem is not None:  # disk full, folder unwritable: fall back to waiting
        say(
            f"Note: the event could not be saved on disk ({problem}); waiting for the window.",
            sys.stderr,
        )
    return problem is None


def _spool_on_disk(event: CallEvent) -> Exception | None:
    from agent_desktop.core.calls.store import CallStore

    try:
        store = CallStore()
        try:
            store.spool(event)
        finally:
            store.close()
    except Exception as exc:
        return exc
    return None


def _window_polls() -> bool:
    """A window holds the data folder yet nobody listens: it could not, and polls the spool."""
    from agent_desktop.core.calls.store import default_path
    from agent_desktop.core.calls.window_claim import held_elsewhere

    return held_elsewhere(default_path().parent)


def _spool_without_socket(event: CallEvent, why: str) -> int:
    """No private folder for the window's socket: the spool needs none. The event goes on disk;
    a window that runs takes it from there (it polls the spool when it cannot listen), else one
    is started, which replays it. Exit 0, as for any spooled event: it is kept."""
    problem = _spool_on_disk(event)
    if problem is not None:
        raise _Failure(
            EXIT_USAGE,
            f"The event could not be saved on disk ({problem}), and "
            f"the window cannot be reached: {why}",
        )
    if not _window_polls():
        _launch_window()
    say(
        f"Note: the window could not be reached live ({why}); the event is saved and the "
        "window picks it up from disk.",
        sys.stderr,
    )
    return EXIT_OK


def _launch_and_send(name: str, event: CallEvent) -> Reply:
    import time

    from agent_desktop.core.phones.forward import NO_WINDOW, Delivery, send_event

    _launch_window()
    deadline = time.monotonic() + LAUNCH_WAIT_SECONDS
    reply = NO_WINDOW
    while reply.delivery is Delivery.NO_WINDOW and time.monotonic() < deadline:
        time.sleep(0.25)
        reply = send_event(name, event, timeout=1.0)
    return reply


def _event_from_args(args: argparse.Namespace) -> CallEvent:
    from agent_desktop.core.calls.events import EventKind

    member = CALL_EVENT_NAMES.get(args.event.strip().lower())
    if member is None:
        shown = args.event[:40].encode("ascii", "backslashreplace").decode()
        raise _Failure(
            EXIT_USAGE,
            f"Unknown call event {shown!r}: use ring, outgoing, answer (or start), busy or end.",
        )
    kind = EventKind[member]
    number = args.number
    if kind is EventKind.DIAL:
        from agent_desktop.core.phones.dial import dialable

        number = dialable(number)
        if not number:
            raise _Failure(EXIT_USAGE, "That link holds no phone number to dial.")
    return _call_event(kind, number, args.call_id, args.outbound)


def cmd_call(args: argparse.Namespace) -> int:
    return _deliver(_event_from_args(args), args.to_demo)


class _QuietParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _Failure(EXIT_USAGE, message)


def _forward_call_quickly(argv: Sequence[str] | None) -> int | None:
    """`call …` with the window running, before the full parser, the settings and the keyring
    are loaded: the softphone waits for this command. None = anything else (no window, a
    mistake, --help): the ordinary path handles it and says what is wrong."""
    args = _dial_link_as_command(argv)
    if args[:1] != ["call"]:
        return None
    from agent_desktop.core.calls.events import InstanceUnavailable, current_instance_name
    from agent_desktop.core.phones.forward import Delivery, send_event

    parser = _QuietParser(prog="agent-desktop call", add_help=False)
    _add_call_arguments(parser)
    try:
        parsed = parser.parse_args(args[1:])
        event = _event_from_args(parsed)
        name = current_instance_name(parsed.to_demo)
    except (_Failure, InstanceUnavailable):
        return None
    reply = send_event(name, event)
    if reply.delivery is Delivery.NO_WINDOW:
        return None
    if reply.delivery is Delivery.OK:
        return EXIT_OK
    if reply.delivery is Delivery.NOT_DELIVERED and not parsed.to_demo and _spool(event):
        _launch_window()  # the window took the event but did not answer: kept on disk (_deliver)
        return EXIT_OK
    say(f"agent-desktop: {reply.reason}", sys.stderr)
    return EXIT_USAGE


def _dial_link_as_command(argv: Sequence[str] | None) -> list[str]:
    """`agent-desktop tel:NUMBER` (callto:, sip:), as an OS URI handler runs us, is
    `agent-desktop call dial tel:NUMBER`; and `call`'s options may come before the number, as
    softphones append it last (argparse alone would take `call end --call-id 7 NUMBER` amiss)."""
    args = list(sys.argv[1:] if argv is None else argv)
    if (
        len(args) == 1
        and args[0].partition(":")[0].lower() in ("tel", "callto", "sip")
        and ":" in args[0]
    ):
        return ["call", "dial", args[0]]
    if "call" not in args:
        return args
    head, tail = args[: args.index("call") + 1], args[args.index("call") + 1 :]
    positionals: list[str] = []
    options: list[str] = []
    tokens = iter(tail)
    for token in tokens:
        if token == "--":
            positionals.extend(tokens)
        elif token == "--call-id":  # its value travels with it
            options.extend([token, next(tokens, "")])
        elif token.startswith("-") and len(token) > 1 and not token[1].isdigit():
            options.append(token)
        else:
            positionals.append(token)
    return head + positionals + options


def _autostart_off() -> bool:
    """Started at login although the agent turned autostart off: the machine-wide entry (which
    the user cannot remove) started it, or the setting changed while the app was not running."""
    from agent_desktop.core.settings.settings import SettingsStore

    try:
        return not SettingsStore().load().settings.autostart
    except Exception:  # settings trouble is the window's to explain: start it
        return False


def _install_staged_update() -> None:
    """An update the last session downloaded but could not install at quit (a call was on):
    in place now, before the window, and this start continues as the new version. A failure
    leaves the installed app as it was (logged; the window says nothing is installed)."""
    if not getattr(sys, "frozen", False) or sys.platform == "win32":  # Windows: at quit only
        return
    from agent_desktop.core.updates.updates import READY_FILE, work_dir

    if not (work_dir() / "staged" / READY_FILE).is_file():  # the usual start: one stat
        return
    import logging

    from agent_desktop.core.settings.settings import SettingsStore
    from agent_desktop.core.updates.install import install_staged
    from agent_desktop.core.updates.policy import UpdatePolicy
    from agent_desktop.core.updates.updates import UpdatePlan, make_plan

    try:
        settings = SettingsStore().load().settings
        plan = make_plan(settings.update_url, settings.update_policy)
        if not isinstance(plan, UpdatePlan) or plan.policy is not UpdatePolicy.AUTO:
            return
        if install_staged(plan.staged_dir, plan.install_dir, __version__) is None:
            return
    except Exception as exc:  # never a reason not to start: this version runs on
        logging.getLogger(__name__).warning("the staged update was not installed: %s", exc)
        return
    os.execv(sys.executable, [sys.executable, *sys.argv[1:]])  # the same path, the new files


def cmd_gui(args: argparse.Namespace) -> int:
    if args.autostart and _autostart_off():
        return EXIT_OK
    if not args.demo:  # one window per user: a second start brings the first to the front
        from agent_desktop.core.calls.events import CallEvent, EventKind
        from agent_desktop.core.phones.forward import Delivery, send_event

        try:
            reply = send_event(_instance(False), CallEvent(EventKind.SHOW), timeout=1.0)
            running = reply.delivery is Delivery.OK
        except _Failure:  # no private socket folder: the window says so itself
            running = False
        if running:
            say(
                "Agent Desktop is already running; its window was brought to the front.", sys.stderr
            )
            return EXIT_OK
    _install_staged_update()
    from agent_desktop.system_libs import check as check_system_libraries

    missing_libraries = check_system_libraries()  # before Qt loads: name the packages, no abort
    if missing_libraries:
        for line in missing_libraries.splitlines():
            say(line, sys.stderr)
        return EXIT_USAGE
    try:
        from agent_desktop.ui.app.pyside_hook import keep_off_our_modules

        keep_off_our_modules()  # before QtCore: PySide6 would read each of our modules' source
        from agent_desktop.ui.app.run import run_gui
    except ImportError as exc:  # our UI missing from this build, or a Qt library from the system
        if isinstance(exc, ModuleNotFoundError) and (exc.name or "").startswith("agent_desktop"):
            message = (
                "The desktop window is not available in this build; the lookup, search, "
                "check and sandbox commands work."
            )
        else:
            message = f"The window cannot start: {exc}."
        raise _Failure(EXIT_USAGE, message) from None
    return run_gui(
        demo=args.demo, base_url=args.base_url, region=args.region, to_tray=args.autostart
    )


COMMANDS = {
    "lookup": cmd_lookup,
    "search": cmd_search,
    "check": cmd_check,
    "sandbox": cmd_sandbox,
    "call": cmd_call,
    "key": cmd_key,
    "phone": cmd_phone,
}


def _exit_code_for(exc: BaseException) -> int:
    from agent_desktop.core.api.errors import AuthError, NotFound, ValidationError

    if isinstance(exc, AuthError):
        return EXIT_AUTH
    if isinstance(exc, NotFound):
        return EXIT_NOT_FOUND
    if isinstance(exc, ValidationError):
        return EXIT_USAGE
    return EXIT_NETWORK


def main(argv: Sequence[str] | None = None) -> int:
    try:
        code = _run(argv)
        finish_output()
        return code
    except OutputLost as lost:
        return _output_lost(lost)
    except OSError as exc:  # a plain print() (--smoke-test's last line) failed
        if isinstance(exc, BrokenPipeError) or exc.errno in _FULL:
            return _output_lost(OutputLost(exc))
        raise


def _output_lost(lost: OutputLost) -> int:
    """The reader went away (`| head -1` had enough): quiet, as coreutils and git; any other
    failure (a full disk) is one line."""
    discard_output()
    if lost.reader_gone:
        return EXIT_OUTPUT_CLOSED
    say(f"agent-desktop: cannot write the output: {lost.reason}", sys.stderr)
    return EXIT_USAGE


def _run(argv: Sequence[str] | None) -> int:
    quick = _forward_call_quickly(argv)  # softphone events: nothing else to load
    if quick is not None:
        return quick
    command_line = _dial_link_as_command(argv)
    parser = build_parser(command_line)
    try:
        args = parser.parse_args(command_line)
        for name in ("base_url", "region"):  # SUPPRESS leaves them out when not given
            setattr(args, name, getattr(args, name, None))
        if args.demo and args.command:
            parser.error("--demo opens the window; it cannot be combined with a command")
        if args.autostart and (args.command or args.demo):
            parser.error("--autostart opens the window; it cannot be combined with a command")
        if args.smoke_test and (args.command or args.demo):
            parser.error("--smoke-test cannot be combined with a command or --demo")
    except SystemExit as exc:  # --help, --version, usage errors: argparse already printed
        if exc.code is None:
            return EXIT_OK
        return exc.code if isinstance(exc.code, int) else EXIT_USAGE
    if args.smoke_test:
        from agent_desktop.smoke import run_smoke_test

        return run_smoke_test()
    try:
        return COMMANDS.get(args.command, cmd_gui)(args)
    except _Failure as exc:
        message, code = str(exc), exc.code
    except KeyboardInterrupt:
        message, code = "Interrupted.", EXIT_INTERRUPTED
    except (OutputLost, BrokenPipeError):
        raise  # main() reports these
    except Exception as exc:
        message, code = _message_for(exc)
    from agent_desktop.core.logging_setup import redact

    say(f"agent-desktop: {redact(message)}", sys.stderr)
    return code


def _message_for(exc: Exception) -> tuple[str, int]:
    """The message and exit code of a failed command. The error types are imported here, on
    failure: the keyring library alone (for KeyringUnavailable) costs the window's start ~40 ms."""
    from agent_desktop.core.api.errors import ApiError
    from agent_desktop.core.settings.secrets import KeyringUnavailable
    from agent_desktop.core.settings.settings import SettingsError

    if isinstance(exc, ApiError):
        return str(exc), _exit_code_for(exc)
    if isinstance(exc, (SettingsError, KeyringUnavailable, ValueError)):
        return str(exc), EXIT_USAGE
    if os.environ.get("AGENT_DESKTOP_DEBUG"):
        raise exc
    return (
        f"Unexpected error ({type(exc).__name__}: {exc}). This is a bug; run again "
        "with AGENT_DESKTOP_DEBUG=1 to see the details."
    ), EXIT_INTERNAL
