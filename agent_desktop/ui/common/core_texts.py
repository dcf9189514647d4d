"""Core's sentences in the window's language: a core Text is rendered from its code (the English
template is the translation source, extracted from agent_desktop/core/texts.py); any other string
is shown as it is (a name, an address, a technical detail)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from agent_desktop.core.texts import Text, context, fill, template


def tr_core(text: object) -> str:
    """`text` in the window's language when core said it as a Text; else unchanged."""
    if not isinstance(text, Text):
        return "" if text is None else str(text)
    translated = QCoreApplication.translate(context(text.code), template(text.code))
    return fill(translated, tuple(tr_core(arg) for arg in text.args))


def tr_error(error: BaseException) -> str:
    """An exception core raised with a Text (KeyringUnavailable, ValueError, SettingsError),
    in the window's language."""
    first = error.args[0] if error.args else ""
    return tr_core(first) if isinstance(first, Text) else (str(error) or type(error).__name__)
