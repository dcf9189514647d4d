"""Start-up: from spawn to the window painted AND a key typed into the search box shown in it,
against the bare PySide6 floor (a QMainWindow with a QLineEdit and a QCompleter), same
interpreter, interleaved runs; and the frozen bundle against the frozen floor when dist/ has them.

    .venv/bin/python benchmarks/startup.py [--runs 11]            # offscreen
    xvfb-run -a .venv/bin/python benchmarks/startup.py --xcb      # a real X server

benchmarks/run.py runs it (`./dev bench`) and reads the rows it emits; gui_bench.py takes the
floor's memory from floor_rss().

Every child runs with AGENT_DESKTOP_STARTUP_PROBE=1 (agent_desktop/ui/startup_probe.py): at
its first paint it posts one key press to the widget that has the keyboard focus and notes when
the letter is in the search box: that is "type-ready". The app is started as a user starts it,
through the command's own entry (`python -m agent_desktop`, or the bundle's executable):
`--demo`, and a configured start (settings in a temporary XDG_CONFIG_HOME, the key in
AGENT_DESKTOP_API_KEY, a sandbox to talk to). Nothing is preloaded.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.common import Row, emit, median, rss_of  # noqa: E402

FROZEN_APP = REPO / "dist" / "agent-desktop" / "agent-desktop"
FROZEN_FLOOR = REPO / "dist" / "floor" / "hello" / "hello"
TOKEN = "startup-bench-key"


def floor_child(report_rss: bool = False) -> int:
    """The bare floor, probed the same way as the app (report_rss: also print its RSS once
    type-ready, just before the probe ends the process)."""
    from PySide6.QtWidgets import QApplication, QCompleter, QLineEdit, QMainWindow

    from agent_desktop.ui.startup_probe import install

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    edit = QLineEdit(window)
    edit.setCompleter(QCompleter(["Ada Agent", "James May"], edit))
    window.setCentralWidget(edit)
    window.resize(460, 740)
    edit.setFocus()
    if report_rss:  # connected before the probe's own slot, so it runs first
        edit.textChanged.connect(lambda _t: print(f"RSS {rss_of(os.getpid())}", flush=True))
    install(app, edit)
    window.show()
    return app.exec()


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds to first paint, seconds to type-ready) from spawn."""
    started = time.monotonic()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120,
                          check=False, cwd=env["HOME"])  # not the checkout: PYTHONPATH decides
    for line in proc.stdout.splitlines():
        if line.startswith("STARTUP-PROBE "):
            _, painted, typed = line.split()
            return float(painted) - started, float(typed) - started
    raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.strip()[-2000:]}")


def floor_rss() -> int:
    """RSS of the bare PySide6 floor once it is type-ready (the memory benchmark's floor)."""
    with tempfile.TemporaryDirectory(prefix="floor-") as tmp:
        env = child_env(Path(tmp), os.environ.get("QT_QPA_PLATFORM", "offscreen"), "")
        proc = subprocess.run([sys.executable, __file__, "--child", "floor-rss"], env=env,
                              capture_output=True, text=True, timeout=120, check=False, cwd=tmp)
    for line in proc.stdout.splitlines():
        if line.startswith("RSS "):
            return int(line.split()[1])
    raise SystemExit(f"the floor failed: {proc.stderr.strip()[-2000:]}")


def child_env(home: Path, platform: str, base_url: str) -> dict[str, str]:
    # As installed: with compiled bytecode (a shell's PYTHONDONTWRITEBYTECODE would make every
    # run compile every module from source, ~180 ms the user never pays).
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("XDG_") and k != "PYTHONDONTWRITEBYTECODE"}
    env.update({"PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": platform,
                "DBUS_SESSION_BUS_ADDRESS": "disabled:", "HOME": str(home),
                "AGENT_DESKTOP_STARTUP_PROBE": "1", "AGENT_DESKTOP_API_KEY": TOKEN})
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME",
                "XDG_RUNTIME_DIR"):
        folder = home / var.lower()
        folder.mkdir(mode=0o700, exist_ok=True)
        env[var] = str(folder)
    if base_url:
        configure(env, base_url)
    return env


