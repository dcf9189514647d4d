"""The frozen bundle leaves requests' optional encoding detector out (packaging/bundle_config.py):
the client reads bodies as bytes and parses JSON itself. Without charset_normalizer (or chardet)
it still looks callers up and searches, and the entry script keeps requests' import-time note
about the missing detector out of the user's terminal."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]

CODE = """
import importlib.util, sys, warnings
sys.modules["charset_normalizer"] = None  # as in the bundle: not there
sys.modules["chardet"] = None
warnings.simplefilter("error")  # any other warning fails the run
spec = importlib.util.spec_from_file_location("entry", {entry!r})
spec.loader.exec_module(importlib.util.module_from_spec(spec))  # its filters, not its main()
from agent_desktop.core.api.client import SwitchTransactClient
client = SwitchTransactClient({base_url!r}, "test-key")
print(sorted(c.display_name for c in client.search("James")))
print("charset_normalizer" in sys.modules and sys.modules["charset_normalizer"] is not None)
"""


def test_lookups_and_search_work_without_an_encoding_detector(sandbox):
    code = CODE.format(entry=str(ROOT / "packaging" / "entry.py"), base_url=sandbox.base_url)
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=ROOT,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    names, detector = out.stdout.splitlines()
    assert "James May" in names
    assert detector == "False"
    assert out.stderr == ""
