"""The outbox as a list: every entry with its time, what it is, its state and last error, and the
actions a person may take — Edit & resend, Retry, Discard (after a confirmation)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.core.one_line import one_line
from agent_desktop.core.outbox.outbox import (
    HeldRecord,
    InvalidTransition,
    OutboxEntry,
    OutboxKind,
    OutboxState,
    OutboxUnavailable,
)
from agent_desktop.qt.outbox_service import OutboxService
from agent_desktop.qt.outbox_summary import OutboxSummary
from agent_desktop.qt.tasks import Task
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.errors import describe_error
from agent_desktop.ui.common.widgets import Banner, Tone, plain_label, plain_tooltip
from agent_desktop.ui.outbox.entry_editor import EntryEditor
from agent_desktop.ui.outbox.outbox_texts import (
    attention_text,
    count_text,
    entry_title,
    state_hue,
    state_text,
    when_text,
)

# A row of the list: an entry of the file, or one held in memory until the disk has room.
Listed = OutboxEntry | HeldRecord

UNSENT = (OutboxState.PENDING, OutboxState.SENDING, OutboxState.NEEDS_ATTENTION)
ACTIONABLE = (OutboxState.PENDING, OutboxState.NEEDS_ATTENTION)


def _action_error(error: object) -> str:
    if isinstance(error, OutboxUnavailable):
        return error.message
    if isinstance(error, InvalidTransition):
        return str(error)
    return describe_error(error)


class OutboxDialog(QDialog):
    loaded = Signal()  # the list was (re)filled

    def __init__(
        self, service: OutboxService, region: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._service = service
        self._region = region
        self.setWindowTitle(self.tr("Outbox"))
        self.entries: list[Listed] = []
        self.confirm: QMessageBox | None = None
        self.editor: EntryEditor | None = None
        self._want: tuple[str, bool] | None = None  # (call id to select, open its editor)

        intro = QLabel(
            self.tr(
                "Call logs and new contacts are saved here first and sent to "
                "SwitchTransact in order. Nothing is dropped unless you discard "
                "it."
            ),
            self,
        )
        intro.setWordWrap(True)
        theme.set_secondary(intro)
        self.summary = plain_label("", self)
        self.summary.setFont(theme.scaled_font(self.font(), 1.05, bold=True))
        self.table = QTreeWidget(self)
        self.table.setAccessibleName(self.tr("Outbox entries"))
        self.table.setHeaderLabels(
            [self.tr("Time"), self.tr("Call or contact"), self.tr("State"), self.tr("Last error")]
        )
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.resizeSection(1, 240)
        self.table.currentItemChanged.connect(lambda *_: self._selection_changed())
        self.table.itemActivated.connect(lambda *_: self.edit_selected())
        delete = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        delete.activated.connect(self.discard_selected)
        self.details = plain_label("", self)  # names, numbers and the server's error text
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setAccessibleName(self.tr("Selected entry"))
        self.show_all = QCheckBox(self.tr("Show &sent and discarded"), self)
        self.show_all.toggled.connect(lambda _on: self.reload())
        self.banner = Banner(self)

        self.edit_button = QPushButton(self.tr("&Edit && resend…"), self)
        self.edit_button.setToolTip(
            self.tr("Correct the fields SwitchTransact refused and send again (Enter)")
        )
        self.edit_button.clicked.connect(self.edit_selected)
        self.retry_button = QPushButton(self.tr("&Retry"), self)
        self.retry_button.setToolTip(self.tr("Send this entry again now, unchanged"))
        self.retry_button.clicked.connect(self.retry_selected)
        self.discard_button = QPushButton(self.tr("&Discard…"), self)
        self.discard_button.setToolTip(self.tr("Do not send this entry (asks first) (Delete)"))
        self.discard_button.clicked.connect(self.discard_selected)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.close)
        buttons = QHBoxLayout()
        for button in (self.edit_button, self.retry_button, self.discard_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.GAP)
        layout.addWidget(self.summary)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.details)
        layout.addWidget(self.show_all)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        self.resize(700, 460)

        self._reload_timer = QTimer(self)  # a burst of outbox events gives one reload
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(80)
        self._reload_timer.timeout.connect(self.reload)
        service.changed.connect(lambda _e: self._reload_timer.start())
        service.summary_changed.connect(self._show_summary)
        self._show_summary(service.summary)
        self._selection_changed()
        self.reload()
        theme.on_change(self, self.reload)  # the state column's colours

    # --- filling ------------------------------------------------------------------------------

    def reload(self) -> None:
        states = None if self.show_all.isChecked() else UNSENT
        task = self._service.entries(states, limit=300)
        task.finished.connect(self._fill)
        task.failed.connect(lambda e: self.banner.show_message(_action_error(e), Tone.ERROR))

    def _fill(self, answer: tuple[list[HeldRecord], list[OutboxEntry]]) -> None:
        held, entries = answer
        keep = self.selected()
        keep_key = (keep.kind, keep.call_id) if keep is not None else None
        # Needs attention first: that is what a person came here for.
        entries = sorted(entries, key=lambda e: e.state != OutboxState.NEEDS_ATTENTION)
        self.entries = [*held, *entries]
        self.table.clear()
        current = None
        for item_entry in self.entries:
            item = self._item(item_entry)
            self.table.addTopLevelItem(item)
            if keep_key == (item_entry.kind, item_entry.call_id) or (
                self._want
                and item_entry.kind == OutboxKind.CALL_LOG
                and item_entry.call_id == self._want[0]
            ):
                current = item
        if current is None and self.table.topLevelItemCount():
            current = self.table.topLevelItem(0)
        if current is not None:
            self.table.setCurrentItem(current)
        self._selection_changed()
        self.loaded.emit()
        if self._want is not None:
            call_id, edit = self._want
            self._want = None
            entry = self.selected()
            if edit and entry is not None and entry.call_id == call_id:
                self.edit_selected()

    def _item(self, entry: Listed) -> QTreeWidgetItem:
        if isinstance(entry, HeldRecord):
            stamp, state, error = entry.held_at, None, entry.reason
        else:
            stamp, state, error = entry.created_at, entry.state, entry.last_error or ""
        error = one_line(error)  # the server's words, in a one-line cell
        item = QTreeWidgetItem(
            [
                when_text(stamp),
                one_line(entry_title(entry.kind, entry.payload)),
                state_text(state, bool(error)),
                error,
            ]
        )
        item.setData(0, Qt.ItemDataRole.UserRole, entry)
        item.setForeground(2, QBrush(theme.accent(state_hue(state))))
        item.setToolTip(1, plain_tooltip(item.text(1)))
        item.setToolTip(3, plain_tooltip(error))
        return item

    def _show_summary(self, summary: OutboxSummary) -> None:
        parts = []
        if summary.waiting:
            parts.append(
                self.tr("%1 waiting").replace(
                    "%1", count_text(summary.waiting_calls, summary.waiting_contacts)
                )
            )
        if summary.held:
            parts.append(self.tr("%1 not saved to disk yet").replace("%1", str(summary.held)))
        if summary.attention:
            parts.append(attention_text(summary.attention))
        self.summary.setText(" · ".join(parts) or self.tr("Everything has been sent."))

    # --- selection ----------------------------------------------------------------------------

    def selected(self) -> Listed | None:
        item = self.table.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def _actionable(self) -> OutboxEntry | None:
        """The selected entry, if a person may edit, retry or discard it now."""
        entry = self.selected()
        if isinstance(entry, OutboxEntry) and entry.state in ACTIONABLE:
            return entry
        return None

    def select_call(self, call_id: str, edit: bool = False) -> None:
        """Select a call's entry (after the next reload) and optionally open its editor."""
        self._want = (call_id, edit)
        self.reload()

    def _selection_changed(self) -> None:
        entry = self.selected()
        actionable = self._actionable() is not None
        self.edit_button.setEnabled(actionable)
        self.retry_button.setEnabled(actionable)
        self.discard_button.setEnabled(actionable)
        if entry is None:
            self.details.setText(
                self.tr("Nothing waits in the outbox.") if not self.entries else ""
            )
            return
        if isinstance(entry, HeldRecord):
            text = self.tr("Not on disk yet: %1 It is written as soon as possible.").replace(
                "%1", entry.reason
            )
        else:
            text = f"{entry_title(entry.kind, entry.payload)} — {state_text(entry.state)}."
            if entry.last_error:
                text += " " + self.tr("Last error: %1").replace("%1", entry.last_error)
            if entry.attempts:
                text += " " + self.tr("Attempts: %1.").replace("%1", str(entry.attempts))
        self.details.setText(text)

    # --- actions ------------------------------------------------------------------------------

    def edit_selected(self) -> None:
        entry = self._actionable()
        if entry is None:
            return
        editor = EntryEditor(entry, self._region(), self)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.resend.connect(lambda payload: self._save_edit(editor, entry, payload))
        self.editor = editor
        editor.open()

    def _save_edit(self, editor: EntryEditor, entry: OutboxEntry, payload: dict[str, str]) -> None:
        task = self._service.update_payload(entry.id, payload)
        task.finished.connect(lambda _e: self._edited(editor))
        task.failed.connect(lambda e: editor.show_error(_action_error(e)))

    def _edited(self, editor: EntryEditor) -> None:
        editor.accept()
        self.banner.show_message(self.tr("Saved — sending again."), Tone.SUCCESS)

    def retry_selected(self) -> None:
        entry = self._actionable()
        if entry is not None:
            self._act(self._service.retry(entry.id), self.tr("Sending again."))

    def discard_selected(self) -> None:
        entry = self._actionable()
        if entry is None:
            return
        what = self.tr("call log") if entry.kind == OutboxKind.CALL_LOG else self.tr("new contact")
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Discard this entry?"),
            self.tr("Discard the %1 “%2”?")
            .replace("%1", what)
            .replace("%2", entry_title(entry.kind, entry.payload)),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the entry's title is a name or number
        box.setInformativeText(
            self.tr(
                "It will not be sent to SwitchTransact. It stays listed "
                "as discarded; this cannot be undone."
            )
        )
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._confirmed(box, entry))
        self.confirm = box
        box.open()

    def _confirmed(self, box: QMessageBox, entry: OutboxEntry) -> None:
        self.confirm = None
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Discard):
            self._act(self._service.discard(entry.id), self.tr("Discarded."))

    def _act(self, task: Task, done: str) -> None:
        task.finished.connect(lambda _e: self.banner.show_message(done, Tone.SUCCESS))
        task.failed.connect(lambda e: self.banner.show_message(_action_error(e), Tone.ERROR))
