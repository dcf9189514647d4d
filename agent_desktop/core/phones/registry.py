"""Which module makes which source: the module named after the `phone` setting's value.

Adding a source is a package beside the others (`<kind>/source.py`) whose __init__ exposes
`create(config) -> PhoneSource` (plus its value in PhoneKind and its settings keys); nothing here
changes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from agent_desktop.core.phones.source import PhoneKind, PhoneSource
from agent_desktop.core.settings.settings import Settings


@dataclass(frozen=True)
class SourceConfig:
    settings: Settings
    # The phone's secrets (desk phone token and web password, AMI secret) from the keyring, by
    # name; None when none is stored. May raise KeyringUnavailable.
    secret: Callable[[str], str | None]


def create_source(kind: PhoneKind, config: SourceConfig) -> PhoneSource | None:
    """The source for `kind`, not started; None for the `call` command alone."""
    if kind is PhoneKind.COMMAND:
        return None
    module = importlib.import_module(f"agent_desktop.core.phones.{kind.value}")
    create: Callable[[SourceConfig], PhoneSource] = module.create
    return create(config)
