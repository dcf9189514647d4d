"""The contact card (null-safe, links, copy) and quick create through the outbox, against the
real sandbox (and a stub where the sandbox cannot refuse on purpose)."""

from __future__ import annotations

import json
import sqlite3

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox
from stubs import DiskThatFills

from agent_desktop.core.api.client import SwitchTransactClient
from agent_desktop.core.api.models import Contact, EntityType
from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.sandbox import FaultConfig


def _fynbos() -> Contact:
    return Contact(
        id="e8d2c6b4-9a7f-4e3d-8c1b-2f4a6d8e0b13",
        company="Fynbos Foods",
        email="info@fynbos.example",
        entity_type=EntityType.ACCOUNT,
        entity_type_raw="Account",
    )


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
    window.show_contact(
        Contact(
            id="1",
            firstname="Zoë",
            lastname="Müller",
            businessphone="021 555 0100",
            email="zoe@example.com",
        )
    )
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
    window.menu_actions.new_contact.trigger()
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
    window.controller.handle_event(CallEvent(EventKind.ANSWER, "+44 20 7946 0958"))
    assert window.call_panel.running
    window.new_contact()
    assert window.create_panel.phone.text() == "+44 20 7946 0958"
    window.toggle_call()


def test_validation_error_from_the_server_is_shown_next_to_the_form(
    qtbot, make_window, stub_server
):
    base = stub_server(
        {
            "/api/1.0/calls/create": (
                422,
                "application/json",
                {"status": False, "error": "lastname is required and must be text."},
            )
        }
    )
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
        "Sipho",
        "Ndlovu",
        "0821112222",
    )
    assert panel.submit_button.isEnabled()


# --- quick create through the outbox --------------------------------------------------------

WAIT = 10000


def _create_stub(stub_server, seen: list):
    """A server that refuses a create without a last name (422) and finds what it created."""
    created: dict = {}

    def create(_query, body):
        data = json.loads(body)
        seen.append(data)
        if not data["lastname"]:
            return (
                422,
                "application/json",
                {"status": False, "error": "lastname is required and must be text."},
            )
        created.update(data)
        return 200, "application/json", data

    def record(_query, _body):
        if not created:
            return 200, "application/json", {"status": False}
        return (
            200,
            "application/json",
            {
                "status": True,
                "contact": {
                    "id": "new-1",
                    "firstname": created["firstname"],
                    "lastname": created["lastname"],
                    "mobilephone": created["phone"],
                    "entity_type": "Lead",
                },
            },
        )

    return stub_server({"/api/1.0/calls/create": create, "/api/1.0/calls/record": record})


def _refused_create(qtbot, window):
    """Open the form and send a contact without a last name: _create_stub refuses it."""
    window.new_contact()
    panel = window.create_panel
    _fill(panel, "Sipho", "", "0821112222")
    panel.submit()
    qtbot.waitUntil(lambda: panel.phase == "attention", timeout=WAIT)
    return panel


