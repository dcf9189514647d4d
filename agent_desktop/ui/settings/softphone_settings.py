"""The Settings dialog's Softphone group: the dial command, what a ring does, and missed calls."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLineEdit, QWidget

from agent_desktop.core.settings.choices import MissedCalls, OnRing
from agent_desktop.core.settings.settings import Settings
from agent_desktop.ui.common.core_texts import tr_error


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


class SoftphoneGroup(QGroupBox):
    def __init__(
        self,
        settings: Settings,
        locked: Callable[[QWidget, str], QWidget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_tr("Softphone"), parent)
        self.dial_command = QLineEdit(settings.dial_command, self)
        # A Windows path: translated only where Windows spells the folder differently.
        self.dial_command.setPlaceholderText(
            _tr('"C:\\Program Files\\MicroSIP\\microsip.exe" {number}')
        )
        self.dial_command.setAccessibleName(_tr("Dial command"))
        self.dial_command.setToolTip(
            _tr(
                "The softphone's command line for click-to-dial: {number} (as stored) or {e164} "
                "(+27721234567) where the number goes. Empty: phone links go to the system."
            )
        )
        self.on_ring = QComboBox(self)
        self.on_ring.addItem(
            _tr("Bring the window forward (keeps your typing)"), OnRing.RAISE.value
        )
        self.on_ring.addItem(_tr("Show a notification"), OnRing.NOTIFY.value)
        self.on_ring.setCurrentIndex(max(0, self.on_ring.findData(settings.on_ring.value)))
        self.on_ring.setAccessibleName(_tr("When the phone rings"))
        self.missed = QComboBox(self)
        self.missed.addItem(_tr("Log them without review"), MissedCalls.LOG.value)
        self.missed.addItem(_tr("Keep them for review"), MissedCalls.REVIEW.value)
        self.missed.addItem(_tr("Do not log them (ring-all queues)"), MissedCalls.IGNORE.value)
        self.missed.addItem(
            _tr("Log them unless a colleague answered (PBX source)"), MissedCalls.MINE.value
        )
        self.missed.setCurrentIndex(max(0, self.missed.findData(settings.missed_calls.value)))
        self.missed.setAccessibleName(_tr("Calls nobody answered"))
        for combo in (self.on_ring, self.missed):
            # A long choice (in a longer language) must not widen the dialog past its width:
            # the field shows what fits, the open list shows it all.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(16)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(_tr("&Dial command"), locked(self.dial_command, "dial_command"))
        self.form.addRow(_tr("&When it rings"), locked(self.on_ring, "on_ring"))
        self.form.addRow(_tr("&Missed calls"), locked(self.missed, "missed_calls"))

    def values(self) -> dict[str, object]:
        # The combos hold the choices' words (Qt keeps a plain str as it is).
        return {
            "dial_command": self.dial_command.text().strip(),
            "on_ring": OnRing(self.on_ring.currentData() or OnRing.RAISE),
            "missed_calls": MissedCalls(self.missed.currentData() or MissedCalls.LOG),
        }

    def problem(self) -> str:
        """A sentence when the dial command cannot work, else ""."""
        from agent_desktop.core.settings.settings import validate_field

        try:
            validate_field("dial_command", self.dial_command.text().strip())
        except ValueError as exc:
            return _tr("Dial command %1.").replace("%1", tr_error(exc))
        return ""
