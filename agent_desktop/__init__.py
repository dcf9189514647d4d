"""Agent Desktop: a desktop companion for contact-centre agents working in SwitchTransact."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("agent-desktop")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

APP_NAME = "Agent Desktop"
APP_ID = "agent-desktop"
