"""Fault injection: what a slow network, a proxy in front of the API or a busy API does to a
request. One decision per /calls/* request; decisions are reproducible with a seed."""

from __future__ import annotations

import enum
import random
import threading
from dataclasses import dataclass


@dataclass
class FaultConfig:
    latency: float = 0.0  # fixed seconds added to each request
    jitter: float = 0.0  # extra random 0..jitter seconds
    error_rate: float = 0.0  # share of requests answered 500 (half of them with an HTML body)
    drop_rate: float = 0.0  # share of requests whose connection is closed with no answer
    malformed_rate: float = 0.0  # share answered 200 with broken JSON
    # Share processed normally (the log kept, the contact created) whose answer is then never
    # written: the connection just closes. The one fault a client cannot tell from `drop_rate`
    # and the one that makes an at-least-once sender send twice.
    lost_answer_rate: float = 0.0
    rate_limit_every: int = 0  # every N-th request starts a burst of 429s (0 = never)
    rate_limit_burst: int = 3  # how many 429s in a burst
    retry_after: float | None = 1.0  # Retry-After header on 429 (None = header absent)
    # Autocomplete as a vendor's plain `LIKE %term%` per column might do it: the whole term must
    # sit inside one field (no full name, so "james may" finds nobody), every phone field
    # compared as stored. A quirk, not a fault: every answer is still a good one.
    one_field_search: bool = False
    seed: int | None = None

    def __post_init__(self) -> None:
        for name in ("latency", "jitter"):
            if getattr(self, name) < 0:
                raise ValueError(f"{name} must be 0 or more seconds.")
        for name in ("error_rate", "drop_rate", "malformed_rate", "lost_answer_rate"):
            if not 0.0 <= getattr(self, name) <= 1.0:
                raise ValueError(f"{name} must be between 0 and 1.")
        if self.rate_limit_every < 0:
            raise ValueError("rate_limit_every must be 0 (never) or more.")
        if self.rate_limit_burst < 1:
            raise ValueError("rate_limit_burst must be 1 or more.")
        if self.retry_after is not None and self.retry_after < 0:
            raise ValueError("retry_after must be 0 or more seconds, or None.")

    @property
    def active(self) -> bool:
        return any(
            (
                self.latency,
                self.jitter,
                self.error_rate,
                self.drop_rate,
                self.malformed_rate,
                self.lost_answer_rate,
                self.rate_limit_every,
                self.one_field_search,
            )
        )


class Fault(enum.Enum):
    NONE = "none"
    DROP = "drop"
    ERROR_JSON = "error-json"
    ERROR_HTML = "error-html"
    MALFORMED = "malformed"
    RATE_LIMITED = "rate-limited"
    LOST_ANSWER = "lost-answer"  # processed, then the connection closes with no answer


@dataclass(frozen=True)
class Decision:
    delay: float
    fault: Fault = Fault.NONE
    variant: int = 0  # which malformed body


class FaultInjector:
    """Turns a FaultConfig into per-request decisions; safe to call from handler threads.

    The random shares are cumulative over one draw (drop, then error, then malformed, then lost
    answer), so rates of 1.0 are deterministic, and a config without lost answers replays
    exactly as it did before that fault existed. Rate limiting is counted, not random: request
    N, 2N, ... each start a burst, and requests answered 429 do not count towards the next N.
    500s alternate between an HTML proxy page (first) and a JSON body.
    """

    def __init__(self, config: FaultConfig) -> None:
        self.config = config
        self._rng = random.Random(config.seed)
        self._lock = threading.Lock()
        self._requests = 0
        self._burst_left = 0
        self._errors = 0
        self._malformed = 0

    def decide(self) -> Decision:
        c = self.config
        with self._lock:
            delay = c.latency + (self._rng.uniform(0.0, c.jitter) if c.jitter else 0.0)
            if self._burst_left:
                self._burst_left -= 1
                return Decision(delay, Fault.RATE_LIMITED)
            self._requests += 1
            if c.rate_limit_every and self._requests % c.rate_limit_every == 0:
                self._burst_left = c.rate_limit_burst - 1
                return Decision(delay, Fault.RATE_LIMITED)
            roll = self._rng.random()
            if roll < c.drop_rate:
                return Decision(delay, Fault.DROP)
            roll -= c.drop_rate
            if roll < c.error_rate:
                self._errors += 1
                kind = Fault.ERROR_HTML if self._errors % 2 else Fault.ERROR_JSON
                return Decision(delay, kind)
            roll -= c.error_rate
            if roll < c.malformed_rate:
                self._malformed += 1
                return Decision(delay, Fault.MALFORMED, self._malformed - 1)
            roll -= c.malformed_rate
            if roll < c.lost_answer_rate:
                return Decision(delay, Fault.LOST_ANSWER)
            return Decision(delay)


# Why an answer was lost (LostAnswer.reason).
INJECTED = "injected"  # lost_answer_rate chose this request
WRITE_FAILED = "write-failed"  # the answer could not be written: the client hung up, or stop()


@dataclass(frozen=True)
class LostAnswer:
    """A /calls/* request the sandbox processed but whose answer never left it."""

    path: str  # below /api/1.0, e.g. "/calls/log"
    status: int  # the answer that was not sent (200 = the log was kept / the contact created)
    body: object  # the request body as JSON (None when it was not JSON)
    reason: str  # INJECTED or WRITE_FAILED


# Bodies the faults answer with -----------------------------------------------------------

ERROR_JSON_BODY = {"status": False, "error": "API error."}
RATE_LIMITED_BODY = {"status": False, "error": "Rate limit reached."}

# What nginx in front of a PHP app says when the app falls over.
ERROR_HTML_BODY = (
    b"<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n"
    b"<center><h1>500 Internal Server Error</h1></center>\r\n<hr><center>nginx</center>\r\n"
    b"</body>\r\n</html>\r\n"
)

# 200 OK with Content-Type application/json, but not JSON a parser accepts; cycled in turn.
MALFORMED_BODIES = (
    b'{"status": true, "contact": {"id": "2916509f-f188-42d8-ab0e-a27bcb20d70d", "firstn',
    b"",
    b'{"status": true}}',
    b"<br />\n<b>Warning</b>:  Undefined index: phone in <b>/var/www/api.php</b> on line "
    b'<b>42</b><br />\n{"status": true}',
    b"{'status': True}",
)


def retry_after_header(seconds: float) -> str:
    """HTTP wants whole seconds; fractions are kept so tests can run fast (clients must cope)."""
    return str(int(seconds)) if float(seconds).is_integer() else f"{seconds:g}"
