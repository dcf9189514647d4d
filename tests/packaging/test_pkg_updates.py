"""The updater against a real signed repository (packaging/release.py, throwaway keys) served by
http.server on 127.0.0.1: found, verified, staged, installed; tampered, rolled back, foreign,
older and unreachable repositories refused with one reason each. The install folder here is a
small stand-in tree; tests/packaging/test_pkg_update_e2e.py does the same with the frozen app."""

from __future__ import annotations

import errno
import functools
import http.server
import shutil
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from agent_desktop.core.updates.install import install_staged, take_installed_note
from agent_desktop.core.updates.policy import UpdatePolicy
from agent_desktop.core.updates.updates import (
    ROOT_FILE,
    UpdatePlan,
    UpdateState,
    check,
    failure_reason,
    make_plan,
    staged_version,
)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def serve() -> Iterator:
    servers: list[http.server.ThreadingHTTPServer] = []

    def start(folder: Path) -> str:
        handler = functools.partial(_Quiet, directory=str(folder))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"http://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def _bundle(folder: Path, version: str) -> Path:
    """A stand-in one-folder bundle: an executable, its VERSION file, some payload."""
    (folder / "_internal" / "agent_desktop").mkdir(parents=True)
    (folder / "_internal" / "agent_desktop" / "VERSION").write_text(version + "\n")
    (folder / "agent-desktop").write_text("#!/bin/sh\necho " + version + "\n")
    (folder / "agent-desktop").chmod(0o755)
    (folder / "_internal" / "payload.bin").write_bytes(bytes(range(256)) * 64)
    return folder


@pytest.fixture
def world(tmp_path: Path, pkg):
    """Keys outside the repository, a repository with release 0.2.0, a desktop with the site
    folder holding IT's root and an installed 0.1.0."""
    release = pkg("release")
    keys, repo = tmp_path / "keys", tmp_path / "repo"
    root = release.init(keys, repo)
    release.add(keys, repo, _bundle(tmp_path / "build-0.2.0", "0.2.0"))
    site = tmp_path / "site"
    site.mkdir()
    shutil.copyfile(root, site / ROOT_FILE)
    installed = _bundle(tmp_path / "apps" / "agent-desktop", "0.1.0")

    def plan(url: str, policy: UpdatePolicy = UpdatePolicy.AUTO) -> UpdatePlan:
        made = make_plan(
            url,
            policy,
            frozen=True,
            executable=str(installed / "agent-desktop"),
            site_dirs=[site],
            work=tmp_path / "data" / "updates",
        )
        assert isinstance(made, UpdatePlan), made
        return made

    return release, keys, repo, installed, plan


# Windows installs at quit through tufup's robocopy script, after the process has ended (see
# core/updates/install.py): that cannot run inside a test process.
posix_swap = pytest.mark.skipif(sys.platform == "win32", reason="Windows installs after exit")


def _version(installed: Path) -> str:
    return (installed / "_internal" / "agent_desktop" / "VERSION").read_text().strip()


@posix_swap
def test_auto_finds_verifies_stages_and_installs_the_newer_release(world, serve):
    _, _, repo, installed, plan = world
    p = plan(serve(repo))
    result = check(p, "0.1.0")
    assert (result.state, result.version) == (UpdateState.READY, "0.2.0")
    assert staged_version(p.staged_dir) == "0.2.0"
    assert _version(installed) == "0.1.0"  # nothing installed before quit or start
    assert check(p, "0.1.0").state is UpdateState.READY  # staged once, not downloaded again

    assert install_staged(p.staged_dir, p.install_dir, "0.1.0") == "0.2.0"
    assert _version(installed) == "0.2.0"
    assert (installed / "agent-desktop").stat().st_mode & 0o111  # still executable
    assert not p.staged_dir.exists()
    assert not list(installed.parent.glob("agent-desktop.*"))  # no .previous/.update left
    assert take_installed_note(p.work_dir) == ("0.1.0", "0.2.0")
    assert take_installed_note(p.work_dir) is None  # told once
    assert check(p, "0.2.0").state is UpdateState.UP_TO_DATE


def test_notify_only_tells(world, serve):
    _, _, repo, installed, plan = world
    p = plan(serve(repo), UpdatePolicy.NOTIFY)
    result = check(p, "0.1.0")
    assert (result.state, result.version) == (UpdateState.AVAILABLE, "0.2.0")
    assert staged_version(p.staged_dir) is None
    assert not (p.work_dir / "targets").exists() or not any((p.work_dir / "targets").iterdir())
    assert _version(installed) == "0.1.0"


def test_a_tampered_archive_is_refused_and_nothing_is_staged(world, serve):
    _, _, repo, installed, plan = world
    archive = repo / "targets" / "agent-desktop-0.2.0.tar.gz"
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF  # same length, one byte changed
    archive.write_bytes(bytes(data))
    p = plan(serve(repo))
    result = check(p, "0.1.0")
    assert result.state is UpdateState.FAILED
    assert result.reason is not None and result.reason.code == "update.refused"
    assert staged_version(p.staged_dir) is None
    assert install_staged(p.staged_dir, p.install_dir, "0.1.0") is None
    assert _version(installed) == "0.1.0"


