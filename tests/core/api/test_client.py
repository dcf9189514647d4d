"""The client over real HTTP against the project's sandbox: every endpoint, every error class."""

from __future__ import annotations

import threading
import time

import pytest
from stubs import wait_for

from agent_desktop.core.api.client import SwitchTransactClient
from agent_desktop.core.api.errors import (
    ApiError,
    AuthError,
    NetworkError,
    ProtocolError,
    RateLimited,
    ServerError,
    ValidationError,
)
from agent_desktop.core.api.models import EntityType
from agent_desktop.sandbox import FaultConfig

JAMES = "2916509f-f188-42d8-ab0e-a27bcb20d70d"
THANDI = "7c1e4a52-3b0e-4c39-9a51-5d7c2f6b8e01"
ZOE = "b3f0d7a8-61c2-4d5e-8f9a-0a1b2c3d4e5f"
LOG = {
    "CallType": "Inbound",
    "CallDirection": "Inbound",
    "Number": "0721234567",
    "Name": "James May",
    "EntityId": JAMES,
    "EntityType": "Account",
    "AgentFirstName": "John",
    "AgentLastName": "Do",
    "AgentEmail": "agent@company.com",
    "Duration": "00:03:07",
    "DurationTimespan": "00:03:07",
    "DateTime": "05-03-25 14:02:11",
    "CallStartTimeLocal": "14:02:11",
    "CallEndTimeLocal": "14:05:18",
}


@pytest.mark.parametrize("typed", ["0721234567", "+27 72 123 4567", "072 123 4567"])
def test_number_stored_in_e164_is_found_in_any_spelling(client, typed):
    contact = client.lookup_by_phone(typed)
    assert contact is not None and contact.id == JAMES
    assert contact.display_name == "James May" and contact.entity_type is EntityType.ACCOUNT
    assert contact.customer_number == "3008821" and contact.businessphone is None


@pytest.mark.parametrize("typed", ["0821234567", "+27 82 123 4567", "082 123 4567"])
def test_number_stored_in_national_form_is_found_in_any_spelling(client, typed):
    contact = client.lookup_by_phone(typed)
    assert contact is not None and contact.id == THANDI and contact.company is None


@pytest.mark.parametrize("typed", ["021 555 0100", "0215550100", "+27215550100"])
def test_number_stored_spaced_is_found_in_any_spelling(client, typed):
    assert client.lookup_by_phone(typed).id == ZOE


def test_the_form_that_hit_is_remembered(client, sandbox):
    assert client.lookup_by_phone("082 123 4567").id == THANDI  # E.164 misses, national hits
    assert sandbox.request_count("/calls/record") == 2
    for typed in ("0821234567", "+27821234567", "+27 82 123 4567"):
        assert client.lookup_by_phone(typed).id == THANDI
    assert sandbox.request_count("/calls/record") == 5  # one request each


def test_unknown_number_tries_every_form_once(client, sandbox):
    # E.164, national digits, national spaced (= as typed), international spaced.
    assert client.lookup_by_phone("073 999 8888") is None
    assert sandbox.request_count("/calls/record") == 4
    assert client.lookup_by_phone("not a number") is None
    assert sandbox.request_count("/calls/record") == 5
    assert client.lookup_by_phone("   ") is None
    assert sandbox.request_count() == 5


def test_lookup_by_email_trims_and_lowercases(client, sandbox):
    assert client.lookup_by_email("  James@MAY.com\n").id == JAMES
    assert client.lookup_by_email("nobody@example.com") is None
    assert client.lookup_by_email(" ") is None
    assert sandbox.request_count("/calls/record") == 2


def test_search(client):
    ids = {c.id for c in client.search("  may ")}
    assert JAMES in ids
    assert client.search("zzqqxx-no-such-contact") == []
    fynbos = client.search("Fynbos")
    assert fynbos and fynbos[0].display_name == "Fynbos Foods" and fynbos[0].best_phone is None
    assert client.search("") == []


def test_create_contact_returns_the_new_contact(client, sandbox):
    contact = client.create_contact(" Sipho ", "Dube", "073 111 2222")
    assert contact.firstname == "Sipho" and contact.lastname == "Dube"
    assert contact.mobilephone == "0731112222"  # sent in national form, as the API's example
    assert client.lookup_by_phone("+27731112222").id == contact.id
    assert sandbox.request_count("/calls/create") == 1


