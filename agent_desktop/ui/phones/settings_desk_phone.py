"""Settings → Phone, for a desk phone: where the window listens, who may send, the lines to paste
into the phone (with a Copy button and a New token button), and the phone's own address, web
user and password for dialling through it.

The token and the password live in the keyring; reading and writing them, and finding this PC's
address, run on a worker. The lines are shown with the token hidden (a screenshot of Settings
must not carry it); Copy copies them whole.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

import shiboken6
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.core.settings.settings import Settings
from agent_desktop.qt.tasks import TaskRunner
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.core_texts import tr_error
from agent_desktop.ui.common.widgets import plain_label

PASSWORD_NAME = "desk_phone_password"
VENDOR_NAMES = (
    ("yealink", "Yealink / Fanvil / Htek / Akuvox"),
    ("snom", "Snom"),
    ("grandstream", "Grandstream"),
    ("poly", "Poly / Polycom"),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("PhoneSettings", text)


@runtime_checkable
class PhoneSecrets(Protocol):
    """The keyring's phone secrets (core/settings/secrets.py ApiKeyStore;
    ui/app/memory_stores.py)."""

    def phone_secret(self, name: str) -> str | None: ...

    def set_phone_secret(self, name: str, value: str) -> None: ...


def _token_and_address(secrets: PhoneSecrets, settings: Settings, replace: bool) -> tuple[str, str]:
    """Worker: the token (made and stored when there is none, or when replacing), and this
    PC's address as the phone would reach it."""
    from agent_desktop.core.phones.desk_phone import setup

    token = setup.ensure_token(secrets.phone_secret, secrets.set_phone_secret, replace)
    try:
        address = setup.pc_address(settings)
    except ValueError:  # the listen address is being edited: find ours anyway
        address = setup.this_pc_address(settings.desk_phone_address)
    return token, address


