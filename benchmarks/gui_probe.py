"""How the GUI benchmarks drive the real window and see what it painted, in one place.

The call UI is being reworked: everything that knows which widget shows the caller, how a
softphone event reaches the window, or how a call log is confirmed lives here, so a change there
is a change of a few lines here, not of every benchmark. The rest only uses public behaviour: a
softphone event over the window's local socket, keys typed into the search box, paint events.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from agent_desktop.core.calls.events import CallEvent, EventKind

# --- what the window shows -----------------------------------------------------------------------


def caller_label(window: QWidget) -> QWidget:
    """The widget that shows the open contact's name."""
    return window.contact_panel.name  # type: ignore[attr-defined]


def caller_shown(window: QWidget, name: str) -> bool:
    label = caller_label(window)
    return label.isVisible() and label.text() == name  # type: ignore[attr-defined]


def suggestions_view(window: QWidget) -> QWidget:
    """The list the suggestions are painted in (its viewport receives the paints)."""
    return window.search.popup.view.viewport()  # type: ignore[attr-defined]


def suggestion_rows(window: QWidget) -> int:
    popup = window.search.popup  # type: ignore[attr-defined]
    return popup.model.rowCount() if popup.isVisible() else 0


def search_edit(window: QWidget) -> QWidget:
    return window.search.edit  # type: ignore[attr-defined]


def send_call_log(window: QWidget) -> None:
    """What Ctrl+Return does after a call: confirm and send its log."""
    window.menu_actions.send_log.trigger()


# --- softphone events, the way a softphone's command delivers them -------------------------------


def listen_for_events(window: QWidget) -> str:
    """Let the window take softphone events (as run_gui does after the first paint); returns
    the socket path."""
    from agent_desktop.core.calls.events import current_instance_name
    from agent_desktop.ui.app.run import listen_for_call_events

    listen_for_call_events(window, demo=False)  # type: ignore[arg-type]
    return current_instance_name(False)


def stop_listening(window: QWidget) -> None:
    """Close the window's socket, so the next window of the same run can take the name."""
    server = getattr(window, "call_events", None)
    if server is not None:
        server.close()


def send_event(path: str, kind: EventKind, number: str = "") -> float:
    """Write one event line to the window's socket from a plain thread (no Qt, as a forwarder
    would) while the GUI thread runs its loop; returns the perf_counter time it was written."""
    sent: list[float] = []
    failure: list[BaseException] = []

    def write() -> None:
        try:
            with socket.socket(socket.AF_UNIX, socket.SOCK_STREAM) as sock:
                sock.settimeout(10)
                sock.connect(path)
                sent.append(time.perf_counter())
                sock.sendall(CallEvent(kind, number).encode())
                sock.recv(256)  # "ok"
        except BaseException as exc:  # handed to the GUI thread below
            failure.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    wait_until(lambda: not thread.is_alive(), 10.0)
    if failure:
        raise failure[0]
    return sent[0]


# --- a desk phone's Action URL request, the way a Yealink sends it ------------------------------

DESK_PHONE_TOKEN = "bench-desk-phone-token-5c1d9e"


def desk_phone_sources(settings):
    """The real desk phone source, its token given here (the bench has no keyring)."""
    from agent_desktop.core.phones.desk_phone.source import create
    from agent_desktop.core.phones.registry import SourceConfig

    if settings.phone != "desk_phone":
        return None
    return create(SourceConfig(settings, lambda name: DESK_PHONE_TOKEN))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def send_desk_phone_ring(port: int, number: str, call_id: str) -> float:
    """GET the incoming-call URL `phone setup yealink` prints, variables filled in unencoded,
    from a plain thread; returns the perf_counter time the request was written."""
    from agent_desktop.core.phones.desk_phone.setup import event_url

    url = event_url(f"http://127.0.0.1:{port}", "yealink", "incoming", DESK_PHONE_TOKEN)
    target = (
        url.split(f":{port}", 1)[1]
        .replace("$display_remote", "Bench Caller")
        .replace("$remote", f"sip:{number}@pbx.example")
        .replace("$call_id", call_id)
    )
    request = (
        f"GET {target} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUser-Agent: Yealink SIP-T46U\r\n\r\n"
    ).encode()
    sent: list[float] = []
    failure: list[BaseException] = []

    def write() -> None:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
                sent.append(time.perf_counter())
                sock.sendall(request)
                sock.recv(256)  # the listener's "200 OK"
        except BaseException as exc:  # handed to the GUI thread below
            failure.append(exc)

    thread = threading.Thread(target=write)
    thread.start()
    wait_until(lambda: not thread.is_alive(), 10.0)
    if failure:
        raise failure[0]
    return sent[0]


# --- waiting and watching ------------------------------------------------------------------------


def wait_until(condition: Callable[[], bool], timeout: float) -> bool:
    """Run the event loop until condition() holds; False on timeout."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        QTest.qWait(1)
    return True


def wait_ms(ms: int) -> None:
    QTest.qWait(ms)


class PaintWatch(QObject):
    """Notes the time (perf_counter) of the first paint of `widget` once `ready()` holds."""

    def __init__(self) -> None:
        super().__init__()
        self._watched: QWidget | None = None
        self._ready: Callable[[], bool] = lambda: False
        self.painted_at: float | None = None
        QApplication.instance().installEventFilter(self)  # type: ignore[union-attr]

    def arm(self, widget: QWidget, ready: Callable[[], bool]) -> None:
        self._watched, self._ready, self.painted_at = widget, ready, None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and watched is self._watched
            and self.painted_at is None
            and self._ready()
        ):
            self.painted_at = time.perf_counter()
        return False

    def close(self) -> None:
        QApplication.instance().removeEventFilter(self)  # type: ignore[union-attr]


class Heartbeat(QObject):
    """A 5 ms timer; the longest gap between its ticks is how long the GUI thread was stuck."""

    def __init__(self, interval_ms: int = 5) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._tick)
        self._last: float | None = None
        self.longest = 0.0

    def start(self) -> None:
        self._last, self.longest = None, 0.0
        self._timer.start()

    def stop(self) -> float:
        self._timer.stop()
        return self.longest

    def _tick(self) -> None:
        now = time.perf_counter()
        if self._last is not None:
            self.longest = max(self.longest, now - self._last)
        self._last = now


def type_text(edit: QWidget, text: str, delays_ms: Callable[[], int]) -> None:
    """Type like a person: one key, then the event loop runs for the pause before the next."""
    for ch in text:
        QTest.keyClicks(edit, ch)
        QTest.qWait(delays_ms())
