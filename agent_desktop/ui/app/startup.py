"""What happens on a worker right after the window first paints: settings, key, heavy imports."""

from __future__ import annotations

from dataclasses import dataclass, replace

from agent_desktop.core.settings.effective import command_line, effective_settings
from agent_desktop.core.settings.settings import LoadedSettings
from agent_desktop.core.texts import text_of
from agent_desktop.ui.app.context import AppContext
from agent_desktop.ui.app.stores import KeyStoreLike, SettingsStoreLike


@dataclass(frozen=True)
class Startup:
    settings_store: SettingsStoreLike
    key_store: KeyStoreLike
    loaded: LoadedSettings  # with --base-url / --region applied
    api_key: str | None
    key_source: str | None
    key_problem: str | None  # the keyring could not be read: why, in a sentence (a core Text)


def load_startup(ctx: AppContext) -> Startup:
    """Runs on a worker: reads the settings file and the keyring, and warms the phone rules."""
    from agent_desktop.core import phone  # noqa: F401 - warm phonenumbers off the GUI thread

    if ctx.settings_store is None:
        from agent_desktop.core.settings.settings import SettingsStore

        settings_store = SettingsStore()
    else:
        settings_store = ctx.settings_store
    if ctx.key_store is None:
        from agent_desktop.core.settings.secrets import ApiKeyStore

        key_store = ApiKeyStore()
    else:
        key_store = ctx.key_store

    # The one precedence rule the CLI uses too: --base-url / --region for this session only,
    # never over an administrator's lock.
    options = command_line(ctx.base_url_override, ctx.region_override)
    loaded, invalid = effective_settings(settings_store, options)
    problems = [*loaded.problems, *invalid, *(item.sentence() for item in loaded.ignored)]
    loaded = replace(loaded, problems=problems)
    settings = loaded.settings

    api_key = key_source = key_problem = None
    if settings.base_url:
        try:
            api_key = key_store.get(settings.base_url)
        except Exception as exc:  # an address without a host, KeyringUnavailable, a backend's
            key_problem = text_of(exc) or type(exc).__name__  # a Text where core said one
        if api_key:
            key_source = key_store.source(settings.base_url) or "keyring"
    if ctx.settings_store is None and not ctx.demo:  # the user's real settings, not a test's
        sync_autostart(settings.autostart)
    return Startup(settings_store, key_store, loaded, api_key, key_source, key_problem)


def sync_autostart(enabled: bool) -> None:
    """The OS's start-at-login entry made to match the setting (on a worker). A failure is
    logged: starting by hand still works."""
    import logging

    from agent_desktop.core.settings import autostart

    try:
        state = autostart.sync(enabled)
    except OSError:
        logging.getLogger(__name__).warning(
            "start with the computer: the entry could not be changed", exc_info=True
        )
        return
    logging.getLogger(__name__).info(
        "start with the computer: %s (%s)", "on" if state.enabled else "off", state.where
    )
