"""Pack the Linux one-folder build into an installable .tar.gz.

Layout inside ``agent-desktop-<version>-linux-<arch>/``::

    agent-desktop/                       the one-folder bundle (run agent-desktop/agent-desktop)
    share/applications/agent-desktop.desktop
    share/icons/hicolor/<size>/apps/     PNG sizes and the scalable SVG
    install.sh, uninstall.sh             per-user install into ~/.local (or --prefix)
    README.txt

Entries are sorted, owned by root and stamped with SOURCE_DATE_EPOCH when set, so the same build
gives the same archive.
"""

from __future__ import annotations

import io
import os
import platform
import tarfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
README = """Agent Desktop {version} for Linux ({arch})

Run without installing:   ./agent-desktop/agent-desktop --demo
Install for this user:    ./install.sh        (menu entry, icon, ~/.local/bin/agent-desktop)
Remove again:             ./uninstall.sh      (settings and keyring entry are kept)
Install for all users:    sudo ./install.sh --prefix /usr/local

Qt needs the usual desktop libraries (on Debian/Ubuntu: libegl1 libgl1 libxkbcommon-x11-0
libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libfontconfig1 libdbus-1-3).
"""


def archive_name(version: str, arch: str | None = None) -> str:
    return f"agent-desktop-{version}-linux-{arch or platform.machine()}"


def _files(bundle: Path) -> list[tuple[Path, str]]:
    """(source file, path inside the archive's top folder), in archive order."""
    icons = ROOT / "resources" / "icons"
    entries = [(p, f"agent-desktop/{p.relative_to(bundle).as_posix()}") for p in bundle.rglob("*")]
    entries.append(
        (ROOT / "resources" / "agent-desktop.desktop", "share/applications/agent-desktop.desktop")
    )
    for png in icons.glob("hicolor/*/apps/agent-desktop.png"):
        entries.append((png, f"share/icons/{png.relative_to(icons).as_posix()}"))
    entries.append(
        (icons / "agent-desktop.svg", "share/icons/hicolor/scalable/apps/agent-desktop.svg")
    )
    for script in ("install.sh", "uninstall.sh"):
        entries.append((ROOT / "packaging" / "linux" / script, script))
    return sorted(entries, key=lambda item: item[1])


def make_tarball(bundle: Path, version: str, out_dir: Path, arch: str | None = None) -> Path:
    """Write ``<out_dir>/agent-desktop-<version>-linux-<arch>.tar.gz`` and return its path."""
    arch = arch or platform.machine()
    top = archive_name(version, arch)
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"{top}.tar.gz"
    mtime = int(os.environ.get("SOURCE_DATE_EPOCH", "0")) or None

    def normalise(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        if mtime is not None:
            info.mtime = mtime
        if info.isfile() or info.isdir():
            executable = info.isdir() or info.mode & 0o111
            info.mode = 0o755 if executable else 0o644
        return info

    readme = README.format(version=version, arch=arch).encode()
    with tarfile.open(target, "w:gz", compresslevel=6) as tar:
        for source, name in _files(bundle):
            tar.add(source, arcname=f"{top}/{name}", recursive=False, filter=normalise)
        info = normalise(tarfile.TarInfo(f"{top}/README.txt"))
        info.size = len(readme)
        tar.addfile(info, io.BytesIO(readme))
    return target
