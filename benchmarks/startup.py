"""Start-up as the user sees it: spawn → the window's first pixels on the X server, watched from
outside the process (the headline), beside two in-process figures (first paint, type-ready),
against a bare PySide6 window, same interpreter, interleaved runs, medians; and the frozen
bundle against the frozen floor when dist/ has them.

    .venv/bin/python benchmarks/startup.py [--runs 11] [--compare DIR ...]

It needs an X server: DISPLAY's, else an Xvfb of its own. benchmarks/run.py runs it
(`./dev bench`) and reads the rows it emits; gui_bench.py takes the floor's memory from
floor_rss().

First pixels (benchmarks/first_pixels.py's Watcher): a second X client sees the window mapped
(MapNotify) and its first pixels drawn (the first DamageNotify). Nothing of ours runs in the
measured process: no probe, no filter. The floor is packaging/floor/hello.py, a QMainWindow with
a QLineEdit and a QCompleter (what the app's first paint shows, bare).
Beside it, the process's CPU time (all threads) when its first pixels arrive: on a machine
shared with other builds, wall time swings with the load far more than CPU time does.
Last, the idle RSS of each case once its CPU time has stood still for 2 s (median of 3).

In-process, in separate runs of the same rounds, every child runs with
AGENT_DESKTOP_STARTUP_PROBE=1 (agent_desktop/ui/app/startup_probe.py, the floor's few lines in
hello.py): an event filter on the window alone notes its first paint, posts one key press to
the widget that has the keyboard focus and notes when the letter is in the search box: that is
"type-ready". The app is started as a user starts it, through the command's own entry
(`python -m agent_desktop`, or the bundle's executable): `--demo`, and a configured start
(settings in a temporary XDG_CONFIG_HOME, the key in AGENT_DESKTOP_API_KEY, a sandbox to talk
to). Nothing is preloaded.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.common import Row, emit, median, rss_of  # noqa: E402

if TYPE_CHECKING:
    from benchmarks.first_pixels import Watcher

FROZEN_APP = REPO / "dist" / "agent-desktop" / "agent-desktop"
FROZEN_FLOOR = REPO / "dist" / "floor" / "hello" / "hello"
FLOOR = REPO / "packaging" / "floor" / "hello.py"
TOKEN = "startup-bench-key"


def floor_child(report_rss: bool = False) -> int:
    """The bare floor with the probe (floor_rss; report_rss: also print its RSS once
    type-ready, just before the probe ends the process)."""
    from PySide6.QtWidgets import QApplication, QCompleter, QLineEdit, QMainWindow

    from agent_desktop.ui.app.startup_probe import install

    app = QApplication([sys.argv[0]])
    window = QMainWindow()
    edit = QLineEdit(window)
    edit.setCompleter(QCompleter(["Ada Agent", "James May"], edit))
    window.setCentralWidget(edit)
    window.resize(460, 740)
    edit.setFocus()
    if report_rss:  # connected before the probe's own slot, so it runs first
        edit.textChanged.connect(lambda _t: print(f"RSS {rss_of(os.getpid())}", flush=True))
    install(edit)
    window.show()
    return app.exec()


def run_once(cmd: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(seconds to first paint, seconds to type-ready) from spawn."""
    started = time.monotonic()
    proc = subprocess.run(
        cmd, env=env, capture_output=True, text=True, timeout=120, check=False, cwd=env["HOME"]
    )  # not the checkout: PYTHONPATH decides
    for line in proc.stdout.splitlines():
        if line.startswith("STARTUP-PROBE "):
            _, painted, typed = line.split()
            return float(painted) - started, float(typed) - started
    raise SystemExit(f"{' '.join(cmd)} failed: {proc.stderr.strip()[-2000:]}")


def floor_rss() -> int:
    """RSS of the bare PySide6 floor once it is type-ready (the memory benchmark's floor)."""
    with tempfile.TemporaryDirectory(prefix="floor-") as tmp:
        env = child_env(Path(tmp), os.environ.get("QT_QPA_PLATFORM", "offscreen"), "")
        proc = subprocess.run(
            [sys.executable, __file__, "--child", "floor-rss"],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
            cwd=tmp,
        )
    for line in proc.stdout.splitlines():
        if line.startswith("RSS "):
            return int(line.split()[1])
    raise SystemExit(f"the floor failed: {proc.stderr.strip()[-2000:]}")


def child_env(home: Path, platform: str, base_url: str) -> dict[str, str]:
    # As installed: with compiled bytecode (a shell's PYTHONDONTWRITEBYTECODE would make every
    # run compile every module from source, ~180 ms the user never pays).
    env = {
        k: v
        for k, v in os.environ.items()
        if not k.startswith("XDG_") and k != "PYTHONDONTWRITEBYTECODE"
    }
    env.update(
        {
            "PYTHONPATH": str(REPO),
            "QT_QPA_PLATFORM": platform,
            "DBUS_SESSION_BUS_ADDRESS": "disabled:",
            "HOME": str(home),
            "AGENT_DESKTOP_STARTUP_PROBE": "1",
            "AGENT_DESKTOP_API_KEY": TOKEN,
        }
    )
    for var in (
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_STATE_HOME",
        "XDG_CACHE_HOME",
        "XDG_RUNTIME_DIR",
    ):
        folder = home / var.lower()
        folder.mkdir(mode=0o700, exist_ok=True)
        env[var] = str(folder)
    if base_url:
        configure(env, base_url)
    return env


