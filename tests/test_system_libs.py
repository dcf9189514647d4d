"""A missing system library is named with its package, before Qt loads (no Qt abort): for real
by hiding one library in a private mount namespace (root only), and the rules in-process."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from agent_desktop import system_libs

linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux libraries")


@pytest.mark.parametrize(
    ("env", "expected"),
    [
        ({}, "xcb"),
        ({"QT_QPA_PLATFORM": "offscreen"}, "offscreen"),
        ({"QT_QPA_PLATFORM": "wayland;xcb"}, "wayland"),
        ({"QT_QPA_PLATFORM": "xcb:fontengine=freetype"}, "xcb"),
        ({"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, "wayland"),
        ({"XDG_SESSION_TYPE": "wayland"}, "xcb"),  # no compositor to talk to: Qt falls back
    ],
)
def test_which_platform_qt_will_use(env, expected):
    assert system_libs.qt_platform(env) == expected


@linux
def test_the_message_names_the_packages_for_both_families():
    def load(name):
        if name in ("libxcb-cursor.so.0", "libxcb-randr.so.0", "libxcb-shape.so.0"):
            raise OSError(f"{name}: cannot open shared object file")

    message = system_libs.check({"QT_QPA_PLATFORM": "xcb"}, load)
    assert message is not None
    assert "libxcb-cursor.so.0, libxcb-randr.so.0, libxcb-shape.so.0" in message
    assert "sudo apt-get install libxcb-cursor0 libxcb-randr0 libxcb-shape0" in message
    assert "sudo dnf install xcb-util-cursor libxcb\n" in message + "\n"  # each package once
    # Off X11 the xcb libraries are not needed.
    assert system_libs.check({"QT_QPA_PLATFORM": "offscreen"}, load) is None


@linux
def test_this_machine_has_them_all():
    assert system_libs.check({"QT_QPA_PLATFORM": "xcb"}) is None


def _library_path(soname: str) -> str | None:
    """Where the loader finds `soname` (ldconfig's cache)."""
    done = subprocess.run(["ldconfig", "-p"], capture_output=True, text=True, check=False)
    for line in done.stdout.splitlines():
        if line.strip().startswith(soname + " ") and "=>" in line:
            return line.split("=> ")[-1].strip()
    return None


@linux
@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="hiding a library needs root (a bind mount)",
)
@pytest.mark.skipif(shutil.which("unshare") is None, reason="needs unshare (util-linux)")
@pytest.mark.parametrize(
    ("soname", "platform", "package"),
    [
        ("libxcb-cursor.so.0", "xcb", "libxcb-cursor0"),
        ("libEGL.so.1", "offscreen", "libegl1"),
    ],
)
def test_a_hidden_library_is_named_and_qt_does_not_abort(tmp_path, soname, platform, package):
    path = _library_path(soname)
    if path is None:
        pytest.skip(f"{soname} is not installed here")
    real = str(Path(path).resolve())
    env = {**os.environ, "QT_QPA_PLATFORM": platform, "HOME": str(tmp_path)}
    # The bind mount lives only in this private mount namespace; the machine is untouched.
    script = f'mount --bind /dev/null "{real}" && exec "$0" -m agent_desktop --demo'
    done = subprocess.run(
        ["unshare", "-m", "sh", "-c", script, sys.executable],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert soname in done.stderr and f"apt-get install {package}" in done.stderr
    assert "dnf install" in done.stderr
    assert "Aborted" not in done.stderr and "core dumped" not in done.stderr
    assert "Traceback" not in done.stderr and "qt.qpa" not in done.stderr
