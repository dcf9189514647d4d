"""Event forward: `agent-desktop call end` handing one event to a running window, against
`python -c pass` (the interpreter's own floor), interleaved; and the command's peak RSS.

    .venv/bin/python benchmarks/forward.py [--runs 15]

The window is `agent-desktop --demo` (offscreen) in a private runtime folder; the command is the
installed console script, as a softphone runs it. Whatever forwarding path the branch has is
what is measured.
"""

from __future__ import annotations

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.common import MIB, Row, emit, median  # noqa: E402

SCRIPT = Path(sys.executable).with_name("agent-desktop")


def timed(cmd: list[str], env: dict[str, str]) -> tuple[float, int, int]:
    """(seconds, peak RSS bytes, exit status) of one run of cmd."""
    started = time.monotonic()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.monotonic() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss * 1024, proc.returncode


def window_listening(path: Path, timeout: float = 30.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if path.exists():
            try:
                with socket.socket(socket.AF_UNIX) as sock:
                    sock.connect(str(path))
                    return True
            except OSError:
                pass
        time.sleep(0.05)
    return False


def rows(runs: int) -> list[Row]:
    if not SCRIPT.exists():
        return [
            Row(
                "event forward",
                "call end / python -c pass",
                "skipped",
                "≤ 3x",
                None,
                note=f"{SCRIPT} missing",
            )
        ]
    with tempfile.TemporaryDirectory(prefix="fwd-") as tmp:
        home = Path(tmp)
        env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
        env.update(
            {
                "QT_QPA_PLATFORM": "offscreen",
                "DBUS_SESSION_BUS_ADDRESS": "disabled:",
                "HOME": str(home),
            }
        )
        for var in (
            "XDG_CONFIG_HOME",
            "XDG_DATA_HOME",
            "XDG_STATE_HOME",
            "XDG_CACHE_HOME",
            "XDG_RUNTIME_DIR",
        ):
            (home / var).mkdir(mode=0o700)
            env[var] = str(home / var)
        window = subprocess.Popen(
            [str(SCRIPT), "--demo"], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            if not window_listening(home / "XDG_RUNTIME_DIR" / "agent-desktop" / "demo.sock"):
                return [
                    Row(
                        "event forward",
                        "call end / python -c pass",
                        "skipped",
                        "≤ 3x",
                        None,
                        note="the demo window did not start listening",
                    )
                ]
            forward = [str(SCRIPT), "call", "end", "--to-demo"]
            floor = [sys.executable, "-c", "pass"]
            timed(forward, env)
            timed(floor, env)
            samples: dict[str, list[tuple[float, int, int]]] = {"forward": [], "floor": []}
            for i in range(runs):
                pair = (("forward", forward), ("floor", floor))
                for name, cmd in pair if i % 2 == 0 else pair[::-1]:
                    samples[name].append(timed(cmd, env))
        finally:
            window.terminate()
            window.wait(timeout=30)
    failed = [s for s in samples["forward"] if s[2] != 0]
    fwd = median([s[0] for s in samples["forward"]])
    base = median([s[0] for s in samples["floor"]])
    peak = max(s[1] for s in samples["forward"])
    ratio = fwd / base
    return [
        Row(
            "event forward",
            "`agent-desktop call end` / `python -c pass`",
            f"{ratio:.2f}x ({fwd * 1000:.0f} ms vs {base * 1000:.0f} ms)",
            "≤ 3x",
            ratio <= 3.0 and not failed,
            {"ratio": ratio, "forward": fwd, "floor": base, "failed_runs": len(failed)},
            note=f"median of {runs} interleaved runs"
            + (f"; {len(failed)} runs exited non-zero" if failed else ""),
        ),
        Row(
            "event forward",
            "peak RSS of `agent-desktop call end`",
            f"{peak / MIB:.1f} MiB",
            "≤ 20 MiB",
            peak <= 20 * MIB,
            {"peak_rss": peak},
        ),
    ]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=15)
    args = p.parse_args(argv)
    emit(rows(args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
