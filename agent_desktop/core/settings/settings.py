"""Settings in a TOML file, with machine-wide defaults and environment overrides.

Precedence, lowest first: built-in defaults < the site files an IT admin deploys (every folder of
$XDG_CONFIG_DIRS, the first winning per key) < the user's file
< AGENT_DESKTOP_BASE_URL / AGENT_DESKTOP_REGION (< --base-url / --region, see
effective_settings.py); a key any site file lists in `locked` keeps the site value whatever comes
later.
Loading never fails: a broken file or a wrong value becomes a problem sentence and the default is
used. The API key is never a setting (it lives in the OS keyring, see secrets.py).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any, TypeVar, cast
from urllib.parse import urlsplit

import tomli_w

from agent_desktop.core.api.models import AgentIdentity
from agent_desktop.core.hotkeys import ANSWER_END, DEFAULT_KEYS, SEND_LOG, validate_keys
from agent_desktop.core.json_shapes import is_list, is_table
from agent_desktop.core.one_line import one_line
from agent_desktop.core.phones.addresses import split_host_port
from agent_desktop.core.region import DEFAULT_REGION
from agent_desktop.core.settings import paths
from agent_desktop.core.settings.choices import MissedCalls, OnRing, Theme
from agent_desktop.core.settings.file import (
    describe_os_error,
    read_toml,
    tighten_user_file,
    where,
    write_atomic,
)
from agent_desktop.core.settings.os_account import (
    IDENTITY_FIELDS,
    OsAccount,
    current_account,
    fill_in,
    unknown_names,
)
from agent_desktop.core.settings.overrides import IgnoredOverride, environment, overlay
from agent_desktop.core.texts import Text, text_of
from agent_desktop.core.updates.policy import UpdatePolicy

ENV_OVERRIDES = {
    "base_url": "AGENT_DESKTOP_BASE_URL",
    "region": "AGENT_DESKTOP_REGION",
    "language": "AGENT_DESKTOP_LANGUAGE",
}
# Names under which people paste keys into config files; such entries are dropped, never kept.
SECRET_NAMES = frozenset(
    {
        "api_key",
        "apikey",
        "api_token",
        "token",
        "access_token",
        "key",
        "password",
        "secret",
        "authorization",
    }
)
# The `phone` setting's values (core/phones/source.py PhoneKind, spelled here to keep this module
# free of the phones package).
PHONE_KINDS = ("command", "desk_phone", "baresip", "asterisk", "bria")
_Choice = TypeVar("_Choice", MissedCalls, OnRing, Theme)
_HEADER = b"# Agent Desktop settings. The API key is not kept here: it is in the system keyring.\n"


@dataclass
class Settings:
    base_url: str = ""  # empty = not configured yet
    region: str = DEFAULT_REGION
    agent_first_name: str = ""
    agent_last_name: str = ""
    agent_email: str = ""
    search_debounce_ms: int = 200
    auto_send_seconds: int = 0  # 0 = send call logs only when the agent confirms
    language: str = ""  # "" = the OS's language; else a code of core.settings.languages.CHOICES
    missed_calls: MissedCalls = MissedCalls.LOG  # what becomes of a call nobody answered
    dial_command: str = ""  # the softphone's dial command, with {number} or {e164}
    on_ring: OnRing = OnRing.RAISE  # raise the window, or notify (desktop notification + tray)
    theme: Theme = Theme.SYSTEM
    phone: str = "command"  # the phone source besides the `call` command (core/phones/)
    # --- the Asterisk source (core/phones/asterisk/source.py); the AMI secret is in the keyring ---
    asterisk_address: str = ""  # the PBX's manager interface, "pbx.example:5038"
    asterisk_tls: bool = False  # TLS (usually port 5039), verified against the OS trust store
    asterisk_user: str = ""  # the manager.conf user
    asterisk_extension: str = ""  # the agent's extension: PJSIP/201-…, SIP/201-…, Local/201@…
    asterisk_dial_context: str = "from-internal"  # click-to-dial: where the number is dialled
    asterisk_dial_priority: int = 1
    # --- end of the Asterisk source's settings ---
    # --- the desk phone source (core/phones/desk_phone/source.py) ---
    desk_phone_listen: str = "127.0.0.1:8765"  # HOST:PORT the Action URL listener binds
    # Addresses or networks whose requests are taken (required beyond loopback).
    desk_phone_allow: list[str] = field(default_factory=list[str])
    desk_phone_vendor: str = "yealink"  # whose Action URLs and Action URIs (setup, dialling)
    desk_phone_address: str = ""  # the phone's own address, for dialling through it
    desk_phone_user: str = ""  # the phone's web user (its password is in the keyring)
    # --- end of the desk phone source ---
    # Start with the computer: on for the installed app (a frozen build), off when run from
    # source or a wheel; an administrator may set and lock it (core/settings/autostart.py).
    autostart: bool = field(default_factory=lambda: bool(getattr(sys, "frozen", False)))
    # Keys that answer/end the call and send its log while another application has the
    # keyboard (off unless chosen: they take the keys from every other application).
    global_shortcuts: bool = False
    global_answer_keys: str = DEFAULT_KEYS[ANSWER_END]
    global_send_keys: str = DEFAULT_KEYS[SEND_LOG]
    # --- baresip (core/phones/baresip/source.py) ---
    baresip_address: str = "127.0.0.1:4444"  # its ctrl_tcp_listen: HOST:PORT
    # --- updates of the installed app (core/updates/updates.py): an administrator's, usually locked
    # ---
    update_url: str = ""  # the signed update repository (./dev release); empty = no updates
    update_policy: UpdatePolicy = UpdatePolicy.NOTIFY  # "auto", "notify" or "off"
    extra: dict[str, Any] = field(default_factory=dict[str, Any])  # unknown keys, kept on save

    def __post_init__(self) -> None:
        # A choice given as its word (a test, `replace(settings, theme="dark")`) becomes its
        # member here, so no one downstream compares spelled-out strings; a wrong word raises.
        self.missed_calls = MissedCalls(self.missed_calls)
        self.on_ring = OnRing(self.on_ring)
        self.theme = Theme(self.theme)

    @property
    def agent(self) -> AgentIdentity:
        return AgentIdentity(self.agent_first_name, self.agent_last_name, self.agent_email)


FIELD_NAMES = tuple(f.name for f in fields(Settings) if f.name != "extra")


@dataclass(frozen=True)
class LoadedSettings:
    settings: Settings
    locked: frozenset[str]
    problems: list[str]
    overridden_by_env: frozenset[str]
    # What the files hold for keys the command line overrides for this session only: saving
    # writes these back, not the override.
    file_values: Mapping[str, Any] = field(default_factory=dict[str, Any])
    # Overrides (environment, command line) a lock kept out, for "… was ignored" notes.
    ignored: tuple[IgnoredOverride, ...] = ()


class SettingsError(Exception):
    """Settings could not be saved; `str(err)` is a plain sentence."""


# --- validation -------------------------------------------------------------------------------


def _text(value: object) -> str:
    if not isinstance(value, str):
        raise ValueError(Text("value.text"))
    return value.strip()


def _identity(value: object) -> str:
    """The agent's name or e-mail, which a site file may build from the OS account."""
    text = _text(value)
    if unknown_names(text):
        raise ValueError(Text("value.identity"))
    return text


