"""`./dev bench`: run the benchmark suite, print one table, write it as JSON.

    ./dev bench                     everything, full size (~15 min on 2 cores)
    ./dev bench --quick             a small version of everything (CI: proves the suite runs)
    ./dev bench --only fleet gui    some of it: startup cold-pop forward gui replay fleet
                                    soak replay-soak
    ./dev bench --json out.json     where the JSON goes (default benchmarks/results.json;
                                    --quick: benchmarks/results-quick.json, not kept in git)

Each benchmark runs in its own process (start-up and memory figures must not inherit this
one's imports) and hands back rows; a benchmark that fails becomes a row saying so, and the
exit status is 1 then. Figures are not judged here: "met" says whether a goal was reached on
this machine, and CI ignores it (its machines are noisy).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from datetime import datetime, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.common import Row, machine, parse_emitted, table  # noqa: E402

BENCH = REPO / "benchmarks"
SUITES = ("startup", "cold-pop", "forward", "gui", "replay", "fleet", "soak", "replay-soak")


def commands(quick: bool) -> dict[str, list[str]]:
    py = sys.executable
    if quick:
        return {
            "startup": [py, str(BENCH / "startup.py"), "--runs", "3"],
            "cold-pop": [py, str(BENCH / "cold_pop.py"), "--runs", "2"],
            "forward": [py, str(BENCH / "forward.py"), "--runs", "3"],
            "gui": [py, str(BENCH / "gui_bench.py"), "--quick"],
            "replay": [py, str(BENCH / "replay_gap.py"), "--quick"],
            "fleet": [
                py,
                str(BENCH / "fleet.py"),
                "--emit",
                "--agents",
                "30",
                "--duration",
                "5",
                "--cycle",
                "3",
                "--drain",
                "8",
                "--backlog",
                "5",
                "--backlog-at",
                "30",
            ],
            "soak": [
                py,
                str(BENCH / "soak_outbox.py"),
                "--count",
                "60",
                "--kills",
                "1",
                "--outage",
                "1",
                "--deadline",
                "90",
            ],
            "replay-soak": [py, str(BENCH / "soak_replay.py"), "--quick"],
        }
    return {
        "startup": [py, str(BENCH / "startup.py"), "--runs", "11"],
        "cold-pop": [py, str(BENCH / "cold_pop.py"), "--runs", "7"],
        "forward": [py, str(BENCH / "forward.py"), "--runs", "15"],
        "gui": [py, str(BENCH / "gui_bench.py")],
        "replay": [py, str(BENCH / "replay_gap.py")],
        "fleet": [py, str(BENCH / "fleet.py"), "--emit"],
        "soak": [py, str(BENCH / "soak_outbox.py")],
        "replay-soak": [py, str(BENCH / "soak_replay.py")],
    }


def soak_rows(stdout: str, returncode: int) -> list[Row]:
    """The soak prints its own report; its closing lines are the figures."""
    lines = {
        line.split(":", 1)[0].strip(): line.split(":", 1)[1].strip()
        for line in stdout.splitlines()
        if ":" in line
    }
    created = lines.get("logs created", "?")
    received = lines.get("logs received by the sandbox", "?")
    dups = lines.get("duplicates", "?")
    unexplained = lines.get("unexplained", "?")
    ok = returncode == 0 and "RESULT: OK" in stdout
    return [
        Row(
            "outbox soak",
            f"{created} logs through faults and SIGKILLs",
            f"received {received}; duplicates {dups} (unexplained {unexplained}); "
            f"{lines.get('entries pending', '?')} pending",
            "0 lost; duplicates only from lost answers",
            ok,
            {
                "created": created,
                "received": received,
                "duplicates": dups,
                "unexplained": unexplained,
            },
        )
    ]


def replay_soak_rows(stdout: str, returncode: int) -> list[Row]:
    """The replay soak prints its own report; its closing lines are the figures."""
    lines = {
        line.split(":", 1)[0].strip(): line.split(":", 1)[1].strip()
        for line in stdout.splitlines()
        if ":" in line
    }
    calls, lost = lines.get("calls", "?"), lines.get("lost (never in the outbox)", "?")
    doubled = lines.get("doubled (in the outbox twice)", "?")
    ok = returncode == 0 and "RESULT: OK" in stdout
    return [
        Row(
            "replay soak",
            f"{calls} spooled calls, the window SIGKILLed mid-replay",
            f"lost {lost}; doubled {doubled}; {lines.get('never received', '?')} never received",
            "0 lost, 0 doubled",
            ok,
            {"calls": calls, "lost": lost, "doubled": doubled},
        )
    ]


def run_suite(name: str, cmd: list[str]) -> list[Row]:
    started = time.monotonic()
    print(
        f"== {name}: {' '.join(Path(c).name if i < 2 else c for i, c in enumerate(cmd))}",
        file=sys.stderr,
        flush=True,
    )
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=REPO, check=False)
    seconds = time.monotonic() - started
    if name == "soak":
        rows = soak_rows(proc.stdout, proc.returncode)
    elif name == "replay-soak":
        rows = replay_soak_rows(proc.stdout, proc.returncode)
    else:
        rows = parse_emitted(proc.stdout)
    if not rows or (name not in ("soak", "replay-soak", "fleet") and proc.returncode != 0):
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        rows.append(
            Row(
                name,
                "the benchmark itself",
                f"FAILED (exit {proc.returncode})",
                met=False,
                note=tail[:200],
            )
        )
    print(f"   {seconds:.0f} s", file=sys.stderr, flush=True)
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true", help="a small version of everything")
    p.add_argument("--only", nargs="+", choices=SUITES, help="run only these")
    p.add_argument(
        "--json",
        type=Path,
        default=None,
        help="default benchmarks/results.json (--quick: results-quick.json)",
    )
    args = p.parse_args(argv)
    if args.json is None:  # a quick run never replaces the full figures
        args.json = BENCH / ("results-quick.json" if args.quick else "results.json")
    started = time.monotonic()
    rows: list[Row] = []
    plan = commands(args.quick)
    for name in args.only or SUITES:
        rows += run_suite(name, plan[name])
    when = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    header = (
        f"Agent Desktop benchmarks{' (quick)' if args.quick else ''}, {when}; "
        f"{machine()}; {time.monotonic() - started:.0f} s"
    )
    print(header)
    print(table(rows))
    args.json.write_text(
        json.dumps(
            {
                "when": when,
                "machine": machine(),
                "quick": args.quick,
                "rows": [r.to_json() for r in rows],
            },
            indent=2,
        )
        + "\n"
    )
    print(f"(JSON: {args.json})")
    failed = [r for r in rows if r.case == "the benchmark itself"]
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
