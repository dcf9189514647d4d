"""The five Calls API endpoints over real HTTP, with the documented shapes."""

from __future__ import annotations

import uuid

import pytest
from stubs import JAMES

from agent_desktop.core.api.models import CONTACT_FIELDS
from agent_desktop.sandbox import FaultConfig
from agent_desktop.sandbox import api as endpoints

NOT_AUTHORIZED = {
    "status": False,
    "error": "Not authorized to make this API call. Requesting Read on General.",
}


# lookup by phone / email ---------------------------------------------------------------------


def test_lookup_by_phone_returns_the_documented_record(api):
    r = api.get("/calls/record", phone="+27721234567")
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("application/json")
    assert r.json() == {"status": True, "contact": JAMES}


@pytest.mark.parametrize("typed", ["0721234567", "072 123 4567", "+27 72 123 4567", "27721234567"])
def test_phone_lookup_matches_the_stored_string_exactly(api, typed):
    assert api.get("/calls/record", phone=typed).json() == {"status": False}


@pytest.mark.parametrize(
    ("stored", "expected_name"),
    [("0821234567", "Thandiwe"), ("021 555 0100", "Zoë")],
)
def test_numbers_stored_in_national_or_spaced_form_are_found_as_stored(api, stored, expected_name):
    body = api.get("/calls/record", phone=stored).json()
    assert body["status"] is True
    assert body["contact"]["firstname"] == expected_name
    assert api.get("/calls/record", phone="+27" + stored.replace(" ", "")[1:]).json() == {
        "status": False
    }


def test_shared_switchboard_finds_one_contact_per_stored_form(api):
    companies = {
        api.get("/calls/record", phone=form).json()["contact"]["company"]
        for form in ("+27215550199", "0215550199", "+27 21 555 0199")
    }
    assert companies == {
        "Table Bay Tours",
        "Harbour Light Insurance",
        "Atlantic Seaboard Properties",
    }


def test_unknown_and_empty_phone_are_not_found(api):
    assert api.get("/calls/record", phone="+27000000000").json() == {"status": False}
    assert api.get("/calls/record", phone="").json() == {"status": False}


def test_lookup_by_email_ignores_case(api):
    for email in ("james@may.com", "JAMES@May.Com"):
        assert api.get("/calls/record", email=email).json() == {"status": True, "contact": JAMES}
    assert api.get("/calls/record", email="nobody@may.com").json() == {"status": False}


def test_email_only_contact_is_found_by_email(api):
    contact = api.get("/calls/record", email="info@fynbos.example").json()["contact"]
    assert contact["company"] == "Fynbos Foods"
    assert contact["firstname"] is None and contact["lastname"] is None
    assert not any(contact[f] for f in ("mobilephone", "businessphone", "businessphone2"))


def test_lookup_without_phone_or_email_is_refused(api):
    r = api.get("/calls/record")
    assert r.status_code == 422
    assert r.json()["status"] is False and "phone" in r.json()["error"]


# autocomplete ---------------------------------------------------------------------------------


def names(response) -> list[str]:
    return [f"{c['firstname']} {c['lastname']}" for c in response.json()["contacts"]]


def test_autocomplete_is_a_case_insensitive_substring_search(api):
    for term in ("james", "JAMES", "ames", "may.com", "My Company", "2123"):
        r = api.get("/calls/autocomplete", term=term)
        assert r.status_code == 200
        assert r.json()["status"] is True
        assert "James May" in names(r), term


def test_autocomplete_matches_full_names_and_ignores_accents(api):
    assert names(api.get("/calls/autocomplete", term="james may")) == ["James May"]
    assert "Zoë Müller" in names(api.get("/calls/autocomplete", term="zoe muller"))
    assert "Zoë Müller" in names(api.get("/calls/autocomplete", term="MÜLLER"))


def test_autocomplete_searches_company_for_records_without_a_person(api):
    contacts = api.get("/calls/autocomplete", term="fynbos").json()["contacts"]
    assert [c["id"] for c in contacts] == ["e8d2c6b4-9a7f-4e3d-8c1b-2f4a6d8e0b13"]


def test_autocomplete_returns_at_most_20_contacts_with_every_field(api):
    contacts = api.get("/calls/autocomplete", term="a").json()["contacts"]
    assert len(contacts) == 20
    assert all(tuple(c) == CONTACT_FIELDS for c in contacts)


