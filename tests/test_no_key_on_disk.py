"""The API key never reaches disk outside the keyring.

A whole session in this process — the real window against the sandbox, settings saved through the
settings dialog, the key refused by a server, call logs through the outbox (sent, refused with a
422, held while the server is down), a search failing offline, and an exception carrying the key
logged — then every file under the temporary config, data, state and cache folders (the log
folder is under state) is read and searched for the key's bytes. The keyring is an in-memory
backend passed in: it is the one place the key may be, and the test checks it is there.
"""

from __future__ import annotations

import logging
import sys
import uuid
from datetime import timezone
from pathlib import Path

import pytest
from PySide6.QtCore import QThreadPool
from stubs import MemoryKeyring

from agent_desktop.core.api.models import Contact
from agent_desktop.core.logging_setup import configure_logging, reset_logging
from agent_desktop.core.outbox.backoff import Backoff
from agent_desktop.core.outbox.outbox import Outbox, OutboxState
from agent_desktop.core.settings import paths
from agent_desktop.core.settings.secrets import ApiKeyStore
from agent_desktop.core.settings.settings import SettingsStore
from agent_desktop.qt.tasks import TaskRunner
from agent_desktop.sandbox import SandboxServer
from agent_desktop.ui.app.context import AppContext
from agent_desktop.ui.window.main_window import MainWindow
from agent_desktop.ui.window.status import ConnectionState

WAIT = 10000
SCANNED = ("config", "data", "state", "cache", "site-config")


def files_holding(roots: list[Path], needle: bytes) -> tuple[list[Path], list[Path]]:
    """(every file read, the files containing `needle`)."""
    read, found = [], []
    for root in roots:
        for path in sorted(root.rglob("*")):
            if path.is_file():
                read.append(path)
                if needle in path.read_bytes():
                    found.append(path)
    return read, found


def _save_settings(qtbot, window, base_url: str, key: str) -> None:
    qtbot.waitUntil(
        lambda: window.settings_dialog is not None and window.settings_dialog.isVisible(),
        timeout=WAIT,
    )
    dialog = window.settings_dialog
    qtbot.waitUntil(lambda: "Kept in" in dialog.key_status.text(), timeout=WAIT)
    dialog.base_url.setText(base_url)
    dialog.api_key.setText(key)
    dialog.first.setText("Ada")
    dialog.last.setText("Agent")
    dialog.email.setText("ada@example.com")
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    window.settings_dialog = None


THANDI = Contact(
    id="7c1e4a52-3b0e-4c39-9a51-5d7c2f6b8e01",
    firstname="Thandiwe",
    lastname="Nkosi",
    mobilephone="0821234568",
)


def _log_a_call(window, number: str) -> None:
    window.search.edit.setText(number)  # F9 without a contact open: a call with this number
    window.toggle_call()
    window.toggle_call()
    window.send_log()


def _refused_as_invalid(window) -> bool:
    """The outbox itself (not the window's summary, read a moment later) holds an entry the
    server refused with a 422."""
    return any(
        e.last_error_kind == "validation"
        for e in window.outbox.outbox.entries((OutboxState.NEEDS_ATTENTION,))
    )


def _nothing_in_flight(window) -> bool:
    counts = window.outbox.outbox.counts()
    return counts[OutboxState.PENDING] == 0 and counts[OutboxState.SENDING] == 0


def _search(qtbot, window, text: str):
    with qtbot.waitSignal(window.search.outcome_shown, timeout=WAIT) as blocker:
        window.search.edit.setText(text)
        window.search.search_now()
    return blocker.args[0]


