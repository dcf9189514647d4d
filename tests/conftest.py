"""Test-wide isolation: no test touches the real home, keyring, D-Bus or network."""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import threading
from pathlib import Path

# Set before anything imports Qt or platformdirs.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["DBUS_SESSION_BUS_ADDRESS"] = os.environ.get("AGENT_DESKTOP_TEST_DBUS", "disabled:")
for _var in ("AGENT_DESKTOP_API_KEY", "AGENT_DESKTOP_BASE_URL", "AGENT_DESKTOP_REGION"):
    os.environ.pop(_var, None)
if not sys.platform.startswith("linux"):
    # No D-Bus to switch off there: the OS keyring (Credential Manager, Keychain) would answer.
    # Tests of the real one pass its backend in explicitly (tests/core/settings/test_secrets_os.py).
    os.environ["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"

import pytest  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def pytest_sessionstart(session: pytest.Session) -> None:
    """The .qm translations are build products: build them (0.1 s) before any test runs, so the
    window, the smoke test and the translation tests load what the .ts sources say today."""
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "translations_tool", ROOT / "packaging" / "translations.py"
    )
    assert spec and spec.loader
    tool = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(tool)
    tool.build()


# The shared doubles and their fixtures (clock, sandbox, stub_server, closed_port_url).
pytest_plugins = ["stubs"]


def pytest_configure(config):
    config.addinivalue_line(
        "markers", "logs_errors: the test expects records at ERROR or above (see logfail)"
    )


@pytest.fixture(autouse=True, scope="session")
def trace_pool_threads():
    """Coverage follows threads Python starts; QThreadPool's workers are Qt's, so the work the
    window hands them (outbox calls, lookups) went unmeasured. Give each run coverage's hook."""
    hook = threading.gettrace()
    if hook is None:  # not measuring
        yield
        return
    from agent_desktop.qt import tasks

    untraced = tasks._Runnable.run

    def run(self) -> None:
        sys.settrace(hook)
        try:
            untraced(self)
        finally:
            sys.settrace(None)

    tasks._Runnable.run = run
    yield
    tasks._Runnable.run = untraced


class _ErrorRecords(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture(autouse=True)
def logfail(request):
    """Fail a test that logs an ERROR it did not ask for: an error in the log is a bug the
    agent would meet. A test that expects one says so with @pytest.mark.logs_errors, or checks
    it through `caplog`."""
    if request.node.get_closest_marker("logs_errors") or "caplog" in request.fixturenames:
        yield
        return
    handler = _ErrorRecords()
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
    if handler.records:
        lines = "\n".join(f"  {r.levelname} {r.name}: {r.getMessage()}" for r in handler.records)
        pytest.fail(
            f"unexpected error logged (mark the test logs_errors if it is expected):\n{lines}",
            pytrace=False,
        )


@pytest.fixture(autouse=True)
def isolated_dirs(tmp_path, monkeypatch):
    """Point every per-user folder at tmp_path: XDG on Linux and macOS (platformdirs honours it
    there too), platformdirs' WIN_PD_OVERRIDE_* on Windows. The keys name the folder that holds
    the app's `agent-desktop` folder of that kind."""
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
    monkeypatch.setenv("USERPROFILE", str(tmp_path / "home"))
    (tmp_path / "home").mkdir()
    if sys.platform == "win32":  # settings, data and logs share %LOCALAPPDATA%\agent-desktop
        for csidl, name in (
            ("LOCAL_APPDATA", "data"),
            ("APPDATA", "roaming"),
            ("COMMON_APPDATA", "site-config"),
        ):
            path = tmp_path / "windows" / name
            path.mkdir(parents=True)
            monkeypatch.setenv(f"WIN_PD_OVERRIDE_{csidl}", str(path))
            dirs[name] = path
        dirs["config"] = dirs["state"] = dirs["cache"] = dirs["data"]
    # The window's socket lives here; a short path, as Unix sockets allow ~100 bytes.
    runtime = tempfile.mkdtemp(prefix="adrt-")
    monkeypatch.setenv("XDG_RUNTIME_DIR", runtime)
    dirs["runtime"] = Path(runtime)
    yield dirs
    shutil.rmtree(runtime, ignore_errors=True)
