"""Forwarding an event with the stdlib, against a real AF_UNIX server in a thread."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from stubs import read_line

from agent_desktop.core.calls.events import CallEvent, EventKind, current_instance_name
from agent_desktop.core.phones.forward import Delivery, Reply, is_running, send_event, socket_path

pytestmark = pytest.mark.skipif(os.name == "nt", reason="Unix sockets (the pipe is Windows')")

RING = CallEvent(EventKind.RING, "0721234567", "id-1")


def serve(path: str, behave: Callable[[socket.socket], None]) -> Iterator[list[bytes]]:
    received: list[bytes] = []
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(path)
    server.listen(4)

    def loop() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            with conn:
                conn.settimeout(5)
                data = b""
                with contextlib.suppress(OSError):  # a client that never finished its line
                    data = read_line(conn, chunk=1)
                if data:  # is_running() connects and leaves without a word
                    received.append(data)
                    behave(conn)

    thread = threading.Thread(target=loop, daemon=True)
    thread.start()
    try:
        yield received
    finally:
        # close() alone leaves a thread blocked in accept() until its timeout; shutdown wakes it.
        with contextlib.suppress(OSError):
            server.shutdown(socket.SHUT_RDWR)
        server.close()
        thread.join(5)
        os.unlink(path)


@pytest.fixture
def address():
    return current_instance_name()


def test_the_event_goes_out_and_the_reply_comes_back(address):
    def answer_in_pieces(conn: socket.socket) -> None:
        conn.sendall(b"o")
        time.sleep(0.05)
        conn.sendall(b"k\nignored")

    for received in serve(address, answer_in_pieces):
        assert send_event(address, RING) == Reply(Delivery.OK)
        assert received == [RING.encode()]
        assert CallEvent.decode(received[0]) == RING
        assert is_running(address)


def test_no_window_is_said_so(address):
    assert send_event(address, RING).delivery is Delivery.NO_WINDOW
    assert not is_running(address)


def test_a_socket_file_nobody_listens_on_is_no_window(address):
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(address)
    dead.close()
    assert Path(address).exists()
    assert send_event(address, RING).delivery is Delivery.NO_WINDOW


def test_a_window_that_never_answers_is_an_error_within_the_timeout(address):
    hold = threading.Event()
    for _ in serve(address, lambda conn: hold.wait(3)):
        started = time.monotonic()
        assert send_event(address, RING, timeout=0.5) == Reply(
            Delivery.NOT_DELIVERED, "the window did not answer"
        )
        assert time.monotonic() - started < 2
        hold.set()


def test_a_window_that_refuses_the_event_gives_its_reason(address):
    for _ in serve(address, lambda conn: conn.sendall(b"error: Unknown event 'x'.\n")):
        reply = send_event(address, RING)
        assert reply == Reply(Delivery.REFUSED, "Unknown event 'x'.")
        assert str(reply) == "error: Unknown event 'x'."  # as the window's line spells it


def test_a_window_that_hangs_up_without_a_word_is_an_error(address):
    for _ in serve(address, lambda conn: None):
        assert send_event(address, RING) == Reply(
            Delivery.NOT_DELIVERED, "the window did not answer"
        )


def test_relative_names_live_in_the_temp_folder_as_qt_puts_them():
    name = f"agent-desktop-test-{uuid.uuid4().hex[:10]}"
    assert socket_path(name) == os.path.join(os.environ.get("TMPDIR", "/tmp"), name)
    for _ in serve(socket_path(name), lambda conn: conn.sendall(b"ok\n")):
        assert send_event(name, RING).delivery is Delivery.OK


def test_the_call_command_loads_neither_qt_nor_phonenumbers_nor_the_keyring(address):
    script = (
        "import sys\n"
        "from agent_desktop.cli import main\n"
        "code = main(['call', 'end', '--call-id', 'x', '0721234567'])\n"
        "heavy = sorted(m for m in ('PySide6', 'phonenumbers', 'keyring') if m in sys.modules)\n"
        "print(code, heavy)\n"
    )
    for received in serve(address, lambda conn: conn.sendall(b"ok\n")):
        done = subprocess.run(
            [sys.executable, "-c", script],
            capture_output=True,
            text=True,
            timeout=60,
            env=os.environ.copy(),
        )
        assert done.returncode == 0, done.stderr
        assert done.stdout.strip() == "0 []"
        assert CallEvent.decode(received[0]).call_id == "x"


def test_a_window_whose_backlog_is_full_is_waited_for_then_not_delivered(address):
    """A busy window (many softphone commands at once) leaves its listen backlog full: connect
    fails with EAGAIN. That is a live window, not "cannot reach": wait for room within the
    timeout, then report NOT_DELIVERED so the event is spooled instead of refused (exit 2)."""
    from agent_desktop.core.phones.forward import Delivery

    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(address)
    server.listen(0)  # nobody accepts: the backlog fills at once
    waiting: list[socket.socket] = []
    try:
        for _ in range(8):
            filler = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            filler.setblocking(False)
            try:
                filler.connect(address)
            except BlockingIOError:
                filler.close()
                break
            waiting.append(filler)
        started = time.monotonic()
        reply = send_event(address, RING, timeout=0.5)
        assert reply.delivery is Delivery.NOT_DELIVERED, reply
        assert 0.4 <= time.monotonic() - started < 3

        def make_room() -> None:  # the window gets to its queue: the next try connects
            time.sleep(0.2)
            conn, _ = server.accept()
            conn.close()
            for filler in waiting:
                filler.close()

        room = threading.Thread(target=make_room)
        room.start()
        reply = send_event(address, RING, timeout=2.0)
        room.join()
        assert str(reply) == "error: the window did not answer"  # connected once there was room
    finally:
        for filler in waiting:
            filler.close()
        server.close()
        os.unlink(address)
