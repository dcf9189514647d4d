"""The delivery worker's pacing: backoff bounds, a server's Retry-After made safe, the token
bucket, and who holds a claim on an entry."""

from __future__ import annotations

import math
import os
import socket
import subprocess
import sys

import pytest

from agent_desktop.core.api.rate_limit import TokenBucket
from agent_desktop.core.outbox.backoff import MAX_DELAY, Backoff, clamp_retry_after
from agent_desktop.core.outbox.claims import claimer_id, claimer_is_dead


@pytest.mark.parametrize("base, cap", [(0, 10), (-1, 10), (5, 1)])
def test_backoff_refuses_a_nonsense_range(base, cap):
    with pytest.raises(ValueError, match="0 < base <= cap"):
        Backoff(base=base, cap=cap)


def test_backoff_delay_is_jitter_times_the_ceiling_and_huge_counts_do_not_overflow():
    backoff = Backoff(base=2.0, cap=60.0, rng=lambda: 0.5)
    assert [backoff.ceiling(n) for n in (0, 1, 2, 3, 5)] == [2.0, 2.0, 4.0, 8.0, 32.0]
    assert backoff.delay(3) == 4.0
    assert backoff.ceiling(10_000) == 60.0


@pytest.mark.parametrize(
    "given, safe",
    [
        (None, None),
        ("soon", None),
        (object(), None),
        (math.nan, None),
        (-5, 0.0),
        ("7", 7.0),
        (12.5, 12.5),
        (10**9, MAX_DELAY),
        (math.inf, MAX_DELAY),
    ],
)
def test_a_servers_retry_after_is_made_safe_to_sleep_on(given, safe):
    assert clamp_retry_after(given) == safe


@pytest.mark.parametrize("rate, burst", [(0, None), (-1, None), (5, 0.5)])
def test_token_bucket_refuses_a_rate_or_burst_that_allows_nothing(rate, burst):
    with pytest.raises(ValueError):
        TokenBucket(rate=rate, burst=burst)


def test_token_bucket_refills_with_time_and_ignores_a_clock_going_back():
    now = [100.0]
    bucket = TokenBucket(rate=2.0, burst=2.0, clock=lambda: now[0])
    assert bucket.try_acquire() == 0.0 and bucket.try_acquire() == 0.0
    assert bucket.try_acquire() == pytest.approx(0.5)  # one token takes 1/rate seconds
    now[0] = 99.0  # backwards: nothing gained, nothing lost
    assert bucket.try_acquire() == pytest.approx(0.5)
    now[0] = 99.5
    assert bucket.try_acquire() == 0.0


def test_a_claim_of_a_process_that_ended_on_this_host_is_dead():
    child = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    pid = int(child.stdout)
    token = claimer_id().split(":")[2]
    claim = f"{socket.gethostname()}:{pid}:{token}:worker01"
    if os.name == "posix":
        assert claimer_is_dead(claim)
    else:  # no safe way to probe a pid: the lease decides
        assert not claimer_is_dead(claim)


def test_a_claim_whose_form_or_pid_cannot_be_judged_is_left_to_the_lease():
    host = socket.gethostname()
    assert not claimer_is_dead(f"{host}:not-a-pid:token:worker")
    assert not claimer_is_dead(f"{host}:1:2:3:4")
    assert not claimer_is_dead("")


def test_a_claim_of_a_running_process_is_alive():
    assert not claimer_is_dead(f"{socket.gethostname()}:{os.getppid()}:token:worker")


@pytest.mark.skipif(
    os.name != "posix" or os.getuid() == 0,
    reason="needs a process of another user (pid 1) that root could signal",
)
def test_a_live_process_of_another_user_is_not_dead():
    assert not claimer_is_dead(f"{socket.gethostname()}:1:token:worker")