def test_only_older_releases_are_never_installed(tmp_path, pkg, serve):
    release = pkg("release")
    keys, repo = tmp_path / "keys", tmp_path / "repo"
    root = release.init(keys, repo)
    release.add(keys, repo, _bundle(tmp_path / "old", "0.0.9"))
    (tmp_path / "site").mkdir()
    shutil.copyfile(root, tmp_path / "site" / ROOT_FILE)
    installed = _bundle(tmp_path / "apps" / "agent-desktop", "0.1.0")
    p = make_plan(
        serve(repo),
        UpdatePolicy.AUTO,
        frozen=True,
        executable=str(installed / "agent-desktop"),
        site_dirs=[tmp_path / "site"],
        work=tmp_path / "work",
    )
    assert isinstance(p, UpdatePlan)
    assert check(p, "0.1.0").state is UpdateState.UP_TO_DATE
    assert staged_version(p.staged_dir) is None
    with pytest.raises(SystemExit, match="not newer"):  # nor can one be published after
        release.add(keys, repo, _bundle(tmp_path / "older", "0.0.8"))


def test_a_rolled_back_repository_is_refused(world, serve, tmp_path):
    release, keys, repo, _, plan = world
    before = tmp_path / "repo-before"
    shutil.copytree(repo, before)
    release.add(keys, repo, _bundle(tmp_path / "build-0.3.0", "0.3.0"))
    p = plan(serve(repo), UpdatePolicy.NOTIFY)
    assert check(p, "0.1.0").version == "0.3.0"  # the client has seen the newer metadata
    replayed = plan(serve(before), UpdatePolicy.NOTIFY)  # an attacker serves the old state
    result = check(replayed, "0.1.0")
    assert result.state is UpdateState.FAILED
    assert result.reason is not None and result.reason.code == "update.refused"


def test_a_repository_signed_by_other_keys_is_refused(world, serve, tmp_path, pkg):
    release = pkg("release")
    other_repo = tmp_path / "other-repo"
    release.init(tmp_path / "other-keys", other_repo)
    release.add(tmp_path / "other-keys", other_repo, _bundle(tmp_path / "evil", "9.0.0"))
    _, _, _, installed, plan = world
    result = check(plan(serve(other_repo)), "0.1.0")
    assert result.state is UpdateState.FAILED
    assert result.reason is not None and result.reason.code == "update.refused"
    assert _version(installed) == "0.1.0"


def test_a_server_that_is_down_is_one_reason_not_a_traceback(world):
    _, _, _, _, plan = world
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    result = check(plan(f"http://127.0.0.1:{port}"), "0.1.0")
    assert result.state is UpdateState.FAILED
    assert result.reason is not None and result.reason.code == "update.unreachable"


def test_failure_reasons_for_the_disk():
    assert (
        failure_reason(OSError(errno.ENOSPC, "No space left on device")).code == "update.disk_full"
    )
    assert failure_reason(OSError(errno.EACCES, "Permission denied")).code == "update.disk"


def test_plan_says_why_updates_are_off(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    exe = str(tmp_path / "app" / "agent-desktop")
    codes = {
        "update.off_policy": make_plan(
            "https://u.example", UpdatePolicy.OFF, frozen=True, executable=exe, site_dirs=[site]
        ),
        "update.off_no_url": make_plan(
            "", UpdatePolicy.AUTO, frozen=True, executable=exe, site_dirs=[site]
        ),
        "update.off_not_frozen": make_plan(
            "https://u.example", UpdatePolicy.AUTO, frozen=False, site_dirs=[site]
        ),
        "update.off_no_root": make_plan(
            "https://u.example", UpdatePolicy.AUTO, frozen=True, executable=exe, site_dirs=[site]
        ),
    }
    for code, plan in codes.items():
        assert not isinstance(plan, UpdatePlan) and plan.code == code


@posix_swap
def test_a_failed_swap_leaves_the_installed_folder_as_it_was(world, serve, monkeypatch):
    _, _, repo, installed, plan = world
    p = plan(serve(repo))
    assert check(p, "0.1.0").state is UpdateState.READY
    import os

    real_rename = os.rename

    def rename(src, dst):  # the last step, the new folder into place, fails
        if str(src).endswith(".update") and Path(dst) == installed:
            raise OSError(errno.EACCES, "Permission denied")
        return real_rename(src, dst)

    monkeypatch.setattr(os, "rename", rename)
    with pytest.raises(OSError):
        install_staged(p.staged_dir, p.install_dir, "0.1.0")
    monkeypatch.undo()
    assert _version(installed) == "0.1.0"
    assert staged_version(p.staged_dir) == "0.2.0"  # still staged: the next quit tries again
    assert not (installed.parent / "agent-desktop.previous").exists()
    assert install_staged(p.staged_dir, p.install_dir, "0.1.0") == "0.2.0"
    assert _version(installed) == "0.2.0"
