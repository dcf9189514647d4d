"""The soak's review step: kill the app while call logs sit in review, and at the worst moment
after that; every log must come back in review with its times and reach the server exactly once,
field for field as reviewed.

Three runs of "the app" (child processes sharing one outbox file), each SIGKILLed except the last:
1. review:  N calls ring, are answered (or not) and end through the CallBook the window uses
            (missed_calls = review); their payloads are printed; then the process is killed with
            every log still in review.
2. enqueue: a new process loads the call store: every call must be back in review, payload
            equal; it enqueues every log in the outbox, marks only half of them queued, and is
            killed (the crash between "in the outbox" and "noted as queued").
3. deliver: a new process loads the store: nothing may be left in review (all are in the outbox);
            a DeliveryWorker sends the outbox to the sandbox until it is drained.
The sandbox must hold each call's log exactly once, equal to the payload from run 1, with the
documented field order.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

from agent_desktop.core.api.models import AgentIdentity
from agent_desktop.core.calls.book import CallBook, MissedCalls
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.calls.log import PAYLOAD_FIELDS
from agent_desktop.core.calls.store import CallStore
from agent_desktop.core.clock import SystemClock
from agent_desktop.core.outbox.outbox import Outbox, OutboxKind
from agent_desktop.sandbox import SandboxServer

TOKEN = "soak-key"
AGENT = AgentIdentity("Soak", "Reviewer", "soak.reviewer@example.com")
T0 = datetime(2026, 3, 2, 9, 0, tzinfo=timezone.utc)


def _events(i: int) -> list[CallEvent]:
    """Call i: rings (or is dialled), is answered unless i % 4 == 3, ends; times are the events'."""
    number, start = f"+2773{i:07d}", T0 + timedelta(minutes=3 * i)
    first = EventKind.OUTGOING if i % 2 else EventKind.RING
    events = [CallEvent(first, number, f"sp-{i}", False, start)]
    if i % 4 != 3:
        events.append(
            CallEvent(
                EventKind.ANSWER, number, f"sp-{i}", False, start + timedelta(seconds=5 + i % 7)
            )
        )
    events.append(
        CallEvent(EventKind.END, number, f"sp-{i}", False, start + timedelta(seconds=40 + i))
    )
    return events


def _book(db: Path) -> CallBook:
    return CallBook(SystemClock(), CallStore(db), missed_calls=MissedCalls.REVIEW)


def _say(kind: str, body: object) -> None:
    print(json.dumps({"kind": kind, "body": body}), flush=True)


def run_review_child(phase: str, db: Path, count: int, base_url: str) -> int:
    book = _book(db)
    if phase == "review":
        for i in range(count):
            for event in _events(i):
                book.apply(event)
        _say("reviewing", {c.id: c.payload(AGENT, timezone.utc) for c in book.in_review()})
    elif phase == "enqueue":
        book.load()
        _say("loaded", {c.id: c.payload(AGENT, timezone.utc) for c in book.in_review()})
        outbox = Outbox(db)
        for n, call in enumerate(book.in_review()):
            outbox.enqueue(OutboxKind.CALL_LOG, call.id, call.payload(AGENT, timezone.utc))
            if n % 2 == 0:
                book.mark_queued(call.id)
        _say("enqueued", None)
    else:
        return _deliver(book, db, base_url)
    time.sleep(3600)  # "the agent is looking at the screen": killed from outside
    return 0


def _deliver(book: CallBook, db: Path, base_url: str) -> int:
    from agent_desktop.core.api.client import SwitchTransactClient
    from agent_desktop.core.api.rate_limit import TokenBucket
    from agent_desktop.core.outbox.backoff import Backoff
    from agent_desktop.core.outbox.delivery import ClientSender, DeliveryWorker
    from agent_desktop.core.outbox.outbox import OutboxState

    book.load()
    _say("left_in_review", len(book.in_review()))
    outbox = Outbox(db)
    client = SwitchTransactClient(base_url, TOKEN, connect_timeout=2, read_timeout=5)
    worker = DeliveryWorker(
        outbox,
        ClientSender(client),
        limiter=TokenBucket(rate=50),
        backoff=Backoff(base=0.05, cap=1.0),
        idle_poll=0.2,
    ).start()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        counts = outbox.counts()
        if not counts[OutboxState.PENDING] + counts[OutboxState.SENDING]:
            break
        time.sleep(0.1)
    worker.stop(timeout=10)
    _say("delivered", outbox.counts())
    outbox.close()
    client.close()
    return 0


