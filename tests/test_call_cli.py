"""`agent-desktop call …` and `agent-desktop tel:…` against a real Unix socket standing in for the
window, and with no window at all (the event goes to the spool and the window is started)."""

from __future__ import annotations

import os
import socket
import tempfile
import threading
from datetime import datetime, timezone

import pytest
from stubs import read_line

from agent_desktop import cli
from agent_desktop.core.calls.events import CallEvent, EventKind, current_instance_name
from agent_desktop.core.calls.store import CallStore

pytestmark = pytest.mark.skipif(os.name == "nt", reason="the window listens on a named pipe")


class FakeWindow:
    """A listening socket at the window's address that answers "ok" to each event line."""

    def __init__(self, reply: bytes = b"ok\n") -> None:
        self.path = current_instance_name()
        self.events: list[CallEvent] = []
        self.reply = reply
        self.sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        self.sock.bind(self.path)
        self.sock.listen(8)
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            with conn:
                data = read_line(conn)
                if data:
                    self.events.append(CallEvent.decode(data))
                    conn.sendall(self.reply)

    def close(self) -> None:
        self.sock.close()
        os.unlink(self.path)


@pytest.fixture
def window():
    fake = FakeWindow()
    yield fake
    fake.close()


@pytest.fixture
def no_launch(monkeypatch):
    launched: list[bool] = []
    monkeypatch.setattr(cli, "_launch_window", lambda: launched.append(True))
    return launched


@pytest.mark.parametrize(
    ("argv", "kind", "number", "call_id"),
    [
        (["ring", "0721234567"], EventKind.RING, "0721234567", ""),
        (["outgoing", "+27 72 123 4567"], EventKind.OUTGOING, "+27 72 123 4567", ""),
        (["answer"], EventKind.ANSWER, "", ""),
        (["start", "0721234567"], EventKind.ANSWER, "0721234567", ""),
        (["busy", "0721234567"], EventKind.BUSY, "0721234567", ""),
        (["end"], EventKind.END, "", ""),
        (["end", "--call-id", "abc-1", "0721234567"], EventKind.END, "0721234567", "abc-1"),
        (["ring", "--call-id=7", "sip:0721234567@pbx.local"], EventKind.RING, "0721234567", "7"),
        (["END", "0721234567"], EventKind.END, "0721234567", ""),
    ],
)
def test_each_event_reaches_the_window_stamped_with_its_time(
    window, no_launch, argv, kind, number, call_id
):
    before = datetime.now(timezone.utc)
    assert cli.main(["call", *argv]) == 0
    (event,) = window.events
    assert (event.kind, event.number, event.call_id) == (kind, number, call_id)
    assert event.at is not None and before <= event.at <= datetime.now(timezone.utc)
    assert no_launch == []


def test_answer_outbound_still_works(window, no_launch):
    assert cli.main(["call", "answer", "--outbound", "0721234567"]) == 0
    assert window.events[0].outbound


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["call", "explode", "0721234567"], "Unknown call event 'explode'"),
        (["call", "ring"], "A ring needs the caller's number."),
        (["call", "outgoing"], "An outgoing call needs the number dialled."),
        (["call", "ring", "1" * 80], "too long"),
        (["call", "ring", "072\x1b]0;x\x07"], "control characters"),
        (["tel:call-me-maybe"], "holds no phone number"),
    ],
)
def test_bad_events_are_one_line_and_exit_2(window, no_launch, capsys, argv, message):
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert message in err
    assert err.count("\n") == 1
    assert window.events == [] and no_launch == []


def test_a_refusal_from_the_window_is_one_line_and_exit_2(no_launch, capsys):
    fake = FakeWindow(reply=b"error: The event is too long.\n")
    try:
        assert cli.main(["call", "end"]) == 2
    finally:
        fake.close()
    assert capsys.readouterr().err == "agent-desktop: The event is too long.\n"


@pytest.mark.parametrize(
    ("link", "number"),
    [
        ("tel:+27721234567", "+27721234567"),
        ("tel:072-123-4567", "0721234567"),
        ("TEL:%2B27%2072%20123%204567", "+27721234567"),
        ("callto://0721234567", "0721234567"),
        ("sip:0721234567@pbx.example.com", "0721234567"),
    ],
)
def test_a_clicked_link_is_a_dial_request(window, no_launch, link, number):
    assert cli.main([link]) == 0
    (event,) = window.events
    assert (event.kind, event.number) == (EventKind.DIAL, number)


