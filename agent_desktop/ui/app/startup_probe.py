"""The start-up probe (AGENT_DESKTOP_STARTUP_PROBE=1): when is the window painted and typeable?

Off unless the variable is set; then this is imported and costs one event filter on the window
alone (an application-wide Python filter would cost a bare window ~20 ms to its first pixels,
so the probe would slow what it measures). At the window's first paint it posts one
key press ("j") to the widget that has the keyboard focus, as a person typing the moment the
window appears would; when the letter is in the search box it prints
``STARTUP-PROBE <painted> <typed>`` (time.monotonic() seconds, comparable with the parent
process's on one machine) and ends the process: tearing down is not start-up.
benchmarks/startup.py runs it, from source and in the frozen bundle, against the bare floor
(packaging/floor/hello.py carries the same few lines).
"""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, SignalInstance
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget

ENV = "AGENT_DESKTOP_STARTUP_PROBE"


def wanted() -> bool:
    return bool(os.environ.get(ENV))


class StartupProbe(QObject):
    def __init__(self, edit: QLineEdit) -> None:
        super().__init__(edit)
        self.edit = edit
        self.painted: float | None = None
        edit.textChanged.connect(self._typed)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.painted is None and event.type() == QEvent.Type.Paint:
            self.painted = time.monotonic()
            watched.removeEventFilter(self)
            target = QApplication.focusWidget() or self.edit
            QCoreApplication.postEvent(
                target,
                QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_J, Qt.KeyboardModifier.NoModifier, "j"),
            )
        return False

    def _typed(self, text: str) -> None:
        if self.painted is not None and "j" in text:
            print(f"STARTUP-PROBE {self.painted!r} {time.monotonic()!r}", flush=True)
            os._exit(0)


def install(edit: QLineEdit) -> StartupProbe:
    """On the search box's window, after the window's own first-paint hook (main_window.py): an
    object's filters run newest first, so the key is posted before the rest is built."""
    probe = StartupProbe(edit)
    edit.window().installEventFilter(probe)
    return probe


POP_ENV = "AGENT_DESKTOP_POP_PROBE"  # a file: benchmarks/cold_pop.py


class PopProbe(QObject):
    """A cold pop (`agent-desktop call ring N` with no window running): once the window's parts
    are built, watches the caller's name label; at its first paint showing a name, writes
    ``POP-PROBE <painted> <name>`` to the file named by AGENT_DESKTOP_POP_PROBE and ends the
    process. The file first gets ``POP-PROBE-PID <pid>``: the bench ends a window that never
    pops (the command started it detached)."""

    def __init__(self, label: QLabel, path: str) -> None:
        super().__init__(label)
        self.label = label
        self.path = path

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.label.text() and self.label.isVisible():
            painted = time.monotonic()
            with open(self.path, "a", encoding="utf-8") as out:
                out.write(f"POP-PROBE {painted!r} {self.label.text()}\n")
            os._exit(0)
        return False


def watch_pop(window: QWidget, built: SignalInstance, path: str) -> None:
    with open(path, "a", encoding="utf-8") as out:
        out.write(f"POP-PROBE-PID {os.getpid()}\n")

    def arm() -> None:
        label = window.contact_panel.name  # type: ignore[attr-defined] - built by now
        label.installEventFilter(PopProbe(label, path))

    built.connect(arm)
