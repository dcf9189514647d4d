"""Soak of the start-up replay (not a unit test): the real window is killed at random instants
while it replays spooled calls; every call must be logged exactly once. Prints figures.

    .venv/bin/python benchmarks/soak_replay.py [--rounds 20] [--calls 100] [--quick]

Each round spools `calls` missed calls (ring, end: what `agent-desktop call` spools while no
window runs; logged without review) into the outbox file, starts the real window
(`python -m agent_desktop`, offscreen, configured for a sandbox on 127.0.0.1) and SIGKILLs it at
a random instant between 0.3 s after its start and 1.2 times the longest a window has taken to
queue a round's logs (4 s at first): before the replay, while it applies the events, while it
queues the logs, or after. Then a window is started again and left running until
the spool is empty and every call of the round has reached the sandbox, and closed. At the end
each call must be in the outbox exactly once and have reached the sandbox (0 lost, 0 doubled);
the instants are reported by what the kill found (rows still spooled, logs queued so far).

Exit status 0 when nothing was lost or doubled.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

TOKEN = "soak-replay-key"


class Soak:
    def __init__(self, rounds: int, calls: int, seed: int) -> None:
        self.rounds, self.calls = rounds, calls
        self.rng = random.Random(seed)
        self.home = Path(tempfile.mkdtemp(prefix="soak-replay-"))
        self.env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "DBUS_SESSION_BUS_ADDRESS": "disabled:",
            "PYTHONPATH": str(REPO),
            "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring",
            "AGENT_DESKTOP_API_KEY": TOKEN,
        }
        for var in (
            "XDG_RUNTIME_DIR",
            "XDG_CONFIG_HOME",
            "XDG_DATA_HOME",
            "XDG_STATE_HOME",
            "XDG_CACHE_HOME",
            "XDG_CONFIG_DIRS",
        ):
            folder = self.home / var.lower()
            folder.mkdir(mode=0o700)
            self.env[var] = str(folder)
        os.environ.update({k: v for k, v in self.env.items() if k.startswith("XDG_")})
        from agent_desktop.core.settings import paths

        self.db = paths.data_dir() / "outbox.sqlite3"
        self.settings = paths.settings_file()
        self.found: list[dict[str, int]] = []  # what each kill found
        # Kill instants are drawn up to how long a window took to queue a round's logs (as the
        # rounds measure it: a loaded machine starts the window later), so they fall before,
        # during and after the replay.
        self.horizon = 4.0

    def write_settings(self, base_url: str) -> None:
        self.settings.parent.mkdir(parents=True, exist_ok=True)
        self.settings.write_text(
            f'base_url = "{base_url}"\nagent_first_name = "Soak"\nagent_last_name = "Replay"\n'
            'agent_email = "soak.replay@example.com"\nmissed_calls = "log"\n'
            'on_ring = "notify"\n'
        )

    def spool(self, round_no: int) -> list[str]:
        from agent_desktop.core.calls.events import CallEvent, EventKind
        from agent_desktop.core.calls.store import CallStore

        store = CallStore(self.db)
        start = datetime.now(timezone.utc) - timedelta(hours=2)
        numbers = []
        for i in range(self.calls):
            number = f"+2771{round_no:03d}{i:04d}"
            at = start + timedelta(seconds=20 * i)
            store.spool(CallEvent(EventKind.RING, number, "", False, at))
            store.spool(CallEvent(EventKind.END, number, "", False, at + timedelta(seconds=9)))
            numbers.append(number)
        store.close()
        return numbers

    def window(self) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [sys.executable, "-m", "agent_desktop"],
            env=self.env,
            cwd=REPO,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )

    def count(self, sql: str) -> int:
        try:
            with sqlite3.connect(self.db, timeout=5) as conn:
                return conn.execute(sql).fetchone()[0]
        except sqlite3.Error:
            return -1

    def queued(self) -> Counter[str]:
        with sqlite3.connect(self.db, timeout=5) as conn:
            rows = conn.execute("SELECT payload FROM outbox WHERE kind = 'call_log'").fetchall()
        return Counter(json.loads(payload)["Number"] for (payload,) in rows)

    def run(self) -> int:
        from agent_desktop.sandbox import SandboxServer

        sandbox = SandboxServer(token=TOKEN, db_path=self.home / "sandbox.sqlite3").start()
        self.write_settings(sandbox.base_url)
        all_numbers: list[str] = []
        started = time.monotonic()
        unfinished = 0
        try:
            for round_no in range(self.rounds):
                numbers = self.spool(round_no)
                all_numbers += numbers
                queued_before = sum(self.queued().values())
                victim = self.window()
                instant = self.rng.uniform(0.3, self.horizon)
                time.sleep(instant)
                victim.send_signal(signal.SIGKILL)
                victim.wait()
                self.found.append(
                    {
                        "at_ms": round(instant * 1000),
                        "spooled": self.count("SELECT count(*) FROM call_spool"),
                        "queued": sum(self.queued().values()) - queued_before,
                    }
                )
                if not self.finish(numbers, sandbox):
                    unfinished += 1
        finally:
            received = sandbox.received_logs()
            sandbox.stop()
        return self.report(all_numbers, received, time.monotonic() - started, unfinished)

    def finish(self, numbers: list[str], sandbox) -> bool:
        """A window again, until the spool is empty and the round's calls reached the sandbox."""
        survivor = self.window()
        spawned = time.monotonic()
        wanted = set(numbers)
        deadline = spawned + 120
        done = all_queued = False
        while time.monotonic() < deadline:
            if not all_queued and set(self.queued()) >= wanted:
                all_queued = True
                self.horizon = max(self.horizon, 1.2 * (time.monotonic() - spawned))
            got = {body["Number"] for body in sandbox.received_logs()} & wanted
            if got == wanted and self.count("SELECT count(*) FROM call_spool") == 0:
                done = True
                break
            time.sleep(0.3)
        time.sleep(1.0)  # a second copy of any of them would be on its way by now
        survivor.send_signal(signal.SIGINT)  # handled: the window closes as Quit does
        try:
            survivor.wait(timeout=20)
        except subprocess.TimeoutExpired:
            survivor.kill()
            survivor.wait()
        return done

    def report(self, numbers: list[str], received: list[dict], wall: float, unfinished: int) -> int:
        queued = self.queued()
        at_server = Counter(body["Number"] for body in received)
        lost = [n for n in numbers if queued[n] == 0]
        doubled = [n for n in numbers if queued[n] > 1]
        not_sent = [n for n in numbers if at_server[n] == 0]
        sent_twice = [n for n in numbers if at_server[n] > 1]
        before = sum(1 for f in self.found if f["spooled"] == 2 * self.calls)
        during = sum(
            1
            for f in self.found
            if 0 < f["spooled"] < 2 * self.calls or (f["spooled"] == 0 and f["queued"] < self.calls)
        )
        after = len(self.found) - before - during
        print(
            f"Replay soak: {self.rounds} rounds of {self.calls} spooled calls, the window "
            f"killed at a random instant 0.3-{self.horizon:.1f} s after its start, then run "
            "to the end"
        )
        print(f"  kills before the replay's commit (all rows still spooled): {before}")
        print(f"  kills after the commit with logs still to queue: {during}")
        print(f"  kills after every log of the round was queued: {after}")
        print(
            "  kills (ms after start: logs queued): "
            + ", ".join(f"{f['at_ms']}: {f['queued']}" for f in self.found)
        )
        print(f"  calls: {len(numbers)}")
        print(f"  lost (never in the outbox): {len(lost)}")
        print(f"  doubled (in the outbox twice): {len(doubled)}")
        print(f"  received by the sandbox: {sum(at_server[n] for n in numbers)}")
        print(f"  never received: {len(not_sent)}; received twice: {len(sent_twice)}")
        print(f"  rounds not finished in time: {unfinished}")
        print(f"  wall: {wall:.0f} s")
        if lost or doubled or not_sent:
            print(f"  lost {lost[:5]} doubled {doubled[:5]} not sent {not_sent[:5]}")
        ok = not lost and not doubled and not not_sent and not unfinished
        print(f"RESULT: {'OK' if ok else 'FAIL'}")
        return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--rounds", type=int, default=20)
    p.add_argument("--calls", type=int, default=100)
    p.add_argument("--seed", type=int, default=20)
    p.add_argument("--quick", action="store_true", help="3 rounds of 20 calls (CI)")
    args = p.parse_args(argv)
    if args.quick:
        args.rounds, args.calls = 3, 20
    return Soak(args.rounds, args.calls, args.seed).run()


if __name__ == "__main__":
    sys.exit(main())
