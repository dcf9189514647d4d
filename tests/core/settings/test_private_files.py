"""Customer data is for this user only: folders 0700, files 0600 (SQLite's WAL and SHM too),
on creation and tightened at start when found looser. POSIX only: on Windows the per-user
profile folders already keep other users out."""

from __future__ import annotations

import logging
import os
import stat

import pytest
from stubs import call_record

from agent_desktop.core.logging_setup import configure_logging, reset_logging
from agent_desktop.core.outbox.outbox import Outbox, OutboxState
from agent_desktop.core.settings import paths
from agent_desktop.core.settings.settings import Settings, SettingsStore

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture(autouse=True)
def usual_umask():
    """The common 022 umask, under which a plain mkdir/open gives 0755/0644."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_outbox_is_private(isolated_dirs):
    with Outbox() as box:  # the default place: <data>/agent-desktop/outbox.sqlite3
        box.enqueue_call("call-1", call_record(1))
        folder = paths.data_dir()
        assert mode(folder) == 0o700
        names = sorted(p.name for p in folder.iterdir())
        assert names == ["outbox.sqlite3", "outbox.sqlite3-shm", "outbox.sqlite3-wal"]
        assert {name: mode(folder / name) for name in names} == dict.fromkeys(names, 0o600)


def test_a_loose_outbox_is_tightened_when_opened(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir(mode=0o755)
    path = folder / "outbox.sqlite3"
    with Outbox(path) as box:  # a real outbox (an empty file would be replaced as damaged)
        box.enqueue_call("call-0", call_record(0))
    os.chmod(path, 0o644)
    os.chmod(folder, 0o755)
    with Outbox(path) as box:
        assert box.counts()[OutboxState.PENDING] == 1  # the same file, opened again
        box.enqueue_call("call-1", call_record(1))
        assert mode(folder) == 0o700
        for name in ("outbox.sqlite3", "outbox.sqlite3-wal", "outbox.sqlite3-shm"):
            assert mode(folder / name) == 0o600, name


def test_the_log_file_is_private_and_stays_so_after_rotation(tmp_path):
    folder = tmp_path / "state" / "agent-desktop" / "log"
    try:
        log_file = configure_logging(folder)
        logging.getLogger("test").warning("James May called from 072 123 4567")
        assert mode(folder) == 0o700 and mode(folder.parent) == 0o700
        assert mode(log_file) == 0o600
        handler = next(
            h
            for h in logging.getLogger().handlers
            if getattr(h, "baseFilename", None) == str(log_file)
        )
        handler.doRollover()
        logging.getLogger("test").warning("after the rollover")
        assert mode(log_file) == 0o600
        assert mode(log_file.with_name(log_file.name + ".1")) == 0o600
    finally:
        reset_logging()


def test_a_loose_log_file_is_tightened_at_start(tmp_path):
    folder = tmp_path / "log"
    folder.mkdir(mode=0o755)
    (folder / "agent-desktop.log").write_text("old\n")
    os.chmod(folder / "agent-desktop.log", 0o644)
    try:
        log_file = configure_logging(folder)
        assert mode(folder) == 0o700 and mode(log_file) == 0o600
    finally:
        reset_logging()


def test_settings_holding_the_agents_email_are_private(tmp_path):
    user_file = tmp_path / "config" / "agent-desktop" / "settings.toml"
    store = SettingsStore(user_file=user_file, site_file=tmp_path / "none.toml", environ={})
    store.save(Settings(agent_email="ann.agent@example.com"))
    assert mode(user_file.parent) == 0o700 and mode(user_file) == 0o600
    os.chmod(user_file, 0o644)
    os.chmod(user_file.parent, 0o755)
    assert store.load().settings.agent_email == "ann.agent@example.com"
    assert mode(user_file.parent) == 0o700 and mode(user_file) == 0o600


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_a_symlinked_log_file_is_replaced_and_reported_never_followed(tmp_path):
    """A link planted where the log file goes would send customers' numbers to its target and
    chmod it: the link is replaced by a file of our own, and the log says so."""
    from agent_desktop.core.logging_setup import LOG_FILE_NAME

    target = tmp_path / "elsewhere.txt"
    target.write_text("someone else's file\n")
    os.chmod(target, 0o644)
    folder = tmp_path / "log"
    folder.mkdir(mode=0o700)
    (folder / LOG_FILE_NAME).symlink_to(target)
    try:
        path = configure_logging(folder)
        logging.getLogger("agent_desktop.test").warning("a line with 0721234567")
    finally:
        reset_logging()
    assert target.read_text() == "someone else's file\n"  # never written...
    assert stat.S_IMODE(target.stat().st_mode) == 0o644  # ...nor chmod'ed
    assert not path.is_symlink() and path.is_file()
    text = path.read_text()
    assert "a line with 0721234567" in text
    assert "symbolic link" in text and str(target) in text  # reported


@pytest.mark.skipif(os.name != "posix", reason="symbolic links need privileges on Windows")
def test_ensure_private_file_never_chmods_through_a_link(tmp_path):
    target = tmp_path / "target"
    target.write_text("x")
    os.chmod(target, 0o644)
    link = tmp_path / "data.file"
    link.symlink_to(target)
    paths.ensure_private_file(link)
    assert stat.S_IMODE(target.stat().st_mode) == 0o644 and target.read_text() == "x"
    assert not link.is_symlink() and stat.S_IMODE(link.stat().st_mode) == 0o600