def test_create_contact_with_a_region_before_the_number_or_other_digits(client):
    british = client.create_contact("Olivia", "Green", "GB 020 7946 0958")
    assert british.mobilephone == "+442079460958"  # another country's: E.164
    assert client.lookup_by_phone("GB 020 7946 0958").id == british.id
    arabic = client.create_contact(
        "Amira", "Haddad", "\u0660\u0667\u0663 \u0661\u0661\u0661 \u0663\u0663\u0663\u0663"
    )
    assert arabic.mobilephone == "0731113333"  # sent in ASCII digits


def test_create_contact_refused_is_a_validation_error(client):
    with pytest.raises(ValidationError, match="phone must not be empty"):
        client.create_contact("Sipho", "Dube", "  ")


def test_log_call(client, sandbox):
    client.log_call(LOG)
    assert sandbox.received_logs() == [LOG]


def test_log_call_refused(client, sandbox):
    with pytest.raises(ValidationError, match="Duration"):
        client.log_call({**LOG, "Duration": "3 minutes"})
    assert sandbox.received_logs() == []


def test_wrong_key_quotes_the_server_and_says_where_to_fix_it(sandbox):
    with SwitchTransactClient(sandbox.base_url, "wrong-key") as client:
        for call in (
            lambda: client.lookup_by_phone("0721234567"),
            lambda: client.lookup_by_email("james@may.com"),
            lambda: client.search("may"),
            lambda: client.create_contact("A", "B", "0721234567"),
            lambda: client.log_call(LOG),
        ):
            with pytest.raises(AuthError) as err:
                call()
            assert err.value.server_text == (
                "Not authorized to make this API call. Requesting Read on General."
            )
            assert "Check the API key under Settings" in err.value.message
            assert "wrong-key" not in err.value.message
    assert sandbox.received_logs() == []


@pytest.mark.parametrize(
    ("faults", "error"),
    [
        (FaultConfig(rate_limit_every=1, rate_limit_burst=5, retry_after=2.0), RateLimited),
        (FaultConfig(error_rate=1.0, seed=1), (ServerError, ProtocolError)),
        (FaultConfig(drop_rate=1.0), NetworkError),
        (FaultConfig(malformed_rate=1.0), ProtocolError),
    ],
)
def test_sandbox_faults_become_typed_errors(client, sandbox, faults, error):
    sandbox.faults = faults
    for _ in range(3):
        with pytest.raises(error) as err:
            client.search("may")
        if isinstance(err.value, RateLimited):
            assert err.value.retry_after == 2.0


def test_one_client_shared_by_threads(client, sandbox):
    numbers = ["0721234567", "082 123 4567", "021 555 0100", "+27 72 123 4567"] * 4
    found: dict[int, str | None] = {}
    errors: list[BaseException] = []

    def work(i: int, number: str) -> None:
        try:
            contact = client.lookup_by_phone(number)
            found[i] = contact.id if contact else None
        except BaseException as exc:  # a failure must fail the test, not vanish in the thread
            errors.append(exc)

    threads = [threading.Thread(target=work, args=item) for item in enumerate(numbers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert not errors
    assert [found[i] for i in range(len(numbers))] == [JAMES, THANDI, ZOE, JAMES] * 4
    # Never more sessions than requests ran at once (each lookup may fan out to its spellings).
    assert 1 <= client._sessions.size <= len(numbers) * 5


def test_sessions_are_reused_not_made_per_thread(client, sandbox):
    """A thread pool's worker may look like a new thread to Python at every task: a session per
    thread then meant a session (and a TLS context) kept per request, without bound."""
    for number in ["0721234567", "0215550100", "0825550101", "0115550199"] * 10:
        t = threading.Thread(target=client.lookup_by_phone, args=(number,))  # ~3 ms a request
        t.start()
        t.join(10)
    assert sandbox.request_count("/calls/record") >= 40  # each thread sent its request
    assert client._sessions.size == 1


def test_plain_http_only_for_this_computer():
    for url in ("http://app.switchtransact.com/api/1.0", "http://10.0.0.5:8080/api/1.0"):
        with pytest.raises(ValueError, match="must use https://"):
            SwitchTransactClient(url, "k")
    for url in (
        "http://localhost:8080/api/1.0",
        "http://127.0.0.9/api/1.0",
        "http://[::1]:8080/api/1.0",
    ):
        SwitchTransactClient(url, "k").close()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("", "https://app.switchtransact.com/api/1.0"),
        ("app.switchtransact.com/api/1.0/", "https://app.switchtransact.com/api/1.0"),
        ("HTTPS://Crm.Example.com:8443/api/1.0", "https://crm.example.com:8443/api/1.0"),
    ],
)
def test_base_url_is_normalised(url, expected):
    with SwitchTransactClient(url, "k") as client:
        assert client.base_url == expected


