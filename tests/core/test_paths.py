import sys
from pathlib import Path

import pytest

from agent_desktop.core import paths


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
