"""The sandbox as a command: `agent-desktop sandbox ...` and `python -m agent_desktop.sandbox`."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from collections.abc import Callable, Sequence
from types import FrameType

from agent_desktop.core.api.loopback import is_loopback

from .faults import FaultConfig
from .server import SandboxServer

# What signal.signal() takes and gives back (typeshed's private _HANDLER).
_Handler = Callable[[int, FrameType | None], object] | int | signal.Handlers | None


def _retry_after(text: str) -> float | None:
    if text.strip().lower() in ("none", "off", "no"):
        return None
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("give seconds, or 'none' for no header") from None


def _port(text: str) -> int:
    value = int(text)
    if not 0 <= value <= 65535:
        raise argparse.ArgumentTypeError("a port is 0 (any free one) to 65535")
    return value


def _limit(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("give 1 or more requests per second")
    return value


def add_sandbox_arguments(parser: argparse.ArgumentParser) -> None:
    """The sandbox's options, for a parser of its own or a sub-command's."""
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument(
        "--port",
        type=_port,
        default=0,
        help="port to listen on (default 0: any free port, printed at start)",
    )
    parser.add_argument(
        "--token", default="demo-key", help="API key clients must send (default demo-key)"
    )
    parser.add_argument(
        "--allow-remote",
        action="store_true",
        help="allow a non-loopback --host; anyone who can reach it can use the demo token",
    )
    parser.add_argument(
        "--db", metavar="PATH", help="keep the data in this SQLite file (default: in memory)"
    )
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    parser.add_argument(
        "--account-limit",
        type=_limit,
        default=None,
        metavar="PER_SECOND",
        help="the account's shared limit: at most this many /calls requests "
        "per second per token (sliding window), the rest answered 429 "
        "with Retry-After; SwitchTransact's is 100 (default: no limit)",
    )
    faults = parser.add_argument_group("fault injection")
    faults.add_argument(
        "--latency",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="delay added to every /calls request",
    )
    faults.add_argument(
        "--jitter",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="extra random delay, 0 to this many seconds",
    )
    faults.add_argument(
        "--error-rate",
        type=float,
        default=0.0,
        metavar="SHARE",
        help="share of requests answered 500 (0-1; half with an HTML page)",
    )
    faults.add_argument(
        "--drop-rate",
        type=float,
        default=0.0,
        metavar="SHARE",
        help="share of connections closed without an answer (0-1)",
    )
    faults.add_argument(
        "--malformed-rate",
        type=float,
        default=0.0,
        metavar="SHARE",
        help="share answered 200 with broken JSON (0-1)",
    )
    faults.add_argument(
        "--lost-answer-rate",
        type=float,
        default=0.0,
        metavar="SHARE",
        help="share processed normally (log kept, contact created) whose "
        "answer is then lost: the connection closes unanswered (0-1)",
    )
    faults.add_argument(
        "--rate-limit-every",
        type=int,
        default=0,
        metavar="N",
        help="every N-th request starts a burst of 429s (0 = never)",
    )
    faults.add_argument(
        "--rate-limit-burst",
        type=int,
        default=3,
        metavar="COUNT",
        help="429s in a burst (default 3)",
    )
    faults.add_argument(
        "--retry-after",
        type=_retry_after,
        default=1.0,
        metavar="SECONDS",
        help="Retry-After on 429s (default 1; 'none' leaves it out)",
    )
    faults.add_argument(
        "--one-field-search",
        action="store_true",
        help="autocomplete matches the whole term inside one field at a time "
        "(no full name), as some servers do",
    )
    faults.add_argument(
        "--seed", type=int, default=None, help="seed for the random faults, to replay a run"
    )


def run_sandbox_command(args: argparse.Namespace) -> int:
    """Serve until Ctrl+C or SIGTERM; 0 after a clean stop, 2 when it cannot start."""
    if not is_loopback(args.host) and not getattr(args, "allow_remote", False):
        print(
            f"Refusing to listen on {args.host}: the sandbox serves a demo key to anyone who "
            "can reach it. Add --allow-remote if you really want that.",
            file=sys.stderr,
        )
        return 2
    try:
        faults = FaultConfig(
            latency=args.latency,
            jitter=args.jitter,
            error_rate=args.error_rate,
            drop_rate=args.drop_rate,
            malformed_rate=args.malformed_rate,
            lost_answer_rate=args.lost_answer_rate,
            rate_limit_every=args.rate_limit_every,
            rate_limit_burst=args.rate_limit_burst,
            retry_after=args.retry_after,
            seed=args.seed,
            one_field_search=getattr(args, "one_field_search", False),
        )
    except ValueError as err:
        print(f"Sandbox options: {err}", file=sys.stderr)
        return 2
    server = SandboxServer(
        host=args.host,
        port=args.port,
        token=args.token,
        faults=faults,
        db_path=args.db,
        verbose=args.verbose,
        account_limit=getattr(args, "account_limit", None),
    )
    try:
        server.start()
    except OSError as err:
        print(f"Cannot listen on {args.host}:{args.port}: {err.strerror or err}", file=sys.stderr)
        return 2
    stop = threading.Event()
    previous = _install_handlers(stop)
    try:
        print(f"Sandbox listening on {server.base_url} (token: {server.token})", flush=True)
        print(f"Call logs received: {server.base_url}/_debug/logs", flush=True)
        if faults.lost_answer_rate:
            print(
                f"Answers lost after processing: {server.base_url}/_debug/lost-answers", flush=True
            )
        if faults.active:
            print(f"Faults: {_describe(faults)}", flush=True)
        if server.account_limiter is not None:
            print(f"Account limit: {server.account_limiter.limit} requests/s per token", flush=True)
        print("Press Ctrl+C to stop.", flush=True)
        while not stop.wait(0.5):  # a timed wait lets Ctrl+C through on Windows too
            pass
    except KeyboardInterrupt:
        pass
    finally:
        _restore_handlers(previous)
        server.stop()
    print("Sandbox stopped.", flush=True)
    return 0


def _describe(faults: FaultConfig) -> str:
    parts = []
    if faults.latency or faults.jitter:
        parts.append(f"latency {faults.latency:g}s + up to {faults.jitter:g}s")
    for name in ("error_rate", "drop_rate", "malformed_rate", "lost_answer_rate"):
        if getattr(faults, name):
            parts.append(f"{name.replace('_', ' ')} {getattr(faults, name):g}")
    if faults.rate_limit_every:
        parts.append(f"{faults.rate_limit_burst} x 429 every {faults.rate_limit_every} requests")
    if faults.one_field_search:
        parts.append("search matches one field at a time")
    return ", ".join(parts)


def _install_handlers(stop: threading.Event) -> dict[int, _Handler]:
    previous: dict[int, _Handler] = {}
    if threading.current_thread() is not threading.main_thread():
        return previous  # signals only reach the main thread; the caller stops us otherwise
    for signum in (signal.SIGINT, signal.SIGTERM):
        previous[signum] = signal.signal(signum, lambda *_: stop.set())
    return previous


def _restore_handlers(previous: dict[int, _Handler]) -> None:
    for signum, handler in previous.items():
        signal.signal(signum, handler)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m agent_desktop.sandbox",
        description="A SwitchTransact-compatible Calls API with demo contacts, for trying "
        "Agent Desktop without an account and for testing.",
    )
    add_sandbox_arguments(parser)
    return run_sandbox_command(parser.parse_args(argv))
