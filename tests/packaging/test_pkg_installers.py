"""Static checks of the installer definitions that cannot be compiled on this machine."""

from __future__ import annotations

import configparser
import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"


def _iss(name: str) -> str:
    return (WINDOWS / name).read_text(encoding="utf-8")


def test_both_windows_installers_share_the_common_part():
    for name in ("agent-desktop.iss", "agent-desktop-machine.iss"):
        assert '#include "common.iss"' in _iss(name)
    assert "PrivilegesRequired=lowest" in _iss("agent-desktop.iss")
    assert "PrivilegesRequired=admin" in _iss("agent-desktop-machine.iss")


def test_common_part_needs_the_version_and_points_at_real_files():
    common = _iss("common.iss")
    assert "#error" in common and "ifndef AppVersion" in common
    assert re.search(r"^AppId=\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$",
                     common, re.M)
    icon = re.search(r"^SetupIconFile=(.+)$", common, re.M).group(1)
    assert (WINDOWS / icon.replace("\\", "/")).resolve().is_file()
    assert "{autoprograms}" in common  # the Start-menu entry
    assert '"{#SourceDir}\\*"' in common


def test_machine_wide_settings_go_where_platformdirs_looks():
    """site_config_dir on Windows is {commonappdata}\\<appname> when appauthor is False."""
    from platformdirs.windows import Windows

    parts = Path(Windows(appname="agent-desktop", appauthor=False)._append_parts("BASE")).parts
    assert parts == ("BASE", "agent-desktop")
    machine = _iss("agent-desktop-machine.iss")
    assert machine.count("{commonappdata}\\agent-desktop") >= 2  # build-time and install-time
    assert "settings.toml" in machine and "{param:SETTINGS|}" in machine


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(ROOT / "resources" / "agent-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "agent-desktop"
    assert section["Icon"] == "agent-desktop"
    assert section["Type"] == "Application"
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed")
    subprocess.run(["desktop-file-validate", str(ROOT / "resources" / "agent-desktop.desktop")],
                   check=True)


def test_workflow_runs_scripts_that_exist():
    workflow = (ROOT / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
    scripts = set(re.findall(r"packaging[/\\][\w/\\.-]+\.(?:py|iss)", workflow))
    scripts |= {f"packaging/windows/{name}" for name in re.findall(r'"([\w-]+\.iss)"', workflow)}
    assert {"packaging/build.py", "packaging/make_icons.py", "packaging/smoke_bundle.py"} <= scripts
    for script in scripts:
        assert (ROOT / script.replace("\\", "/")).is_file(), script
