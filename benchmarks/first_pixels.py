"""Start-up as the user sees it: from spawn to the window's first pixels on the X server, watched
from outside the process, against a bare PySide6 window with nothing of ours in it.

    .venv/bin/python benchmarks/first_pixels.py [--runs 11]

The watcher is a separate X client (libX11 and libXdamage through ctypes, no extra package): it
selects SubstructureNotify on the root window, puts a DAMAGE object on every top-level window as
it is created, and notes when a window at least 200 px wide is mapped (MapNotify) and when its
first damage arrives (DamageNotify: pixels drawn into it). Nothing is installed in the measured
process: no start-up probe, no event filter (a filter that does nothing costs a bare window
~20 ms to first pixels, so a probed floor is no floor). Runs are interleaved, each round in
another order, the cases started as a user starts them (`python -m agent_desktop`, the bundle's
executable). Without DISPLAY it starts its own Xvfb.
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.common import Row, emit, median  # noqa: E402
from benchmarks.startup import FROZEN_APP, TOKEN, child_env  # noqa: E402

FLOOR = REPO / "packaging" / "floor" / "hello.py"
FROZEN_FLOOR = REPO / "dist" / "floor" / "hello" / "hello"
MIN_WIDTH = 200  # the app's and the floor's main windows; not a 1x1 helper window

# Xlib's constants and the offsets of the fields read from an XEvent (LP64).
SUBSTRUCTURE_NOTIFY_MASK = 1 << 19
CREATE_NOTIFY, MAP_NOTIFY = 16, 19
DAMAGE_REPORT_NON_EMPTY = 3
EVENT_SIZE = 24 * 8  # sizeof(XEvent): long pad[24]
OFF_CREATE_WINDOW = 40  # XCreateWindowEvent.window (after type, serial, send_event, display,
OFF_CREATE_WIDTH = 56  # parent); x, y at 48/52, width 56, height 60
OFF_MAP_WINDOW = 40  # XMapEvent.window (after event)
OFF_DAMAGE_DRAWABLE = 32  # XDamageNotifyEvent.drawable


class _Xlib:
    def __init__(self) -> None:
        x11 = ctypes.util.find_library("X11")
        damage = ctypes.util.find_library("Xdamage")
        if not x11 or not damage:
            raise SystemExit("needs libX11 and libXdamage (Debian: libx11-6 libxdamage1)")
        self.x = ctypes.CDLL(x11)
        self.d = ctypes.CDLL(damage)
        self.x.XOpenDisplay.restype = ctypes.c_void_p
        self.x.XOpenDisplay.argtypes = [ctypes.c_char_p]
        self.x.XDefaultRootWindow.restype = ctypes.c_ulong
        self.x.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
        self.x.XSelectInput.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_long]
        self.x.XConnectionNumber.argtypes = [ctypes.c_void_p]
        self.x.XPending.argtypes = [ctypes.c_void_p]
        self.x.XNextEvent.argtypes = [ctypes.c_void_p, ctypes.c_void_p]
        self.x.XFlush.argtypes = [ctypes.c_void_p]
        self.x.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
        self.x.XCloseDisplay.argtypes = [ctypes.c_void_p]
        self.d.XDamageQueryExtension.argtypes = [
            ctypes.c_void_p,
            ctypes.POINTER(ctypes.c_int),
            ctypes.POINTER(ctypes.c_int),
        ]
        self.d.XDamageCreate.restype = ctypes.c_ulong
        self.d.XDamageCreate.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int]
        # A window that is gone before its DAMAGE is made is a BadDrawable: not fatal here.
        handler = ctypes.CFUNCTYPE(ctypes.c_int, ctypes.c_void_p, ctypes.c_void_p)
        self._ignore = handler(lambda _display, _error: 0)
        self.x.XSetErrorHandler.argtypes = [handler]
        self.x.XSetErrorHandler(self._ignore)


class Watcher:
    """One X connection that times the next top-level window's map and first damage."""

    def __init__(self, display: str) -> None:
        self.lib = _Xlib()
        self.dpy = self.lib.x.XOpenDisplay(display.encode())
        if not self.dpy:
            raise SystemExit(f"cannot open X display {display}")
        event_base, error_base = ctypes.c_int(), ctypes.c_int()
        if not self.lib.d.XDamageQueryExtension(
            self.dpy, ctypes.byref(event_base), ctypes.byref(error_base)
        ):
            raise SystemExit("the X server has no DAMAGE extension")
        self.damage_notify = event_base.value
        root = self.lib.x.XDefaultRootWindow(self.dpy)
        self.lib.x.XSelectInput(self.dpy, root, SUBSTRUCTURE_NOTIFY_MASK)
        self.lib.x.XSync(self.dpy, 0)
        self.fd = self.lib.x.XConnectionNumber(self.dpy)
        self.event = ctypes.create_string_buffer(EVENT_SIZE)
        self.last_cpu = 0.0  # the last timed process's CPU time (all threads) at first pixels

    def _field(self, offset: int, kind: type[ctypes.c_int] | type[ctypes.c_ulong]) -> int:
        return kind.from_buffer(self.event, offset).value

    def time_start(
        self, cmd: list[str], env: dict[str, str], cwd: str, timeout: float = 60.0
    ) -> tuple[float, float]:
        """(spawn → map, spawn → first pixels) in seconds for the window `cmd` opens."""
        self._drain()
        started = time.monotonic()
        proc = subprocess.Popen(
            cmd, env=env, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        watched: set[int] = set()
        mapped: dict[int, float] = {}
        try:
            while time.monotonic() - started < timeout:
                if not self.lib.x.XPending(self.dpy):
                    select.select([self.fd], [], [], 0.05)
                    if proc.poll() is not None and not self.lib.x.XPending(self.dpy):
                        err = proc.stderr.read().decode(errors="replace") if proc.stderr else ""
                        raise SystemExit(
                            f"{' '.join(cmd)} exited {proc.returncode}: {err.strip()[-1500:]}"
                        )
                    continue
                self.lib.x.XNextEvent(self.dpy, self.event)
                now = time.monotonic()
                kind = self._field(0, ctypes.c_int)
                if kind == CREATE_NOTIFY:
                    window = self._field(OFF_CREATE_WINDOW, ctypes.c_ulong)
                    if self._field(OFF_CREATE_WIDTH, ctypes.c_int) >= MIN_WIDTH:
                        self.lib.d.XDamageCreate(self.dpy, window, DAMAGE_REPORT_NON_EMPTY)
                        self.lib.x.XFlush(self.dpy)
                        watched.add(window)
                elif kind == MAP_NOTIFY:
                    window = self._field(OFF_MAP_WINDOW, ctypes.c_ulong)
                    if window in watched:
                        mapped.setdefault(window, now)
                elif kind == self.damage_notify:
                    window = self._field(OFF_DAMAGE_DRAWABLE, ctypes.c_ulong)
                    if window in mapped:
                        self.last_cpu = cpu_seconds(proc.pid)
                        return mapped[window] - started, now - started
            raise SystemExit(f"{' '.join(cmd)}: no window painted within {timeout:.0f} s")
        finally:
            proc.kill()
            proc.wait()
            if proc.stderr:
                proc.stderr.close()

    def _drain(self) -> None:
        while self.lib.x.XPending(self.dpy):
            self.lib.x.XNextEvent(self.dpy, self.event)


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a live process, all its threads (Linux /proc, 10 ms ticks):
    on a shared machine it moves far less with the load than wall time does."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def own_xvfb() -> tuple[subprocess.Popen[bytes], str]:
    if not shutil.which("Xvfb"):
        raise SystemExit("no DISPLAY and no Xvfb (Debian: xvfb)")
    read, write = os.pipe()
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", "1280x800x24", "-nolisten", "tcp"],
        pass_fds=(write,),
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        number = pipe.readline().strip()
    if not number:
        server.kill()
        raise SystemExit("Xvfb did not start")
    return server, f":{number}"


def measure(
    watcher: Watcher, cases: dict[str, list[str]], env: dict[str, str], cwd: str, runs: int
) -> dict[str, list[tuple[float, float]]]:
    names = list(cases)
    for name in names:
        watcher.time_start(cases[name], env, cwd)  # warm-up: a warm file cache for all
    samples: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    for i in range(runs):
        k = i % len(names)
        for name in names[k:] + names[:k]:
            samples[name].append(watcher.time_start(cases[name], env, cwd))
    return samples


def rows_for(where: str, samples: dict[str, list[tuple[float, float]]], runs: int) -> list[Row]:
    floor_map = median([s[0] for s in samples["floor"]])
    floor_px = median([s[1] for s in samples["floor"]])
    rows = [
        Row(
            "first pixels",
            f"{where}, X11: bare window (floor)",
            f"first pixels {floor_px * 1000:.0f} ms (mapped {floor_map * 1000:.0f} ms)",
            values={"first_pixels": floor_px, "map": floor_map, "runs": runs},
        )
    ]
    for name, got in samples.items():
        if name == "floor":
            continue
        px, mapped = median([s[1] for s in got]), median([s[0] for s in got])
        ratio = px / floor_px
        rows.append(
            Row(
                "first pixels",
                f"{where}, X11: {name} / floor",
                f"{ratio:.2f}x (first pixels {px * 1000:.0f} ms vs "
                f"{floor_px * 1000:.0f} ms; map → pixels {(px - mapped) * 1000:.0f} vs "
                f"{(floor_px - floor_map) * 1000:.0f} ms)",
                "≤ 1.15x",
                ratio <= 1.15,
                {
                    "ratio": ratio,
                    "first_pixels": px,
                    "map": mapped,
                    "floor_first_pixels": floor_px,
                    "floor_map": floor_map,
                    "runs": runs,
                },
                note=f"median of {runs} interleaved runs, watched from outside",
            )
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    p.add_argument("--runs", type=int, default=11)
    p.add_argument("--no-frozen", action="store_true")
    p.add_argument("--table", action="store_true", help="print a plain table too")
    args = p.parse_args(argv)
    from agent_desktop.sandbox import SandboxServer

    xvfb = None
    display = os.environ.get("DISPLAY", "")
    if not display:
        xvfb, display = own_xvfb()
    rows: list[Row] = []
    server = SandboxServer(token=TOKEN).start()
    try:
        watcher = Watcher(display)
        with tempfile.TemporaryDirectory(prefix="first-pixels-") as tmp:
            env = child_env(Path(tmp), "xcb", server.base_url)
            env.pop("AGENT_DESKTOP_STARTUP_PROBE", None)  # nothing of ours in the measured run
            env["DISPLAY"] = display
            py = [sys.executable]
            rows += rows_for(
                "source",
                measure(
                    watcher,
                    {
                        "floor": [*py, str(FLOOR)],
                        "demo": [*py, "-m", "agent_desktop", "--demo"],
                        "configured": [*py, "-m", "agent_desktop"],
                    },
                    env,
                    tmp,
                    args.runs,
                ),
                args.runs,
            )
            if not args.no_frozen and FROZEN_APP.exists() and FROZEN_FLOOR.exists():
                rows += rows_for(
                    "frozen",
                    measure(
                        watcher,
                        {
                            "floor": [str(FROZEN_FLOOR)],
                            "demo": [str(FROZEN_APP), "--demo"],
                            "configured": [str(FROZEN_APP)],
                        },
                        env,
                        tmp,
                        args.runs,
                    ),
                    args.runs,
                )
            elif not args.no_frozen:
                rows.append(
                    Row(
                        "first pixels",
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
            print(f"{row.case:40} {row.figure}")
    emit(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
