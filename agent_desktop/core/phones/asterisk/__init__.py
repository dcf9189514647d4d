"""The asterisk phone source (its create() is what core/phones/registry.py imports by the
`phone` setting's value)."""

from agent_desktop.core.phones.asterisk.source import create

__all__ = ["create"]
