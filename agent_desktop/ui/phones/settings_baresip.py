"""The phone page's form for baresip: where its ctrl_tcp listens, and the lines its `config`
needs for that (the README's "baresip" recipe, with the address typed here)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QWidget

from agent_desktop.core.settings.settings import Settings, validate_field
from agent_desktop.ui.common.core_texts import tr_error

DEFAULT_ADDRESS = "127.0.0.1:4444"


def _tr(text: str) -> str:
    return QCoreApplication.translate("BaresipSettings", text)


def config_lines(address: str) -> str:
    """What baresip's `config` (~/.baresip/config) needs for this app to connect."""
    return f"module_app ctrl_tcp.so\nctrl_tcp_listen {address or DEFAULT_ADDRESS}"


class BaresipForm(QWidget):
    def __init__(
        self,
        settings: Settings,
        locked: Callable[[QWidget, str], QWidget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.address = QLineEdit(settings.baresip_address, self)
        self.address.setPlaceholderText(DEFAULT_ADDRESS)
        self.address.setAccessibleName(_tr("baresip address"))
        self.address.setToolTip(
            _tr(
                "Where baresip's ctrl_tcp module listens (HOST:PORT). Keep it on 127.0.0.1: "
                "ctrl_tcp has no password, and whoever reaches it can place calls."
            )
        )
        self.help = QLabel(
            _tr(
                "Add these lines to baresip's config file (~/.baresip/config), "
                "then restart baresip:"
            ),
            self,
        )
        self.help.setWordWrap(True)
        self.lines = QLabel(self)
        self.lines.setTextFormat(Qt.TextFormat.PlainText)  # typed text is never markup
        self.lines.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.lines.setAccessibleName(_tr("Lines for baresip's config"))
        self.address.textChanged.connect(self._show_lines)
        self._show_lines()
        form = self.form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(_tr("&baresip address"), locked(self.address, "baresip_address"))
        form.addRow(self.help)
        form.addRow(self.lines)

    def _show_lines(self) -> None:
        self.lines.setText(config_lines(self.address.text().strip()))

    def values(self) -> dict[str, object]:
        return {"baresip_address": self.address.text().strip() or DEFAULT_ADDRESS}

    def problem(self) -> str:
        """A sentence when the address cannot work, else ""."""
        try:
            validate_field("baresip_address", self.address.text().strip() or DEFAULT_ADDRESS)
        except ValueError as exc:
            return _tr("baresip address %1.").replace("%1", tr_error(exc))
        return ""
