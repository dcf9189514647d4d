"""The ringing call's picker: every record its number found, in the suggestion list's look.

It is filled by the ring lookup for one call (its id is kept), never by the search box, so what
the agent picks is linked to that call and no other.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QListView, QWidget

from agent_desktop.core.api.models import Contact
from agent_desktop.core.search.cache import Suggestion
from agent_desktop.ui.search.suggestions import SuggestionDelegate, SuggestionModel

MAX_ROWS = 3


def _row(contact: Contact, number: str, region: str) -> Suggestion:
    from agent_desktop.core.phone import display_number, same_number

    phones = [p for p in (contact.mobilephone, contact.businessphone, contact.businessphone2) if p]
    matched = next((p for p in phones if number and same_number(p, number, region)), None)
    shown = matched or contact.best_phone
    return Suggestion(
        contact, display_number(shown, region) if shown else None, matched is not None
    )


class CallerPicker(QListView):
    picked = Signal(str, object)  # call id, Contact

    def __init__(self, parent: QWidget | None = None, max_rows: int = MAX_ROWS) -> None:
        super().__init__(parent)
        self.call_id = ""
        self.max_rows = max_rows
        self.model_ = SuggestionModel(self)
        self.setModel(self.model_)
        self.setItemDelegate(SuggestionDelegate(self))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setUniformItemSizes(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setAccessibleName(self.tr("Contacts with the caller's number"))
        self.clicked.connect(self._chosen)

    def set_matches(
        self, call_id: str, contacts: list[Contact], region: str, number: str = ""
    ) -> None:
        """Each record with the phone of it that matched `number` (the one that rang), tagged
        "Exact match"; a record none of whose phones matches shows its best one, untagged."""
        self.call_id = call_id
        self.model_.set_items([_row(c, number, region) for c in contacts])
        rows = min(len(contacts), self.max_rows)
        row_height = self.sizeHintForRow(0) if contacts else 0
        self.setFixedHeight(rows * row_height + 2 * self.frameWidth() + 2)
        if contacts:
            self.setCurrentIndex(self.model_.index(0, 0))

    def contacts(self) -> list[Contact]:
        return [
            s.contact
            for s in (self.model_.item(r) for r in range(self.model_.rowCount()))
            if s is not None
        ]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._chosen(self.currentIndex())
            return
        super().keyPressEvent(event)

    def _chosen(self, index: QModelIndex) -> None:
        item = self.model_.item(index.row())
        if item is not None and self.call_id:
            self.picked.emit(self.call_id, item.contact)
