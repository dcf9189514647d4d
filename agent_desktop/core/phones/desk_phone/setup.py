"""The lines an admin pastes into a desk phone's configuration, in the vendor's own syntax, and
the secret token they carry (made on first setup, kept in the keyring).

Used by `agent-desktop phone setup VENDOR` and by Settings → Phone (the same text, with a Copy
button). The URLs follow desk_phone_vendors.py's layout: /VENDOR/EVENT?token=…&…&name=… with
the display name last (it may hold anything).
"""

from __future__ import annotations

import ipaddress
import secrets
import socket
from collections.abc import Callable

from agent_desktop.core.phones.desk_phone.vendors import EVENTS, QUERIES
from agent_desktop.core.settings.settings import DESK_PHONE_VENDORS, Settings, listen_host_port

TOKEN_NAME = "desk_phone_token"
VENDORS = DESK_PHONE_VENDORS


def new_token() -> str:
    """URL-safe (no escaping on any phone's config page), 192 bits."""
    return secrets.token_urlsafe(24)


def ensure_token(
    read: Callable[[str], str | None], write: Callable[[str, str], None], replace: bool = False
) -> str:
    """The stored token, or a new one stored first (also when `replace`: old URLs then stop
    working). `read`/`write` are the keyring's (ApiKeyStore.phone_secret/set_phone_secret)."""
    token = None if replace else read(TOKEN_NAME)
    if not token:
        token = new_token()
        write(TOKEN_NAME, token)
    return token


def this_pc_address(toward: str = "") -> str:
    """The address this PC would use to reach the phone's network: a UDP socket "connected"
    (no packet is sent) toward the phone, else toward a documentation address, which picks the
    interface of the default route. 127.0.0.1 when there is no network."""
    target = toward.split(":")[0] if toward else "192.0.2.1"
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as sock:
            sock.connect((target, 9))
            return str(sock.getsockname()[0])
    except OSError:
        return "127.0.0.1"


def pc_address(settings: Settings, override: str = "") -> str:
    """The address to put in the phone's URLs: the override, else the listen address when it
    names one interface, else the one the OS would use toward the phone."""
    if override:
        return override
    host, _port = listen_host_port(settings.desk_phone_listen)
    address = ipaddress.ip_address(host)
    if not address.is_unspecified and not address.is_loopback:
        return host
    return this_pc_address(settings.desk_phone_address)


def base_url(address: str, port: int) -> str:
    host = f"[{address}]" if ":" in address else address
    return f"http://{host}:{port}"


def event_url(root: str, vendor: str, event: str, token: str) -> str:
    return f"{root}/{vendor}/{event}?token={token}&{QUERIES[vendor]}"


def setup_lines(vendor: str, address: str, port: int, token: str) -> list[str]:
    """The lines to paste, exactly, for `vendor`."""
    root = base_url(address, port)
    if vendor == "yealink":
        lines = [
            f"{e.vendor_key} = {event_url(root, vendor, e.path, token)}" for e in EVENTS[vendor]
        ]
        # Dialling from the PC (Action URI): the phone takes commands from this PC only.
        return [*lines, f"features.action_uri_limit_ip = {address}"]
    if vendor == "snom":
        return [f"{e.vendor_key}: {event_url(root, vendor, e.path, token)}" for e in EVENTS[vendor]]
    if vendor == "grandstream":
        return [f"{e.vendor_key}: {event_url(root, vendor, e.path, token)}" for e in EVENTS[vendor]]
    if vendor == "poly":
        return [
            f'<apps apps.telNotification.URL="{root}/poly?token={token}" '
            'apps.telNotification.callStateChangeEvent="1" '
            'apps.telNotification.incomingEvent="0" '
            'apps.telNotification.outgoingEvent="0" />'
        ]
    raise ValueError(f"unknown vendor {vendor!r}: use " + ", ".join(VENDORS))


def where_to_paste(vendor: str) -> str:
    """One sentence (English, for the CLI) on where the lines go."""
    return {
        "yealink": "Add these lines to the phone's configuration file (or set them under "
        "Features → Action URL in its web page):",
        "snom": "Set these in the phone's settings file (or under Advanced → Action URL "
        "Settings in its web page):",
        "grandstream": "In the phone's web page, Settings → Outbound Notification → Action URL, "
        "paste each URL into its field:",
        "poly": "Add this element to the phone's configuration file (Poly's telephony event "
        "notification):",
    }[vendor]


def loopback_warning(settings: Settings) -> str:
    """A sentence when the listener cannot be reached from a phone, else ""."""
    host, port = listen_host_port(settings.desk_phone_listen)
    if not ipaddress.ip_address(host).is_loopback:
        return ""
    return (
        f"Agent Desktop listens on {host} only, which a phone cannot reach: set "
        f'desk_phone_listen = "0.0.0.0:{port}" and desk_phone_allow = ["PHONE_ADDRESS"] '
        "in Settings → Phone (or the settings file)."
    )
