"""The settings dialog: first-run explanation, saving through the stores, keyring trouble, locks."""

from __future__ import annotations

import pytest

from agent_desktop.core.settings.secrets import KeyringStatus, KeyringUnavailable
from agent_desktop.core.settings.settings import Settings, SettingsStore
from agent_desktop.ui.app.memory_stores import MemoryKeyStore, MemorySettingsStore
from agent_desktop.ui.window.status import ConnectionState

# Opening a dialog on the offscreen platform (no window manager) makes Qt say so.
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


class NoKeyring(MemoryKeyStore):
    def status(self):
        return KeyringStatus(
            False, "fail Keyring", "No system keyring was found. Install GNOME Keyring."
        )

    def set(self, base_url, api_key):
        raise KeyringUnavailable("No system keyring was found. Install GNOME Keyring.")


def _dialog(qtbot, window):
    qtbot.waitUntil(
        lambda: window.settings_dialog is not None and window.settings_dialog.isVisible(),
        timeout=5000,
    )
    return window.settings_dialog


def test_first_start_without_settings_explains_where_the_key_comes_from(
    qtbot, sandbox, make_window
):
    keys = MemoryKeyStore()
    window = make_window("", key=None, key_store=keys)
    assert window.state_indicator.state is ConnectionState.NOT_CONFIGURED
    dialog = _dialog(qtbot, window)
    assert "API / Developers" in dialog.intro.text and "API Keys" in dialog.intro.text
    assert dialog.base_url.text() == "https://app.switchtransact.com/api/1.0"
    qtbot.waitUntil(lambda: "memory" in dialog.key_status.text(), timeout=3000)

    dialog.base_url.setText(sandbox.base_url)
    dialog.api_key.setText("test-key")
    assert dialog.api_key.echoMode() == dialog.api_key.EchoMode.Password
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert keys.get(sandbox.base_url) == "test-key"
    assert window.session.configured and window.session.key_source == "keyring"
    qtbot.waitUntil(lambda: window.state_indicator.state is ConnectionState.CONNECTED, timeout=5000)


def test_without_a_keyring_the_key_can_be_used_for_this_session_only(qtbot, sandbox, make_window):
    keys = NoKeyring()
    window = make_window(sandbox.base_url, key=None, key_store=keys)
    dialog = _dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.session_only.isVisible(), timeout=3000)
    assert "GNOME Keyring" in dialog.key_status.text()
    assert dialog.session_only.isChecked()
    dialog.api_key.setText("test-key")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert window.session.api_key == "test-key" and window.session.key_source == "session"


def test_keyring_refusal_is_shown_and_nothing_is_lost(qtbot, sandbox, make_window):
    keys = NoKeyring()
    window = make_window(sandbox.base_url, key=None, key_store=keys)
    dialog = _dialog(qtbot, window)
    qtbot.waitUntil(lambda: dialog.session_only.isVisible(), timeout=3000)
    dialog.session_only.setChecked(False)
    dialog.api_key.setText("test-key")
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    qtbot.waitUntil(lambda: dialog.banner.isVisible(), timeout=5000)
    assert "keyring" in dialog.banner.text.lower()
    assert dialog.isVisible() and dialog.api_key.text() == "test-key"


def test_locked_settings_are_read_only_with_a_note(qtbot, sandbox, make_window):
    store = MemorySettingsStore(
        Settings(base_url=sandbox.base_url), locked=frozenset({"base_url", "region"})
    )
    window = make_window(sandbox.base_url, settings_store=store)
    window.open_settings()
    dialog = _dialog(qtbot, window)
    assert dialog.base_url.isReadOnly()
    assert not dialog.region.isEnabled()
    assert "administrator" in dialog.base_url.toolTip()
    assert not dialog.first.isReadOnly()


