"""The first paint: only the search box, frame and call bar are built before it; keys typed before
the rest exists, or before the settings and key are loaded, are kept and searched with the full
text; the command's own start imports nothing heavy on the GUI thread before the window is
type-ready."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from agent_desktop.core.settings.settings import Settings
from agent_desktop.ui.window.late_parts import LateFlows, LateParts, names
from tests.ui.app.test_app import SlowStore

ROOT = Path(__file__).resolve().parents[3]
AUTOCOMPLETE = "/calls/autocomplete"
LATER = {*names(LateParts), *names(LateFlows)}  # what the steps after the first paint build


def test_keys_typed_before_the_rest_is_built_are_searched_once_settings_are_loaded(
    qtbot, sandbox, make_window
):
    store = SlowStore(
        Settings(base_url=sandbox.base_url, agent_email="ada@example.com", search_debounce_ms=50)
    )
    window = make_window(sandbox.base_url, settings_store=store, wait=False)
    # Nothing has run the event loop yet: the window is not painted, the rest not built.
    assert not LATER & set(window.__dict__)
    assert window.focusWidget() is window.search.edit  # keys go to the search box
    qtbot.keyClicks(window.search.edit, "jam")
    assert window.search.text() == "jam"
    qtbot.waitUntil(lambda: window.flows is not None, timeout=5000)  # built after paint
    # The debounce fires while the search is held: it must not go out.
    qtbot.waitUntil(lambda: not window.search.scheduled, timeout=5000)
    assert window.startup is None and sandbox.request_count(AUTOCOMPLETE) == 0
    assert window.search.busy is False and window.search.spinner.isVisible()
    with qtbot.waitSignal(window.search.outcome_shown, timeout=5000) as shown:
        store.release.set()
    outcome = shown.args[0]
    assert outcome.term == "jam" and outcome.error is None
    assert any(s.contact.lastname == "May" for s in outcome.suggestions)
    assert sandbox.request_count(AUTOCOMPLETE) == 1
    assert window.search.text() == "jam"


def test_reading_a_part_before_it_is_built_builds_nothing(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url, wait=False)
    with pytest.raises(AttributeError):
        window.contact_panel  # noqa: B018  (read for its error: no implicit build)
    assert not LATER & set(window.__dict__) and window.parts is None and window.flows is None


def test_finish_building_builds_every_part_at_once_and_start_still_follows(
    qtbot, sandbox, make_window
):
    window = make_window(sandbox.base_url, wait=False)
    window.finish_building()
    assert window.contact_panel.parent() is window.stack
    assert set(window.__dict__) >= LATER
    assert window.parts is not None and window.parts.calls is window.calls
    assert window.flows is not None and window.flows.controller is window.controller
    qtbot.waitUntil(lambda: window.startup is not None, timeout=5000)  # start() still follows
    assert window.stack.count() == 5  # recent, contact, caller choice, create, review


def test_an_early_close_builds_what_it_settles(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url, wait=False)
    assert window.parts is None
    window.close()  # before the first paint's steps: the outbox and the calls are settled
    assert window.parts is not None and window.flows is not None
    assert window.ctx.call_store is not None


def _run_probed(code: str, tmp_path: Path, extra_env: dict[str, str]) -> list[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(
        {
            "QT_QPA_PLATFORM": "offscreen",
            "HOME": str(tmp_path),
            "AGENT_DESKTOP_STARTUP_PROBE": "1",
            "DBUS_SESSION_BUS_ADDRESS": "disabled:",
            **extra_env,
        }
    )
    for var in (
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_STATE_HOME",
        "XDG_CACHE_HOME",
        "XDG_RUNTIME_DIR",
    ):
        (tmp_path / var).mkdir(mode=0o700)
        env[var] = str(tmp_path / var)
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, env=env, cwd=ROOT
    )
    assert "STARTUP-PROBE" in out.stdout, out.stderr
    return out.stdout.strip().splitlines()


SPY = """
import os, sys, threading
HEAVY = %r
on_gui_thread = []
class Spy:
    def find_spec(self, name, path=None, target=None):
        if name in HEAVY and threading.current_thread() is threading.main_thread():
            on_gui_thread.append(name)
sys.meta_path.insert(0, Spy())
real_exit = os._exit
def report_then_exit(code):  # the probe ends the process once a key is in the search box
    print("GUI-THREAD-IMPORTS", sorted(set(on_gui_thread)), flush=True)
    real_exit(code)
os._exit = report_then_exit
"""


@pytest.mark.parametrize("args", [[], ["--demo"]], ids=["configured", "demo"])
def test_the_command_imports_nothing_heavy_on_the_gui_thread_until_type_ready(tmp_path, args):
    """From `agent-desktop` (or `--demo`) to a key in the search box: no keyring, network
    library, phone rules, outbox file code, sandbox or window part that the first paint does
    not show."""
    heavy = (
        "keyring",
        "requests",
        "phonenumbers",
        "truststore",
        "sqlite3",
        "agent_desktop.sandbox",
        "agent_desktop.core.outbox.outbox",
        "agent_desktop.ui.window.rest",
        "agent_desktop.ui.review.review_page",
        "agent_desktop.ui.contacts.contact_panel",
        "agent_desktop.ui.outbox.outbox_view",
    )
    code = SPY % (heavy,) + f"from agent_desktop.cli import main\nsys.exit(main({args!r}))\n"
    lines = _run_probed(
        code,
        tmp_path,
        {"AGENT_DESKTOP_API_KEY": "k", "AGENT_DESKTOP_BASE_URL": "http://127.0.0.1:9/api/1.0"},
    )
    assert [line for line in lines if line.startswith("GUI-THREAD-IMPORTS")] == [
        "GUI-THREAD-IMPORTS []"
    ]
