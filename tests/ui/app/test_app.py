"""Start-up: the window comes first, heavy work after; the demo; a sound PySide6; screenshots."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from agent_desktop.core.settings.settings import Settings
from agent_desktop.ui.app.memory_stores import MemorySettingsStore

ROOT = Path(__file__).resolve().parents[3]


def test_importing_the_window_pulls_in_no_heavy_module():
    code = (
        "import sys, agent_desktop.ui.app.run; "
        "print([m for m in ('phonenumbers', 'requests', 'keyring', 'truststore', "
        "'agent_desktop.sandbox') if m in sys.modules])"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True
    )
    assert out.stdout.strip() == "[]"


def test_building_and_painting_the_window_imports_nothing_heavy_on_the_gui_thread():
    """phonenumbers (~95 ms), the network libraries and the keyring are imported on workers,
    never on the GUI thread while the window is built and first painted."""
    code = """
import sys, threading
HEAVY = ("phonenumbers", "requests", "keyring", "truststore")
on_gui_thread = []
class Spy:
    def find_spec(self, name, path=None, target=None):
        if name in HEAVY and threading.current_thread() is threading.main_thread():
            on_gui_thread.append(name)
sys.meta_path.insert(0, Spy())
from PySide6.QtWidgets import QApplication
from agent_desktop.core.settings.settings import Settings
from agent_desktop.ui.app.run import new_runner
from agent_desktop.ui.app.context import AppContext
from agent_desktop.ui.window.main_window import MainWindow
from agent_desktop.ui.app.memory_stores import MemoryKeyStore, MemorySettingsStore

app = QApplication([])
window = MainWindow(AppContext(runner=new_runner(), settings_store=MemorySettingsStore(Settings()),
                               key_store=MemoryKeyStore({}), probe_on_start=False))
window.show()
window.grab()
app.processEvents()
print(on_gui_thread)
window.shutdown()
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"


class SlowStore(MemorySettingsStore):
    def __init__(self, settings):
        super().__init__(settings)
        self.release = threading.Event()
        self.loaded_on = None

    def load(self):
        self.loaded_on = threading.current_thread()
        self.release.wait(5)
        return super().load()


def test_window_shows_before_settings_are_loaded_and_loads_on_a_worker(qtbot, sandbox, make_window):
    store = SlowStore(Settings(base_url=sandbox.base_url))
    window = make_window(sandbox.base_url, settings_store=store, wait=False)
    qtbot.waitExposed(window)
    assert window.isVisible() and window.startup is None
    qtbot.waitUntil(lambda: store.loaded_on is not None, timeout=3000)
    assert store.loaded_on is not threading.main_thread()
    assert "Loading" in window.statusBar().currentMessage()
    assert not window.menu_actions.settings.isEnabled()
    store.release.set()
    qtbot.waitUntil(lambda: window.startup is not None, timeout=5000)
    assert window.session.configured and window.menu_actions.settings.isEnabled()


def test_demo_window_runs_on_its_own_sandbox_and_writes_nothing(qtbot, isolated_dirs):
    from agent_desktop.ui.app.run import create_demo_window

    window, cleanup = create_demo_window()
    try:
        qtbot.addWidget(window)
        window.show()
        qtbot.waitUntil(lambda: window.startup is not None, timeout=5000)
        assert window.windowTitle() == "Agent Desktop — Demo"
        assert window.state_indicator.text == "Demo"
        assert window.session.settings.agent_email == "demo@example.com"
        window.search.edit.setFocus()
        qtbot.keyClicks(window.search.edit, "jam")
        with qtbot.waitSignal(window.search.outcome_shown, timeout=5000) as blocker:
            pass
        assert any(s.contact.lastname == "May" for s in blocker.args[0].suggestions)
        server = window.demo_server
        outbox_file = window.outbox.outbox.path
        window.search.edit.setText("0821234567")  # F9 times a call with the typed number
        window.toggle_call()
        window.toggle_call()
        window.send_log()  # through the demo's outbox, in a temporary folder
        qtbot.waitUntil(lambda: len(server.received_logs()) == 1, timeout=10000)
        assert outbox_file.exists()
    finally:
        cleanup()
    assert not server.running
    assert not outbox_file.parent.exists()  # the demo's folder went with it
    for name in ("config", "data", "state", "cache"):
        assert list(isolated_dirs[name].iterdir()) == [], name


def test_emit_keeps_the_true_singleton_alive():
    """PySide6 6.12.0 drops a reference to True on every emit() and aborts the process within
    about a thousand emits; pyproject excludes it. 200 emits show the leak without the abort."""

    class Source(QObject):
        changed = Signal(object)

    source = Source()
    before = sys.getrefcount(True)
    for i in range(200):
        source.changed.emit(i)
    assert before - sys.getrefcount(True) < 20


def test_screenshot_script_saves_a_png(tmp_path):
    target = tmp_path / "demo.png"
    out = subprocess.run(
        [sys.executable, str(ROOT / "tests" / "ui" / "screenshot_demo.py"), str(target)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.returncode == 0, out.stderr
    assert target.stat().st_size > 5000
    assert target.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
