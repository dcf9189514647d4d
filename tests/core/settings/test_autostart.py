"""Start with the computer: the XDG autostart entry for real (validated by desktop-file-validate),
the Windows Run value through a stand-in registry, the macOS LaunchAgent parsed with plistlib;
the setting, its lock, and a login start when the agent turned it off."""

from __future__ import annotations

import configparser
import plistlib
import shutil
import subprocess
import sys

import pytest

from agent_desktop.cli import main
from agent_desktop.core.settings import autostart
from agent_desktop.core.settings.settings import SettingsStore

COMMAND = ["/opt/Agent Desktop/agent-desktop", "--autostart"]
WIN_COMMAND = [r"C:\Program Files\Agent Desktop\agent-desktop.exe", "--autostart"]


def _entry(path):
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive in desktop entries
    parser.read(path, encoding="utf-8")
    return parser["Desktop Entry"]


def test_linux_entry_is_written_validated_and_removed(tmp_path):
    env = {"XDG_CONFIG_HOME": str(tmp_path / "config")}
    state = autostart.sync(True, platform="linux", command=lambda: COMMAND, environ=env)
    path = tmp_path / "config" / "autostart" / "agent-desktop.desktop"
    assert state.enabled and state.where == str(path) and path.is_file()
    entry = _entry(path)
    assert entry["Exec"] == '"/opt/Agent Desktop/agent-desktop" --autostart'
    assert entry["Type"] == "Application" and entry["Icon"] == "agent-desktop"
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(
            ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
        )
        assert done.returncode == 0 and done.stdout == "", done.stdout
    # The app moved (a new install path): the entry follows; off removes it.
    moved = ["/usr/bin/agent-desktop", "--autostart"]
    autostart.sync(True, platform="linux", command=lambda: moved, environ=env)
    assert _entry(path)["Exec"] == "/usr/bin/agent-desktop --autostart"
    assert not autostart.sync(False, platform="linux", environ=env).enabled
    assert not path.exists()
    autostart.sync(False, platform="linux", environ=env)  # nothing there: no error


