"""Search-as-you-type logic that needs no Qt: the term cache, "latest wins", and merging.

The window runs two lookups per term in parallel — autocomplete, and an exact lookup when the text
looks like a phone number or an email — and shows one list: the exact hits first, marked, then the
autocomplete matches without repeating them. A number can have several exact hits (a switchboard
shared by several records), which is why the exact side is a list. Only the newest term's answer
may be shown.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from agent_desktop.core.api.errors import ApiError
from agent_desktop.core.api.models import Contact
from agent_desktop.core.search import terms as search_terms

MIN_TERM_LENGTH = 2
SHOWN_LIMIT = 20  # suggestions the popup shows: the server's autocomplete page
V = TypeVar("V")


class SearchClient(Protocol):
    def search(self, term: str) -> list[Contact]: ...
    def search_each(self, terms: Sequence[str]) -> list[list[Contact] | ApiError]: ...
    def lookup_all_by_phone(self, number: str) -> list[Contact]: ...
    def lookup_by_email(self, email: str) -> Contact | None: ...


@dataclass(frozen=True)
class Suggestion:
    contact: Contact
    phone_display: str | None  # the best phone, formatted for the agent's region
    exact: bool = False  # found by the exact phone/email lookup


@dataclass(frozen=True)
class SearchOutcome:
    term: str
    suggestions: tuple[Suggestion, ...]
    error: ApiError | Exception | None = None  # shown inline; suggestions may still be present

    @property
    def cacheable(self) -> bool:
        return self.error is None


def normalise_term(text: str) -> str:
    """The term sent to the server: inner whitespace collapsed."""
    return " ".join(text.split())


def cache_key(text: str) -> str:
    return normalise_term(text).casefold()


def searchable(text: str) -> bool:
    return len(normalise_term(text)) >= MIN_TERM_LENGTH


class TtlCache(Generic[V]):
    """Entries expire after `ttl` seconds; the oldest go first past `max_entries`. Safe to share
    between the GUI thread and workers."""

    def __init__(
        self, ttl: float = 30.0, max_entries: int = 64, now: Callable[[], float] = time.monotonic
    ) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._now = now
        self._items: OrderedDict[str, tuple[float, V]] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> V | None:
        with self._lock:
            item = self._items.get(key)
            if item is None:
                return None
            stored_at, value = item
            if self._now() - stored_at > self.ttl:
                del self._items[key]
                return None
            return value

    def put(self, key: str, value: V) -> None:
        with self._lock:
            self._items[key] = (self._now(), value)
            self._items.move_to_end(key)
            while len(self._items) > self.max_entries:
                self._items.popitem(last=False)

    def clear(self) -> None:
        with self._lock:
            self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


class LatestGate:
    """Hands out increasing sequence numbers; only the newest one is current."""

    def __init__(self) -> None:
        self._latest = 0

    def next(self) -> int:
        self._latest += 1
        return self._latest

    def invalidate(self) -> None:
        """Make every number handed out so far stale (the box was cleared)."""
        self._latest += 1

    def is_latest(self, seq: int) -> bool:
        return seq == self._latest


def format_phone(raw: str | None, region: str) -> str | None:
    if not raw:
        return None
    from agent_desktop.core.phone import display_number  # phonenumbers is heavy: import late

    return display_number(raw, region)


def suggestions_for(
    contacts: Iterable[Contact], region: str, *, exact: bool = False
) -> list[Suggestion]:
    return [Suggestion(c, format_phone(c.best_phone, region), exact) for c in contacts]


SpellingCache = TtlCache[list[Contact]]  # one spelling's autocomplete answer, by cache_key


def search_worker(
    client: SearchClient,
    term: str,
    region: str,
    limit: int = SHOWN_LIMIT,
    cache: SpellingCache | None = None,
) -> list[Suggestion]:
    """Autocomplete on a worker thread: the term and its other spellings (search_terms) asked
    together, those answered a moment ago taken from `cache`, the answers merged and ranked.
    Phones are formatted here too, off the GUI thread. Only the first `limit` cross to the
    GUI: a server that ignores its page size (10,000 contacts, 5 MB) must not cost the GUI
    thread a model of them all. Answers win over errors; with none, the first error is raised."""
    text = normalise_term(term)
    wanted = search_terms.spellings(text, region)
    answers: dict[str, list[Contact]] = {}
    for spelling in wanted:
        cached = cache.get(cache_key(spelling)) if cache is not None else None
        if cached is not None:
            answers[spelling] = cached
    missing = [s for s in wanted if s not in answers]
    first_error: ApiError | None = None
    if missing:
        for spelling, got in zip(missing, client.search_each(missing), strict=True):
            if isinstance(got, ApiError):
                first_error = first_error or got
                continue
            got = got[:limit]
            answers[spelling] = got
            if cache is not None:
                cache.put(cache_key(spelling), got)
    merged = search_terms.merge_answers(
        text, [(s, answers[s]) for s in wanted if s in answers], region, limit
    )
    if first_error is not None and not merged:
        raise first_error  # "no matches" would be a guess
    return suggestions_for(merged, region)


def exact_kind(term: str) -> str | None:
    """ "email" or "phone" when the text deserves an exact lookup too, else None."""
    from agent_desktop.core import phone

    text = normalise_term(term)
    if phone.looks_like_email(text):
        return "email"
    if phone.looks_like_phone(text):
        return "phone"
    return None


def exact_worker(client: SearchClient, term: str, region: str) -> list[Suggestion]:
    """The exact lookup by phone (every record any spelling finds) or email; [] when the text is
    neither, or nothing hit."""
    text = normalise_term(term)
    kind = exact_kind(text)
    if kind == "email":
        contact = client.lookup_by_email(text)
        contacts = [contact] if contact is not None else []
    elif kind == "phone":
        # Show the number that matched (a switchboard), not each contact's mobile.
        return [
            Suggestion(c, format_phone(_phone_matching(c, text, region), region), exact=True)
            for c in client.lookup_all_by_phone(text)
        ]
    else:
        contacts = []
    return suggestions_for(contacts, region, exact=True)


def _phone_matching(contact: Contact, number: str, region: str) -> str | None:
    from agent_desktop.core.phone import same_number

    matching = [n for _, n in contact.phones if same_number(n, number, region)]
    return matching[0] if matching else contact.best_phone


class SearchRound:
    """Collects the two parallel answers for one term and merges them once both are in."""

    def __init__(self, seq: int, term: str) -> None:
        self.seq = seq
        self.term = term
        self._results: list[Suggestion] | None = None
        self._exact: list[Suggestion] = []
        self._exact_done = False
        self._error: Exception | None = None
        self._exact_error: Exception | None = None

    def set_results(self, results: list[Suggestion]) -> None:
        self._results = list(results)

    def set_results_error(self, error: Exception) -> None:
        self._results = []
        self._error = error

    def set_exact(self, exact: Iterable[Suggestion] | Suggestion | None) -> None:
        if exact is None:
            exact = []
        elif isinstance(exact, Suggestion):
            exact = [exact]
        self._exact, self._exact_done = list(exact), True

    def set_exact_error(self, error: Exception) -> None:
        self._exact_done, self._exact_error = True, error

    @property
    def complete(self) -> bool:
        return self._results is not None and self._exact_done

    def outcome(self) -> SearchOutcome:
        merged: list[Suggestion] = []
        seen: set[str] = set()
        for s in [*self._exact, *(self._results or [])]:
            if s.contact.id not in seen:
                seen.add(s.contact.id)
                merged.append(s)
        # An exact-lookup failure only matters when autocomplete had nothing better to say.
        error = self._error or (self._exact_error if not merged else None)
        return SearchOutcome(self.term, tuple(merged), error)
