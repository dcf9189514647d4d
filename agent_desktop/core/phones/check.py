"""`agent-desktop check`'s phone line: the chosen source probed once (connect, log in, bind),
its status worded as the window words it."""

from __future__ import annotations

from agent_desktop.core.phones.registry import SourceConfig, create_source
from agent_desktop.core.phones.source import PhoneKind, SourceState, describe
from agent_desktop.core.settings.secrets import KeyringUnavailable


def check_phone(config: SourceConfig, timeout: float = 3.0) -> tuple[bool, str] | None:
    """(ok, sentence) for the configured source; None when only the `call` command is used."""
    kind = PhoneKind(config.settings.phone)
    try:
        source = create_source(kind, config)
        if source is None:
            return None
        status = source.probe(timeout)
    except (ValueError, KeyringUnavailable) as exc:  # a setting it cannot use, no secret
        return False, f"{kind.value}: {exc}"
    return status.state in (SourceState.CONNECTED, SourceState.LISTENING), describe(status)
