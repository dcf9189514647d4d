"""Settings → Phone: choosing a desk phone makes the token and shows the lines to paste (token
hidden on screen, whole on Copy), refuses listening on the network with nobody allowed, keeps the
web password in the keyring, and once saved the window listens: the copied lines ring it."""

from __future__ import annotations

import re

import keyring
import pytest
from desk_phones import free_port, phone_get
from PySide6.QtGui import QGuiApplication
from stubs import MemoryKeyring

from agent_desktop.core.calls.book import CallState
from agent_desktop.core.phones.source import SourceState
from agent_desktop.core.settings.secrets import ApiKeyStore

WAIT = 10000
pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


@pytest.fixture
def store(monkeypatch, sandbox) -> ApiKeyStore:
    backend = MemoryKeyring()
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)  # the source reads it too
    made = ApiKeyStore(backend=backend, environ={})
    made.set(sandbox.base_url, "test-key")
    return made


def _open(qtbot, window):
    window.open_settings()
    qtbot.waitUntil(
        lambda: window.settings_dialog is not None and window.settings_dialog.isVisible(),
        timeout=WAIT,
    )
    return window.settings_dialog


def _save(qtbot, dialog) -> None:
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()


def test_choosing_a_desk_phone_shows_its_lines_and_saving_starts_it(
    qtbot, sandbox, make_window, store
):
    window = make_window(sandbox.base_url, key_store=store)
    dialog = _open(qtbot, window)
    group = dialog.phone
    assert group.stack.currentWidget() is group.forms["command"]
    assert store.phone_secret("desk_phone_token") is None  # nothing made until chosen
    group.source.setCurrentIndex(group.source.findData("desk_phone"))
    form = group.forms["desk_phone"]
    assert group.stack.currentWidget() is form
    assert group.status.text() == "Starts when you save."
    qtbot.waitUntil(lambda: form.text() != "", timeout=WAIT)
    token = store.phone_secret("desk_phone_token")
    assert token and token in form.text()
    assert (
        token not in form.lines.toPlainText() and "token=••••••••" in form.lines.toPlainText()
    )  # a screenshot of Settings never carries it
    form.reveal.setChecked(True)
    assert token in form.lines.toPlainText()
    form.reveal.setChecked(False)
    form.vendor.setCurrentIndex(form.vendor.findData("snom"))
    assert form.text().startswith("action_incoming_url: http://")
    form.vendor.setCurrentIndex(form.vendor.findData("yealink"))

    port = free_port()
    form.listen.setText(f"0.0.0.0:{port}")
    _save(qtbot, dialog)
    assert "list the phones' addresses" in dialog.banner.text  # nobody allowed: not saved
    assert dialog.isVisible()
    form.allow.setText("127.0.0.1, 192.168.1.0/24")
    form.password.setText("phone-web-pass")
    form.copy.click()
    copied = QGuiApplication.clipboard().text()
    assert copied == form.text() and f":{port}/yealink/incoming?token={token}&" in copied
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        _save(qtbot, dialog)
    settings = window.session.settings
    assert (settings.phone, settings.desk_phone_listen, settings.desk_phone_allow) == (
        "desk_phone",
        f"0.0.0.0:{port}",
        ["127.0.0.1", "192.168.1.0/24"],
    )
    assert store.phone_secret("desk_phone_password") == "phone-web-pass"
    qtbot.waitUntil(lambda: window.phones.status.state is SourceState.LISTENING, timeout=WAIT)

    # The copied line, as the admin pastes it into the phone (its host is this PC's address;
    # the phone on this test machine reaches it on loopback).
    incoming = copied.splitlines()[0].split(" = ", 1)[1]
    incoming = re.sub(r"^http://[^/]+/", f"http://127.0.0.1:{port}/", incoming)
    assert phone_get(incoming, {"$remote": "sip:0721234567@pbx", "$call_id": "set-1"}) == 200
    qtbot.waitUntil(
        lambda: any(c.state is CallState.RINGING for c in window.calls.book.live()), timeout=WAIT
    )

    dialog = _open(qtbot, window)  # the live status is on the page
    assert dialog.phone.status.text().startswith(f"Listening on 0.0.0.0:{port} · last event ")
    assert "from 127.0.0.1" in dialog.phone.status.text()


def test_a_new_token_replaces_the_old_one(qtbot, sandbox, make_window, store):
    window = make_window(sandbox.base_url, key_store=store, phone="desk_phone")
    dialog = _open(qtbot, window)
    form = dialog.phone.forms["desk_phone"]
    qtbot.waitUntil(lambda: form.text() != "", timeout=WAIT)
    old = store.phone_secret("desk_phone_token")
    form.new_token.click()
    qtbot.waitUntil(lambda: store.phone_secret("desk_phone_token") != old, timeout=WAIT)
    qtbot.waitUntil(lambda: "A new token was made" in form.note.text(), timeout=WAIT)
    new = store.phone_secret("desk_phone_token")
    assert new and new in form.text() and old not in form.text()


