"""Cold pop: `agent-desktop call ring NUMBER` with no window running → the caller's name painted,
against the floor's start-up (spawn → first pixels of a bare PySide6 window, watched from
outside) in the same interleaved rounds.

    .venv/bin/python benchmarks/cold_pop.py [--runs 7]

As a softphone runs it: the command (`python -m agent_desktop call ring NUMBER`, configured
against a sandbox in a fresh temporary home each run) finds no window, spools the event on disk,
starts the window detached and returns; the window paints, builds its parts, takes the spool and
looks the caller up. The window runs with AGENT_DESKTOP_POP_PROBE (agent_desktop/ui/
startup_probe.py): at the first paint of the caller's name it writes the time and ends. The
server's own time for what a ring asks (the number's lookups and autocomplete, in parallel, as
the window does) is measured just before each run. Goal: pop ≤ floor start-up + 150 ms + server
time (medians). It needs an X server: DISPLAY's, else an Xvfb of its own.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.common import Row, emit, median  # noqa: E402
from benchmarks.startup import FLOOR, TOKEN, child_env  # noqa: E402

POP_TIMEOUT = 60.0


def pop_once(number: str, name: str, base_url: str, display: str) -> float:
    """Seconds from spawning `call ring` to the caller's name painted in the window it starts."""
    with tempfile.TemporaryDirectory(prefix="cold-pop-") as tmp:
        env = child_env(Path(tmp), "xcb", base_url)
        env.pop("AGENT_DESKTOP_STARTUP_PROBE", None)
        report = Path(tmp) / "pop-probe.txt"
        env.update({"DISPLAY": display, "AGENT_DESKTOP_POP_PROBE": str(report)})
        started = time.monotonic()
        command = subprocess.run(
            [sys.executable, "-m", "agent_desktop", "call", "ring", number],
            env=env,
            cwd=tmp,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if command.returncode != 0:
            raise SystemExit(f"call ring exited {command.returncode}: {command.stderr[-1500:]}")
        lines: list[str] = []
        while time.monotonic() - started < POP_TIMEOUT:
            lines = report.read_text().splitlines() if report.exists() else []
            if any(line.startswith("POP-PROBE ") for line in lines):
                break
            time.sleep(0.005)
        pid = next(
            (int(line.split()[1]) for line in lines if line.startswith("POP-PROBE-PID")), None
        )
        painted = next(
            (line.split(" ", 2) for line in lines if line.startswith("POP-PROBE ")), None
        )
        if pid is not None:  # the window this run started (it ends itself once it pops)
            _end(pid)
        if painted is None:
            raise SystemExit(f"the window never painted {name} (ring of {number})")
        if painted[2] != name:
            raise SystemExit(f"the ring of {number} painted {painted[2]!r}, not {name!r}")
        return float(painted[1]) - started


def _end(pid: int) -> None:
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.02)
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    p.add_argument("--runs", type=int, default=7)
    p.add_argument("--table", action="store_true", help="print a plain table too")
    args = p.parse_args(argv)
    from agent_desktop.core.api.client import SwitchTransactClient
    from agent_desktop.sandbox import SandboxServer
    from benchmarks.first_pixels import Watcher, own_xvfb
    from benchmarks.gui_bench import unique_callers

    xvfb = None
    display = os.environ.get("DISPLAY", "")
    if not display:
        xvfb, display = own_xvfb()
    server = SandboxServer(token=TOKEN).start()
    direct = SwitchTransactClient(server.base_url, TOKEN)
    pool = ThreadPoolExecutor(2)
    floor, pops, server_times = [], [], []
    try:
        watcher = Watcher(display)
        callers = unique_callers(args.runs + 1)
        with tempfile.TemporaryDirectory(prefix="cold-pop-floor-") as tmp:
            floor_env = child_env(Path(tmp), "xcb", "")
            floor_env.pop("AGENT_DESKTOP_STARTUP_PROBE", None)
            floor_env["DISPLAY"] = display
            for i, (number, name) in enumerate(callers):
                started = time.perf_counter()
                jobs = [
                    pool.submit(direct.lookup_all_by_phone, number),
                    pool.submit(direct.search, number),
                ]
                for job in jobs:
                    job.result()
                server_time = time.perf_counter() - started
                # Interleaved, the order alternating: the floor's start-up and the cold pop.
                if i % 2:
                    pop = pop_once(number, name, server.base_url, display)
                    _, pixels = watcher.time_start([sys.executable, str(FLOOR)], floor_env, tmp)
                else:
                    _, pixels = watcher.time_start([sys.executable, str(FLOOR)], floor_env, tmp)
                    pop = pop_once(number, name, server.base_url, display)
                if i == 0:
                    continue  # warm-up: a warm file cache and compiled bytecode for both
                floor.append(pixels)
                pops.append(pop)
                server_times.append(server_time)
    finally:
        pool.shutdown()
        direct.close()
        server.stop()
        if xvfb is not None:
            xvfb.kill()
            xvfb.wait()
    f, pop, srv = median(floor), median(pops), median(server_times)
    over = pop - f - srv
    rows = [
        Row(
            "cold pop",
            "`call ring` with no window → caller painted",
            f"{pop * 1000:.0f} ms = floor start-up {f * 1000:.0f} ms + {over * 1000:.0f} ms "
            f"+ server {srv * 1000:.0f} ms",
            "≤ floor + 150 ms + server",
            over <= 0.150,
            {
                "pop": pop,
                "floor_first_pixels": f,
                "server": srv,
                "over_floor": over,
                "runs": len(pops),
            },
            note=f"median of {len(pops)} interleaved runs; a fresh configured home each",
        )
    ]
    if args.table:
        for row in rows:
            print(f"{row.case:45} {row.figure}")
    emit(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
