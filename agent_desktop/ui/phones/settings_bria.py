"""The phone page's form for Bria: nothing to type (its Desktop API is always on this computer,
at a fixed address), only what the agent does once in Bria to let this app in."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFormLayout, QWidget

from agent_desktop.core.settings.settings import Settings
from agent_desktop.ui.common.widgets import plain_label


def _tr(text: str) -> str:
    return QCoreApplication.translate("BriaSettings", text)


class BriaForm(QWidget):
    def __init__(
        self,
        settings: Settings,
        locked: Callable[[QWidget, str], QWidget],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.help = plain_label(
            _tr(
                "Bria (Windows or Mac, a paid edition) tells this app about its calls through its "
                "Desktop API on this computer. The first time, Bria shows a notification: open "
                "Bria's Notification tab and click Allow Access. Answer, End call and dialling "
                "then go to Bria."
            ),
            self,
        )
        self.help.setWordWrap(True)
        form = self.form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.help)