def test_a_locked_phone_setting_cannot_be_changed(qtbot, sandbox, make_window, store):
    from agent_desktop.core.settings.settings import Settings
    from agent_desktop.ui.app.memory_stores import MemorySettingsStore

    locked = MemorySettingsStore(
        Settings(
            base_url=sandbox.base_url,
            phone="desk_phone",
            desk_phone_listen="0.0.0.0:8765",
            desk_phone_allow=["10.0.0.0/8"],
        ),
        locked=frozenset({"phone", "desk_phone_listen"}),
    )
    window = make_window(sandbox.base_url, key_store=store, settings_store=locked)
    dialog = _open(qtbot, window)
    assert not dialog.phone.source.isEnabled()
    assert dialog.phone.forms["desk_phone"].listen.isReadOnly()


def test_a_form_not_chosen_is_not_saved(qtbot, sandbox, make_window, store):
    window = make_window(sandbox.base_url, key_store=store)
    dialog = _open(qtbot, window)
    group = dialog.phone
    group.source.setCurrentIndex(group.source.findData("desk_phone"))
    group.forms["desk_phone"].listen.setText("0.0.0.0:")  # half typed, then given up
    group.source.setCurrentIndex(group.source.findData("command"))
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        _save(qtbot, dialog)
    settings = window.session.settings
    assert (settings.phone, settings.desk_phone_listen) == ("command", "127.0.0.1:8765")


@pytest.fixture
def language(qapp):
    from agent_desktop.ui.app.translations import install_translations, remove_translations

    yield lambda code: install_translations(qapp, code)
    remove_translations(qapp)


def _mnemonics_shown(dialog) -> list[str]:
    """The Alt keys of every label, check box and button the dialog shows now."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    keys = []
    for widget in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton):
        found = re.search(r"&(\w)", widget.text().replace("&&", ""))
        if found and widget.isVisibleTo(dialog):
            keys.append(found.group(1).lower())
    return keys


@pytest.mark.parametrize("code", ["en", "de", "fr", "es", "pt_BR", "af"])
def test_no_alt_key_is_shared_in_settings_with_any_phone_chosen(
    qtbot, sandbox, make_window, store, language, code
):
    """Each phone's form shows in the one Settings page with the connection fields: Alt+A went
    to the server address and never to the PBX's. Walked in the real dialog, every language."""
    if code != "en":
        assert language(code) == code
    window = make_window(sandbox.base_url, key_store=store)
    dialog = _open(qtbot, window)
    group = dialog.phone
    for index in range(group.source.count()):
        group.source.setCurrentIndex(index)
        keys = _mnemonics_shown(dialog)
        assert len(keys) > 10
        assert len(keys) == len(set(keys)), (group.source.currentData(), sorted(keys))
    dialog.reject()


def test_a_short_form_leaves_no_room_for_the_tallest(qtbot, sandbox, make_window, store):
    """The phone forms share one stack: Bria's short note kept the desk phone form's height,
    an empty box in the middle of Settings."""
    window = make_window(sandbox.base_url, key_store=store)
    dialog = _open(qtbot, window)
    group = dialog.phone
    group.source.setCurrentIndex(group.source.findData("desk_phone"))
    desk_height = group.stack.sizeHint().height()
    group.source.setCurrentIndex(group.source.findData("bria"))
    assert group.stack.sizeHint().height() < desk_height / 2
    dialog.reject()


@pytest.mark.parametrize("code", ["de", "pseudo"])
def test_settings_never_scroll_sideways_in_a_longer_language(
    qtbot, sandbox, make_window, store, language, code
):
    """In German the global-shortcuts check box and the desk phone's form were wider than the
    dialog: the scroll area moved sideways and cut every label off on the left."""
    from PySide6.QtWidgets import QScrollArea

    assert language(code) == code
    window = make_window(sandbox.base_url, key_store=store)
    dialog = _open(qtbot, window)
    scroll = dialog.findChild(QScrollArea)
    group = dialog.phone
    for kind in ("command", "desk_phone", "asterisk", "bria"):
        group.source.setCurrentIndex(group.source.findData(kind))
        qtbot.waitUntil(lambda: scroll.widget().width() <= scroll.viewport().width(), timeout=WAIT)
        assert scroll.horizontalScrollBar().maximum() == 0, kind
    dialog.reject()
