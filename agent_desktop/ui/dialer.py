"""Click-to-dial from the window: the softphone's dial command (core/dial.py) run on a worker.

Starting a program, or asking the desktop which one handles tel:, may take a moment, so it never
runs on the GUI thread. What went wrong comes back as a sentence for the window's notice banner.
"""

from __future__ import annotations

import subprocess
import threading
from collections.abc import Sequence

from PySide6.QtCore import QObject, Signal

from agent_desktop.qt.tasks import TaskRunner


class Dialer(QObject):
    placed = Signal(str)  # what was done, for the status bar
    refused = Signal(str, str)  # call id, what went wrong (for the agent)

    def __init__(self, runner: TaskRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._runner = runner
        self.dial_command = ""
        self.region = "ZA"

    def place(self, call_id: str, number: str) -> None:
        command, region = self.dial_command, self.region
        task = self._runner.run(lambda: _place(number, region, command), name="dial")
        task.finished.connect(lambda text: self.placed.emit(str(text)))
        task.failed.connect(lambda error: self.refused.emit(call_id, _message(error)))


def _place(number: str, region: str, command: str) -> str:
    from agent_desktop.core.dial import place_call
    from agent_desktop.core.phone import InvalidNumber, parse_phone

    try:
        e164 = parse_phone(number, region).e164
    except InvalidNumber:
        e164 = ""
    return place_call(number, e164, command, spawn=_spawn)


def _spawn(argv: Sequence[str]) -> None:
    """Start the softphone's command and reap it when it exits (it may be the softphone itself
    and run for hours), so it never lingers as a zombie."""
    proc = subprocess.Popen(list(argv), stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, close_fds=True)
    threading.Thread(target=proc.wait, name="dial-reaper", daemon=True).start()


def _message(error: object) -> str:
    from agent_desktop.core.dial import DialError
    from agent_desktop.ui.errors import describe_error

    return str(error) if isinstance(error, DialError) else describe_error(error)
