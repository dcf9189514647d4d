from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from property_budget import examples

from agent_desktop.core.api.models import AgentIdentity, CallDirection, CallType, Contact
from agent_desktop.core.calls.log import PAYLOAD_FIELDS, CallRecord, format_duration

JOHANNESBURG = timezone(timedelta(hours=2), "SAST")  # no DST; needs no tz database


def zone(name):
    try:
        return ZoneInfo(name)
    except ZoneInfoNotFoundError:  # Windows without the tzdata package
        pytest.skip(f"no time-zone data for {name}")


AGENT = AgentIdentity("Lerato", "Dlamini", "lerato@example.co.za")
JAMES = Contact.from_api(
    {
        "id": "2916509f-f188-42d8-ab0e-a27bcb20d70d",
        "firstname": "James",
        "lastname": "May",
        "company": "My Company name",
        "mobilephone": "+27721234567",
        "entity_type": "Account",
    }
)


def record(start, end, *, contact=JAMES, call_type=CallType.INBOUND, number="+27721234567"):
    return CallRecord(
        start=start,
        end=end,
        call_type=call_type,
        direction=CallDirection.INBOUND,
        number=number,
        contact=contact,
        agent=AGENT,
    )


def test_payload_has_exactly_the_documented_fields_and_values():
    start = datetime(2026, 3, 2, 9, 15, 7, tzinfo=JOHANNESBURG)
    payload = record(start, start + timedelta(minutes=4, seconds=33.9)).to_payload(JOHANNESBURG)
    assert list(payload) == list(PAYLOAD_FIELDS)
    assert payload == {
        "CallType": "Inbound",
        "CallDirection": "Inbound",
        "Number": "+27721234567",
        "Name": "James May",
        "EntityId": "2916509f-f188-42d8-ab0e-a27bcb20d70d",
        "EntityType": "Account",
        "AgentFirstName": "Lerato",
        "AgentLastName": "Dlamini",
        "AgentEmail": "lerato@example.co.za",
        "Duration": "00:04:33",  # whole seconds, rounded down
        "DurationTimespan": "00:04:33",
        "DateTime": "02-03-26 09:15:07",
        "CallStartTimeLocal": "09:15:07",
        "CallEndTimeLocal": "09:19:40",
    }
    assert all(isinstance(v, str) for v in payload.values())


def test_unknown_caller_uses_the_number_and_empty_entity_fields():
    start = datetime(2026, 3, 2, 7, 0, tzinfo=timezone.utc)
    payload = record(
        start, start + timedelta(seconds=5), contact=None, number="0821234567"
    ).to_payload(JOHANNESBURG)
    assert (payload["Name"], payload["EntityId"], payload["EntityType"]) == ("0821234567", "", "")
    assert payload["DateTime"] == "02-03-26 09:00:00"  # UTC start shown in the agent's zone


def test_contact_with_invented_entity_type_sends_the_servers_text():
    odd = Contact.from_api({"id": "x1", "company": "Fynbos Foods", "entity_type": "Partner"})
    start = datetime(2026, 3, 2, 7, 0, tzinfo=timezone.utc)
    payload = record(start, start, contact=odd).to_payload(timezone.utc)
    assert (payload["Name"], payload["EntityType"]) == ("Fynbos Foods", "Partner")


def test_call_across_midnight():
    start = datetime(2026, 3, 2, 23, 58, 30, tzinfo=JOHANNESBURG)
    payload = record(start, start + timedelta(minutes=3)).to_payload(JOHANNESBURG)
    assert payload["DateTime"] == "02-03-26 23:58:30"
    assert payload["CallStartTimeLocal"] == "23:58:30"
    assert payload["CallEndTimeLocal"] == "00:01:30"
    assert payload["Duration"] == "00:03:00"


def test_call_across_spring_forward_lasts_its_real_length():
    # Europe/London, 29 March 2026: 01:00 GMT jumps to 02:00 BST.
    LONDON = zone("Europe/London")
    start = datetime(2026, 3, 29, 0, 50, tzinfo=LONDON)
    end = datetime(2026, 3, 29, 2, 10, tzinfo=LONDON)  # same tzinfo: wall-time maths says 80 min
    payload = record(start, end).to_payload(LONDON)
    assert payload["Duration"] == "00:20:00"
    assert (payload["CallStartTimeLocal"], payload["CallEndTimeLocal"]) == ("00:50:00", "02:10:00")


def test_call_across_fall_back_lasts_its_real_length():
    # America/New_York, 1 November 2026: 02:00 EDT falls back to 01:00 EST.
    NEW_YORK = zone("America/New_York")
    start = datetime(2026, 11, 1, 1, 50, tzinfo=NEW_YORK)  # first 01:50 (EDT)
    end = datetime(2026, 11, 1, 1, 10, fold=1, tzinfo=NEW_YORK)  # second 01:10 (EST)
    payload = record(start, end).to_payload(NEW_YORK)
    assert payload["Duration"] == "00:20:00"
    assert (payload["CallStartTimeLocal"], payload["CallEndTimeLocal"]) == ("01:50:00", "01:10:00")


