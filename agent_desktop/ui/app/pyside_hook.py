"""PySide6's feature hook kept off our own modules (called before PySide6.QtCore is imported).

Once shiboken6 is loaded, it looks at every module imported after it (and, when QtCore comes,
at every module imported before) for the word "PySide6" in its source: a module that has it may
switch on PySide6's `__feature__` options (snake_case, true_property). It reads the whole file
with inspect.getsource, and linecache keeps the lines for the life of the process. Run from
source, that is every one of our modules read once more as text after Python loaded its bytecode:
~20 ms of start-up and ~12 MiB. We use no `__feature__`: our modules are told apart by name and
marked as the hook marks a PySide6 module with no feature selected, without reading them.
"""

from __future__ import annotations

import sys
from types import ModuleType

OURS = "agent_desktop"


def keep_off_our_modules() -> bool:
    """Installs the name test in front of the source test; True when it is in place."""
    import shiboken6  # noqa: F401 - loads the feature module, not yet QtCore

    feature = sys.modules.get("shibokensupport.feature")
    reads_source = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(reads_source):  # another PySide6: leave it as it is
        return False
    if getattr(reads_source, "keeps_off", "") == OURS:
        return True

    def uses_pyside(module: ModuleType) -> bool:
        name = getattr(module, "__name__", "")
        if name == OURS or name.startswith(OURS + "."):
            return True  # 0: no feature, as for any module of ours that imports PySide6
        return bool(reads_source(module))

    uses_pyside.keeps_off = OURS  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[attr-defined]
    return True
