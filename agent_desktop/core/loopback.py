"""Is a host this computer? Standard library only, so the sandbox can use it too."""

from __future__ import annotations

import ipaddress


def is_loopback(host: str) -> bool:
    """localhost, 127.0.0.0/8 or ::1 (brackets and a trailing dot allowed)."""
    host = (host or "").strip("[]").lower().rstrip(".")
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