def configure(env: dict[str, str], base_url: str) -> None:
    """A settings file as the Settings dialog would save it (the key comes from the env)."""
    code = (
        "from agent_desktop.core.settings.settings import Settings, SettingsStore; "
        f"SettingsStore().save(Settings(base_url={base_url!r}, agent_first_name='Ada', "
        "agent_last_name='Agent', agent_email='ada@example.com'))"
    )
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)


# map, first pixels, CPU time at first pixels (unprobed); paint, type-ready (probed)
Sample = tuple[float, float, float, float, float]


def measure(
    watcher: Watcher, cases: dict[str, list[str]], env: dict[str, str], runs: int
) -> dict[str, list[Sample]]:
    """Interleaved: each round runs every case once watched from outside (no probe) and once
    probed, the order rotating round by round."""
    names = list(cases)
    bare = {k: v for k, v in env.items() if k != "AGENT_DESKTOP_STARTUP_PROBE"}
    for name in names:  # warm-up: all start from a warm file cache
        watcher.time_start(cases[name], bare, env["HOME"])
        run_once(cases[name], env)
    samples: dict[str, list[Sample]] = {name: [] for name in names}
    for i in range(runs):
        k = i % len(names)
        for name in names[k:] + names[:k]:
            mapped, pixels = watcher.time_start(cases[name], bare, env["HOME"])
            cpu = watcher.last_cpu
            painted, typed = run_once(cases[name], env)
            samples[name].append((mapped, pixels, cpu, painted, typed))
    return samples