def test_autocomplete_puts_prefix_matches_first(api):
    contacts = api.get("/calls/autocomplete", term="Thand").json()["contacts"]
    assert contacts[0]["lastname"] == "Nkosi"


def test_one_field_autocomplete_matches_the_whole_term_inside_one_field(sandbox, api):
    sandbox.faults = FaultConfig(one_field_search=True)
    assert api.get("/calls/autocomplete", term="james may").json() == {"status": False}
    assert "James May" in names(api.get("/calls/autocomplete", term="james"))
    assert "James May" in names(api.get("/calls/autocomplete", term="2123"))
    # Every phone field as stored: a switchboard typed with spaces is found with its spaces.
    assert names(api.get("/calls/autocomplete", term="21 555 0199")) == ["Sipho Mthembu"]
    assert api.get("/calls/autocomplete", term="0721").json() == {"status": False}


@pytest.mark.parametrize("term", ["zzzqqq", "", "   "])
def test_autocomplete_without_hits_is_status_false(api, term):
    r = api.get("/calls/autocomplete", term=term)
    assert r.status_code == 200
    assert r.json() == {"status": False}


# create ---------------------------------------------------------------------------------------


def test_create_echoes_the_body_and_the_contact_becomes_findable(api):
    body = {"firstname": "Nomvula", "lastname": "Xaba", "phone": "079 555 0123"}
    r = api.post("/calls/create", body)
    assert r.status_code == 200
    assert r.json() == body

    found = api.get("/calls/record", phone="079 555 0123").json()
    assert found["status"] is True
    contact = found["contact"]
    assert uuid.UUID(contact["id"])
    assert contact["entity_type"] == "Lead"
    assert (contact["firstname"], contact["lastname"], contact["mobilephone"]) == (
        "Nomvula",
        "Xaba",
        "079 555 0123",
    )
    assert api.get("/calls/record", phone="0795550123").json() == {"status": False}
    assert contact in api.get("/calls/autocomplete", term="xaba").json()["contacts"]


def test_create_twice_with_one_phone_finds_the_newest(api):
    for last in ("First", "Second"):
        api.post("/calls/create", {"firstname": "Dup", "lastname": last, "phone": "0610000001"})
    assert api.get("/calls/record", phone="0610000001").json()["contact"]["lastname"] == "Second"


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"lastname": "May", "phone": "0721234567"}, "firstname"),
        ({"firstname": "James", "phone": "0721234567"}, "lastname"),
        ({"firstname": "James", "lastname": "May"}, "phone"),
        ({"firstname": "James", "lastname": "May", "phone": ""}, "phone"),
        ({"firstname": "James", "lastname": "May", "phone": "   "}, "phone"),
        ({"firstname": "James", "lastname": "May", "phone": 721234567}, "phone"),
        ({"firstname": None, "lastname": "May", "phone": "0721234567"}, "firstname"),
        (["James", "May", "0721234567"], "firstname"),
    ],
)
def test_invalid_create_bodies_are_refused_with_a_message(api, body, field):
    r = api.post("/calls/create", body)
    assert r.status_code == 422
    assert r.json()["status"] is False
    assert field in r.json()["error"]


def test_create_with_a_body_that_is_not_json_is_refused(api):
    r = api.session.post(api.base_url + "/calls/create", data=b"firstname=James", timeout=5)
    assert r.status_code == 422
    assert "JSON" in r.json()["error"]


# call log -------------------------------------------------------------------------------------


def test_call_log_is_accepted_kept_and_listed(sandbox, api, make_api, valid_log):
    second = {
        **valid_log,
        "CallType": "Missed",
        "Duration": "00:00:00",
        "Name": "0831112222",
        "DurationTimespan": "00:00:00",
        "EntityId": "",
        "EntityType": "",
    }
    for body in (valid_log, second):
        r = api.post("/calls/log", body)
        assert r.status_code == 200
        assert r.json() == {"status": True}
    assert sandbox.received_logs() == [valid_log, second]

    r = make_api(sandbox.base_url, None).get("/_debug/logs")  # the debug endpoint needs no key
    assert r.status_code == 200
    assert r.json() == [valid_log, second]


