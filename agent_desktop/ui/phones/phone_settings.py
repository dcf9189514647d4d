"""The Settings dialog's Phone group: which source reports calls besides the `call` command,
its live status, and the chosen source's own form (one module per source,
ui/phone_settings_<kind>.py, listed in FORMS).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol, runtime_checkable

from PySide6.QtCore import QCoreApplication, QObject, SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from agent_desktop.core.phones.source import PhoneKind, SourceStatus
from agent_desktop.core.settings.settings import Settings
from agent_desktop.qt.tasks import TaskRunner
from agent_desktop.ui.common import theme
from agent_desktop.ui.common.widgets import plain_label
from agent_desktop.ui.phones import phone_texts
from agent_desktop.ui.phones.settings_asterisk import AsteriskSettingsForm
from agent_desktop.ui.phones.settings_baresip import BaresipForm
from agent_desktop.ui.phones.settings_bria import BriaForm
from agent_desktop.ui.phones.settings_desk_phone import DeskPhoneForm, PhoneSecrets

Locked = Callable[[QWidget, str], QWidget]


def _tr(text: str) -> str:
    return QCoreApplication.translate("PhoneSettings", text)


class PhoneStatusSource(Protocol):
    """What the group needs of the window's PhoneService: the status, and its changes."""

    @property
    def status(self) -> SourceStatus: ...

    @property
    def status_changed(self) -> SignalInstance: ...


@runtime_checkable
class HasValues(Protocol):
    def values(self) -> dict[str, object]: ...


@runtime_checkable
class HasSecrets(Protocol):
    def secrets(self) -> dict[str, str]: ...


@runtime_checkable
class HasProblem(Protocol):
    def problem(self) -> str: ...


@runtime_checkable
class Activates(Protocol):
    def activate(self) -> None: ...


class FormContext(Protocol):
    runner: TaskRunner | None
    secrets: PhoneSecrets | None


def _desk_phone_form(
    settings: Settings, locked: Locked, parent: QWidget, ctx: FormContext
) -> QWidget:
    return DeskPhoneForm(settings, locked, parent, runner=ctx.runner, secrets=ctx.secrets)


def _baresip_form(settings: Settings, locked: Locked, parent: QWidget, ctx: FormContext) -> QWidget:
    return BaresipForm(settings, locked, parent)


def _asterisk_form(
    settings: Settings, locked: Locked, parent: QWidget, ctx: FormContext
) -> QWidget:
    return AsteriskSettingsForm(settings, locked, parent)


def _bria_form(settings: Settings, locked: Locked, parent: QWidget, ctx: FormContext) -> QWidget:
    return BriaForm(settings, locked, parent)


# The source forms by kind; a kind without one is set in the settings file (see the README).
FORMS: dict[str, Callable[[Settings, Locked, QWidget, FormContext], QWidget]] = {
    PhoneKind.DESK_PHONE.value: _desk_phone_form,
    PhoneKind.BARESIP.value: _baresip_form,
    PhoneKind.ASTERISK.value: _asterisk_form,
    PhoneKind.BRIA.value: _bria_form,
}


def _choices() -> list[tuple[str, str]]:
    return [
        (PhoneKind.COMMAND.value, _tr("Only the call command (MicroSIP and others)")),
        (PhoneKind.DESK_PHONE.value, _tr("A desk phone (Yealink, Snom, Grandstream, Poly)")),
        (PhoneKind.BARESIP.value, "baresip"),
        (PhoneKind.ASTERISK.value, _tr("Asterisk (the PBX)")),
        (PhoneKind.BRIA.value, "Bria"),
    ]


class PhoneGroup(QGroupBox):
    def __init__(
        self,
        settings: Settings,
        locked: Locked,
        parent: QWidget | None = None,
        *,
        phones: PhoneStatusSource | None = None,
        runner: TaskRunner | None = None,
        secrets: PhoneSecrets | None = None,
    ) -> None:
        super().__init__(_tr("Phone"), parent)
        self.runner: TaskRunner | None = runner
        self.secrets: PhoneSecrets | None = secrets
        self._running_kind = settings.phone
        self.source = QComboBox(self)
        for value, text in _choices():
            self.source.addItem(text, value)
        self.source.setCurrentIndex(max(0, self.source.findData(settings.phone)))
        self.source.setAccessibleName(_tr("Calls come from"))
        self.source.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.source.setMinimumContentsLength(16)
        self.status = plain_label("", self)  # the OS's own words can be in it
        self.status.setWordWrap(True)
        self.status.setFont(theme.small_font(self.font()))
        theme.set_secondary(self.status)
        self.forms: dict[str, QWidget] = {}
        self.stack = QStackedWidget(self)
        for value, _text in _choices():
            make = FORMS.get(value)
            if make is not None:
                form = make(settings, locked, self.stack, self)
            else:
                form = plain_label(
                    _tr("Nothing to set here.")
                    if value == "command"
                    else _tr("Set up in the settings file; see the README."),
                    self.stack,
                )
                form.setWordWrap(True)
            self.forms[value] = form
            self.stack.addWidget(form)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(_tr("Calls c&ome from"), locked(self.source, "phone"))
        self.form.addRow("", self.status)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.stack)
        self._status: SourceStatus | None = phones.status if phones is not None else None
        if phones is not None and isinstance(phones, QObject):
            phones.status_changed.connect(self._status_changed)
        self.source.currentIndexChanged.connect(lambda _i: self._chosen())
        self._chosen()

    @property
    def kind(self) -> str:
        return self.source.currentData() or PhoneKind.COMMAND.value

    def _chosen(self) -> None:
        form = self.forms[self.kind]
        # A stack is as tall as its tallest page: the pages not shown are left out of its size,
        # so a short form (Bria's note) leaves no empty box the desk phone's form would fill.
        for page in self.forms.values():
            policy = QSizePolicy.Policy.Preferred if page is form else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.stack.setCurrentWidget(form)
        self.stack.adjustSize()
        if isinstance(form, Activates):
            form.activate()
        self._show_status()

    def _status_changed(self, status: object) -> None:
        if isinstance(status, SourceStatus):
            self._status = status
            self._show_status()

    def _show_status(self) -> None:
        status = self._status
        if self.kind != self._running_kind:
            text = _tr("Starts when you save.") if self.kind != "command" else ""
        elif status is None or self.kind == "command":
            text = ""
        else:
            text = phone_texts.status_text(status)
        self.status.setText(text)
        self.status.setVisible(bool(text))

    # --- values -------------------------------------------------------------------------------

    def values(self) -> dict[str, object]:
        """The chosen source's own values (the others keep what the settings had: a half-typed
        address in a form not chosen is not saved)."""
        out: dict[str, object] = {"phone": self.kind}
        form = self.forms[self.kind]
        if isinstance(form, HasValues):
            out.update(form.values())
        return out

    def form_layouts(self) -> list[QFormLayout]:
        """The source forms' own form layouts, to line their labels up with the dialog's."""
        layouts: list[QFormLayout] = []
        for form in self.forms.values():
            layout = getattr(form, "form", None)
            if isinstance(layout, QFormLayout):
                layouts.append(layout)
        return layouts

    def secrets_to_store(self) -> dict[str, str]:
        form = self.forms[self.kind]
        return dict(form.secrets()) if isinstance(form, HasSecrets) else {}

    def problem(self) -> str:
        form = self.forms[self.kind]
        return form.problem() if isinstance(form, HasProblem) else ""
