"""Phone-number rules: validation messages, lookup forms, display, and input sniffing."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from property_budget import examples

from agent_desktop.core.phone import (
    InvalidNumber,
    cache_key,
    display_number,
    looks_like_email,
    looks_like_phone,
    lookup_forms,
    normalise_email,
    parse_phone,
    same_number,
)


@pytest.mark.parametrize(
    "typed",
    [
        "0721234567",
        "+27 72 123 4567",
        "072 123 4567",
        "+27721234567",
        "(072) 123-4567",
        "0027 72 123 4567",
    ],
)
def test_forms_of_one_number_parse_alike(typed):
    number = parse_phone(typed)
    assert number.e164 == "+27721234567"
    assert number.national_digits == "0721234567"
    assert number.national == "072 123 4567"
    assert number.international == "+27 72 123 4567"
    assert number.region == "ZA" and number.raw == typed
    assert cache_key(f"  {typed} ") == "+27721234567"


def test_lookup_forms_order_and_dedup():
    spaced = ["072 123 4567", "+27 72 123 4567"]
    assert lookup_forms("072 123 4567") == ["+27721234567", "0721234567", *spaced]
    assert lookup_forms("0721234567") == ["+27721234567", "0721234567", *spaced]
    assert lookup_forms(" +27721234567 ") == ["+27721234567", "0721234567", *spaced]
    # A foreign number's national digits would name a local number: not tried.
    assert lookup_forms("+44 20 7946 0958") == ["+442079460958", "+44 20 7946 0958"]
    assert lookup_forms("(201) 555-0123", "us") == [
        "+12015550123",
        "2015550123",
        "(201) 555-0123",
        "+1 201-555-0123",
    ]


@pytest.mark.parametrize("typed", ["12345", "not a number", "+999 123", "072 123"])
def test_unusable_numbers_are_tried_as_typed(typed):
    assert lookup_forms(f" {typed} ") == [typed]
    assert cache_key(typed) == typed


def test_blank_gives_no_forms():
    assert lookup_forms("") == [] and lookup_forms("  \t") == []


@pytest.mark.parametrize(
    ("typed", "region", "message"),
    [
        ("072 123", "ZA", "Too short for South Africa."),
        ("0721234", "ZA", "Too short for South Africa."),
        ("12", "ZA", "Too short for South Africa."),
        ("07212345678", "ZA", "Too long for South Africa."),
        ("0721234567890123456", "ZA", "Too long for a phone number."),
        ("+999 123 4567", "ZA", "The country code is not valid."),
        ("hello", "ZA", "That is not a phone number."),
        ("", "ZA", "Enter a phone number."),
        ("0721234567", "XX", "Start the number with + and the country code."),
        ("020 7946", "GB", "Too short for the United Kingdom."),
        ("03 1234", "JP", "Too short for JP."),
        ("+27 99 123 4567", "ZA", "Not a valid number for South Africa."),
    ],
)
def test_invalid_numbers_have_human_messages(typed, region, message):
    with pytest.raises(InvalidNumber) as err:
        parse_phone(typed, region)
    assert err.value.message == message and str(err.value) == message
    assert isinstance(err.value, ValueError)


def test_display_number():
    assert display_number("+27721234567") == "072 123 4567"
    assert display_number("0821234567") == "082 123 4567"
    assert display_number("+1 201 555 0123") == "+1 201-555-0123"
    assert display_number("12345") == "12345"


@pytest.mark.parametrize(
    "text", ["0721234567", "+27 72 123 4567", "(072) 123-4567", "072.123.4567", "+44 20 7946 0958"]
)
def test_looks_like_phone(text):
    assert looks_like_phone(text)


@pytest.mark.parametrize(
    "text", ["", "james", "072 12", "james@may.com", "Flat 12, 3 Main Rd", "12-34"]
)
def test_does_not_look_like_phone(text):
    assert not looks_like_phone(text)


def test_email_rules():
    assert looks_like_email(" James@May.com ")
    assert looks_like_email("info@fynbos.example")
    for bad in ("james", "james@", "@may.com", "james@may", "a b@c.de", "a@b@c.de", ""):
        assert not looks_like_email(bad)
    assert normalise_email("  James@May.COM \n") == "james@may.com"


NUMBERISH = st.from_regex(r"\A[+(]?[0-9 ()\-.]{0,22}\Z") | st.text(max_size=40)
REGIONS = st.sampled_from(["ZA", "GB", "US", "za", "", "XX", "ZZ", "DE"])


@settings(max_examples=examples(300), deadline=None)
@given(text=NUMBERISH, region=REGIONS)
def test_phone_functions_never_raise_anything_but_invalid_number(text, region):
    try:
        number = parse_phone(text, region)
    except InvalidNumber as err:
        assert err.message.endswith(".")
        number = None
    forms = lookup_forms(text, region)
    if text.strip():
        assert forms and len(forms) == len(set(forms))
        assert forms[-1] == text.strip() or text.strip() in forms
    else:
        assert forms == []
    if number is not None:
        assert forms[0] == number.e164 and number.e164.startswith("+")
        assert cache_key(text, region) == number.e164
        assert parse_phone(number.e164, region).e164 == number.e164
    assert isinstance(display_number(text, region), str)
    assert isinstance(looks_like_phone(text), bool) and isinstance(looks_like_email(text), bool)


@settings(max_examples=examples(100), deadline=None)
@given(digits=st.from_regex(r"\A[6-8][1-4][0-9]{7}\Z"), sep=st.sampled_from(["", " ", "-"]))
def test_any_spelling_of_a_sa_mobile_shares_the_e164_form(digits, sep):
    national = f"0{digits[:2]}{sep}{digits[2:5]}{sep}{digits[5:]}"
    international = f"+27{sep}{digits}"
    forms_a, forms_b = lookup_forms(national), lookup_forms(international)
    try:
        expected = parse_phone(national).e164
    except InvalidNumber:
        return  # not every prefix is allocated; such numbers are tried as typed
    assert forms_a[0] == forms_b[0] == expected == f"+27{digits}"
    assert f"0{digits}" in forms_a and f"0{digits}" in forms_b


@pytest.mark.parametrize(
    ("a", "b", "region", "same"),
    [
        ("0721234567", "+27 72 123 4567", "ZA", True),
        ("072 123 4567", "+27721234567", "ZA", True),
        ("(201) 555-0123", "+1 201 555 0123", "US", True),
        ("0721234567", "0821234567", "ZA", False),
        # Same last nine digits, different countries: not one number.
        ("+44 20 7946 0958", "+27 20 7946 0958", "ZA", False),
        ("12345", "1-23-45", "ZA", True),  # neither is a real number: digits decide
        ("", "", "ZA", False),
    ],
)
def test_same_number(a, b, region, same):
    assert same_number(a, b, region) is same
    assert same_number(b, a, region) is same


@pytest.mark.parametrize(
    ("typed", "region", "forms"),
    [
        # 07700 900xxx is the UK's range for drama: phonenumbers calls it invalid, yet it parses
        # to a full-length UK mobile number, and CRMs hold such numbers in E.164.
        ("00447700900123", "ZA", ["+447700900123", "+44 7700 900123", "00447700900123"]),
        ("07700 900123", "GB", ["+447700900123", "07700900123", "07700 900123", "+44 7700 900123"]),
    ],
)
def test_a_full_length_number_phonenumbers_calls_invalid_is_tried_in_every_spelling(
    typed, region, forms
):
    with pytest.raises(InvalidNumber):
        parse_phone(typed, region)
    assert lookup_forms(typed, region) == forms


def test_parsing_is_remembered_and_errors_stay_errors():
    from agent_desktop.core.phone import InvalidNumber, _parse_remembered, parse_phone

    first = parse_phone(" 072 123 4567 ", "ZA")
    assert parse_phone("072 123 4567", "ZA") is first  # the same answer, not parsed again
    for _ in range(2):  # a remembered failure still raises, with its sentence
        with pytest.raises(InvalidNumber, match="Too short"):
            parse_phone("0721", "ZA")
    assert _parse_remembered.cache_info().maxsize is not None  # bounded


def test_a_region_before_a_national_number_names_its_country():
    assert looks_like_phone("GB 07700 900123") and looks_like_phone("gb:020 7946 0958")
    assert parse_phone("GB 020 7946 0958", "ZA").e164 == "+442079460958"
    assert parse_phone("us (201) 555-0123", "ZA").e164 == "+12015550123"
    assert parse_phone("ZA 072 123 4567", "GB").e164 == "+27721234567"
    # 07700 900123 is in a range kept for drama: a real length, so it is still looked up.
    assert lookup_forms("GB 07700 900123", "ZA") == [
        "+447700900123",
        "+44 7700 900123",
        "GB 07700 900123",
    ]
    assert lookup_forms("GB 07700 900123", "GB")[:2] == ["+447700900123", "07700900123"]
    assert same_number("GB 020 7946 0958", "+44 20 7946 0958")
    assert not looks_like_phone("XX 07700 900123") and not looks_like_phone("QQ 0721234567")


def test_any_scripts_digits_are_ascii_in_every_form():
    arabic = "\u0660\u0667\u0662\u0661\u0662\u0663\u0664\u0665\u0666\u0667"
    forms = lookup_forms(arabic)
    assert forms == ["+27721234567", "0721234567", "072 123 4567", "+27 72 123 4567"]
    assert all(form.isascii() for form in forms)
    assert cache_key(arabic) == "+27721234567"
    assert parse_phone(arabic).raw == "0721234567"
