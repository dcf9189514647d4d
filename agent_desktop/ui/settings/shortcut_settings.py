"""The Settings dialog's Global shortcuts group: on/off, the two keys, and what stands in the way.

The keys are recorded by pressing them. Qt spells macOS's Command key "Ctrl" and its Control key
"Meta"; the setting means the physical keys (pynput's <ctrl> is Control everywhere), so the two
are swapped on macOS when reading and writing.
"""

from __future__ import annotations

import sys
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QWidget,
)

from agent_desktop.core.hotkeys import validate_keys
from agent_desktop.core.settings.settings import Settings
from agent_desktop.qt.global_shortcuts import ShortcutState
from agent_desktop.ui.calls.global_keys_flow import describe, permission_help
from agent_desktop.ui.common import theme


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text)


def _swap_ctrl_meta(text: str) -> str:
    parts = text.split("+")
    swap = {"Ctrl": "Meta", "Meta": "Ctrl"}
    return "+".join(swap.get(p, p) for p in parts)


def to_setting(sequence: QKeySequence, platform: str = sys.platform) -> str:
    text = sequence.toString(QKeySequence.SequenceFormat.PortableText)
    return _swap_ctrl_meta(text) if platform == "darwin" else text


def from_setting(text: str, platform: str = sys.platform) -> QKeySequence:
    return QKeySequence.fromString(
        _swap_ctrl_meta(text) if platform == "darwin" else text,
        QKeySequence.SequenceFormat.PortableText,
    )


class ShortcutGroup(QGroupBox):
    def __init__(
        self,
        settings: Settings,
        locked: Callable[[QWidget, str], QWidget],
        state: ShortcutState | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(_tr("Global shortcuts"), parent)
        self.enabled = QCheckBox(_tr("Answer, end and log calls from any application"), self)
        self.enabled.setChecked(settings.global_shortcuts)
        self.enabled.setToolTip(
            _tr(
                "These keys work while another application has the keyboard, and are taken from "
                "every other application."
            )
        )
        self.answer = self._key_edit(
            settings.global_answer_keys, _tr("Global shortcut to answer or end the call")
        )
        self.send = self._key_edit(
            settings.global_send_keys, _tr("Global shortcut to send the call log")
        )
        shown = (
            state
            if state is not None and state.enabled == settings.global_shortcuts
            else ShortcutState(settings.global_shortcuts)
        )
        text = describe(shown) if shown.problem or not shown.enabled else ""
        self.status = QLabel(" ".join(p for p in (text, permission_help()) if p), self)
        self.status.setWordWrap(True)
        self.status.setFont(theme.small_font(self.font()))
        theme.set_secondary(self.status)
        self.form = QFormLayout(self)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow("", locked(self.enabled, "global_shortcuts"))
        self.form.addRow(_tr("Answer / end"), locked(self.answer, "global_answer_keys"))
        self.form.addRow(_tr("Send call log"), locked(self.send, "global_send_keys"))
        self.form.addRow("", self.status)
        # Fields an administrator locked stay as the lock left them.
        self._frozen = [edit for edit in (self.answer, self.send) if not edit.isEnabled()]
        self.enabled.toggled.connect(self._follow)
        self._follow(self.enabled.isChecked())

    def _key_edit(self, text: str, name: str) -> QKeySequenceEdit:
        edit = QKeySequenceEdit(from_setting(text), self)
        edit.setMaximumSequenceLength(1)
        edit.setClearButtonEnabled(True)
        inner = edit.findChild(QLineEdit)  # Qt's own "Press shortcut" is not translated here
        if inner is not None:
            inner.setPlaceholderText(_tr("Press the keys"))
        edit.setAccessibleName(name)
        edit.setToolTip(_tr("Click, then press the keys (for example Ctrl+Shift+F9)."))
        return edit

    def _follow(self, on: bool) -> None:
        for edit in (self.answer, self.send):
            if edit not in self._frozen:
                edit.setEnabled(on)

    def values(self) -> dict[str, object]:
        return {
            "global_shortcuts": self.enabled.isChecked(),
            "global_answer_keys": to_setting(self.answer.keySequence()),
            "global_send_keys": to_setting(self.send.keySequence()),
        }

    def problem(self) -> tuple[str, QWidget | None]:
        """A translated sentence and the field to fix, when the keys cannot be saved."""
        if not self.enabled.isChecked():
            return "", None
        for edit in (self.answer, self.send):
            text = to_setting(edit.keySequence())
            try:
                validate_keys(text)
            except ValueError:
                shown = edit.keySequence().toString(QKeySequence.SequenceFormat.NativeText)
                return _tr(
                    "“%1” cannot be a global shortcut: use Ctrl, Alt or Meta with a "
                    "letter, a digit, F1–F24, Return or Space (Ctrl+Alt with F1–F12 "
                    "switches the Linux console)."
                ).replace("%1", shown or _tr("(none)")), edit
        if self.answer.keySequence() == self.send.keySequence():
            return _tr("The two global shortcuts must be different keys."), self.send
        return "", None
