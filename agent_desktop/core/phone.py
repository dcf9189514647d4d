"""Phone-number and e-mail rules: validation with human messages, and the forms a lookup tries.

SwitchTransact stores numbers exactly as they were typed (E.164, national, spaced...), so a lookup
has to try several spellings of the same number; `lookup_forms` gives them in the order to try.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberFormat, ValidationResult

from agent_desktop.core.calls.caller_id import ascii_digits
from agent_desktop.core.region import DEFAULT_REGION
from agent_desktop.core.texts import REGION_NAMES, REGION_PREFIX, Text

_PHONE_CHARS = re.compile(r"^[\d\s+()\-./]+$")
# What a number handed to a softphone may be written with: digits (any script), the usual
# separators, a leading +. Anything else (letters, `=`, `;`, quotes) is not a number to dial,
# even where phonenumbers would find one inside it ("--upload-file=/etc/passwd 0721999888").
_DIALLED_CHARS = re.compile(r"^\+?[\d \t\u00a0()\-./]+$")
_EMAIL = re.compile(r"^[^@\s<>(),;:\"\[\]]+@[^@\s<>(),;:\"\[\]]+\.[^@\s<>(),;:\"\[\]]{2,}$")


# "GB 07700 900123", "gb:020 7946 0958": a two-letter region typed before a national number.
_REGION_PREFIX = re.compile(r"^([A-Za-z]{2})\s*[:\-]?\s*(?=[\d+(])(.*)$", re.DOTALL)


def split_region(text: str) -> tuple[str | None, str]:
    """(region, number) when `text` starts with a region code phonenumbers knows, followed by
    a number; else (None, text)."""
    match = _REGION_PREFIX.match(text)
    if match and match.group(1).upper() in phonenumbers.SUPPORTED_REGIONS:
        return match.group(1).upper(), match.group(2).strip()
    return None, text


class InvalidNumber(ValueError):
    """A number that cannot be used; `message` is a sentence for the agent."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


@dataclass(frozen=True)
class PhoneNumber:
    raw: str  # as typed (stripped)
    region: str  # region the number belongs to, e.g. "ZA"
    e164: str  # "+27721234567"
    national_digits: str  # "0721234567"
    national: str  # "072 123 4567"
    international: str  # "+27 72 123 4567"


def region_name(region: str) -> str:
    """The country's name (a Text the window translates) or, for one we have no name for, its
    code."""
    region = (region or "").upper()
    if region in REGION_NAMES:
        return Text(REGION_PREFIX + region)
    return region or "this region"


def _normal_region(region: str | None) -> str:
    region = (region or "").strip().upper()
    return region if region in phonenumbers.SUPPORTED_REGIONS else "ZZ"


def _region_of(number: phonenumbers.PhoneNumber, default: str) -> str:
    region = phonenumbers.region_code_for_number(number)
    if not region or region == "ZZ":
        region = phonenumbers.region_code_for_country_code(number.country_code or 0)
    return default if not region or region == "ZZ" else region