def configure(env: dict[str, str], base_url: str) -> None:
    """A settings file as the Settings dialog would save it (the key comes from the env)."""
    code = ("from agent_desktop.core.settings import Settings, SettingsStore; "
            f"SettingsStore().save(Settings(base_url={base_url!r}, agent_first_name='Ada', "
            "agent_last_name='Agent', agent_email='ada@example.com'))")
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)


def measure(cases: dict[str, list[str]], env: dict[str, str], runs: int
            ) -> dict[str, list[tuple[float, float]]]:
    """Interleaved: each round runs every case once, the order rotating round by round."""
    names = list(cases)
    for name in names:
        run_once(cases[name], env)  # warm-up: all start from a warm file cache
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    for i in range(runs):
        k = i % len(names)
        for name in names[k:] + names[:k]:
            samples[name].append(run_once(cases[name], env))
    return samples


def rows_for(where: str, samples: dict[str, list[tuple[float, float]]], platform: str,
             runs: int) -> list[Row]:
    floor_paint = median([s[0] for s in samples["floor"]])
    floor_type = median([s[1] for s in samples["floor"]])
    rows = [Row("start-up", f"{where}, {platform}: floor", f"type-ready {floor_type * 1000:.0f} ms "
                f"(paint {floor_paint * 1000:.0f} ms)", values={
                    "type_ready": floor_type, "paint": floor_paint, "runs": runs})]
    for name, got in samples.items():
        if name == "floor":
            continue
        paint, typed = median([s[0] for s in got]), median([s[1] for s in got])
        ratio = typed / floor_type
        rows.append(Row("start-up", f"{where}, {platform}: {name} / floor",
                        f"{ratio:.2f}x (type-ready {typed * 1000:.0f} ms vs "
                        f"{floor_type * 1000:.0f} ms; paint {paint * 1000:.0f} vs "
                        f"{floor_paint * 1000:.0f} ms)", "≤ 1.15x", ratio <= 1.15,
                        {"ratio": ratio, "type_ready": typed, "paint": paint,
                         "floor_type_ready": floor_type, "floor_paint": floor_paint,
                         "runs": runs}, note=f"median of {runs} interleaved runs"))
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=11)
    p.add_argument("--xcb", action="store_true", help="the X server in DISPLAY (e.g. xvfb-run)")
    p.add_argument("--no-frozen", action="store_true")
    p.add_argument("--no-source", action="store_true")
    p.add_argument("--table", action="store_true", help="print a plain table too")
    p.add_argument("--compare", type=Path, metavar="DIR",
                   help="also run the app of another source tree (e.g. `git archive` of an "
                        "earlier commit, with the probe) in the same interleaved rounds")
    p.add_argument("--child", choices=["floor", "floor-rss"], help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        return floor_child(report_rss=args.child == "floor-rss")
    from agent_desktop.sandbox import SandboxServer

    platform = "xcb" if args.xcb else "offscreen"
    rows: list[Row] = []
    server = SandboxServer(token=TOKEN).start()
    try:
        with tempfile.TemporaryDirectory(prefix="startup-") as tmp:
            env = child_env(Path(tmp), platform, server.base_url)
            if not args.no_source:
                py = [sys.executable]
                cases = {"floor": [*py, __file__, "--child", "floor"],
                         "demo": [*py, "-m", "agent_desktop", "--demo"],
                         "configured": [*py, "-m", "agent_desktop"]}
                if args.compare:  # PYTHONPATH wins over the editable install's finder
                    run_in = ["env", f"PYTHONPATH={args.compare.resolve()}", *py]
                    cases["earlier demo"] = [*run_in, "-m", "agent_desktop", "--demo"]
                    cases["earlier configured"] = [*run_in, "-m", "agent_desktop"]
                rows += rows_for("source", measure(cases, env, args.runs), platform, args.runs)
            if not args.no_frozen and FROZEN_APP.exists() and FROZEN_FLOOR.exists():
                rows += rows_for("frozen", measure({
                    "floor": [str(FROZEN_FLOOR)], "demo": [str(FROZEN_APP), "--demo"],
                    "configured": [str(FROZEN_APP)]}, env, args.runs), platform, args.runs)
            elif not args.no_frozen:
                rows.append(Row("start-up", f"frozen, {platform}", "skipped", "≤ 1.15x", None,
                                note="no bundle in dist/: run ./dev build --floor"))
    finally:
        server.stop()
    if args.table:
        for row in rows:
            print(f"{row.case:40} {row.figure}")
    emit(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
