"""HOST:PORT as the phone sources' settings write it: one parser for the Asterisk manager
address, baresip's ctrl_tcp address and the desk-phone listener, so every form and file refuses
the same things with the same words (codes core/texts.py defines, the window translates)."""

from __future__ import annotations

from agent_desktop.core.texts import Text


def split_host_port(text: str, *, example: str, ip_only: bool = False) -> tuple[str, int]:
    """("pbx.example", 5038) from "pbx.example:5038"; an IPv6 host in brackets ("[::1]:4444")
    comes back without them. `ip_only` refuses names (a listener binds an address, not a name).
    Raises ValueError(Text) naming `example` as the shape wanted."""
    host, sep, port = text.strip().rpartition(":")
    host = host[1:-1] if host.startswith("[") and host.endswith("]") else host
    if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError(Text("value.ip_port" if ip_only else "value.host_port", example))
    if ip_only:
        import ipaddress  # only when a listener is set up: kept off the start-up path

        try:
            ipaddress.ip_address(host)
        except ValueError:
            raise ValueError(Text("value.ip_port", example)) from None
    elif any(ch.isspace() or ch in "/?#@[]" for ch in host):
        raise ValueError(Text("value.host_port", example))
    return host, int(port)
