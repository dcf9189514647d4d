"""The wheel's build hook: carry what `resources/` holds into the package, so a pip or pipx install
has the icon, the `.desktop` entry and the compiled translations a frozen bundle has.

Everything else about the project is in pyproject.toml. `resources/` stays the source of truth:
the icon PNGs and the `.desktop` file are copied as they are, and each
`resources/translations/*.ts` is compiled to `.qm` with PySide6's own `lrelease` (PySide6-Essentials
is therefore one of the build requirements in pyproject.toml). They land in
`agent_desktop/_resources/`, where agent_desktop/resources.py looks when there is no source tree.
An editable install reads `resources/` in place and gets no copy.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"
TARGET = Path("agent_desktop") / "_resources"  # inside the build folder (the wheel's root)
# What the installed app reads at run time (the SVG, .ico and .icns serve installers only).
COPIED = ("agent-desktop.desktop", "icons/hicolor/*/apps/*.png")


def lrelease() -> str:
    """PySide6's copy of Qt's lrelease (what `pyside6-lrelease` runs)."""
    import PySide6

    exe = Path(PySide6.__file__).resolve().parent / (
        "lrelease.exe" if sys.platform == "win32" else "lrelease"
    )
    if not exe.is_file():
        raise SystemExit(
            f"{exe} is missing: the wheel's translations need PySide6-Essentials' "
            "lrelease at build time"
        )
    return str(exe)


def write_resources(out: Path) -> list[Path]:
    """Copy the run-time resources and compile every translation into `out`; the files made."""
    made = []
    for pattern in COPIED:
        for source in sorted(RESOURCES.glob(pattern)):
            target = out / source.relative_to(RESOURCES)
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            made.append(target)
    tool = lrelease()
    sources = sorted((RESOURCES / "translations").glob("agent_desktop_*.ts"))
    if not sources:
        raise SystemExit("no resources/translations/*.ts to build the translations from")
    (out / "translations").mkdir(parents=True, exist_ok=True)
    for ts in sources:
        qm = out / "translations" / f"{ts.stem}.qm"
        subprocess.run([tool, "-silent", str(ts), "-qm", str(qm)], check=True)
        made.append(qm)
    return made


class BuildWithResources(build_py):
    """build_py, then the resources beside the package in the build folder."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install runs from the source tree, resources/ included
        out = Path(self.build_lib) / TARGET
        shutil.rmtree(out, ignore_errors=True)
        for path in write_resources(out):
            self.announce(f"resource {path}", level=2)


setup(cmdclass={"build_py": BuildWithResources})
