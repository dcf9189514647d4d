"""One window per user, and the door through which softphone events reach it.

The running window listens on a local socket (a Unix socket or a Windows named pipe, reachable
only by the same user). `agent-desktop call ring NUMBER`, or a second start of the app, connects,
writes a CallEvent line and reads one reply line per event: "ok" or "error: <reason>". The sending
side needs no Qt: it is core/forward.py.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from agent_desktop.core.call_events import MAX_LINE_BYTES, BadEvent, CallEvent

log = logging.getLogger(__name__)


class InstanceServer(QObject):
    """Listens for CallEvents; emits each on the GUI thread."""

    event_received = Signal(object)  # CallEvent

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Start listening. False when another live window already has the name.

        Asked first, because with access options Qt replaces an existing socket file instead of
        failing. A file left by a crashed window answers nobody, so it is taken over.
        """
        if is_running(self.name):
            return False
        QLocalServer.removeServer(self.name)
        ok = self._server.listen(self.name)
        if not ok:
            log.warning("cannot listen for call events on %s: %s", self.name,
                        self._server.errorString())
        return ok

    def close(self) -> None:
        """Stop listening and drop open connections now, so no socket event outlives us."""
        for sock in self._server.findChildren(QLocalSocket):
            sock.blockSignals(True)  # our lambdas must not run on a socket being torn down
            sock.abort()
        self._server.close()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(sock.deleteLater)

    def _read(self, sock: QLocalSocket) -> None:
        """Every complete line that has arrived: two events in one write are two events."""
        answered = False
        while sock.canReadLine():
            line = bytes(sock.readLine().data())
            try:
                event = CallEvent.decode(line)
            except BadEvent as exc:
                sock.write(f"error: {exc}\n".encode())
            else:
                sock.write(b"ok\n")
                self.event_received.emit(event)
            answered = True
        if sock.bytesAvailable() > MAX_LINE_BYTES:  # no line end in sight: not one of ours
            sock.abort()
            return
        if answered:
            sock.flush()  # the sender closes the connection once it has read the reply


def is_running(name: str, timeout_ms: int = 500) -> bool:
    sock = QLocalSocket()
    sock.connectToServer(name)
    try:
        return sock.waitForConnected(timeout_ms)
    finally:
        sock.abort()
