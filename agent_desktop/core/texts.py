"""What core says to people, as codes with arguments: the window translates them, the CLI prints
them in English.

A `Text` is a `str` (its English sentence, so logs, the CLI and every `str` use stay as they were)
that also carries its `code` and `args`. The window renders it from the code in its own language
(ui/common/core_texts.py); an argument may itself be a Text (a reason inside a sentence) and is
rendered the same way. The English templates below are the translation sources too: lupdate reads
this file for the QT_TRANSLATE_NOOP marks (no Qt is imported here; the mark is a plain function).
Placeholders are Qt's `%1`, `%2`, … so translators may reorder them.
"""

from __future__ import annotations

CONTEXT = "CoreText"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks a string for lupdate's extraction; returns it unchanged."""
    return text


TEMPLATES: dict[str, str] = {
    # --- the system keyring (core/settings/secrets.py) ---
    "keyring.missing": QT_TRANSLATE_NOOP(
        "CoreText",
        "No system keyring was found. %1 Until then the key can be given in the "
        "AGENT_DESKTOP_API_KEY environment variable; it is never saved in a plain file.",
    ),
    "keyring.where.linux": QT_TRANSLATE_NOOP(
        "CoreText",
        "On Linux install and unlock GNOME Keyring or KWallet (a Secret Service "
        "provider; e.g. `sudo apt install gnome-keyring`), then start Agent Desktop again.",
    ),
    "keyring.where.macos": QT_TRANSLATE_NOOP(
        "CoreText", "On macOS the login Keychain is needed; check that it exists and is unlocked."
    ),
    "keyring.where.windows": QT_TRANSLATE_NOOP(
        "CoreText",
        "On Windows the Credential Manager is needed; check that its service is running.",
    ),
    "keyring.where.other": QT_TRANSLATE_NOOP(
        "CoreText", "Install a keyring service that the Python `keyring` package supports."
    ),
    "keyring.locked": QT_TRANSLATE_NOOP(
        "CoreText",
        "The system keyring is locked. Unlock it (log in again, or open your password "
        "manager and unlock the login keyring) and try again.",
    ),
    "keyring.read_failed": QT_TRANSLATE_NOOP(
        "CoreText", "The system keyring (%1) could not read the API key: %2"
    ),
    "keyring.store_failed": QT_TRANSLATE_NOOP(
        "CoreText", "The system keyring (%1) could not store the API key: %2"
    ),
    "keyring.delete_failed": QT_TRANSLATE_NOOP(
        "CoreText", "The system keyring (%1) could not delete the API key: %2"
    ),
    "keyring.not_kept": QT_TRANSLATE_NOOP(
        "CoreText", "The system keyring did not keep the key. %1"
    ),
    "keyring.kept_in": QT_TRANSLATE_NOOP("CoreText", "API keys are kept in %1."),
    "key.empty": QT_TRANSLATE_NOOP("CoreText", "The API key is empty."),
    "key.missing": QT_TRANSLATE_NOOP("CoreText", "No API key is set; add it under Settings."),
    "key.unsendable": QT_TRANSLATE_NOOP(
        "CoreText", "The API key contains characters that cannot be sent; paste it again."
    ),
    "key.no_server": QT_TRANSLATE_NOOP(
        "CoreText", "No server address is set, so there is no key to look up."
    ),
    # --- updates of the installed app (core/updates/updates.py); each is one line of the window ---
    "update.off_policy": QT_TRANSLATE_NOOP("CoreText", "Updates are off (update_policy)."),
    "update.off_no_url": QT_TRANSLATE_NOOP("CoreText", "Updates are off: no update_url is set."),
    "update.off_not_frozen": QT_TRANSLATE_NOOP(
        "CoreText", "Updates are off: this copy runs from source or pip, which update it."
    ),
    "update.off_no_root": QT_TRANSLATE_NOOP(
        "CoreText", "Updates are off: IT's %1 is missing beside the site settings file."
    ),
    "update.off_read_only": QT_TRANSLATE_NOOP(
        "CoreText", "Updates are off: %1 cannot be written by this user; IT installs updates."
    ),
    "update.available": QT_TRANSLATE_NOOP("CoreText", "Agent Desktop %1 is available."),
    "update.ready": QT_TRANSLATE_NOOP(
        "CoreText", "Agent Desktop %1 is installed when you quit or at the next start."
    ),
    "update.installed": QT_TRANSLATE_NOOP("CoreText", "Updated to Agent Desktop %1."),
    "update.unreachable": QT_TRANSLATE_NOOP(
        "CoreText", "Update check: the update server cannot be reached; trying again later."
    ),
    "update.refused": QT_TRANSLATE_NOOP(
        "CoreText", "Update refused: its signature or contents do not check out."
    ),
    "update.disk_full": QT_TRANSLATE_NOOP("CoreText", "Update not downloaded: the disk is full."),
    "update.disk": QT_TRANSLATE_NOOP("CoreText", "Update not downloaded: %1"),
    "update.failed": QT_TRANSLATE_NOOP("CoreText", "Update check failed (%1); trying again later."),
    # --- the base URL (core/api/http_safety.py) ---
    "url.invalid": QT_TRANSLATE_NOOP("CoreText", "The base URL “%1” is not a valid web address."),
    "url.https": QT_TRANSLATE_NOOP("CoreText", "The base URL must start with https://."),
    "url.no_host": QT_TRANSLATE_NOOP("CoreText", "The base URL “%1” has no valid host name."),
    "url.credentials": QT_TRANSLATE_NOOP(
        "CoreText", "The base URL must not contain a user name or password."
    ),
    "url.query": QT_TRANSLATE_NOOP("CoreText", "The base URL must not contain “?” or “#”."),
    "url.http_remote": QT_TRANSLATE_NOOP(
        "CoreText",
        "The base URL must use https:// for %1; plain http:// is only allowed for "
        "this computer (localhost, 127.0.0.1), where the sandbox runs.",
    ),
    # --- the connection test (core/api/diagnostics.py): step names, then what each found ---
    "check.base_url": QT_TRANSLATE_NOOP("CoreText", "Base URL"),
    "check.region": QT_TRANSLATE_NOOP("CoreText", "Region"),
    "check.proxy": QT_TRANSLATE_NOOP("CoreText", "Proxy"),
    "check.name_lookup": QT_TRANSLATE_NOOP("CoreText", "Name lookup"),
    "check.connection": QT_TRANSLATE_NOOP("CoreText", "Connection"),
    "check.tls": QT_TRANSLATE_NOOP("CoreText", "Secure connection"),
    "check.api_key": QT_TRANSLATE_NOOP("CoreText", "API key"),
    "check.search": QT_TRANSLATE_NOOP("CoreText", "Search"),
    "check.using_url": QT_TRANSLATE_NOOP("CoreText", "Using %1."),
    "check.region_ok": QT_TRANSLATE_NOOP(
        "CoreText", "Phone numbers without a country code are read as %1."
    ),
    "check.region_bad": QT_TRANSLATE_NOOP(
        "CoreText", "“%1” is not a known two-letter country code (e.g. ZA)."
    ),
    "check.via_proxy": QT_TRANSLATE_NOOP("CoreText", "Connecting through the proxy %1."),
    "check.host_unknown": QT_TRANSLATE_NOOP(
        "CoreText", "Could not find %1. Check the base URL and the internet connection."
    ),
    "check.host_is_ip": QT_TRANSLATE_NOOP(
        "CoreText", "%1 is an IP address; no name lookup needed."
    ),
    "check.host_at": QT_TRANSLATE_NOOP("CoreText", "%1 is at %2."),
    "check.connected": QT_TRANSLATE_NOOP("CoreText", "Connected to %1 on port %2."),
    "check.trusted": QT_TRANSLATE_NOOP(
        "CoreText", "%1's certificate is trusted by this computer (%2)."
    ),
    "check.no_key": QT_TRANSLATE_NOOP(
        "CoreText",
        "No API key is set. Add it under Settings (an administrator can also set "
        "AGENT_DESKTOP_API_KEY).",
    ),
    "check.key_ok": QT_TRANSLATE_NOOP(
        "CoreText", "SwitchTransact accepted the key, and it may look up contacts."
    ),
    "check.search_ok": QT_TRANSLATE_NOOP(
        "CoreText",
        "The key may search contacts. Creating contacts and logging calls cannot be "
        "checked without writing; they are tried when first used.",
    ),
    # --- settings files (core/settings/settings.py, core/settings/file.py,
    # core/settings/overrides.py) ---
    "settings.place_line": QT_TRANSLATE_NOOP("CoreText", "%1 line %2"),
    "settings.secret_ignored": QT_TRANSLATE_NOOP(
        "CoreText",
        "%1: %2 is ignored. API keys are kept in the system keyring, never in "
        "settings files: remove it from this file and enter the key in Agent Desktop (or set "
        "AGENT_DESKTOP_API_KEY).",
    ),
    "settings.locked_not_list": QT_TRANSLATE_NOOP(
        "CoreText", '%1: locked should be a list of setting names, like locked = ["base_url"].'
    ),
    "settings.locked_unknown": QT_TRANSLATE_NOOP(
        "CoreText", "%1: %2 in locked is not a setting name."
    ),
    "settings.locked_here": QT_TRANSLATE_NOOP(
        "CoreText",
        "%1: %2 is set by your administrator and cannot be changed here; your value is ignored.",
    ),
    "settings.invalid": QT_TRANSLATE_NOOP("CoreText", "%1: %2 %3, not %4; using %5."),
    "settings.env_invalid": QT_TRANSLATE_NOOP("CoreText", "%1=%2: %3 %4; the variable is ignored."),
    "settings.override_invalid": QT_TRANSLATE_NOOP("CoreText", "%1 %2."),
    "settings.override_locked": QT_TRANSLATE_NOOP(
        "CoreText", "%1 was ignored: your administrator has locked %2 on this computer."
    ),
    "settings.not_utf8": QT_TRANSLATE_NOOP(
        "CoreText", "%1: is not UTF-8 text; the defaults are used instead."
    ),
    "settings.unreadable": QT_TRANSLATE_NOOP(
        "CoreText", "%1: could not be read (%2); using the defaults."
    ),
    "settings.syntax": QT_TRANSLATE_NOOP(
        "CoreText", "%1: %2. The file was ignored; the defaults are used instead."
    ),
    "settings.not_saved": QT_TRANSLATE_NOOP("CoreText", "Settings were not saved: %1 %2."),
    "settings.not_writable": QT_TRANSLATE_NOOP(
        "CoreText", "Settings were not saved: a value cannot be written (%1)."
    ),
    "settings.save_failed": QT_TRANSLATE_NOOP("CoreText", "Settings could not be saved to %1: %2."),
    "save.disk_full": QT_TRANSLATE_NOOP("CoreText", "the disk is full"),
    "save.read_only": QT_TRANSLATE_NOOP(
        "CoreText", "the folder is read-only or you lack permission to write there"
    ),
    # The reasons a value is refused; each completes "<name> …".
    "value.text": QT_TRANSLATE_NOOP("CoreText", "should be text in quotes"),
    "value.url": QT_TRANSLATE_NOOP("CoreText", "should be a web address starting with https://"),
    "value.region": QT_TRANSLATE_NOOP(
        "CoreText", "should be a two-letter country code such as ZA or GB"
    ),
    "value.language": QT_TRANSLATE_NOOP(
        "CoreText", 'should be one of %1, or "" to follow the system'
    ),
    "value.milliseconds": QT_TRANSLATE_NOOP("CoreText", "should be a whole number of milliseconds"),
    "value.seconds": QT_TRANSLATE_NOOP("CoreText", "should be a whole number of seconds"),
    "value.milliseconds_range": QT_TRANSLATE_NOOP(
        "CoreText", "should be between %1 and %2 milliseconds"
    ),
    "value.seconds_range": QT_TRANSLATE_NOOP("CoreText", "should be between %1 and %2 seconds"),
    "value.priority": QT_TRANSLATE_NOOP(
        "CoreText", "should be a whole number (a dialplan priority)"
    ),
    "value.priority_range": QT_TRANSLATE_NOOP("CoreText", "should be between %1 and %2"),
    "value.one_of": QT_TRANSLATE_NOOP("CoreText", "should be %1"),
    "value.or": QT_TRANSLATE_NOOP("CoreText", "%1 or %2"),
    "value.identity": QT_TRANSLATE_NOOP(
        "CoreText", "may only use {login}, {full_name}, {first_name} and {last_name} in braces"
    ),
    "value.boolean": QT_TRANSLATE_NOOP("CoreText", "should be true or false"),
    "value.dial_command": QT_TRANSLATE_NOOP(
        "CoreText", "should contain {number} or {e164} where the number goes"
    ),
    # --- what a phone said to a command from the window (core/phones/*: ControlError) ---
    "control.no_reason": QT_TRANSLATE_NOOP("CoreText", "no reason given"),
    "control.no_number": QT_TRANSLATE_NOOP("CoreText", "There is no number to dial."),
    "control.vendor_cannot_dial": QT_TRANSLATE_NOOP(
        "CoreText", "%1 phones cannot be told to dial from this computer: dial on the phone."
    ),
    "control.vendor_cannot.answer": QT_TRANSLATE_NOOP(
        "CoreText", "%1 phones cannot answer from this computer: use the phone."
    ),
    "control.vendor_cannot.end_call": QT_TRANSLATE_NOOP(
        "CoreText", "%1 phones cannot end the call from this computer: use the phone."
    ),
    "control.no_call_id.answer": QT_TRANSLATE_NOOP(
        "CoreText",
        "The phone did not say which call this is, so it cannot answer from this "
        "computer: use the phone.",
    ),
    "control.no_call_id.end_call": QT_TRANSLATE_NOOP(
        "CoreText",
        "The phone did not say which call this is, so it cannot end the call from "
        "this computer: use the phone.",
    ),
    "control.desk_no_address": QT_TRANSLATE_NOOP(
        "CoreText", "Set the desk phone's address in Settings → Phone to use it from this computer."
    ),
    "control.desk_password": QT_TRANSLATE_NOOP(
        "CoreText", "The desk phone's password cannot be read: %1"
    ),
    "control.desk_timeout": QT_TRANSLATE_NOOP(
        "CoreText", "The desk phone at %1 did not answer in time. Is it on and on the network?"
    ),
    "control.desk_unreachable": QT_TRANSLATE_NOOP(
        "CoreText",
        "The desk phone at %1 could not be reached. Check its address in Settings → "
        "Phone, and that it is on.",
    ),
    "control.desk_refused": QT_TRANSLATE_NOOP(
        "CoreText",
        "The desk phone at %1 refused the request: check the web user and password "
        "in Settings → Phone, and that the phone allows this computer to control it (Yealink: "
        "Action URI Allow IP List).",
    ),
    "control.desk_http_error": QT_TRANSLATE_NOOP(
        "CoreText", "The desk phone at %1 answered with an error (HTTP %2)."
    ),
    "control.baresip_bad_number": QT_TRANSLATE_NOOP(
        "CoreText", "“%1” is not a number baresip can dial."
    ),
    "control.baresip_call_gone": QT_TRANSLATE_NOOP(
        "CoreText", "baresip no longer has this call (%1)."
    ),
    "control.baresip_refused": QT_TRANSLATE_NOOP("CoreText", "baresip refused “%1”: %2."),
    "control.baresip_not_connected": QT_TRANSLATE_NOOP(
        "CoreText", "baresip is not connected (at %1)."
    ),
    "control.baresip_unreachable": QT_TRANSLATE_NOOP(
        "CoreText", "baresip could not be reached (%1)."
    ),
    "control.baresip_no_answer": QT_TRANSLATE_NOOP(
        "CoreText", "baresip did not answer “%1” within %2 s."
    ),
    "control.pbx_cannot_answer": QT_TRANSLATE_NOOP(
        "CoreText",
        "The PBX cannot pick up your phone: answer the call on the phone itself "
        "(handset, headset or its answer button).",
    ),
    "control.pbx_call_gone": QT_TRANSLATE_NOOP(
        "CoreText", "This call is not on your extension any more at the PBX."
    ),
    "control.pbx_bad_number": QT_TRANSLATE_NOOP(
        "CoreText", "“%1” is not a number the PBX can dial."
    ),
    "control.asterisk_not_set_up": QT_TRANSLATE_NOOP("CoreText", "Asterisk is not set up: %1."),
    "control.pbx_stopped": QT_TRANSLATE_NOOP("CoreText", "The PBX at %1 stopped answering (%2)."),
    "control.pbx_not_allowed": QT_TRANSLATE_NOOP(
        "CoreText", "The PBX does not let this AMI user %1: its manager.conf entry needs %2."
    ),
    "control.pbx_refused": QT_TRANSLATE_NOOP("CoreText", "The PBX refused to %1: %2."),
    "control.doing.hang_up": QT_TRANSLATE_NOOP("CoreText", "hang up calls"),
    "control.doing.dial": QT_TRANSLATE_NOOP("CoreText", "dial"),
    "control.pbx_login_refused": QT_TRANSLATE_NOOP(
        "CoreText", "The PBX at %1 refused the AMI login: check the user and secret."
    ),
    "control.pbx_unreachable": QT_TRANSLATE_NOOP(
        "CoreText", "The PBX at %1 cannot be reached (%2)."
    ),
    "control.bria_bad_number": QT_TRANSLATE_NOOP("CoreText", "“%1” is not a number Bria can dial."),
    "control.bria_not_listed": QT_TRANSLATE_NOOP(
        "CoreText", "Bria has not reported this call yet; end it in Bria."
    ),
    "control.bria_call_gone": QT_TRANSLATE_NOOP("CoreText", "Bria no longer has this call."),
    "control.bria_not_connected": QT_TRANSLATE_NOOP("CoreText", "Bria is not connected (at %1)."),
    "control.bria_unreachable": QT_TRANSLATE_NOOP("CoreText", "Bria could not be reached (%1)."),
    "control.bria_not_approved": QT_TRANSLATE_NOOP(
        "CoreText",
        "Bria has not allowed this app yet: in Bria, open the Notification tab and "
        "click Allow Access.",
    ),
    "control.bria_no_answer": QT_TRANSLATE_NOOP(
        "CoreText", "Bria did not answer “%1” within %2 s."
    ),
    "control.bria_lost": QT_TRANSLATE_NOOP("CoreText", "The connection to Bria was lost."),
    "control.bria_refused": QT_TRANSLATE_NOOP("CoreText", "Bria refused “%1”: %2."),
    # --- the call store (core/calls/store.py), said by the window's notice ---
    "store.not_saved": QT_TRANSLATE_NOOP(
        "CoreText", "A call could not be saved on disk (%1); it stays on screen."
    ),
    "store.not_read": QT_TRANSLATE_NOOP(
        "CoreText",
        "Calls saved before could not be read, and new calls could not be saved on "
        "disk (%1); they stay on screen.",
    ),
    "store.read_only": QT_TRANSLATE_NOOP("CoreText", "the file is read-only or marked immutable"),
    "value.host_port": QT_TRANSLATE_NOOP("CoreText", "should be a host and a port, like %1"),
    "value.ip_port": QT_TRANSLATE_NOOP("CoreText", "should be an IP address and a port, like %1"),
    "value.ami_word": QT_TRANSLATE_NOOP(
        "CoreText", "should be one word of letters, digits, - _ . + * or #"
    ),
    "value.networks": QT_TRANSLATE_NOOP(
        "CoreText", 'should be a list of addresses or networks, like ["192.168.1.50"]'
    ),
    "value.network": QT_TRANSLATE_NOOP(
        "CoreText",
        "holds “%1”, which is not an address or a network (like 192.168.1.50 or 192.168.1.0/24)",
    ),
    "value.phone_host": QT_TRANSLATE_NOOP(
        "CoreText", "should be the phone's address, like 192.168.1.50"
    ),
}

