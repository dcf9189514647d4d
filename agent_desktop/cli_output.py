"""How the command line prints: contacts for people, JSON for scripts, any console."""

from __future__ import annotations

import json
import sys

from agent_desktop.core.models import Contact


def display_number(raw: str, region: str) -> str:
    # Imported on use: phonenumbers' data is not worth loading for `--version` or `--help`.
    from agent_desktop.core.phone import display_number as display

    return display(raw, region)


def say(text: str, file=None) -> None:
    """print() that survives a console unable to show ✓ or ë (Windows code pages)."""
    file = file or sys.stdout
    try:
        print(text, file=file)
    except UnicodeEncodeError:
        encoding = getattr(file, "encoding", None) or "ascii"
        print(text.encode(encoding, "replace").decode(encoding), file=file)


def contact_block(contact: Contact, region: str) -> list[str]:
    """The name, then one aligned `Label: value` row per known field."""
    labels = {"mobilephone": "Mobile", "businessphone": "Business", "businessphone2": "Business 2"}
    company = contact.company if contact.company != contact.display_name else None
    rows = [("Company", company), ("Type", contact.entity_type_text),
            ("Customer no.", contact.customer_number)]
    rows += [(labels[name], display_number(number, region)) for name, number in contact.phones]
    rows += [("E-mail", contact.email), ("Id", contact.id)]
    return [contact.display_name] + [f"  {name + ':':<13} {value}" for name, value in rows if value]


def contact_line(contact: Contact, region: str) -> str:
    """One line per search result: name · company · type · phone · e-mail."""
    parts = [contact.display_name]
    if contact.company and contact.company != contact.display_name:
        parts.append(contact.company)
    if contact.entity_type_text:
        parts.append(contact.entity_type_text)
    if contact.best_phone:
        parts.append(display_number(contact.best_phone, region))
    if contact.email and contact.email != contact.display_name:
        parts.append(contact.email)
    return " · ".join(parts)


def print_json(value: object) -> None:
    say(json.dumps(value, ensure_ascii=False, indent=2))
