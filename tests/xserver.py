"""A private Xvfb for the tests that need a real X server (marker `xvfb`), and helpers to play
another application on it: a window of its own that has the keyboard, a key grab it holds."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest


@contextmanager
def xvfb() -> Iterator[str]:
    """Start Xvfb on a free display number; yields ":N". Skips when Xvfb is not installed."""
    if shutil.which("Xvfb") is None:
        pytest.skip("Xvfb is not installed")
    read, write = os.pipe()
    proc = subprocess.Popen(
        # -noreset: a desktop always has clients; Xvfb would otherwise reset the server each
        # time its last client leaves, and a client connecting then is thrown out.
        [
            "Xvfb",
            "-displayfd",
            str(write),
            "-screen",
            "0",
            "800x600x24",
            "-nolisten",
            "tcp",
            "-noreset",
        ],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    try:
        with os.fdopen(read) as pipe:
            number = pipe.readline().strip()
        if not number:
            pytest.fail("Xvfb did not start")
        yield f":{number}"
    finally:
        _join_key_listeners()
        proc.terminate()
        proc.wait(10)


def _join_key_listeners(timeout: float = 10.0) -> None:
    """Wait for pynput's listener threads before the server goes: each closes its display
    connections as it ends, and a server already gone makes it raise (an unhandled thread
    exception, then an unclosed X socket, reported in whatever test runs next)."""
    util = sys.modules.get("pynput._util")  # not imported: no listener ever ran
    if util is None:
        return
    deadline = time.monotonic() + timeout
    for thread in threading.enumerate():
        if isinstance(thread, util.AbstractListener):
            thread.join(max(0.0, deadline - time.monotonic()))


def focused_window(display_name: str) -> Any:
    """Another X client's window, mapped and given the keyboard (as a CRM in a browser would
    have it). Returns the Xlib display; close it to end that client."""
    from Xlib import X
    from Xlib import display as xdisplay

    d = xdisplay.Display(display_name)
    root = d.screen().root
    win = root.create_window(
        10, 10, 200, 100, 0, d.screen().root_depth, event_mask=X.KeyPressMask | X.FocusChangeMask
    )
    win.map()
    d.sync()
    win.set_input_focus(X.RevertToParent, X.CurrentTime)
    d.sync()
    assert d.get_input_focus().focus.id == win.id
    return d


def xdotool_key(display_name: str, keys: str) -> None:
    if shutil.which("xdotool") is None:
        pytest.skip("xdotool is not installed")
    subprocess.run(
        ["xdotool", "key", keys],
        check=True,
        timeout=10,
        env={**os.environ, "DISPLAY": display_name},
    )
