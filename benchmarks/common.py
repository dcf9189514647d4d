"""What every benchmark shares: percentiles, one result row, memory of a process, the table."""

from __future__ import annotations

import json
import math
import os
import statistics
import sys
from collections.abc import Iterable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

MIB = 1024 * 1024


def percentile(values: Sequence[float], p: float) -> float:
    """Nearest-rank percentile (p in 0-100); NaN for no values."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(p / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else math.nan


def ms(seconds: float) -> str:
    return "n/a" if math.isnan(seconds) else f"{seconds * 1000:.1f} ms"


def latency_text(values: Sequence[float]) -> str:
    """p50 / p95 / max of seconds, in ms, with the sample count."""
    if not values:
        return "no samples"
    return (
        f"p50 {ms(percentile(values, 50))}, p95 {ms(percentile(values, 95))}, "
        f"max {ms(max(values))} (n={len(values)})"
    )


@dataclass
class Row:
    """One line of the table: `figure` is what a person reads, `values` what a script reads."""

    benchmark: str
    case: str
    figure: str
    goal: str = ""
    met: bool | None = None  # None: no goal, or not judged (skipped, too few samples)
    values: dict[str, object] = field(default_factory=dict)
    note: str = ""

    def to_json(self) -> dict[str, object]:
        data = asdict(self)
        data["values"] = {
            k: (None if isinstance(v, float) and math.isnan(v) else v)
            for k, v in self.values.items()
        }
        return data


def rows_from_json(items: Iterable[dict]) -> list[Row]:
    return [Row(**item) for item in items]


def emit(rows: list[Row]) -> None:
    """A child benchmark hands its rows to the runner as one JSON line on stdout."""
    print("BENCH-ROWS " + json.dumps([r.to_json() for r in rows]), flush=True)


def parse_emitted(stdout: str) -> list[Row]:
    rows: list[Row] = []
    for line in stdout.splitlines():
        if line.startswith("BENCH-ROWS "):
            rows += rows_from_json(json.loads(line[len("BENCH-ROWS ") :]))
    return rows


def verdict(met: bool | None) -> str:
    return {True: "yes", False: "NO", None: "–"}[met]


def table(rows: list[Row]) -> str:
    lines = ["| benchmark | case | figure | goal | met |", "|---|---|---|---|---|"]
    for r in rows:
        figure = r.figure + (f" ({r.note})" if r.note else "")
        lines.append(f"| {r.benchmark} | {r.case} | {figure} | {r.goal} | {verdict(r.met)} |")
    return "\n".join(lines)


def rss_of(pid: int) -> int:
    """Resident set size in bytes (Linux /proc; 0 where that is missing)."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def machine() -> str:
    import platform

    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return (
        f"{platform.system()} {platform.release()}, {os.cpu_count()} CPUs {cpu}, "
        f"Python {sys.version.split()[0]}"
    )
