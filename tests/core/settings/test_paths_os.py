"""Where the files go on macOS and Windows, by the platforms' own rules (each skipped on the
other OSes; Linux's XDG layout is tests/core/settings/test_paths.py). Nothing is created."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from agent_desktop.core.settings import paths

ALL = (paths.config_dir, paths.site_config_dir, paths.data_dir, paths.log_dir)


@pytest.mark.skipif(sys.platform != "darwin", reason="macOS layout")
def test_macos_uses_library_folders(monkeypatch, tmp_path):
    for var in (
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_STATE_HOME",
        "XDG_CACHE_HOME",
        "XDG_CONFIG_DIRS",
        "XDG_DATA_DIRS",
    ):
        monkeypatch.delenv(var, raising=False)
    home = Path(os.environ["HOME"])  # tmp_path/home (tests/conftest.py)
    support = home / "Library" / "Application Support" / "agent-desktop"
    assert paths.config_dir() == support
    assert paths.data_dir() == support
    assert paths.log_dir() == home / "Library" / "Logs" / "agent-desktop"
    # Machine-wide: /Library, or Homebrew's share folder when Python is Homebrew's.
    site = paths.site_config_dir()
    assert site == Path("/Library/Application Support/agent-desktop") or (
        site.parts[-2:] == ("share", "agent-desktop")
    ), site
    assert paths.settings_file() == support / "settings.toml"
    assert not any(func().exists() for func in ALL if func is not paths.site_config_dir)


@pytest.mark.skipif(sys.platform != "win32", reason="Windows layout")
def test_windows_uses_local_appdata_and_programdata(monkeypatch):
    for csidl in ("LOCAL_APPDATA", "APPDATA", "COMMON_APPDATA"):
        monkeypatch.delenv(f"WIN_PD_OVERRIDE_{csidl}", raising=False)
    local = Path(os.environ["LOCALAPPDATA"]) / "agent-desktop"  # not roaming: a per-PC outbox
    assert paths.config_dir() == local
    assert paths.data_dir() == local
    assert paths.log_dir() == local / "Logs"
    program_data = Path(os.environ.get("PROGRAMDATA", r"C:\ProgramData"))
    assert paths.site_config_dir() == program_data / "agent-desktop"


@pytest.mark.skipif(sys.platform != "win32", reason="Windows layout")
def test_windows_test_isolation_reaches_platformdirs(isolated_dirs):
    assert paths.config_dir() == isolated_dirs["config"] / "agent-desktop"
    assert paths.site_config_dir() == isolated_dirs["site-config"] / "agent-desktop"
    assert not paths.data_dir().exists()
