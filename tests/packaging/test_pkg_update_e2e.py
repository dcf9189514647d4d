"""The frozen app updates itself, end to end on Linux: the built bundle (dist/agent-desktop, from
./dev build) installed in a folder as version N, IT's site file (update_url, update_policy =
"auto", both locked) and trusted root beside it, a repository made by packaging/release.py with
throwaway keys, served by http.server on 127.0.0.1. The real window runs (offscreen), checks in
the background, downloads, verifies and stages N+1, and installs it when it is closed as Quit
(SIGTERM); the installed app then starts as N+1 and passes its smoke test. A tampered archive and
a repository holding only an older release are refused while the window keeps running.

How N+1 is made: the frozen app's version is the `agent_desktop/VERSION` file its build writes
into the bundle (agent_desktop/__init__.py reads it), so N+1 is the same built bundle with that
file saying N+1. A second PyInstaller build would cost CI minutes and prove nothing more about
the updater: what is checked is that the installed tree was replaced by the released one (the
executable reports the released version) and that the replaced app runs. The older release is a
small tree: it is refused by its version before anything is downloaded, so its content never
matters.

It runs only when asked, AGENT_DESKTOP_UPDATE_E2E=1 (a few minutes: the release archive of the
whole bundle is compressed once), which .ci/run does in its own step right after ./dev build;
asked without a built bundle it fails:

    ./dev build && AGENT_DESKTOP_UPDATE_E2E=1 ./dev test tests/packaging/test_pkg_update_e2e.py
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "agent-desktop"
EXE = "agent-desktop"

pytestmark = [
    pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux bundle"),
    pytest.mark.skipif(
        os.environ.get("AGENT_DESKTOP_UPDATE_E2E") != "1",
        reason="its own CI step after ./dev build (AGENT_DESKTOP_UPDATE_E2E=1)",
    ),
    pytest.mark.timeout(900),
]


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not (BUNDLE / EXE).is_file():
        pytest.fail(f"no built bundle in {BUNDLE}: ./dev build first")
    return BUNDLE


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve(folder: Path) -> tuple[str, http.server.ThreadingHTTPServer]:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(folder))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}", server


def _next_version(version: str) -> str:
    from packaging.version import Version

    v = Version(version)
    return f"{v.major}.{v.minor}.{v.micro + 1}"


@pytest.fixture(scope="module")
def releases(bundle: Path, tmp_path_factory, pkg):
    """Keys, a repository with N+1 (the built bundle saying N+1), and N's version."""
    release = pkg("release")
    work = tmp_path_factory.mktemp("update-e2e")
    current = release.bundle_version(bundle)
    newer = _next_version(current)
    next_bundle = work / "next" / EXE
    started = time.monotonic()
    shutil.copytree(bundle, next_bundle, symlinks=True)
    (next_bundle / "_internal" / "agent_desktop" / "VERSION").write_text(newer + "\n")
    keys, repo = work / "keys", work / "repo"
    root = release.init(keys, repo)
    release.add(keys, repo, next_bundle)
    shutil.rmtree(next_bundle)
    print(f"release {newer} made in {time.monotonic() - started:.0f} s")
    return work, keys, repo, root, current, newer


