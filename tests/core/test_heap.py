"""The heap after a burst of work: glibc's free pages given back, start-up objects frozen."""

from __future__ import annotations

import gc
import platform
import sys

import pytest

from agent_desktop.core import heap


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="malloc_trim is glibc's",
)
def test_trim_gives_freed_pages_back_on_glibc() -> None:
    def rss() -> int:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * 4096

    blocks = [bytearray(b"x" * (64 * 1024)) for _ in range(1600)]  # 100 MiB in the heap
    last = blocks[-1]  # the top of the heap stays in use: free() alone cannot shrink it
    del blocks
    held = rss()
    assert heap.trim() is True
    assert rss() < held - 50 * 1024 * 1024
    del last


def test_trim_is_quiet_where_there_is_no_malloc_trim(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap, "_trim", [None])
    assert heap.trim() is False


def test_trim_survives_a_failing_call(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuses(_pad: int) -> int:
        raise OSError("no")

    monkeypatch.setattr(heap, "_trim", [refuses])
    assert heap.trim() is False


def test_freeze_keeps_what_exists_out_of_collections_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(heap, "_frozen", [])  # as in a fresh process
    before = gc.get_freeze_count()
    kept = [[] for _ in range(100)]  # tracked containers made before the freeze
    try:
        heap.freeze_startup()
        frozen = gc.get_freeze_count()
        assert frozen >= before + len(kept)
        more = [[] for _ in range(100)]
        heap.freeze_startup()  # a second window in the same process freezes nothing more
        assert gc.get_freeze_count() == frozen and more
    finally:
        gc.unfreeze()  # the rest of the suite collects as usual
