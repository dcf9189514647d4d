"""The seeded contacts: the fixed ones tests rely on, and a realistically messy rest."""

from __future__ import annotations

import re
from collections import defaultdict

import phonenumbers
import pytest

from agent_desktop.core.api.models import CONTACT_FIELDS, PHONE_FIELDS, Contact, EntityType
from agent_desktop.sandbox.seed_data import FIXED_CONTACTS, seed_contacts

CONTACTS = seed_contacts()
PHONES = [c[f] for c in CONTACTS for f in PHONE_FIELDS if c[f]]


def digits(number: str) -> str:
    """Country code + national number, whatever form the number was stored in."""
    return phonenumbers.format_number(
        phonenumbers.parse(number, "ZA"), phonenumbers.PhoneNumberFormat.E164
    )


def test_at_least_300_contacts_with_unique_ids_and_every_field():
    assert len(CONTACTS) >= 300
    assert len({c["id"] for c in CONTACTS}) == len(CONTACTS)
    assert all(tuple(c) == CONTACT_FIELDS for c in CONTACTS)
    assert all(Contact.from_api(c).id == c["id"] for c in CONTACTS)


def test_seed_is_deterministic_and_fresh_per_call():
    again = seed_contacts()
    assert again == CONTACTS
    again[0]["firstname"] = "Changed"
    assert seed_contacts()[0]["firstname"] == "James"


def test_all_entity_types_and_nulls_in_every_optional_field():
    types = {c["entity_type"] for c in CONTACTS}
    assert {"Account", "Contact", "Lead"} <= types
    for field in CONTACT_FIELDS[1:]:
        assert any(c[field] is None for c in CONTACTS), field
        assert any(c[field] is not None for c in CONTACTS), field


def test_names_are_international_with_non_ascii():
    text = " ".join(f"{c['firstname']} {c['lastname']}" for c in CONTACTS)
    for name in ("Zoë", "Müller", "Nomvula", "José", "Søren", "Łukasz", "O'Brien", "van der Merwe"):
        assert name in text, name
    assert sum(1 for c in CONTACTS if not (c["firstname"] or "").isascii()) >= 10


def test_every_number_is_valid_and_stored_in_mixed_forms():
    for number in PHONES:
        assert phonenumbers.is_valid_number(phonenumbers.parse(number, "ZA")), number
    forms = {
        "e164_za": r"\+27\d{9}",
        "national": r"0\d{9}",
        "spaced_national": r"0\d\d \d{3} \d{4}",
        "spaced_international": r"\+27 \d\d \d{3} \d{4}",
        "foreign": r"\+(?!27)[\d ]+",
    }
    counts = {name: sum(1 for p in PHONES if re.fullmatch(rx, p)) for name, rx in forms.items()}
    assert all(count >= 5 for count in counts.values()), counts
    assert sum(counts.values()) == len(PHONES)  # nothing in another shape


def test_numbers_only_repeat_on_switchboards():
    """A number shared by several companies is a switchboard; no two people share a mobile."""
    companies_by_number = defaultdict(set)
    for c in CONTACTS:
        if c["businessphone"]:
            companies_by_number[digits(c["businessphone"])].add(c["company"])
    shared = {n: cos for n, cos in companies_by_number.items() if len(cos) > 1}
    assert len(shared) >= 3
    assert {"Table Bay Tours", "Harbour Light Insurance", "Atlantic Seaboard Properties"} == shared[
        "+27215550199"
    ]
    mobiles = [digits(c["mobilephone"]) for c in CONTACTS if c["mobilephone"]]
    assert len(mobiles) == len(set(mobiles))
    switchboards = set(companies_by_number)
    assert not switchboards & set(mobiles)


def test_email_only_contacts_exist():
    no_phone = [c for c in CONTACTS if c["email"] and not any(c[f] for f in PHONE_FIELDS)]
    assert len(no_phone) >= 5
    bare = [
        c
        for c in no_phone
        if all(c[f] is None for f in CONTACT_FIELDS if f not in ("id", "email", "entity_type"))
    ]
    assert len(bare) >= 2


def test_unknown_entity_type_parses():
    untyped = [c for c in CONTACTS if c["entity_type"] is None]
    assert untyped and all(Contact.from_api(c).entity_type is EntityType.UNKNOWN for c in untyped)


@pytest.mark.parametrize("fixed", FIXED_CONTACTS, ids=lambda c: c["company"] or c["lastname"])
def test_fixed_contacts_are_served_exactly(api, fixed):
    lookup = (
        {"phone": next(fixed[f] for f in PHONE_FIELDS if fixed[f])}
        if any(fixed[f] for f in PHONE_FIELDS)
        else {"email": fixed["email"]}
    )
    body = api.get("/calls/record", **lookup).json()
    assert body == {"status": True, "contact": fixed}


def test_fixed_contacts_match_the_contract():
    by_id = {c["id"]: c for c in FIXED_CONTACTS}
    assert by_id["7c1e4a52-3b0e-4c39-9a51-5d7c2f6b8e01"] == {
        **dict.fromkeys(CONTACT_FIELDS),
        "id": "7c1e4a52-3b0e-4c39-9a51-5d7c2f6b8e01",
        "firstname": "Thandiwe",
        "lastname": "Nkosi",
        "mobilephone": "0821234567",
        "email": "thandi.nkosi@example.co.za",
        "entity_type": "Contact",
    }
    zoe = by_id["b3f0d7a8-61c2-4d5e-8f9a-0a1b2c3d4e5f"]
    assert (
        zoe["firstname"],
        zoe["lastname"],
        zoe["businessphone"],
        zoe["company"],
        zoe["entity_type"],
    ) == ("Zoë", "Müller", "021 555 0100", "Kaapstad Logistics", "Lead")
    fynbos = by_id["e8d2c6b4-9a7f-4e3d-8c1b-2f4a6d8e0b13"]
    assert fynbos["firstname"] is fynbos["lastname"] is None
    assert (fynbos["company"], fynbos["email"], fynbos["entity_type"]) == (
        "Fynbos Foods",
        "info@fynbos.example",
        "Account",
    )
    assert not any(fynbos[f] for f in PHONE_FIELDS)
    assert sorted(c["businessphone"] for c in FIXED_CONTACTS if c["businessphone"]) == sorted(
        ["021 555 0100", "+27215550199", "0215550199", "+27 21 555 0199"]
    )
