"""PySide6's feature hook reads the source of every module imported after shiboken6; ours are
kept out of it (start-up time and the memory of the text linecache keeps)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

CODE = """
import linecache, sys
{hook}
from PySide6.QtCore import QObject
from agent_desktop.core.one_line import __name__ as ours
from agent_desktop.ui.common.content_width import __name__ as ours_with_qt
from email.quoprimime import __name__ as theirs
ours, ours_with_qt, theirs = (sys.modules[name] for name in (ours, ours_with_qt, theirs))
read = set(linecache.cache)
print(ours.__file__ in read, ours_with_qt.__file__ in read, theirs.__file__ in read)
import __feature__
feature = sys.modules["shibokensupport.feature"]
print(feature.pyside_feature_dict.get("agent_desktop.core.one_line"),
      feature.pyside_feature_dict.get("agent_desktop.ui.common.content_width"))
"""
HOOK = "from agent_desktop.ui.app.pyside_hook import keep_off_our_modules\nkeep_off_our_modules()"


def run(hook: str) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", CODE.format(hook=hook)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=True,
    )
    return out.stdout.split()


def test_without_it_pyside6_reads_every_module_imported_after_it():
    assert run("") == ["True", "True", "True", "-1", "0"]


def test_our_modules_are_not_read_and_are_marked_as_pyside_modules_with_no_feature():
    # Another library's module is still judged by PySide6 as before.
    assert run(HOOK) == ["False", "False", "True", "0", "0"]