def test_with_no_window_the_event_is_spooled_then_the_window_started(no_launch):
    assert cli.main(["call", "ring", "0721234567"]) == 0
    assert cli.main(["call", "end", "0721234567"]) == 0
    assert no_launch == [True, True]  # the window itself makes sure only one stays
    events = CallStore().take_spooled()
    assert [(e.kind, e.number) for e in events] == [
        (EventKind.RING, "0721234567"),
        (EventKind.END, "0721234567"),
    ]
    assert events[0].at is not None and events[0].at <= events[1].at  # type: ignore[operator]


def test_a_window_that_takes_the_event_but_never_answers_does_not_lose_it(no_launch):
    """A window busy quitting accepts the connection and never replies: the event is spooled
    (and a window started), not dropped with an error."""
    mute = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    mute.bind(current_instance_name())
    mute.listen(1)  # the kernel accepts the connection; nobody reads or answers
    try:
        assert cli.main(["call", "end", "0721234567"]) == 0
    finally:
        mute.close()
        os.unlink(current_instance_name())
    assert no_launch == [True]
    assert [(e.kind, e.number) for e in CallStore().take_spooled()] == [
        (EventKind.END, "0721234567")
    ]


def test_a_socket_file_left_by_a_dead_window_counts_as_no_window(no_launch):
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(current_instance_name())
    dead.close()  # the file stays, nobody listens
    assert cli.main(["call", "ring", "0721234567"]) == 0
    assert no_launch == [True]
    assert len(CallStore().take_spooled()) == 1


def test_the_demo_window_is_never_spooled_for(no_launch, capsys):
    assert cli.main(["call", "ring", "0721234567", "--to-demo"]) == 2
    assert "agent-desktop --demo" in capsys.readouterr().err
    assert no_launch == []


@pytest.fixture(params=["another user's", "a file", "open to others"])
def no_socket_folder(request, monkeypatch, tmp_path):
    """XDG_RUNTIME_DIR unset and the fallback folder in the temp folder squatted: no private
    place for the window's socket."""
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    squatted = temp / f"agent-desktop-{os.getuid()}"
    if request.param == "a file":
        squatted.write_text("not a folder")
    else:
        squatted.mkdir(mode=0o700)
        if request.param == "open to others":
            squatted.chmod(0o777)
        elif os.getuid() == 0:
            os.chown(squatted, 65534, 65534)
        else:
            pytest.skip("giving a folder to another user needs root")
    return squatted


def test_without_a_socket_folder_the_event_is_spooled_and_the_window_started(
    no_socket_folder, no_launch, capsys
):
    assert cli.main(["call", "ring", "0721234567"]) == 0
    assert cli.main(["call", "end", "0721234567"]) == 0
    assert [(e.kind, e.number) for e in CallStore().take_spooled()] == [
        (EventKind.RING, "0721234567"),
        (EventKind.END, "0721234567"),
    ]
    assert no_launch == [True, True]
    err = capsys.readouterr().err.splitlines()
    assert len(err) == 2  # one line per command
    assert "could not be reached live" in err[0]
    assert str(no_socket_folder) in err[0]  # the cause, named
    assert capsys.readouterr().out == ""


def test_without_a_socket_folder_a_running_window_is_not_started_again(
    no_socket_folder, no_launch, capsys
):
    """The window that runs (and polls the spool) holds the claim in the data folder: the
    command spools and starts no second window to flash up and go."""
    from agent_desktop.core.calls.store import default_path
    from agent_desktop.core.calls.window_claim import WindowClaim

    claim = WindowClaim(default_path().parent)
    assert claim.take()
    try:
        assert cli.main(["call", "ring", "0721234567"]) == 0
    finally:
        claim.release()
    assert no_launch == []
    assert len(CallStore().take_spooled()) == 1
    assert "picks it up from disk" in capsys.readouterr().err


def test_a_window_that_runs_but_does_not_listen_is_not_started_again(no_launch, capsys):
    """Its socket folder is fine but nobody listens there, while a window holds the data
    folder's claim: that window cannot listen and polls the spool. The event is spooled and
    said so; no second window is started to flash up and go."""
    from agent_desktop.core.calls.store import default_path
    from agent_desktop.core.calls.window_claim import WindowClaim

    claim = WindowClaim(default_path().parent)
    assert claim.take()
    try:
        assert cli.main(["call", "ring", "0721234567"]) == 0
    finally:
        claim.release()
    assert no_launch == []
    assert len(CallStore().take_spooled()) == 1
    err = capsys.readouterr().err
    assert "could not be reached live" in err and "picks it up from disk" in err
    assert err.count("\n") == 1
