"""What one search term is sent as, and which answers it keeps.

Servers differ in how their autocomplete matches: one takes "james may" as a full name, another
looks for the whole term inside one field at a time and finds nobody; one keeps numbers as
"+27721234567", another as "072 123 4567". So a term goes out in a few spellings, together:

- a part of a number ("0721", "072 123", "+27 72") as typed, without separators, without the
  trunk 0 or the country code (the national significant digits) and grouped the way the region
  writes its numbers ("072 1");
- several words as typed, and their most selective word alone.

The answers to the term as typed are the server's own matches and are kept; answers to the other
spellings are broader ("721" finds more than "0721") and are kept only when every word of the term
is found in the contact's name, surname, company, email, customer number or numbers.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from agent_desktop.core.api.models import Contact

MAX_SPELLINGS = 4  # requests one term may cost: the account's 100 req/s are shared
_MIN_PART_DIGITS = 3  # shorter leftovers ("1" from "01") would match nearly every number
_NUMBER_TERM = re.compile(r"^\+?[\d\s()\-./]+$")
# Letters NFKD does not take apart, so "Soren" still finds "Søren" (as the server's collation).
_FOLD_EXTRA = str.maketrans({"ø": "o", "ł": "l", "đ": "d", "æ": "ae", "œ": "oe", "ı": "i"})


def fold(text: str | None) -> str:
    """Case- and accent-free: 'Zoë MÜLLER' -> 'zoe muller'."""
    decomposed = unicodedata.normalize("NFKD", (text or "").casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).translate(_FOLD_EXTRA)


def words_of(term: str) -> list[str]:
    return term.split()


def digits_of(text: str | None) -> str:
    return "".join(ch for ch in (text or "") if ch.isdigit())


def is_number_term(term: str) -> bool:
    """A number or a part of one: digits with the usual separators, two digits at least."""
    text = term.strip()
    return bool(_NUMBER_TERM.match(text)) and len(digits_of(text)) >= 2


def offers_create(term: str, region: str) -> bool:
    """Whether "no matches" may suggest creating a contact: for words, and for a full, valid
    number; never for a part of a number (nobody is created as "0721")."""
    if not is_number_term(term):
        return True
    from agent_desktop.core import phone as phones  # phonenumbers is heavy: only for numbers

    try:
        phones.parse_phone(term, region)
    except phones.InvalidNumber:
        return False
    return True


def spellings(term: str, region: str) -> list[str]:
    """The terms to send for `term`, the term itself first; at most MAX_SPELLINGS."""
    text = " ".join(term.split())
    if not text:
        return []
    found = [text]
    extra = _number_spellings(text, region) if is_number_term(text) else _word_spellings(text)
    for spelling in extra:
        if spelling and spelling not in found:
            found.append(spelling)
    return found[:MAX_SPELLINGS]


def _number_spellings(text: str, region: str) -> list[str]:
    digits = digits_of(text)
    international = text.startswith("+")
    significant = _significant_part(digits, international, region)
    grouped = _grouped(("+" if international else "") + digits, region)
    return [digits, significant if len(significant) >= _MIN_PART_DIGITS else "", grouped]


def _significant_part(digits: str, international: bool, region: str) -> str:
    """The digits without the country code ("+2772" -> "72") or the trunk prefix ("0721" ->
    "721"); the digits themselves when there is neither."""
    import phonenumbers  # heavy: only number terms pay for it

    if international:
        code = str(phonenumbers.country_code_for_region(region.upper()) or "")
        return digits[len(code) :] if code and digits.startswith(code) else digits
    meta = phonenumbers.PhoneMetadata.metadata_for_region(region.upper())
    trunk = (meta.national_prefix if meta is not None else None) or ""
    return digits[len(trunk) :] if trunk and digits.startswith(trunk) else digits


def _grouped(digits: str, region: str) -> str:
    """The digits grouped as the region writes them so far: "0721" -> "072 1" (ZA)."""
    import phonenumbers

    formatter = phonenumbers.AsYouTypeFormatter(region.upper())
    shown = ""
    for ch in digits:
        shown = formatter.input_digit(ch)
    return shown


def _word_spellings(text: str) -> list[str]:
    words = words_of(text)
    return [most_selective(words)] if len(words) > 1 else []


def most_selective(words: Sequence[str]) -> str:
    """The word likely to match the fewest contacts: an address part, else the longest (on a
    tie the later one: surnames are rarer than first names)."""
    best = words[0]
    for word in words[1:]:
        if ("@" in word, len(word)) >= ("@" in best, len(best)):
            best = word
    return best


# --- which answers to keep ------------------------------------------------------------------


def _number_forms(raw: str, region: str) -> set[str]:
    """The digit strings a stored number may be matched against: as stored, national, E.164."""
    from agent_desktop.core import phone as phones

    forms = {digits_of(raw)}
    try:
        parsed = phones.parse_phone(raw, region)
    except phones.InvalidNumber:
        return forms - {""}
    forms |= {parsed.national_digits, digits_of(parsed.e164)}
    return forms - {""}


def _numbers_of(contact: Contact) -> list[str]:
    return [n for _, n in contact.phones] + (
        [contact.customer_number] if contact.customer_number else []
    )


def number_matches(contact: Contact, part: str, region: str) -> bool:
    """Does any number of the contact contain this part of a number (any spelling of both)?"""
    wanted = digits_of(part)
    if not wanted:
        return False
    return any(wanted in form for n in _numbers_of(contact) for form in _number_forms(n, region))


def _texts_of(contact: Contact) -> list[str]:
    return [
        fold(t)
        for t in (
            contact.firstname,
            contact.lastname,
            contact.company,
            contact.email,
            contact.customer_number,
        )
        if t
    ]


def matches_every_word(contact: Contact, term: str, region: str) -> bool:
    """Every word of the term is found in some field; a term that is a number is matched
    against the contact's numbers as a whole ("072 123" is one number, not two words)."""
    if is_number_term(term):
        return number_matches(contact, term, region)
    texts = _texts_of(contact)
    for word in words_of(term):
        folded = fold(word)
        if any(folded in t for t in texts):
            continue
        if is_number_term(word) and number_matches(contact, word, region):
            continue
        return False
    return True


def _starts_a_field(contact: Contact, term: str, region: str) -> bool:
    """A word (or the number) begins a field: "may" before "Mayfair Kitchens'" inner hit."""
    if is_number_term(term):
        wanted = digits_of(term)
        return any(
            form.startswith(wanted)
            for n in _numbers_of(contact)
            for form in _number_forms(n, region)
        )
    starts = [w for t in _texts_of(contact) for w in t.split()]
    return all(any(s.startswith(fold(word)) for s in starts) for word in words_of(term))


def merge_answers(
    term: str, answers: Iterable[tuple[str, list[Contact]]], region: str, limit: int
) -> list[Contact]:
    """One list from the answers to each spelling (the term itself first): the term's own
    matches kept, the others only when they match every word; each contact once, those whose
    fields begin with the words first, otherwise in the servers' order."""
    text = " ".join(term.split())
    kept: dict[str, Contact] = {}
    for spelling, contacts in answers:
        own = spelling == text
        for contact in contacts:
            if contact.id in kept:
                continue
            if own or matches_every_word(contact, text, region):
                kept[contact.id] = contact
    ranked = sorted(kept.values(), key=lambda c: not _starts_a_field(c, text, region))
    return ranked[:limit]
