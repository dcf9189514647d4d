"""Parsing SwitchTransact's answers: documented shapes, the vague parts, and anything at all."""

from __future__ import annotations

import email.utils
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from property_budget import examples
from stubs import JAMES

from agent_desktop.core.api.errors import (
    ApiError,
    AuthError,
    ProtocolError,
    RateLimited,
    ServerError,
    ValidationError,
)
from agent_desktop.core.api.models import EntityType
from agent_desktop.core.api.responses import (
    AUTH_FIX,
    RawResponse,
    RedirectError,
    excerpt,
    parse_retry_after,
    read_ack,
    read_contacts,
    read_record,
)

KEY = "sk-live-5f2b9c1e7a4d"
THANDI = {
    "id": "7c1e4a52-3b0e-4c39-9a51-5d7c2f6b8e01",
    "firstname": "Thandiwe",
    "lastname": "Nkosi",
    "mobilephone": "0821234567",
    "entity_type": "Contact",
}
NOT_AUTHORISED = "Not authorized to make this API call. Requesting Read on General."


def raw(
    status: int = 200, data: object = None, *, body: bytes | None = None, **headers: str
) -> RawResponse:
    if body is None:
        body = json.dumps(data).encode()
    return RawResponse(
        status,
        body,
        {k.replace("_", "-"): v for k, v in headers.items()},
        host="app.switchtransact.com",
        secret=KEY,
    )


def test_documented_record_is_a_typed_contact_with_nulls_kept():
    contact = read_record(raw(data={"status": True, "contact": JAMES, "extra": [1, 2]}))
    assert contact is not None and contact.id == JAMES["id"]
    assert contact.entity_type is EntityType.ACCOUNT
    assert contact.businessphone is None and contact.to_api() == JAMES


def test_status_false_without_error_is_not_found():
    assert read_record(raw(data={"status": False})) is None
    assert read_contacts(raw(data={"status": False})) == []
    assert read_contacts(raw(data={"status": True})) == []


@pytest.mark.parametrize(
    "data",
    [
        {"status": True, "contact": JAMES},
        {"status": True, "contact": [JAMES, THANDI]},
        {"status": True, "contacts": [JAMES, THANDI, JAMES]},
        {"status": True, "contacts": [JAMES, {"firstname": "no id"}, "junk", None, THANDI]},
    ],
)
def test_autocomplete_shapes(data):
    ids = [c.id for c in read_contacts(raw(data=data))]
    assert ids[0] == JAMES["id"] and set(ids) <= {JAMES["id"], THANDI["id"]}
    assert len(ids) == len(set(ids))


def test_unknown_entity_type_is_kept_as_text():
    contact = read_record(raw(data={"status": True, "contact": {"id": "1", "entity_type": "Org"}}))
    assert contact.entity_type is EntityType.UNKNOWN and contact.entity_type_text == "Org"


@pytest.mark.parametrize(
    "data",
    [
        {"status": True, "contact": {"firstname": "no id"}},
        {"status": True, "contacts": [{"id": None}, {"id": ""}]},
        {"status": True, "contact": "James"},
        {"unexpected": 1},
        [JAMES],
        "ok",
        None,
    ],
)
def test_shapes_that_are_not_data_are_protocol_errors(data):
    with pytest.raises(ProtocolError):
        read_contacts(raw(data=data))


@pytest.mark.parametrize("status", [200, 401])
def test_permission_error_is_auth_error_whatever_the_status(status):
    with pytest.raises(AuthError) as err:
        read_record(raw(status, {"status": False, "error": NOT_AUTHORISED}))
    assert err.value.server_text == NOT_AUTHORISED
    assert NOT_AUTHORISED in err.value.message and err.value.message.endswith(AUTH_FIX)
    assert "API / Developers > API Keys" in err.value.message


def test_auth_error_without_server_text():
    with pytest.raises(AuthError, match=r"did not accept the API key \(HTTP 403\)\. Check"):
        read_record(raw(403, body=b"<html><body>Forbidden</body></html>"))


def test_refusals_of_create_and_log_are_validation_errors():
    with pytest.raises(ValidationError, match="Phone is required"):
        read_ack(raw(200, {"status": False, "error": "Phone is required"}), "new contact")
    with pytest.raises(ValidationError, match="Duration must be hh:mm:ss"):
        read_ack(raw(422, {"status": False, "error": "Duration must be hh:mm:ss"}), "call log")
    with pytest.raises(ValidationError, match="HTTP 422"):
        read_ack(raw(422, body=b""), "call log")
    with pytest.raises(ValidationError, match="gave no reason"):
        read_ack(raw(200, {"status": False}), "call log")
    with pytest.raises(ValidationError, match="Bad phone"):
        read_ack(raw(200, {"error": "Bad phone"}), "new contact")


def test_successful_create_and_log():
    assert read_ack(raw(200, {"firstname": "James", "phone": "0721234567"}), "new contact") is None
    assert read_ack(raw(201, {"status": True}), "call log") is None
    assert read_ack(raw(200, {"status": "true"}), "call log") is None


def test_rate_limited_with_and_without_retry_after():
    with pytest.raises(RateLimited) as err:
        read_record(raw(429, {"status": False}, Retry_After="3"))
    assert err.value.retry_after == 3.0 and "3 s" in err.value.message
    with pytest.raises(RateLimited) as err:
        read_record(raw(429, body=b""))
    assert err.value.retry_after is None
    later = email.utils.formatdate(timeval=None, usegmt=True)
    with pytest.raises(RateLimited) as err:
        read_record(raw(429, body=b"", retry_after=later))
    assert 0 <= err.value.retry_after <= 1


