"""The Settings dialog's Softphone group: the dial command, what a ring does, and missed calls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from agent_desktop.core.settings import Settings


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class SoftphoneGroup(QGroupBox):
    def __init__(self, settings: Settings, locked: Callable[[QWidget, str], QWidget],
                 parent: QWidget | None = None) -> None:
        super().__init__(_tr("Softphone"), parent)
        self.dial_command = QLineEdit(settings.dial_command, self)
        self.dial_command.setPlaceholderText('"C:\\Program Files\\MicroSIP\\microsip.exe" {number}')
        self.dial_command.setAccessibleName(_tr("Dial command"))
        self.dial_command.setToolTip(_tr(
            "The softphone's command line for click-to-dial: {number} (as stored) or {e164} "
            "(+27721234567) where the number goes. Empty: phone links go to the system."))
        self.on_ring = QComboBox(self)
        self.on_ring.addItem(_tr("Bring the window forward (keeps your typing)"), "raise")
        self.on_ring.addItem(_tr("Show a notification"), "notify")
        self.on_ring.setCurrentIndex(max(0, self.on_ring.findData(settings.on_ring)))
        self.on_ring.setAccessibleName(_tr("When the phone rings"))
        self.missed = QComboBox(self)
        self.missed.addItem(_tr("Log them without review"), "log")
        self.missed.addItem(_tr("Keep them for review"), "review")
        self.missed.addItem(_tr("Do not log them (ring-all queues)"), "ignore")
        self.missed.setCurrentIndex(max(0, self.missed.findData(settings.missed_calls)))
        self.missed.setAccessibleName(_tr("Calls nobody answered"))
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(_tr("&Dial command"), locked(self.dial_command, "dial_command"))
        self.form.addRow(_tr("&When it rings"), locked(self.on_ring, "on_ring"))
        self.form.addRow(_tr("&Missed calls"), locked(self.missed, "missed_calls"))

    def values(self) -> dict[str, str]:
        return {"dial_command": self.dial_command.text().strip(),
                "on_ring": self.on_ring.currentData() or "raise",
                "missed_calls": self.missed.currentData() or "log"}

    def problem(self) -> str:
        """A sentence when the dial command cannot work, else ""."""
        from agent_desktop.core.settings import validate_field

        try:
            validate_field("dial_command", self.dial_command.text().strip())
        except ValueError as exc:
            return _tr("Dial command %1.").replace("%1", str(exc))
        return ""
