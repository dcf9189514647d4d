"""The middle of the window while the call in hand has no contact yet and is not unknown: its
lookup is running (or failed and is asked again), or several records share its number and the
agent picks one. It never shows another call's or the last search's contact, and nothing on it
links on Enter until the agent moved to the picker."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from agent_desktop.core.calls.book import Call, Lookup
from agent_desktop.ui.calls.call_texts import display
from agent_desktop.ui.calls.caller_picker import CallerPicker
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.widgets import page_layout, plain_label


class CallerChoice(QWidget):
    picked = Signal(str, object)  # call id, Contact

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.call_id = ""
        self.title = plain_label("", self)  # quotes the softphone's number
        self.title.setFont(theme.scaled_font(self.font(), 1.35, bold=True))
        self.title.setWordWrap(True)
        self.state = plain_label("", self)
        self.state.setWordWrap(True)
        theme.set_secondary(self.state)
        self.picker = CallerPicker(self, max_rows=6)
        self.picker.picked.connect(self.picked)
        layout = page_layout(self, self.title)
        layout.addWidget(self.state)
        layout.addWidget(self.picker)
        layout.addStretch(1)

    def show_call(self, call: Call, region: str) -> None:
        """What is known of `call`'s caller: still looking, looking again, or the choice."""
        self.call_id = call.id
        number = display(call.number, region)
        self.title.setText(self.tr("Call with %1").replace("%1", number))
        several = call.contact is None and len(call.matches) > 1
        if several:
            self.state.setText(
                self.tr(
                    "%1 contacts share this number. Pick the caller to link them to this call."
                ).replace("%1", str(len(call.matches)))
            )
            if self.picker.call_id != call.id or self.picker.contacts() != list(call.matches):
                self.picker.set_matches(call.id, list(call.matches), region, call.number)
        elif call.lookup is Lookup.FAILED:
            self.state.setText(
                self.tr("SwitchTransact could not be reached to find the caller. Trying again…")
            )
        elif call.lookup is Lookup.GAVE_UP:
            self.state.setText(
                self.tr("The caller could not be looked up. Search above to find them.")
            )
        else:
            self.state.setText(self.tr("Looking up the caller…"))
        self.picker.setVisible(several)
