"""The Qt-free search logic: TTL cache, latest-wins gate, merging the two parallel answers."""

from __future__ import annotations

from agent_desktop.core.api.errors import AuthError, NetworkError
from agent_desktop.core.api.models import Contact
from agent_desktop.core.search.cache import (
    LatestGate,
    SearchRound,
    Suggestion,
    TtlCache,
    cache_key,
    exact_kind,
    searchable,
)


def _s(cid: str, exact: bool = False) -> Suggestion:
    return Suggestion(Contact(id=cid, firstname=cid), None, exact)


def test_cache_entries_expire_and_old_ones_are_evicted():
    now = [100.0]
    cache: TtlCache[str] = TtlCache(ttl=30, max_entries=2, now=lambda: now[0])
    cache.put("a", "A")
    now[0] += 29
    assert cache.get("a") == "A"
    now[0] += 2
    assert cache.get("a") is None
    cache.put("a", "A")
    cache.put("b", "B")
    cache.put("c", "C")
    assert (cache.get("a"), cache.get("b"), cache.get("c")) == (None, "B", "C")
    assert len(cache) == 2


def test_terms_are_normalised_for_the_cache_and_need_two_characters():
    assert cache_key("  James   MAY ") == cache_key("james may")
    assert not searchable(" j ")
    assert searchable("jo")


def test_only_the_latest_sequence_number_is_current():
    gate = LatestGate()
    first, second = gate.next(), gate.next()
    assert not gate.is_latest(first) and gate.is_latest(second)
    gate.invalidate()
    assert not gate.is_latest(second)


def test_exact_hit_comes_first_and_is_not_repeated():
    round_ = SearchRound(1, "0721234567")
    round_.set_results([_s("b"), _s("a"), _s("c")])
    assert not round_.complete
    round_.set_exact(_s("a", exact=True))
    outcome = round_.outcome()
    assert [s.contact.id for s in outcome.suggestions] == ["a", "b", "c"]
    assert outcome.suggestions[0].exact and outcome.cacheable


def test_errors_merge_sensibly():
    failed = SearchRound(1, "james")
    failed.set_results_error(AuthError("Not authorized"))
    failed.set_exact(None)
    assert isinstance(failed.outcome().error, AuthError) and not failed.outcome().cacheable

    exact_only_failed = SearchRound(2, "0721234567")
    exact_only_failed.set_results([_s("a")])
    exact_only_failed.set_exact_error(NetworkError("down"))
    assert exact_only_failed.outcome().error is None  # autocomplete had the answer

    both_empty = SearchRound(3, "0721234567")
    both_empty.set_results([])
    both_empty.set_exact_error(NetworkError("down"))
    assert isinstance(both_empty.outcome().error, NetworkError)


def test_exact_kind():
    assert exact_kind("072 123 4567") == "phone"
    assert exact_kind("+27721234567") == "phone"
    assert exact_kind("james@may.com") == "email"
    assert exact_kind("james") is None
    assert exact_kind("072") is None
