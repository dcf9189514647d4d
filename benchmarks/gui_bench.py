"""The real window against the sandbox (in its own process): screen pop (from the call command
and from a desk phone's request), suggestions, GUI stall, coalescing and memory. Run by
benchmarks/run.py; on its own:

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/gui_bench.py [--quick] [--only pop]

Each part prints its rows (benchmarks/common.py) as one JSON line for the runner.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from datetime import timezone
from pathlib import Path
from typing import ClassVar

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))
sys.path.insert(1, str(REPO / "tests"))  # tests/fake_ctrl_tcp.py: the fake baresip
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DBUS_SESSION_BUS_ADDRESS", "disabled:")

from benchmarks import gui_probe as probe  # noqa: E402
from benchmarks.bench_server import BULK_TERM, TOKEN, ServerProcess  # noqa: E402
from benchmarks.common import (  # noqa: E402
    MIB,
    Row,
    emit,
    latency_text,
    percentile,
    rss_of,
)


class TimedClient:
    """The real client, noting when each autocomplete answer has been read (on the worker)."""

    answered_at: ClassVar[dict[str, float]] = {}
    searches = 0
    lock = threading.Lock()

    @classmethod
    def factory(cls, base_url: str, api_key: str, region: str):
        from agent_desktop.core.api.client import SwitchTransactClient

        class Client(SwitchTransactClient):
            def search(self, term: str):  # type: ignore[override]
                with cls.lock:
                    cls.searches += 1
                result = super().search(term)
                with cls.lock:
                    cls.answered_at[" ".join(term.split())] = time.perf_counter()
                return result

            def search_each(self, terms):  # type: ignore[override]
                with cls.lock:
                    cls.searches += len(terms)
                result = super().search_each(terms)
                with cls.lock:  # the term as typed comes first
                    cls.answered_at[" ".join(terms[0].split())] = time.perf_counter()
                return result

        return Client(base_url, api_key, region=region)


def make_window(base_url: str, folder: Path, debounce_ms: int = 200, sources=None, **phone: object):
    from PySide6.QtCore import QThreadPool

    from agent_desktop.core.outbox.outbox import Outbox
    from agent_desktop.core.settings.settings import Settings
    from agent_desktop.qt.tasks import TaskRunner
    from agent_desktop.ui.app.context import AppContext
    from agent_desktop.ui.app.memory_stores import MemoryKeyStore, MemorySettingsStore
    from agent_desktop.ui.app.run import ensure_app
    from agent_desktop.ui.window.main_window import MainWindow

    ensure_app()
    pool = QThreadPool()
    pool.setMaxThreadCount(6)
    settings = Settings(
        base_url=base_url,
        agent_first_name="Bench",
        agent_last_name="Agent",
        agent_email="bench@example.com",
        search_debounce_ms=debounce_ms,
        **phone,
    )  # type: ignore[arg-type]
    ctx = AppContext(
        runner=TaskRunner(pool),
        settings_store=MemorySettingsStore(settings),
        key_store=MemoryKeyStore({base_url: TOKEN}),
        tz=timezone.utc,
        url_opener=lambda _url: None,
        probe_on_start=False,
        client_factory=TimedClient.factory,
        outbox=Outbox(folder / "outbox.sqlite3"),
        phone_sources=sources
        or (probe.desk_phone_sources if phone.get("phone") == "desk_phone" else None),
    )
    window = MainWindow(ctx)
    window.ask_before_close = False
    window.show()
    if not probe.wait_until(lambda: window.startup is not None and window.session.configured, 10):
        raise SystemExit("the window did not finish starting")
    return window


def close_window(window) -> None:
    probe.stop_listening(window)
    window.close()
    window.shutdown()


def outcome_counter(window) -> list:
    shown: list = []
    window.search.outcome_shown.connect(shown.append)
    return shown


# --- screen pop ----------------------------------------------------------------------------------


def unique_callers(limit: int) -> list[tuple[str, str]]:
    """(number, name) of seeded contacts whose mobile number and name are theirs alone."""
    from collections import Counter

    from agent_desktop.core.api.models import Contact
    from agent_desktop.core.phone import cache_key
    from agent_desktop.sandbox.seed_data import seed_contacts

    contacts = [Contact.from_api(c) for c in seed_contacts()]
    keys = Counter(cache_key(n) for c in contacts for _, n in c.phones)
    names = Counter(c.display_name for c in contacts)
    found = [
        (c.mobilephone, c.display_name)
        for c in contacts
        if c.mobilephone
        and keys[cache_key(c.mobilephone)] == 1
        and names[c.display_name] == 1
        and c.display_name
    ]
    return found[:limit]


def bench_pop(base_url: str, folder: Path, rings: int, via: str = "command") -> list[Row]:
    """Rings of unique callers, each timed from the event sent to the caller's name painted,
    minus the server's own time for what a ring asks. `via`: the `call` command's socket, or
    the desk phone listener (a Yealink Action URL request, as the phone sends it)."""
    from agent_desktop.core.api.client import SwitchTransactClient
    from agent_desktop.core.calls.events import EventKind

    if via == "desk_phone":
        port = probe.free_port()
        window = make_window(
            base_url,
            folder,
            phone="desk_phone",
            desk_phone_listen=f"127.0.0.1:{port}",
            desk_phone_allow=["127.0.0.1"],
        )
        if not probe.wait_until(lambda: window.phones.status.state.value == "listening", 10):
            raise SystemExit("the desk phone listener did not start")

        def ring(number: str, i: int) -> float:
            return probe.send_desk_phone_ring(port, number, f"bench-{i}@10.0.0.5")
    else:
        window = make_window(base_url, folder)
        socket_path = probe.listen_for_events(window)

        def ring(number: str, i: int) -> float:
            return probe.send_event(socket_path, EventKind.RING, number)

    watch = probe.PaintWatch()
    direct = SwitchTransactClient(base_url, TOKEN)
    pool = ThreadPoolExecutor(2)
    raw, net, server = [], [], []
    callers = unique_callers(rings + 1)
    try:
        for i, (number, name) in enumerate(callers):
            # The server's own latency for what a ring asks (exact lookups and autocomplete of
            # the number, in parallel, as the window does), measured just before the ring.
            started = time.perf_counter()
            jobs = [
                pool.submit(direct.lookup_all_by_phone, number),
                pool.submit(direct.search, number),
            ]
            for job in jobs:
                job.result()
            server_time = time.perf_counter() - started
            window.search.clear_cache()
            watch.arm(probe.caller_label(window), lambda n=name: probe.caller_shown(window, n))
            sent = ring(number, i)
            if not probe.wait_until(lambda: watch.painted_at is not None, 10):
                raise SystemExit(f"the ring of {number} never painted {name}")
            if i == 0:
                continue  # the first ring warms the worker threads' connections up
            raw.append(watch.painted_at - sent)
            server.append(server_time)
            net.append(max(0.0, watch.painted_at - sent - server_time))
    finally:
        watch.close()
        pool.shutdown()
        direct.close()
        close_window(window)
    p95 = percentile(net, 95)
    label = (
        "desk phone request received → caller painted, minus server time"
        if via == "desk_phone"
        else "ring → caller painted, minus server time"
    )
    return [
        Row(
            "screen pop",
            label,
            latency_text(net),
            "p95 ≤ 50 ms",
            p95 <= 0.050,
            {
                "net_p50": percentile(net, 50),
                "net_p95": p95,
                "raw_p95": percentile(raw, 95),
                "server_p50": percentile(server, 50),
                "samples": len(net),
            },
            note=f"raw p95 {percentile(raw, 95) * 1000:.1f} ms, server p50 "
            f"{percentile(server, 50) * 1000:.1f} ms",
        )
    ]


def bench_asterisk_pop(base_url: str, folder: Path, rings: int) -> list[Row]:
    """The same pop with the PBX as the source: a DialBegin to the agent's phone written by a
    fake AMI server (tests/fake_ami.py, a real TCP socket) → the caller painted."""
    sys.path.insert(0, str(REPO / "tests"))
    import ami_scenarios as sc
    from fake_ami import FakeAmi

    from agent_desktop.core.api.client import SwitchTransactClient
    from agent_desktop.core.phones.asterisk.source import SECRET_ENV
    from agent_desktop.core.phones.source import SourceState

    ami = FakeAmi()
    os.environ[SECRET_ENV] = ami.secret
    window = make_window(
        base_url,
        folder,
        phone="asterisk",
        asterisk_address=ami.address,
        asterisk_user=ami.user,
        asterisk_extension="201",
    )
    watch = probe.PaintWatch()
    direct = SwitchTransactClient(base_url, TOKEN)
    pool = ThreadPoolExecutor(2)
    raw, net, server = [], [], []
    try:
        if not probe.wait_until(lambda: window.phones.status.state is SourceState.CONNECTED, 10):
            raise SystemExit("the window never connected to the fake PBX")
        for i, (number, name) in enumerate(unique_callers(rings + 1)):
            started = time.perf_counter()
            jobs = [
                pool.submit(direct.lookup_all_by_phone, number),
                pool.submit(direct.search, number),
            ]
            for job in jobs:
                job.result()
            server_time = time.perf_counter() - started
            window.search.clear_cache()
            linkedid = f"1772438400.{1000 + i}"
            trunk = sc.Chan(
                f"PJSIP/trunk-{i:08x}",
                linkedid,
                linkedid,
                number,
                name,
                context="from-trunk",
                state="4",
            )
            phone = sc.Chan(
                f"PJSIP/201-{i:08x}", f"{linkedid}1", linkedid, "201", "", number, name, exten="201"
            )
            watch.arm(probe.caller_label(window), lambda n=name: probe.caller_shown(window, n))
            sent = time.perf_counter()
            ami.send([sc.dial_begin(0, trunk, phone, "201")])
            if not probe.wait_until(lambda: watch.painted_at is not None, 10):
                raise SystemExit(f"the PBX's ring of {number} never painted {name}")
            ami.send([sc.dial_end(1, trunk, phone, "CANCEL")])  # ends it: the next is new
            probe.wait_until(lambda: window.calls.book.live() == [], 10)
            if i == 0:
                continue  # the first ring warms the worker threads' connections up
            raw.append(watch.painted_at - sent)
            server.append(server_time)
            net.append(max(0.0, watch.painted_at - sent - server_time))
    finally:
        watch.close()
        pool.shutdown()
        direct.close()
        close_window(window)
        ami.close()
    p95 = percentile(net, 95)
    return [
        Row(
            "screen pop (Asterisk)",
            "AMI DialBegin → caller painted, minus server time",
            latency_text(net),
            "p95 ≤ 50 ms",
            p95 <= 0.050,
            {
                "net_p50": percentile(net, 50),
                "net_p95": p95,
                "raw_p95": percentile(raw, 95),
                "server_p50": percentile(server, 50),
                "samples": len(net),
            },
            note=f"raw p95 {percentile(raw, 95) * 1000:.1f} ms, server p50 "
            f"{percentile(server, 50) * 1000:.1f} ms",
        )
    ]


# --- suggestions ---------------------------------------------------------------------------------


def bench_bria_pop(base_url: str, folder: Path, rings: int) -> list[Row]:
    """The same pop, from Bria's Desktop API: a fake Bria (tests/fake_bria.py, a TLS WebSocket on
    127.0.0.1) posts statusChange "call", the source asks GET /status "call" and reads the new
    ringing call. The round trip is in the figure, as it is with a real Bria. As in bench_pop the
    calls are left ringing (each ring a new call in Bria's list), so the rows compare."""
    from fake_bria import FakeBria, FakeCall

    from agent_desktop.core.api.client import SwitchTransactClient
    from agent_desktop.core.phones.source import SourceState

    fake = FakeBria()
    window = make_window(
        base_url,
        folder,
        phone="bria",
        sources=lambda settings: fake.source() if settings.phone == "bria" else None,
    )
    watch = probe.PaintWatch()
    direct = SwitchTransactClient(base_url, TOKEN)
    pool = ThreadPoolExecutor(2)
    raw, net, server = [], [], []
    ringing: list[FakeCall] = []
    try:
        if not probe.wait_until(lambda: window.phones.status.state is SourceState.CONNECTED, 10):
            raise SystemExit("the window never connected to the fake Bria")
        for i, (number, name) in enumerate(unique_callers(rings + 1)):
            started = time.perf_counter()
            jobs = [
                pool.submit(direct.lookup_all_by_phone, number),
                pool.submit(direct.search, number),
            ]
            for job in jobs:
                job.result()
            server_time = time.perf_counter() - started
            window.search.clear_cache()
            watch.arm(probe.caller_label(window), lambda n=name: probe.caller_shown(window, n))
            ringing.append(FakeCall(f"bench{i:04d}", f"{number}@127.0.0.1", name, "ringing"))
            sent = time.perf_counter()
            fake.change(*ringing)
            if not probe.wait_until(lambda: watch.painted_at is not None, 10):
                raise SystemExit(f"Bria's ring of {number} never painted {name}")
            if i == 0:
                continue  # warms the worker threads' connections up
            raw.append(watch.painted_at - sent)
            server.append(server_time)
            net.append(max(0.0, watch.painted_at - sent - server_time))
    finally:
        watch.close()
        pool.shutdown()
        direct.close()
        close_window(window)
        fake.close()
    p95 = percentile(net, 95)
    return [
        Row(
            "screen pop (Bria)",
            "statusChange sent → caller painted, minus server time",
            latency_text(net),
            "p95 ≤ 50 ms",
            p95 <= 0.050,
            {
                "net_p50": percentile(net, 50),
                "net_p95": p95,
                "raw_p95": percentile(raw, 95),
                "server_p50": percentile(server, 50),
                "samples": len(net),
            },
            note=f"raw p95 {percentile(raw, 95) * 1000:.1f} ms, server p50 "
            f"{percentile(server, 50) * 1000:.1f} ms",
        )
    ]


def bench_baresip_pop(base_url: str, folder: Path, rings: int) -> list[Row]:
    """The same pop, from a baresip CALL_INCOMING (netstring JSON on ctrl_tcp) instead of the
    `call` command: a fake ctrl_tcp (tests/fake_ctrl_tcp.py) sends baresip 1.0.0's event. As in
    bench_pop the calls are left ringing (each ring a new call), so the two rows compare."""
    from fake_ctrl_tcp import FakeCtrlTcp, call_event

    from agent_desktop.core.api.client import SwitchTransactClient
    from agent_desktop.core.phones.source import SourceState

    fake = FakeCtrlTcp()
    window = make_window(base_url, folder, phone="baresip", baresip_address=fake.address)
    watch = probe.PaintWatch()
    direct = SwitchTransactClient(base_url, TOKEN)
    pool = ThreadPoolExecutor(2)
    raw, net, server = [], [], []
    try:
        if not probe.wait_until(lambda: window.phones.status.state is SourceState.CONNECTED, 10):
            raise SystemExit("the window never connected to the fake baresip")
        for i, (number, name) in enumerate(unique_callers(rings + 1)):
            started = time.perf_counter()
            jobs = [
                pool.submit(direct.lookup_all_by_phone, number),
                pool.submit(direct.search, number),
            ]
            for job in jobs:
                job.result()
            server_time = time.perf_counter() - started
            window.search.clear_cache()
            watch.arm(probe.caller_label(window), lambda n=name: probe.caller_shown(window, n))
            call_id, peer = f"bench-{i}@127.0.0.1", f"sip:{number}@127.0.0.1:5091"
            sent = time.perf_counter()
            fake.send(call_event("CALL_INCOMING", call_id, peer=peer, name=name))
            if not probe.wait_until(lambda: watch.painted_at is not None, 10):
                raise SystemExit(f"baresip's ring of {number} never painted {name}")
            if i == 0:
                continue  # warms the worker threads' connections up
            raw.append(watch.painted_at - sent)
            server.append(server_time)
            net.append(max(0.0, watch.painted_at - sent - server_time))
    finally:
        watch.close()
        pool.shutdown()
        direct.close()
        close_window(window)
        fake.stop()
    p95 = percentile(net, 95)
    return [
        Row(
            "screen pop (baresip)",
            "baresip event sent → caller painted, minus server time",
            latency_text(net),
            "p95 ≤ 50 ms",
            p95 <= 0.050,
            {
                "net_p50": percentile(net, 50),
                "net_p95": p95,
                "raw_p95": percentile(raw, 95),
                "server_p50": percentile(server, 50),
                "samples": len(net),
            },
            note=f"raw p95 {percentile(raw, 95) * 1000:.1f} ms, server p50 "
            f"{percentile(server, 50) * 1000:.1f} ms",
        )
    ]


def twenty_result_terms(base_url: str, count: int) -> list[str]:
    """Two-letter terms the sandbox answers with a full page of 20 (asked directly first)."""
    from agent_desktop.core.api.client import SwitchTransactClient

    letters = "aeilmnorst"
    found = []
    with SwitchTransactClient(base_url, TOKEN) as client:
        for term in (a + b for a in letters for b in letters if a != b):
            if len(client.search(term)) == 20:
                found.append(term)
            if len(found) > count:
                break
    return found


def bench_suggestions(base_url: str, folder: Path, count: int) -> list[Row]:
    from PySide6.QtTest import QTest

    terms = twenty_result_terms(base_url, count)
    window = make_window(base_url, folder, debounce_ms=0)
    shown = outcome_counter(window)
    watch = probe.PaintWatch()
    edit = probe.search_edit(window)
    samples: list[float] = []
    try:
        for i, term in enumerate(terms):
            window.search.clear_cache()
            edit.clear()
            before = len(shown)
            watch.arm(
                probe.suggestions_view(window),
                lambda t=term, b=before: (
                    bool(shown[b:]) and shown[-1].term == t and probe.suggestion_rows(window) == 20
                ),
            )
            QTest.keyClicks(edit, term)
            if not probe.wait_until(lambda: watch.painted_at is not None, 10):
                raise SystemExit(f"20 suggestions for {term!r} never painted")
            if i > 0:  # the first one loads the delegate's fonts and icons
                samples.append(watch.painted_at - TimedClient.answered_at[term])
    finally:
        watch.close()
        close_window(window)
    p95 = percentile(samples, 95)
    return [
        Row(
            "suggestions",
            "reply received → 20 suggestions painted",
            latency_text(samples),
            "p95 ≤ 10 ms",
            p95 <= 0.010 if samples else None,
            {"p50": percentile(samples, 50), "p95": p95, "samples": len(samples)},
        )
    ]


# --- GUI stall -----------------------------------------------------------------------------------


def stall_phase(
    base_url: str,
    folder: Path,
    terms: list[str],
    ring: str | None,
    settle: Callable[[object, list], bool],
    timeout: float,
) -> float:
    from PySide6.QtTest import QTest

    from agent_desktop.core.calls.events import EventKind

    window = make_window(base_url, folder)
    shown = outcome_counter(window)
    heart = probe.Heartbeat()
    rng = random.Random(3)
    try:
        socket_path = probe.listen_for_events(window) if ring else None
        heart.start()
        for term in terms:
            probe.search_edit(window).clear()
            probe.type_text(probe.search_edit(window), term, lambda: rng.randint(60, 90))
            QTest.keyClick(probe.search_edit(window), "\r")
            probe.wait_until(lambda: settle(window, shown), timeout)
        if socket_path and ring:
            probe.send_event(socket_path, EventKind.RING, ring)
            probe.wait_until(lambda: settle(window, shown), timeout)
        probe.wait_ms(100)
        return heart.stop()
    finally:
        close_window(window)


def bench_stall(folder: Path, quick: bool) -> list[Row]:
    rows = []
    terms = ["jam", "patel"] if quick else ["jam", "patel", "zoe", "harbour"]
    cases = [
        (
            "slow server (2 s per request)",
            {"latency": 2.0},
            terms,
            "0721234567",
            lambda w, s: not w.search.busy,
            15.0,
        ),
        (
            "failing server (500s, HTML and JSON)",
            {"error_rate": 1.0},
            terms,
            "0721234567",
            lambda w, s: not w.search.busy,
            15.0,
        ),
        (
            "5 MB answer, 10,000 contacts",
            {"bulk": 2000 if quick else 10000, "autocomplete_limit": 10000},
            [BULK_TERM],
            None,
            lambda w, s: bool(s) and s[-1].term == BULK_TERM,
            60.0,
        ),
    ]
    for name, options, case_terms, ring, settle, timeout in cases:
        with ServerProcess(**options) as server:
            gap = stall_phase(server.base_url, folder, case_terms, ring, settle, timeout)
        label = (
            name
            if not (quick and "bulk" in options)
            else name.replace("5 MB answer, 10,000", "1 MB answer, 2,000")
        )
        rows.append(
            Row(
                "GUI stall",
                label,
                f"longest event-loop gap {gap * 1000:.1f} ms",
                "≤ 30 ms",
                gap <= 0.030,
                {"longest_gap": gap},
            )
        )
    return rows


# --- coalescing ----------------------------------------------------------------------------------

NAMES = [
    "james may",
    "ayesha patel",
    "zoe muller",
    "harbour light",
    "thandiwe nkosi",
    "pieter van der merwe",
    "sipho ndlovu",
    "annelie botha",
    "kavitha naidoo",
    "john smith",
]


def bench_coalescing(base_url: str, folder: Path, quick: bool) -> list[Row]:
    from agent_desktop.core.search.cache import normalise_term

    window = make_window(base_url, folder)
    shown = outcome_counter(window)
    stale: list[str] = []
    edit = probe.search_edit(window)
    window.search.outcome_shown.connect(
        lambda o: o.term != normalise_term(edit.text()) and stale.append(o.term)
    )
    rng = random.Random(5)
    per_name = []
    names = NAMES[:4] if quick else NAMES * 2
    try:
        for name in names:
            window.search.clear_cache()
            edit.clear()
            probe.wait_ms(50)
            before = TimedClient.searches
            probe.type_text(edit, name, lambda: rng.randint(60, 90))
            probe.wait_until(
                lambda n=name: not window.search.busy and bool(shown) and shown[-1].term == n, 10
            )
            per_name.append(TimedClient.searches - before)
    finally:
        close_window(window)
    worst = max(per_name)
    return [
        Row(
            "coalescing",
            "names typed at 60-90 ms per key",
            f"autocomplete requests per name: max {worst}, mean "
            f"{sum(per_name) / len(per_name):.2f}; stale results painted {len(stale)}",
            "1 per pause; 0 stale",
            worst <= 1 and not stale,
            {"requests_per_name": per_name, "stale": len(stale)},
        )
    ]


# --- memory --------------------------------------------------------------------------------------


def bench_memory(base_url: str, folder: Path, searches: int, calls: int) -> list[Row]:
    from PySide6.QtTest import QTest

    from agent_desktop.core.calls.events import EventKind

    window = make_window(base_url, folder, debounce_ms=0)
    shown = outcome_counter(window)
    socket_path = probe.listen_for_events(window)
    edit = probe.search_edit(window)
    terms = [a + b + c for a in "aeiou" for b in "lmnrst" for c in "aeiouy"]
    rss: dict[int, int] = {}
    marks = {10, searches - searches // 2, searches}

    def search(i: int) -> None:
        term = terms[i % len(terms)] + ("" if i < len(terms) else " ")
        window.search.clear_cache()
        edit.clear()
        before = len(shown)
        QTest.keyClicks(edit, term.strip())
        probe.wait_until(lambda: len(shown) > before, 10)

    try:
        for i in range(1, searches + 1):
            search(i)
            if i in marks:
                rss[i] = rss_of(os.getpid())
        callers = unique_callers(40)
        for i in range(calls):
            number, name = callers[i % len(callers)]
            probe.send_event(socket_path, EventKind.RING, number)
            probe.wait_until(lambda n=name: probe.caller_shown(window, n), 10)
            probe.send_event(socket_path, EventKind.ANSWER, number)
            probe.send_event(socket_path, EventKind.END)
            probe.wait_ms(5)
            probe.send_call_log(window)
        probe.wait_ms(200)
        after = rss_of(os.getpid())
    finally:
        close_window(window)
    from benchmarks.startup import floor_rss

    floor = floor_rss()
    half = searches - searches // 2
    growth = rss[searches] - rss[half]
    full_size = searches >= 1000 and calls >= 200
    met = (after <= floor + 35 * MIB and growth <= 2 * MIB) if full_size else None
    return [
        Row(
            "memory",
            f"RSS after {searches} searches and {calls} calls",
            f"{after / MIB:.1f} MiB = floor {floor / MIB:.1f} + "
            f"{(after - floor) / MIB:.1f} MiB; after 10 searches {rss[10] / MIB:.1f} MiB; "
            f"growth over the last {searches // 2} searches {growth / MIB:+.1f} MiB",
            "≤ floor + 35 MiB; growth ≤ 2 MiB",
            met,
            {
                "rss_end": after,
                "rss_10": rss[10],
                "rss_half": rss[half],
                "rss_searches": rss[searches],
                "growth_last_half": growth,
                "floor_rss": floor,
                "searches": searches,
                "calls": calls,
            },
            note="" if full_size else "quick size: not judged",
        )
    ]


def quiet_offscreen_warnings() -> None:
    """The offscreen platform says it cannot raise windows at every ring; nothing else goes."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(mode, context, message: str) -> None:
        if "does not support raise()" not in message:
            sys.stderr.write(message + "\n")

    qInstallMessageHandler(handler)


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--quick", action="store_true")
    p.add_argument(
        "--only",
        nargs="+",
        choices=[
            "pop",
            "desk-phone-pop",
            "asterisk",
            "baresip_pop",
            "bria_pop",
            "suggestions",
            "stall",
            "coalescing",
            "memory",
        ],
    )
    args = p.parse_args(argv)
    quiet_offscreen_warnings()
    parts = args.only or [
        "pop",
        "desk-phone-pop",
        "asterisk",
        "baresip_pop",
        "bria_pop",
        "suggestions",
        "stall",
        "coalescing",
        "memory",
    ]
    runtime = tempfile.mkdtemp(prefix="adb-")
    for var in (
        "XDG_RUNTIME_DIR",
        "XDG_CONFIG_HOME",
        "XDG_DATA_HOME",
        "XDG_STATE_HOME",
        "XDG_CACHE_HOME",
    ):
        os.environ[var] = tempfile.mkdtemp(prefix=var.lower()[:8], dir=runtime)
    os.chmod(os.environ["XDG_RUNTIME_DIR"], 0o700)
    rows: list[Row] = []
    with ServerProcess() as server:
        for part in parts:
            started = time.monotonic()
            folder = Path(tempfile.mkdtemp(prefix=f"{part}-", dir=runtime))
            if part == "pop":
                rows += bench_pop(server.base_url, folder, 10 if args.quick else 40)
            elif part == "asterisk":
                rows += bench_asterisk_pop(server.base_url, folder, 10 if args.quick else 40)
            elif part == "desk-phone-pop":
                rows += bench_pop(
                    server.base_url, folder, 10 if args.quick else 40, via="desk_phone"
                )
            elif part == "baresip_pop":
                rows += bench_baresip_pop(server.base_url, folder, 10 if args.quick else 40)
            elif part == "bria_pop":
                rows += bench_bria_pop(server.base_url, folder, 10 if args.quick else 40)
            elif part == "suggestions":
                rows += bench_suggestions(server.base_url, folder, 10 if args.quick else 40)
            elif part == "coalescing":
                rows += bench_coalescing(server.base_url, folder, args.quick)
            elif part == "memory":
                rows += bench_memory(
                    server.base_url, folder, 100 if args.quick else 1000, 20 if args.quick else 200
                )
            elif part == "stall":
                rows += bench_stall(folder, args.quick)
            emit(rows[-1:] if part != "stall" else rows[-3:])
            print(f"gui {part}: {time.monotonic() - started:.0f} s", file=sys.stderr, flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