def _typical_lengths(region: str) -> set[int]:
    """The lengths of the region's fixed-line and mobile numbers (national significant digits)."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if meta is None:
        return set()
    return {
        n
        for desc in (meta.fixed_line, meta.mobile)
        if desc is not None
        for n in (desc.possible_length or ())
        if n > 0
    }


def _full_lengths(region: str) -> set[int]:
    """Fixed-line lengths and the longest mobile one: some regions list short mobile service
    numbers too (ZA: 5 to 9 digits), which would let any digit string through."""
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region)
    if meta is None:
        return set()
    fixed = {n for n in getattr(meta.fixed_line, "possible_length", None) or () if n > 0}
    mobile = [n for n in getattr(meta.mobile, "possible_length", None) or () if n > 0]
    return fixed | ({max(mobile)} if mobile else set())


def _typical_max_length(region: str) -> int | None:
    """The longest fixed-line or mobile number of the region (national significant digits)."""
    lengths = _typical_lengths(region)
    return max(lengths) if lengths else None


def _invalid_message(number: phonenumbers.PhoneNumber, region: str) -> str:
    country = region_name(region)
    reason = phonenumbers.is_possible_number_with_reason(number)
    if reason == ValidationResult.INVALID_COUNTRY_CODE:
        return "The country code is not valid."
    if reason == ValidationResult.TOO_SHORT:
        return f"Too short for {country}."
    if reason == ValidationResult.TOO_LONG:
        return f"Too long for {country}."
    if reason == ValidationResult.INVALID_LENGTH:
        return f"Wrong number of digits for {country}."
    if reason == ValidationResult.IS_POSSIBLE_LOCAL_ONLY:
        return f"Add the area code; this is not a full number for {country}."
    # "Possible" by the region's loosest rule; judge the length against real numbers.
    longest = _typical_max_length(region)
    digits = len(phonenumbers.national_significant_number(number))
    if longest and digits < longest:
        return f"Too short for {country}."
    if longest and digits > longest:
        return f"Too long for {country}."
    return f"Not a valid number for {country}."


_PARSE_MESSAGES = {
    NumberParseException.INVALID_COUNTRY_CODE: "The country code is not valid.",
    NumberParseException.NOT_A_NUMBER: "That is not a phone number.",
    NumberParseException.TOO_SHORT_AFTER_IDD: "Too short after the international prefix.",
    NumberParseException.TOO_LONG: "Too long for a phone number.",
}


_PARSED_MEMORY = 4096  # numbers parsed, remembered: a ring compares its number with every call's


def parse_phone(raw: str | None, region: str = DEFAULT_REGION) -> PhoneNumber:
    """Parse and validate; raises InvalidNumber with a sentence saying what is wrong.

    Remembered (bounded): the same few numbers are parsed again and again — each softphone event
    is matched against the calls of the day, each render formats them — and phonenumbers takes
    ~0.2 ms a parse, on the GUI thread too."""
    text = ascii_digits(raw.strip()) if isinstance(raw, str) else ""
    parsed = _parse_remembered(text, region)
    if isinstance(parsed, str):
        raise InvalidNumber(parsed)
    return parsed


@functools.lru_cache(maxsize=_PARSED_MEMORY)
def _parse_remembered(text: str, region: str) -> PhoneNumber | str:
    """The number, or the sentence saying what is wrong with it."""
    try:
        return _parse(text, region)
    except InvalidNumber as exc:
        return str(exc)


def _parse(text: str, region: str) -> PhoneNumber:
    if not text:
        raise InvalidNumber("Enter a phone number.")
    typed_region, digits = split_region(text)
    default = typed_region or _normal_region(region)
    try:
        number = phonenumbers.parse(digits, default)
    except NumberParseException as exc:
        if exc.error_type == NumberParseException.TOO_SHORT_NSN:
            raise InvalidNumber(f"Too short for {region_name(default)}.") from None
        if exc.error_type == NumberParseException.INVALID_COUNTRY_CODE and default == "ZZ":
            raise InvalidNumber("Start the number with + and the country code.") from None
        message = _PARSE_MESSAGES.get(exc.error_type, "That is not a phone number.")
        raise InvalidNumber(message) from None
    except Exception:  # phonenumbers is robust, but a crash here must stay an input problem
        raise InvalidNumber("That is not a phone number.") from None
    number_region = _region_of(number, default)
    if not phonenumbers.is_valid_number(number):
        raise InvalidNumber(_invalid_message(number, number_region))
    return _spellings(text, number, number_region)


def _spellings(text: str, number: phonenumbers.PhoneNumber, region: str) -> PhoneNumber:
    national = phonenumbers.format_number(number, PhoneNumberFormat.NATIONAL)
    return PhoneNumber(
        raw=text,
        region=region,
        e164=phonenumbers.format_number(number, PhoneNumberFormat.E164),
        national_digits="".join(ch for ch in national if ch.isdigit()),
        national=national,
        international=phonenumbers.format_number(number, PhoneNumberFormat.INTERNATIONAL),
    )


def _full_length_number(text: str, region: str) -> PhoneNumber | None:
    """A number phonenumbers parses but calls invalid, when it has the length of a real number
    of its country: `07700 900123` (a UK range kept for drama) is +447700900123 all the same,
    and may be stored so. Too short or too long, it is no number at all: None."""
    typed_region, digits = split_region(text)
    default = typed_region or _normal_region(region)
    try:
        number = phonenumbers.parse(digits, default)
    except Exception:  # NumberParseException, or anything phonenumbers might raise
        return None
    number_region = _region_of(number, default)
    digits = len(phonenumbers.national_significant_number(number))
    if number_region == "ZZ" or digits not in _full_lengths(number_region):
        return None
    return _spellings(text, number, number_region)


def lookup_forms(raw: str | None, region: str = DEFAULT_REGION) -> list[str]:
    """The spellings a lookup tries, in order (deduplicated): E.164, national digits, the two
    spaced forms CRMs often hold ("072 123 4567", "+27 72 123 4567"), then as typed.

    The spaced forms cost a request only when the compact ones miss, and they find records that
    were typed with spaces however the caller's number reaches us. A number phonenumbers calls
    invalid but that has a real number's length gets the same spellings; anything else is tried
    as typed only; blank input gives [].
    """
    text = ascii_digits(raw.strip()) if isinstance(raw, str) else ""
    if not text:
        return []
    try:
        number = parse_phone(text, region)
    except InvalidNumber:
        lenient = _full_length_number(text, region)
        if lenient is None:
            return [text]
        number = lenient
    forms: list[str] = []
    # Only use the national digits when the number is "at home": for a foreign number they
    # would name a different (local) number.
    national_ok = number.region == _normal_region(region)
    home_forms = (number.national_digits, number.national) if national_ok else ("", "")
    for form in (number.e164, home_forms[0], home_forms[1], number.international, text):
        if form and form not in forms:
            forms.append(form)
    return forms


def cache_key(raw: str | None, region: str = DEFAULT_REGION) -> str:
    """What identifies "the same number" however it was typed: E.164, else the stripped text."""
    try:
        return parse_phone(raw, region).e164
    except InvalidNumber:
        return ascii_digits(raw.strip()) if isinstance(raw, str) else ""


def same_number(a: str, b: str, region: str = DEFAULT_REGION) -> bool:
    """Do two spellings name one number? "0721234567" and "+27 72 123 4567" do (ZA)."""
    key_a, key_b = cache_key(a, region), cache_key(b, region)
    if key_a.startswith("+") or key_b.startswith("+"):
        return key_a == key_b
    digits_a = "".join(ch for ch in key_a if ch.isdigit())  # neither parses: compare digits
    return bool(digits_a) and digits_a == "".join(ch for ch in key_b if ch.isdigit())


def display_number(raw: str | None, region: str = DEFAULT_REGION) -> str:
    """National form for numbers of the agent's region, international for others, raw otherwise."""
    try:
        number = parse_phone(raw, region)
    except InvalidNumber:
        return raw if isinstance(raw, str) else ""
    return number.national if number.region == _normal_region(region) else number.international


