"""The MSI's WiX source compiles here with wixl (Debian's msitools) against a stand-in of the
one-folder build, harvested as the workflow harvests the real one, and the package it makes holds
what IT expects: every file of the build, a per-machine install, the Start-menu entry, the same
link handlers as the Inno Setup installers, the Run key, and the upgrade code that never changes."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WINDOWS = ROOT / "packaging" / "windows"
WXS = WINDOWS / "agent-desktop.wxs"
UPGRADE_CODE = "{8E1B0C5A-6F2D-4C83-9A47-3D5E2B7C1F60}"  # fixed forever: upgrades depend on it

pytestmark = pytest.mark.skipif(
    not (shutil.which("wixl") and shutil.which("wixl-heat") and shutil.which("msiinfo")),
    reason="needs wixl and msitools (Debian: wixl msitools)",
)

STAND_IN = (
    "agent-desktop.exe",
    "agent-desktop-cli.exe",
    "_internal/base_library.zip",
    "_internal/PySide6/Qt6Core.dll",
    "_internal/resources/translations/agent_desktop_de.qm",
)


def _stand_in_build(folder: Path) -> Path:
    tree = folder / "agent-desktop"
    for name in STAND_IN:
        path = tree / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(b"MZ stand-in for " + name.encode())
    return tree


def _build_msi(folder: Path, wxs: Path, version: str = "1.2.3") -> subprocess.CompletedProcess[str]:
    tree = _stand_in_build(folder)
    names = "\n".join(sorted(str(p.relative_to(tree)) for p in tree.rglob("*") if p.is_file()))
    harvested = subprocess.run(
        [
            "wixl-heat",
            "--prefix",
            "",
            "--directory-ref",
            "INSTALLDIR",
            "--component-group",
            "AppFiles",
            "--var",
            "var.SourceDir",
            "--win64",
        ],
        input=names,
        capture_output=True,
        text=True,
        cwd=tree,
        check=True,
        timeout=60,
    )
    (folder / "files.wxs").write_text(harvested.stdout, encoding="utf-8")
    # wixl takes SourceDir relative to where it runs (an absolute one is refused).
    return subprocess.run(
        [
            "wixl",
            "-a",
            "x64",
            "-D",
            f"AppVersion={version}",
            "-D",
            f"SourceDir={tree.name}",
            "-D",
            "Win64=yes",
            str(wxs),
            "files.wxs",
            "-o",
            "out.msi",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        cwd=folder,
    )


def _table(msi: Path, name: str) -> list[list[str]]:
    """The rows of one table (msiinfo export: three header lines, then tab-separated rows)."""
    out = subprocess.run(
        ["msiinfo", "export", str(msi), name],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    ).stdout
    return [line.split("\t") for line in out.splitlines()[3:]]


@pytest.fixture(scope="module")
def msi(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("msi")
    built = _build_msi(folder, WXS)
    assert built.returncode == 0, built.stderr
    return folder / "out.msi"


def test_it_installs_for_the_whole_machine_and_upgrades_in_place(msi):
    properties = dict(row[:2] for row in _table(msi, "Property"))
    assert properties["ALLUSERS"] == "1"
    assert properties["ProductVersion"] == "1.2.3"
    assert properties["UpgradeCode"] == UPGRADE_CODE
    upgrades = _table(msi, "Upgrade")
    assert upgrades and all(row[0] == UPGRADE_CODE for row in upgrades)
    directories = {row[0]: row for row in _table(msi, "Directory")}
    assert directories["INSTALLDIR"][1:] == ["ProgramFiles64Folder", "Agent Desktop"]


def test_every_file_of_the_build_is_in_it(msi):
    files = sorted(row[2] for row in _table(msi, "File"))
    assert files == sorted(Path(name).name for name in STAND_IN)


def test_the_start_menu_entry_runs_the_app(msi):
    shortcuts = _table(msi, "Shortcut")
    assert [(row[1], row[2], row[4]) for row in shortcuts] == [
        ("ProgramMenuFolder", "Agent Desktop", "[INSTALLDIR]agent-desktop.exe")
    ]


def _iss_field(fields: dict[str, str], name: str) -> str:
    value = fields.get(name, '""').strip()
    text = value[1:-1].replace('""', '"') if value.startswith('"') else value
    return text.replace("{app}\\{#AppExe}", "[INSTALLDIR]agent-desktop.exe").replace(
        "{#AppName}", "Agent Desktop"
    )


def _inno_registry() -> set[tuple[str, str, str]]:
    """(key, value name, data) of every registry line of common.iss, in the MSI's spelling."""
    found: set[tuple[str, str, str]] = set()
    for line in (WINDOWS / "common.iss").read_text(encoding="utf-8").splitlines():
        if line.startswith("Root: HKA;"):
            fields = dict(re.findall(r'(\w+): ("(?:[^"]|"")*"|[^;]*)', line))
            found.add(
                (
                    _iss_field(fields, "Subkey"),
                    _iss_field(fields, "ValueName"),
                    _iss_field(fields, "ValueData"),
                )
            )
    return found


def test_the_link_handlers_are_the_inno_setup_installers_own(msi):
    rows = _table(msi, "Registry")
    assert {row[1] for row in rows} == {"2"}  # HKLM: for every user of the machine
    in_msi = {(row[2], row[3], row[4]) for row in rows if row[5] == "LinkHandlers"}
    inno = _inno_registry()
    assert len(inno) >= 19  # the parse found the handler lines
    assert inno - {k for k in inno if "CurrentVersion\\Run" in k[0]} == in_msi


def test_every_session_starts_it_with_its_autostart_option(msi):
    rows = [row for row in _table(msi, "Registry") if row[5] == "Autostart"]
    assert [(row[2], row[3], row[4]) for row in rows] == [
        (
            "Software\\Microsoft\\Windows\\CurrentVersion\\Run",
            "Agent Desktop",
            '"[INSTALLDIR]agent-desktop.exe" --autostart',
        )
    ]


def test_a_broken_source_fails_the_build(tmp_path):
    """The check is not blind: a source whose file group is misnamed does not compile."""
    broken = tmp_path / "broken.wxs"
    broken.write_text(
        WXS.read_text(encoding="utf-8").replace(
            '<ComponentGroupRef Id="AppFiles" />', '<ComponentGroupRef Id="NoSuchGroup" />'
        ),
        encoding="utf-8",
    )
    assert _build_msi(tmp_path, broken).returncode != 0
