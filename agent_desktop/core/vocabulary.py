"""The base of the app's closed vocabularies (outbox kinds and states, worker states, ...)."""

from __future__ import annotations

import enum


class Vocabulary(str, enum.Enum):
    """A closed set of words, each member *is* its string: SQLite, JSON, Qt's str signals and
    `==` with a plain string all see the value, so files written before keep working.
    (enum.StrEnum does the same from Python 3.11; the app still runs on 3.10.)"""

    def __str__(self) -> str:
        return str(self.value)