def test_zero_length_missed_call():
    start = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)
    payload = record(start, start, call_type=CallType.MISSED).to_payload(timezone.utc)
    assert payload["CallType"] == "Missed"
    assert payload["Duration"] == payload["DurationTimespan"] == "00:00:00"
    assert payload["CallStartTimeLocal"] == payload["CallEndTimeLocal"] == "12:00:00"


def test_hours_keep_counting_past_a_day():
    start = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)
    payload = record(start, start + timedelta(hours=27, minutes=5, seconds=9)).to_payload()
    assert payload["Duration"] == "27:05:09"


def test_default_zone_is_this_computers_local_zone():
    start = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)
    local = start.astimezone()
    assert record(start, start).to_payload()["DateTime"] == local.strftime("%d-%m-%y %H:%M:%S")


def test_naive_or_backwards_times_are_rejected():
    aware = datetime(2026, 3, 2, 12, 0, tzinfo=timezone.utc)
    with pytest.raises(ValueError, match="timezone-aware"):
        record(datetime(2026, 3, 2, 12, 0), aware)
    with pytest.raises(ValueError, match="timezone-aware"):
        record(aware, datetime(2026, 3, 2, 12, 5))
    with pytest.raises(ValueError, match="before it starts"):
        record(aware, aware - timedelta(seconds=1))


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "00:00:00"),
        (59.999, "00:00:59"),
        (61, "00:01:01"),
        (3600, "01:00:00"),
        (86399, "23:59:59"),
        (86400, "24:00:00"),
        (360000, "100:00:00"),
    ],
)
def test_format_duration(seconds, text):
    assert format_duration(seconds) == text


@pytest.mark.parametrize("bad", [-1, float("nan"), float("inf")])
def test_format_duration_rejects_impossible_values(bad):
    with pytest.raises(ValueError):
        format_duration(bad)


@settings(max_examples=examples(100), deadline=None)
@given(st.integers(min_value=0, max_value=10**7))
def test_format_duration_reads_back(seconds):
    hours, minutes, secs = (int(part) for part in format_duration(seconds).split(":"))
    assert 0 <= minutes < 60 and 0 <= secs < 60
    assert hours * 3600 + minutes * 60 + secs == seconds


def test_the_call_starts_at_the_ring_and_lasts_from_the_answer():
    rang = datetime(2026, 3, 2, 9, 0, 0, tzinfo=JOHANNESBURG)
    answered, ended = rang + timedelta(seconds=12), rang + timedelta(minutes=2, seconds=12)
    call = CallRecord(
        start=rang,
        end=ended,
        call_type=CallType.INBOUND,
        direction=CallDirection.INBOUND,
        number="+27721234567",
        contact=JAMES,
        agent=AGENT,
        answered=answered,
    )
    payload = call.to_payload(JOHANNESBURG)
    assert (payload["DateTime"], payload["CallStartTimeLocal"], payload["CallEndTimeLocal"]) == (
        "02-03-26 09:00:00",
        "09:00:00",
        "09:02:12",
    )
    assert payload["Duration"] == payload["DurationTimespan"] == "00:02:00"
    assert call.answered_at == answered


def test_a_call_never_answered_lasts_zero_but_keeps_its_ring_and_end_times():
    rang = datetime(2026, 3, 2, 9, 0, 0, tzinfo=JOHANNESBURG)
    call = CallRecord(
        start=rang,
        end=rang + timedelta(seconds=25),
        call_type=CallType.MISSED,
        direction=CallDirection.INBOUND,
        number="+27721234567",
        contact=None,
        agent=AGENT,
        answered=None,
    )
    payload = call.to_payload(JOHANNESBURG)
    assert (payload["CallStartTimeLocal"], payload["CallEndTimeLocal"]) == ("09:00:00", "09:00:25")
    assert payload["Duration"] == "00:00:00"


def test_a_record_without_an_answer_time_was_answered_when_it_started():
    start = datetime(2026, 3, 2, 9, 0, 0, tzinfo=JOHANNESBURG)
    call = record(start, start + timedelta(seconds=30))
    assert call.answered_at == start and call.duration == timedelta(seconds=30)


@pytest.mark.parametrize("offset", [-1, 31])
def test_an_answer_outside_the_call_is_refused(offset):
    start = datetime(2026, 3, 2, 9, 0, 0, tzinfo=JOHANNESBURG)
    with pytest.raises(ValueError, match="between its start and its end"):
        CallRecord(
            start=start,
            end=start + timedelta(seconds=30),
            call_type=CallType.INBOUND,
            direction=CallDirection.INBOUND,
            number="1",
            contact=None,
            agent=AGENT,
            answered=start + timedelta(seconds=offset),
        )
