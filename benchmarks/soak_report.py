"""The soak's figures: what the sandbox received against what the outbox created, and why each
duplicate happened. Received logs and lost answers are matched to calls by their Number, which
the soak makes unique per call (the Calls API has no call id field)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from agent_desktop.core.outbox.outbox import Outbox, OutboxKind, OutboxState
from agent_desktop.sandbox.faults import INJECTED, WRITE_FAILED, LostAnswer

if TYPE_CHECKING:
    from benchmarks.soak_outbox import Soak

CAUSES = ("lost", "kill", "cut")


def lost_logs(lost_answers: Iterable[LostAnswer]) -> dict[str, Counter[str]]:
    """Per reason, per Number: call logs the sandbox kept whose answer never reached the app,
    dropped on purpose (INJECTED) or not writable (WRITE_FAILED: client killed, sandbox
    stopping)."""
    lost: dict[str, Counter[str]] = {INJECTED: Counter(), WRITE_FAILED: Counter()}
    for x in lost_answers:
        if x.path == "/calls/log" and x.status == 200 and isinstance(x.body, dict):
            lost[x.reason][x.body["Number"]] += 1
    return lost


def explain_duplicates(
    received: Counter[str], facts: Mapping[str, Mapping[str, int]]
) -> Counter[str]:
    """How many extra copies of each Number each cause explains. `facts[cause][number]` counts
    the events of that cause for that call; each event explains at most one copy, causes are
    used in CAUSES order, and what no fact covers is "unexplained"."""
    why: Counter[str] = Counter()
    for number, times in received.items():
        extra = times - 1
        for cause in CAUSES:
            explained = min(max(extra, 0), facts[cause].get(number, 0))
            why[cause] += explained
            extra -= explained
        why["unexplained"] += max(extra, 0)
    return why


def report(soak: Soak, outage_at: float, back_at: float, drained_at: float) -> int:
    """Print the figures; 0 when every log arrived, none pends and every duplicate is explained."""
    a, f = soak.args, soak.faults
    received = Counter(log["Number"] for log in soak.sandbox.received_logs())
    lost = lost_logs([*soak.lost_before_outage, *soak.sandbox.lost_answers()])
    with Outbox(soak.db) as reader:
        entries = reader.entries(limit=10 * a.count + 100)
        counts = reader.counts()
    by_number = {e.payload["Number"]: e for e in entries if e.kind == OutboxKind.CALL_LOG}
    # Checked in this order: the sandbox dropped that call's answer on purpose; the call was in
    # 'sending' when its sender was killed; the sandbox could not write its answer (cut by the
    # outage, or the client was gone).
    killed = {num: soak.in_flight_at_kill[e.id] for num, e in by_number.items()}
    why = explain_duplicates(
        received, {"lost": lost[INJECTED], "kill": killed, "cut": lost[WRITE_FAILED]}
    )
    created = len(by_number)
    total = sum(received.values())
    missing = created - sum(1 for n in by_number if received[n])
    pending = counts[OutboxState.PENDING] + counts[OutboxState.SENDING]
    requests = soak.requests_before_outage + soak.sandbox.request_count()
    injected, cut = (sum(lost[reason].values()) for reason in (INJECTED, WRITE_FAILED))
    failed = requests - (total - injected - cut)  # answered with an error, or not at all
    kills = ", ".join(f"{t:.1f} s" for t in soak.kill_times)
    print(
        f"faults: 500s {f.error_rate:.0%}, dropped {f.drop_rate:.0%}, lost answers "
        f"{f.lost_answer_rate:.0%}, 429 burst of {f.rate_limit_burst} every "
        f"{f.rate_limit_every} requests (Retry-After {f.retry_after} s), latency "
        f"{f.latency * 1000:.0f}-{(f.latency + f.jitter) * 1000:.0f} ms"
    )
    print(f"client: {a.rate:g} req/s, backoff base {a.backoff_base:g} s cap {a.backoff_cap:g} s")
    print(
        f"SIGKILLs: {len(soak.kill_times)} (at {kills}); entries in 'sending' at a kill: "
        f"{sum(soak.in_flight_at_kill.values())}"
    )
    print(f"sandbox down from {outage_at:.1f} s to {back_at:.1f} s")
    print(f"logs created:                  {created}")
    print(f"logs received by the sandbox:  {total} (distinct {len(received)}, missing {missing})")
    print(
        f"answers lost after logging:    {injected + cut} (dropped on purpose {injected}, "
        f"could not be written {cut})"
    )
    print(f"duplicates:                    {total - len(received)}")
    print(f"  explained by a lost answer:   {why['lost']}")
    print(f"  explained by a kill mid-send: {why['kill']}")
    print(f"  explained by a cut answer:    {why['cut']}")
    print(f"  unexplained:                  {why['unexplained']}")
    print(f"entries pending:               {pending} (needs attention {counts['needs_attention']})")
    print(
        f"requests seen by the sandbox:  {requests}, of which failed {failed} "
        f"({failed / max(requests, 1):.0%}); send attempts {sum(e.attempts for e in entries)}, "
        f"of them uncertain {sum(e.uncertain_attempts for e in entries)}"
    )
    print(
        f"wall time:                     {drained_at:.1f} s (drained "
        f"{drained_at - back_at:.1f} s after the sandbox came back)"
    )
    ok = missing == 0 and pending == 0 and why["unexplained"] == 0 and created == a.count
    print("RESULT:", "OK" if ok else "FAILED")
    return 0 if ok else 1
