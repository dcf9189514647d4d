"""Edit & resend: the fields of a refused call log or new contact, checked as typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.core.outbox.outbox import OutboxEntry, OutboxKind
from agent_desktop.core.region import DEFAULT_REGION
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.error_texts import plain_kind
from agent_desktop.ui.common.icons import set_role
from agent_desktop.ui.common.widgets import Banner, Tone, plain_label, plain_tooltip, with_note
from agent_desktop.ui.outbox.entry_fields import (
    FieldSpec,
    call_log_fields,
    contact_fields,
    name_problem,
)
from agent_desktop.ui.outbox.outbox_texts import entry_title


class EntryEditor(QDialog):
    """Emits `resend(payload)`; the owner saves it and calls `accept()` or `show_error()`."""

    resend = Signal(dict)

    def __init__(
        self, entry: OutboxEntry, region: str = DEFAULT_REGION, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.entry = entry
        self._kind = entry.kind
        is_call = entry.kind == OutboxKind.CALL_LOG
        self.setWindowTitle(self.tr("Edit and resend"))
        self.setModal(True)
        title = plain_label(entry_title(entry.kind, entry.payload), self)  # a name, a number
        title.setFont(theme.scaled_font(self.font(), 1.2, bold=True))
        title.setWordWrap(True)
        self.banner = Banner(self, closable=False)
        if entry.last_error:  # "SwitchTransact said:" only for the server's own words
            plain = plain_kind(entry.last_error_kind, entry.last_error)
            self.banner.show_message(plain.text, Tone.ERROR)
            self.banner.label.setToolTip(plain_tooltip(plain.details))

        self.specs: list[FieldSpec] = call_log_fields() if is_call else contact_fields(region)
        self.editors: dict[str, QLineEdit | QComboBox] = {}
        self.hints: dict[str, QLabel] = {}
        host = QWidget(self)
        form = QFormLayout(host)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        form.setVerticalSpacing(6)
        for spec in self.specs:
            value = str(entry.payload.get(spec.key, "") or "")
            editor = self._editor(spec, value, host)
            hint = plain_label("", host)  # problems quote what was typed
            hint.setWordWrap(True)
            hint.setFont(theme.small_font(self.font()))
            box = with_note(editor, hint, host)
            caption = QLabel(spec.label, host)
            caption.setBuddy(editor)
            caption.setToolTip(self.tr("API field: %1").replace("%1", spec.key))
            form.addRow(caption, box)
            self.editors[spec.key] = editor
            self.hints[spec.key] = hint
        scroll = QScrollArea(self)
        scroll.setWidget(host)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        # A problem no single field owns (a name for a contact).
        self.problem = plain_label("", self)
        self.problem.setWordWrap(True)
        pal = QPalette(self.problem.palette())
        pal.setColor(QPalette.ColorRole.WindowText, theme.accent(theme.HUE_ERROR))
        self.problem.setPalette(pal)
        theme.on_change(self.problem, lambda: self._recolour_problem())
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.resend_button = self.buttons.addButton(
            self.tr("&Resend"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.resend_button.setDefault(True)
        set_role(self.resend_button, "primary")
        self.resend_button.setToolTip(self.tr("Save the corrected fields and send again"))
        self.buttons.accepted.connect(self._resend)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN, theme.MARGIN)
        layout.setSpacing(theme.GAP)
        layout.addWidget(title)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.resize(520, 640 if is_call else 380)
        self.check()
        first_bad = next((k for k in self.editors if self.hint_problem(k)), None)
        self.editors[first_bad or self.specs[0].key].setFocus()

    def _editor(self, spec: FieldSpec, value: str, parent: QWidget) -> QLineEdit | QComboBox:
        if spec.choices:
            combo = QComboBox(parent)
            combo.addItems(list(spec.choices))
            if value and value not in spec.choices:
                combo.addItem(value)  # keep what was there; the hint says it is not allowed
            combo.setCurrentText(value or spec.choices[0])
            combo.currentTextChanged.connect(lambda _t: self.check())
            combo.setAccessibleName(spec.label)
            return combo
        edit = QLineEdit(value, parent)
        edit.setAccessibleName(spec.label)
        edit.textChanged.connect(lambda _t: self.check())
        return edit

    # --- values and checks --------------------------------------------------------------------

    def values(self) -> dict[str, str]:
        out = {}
        for key, editor in self.editors.items():
            text = editor.currentText() if isinstance(editor, QComboBox) else editor.text()
            out[key] = text.strip() if self._kind != OutboxKind.CALL_LOG else text
        return out

    def hint_problem(self, key: str) -> str:
        spec = next(s for s in self.specs if s.key == key)
        value = self.values()[key]
        if spec.choices and value not in spec.choices:
            return self.tr("One of: %1.").replace("%1", ", ".join(spec.choices))
        return spec.check(value)

    def _recolour_problem(self) -> None:
        pal = QPalette(self.problem.palette())
        pal.setColor(QPalette.ColorRole.WindowText, theme.accent(theme.HUE_ERROR))
        self.problem.setPalette(pal)
        self.check()

    def check(self) -> bool:
        ok = True
        for spec in self.specs:
            problem = self.hint_problem(spec.key)
            hint = self.hints[spec.key]
            hint.setText(problem or spec.hint)
            hint.setVisible(bool(problem or spec.hint))
            pal = QPalette(hint.palette())
            pal.setColor(
                QPalette.ColorRole.WindowText,
                theme.accent(theme.HUE_ERROR) if problem else theme.secondary_text(),
            )
            hint.setPalette(pal)
            self.editors[spec.key].setAccessibleDescription(problem or spec.hint)
            ok = ok and not problem
        overall = name_problem(self.values()) if self._kind != OutboxKind.CALL_LOG else ""
        self.problem.setText(overall)
        self.problem.setVisible(bool(overall))
        ok = ok and not overall
        self.resend_button.setEnabled(ok)
        return ok

    def _resend(self) -> None:
        if self.check():
            self.resend_button.setEnabled(False)
            self.resend.emit(self.values())

    def show_error(self, text: str) -> None:
        self.banner.show_message(text, Tone.ERROR)
        self.resend_button.setEnabled(True)