@pytest.mark.logs_errors
@pytest.mark.qt_log_ignore("This plugin does not support")  # dialogs on offscreen
def test_a_full_session_leaves_the_key_in_the_keyring_only(qtbot, isolated_dirs):
    key = "k3y-" + uuid.uuid4().hex
    log_file = configure_logging()  # the user log folder: under the temporary state folder
    keyring = MemoryKeyring()
    refusing = SandboxServer(token="another-accounts-key").start()
    server = SandboxServer(token=key).start()
    window = None
    try:
        pool = QThreadPool()
        pool.setMaxThreadCount(6)
        window = MainWindow(
            AppContext(
                runner=TaskRunner(pool),
                settings_store=SettingsStore(),
                key_store=ApiKeyStore(backend=keyring, environ={}),
                outbox=Outbox(),
                delivery_options={"backoff": Backoff(base=0.05, cap=0.4), "idle_poll": 0.5},
                outbox_flush_ms=200,
                tz=timezone.utc,
                url_opener=lambda _url: None,
            )
        )
        window.ask_before_close = False
        qtbot.addWidget(window)
        window.show()

        # First start: nothing set up, so the settings dialog opens. A server that refuses it.
        _save_settings(qtbot, window, refusing.base_url, key)
        qtbot.waitUntil(
            lambda: window.state_indicator.state is ConnectionState.KEY_PROBLEM, timeout=WAIT
        )
        assert _search(qtbot, window, "jam").error is not None
        _log_a_call(window, "0821234567")  # refused twice: sending pauses, entry needs attention
        qtbot.waitUntil(lambda: window.outbox.summary.attention == 1, timeout=WAIT)

        # The right server: the refused entry goes out, then a 422 and an outage.
        window.open_settings()
        _save_settings(qtbot, window, server.base_url, key)
        qtbot.waitUntil(lambda: len(server.received_logs()) == 1, timeout=WAIT)
        _log_a_call(window, "")  # no number: refused with a 422
        # Not `summary.attention == 1`: the summary still counted the first entry (sent by now)
        # and the wait passed before this log was even sent; under load it then met the outage
        # below, and the window could close before its 422 was on disk.
        qtbot.waitUntil(lambda: _refused_as_invalid(window), timeout=WAIT)
        port = server.port
        server.stop()
        assert type(_search(qtbot, window, "may").error).__name__ == "NetworkError"
        # A call linked to its contact: its log goes to the outbox at once (an unknown number's
        # would wait in review for its caller's lookup while SwitchTransact is away).
        window.show_contact(THANDI)
        _log_a_call(window, "")
        qtbot.waitUntil(lambda: window.outbox_view.strip.text.startswith("Offline"), timeout=WAIT)
        server = SandboxServer(token=key, port=port).start()
        window.outbox_view.strip.retry_button.click()
        qtbot.waitUntil(lambda: len(server.received_logs()) == 1, timeout=WAIT)
        qtbot.waitUntil(lambda: _nothing_in_flight(window), timeout=WAIT)  # outcomes on disk

        # A bug whose exception text carries the key, and a header dict, both logged.
        log = logging.getLogger("agent_desktop.ui")
        try:
            raise RuntimeError(f"request failed; Authorization: {key}")
        except RuntimeError:
            log.exception("unexpected error while using %s", key)
            window.errors._hook(*sys.exc_info())
        log.warning("headers were %s", {"Authorization": key})
    finally:
        if window is not None:
            window.close()
            window.shutdown()
        server.stop()
        refusing.stop()
        reset_logging()  # flushes and closes the log file

    assert key in keyring.items.values()  # the keyring has it...
    roots = [isolated_dirs[name] for name in SCANNED]
    read, found = files_holding(roots, key.encode("utf-8"))
    assert found == []  # ...and no file does
    # The scan did read what a session writes, so the check above means something.
    assert paths.settings_file() in read
    assert Outbox().path in read
    assert log_file in read
    text = log_file.read_text(encoding="utf-8")
    assert "unexpected error while using [redacted]" in text
    assert "Authorization" in text and "[redacted]" in text
    assert b"Number must be" in Outbox().path.read_bytes()  # the 422's message is in there


def test_the_scan_finds_a_key_that_is_there(tmp_path):
    key = "k3y-" + uuid.uuid4().hex
    (tmp_path / "deep" / "er").mkdir(parents=True)
    (tmp_path / "deep" / "er" / "leak.bin").write_bytes(b"\x00junk" + key.encode() + b"junk")
    (tmp_path / "clean.txt").write_text("nothing here")
    read, found = files_holding([tmp_path], key.encode())
    assert found == [tmp_path / "deep" / "er" / "leak.bin"]
    assert len(read) == 2
