"""How fast `agent-desktop call …` returns with the window running (softphones wait for it).

    .venv/bin/python benchmarks/call_forward.py [--runs 20]

Starts the real window (offscreen, in throwaway folders, no server configured), waits for its
socket, then runs each command --runs times and prints the best and median wall time and the
peak memory (max RSS) of the command's process, against `python -c pass` as the floor.
Unix only (it reads the child's resource usage with os.wait4).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def _run(argv: list[str], env: dict[str, str]) -> tuple[float, int, int]:
    """(wall seconds, max RSS in KiB, exit status) of one run."""
    started = time.perf_counter()
    process = subprocess.Popen(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)  # already reaped by wait4
    return wall, usage.ru_maxrss, process.returncode


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args(argv)
    tool = shutil.which("agent-desktop", path=str(Path(sys.executable).parent)) or "agent-desktop"
    with tempfile.TemporaryDirectory(prefix="call-forward-") as tmp:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": tmp}
        for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
            env[var] = str(Path(tmp) / var.lower())
        runtime = Path(tmp) / "run"
        runtime.mkdir(mode=0o700)
        env["XDG_RUNTIME_DIR"] = str(runtime)
        for var in ("AGENT_DESKTOP_BASE_URL", "AGENT_DESKTOP_API_KEY"):
            env.pop(var, None)
        window = subprocess.Popen(
            [tool], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO
        )
        try:
            socket_file = runtime / "agent-desktop" / "window.sock"
            deadline = time.monotonic() + 60
            while not socket_file.exists():
                if time.monotonic() > deadline or window.poll() is not None:
                    print("the window did not start listening", file=sys.stderr)
                    return 1
                time.sleep(0.1)
            commands = {
                "python -c pass": [sys.executable, "-c", "pass"],
                "agent-desktop --version": [tool, "--version"],
                "agent-desktop call ring NUMBER": [tool, "call", "ring", "0721234567"],
                "agent-desktop call end NUMBER": [tool, "call", "end", "0721234567"],
            }
            print(f"{args.runs} runs each, window listening (pid {window.pid})")
            print(f"{'command':34} {'best':>8} {'median':>8} {'max RSS':>10}")
            for label, command in commands.items():
                runs = [_run(command, env) for _ in range(args.runs)]
                if any(code != 0 for _, _, code in runs):
                    print(f"{label}: failed", file=sys.stderr)
                    return 1
                walls = [wall for wall, _, _ in runs]
                rss = max(kib for _, kib, _ in runs)
                best, median = min(walls) * 1000, statistics.median(walls) * 1000
                print(f"{label:34} {best:6.0f}ms {median:6.0f}ms {rss / 1024:8.1f}MiB")
        finally:
            window.send_signal(signal.SIGTERM)
            try:
                window.wait(timeout=15)
            except subprocess.TimeoutExpired:
                window.kill()
                window.wait()
    return 0


if __name__ == "__main__":
    sys.exit(main())
