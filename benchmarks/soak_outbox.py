"""Soak test of the outbox (not a unit test): faults, SIGKILLs and an outage; prints figures.

    .venv/bin/python benchmarks/soak_outbox.py [--count 500] [--kills 3] [--outage 5] ...

A sandbox (file-backed, so it keeps what it received across a restart) answers ~30% of requests
with a 500, a dropped connection, a 429 burst or a lost answer (the log is kept, then the
connection closes unanswered: the at-least-once window for real). A child process creates the
call logs through the code the GUI uses (Outbox.enqueue_call, DeliveryWorker, ClientSender,
SwitchTransactClient) and sends them; it is killed with SIGKILL at random moments and started
again. Then the sandbox goes down for a while and comes back on the same port. When the outbox
is drained (or the deadline passes) the figures are printed. Last, the review step
(soak_review.py): the app is killed while logs sit in review, and again between putting them in
the outbox and noting so; they must come back in review and be sent exactly once.

Exit status 0 when every log arrived, nothing is pending and every duplicate is explained by a
fact of the documented at-least-once window: the sandbox lost that call's answer after logging
it, or the call was in 'sending' when the app was killed. Received logs and lost answers are
matched to calls by their Number, which is unique per call here.
"""

from __future__ import annotations

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from agent_desktop.core.api.client import SwitchTransactClient  # noqa: E402
from agent_desktop.core.api.models import AgentIdentity, CallDirection, CallType  # noqa: E402
from agent_desktop.core.api.rate_limit import TokenBucket  # noqa: E402
from agent_desktop.core.calls.log import CallRecord  # noqa: E402
from agent_desktop.core.outbox.backoff import Backoff  # noqa: E402
from agent_desktop.core.outbox.delivery import ClientSender, DeliveryWorker  # noqa: E402
from agent_desktop.core.outbox.outbox import Outbox, OutboxState  # noqa: E402
from agent_desktop.sandbox import FaultConfig, SandboxServer  # noqa: E402
from agent_desktop.sandbox.faults import LostAnswer  # noqa: E402
from benchmarks.soak_report import report  # noqa: E402
from benchmarks.soak_review import ReviewStep, run_review_child  # noqa: E402

TOKEN = "soak-key"
AGENT = AgentIdentity("Soak", "Agent", "soak.agent@example.com")


def soak_call(i: int) -> CallRecord:
    start = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc) + timedelta(seconds=47 * i)
    return CallRecord(
        start=start,
        end=start + timedelta(seconds=20 + i % 300),
        call_type=CallType.OUTBOUND if i % 3 else CallType.INBOUND,
        direction=CallDirection.OUTBOUND if i % 3 else CallDirection.INBOUND,
        number=f"+2772{i:07d}",
        contact=None,
        agent=AGENT,
    )


# --- the child: one run of "the app" --------------------------------------------------------


def run_child(args: argparse.Namespace) -> int:
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    outbox = Outbox(args.db)
    client = SwitchTransactClient(args.base_url, TOKEN, connect_timeout=2, read_timeout=5)
    worker = DeliveryWorker(
        outbox,
        ClientSender(client),
        limiter=TokenBucket(rate=args.rate),
        backoff=Backoff(base=args.backoff_base, cap=args.backoff_cap),
        idle_poll=0.5,
        recovery_interval=1.0,
    ).start()
    started = time.time()
    for i in range(args.count):  # the agent's calls ending, one after another
        entry = outbox.enqueue_call(f"soak-{i:05d}", soak_call(i), tz=timezone.utc)
        if entry.created_at >= started and stop.wait(args.pace):  # a new call: pace it
            break
    stop.wait()
    worker.stop(timeout=10)
    outbox.close()
    client.close()
    return 0


# --- the parent: faults, kills, outage, figures ----------------------------------------------


