"""Replaying the spool at start without freezing the window: N softphone events spooled while no
window ran (missed calls: ring + end, as `agent-desktop call` spools them), then the real window
starts against the sandbox and replays them. A 10 ms timer on the GUI thread notes the longest
gap between its ticks from show() until every call's log is in the outbox; meanwhile a plain
thread types into the search box every 50 ms (posted key events, as the window system delivers
them) and each key's wait until the box repainted is noted (input → repaint). RSS is noted at the
end, after a full garbage collection, against the 0-event start.
Run by benchmarks/run.py; on its own:

    .venv/bin/python benchmarks/replay_gap.py [--sizes 0 100 1000] [--quick]

Each size runs in its own process (a fresh interpreter and window); rows as one JSON line.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import deque
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DBUS_SESSION_BUS_ADDRESS", "disabled:")

from benchmarks.common import MIB, Row, emit, rss_of  # noqa: E402

GOAL_GAP = 0.050
GOAL_RSS = 10 * 1024 * 1024


def spool(db: Path, events: int) -> int:
    """events / 2 missed calls, each ring then end, an hour ago; returns the number of calls."""
    from agent_desktop.core.calls.events import CallEvent, EventKind
    from agent_desktop.core.calls.store import CallStore

    store = CallStore(db)
    start = datetime.now(timezone.utc) - timedelta(hours=1)
    calls = events // 2
    for i in range(calls):
        number, at = f"+2773{i:07d}", start + timedelta(seconds=30 * i)
        store.spool(CallEvent(EventKind.RING, number, "", False, at))
        store.spool(CallEvent(EventKind.END, number, "", False, at + timedelta(seconds=15)))
    store.close()
    return calls


def child(events: int, base_url: str) -> dict[str, float]:
    from benchmarks import gui_probe as probe
    from benchmarks.bench_server import TOKEN
    from benchmarks.gui_bench import TimedClient, quiet_offscreen_warnings

    quiet_offscreen_warnings()
    folder = Path(tempfile.mkdtemp(prefix="replay-"))
    db = folder / "outbox.sqlite3"
    calls = spool(db, events)

    from PySide6.QtCore import QThreadPool

    from agent_desktop.core.outbox.outbox import Outbox
    from agent_desktop.core.settings.settings import Settings
    from agent_desktop.qt.tasks import TaskRunner
    from agent_desktop.ui.app.context import AppContext
    from agent_desktop.ui.app.memory_stores import MemoryKeyStore, MemorySettingsStore
    from agent_desktop.ui.app.run import ensure_app
    from agent_desktop.ui.window.main_window import MainWindow

    ensure_app()
    pool = QThreadPool()
    pool.setMaxThreadCount(6)
    settings = Settings(
        base_url=base_url,
        agent_first_name="Bench",
        agent_last_name="Agent",
        agent_email="bench@example.com",
    )
    outbox = Outbox(db)
    ctx = AppContext(
        runner=TaskRunner(pool),
        settings_store=MemorySettingsStore(settings),
        key_store=MemoryKeyStore({base_url: TOKEN}),
        tz=timezone.utc,
        url_opener=lambda _url: None,
        probe_on_start=False,
        client_factory=TimedClient.factory,
        outbox=outbox,
    )
    window = MainWindow(ctx)
    window.ask_before_close = False
    started = time.perf_counter()
    window.show()
    heart = Heartbeat()  # from show(): the 0-event row is the window's own start-up after it
    heart.start()

    queued = _Counting(db)  # counted on a thread of its own: not the GUI thread's cost
    built: list[bool] = []  # asking for window.controller sooner would build it at once
    typists: list[Typist] = []

    def replay_begins() -> None:  # the window is built; start() reads the store, replays
        built.append(True)
        heart.begin_replay()
        typists.append(Typist(probe.search_edit(window)))

    window.built.connect(replay_begins)
    done = probe.wait_until(
        lambda: bool(built) and window.controller.ready and queued.count >= calls, 120
    )
    settled = time.perf_counter() - started
    # and until the sandbox has them all: RSS is judged once the replay's work is over
    delivered = probe.wait_until(lambda: queued.sent >= calls, 120)
    queued.stop()
    sent = time.perf_counter() - started
    probe.wait_ms(300)  # and the renders the last of them caused
    if typists:  # at least 2 s of typing, so even a short replay has keys to judge
        probe.wait_ms(max(0, int(2000 - (time.perf_counter() - typists[0].began) * 1000)))
    heart.stop()
    typed = typists[0].stop() if typists else []
    gc.collect()
    probe.wait_ms(200)  # deleteLater()s run
    rss = rss_of(os.getpid())
    window.close()
    window.shutdown()
    return {
        "events": events,
        "gap": heart.replay[0],
        "busy": heart.replay[1],
        "start_gap": heart.whole[0],
        "start_busy": heart.whole[1],
        "settled": settled,
        "sent": sent if delivered else -1.0,
        "rss": rss,
        "keys": len(typed),
        "key_p50": percentile(typed, 50),
        "key_p95": percentile(typed, 95),
        "key_max": max(typed, default=0.0),
        "done": done,
        "logged": _logs_in(db),
        "calls": calls,
    }


class Heartbeat:
    """A 10 ms timer on the GUI thread. The longest wall-clock gap between its ticks is what the
    agent feels; the longest stretch of CPU time the GUI thread spent between two ticks is what
    our code costs (on a loaded machine the wall gap also holds time the thread waited for a
    core, or for the GIL held by a worker). Both from show() (`whole`: the window's own build
    steps after the first paint included) and from the end of those steps (`replay`)."""

    def __init__(self) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(10)
        self._timer.timeout.connect(self._tick)
        self._last: tuple[float, float] | None = None
        self.whole = (0.0, 0.0)
        self.replay = (0.0, 0.0)
        self._replaying = False

    def start(self) -> None:
        self._timer.start()

    def begin_replay(self) -> None:
        self._replaying = True
        self._last = (time.perf_counter(), time.thread_time())

    def stop(self) -> None:
        self._timer.stop()

    def _tick(self) -> None:
        now = (time.perf_counter(), time.thread_time())
        if self._last is not None:
            gap = (now[0] - self._last[0], now[1] - self._last[1])
            self.whole = (max(self.whole[0], gap[0]), max(self.whole[1], gap[1]))
            if self._replaying:
                self.replay = (max(self.replay[0], gap[0]), max(self.replay[1], gap[1]))
        self._last = now


class Typist:
    """Types into `edit` from a plain thread: a key every 50 ms ('a', then Backspace, so the
    text stays one letter and never starts a search), posted as the window system posts keys.
    Each key's latency is from its posting to the first paint of the box after the GUI thread
    handled it: what the agent feels as the box lagging behind their fingers."""

    INTERVAL = 0.050

    def __init__(self, edit: object) -> None:
        import threading

        from PySide6.QtCore import QEvent, QObject

        self._edit = edit
        self._posted: deque[float] = deque()  # posting times, in the order the keys come in
        self._handled: list[float] = []  # keys the box took and has not painted since
        self.latencies: list[float] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self.began = time.perf_counter()

        typist = self

        class Watch(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.KeyPress:
                    with typist._lock:
                        if typist._posted:
                            typist._handled.append(typist._posted.popleft())
                elif event.type() == QEvent.Type.Paint and typist._handled:
                    now = time.perf_counter()
                    typist.latencies.extend(now - t for t in typist._handled)
                    typist._handled.clear()
                return False

        self._watch = Watch()
        edit.installEventFilter(self._watch)  # type: ignore[attr-defined]
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        from PySide6.QtCore import QCoreApplication, QEvent, Qt
        from PySide6.QtGui import QKeyEvent

        keys = ((Qt.Key.Key_A, "a"), (Qt.Key.Key_Backspace, ""))
        n = 0
        while not self._stop.wait(self.INTERVAL):
            key, text = keys[n % 2]
            n += 1
            with self._lock:
                self._posted.append(time.perf_counter())
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QCoreApplication.postEvent(
                        self._edit, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
                    )

    def stop(self) -> list[float]:
        self._stop.set()
        self._thread.join()
        from benchmarks import gui_probe as probe

        probe.wait_ms(200)  # the last keys are painted
        self._edit.removeEventFilter(self._watch)  # type: ignore[attr-defined]
        return self.latencies


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(pct / 100 * (len(ordered) - 1)))]


class _Counting:
    """The call logs in the outbox, counted every 20 ms on a thread of its own."""

    def __init__(self, db: Path) -> None:
        import threading

        self.count = 0
        self.sent = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(db,), daemon=True)
        self._thread.start()

    def _run(self, db: Path) -> None:
        while not self._stop.wait(0.02):
            self.count = _logs_in(db)
            self.sent = _logs_in(db, "sent")

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()


def _logs_in(db: Path, state: str = "") -> int:
    import sqlite3

    try:
        with sqlite3.connect(db) as conn:
            return conn.execute(
                "SELECT count(*) FROM outbox WHERE kind = 'call_log'"
                + (" AND state = ?" if state else ""),
                (state,) if state else (),
            ).fetchone()[0]
    except sqlite3.Error:
        return 0


def run(sizes: list[int]) -> list[Row]:
    from benchmarks.bench_server import ServerProcess

    results: dict[int, dict[str, float]] = {}
    runtime = tempfile.mkdtemp(prefix="adb-replay-")
    env = dict(os.environ)
    for var in (
        "XDG_RUNTIME_DIR",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_STATE_HOME",
        "XDG_CACHE_HOME",
    ):
        env[var] = tempfile.mkdtemp(prefix=var.lower()[:8], dir=runtime)
    os.chmod(env["XDG_RUNTIME_DIR"], 0o700)
    with ServerProcess() as server:
        for size in sizes:
            out = subprocess.run(
                [sys.executable, __file__, "--child", str(size), "--base-url", server.base_url],
                capture_output=True,
                text=True,
                env=env,
                cwd=REPO,
                check=False,
            )
            lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
            if out.returncode != 0 or not lines:
                raise SystemExit(f"size {size}: {out.stderr.strip()[-400:]}")
            results[size] = json.loads(lines[-1])
    empty = results.get(0, {}).get("rss")
    rows = []
    for size, r in results.items():
        extra = "" if empty is None else f"; RSS {(r['rss'] - empty) / MIB:+.1f} MiB over 0"
        rows.append(
            Row(
                "replay at start",
                f"{size} spooled events ({int(r['calls'])} calls)",
                f"input → repaint p50 {r['key_p50'] * 1000:.0f} ms, p95 "
                f"{r['key_p95'] * 1000:.0f} ms, max {r['key_max'] * 1000:.0f} ms "
                f"({int(r['keys'])} keys); "
                f"longest GUI gap during the replay {r['gap'] * 1000:.0f} ms (GUI "
                f"thread busy {r['busy'] * 1000:.0f} ms of it; from show() "
                f"{r['start_gap'] * 1000:.0f} / {r['start_busy'] * 1000:.0f} ms); "
                f"all {int(r['logged'])} logs queued {r['settled']:.2f} s after "
                f"show(), sent {r['sent']:.2f} s{extra}",
                "gaps ≤ 50 ms; RSS ≤ 0-event start + 10 MiB",
                r["gap"] <= GOAL_GAP
                and r["key_max"] <= GOAL_GAP
                and bool(r["done"])
                and (empty is None or r["rss"] - empty <= GOAL_RSS),
                r,
            )
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--sizes", nargs="+", type=int, default=[0, 100, 1000])
    p.add_argument("--quick", action="store_true", help="sizes 0 and 100 only (CI)")
    p.add_argument("--child", type=int, default=None, help=argparse.SUPPRESS)
    p.add_argument("--base-url", default="", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child is not None:
        print(json.dumps(child(args.child, args.base_url)), flush=True)
        return 0
    rows = run([0, 100] if args.quick else args.sizes)
    emit(rows)
    for row in rows:
        print(f"{row.case}: {row.figure}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
