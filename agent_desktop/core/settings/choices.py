"""The closed choices among the settings, as types: a value is parsed into one of these when the
settings are loaded, so the rest of the app compares members, never spelled-out strings."""

from __future__ import annotations

from agent_desktop.core.vocabulary import Vocabulary


class MissedCalls(Vocabulary):
    """The `missed_calls` setting: what becomes of a call nobody answered."""

    LOG = "log"  # logged without review
    REVIEW = "review"  # kept in review like any call
    IGNORE = "ignore"  # dropped (ring-all queues: the colleague who answered logs it)
    # Logged without review like LOG, except a call the PBX says a colleague answered (a queue
    # or ring group offered it to several agents): that one is dropped here, logged by them.
    MINE = "mine"


class OnRing(Vocabulary):
    """The `on_ring` setting: how a ring draws the agent's eye (ui/calls/attention.py)."""

    RAISE = "raise"  # the window comes forward without taking the keyboard
    NOTIFY = "notify"  # a desktop notification from the tray icon


class Theme(Vocabulary):
    """The `theme` setting: SYSTEM follows the OS's light/dark; LIGHT or DARK fixes it."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
