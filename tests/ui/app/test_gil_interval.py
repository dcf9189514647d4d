"""The window's process hands the GIL to its workers every millisecond (a ring's lookup must not
wait 5 ms slices of GUI-thread Python)."""

from __future__ import annotations

import os
import subprocess
import sys


def test_the_app_shortens_the_gil_switch_interval():
    script = (
        "import sys\n"
        "before = sys.getswitchinterval()\n"
        "from agent_desktop.ui.app.run import GIL_SWITCH_INTERVAL, ensure_app\n"
        "ensure_app(icon=False)\n"
        "print(before, sys.getswitchinterval(), GIL_SWITCH_INTERVAL)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
        check=True,
    ).stdout.split()
    before, after, wanted = (float(x) for x in out)
    assert before == 0.005 and after == wanted == 0.001
