"""Start with the computer (the `autostart` setting): the OS's own per-user entry, made or removed
to match the setting.

- Linux (and other XDG desktops): `$XDG_CONFIG_HOME/autostart/agent-desktop.desktop`.
- Windows: the `Agent Desktop` value of HKCU\\...\\CurrentVersion\\Run. The machine-wide installer
  writes the same value under HKLM for every user; then no per-user value is added, and a user
  who turns autostart off is honoured by the app itself (it quits at once when started with
  `--autostart` and the setting is off).
- macOS: a LaunchAgent, `~/Library/LaunchAgents/<bundle id>.plist`, RunAtLoad.

The entry runs the app with `--autostart`: it starts minimised to the tray where there is one.
"""

from __future__ import annotations

import os
import plistlib
import shutil
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from agent_desktop import APP_ID, APP_NAME

FLAG = "--autostart"
RUN_KEY = r"Software\Microsoft\Windows\CurrentVersion\Run"
RUN_VALUE = APP_NAME
BUNDLE_ID = "io.agentdesktop.app"  # packaging/bundle_config.py's, the LaunchAgent's label


def launch_command() -> list[str]:
    """How the OS starts this installation: the frozen executable, the installed script, or
    this Python with the package."""
    if getattr(sys, "frozen", False):
        exe = Path(sys.executable)
        windowed = exe.with_name(exe.name.replace("-cli", ""))  # Windows' console twin
        return [str(windowed if windowed.is_file() else exe), FLAG]
    script = shutil.which(APP_ID)
    if script:
        return [str(Path(script).resolve()), FLAG]
    return [sys.executable, "-m", "agent_desktop", FLAG]


# --- Linux: an XDG autostart entry ----------------------------------------------------------------


def _exec_quote(arg: str) -> str:
    """One argument of a desktop entry's Exec key (the Desktop Entry spec's quoting rules), then
    escaped as a string value (a backslash doubled)."""
    if arg and not any(ch in arg for ch in " \t\n\"'\\><~|&;$*?#()`="):
        quoted = arg
    else:
        quoted = '"' + "".join("\\" + ch if ch in '"`$\\' else ch for ch in arg) + '"'
    return quoted.replace("\\", "\\\\").replace("%", "%%")


def desktop_entry(command: list[str]) -> str:
    return "\n".join(
        [
            "[Desktop Entry]",
            "Type=Application",
            f"Name={APP_NAME}",
            "Comment=Caller pop-ups and call logs for SwitchTransact",
            "Exec=" + " ".join(_exec_quote(arg) for arg in command),
            f"Icon={APP_ID}",
            "Terminal=false",
            "X-GNOME-Autostart-enabled=true",
            "",
        ]
    )


def xdg_autostart_file(environ: dict[str, str] | None = None) -> Path:
    env = os.environ if environ is None else environ
    config = env.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(config) / "autostart" / f"{APP_ID}.desktop"


# --- macOS: a LaunchAgent -------------------------------------------------------------------------


def launch_agent(command: list[str]) -> bytes:
    return plistlib.dumps(
        {
            "Label": BUNDLE_ID,
            "ProgramArguments": command,
            "RunAtLoad": True,
            "ProcessType": "Interactive",
        }
    )


def launch_agent_file() -> Path:
    return Path.home() / "Library" / "LaunchAgents" / f"{BUNDLE_ID}.plist"


# --- Windows: the Run key -------------------------------------------------------------------------


class RunKey(Protocol):
    """The Run values of one hive (a seam: winreg on Windows, a dict in tests)."""

    def get(self, name: str) -> str | None: ...

    def set(self, name: str, value: str) -> None: ...

    def delete(self, name: str) -> None: ...


class WinregRunKey:
    def __init__(self, machine: bool = False) -> None:
        self._machine = machine

    def _open(self, write: bool):  # winreg's handle type exists only on Windows
        import winreg  # type: ignore[import-not-found,unused-ignore]

        hive = winreg.HKEY_LOCAL_MACHINE if self._machine else winreg.HKEY_CURRENT_USER
        access = winreg.KEY_SET_VALUE | winreg.KEY_QUERY_VALUE if write else winreg.KEY_READ
        if write:
            return winreg.CreateKeyEx(hive, RUN_KEY, 0, access)
        return winreg.OpenKey(hive, RUN_KEY, 0, access)

    def get(self, name: str) -> str | None:
        import winreg  # type: ignore[import-not-found,unused-ignore]

        try:
            with self._open(False) as key:
                value, _kind = winreg.QueryValueEx(key, name)
        except FileNotFoundError:
            return None
        return str(value)

    def set(self, name: str, value: str) -> None:
        import winreg  # type: ignore[import-not-found,unused-ignore]

        with self._open(True) as key:
            winreg.SetValueEx(key, name, 0, winreg.REG_SZ, value)

    def delete(self, name: str) -> None:
        import winreg  # type: ignore[import-not-found,unused-ignore]

        try:
            with self._open(True) as key:
                winreg.DeleteValue(key, name)
        except FileNotFoundError:
            pass


def windows_command_line(command: list[str]) -> str:
    """The program always quoted, as the installer writes it (packaging/windows/common.iss), so
    the app finds the installer's value already right and leaves it."""
    program, *args = command
    return " ".join([f'"{program}"', *(f'"{a}"' if " " in a or not a else a for a in args)])


# --- one call for every OS ------------------------------------------------------------------------


@dataclass(frozen=True)
class AutostartState:
    enabled: bool  # an entry starts the app at login (ours, or the machine-wide one)
    where: str  # the file or registry value


def sync(
    enabled: bool,
    *,
    platform: str | None = None,
    command: Callable[[], list[str]] = launch_command,
    user_key: RunKey | None = None,
    machine_key: RunKey | None = None,
    environ: dict[str, str] | None = None,
) -> AutostartState:
    """Make this user's entry match `enabled`: written (or rewritten when the app moved) when
    on, removed when off. Only our own entry is touched. Raises OSError."""
    platform = platform or sys.platform
    if platform == "win32":
        user = user_key or WinregRunKey()
        machine = machine_key or WinregRunKey(machine=True)
        where = f"HKCU\\{RUN_KEY}\\{RUN_VALUE}"
        if machine.get(RUN_VALUE):  # the machine-wide installer starts it for everyone
            user.delete(RUN_VALUE)
            return AutostartState(True, f"HKLM\\{RUN_KEY}\\{RUN_VALUE}")
        if enabled:
            line = windows_command_line(command())
            if user.get(RUN_VALUE) != line:
                user.set(RUN_VALUE, line)
        else:
            user.delete(RUN_VALUE)
        return AutostartState(enabled, where)
    if platform == "darwin":
        path, data = launch_agent_file(), (launch_agent(command()) if enabled else b"")
    else:
        path = xdg_autostart_file(environ)
        data = desktop_entry(command()).encode("utf-8") if enabled else b""
    if enabled:
        if not path.is_file() or path.read_bytes() != data:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_name(path.name + ".tmp")
            tmp.write_bytes(data)
            os.replace(tmp, path)
    else:
        path.unlink(missing_ok=True)
    return AutostartState(enabled, str(path))
