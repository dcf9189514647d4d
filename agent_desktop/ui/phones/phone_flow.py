"""The phone source chosen in Settings, kept running: started when the settings load, restarted
when its own settings change, and its troubles said in the window's notice (and cleared when
they are over).

Which settings are a source's own: `phone` and every key that starts with its name
(`baresip_address`, `desk_phone_listen`, …), so changing the theme never drops the phone.
"""

from __future__ import annotations

from dataclasses import asdict
from typing import Protocol

from PySide6.QtCore import QObject

from agent_desktop.core.phones.source import PhoneKind, PhoneSource, SourceState, SourceStatus
from agent_desktop.core.settings.settings import Settings
from agent_desktop.qt.phone_service import PhoneService
from agent_desktop.ui.app.context import SourceFactory
from agent_desktop.ui.common.core_texts import tr_core, tr_error
from agent_desktop.ui.common.widgets import Banner, Tone
from agent_desktop.ui.phones import phone_texts


class PhoneNotice(Protocol):
    """Where the window says what went wrong."""

    @property
    def notice(self) -> Banner: ...


def default_source_factory(settings: Settings) -> PhoneSource | None:
    from agent_desktop.core.phones.registry import SourceConfig, create_source

    def secret(name: str) -> str | None:  # read on the source's thread, when it connects
        from agent_desktop.core.settings.secrets import ApiKeyStore

        return ApiKeyStore().phone_secret(name)

    return create_source(PhoneKind(settings.phone), SourceConfig(settings, secret))


def source_settings(settings: Settings) -> tuple[object, ...]:
    """What the running source depends on: its kind, its own keys, and the region (numbers)."""
    prefix = settings.phone + "_"
    own = sorted((k, repr(v)) for k, v in asdict(settings).items() if k.startswith(prefix))
    return (settings.phone, settings.region, tuple(own))


class PhoneFlow(QObject):
    def __init__(
        self,
        window: PhoneNotice,
        phones: PhoneService,
        factory: SourceFactory | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.w = window
        self.phones = phones
        self._factory = factory or default_source_factory
        self._running: tuple[object, ...] | None = None
        self._said = ""  # the notice text this flow put up, to take it down when it is over
        phones.status_changed.connect(self._status)
        phones.control_failed.connect(lambda text: self._say(tr_core(text), Tone.ERROR))

    def configure(self, settings: Settings) -> None:
        wanted = source_settings(settings)
        if wanted == self._running:
            return
        self._running = wanted
        try:
            source = self._factory(settings)
        except (ValueError, ImportError) as exc:  # a setting the source cannot use
            self.phones.use(None)
            self._say(phone_texts.cannot_start(settings.phone, tr_error(exc)), Tone.ERROR)
            return
        self.phones.use(source)

    def shutdown(self) -> None:
        self.phones.stop()

    def _status(self, status: object) -> None:
        if not isinstance(status, SourceStatus):
            return
        if status.state is SourceState.DOWN:
            self._say(phone_texts.status_text(status), Tone.WARNING)
        elif self._said and self.w.notice.text == self._said:
            self.w.notice.dismiss()  # the phone is back: the warning is over
            self._said = ""

    def _say(self, text: str, tone: Tone) -> None:
        self._said = text
        self.w.notice.show_message(text, tone)