@pytest.mark.skipif(
    shutil.which("desktop-file-validate") is None,
    reason="desktop-file-validate (desktop-file-utils) is not installed",
)
def test_exec_quoting_survives_awkward_paths(tmp_path):
    env = {"XDG_CONFIG_HOME": str(tmp_path)}
    odd = ['/home/o\'neil/My "Apps"/$HOME/50%/agent-desktop', "--autostart"]
    autostart.sync(True, platform="linux", command=lambda: odd, environ=env)
    path = tmp_path / "autostart" / "agent-desktop.desktop"
    done = subprocess.run(
        ["desktop-file-validate", str(path)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0 and done.stdout == "", done.stdout
    # Undo the string escape, then the Exec quoting, as a launcher does.
    raw = _entry(path)["Exec"].replace("\\\\", "\\").replace("%%", "%")
    assert raw.startswith('"') and raw.endswith('" --autostart')
    inner = raw[1 : raw.rindex('"')]
    unquoted = "".join(
        ch
        for i, ch in enumerate(inner)
        if not (ch == "\\" and i + 1 < len(inner) and inner[i + 1] in '"`$\\')
    )
    assert unquoted == odd[0]


class FakeRunKey:
    def __init__(self, **values: str) -> None:
        self.values = dict(values)

    def get(self, name):
        return self.values.get(name)

    def set(self, name, value):
        self.values[name] = value

    def delete(self, name):
        self.values.pop(name, None)


def test_windows_run_value_per_user():
    user, machine = FakeRunKey(), FakeRunKey()
    state = autostart.sync(
        True, platform="win32", command=lambda: WIN_COMMAND, user_key=user, machine_key=machine
    )
    assert state.enabled and state.where.startswith("HKCU\\")
    assert user.values == {
        "Agent Desktop": '"C:\\Program Files\\Agent Desktop\\agent-desktop.exe" --autostart'
    }
    assert machine.values == {}
    autostart.sync(False, platform="win32", user_key=user, machine_key=machine)
    assert user.values == {}


def test_windows_machine_wide_install_is_not_doubled():
    """The machine-wide installer's HKLM value starts it for everyone: no HKCU copy."""
    user = FakeRunKey(**{"Agent Desktop": '"C:\\old\\agent-desktop.exe" --autostart'})
    machine = FakeRunKey(**{"Agent Desktop": '"C:\\Program Files\\x.exe" --autostart'})
    state = autostart.sync(
        True, platform="win32", command=lambda: WIN_COMMAND, user_key=user, machine_key=machine
    )
    assert state.enabled and state.where.startswith("HKLM\\") and user.values == {}


def test_macos_launch_agent(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path))
    app = ["/Applications/Agent Desktop.app/Contents/MacOS/agent-desktop", "--autostart"]
    state = autostart.sync(True, platform="darwin", command=lambda: app)
    path = tmp_path / "Library" / "LaunchAgents" / "io.agentdesktop.app.plist"
    assert state.where == str(path)
    plist = plistlib.loads(path.read_bytes())
    assert plist == {
        "Label": "io.agentdesktop.app",
        "ProgramArguments": app,
        "RunAtLoad": True,
        "ProcessType": "Interactive",
    }
    autostart.sync(False, platform="darwin")
    assert not path.exists()


def test_the_setting_is_validated_and_lockable(tmp_path):
    site, user = tmp_path / "site.toml", tmp_path / "user.toml"
    user.write_text('autostart = "yes"\n', encoding="utf-8")
    loaded = SettingsStore(user, site, environ={}).load()
    assert any("autostart should be true or false" in p for p in loaded.problems)
    site.write_text('autostart = true\nlocked = ["autostart"]\n', encoding="utf-8")
    user.write_text("autostart = false\n", encoding="utf-8")
    loaded = SettingsStore(user, site, environ={}).load()
    assert loaded.settings.autostart is True and "autostart" in loaded.locked


def test_a_login_start_with_autostart_off_opens_nothing(isolated_dirs, monkeypatch):
    folder = isolated_dirs["config"] / "agent-desktop"
    folder.mkdir()
    (folder / "settings.toml").write_text("autostart = false\n", encoding="utf-8")

    def no_window(**kwargs):
        raise AssertionError("the window was started")

    monkeypatch.setattr("agent_desktop.ui.app.run.run_gui", no_window)
    assert main(["--autostart"]) == 0


def test_the_command_runs_this_installation_with_the_flag():
    command = autostart.launch_command()
    assert command[-1] == "--autostart"
    assert command[0].endswith(("agent-desktop", "python", "python3")) or "python" in command[0]


def test_the_installers_run_value_is_the_one_the_app_writes():
    from pathlib import Path

    iss = (Path(__file__).resolve().parents[3] / "packaging" / "windows" / "common.iss").read_text(
        encoding="utf-8"
    )
    line = next(row for row in iss.splitlines() if "CurrentVersion\\Run" in row)
    assert "Tasks: autostart" in line and "uninsdeletevalue" in line
    data = line.split('ValueData: "', 1)[1].split('"; Flags', 1)[0].replace('""', '"')
    installed = data.replace("{app}", r"C:\Program Files\Agent Desktop").replace(
        "{#AppExe}", "agent-desktop.exe"
    )
    assert installed == autostart.windows_command_line(WIN_COMMAND)


@pytest.mark.skipif(sys.platform != "win32", reason="the real Windows registry")
def test_real_windows_registry_run_value():
    key = autostart.WinregRunKey()
    name = "Agent Desktop (test)"
    try:
        key.set(name, '"C:\\x.exe" --autostart')
        assert key.get(name) == '"C:\\x.exe" --autostart'
    finally:
        key.delete(name)
    assert key.get(name) is None
    key.delete(name)  # gone already: no error
    previous = key.get(autostart.RUN_VALUE)
    try:
        state = autostart.sync(True, command=lambda: WIN_COMMAND, machine_key=FakeRunKey())
        assert state.where.startswith("HKCU\\")
        assert key.get(autostart.RUN_VALUE) == autostart.windows_command_line(WIN_COMMAND)
        autostart.sync(False, machine_key=FakeRunKey())
        assert key.get(autostart.RUN_VALUE) is None
    finally:
        if previous is not None:
            key.set(autostart.RUN_VALUE, previous)
