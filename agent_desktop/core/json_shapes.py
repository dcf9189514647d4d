"""Narrowing for data parsed from JSON or TOML, whose parsers return `Any`.

`isinstance(value, dict)` alone leaves the type checker with a dict of unknowns; these guards say
what the parsers guarantee: an object's (a table's) keys are text, and what is inside is still
unchecked (`object`), so every use below narrows again.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypeGuard

JsonObject = dict[str, object]


def is_object(value: object) -> TypeGuard[JsonObject]:
    """A JSON object or TOML table (json and tomllib make no key other than text)."""
    return isinstance(value, dict)


def is_table(value: object) -> TypeGuard[Mapping[str, object]]:
    """Any mapping with text keys: a parsed table, or one a caller built the same way."""
    return isinstance(value, Mapping)


def is_list(value: object) -> TypeGuard[list[object]]:
    """A JSON array or TOML array, its items not yet checked."""
    return isinstance(value, list)
