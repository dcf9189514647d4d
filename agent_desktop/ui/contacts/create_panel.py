"""Quick create (Ctrl+N): first name, last name, phone — validated as typed, saved to the outbox
once (one request id per form) and created by the delivery worker.

The panel follows its entry through the outbox: created → the new contact is shown; refused
(422) → the message next to the form, the input kept, and "Send again" saves the correction
(update_payload) or retries it; "Discard" drops it explicitly. Leaving the form while it waits
does not cancel anything: the contact is created when SwitchTransact can be reached.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.qt.outbox_service import OutboxService
from agent_desktop.ui.app.session import Session
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.icons import icon, set_role
from agent_desktop.ui.common.widgets import Banner, Spinner, Tone, hline, page_layout
from agent_desktop.ui.contacts.contact_request import ContactRequest, RequestPhase


class CreatePanel(QWidget):
    """`created(Contact, request id)`, `queued(request id, name, phone)` and `dropped(request
    id)` are its ContactRequest's signals; `cancelled` means "back to the contact"."""

    cancelled = Signal()

    def __init__(
        self, session: Session, service: OutboxService, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._session = session
        self._phone_ok = False
        self.request = ContactRequest(service, self)
        self.created = self.request.created
        self.queued = self.request.queued
        self.dropped = self.request.dropped

        title = QLabel(self.tr("New contact"), self)
        title.setFont(theme.scaled_font(self.font(), 1.35, bold=True))
        intro = QLabel(self.tr("Creates the contact in SwitchTransact and opens it."), self)
        intro.setWordWrap(True)
        theme.set_secondary(intro)
        self.target_call = ""  # the call the new contact is linked to once created ("" none)
        self.target_label = QLabel(self)  # "Linked to the call with 084 999 1111"
        self.target_label.setWordWrap(True)
        self.target_label.setTextFormat(Qt.TextFormat.PlainText)
        self.target_label.hide()

        self.first = QLineEdit(self)
        self.first.setAccessibleName(self.tr("First name"))
        self.last = QLineEdit(self)
        self.last.setAccessibleName(self.tr("Last name"))
        self.phone = QLineEdit(self)
        self.phone.setAccessibleName(self.tr("Phone number"))
        self.phone.setPlaceholderText(self.tr("e.g. 072 123 4567"))
        self.phone.setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.phone_hint = QLabel(self)
        self.phone_hint.setTextFormat(Qt.TextFormat.PlainText)  # quotes what was typed
        self.phone_hint.setWordWrap(True)
        self.phone_hint.setFont(theme.small_font(self.font()))
        self.phone_hint.setAccessibleName(self.tr("Phone number check"))
        phone_box = QVBoxLayout()
        phone_box.setSpacing(3)
        phone_box.addWidget(self.phone)
        phone_box.addWidget(self.phone_hint)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(theme.GAP_L - 4)
        form.setVerticalSpacing(theme.GAP + 2)
        form.addRow(self.tr("Fi&rst name"), self.first)  # Alt+F opens File
        form.addRow(self.tr("&Last name"), self.last)
        phone_label = QLabel(self.tr("&Phone"), self)
        phone_label.setBuddy(self.phone)
        form.addRow(phone_label, phone_box)

        self.banner = Banner(self)
        self.spinner = Spinner(self)
        self.spinner.hide()
        self.cancel_button = QPushButton(self.tr("Cancel"), self)
        self.cancel_button.setToolTip(self.tr("Back to the contact (Esc)"))
        self.cancel_button.clicked.connect(self.cancel)
        self.confirm = None  # the open "discard?" question, if any
        self.submit_button = QPushButton(
            icon("user-plus", on_accent=True), self.tr("Create contact"), self
        )
        set_role(self.submit_button, "primary")
        self.submit_button.setIconSize(QSize(16, 16))
        self.submit_button.setMinimumHeight(34)
        self.submit_button.setToolTip(self.tr("Create the contact (Enter)"))
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.spinner)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.submit_button)

        layout = page_layout(self, title)
        layout.addWidget(intro)
        layout.addWidget(self.target_label)
        layout.addWidget(hline(self))
        layout.addLayout(form)
        layout.addWidget(self.banner)
        layout.addLayout(buttons)
        layout.addStretch(1)

        for edit in (self.first, self.last, self.phone):
            edit.returnPressed.connect(self.submit)
            edit.textEdited.connect(lambda _t: self._update_button())
        self.phone.textChanged.connect(self._check_phone)
        self._check_phone("")
        theme.on_change(self, lambda: self._check_phone(self.phone.text()))
        self.request.phase_changed.connect(self._render_phase)
        self.request.message.connect(self._message)
        self.request.finished.connect(self._clear)

    # --- opening ------------------------------------------------------------------------------

    def open_with(
        self,
        phone: str = "",
        name: str = "",
        *,
        target: tuple[str, str] | None = None,
        focus: bool = True,
    ) -> None:
        """Start a fresh form; keep what is there while a create waits or needs correcting.
        `target` (call id, number shown) names the call the new contact will be linked to;
        `focus` False leaves the keys where they are (a ring must not put them on a form)."""
        if self.phase != RequestPhase.IDLE:
            if focus:
                self.first.setFocus(Qt.FocusReason.ShortcutFocusReason)
            return
        self.target_call = target[0] if target is not None else ""
        self.target_label.setText(
            self.tr("Linked to the call with %1 once created.").replace("%1", target[1])
            if target is not None
            else ""
        )
        self.target_label.setVisible(target is not None)
        self.banner.hide()
        self.first.clear()
        self.last.clear()
        if name:
            first, _, last = name.partition(" ")
            self.first.setText(first)
            self.last.setText(last)
        self.phone.setText(phone)
        if focus:
            self.first.setFocus(Qt.FocusReason.ShortcutFocusReason)

    @property
    def sending(self) -> bool:
        return self.phase in (RequestPhase.SAVING, RequestPhase.WAITING)

    @property
    def phase(self) -> RequestPhase:
        return self.request.phase

    # --- validation ---------------------------------------------------------------------------

    def _check_phone(self, text: str) -> None:
        text = text.strip()
        pal = QPalette(self.phone_hint.palette())
        if not text:  # before the import: the form is built before the window's first paint
            self._phone_ok = False
            self.phone_hint.setText(self.tr("Required. National or international form."))
            pal.setColor(QPalette.ColorRole.WindowText, theme.secondary_text())
        else:
            from agent_desktop.core.phone import InvalidNumber, parse_phone

            try:
                number = parse_phone(text, self._session.region)
            except InvalidNumber as exc:
                self._phone_ok = False
                self.phone_hint.setText(exc.message)
                pal.setColor(QPalette.ColorRole.WindowText, theme.accent(theme.HUE_ERROR))
            else:
                self._phone_ok = True
                self.phone_hint.setText(f"✓ {number.national}  ·  {number.international}")
                pal.setColor(QPalette.ColorRole.WindowText, theme.accent(theme.HUE_OK))
        self.phone_hint.setPalette(pal)
        self._update_button()

    def _update_button(self) -> None:
        has_name = bool(self.first.text().strip() or self.last.text().strip())
        self.submit_button.setEnabled(self._phone_ok and has_name and not self.sending)

    # --- sending ------------------------------------------------------------------------------

    def submit(self) -> None:
        if self.sending:
            return  # no double create
        first, last, phone = (e.text().strip() for e in (self.first, self.last, self.phone))
        if not (first or last):
            self.banner.show_message(self.tr("Enter a first or last name."), Tone.WARNING)
            self.first.setFocus()
            return
        if not self._phone_ok:
            self.banner.show_message(
                self.phone_hint.text() or self.tr("Enter a phone number."), Tone.WARNING
            )
            self.phone.setFocus()
            return
        self.banner.hide()
        self.request.submit({"firstname": first, "lastname": last, "phone": phone})

    def _message(self, text: str, kind: Tone) -> None:
        self.banner.show_message(text, kind)
        if kind == Tone.ERROR:  # a refusal: to the field it most likely names
            target = self.phone if "phone" in text.lower() else self.first
            target.setFocus()

    def _render_phase(self, phase: RequestPhase) -> None:
        sending = self.sending
        self.spinner.setVisible(sending)
        self.spinner.set_running(sending)
        self.submit_button.setText(
            self.tr("Creating…")
            if sending
            else self.tr("Send again")
            if phase == RequestPhase.ATTENTION
            else self.tr("Create contact")
        )
        self.cancel_button.setText(
            self.tr("Discard…")
            if phase == RequestPhase.ATTENTION
            else self.tr("Back")
            if sending
            else self.tr("Cancel")
        )
        self.cancel_button.setToolTip(
            self.tr("Do not create this contact")
            if phase == RequestPhase.ATTENTION
            else self.tr("Back to the contact; the new contact is still created (Esc)")
            if sending
            else self.tr("Back to the contact (Esc)")
        )
        for edit in (self.first, self.last, self.phone):
            edit.setReadOnly(sending)
        self._update_button()

    def _clear(self) -> None:
        self.banner.hide()
        for edit in (self.first, self.last, self.phone):
            edit.clear()

    def cancel(self) -> None:
        """The Cancel / Back / Discard button."""
        if self.phase == RequestPhase.ATTENTION and self.request.entry_id is not None:
            self.confirm_discard()
            return
        self.leave()

    def confirm_discard(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Discard this new contact?"),
            self.tr("%1 will not be created in SwitchTransact.").replace(
                "%1", self.request.name or self.tr("The contact")
            ),
            QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)  # the name typed, or a softphone's number
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.finished.connect(lambda _r: self._discard_answered(box))
        self.confirm = box
        box.open()

    def _discard_answered(self, box: QMessageBox) -> None:
        self.confirm = None
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Discard):
            self.request.discard()  # the outbox's "discarded" clears the form
            self.leave()

    def leave(self) -> None:
        """Back to the contact; a create on its way goes on in the outbox."""
        if self.phase == RequestPhase.IDLE:
            self.banner.hide()
        self.cancelled.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave()
        else:
            super().keyPressEvent(event)
