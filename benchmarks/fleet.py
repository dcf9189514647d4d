"""A fleet of simulated agents on one SwitchTransact account (limit 100 requests/s), no Qt.

    .venv/bin/python benchmarks/fleet.py                       # N = 50, 200, 500; ~4 min
    .venv/bin/python benchmarks/fleet.py --agents 50 --duration 10 --json out.json

Each agent runs the real core as a desktop does: its own SwitchTransactClient (number-form
lookups and their memory), the search coalescing of core/search/cache.py (a term cache and a
debounce), and its own durable Outbox (a real SQLite file) drained by its own DeliveryWorker.
Its compressed day: the phone rings (a lookup of the caller's number; 5% of rings come from
shared switchboard numbers, 15% from unknown numbers), it types 0-3 names at 60-90 ms per key,
talks 1-4 s, and the call's log goes into the outbox. Rings arrive at random, one per agent every
`--cycle` seconds on average.

Modes, each a row of the table:
- before: the client as the window uses it today; a ring or search refused with a 429 is tried
  again after the server's Retry-After (what the agent does when told "try again in 1 s").
- after: each agent (each desktop) has its own RequestBudget (core/api/request_budget.py: rings
before
  searches before log deliveries, a 429 holds the whole desktop off with jitter) and its own
  CachedLookups (core/search/lookup_cache.py) for repeat rings.
- idle: no account limit (only at the largest N): what the harness itself costs.

The server is the sandbox with `account_limit` in its own process; agents are threads in
worker processes of at most 125 agents each. Every worker process also runs a probe thread: a
request outside the API (not limited, not counted, answered 404) every 100 ms, whose latency is the
harness's own cost under that load (client threads, the GIL, the loopback, the server's threads).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.common import Row, percentile  # noqa: E402

TOKEN = "fleet-key"
AGENTS_PER_PROCESS = 125
SEARCH_NAMES = (
    "james may",
    "zoe",
    "patel",
    "harbour light",
    "nkosi",
    "smith",
    "mül",
    "van der",
    "jacobs",
    "atlantic",
    "ndlovu",
    "botha",
    "naidoo",
    "pillay",
    "khumalo",
)
UNKNOWN_SHARE = 0.15
SWITCHBOARD_SHARE = 0.05
CALLS_PATHS = ("/calls/record", "/calls/autocomplete", "/calls/log", "/calls/create")
DEBOUNCE = 0.2  # the search box's pause before it asks (search_debounce_ms default)


# --- the server process --------------------------------------------------------------------------


def serve(args: argparse.Namespace) -> int:
    """Run the sandbox until stdin closes; then write what it saw to args.out as JSON."""
    threading.stack_size(512 * 1024)
    from agent_desktop.sandbox import SandboxServer

    server = SandboxServer(token=TOKEN, account_limit=args.limit or None).start()
    print(server.base_url, flush=True)
    timeline: list[tuple[float, int, int]] = []  # (wall time, requests so far, 429s so far)
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.25):
            limiter = server.account_limiter
            calls = sum(server.request_count(p) for p in CALLS_PATHS)
            timeline.append((time.time(), calls, limiter.refused if limiter else 0))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    sys.stdin.read()  # the orchestrator closes it when the run is over
    done.set()
    sampler.join()
    counts = {p: server.request_count(p) for p in CALLS_PATHS}
    refused = server.account_limiter.refused if server.account_limiter else 0
    server.stop()
    logs = [[log.get("AgentEmail"), log.get("DateTime")] for log in server.received_logs()]
    Path(args.out).write_text(
        json.dumps({"counts": counts, "refused": refused, "logs": logs, "timeline": timeline})
    )
    return 0


# --- one simulated agent -------------------------------------------------------------------------


@dataclass
class AgentResult:
    rings: list[float]
    ring_failures: int
    rings_refused: int  # rings that met at least one 429
    searches: list[float]
    search_requests: int
    search_failures: int
    calls: list[tuple[str, str]]  # (AgentEmail, DateTime) of each call logged
    cache_hits: int = 0


def ring_numbers(rng: random.Random) -> tuple[list[str], list[str]]:
    from agent_desktop.sandbox.seed_data import SHARED_SWITCHBOARD, seed_contacts

    contacts = seed_contacts()
    phones = [c[f] for c in contacts for f in ("mobilephone", "businessphone") if c.get(f)]
    switchboards = [SHARED_SWITCHBOARD, "021 555 0199", "0215550199"]
    rng.shuffle(phones)
    return phones, switchboards


class Agent:
    def __init__(
        self,
        index: int,
        args: argparse.Namespace,
        base_url: str,
        workdir: Path,
        numbers: tuple[list[str], list[str]],
    ) -> None:
        from agent_desktop.core.api.client import SwitchTransactClient
        from agent_desktop.core.api.models import AgentIdentity
        from agent_desktop.core.api.request_budget import RequestBudget
        from agent_desktop.core.outbox.backoff import Backoff
        from agent_desktop.core.outbox.delivery import ClientSender, DeliveryWorker
        from agent_desktop.core.outbox.outbox import Outbox
        from agent_desktop.core.search.cache import TtlCache
        from agent_desktop.core.search.lookup_cache import CachedLookups

        self.index = index
        self.args = args
        self.rng = random.Random(args.seed * 100003 + index)
        self.after = args.mode == "after"
        self.budget = RequestBudget() if self.after else None
        self.client = SwitchTransactClient(
            base_url, TOKEN, budget=self.budget, connect_timeout=5, read_timeout=15
        )
        self.lookups = CachedLookups(self.client) if self.after else None
        self.term_cache: TtlCache[bool] = TtlCache(ttl=30.0)
        self.identity = AgentIdentity("Agent", f"{index:04d}", f"agent{index:04d}@fleet.example")
        self.outbox = Outbox(workdir / f"agent-{index:04d}.sqlite3")
        self.phones, self.switchboards = numbers
        self.result = AgentResult([], 0, 0, [], 0, 0, [])
        for k in range(args.backlog):  # logs left from a network outage, waiting to go out
            self._log_call(-1 - k, "0721234567")
        self.worker = DeliveryWorker(
            self.outbox,
            ClientSender(self.client),
            backoff=Backoff(base=1.0, cap=30.0),
            idle_poll=1.0,
            name=f"delivery-{index}",
        )
        self._refused = False

    def close(self) -> None:
        self.worker.stop(timeout=10)
        self.outbox.close()
        self.client.close()

    # the agent's day ----------------------------------------------------------------------------

    def run_day(self, start_at: float, stop_at: float) -> None:
        now = time.monotonic()
        if start_at > now:
            time.sleep(start_at - now)
        self.worker.start()
        calls = 0
        while True:
            next_ring = time.monotonic() + self.rng.expovariate(1.0 / self.args.cycle)
            if next_ring >= stop_at:
                break
            time.sleep(next_ring - time.monotonic())
            number = self._caller()
            self._ring(number)
            for _ in range(self.rng.randint(0, 3)):
                self._type_and_search(self.rng.choice(SEARCH_NAMES))
            time.sleep(self.rng.uniform(1.0, 4.0))  # the conversation, compressed
            self._log_call(calls, number)
            calls += 1
        if self.lookups is not None:
            self.result.cache_hits = self.lookups.hits

    def _caller(self) -> str:
        roll = self.rng.random()
        if roll < SWITCHBOARD_SHARE:
            return self.rng.choice(self.switchboards)
        if roll < SWITCHBOARD_SHARE + UNKNOWN_SHARE:
            return f"082 {self.rng.randint(100, 999)} {self.rng.randint(1000, 9999)}"
        return self.rng.choice(self.phones)

    def _with_retries(self, call, give_up_after: float) -> bool:
        """Run call() until it answers; a 429 is waited out (before: the server's Retry-After;
        after: the budget's own pause). False when it never answered in time."""
        from agent_desktop.core.api.errors import ApiError, RateLimited

        deadline = time.monotonic() + give_up_after
        while time.monotonic() < deadline:
            try:
                call()
                return True
            except RateLimited as exc:
                self._refused = True
                if self.budget is None:
                    time.sleep(min(exc.retry_after or 1.0, max(0.0, deadline - time.monotonic())))
                elif (exc.retry_after or 0) > deadline - time.monotonic():
                    return False  # the budget says it will not be in time
            except ApiError:
                return False
        return False

    def _ring(self, number: str) -> None:
        from agent_desktop.core.api.request_budget import Priority

        lookup = self.lookups.lookup_by_phone if self.lookups else self.client.lookup_by_phone
        started = time.monotonic()
        self._refused = False
        if self.budget is not None:
            with self.budget.prefer(Priority.RING):
                ok = self._with_retries(lambda: lookup(number), 10.0)
        else:
            ok = self._with_retries(lambda: lookup(number), 10.0)
        self.result.rings_refused += self._refused
        if ok:
            self.result.rings.append(time.monotonic() - started)
        else:
            self.result.ring_failures += 1

    def _type_and_search(self, name: str) -> None:
        """Keys at 60-90 ms; the box asks when the typing pauses for DEBOUNCE (sometimes
        mid-name, always at the end), unless the term is cached."""
        from agent_desktop.core.search.cache import cache_key, searchable

        for i in range(1, len(name) + 1):
            time.sleep(self.rng.uniform(0.06, 0.09))
            last = i == len(name)
            if not last and self.rng.random() >= 0.1:
                continue  # the next key comes before the debounce fires
            if not last:
                time.sleep(DEBOUNCE + self.rng.uniform(0.0, 0.2))  # a pause mid-name
            term = name[:i]
            if not searchable(term) or self.term_cache.get(cache_key(term)):
                continue
            self.result.search_requests += 1
            started = time.monotonic()
            if self._with_retries(lambda t=term: self.client.search(t), 5.0):
                self.result.searches.append(time.monotonic() - started)
                self.term_cache.put(cache_key(term), True)
            else:
                self.result.search_failures += 1

    def _log_call(self, index: int, number: str) -> None:
        from agent_desktop.core.api.models import CallDirection, CallType
        from agent_desktop.core.calls.log import CallRecord

        start = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc) + timedelta(minutes=index)
        record = CallRecord(
            start=start,
            end=start + timedelta(seconds=95),
            call_type=CallType.INBOUND,
            direction=CallDirection.INBOUND,
            number=number,
            contact=None,
            agent=self.identity,
        )
        entry = self.outbox.enqueue_call(f"fleet-{self.index}-{index}", record, tz=timezone.utc)

        self.result.calls.append((self.identity.email, entry.payload["DateTime"]))


