"""What the updater may do (the `update_policy` setting), parsed from the settings file."""

from __future__ import annotations

from agent_desktop.core.vocabulary import Vocabulary


class UpdatePolicy(Vocabulary):
    """AUTO downloads a newer signed release and installs it at the next quit or start; NOTIFY
    only says that one is published; OFF never asks the update server."""

    AUTO = "auto"
    NOTIFY = "notify"
    OFF = "off"

    def __repr__(self) -> str:  # as the settings file spells it, in "…; using 'notify'."
        return repr(self.value)