# Country names: phonenumbers has none without its large geocoder tables; these common ones are
# shown (translated) in the window, every other region by its code.
REGION_NAMES: dict[str, str] = {
    "ZA": QT_TRANSLATE_NOOP("Regions", "South Africa"),
    "NA": QT_TRANSLATE_NOOP("Regions", "Namibia"),
    "BW": QT_TRANSLATE_NOOP("Regions", "Botswana"),
    "ZW": QT_TRANSLATE_NOOP("Regions", "Zimbabwe"),
    "MZ": QT_TRANSLATE_NOOP("Regions", "Mozambique"),
    "LS": QT_TRANSLATE_NOOP("Regions", "Lesotho"),
    "SZ": QT_TRANSLATE_NOOP("Regions", "Eswatini"),
    "ZM": QT_TRANSLATE_NOOP("Regions", "Zambia"),
    "KE": QT_TRANSLATE_NOOP("Regions", "Kenya"),
    "NG": QT_TRANSLATE_NOOP("Regions", "Nigeria"),
    "GH": QT_TRANSLATE_NOOP("Regions", "Ghana"),
    "EG": QT_TRANSLATE_NOOP("Regions", "Egypt"),
    "MU": QT_TRANSLATE_NOOP("Regions", "Mauritius"),
    "GB": QT_TRANSLATE_NOOP("Regions", "the United Kingdom"),
    "IE": QT_TRANSLATE_NOOP("Regions", "Ireland"),
    "US": QT_TRANSLATE_NOOP("Regions", "the United States"),
    "CA": QT_TRANSLATE_NOOP("Regions", "Canada"),
    "AU": QT_TRANSLATE_NOOP("Regions", "Australia"),
    "NZ": QT_TRANSLATE_NOOP("Regions", "New Zealand"),
    "IN": QT_TRANSLATE_NOOP("Regions", "India"),
    "DE": QT_TRANSLATE_NOOP("Regions", "Germany"),
    "FR": QT_TRANSLATE_NOOP("Regions", "France"),
    "NL": QT_TRANSLATE_NOOP("Regions", "the Netherlands"),
    "BE": QT_TRANSLATE_NOOP("Regions", "Belgium"),
    "PT": QT_TRANSLATE_NOOP("Regions", "Portugal"),
    "ES": QT_TRANSLATE_NOOP("Regions", "Spain"),
    "IT": QT_TRANSLATE_NOOP("Regions", "Italy"),
    "CH": QT_TRANSLATE_NOOP("Regions", "Switzerland"),
    "AE": QT_TRANSLATE_NOOP("Regions", "the United Arab Emirates"),
    "BR": QT_TRANSLATE_NOOP("Regions", "Brazil"),
}
REGIONS_CONTEXT = "Regions"
REGION_PREFIX = "region."  # Text("region.ZA") is the country's name


