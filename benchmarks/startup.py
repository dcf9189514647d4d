"""Start-up: from spawn to the window painted AND a key typed into the search box shown in it,
against the bare PySide6 floor (a QMainWindow with a QLineEdit and a QCompleter), same
interpreter, interleaved runs; and the frozen bundle against the frozen floor when dist/ has them.

    .venv/bin/python benchmarks/startup.py [--runs 11]

A run's child process notes the time of the window's first paint, then posts one key press to
the widget that has the keyboard focus (the search box, unless something else took it) and
notes when the typed letter is in the search box: that is "type-ready". The app's child starts
the real window (create_window: settings and key from the environment, a sandbox to talk to),
after importing it as the app does; nothing is preloaded.
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

from benchmarks.common import MIB, Row, emit, median  # noqa: E402

# --- the children --------------------------------------------------------------------------------

def child(kind: str) -> int:
    from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    if kind == "floor":
        from PySide6.QtWidgets import QCompleter, QLineEdit, QMainWindow

        app = QApplication([sys.argv[0]])
        window = QMainWindow()
        edit = QLineEdit(window)
        edit.setCompleter(QCompleter(["Ada Agent", "James May"], edit))
        window.setCentralWidget(edit)
        window.resize(460, 740)
        edit.setFocus()
    else:
        from agent_desktop.ui.app import create_window, ensure_app

        app = ensure_app([sys.argv[0]])
        window = create_window()
        window.ask_before_close = False
        edit = window.search.edit
    marks: dict[str, float] = {}

    def typed(text: str) -> None:
        if text and "typed" not in marks:
            marks["typed"] = time.monotonic()
            from benchmarks.common import rss_of

            print(f"READY {marks['painted']!r} {marks['typed']!r} {rss_of(os.getpid())}",
                  flush=True)
            os._exit(0)  # the measure is taken; tearing down is not start-up

    class FirstPaint(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and "painted" not in marks:
                marks["painted"] = time.monotonic()
                target = QApplication.focusWidget() or edit
                QCoreApplication.postEvent(target, QKeyEvent(
                    QEvent.Type.KeyPress, Qt.Key.Key_J, Qt.KeyboardModifier.NoModifier, "j"))
            return False

    edit.textChanged.connect(typed)
    watcher = FirstPaint()
    app.installEventFilter(watcher)
    window.show()
    return app.exec()


# --- the parent ----------------------------------------------------------------------------------

def run_child(kind: str, env: dict[str, str]) -> tuple[float, float, int]:
    """(seconds to first paint, seconds to type-ready, RSS bytes then) from spawn."""
    started = time.monotonic()
    proc = subprocess.run([sys.executable, __file__, "--child", kind], env=env,
                          capture_output=True, text=True, timeout=120, check=False)
    for line in proc.stdout.splitlines():
        if line.startswith("READY "):
            _, painted, typed, rss = line.split()
            return float(painted) - started, float(typed) - started, int(rss)
    raise SystemExit(f"start-up child {kind} failed: {proc.stderr.strip()[-2000:]}")


def child_env(base_url: str, token: str, home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update({"PYTHONPATH": str(REPO), "QT_QPA_PLATFORM": env.get("QT_QPA_PLATFORM",
                                                                      "offscreen"),
                "DBUS_SESSION_BUS_ADDRESS": "disabled:", "HOME": str(home),
                "AGENT_DESKTOP_BASE_URL": base_url, "AGENT_DESKTOP_API_KEY": token})
    for var in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME",
                "XDG_RUNTIME_DIR"):
        folder = home / var.lower()
        folder.mkdir(mode=0o700, exist_ok=True)
        env[var] = str(folder)
    return env


def floor_rss() -> int:
    """RSS of the bare PySide6 floor once it is type-ready (the memory benchmark's floor)."""
    with tempfile.TemporaryDirectory(prefix="floor-") as tmp:
        return run_child("floor", child_env("http://127.0.0.1:9/api/1.0", "x", Path(tmp)))[2]


def source_rows(runs: int) -> list[Row]:
    from benchmarks.bench_server import TOKEN, ServerProcess

    samples: dict[str, list[tuple[float, float, int]]] = {"floor": [], "app": []}
    with ServerProcess() as server, tempfile.TemporaryDirectory(prefix="startup-") as tmp:
        env = child_env(server.base_url, TOKEN, Path(tmp))
        run_child("floor", env)  # warm-ups: both start from a warm file cache
        run_child("app", env)
        for i in range(runs):
            order = ("floor", "app") if i % 2 == 0 else ("app", "floor")
            for kind in order:
                samples[kind].append(run_child(kind, env))
    floor_type = median([s[1] for s in samples["floor"]])
    app_type = median([s[1] for s in samples["app"]])
    floor_paint = median([s[0] for s in samples["floor"]])
    app_paint = median([s[0] for s in samples["app"]])
    ratio = app_type / floor_type
    rss_app = median([s[2] for s in samples["app"]])
    rss_floor = median([s[2] for s in samples["floor"]])
    return [Row("start-up", "from source: paint + type-ready / bare floor",
                f"{ratio:.2f}x ({app_type * 1000:.0f} ms vs {floor_type * 1000:.0f} ms; "
                f"first paint {app_paint * 1000:.0f} vs {floor_paint * 1000:.0f} ms; "
                f"RSS {rss_app / MIB:.0f} vs {rss_floor / MIB:.0f} MiB)",
                "≤ 1.15x", ratio <= 1.15,
                {"ratio": ratio, "app_type_ready": app_type, "floor_type_ready": floor_type,
                 "app_paint": app_paint, "floor_paint": floor_paint, "app_rss": rss_app,
                 "floor_rss": rss_floor, "runs": runs},
                note=f"median of {runs} interleaved runs, "
                     f"{os.environ.get('QT_QPA_PLATFORM', 'offscreen')}")]


def frozen_rows(runs: int) -> list[Row]:
    app = REPO / "dist" / "agent-desktop" / "agent-desktop"
    floor = REPO / "dist" / "floor" / "hello" / "hello"
    if not (app.exists() and floor.exists()):
        return [Row("start-up", "frozen bundle: first paint / frozen floor", "skipped",
                    "≤ 1.15x", None, note="no bundle in dist/: run ./dev build --floor")]
    sys.path.insert(0, str(REPO / "packaging"))
    from measure_startup import smoke_once  # type: ignore[import-not-found]

    smoke_once(app)
    smoke_once(floor)
    times: dict[str, list[float]] = {"app": [], "floor": []}
    for i in range(runs):
        for name, exe in ((("app", app), ("floor", floor)) if i % 2 == 0
                          else (("floor", floor), ("app", app))):
            times[name].append(smoke_once(exe)[0])
    ratio = median(times["app"]) / median(times["floor"])
    return [Row("start-up", "frozen bundle: first paint / frozen floor",
                f"{ratio:.2f}x ({median(times['app']) * 1000:.0f} ms vs "
                f"{median(times['floor']) * 1000:.0f} ms)", "≤ 1.15x", ratio <= 1.15,
                {"ratio": ratio, "app": median(times["app"]), "floor": median(times["floor"])},
                note="--smoke-test's paint time stamp (the demo window; no type-ready "
                     "probe inside a bundle)")]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--runs", type=int, default=11)
    p.add_argument("--child", choices=["floor", "app"], help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        return child(args.child)
    emit(source_rows(args.runs) + frozen_rows(args.runs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
