"""Where Agent Desktop keeps its files, per OS (via platformdirs).

Nothing is created here: callers make a folder only when they first write into it, so merely
starting the app (or running `--version`) leaves no trace on disk.
"""

from __future__ import annotations

from pathlib import Path

import platformdirs

from agent_desktop import APP_ID


def config_dir() -> Path:
    """Per-user settings (Linux: $XDG_CONFIG_HOME/agent-desktop)."""
    return Path(platformdirs.user_config_dir(APP_ID, appauthor=False))


def site_config_dir() -> Path:
    """Machine-wide defaults an IT admin deploys (Linux: first of $XDG_CONFIG_DIRS, /etc/xdg)."""
    return Path(platformdirs.site_config_dir(APP_ID, appauthor=False))


def data_dir() -> Path:
    """Per-user data such as the call-log outbox (Linux: $XDG_DATA_HOME/agent-desktop)."""
    return Path(platformdirs.user_data_dir(APP_ID, appauthor=False))


def log_dir() -> Path:
    """Per-user log files (Linux: $XDG_STATE_HOME/agent-desktop/log)."""
    return Path(platformdirs.user_log_dir(APP_ID, appauthor=False))


def settings_file() -> Path:
    return config_dir() / "settings.toml"


def site_settings_file() -> Path:
    return site_config_dir() / "settings.toml"
