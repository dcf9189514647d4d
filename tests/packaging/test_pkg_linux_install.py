"""The Linux archive: its layout, and install.sh / uninstall.sh for one user."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import tarfile

import pytest

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux archive")


@pytest.fixture
def archive(tmp_path, pkg, monkeypatch):
    """A tarball around a stand-in bundle (a shell script instead of the frozen app)."""
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    (bundle / "_internal" / "libexample.so").write_bytes(b"\0" * 16)
    exe = bundle / "agent-desktop"
    exe.write_text('#!/bin/sh\necho stand-in agent-desktop "$@"\n', encoding="utf-8")
    exe.chmod(0o755)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    return pkg("linux_tarball").make_tarball(bundle, "9.8.7", tmp_path / "out", arch="x86_64")


def test_archive_layout_modes_and_timestamps(archive):
    assert archive.name == "agent-desktop-9.8.7-linux-x86_64.tar.gz"
    with tarfile.open(archive) as tar:
        members = {m.name: m for m in tar.getmembers()}
    top = "agent-desktop-9.8.7-linux-x86_64"
    for name in (
        "agent-desktop/agent-desktop",
        "agent-desktop/_internal/libexample.so",
        "share/applications/agent-desktop.desktop",
        "share/icons/hicolor/48x48/apps/agent-desktop.png",
        "share/icons/hicolor/scalable/apps/agent-desktop.svg",
        "install.sh",
        "uninstall.sh",
        "README.txt",
    ):
        assert f"{top}/{name}" in members, name
    assert members[f"{top}/install.sh"].mode == 0o755
    assert members[f"{top}/agent-desktop/agent-desktop"].mode == 0o755
    assert members[f"{top}/README.txt"].mode == 0o644
    assert {m.uid for m in members.values()} == {0}
    assert {m.mtime for m in members.values()} == {1700000000}


def _run(script, home, *args, path_first=None):
    path = os.environ["PATH"] if path_first is None else f"{path_first}:{os.environ['PATH']}"
    env = {"HOME": str(home), "PATH": path}
    return subprocess.run(
        [str(script), *args], env=env, capture_output=True, text=True, check=True, timeout=30
    )


def _unpack(archive, tmp_path):
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    return tmp_path / "unpacked" / "agent-desktop-9.8.7-linux-x86_64"


def _file_in(home, relative: str, text: str):
    """A file the user already has in their home before the installer runs."""
    path = home / relative
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_install_then_uninstall_for_one_user(archive, tmp_path):
    unpacked = _unpack(archive, tmp_path)
    home = tmp_path / "home"
    settings = _file_in(home, ".config/agent-desktop/settings.toml", "region = 'ZA'\n")

    _run(unpacked / "install.sh", home)
    local = home / ".local"
    app = local / "lib" / "agent-desktop" / "agent-desktop"
    link = local / "bin" / "agent-desktop"
    assert link.is_symlink() and link.resolve() == app.resolve()
    assert (
        subprocess.run(
            [str(link), "--version"], capture_output=True, text=True, check=True
        ).stdout.strip()
        == "stand-in agent-desktop --version"
    )
    desktop = local / "share" / "applications" / "agent-desktop.desktop"
    entry = configparser.ConfigParser(interpolation=None)
    entry.read(desktop, encoding="utf-8")
    assert entry["Desktop Entry"]["Exec"] == f'"{app}" %u'
    assert entry["Desktop Entry"]["TryExec"] == str(app)
    assert (local / "share/icons/hicolor/256x256/apps/agent-desktop.png").is_file()
    assert (local / "share/icons/hicolor/scalable/apps/agent-desktop.svg").is_file()
    if shutil.which("desktop-file-validate"):
        subprocess.run(["desktop-file-validate", str(desktop)], check=True)

    _run(local / "lib" / "agent-desktop" / "uninstall.sh", home)  # the installed copy
    assert not app.exists() and not link.is_symlink() and not desktop.exists()
    assert not list((local / "share" / "icons").rglob("agent-desktop.*"))
    assert settings.read_text(encoding="utf-8") == "region = 'ZA'\n"  # user data is kept


def test_uninstall_leaves_a_foreign_command_alone(archive, tmp_path):
    unpacked = _unpack(archive, tmp_path)
    home = tmp_path / "home"
    other = _file_in(home, ".local/bin/agent-desktop", "#!/bin/sh\n")
    _run(unpacked / "uninstall.sh", home)
    assert other.is_file()


def test_install_becomes_the_phone_link_handler_only_where_there_is_none(archive, tmp_path):
    with tarfile.open(archive) as tar:
        tar.extractall(tmp_path / "unpacked", filter="tar")
    unpacked = tmp_path / "unpacked" / "agent-desktop-9.8.7-linux-x86_64"
    home = tmp_path / "home"
    stubs = tmp_path / "stubs"
    stubs.mkdir()
    calls = tmp_path / "xdg-mime.log"
    xdg_mime = stubs / "xdg-mime"  # a softphone already handles sip: links
    xdg_mime.write_text(
        "#!/bin/sh\n"
        f'echo "$@" >> "{calls}"\n'
        'if [ "$1" = query ] && [ "$3" = x-scheme-handler/sip ]; then echo linphone.desktop; fi\n',
        encoding="utf-8",
    )
    xdg_mime.chmod(0o755)
    if os.getuid() == 0:  # root's choice is left alone: play an ordinary user here
        fake_id = stubs / "id"
        fake_id.write_text("#!/bin/sh\necho 1000\n", encoding="utf-8")
        fake_id.chmod(0o755)
    _run(unpacked / "install.sh", home, path_first=stubs)
    made_default = [line for line in calls.read_text().splitlines() if line.startswith("default")]
    assert made_default == [
        "default agent-desktop.desktop x-scheme-handler/tel",
        "default agent-desktop.desktop x-scheme-handler/callto",
    ]
