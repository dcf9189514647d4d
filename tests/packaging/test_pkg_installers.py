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
    assert re.search(
        r"^AppId=\{\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\}$", common, re.M
    )
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


def test_the_desk_phone_firewall_rule_is_asked_for_narrow_and_removed_on_uninstall():
    """Only the machine-wide installer (administrator) may add a firewall rule: unchecked by
    default, the listener's default port, the local subnet only, our program only, and the
    uninstall removes it."""
    from agent_desktop.core.settings.settings import Settings

    machine = _iss("agent-desktop-machine.iss")
    port = Settings().desk_phone_listen.rsplit(":", 1)[1]
    task = re.search(r'^Name: "deskphonefirewall";.*$', machine, re.M)
    assert task is not None and "Flags: unchecked" in task.group(0)
    add = re.search(
        r'^Filename: "\{sys\}\\netsh\.exe"; Parameters: "advfirewall firewall '
        r"add rule (.*)$",
        machine,
        re.M,
    )
    assert add is not None and "Tasks: deskphonefirewall" in add.group(0)
    rule = add.group(1)
    assert f"localport={port}" in rule and "remoteip=localsubnet" in rule
    assert "dir=in action=allow protocol=TCP" in rule and 'program=""{app}\\{#AppExe}""' in rule
    assert 'firewall delete rule name=""Agent Desktop desk phones""' in machine
    assert "netsh" not in _iss("agent-desktop.iss") + _iss("common.iss")  # no admin there


def test_desktop_entry():
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(ROOT / "resources" / "agent-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Exec"] == "agent-desktop %u"  # a clicked link arrives as the argument
    assert section["MimeType"].split(";") == [
        "x-scheme-handler/tel",
        "x-scheme-handler/callto",
        "x-scheme-handler/sip",
        "",
    ]
    assert section["Icon"] == "agent-desktop"
    assert section["Type"] == "Application"
    if shutil.which("desktop-file-validate") is None:
        pytest.skip("desktop-file-validate is not installed")
    subprocess.run(
        ["desktop-file-validate", str(ROOT / "resources" / "agent-desktop.desktop")], check=True
    )


def test_workflow_runs_scripts_that_exist():
    workflow = (ROOT / ".github" / "workflows" / "build.yml").read_text(encoding="utf-8")
    scripts = set(re.findall(r"packaging[/\\][\w/\\.-]+\.(?:py|iss)", workflow))
    scripts |= {f"packaging/windows/{name}" for name in re.findall(r'"([\w-]+\.iss)"', workflow)}
    assert {"packaging/build.py", "packaging/make_icons.py", "packaging/smoke_bundle.py"} <= scripts
    for script in scripts:
        assert (ROOT / script.replace("\\", "/")).is_file(), script


def _registry_lines(text: str) -> list[dict[str, str]]:
    """The [Registry] section's entries as dicts (Inno Setup's `Name: value; ...` syntax)."""
    entries, inside = [], False
    for line in text.splitlines():
        line = line.strip()
        if line.startswith("["):
            inside = line == "[Registry]"
            continue
        if not inside or not line or line.startswith(";"):
            continue
        entry = {}
        for part in re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]*)', line):
            key, value = part
            value = value.strip()
            if value.startswith('"') and value.endswith('"'):
                value = value[1:-1].replace('""', '"')
            entry[key] = value
        entries.append(entry)
    return entries


def test_the_installers_register_phone_links_and_remove_them_on_uninstall():
    entries = _registry_lines(_iss("common.iss"))
    assert entries and {e["Root"] for e in entries} == {"HKA"}  # HKCU per user, HKLM machine

    def value(subkey: str, name: str) -> dict[str, str]:
        (found,) = [e for e in entries if e["Subkey"] == subkey and e["ValueName"] == name]
        return found

    for scheme in ("tel", "callto", "sip"):
        root = f"Software\\Classes\\{scheme}"
        assert "uninsdeletekey" in value(root, "")["Flags"]
        assert value(root, "URL Protocol")["ValueData"] == ""
        command = value(root + "\\shell\\open\\command", "")["ValueData"]
        assert command == '"{app}\\{#AppExe}" "%1"'
        assert (
            value("Software\\AgentDesktop\\Capabilities\\URLAssociations", scheme)["ValueData"]
            == "AgentDesktop.Url"
        )
    assert (
        "uninsdeletekey"
        in value("Software\\AgentDesktop\\Capabilities", "ApplicationName")["Flags"]
    )
    registered = value("Software\\RegisteredApplications", "{#AppName}")
    assert registered["Flags"] == "uninsdeletevalue"
    assert registered["ValueData"] == "Software\\AgentDesktop\\Capabilities"
