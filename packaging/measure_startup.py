"""Time the start-up of the built app against the bare PySide6 floor (median of several runs).

    python packaging/measure_startup.py [--runs 7] [--display :98]

Two measures, each preceded by one discarded warm-up run (so both start from a warm file cache):
- smoke: `EXE --smoke-test` under QT_QPA_PLATFORM=offscreen; time to first paint (the paint
  time stamp the process writes, minus the spawn time) and time to exit. The app's smoke test
  does more after painting (keyring, phone rules, a loopback lookup), the floor nothing.
- window (with --display, e.g. a running Xvfb): the real window on xcb, the app with `--demo`;
  time until the window is mapped (xdotool polled every 10 ms), then the process is ended.
Needs dist/agent-desktop and dist/floor/hello from `packaging/build.py --floor` (Linux).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {
    "app": (ROOT / "dist" / "agent-desktop" / "agent-desktop", ["--demo"], "Agent Desktop"),
    "floor": (ROOT / "dist" / "floor" / "hello" / "hello", [], "Hello floor"),
}


def smoke_once(exe: Path) -> tuple[float, float]:
    """(seconds to first paint, seconds to exit) of one `--smoke-test` run."""
    with tempfile.TemporaryDirectory() as tmp:
        report = Path(tmp) / "report.json"
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", AGENT_DESKTOP_SMOKE_REPORT=str(report))
        start = time.time()
        proc = subprocess.run(
            [str(exe), "--smoke-test"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
        end = time.time()
        if proc.returncode != 0:
            raise SystemExit(f"{exe} --smoke-test failed: {proc.stderr.strip()}")
        painted = json.loads(report.read_text(encoding="utf-8"))["t_painted"]
    return painted - start, end - start


def window_once(exe: Path, args: list[str], title: str, display: str) -> float:
    """Seconds from spawn until a visible window with this title exists on the X display."""
    env = dict(os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb")
    start = time.monotonic()
    proc = subprocess.Popen(
        [str(exe), *args], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while time.monotonic() - start < 60:
            found = subprocess.run(
                ["xdotool", "search", "--onlyvisible", "--name", title],
                env=env,
                capture_output=True,
                text=True,
                check=False,
            )
            if found.stdout.strip():
                return time.monotonic() - start
            time.sleep(0.01)
        raise SystemExit(f"no window titled {title!r} from {exe} within 60 s")
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def _median(values: list[float]) -> str:
    return f"{statistics.median(values):.3f} s (min {min(values):.3f}, max {max(values):.3f})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--display", help="X display for the real-window measure, e.g. :98")
    args = parser.parse_args(argv)
    for name, (exe, window_args, title) in TARGETS.items():
        if not exe.exists():
            raise SystemExit(f"{exe} is missing: run packaging/build.py --floor first")
        smoke_once(exe)  # warm-up, discarded
        runs = [smoke_once(exe) for _ in range(args.runs)]
        print(f"{name:5}  smoke, first paint: {_median([r[0] for r in runs])}")
        print(f"{name:5}  smoke, exit:        {_median([r[1] for r in runs])}")
        if args.display:
            window_once(exe, window_args, title, args.display)  # warm-up
            mapped = [window_once(exe, window_args, title, args.display) for _ in range(args.runs)]
            print(f"{name:5}  window mapped (xcb): {_median(mapped)}")
    print(f"({args.runs} runs each after a warm-up; {os.cpu_count()} CPUs; {sys.platform})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
