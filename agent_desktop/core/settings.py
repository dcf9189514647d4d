"""Settings in a TOML file, with machine-wide defaults and environment overrides.

Precedence, lowest first: built-in defaults < the site file an IT admin deploys < the user's file
< AGENT_DESKTOP_BASE_URL / AGENT_DESKTOP_REGION (< --base-url / --region, see
effective_settings.py); a key the site file lists in `locked` keeps the site value whatever comes
later.
Loading never fails: a broken file or a wrong value becomes a problem sentence and the default is
used. The API key is never a setting (it lives in the OS keyring, see secrets.py).
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import tomli_w

from agent_desktop.core import paths
from agent_desktop.core.json_shapes import is_list, is_table
from agent_desktop.core.models import AgentIdentity
from agent_desktop.core.overrides import IgnoredOverride, environment, overlay
from agent_desktop.core.settings_file import (
    describe_os_error,
    read_toml,
    tighten_user_file,
    where,
    write_atomic,
)

ENV_OVERRIDES = {"base_url": "AGENT_DESKTOP_BASE_URL", "region": "AGENT_DESKTOP_REGION",
                 "language": "AGENT_DESKTOP_LANGUAGE"}
# Names under which people paste keys into config files; such entries are dropped, never kept.
SECRET_NAMES = frozenset(
    {"api_key", "apikey", "api_token", "token", "access_token", "key", "password", "secret",
     "authorization"}
)
# The `phone` setting's values (core/phones/source.py PhoneKind, spelled here to keep this module
# free of the phones package).
PHONE_KINDS = ("command", "desk_phone", "baresip", "asterisk")
_HEADER = b"# Agent Desktop settings. The API key is not kept here: it is in the system keyring.\n"


@dataclass
class Settings:
    base_url: str = ""  # empty = not configured yet
    region: str = "ZA"
    agent_first_name: str = ""
    agent_last_name: str = ""
    agent_email: str = ""
    search_debounce_ms: int = 200
    auto_send_seconds: int = 0  # 0 = send call logs only when the agent confirms
    language: str = ""  # "" = the OS's language; else a code of core.languages.CHOICES
    missed_calls: str = "log"  # unanswered calls: "log" (no review), "review" or "ignore"
    dial_command: str = ""  # the softphone's dial command, with {number} or {e164}
    on_ring: str = "raise"  # "raise" the window, or "notify" (desktop notification + tray)
    theme: str = "system"  # "system" follows the OS's light/dark; "light" or "dark" fixes it
    phone: str = "command"  # the phone source besides the `call` command (core/phones/)
    # --- baresip (core/phones/baresip.py) ---
    baresip_address: str = "127.0.0.1:4444"  # its ctrl_tcp_listen: HOST:PORT
    extra: dict[str, Any] = field(default_factory=dict[str, Any])  # unknown keys, kept on save

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
        raise ValueError("should be text in quotes")
    return value.strip()


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
        raise ValueError("should be a web address starting with https://")
    return text.rstrip("/")


def _region(value: object) -> str:
    import phonenumbers  # ~80 ms to import: kept off the path to the window's first paint

    text = _text(value).upper()
    if text not in phonenumbers.SUPPORTED_REGIONS:
        raise ValueError("should be a two-letter country code such as ZA or GB")
    return text


def _language(value: object) -> str:
    from agent_desktop.core import languages  # only this validator needs it

    text = _text(value)
    if not text:
        return ""
    code = languages.normalize(text)
    if code not in languages.CHOICES:
        raise ValueError("should be one of " + ", ".join(languages.CHOICES)
                         + ', or "" to follow the system')
    return code


def _whole_number(low: int, high: int, unit: str):
    def check(value: object) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"should be a whole number of {unit}")
        if not low <= value <= high:
            raise ValueError(f"should be between {low} and {high} {unit}")
        return value

    return check


def _one_of(*choices: str):
    def check(value: object) -> str:
        text = _text(value).lower()
        if text not in choices:
            raise ValueError("should be " + " or ".join(f'"{c}"' for c in choices))
        return text

    return check


def _dial_command(value: object) -> str:
    text = _text(value)
    if text and "{number}" not in text and "{e164}" not in text:
        raise ValueError("should contain {number} or {e164} where the number goes")
    return text


def _baresip_address(value: object) -> str:
    """baresip's ctrl_tcp address: HOST:PORT ("127.0.0.1:4444", "[::1]:4444")."""
    text = _text(value).strip()
    host, sep, port = text.rpartition(":")
    if not sep or not host.strip("[]") or not port.isdigit() or not 0 < int(port) < 65536:
        raise ValueError("should be HOST:PORT, e.g. 127.0.0.1:4444")
    return text


_VALIDATORS = {
    "base_url": _base_url,
    "region": _region,
    "agent_first_name": _text,
    "agent_last_name": _text,
    "agent_email": _text,
    "search_debounce_ms": _whole_number(0, 5000, "milliseconds"),
    "auto_send_seconds": _whole_number(0, 3600, "seconds"),
    "language": _language,
    "missed_calls": _one_of("log", "review", "ignore"),
    "dial_command": _dial_command,
    "on_ring": _one_of("raise", "notify"),
    "theme": _one_of("system", "light", "dark"),
    "phone": _one_of(*PHONE_KINDS),
    # --- baresip ---
    "baresip_address": _baresip_address,
}