class ReviewStep:
    def __init__(self, workdir: Path, count: int) -> None:
        self.db = workdir / "review-outbox.sqlite3"
        self.count = count
        self.sandbox = SandboxServer(token=TOKEN, db_path=workdir / "review-sandbox.sqlite3")

    def _child(self, phase: str) -> subprocess.Popen[str]:
        cmd = [
            sys.executable,
            str(Path(__file__).resolve().parent / "soak_outbox.py"),
            "--review-child",
            phase,
            "--db",
            str(self.db),
            "--count",
            str(self.count),
            "--base-url",
            self.sandbox.base_url,
        ]
        repo = str(Path(__file__).resolve().parents[1])
        return subprocess.Popen(
            cmd, stdout=subprocess.PIPE, text=True, env={**os.environ, "PYTHONPATH": repo}, cwd=repo
        )

    @staticmethod
    def _wait_for(child: subprocess.Popen[str], kind: str) -> object:
        assert child.stdout is not None
        for line in child.stdout:
            message = json.loads(line)
            if message["kind"] == kind:
                return message["body"]
        raise RuntimeError(f"the child ended before saying {kind!r}")

    @staticmethod
    def _kill(child: subprocess.Popen[str]) -> None:
        child.send_signal(signal.SIGKILL)
        child.wait()
        if child.stdout is not None:
            child.stdout.close()

    def run(self) -> int:
        self.sandbox.start()
        try:
            started = time.monotonic()
            first = self._child("review")
            reviewed = self._wait_for(first, "reviewing")
            self._kill(first)
            second = self._child("enqueue")
            loaded = self._wait_for(second, "loaded")
            self._wait_for(second, "enqueued")
            self._kill(second)
            third = self._child("deliver")
            left = self._wait_for(third, "left_in_review")
            delivered = self._wait_for(third, "delivered")
            third.wait(timeout=30)
            if third.stdout is not None:
                third.stdout.close()
            received = self.sandbox.received_logs()
            wall = time.monotonic() - started
        finally:
            self.sandbox.stop()
        return self._report(reviewed, loaded, left, delivered, received, wall)

    def _report(self, reviewed, loaded, left, delivered, received, wall) -> int:
        expected = list(reviewed.values())
        by_number: dict[str, list[dict]] = {}
        for body in received:
            by_number.setdefault(body["Number"], []).append(body)
        twice = [n for n, bodies in by_number.items() if len(bodies) > 1]
        missing = [p["Number"] for p in expected if p["Number"] not in by_number]
        changed = [
            p["Number"]
            for p in expected
            if by_number.get(p["Number"], [p])[0] != p
            or tuple(by_number.get(p["Number"], [p])[0]) != PAYLOAD_FIELDS
        ]
        checks = {
            f"{len(expected)} calls in review before the first kill": len(expected) == self.count,
            "after the kill every call is back in review, payload equal": loaded == reviewed,
            "after the second kill nothing is reviewed twice": left == 0,
            "the outbox drained": sum(delivered.values()) == len(expected),
            "every log arrived": not missing,
            "no log arrived twice": not twice,
            "each arrived as reviewed, field for field, in order": not changed,
        }
        print("\nReview step: SIGKILL with logs in review, then between enqueue and 'queued'")
        for text, ok in checks.items():
            print(f"  {'ok  ' if ok else 'FAIL'} {text}")
        print(f"  received {len(received)} logs for {len(expected)} calls in {wall:.1f} s")
        if missing or twice or changed:
            print(f"  missing {missing[:5]} twice {twice[:5]} changed {changed[:5]}")
        return 0 if all(checks.values()) else 1
