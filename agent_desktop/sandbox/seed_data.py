"""The sandbox's contacts: a few fixed ones tests rely on, plus ~330 generated deterministically.

The generated data looks like a real South African CRM: numbers typed in every form people use,
colleagues sharing a company switchboard, office parks sharing one number across companies,
records with only an email, nulls in every optional field, accents everywhere.
"""

from __future__ import annotations

import functools
import random
import unicodedata
import uuid

from agent_desktop.core.api.models import CONTACT_FIELDS

from . import names

CONTACT_SEED = 20240617  # fixed: the same contacts on every machine and every run
GENERATED_COUNT = 320

SHARED_SWITCHBOARD = "+27215550199"  # the fixed contacts' switchboard, stored three ways


def _contact(**fields: str | None) -> dict[str, str | None]:
    return {name: fields.get(name) for name in CONTACT_FIELDS}


FIXED_CONTACTS: tuple[dict[str, str | None], ...] = (
    _contact(
        id="2916509f-f188-42d8-ab0e-a27bcb20d70d",
        firstname="James",
        lastname="May",
        customer_number="3008821",
        company="My Company name",
        mobilephone="+27721234567",
        email="james@may.com",
        entity_type="Account",
    ),
    _contact(
        id="7c1e4a52-3b0e-4c39-9a51-5d7c2f6b8e01",
        firstname="Thandiwe",
        lastname="Nkosi",
        mobilephone="0821234567",
        email="thandi.nkosi@example.co.za",
        entity_type="Contact",
    ),
    _contact(
        id="b3f0d7a8-61c2-4d5e-8f9a-0a1b2c3d4e5f",
        firstname="Zoë",
        lastname="Müller",
        company="Kaapstad Logistics",
        businessphone="021 555 0100",
        email="zoe.mueller@kaapstad.example",
        entity_type="Lead",
    ),
    _contact(
        id="e8d2c6b4-9a7f-4e3d-8c1b-2f4a6d8e0b13",
        company="Fynbos Foods",
        email="info@fynbos.example",
        entity_type="Account",
    ),
    _contact(
        id="5a9c3e71-2d4b-4f60-9e8a-7b1c0d2e3f41",
        firstname="Pieter",
        lastname="van der Merwe",
        customer_number="3011940",
        company="Table Bay Tours",
        businessphone="+27215550199",
        mobilephone="+27836550142",
        email="pieter@tablebaytours.example",
        entity_type="Contact",
    ),
    _contact(
        id="c4e8a2f6-0b1d-4c3e-8a5f-9d7b6e1c2a30",
        firstname="Ayesha",
        lastname="Patel",
        customer_number="3011941",
        company="Harbour Light Insurance",
        businessphone="0215550199",
        email="ayesha.patel@harbourlight.example",
        entity_type="Account",
    ),
    _contact(
        id="9f1b7d3e-5c2a-4e8f-b6d0-1a3c5e7f9b24",
        firstname="Sipho",
        lastname="Mthembu",
        company="Atlantic Seaboard Properties",
        businessphone="+27 21 555 0199",
        entity_type="Lead",
    ),
)

# Number digits (country code + national number) already taken by the fixed contacts.
_RESERVED = {"27721234567", "27821234567", "27215550100", "27215550199", "27836550142"}


# Letters NFKD does not take apart into a base letter plus accents.
_ASCII_EXTRA = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "ß": "ss"})


def ascii_slug(text: str, sep: str = "") -> str:
    """'Ó Súilleabháin' -> 'osuilleabhain': for e-mail addresses and company domains."""
    text = text.translate(_ASCII_EXTRA)
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    words = "".join(c if c.isalnum() else " " for c in plain).split()
    return sep.join(words)


def e164(number: str) -> str:
    """'234|803 123 4567' (a generated foreign number) -> '+2348031234567'."""
    return "+" + number.replace("|", "").replace(" ", "")