def test_test_connection_shows_the_diagnosis_steps(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    window.open_settings()
    dialog = _dialog(qtbot, window)
    dialog.api_key.setText("wrong-key")
    dialog.connection_test.button.click()
    qtbot.waitUntil(lambda: dialog.connection_test.result.isVisible(), timeout=10000)
    text = dialog.connection_test.result.text()
    assert "✗" in text and "API key" in text and "wrong-key" not in text


def test_saving_writes_the_real_settings_file_on_a_worker(qtbot, sandbox, make_window, tmp_path):
    path = tmp_path / "settings.toml"
    store = SettingsStore(user_file=path, site_file=tmp_path / "none.toml", environ={})
    window = make_window(sandbox.base_url, settings_store=store)
    assert window.session.settings.base_url == ""  # the file does not exist yet
    dialog = _dialog(qtbot, window)
    dialog.base_url.setText(sandbox.base_url + "/")
    dialog.api_key.setText("test-key")
    dialog.first.setText("Thabo")
    dialog.auto_send.setValue(10)
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    loaded = store.load().settings
    assert loaded.base_url == sandbox.base_url
    assert loaded.agent_first_name == "Thabo" and loaded.auto_send_seconds == 10
    assert "test-key" not in path.read_text()


def test_a_command_line_address_is_for_this_session_and_not_saved(
    qtbot, sandbox, make_window, tmp_path
):
    path = tmp_path / "settings.toml"
    path.write_text('base_url = "https://app.switchtransact.com/api/1.0"\n', encoding="utf-8")
    store = SettingsStore(user_file=path, site_file=tmp_path / "none.toml", environ={})
    key_store = MemoryKeyStore({})
    window = make_window(
        sandbox.base_url,
        settings_store=store,
        key_store=key_store,
        ctx_overrides={"base_url_override": sandbox.base_url},
    )
    assert window.session.settings.base_url == sandbox.base_url
    window.open_settings()
    dialog = _dialog(qtbot, window)
    assert dialog.base_url.isReadOnly()
    assert "command line" in dialog.base_url.toolTip()
    dialog.api_key.setText("test-key")
    dialog.first.setText("Adaline")
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    saved = store.load().settings
    assert saved.agent_first_name == "Adaline"
    assert saved.base_url == "https://app.switchtransact.com/api/1.0"  # the file's own address
    assert window.session.settings.base_url == sandbox.base_url  # this session keeps the override
    assert key_store.get(sandbox.base_url) == "test-key"  # the key goes with the address in use


def test_a_command_line_address_does_not_beat_the_administrators_lock(
    qtbot, sandbox, make_window, tmp_path
):
    site = tmp_path / "site.toml"
    site.write_text(f'base_url = "{sandbox.base_url}"\nlocked = ["base_url"]\n', encoding="utf-8")
    store = SettingsStore(user_file=tmp_path / "settings.toml", site_file=site, environ={})
    window = make_window(
        sandbox.base_url,
        settings_store=store,
        ctx_overrides={"base_url_override": "http://127.0.0.1:9/api/1.0"},
    )
    assert window.session.settings.base_url == sandbox.base_url


def test_the_softphone_settings_are_checked_saved_and_used_at_once(qtbot, sandbox, make_window):
    store = MemorySettingsStore(Settings(base_url=sandbox.base_url))
    window = make_window(sandbox.base_url, settings_store=store)
    window.open_settings()
    dialog = _dialog(qtbot, window)
    group = dialog.softphone
    group.dial_command.setText("microsip.exe")  # no place for the number
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.banner.text.startswith("Dial command should contain {number} or {e164}")
    assert dialog.isVisible()
    group.dial_command.setText('"C:\\Program Files\\MicroSIP\\microsip.exe" {number}')
    group.on_ring.setCurrentIndex(group.on_ring.findData("notify"))
    group.missed.setCurrentIndex(group.missed.findData("review"))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    saved = store.load().settings
    assert (saved.dial_command, saved.on_ring, saved.missed_calls) == (
        '"C:\\Program Files\\MicroSIP\\microsip.exe" {number}',
        "notify",
        "review",
    )
    controller = window.controller
    assert controller.dialing.dialer.dial_command == saved.dial_command
    assert controller.alert.mode == "notify"
    assert window.calls.book.missed_calls.value == "review"


def test_global_shortcuts_are_recorded_checked_saved_and_said(
    qtbot, sandbox, make_window, monkeypatch
):
    from PySide6.QtGui import QKeySequence

    monkeypatch.delenv("DISPLAY", raising=False)  # no X server: the window must say so
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    store = MemorySettingsStore(Settings(base_url=sandbox.base_url))
    window = make_window(sandbox.base_url, settings_store=store)
    window.open_settings()
    dialog = _dialog(qtbot, window)
    group = dialog.shortcuts
    assert not group.enabled.isChecked() and not group.answer.isEnabled()
    assert group.answer.keySequence() == QKeySequence("Ctrl+Shift+F9")
    assert group.send.keySequence() == QKeySequence("Ctrl+Shift+Return")
    assert "F9 and Ctrl+Return work while Agent Desktop has the keyboard" in group.status.text()
    group.enabled.setChecked(True)
    assert group.answer.isEnabled()
    save = dialog.buttons.button(dialog.buttons.StandardButton.Save)
    for bad, words in (
        ("F9", "cannot be a global shortcut"),
        ("Ctrl+Alt+F9", "switches the Linux console"),
        ("Ctrl+Shift+Return", "must be different keys"),
    ):
        group.answer.setKeySequence(QKeySequence(bad))
        save.click()
        assert words in dialog.banner.text, bad
        assert dialog.isVisible()
    group.answer.setKeySequence(QKeySequence("Ctrl+Alt+Shift+F9"))
    with qtbot.waitSignal(dialog.saved, timeout=5000):
        save.click()
    saved = store.load().settings
    assert (saved.global_shortcuts, saved.global_answer_keys, saved.global_send_keys) == (
        True,
        "Ctrl+Alt+Shift+F9",
        "Ctrl+Shift+Return",
    )
    banner = window.global_keys.banner
    qtbot.waitUntil(banner.isVisible, timeout=5000)
    assert "no X11 display" in banner.text


def test_global_shortcuts_can_be_locked_by_the_administrator(qtbot, sandbox, make_window):
    store = MemorySettingsStore(
        Settings(base_url=sandbox.base_url),
        locked=frozenset({"global_shortcuts", "global_answer_keys"}),
    )
    window = make_window(sandbox.base_url, settings_store=store)
    window.open_settings()
    dialog = _dialog(qtbot, window)
    group = dialog.shortcuts
    assert not group.enabled.isEnabled() and not group.answer.isEnabled()
    assert "administrator" in group.enabled.toolTip()
    assert not group.send.isEnabled()  # follows the (locked) switch, which is off
