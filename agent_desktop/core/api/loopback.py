"""Is a host this computer? Standard library only, so the sandbox can use it too."""

from __future__ import annotations

import ipaddress


def is_loopback(host: str) -> bool:
    """`localhost`, or a literal loopback address (127.0.0.0/8, ::1; IPv6 may be bracketed).

    Only names that never reach a resolver count: "localhost." (fully qualified, so looked up
    in DNS) and "localhost.example.com" may point anywhere, so they get no plain http and no
    proxy bypass."""
    host = (host or "").strip().lower()
    if host.startswith("[") and host.endswith("]"):
        host = host[1:-1]
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False