def test_retry_after_forms():
    assert parse_retry_after("120") == 120.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after("-4") == 0.0
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", now=1445412470.0) == 10.0
    for junk in (None, "", "soon", "inf", "nan", "Wed, 99 Foo"):
        assert parse_retry_after(junk) is None


@pytest.mark.parametrize(
    ("status", "error"),
    [(500, ServerError), (503, ServerError), (404, ServerError), (400, ValidationError)],
)
def test_other_statuses(status, error):
    with pytest.raises(error) as err:
        read_record(raw(status, body=b"<html>nginx</html>"))
    if isinstance(err.value, ServerError):
        assert err.value.status == status


def test_redirect_names_target_without_query_or_credentials():
    with pytest.raises(RedirectError) as err:
        read_record(raw(301, body=b"", Location="https://user:pw@other.example/login?next=/x"))
    assert err.value.location == "https://other.example/login"
    assert "redirected the request to https://other.example/login" in err.value.message


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"   \n",
        b"<!DOCTYPE html><html><body><h1>Login</h1></body></html>",
        b"\x00\xff\xfe",
        b'{"status": tru',
        b"[" * 100000,
    ],
)
def test_non_json_is_protocol_error_with_short_excerpt(body):
    with pytest.raises(ProtocolError) as err:
        read_record(raw(200, body=body))
    assert len(err.value.excerpt) <= 120 and "<" not in err.value.excerpt


def test_excerpt_strips_tags_collapses_space_and_truncates():
    page = b"<html><script>var a = '<b>';</script><p>Service \n\n Unavailable</p>" + b"z" * 300
    text = excerpt(page)
    assert text.startswith("Service Unavailable z") and len(text) == 120 and text.endswith("…")


def test_key_echoed_by_the_server_is_hidden():
    with pytest.raises(AuthError) as err:
        read_record(raw(401, {"status": False, "error": f"Unknown token {KEY}"}))
    assert KEY not in err.value.message and KEY not in (err.value.server_text or "")
    with pytest.raises(ProtocolError) as err:
        read_record(raw(200, body=f"<p>bad key {KEY}</p>".encode()))
    assert KEY not in err.value.message and KEY not in err.value.excerpt


JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=5)
        | st.dictionaries(
            st.sampled_from(
                [
                    "status",
                    "error",
                    "message",
                    "contact",
                    "contacts",
                    "id",
                    "firstname",
                    "entity_type",
                    "mobilephone",
                ]
            )
            | st.text(max_size=8),
            inner,
            max_size=6,
        )
    ),
    max_leaves=20,
)
BODIES = st.binary(max_size=300) | JSON.map(lambda v: json.dumps(v).encode())
HEADERS = st.dictionaries(
    st.sampled_from(["Retry-After", "Location", "Content-Type", "X"]),
    st.text(max_size=40),
    max_size=3,
)


@settings(max_examples=examples(300), deadline=None)
@given(
    status=st.integers(0, 999),
    body=BODIES,
    headers=HEADERS,
    reader=st.sampled_from(["record", "contacts", "ack"]),
)
def test_any_answer_gives_a_typed_result_or_an_api_error(status, body, headers, reader):
    resp = RawResponse(status, body, headers, host="app.switchtransact.com", secret=KEY)
    try:
        if reader == "record":
            result = read_record(resp)
            assert result is None or result.id
        elif reader == "contacts":
            assert all(c.id for c in read_contacts(resp))
        else:
            assert read_ack(resp, "call log") is None
    except ApiError as err:
        assert err.message and KEY not in str(err)
        assert len(getattr(err, "excerpt", "")) <= 120
        if isinstance(err, RateLimited):
            assert err.retry_after is None or err.retry_after >= 0


@settings(max_examples=examples(100), deadline=None)
@given(
    contacts=st.lists(
        st.dictionaries(
            st.sampled_from(["id", "firstname", "email"]), st.none() | st.text(max_size=10)
        ),
        max_size=6,
    ),
    key=st.sampled_from(["contact", "contacts"]),
)
def test_lists_skip_entries_without_ids(contacts, key):
    resp = raw(200, {"status": True, key: contacts})
    good = [c for c in contacts if isinstance(c.get("id"), str) and c["id"].strip()]
    if contacts and not good:
        with pytest.raises(ProtocolError):
            read_contacts(resp)
    else:
        ids = [c.id for c in read_contacts(resp)]
        assert ids == list(dict.fromkeys(c["id"].strip() for c in good))


def test_raw_response_repr_hides_the_key():
    assert KEY not in repr(raw(200, {"status": False}))


@pytest.mark.parametrize(
    ("header", "seconds", "words"),
    [
        ("1" + "0" * 308, 3600.0, "Try again in about an hour."),
        ("Fri, 31 Dec 9999 23:59:59 GMT", 3600.0, "Try again in about an hour."),
        ("30", 30.0, "Try again in 30 seconds."),
        ("1", 1.0, "Try again in 1 second."),
        ("0.2", 0.2, "Try again in 1 second."),
        ("75", 75.0, "Try again in about a minute."),
        ("600", 600.0, "Try again in about 10 minutes."),
    ],
)
def test_an_absurd_retry_after_is_capped_and_said_in_words(header, seconds, words):
    with pytest.raises(RateLimited) as err:
        read_record(raw(429, body=b"", Retry_After=header))
    assert err.value.retry_after == seconds
    assert err.value.message == f"SwitchTransact is busy (too many requests). {words}"
