"""Agent Desktop: a desktop companion for contact-centre agents working in SwitchTransact."""

import sys as _sys

# Baked in at build time (packaging/bake_version.py): reading the installed metadata with
# importlib.metadata costs ~24 ms of every start-up.
from agent_desktop._version import __version__

APP_NAME = "Agent Desktop"
APP_ID = "agent-desktop"
VERSION_FILE = "VERSION"  # in a frozen bundle: <bundle data>/agent_desktop/VERSION


def _bundle_version(baked: str) -> str:
    """A frozen bundle's version is the file its build wrote beside the code (the spec), so the
    installed tree says which release it is and an update is a whole new tree, that file with
    it. From source or a wheel (no such file) the baked version stands."""
    bundle = getattr(_sys, "_MEIPASS", None)
    if not bundle:
        return baked
    try:
        with open(f"{bundle}/agent_desktop/{VERSION_FILE}", encoding="utf-8") as file:
            return file.read().strip() or baked
    except OSError:
        return baked


__version__ = _bundle_version(__version__)

__all__ = ["APP_ID", "APP_NAME", "__version__"]
