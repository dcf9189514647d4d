"""Values given above the settings files (the environment, the command line) and the rule that
applies them: later wins, except on a key the administrator locked (see effective_settings)."""

from __future__ import annotations

import enum
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from agent_desktop.core.texts import Text, text_of


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
        return Text("settings.override_locked", self.label, self.name)


@dataclass(frozen=True)
class Overlaid:
    values: dict[str, object]  # the cleaned value of every override applied, by key
    ignored: tuple[IgnoredOverride, ...]
    invalid: tuple[tuple[Override, str], ...]  # values that failed validation, and why


def overlay(
    overrides: Sequence[Override], locked: frozenset[str], validate: Callable[[str, str], object]
) -> Overlaid:
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
            invalid.append((item, text_of(exc)))
    return Overlaid(values, tuple(ignored), tuple(invalid))


def command_line(base_url: str | None = None, region: str | None = None) -> list[Override]:
    """The options --base-url / --region as overrides (None or blank: not given)."""
    given = (("base_url", base_url, "--base-url"), ("region", region, "--region"))
    return [
        Override(name, value, Source.COMMAND_LINE, flag)
        for name, value, flag in given
        if value and value.strip()
    ]


def environment(environ: Mapping[str, str], variables: Mapping[str, str]) -> list[Override]:
    """The environment's overrides: `variables` maps a setting to its variable's name."""
    return [
        Override(name, environ.get(var, ""), Source.ENVIRONMENT, var)
        for name, var in variables.items()
    ]
