"""Settings: server, API key (keyring), agent identity, region and timings, with a connection test.

Reading the keyring, saving the file and the connection test all run on workers. Values the
machine-wide file locks, or an environment variable overrides, are shown read-only with a note.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.core.region import region_or_default
from agent_desktop.core.settings.choices import Theme
from agent_desktop.core.settings.settings import LoadedSettings, Settings, SettingsStore
from agent_desktop.qt.global_shortcuts import ShortcutState
from agent_desktop.qt.tasks import TaskRunner
from agent_desktop.ui.app.context import ConnectionCheck
from agent_desktop.ui.app.stores import KeyStoreLike, SettingsStoreLike
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.core_texts import tr_core, tr_error
from agent_desktop.ui.common.errors import describe_error
from agent_desktop.ui.common.icons import icon
from agent_desktop.ui.common.theme_scheme import theme_choice
from agent_desktop.ui.common.widgets import Banner, Spinner, Tone, plain_label, with_note
from agent_desktop.ui.phones.phone_settings import PhoneGroup, PhoneStatusSource
from agent_desktop.ui.phones.settings_desk_phone import PhoneSecrets
from agent_desktop.ui.settings.connection_test import ConnectionTest
from agent_desktop.ui.settings.shortcut_settings import ShortcutGroup
from agent_desktop.ui.settings.softphone_settings import SoftphoneGroup

# Marks a string for lupdate and returns it (Qt's stub types the result as object).
QT_TRANSLATE_NOOP = cast("Callable[[str, str], str]", QtCore.QT_TRANSLATE_NOOP)

# SwitchTransact's documented address (core.api.client's default); offered on a first start.
DEFAULT_BASE_URL = "https://app.switchtransact.com/api/1.0"
KEY_HELP = QT_TRANSLATE_NOOP(
    "SettingsDialog",
    "An administrator creates API keys in the SwitchTransact web app under "
    "API / Developers → API Keys.",
)


@dataclass(frozen=True)
class SavedSettings:
    settings: Settings
    api_key: str | None
    key_source: str | None  # "keyring" | "environment" | "session"


def _region_items() -> list[tuple[str, str]]:
    """(code, "ZA — South Africa") for every region, the name in the window's language; a region
    without a name of ours is shown by its code."""
    import phonenumbers

    from agent_desktop.core.texts import REGION_NAMES, REGIONS_CONTEXT

    items = []
    for code in sorted(phonenumbers.SUPPORTED_REGIONS):
        name = REGION_NAMES.get(code, "")
        if name:
            translated = QCoreApplication.translate(REGIONS_CONTEXT, name)
            # English's list form: "United Kingdom", not "the United Kingdom".
            name = name.removeprefix("the ") if translated == name else translated
        items.append((code, f"{code} — {name}" if name else code))
    return items


def _save(
    settings_store,
    key_store,
    settings,
    key: str | None,
    store_key: bool,
    key_url: str,
    phone_secrets: dict[str, str] | None = None,
    phone_store: PhoneSecrets | None = None,
) -> None:
    """Worker: the file first (atomic), then the key, under the address it is used with, then
    the phone's secrets (a desk phone's web password)."""
    settings_store.save(settings)
    if isinstance(settings_store, SettingsStore):  # the user's real file: the OS entry follows
        from agent_desktop.ui.app.startup import sync_autostart

        sync_autostart(settings.autostart)
    if store_key and key:
        key_store.set(key_url, key)
    if phone_store is not None:
        for name, value in (phone_secrets or {}).items():
            phone_store.set_phone_secret(name, value)


def _phone_secret_store(key_store: KeyStoreLike) -> PhoneSecrets:
    """The key store when it keeps phone secrets too (the real one, the demo's), else the
    system keyring's."""
    if isinstance(key_store, PhoneSecrets):
        return key_store
    from agent_desktop.core.settings.secrets import ApiKeyStore

    return ApiKeyStore()


class SettingsDialog(QDialog):
    saved = Signal(object)  # SavedSettings

    def __init__(
        self,
        *,
        runner: TaskRunner,
        settings_store: SettingsStoreLike,
        key_store: KeyStoreLike,
        loaded: LoadedSettings,
        api_key: str | None,
        key_source: str | None,
        intro: str = "",
        check: ConnectionCheck | None = None,
        phones: PhoneStatusSource | None = None,
        shortcut_state: ShortcutState | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setModal(True)
        self._runner = runner
        self._settings_store = settings_store
        self._key_store = key_store
        self._settings = loaded.settings
        self._frozen = {name: "admin" for name in loaded.locked}
        self._frozen.update({name: "env" for name in loaded.overridden_by_env})
        self._frozen.update({name: "cli" for name in loaded.file_values})
        self._file_values = dict(loaded.file_values)
        self._key_source = key_source
        self._original_key = api_key or ""
        s = self._settings

        self.intro = Banner(self, closable=False)
        if intro:
            self.intro.show_message(intro + " " + self.tr(KEY_HELP), Tone.INFO)

        # --- connection ---
        self.base_url = QLineEdit(s.base_url or DEFAULT_BASE_URL, self)
        self.base_url.setPlaceholderText(DEFAULT_BASE_URL)
        self.base_url.setAccessibleName(self.tr("Server address"))
        self.api_key = QLineEdit(api_key or "", self)
        self.api_key.setEchoMode(QLineEdit.EchoMode.Password)
        self.api_key.setAccessibleName(self.tr("API key"))
        self.api_key.setPlaceholderText(self.tr("Paste the key from SwitchTransact"))
        self._reveal = QAction(icon("eye"), self.tr("Show key"), self)
        self._reveal.setCheckable(True)
        self._reveal.toggled.connect(self._toggle_reveal)
        self.api_key.addAction(self._reveal, QLineEdit.ActionPosition.TrailingPosition)
        # The keyring's own error text can end up here.
        self.key_status = plain_label(self.tr("Checking the system keyring…"), self)
        self.key_status.setWordWrap(True)
        self.key_status.setFont(theme.small_font(self.font()))
        theme.set_secondary(self.key_status)
        self.session_only = QCheckBox(
            self.tr("Use the key for this session only (not saved)"), self
        )
        self.session_only.hide()
        key_help = QLabel(self.tr(KEY_HELP), self)
        key_help.setWordWrap(True)
        key_help.setFont(theme.small_font(self.font()))
        theme.set_secondary(key_help)
        key_help.setVisible(not intro)  # the intro already says where keys come from
        key_box = QVBoxLayout()
        key_box.setSpacing(4)
        key_box.addWidget(self.api_key)
        key_box.addWidget(self.key_status)
        key_box.addWidget(self.session_only)
        key_box.addWidget(key_help)
        self.connection_test = ConnectionTest(runner, self._form_connection, check, self)
        conn = QGroupBox(self.tr("Connection"), self)
        conn_form = self._form(conn)
        conn_form.addRow(self.tr("Server &address"), self._locked(self.base_url, "base_url"))
        key_label = QLabel(self.tr("API &key"), self)
        key_label.setBuddy(self.api_key)
        conn_form.addRow(key_label, key_box)
        conn_form.addRow("", self.connection_test)

        # --- agent ---
        self.first = QLineEdit(s.agent_first_name, self)
        self.first.setAccessibleName(self.tr("Your first name"))
        self.last = QLineEdit(s.agent_last_name, self)
        self.last.setAccessibleName(self.tr("Your last name"))
        self.email = QLineEdit(s.agent_email, self)
        self.email.setAccessibleName(self.tr("Your email"))
        agent = QGroupBox(self.tr("You (written into each call log)"), self)
        agent_form = self._form(agent)
        agent_form.addRow(self.tr("&First name"), self._locked(self.first, "agent_first_name"))
        agent_form.addRow(self.tr("&Last name"), self._locked(self.last, "agent_last_name"))
        agent_form.addRow(self.tr("&Email"), self._locked(self.email, "agent_email"))

        # --- behaviour ---
        self.region = QComboBox(self)
        self.region.setAccessibleName(self.tr("Default region for phone numbers"))
        for code, text in _region_items():
            self.region.addItem(text, code)
        region = region_or_default(s.region).upper()
        self.region.setCurrentIndex(max(0, self.region.findData(region)))
        self.debounce = QSpinBox(self)
        self.debounce.setRange(0, 5000)
        self.debounce.setSingleStep(50)
        self.debounce.setSuffix(self.tr(" ms"))
        self.debounce.setValue(s.search_debounce_ms)
        self.debounce.setAccessibleName(self.tr("Search delay after typing"))
        self.auto_send = QSpinBox(self)
        self.auto_send.setRange(0, 3600)
        self.auto_send.setSuffix(self.tr(" s"))
        self.auto_send.setSpecialValueText(self.tr("Off — send when I confirm"))
        self.auto_send.setValue(s.auto_send_seconds)
        self.auto_send.setAccessibleName(self.tr("Send call logs automatically after"))
        behave = QGroupBox(self.tr("Behaviour"), self)
        behave_form = self._form(behave)
        behave_form.addRow(self.tr("&Region"), self._locked(self.region, "region"))
        behave_form.addRow(
            self.tr("&Search delay"), self._locked(self.debounce, "search_debounce_ms")
        )
        behave_form.addRow(
            self.tr("A&uto-send logs"), self._locked(self.auto_send, "auto_send_seconds")
        )
        self.theme_choice = theme_choice(s.theme, self)
        behave_form.addRow(self.tr("&Theme"), self._locked(self.theme_choice, "theme"))
        self.autostart = QCheckBox(self.tr("Start with the computer"), self)
        self.autostart.setChecked(s.autostart)
        self.autostart.setToolTip(self.tr("Opens Agent Desktop, minimised, when you log in"))
        behave_form.addRow("", self._locked(self.autostart, "autostart"))
        self.softphone = SoftphoneGroup(s, self._locked, self)
        self._phone_store = _phone_secret_store(key_store)
        self.phone = PhoneGroup(
            s, self._locked, self, phones=phones, runner=runner, secrets=self._phone_store
        )
        self.shortcuts = ShortcutGroup(s, self._locked, shortcut_state, self)

        self.banner = Banner(self)
        self.save_spinner = Spinner(self)
        self.save_spinner.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.save_spinner)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, theme.GAP, 0)
        body_layout.setSpacing(theme.GAP_L - 4)
        for widget in (self.intro, conn, agent, behave, self.softphone, self.phone, self.shortcuts):
            body_layout.addWidget(widget)
        body_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.MARGIN, theme.MARGIN, theme.MARGIN - 4, theme.MARGIN)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.banner)
        layout.addLayout(bottom)
        self._align_labels(
            conn_form,
            agent_form,
            behave_form,
            self.softphone.form,
            self.phone.form,
            *self.phone.form_layouts(),
            self.shortcuts.form,
        )
        self._scroll = scroll
        self.resize(540, min(body.sizeHint().height() + 110, 720))
        self._fit_width()
        # A phone form chosen later may need more room than the one the dialog opened with.
        self.phone.source.currentIndexChanged.connect(
            lambda _i: QTimer.singleShot(0, self._fit_width)
        )

        if key_source == "environment":
            self.api_key.setReadOnly(True)
            self.key_status.setText(
                self.tr("Set by the AGENT_DESKTOP_API_KEY environment variable; change it there.")
            )
        else:
            task = runner.run(key_store.status, name="keyring-status")
            task.finished.connect(self._keyring_status)
            task.failed.connect(lambda e: self._keyring_status(None))
        (self.api_key if not api_key and key_source != "environment" else self.first).setFocus()

    # --- layout helpers -----------------------------------------------------------------------

    def _fit_width(self) -> None:
        """Wide enough for the groups' narrowest layout: the scroll area never scrolls sideways
        (a longer language's check box or a phone form cut the labels off on the left). Before
        the dialog is shown its viewport has no width yet: estimated from the margins, then made
        exact once it is laid out."""
        body, layout = self._scroll.widget(), self.layout()
        if body is None or layout is None:
            return
        if self.isVisible():
            short = body.minimumSizeHint().width() - self._scroll.viewport().width()
            if short > 0:
                self.resize(self.width() + short, self.height())
            return
        margins = layout.contentsMargins()
        needed = (
            body.minimumSizeHint().width()
            + self._scroll.verticalScrollBar().sizeHint().width()
            + margins.left()
            + margins.right()
        )
        if needed > self.width():
            self.resize(needed, self.height())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._fit_width)  # laid out by then: the viewport's real width

    def _form(self, box: QGroupBox) -> QFormLayout:
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.setVerticalSpacing(theme.GAP)
        return form

    @staticmethod
    def _align_labels(*forms: QFormLayout) -> None:
        """One label column width for all groups, so the fields line up down the dialog."""
        labels = []
        for form in forms:
            for row in range(form.rowCount()):
                item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
                if item is not None and item.widget() is not None:
                    labels.append(item.widget())
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)

    def _locked(self, widget: QWidget, name: str) -> QWidget:
        why = self._frozen.get(name)
        if why is None:
            return widget
        if isinstance(widget, QLineEdit):
            widget.setReadOnly(True)
        else:
            widget.setEnabled(False)
        note = QLabel(
            {
                "admin": self.tr("Set by your administrator for this computer."),
                "env": self.tr("Set by an environment variable."),
                "cli": self.tr("Set on the command line for this session; not saved."),
            }[why],
            self,
        )
        note.setFont(theme.small_font(self.font()))
        theme.set_secondary(note)
        widget.setToolTip(note.text())
        return with_note(widget, note, self)

    def _toggle_reveal(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode
        self.api_key.setEchoMode(mode.Normal if shown else mode.Password)
        self._reveal.setIcon(icon("eye-off" if shown else "eye"))
        self._reveal.setText(self.tr("Hide key") if shown else self.tr("Show key"))

    def _keyring_status(self, status) -> None:
        if status is not None and status.usable:
            self.key_status.setText(self.tr("Kept in %1.").replace("%1", status.backend_name))
            return
        message = (
            tr_core(status.message) if status is not None else self.tr("No system keyring found.")
        )
        self.key_status.setText(message)
        self.session_only.show()
        self.session_only.setChecked(True)

    # --- values -------------------------------------------------------------------------------

    def values(self):
        return replace(
            self._settings,
            base_url=self.base_url.text().strip().rstrip("/"),
            region=region_or_default(self.region.currentData()),
            agent_first_name=self.first.text().strip(),
            agent_last_name=self.last.text().strip(),
            agent_email=self.email.text().strip(),
            search_debounce_ms=self.debounce.value(),
            auto_send_seconds=self.auto_send.value(),
            theme=Theme(self.theme_choice.currentData() or Theme.SYSTEM),
            autostart=self.autostart.isChecked(),
            **self.softphone.values(),
            **self.phone.values(),  # pyright: ignore[reportArgumentType]
            **self.shortcuts.values(),
        )

    def _form_connection(self) -> tuple[str, str | None, str]:
        s = self.values()
        return s.base_url, self.api_key.text().strip() or None, s.region

    # --- saving -------------------------------------------------------------------------------

    def _save(self) -> None:
        from agent_desktop.core.settings.settings import validate_field

        settings = self.values()
        try:
            if "base_url" not in self._frozen:
                settings.base_url = validate_field("base_url", settings.base_url)
        except ValueError as exc:
            self.banner.show_message(self.tr("Server address %1.").replace("%1", tr_error(exc)))
            self.base_url.setFocus()
            return
        if self.softphone.problem():
            self.banner.show_message(self.softphone.problem())
            self.softphone.dial_command.setFocus()
            return
        if self.phone.problem():
            self.banner.show_message(self.phone.problem())
            return
        problem, field = self.shortcuts.problem()
        if problem:
            self.banner.show_message(problem)
            if field is not None:
                field.setFocus()
            return
        key = self.api_key.text().strip() or None
        session_only = self.session_only.isChecked() and self.session_only.isVisible()
        store_key = (
            bool(key)
            and self._key_source != "environment"
            and not session_only
            and (
                key != self._original_key
                or self._key_source != "keyring"
                or settings.base_url != self._settings.base_url
            )
        )
        if self._key_source == "environment":
            source = "environment"
        elif session_only:
            source = "session"
        else:
            source = "keyring" if key else None
        self.buttons.setEnabled(False)
        self.save_spinner.show()
        self.save_spinner.set_running(True)
        self.banner.hide()
        # The file keeps its own values for what the command line overrides this session.
        for_file = replace(settings, **self._file_values)
        task = self._runner.run(
            _save,
            self._settings_store,
            self._key_store,
            for_file,
            key,
            store_key,
            settings.base_url,
            self.phone.secrets_to_store(),
            self._phone_store,
            name="save-settings",
        )
        task.finished.connect(lambda _r: self._saved(SavedSettings(settings, key, source)))
        task.failed.connect(self._save_failed)

    def _saved(self, result: SavedSettings) -> None:
        self.save_spinner.set_running(False)
        self.saved.emit(result)
        self.accept()

    def _save_failed(self, error) -> None:
        self.buttons.setEnabled(True)
        self.save_spinner.hide()
        self.save_spinner.set_running(False)
        text = (
            tr_error(error)
            if isinstance(error, Exception)
            and type(error).__name__ in ("SettingsError", "KeyringUnavailable", "ValueError")
            else describe_error(error)
        )
        if type(error).__name__ == "KeyringUnavailable":
            self.session_only.show()
            text += " " + self.tr("Tick “for this session only” to use the key without saving it.")
        self.banner.show_message(text, Tone.ERROR)