# --- a worker process: many agents ---------------------------------------------------------------


def probe(base_url: str, stop: threading.Event, out: list[float]) -> None:
    """The harness's own latency: a request through the same server that the limit and the
    figures never count (a path outside the API, answered 404 at once)."""
    import requests

    root = base_url.split("/api/")[0]
    with requests.Session() as http:
        http.trust_env = False
        while not stop.wait(0.1):
            started = time.monotonic()
            try:
                http.get(f"{root}/harness-probe", timeout=10)
            except requests.RequestException:
                continue
            out.append(time.monotonic() - started)


def run_workers(args: argparse.Namespace) -> int:
    threading.stack_size(512 * 1024)
    from agent_desktop.core.outbox.outbox import OutboxState

    workdir = Path(args.workdir)
    numbers = ring_numbers(random.Random(args.seed))
    agents = [
        Agent(i, args, args.base_url, workdir, numbers)
        for i in range(args.first, args.first + args.count)
    ]
    start_at = time.monotonic() + max(0.0, args.start_at - time.time())
    stop_at = start_at + args.duration
    probe_stop, probe_out = threading.Event(), []
    prober = threading.Thread(target=probe, args=(args.base_url, probe_stop, probe_out))
    prober.start()
    threads = [
        threading.Thread(target=a.run_day, args=(start_at, stop_at), name=f"agent-{a.index}")
        for a in agents
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    drain_until = time.monotonic() + args.drain
    while time.monotonic() < drain_until:
        busy = sum(
            a.outbox.counts().get(OutboxState.PENDING, 0)
            + a.outbox.counts().get(OutboxState.SENDING, 0)
            for a in agents
        )
        if not busy:
            break
        time.sleep(0.25)
    probe_stop.set()
    prober.join()
    for a in agents:  # every worker told to stop first, then each joined: no 1 s poll each
        a.worker.stop(timeout=0)
    log_latencies, states, unsent = [], {}, []
    for a in agents:
        for entry in a.outbox.entries(None, limit=10000):
            states[entry.state] = states.get(entry.state, 0) + 1
            if entry.state != OutboxState.SENT:  # still in the outbox (durable): not lost
                unsent.append((entry.payload["AgentEmail"], entry.payload["DateTime"]))
            if entry.state == OutboxState.SENT and entry.sent_at is not None:
                log_latencies.append(entry.sent_at - entry.created_at)
        a.close()
    merged = {
        "rings": [x for a in agents for x in a.result.rings],
        "ring_failures": sum(a.result.ring_failures for a in agents),
        "rings_refused": sum(a.result.rings_refused for a in agents),
        "searches": [x for a in agents for x in a.result.searches],
        "search_requests": sum(a.result.search_requests for a in agents),
        "search_failures": sum(a.result.search_failures for a in agents),
        "calls": [c for a in agents for c in a.result.calls],
        "cache_hits": sum(a.result.cache_hits for a in agents),
        "log_latencies": log_latencies,
        "states": states,
        "unsent": unsent,
        "probe": probe_out,
    }
    Path(args.out).write_text(json.dumps(merged))
    return 0


# --- the orchestrator ----------------------------------------------------------------------------


def _python_env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(REPO)}