class Soak:
    def __init__(self, args: argparse.Namespace, workdir: Path) -> None:
        self.args = args
        self.db = workdir / "outbox.sqlite3"
        self.sandbox_db = workdir / "sandbox.sqlite3"
        self.rng = random.Random(args.seed)
        self.faults = FaultConfig(
            error_rate=args.error_rate,
            drop_rate=args.drop_rate,
            lost_answer_rate=args.lost_answer_rate,
            rate_limit_every=args.rate_limit_every,
            rate_limit_burst=args.rate_limit_burst,
            retry_after=args.retry_after,
            latency=args.latency,
            jitter=args.latency,
            seed=args.seed,
        )
        self.sandbox: SandboxServer | None = None
        self.requests_before_outage = 0
        self.lost_before_outage: list[LostAnswer] = []
        self.child: subprocess.Popen | None = None
        self.in_flight_at_kill: Counter[int] = Counter()
        self.kill_times: list[float] = []
        self.started = time.monotonic()

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def start_sandbox(self, port: int = 0) -> None:
        self.sandbox = SandboxServer(
            token=TOKEN, port=port, faults=self.faults, db_path=self.sandbox_db
        ).start()

    def start_child(self) -> None:
        a = self.args
        cmd = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--child",
            "--db",
            str(self.db),
            "--base-url",
            self.sandbox.base_url,
            "--count",
            str(a.count),
            "--pace",
            str(a.pace),
            "--rate",
            str(a.rate),
            "--backoff-base",
            str(a.backoff_base),
            "--backoff-cap",
            str(a.backoff_cap),
        ]
        env = {**os.environ, "PYTHONPATH": str(REPO)}
        self.child = subprocess.Popen(cmd, env=env, cwd=REPO)

    def kill_child(self) -> None:
        self.child.send_signal(signal.SIGKILL)
        self.child.wait()
        self.kill_times.append(self.elapsed())
        with Outbox(self.db) as reader:  # what was caught mid-send
            for entry in reader.entries((OutboxState.SENDING,), limit=100):
                self.in_flight_at_kill[entry.id] += 1

    def outage(self) -> None:
        port = self.sandbox.port
        self.sandbox.stop()
        self.requests_before_outage = self.sandbox.request_count()
        self.lost_before_outage = self.sandbox.lost_answers()  # kept by the stopped instance
        time.sleep(self.args.outage)
        self.start_sandbox(port)  # same port, same database: the clients reconnect

    def drained(self, reader: Outbox) -> bool:
        counts = reader.counts()
        unsent = counts[OutboxState.PENDING] + counts[OutboxState.SENDING]
        return sum(counts.values()) >= self.args.count and not unsent

    def run(self) -> int:
        a = self.args
        deadline = self.started + a.deadline
        self.start_sandbox()
        try:
            self.start_child()
            for _ in range(a.kills):
                time.sleep(self.rng.uniform(a.kill_min, a.kill_max))
                self.kill_child()
                self.start_child()
            time.sleep(self.rng.uniform(0.5, 1.5))
            outage_at = self.elapsed()
            self.outage()
            back_at = self.elapsed()
            with Outbox(self.db) as reader:
                while not self.drained(reader) and time.monotonic() < deadline:
                    time.sleep(0.2)
            drained_at = self.elapsed()
        finally:
            if self.child is not None and self.child.poll() is None:
                self.child.terminate()
                try:
                    self.child.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    self.child.kill()
                    self.child.wait()
            if self.sandbox is not None:
                self.sandbox.stop()
        return report(self, outage_at, back_at, drained_at)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--count", type=int, default=500, help="call logs to create (500)")
    p.add_argument("--kills", type=int, default=3, help="SIGKILLs of the sending process (3)")
    p.add_argument("--kill-min", type=float, default=1.0, help="seconds before a kill, min")
    p.add_argument("--kill-max", type=float, default=3.0, help="seconds before a kill, max")
    p.add_argument("--outage", type=float, default=5.0, help="seconds the sandbox is down (5)")
    p.add_argument("--deadline", type=float, default=300.0, help="give up after (300 s)")
    p.add_argument("--error-rate", type=float, default=0.13, help="share answered 500 (0.13)")
    p.add_argument(
        "--drop-rate", type=float, default=0.08, help="share dropped before processing (0.08)"
    )
    p.add_argument(
        "--lost-answer-rate",
        type=float,
        default=0.05,
        help="share logged, then dropped unanswered (0.05)",
    )
    p.add_argument("--rate-limit-every", type=int, default=30)
    p.add_argument("--rate-limit-burst", type=int, default=3)
    p.add_argument("--retry-after", type=float, default=0.2)
    p.add_argument("--latency", type=float, default=0.005, help="server latency, + same jitter")
    p.add_argument("--rate", type=float, default=50.0, help="client requests/second (app: 5)")
    p.add_argument("--backoff-base", type=float, default=0.05, help="(app: 1 s)")
    p.add_argument("--backoff-cap", type=float, default=1.0, help="(app: 300 s)")
    p.add_argument("--pace", type=float, default=0.01, help="seconds between new calls")
    p.add_argument("--seed", type=int, default=None)
    p.add_argument("--workdir", type=Path, default=None, help="keep the files here")
    p.add_argument(
        "--review-count",
        type=int,
        default=40,
        help="calls left in review when the app is killed (40)",
    )
    p.add_argument("--review-only", action="store_true", help="run only the review step")
    p.add_argument("--skip-review", action="store_true", help="leave the review step out")
    p.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--review-child", help=argparse.SUPPRESS)
    p.add_argument("--db", help=argparse.SUPPRESS)
    p.add_argument("--base-url", help=argparse.SUPPRESS)
    return p.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.child:
        return run_child(args)
    if args.review_child:
        return run_review_child(args.review_child, Path(args.db), args.count, args.base_url)
    if args.workdir is not None:
        args.workdir.mkdir(parents=True, exist_ok=True)
        return _soak(args, args.workdir)
    with tempfile.TemporaryDirectory(prefix="soak-outbox-") as tmp:
        return _soak(args, Path(tmp))


def _soak(args: argparse.Namespace, workdir: Path) -> int:
    status = 0 if args.review_only else Soak(args, workdir).run()
    if not args.skip_review:
        status = max(status, ReviewStep(workdir, args.review_count).run())
    return status


if __name__ == "__main__":
    sys.exit(main())
