"""The softphone event line: round trips and refusals."""

from __future__ import annotations

import json
import os
import stat
import tempfile
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from property_budget import examples

from agent_desktop.core.calls.events import (
    BadEvent,
    CallEvent,
    EventKind,
    InstanceUnavailable,
    check_event_time,
    current_instance_name,
    instance_name,
)


@pytest.mark.parametrize(
    "event",
    [
        CallEvent(EventKind.RING, "+27 72 123 4567"),
        CallEvent(EventKind.ANSWER, "0721234567", outbound=True),
        CallEvent(EventKind.END),
        CallEvent(EventKind.SHOW),
        CallEvent(EventKind.RING, "Zoë's line 021"),
        CallEvent(EventKind.OUTGOING, "0721234567", "call-7"),
        CallEvent(
            EventKind.BUSY,
            "0721234567",
            "",
            False,
            datetime(2026, 3, 2, 8, 0, 1, 250000, tzinfo=timezone(timedelta(hours=2))),
        ),
        CallEvent(EventKind.DIAL, "+27721234567"),
        CallEvent(EventKind.RING, "0721234567", "1733560000.12", name="James May"),
        CallEvent(EventKind.END, "0721234567", "1733560000.12", answered_elsewhere=True),
        CallEvent(EventKind.RING, "0721234567", "sip-1@pbx", name="Zoë 田中 עברית"),
    ],
)
def test_round_trip(event):
    assert CallEvent.decode(event.encode()) == event


@pytest.mark.parametrize(
    ("line", "message"),
    [
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
        (b'{"event": "end", "name": "' + b"x" * 200 + b'"}', "name is too long"),
        (b'{"event": "ring", "number": "1", "answered_elsewhere": true}', "answered elsewhere"),
        (b'{"event": "end", "name": "A\\u0007B"}', "control characters"),
    ],
)
def test_bad_lines_are_refused_with_a_reason(line, message):
    with pytest.raises(BadEvent, match=message):
        CallEvent.decode(line)


@settings(max_examples=examples(200), deadline=None)
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
    with pytest.raises(InstanceUnavailable, match="belongs to someone else, is open"):
        current_instance_name()


@pytest.mark.skipif(os.name == "nt", reason="Windows uses a named pipe")
def test_without_xdg_runtime_dir_a_private_temp_folder_is_used(monkeypatch, tmp_path):
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    assert Path(current_instance_name()).parent == tmp_path / f"agent-desktop-{os.getuid()}"


@pytest.mark.parametrize(
    ("given", "number"),
    [
        ('"James" <sip:0721234567@pbx>', "0721234567"),
        ("James May <sip:+27721234567@pbx.example.com;transport=tls>;tag=1", "+27721234567"),
        ("<tel:+27-72-123-4567>", "+27721234567"),
        ("sip:0721234567@pbx", "0721234567"),
        ("\u0660\u0667\u0662\u0661\u0662\u0663\u0664\u0665\u0666\u0667", "0721234567"),
        ("\u06f0\u06f7\u06f2 \u06f1\u06f2\u06f3 \u06f4\u06f5\u06f6\u06f7", "072 123 4567"),
        ("\uff10\uff17\uff12\uff11\uff12\uff13\uff14\uff15\uff16\uff17", "0721234567"),
        ('"Reception" <sip:reception@pbx>', '"Reception" <sip:reception@pbx>'),  # no number in it
    ],
)
def test_a_caller_id_becomes_its_number_in_ascii_digits(given, number):
    event = CallEvent(EventKind.RING, given)
    assert event.number == number
    assert (
        CallEvent.decode(f'{{"event": "ring", "number": {json.dumps(given)}}}'.encode()).number
        == number
    )


def test_event_times_more_than_a_day_away_are_refused_where_they_arrive():
    now = datetime(2026, 3, 2, 8, 0, tzinfo=timezone.utc)
    for at in (now - timedelta(hours=23), now + timedelta(hours=23), now):
        check_event_time(CallEvent(EventKind.END, at=at), now)
    check_event_time(CallEvent(EventKind.END), now)  # no time: the window's clock is used
    for at in (
        datetime(9999, 12, 31, tzinfo=timezone.utc),
        now - timedelta(days=1, minutes=1),
        now + timedelta(days=2),
    ):
        with pytest.raises(BadEvent, match="more than a day from this computer's clock"):
            check_event_time(CallEvent(EventKind.END, at=at), now)