def looks_like_phone(text: str | None) -> bool:
    """Mostly digits with the usual separators, and at least 7 digits (or a short + number),
    perhaps after a region code ("GB 07700 900123")."""
    text = text.strip() if isinstance(text, str) else ""
    text = split_region(text)[1]  # "GB 07700 900123" is a number of that region
    if not text or not _PHONE_CHARS.match(text):
        return False
    digits = sum(ch.isdigit() for ch in text)
    return digits >= 7 or (text.startswith("+") and digits >= 5)


def looks_like_email(text: str | None) -> bool:
    text = text.strip() if isinstance(text, str) else ""
    return len(text) <= 254 and bool(_EMAIL.match(text))


def normalise_email(text: str | None) -> str:
    return text.strip().lower() if isinstance(text, str) else ""


def dialling_forms(raw: str | None, region: str = DEFAULT_REGION) -> tuple[str, str]:
    """(number, e164) for a softphone's dial command, digits only: the national digits for a
    number of the agent's region written nationally ("021 555-0100" -> "0215550100"), else the
    E.164 form, which is also the second. Raises InvalidNumber for anything that is not written
    as a phone number or is not one (too short, no such country code)."""
    text = ascii_digits(raw.strip() if isinstance(raw, str) else "")
    if not text:
        raise InvalidNumber("There is no number to dial.")
    if not _DIALLED_CHARS.match(text):
        raise InvalidNumber("That is not a phone number.")
    try:
        number = parse_phone(text, region)
    except InvalidNumber:
        lenient = _full_length_number(text, region)
        if lenient is None:
            raise
        number = lenient  # a real number's length, in a range phonenumbers calls unassigned
    international = text.startswith("+") or number.region != _normal_region(region)
    return (number.e164 if international else number.national_digits), number.e164
