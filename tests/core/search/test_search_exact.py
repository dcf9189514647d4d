"""The exact side of search-as-you-type, against the sandbox: several exact hits for one number."""

from __future__ import annotations

from agent_desktop.core.search.cache import SearchRound, exact_worker, suggestions_for


def test_a_shared_switchboard_gives_every_record_as_an_exact_hit(client):
    exact = exact_worker(client, "021  555 0199", "ZA")
    assert [s.exact for s in exact] == [True, True, True]
    assert {s.contact.company for s in exact} == {
        "Table Bay Tours",
        "Harbour Light Insurance",
        "Atlantic Seaboard Properties",
    }
    # Pieter van der Merwe's mobile comes first on his record; the line that rang is shown.
    assert [s.phone_display for s in exact] == ["021 555 0199"] * 3


def test_exact_hits_lead_and_are_not_repeated(client):
    exact = exact_worker(client, "james@may.com", "ZA")
    autocomplete = suggestions_for(client.search("james"), "ZA")
    round_ = SearchRound(1, "james@may.com")
    round_.set_results(autocomplete)
    round_.set_exact(exact)
    ids = [s.contact.id for s in round_.outcome().suggestions]
    assert ids[0] == exact[0].contact.id and round_.outcome().suggestions[0].exact
    assert len(ids) == len(set(ids))


def test_words_get_no_exact_lookup(client, sandbox):
    assert exact_worker(client, "Müller", "ZA") == []
    assert sandbox.request_count() == 0
