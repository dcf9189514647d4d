"""The Settings dialog's form for phone = "asterisk": where the PBX's manager interface is, the
AMI user and the agent's extension, and the AMI secret, which goes to the keyring (never the
settings file) when the dialog saves. One of ui/phones/phone_settings.py's per-source forms."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QCheckBox, QFormLayout, QLineEdit, QWidget

from agent_desktop.core.settings.settings import Settings, validate_field
from agent_desktop.ui.common.core_texts import tr_error

SECRET_NAME = "asterisk_secret"  # the keyring name core/phones/asterisk/source.py reads


def _tr(text: str) -> str:
    return QCoreApplication.translate("AsteriskSettings", text)


class AsteriskSettingsForm(QWidget):
    def __init__(
        self,
        settings: Settings,
        locked: Callable[[QWidget, str], QWidget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.address = QLineEdit(settings.asterisk_address, self)
        # An example address: translated only where another example domain reads better.
        self.address.setPlaceholderText(_tr("pbx.example:5038"))
        self.address.setToolTip(
            _tr(
                "The PBX's manager interface (AMI): its name or address and port, 5038 (5039 "
                "with TLS)."
            )
        )
        self.tls = QCheckBox(_tr("Use TLS, c&hecked against this computer's certificates"), self)
        self.tls.setChecked(settings.asterisk_tls)
        self.user = QLineEdit(settings.asterisk_user, self)
        self.user.setToolTip(_tr("The user your administrator created in manager.conf."))
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setPlaceholderText(_tr("Leave empty to keep the stored secret"))
        self.secret.setToolTip(_tr("Kept in the system keyring, never in the settings file."))
        self.extension = QLineEdit(settings.asterisk_extension, self)
        self.extension.setPlaceholderText("201")
        self.extension.setToolTip(
            _tr(
                "Your own extension: the calls of its phones (PJSIP/201, SIP/201, queue members "
                "Local/201@…) are yours."
            )
        )
        self.dial_context = QLineEdit(settings.asterisk_dial_context, self)
        self.dial_context.setToolTip(
            _tr(
                "Where the PBX dials a number for click-to-dial, as if dialled on your phone "
                "(FreePBX: from-internal)."
            )
        )
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(_tr("&PBX address"), locked(self.address, "asterisk_address"))
        self.form.addRow("", locked(self.tls, "asterisk_tls"))
        self.form.addRow(_tr("AM&I user"), locked(self.user, "asterisk_user"))
        self.form.addRow(_tr("AMI se&cret"), self.secret)
        self.form.addRow(_tr("&Your extension"), locked(self.extension, "asterisk_extension"))
        self.form.addRow(_tr("Dial co&ntext"), locked(self.dial_context, "asterisk_dial_context"))

    def values(self) -> dict[str, object]:
        return {
            "asterisk_address": self.address.text().strip(),
            "asterisk_tls": self.tls.isChecked(),
            "asterisk_user": self.user.text().strip(),
            "asterisk_extension": self.extension.text().strip(),
            "asterisk_dial_context": self.dial_context.text().strip() or "from-internal",
        }

    def secrets(self) -> dict[str, str]:
        """What to store in the keyring when the dialog saves (on its worker, beside the API
        key: ApiKeyStore.set_phone_secret(name, value)); empty when the field was left empty."""
        typed = self.secret.text()
        return {SECRET_NAME: typed} if typed.strip() else {}

    def problem(self) -> str:
        """A sentence for the first value that cannot work, else ""."""
        labels = {
            "asterisk_address": _tr("PBX address"),
            "asterisk_user": _tr("AMI user"),
            "asterisk_extension": _tr("Your extension"),
            "asterisk_dial_context": _tr("Dial context"),
        }
        values = self.values()
        for name, label in labels.items():
            try:
                validate_field(name, values[name])
            except ValueError as exc:
                return f"{label} {tr_error(exc)}"
        return ""