def _base_url(value: object) -> str:
    text = _text(value)
    if not text:
        return ""
    try:
        parts = urlsplit(text)
        ok = parts.scheme.lower() in ("http", "https") and bool(parts.hostname)
        _ = parts.port  # raises ValueError for a port that is not a number
    except ValueError:
        ok = False
    if not ok:
        raise ValueError(Text("value.url"))
    return text.rstrip("/")


def _region(value: object) -> str:
    import phonenumbers  # ~80 ms to import: kept off the path to the window's first paint

    text = _text(value).upper()
    if text not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError(Text("value.region"))
    return text


def _language(value: object) -> str:
    from agent_desktop.core.settings import languages  # only this validator needs it

    text = _text(value)
    if not text:
        return ""
    code = languages.normalize(text)
    if code not in languages.CHOICES:
        raise ValueError(Text("value.language", ", ".join(languages.CHOICES)))
    return code


def _whole_number(low: int, high: int, unit: str):
    """`unit` is "milliseconds" or "seconds" (the codes value.<unit>, value.<unit>_range)."""

    def check(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(Text(f"value.{unit}"))
        if not low <= value <= high:
            raise ValueError(Text(f"value.{unit}_range", low, high))
        return value

    return check


def _one_of(*choices: str):
    def check(value: object) -> str:
        text = _text(value).lower()
        if text not in choices:
            quoted = [f'"{c}"' for c in choices]
            listed: str = quoted[0]
            for choice in quoted[1:]:
                listed = Text("value.or", listed, choice)
            raise ValueError(Text("value.one_of", listed))
        return text

    return check


def _choice(kind: type[_Choice]) -> Callable[[object], _Choice]:
    """A closed choice (core/settings/choices.py): its word, any case, parsed into the member."""
    words = _one_of(*(member.value for member in kind))

    def check(value: object) -> _Choice:
        return kind(words(value))

    return check


def _boolean(value: object) -> bool:
    if not isinstance(value, bool):
        raise ValueError(Text("value.boolean"))
    return value


def _dial_command(value: object) -> str:
    text = _text(value)
    if text and "{number}" not in text and "{e164}" not in text:
        raise ValueError(Text("value.dial_command"))
    return text


# --- the phone sources' validators ---
def _host_port(value: object) -> str:
    """The Asterisk manager's address; empty while the source is not set up."""
    text = _text(value)
    if text:
        split_host_port(text, example="pbx.example:5038")
    return text


def _ami_word(value: object) -> str:
    """A manager.conf user, an extension or a context: one word the AMI line protocol can
    carry (no spaces, colons or line breaks)."""
    text = _text(value)
    if text and not all(ch.isalnum() or ch in "-_.+*#" for ch in text):
        raise ValueError(Text("value.ami_word"))
    return text


DESK_PHONE_VENDORS = ("yealink", "snom", "grandstream", "poly")
DESK_PHONE_LISTEN_EXAMPLE = "0.0.0.0:8765"


def listen_host_port(text: str) -> tuple[str, int]:
    """("0.0.0.0", 8765) from the desk-phone listener's "0.0.0.0:8765". Raises ValueError(Text)."""
    return split_host_port(text, example=DESK_PHONE_LISTEN_EXAMPLE, ip_only=True)


def _listen_address(value: object) -> str:
    text = _text(value)
    listen_host_port(text)
    return text


def _networks(value: object) -> list[str]:
    import ipaddress

    if isinstance(value, str):  # one address written without the list's brackets
        value = [part for part in value.replace(",", " ").split() if part]
    if not isinstance(value, list):
        raise ValueError(Text("value.networks"))
    out: list[str] = []
    for item in cast("list[object]", value):
        text = _text(item)
        try:
            ipaddress.ip_network(text, strict=False)
        except ValueError:
            raise ValueError(Text("value.network", one_line(text)[:40])) from None
        out.append(text)
    return out


def _host(value: object) -> str:
    text = _text(value)
    if any(ch.isspace() or ch in "/?#@" for ch in text):
        raise ValueError(Text("value.phone_host"))
    return text


def _baresip_address(value: object) -> str:
    """baresip's ctrl_tcp address: HOST:PORT ("127.0.0.1:4444", "[::1]:4444"), never empty."""
    text = _text(value)
    split_host_port(text, example="127.0.0.1:4444")
    return text


def _update_policy(value: object) -> UpdatePolicy:
    return UpdatePolicy(_one_of(*(policy.value for policy in UpdatePolicy))(value))


_VALIDATORS = {
    "base_url": _base_url,
    "region": _region,
    "agent_first_name": _identity,
    "agent_last_name": _identity,
    "agent_email": _identity,
    "search_debounce_ms": _whole_number(0, 5000, "milliseconds"),
    "auto_send_seconds": _whole_number(0, 3600, "seconds"),
    "language": _language,
    "missed_calls": _choice(MissedCalls),
    "dial_command": _dial_command,
    "on_ring": _choice(OnRing),
    "theme": _choice(Theme),
    "phone": _one_of(*PHONE_KINDS),
    # --- the Asterisk source ---
    "asterisk_address": _host_port,
    "asterisk_tls": _boolean,
    "asterisk_user": _ami_word,
    "asterisk_extension": _ami_word,
    "asterisk_dial_context": _ami_word,
    "asterisk_dial_priority": _whole_number(1, 999, "priority"),
    # --- the desk phone source ---
    "desk_phone_listen": _listen_address,
    "desk_phone_allow": _networks,
    "desk_phone_vendor": _one_of(*DESK_PHONE_VENDORS),
    "desk_phone_address": _host,
    "desk_phone_user": _text,
    # --- end of the desk phone source ---
    "autostart": _boolean,
    "global_shortcuts": _boolean,
    "global_answer_keys": validate_keys,
    "global_send_keys": validate_keys,
    # --- baresip ---
    "baresip_address": _baresip_address,
    # --- updates ---
    "update_url": _base_url,
    "update_policy": _update_policy,
}


def _plain(value: object) -> object:
    """A value as a settings file spells it (a choice as its word), for messages."""
    return value.value if isinstance(value, (MissedCalls, OnRing, Theme)) else value


def validate_field(name: str, value: object) -> Any:
    """The cleaned value, or ValueError whose text completes "<name> …" (for the GUI, too)."""
    return _VALIDATORS[name](value)


def _is_secret_name(key: str) -> bool:
    return key.strip().lower().replace("-", "_") in SECRET_NAMES


def _drop_secrets(
    table: Mapping[str, object], path: Path, text: str, problems: list[str]
) -> dict[str, Any]:
    """A copy of `table` (nested tables too) without anything that looks like a key."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        if _is_secret_name(key):
            problems.append(Text("settings.secret_ignored", where(path, text, key), key))
        elif is_table(value):
            out[key] = _drop_secrets(value, path, text, problems)
        else:
            out[key] = value
    return out


def _site_locks(raw: object, path: Path, text: str, problems: list[str]) -> frozenset[str]:
    """The setting names a site file's `locked` list holds; anything else is a problem."""
    if not is_list(raw):
        problems.append(Text("settings.locked_not_list", where(path, text, "locked")))
        return frozenset()
    locked: set[str] = set()
    for name in raw:
        if isinstance(name, str) and name in FIELD_NAMES:
            locked.add(name)
        else:
            problems.append(
                Text("settings.locked_unknown", where(path, text, "locked"), repr(name))
            )
    return frozenset(locked)


class SettingsStore:
    def __init__(
        self,
        user_file: Path | None = None,
        site_file: Path | Sequence[Path] | None = None,
        environ: Mapping[str, str] | None = None,
        account: Callable[[], OsAccount] = current_account,
    ) -> None:
        self.user_file = Path(user_file) if user_file else paths.settings_file()
        # Most important first, like $XDG_CONFIG_DIRS; `site_file` may name one or several.
        if site_file is None:
            self.site_files = paths.site_settings_files()
        elif isinstance(site_file, (str, os.PathLike)):
            self.site_files = (Path(site_file),)
        else:
            self.site_files = tuple(Path(path) for path in site_file)
        self._environ = os.environ if environ is None else environ
        self._account = account  # asked only when a value names {login} or the like

    def _filled(self, values: dict[str, Any]) -> dict[str, Any]:
        """The agent's identity with the OS account's login and name filled in."""
        return {
            **values,
            **{name: fill_in(values[name], self._account) for name in IDENTITY_FIELDS},
        }

    def _site_base(self, problems: list[str]) -> tuple[dict[str, Any], frozenset[str]]:
        """Defaults overlaid with every site file, and the keys they lock. The first folder
        wins per key (the XDG rule), so the files are laid on from the last; a lock in any of
        them holds."""
        values = {name: getattr(Settings(), name) for name in FIELD_NAMES}
        locked: set[str] = set()
        for path in reversed(self.site_files):
            data, text, read_problems = read_toml(path)
            problems.extend(read_problems)
            if data is None:
                continue
            data = _drop_secrets(data, path, text, problems)
            locked |= _site_locks(data.pop("locked", []), path, text, problems)
            self._apply(values, data, path, text, frozenset(), problems)
        return values, frozenset(locked)

    def _apply(
        self,
        values: dict[str, Any],
        data: Mapping[str, object],
        path: Path,
        text: str,
        locked: frozenset[str],
        problems: list[str],
    ) -> dict[str, Any]:
        """Overlay known keys from `data` onto `values`; return the unknown ones."""
        extra: dict[str, Any] = {}
        for key, value in data.items():
            if key not in FIELD_NAMES:
                extra[key] = value
            elif key in locked:
                problems.append(Text("settings.locked_here", where(path, text, key), key))
            else:
                try:
                    values[key] = validate_field(key, value)
                except ValueError as exc:
                    problems.append(
                        Text(
                            "settings.invalid",
                            where(path, text, key),
                            key,
                            text_of(exc),
                            repr(value),
                            repr(_plain(values[key])),
                        )
                    )
        return extra

    def _env_overrides(
        self, problems: list[str], locked: frozenset[str]
    ) -> tuple[dict[str, Any], tuple[IgnoredOverride, ...]]:
        """The environment's valid values for keys not locked, and those a lock ignored."""
        result = overlay(environment(self._environ, ENV_OVERRIDES), locked, validate_field)
        for item, why in result.invalid:
            problems.append(
                Text("settings.env_invalid", item.label, repr(item.raw), item.name, why)
            )
        return result.values, result.ignored

    def load(self) -> LoadedSettings:
        problems: list[str] = []
        values, locked = self._site_base(problems)
        extra: dict[str, Any] = {}
        tighten_user_file(self.user_file)
        data, text, read_problems = read_toml(self.user_file)
        problems.extend(read_problems)
        if data is not None:
            data = _drop_secrets(data, self.user_file, text, problems)
            extra = self._apply(values, data, self.user_file, text, locked, problems)
        env, ignored = self._env_overrides(problems, locked)
        values.update(env)
        values = self._filled(values)
        return LoadedSettings(
            settings=Settings(**values, extra=extra),
            locked=locked,
            problems=problems,
            overridden_by_env=frozenset(env),
            ignored=ignored,
        )

    def load_language(self) -> str:
        """Only `language`, as load() would give it, without validating the other keys (the
        region check imports phonenumbers, ~80 ms): the translation is installed before the
        window is built, while the full load runs on a worker after the first paint."""

        def valid(raw: object) -> str | None:
            try:
                return validate_field("language", raw)
            except ValueError:
                return None  # load() reports it; here the previous layer's value stands

        value = ""
        locked = False
        for path in reversed(self.site_files):  # the first folder wins, as in _site_base
            site, _, _ = read_toml(path)
            if not site:
                continue
            lock: object = site.get("locked", [])
            locked = locked or (isinstance(lock, list) and "language" in lock)
            if "language" in site and (checked := valid(site["language"])) is not None:
                value = checked
        if locked:  # an administrator's lock keeps the site's value over the user's and env
            return value
        user, _, _ = read_toml(self.user_file)
        env = self._environ.get(ENV_OVERRIDES["language"], "")
        for present, raw in (
            (bool(user) and "language" in user, (user or {}).get("language")),
            (bool(env.strip()), env),
        ):
            if present and (checked := valid(raw)) is not None:
                value = checked
        return value

    # --- writing ------------------------------------------------------------------------------

    def save(self, settings: Settings) -> None:
        """Write the user file atomically. Locked and environment-overridden keys keep whatever
        the file held; values equal to the site/default ones are only written if the file
        already had them, so a later change of the site default still reaches this user."""
        base, locked = self._site_base([])
        base = self._filled(base)  # a name filled from the OS account is the site's, not saved
        frozen = locked | frozenset(self._env_overrides([], locked)[0])
        existing, text, problems = read_toml(self.user_file)
        existing = _drop_secrets(existing or {}, self.user_file, text, [])
        out: dict[str, Any] = {}
        for name in FIELD_NAMES:
            if name in frozen:
                if name in existing:
                    out[name] = existing[name]
                continue
            try:
                value = validate_field(name, getattr(settings, name))
            except ValueError as exc:
                raise SettingsError(Text("settings.not_saved", name, text_of(exc))) from None
            if name in existing or value != base[name]:
                out[name] = value
        for key, value in _drop_secrets(settings.extra, self.user_file, "", []).items():
            if key not in FIELD_NAMES and key != "locked":
                out[key] = value
        try:
            data = _HEADER + tomli_w.dumps(out).encode("utf-8")
        except (TypeError, ValueError) as exc:  # e.g. None or an object put into `extra`
            raise SettingsError(Text("settings.not_writable", exc)) from None
        try:
            if problems and self.user_file.exists():
                # The old file could not be read: keep it beside the new one rather than lose it.
                os.replace(self.user_file, self.user_file.with_name(self.user_file.name + ".bad"))
            write_atomic(self.user_file, data)
        except OSError as exc:
            raise SettingsError(describe_os_error(self.user_file, exc)) from None
