"""One process-wide gate in front of every request: a good citizen of the account's shared limit.

SwitchTransact allows 100 requests per second per *account*, shared by every desktop of a contact
centre. When the account is saturated, what matters is that the agent's screen pops when the
phone rings; searches can wait a moment, and call logs (durable in the outbox) can wait minutes.
So every request of the process passes this gate, which:

- lets at most `max_in_flight` requests out at once, and when more wait, the most urgent goes
  first: a ring lookup, then a search, then a log delivery (FIFO within one kind);
- on a 429 pauses the *whole process* (every thread), for the server's Retry-After (or an
  exponential backoff when it gave none) plus random jitter, so a thousand desktops refused in
  the same second do not all come back in the same second; log deliveries stay paused longer,
  twice as long for every further 429 until a delivery goes through (up to a minute);
- gives up at once (RateLimited) instead of waiting longer than the request's kind allows, so a
  ring never hangs behind a long pause.

The client calls `send(path, thunk)` around the network I/O of one request (see
SwitchTransactClient's `budget` parameter); the kind comes from `prefer(...)` on the calling
thread, or else from the endpoint.
"""

from __future__ import annotations

import contextlib
import enum
import heapq
import itertools
import random
import threading
import time
from collections.abc import Callable, Generator
from typing import Protocol, TypeVar

from agent_desktop.core.api.errors import RateLimited
from agent_desktop.core.outbox.backoff import Backoff, clamp_retry_after


class Priority(enum.IntEnum):
    """Lower goes first."""

    RING = 0  # the caller's record: the agent is waiting with the phone ringing
    SEARCH = 1  # autocomplete and exact lookups typed by the agent
    DELIVERY = 2  # call logs and new contacts from the durable outbox


class Answer(Protocol):
    """What the gate needs to read from an answer (core.api.responses.RawResponse has it)."""

    @property
    def status(self) -> int: ...

    def header(self, name: str) -> str | None: ...


A = TypeVar("A", bound=Answer)

# Endpoint -> kind when the caller did not say (phone/email record lookups are what a ring does).
_BY_PATH = {"/calls/record": Priority.RING, "/calls/autocomplete": Priority.SEARCH}
# The longest a request of each kind waits at the gate before RateLimited is raised instead.
DEFAULT_MAX_WAIT = {Priority.RING: 5.0, Priority.SEARCH: 5.0, Priority.DELIVERY: 120.0}
URGENT_JITTER = 0.25  # rings and searches wait Retry-After plus up to 25%
DELIVERY_PAUSE_FACTOR = 3.0  # deliveries wait 3-6 times Retry-After...
DELIVERY_COOL_DOWN = 5.0  # ...plus this: the account was full a moment ago, logs can wait
DELIVERY_MAX_PAUSE = 60.0  # doubling per 429 in a row, up to this


