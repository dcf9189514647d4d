"""The SwitchTransact Calls API client: five calls, typed results, only ApiErrors escape.

Thread-safe: each thread gets its own requests.Session (sessions are not thread-safe), and the
phone-form memory is guarded by a lock. The client never retries on its own: a call log sent
twice is logged twice, so retrying is the outbox's decision.
"""

from __future__ import annotations

import functools
import json
import logging
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING, Any, TypeVar, cast
from urllib.parse import urlsplit

import requests
import urllib3.exceptions
from requests.auth import AuthBase

from agent_desktop.core import phone as phones
from agent_desktop.core.api import http_safety
from agent_desktop.core.api.deadline import Deadline, Watchdog
from agent_desktop.core.api.errors import (
    ApiError,
    NotFound,
    ProtocolError,
    RateLimited,
    ValidationError,
)
from agent_desktop.core.api.models import Contact
from agent_desktop.core.api.responses import RawResponse, read_ack, read_contacts, read_record
from agent_desktop.core.api.session_pool import SessionPool
from agent_desktop.core.logging_setup import register_secret
from agent_desktop.core.one_line import one_line
from agent_desktop.core.texts import Text

if TYPE_CHECKING:
    from agent_desktop.core.api.request_budget import RequestBudget

log = logging.getLogger(__name__)
T = TypeVar("T")
_FORM_MEMORY = 2000  # numbers remembered per session (LRU)
_FANOUT_WORKERS = 5  # one per spelling lookup_forms gives
_SEARCH_WORKERS = 4  # one per spelling search_terms.spellings gives (its MAX_SPELLINGS)
_BUSY_WAIT_UNKNOWN = 1.0  # seconds to wait out a 429 that gives no Retry-After
CREATED_NOT_FOUND = (
    "The contact was created but SwitchTransact has not returned it yet; search for it in a moment."
)


def _only_api_errors(method: Callable[..., T]) -> Callable[..., T]:
    """Whatever goes wrong inside a public method leaves it as an ApiError."""

    @functools.wraps(method)
    def wrapper(*args: Any, **kwargs: Any) -> T:
        try:
            return method(*args, **kwargs)
        except ApiError:
            raise
        except Exception as exc:
            log.exception("unexpected failure in SwitchTransactClient.%s", method.__name__)
            raise ProtocolError(
                f"Unexpected problem while talking to SwitchTransact ({type(exc).__name__}); "
                "details are in the log."
            ) from None

    return wrapper


class _KeyAuth(AuthBase):
    """Sets the raw `Authorization: <token>` header. Passing it as `auth=` also stops requests
    from replacing it with credentials from ~/.netrc."""

    def __init__(self, key: str) -> None:
        self._key = key

    def __call__(self, request: requests.PreparedRequest) -> requests.PreparedRequest:
        request.headers["Authorization"] = self._key
        return request

    def __repr__(self) -> str:
        return "<api key hidden>"