def validate_field(name: str, value: object) -> Any:
    """The cleaned value, or ValueError whose text completes "<name> …" (for the GUI, too)."""
    return _VALIDATORS[name](value)


def _is_secret_name(key: str) -> bool:
    return key.strip().lower().replace("-", "_") in SECRET_NAMES


def _drop_secrets(table: Mapping[str, object], path: Path, text: str, problems: list[str]
                  ) -> dict[str, Any]:
    """A copy of `table` (nested tables too) without anything that looks like a key."""
    out: dict[str, Any] = {}
    for key, value in table.items():
        if _is_secret_name(key):
            problems.append(
                f"{where(path, text, key)}: {key} is ignored. API keys are kept in the system "
                "keyring, never in settings files: remove it from this file and enter the key "
                "in Agent Desktop (or set AGENT_DESKTOP_API_KEY)."
            )
        elif is_table(value):
            out[key] = _drop_secrets(value, path, text, problems)
        else:
            out[key] = value
    return out


class SettingsStore:
    def __init__(
        self,
        user_file: Path | None = None,
        site_file: Path | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        self.user_file = Path(user_file) if user_file else paths.settings_file()
        self.site_file = Path(site_file) if site_file else paths.site_settings_file()
        self._environ = os.environ if environ is None else environ

    def _site_base(self, problems: list[str]) -> tuple[dict[str, Any], frozenset[str]]:
        """Defaults overlaid with the site file, and the keys it locks."""
        values = {name: getattr(Settings(), name) for name in FIELD_NAMES}
        data, text, read_problems = read_toml(self.site_file)
        problems.extend(read_problems)
        if data is None:
            return values, frozenset()
        data = _drop_secrets(data, self.site_file, text, problems)
        raw_locked: object = data.pop("locked", [])
        locked: set[str] = set()
        if not is_list(raw_locked):
            raw_locked = []
            problems.append(f"{where(self.site_file, text, 'locked')}: locked should be a list "
                            'of setting names, like locked = ["base_url"].')
        for name in raw_locked:
            if isinstance(name, str) and name in FIELD_NAMES:
                locked.add(name)
            else:
                problems.append(f"{where(self.site_file, text, 'locked')}: {name!r} in locked "
                                "is not a setting name.")
        self._apply(values, data, self.site_file, text, frozenset(), problems)
        return values, frozenset(locked)

    def _apply(self, values: dict[str, Any], data: Mapping[str, object], path: Path, text: str,
               locked: frozenset[str], problems: list[str]) -> dict[str, Any]:
        """Overlay known keys from `data` onto `values`; return the unknown ones."""
        extra: dict[str, Any] = {}
        for key, value in data.items():
            if key not in FIELD_NAMES:
                extra[key] = value
            elif key in locked:
                problems.append(f"{where(path, text, key)}: {key} is set by your administrator "
                                "and cannot be changed here; your value is ignored.")
            else:
                try:
                    values[key] = validate_field(key, value)
                except ValueError as exc:
                    problems.append(f"{where(path, text, key)}: {key} {exc}, not {value!r}; "
                                    f"using {values[key]!r}.")
        return extra

    def _env_overrides(self, problems: list[str], locked: frozenset[str]
                       ) -> tuple[dict[str, Any], tuple[IgnoredOverride, ...]]:
        """The environment's valid values for keys not locked, and those a lock ignored."""
        result = overlay(environment(self._environ, ENV_OVERRIDES), locked, validate_field)
        for item, why in result.invalid:
            problems.append(f"{item.label}={item.raw!r}: {item.name} {why}; the variable is "
                            "ignored.")
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
        site, _, _ = read_toml(self.site_file)
        user, _, _ = read_toml(self.user_file)
        locked: object = site.get("locked", []) if site else []
        # An administrator's lock keeps the site's value over the user's file and the environment.
        later_count = not (isinstance(locked, list) and "language" in locked)
        env = self._environ.get(ENV_OVERRIDES["language"], "")
        for present, raw in ((bool(site) and "language" in site, (site or {}).get("language")),
                             (later_count and bool(user) and "language" in user,
                              (user or {}).get("language")),
                             (later_count and bool(env.strip()), env)):
            if present and (checked := valid(raw)) is not None:
                value = checked
        return value

    # --- writing ------------------------------------------------------------------------------

    def save(self, settings: Settings) -> None:
        """Write the user file atomically. Locked and environment-overridden keys keep whatever
        the file held; values equal to the site/default ones are only written if the file
        already had them, so a later change of the site default still reaches this user."""
        base, locked = self._site_base([])
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
                raise SettingsError(f"Settings were not saved: {name} {exc}.") from None
            if name in existing or value != base[name]:
                out[name] = value
        for key, value in _drop_secrets(settings.extra, self.user_file, "", []).items():
            if key not in FIELD_NAMES and key != "locked":
                out[key] = value
        try:
            data = _HEADER + tomli_w.dumps(out).encode("utf-8")
        except (TypeError, ValueError) as exc:  # e.g. None or an object put into `extra`
            message = f"Settings were not saved: a value cannot be written ({exc})."
            raise SettingsError(message) from None
        try:
            if problems and self.user_file.exists():
                # The old file could not be read: keep it beside the new one rather than lose it.
                os.replace(self.user_file, self.user_file.with_name(self.user_file.name + ".bad"))
            write_atomic(self.user_file, data)
        except OSError as exc:
            raise SettingsError(describe_os_error(self.user_file, exc)) from None


