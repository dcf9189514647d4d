"""Typed records exchanged with SwitchTransact's Calls API."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any


class EntityType(enum.Enum):
    ACCOUNT = "Account"
    CONTACT = "Contact"
    LEAD = "Lead"
    UNKNOWN = "Unknown"  # a value the server invented; the raw text is kept on the Contact

    @classmethod
    def parse(cls, value: object) -> EntityType:
        if isinstance(value, str):
            for member in cls:
                if member is not cls.UNKNOWN and member.value.lower() == value.strip().lower():
                    return member
        return cls.UNKNOWN


class CallType(enum.Enum):
    INBOUND = "Inbound"
    OUTBOUND = "Outbound"
    MISSED = "Missed"
    NOT_ANSWERED = "Notanswered"


class CallDirection(enum.Enum):
    INBOUND = "Inbound"
    OUTBOUND = "Outbound"


# The documented contact fields, in the API's own names and order.
CONTACT_FIELDS = (
    "id",
    "firstname",
    "lastname",
    "customer_number",
    "company",
    "businessphone",
    "businessphone2",
    "mobilephone",
    "email",
    "entity_type",
)
PHONE_FIELDS = ("mobilephone", "businessphone", "businessphone2")


def _text_or_none(value: object) -> str | None:
    """The API may send numbers, nulls or empty strings; keep text, map blanks to None."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        value = str(value)
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value or None


@dataclass(frozen=True)
class Contact:
    id: str
    firstname: str | None = None
    lastname: str | None = None
    customer_number: str | None = None
    company: str | None = None
    businessphone: str | None = None
    businessphone2: str | None = None
    mobilephone: str | None = None
    email: str | None = None
    entity_type: EntityType = EntityType.UNKNOWN
    # The server's own entity_type text, kept so an unknown value can still be shown and sent back.
    entity_type_raw: str | None = None

    @classmethod
    def from_api(cls, data: Mapping[str, Any]) -> Contact:
        """Build from one API object. Raises ValueError when `id` is missing or not text."""
        contact_id = _text_or_none(data.get("id"))
        if contact_id is None:
            raise ValueError("contact without an id")
        raw_type = _text_or_none(data.get("entity_type"))
        return cls(
            id=contact_id,
            firstname=_text_or_none(data.get("firstname")),
            lastname=_text_or_none(data.get("lastname")),
            customer_number=_text_or_none(data.get("customer_number")),
            company=_text_or_none(data.get("company")),
            businessphone=_text_or_none(data.get("businessphone")),
            businessphone2=_text_or_none(data.get("businessphone2")),
            mobilephone=_text_or_none(data.get("mobilephone")),
            email=_text_or_none(data.get("email")),
            entity_type=EntityType.parse(raw_type),
            entity_type_raw=raw_type,
        )

    def one_lined(self) -> Contact:
        """The contact as a window shows it: every text but the id on one line, with nothing
        in it that acts instead of showing (core/one_line.py). The id stays exact: it links
        the call log to the record."""
        from agent_desktop.core.one_line import one_line

        changes = {
            f.name: one_line(value)
            for f in fields(self)
            if f.name not in ("id", "entity_type")
            and isinstance(value := getattr(self, f.name), str)
        }
        return replace(self, **changes)

    def to_api(self) -> dict[str, str | None]:
        """The contact with the API's own field names (for `--json` and the sandbox)."""
        out: dict[str, str | None] = {}
        for f in fields(self):
            if f.name == "entity_type_raw":
                continue
            if f.name == "entity_type":
                out[f.name] = self.entity_type_text
            else:
                out[f.name] = getattr(self, f.name)
        return out

    @property
    def entity_type_text(self) -> str | None:
        if self.entity_type is EntityType.UNKNOWN:
            return self.entity_type_raw
        return self.entity_type.value

    @property
    def display_name(self) -> str:
        name = " ".join(p for p in (self.firstname, self.lastname) if p)
        return name or self.company or self.email or self.best_phone or self.id

    @property
    def phones(self) -> list[tuple[str, str]]:
        """(field name, number) for every phone the contact has, mobile first."""
        return [(f, getattr(self, f)) for f in PHONE_FIELDS if getattr(self, f)]

    @property
    def best_phone(self) -> str | None:
        phones = self.phones
        return phones[0][1] if phones else None


@dataclass(frozen=True)
class AgentIdentity:
    first_name: str = ""
    last_name: str = ""
    email: str = ""
