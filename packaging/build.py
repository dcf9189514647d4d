"""Build the Agent Desktop bundle, smoke-test it, and pack it (the one build command).

    python packaging/build.py             one-folder bundle in dist/agent-desktop (dist/Agent
                                          Desktop.app on macOS), smoke test, and on Linux
                                          dist/agent-desktop-<version>-linux-<arch>.tar.gz
    python packaging/build.py --onefile   a single executable, dist/onefile/agent-desktop
                                          (no archive)
    python packaging/build.py --floor     also build the bare PySide6 hello window the same way
                                          and print both sizes (the size floor)
    ./dev build [options]                 the same, after syncing .venv from uv.lock

Runs PyInstaller from the current environment, so the locked dependency versions are what gets
bundled. The Windows and macOS installers are made from the one-folder build by the steps in
packaging/windows/ and packaging/macos/ (see .github/workflows/build.yml).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

PACKAGING = Path(__file__).resolve().parent
ROOT = PACKAGING.parent
sys.path.insert(0, str(PACKAGING))

import bake_version  # noqa: E402
import bundle_config  # noqa: E402
import smoke_bundle  # noqa: E402
import translations  # noqa: E402

DIST = ROOT / "dist"
WORK = ROOT / "build"
MIB = 1024 * 1024


def tree_size(path: Path) -> int:
    """Bytes of the files under path (symlinks count as links, as on disk)."""
    if path.is_symlink() or path.is_file():
        return path.lstat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def largest_parts(bundle: Path, count: int = 8) -> list[tuple[int, str]]:
    """The biggest entries one level inside the bundle's library folder, largest first."""
    inner = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    parts = [(tree_size(p), p.name) for p in inner.iterdir() if not p.is_symlink()]
    qt_lib = inner / "PySide6" / "Qt" / "lib"
    if qt_lib.is_dir():
        parts += [
            (tree_size(p), f"PySide6/Qt/lib/{p.name}")
            for p in qt_lib.iterdir()
            if not p.is_symlink()
        ]
    return sorted(parts, reverse=True)[:count]


def ensure_icons() -> None:
    icons = ROOT / "resources" / "icons"
    needed = [icons / "agent-desktop.ico", icons / "agent-desktop.icns"]
    if not all(p.exists() for p in needed):
        subprocess.run([sys.executable, str(PACKAGING / "make_icons.py")], check=True)


def run_pyinstaller(args: list[str], env: dict | None = None) -> None:
    cmd = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", *args]
    print("+", " ".join(cmd), flush=True)
    subprocess.run(cmd, check=True, cwd=ROOT, env=env)


def build_app(onefile: bool) -> Path:
    env = dict(os.environ, AGENT_DESKTOP_ONEFILE="1" if onefile else "0")
    # The one-file executable gets its own folder: its name is the one-folder build's name.
    dist = DIST / "onefile" if onefile else DIST
    run_pyinstaller(
        [
            "--distpath",
            str(dist),
            "--workpath",
            str(WORK / "pyinstaller"),
            str(PACKAGING / "agent_desktop.spec"),
        ],
        env=env,
    )
    if onefile:
        return dist / ("agent-desktop.exe" if sys.platform == "win32" else "agent-desktop")
    if sys.platform == "darwin":
        return DIST / f"{bundle_config.APP_NAME}.app"
    return DIST / "agent-desktop"


def check_translations(bundle: Path) -> None:
    """Our .qm and Qt's qtbase_<lang>.qm are in the one-folder bundle, and no other Qt ones."""
    found = {p.name for p in bundle.rglob("*.qm")}
    expected = {f"agent_desktop_{code}.qm" for code in bundle_config.APP_LANGUAGES} | set(
        bundle_config.QT_TRANSLATIONS_KEEP
    )
    if found != expected:
        raise SystemExit(
            f"bundle translations are wrong: missing {sorted(expected - found)}, "
            f"unexpected {sorted(found - expected)}"
        )
    print(f"translations bundled: {len(found)} .qm files")