def _fill(panel, first, last, phone):
    panel.first.setText(first)
    panel.last.setText(last)
    panel.phone.setText(phone)


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_refused_create_keeps_the_input_and_the_correction_is_the_same_entry(
    qtbot, make_window, stub_server, tmp_path
):
    seen: list = []
    window = make_window(_create_stub(stub_server, seen))
    panel = _refused_create(qtbot, window)
    assert "lastname is required" in panel.banner.text
    assert (panel.first.text(), panel.last.text(), panel.phone.text()) == (
        "Sipho",
        "",
        "0821112222",
    )
    assert panel.submit_button.text() == "Send again"
    assert panel.cancel_button.text() == "Discard…"
    qtbot.waitUntil(lambda: window.outbox.summary.attention == 1, timeout=WAIT)

    panel.last.setText("Ndlovu")
    with qtbot.waitSignal(panel.created, timeout=WAIT) as blocker:
        panel.submit()
    contact, _request_id = blocker.args
    assert (contact.id, contact.display_name) == ("new-1", "Sipho Ndlovu")
    assert window.stack.currentWidget() is window.contact_panel
    assert window.contact_panel.name.text() == "Sipho Ndlovu"
    assert [d["lastname"] for d in seen] == ["", "Ndlovu"]
    with sqlite3.connect(tmp_path / "outbox.sqlite3") as conn:
        rows = conn.execute("SELECT kind, state FROM outbox").fetchall()
    conn.close()
    assert rows == [("create_contact", "sent")]  # corrected in place: one entry, one contact


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_cancelling_a_refused_create_discards_it_after_asking(qtbot, make_window, stub_server):
    seen: list = []
    window = make_window(_create_stub(stub_server, seen))
    panel = _refused_create(qtbot, window)
    qtbot.keyClick(panel.first, Qt.Key.Key_Escape)  # Esc only leaves: nothing is dropped
    assert window.stack.currentWidget() is window.empty
    window.new_contact()  # the refused one is still there, input kept
    assert panel.first.text() == "Sipho" and panel.phase == "attention"
    panel.cancel_button.click()
    assert panel.confirm is not None and panel.confirm.isVisible()
    panel.confirm.button(QMessageBox.StandardButton.Discard).click()
    qtbot.waitUntil(lambda: panel.phase == "idle", timeout=WAIT)
    assert panel.first.text() == ""
    qtbot.waitUntil(
        lambda: window.outbox.summary.read and window.outbox.summary.quiet, timeout=WAIT
    )
    assert len(seen) == 1


def test_a_call_ended_while_its_new_contact_is_created_is_linked_before_sending(
    qtbot, sandbox, make_window, clock
):
    window = make_window(sandbox.base_url)
    window.controller.handle_event(CallEvent(EventKind.ANSWER, "084 777 1234"))
    sandbox.faults = FaultConfig(latency=0.6)  # the create takes a moment
    window.new_contact()
    panel = window.create_panel
    assert panel.phone.text() == "084 777 1234"
    _fill(panel, "Naledi", "Khumalo", "084 777 1234")
    panel.submit()
    qtbot.waitUntil(lambda: window.calls.book.current().awaiting is not None, timeout=WAIT)
    assert "Naledi Khumalo — being created" in window.call_panel.contact_label.text()
    clock.advance(40)
    window.toggle_call()  # ends before the contact exists
    review = window.review
    assert review.entry.call.contact is None
    assert "still being created" in review.banner.text
    qtbot.waitUntil(lambda: review.entry.call.contact is not None, timeout=WAIT)
    assert review.values["Name"].text() == "Naledi Khumalo"
    assert not review.banner.text  # nothing to warn about any more
    sandbox.faults = FaultConfig()
    review.send()
    qtbot.waitUntil(lambda: len(sandbox.received_logs()) == 1, timeout=WAIT)
    log = sandbox.received_logs()[0]
    assert (log["Name"], log["EntityType"]) == ("Naledi Khumalo", "Lead")
    assert log["EntityId"] == review_contact_id(sandbox)


def review_contact_id(sandbox) -> str:
    with SwitchTransactClient(sandbox.base_url, "test-key") as client:
        return client.lookup_by_phone("084 777 1234").id


@pytest.mark.qt_log_ignore("This plugin does not support")
def test_a_correction_the_full_disk_refuses_says_so_and_keeps_the_form_usable(
    qtbot, make_window, stub_server, tmp_path
):
    disk = DiskThatFills(tmp_path / "full.sqlite3")
    seen: list = []
    window = make_window(_create_stub(stub_server, seen), outbox=disk.outbox)
    panel = _refused_create(qtbot, window)
    disk.fill()  # the "disk" is full from now on

    panel.last.setText("Ndlovu " + "x" * 20_000)  # the correction needs room the disk lacks
    panel.submit()
    qtbot.waitUntil(lambda: panel.phase == "attention", timeout=WAIT)
    assert "full" in panel.banner.text and "kept in memory" not in panel.banner.text
    assert panel.submit_button.isEnabled()
    assert panel.last.text().startswith("Ndlovu")  # the input is kept for another try
