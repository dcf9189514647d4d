"""The parts' modules are imported a slice per event-loop turn after the first paint
(ui/window/late_imports.py): the list stays complete, and a slice ends once it took its time."""

from __future__ import annotations

import os
import subprocess
import sys

from agent_desktop.ui.window import late_imports

CHECK = """
import importlib, sys
from agent_desktop.ui.app.run import create_demo_window, ensure_app, install_language
from agent_desktop.ui.window.late_imports import MODULES
app = ensure_app()
install_language(app)
window, cleanup = create_demo_window()
window.show()
app.processEvents()
for name in MODULES:
    importlib.import_module(name)
before = set(sys.modules)
window.finish_building()
print(sorted(m for m in set(sys.modules) - before if m.startswith("agent_desktop")))
cleanup()
"""


def test_the_list_names_every_module_the_steps_import():
    """After the first paint and the list, building every part imports only rest.py itself: a
    module the steps use and the list lacks would be imported whole inside one step."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", CHECK], capture_output=True, text=True, timeout=120, env=env
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "['agent_desktop.ui.window.rest']"


def test_a_slice_ends_after_the_import_that_crosses_its_time(monkeypatch):
    monkeypatch.setattr(late_imports, "SLICE_S", 0.0)  # every import crosses it
    assert list(late_imports.import_in_slices(("json", "csv", "json"))) == ["json", "csv", "json"]
    monkeypatch.setattr(late_imports, "SLICE_S", 60.0)  # all fit in one
    assert list(late_imports.import_in_slices(("json", "csv"))) == ["csv"]