def run_once(n: int, mode: str, args: argparse.Namespace) -> dict:
    """One fleet of n agents in one mode; the merged figures."""
    limit = 0 if mode == "idle" else args.limit
    with tempfile.TemporaryDirectory(prefix="fleet-") as tmp:
        tmpdir = Path(tmp)
        server_out = tmpdir / "server.json"
        server = subprocess.Popen(
            [sys.executable, __file__, "--serve", "--limit", str(limit), "--out", str(server_out)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            env=_python_env(),
        )
        try:
            base_url = server.stdout.readline().strip()
            if not base_url.startswith("http"):
                raise SystemExit("the fleet's sandbox did not start")
            processes = math.ceil(n / AGENTS_PER_PROCESS)
            start_at = time.time() + 2.0 + 0.02 * n  # every process set up before the day starts
            workers = []
            for p in range(processes):
                first, count = p * n // processes, (p + 1) * n // processes - p * n // processes
                out = tmpdir / f"worker-{p}.json"
                cmd = [
                    sys.executable,
                    __file__,
                    "--worker",
                    "--base-url",
                    base_url,
                    "--first",
                    str(first),
                    "--count",
                    str(count),
                    "--mode",
                    mode,
                    "--start-at",
                    repr(start_at),
                    "--duration",
                    str(args.duration),
                    "--cycle",
                    str(args.cycle),
                    "--drain",
                    str(args.drain),
                    "--backlog",
                    str(args.backlog),
                    "--seed",
                    str(args.seed),
                    "--workdir",
                    tmp,
                    "--out",
                    str(out),
                ]
                workers.append((subprocess.Popen(cmd, env=_python_env()), out))
            for proc, _ in workers:
                proc.wait()
            day_seconds = args.duration
        finally:
            server.stdin.close()
            server.wait(timeout=60)
        parts = [json.loads(out.read_text()) for proc, out in workers if out.exists()]
        seen = json.loads(server_out.read_text())
    if len(parts) != len(workers):
        raise SystemExit("a worker process of the fleet failed (see its stderr)")
    merged: dict = {
        k: [] for k in ("rings", "searches", "log_latencies", "probe", "calls", "unsent")
    }
    totals = dict.fromkeys(
        ("ring_failures", "rings_refused", "search_requests", "search_failures", "cache_hits"), 0
    )
    states: dict[str, int] = {}
    for part in parts:
        for key in merged:
            merged[key] += part[key]
        for key in totals:
            totals[key] += part[key]
        for state, count in part["states"].items():
            states[state] = states.get(state, 0) + count
    received = [tuple(x) for x in seen["logs"]]
    created = {tuple(c) for c in merged["calls"]}
    distinct = set(received) & created
    pending = states.get("pending", 0) + states.get("sending", 0)
    requests_total = sum(seen["counts"].values())
    day = window(seen["timeline"], start_at, start_at + day_seconds)
    return {
        "agents": n,
        "mode": mode,
        "limit": limit,
        "requests_per_s": day["rate"],
        "peak_requests_per_s": day["peak"],
        "share_429": seen["refused"] / requests_total if requests_total else 0.0,
        "requests": requests_total,
        "probe_requests": len(merged["probe"]),
        "ring_p50": percentile(merged["rings"], 50),
        "ring_p95": percentile(merged["rings"], 95),
        "rings": len(merged["rings"]),
        "ring_failures": totals["ring_failures"],
        "rings_refused": totals["rings_refused"],
        "search_p95": percentile(merged["searches"], 95),
        "searches": len(merged["searches"]),
        "search_failures": totals["search_failures"],
        "log_p95": percentile(merged["log_latencies"], 95),
        "logs_created": len(created),
        "logs_received": len(received),
        # Lost: never received, and no longer in any outbox either.
        "logs_lost": len(created - distinct - {tuple(u) for u in merged["unsent"]}),
        "logs_duplicated": len(received) - len(set(received)),
        "logs_pending_at_end": pending,
        "cache_hits": totals["cache_hits"],
        "harness_p50": percentile(merged["probe"], 50),
        "harness_p95": percentile(merged["probe"], 95),
        "requests_by_endpoint": seen["counts"],
    }


def window(timeline: list[list[float]], start: float, end: float) -> dict[str, float]:
    """Mean and peak one-second request rate the server saw between start and end."""
    inside = [(t, n) for t, n, _ in timeline if start <= t <= end]
    if len(inside) < 2:
        return {"rate": math.nan, "peak": math.nan}
    rate = (inside[-1][1] - inside[0][1]) / (inside[-1][0] - inside[0][0])
    peak = 0.0
    for i, (t, n) in enumerate(inside):
        later = [(t2, n2) for t2, n2 in inside[i + 1 :] if t2 - t >= 1.0]
        if later:
            t2, n2 = later[0]
            peak = max(peak, (n2 - n) / (t2 - t))
    return {"rate": rate, "peak": peak}


def row_for(result: dict) -> Row:
    r = result
    figure = (
        f"{r['requests_per_s']:.0f} req/s at the server "
        f"(peak {r['peak_requests_per_s']:.0f}), 429s {r['share_429']:.1%}; "
        f"ring p50 {ms(r['ring_p50'])} p95 {ms(r['ring_p95'])}"
        f" ({r['rings_refused']} of {r['rings'] + r['ring_failures']} met a 429, "
        f"{r['ring_failures']} failed); "
        f"search p95 {ms(r['search_p95'])}; log delivery p95 {ms(r['log_p95'])}; "
        f"logs lost {r['logs_lost']}, duplicated {r['logs_duplicated']}, "
        f"pending at end {r['logs_pending_at_end']}; "
        f"harness p50 {ms(r['harness_p50'])} p95 {ms(r['harness_p95'])}"
    )
    judged = r["mode"].startswith("after") and r["agents"] >= 500
    met = (r["ring_p95"] <= 1.0 and r["logs_lost"] == 0) if judged else None
    idle = r["mode"] == "idle"
    goal = "ring p95 ≤ 1 s, 0 lost" if judged else ("0 lost" if not idle else "")
    if not judged and not idle:
        met = r["logs_lost"] == 0
    return Row("fleet", f"N={r['agents']} {r['mode']}", figure, goal, met, values=dict(r))


def ms(seconds: float) -> str:
    return "n/a" if seconds != seconds else f"{seconds * 1000:.0f} ms"


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--agents", type=int, nargs="+", default=[50, 200, 500])
    p.add_argument(
        "--modes", nargs="+", default=["before", "after"], choices=["before", "after", "idle"]
    )
    p.add_argument(
        "--idle-at-max",
        action="store_true",
        default=True,
        help="also run the largest N with no limit (the harness's cost)",
    )
    p.add_argument("--no-idle", dest="idle_at_max", action="store_false")
    p.add_argument("--duration", type=float, default=30.0, help="seconds of day per run (30)")
    p.add_argument(
        "--cycle", type=float, default=25.0, help="mean seconds between one agent's rings (25)"
    )
    p.add_argument(
        "--drain",
        type=float,
        default=30.0,
        help="seconds the outboxes get to drain after the day (30)",
    )
    p.add_argument("--limit", type=int, default=100, help="account limit, requests/s (100)")
    p.add_argument(
        "--backlog",
        type=int,
        default=10,
        help="also run one N with this many logs per agent waiting in the "
        "outbox at the start, as after a network outage (10; 0 = not)",
    )
    p.add_argument(
        "--backlog-at",
        type=int,
        default=200,
        help="the N of the backlog runs (200; 0 = the largest N)",
    )
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--json", type=Path, help="also write the rows here")
    p.add_argument("--emit", action="store_true", help=argparse.SUPPRESS)
    # internal: the server and the worker processes
    p.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    p.add_argument("--worker", action="store_true", help=argparse.SUPPRESS)
    for name in ("--out", "--base-url", "--workdir", "--mode"):
        p.add_argument(name, help=argparse.SUPPRESS)
    p.add_argument("--first", type=int, help=argparse.SUPPRESS)
    p.add_argument("--count", type=int, help=argparse.SUPPRESS)
    p.add_argument("--start-at", type=float, help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.serve:
        return serve(args)
    if args.worker:
        return run_workers(args)
    rows = []
    plan = [(n, mode) for n in args.agents for mode in args.modes]
    if args.idle_at_max:
        plan.append((max(args.agents), "idle"))
    backlog, args.backlog = args.backlog, 0
    if backlog:
        at = args.backlog_at or max(args.agents)
        plan += [(at, f"{mode}+backlog") for mode in args.modes if mode != "idle"]
    for n, mode in plan:
        started = time.monotonic()
        args.backlog = backlog if mode.endswith("+backlog") else 0
        result = run_once(n, mode.removesuffix("+backlog"), args)
        result["backlog"] = args.backlog
        if args.backlog:
            result["mode"] = f"{result['mode']}, backlog {args.backlog} logs each"
        row = row_for(result)
        row.note = f"{time.monotonic() - started:.0f} s"
        print(f"{row.case}: {row.figure}", file=sys.stderr, flush=True)
        rows.append(row)
    if args.json:
        args.json.write_text(json.dumps([r.to_json() for r in rows], indent=2))
    if args.emit:
        from benchmarks.common import emit

        emit(rows)
    else:
        from benchmarks.common import table

        print(table(rows))
    return 0 if all(r.met is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