class RequestBudget:
    def __init__(
        self,
        *,
        max_in_flight: int = 4,
        backoff: Backoff | None = None,
        max_wait: dict[Priority, float] | None = None,
        clock: Callable[[], float] = time.monotonic,
        rng: Callable[[], float] = random.random,
    ) -> None:
        if max_in_flight < 1:
            raise ValueError("max_in_flight must be 1 or more")
        self.max_in_flight = max_in_flight
        self.backoff = backoff or Backoff(base=1.0, cap=30.0)
        self.max_wait = {**DEFAULT_MAX_WAIT, **(max_wait or {})}
        self._clock = clock
        self._rng = rng
        self._cond = threading.Condition()
        self._waiting: list[tuple[int, int]] = []  # heap of (priority, ticket)
        self._tickets = itertools.count()
        self._in_flight = 0
        self._paused_until = 0.0
        self._deliveries_paused_until = 0.0
        self._refusals = 0  # 429s in a row, for the backoff when Retry-After is missing
        self._delivery_refusals = 0  # 429s since a delivery last went through
        self._local = threading.local()
        self.rate_limited = 0  # 429s seen, for figures

    # --- what callers use ---------------------------------------------------------------------

    @contextlib.contextmanager
    def prefer(self, priority: Priority) -> Generator[None, None, None]:
        """Requests made by this thread inside the block are of this kind (e.g. a ring's search
        of the number is RING, not SEARCH)."""
        previous = getattr(self._local, "priority", None)
        self._local.priority = priority
        try:
            yield
        finally:
            self._local.priority = previous

    def priority_for(self, path: str) -> Priority:
        chosen = getattr(self._local, "priority", None)
        if chosen is not None:
            return chosen
        return _BY_PATH.get(path, Priority.DELIVERY)

    def send(self, path: str, request: Callable[[], A]) -> A:
        """Wait for this request's turn, run it, learn from its answer."""
        priority = self.priority_for(path)
        self._acquire(priority)
        try:
            answer = request()
        finally:
            self._release()
        if answer.status == 429:
            self.note_rate_limited(_retry_after(answer.header("Retry-After")))
        else:
            with self._cond:
                self._refusals = 0
                if priority is Priority.DELIVERY:
                    self._delivery_refusals = 0
        return answer

    def note_rate_limited(self, retry_after: float | None) -> None:
        """The account is saturated: the whole process holds off, with jitter."""
        with self._cond:
            self.rate_limited += 1
            self._refusals += 1
            self._delivery_refusals += 1  # only a delivery that goes through resets it
            base = retry_after if retry_after is not None else self.backoff.ceiling(self._refusals)
            # A little jitter for what the agent waits on, a lot for what can wait: desktops
            # refused in the same second come back spread out, the urgent ones first.
            now = self._clock()
            pause = base * (1.0 + URGENT_JITTER * self._rng())
            self._paused_until = max(self._paused_until, now + pause)
            # Deliveries back off exponentially while the account keeps refusing: a site-wide
            # backlog after an outage must trickle out, not flood the limit every few seconds.
            growth = 2.0 ** min(self._delivery_refusals - 1, 10)
            delivery_pause = min(
                DELIVERY_MAX_PAUSE,
                base * DELIVERY_PAUSE_FACTOR * growth * (1.0 + self._rng()) + DELIVERY_COOL_DOWN,
            )
            self._deliveries_paused_until = max(self._deliveries_paused_until, now + delivery_pause)
            self._cond.notify_all()

    def paused_for(self, priority: Priority) -> float:
        """Seconds until requests of this kind may go again (0 = now)."""
        with self._cond:
            return max(0.0, self._resume_at(priority) - self._clock())

    # --- the gate -----------------------------------------------------------------------------

    def _resume_at(self, priority: Priority) -> float:
        if priority is Priority.DELIVERY:
            return max(self._paused_until, self._deliveries_paused_until)
        return self._paused_until

    def _acquire(self, priority: Priority) -> None:
        ticket = (int(priority), next(self._tickets))
        give_up_at = self._clock() + self.max_wait[priority]
        with self._cond:
            heapq.heappush(self._waiting, ticket)
            try:
                while True:
                    now = self._clock()
                    resume_at = self._resume_at(priority)
                    if resume_at > give_up_at:
                        raise RateLimited(
                            "SwitchTransact is busy (the account's request limit); try again "
                            "in a moment.",
                            max(0.0, resume_at - now),
                        )
                    if (
                        now >= resume_at
                        and self._in_flight < self.max_in_flight
                        and self._waiting[0] == ticket
                    ):
                        heapq.heappop(self._waiting)
                        self._in_flight += 1
                        self._cond.notify_all()  # the next in line may fit too
                        return
                    wake = resume_at - now if resume_at > now else None
                    self._cond.wait(timeout=wake if wake is None else max(wake, 0.001))
            except BaseException:
                if ticket in self._waiting:
                    self._waiting.remove(ticket)
                    heapq.heapify(self._waiting)
                    self._cond.notify_all()
                raise

    def _release(self) -> None:
        with self._cond:
            self._in_flight -= 1
            self._cond.notify_all()


def _retry_after(value: str | None) -> float | None:
    from agent_desktop.core.api.responses import parse_retry_after

    return clamp_retry_after(parse_retry_after(value))