def idle_rss(
    cases: dict[str, list[str]],
    env: dict[str, str],
    runs: int = 3,
    quiet: float = 2.0,
    timeout: float = 60.0,
) -> dict[str, float]:
    """Median RSS (MiB) of each case once idle (unprobed): its CPU time has not moved for
    `quiet` seconds (the window built, settings and key loaded, nothing searched). A fixed
    wait would catch a window still starting on a loaded machine."""
    from benchmarks.first_pixels import cpu_seconds

    bare = {k: v for k, v in env.items() if k != "AGENT_DESKTOP_STARTUP_PROBE"}
    got: dict[str, list[float]] = {name: [] for name in cases}
    for _ in range(runs):
        for name, cmd in cases.items():
            proc = subprocess.Popen(
                cmd, env=bare, cwd=env["HOME"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
            )
            started = time.monotonic()
            time.sleep(1.0)
            last, since = cpu_seconds(proc.pid), time.monotonic()
            while time.monotonic() - started < timeout:
                time.sleep(0.25)
                now = cpu_seconds(proc.pid)
                if now != last:
                    last, since = now, time.monotonic()
                elif time.monotonic() - since >= quiet:
                    break
            got[name].append(rss_of(proc.pid) / 2**20)
            proc.kill()
            proc.wait()
    return {name: median(values) for name, values in got.items()}


def rss_rows(where: str, rss: dict[str, float]) -> list[Row]:
    floor = rss["floor"]
    rows = [
        Row(
            "idle memory",
            f"{where}, X11: bare window (floor)",
            f"RSS {floor:.1f} MiB",
            values={"rss_mib": floor},
        )
    ]
    for name, mib in rss.items():
        if name != "floor":
            rows.append(
                Row(
                    "idle memory",
                    f"{where}, X11: {name}",
                    f"RSS {mib:.1f} MiB = floor + {mib - floor:.1f} MiB",
                    "≤ floor + 35 MiB (frozen)" if where == "frozen" else "",
                    mib - floor <= 35 if where == "frozen" else None,
                    {"rss_mib": mib, "floor_rss_mib": floor},
                    note="median of 3, once its CPU time stood still 2 s",
                )
            )
    return rows


def rows_for(where: str, samples: dict[str, list[Sample]], runs: int) -> list[Row]:
    def med(name: str, i: int) -> float:
        return median([s[i] for s in samples[name]])

    f_map, f_px, f_cpu, f_paint, f_type = (med("floor", i) for i in range(5))
    rows = [
        Row(
            "start-up",
            f"{where}, X11: bare window (floor)",
            f"first pixels {f_px * 1000:.0f} ms (mapped {f_map * 1000:.0f}; CPU "
            f"{f_cpu * 1000:.0f} ms); in-process paint {f_paint * 1000:.0f} ms, type-ready "
            f"{f_type * 1000:.0f} ms",
            values={
                "first_pixels": f_px,
                "map": f_map,
                "cpu": f_cpu,
                "paint": f_paint,
                "type_ready": f_type,
                "runs": runs,
            },
        )
    ]
    for name in samples:
        if name == "floor":
            continue
        mapped, px, cpu, paint, typed = (med(name, i) for i in range(5))
        ratio = px / f_px
        rows.append(
            Row(
                "start-up",
                f"{where}, X11: {name} / floor, first pixels",
                f"{ratio:.2f}x ({px * 1000:.0f} ms vs {f_px * 1000:.0f} ms; map → "
                f"pixels {(px - mapped) * 1000:.0f} vs {(f_px - f_map) * 1000:.0f} ms; "
                f"CPU {cpu / f_cpu:.2f}x, {cpu * 1000:.0f} vs {f_cpu * 1000:.0f} ms)",
                "≤ 1.15x",
                ratio <= 1.15,
                {
                    "ratio": ratio,
                    "first_pixels": px,
                    "map": mapped,
                    "cpu": cpu,
                    "cpu_ratio": cpu / f_cpu,
                    "floor_first_pixels": f_px,
                    "floor_map": f_map,
                    "floor_cpu": f_cpu,
                    "runs": runs,
                },
                note=f"median of {runs} interleaved runs, watched from outside",
            )
        )
        rows.append(
            Row(
                "start-up",
                f"{where}, X11: {name} / floor, in-process",
                f"type-ready {typed / f_type:.2f}x ({typed * 1000:.0f} ms vs "
                f"{f_type * 1000:.0f} ms); paint {paint * 1000:.0f} vs "
                f"{f_paint * 1000:.0f} ms",
                values={
                    "ratio": typed / f_type,
                    "type_ready": typed,
                    "paint": paint,
                    "floor_type_ready": f_type,
                    "floor_paint": f_paint,
                    "runs": runs,
                },
                note=f"median of {runs} interleaved runs, probed",
            )
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    p.add_argument("--runs", type=int, default=11)
    p.add_argument("--no-frozen", action="store_true")
    p.add_argument("--no-source", action="store_true")
    p.add_argument("--no-memory", action="store_true", help="skip the idle RSS of each case")
    p.add_argument("--table", action="store_true", help="print a plain table too")
    p.add_argument(
        "--compare",
        type=Path,
        metavar="DIR",
        nargs="+",
        default=[],
        help="also run the app of other source trees (e.g. `git archive` of earlier "
        "commits), named by their folders, in the same interleaved rounds",
    )
    p.add_argument("--child", choices=["floor-rss"], help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        return floor_child(report_rss=True)
    from agent_desktop.sandbox import SandboxServer
    from benchmarks.first_pixels import Watcher, own_xvfb

    xvfb = None
    display = os.environ.get("DISPLAY", "")
    if not display:
        xvfb, display = own_xvfb()
    rows: list[Row] = []
    server = SandboxServer(token=TOKEN).start()
    try:
        watcher = Watcher(display)
        with tempfile.TemporaryDirectory(prefix="startup-") as tmp:
            env = child_env(Path(tmp), "xcb", server.base_url)
            env["DISPLAY"] = display
            if not args.no_source:
                py = [sys.executable]
                cases = {
                    "floor": [*py, str(FLOOR)],
                    "demo": [*py, "-m", "agent_desktop", "--demo"],
                    "configured": [*py, "-m", "agent_desktop"],
                }
                for tree in args.compare:  # PYTHONPATH wins over the editable install's finder
                    run_in = ["env", f"PYTHONPATH={tree.resolve()}", *py]
                    cases[f"{tree.name} demo"] = [*run_in, "-m", "agent_desktop", "--demo"]
                    cases[f"{tree.name} configured"] = [*run_in, "-m", "agent_desktop"]
                rows += rows_for("source", measure(watcher, cases, env, args.runs), args.runs)
                if not args.no_memory:
                    rows += rss_rows("source", idle_rss(cases, env))
            if not args.no_frozen and FROZEN_APP.exists() and FROZEN_FLOOR.exists():
                frozen = {
                    "floor": [str(FROZEN_FLOOR)],
                    "demo": [str(FROZEN_APP), "--demo"],
                    "configured": [str(FROZEN_APP)],
                }
                rows += rows_for("frozen", measure(watcher, frozen, env, args.runs), args.runs)
                if not args.no_memory:
                    rows += rss_rows("frozen", idle_rss(frozen, env))
            elif not args.no_frozen:
                rows.append(
                    Row(
                        "start-up",
                        "frozen, X11",
                        "skipped",
                        "≤ 1.15x",
                        None,
                        note="no bundle in dist/: run ./dev build --floor",
                    )
                )
    finally:
        server.stop()
        if xvfb is not None:
            xvfb.kill()
            xvfb.wait()
    if args.table:
        for row in rows:
            print(f"{row.case:45} {row.figure}")
    emit(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
