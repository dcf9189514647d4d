"""The baresip phone source (its create() is what core/phones/registry.py imports by the
`phone` setting's value)."""

from agent_desktop.core.phones.baresip.source import create

__all__ = ["create"]
