"""A term sent in the spellings servers may store it in, against the real sandbox in both of its
ways of matching (a full name across fields, or the whole term inside one field)."""

from __future__ import annotations

import time

import pytest

from agent_desktop.core.api.client import SwitchTransactClient
from agent_desktop.core.api.errors import NetworkError
from agent_desktop.core.api.models import Contact
from agent_desktop.core.search.cache import TtlCache, search_worker
from agent_desktop.core.search.terms import (
    MAX_SPELLINGS,
    matches_every_word,
    most_selective,
    offers_create,
    spellings,
)
from agent_desktop.sandbox import FaultConfig, SandboxServer

JAMES_ID = "2916509f-f188-42d8-ab0e-a27bcb20d70d"


@pytest.fixture(params=[False, True], ids=["full-name-server", "one-field-server"])
def any_server(request):
    with SandboxServer(
        token="test-key", faults=FaultConfig(one_field_search=request.param)
    ) as server:
        yield server


@pytest.fixture
def any_client(any_server):
    with SwitchTransactClient(
        any_server.base_url, "test-key", connect_timeout=2, read_timeout=5
    ) as c:
        yield c


def test_spellings_of_parts_of_a_number():
    assert spellings("0721", "ZA") == ["0721", "721", "072 1"]
    assert spellings("072 123", "ZA") == ["072 123", "072123", "72123"]
    assert spellings("4567", "ZA") == ["4567"]
    assert spellings("+27 721", "ZA") == ["+27 721", "27721", "721", "+27 72 1"]
    assert spellings("+27 72", "ZA") == ["+27 72", "2772"]  # "72" alone: too little
    assert spellings("0721234567", "ZA") == ["0721234567", "721234567", "072 123 4567"]
    assert spellings("01", "ZA") == ["01"]  # "1" would match nearly every number
    for term in ("0721", "072 123", "+27 72 123 4567", "(021) 555-0199"):
        assert 1 <= len(spellings(term, "ZA")) <= MAX_SPELLINGS


def test_spellings_of_words():
    assert spellings("james may", "ZA") == ["james may", "james"]
    assert spellings("  van der  merwe ", "ZA") == ["van der merwe", "merwe"]
    assert spellings("thandi", "ZA") == ["thandi"]
    assert most_selective(["al", "ali@x.example"]) == "ali@x.example"


def test_the_create_hint_is_for_words_and_full_numbers_only():
    assert offers_create("James", "ZA")
    assert offers_create("084 999 1111", "ZA")
    assert not offers_create("0721", "ZA")
    assert not offers_create("072 123 45", "ZA")


def test_every_word_across_fields_and_numbers():
    james = Contact(
        id="1",
        firstname="James",
        lastname="May",
        company="My Company name",
        mobilephone="+27721234567",
        email="james@may.com",
    )
    assert matches_every_word(james, "may james", "ZA")
    assert matches_every_word(james, "james 0721", "ZA")
    assert matches_every_word(james, "MAY company", "ZA")
    assert matches_every_word(james, "072 123", "ZA")  # one number, not two words
    assert not matches_every_word(james, "james nkosi", "ZA")
    assert not matches_every_word(james, "0821", "ZA")
    zoe = Contact(id="2", firstname="Zoë", lastname="Müller")
    assert matches_every_word(zoe, "zoe muller", "ZA")


@pytest.mark.parametrize(
    "term", ["0721", "072 123", "4567", "james may", "may james", "James 4567"]
)
def test_james_is_found_by_any_part_on_either_server(any_client, term):
    found = search_worker(any_client, term, "ZA")
    assert found[0].contact.id == JAMES_ID
    assert found[0].phone_display == "072 123 4567"


def test_words_keep_only_contacts_matching_every_word(any_client):
    found = search_worker(any_client, "james may", "ZA")
    for s in found:
        assert matches_every_word(s.contact, "james may", "ZA")


def test_the_broader_spelling_is_filtered(client, sandbox):
    # "721" alone finds more than "0721"; what the term itself does not match is dropped.
    broad = {c.id for c in client.search("721")}
    found = search_worker(client, "0721", "ZA")
    assert {s.contact.id for s in found} <= broad
    assert all(matches_every_word(s.contact, "0721", "ZA") for s in found)
    assert sandbox.request_count("/calls/autocomplete") == 1 + 3  # "721", then three spellings


def test_spellings_are_sent_together_within_one_deadline():
    with (
        SandboxServer(token="test-key", faults=FaultConfig(latency=0.5)) as slow,
        SwitchTransactClient(slow.base_url, "test-key") as client,
    ):
        started = time.monotonic()
        search_worker(client, "0721", "ZA")
        took = time.monotonic() - started
        assert slow.request_count("/calls/autocomplete") == 3
        assert took < 1.4, f"three spellings took {took:.2f} s: not in parallel"


def test_spellings_answered_a_moment_ago_come_from_the_cache(client, sandbox):
    cache = TtlCache(ttl=30.0)
    search_worker(client, "james may", "ZA", cache=cache)
    assert sandbox.request_count("/calls/autocomplete") == 2
    search_worker(client, "james mays", "ZA", cache=cache)
    assert sandbox.request_count("/calls/autocomplete") == 3  # "james" was not asked again


def test_no_answer_at_all_raises_the_error(closed_port_url):
    with (
        SwitchTransactClient(closed_port_url, "test-key", connect_timeout=1) as client,
        pytest.raises(NetworkError),
    ):
        search_worker(client, "0721", "ZA")
