"""Untrusted text on one line: what every view of the window shows a server's text through."""

from __future__ import annotations

import pytest

from agent_desktop.core.api.client import SwitchTransactClient
from agent_desktop.core.api.models import Contact, EntityType
from agent_desktop.core.one_line import MARK, inert, one_line


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("James May", "James May"),
        ("José Ñúñez 李雷 محمد", "José Ñúñez 李雷 محمد"),
        ("Ctrl\r\nFAKE: ok", "Ctrl FAKE: ok"),
        ("a\nb\rc\x0bd\x0ce\x85f\u2028g\u2029h\ti", "a b c d e f g h i"),
        ("Tab\t\tFRAUD\x00Nul", f"Tab FRAUD{MARK}Nul"),
        ("\x1b]0;title\x07", f"{MARK}]0;title{MARK}"),
        ("FRAUD\u202eesrever", f"FRAUD{MARK}esrever"),
        ("iso\u2066late\u2069", f"iso{MARK}late{MARK}"),
        ("\x9bC1\x7fDEL", f"{MARK}C1{MARK}DEL"),
        ("mark\u200eed\u200f", "marked"),
        ("emoji\u200djoin", "emoji\u200djoin"),  # joiners are part of the text
    ],
)
def test_one_line(text, shown):
    assert one_line(text) == shown
    assert one_line(shown) == shown  # once is enough


def test_inert_keeps_our_own_line_feeds_only():
    assert (
        inert("Not sent.\nSwitchTransact said: a\r\nb\u202e")
        == f"Not sent.\nSwitchTransact said: a b{MARK}"
    )


def test_a_contact_one_lined_keeps_its_id_and_type():
    contact = Contact(
        id="id\r\n1",
        firstname="Eve\r\nFAKE: ok",
        lastname="M\u202ex",
        company="A\tB",
        email=None,
        entity_type=EntityType.ACCOUNT,
        entity_type_raw="Acc\x07ount",
    )
    shown = contact.one_lined()
    assert (shown.id, shown.firstname, shown.lastname, shown.company, shown.email) == (
        "id\r\n1",
        "Eve FAKE: ok",
        f"M{MARK}x",
        "A B",
        None,
    )
    assert (shown.entity_type, shown.entity_type_raw) == (EntityType.ACCOUNT, f"Acc{MARK}ount")
    assert shown.display_name == "Eve FAKE: ok M\ufffdx"


def test_the_windows_client_one_lines_contacts_and_the_command_lines_does_not(sandbox):
    sandbox.add_contact(firstname="Eve\r\nFAKE: ok", lastname="Options", mobilephone="0825550177")
    window = SwitchTransactClient(sandbox.base_url, "test-key", one_line=True)
    cli = SwitchTransactClient(sandbox.base_url, "test-key")
    assert [c.firstname for c in window.search("Options")] == ["Eve FAKE: ok"]
    assert window.lookup_by_phone("0825550177").firstname == "Eve FAKE: ok"
    assert [c.firstname for c in window.lookup_all_by_phone("0825550177")] == ["Eve FAKE: ok"]
    assert cli.lookup_by_phone("0825550177").firstname == "Eve\r\nFAKE: ok"  # --json is exact