class Desktop:
    """One agent's desktop: the app installed in a folder, IT's site folder, a home."""

    def __init__(self, base: Path, bundle: Path, url: str, root: Path) -> None:
        self.base = base
        self.install = base / "apps" / EXE
        shutil.copytree(bundle, self.install, symlinks=True)
        site = base / "xdg-site" / "agent-desktop"
        site.mkdir(parents=True)
        (site / "settings.toml").write_text(
            f'update_url = "{url}"\nupdate_policy = "auto"\n'
            'locked = ["update_url", "update_policy"]\n'
        )
        shutil.copyfile(root, site / "update-root.json")
        home = base / "home"
        self.env = {k: v for k, v in os.environ.items() if not k.startswith("AGENT_DESKTOP_")}
        self.env.update(
            HOME=str(home),
            XDG_CONFIG_HOME=str(home / "config"),
            XDG_DATA_HOME=str(home / "data"),
            XDG_STATE_HOME=str(home / "state"),
            XDG_CACHE_HOME=str(home / "cache"),
            XDG_RUNTIME_DIR=str(home / "run"),
            XDG_CONFIG_DIRS=str(base / "xdg-site"),
            QT_QPA_PLATFORM="offscreen",
            PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        )
        (home / "run").mkdir(parents=True, mode=0o700)
        self.staged = home / "data" / "agent-desktop" / "updates" / "staged"
        self.log = home / "state" / "agent-desktop" / "log" / "agent-desktop.log"

    def version(self) -> str:
        out = subprocess.run(
            [str(self.install / EXE), "--version"],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        return out.stdout.strip()

    def log_text(self) -> str:
        return self.log.read_text(errors="replace") if self.log.exists() else ""

    def command(self, *args: str) -> None:
        subprocess.run(
            [str(self.install / EXE), *args],
            env=self.env,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )

    def run_window_until(self, done, timeout: float = 240, before_quit=None) -> tuple[int, str]:
        """Start the window, wait for done(), run before_quit(), close it as Quit (SIGTERM);
        its exit status and stderr. Fails if the window ended by itself meanwhile."""
        proc = subprocess.Popen(
            [str(self.install / EXE)],
            env=self.env,
            text=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            deadline = time.monotonic() + timeout
            while not done():
                assert proc.poll() is None, f"the window ended: {proc.communicate()[1]}"
                assert time.monotonic() < deadline, f"timed out; log:\n{self.log_text()}"
                time.sleep(0.3)
            assert proc.poll() is None, "the window is still running after the update check"
            if before_quit is not None:
                before_quit()
            proc.send_signal(signal.SIGTERM)
            _, err = proc.communicate(timeout=120)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait()
        return proc.returncode, err


def test_version_n_finds_verifies_installs_and_starts_as_n_plus_1(releases, bundle, tmp_path, pkg):
    _, _, repo, root, current, newer = releases
    url, server = _serve(repo)
    try:
        desk = Desktop(tmp_path, bundle, url, root)
        assert desk.version() == f"agent-desktop {current}"
        code, err = desk.run_window_until(lambda: (desk.staged / "ready.json").exists())
        assert code == 0, err
        assert "Traceback" not in err
    finally:
        server.shutdown()
        server.server_close()
    log = desk.log_text()
    assert f"update {newer} downloaded, verified and staged" in log
    assert f"update {newer} installed in {desk.install}" in log
    assert desk.version() == f"agent-desktop {newer}"
    assert not desk.staged.exists()
    assert not list(desk.install.parent.glob(f"{EXE}.*"))  # no .previous or .update left
    smoke = pkg("smoke_bundle").run_smoke(desk.install / EXE, newer)
    assert smoke.ok, smoke.problems


def test_a_call_on_at_quit_leaves_the_install_to_the_next_start(releases, bundle, tmp_path):
    _, _, repo, root, current, newer = releases
    url, server = _serve(repo)
    try:
        desk = Desktop(tmp_path, bundle, url, root)

        def answer_a_call() -> None:  # the softphone's events: a call rings and is answered
            desk.command("call", "ring", "0215550100", "--call-id", "e2e-1")
            desk.command("call", "answer", "0215550100", "--call-id", "e2e-1")

        code, err = desk.run_window_until(
            lambda: (desk.staged / "ready.json").exists(), before_quit=answer_a_call
        )
        assert code == 0, err
        assert f"update {newer} waits for the next start: a call is on" in desk.log_text()
        assert desk.version() == f"agent-desktop {current}"  # not installed mid-call

        # The next start installs it before the window, and goes on as the new version.
        code, err = desk.run_window_until(lambda: "update check: up_to_date" in desk.log_text())
    finally:
        server.shutdown()
        server.server_close()
    assert code == 0, err
    # Only N+1 finds the repository up to date (N finds N+1 and stages it): the window that ran
    # was the new version, started in place of the old one before it opened.
    assert desk.log_text().count("update check: ready 0.1") == 1
    assert desk.version() == f"agent-desktop {newer}"
    assert not desk.staged.exists()


def test_a_tampered_archive_is_refused_and_the_app_keeps_running(releases, bundle, tmp_path):
    _, _, repo, root, current, newer = releases
    tampered = tmp_path / "tampered-repo"
    shutil.copytree(repo, tampered)
    archive = tampered / "targets" / f"{EXE}-{newer}.tar.gz"
    with archive.open("r+b") as file:  # one byte changed, the length kept
        file.seek(archive.stat().st_size // 2)
        byte = file.read(1)
        file.seek(-1, os.SEEK_CUR)
        file.write(bytes([byte[0] ^ 0xFF]))
    url, server = _serve(tampered)
    try:
        desk = Desktop(tmp_path, bundle, url, root)
        code, err = desk.run_window_until(lambda: "update check: failed" in desk.log_text())
    finally:
        server.shutdown()
        server.server_close()
    assert code == 0, err
    assert "Traceback" not in err and "Traceback" not in desk.log_text()
    assert "update check: failed  (Update refused" in desk.log_text()
    assert desk.version() == f"agent-desktop {current}"
    assert not (desk.staged / "ready.json").exists()


def test_an_older_release_is_refused_and_the_app_keeps_running(releases, bundle, tmp_path, pkg):
    *_, current, _ = releases
    release = pkg("release")
    old_tree = tmp_path / "old" / EXE
    (old_tree / "_internal" / "agent_desktop").mkdir(parents=True)
    (old_tree / "_internal" / "agent_desktop" / "VERSION").write_text("0.0.1\n")
    (old_tree / EXE).write_text("#!/bin/sh\necho agent-desktop 0.0.1\n")
    old_keys, old_repo = tmp_path / "old-keys", tmp_path / "old-repo"
    old_root = release.init(old_keys, old_repo)
    release.add(old_keys, old_repo, old_tree)
    url, server = _serve(old_repo)
    try:
        desk = Desktop(tmp_path, bundle, url, old_root)
        code, err = desk.run_window_until(lambda: "update check: up_to_date" in desk.log_text())
    finally:
        server.shutdown()
        server.server_close()
    assert code == 0, err
    assert desk.version() == f"agent-desktop {current}"
    assert not (desk.staged / "ready.json").exists()