class _Generator:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used_numbers = set(_RESERVED)
        self.used_customer_numbers = {"3008821", "3011940", "3011941"}
        self.switchboards: dict[str, str] = {}  # company -> number digits
        for group in names.SHARED_SWITCHBOARDS:
            digits = self.za_number(names.SA_COMPANIES[group[0]])
            for company in group:
                self.switchboards[company] = digits
        for company, area in names.SA_COMPANIES.items():
            self.switchboards.setdefault(company, self.za_number(area))
        for company, country in names.INTERNATIONAL_COMPANIES.items():
            self.switchboards[company] = self.foreign_number(country)

    def _fill(self, pattern: str) -> str:
        return "".join(str(self.rng.randrange(10)) if c == "X" else c for c in pattern)

    def za_number(self, prefix: str) -> str:
        """Fresh digits '27' + 9-digit national number beginning with `prefix`."""
        while True:
            digits = "27" + prefix + self._fill("X" * (9 - len(prefix)))
            if digits not in self.used_numbers:
                self.used_numbers.add(digits)
                return digits

    def foreign_number(self, country: str) -> str:
        code, groups = names.FOREIGN_PLANS[country]
        while True:
            filled = " ".join(self._fill(g) for g in groups)
            digits = code + filled.replace(" ", "")
            if digits not in self.used_numbers:
                self.used_numbers.add(digits)
                return f"{code}|{filled}"  # written() needs the groups for the spaced form

    def written(self, number: str) -> str:
        """The number as some user typed it into the CRM."""
        if "|" in number:  # foreign: E.164 or spaced international, as people write them
            code, filled = number.split("|")
            spaced = f"+{code} {filled}"
            return spaced if self.rng.random() < 0.4 else spaced.replace(" ", "")
        nsn = number[2:]
        forms = (
            "+27" + nsn,
            "0" + nsn,
            f"0{nsn[:2]} {nsn[2:5]} {nsn[5:]}",
            f"+27 {nsn[:2]} {nsn[2:5]} {nsn[5:]}",
        )
        return self.rng.choices(forms, weights=(40, 30, 15, 15))[0]

    def customer_number(self) -> str:
        while True:
            value = "3" + self._fill("XXXXXX")
            if value not in self.used_customer_numbers:
                self.used_customer_numbers.add(value)
                return value

    def uuid(self) -> str:
        return str(uuid.UUID(int=self.rng.getrandbits(128), version=4))

    def person(self) -> tuple[str, str, str | None]:
        """(first, last, foreign country or None)."""
        rng = self.rng
        if rng.random() < 0.68:
            first_pool, last_pool = rng.choice(list(names.SA_PEOPLE.values()))
            if rng.random() < 0.1:  # married or mixed-heritage names
                last_pool = rng.choice(list(names.SA_PEOPLE.values()))[1]
            return rng.choice(first_pool), rng.choice(last_pool), None
        country = rng.choice(list(names.INTERNATIONAL_PEOPLE))
        first_pool, last_pool = names.INTERNATIONAL_PEOPLE[country]
        return rng.choice(first_pool), rng.choice(last_pool), country

    def email(self, first: str | None, last: str | None, company: str | None) -> str:
        rng = self.rng
        domain = (
            f"{ascii_slug(company)}.example"
            if company and rng.random() < 0.7
            else rng.choice(names.PERSONAL_EMAIL_DOMAINS)
        )
        local = ".".join(ascii_slug(p) for p in (first, last) if p) or "info"
        if rng.random() < 0.06:  # typed with capitals; lookups must not care
            local = ".".join(p.capitalize() for p in local.split("."))
        return f"{local}@{domain}"

    def contact(self) -> dict[str, str | None]:
        rng = self.rng
        entity = rng.choices(("Account", "Contact", "Lead"), weights=(25, 50, 25))[0]
        first, last, country = self.person()
        company = None
        if rng.random() < {"Account": 0.85, "Contact": 0.75, "Lead": 0.45}[entity]:
            pool = names.INTERNATIONAL_COMPANIES if country and rng.random() < 0.3 else None
            company = rng.choice(list(pool or names.SA_COMPANIES))
        c = _contact(id=self.uuid(), entity_type=entity, company=company)
        if entity == "Account" and company and rng.random() < 0.35:
            c["email"] = f"info@{ascii_slug(company)}.example" if rng.random() < 0.8 else None
            c["businessphone"] = self.written(self.switchboards[company])
            c["customer_number"] = self.customer_number()
            return c  # a company record: no person at all
        c["firstname"], c["lastname"] = first, last
        if rng.random() < 0.85:
            foreign = country and rng.random() < 0.3
            digits = (
                self.foreign_number(country)
                if foreign and country
                else self.za_number(rng.choice(names.ZA_MOBILE_PREFIXES))
            )
            c["mobilephone"] = self.written(digits)
        if company and rng.random() < 0.55:
            c["businessphone"] = self.written(self.switchboards[company])
        if rng.random() < 0.08:  # a direct line next to the switchboard
            c["businessphone2"] = self.written(self.za_number(rng.choice(("10", "11", "21"))))
        if rng.random() < 0.85:
            c["email"] = self.email(first, last, company)
        if (entity != "Lead" and rng.random() < 0.75) or rng.random() < 0.1:
            c["customer_number"] = self.customer_number()
        return c

    def oddities(self) -> list[dict[str, str | None]]:
        """Records every real CRM has a few of, made explicit so each kind is guaranteed."""
        rng, out = self.rng, []
        for _ in range(6):  # a name and an email, no phone at all
            first, last, _country = self.person()
            out.append(
                _contact(
                    id=self.uuid(),
                    firstname=first,
                    lastname=last,
                    email=self.email(first, last, None),
                    entity_type=rng.choice(("Contact", "Lead")),
                )
            )
        out.append(
            _contact(id=self.uuid(), email="accounts.payable@example.co.za", entity_type="Lead")
        )  # nothing but an email
        out.append(_contact(id=self.uuid(), email="Enquiries@Example.net"))  # not even a type
        for first in ("Precious", "Lwazi", "Naledi"):  # one name only, as typed at reception
            digits = self.za_number(rng.choice(names.ZA_MOBILE_PREFIXES))
            out.append(
                _contact(
                    id=self.uuid(),
                    firstname=first,
                    mobilephone=self.written(digits),
                    entity_type="Lead",
                )
            )
        out.append(
            _contact(
                id=self.uuid(),
                lastname="Okonkwo-Ó Súilleabháin",
                firstname="Chukwuemeka Seán",
                company="Lagos Harbour Trading",
                mobilephone=e164(self.foreign_number("NG")),
                entity_type=None,
            )
        )  # long name, no type
        return out


@functools.lru_cache(maxsize=1)
def _generated() -> tuple[dict[str, str | None], ...]:
    gen = _Generator(CONTACT_SEED)
    contacts = [gen.contact() for _ in range(GENERATED_COUNT)]
    contacts.extend(gen.oddities())
    return tuple(contacts)


def seed_contacts() -> list[dict[str, str | None]]:
    """Every seeded contact, fixed ones first; fresh dicts the caller may change."""
    return [dict(c) for c in (*FIXED_CONTACTS, *_generated())]