def build_floor() -> Path:
    """The bare hello window with PyInstaller's defaults: nothing excluded, nothing stripped."""
    run_pyinstaller(
        [
            "--onedir",
            "--windowed",
            "--name",
            "hello",
            "--distpath",
            str(DIST / "floor"),
            "--workpath",
            str(WORK / "floor"),
            "--specpath",
            str(WORK / "floor"),
            str(PACKAGING / "floor" / "hello.py"),
        ]
    )
    if sys.platform == "darwin":
        return DIST / "floor" / "hello.app"
    return DIST / "floor" / "hello"


def floor_executable(floor: Path) -> Path:
    if sys.platform == "darwin":
        return floor / "Contents" / "MacOS" / "hello"
    return floor / ("hello.exe" if sys.platform == "win32" else "hello")


def smoke_floor(floor: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [str(floor_executable(floor)), "--smoke-test"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    if proc.returncode != 0 or proc.stdout.strip() != "ok hello-floor":
        raise SystemExit(f"the floor build does not run: {proc.stdout}{proc.stderr}")


def smoke_app(exe: Path, version: str) -> None:
    result = smoke_bundle.run_smoke(exe, version)
    if not result.ok:
        print(f"smoke test of {exe} FAILED:", file=sys.stderr)
        for problem in result.problems:
            print(f"  - {problem}", file=sys.stderr)
        raise SystemExit(1)
    print(f"smoke test passed: {result.stdout.strip()} ({smoke_bundle.describe(result)})")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Build, smoke-test and pack Agent Desktop with PyInstaller."
    )
    parser.add_argument("--onefile", action="store_true", help="one executable, no folder")
    parser.add_argument(
        "--floor",
        action="store_true",
        help="also build the bare PySide6 hello window and compare sizes",
    )
    parser.add_argument("--no-smoke", action="store_true", help="skip the smoke test")
    parser.add_argument("--no-archive", action="store_true", help="skip the Linux .tar.gz")
    args = parser.parse_args(argv)

    bake_version.bake()  # the app reads its version from agent_desktop/_version.py
    version = bundle_config.app_version()
    print(f"Agent Desktop {version}, Python {sys.version.split()[0]}, {sys.platform}")
    ensure_icons()
    translations.build()  # the .qm the spec bundles, fresh from the .ts sources
    started = time.monotonic()
    bundle = build_app(args.onefile)
    seconds = time.monotonic() - started
    print(f"built {bundle} in {seconds:.0f} s: {tree_size(bundle) / MIB:.1f} MiB")
    if not args.onefile:
        check_translations(bundle)
        for size, name in largest_parts(bundle):
            print(f"  {size / MIB:7.1f} MiB  {name}")

    if args.onefile and sys.platform == "win32" and not args.no_smoke:
        # The one-file exe is windowed (no stdout); the one-folder build's console twin is
        # what gets smoke-tested on Windows.
        print("smoke test skipped: a windowed one-file exe has no stdout to check")
    elif not args.no_smoke:
        exe = bundle if args.onefile else smoke_bundle.default_executable(DIST)
        smoke_app(exe, version)

    if sys.platform.startswith("linux") and not args.onefile and not args.no_archive:
        from linux_tarball import make_tarball

        archive = make_tarball(bundle, version, DIST)
        print(f"archive {archive}: {archive.stat().st_size / MIB:.1f} MiB")

    if args.floor:
        floor = build_floor()
        smoke_floor(floor)
        app_size, floor_size = tree_size(bundle), tree_size(floor)
        verdict = "within" if app_size <= floor_size else "ABOVE"
        print(
            f"size: app {app_size / MIB:.1f} MiB, bare PySide6 floor {floor_size / MIB:.1f} MiB"
            f" ({verdict} the floor by {abs(floor_size - app_size) / MIB:.1f} MiB)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