class DeskPhoneForm(QWidget):
    def __init__(
        self,
        settings: Settings,
        locked: Callable[[QWidget, str], QWidget],
        parent: QWidget | None = None,
        *,
        runner: TaskRunner | None = None,
        secrets: PhoneSecrets | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._runner = runner
        self._secrets = secrets
        self._token = ""
        self._address = ""
        self._asked = False
        self.listen = QLineEdit(settings.desk_phone_listen, self)
        self.listen.setAccessibleName(_tr("Listen on"))
        self.listen.setToolTip(
            _tr(
                "Address and port this computer listens on for the phone's "
                "requests. 127.0.0.1 takes only this computer; 0.0.0.0 "
                "takes the network (then list the phones below)."
            )
        )
        self.allow = QLineEdit(", ".join(settings.desk_phone_allow), self)
        self.allow.setAccessibleName(_tr("Phones allowed"))
        self.allow.setPlaceholderText(_tr("e.g. 192.168.1.50 or 192.168.1.0/24"))
        self.allow.setToolTip(
            _tr(
                "Only requests from these addresses or networks are taken; "
                "others are refused and counted."
            )
        )
        self.vendor = QComboBox(self)
        for value, name in VENDOR_NAMES:
            self.vendor.addItem(name, value)
        self.vendor.setCurrentIndex(max(0, self.vendor.findData(settings.desk_phone_vendor)))
        self.vendor.setAccessibleName(_tr("Phone make"))
        self.lines = QPlainTextEdit(self)
        self.lines.setReadOnly(True)
        self.lines.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.lines.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.lines.setFixedHeight(self.lines.fontMetrics().lineSpacing() * 5 + 16)
        self.lines.setAccessibleName(_tr("Lines to paste into the phone"))
        self.reveal = QCheckBox(_tr("Show the token"), self)
        self.copy = QPushButton(_tr("Cop&y"), self)
        self.copy.setToolTip(_tr("Copy the lines, token included, to paste into the phone"))
        self.new_token = QPushButton(_tr("New token"), self)
        self.new_token.setToolTip(
            _tr(
                "Make a new secret token: the phone's old lines stop "
                "working until the new ones are pasted"
            )
        )
        self.note = plain_label("", self)
        self.note.setWordWrap(True)
        self.note.setFont(theme.small_font(self.font()))
        theme.set_secondary(self.note)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addWidget(self.reveal)
        buttons.addStretch(1)
        buttons.addWidget(self.copy)
        buttons.addWidget(self.new_token)
        lines_box = QWidget(self)
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_layout.setSpacing(4)
        lines_layout.addWidget(self.lines)
        lines_layout.addLayout(buttons)
        lines_layout.addWidget(self.note)

        self.address = QLineEdit(settings.desk_phone_address, self)
        self.address.setAccessibleName(_tr("Phone's address"))
        self.address.setPlaceholderText(_tr("e.g. 192.168.1.50, for dialling from here"))
        self.user = QLineEdit(settings.desk_phone_user, self)
        self.user.setAccessibleName(_tr("Phone's web user"))
        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(_tr("Phone's web password"))
        self.password.setPlaceholderText(_tr("Unchanged (kept in the system keyring)"))

        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(_tr("L&isten on"), locked(self.listen, "desk_phone_listen"))
        self.form.addRow(_tr("&Phones allowed"), locked(self.allow, "desk_phone_allow"))
        self.form.addRow(_tr("P&hone make"), locked(self.vendor, "desk_phone_vendor"))
        self.form.addRow(_tr("Lines to paste"), lines_box)
        self.form.addRow(_tr("Pho&ne's address"), locked(self.address, "desk_phone_address"))
        self.form.addRow(_tr("We&b user"), locked(self.user, "desk_phone_user"))
        self.form.addRow(_tr("Web password"), self.password)

        self.vendor.currentIndexChanged.connect(lambda _i: self._show_lines())
        self.listen.textChanged.connect(lambda _t: self._show_lines())
        self.reveal.toggled.connect(lambda _on: self._show_lines())
        self.copy.clicked.connect(self._copy)
        self.new_token.clicked.connect(lambda: self._load(replace=True))
        self._show_lines()

    # --- the lines ------------------------------------------------------------------------------

    def activate(self) -> None:
        """Shown for the first time (desk phone chosen): read or make the token."""
        if not self._asked:
            self._asked = True
            self._load(replace=False)

    def _load(self, replace: bool) -> None:
        if self._runner is None or self._secrets is None:
            self.note.setText(
                _tr(
                    "The token is kept in the system keyring; run "
                    "“agent-desktop phone setup” to see the lines."
                )
            )
            return
        self.new_token.setEnabled(False)
        settings = self._current()
        task = self._runner.run(
            _token_and_address, self._secrets, settings, replace, name="desk-phone-token"
        )
        task.finished.connect(lambda found: self._loaded(found, replace))
        task.failed.connect(self._failed)

    def _loaded(self, found: object, replaced: bool) -> None:
        if not shiboken6.isValid(self.new_token):  # the dialog closed before the keyring answered
            return
        self.new_token.setEnabled(True)
        if not isinstance(found, tuple):
            return
        self._token, self._address = str(found[0]), str(found[1])
        self._show_lines()
        if replaced:
            self.note.setText(
                _tr(
                    "A new token was made. Paste the new lines into the phone: "
                    "the old ones are refused from now on."
                )
            )

    def _failed(self, error: object) -> None:
        if not shiboken6.isValid(self.new_token):
            return
        self.new_token.setEnabled(True)
        why = tr_error(error) if isinstance(error, BaseException) else str(error)
        self.note.setText(_tr("The token cannot be kept: %1").replace("%1", why))

    def _current(self) -> Settings:
        from dataclasses import replace

        return replace(
            self._settings,
            desk_phone_listen=self.listen.text().strip(),
            desk_phone_address=self.address.text().strip(),
        )

    def text(self, hidden: bool = False) -> str:
        """The lines for the chosen make; "" until the token is known."""
        from agent_desktop.core.phones.desk_phone.setup import setup_lines
        from agent_desktop.core.settings.settings import listen_host_port

        if not self._token:
            return ""
        try:
            _host, port = listen_host_port(self.listen.text().strip())
        except ValueError:
            return ""
        token = "•" * 8 if hidden else self._token
        vendor = self.vendor.currentData() or "yealink"
        return "\n".join(setup_lines(vendor, self._address, port, token))

    def _show_lines(self) -> None:
        text = self.text(hidden=not self.reveal.isChecked())
        if text:
            self.lines.setPlainText(text)
        elif self._token:
            self.lines.setPlainText(_tr("The address to listen on should be like 0.0.0.0:8765."))
        self.copy.setEnabled(bool(self.text()))

    def _copy(self) -> None:
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.text())
        self.note.setText(_tr("Copied. Paste the lines into the phone's configuration."))

    # --- values -------------------------------------------------------------------------------

    def _allowed(self) -> list[str]:
        return [part for part in self.allow.text().replace(",", " ").split() if part]

    def values(self) -> dict[str, object]:
        allow = self._allowed()
        return {
            "desk_phone_listen": self.listen.text().strip(),
            "desk_phone_allow": allow,
            "desk_phone_vendor": self.vendor.currentData() or "yealink",
            "desk_phone_address": self.address.text().strip(),
            "desk_phone_user": self.user.text().strip(),
        }

    def secrets(self) -> dict[str, str]:
        """Secrets to store on save: the password when one was typed."""
        password = self.password.text()
        return {PASSWORD_NAME: password} if password else {}

    def problem(self) -> str:
        """A sentence when a value cannot work, else ""."""
        from agent_desktop.core.settings.settings import validate_field

        values = self.values()
        names = {
            "desk_phone_listen": _tr("Listen on"),
            "desk_phone_allow": _tr("Phones allowed"),
            "desk_phone_address": _tr("Phone's address"),
        }
        for key, label in names.items():
            try:
                validate_field(key, values[key])
            except ValueError as exc:
                return f"{label}: {tr_error(exc)}."
        from agent_desktop.core.phones.desk_phone.source import NotConfigured, listen_config

        try:
            listen_config(
                Settings(
                    desk_phone_listen=self.listen.text().strip(), desk_phone_allow=self._allowed()
                )
            )
        except NotConfigured:
            return _tr(
                "Phones allowed: list the phones' addresses (or their network) when "
                "listening beyond this computer."
            )
        return ""
