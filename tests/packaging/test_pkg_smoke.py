"""The `--smoke-test` checks, run in-process from the source tree."""

from __future__ import annotations

import json
import sys

from agent_desktop import __version__
from agent_desktop.smoke import run_smoke_test


def _files(folder):
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_smoke_test_passes_prints_one_line_and_writes_no_settings(
    qapp, capsys, tmp_path, monkeypatch, isolated_dirs
):
    report = tmp_path / "report.json"
    monkeypatch.setenv("AGENT_DESKTOP_SMOKE_REPORT", str(report))
    assert run_smoke_test() == 0
    out, err = capsys.readouterr()
    assert out.splitlines() == [f"ok agent-desktop {__version__}"]
    assert err == ""
    details = json.loads(report.read_text(encoding="utf-8"))
    assert details["ok"] is True
    assert details["keyring_backend"].startswith("keyring.backends.")
    assert details["t_import"] <= details["t_window"] <= details["t_painted"] <= details["t_done"]
    for name in ("config", "data", "site-config"):
        assert _files(isolated_dirs[name]) == [], name


def test_a_bundle_without_its_icons_fails_with_one_line(qapp, capsys, tmp_path, monkeypatch):
    # A frozen app whose bundle folder lacks resources/ - what a spec that forgot the data does.
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert run_smoke_test() == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == ["smoke-test failed: the application icon files are missing"]
