"""The local socket that carries softphone events to the running window."""

from __future__ import annotations

import subprocess
import sys
import threading
import uuid
from datetime import datetime, timezone

import pytest

from agent_desktop.core.calls.events import CallEvent, EventKind
from agent_desktop.core.phones.forward import Delivery, send_event, socket_path
from agent_desktop.qt.single_instance import InstanceServer, is_running


@pytest.fixture
def name():
    return f"agent-desktop-test-{uuid.uuid4().hex[:12]}"


def _send_from_another_process(name: str, event: CallEvent) -> subprocess.Popen:
    """send_event as the CLI runs it: blocking, in another process with no event loop or Qt."""
    script = (
        "import sys\n"
        "from agent_desktop.core.calls.events import CallEvent\n"
        "from agent_desktop.core.phones.forward import send_event\n"
        "print(send_event(sys.argv[1], CallEvent.decode(sys.argv[2].encode())))\n"
    )
    return subprocess.Popen(
        [sys.executable, "-c", script, name, event.encode().decode()],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_an_event_reaches_the_window_and_is_acknowledged(qtbot, name):
    server = InstanceServer(name)
    assert server.listen()
    try:
        event = CallEvent(EventKind.RING, "+27 72 123 4567")
        with qtbot.waitSignal(server.event_received, timeout=10000) as got:
            proc = _send_from_another_process(name, event)
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10000)
        out, err = proc.communicate()
        assert got.args == [event]
        assert (proc.returncode, out.strip()) == (0, "ok"), err
    finally:
        server.close()


def test_a_bad_line_gets_the_reason_and_no_event(qtbot, name):
    server = InstanceServer(name)
    assert server.listen()
    received = []
    server.event_received.connect(received.append)
    script = (
        "import sys\n"
        "from PySide6.QtNetwork import QLocalSocket\n"
        "s = QLocalSocket(); s.connectToServer(sys.argv[1]); assert s.waitForConnected(3000)\n"
        's.write(b\'{"event": "explode"}\\n\'); s.waitForBytesWritten(3000)\n'
        "while not s.canReadLine(): assert s.waitForReadyRead(3000)\n"
        "print(bytes(s.readLine().data()).decode().strip())\n"
    )
    try:
        proc = subprocess.Popen(
            [sys.executable, "-c", script, name],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10000)
        out, err = proc.communicate()
        assert proc.returncode == 0, err
        assert out.strip() == "error: Unknown event 'explode'."
        assert received == []
    finally:
        server.close()


def test_nobody_listening_is_none_and_a_second_server_is_refused(qtbot, name):
    assert send_event(name, CallEvent(EventKind.SHOW), timeout=0.5).delivery is Delivery.NO_WINDOW
    assert not is_running(name)
    first = InstanceServer(name)
    assert first.listen()
    second = InstanceServer(name)
    try:
        # is_running() blocks on a connect the first server must accept: run it off this thread.
        result: list = []
        thread = threading.Thread(target=lambda: result.append(second.listen()))
        thread.start()
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=5000)
        assert result == [False]
    finally:
        first.close()
        second.close()


@pytest.mark.skipif(sys.platform == "win32", reason="talks to the Unix socket directly")
def test_two_events_in_one_write_both_arrive(qtbot, name):
    import socket

    server = InstanceServer(name)
    assert server.listen()
    received: list = []
    server.event_received.connect(received.append)
    ring, end = CallEvent(EventKind.RING, "0721234567"), CallEvent(EventKind.END, "0721234567")
    replies: list[bytes] = []

    def send_both() -> None:
        with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
            sock.settimeout(10)
            sock.connect(socket_path(name))
            sock.sendall(ring.encode() + end.encode())  # one write, two lines
            data = b""
            while data.count(b"\n") < 2:
                chunk = sock.recv(100)
                if not chunk:
                    break
                data += chunk
            replies.append(data)

    thread = threading.Thread(target=send_both)
    try:
        thread.start()
        qtbot.waitUntil(lambda: not thread.is_alive(), timeout=10000)
        assert received == [ring, end]
        assert replies == [b"ok\nok\n"]
    finally:
        server.close()


@pytest.mark.skipif(sys.platform == "win32", reason="the lock guards the Unix socket file")
def test_a_second_window_is_refused_even_before_the_first_listens(qtbot):
    """Two windows started at once: the name is claimed before anyone listens, so the second
    cannot take the socket file from the first."""
    from agent_desktop.core.calls.events import current_instance_name

    name = current_instance_name()  # the real window's: in the private runtime folder
    first = InstanceServer(name)
    second = InstanceServer(name)
    try:
        assert first._claim()  # the first window between its claim and its listen
        assert not second.listen()
        first._release()
        assert second.listen()  # the claim dies with its holder
    finally:
        first.close()
        second.close()


def test_a_finished_connection_leaves_nothing_behind(qtbot, name):
    """Each softphone event is one connection: after the sender is gone, neither its socket nor
    a wrapper of it is kept (three per call added up over a day)."""
    import gc

    from PySide6.QtNetwork import QLocalSocket

    def wrappers() -> int:
        gc.collect()
        return sum(isinstance(o, QLocalSocket) for o in gc.get_objects())

    server = InstanceServer(name)
    assert server.listen()
    received: list = []
    server.event_received.connect(received.append)
    before = wrappers()
    try:
        for _ in range(5):
            thread = threading.Thread(
                target=send_event, args=(name, CallEvent(EventKind.RING, "0721234567"))
            )
            thread.start()
            qtbot.waitUntil(lambda t=thread: not t.is_alive(), timeout=10000)
        qtbot.waitUntil(lambda: not server._server.findChildren(QLocalSocket), timeout=5000)
        qtbot.waitUntil(lambda: wrappers() <= before, timeout=5000)
        assert len(received) == 5
    finally:
        server.close()


def test_an_event_dated_far_from_now_is_refused_with_a_log_line(qtbot, name, caplog):
    server = InstanceServer(name)
    assert server.listen()
    received = []
    server.event_received.connect(received.append)
    event = CallEvent(EventKind.RING, "0721234567", at=datetime(9999, 1, 1, tzinfo=timezone.utc))
    try:
        proc = _send_from_another_process(name, event)
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=10000)
        out, err = proc.communicate()
        assert proc.returncode == 0, err
        assert out.strip().startswith(
            "error: The event time 9999-01-01 00:00 UTC is more than "
            "a day from this computer's clock"
        )
        assert received == []
        assert any("refused a softphone event" in r.getMessage() for r in caplog.records)
    finally:
        server.close()