def template(code: str) -> str:
    """The English template of a code (KeyError for an unknown one)."""
    if code.startswith(REGION_PREFIX):
        return REGION_NAMES[code.removeprefix(REGION_PREFIX)]
    return TEMPLATES[code]


def context(code: str) -> str:
    """The translation context a code's template is extracted under."""
    return REGIONS_CONTEXT if code.startswith(REGION_PREFIX) else CONTEXT


def all_codes() -> list[str]:
    return [*TEMPLATES, *(REGION_PREFIX + region for region in REGION_NAMES)]


def fill(pattern: str, args: tuple[str, ...]) -> str:
    """`%1`, `%2`, … replaced by args, highest number first (so %1 does not eat %10)."""
    text = pattern
    for number in range(len(args), 0, -1):
        text = text.replace(f"%{number}", args[number - 1])
    return text


class Text(str):
    """A sentence from core: its English text, plus the code and arguments to translate it."""

    code: str
    args: tuple[str, ...]

    def __new__(cls, code: str, *args: object) -> Text:
        parts = tuple(a if isinstance(a, str) else str(a) for a in args)
        self = super().__new__(cls, fill(template(code), parts))
        self.code = code
        self.args = parts  # Texts stay Texts (a str subclass), so they are translated too
        return self


def text_of(error: BaseException) -> str:
    """An exception's message, keeping it a Text when core raised it with one."""
    first = error.args[0] if error.args else ""
    return first if isinstance(first, Text) else str(error)
