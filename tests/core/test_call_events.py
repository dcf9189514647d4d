"""The softphone event line: round trips and refusals."""

from __future__ import annotations

import os
import stat
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from agent_desktop.core.call_events import (
    BadEvent,
    CallEvent,
    EventKind,
    InstanceUnavailable,
    current_instance_name,
    instance_name,
)


@pytest.mark.parametrize("event", [
    CallEvent(EventKind.RING, "+27 72 123 4567"),
    CallEvent(EventKind.ANSWER, "0721234567", outbound=True),
    CallEvent(EventKind.END),
    CallEvent(EventKind.SHOW),
    CallEvent(EventKind.RING, "Zoë's line 021"),
    CallEvent(EventKind.OUTGOING, "0721234567", "call-7"),
    CallEvent(EventKind.BUSY, "0721234567", "", False,
              datetime(2026, 3, 2, 8, 0, 1, 250000, tzinfo=timezone(timedelta(hours=2)))),
    CallEvent(EventKind.DIAL, "+27721234567"),
    CallEvent(EventKind.RING, "0721234567", "sip-1@pbx", name="Zoë 田中 עברית"),
])
def test_round_trip(event):
    assert CallEvent.decode(event.encode()) == event


@pytest.mark.parametrize(("line", "message"), [
    (b"not json", "not JSON"),
    (b"[1, 2]", "not a JSON object"),
    (b'{"event": "explode"}', "Unknown event"),
    (b'{"event": "ring"}', "needs the caller's number"),
    (b'{"event": "ring", "number": 721234567}', "must be text"),
    (b'{"event": "ring", "number": "' + b"1" * 80 + b'"}', "too long"),
    (b"\xff\xfe", "not JSON"),
    (b"{" + b" " * 5000 + b"}", "too long"),
    (b'{"event": "outgoing"}', "needs the number dialled"),
    (b'{"event": "dial", "number": " "}', "Dialling needs a number"),
    (b'{"event": "end", "call_id": 7}', "must be text"),
    (b'{"event": "end", "call_id": "' + b"x" * 200 + b'"}', "call id is too long"),
    (b'{"event": "end", "number": "072\\u001b[2J"}', "control characters"),
    (b'{"event": "end", "at": "yesterday"}', "not an ISO 8601 time"),
    (b'{"event": "end", "at": "2026-03-02T08:00:00"}', "needs a time zone"),
    (b'{"event": "end", "at": 12}', "must be text"),
    (b'{"event": "end", "name": ["x"]}', "must be text"),
    (b'{"event": "end", "name": "' + b"n" * 200 + b'"}', "display name is too long"),
    (b'{"event": "end", "name": "A\\u0007B"}', "control characters"),
])
def test_bad_lines_are_refused_with_a_reason(line, message):
    with pytest.raises(BadEvent, match=message):
        CallEvent.decode(line)


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_any_bytes_decode_or_raise_bad_event(line):
    try:
        event = CallEvent.decode(line)
    except BadEvent:
        return
    assert isinstance(event.kind, EventKind)


def test_instance_names_are_per_user_and_separate_for_the_demo():
    assert instance_name("thandi") == "agent-desktop-thandi"
    assert instance_name("thandi", demo=True) == "agent-desktop-demo-thandi"
    assert instance_name("DOMAIN\\j.may") == "agent-desktop-DOMAIN_j_may"
    assert instance_name("") == "agent-desktop-user"


@pytest.mark.skipif(os.name == "nt", reason="Windows uses a named pipe")
def test_the_socket_lives_in_a_folder_only_this_user_can_enter(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(tmp_path))
    address = Path(current_instance_name())
    assert address == tmp_path / "agent-desktop" / "window.sock"
    assert current_instance_name(demo=True).endswith("demo.sock")
    assert stat.S_IMODE(address.parent.stat().st_mode) == 0o700


@pytest.mark.skipif(os.name == "nt", reason="Windows uses a named pipe")
@pytest.mark.parametrize("spoil", ["open to others", "a link", "someone else's"])
def test_a_folder_others_could_use_is_refused(monkeypatch, tmp_path, spoil):
    runtime = tmp_path / "runtime"
    runtime.mkdir()
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path / "tmp"))  # the fallback, spoilt too
    (tmp_path / "tmp").mkdir()
    for folder in (runtime / "agent-desktop", tmp_path / "tmp" / f"agent-desktop-{os.getuid()}"):
        if spoil == "a link":
            (tmp_path / f"elsewhere-{folder.parent.name}").mkdir(mode=0o700)
            folder.symlink_to(tmp_path / f"elsewhere-{folder.parent.name}")
        else:
            folder.mkdir(mode=0o700)
            if spoil == "open to others":
                folder.chmod(0o777)
            elif os.getuid() == 0:
                os.chown(folder, 65534, 65534)
            else:
                pytest.skip("giving a folder to another user needs root")
    with pytest.raises(InstanceUnavailable, match="belongs to someone else or is open"):
        current_instance_name()


@pytest.mark.skipif(os.name == "nt", reason="Windows uses a named pipe")
def test_without_xdg_runtime_dir_a_private_temp_folder_is_used(monkeypatch, tmp_path):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert Path(current_instance_name()).parent == tmp_path / f"agent-desktop-{os.getuid()}"
