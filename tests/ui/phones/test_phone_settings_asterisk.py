"""The Asterisk form of the Settings dialog, alone: it shows the settings, gives them back as
typed, keeps the secret out of the values (it goes to the keyring), and says what cannot work."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit, QWidget

from agent_desktop.core.settings.settings import Settings
from agent_desktop.ui.phones.settings_asterisk import AsteriskSettingsForm

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support")


def unlocked(widget: QWidget, name: str) -> QWidget:
    return widget


def test_it_shows_the_settings_and_gives_back_what_was_typed(qtbot):
    form = AsteriskSettingsForm(
        Settings(
            asterisk_address="pbx.example:5038", asterisk_user="agentdesk", asterisk_extension="201"
        ),
        unlocked,
    )
    qtbot.addWidget(form)
    assert (
        form.address.text(),
        form.user.text(),
        form.extension.text(),
        form.dial_context.text(),
        form.tls.isChecked(),
    ) == ("pbx.example:5038", "agentdesk", "201", "from-internal", False)
    form.address.setText(" pbx.example:5039 ")
    form.tls.setChecked(True)
    form.extension.setText("305")
    form.secret.setText("s3cret-Ami")
    values = form.values()
    assert values == {
        "asterisk_address": "pbx.example:5039",
        "asterisk_tls": True,
        "asterisk_user": "agentdesk",
        "asterisk_extension": "305",
        "asterisk_dial_context": "from-internal",
    }
    assert "s3cret-Ami" not in repr(values)  # never in the settings file
    assert form.secrets() == {"asterisk_secret": "s3cret-Ami"}
    assert form.secret.echoMode() is QLineEdit.EchoMode.Password
    assert form.problem() == ""


def test_an_empty_secret_field_keeps_the_stored_one(qtbot):
    form = AsteriskSettingsForm(Settings(), unlocked)
    qtbot.addWidget(form)
    assert form.secrets() == {}
    form.secret.setText("   ")
    assert form.secrets() == {}


@pytest.mark.parametrize(
    ("field", "text", "said"),
    [
        ("address", "pbx.example", "PBX address should be a host and a port"),
        ("extension", "201; drop", "Your extension should be one word"),
        ("user", "agent desk", "AMI user should be one word"),
    ],
)
def test_what_cannot_work_is_said(qtbot, field, text, said):
    form = AsteriskSettingsForm(Settings(), unlocked)
    qtbot.addWidget(form)
    getattr(form, field).setText(text)
    assert form.problem().startswith(said)


def test_locked_settings_go_through_the_dialogs_lock(qtbot):
    seen: list[str] = []

    def lock(widget: QWidget, name: str) -> QWidget:
        seen.append(name)
        widget.setEnabled(False)
        return widget

    form = AsteriskSettingsForm(Settings(), lock)
    qtbot.addWidget(form)
    assert seen == [
        "asterisk_address",
        "asterisk_tls",
        "asterisk_user",
        "asterisk_extension",
        "asterisk_dial_context",
    ]
    assert not form.address.isEnabled() and form.secret.isEnabled()
