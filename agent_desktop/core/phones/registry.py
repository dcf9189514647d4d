"""Which module makes which source: the package named after the `phone` setting's value.

Adding a source is a package beside the others whose `source.py` exposes
`create(config) -> PhoneSource` (plus its value in PhoneKind and its settings keys); nothing here
changes. The registry calls `<kind>/source.py`'s create itself, not the name its package
re-exports, so whoever replaces `source.create` (a test's fake phone) is the one called.
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
    module = importlib.import_module(f"agent_desktop.core.phones.{kind.value}.source")
    create: Callable[[SourceConfig], PhoneSource] = module.create
    return create(config)
