"""The one precedence rule for settings, used by the window and the command line alike.

Lowest first: built-in defaults < the site file < the user's file < the environment
(AGENT_DESKTOP_BASE_URL / AGENT_DESKTOP_REGION) < the command line (--base-url / --region).
A key the site file lists in `locked` takes the site value whatever comes later: the override is
then ignored and named in `ignored`, so the CLI and the window can say so.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from agent_desktop.core.settings import LoadedSettings


class Source(enum.Enum):
    ENVIRONMENT = "environment"
    COMMAND_LINE = "command line"


@dataclass(frozen=True)
class Override:
    """A value given above the files: `label` is how the person wrote it (the variable or the
    option), for messages."""

    name: str
    raw: str
    source: Source
    label: str


@dataclass(frozen=True)
class IgnoredOverride:
    name: str
    source: Source
    label: str

    def sentence(self) -> str:
        return (f"{self.label} was ignored: your administrator has locked {self.name} on this "
                "computer.")


@dataclass(frozen=True)
class Overlaid:
    values: dict[str, object]  # the cleaned value of every override applied, by key
    ignored: tuple[IgnoredOverride, ...]
    invalid: tuple[tuple[Override, str], ...]  # values that failed validation, and why


def overlay(overrides: Sequence[Override], locked: frozenset[str],
            validate: Callable[[str, str], object]) -> Overlaid:
    """Apply `overrides` in order (later wins) except on locked keys. Blank values are absent."""
    values: dict[str, object] = {}
    ignored: list[IgnoredOverride] = []
    invalid: list[tuple[Override, str]] = []
    for item in overrides:
        if not item.raw.strip():
            continue
        if item.name in locked:
            ignored.append(IgnoredOverride(item.name, item.source, item.label))
            continue
        try:
            values[item.name] = validate(item.name, item.raw)
        except ValueError as exc:
            invalid.append((item, str(exc)))
    return Overlaid(values, tuple(ignored), tuple(invalid))


class SettingsSource(Protocol):
    """What loads defaults < site < user < environment: `SettingsStore`, or a stand-in."""

    def load(self) -> LoadedSettings: ...


def command_line(base_url: str | None = None, region: str | None = None) -> list[Override]:
    """The options --base-url / --region as overrides (None or blank: not given)."""
    given = (("base_url", base_url, "--base-url"), ("region", region, "--region"))
    return [Override(name, value, Source.COMMAND_LINE, flag) for name, value, flag in given
            if value and value.strip()]


def effective_settings(store: SettingsSource, options: Sequence[Override] = ()
                       ) -> tuple[LoadedSettings, tuple[str, ...]]:
    """The settings in force: the store's (files and environment, locks held) with the command
    line's `options` on top, for this session only (`file_values` keeps what the files held so
    saving never writes an option back). Also the sentences for options that are not valid
    values; the caller decides whether that stops it (the CLI) or is only reported."""
    from agent_desktop.core.settings import validate_field

    loaded = store.load()
    result = overlay(options, loaded.locked, validate_field)
    settings = loaded.settings
    file_values: dict[str, object] = dict(loaded.file_values)
    for name in result.values:
        file_values.setdefault(name, getattr(settings, name))
    settings = replace(settings, **result.values)
    invalid = tuple(f"{item.label} {why}." for item, why in result.invalid)
    return replace(
        loaded,
        settings=settings,
        file_values=file_values,
        ignored=(*loaded.ignored, *result.ignored),
    ), invalid


def environment(environ: Mapping[str, str], variables: Mapping[str, str]) -> list[Override]:
    """The environment's overrides: `variables` maps a setting to its variable's name."""
    return [Override(name, environ.get(var, ""), Source.ENVIRONMENT, var)
            for name, var in variables.items()]