@pytest.mark.parametrize(
    "url",
    [
        "ftp://x.example/api",
        "https://",
        "https://u:p@x.example/api",
        "https://x.example/api?debug=1",
        "https://x.example:99999/a",
    ],
)
def test_unusable_base_urls(url):
    with pytest.raises(ValueError):
        SwitchTransactClient(url, "k")


def test_key_checks_and_repr():
    with pytest.raises(ValueError, match="No API key"):
        SwitchTransactClient("", "  ")
    with pytest.raises(ValueError, match="cannot be sent"):
        SwitchTransactClient("", "abc\r\nX-Evil: 1")
    with SwitchTransactClient("", " secret-key-123\n") as client:
        assert "secret-key-123" not in repr(client) and "secret" not in repr(client._auth)


@pytest.mark.parametrize("typed", ["021 555 0199", "+27215550199", "0215550199"])
def test_shared_switchboard_finds_every_contact_on_it(client, sandbox, typed):
    """The three fixed switchboard contacts store one number three ways: all are offered."""
    contacts = client.lookup_all_by_phone(typed)
    assert sorted(c.lastname for c in contacts) == ["Mthembu", "Patel", "van der Merwe"]
    assert len({c.id for c in contacts}) == 3
    # E.164 is asked first, so its record leads; every spelling was asked exactly once.
    assert contacts[0].lastname == "van der Merwe"
    assert sandbox.request_count("/calls/record") == 4


def test_lookup_all_by_phone_single_unknown_and_errors(client, sandbox):
    assert [c.id for c in client.lookup_all_by_phone("072 123 4567")] == [JAMES]
    assert client.lookup_all_by_phone("073 999 8888") == []
    assert client.lookup_all_by_phone("  ") == []
    sandbox.faults = FaultConfig(error_rate=1.0)
    with pytest.raises(ServerError):
        client.lookup_all_by_phone("072 123 4567")


def test_create_on_a_number_someone_has_returns_the_new_contact(client, sandbox):
    """James May already has 072 123 4567: the new record is told apart by its names."""
    contact = client.create_contact("Bob", "Newman", "072 123 4567")
    assert (contact.firstname, contact.lastname) == ("Bob", "Newman")
    assert contact.id != JAMES


def test_close_does_not_wait_for_lookups_in_flight(sandbox):
    sandbox.faults = FaultConfig(latency=3.0)
    c = SwitchTransactClient(sandbox.base_url, "test-key")
    outcome: list[object] = []

    def look_up() -> None:
        try:
            outcome.append(c.lookup_all_by_phone("0721234567"))
        except ApiError as exc:  # the server below is stopped with the request in flight
            outcome.append(exc)

    worker = threading.Thread(target=look_up, daemon=True)
    worker.start()
    wait_for(lambda: sandbox.request_count("/calls/record"), timeout=5)
    started = time.monotonic()
    c.close()
    assert time.monotonic() - started < 1.0
    assert worker.is_alive()  # closed while its request was still in flight
    sandbox.stop()  # cuts the 3 s wait short: the test need not sit it out
    worker.join(10)
    assert outcome and not worker.is_alive()


@pytest.mark.parametrize(("typed", "region"), [("00447700900123", "ZA"), ("07700 900123", "GB")])
def test_a_number_phonenumbers_calls_invalid_is_found_by_its_e164_spelling(sandbox, typed, region):
    stored = sandbox.add_contact(firstname="Drama", lastname="Range", mobilephone="+447700900123")
    with SwitchTransactClient(sandbox.base_url, "test-key", region=region) as client:
        found = client.lookup_by_phone(typed)
        assert found is not None and found.id == stored["id"]
        assert [c.id for c in client.lookup_all_by_phone(typed)] == [stored["id"]]
