"""The one precedence rule for settings, used by the window and the command line alike.

Lowest first: built-in defaults < the site file < the user's file < the environment
(AGENT_DESKTOP_BASE_URL / AGENT_DESKTOP_REGION) < the command line (--base-url / --region).
A key the site file lists in `locked` takes the site value whatever comes later: the override is
then ignored and named in `ignored`, so the CLI and the window can say so.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Protocol

from agent_desktop.core.settings.overrides import Override, command_line, overlay
from agent_desktop.core.settings.settings import LoadedSettings, validate_field
from agent_desktop.core.texts import Text

__all__ = ["SettingsSource", "command_line", "effective_settings"]


class SettingsSource(Protocol):
    """What loads defaults < site < user < environment: `SettingsStore`, or a stand-in."""

    def load(self) -> LoadedSettings: ...


def effective_settings(
    store: SettingsSource, options: Sequence[Override] = ()
) -> tuple[LoadedSettings, tuple[str, ...]]:
    """The settings in force: the store's (files and environment, locks held) with the command
    line's `options` on top, for this session only (`file_values` keeps what the files held so
    saving never writes an option back). Also the sentences for options that are not valid
    values; the caller decides whether that stops it (the CLI) or is only reported."""
    loaded = store.load()
    result = overlay(options, loaded.locked, validate_field)
    settings = loaded.settings
    file_values: dict[str, object] = dict(loaded.file_values)
    for name in result.values:
        file_values.setdefault(name, getattr(settings, name))
    settings = replace(settings, **result.values)
    invalid = tuple(
        Text("settings.override_invalid", item.label, why) for item, why in result.invalid
    )
    return replace(
        loaded,
        settings=settings,
        file_values=file_values,
        ignored=(*loaded.ignored, *result.ignored),
    ), invalid
