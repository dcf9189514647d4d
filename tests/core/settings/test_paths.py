import sys
from pathlib import Path

import pytest

from agent_desktop.core.settings import paths


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG layout; see test_paths_os")
def test_dirs_follow_xdg_and_are_not_created(isolated_dirs):
    assert paths.config_dir() == isolated_dirs["config"] / "agent-desktop"
    assert paths.data_dir() == isolated_dirs["data"] / "agent-desktop"
    assert paths.site_config_dir() == isolated_dirs["site-config"] / "agent-desktop"
    assert paths.log_dir() == isolated_dirs["state"] / "agent-desktop" / "log"
    assert paths.settings_file() == paths.config_dir() / "settings.toml"
    assert paths.site_settings_file() == paths.site_config_dir() / "settings.toml"
    for func in (paths.config_dir, paths.site_config_dir, paths.data_dir, paths.log_dir):
        assert isinstance(func(), Path)
        assert not func().exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG layout")
def test_every_absolute_folder_of_xdg_config_dirs_is_a_site_folder(monkeypatch, tmp_path):
    first, second = tmp_path / "xdg-ubuntu", tmp_path / "xdg"
    monkeypatch.setenv("XDG_CONFIG_DIRS", f"{first}:relative/dir:{second}:{first}")
    assert paths.site_config_dirs() == (first / "agent-desktop", second / "agent-desktop")
    assert paths.site_settings_files() == (
        first / "agent-desktop" / "settings.toml",
        second / "agent-desktop" / "settings.toml",
    )
    assert paths.site_config_dir() == first / "agent-desktop"
    assert not (first / "agent-desktop").exists()
