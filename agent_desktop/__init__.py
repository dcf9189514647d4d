"""Agent Desktop: a desktop companion for contact-centre agents working in SwitchTransact."""

# Baked in at build time (packaging/bake_version.py): reading the installed metadata with
# importlib.metadata costs ~24 ms of every start-up.
from agent_desktop._version import __version__

APP_NAME = "Agent Desktop"
APP_ID = "agent-desktop"

__all__ = ["APP_ID", "APP_NAME", "__version__"]