def test_long_calls_count_hours_past_24(api, valid_log):
    body = {**valid_log, "Duration": "26:00:05", "DurationTimespan": "100:59:59"}
    assert api.post("/calls/log", body).json() == {"status": True}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("CallType", "inbound"),
        ("CallType", "Answered"),
        ("CallDirection", "Missed"),
        ("Number", ""),
        ("Number", "  "),
        ("Duration", "3:27"),
        ("Duration", "00:60:00"),
        ("Duration", "00:00:61"),
        ("DurationTimespan", "0:03:27"),
        ("DurationTimespan", "००:03:27"),  # Devanagari digits are not hh
        ("DateTime", "2024-06-17 14:02:11"),
        ("DateTime", "31-02-24 14:02:11"),
        ("DateTime", "17-06-24 24:00:00"),
        ("DateTime", "17-06-2024 14:02:11"),
        ("CallStartTimeLocal", "24:00:00"),
        ("CallEndTimeLocal", "2:05:38 PM"),
        ("AgentEmail", "not an address"),
        ("Name", None),
        ("EntityId", 42),
    ],
)
def test_invalid_call_log_fields_are_refused_naming_the_field(
    sandbox, api, valid_log, field, value
):
    r = api.post("/calls/log", {**valid_log, field: value})
    assert r.status_code == 422
    body = r.json()
    assert body["status"] is False
    assert field in body["error"]
    assert sandbox.received_logs() == []


@pytest.mark.parametrize("missing", ["CallType", "EntityId", "CallEndTimeLocal", "AgentEmail"])
def test_call_log_missing_a_field_is_refused(api, valid_log, missing):
    body = {k: v for k, v in valid_log.items() if k != missing}
    r = api.post("/calls/log", body)
    assert r.status_code == 422
    assert missing in r.json()["error"]


# auth, routing, helpers -----------------------------------------------------------------------


@pytest.mark.parametrize("token", [None, "", "wrong", "Bearer test-key", "test-key "])
@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "/calls/record?phone=%2B27721234567"),
        ("GET", "/calls/autocomplete?term=may"),
        ("POST", "/calls/create"),
        ("POST", "/calls/log"),
    ],
)
def test_every_endpoint_needs_the_exact_token(sandbox, make_api, token, method, path):
    client = make_api(sandbox.base_url, token)
    r = client.session.request(method, client.base_url + path, json={}, timeout=5)
    assert r.status_code == 401
    assert r.json() == NOT_AUTHORIZED


def test_unknown_path_and_wrong_method(sandbox, api, make_api):
    r = api.get("/calls/nothing")
    assert r.status_code == 404 and r.json()["status"] is False
    without_prefix = make_api(sandbox.base_url.removesuffix("/api/1.0"), sandbox.token)
    assert without_prefix.get("/calls/record", phone="+27721234567").status_code == 404
    r = api.get("/calls/create")
    assert r.status_code == 405 and r.headers["Allow"] == "POST"


def test_add_contact_and_request_count(sandbox, api):
    added = sandbox.add_contact(firstname="Søren", lastname="Kjær", mobilephone="+4520123456")
    assert uuid.UUID(added["id"]) and tuple(added) == CONTACT_FIELDS
    assert api.get("/calls/record", phone="+4520123456").json() == {
        "status": True,
        "contact": added,
    }
    api.get("/calls/autocomplete", term="soren")
    api.get("/_debug/logs")
    assert sandbox.request_count("/calls/record") == 1
    assert sandbox.request_count("/api/1.0/calls/autocomplete") == 1
    assert sandbox.request_count() == 2  # debug requests are not counted
    with pytest.raises(ValueError, match="exists"):
        sandbox.add_contact(id=added["id"])
    with pytest.raises(ValueError, match="Unknown"):
        sandbox.add_contact(phone="0721234567")


def test_a_sandbox_bug_is_a_json_500_and_a_traceback_on_stderr(api, monkeypatch, capfd):
    def broken(store, query, body):
        raise KeyError("boom")

    monkeypatch.setitem(endpoints.ROUTES, "/calls/record", ("GET", broken))
    r = api.get("/calls/record", phone="1")
    assert r.status_code == 500 and r.json()["status"] is False
    assert "KeyError: 'boom'" in capfd.readouterr().err
