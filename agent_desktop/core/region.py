"""The region a number without a country code is read in, until the agent's settings say.

Its own module so that the window's parts can name it without importing phonenumbers (~80 ms,
kept off the path to the first paint); core/phone.py gives it as its default too."""

from __future__ import annotations

DEFAULT_REGION = "ZA"


def region_or_default(region: str | None) -> str:
    """The settings' region, or the default where none is set yet."""
    return region or DEFAULT_REGION