class SwitchTransactClient:
    DEFAULT_BASE_URL = http_safety.DEFAULT_BASE_URL

    def __init__(
        self,
        base_url: str,
        api_key: str,
        *,
        region: str = phones.DEFAULT_REGION,
        connect_timeout: float = 5.0,
        read_timeout: float = 15.0,
        total_timeout: float = 30.0,
        max_body_bytes: int = http_safety.MAX_BODY_BYTES,
        budget: RequestBudget | None = None,
        one_line: bool = False,
    ) -> None:
        """Raises ValueError (a sentence for the agent) for an unusable base URL or key.
        `one_line`: contacts come back as a window shows them (Contact.one_lined); the command
        line keeps the server's text exact and escapes it when printing."""
        self.base_url = http_safety.normalise_base_url(base_url)
        self.host = urlsplit(self.base_url).hostname or "SwitchTransact"
        key = (api_key or "").strip()
        if not key:
            raise ValueError(Text("key.missing"))
        if not key.isascii() or not key.isprintable():
            raise ValueError(Text("key.unsendable"))
        self._auth = _KeyAuth(key)
        self._key = key
        # Keys that never went through the key store (demo, "this session only") are redacted too.
        register_secret(key)
        self.region = region or phones.DEFAULT_REGION
        self.connect_timeout = connect_timeout
        self.read_timeout = read_timeout
        self.total_timeout = total_timeout
        self.max_body_bytes = max_body_bytes
        self._lock = threading.Lock()
        self._sessions = SessionPool(http_safety.new_session)
        self._hit_forms: OrderedDict[str, str] = OrderedDict()
        self._fanout: ThreadPoolExecutor | None = None  # for lookup_all_by_phone, made on first use
        # Searches have their own threads: a search typed during a ring never delays its lookup.
        self._search_fanout: ThreadPoolExecutor | None = None
        # The sandbox on this computer is never reached through a proxy from the environment.
        self._no_proxy = http_safety.is_loopback(self.host)
        self.budget = budget  # the process-wide request gate, shared by every client of it
        self.one_line = one_line

    def __repr__(self) -> str:
        return f"SwitchTransactClient({self.base_url!r}, api_key=<hidden>)"

    def __enter__(self) -> SwitchTransactClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close every session. The client stays usable (new sessions are made)."""
        with self._lock:
            pools = (self._fanout, self._search_fanout)
            self._fanout = self._search_fanout = None
        for pool in pools:  # never wait for lookups in flight: quitting must not hang
            if pool is not None:
                pool.shutdown(wait=False, cancel_futures=True)
        self._sessions.close()

    # --- the five calls -------------------------------------------------------------------

    @_only_api_errors
    def lookup_by_phone(self, number: str) -> Contact | None:
        """Tries the number's forms (E.164, national digits, as typed) until one hits, starting
        with the form that hit last time for this number. All forms share one `total_timeout`."""
        forms = phones.lookup_forms(number, self.region)
        if not forms:
            return None
        deadline = Deadline(self.total_timeout)
        key = phones.cache_key(number, self.region)
        with self._lock:
            remembered = self._hit_forms.get(key)
        if remembered:
            forms = [remembered] + [f for f in forms if f != remembered]
        for form in forms:
            contact = self._record_for_phone(form, deadline)
            if contact is not None:
                self._remember(key, form)
                return self._shown(contact)
        if remembered:
            with self._lock:
                self._hit_forms.pop(key, None)
        return None

    @_only_api_errors
    def lookup_all_by_phone(self, number: str) -> list[Contact]:
        """Every distinct contact any spelling of the number finds, in the order of the forms.

        A shared switchboard stored as "+27215550199" on one record and "021 555 0199" on
        another gives both, so the agent can pick; `lookup_by_phone` would stop at the first.
        The forms are asked in parallel (each pool thread keeps its own keep-alive session), so
        the answer costs about one round trip. Hits win over errors; with no hit, the first error
        is raised.
        """
        forms = phones.lookup_forms(number, self.region)
        if not forms:
            return []
        pool = self._fanout_pool()
        deadline = Deadline(self.total_timeout)
        futures = [pool.submit(self._record_for_phone, form, deadline) for form in forms]
        found: dict[str, Contact] = {}
        first_error: ApiError | None = None
        for form, future in zip(forms, futures, strict=True):
            try:
                contact = future.result()
            except ApiError as exc:
                first_error = first_error or exc
                continue
            if contact is not None and contact.id not in found:
                found[contact.id] = contact
                if len(found) == 1:
                    self._remember(phones.cache_key(number, self.region), form)
        if not found and first_error is not None:
            raise first_error
        return [self._shown(contact) for contact in found.values()]

    @_only_api_errors
    def lookup_by_email(self, email: str) -> Contact | None:
        address = phones.normalise_email(email)
        if not address:
            return None
        found = read_record(self._get("/calls/record", {"email": address}))
        return self._shown(found) if found is not None else None

    @_only_api_errors
    def search(self, term: str) -> list[Contact]:
        term = (term or "").strip()
        if not term:
            return []
        return [
            self._shown(c) for c in read_contacts(self._get("/calls/autocomplete", {"term": term}))
        ]

    @_only_api_errors
    def search_each(self, terms: Sequence[str]) -> list[list[Contact] | ApiError]:
        """Autocomplete for each term (the spellings of one search), in parallel and within one
        `total_timeout` together: each term's contacts, or the ApiError it met, in order."""
        wanted = [(t or "").strip() for t in terms]
        deadline = Deadline(self.total_timeout)

        def one(term: str) -> list[Contact] | ApiError:
            if not term:
                return []
            try:
                return [
                    self._shown(c)
                    for c in read_contacts(
                        self._get("/calls/autocomplete", {"term": term}, deadline)
                    )
                ]
            except ApiError as exc:
                return exc

        if len(wanted) <= 1:  # nothing to overlap: no thread hop
            return [one(t) for t in wanted]
        with self._lock:
            if self._search_fanout is None:
                self._search_fanout = ThreadPoolExecutor(
                    max_workers=_SEARCH_WORKERS, thread_name_prefix="search"
                )
            pool = self._search_fanout
        return [f.result() for f in [pool.submit(one, t) for t in wanted]]

    @_only_api_errors
    def create_contact(self, firstname: str, lastname: str, phone: str) -> Contact:
        """Create, then find the new contact by its number (the create answer has no id)."""
        number = (phone or "").strip()
        body = {
            "firstname": (firstname or "").strip(),
            "lastname": (lastname or "").strip(),
            "phone": self._number_for_create(number),
        }
        read_ack(self._post("/calls/create", body), "new contact")
        try:
            found = self.lookup_all_by_phone(number)
        except ApiError as exc:
            # The create went through: never let the caller think it failed and create again.
            log.warning("created contact could not be looked up: %s", exc.message)
            raise NotFound(f"{CREATED_NOT_FOUND} ({exc.message})") from None

        # Others may share the number (a switchboard, a family phone): the new record is the one
        # with the names just sent, never simply the first record the number finds.
        # (Compared as shown: the found contacts are one-lined when the window asks.)
        def names(first: str | None, last: str | None) -> tuple[str, str]:
            return one_line(first or "").casefold(), one_line(last or "").casefold()

        wanted = names(body["firstname"], body["lastname"])
        for contact in found:
            if names(contact.firstname, contact.lastname) == wanted:
                return contact
        raise NotFound(CREATED_NOT_FOUND)

    @_only_api_errors
    def log_call(self, payload: Mapping[str, str]) -> None:
        read_ack(self._post("/calls/log", dict(payload)), "call log")

    # --- helpers --------------------------------------------------------------------------

    def _shown(self, contact: Contact) -> Contact:
        return contact.one_lined() if self.one_line else contact

    def _number_for_create(self, number: str) -> str:
        """National digits for numbers of our region (as the API's example), E.164 otherwise."""
        try:
            parsed = phones.parse_phone(number, self.region)
        except phones.InvalidNumber:
            return number
        return parsed.national_digits if parsed.region == self.region.upper() else parsed.e164

    def _record_for_phone(self, form: str, deadline: Deadline) -> Contact | None:
        """One spelling, within the lookup's deadline. A 429 (the request was not processed, so
        asking again is safe) is waited out while the deadline allows; after that it stands."""
        while True:
            try:
                return read_record(self._get("/calls/record", {"phone": form}, deadline))
            except RateLimited as exc:
                wait = _BUSY_WAIT_UNKNOWN if exc.retry_after is None else exc.retry_after
                if wait >= deadline.remaining():
                    raise
                log.info("lookup answered 429; waiting %.1f s", wait)
                time.sleep(wait)

    def _fanout_pool(self) -> ThreadPoolExecutor:
        with self._lock:
            if self._fanout is None:
                self._fanout = ThreadPoolExecutor(
                    max_workers=_FANOUT_WORKERS, thread_name_prefix="phone-lookup"
                )
            return self._fanout

    def _remember(self, key: str, form: str) -> None:
        with self._lock:
            self._hit_forms[key] = form
            self._hit_forms.move_to_end(key)
            while len(self._hit_forms) > _FORM_MEMORY:
                self._hit_forms.popitem(last=False)

    def _proxy_override(self) -> dict[str, None] | None:
        # None values make requests drop the environment's proxies; a fresh dict each time
        # because requests adds to the one it is given.
        return {"http": None, "https": None, "all": None} if self._no_proxy else None

    def _get(
        self, path: str, params: Mapping[str, str], within: Deadline | None = None
    ) -> RawResponse:
        return self._budgeted(
            path, lambda: self._request("GET", path, params=params, within=within)
        )

    def _post(self, path: str, body: Mapping[str, Any]) -> RawResponse:
        try:
            data = json.dumps(body, ensure_ascii=False, allow_nan=False).encode("utf-8")
        except (TypeError, ValueError):
            raise ValidationError("This data cannot be sent to SwitchTransact.") from None
        return self._budgeted(path, lambda: self._request("POST", path, data=data))

    def _budgeted(self, path: str, send: Callable[[], RawResponse]) -> RawResponse:
        """The one hook of core/api/request_budget.py: every request waits for its turn there."""
        return send() if self.budget is None else self.budget.send(path, send)

    def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        data: bytes | None = None,
        within: Deadline | None = None,
    ) -> RawResponse:
        """One exchange, connect to last byte, within `within` (a lookup's, shared by its
        spellings) or else `total_timeout` of its own. A watchdog cuts the connection at the
        deadline, as socket timeouts alone bound each wait, not their sum."""
        headers = {"Content-Type": "application/json"} if data is not None else {}
        started = time.monotonic()
        deadline = within or Deadline(self.total_timeout)
        too_slow = http_safety.answer_too_slow(self.host, deadline.seconds)
        remaining = deadline.remaining()
        if remaining <= 0:
            raise too_slow
        watchdog = Watchdog(deadline)
        try:
            with watchdog.running(), self._sessions.lease() as session:
                resp = session.request(
                    method,
                    self.base_url + path,
                    params=params,
                    data=data,
                    headers=headers,
                    auth=self._auth,
                    allow_redirects=False,
                    stream=True,
                    timeout=(
                        min(self.connect_timeout, remaining),
                        min(self.read_timeout, remaining),
                    ),
                    # requests types proxies as dict[str, str], but a None value is its
                    # documented "drop this key" (merge_setting): the annotation is too narrow.
                    proxies=cast("dict[str, str] | None", self._proxy_override()),
                )
                with resp:
                    body = http_safety.read_body(
                        resp,
                        host=self.host,
                        deadline=deadline.at,
                        read_timeout=self.read_timeout,
                        total_timeout=deadline.seconds,
                        cap=self.max_body_bytes,
                    )
                    status, resp_headers = resp.status_code, dict(resp.headers)
        except ApiError:
            raise
        except (requests.RequestException, urllib3.exceptions.HTTPError, OSError) as exc:
            log.info("%s %s failed: %s", method, path, type(exc).__name__)
            if watchdog.fired or deadline.expired():  # the socket timeout was the deadline's
                raise too_slow from None
            raise http_safety.network_error(
                exc, self.host, self.connect_timeout, self.read_timeout
            ) from None
        if watchdog.fired:  # the cut may look like the end of a body without a length
            raise too_slow
        log.debug("%s %s -> %s in %.2f s", method, path, status, time.monotonic() - started)
        return RawResponse(status, body, resp_headers, host=self.host, secret=self._key)
