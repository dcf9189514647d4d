"""A pip/pipx install is complete: the wheel, built from the sdist as an installer would, carries
the icon, the `.desktop` entry and every compiled translation, and the installed app finds them.

Slow (~1-2 min: two isolated builds and a venv, from uv's cache), so the wheel is built once per
run and both tests share it. They run only when asked, AGENT_DESKTOP_WHEEL=1, as .ci/run does in
a step of its own (and the GitHub workflow's test job sets it, for Windows and macOS), so
`./dev test` stays quick:

    AGENT_DESKTOP_WHEEL=1 ./dev test tests/packaging/test_pkg_wheel.py
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from agent_desktop.core.settings.languages import TRANSLATED
from agent_desktop.resources import ICON_SIZES

ROOT = Path(__file__).resolve().parents[2]
UV = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")

pytestmark = [
    pytest.mark.skipif(
        os.environ.get("AGENT_DESKTOP_WHEEL") != "1",
        reason="its own CI step (AGENT_DESKTOP_WHEEL=1): two builds and a venv",
    ),
    pytest.mark.skipif(UV is None, reason="needs uv (./dev installs it into .venv)"),
    pytest.mark.timeout(900),
]


def _uv(*args: str, cwd: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("UV_PROJECT", "VIRTUAL_ENV"))}
    done = subprocess.run(
        [UV, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=800
    )
    assert done.returncode == 0, f"uv {' '.join(args)} failed:\n{done.stderr[-3000:]}"


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    """`uv build` of a clean copy of the tree: the sdist, then the wheel built from the sdist."""
    work = tmp_path_factory.mktemp("wheel")
    source = work / "src"
    listed = ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"]
    tracked = subprocess.run(listed, cwd=ROOT, capture_output=True, check=True).stdout
    for rel in filter(None, tracked.decode().split("\0")):
        if (ROOT / rel).is_file():
            (source / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / rel, source / rel)
    _uv("build", "--quiet", "--out-dir", str(work / "dist"), str(source), cwd=work)
    return work / "dist"


def _one(folder: Path, pattern: str) -> Path:
    found = sorted(folder.glob(pattern))
    assert len(found) == 1, f"{pattern}: {found}"
    return found[0]


def test_sdist_and_wheel_carry_the_resources(dist):
    with tarfile.open(_one(dist, "*.tar.gz")) as sdist:
        names = {n.split("/", 1)[1] for n in sdist.getnames() if "/" in n}
    for code in TRANSLATED:
        assert f"resources/translations/agent_desktop_{code}.ts" in names
    assert not any(n.endswith(".qm") for n in names)  # built products stay out of the sources

    with zipfile.ZipFile(_one(dist, "*.whl")) as wheel:
        names = set(wheel.namelist())
        base = "agent_desktop/_resources"
        assert f"{base}/agent-desktop.desktop" in names
        for size in ICON_SIZES:
            assert f"{base}/icons/hicolor/{size}x{size}/apps/agent-desktop.png" in names
        for code in TRANSLATED:
            qm = wheel.read(f"{base}/translations/agent_desktop_{code}.qm")
            assert qm.startswith(bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd"))  # Qt's magic
        assert not any("pseudo" in n for n in names)


def test_installed_wheel_passes_the_smoke_test_with_icon_and_every_language(dist, tmp_path):
    venv = tmp_path / "venv"
    _uv("venv", "--quiet", "--python", sys.executable, str(venv), cwd=tmp_path)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    _uv(
        "pip", "install", "--quiet", "--python", str(python), str(_one(dist, "*.whl")), cwd=tmp_path
    )
    exe = venv / ("Scripts/agent-desktop.exe" if sys.platform == "win32" else "bin/agent-desktop")
    report = tmp_path / "smoke.json"
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        AGENT_DESKTOP_SMOKE_REPORT=str(report),
        HOME=str(tmp_path),
        LANG="de_DE.UTF-8",
    )
    done = subprocess.run(
        [str(exe), "--smoke-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("ok agent-desktop ")
    facts = json.loads(report.read_text(encoding="utf-8"))
    resources = Path(facts["resources"])
    # The installed copy, not the source tree's resources/.
    assert resources.is_relative_to(venv.resolve()) and resources.name == "_resources"
    assert facts["icon_sizes"] == list(ICON_SIZES)
    assert facts["languages"] == list(TRANSLATED)
