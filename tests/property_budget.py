"""How many examples a property test tries. `./dev test` tries a quarter of each test's full count
(at least 10), which still finds a regression in the behaviour the property covers and keeps the
suite quick; CI's property step runs every property test with its full count:

    AGENT_DESKTOP_PROPERTIES=full ./dev test -m hypothesis tests
"""

from __future__ import annotations

import os

FULL = os.environ.get("AGENT_DESKTOP_PROPERTIES") == "full"


def examples(full: int) -> int:
    """`full` when CI asks for the full count, else a quarter of it (at least 10)."""
    return full if FULL else max(10, full // 4)
