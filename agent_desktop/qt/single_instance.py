"""One window per user, and the door through which softphone events reach it.

The running window listens on a local socket (a Unix socket or a Windows named pipe, reachable
only by the same user). `agent-desktop call ring NUMBER`, or a second start of the app, connects,
writes a CallEvent line and reads one reply line per event: "ok" or "error: <reason>". The sending
side needs no Qt: it is core/phones/forward.py.
"""

from __future__ import annotations

import logging
import os
from datetime import datetime, timezone

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from agent_desktop.core.calls.events import MAX_LINE_BYTES, BadEvent, CallEvent, check_event_time

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
        self._lock: int | None = None  # Unix: held while this window owns the name

    def listen(self) -> bool:
        """Start listening. False when another live window already has the name.

        On Unix the name is claimed with an exclusive lock first: two windows started at once by
        two softphone commands could otherwise both find no one listening, and the second would
        take the socket file from the first. The lock dies with its process, kill -9 included.
        Then asked, because with access options Qt replaces an existing socket file instead of
        failing. A file left by a crashed window answers nobody, so it is taken over.
        """
        if not self._claim():
            return False
        if is_running(self.name):
            self._release()
            return False
        QLocalServer.removeServer(self.name)
        ok = self._server.listen(self.name)
        if not ok:
            log.warning(
                "cannot listen for call events on %s: %s", self.name, self._server.errorString()
            )
            self._release()
        return ok

    def error_text(self) -> str:
        """Why the last listen failed, as Qt (or the OS) says it."""
        return self._server.errorString() or "unknown error"

    def _claim(self) -> bool:
        if os.name == "nt" or not os.path.isabs(self.name):
            return True  # a named pipe (Qt's listen decides), or a test's name in the temp folder
        import fcntl

        path = self.name + ".lock"  # in the private folder beside the socket
        try:
            fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        except OSError as exc:
            log.warning("cannot claim %s: %s", path, exc)
            return True  # no lock file possible: fall back to asking, as before
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            return False
        self._lock = fd
        return True

    def _release(self) -> None:
        if self._lock is not None:
            os.close(self._lock)  # closing drops the lock
            self._lock = None

    def close(self) -> None:
        """Stop listening and drop open connections now, so no socket event outlives us."""
        for sock in self._server.findChildren(QLocalSocket):
            sock.blockSignals(True)  # our lambdas must not run on a socket being torn down
            sock.abort()
        self._server.close()
        self._release()

    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            sock.readyRead.connect(lambda s=sock: self._read(s))
            sock.disconnected.connect(lambda s=sock: self._drop(s))

    @staticmethod
    def _drop(sock: QLocalSocket) -> None:
        """A sender is done. The server's wrapper keeps a list of the sockets it handed out;
        taking this one off it lets its wrapper go with the socket (else: three per call)."""
        sock.setParent(None)
        sock.deleteLater()

    def _read(self, sock: QLocalSocket) -> None:
        """Every complete line that has arrived: two events in one write are two events."""
        answered = False
        while sock.canReadLine():
            line = bytes(sock.readLine().data())
            try:
                event = CallEvent.decode(line)
                check_event_time(event, datetime.now(timezone.utc))
            except BadEvent as exc:
                log.warning("refused a softphone event: %s", exc)
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
