"""The window's build steps after its first paint: the GUI thread's CPU time in each, against the
goal of 16 ms a step (one frame: keys typed meanwhile are handled between steps).

    .venv/bin/python benchmarks/build_steps.py [--runs 5]

Each run is a fresh process (nothing imported beforehand, as at a real start): the demo window
(`create_demo_window`, on the offscreen platform), shown; every step of ui/window/rest.py's build
is timed by `time.thread_time()` around `MainWindow._step`, which runs one step and names it. In
the same process, a reference: a fixed pure-Python loop timed the same way, to tell a slow run
of a loaded machine from a slow step. Medians over the runs, and the largest run's value.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.common import median  # noqa: E402

GOAL_MS = 16.0
REFERENCE = "(reference: fixed loop)"
IMPORTS = "imports: longest slice"
IMPORTS_ALL = "imports: all slices (sum)"
IMPORTS_N = "imports: slices (count)"
NOT_A_STEP = (REFERENCE, IMPORTS_ALL, IMPORTS_N)


def child() -> int:
    import time

    from PySide6.QtCore import QTimer

    from agent_desktop.ui.app.run import create_demo_window, ensure_app, install_language
    from agent_desktop.ui.window.main_window import MainWindow

    app = ensure_app()
    install_language(app)
    times: list[tuple[str, float]] = []
    real_step = MainWindow._step  # pyright: ignore[reportPrivateUsage]

    def timed_step(self: MainWindow) -> str | None:
        before = time.thread_time()
        name = real_step(self)
        if name is not None:
            times.append((name, (time.thread_time() - before) * 1000))
        return name

    MainWindow._step = timed_step  # pyright: ignore[reportPrivateUsage]
    window, cleanup = create_demo_window()

    def reference() -> None:
        before = time.thread_time()
        sum(i * i for i in range(200_000))
        times.append((REFERENCE, (time.thread_time() - before) * 1000))
        print(json.dumps(times), flush=True)
        cleanup()
        app.quit()

    window.built.connect(lambda: QTimer.singleShot(0, reference))
    window.show()
    app.exec()
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    per_step: dict[str, list[float]] = {}
    for _ in range(args.runs):
        out = subprocess.run(
            [sys.executable, __file__, "--child"],
            capture_output=True,
            text=True,
            timeout=120,
            env=env,
            cwd=REPO,
            check=True,
        )
        run: dict[str, float] = {}
        slices: list[float] = []  # the import slices' count varies with the machine's speed
        for name, ms in json.loads(out.stdout.strip().splitlines()[-1]):
            if name.startswith("import "):
                slices.append(ms)
            else:
                run[name] = ms
        if slices:
            run[IMPORTS] = max(slices)
            run[IMPORTS_ALL] = sum(slices)
            run[IMPORTS_N] = len(slices)
        for name, ms in run.items():
            per_step.setdefault(name, []).append(ms)
    print(f"GUI-thread CPU per build step, {args.runs} runs (goal ≤ {GOAL_MS:.0f} ms a step)")
    print(f"{'step':<28} {'median ms':>10} {'max ms':>8}")
    for name, values in per_step.items():
        flag = "" if name in NOT_A_STEP or median(values) <= GOAL_MS else "  over"
        print(f"{name:<28} {median(values):>10.1f} {max(values):>8.1f}{flag}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
