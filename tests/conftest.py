"""Test-wide isolation: no test touches the real home, keyring, D-Bus or network."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

# Set before anything imports Qt or platformdirs.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DBUS_SESSION_BUS_ADDRESS"] = os.environ.get("AGENT_DESKTOP_TEST_DBUS", "disabled:")
for _var in ("AGENT_DESKTOP_API_KEY", "AGENT_DESKTOP_BASE_URL", "AGENT_DESKTOP_REGION"):
    os.environ.pop(_var, None)

import pytest  # noqa: E402

# The shared doubles and their fixtures (clock, sandbox, stub_server, closed_port_url).
pytest_plugins = ["stubs"]


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Point every per-user folder (XDG on Linux) at tmp_path."""
    dirs = {}
    for var, name in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
        ("XDG_CONFIG_DIRS", "site-config"),
    ):
        path = tmp_path / "xdg" / name
        path.mkdir(parents=True)
        monkeypatch.setenv(var, str(path))
        dirs[name] = path
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    # The window's socket lives here; a short path, as Unix sockets allow ~100 bytes.
    runtime = tempfile.mkdtemp(prefix="adrt-")
    monkeypatch.setenv("XDG_RUNTIME_DIR", runtime)
    dirs["runtime"] = Path(runtime)
    yield dirs
    shutil.rmtree(runtime, ignore_errors=True)
