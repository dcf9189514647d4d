"""The contact card (null-safe, links, copy) and quick create, against the real sandbox."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from agent_desktop.core.models import Contact, EntityType


def _fynbos() -> Contact:
    return Contact(id="e8d2c6b4-9a7f-4e3d-8c1b-2f4a6d8e0b13", company="Fynbos Foods",
                   email="info@fynbos.example", entity_type=EntityType.ACCOUNT,
                   entity_type_raw="Account")


def test_contact_without_names_or_phones_is_shown_null_safe(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    window.show_contact(_fynbos())
    panel = window.contact_panel
    assert panel.name.text() == "Fynbos Foods"
    assert panel.company.isHidden()  # not repeated under the name
    assert panel.badge.text() == "Account"
    for field in ("customer_number", "mobilephone", "businessphone", "businessphone2"):
        assert panel.rows[field].plain == ""
        assert "—" in panel.rows[field].value.text()
        assert not panel.rows[field].copy.isVisible()
    assert "mailto:info@fynbos.example" in panel.rows["email"].value.text()


def test_unknown_entity_type_and_all_nulls(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    window.show_contact(Contact.from_api({"id": "x1", "entity_type": "Partner"}))
    panel = window.contact_panel
    assert panel.name.text() == "x1"
    assert panel.badge.text() == "Partner"
    window.show_contact(Contact.from_api({"id": "x2"}))
    assert panel.badge.text() == "Unknown type"


def test_copy_buttons_and_mail_link(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    window.show_contact(Contact(id="1", firstname="Zoë", lastname="Müller",
                                businessphone="021 555 0100", email="zoe@example.com"))
    row = window.contact_panel.rows["businessphone"]
    assert row.plain == "021 555 0100"
    assert "tel:+27215550100" in row.value.text()
    qtbot.mouseClick(row.copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "021 555 0100"
    qtbot.mouseClick(window.contact_panel.rows["email"].copy, Qt.MouseButton.LeftButton)
    assert QGuiApplication.clipboard().text() == "zoe@example.com"
    window.contact_panel.rows["email"].value.linkActivated.emit("mailto:zoe@example.com")
    assert window.opened_urls[-1].toString() == "mailto:zoe@example.com"


def test_quick_create_prefills_validates_and_opens_the_new_contact(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    window.search.edit.setText("083 555 1234")
    window.actions.new_contact.trigger()
    panel = window.create_panel
    assert window.stack.currentWidget() is panel
    assert panel.phone.text() == "083 555 1234"
    assert "083 555 1234" in panel.phone_hint.text()
    assert not panel.submit_button.isEnabled()  # no name yet

    panel.phone.setText("0835")
    assert not panel.submit_button.isEnabled()
    assert panel.phone_hint.text() and "✓" not in panel.phone_hint.text()
    panel.phone.setText("083 555 1234")

    qtbot.keyClicks(panel.first, "Lerato")
    qtbot.keyClicks(panel.last, "Dlamini")
    assert panel.submit_button.isEnabled()
    with qtbot.waitSignal(panel.created, timeout=5000) as blocker:
        qtbot.keyClick(panel.last, Qt.Key.Key_Return)
        assert not panel.submit_button.isEnabled()  # sending: no double create
        panel.submit()
    contact = blocker.args[0]
    assert contact.id and contact.firstname == "Lerato"
    assert sandbox.request_count("/calls/create") == 1
    assert window.stack.currentWidget() is window.contact_panel
    assert window.contact_panel.name.text() == "Lerato Dlamini"


def test_create_uses_the_running_calls_number(qtbot, sandbox, make_window):
    window = make_window(sandbox.base_url)
    window.call_panel.number.setText("+44 20 7946 0958")
    window.toggle_call()
    window.new_contact()
    assert window.create_panel.phone.text() == "+44 20 7946 0958"
    window.toggle_call()


def test_validation_error_from_the_server_is_shown_next_to_the_form(qtbot, make_window,
                                                                    stub_server):
    base = stub_server({"/api/1.0/calls/create": (
        422, "application/json",
        {"status": False, "error": "lastname is required and must be text."})})
    window = make_window(base)
    window.new_contact()
    panel = window.create_panel
    panel.first.setText("Sipho")
    panel.last.setText("Ndlovu")
    panel.phone.setText("0821112222")
    panel.submit()
    qtbot.waitUntil(lambda: panel.banner.isVisible(), timeout=5000)
    assert "lastname is required" in panel.banner.text
    assert (panel.first.text(), panel.last.text(), panel.phone.text()) == (
        "Sipho", "Ndlovu", "0821112222")
    assert panel.submit_button.isEnabled()
