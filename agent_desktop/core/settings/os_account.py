"""The agent's identity from the OS account, for a site file that fills it in for 200 desktops:

    agent_email = "{login}@company.example"
    agent_first_name = "{first_name}"
    agent_last_name = "{last_name}"

`{login}` is the account name; `{full_name}`, `{first_name}` (its first word) and `{last_name}`
(the rest) come from where the OS keeps the person's name: the passwd entry's GECOS field on Linux
and macOS, GetUserNameExW(NameDisplay) on Windows. Where the OS knows no name they are empty.
"""

from __future__ import annotations

import getpass
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass

PLACEHOLDER = re.compile(r"\{(\w*)\}")
IDENTITY_FIELDS = ("agent_first_name", "agent_last_name", "agent_email")
NAMES = ("login", "full_name", "first_name", "last_name")


@dataclass(frozen=True)
class OsAccount:
    login: str
    full_name: str = ""

    def values(self) -> dict[str, str]:
        first, _, last = self.full_name.strip().partition(" ")
        return {
            "login": self.login,
            "full_name": self.full_name.strip(),
            "first_name": first.strip(),
            "last_name": last.strip(),
        }


def _unix_full_name(login: str) -> str:
    import pwd  # Unix only

    try:
        gecos = pwd.getpwnam(login).pw_gecos
    except KeyError:
        return ""
    # GECOS is "Full Name,Room,Work phone,Home phone,Other"; `&` stands for the login, capitalised.
    return gecos.split(",")[0].replace("&", login.capitalize()).strip()


def _windows_full_name() -> str:
    import ctypes

    name_display = 3  # EXTENDED_NAME_FORMAT.NameDisplay
    try:
        function = ctypes.WinDLL("secur32").GetUserNameExW  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return ""
    size = ctypes.c_ulong(0)
    function(name_display, None, ctypes.byref(size))  # asks for the size first
    if not size.value:
        return ""  # a local account with no display name, or no domain to ask
    buffer = ctypes.create_unicode_buffer(size.value)
    if not function(name_display, buffer, ctypes.byref(size)):
        return ""
    return str(buffer.value).strip()


def current_account() -> OsAccount:
    """The account running this process; a name the OS cannot give is empty, never an error."""
    try:
        login = getpass.getuser()
    except (OSError, KeyError, ImportError):
        return OsAccount("")
    try:
        full = _windows_full_name() if sys.platform == "win32" else _unix_full_name(login)
    except Exception:  # a broken passwd/NSS or Windows API must not stop the settings loading
        full = ""
    return OsAccount(login, full)


def uses_account(value: object) -> bool:
    return isinstance(value, str) and PLACEHOLDER.search(value) is not None


def unknown_names(value: str) -> list[str]:
    """The placeholders in `value` that are not ours (a typo such as `{logon}`)."""
    return [name for name in PLACEHOLDER.findall(value) if name not in NAMES]


def fill_in(value: str, account: OsAccount | Callable[[], OsAccount]) -> str:
    """`value` with `{login}`, `{full_name}`, `{first_name}`, `{last_name}` replaced."""
    if not uses_account(value):
        return value
    known = (account if isinstance(account, OsAccount) else account()).values()
    return PLACEHOLDER.sub(lambda m: known.get(m.group(1), m.group(0)), value).strip()
